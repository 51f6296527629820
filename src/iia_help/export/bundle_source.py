"""A bundle's files, read without trusting it: a ZIP (its central directory measured before ``zipfile`` loads it)
or the folder it was unzipped into (links and special files named, never opened). Members are read in chunks,
never more than a limit, whatever the ZIP declares."""

from __future__ import annotations

import hashlib
import os
import stat
import struct
import unicodedata
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from iia_help.export.bundle_names import clash_key, name_problem, shown

MAX_MEMBERS = 100_000  # files in a bundle (the ZIP's own count and its central directory are both checked)
MAX_CENTRAL_DIR = 64 * 1024 * 1024  # bytes of ZIP central directory read before any member is looked at
CHUNK = 1024 * 1024


class Unreadable(Exception):
    """The bundle cannot be checked at all; the message is a sentence for the person."""


class Source:
    """Read-only view of a bundle's files (a ZIP or a folder). ``names`` holds every regular file with a safe,
    unique name; everything else has been reported."""

    names: list[str]
    refused: set[str]  # present, but not opened (unsafe or clashing name); already reported

    def chunks(self, name: str) -> Iterator[bytes]:
        raise NotImplementedError

    def close(self) -> None:
        pass


def check_names(found: list[str], problems: list[str]) -> list[str]:
    """Report unsafe, duplicated and clashing names; return the names that can be checked (the others are in
    ``set(found) - set(result)``)."""
    safe: list[str] = []
    for n in found:
        why = name_problem(n)
        if why:
            problems.append(f"The bundle holds a file with an unsafe name, which was not opened ({why}): {shown(n)}.")
        else:
            safe.append(n)
    groups: dict[str, list[str]] = {}
    for n in safe:
        groups.setdefault(clash_key(n), []).append(n)
    out = []
    for names in groups.values():
        if len(names) == 1:
            out.append(names[0])
        elif len(set(names)) == 1:
            problems.append(f"The name {shown(names[0])} appears {len(names)} times in the bundle, so it is not "
                            "clear which one is meant. None of them was opened.")
        else:
            listed = ", ".join(shown(n) for n in sorted(set(names)))
            problems.append(f"These names would be the same file on Windows or macOS (capital letters, accents or "
                            f"a trailing dot or space): {listed}. None of them was opened.")
    return out


def scan_central_directory(f: IO[bytes]) -> None:
    """Measure the ZIP's central directory before ``zipfile`` builds an object per member: refuse a huge one."""
    size = f.seek(0, os.SEEK_END)
    tail_len = min(size, 22 + 65535)
    f.seek(size - tail_len)
    tail = f.read(tail_len)
    at = tail.rfind(b"PK\x05\x06")
    if at < 0 or len(tail) - at < 22:
        raise Unreadable("It is not a ZIP file, or it is too damaged to open.")
    eocd = size - tail_len + at
    _, _, _, count, cd_size, _, _ = struct.unpack("<HHHHIIH", tail[at + 4:at + 22])
    cd_end = eocd
    loc = at - 20
    if loc >= 0 and tail[loc:loc + 4] == b"PK\x06\x07" and eocd >= 76:  # ZIP64: the real figures are elsewhere
        f.seek(eocd - 76)
        rec = f.read(56)
        if rec[:4] == b"PK\x06\x06":
            count, cd_size = struct.unpack("<QQ", rec[32:48])
            cd_end = eocd - 76
    if count > MAX_MEMBERS:
        raise Unreadable(f"It says it holds {count:,} files, far too many to be an evidence bundle "
                          f"(at most {MAX_MEMBERS:,}). It was not opened.")
    if cd_size > MAX_CENTRAL_DIR:
        raise Unreadable("Its list of files is far larger than an evidence bundle's could be. It was not opened.")
    # Walk the directory itself: its count above can lie, and zipfile trusts the directory's bytes.
    start = cd_end - cd_size
    if start < 0:
        raise Unreadable("It is not a ZIP file, or it is too damaged to open.")
    f.seek(start)
    cd = f.read(cd_size)
    pos = n = 0
    while pos + 46 <= len(cd) and cd[pos:pos + 4] == b"PK\x01\x02":
        name_len, extra_len, comment_len = struct.unpack("<HHH", cd[pos + 28:pos + 34])
        pos += 46 + name_len + extra_len + comment_len
        n += 1
        if n > MAX_MEMBERS:
            raise Unreadable(f"It holds more than {MAX_MEMBERS:,} files, far too many to be an evidence bundle. "
                              "It was not opened.")


class ZipSource(Source):
    def __init__(self, fileobj: IO[bytes], problems: list[str]) -> None:
        scan_central_directory(fileobj)
        fileobj.seek(0)
        try:
            self.zf = zipfile.ZipFile(fileobj)
        except UnicodeDecodeError:
            raise Unreadable("Its list of files holds a name that is not valid text (UTF-8), which the app never "
                              "writes. It was not opened.") from None
        except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, struct.error):
            raise Unreadable("It is not a ZIP file, or it is too damaged to open.") from None
        infos = self.zf.infolist()
        if len(infos) > MAX_MEMBERS:  # the scan above makes this unlikely; keep the promise anyway
            raise Unreadable("It holds far too many files to be an evidence bundle.")
        files: list[zipfile.ZipInfo] = []
        dirs: list[str] = []
        for zi in infos:
            kind = stat.S_IFMT(zi.external_attr >> 16) if zi.create_system == 3 else 0
            if zi.is_dir():
                dirs.append(zi.filename[:-1])
            elif kind == stat.S_IFLNK:
                problems.append(f"The bundle holds a link to another file, which was not followed: "
                                f"{shown(zi.filename)}.")
            else:
                files.append(zi)
        self.names = check_names([zi.filename for zi in files], problems)
        self.refused = {zi.filename for zi in files} - set(self.names)
        keep = set(self.names)
        self.infos = {zi.filename: zi for zi in files if zi.filename in keep}
        for name in self.names:
            if self.infos[name].flag_bits & 0x1:
                problems.append(f"{shown(name)} is password-protected, so it cannot be checked.")
        parents = {"/".join(n.split("/")[:i]) for n in self.names for i in range(1, n.count("/") + 1)}
        for d in dirs:
            if name_problem(d) or d not in parents:
                problems.append(f"The bundle holds a folder that no fingerprint covers: {shown(d + '/')}.")

    def chunks(self, name: str) -> Iterator[bytes]:
        with self.zf.open(self.infos[name]) as f:  # zipfile never returns more than the declared size
            while chunk := f.read(CHUNK):
                yield chunk

    def close(self) -> None:
        self.zf.close()


class DirSource(Source):
    """The folder a bundle was unzipped into. Links and anything that is not a plain file are reported, never
    opened; names are compared in NFC (macOS stores them decomposed)."""

    def __init__(self, root: Path, problems: list[str]) -> None:
        self.root = root
        self.paths: dict[str, str] = {}
        found: list[str] = []
        for dirpath, dirnames, filenames in os.walk(root):
            for d in list(dirnames):
                if os.path.islink(os.path.join(dirpath, d)):
                    dirnames.remove(d)
                    filenames.append(d)
            rel_dir = os.path.relpath(dirpath, root)
            for fn in filenames:
                full = os.path.join(dirpath, fn)
                rel = fn if rel_dir == "." else f"{rel_dir.replace(os.sep, '/')}/{fn}"
                rel = unicodedata.normalize("NFC", rel)
                st = os.lstat(full)
                if stat.S_ISLNK(st.st_mode):
                    problems.append(f"The folder holds a link to another file, which was not followed: {shown(rel)}.")
                elif not stat.S_ISREG(st.st_mode):
                    problems.append(f"The folder holds something that is not a file (a device or a pipe), which "
                                    f"was not opened: {shown(rel)}.")
                else:
                    self.paths[rel] = full
                    found.append(rel)
                if len(found) > MAX_MEMBERS:
                    raise Unreadable("The folder holds far too many files to be an evidence bundle.")
        self.names = check_names(found, problems)
        self.refused = set(found) - set(self.names)

    def chunks(self, name: str) -> Iterator[bytes]:
        flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
        fd = os.open(self.paths[name], flags)
        with os.fdopen(fd, "rb") as f:
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                raise Damaged("it is not a plain file any more")
            while chunk := f.read(CHUNK):
                yield chunk


class Damaged(Exception):
    pass


class TooLarge(Exception):
    pass


READ_ERRORS = (OSError, EOFError, zipfile.BadZipFile, zlib.error, NotImplementedError, RuntimeError, ValueError,
                struct.error, Damaged)


def hash_member(src: Source, name: str, limit: int) -> tuple[str, int]:
    """SHA-256 and length of a member, reading at most ``limit`` bytes (``TooLarge`` past that)."""
    h = hashlib.sha256()
    n = 0
    for chunk in src.chunks(name):
        n += len(chunk)
        if n > limit:
            raise TooLarge()
        h.update(chunk)
    return h.hexdigest(), n


def read_bounded(src: Source, name: str, limit: int) -> bytes:
    """A small member whole, never more than ``limit`` bytes whatever its declared size."""
    out = bytearray()
    try:
        for chunk in src.chunks(name):
            out += chunk
            if len(out) > limit:
                raise Unreadable(f"{name} is far larger than it should be (over {limit // (1024 * 1024)} MiB), so "
                                  "the bundle was not checked further.")
    except READ_ERRORS as exc:
        raise Unreadable(f"{name} is damaged inside the bundle and cannot be read ({why_unreadable(exc)}).") from None
    return bytes(out)


def why_unreadable(exc: BaseException) -> str:
    if isinstance(exc, Damaged):
        return str(exc)
    if isinstance(exc, zipfile.BadZipFile | zlib.error | EOFError):
        return "its compressed data is broken"
    if isinstance(exc, NotImplementedError):
        return "it is packed in a way this checker does not read"
    if isinstance(exc, RuntimeError):
        return "it is encrypted"
    if isinstance(exc, OSError):
        return "the drive could not be read"
    return exc.__class__.__name__


def open_bundle(path: str, problems: list[str]) -> tuple[Source, IO[bytes] | None]:
    try:
        st = os.stat(path)
    except FileNotFoundError:
        raise Unreadable("There is no file or folder there.") from None
    except PermissionError:
        raise Unreadable("The app is not allowed to read it.") from None
    except (OSError, ValueError):
        raise Unreadable("That is not a path this computer can open.") from None
    if stat.S_ISDIR(st.st_mode):
        return DirSource(Path(path), problems), None
    if not stat.S_ISREG(st.st_mode):
        raise Unreadable("It is not a file: it is a device, a pipe or another special file, so it was not read.")
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except PermissionError:
        raise Unreadable("The app is not allowed to read it.") from None
    except OSError:
        raise Unreadable("The file could not be read. Check the drive and try again.") from None
    fh = os.fdopen(fd, "rb")
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):  # swapped for something else since the check above
            raise Unreadable("It is not a file: it is a device, a pipe or another special file, so it was not read.")
        return ZipSource(fh, problems), fh
    except BaseException:
        fh.close()
        raise
