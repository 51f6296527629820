"""Re-check an evidence bundle against its one fingerprint: nothing changed, nothing missing, nothing extra.

The bundle's fingerprint is the SHA-256 of its ``SHA256SUMS`` file (the seal), which lists the SHA-256 of every
other file in the bundle, ``report.pdf`` included. Anyone can rewrite ``SHA256SUMS``, so the check only proves
something once the fingerprint is compared with the one noted when the bundle was made: the summary shows it, and
``verify_bundle(path, fingerprint=...)`` compares it. Bundles of the older format (1) are checked as far as they can
be and get their own status ("old-format"): only ``manifest.json`` and the files it lists were bound then.

Hostile input gives a sentence, never a traceback and never unbounded memory: no Qt, nothing extracted to disk,
members read in chunks with size limits that do not trust the ZIP's declared sizes, the ZIP's central directory
measured before it is loaded, every JSON value type-checked, and every name shown escaped (control characters,
line breaks, bidi overrides), so a member name cannot rewrite the terminal.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import stat
import struct
import unicodedata
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import IO, Any

MANIFEST, SUMS, README, REPORT = "manifest.json", "SHA256SUMS", "README.txt", "report.pdf"
ATTACH_DIR = "attachments/"
FORMAT_V1 = "iia-help evidence bundle"  # the older format: SHA256SUMS was not bound to anything
FORMAT = "evidence bundle"
FORMAT_VERSION = 2

MAX_MEMBERS = 100_000  # files in a bundle (the ZIP's own count and its central directory are both checked)
MAX_CENTRAL_DIR = 64 * 1024 * 1024  # bytes of ZIP central directory read before any member is looked at
MAX_MANIFEST = 16 * 1024 * 1024  # manifest.json, read in a bounded way whatever the ZIP declares
MAX_MANIFEST_ITEMS = 500_000  # JSON values (counted by "," "[" "{") before parsing: bounds parsed memory
MAX_DEPTH = 16  # folder levels in a member name (the app writes at most 2)
MAX_SUMS = 16 * 1024 * 1024  # SHA256SUMS
MAX_README = 1024 * 1024
MAX_REPORT = 4 * 1024 * 1024 * 1024  # report.pdf (its size is not recorded anywhere before it is written)
_CHUNK = 1024 * 1024
_HEX64 = re.compile(r"[0-9a-f]{64}")
_SUMS_LINE = re.compile(r"([0-9a-f]{64})  ([^\n\r]+)")
_WINDOWS_DEVICES = re.compile(r"(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)(\..*)?", re.IGNORECASE)

EXIT_CODES = {"ok": 0, "mismatch": 1, "unreadable": 2, "old-format": 3}


# ------------------------------------------------------------------------------------------------ showing text
def _hidden(ch: str) -> bool:
    """Characters that must never reach a terminal or a text box raw: controls, format (bidi) characters, line
    and paragraph separators, surrogates, private use and unassigned code points."""
    return unicodedata.category(ch)[0] == "C" or unicodedata.category(ch) in ("Zl", "Zp")


def _escape_char(ch: str) -> str:
    o = ord(ch)
    return f"\\x{o:02x}" if o < 0x100 else f"\\u{o:04x}" if o < 0x10000 else f"\\U{o:08x}"


def printable(text: str) -> str:
    """``text`` with every control character, line break and bidi override written as an escape (\\x1b, \\u202e)."""
    return "".join(_escape_char(c) if _hidden(c) else c for c in text)


def shown(name: str) -> str:
    """A file name quoted for a message: quotes and backslashes escaped too, so the name cannot fake the message."""
    out = []
    for c in name:
        if c in '"\\':
            out.append("\\" + c)
        elif _hidden(c):
            out.append(_escape_char(c))
        else:
            out.append(c)
    return '"' + "".join(out) + '"'


def group_fingerprint(digest: str) -> str:
    """64 hex characters in 16 groups of 4, to read out or write down."""
    return " ".join(digest[i:i + 4] for i in range(0, len(digest), 4))


def normalise_fingerprint(text: str) -> str | None:
    """A fingerprint as a person may type it (spaces, dashes, capitals) -> 64 lower-case hex digits, or None."""
    s = re.sub(r"[\s:-]+", "", text).lower()
    return s if _HEX64.fullmatch(s) else None


# ------------------------------------------------------------------------------------------------ names
def name_problem(name: str) -> str | None:
    """Why ``name`` is not a safe member name (None when it is). Names the app writes always pass."""
    if not name:
        return "it has no name"
    if len(name) > 1024:
        return "its name is far too long"
    if any(_hidden(c) or (unicodedata.category(c).startswith("Z") and c != " ") for c in name):
        return "its name holds control, invisible or direction-changing characters"
    if "\\" in name:
        return "its name holds a backslash (a folder separator on Windows)"
    if name.startswith("/") or ":" in name:
        return "its name is an absolute path or holds a colon"
    parts = name.split("/")
    if len(parts) > MAX_DEPTH:
        return "it is nested in far too many folders"
    if any(p in ("", ".", "..") for p in parts):
        return "its name climbs out of the folder or has an empty part"
    if any(p.endswith((".", " ")) or p.startswith(" ") for p in parts):
        return "its name ends in a dot or a space (Windows would drop them)"
    if any(_WINDOWS_DEVICES.fullmatch(p) for p in parts):
        return "its name is reserved on Windows"
    return None


def clash_key(name: str) -> str:
    """Names with the same key become the same file on some system (case folding, Unicode normalisation, trailing
    dots and spaces)."""
    folded = unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", name).casefold())
    return "/".join(p.rstrip(". ") for p in folded.split("/"))


# ------------------------------------------------------------------------------------------------ the report
@dataclass
class VerifyReport:
    """Result of ``verify_bundle``. ``status``: "ok", "mismatch", "unreadable" or "old-format" (an older bundle
    whose covered files all match, but whose report.pdf and README.txt were never covered by its fingerprint).

    ``fingerprint`` is the bundle's fingerprint (SHA-256 of SHA256SUMS; for an older bundle, of manifest.json).
    Every string here may hold text from the bundle: ``summary()`` escapes it for display.
    """

    path: str
    status: str = "ok"
    problems: list[str] = field(default_factory=list)
    matched: list[str] = field(default_factory=list)
    fingerprint: str | None = None
    manifest_sha256: str | None = None
    made_at: str | None = None
    entries: int = 0
    format_version: int | None = None
    expected: str | None = None  # the fingerprint the person gave, if any

    @property
    def ok(self) -> bool:
        return self.status == "ok" and not self.problems

    @property
    def exit_code(self) -> int:
        return EXIT_CODES.get(self.status, 1)

    def summary(self) -> str:
        return "\n".join(printable(line) for line in self._lines())

    def _lines(self) -> list[str]:
        name = shown(Path(self.path).name or self.path)
        n_ok = len(self.matched)
        files = f"{n_ok} file{'s' if n_ok != 1 else ''}"
        if self.status == "unreadable":
            return [f"{name} could not be checked."] + [f"- {p}" for p in self.problems]
        if self.problems:
            n = len(self.problems)
            lines = [f"{name}: DOES NOT MATCH. {n} problem{'s' if n != 1 else ''} found:"]
            lines += [f"- {p}" for p in self.problems]
            if self.matched:
                lines.append(f"{files} matched.")
        elif self.status == "old-format":
            lines = [
                f"{name}: OLDER FORMAT, PARTLY CHECKED. The report is not covered.",
                f"This bundle was made by an older version of the app. Its fingerprint (the SHA-256 of "
                f"manifest.json, on the cover of report.pdf) covers manifest.json and the files it lists: "
                f"all {files} match.",
                "report.pdf and README.txt are NOT covered by that fingerprint: they could have been changed or "
                "replaced without it showing. Compare the report with manifest.json before relying on it.",
            ]
        else:
            lines = [
                f"{name}: everything matches its fingerprint list.",
                f"All {files} listed in SHA256SUMS match it; none is missing and the bundle holds nothing else.",
            ]
        if self.status != "unreadable" and (self.entries or self.made_at):
            made = f", made {self.made_at}" if self.made_at else ""
            lines.append(f"It holds {self.entries} entr{'y' if self.entries == 1 else 'ies'}{made}.")
        if self.fingerprint:
            what = "SHA-256 of SHA256SUMS" if self.format_version != 1 else "SHA-256 of manifest.json"
            lines += ["", f"Fingerprint of this bundle ({what}):", f"  {group_fingerprint(self.fingerprint)}",
                      f"  {self.fingerprint}"]
            if self.expected is not None and self.expected == self.fingerprint:
                lines.append("It is the fingerprint you gave.")
            elif self.expected is None and not self.problems:
                lines.append("Compare it with the fingerprint noted when the bundle was made. If they differ, "
                             "something in the bundle was changed, added or removed since.")
        if self.manifest_sha256 and self.format_version != 1:
            lines.append(f"Fingerprint of manifest.json (printed on the cover of report.pdf): {self.manifest_sha256}")
        return lines


class _Unreadable(Exception):
    pass


# ------------------------------------------------------------------------------------------------ sources
class _Source:
    """Read-only view of a bundle's files (a ZIP or a folder). ``names`` holds every regular file with a safe,
    unique name; everything else has been reported."""

    names: list[str]

    def chunks(self, name: str) -> Iterator[bytes]:
        raise NotImplementedError

    def close(self) -> None:
        pass


def _check_names(found: list[str], problems: list[str]) -> list[str]:
    """Report unsafe, duplicated and clashing names; return the names that can be checked."""
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


def _scan_central_directory(f: IO[bytes]) -> None:
    """Measure the ZIP's central directory before ``zipfile`` builds an object per member: refuse a huge one."""
    size = f.seek(0, os.SEEK_END)
    tail_len = min(size, 22 + 65535)
    f.seek(size - tail_len)
    tail = f.read(tail_len)
    at = tail.rfind(b"PK\x05\x06")
    if at < 0 or len(tail) - at < 22:
        raise _Unreadable("It is not a ZIP file, or it is too damaged to open.")
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
        raise _Unreadable(f"It says it holds {count:,} files, far too many to be an evidence bundle "
                          f"(at most {MAX_MEMBERS:,}). It was not opened.")
    if cd_size > MAX_CENTRAL_DIR:
        raise _Unreadable("Its list of files is far larger than an evidence bundle's could be. It was not opened.")
    # Walk the directory itself: its count above can lie, and zipfile trusts the directory's bytes.
    start = cd_end - cd_size
    if start < 0:
        raise _Unreadable("It is not a ZIP file, or it is too damaged to open.")
    f.seek(start)
    cd = f.read(cd_size)
    pos = n = 0
    while pos + 46 <= len(cd) and cd[pos:pos + 4] == b"PK\x01\x02":
        name_len, extra_len, comment_len = struct.unpack("<HHH", cd[pos + 28:pos + 34])
        pos += 46 + name_len + extra_len + comment_len
        n += 1
        if n > MAX_MEMBERS:
            raise _Unreadable(f"It holds more than {MAX_MEMBERS:,} files, far too many to be an evidence bundle. "
                              "It was not opened.")


class _ZipSource(_Source):
    def __init__(self, fileobj: IO[bytes], problems: list[str]) -> None:
        _scan_central_directory(fileobj)
        fileobj.seek(0)
        try:
            self.zf = zipfile.ZipFile(fileobj)
        except UnicodeDecodeError:
            raise _Unreadable("Its list of files holds a name that is not valid text (UTF-8), which the app never "
                              "writes. It was not opened.") from None
        except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, struct.error):
            raise _Unreadable("It is not a ZIP file, or it is too damaged to open.") from None
        infos = self.zf.infolist()
        if len(infos) > MAX_MEMBERS:  # the scan above makes this unlikely; keep the promise anyway
            raise _Unreadable("It holds far too many files to be an evidence bundle.")
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
        self.names = _check_names([zi.filename for zi in files], problems)
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
            while chunk := f.read(_CHUNK):
                yield chunk

    def close(self) -> None:
        self.zf.close()


class _DirSource(_Source):
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
                    raise _Unreadable("The folder holds far too many files to be an evidence bundle.")
        self.names = _check_names(found, problems)

    def chunks(self, name: str) -> Iterator[bytes]:
        flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
        fd = os.open(self.paths[name], flags)
        with os.fdopen(fd, "rb") as f:
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                raise _Damaged("it is not a plain file any more")
            while chunk := f.read(_CHUNK):
                yield chunk


class _Damaged(Exception):
    pass


class _TooLarge(Exception):
    pass


_READ_ERRORS = (OSError, EOFError, zipfile.BadZipFile, zlib.error, NotImplementedError, RuntimeError, ValueError,
                struct.error, _Damaged)


def _digest(src: _Source, name: str, limit: int) -> tuple[str, int]:
    """SHA-256 and length of a member, reading at most ``limit`` bytes (``_TooLarge`` past that)."""
    h = hashlib.sha256()
    n = 0
    for chunk in src.chunks(name):
        n += len(chunk)
        if n > limit:
            raise _TooLarge()
        h.update(chunk)
    return h.hexdigest(), n


def _read_bounded(src: _Source, name: str, limit: int) -> bytes:
    """A small member whole, never more than ``limit`` bytes whatever its declared size."""
    out = bytearray()
    try:
        for chunk in src.chunks(name):
            out += chunk
            if len(out) > limit:
                raise _Unreadable(f"{name} is far larger than it should be (over {limit // (1024 * 1024)} MiB), so "
                                  "the bundle was not checked further.")
    except _READ_ERRORS as exc:
        raise _Unreadable(f"{name} is damaged inside the bundle and cannot be read ({_why(exc)}).") from None
    return bytes(out)


def _why(exc: BaseException) -> str:
    if isinstance(exc, _Damaged):
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


# ------------------------------------------------------------------------------------------------ manifest
class _Form(Exception):
    """manifest.json is not in the expected form; the message says where, never quoting the bundle."""


def _want(value: Any, kind: type | tuple[type, ...], where: str) -> Any:
    if isinstance(value, bool) and kind is not bool and (kind is int or (isinstance(kind, tuple) and int in kind)):
        raise _Form(f"{where} should be a number")
    if not isinstance(value, kind):
        names = {str: "text", int: "a whole number", list: "a list", dict: "a group of fields", bool: "yes or no"}
        kinds = kind if isinstance(kind, tuple) else (kind,)
        raise _Form(f"{where} should be " + " or ".join(names.get(k, "empty") for k in kinds))
    return value


def _want_hash(value: Any, where: str) -> str:
    if not (isinstance(value, str) and _HEX64.fullmatch(value)):
        raise _Form(f"{where} should be a SHA-256 fingerprint (64 characters 0-9 and a-f)")
    return value


def _want_size(value: Any, where: str) -> int:
    _want(value, int, where)
    if value < 0:
        raise _Form(f"{where} should not be negative")
    return int(value)


_PLAIN_STRING = re.compile(rb'"[^"]*"')


def count_json_items(data: bytes) -> int:
    """An upper bound on the number of values in a JSON text (commas and brackets outside strings), found without
    parsing it: what parsing would cost in memory grows with this, not with the text's length.

    Linear time on any input: escaped backslashes, then escaped quotes, are dropped first (left to right, as JSON
    pairs them), so every quote left delimits a string and a regex without alternatives finds them."""
    plain = data.replace(b"\\\\", b"").replace(b'\\"', b"")
    bare = _PLAIN_STRING.sub(b'""', plain)
    return bare.count(b",") + bare.count(b"[") + bare.count(b"{")


def _parse_manifest(data: bytes) -> dict[str, Any]:
    items = count_json_items(data)
    if items > MAX_MANIFEST_ITEMS:
        raise _Unreadable(f"manifest.json holds far more values than an evidence bundle's could "
                          f"(over {MAX_MANIFEST_ITEMS:,}), so the bundle was not checked further.")
    try:
        doc = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise _Unreadable("manifest.json is damaged (it is not readable JSON).") from None
    except RecursionError:
        raise _Unreadable("manifest.json is nested far too deeply to be an evidence bundle's.") from None
    if not isinstance(doc, dict) or doc.get("format") not in (FORMAT, FORMAT_V1):
        raise _Unreadable("manifest.json is not the manifest of an evidence bundle made by this app.")
    return doc


def _manifest_files(doc: dict[str, Any], version: int) -> tuple[dict[str, tuple[str, int]], list[str]]:
    """The files the manifest lists (path -> (sha256, size)), after checking the type of every value used.
    Returns also the consistency problems found between the entries and the file list."""
    files: dict[str, tuple[str, int]] = {}
    problems: list[str] = []
    for i, rec in enumerate(_want(doc.get("files"), list, '"files"'), 1):
        where = f"file {i} in \"files\""
        _want(rec, dict, where)
        path = _want(rec.get("path"), str, f'{where}: "path"')
        digest = _want_hash(rec.get("sha256"), f'{where}: "sha256"')
        size = _want_size(rec.get("size"), f'{where}: "size"')
        why = name_problem(path)
        if why:
            raise _Form(f"{where}: the path is not safe ({why})")
        if version >= 2 and not path.startswith(ATTACH_DIR):
            raise _Form(f"{where}: the path should be in {ATTACH_DIR}")
        if path in files:
            problems.append(f"manifest.json lists {shown(path)} twice.")
        files[path] = (digest, size)
    for i, e in enumerate(_want(doc.get("entries"), list, '"entries"'), 1):
        where = f"entry {i}"
        _want(e, dict, where)
        _want(e.get("id"), str, f'{where}: "id"')
        for k, a in enumerate(_want(e.get("attachments", []), list, f'{where}: "attachments"'), 1):
            aw = f"{where}, attached file {k}"
            _want(a, dict, aw)
            included = _want(a.get("included"), bool, f'{aw}: "included"')
            path = _want(a.get("path"), (str, type(None)), f'{aw}: "path"')
            digest = _want_hash(a.get("sha256"), f'{aw}: "sha256"')
            size = _want_size(a.get("size"), f'{aw}: "size"')
            _want(a.get("name"), str, f'{aw}: "name"')
            if included:
                if path is None or path not in files:
                    problems.append(f"manifest.json says {aw} is included, but its list of files does not hold it.")
                elif files[path] != (digest, size):
                    problems.append(f"manifest.json gives two different fingerprints or sizes for {shown(path)}.")
            elif path is not None:
                problems.append(f"manifest.json says {aw} was left out, yet gives it a path in the bundle.")
    _want(doc.get("made_at"), (str, type(None)), '"made_at"')
    return files, problems


def _made_at(doc: dict[str, Any]) -> str | None:
    value = doc.get("made_at")
    try:
        return datetime.fromisoformat(value).strftime("%d %B %Y at %H:%M %Z").strip() if value else None
    except (TypeError, ValueError):
        return None


def _parse_sums(data: bytes, problems: list[str]) -> dict[str, str] | None:
    """SHA256SUMS in the exact form the app writes (``<64 hex>  <name>`` per line); None if it is not."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        problems.append("SHA256SUMS is damaged (it is not plain text).")
        return None
    out: dict[str, str] = {}
    bad = False
    lines = text.split("\n")
    if lines[-1] != "":
        problems.append("SHA256SUMS does not end with a line break, so it is not in the form the app writes.")
        bad = True
    for i, line in enumerate(lines[:-1], 1):
        m = _SUMS_LINE.fullmatch(line)
        if not m:
            problems.append(f"Line {i} of SHA256SUMS is not in the form the app writes.")
            bad = True
            continue
        digest, name = m.groups()
        why = name_problem(name)
        if why:
            problems.append(f"Line {i} of SHA256SUMS names a file that cannot be in a bundle because {why}: "
                            f"{shown(name)}.")
            bad = True
        elif name in out:
            problems.append(f"SHA256SUMS lists {shown(name)} twice.")
            bad = True
        else:
            out[name] = digest
    return None if bad else out


# ------------------------------------------------------------------------------------------------ checking
def verify_bundle(path: str | os.PathLike[str], fingerprint: str | None = None) -> VerifyReport:
    """Check a bundle (a ZIP, or the folder it was unzipped into). Never raises for a bad or hostile bundle.

    ``fingerprint``: the bundle's fingerprint as noted when it was made (any spacing or case); the bundle then
    only matches if its own fingerprint is that one.
    """
    report = VerifyReport(os.fspath(path) if isinstance(path, os.PathLike) else str(path))
    src: _Source | None = None
    fh: IO[bytes] | None = None
    try:
        if fingerprint is not None:
            report.expected = normalise_fingerprint(fingerprint)
            if report.expected is None:
                raise _Unreadable("The fingerprint you gave is not 64 characters 0-9 and a-f (spaces are fine).")
        src, fh = _open(report.path, report.problems)
        _check(src, report)
        if report.expected is not None and report.fingerprint and report.expected != report.fingerprint:
            report.problems.insert(0, f"The bundle's fingerprint is not the one you gave ({report.expected}): "
                                      "something in it was changed, added or removed after it was made.")
    except _Unreadable as exc:
        report.status = "unreadable"
        report.problems.insert(0, str(exc))
    except MemoryError:
        report.status = "unreadable"
        report.problems.insert(0, "The bundle is too large to check on this computer.")
    except _READ_ERRORS as exc:
        report.status = "unreadable"
        report.problems.insert(0, f"The bundle could not be read ({_why(exc)}). It may be damaged.")
    finally:
        if src is not None:
            src.close()
        if fh is not None:
            fh.close()
    if report.problems and report.status != "unreadable":
        report.status = "mismatch"
    return report


def _open(path: str, problems: list[str]) -> tuple[_Source, IO[bytes] | None]:
    try:
        st = os.stat(path)
    except FileNotFoundError:
        raise _Unreadable("There is no file or folder there.") from None
    except PermissionError:
        raise _Unreadable("The app is not allowed to read it.") from None
    except (OSError, ValueError):
        raise _Unreadable("That is not a path this computer can open.") from None
    if stat.S_ISDIR(st.st_mode):
        return _DirSource(Path(path), problems), None
    if not stat.S_ISREG(st.st_mode):
        raise _Unreadable("It is not a file: it is a device, a pipe or another special file, so it was not read.")
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except PermissionError:
        raise _Unreadable("The app is not allowed to read it.") from None
    except OSError:
        raise _Unreadable("The file could not be read. Check the drive and try again.") from None
    fh = os.fdopen(fd, "rb")
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):  # swapped for something else since the check above
            raise _Unreadable("It is not a file: it is a device, a pipe or another special file, so it was not read.")
        return _ZipSource(fh, problems), fh
    except BaseException:
        fh.close()
        raise


def _check(src: _Source, report: VerifyReport) -> None:
    names = set(src.names)
    if MANIFEST not in names:
        raise _Unreadable("There is no usable manifest.json in it, so it is not a complete evidence bundle.")
    manifest_bytes = _read_bounded(src, MANIFEST, MAX_MANIFEST)
    report.manifest_sha256 = hashlib.sha256(manifest_bytes).hexdigest()
    doc = _parse_manifest(manifest_bytes)
    del manifest_bytes
    version = doc.get("format_version", 1)
    if doc.get("format") == FORMAT_V1:
        version = 1
    elif type(version) is not int or version != FORMAT_VERSION:
        raise _Unreadable("manifest.json says the bundle was made in a format this version of the app does not "
                          "know. Use a newer version to check it.")
    report.format_version = version
    try:
        files, consistency = _manifest_files(doc, version)
    except _Form as exc:
        raise _Unreadable(f"manifest.json is not in the expected form ({exc}), so the bundle cannot be "
                          "checked.") from None
    report.made_at = _made_at(doc)
    report.entries = len(doc["entries"])
    del doc
    if version == 1:
        _check_v1(src, report, files, consistency)
    else:
        _check_v2(src, report, files, consistency)


def _check_member(src: _Source, report: VerifyReport, name: str, want: str, limit: int,
                  size: int | None = None) -> bool:
    try:
        got, n = _digest(src, name, limit)
    except _TooLarge:
        report.problems.append(f"{shown(name)} has been changed: it is larger than it should be.")
        return False
    except _READ_ERRORS as exc:
        report.problems.append(f"{shown(name)} is damaged inside the bundle and cannot be read ({_why(exc)}).")
        return False
    if size is not None and n != size:
        report.problems.append(f"{shown(name)} has been changed: it is {n:,} bytes, but should be {size:,}.")
        return False
    if got != want:
        report.problems.append(f"{shown(name)} has been changed: its SHA-256 fingerprint does not match.")
        return False
    report.matched.append(name)
    return True


_LIMITS = {README: MAX_README, REPORT: MAX_REPORT, MANIFEST: MAX_MANIFEST, SUMS: MAX_SUMS}


def _check_v2(src: _Source, report: VerifyReport, files: dict[str, tuple[str, int]],
              consistency: list[str]) -> None:
    problems = report.problems
    names = set(src.names)
    if SUMS not in names:
        raise _Unreadable("There is no usable SHA256SUMS in it. That file is the bundle's seal: without it "
                          "nothing can be checked.")
    seal_bytes = _read_bounded(src, SUMS, MAX_SUMS)
    report.fingerprint = hashlib.sha256(seal_bytes).hexdigest()
    seal = _parse_sums(seal_bytes, problems)
    if seal is None:
        return
    if SUMS in seal:
        problems.append("SHA256SUMS lists itself, which the app never does.")
    for required in (REPORT, MANIFEST, README):
        if required not in seal:
            problems.append(f"{shown(required)} is not covered by the fingerprint: SHA256SUMS does not list it.")
    for name in sorted(seal):
        if name.startswith(ATTACH_DIR) and name not in files:
            problems.append(f"{shown(name)} is listed in SHA256SUMS but not in manifest.json, so it was not part "
                            "of the export.")
        elif not name.startswith(ATTACH_DIR) and name not in (REPORT, MANIFEST, README):
            problems.append(f"{shown(name)} is listed in SHA256SUMS but is not a file the app puts in a bundle.")
    for name, (digest, _size) in sorted(files.items()):
        if name not in seal:
            problems.append(f"{shown(name)} is listed in manifest.json but not in SHA256SUMS.")
        elif seal[name] != digest:
            problems.append(f"{shown(name)} has different fingerprints in manifest.json and SHA256SUMS.")
    problems.extend(consistency)

    if MANIFEST in seal:
        if seal[MANIFEST] == report.manifest_sha256:
            report.matched.append(MANIFEST)
        else:
            problems.append(f"{shown(MANIFEST)} has been changed: its SHA-256 fingerprint does not match.")
    for name in sorted(seal):
        if name in (MANIFEST, SUMS):
            continue
        if name not in names:
            problems.append(f"{shown(name)} is missing from the bundle.")
            continue
        size = files[name][1] if name in files else None
        limit = size if size is not None else _LIMITS.get(name, MAX_README)
        _check_member(src, report, name, seal[name], limit, size)
    for name in sorted(names - set(seal) - {SUMS}):
        problems.append(f"{shown(name)} is an extra file: the bundle's fingerprint does not cover it.")


def _check_v1(src: _Source, report: VerifyReport, files: dict[str, tuple[str, int]],
              consistency: list[str]) -> None:
    """An older bundle: only manifest.json (its hash on the cover) and the files it lists were bound."""
    problems = report.problems
    names = set(src.names)
    report.fingerprint = report.manifest_sha256
    problems.extend(consistency)
    report.matched.append(MANIFEST)
    for name, (digest, size) in sorted(files.items()):
        if name not in names:
            problems.append(f"{shown(name)} is missing from the bundle.")
        else:
            _check_member(src, report, name, digest, size, size)
    sums: dict[str, str] = {}
    if SUMS in names:
        sums = _parse_sums(_read_bounded(src, SUMS, MAX_SUMS), problems) or {}
    for name in (REPORT, README):  # not covered, but a damaged one is still worth naming
        if name not in names:
            problems.append(f"{shown(name)} is missing from the bundle.")
        elif name in sums:
            try:
                got, _ = _digest(src, name, _LIMITS[name])
            except (_TooLarge, *_READ_ERRORS):
                got = ""
            if got != sums[name]:
                problems.append(f"{shown(name)} does not match its line in SHA256SUMS: it was changed.")
    for name in sorted(names - set(files) - {MANIFEST, SUMS, REPORT, README}):
        problems.append(f"{shown(name)} is an extra file: the bundle's fingerprint does not cover it.")
    if not problems:
        report.status = "old-format"
