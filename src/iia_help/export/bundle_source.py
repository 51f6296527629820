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

from iia_help.catalog import translate
from iia_help.export.bundle_names import clash_key, name_problem, shown
from iia_help.fsutil import READ_NO_FOLLOW

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
            problems.append(translate("verify", "The bundle holds a file with an unsafe name, which was not opened "
                                                "({why}): {name}.").format(why=why, name=shown(n)))
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
            problems.append(translate("verify", "The name {name} appears {count} times in the bundle, so it is not "
                                                "clear which one is meant. None of them was opened.").format(
                name=shown(names[0]), count=len(names)))
        else:
            listed = ", ".join(shown(n) for n in sorted(set(names)))
            problems.append(translate("verify", "These names would be the same file on Windows or macOS (capital "
                                                "letters, accents or a trailing dot or space): {names}. None of them "
                                                "was opened.").format(names=listed))
    return out


class Member:
    """Where one member's data lies in the ZIP, as its central directory and its local header agree."""

    __slots__ = ("data_at", "csize", "usize", "crc", "method", "flags")

    def __init__(self, data_at: int, csize: int, usize: int, crc: int, method: int, flags: int) -> None:
        self.data_at, self.csize, self.usize, self.crc, self.method, self.flags = (data_at, csize, usize, crc,
                                                                                    method, flags)


_CD = struct.Struct("<IHHHHHHIIIHHHHHII")
_LOCAL = struct.Struct("<IHHHHHIIIHH")
_EOCD = struct.Struct("<IHHHHIIH")
_NOT_A_FILE = translate("verify", "It is not a file: it is a device, a pipe or another special file, so it was not "
                                  "read.")


def _not_tiled(where: str) -> Unreadable:
    return Unreadable(translate("verify", "The ZIP holds bytes that are not one of the files in its list ({where}). "
                                          "Other ZIP programs could show different files from those bytes (a second "
                                          "report.pdf, say), so the bundle was not checked.").format(where=where))


def _zip64_values(extra: bytes, wanted: list[bool]) -> list[int]:
    """The ZIP64 extra field's values for the 32-bit fields that are 0xFFFFFFFF (``wanted``), in order."""
    pos = 0
    while pos + 4 <= len(extra):
        hid, size = struct.unpack_from("<HH", extra, pos)
        body = extra[pos + 4:pos + 4 + size]
        if hid == 1:
            out, at = [], 0
            for w in wanted:
                if w:
                    if at + 8 > len(body):
                        raise Unreadable(translate("verify", "It is not a ZIP file, or it is too damaged to open."))
                    out.append(struct.unpack_from("<Q", body, at)[0])
                    at += 8
            return out
        pos += 4 + size
    if any(wanted):
        raise Unreadable(translate("verify", "It is not a ZIP file, or it is too damaged to open."))
    return []


def scan_central_directory(f: IO[bytes]) -> dict[int, Member]:
    """Measure the ZIP's central directory before ``zipfile`` builds an object per member (refuse a huge one),
    then check that the bytes hold nothing else: the members' local entries follow one another from offset 0 to
    the central directory with no gap, local headers agree with the directory, and the end record closes the file
    with no comment. A streaming unzipper reads local headers front to back, ``zipfile`` reads the directory from
    the end: both must see the same files. Returns each member's data place, by its position in the directory."""
    size = f.seek(0, os.SEEK_END)
    tail_len = min(size, 22 + 65535)
    f.seek(size - tail_len)
    tail = f.read(tail_len)
    at = tail.rfind(b"PK\x05\x06")
    if at < 0 or len(tail) - at < 22:
        raise Unreadable(translate("verify", "It is not a ZIP file, or it is too damaged to open."))
    eocd = size - tail_len + at
    _, disk, cd_disk, _, count, cd_size, cd_offset, comment_len = _EOCD.unpack(tail[at:at + 22])
    cd_end = eocd
    loc = at - 20
    if loc >= 0 and tail[loc:loc + 4] == b"PK\x06\x07" and eocd >= 76:  # ZIP64: the real figures are elsewhere
        f.seek(eocd - 76)
        rec = f.read(56)
        if rec[:4] == b"PK\x06\x06":
            count, cd_size, cd_offset = struct.unpack("<QQQ", rec[32:56])
            cd_end = eocd - 76
            z64_at = struct.unpack("<Q", tail[loc + 8:loc + 16])[0]
            if struct.unpack("<Q", rec[4:12])[0] != 44 or z64_at != cd_end:
                raise _not_tiled(translate("verify", "its ZIP64 end record is not where it says"))
    if count > MAX_MEMBERS:
        raise Unreadable(translate("verify", "It says it holds {count:,} files, far too many to be an evidence "
                                             "bundle (at most {limit:,}). It was not opened.").format(
            count=count, limit=MAX_MEMBERS))
    if cd_size > MAX_CENTRAL_DIR:
        raise Unreadable(translate("verify", "Its list of files is far larger than an evidence bundle's could be. "
                                             "It was not opened."))
    # Walk the directory itself: its count above can lie, and zipfile trusts the directory's bytes.
    start = cd_end - cd_size
    if start < 0:
        raise Unreadable(translate("verify", "It is not a ZIP file, or it is too damaged to open."))
    f.seek(start)
    cd = f.read(cd_size)
    pos = n = 0
    records = []
    while pos + 46 <= len(cd) and cd[pos:pos + 4] == b"PK\x01\x02":
        rec = _CD.unpack_from(cd, pos)
        name_len, extra_len, comment_len_m = rec[10], rec[11], rec[12]
        records.append((rec, cd[pos + 46:pos + 46 + name_len], cd[pos + 46 + name_len:pos + 46 + name_len + extra_len]))
        pos += 46 + name_len + extra_len + comment_len_m
        n += 1
        if n > MAX_MEMBERS:
            raise Unreadable(translate("verify", "It holds more than {limit:,} files, far too many to be an evidence "
                                                 "bundle. It was not opened.").format(limit=MAX_MEMBERS))
    if eocd + 22 != size or comment_len:
        raise _not_tiled(translate("verify", "after its end: a comment or extra bytes"))
    if pos != len(cd) or n != count or disk or cd_disk:
        raise _not_tiled(translate("verify", "inside its list of files"))
    if cd_offset != start:
        raise _not_tiled(translate("verify", "before its first file: another ZIP or other data in front"))
    return _tile(f, records, start)


def _tile(f: IO[bytes], records: list, cd_start: int) -> dict[int, Member]:
    """Check the local entries cover [0, cd_start) exactly, one after another, each agreeing with its record."""
    members: dict[int, Member] = {}
    places = []
    for i, (rec, name, extra) in enumerate(records):
        flags, method, crc, csize, usize, disk, offset = rec[3], rec[4], rec[7], rec[8], rec[9], rec[13], rec[16]
        wanted = [usize == 0xFFFFFFFF, csize == 0xFFFFFFFF, offset == 0xFFFFFFFF]
        values = iter(_zip64_values(extra, wanted))
        usize = next(values) if wanted[0] else usize
        csize = next(values) if wanted[1] else csize
        offset = next(values) if wanted[2] else offset
        if disk:
            raise _not_tiled(translate("verify", "a file in its list is on another disk"))
        f.seek(offset)
        head = f.read(30)
        if len(head) < 30 or head[:4] != b"PK\x03\x04":
            raise _not_tiled(translate("verify", "a file in its list has no header where the list says"))
        _, _, l_flags, l_method, _, _, l_crc, l_csize, l_usize, l_name_len, l_extra_len = _LOCAL.unpack(head)
        l_name = f.read(l_name_len)
        l_extra = f.read(l_extra_len)
        if l_name != name or l_flags != flags or l_method != method:
            raise _not_tiled(translate("verify", "a file's own header does not match its line in the list of files"))
        described = not flags & 0x8
        if described:
            lw = [l_usize == 0xFFFFFFFF, l_csize == 0xFFFFFFFF]
            lv = iter(_zip64_values(l_extra, lw) if any(lw) else [])
            l_usize = next(lv) if lw[0] else l_usize
            l_csize = next(lv) if lw[1] else l_csize
            if (l_crc, l_csize, l_usize) != (crc, csize, usize):
                raise _not_tiled(translate("verify", "a file's own header gives other sizes than the list of files"))
        elif method == 0:  # stored data of unknown length: a streaming reader must guess where it ends
            raise _not_tiled(translate("verify", "a stored file whose length only its list of files gives"))
        data_at = offset + 30 + l_name_len + l_extra_len
        end = data_at + csize
        if not described:
            end = _descriptor_end(f, end, crc, csize, usize)
        members[i] = Member(data_at, csize, usize, crc, method, flags)
        places.append((offset, end))
    places.sort()
    at = 0
    for begin, end in places:
        if begin != at:
            raise _not_tiled(translate("verify", "before its first file") if at == 0 and begin > 0 else
                             translate("verify", "between two of its files") if begin > at else
                             translate("verify", "where two of its files overlap"))
        at = end
    if at != cd_start:
        raise _not_tiled(translate("verify", "between its last file and its list of files") if at < cd_start else
                         translate("verify", "where its last file runs into its list of files"))
    return members


def _descriptor_end(f: IO[bytes], at: int, crc: int, csize: int, usize: int) -> int:
    """End of the data descriptor that follows a member's data at ``at`` (with or without its signature, 32- or
    64-bit sizes); it must give the same figures as the list of files."""
    f.seek(at)
    raw = f.read(24)
    for sig, fmt in ((True, "<IQQ"), (True, "<III"), (False, "<IQQ"), (False, "<III")):
        body = raw[4:] if sig else raw
        if sig and raw[:4] != b"PK\x07\x08":
            continue
        n = struct.calcsize(fmt)
        if len(body) >= n and struct.unpack_from(fmt, body) == (crc, csize, usize):
            return at + (4 if sig else 0) + n
    raise _not_tiled(translate("verify", "a file's data descriptor does not match its line in the list of files"))


class ZipSource(Source):
    def __init__(self, fileobj: IO[bytes], problems: list[str]) -> None:
        places = scan_central_directory(fileobj)
        self.f = fileobj
        fileobj.seek(0)
        try:
            self.zf = zipfile.ZipFile(fileobj)
        except UnicodeDecodeError:
            raise Unreadable(translate("verify", "Its list of files holds a name that is not valid text (UTF-8), "
                                                 "which the app never writes. It was not opened.")) from None
        except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, struct.error):
            raise Unreadable(translate("verify", "It is not a ZIP file, or it is too damaged to open.")) from None
        infos = self.zf.infolist()
        if len(infos) > MAX_MEMBERS:  # the scan above makes this unlikely; keep the promise anyway
            raise Unreadable(translate("verify", "It holds far too many files to be an evidence bundle."))
        if len(infos) != len(places):
            raise _not_tiled(translate("verify", "inside its list of files"))
        self.places = {id(zi): places[i] for i, zi in enumerate(infos)}
        files: list[zipfile.ZipInfo] = []
        dirs: list[str] = []
        for zi in infos:
            kind = stat.S_IFMT(zi.external_attr >> 16) if zi.create_system == 3 else 0
            if zi.is_dir():
                dirs.append(zi.filename[:-1])
            elif kind == stat.S_IFLNK:
                problems.append(translate("verify", "The bundle holds a link to another file, which was not "
                                                    "followed: {name}.").format(name=shown(zi.filename)))
            else:
                files.append(zi)
        self.names = check_names([zi.filename for zi in files], problems)
        self.refused = {zi.filename for zi in files} - set(self.names)
        keep = set(self.names)
        self.infos = {zi.filename: zi for zi in files if zi.filename in keep}
        for name in self.names:
            if self.infos[name].flag_bits & 0x1:
                problems.append(translate("verify", "{name} is password-protected, so it cannot be "
                                                    "checked.").format(name=shown(name)))
        parents = {"/".join(n.split("/")[:i]) for n in self.names for i in range(1, n.count("/") + 1)}
        for d in dirs:
            if name_problem(d) or d not in parents:
                problems.append(translate("verify", "The bundle holds a folder that no fingerprint covers: "
                                                    "{name}.").format(name=shown(d + "/")))

    def chunks(self, name: str) -> Iterator[bytes]:
        """The member's bytes, read from exactly the place the scan proved is its own: never more than its declared
        size, and a compressed stream must end exactly where its data ends (bytes hidden after the end of a
        deflate stream are what a streaming unzipper could read as another file)."""
        m = self.places[id(self.infos[name])]
        if m.flags & 0x1:
            raise RuntimeError("encrypted")
        if m.method not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise NotImplementedError("compression method")
        inflate = zlib.decompressobj(-15) if m.method == zipfile.ZIP_DEFLATED else None
        crc = done = 0
        left, at = m.csize, m.data_at
        pending = b""
        drained = False
        while left or pending or not drained:
            if not left and not pending:  # all input given: what zlib still holds, CHUNK at a time
                out = inflate.decompress(b"", CHUNK) if inflate is not None and not inflate.eof else b""
                drained = not out
            elif not pending:
                self.f.seek(at)
                pending = self.f.read(min(CHUNK, left))
                if not pending:
                    raise Damaged(translate("verify", "it is cut short"))
                at += len(pending)
                left -= len(pending)
                out = b""
            if pending:
                if inflate is None:
                    out, pending = pending, b""
                else:
                    if inflate.eof:
                        raise Damaged(translate("verify", "bytes are hidden after the end of its compressed data"))
                    out = inflate.decompress(pending, CHUNK)
                    pending = inflate.unconsumed_tail
            done += len(out)
            if done > m.usize:
                raise Damaged(translate("verify", "it holds more than its declared size"))
            crc = zlib.crc32(out, crc)
            if out:
                yield out
        if inflate is not None and (not inflate.eof or inflate.unused_data):
            raise Damaged(translate("verify", "its compressed data is broken") if not inflate.eof else
                          translate("verify", "bytes are hidden after the end of its compressed data"))
        if done != m.usize or crc != m.crc:
            raise Damaged(translate("verify", "its compressed data is broken"))

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
                    problems.append(translate("verify", "The folder holds a link to another file, which was not "
                                                        "followed: {name}.").format(name=shown(rel)))
                elif not stat.S_ISREG(st.st_mode):
                    problems.append(translate("verify", "The folder holds something that is not a file (a device "
                                                        "or a pipe), which was not opened: {name}.").format(
                        name=shown(rel)))
                else:
                    self.paths[rel] = full
                    found.append(rel)
                if len(found) > MAX_MEMBERS:
                    raise Unreadable(translate("verify", "The folder holds far too many files to be an evidence "
                                                         "bundle."))
        self.names = check_names(found, problems)
        self.refused = set(found) - set(self.names)

    def chunks(self, name: str) -> Iterator[bytes]:
        fd = os.open(self.paths[name], READ_NO_FOLLOW)
        with os.fdopen(fd, "rb") as f:
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                raise Damaged(translate("verify", "it is not a plain file any more"))
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
                raise Unreadable(translate("verify", "{name} is far larger than it should be (over {size} MiB), so "
                                                     "the bundle was not checked further.").format(
                    name=name, size=limit // (1024 * 1024)))
    except READ_ERRORS as exc:
        raise Unreadable(translate("verify", "{name} is damaged inside the bundle and cannot be read ({why}).").format(
            name=name, why=why_unreadable(exc))) from None
    return bytes(out)


def why_unreadable(exc: BaseException) -> str:
    if isinstance(exc, Damaged):
        return exc.args[0] if exc.args and isinstance(exc.args[0], str) else str(exc)
    if isinstance(exc, zipfile.BadZipFile | zlib.error | EOFError):
        return translate("verify", "its compressed data is broken")
    if isinstance(exc, NotImplementedError):
        return translate("verify", "it is packed in a way this checker does not read")
    if isinstance(exc, RuntimeError):
        return translate("verify", "it is encrypted")
    if isinstance(exc, OSError):
        return translate("verify", "the drive could not be read")
    return exc.__class__.__name__


def open_bundle(path: str, problems: list[str]) -> tuple[Source, IO[bytes] | None]:
    try:
        st = os.stat(path)
    except FileNotFoundError:
        raise Unreadable(translate("verify", "There is no file or folder there.")) from None
    except PermissionError:
        raise Unreadable(translate("verify", "The app is not allowed to read it.")) from None
    except (OSError, ValueError):
        raise Unreadable(translate("verify", "That is not a path this computer can open.")) from None
    if stat.S_ISDIR(st.st_mode):
        return DirSource(Path(path), problems), None
    if not stat.S_ISREG(st.st_mode):
        raise Unreadable(_NOT_A_FILE)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except PermissionError:
        raise Unreadable(translate("verify", "The app is not allowed to read it.")) from None
    except OSError:
        raise Unreadable(translate("verify", "The file could not be read. Check the drive and try again.")) from None
    fh = os.fdopen(fd, "rb")
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):  # swapped for something else since the check above
            raise Unreadable(_NOT_A_FILE)
        return ZipSource(fh, problems), fh
    except BaseException:
        fh.close()
        raise
