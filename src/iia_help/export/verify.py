"""Re-check an evidence bundle: every file against manifest.json and SHA256SUMS, nothing missing, nothing extra.

No Qt and no extraction to disk: members are read and hashed in memory, in chunks, with size limits, so a damaged
or hostile ZIP (bad names, "zip bombs", encrypted members) gives a clear sentence, never a traceback. Works on the
ZIP itself or on a folder it was unzipped into.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

MANIFEST, SUMS, README, REPORT = "manifest.json", "SHA256SUMS", "README.txt", "report.pdf"
MAX_MANIFEST = 256 * 1024 * 1024
MAX_SUMS = 16 * 1024 * 1024
MAX_MEMBERS = 200_000
_CHUNK = 1024 * 1024
_HEX64 = re.compile(r"[0-9a-f]{64}")


@dataclass
class VerifyReport:
    """Result of ``verify_bundle``. ``status`` is "ok", "mismatch" or "unreadable"."""

    path: str
    status: str = "ok"
    problems: list[str] = field(default_factory=list)
    matched: list[str] = field(default_factory=list)
    manifest_sha256: str | None = None
    made_at: str | None = None
    entries: int = 0

    @property
    def ok(self) -> bool:
        return self.status == "ok" and not self.problems

    def summary(self) -> str:
        name = Path(self.path).name or self.path
        if self.status == "unreadable":
            return f"{name} could not be checked.\n" + "\n".join(f"- {p}" for p in self.problems)
        if self.ok:
            lines = [
                f"{name}: everything matches.",
                f"All {len(self.matched)} files are exactly as they were when the bundle was made"
                + (f" ({self.made_at})." if self.made_at else "."),
                f"It holds {self.entries} entr{'y' if self.entries == 1 else 'ies'}.",
            ]
        else:
            n = len(self.problems)
            lines = [f"{name}: DOES NOT MATCH. {n} problem{'s' if n != 1 else ''} found:"]
            lines += [f"- {p}" for p in self.problems]
            if self.matched:
                lines.append(f"{len(self.matched)} other file{'s' if len(self.matched) != 1 else ''} matched.")
        if self.manifest_sha256:
            lines.append(f"Fingerprint (SHA-256) of manifest.json: {self.manifest_sha256}")
            lines.append("It should be the same as the one on the cover page of report.pdf.")
        return "\n".join(lines)


class _Unreadable(Exception):
    pass


class _Source:
    """Read-only view of a bundle's files (a ZIP or a folder)."""

    def names(self) -> list[str]:
        raise NotImplementedError

    def size(self, name: str) -> int:
        raise NotImplementedError

    def chunks(self, name: str) -> Iterator[bytes]:
        raise NotImplementedError

    def close(self) -> None:
        pass


class _ZipSource(_Source):
    def __init__(self, path: Path, report: VerifyReport) -> None:
        try:
            self.zf = zipfile.ZipFile(path)
        except zipfile.BadZipFile:
            raise _Unreadable("It is not a ZIP file, or it is too damaged to open.") from None
        except OSError:
            raise _Unreadable("The file could not be read. Check the drive and try again.") from None
        infos = self.zf.infolist()
        if len(infos) > MAX_MEMBERS:
            self.zf.close()
            raise _Unreadable("It holds far too many files to be an evidence bundle.")
        self.infos: dict[str, zipfile.ZipInfo] = {}
        for zi in infos:
            if zi.is_dir():
                continue
            if zi.filename in self.infos:
                report.problems.append(f'The name "{zi.filename}" appears twice in the ZIP.')
                continue
            if zi.flag_bits & 0x1:
                report.problems.append(f'"{zi.filename}" is password-protected, so it cannot be checked.')
            self.infos[zi.filename] = zi

    def names(self) -> list[str]:
        return list(self.infos)

    def size(self, name: str) -> int:
        return self.infos[name].file_size

    def chunks(self, name: str) -> Iterator[bytes]:
        with self.zf.open(self.infos[name]) as f:
            while chunk := f.read(_CHUNK):
                yield chunk

    def close(self) -> None:
        self.zf.close()


class _DirSource(_Source):
    def __init__(self, root: Path, report: VerifyReport) -> None:
        self.root = root
        self.files: dict[str, Path] = {}
        for dirpath, dirnames, filenames in os.walk(root):
            for d in list(dirnames):
                if os.path.islink(os.path.join(dirpath, d)):
                    dirnames.remove(d)
            for fn in filenames:
                p = Path(dirpath, fn)
                rel = p.relative_to(root).as_posix()
                if p.is_symlink():
                    report.problems.append(f'"{rel}" is a link to another file, not a file.')
                    continue
                self.files[rel] = p
                if len(self.files) > MAX_MEMBERS:
                    raise _Unreadable("The folder holds far too many files to be an evidence bundle.")

    def names(self) -> list[str]:
        return list(self.files)

    def size(self, name: str) -> int:
        return self.files[name].stat().st_size

    def chunks(self, name: str) -> Iterator[bytes]:
        with open(self.files[name], "rb") as f:
            while chunk := f.read(_CHUNK):
                yield chunk


def _unsafe(name: str) -> bool:
    if not name or "\x00" in name or "\\" in name or name.startswith("/") or re.match(r"^[A-Za-z]:", name):
        return True
    return any(part in ("..", "") for part in PurePosixPath(name).parts) or ".." in name.split("/")


def _hash(src: _Source, name: str, limit: int) -> tuple[str, int]:
    """SHA-256 of a member, reading at most ``limit`` bytes; raises ValueError if it is longer."""
    h = hashlib.sha256()
    n = 0
    for chunk in src.chunks(name):
        n += len(chunk)
        if n > limit:
            raise ValueError("too large")
        h.update(chunk)
    return h.hexdigest(), n


def _read_small(src: _Source, name: str, limit: int) -> bytes:
    if src.size(name) > limit:
        raise _Unreadable(f"{name} is far larger than it should be.")
    out = bytearray()
    for chunk in src.chunks(name):
        out += chunk
        if len(out) > limit:
            raise _Unreadable(f"{name} is far larger than it should be.")
    return bytes(out)


def _parse_sums(text: str, problems: list[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for i, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        m = re.fullmatch(r"([0-9a-fA-F]{64}) [ *](.+)", line)
        if not m:
            problems.append(f"Line {i} of SHA256SUMS is not in the expected form.")
            continue
        out[m.group(2)] = m.group(1).lower()
    return out


def _manifest_files(manifest: Any) -> dict[str, tuple[str, int]]:
    if not isinstance(manifest, dict) or manifest.get("format") != "iia-help evidence bundle":
        raise _Unreadable("manifest.json is not the manifest of an evidence bundle made by this app.")
    files = manifest.get("files")
    if not isinstance(files, list) or not isinstance(manifest.get("entries"), list):
        raise _Unreadable("manifest.json is incomplete, so the bundle cannot be checked.")
    out: dict[str, tuple[str, int]] = {}
    for rec in files:
        try:
            p, h, z = rec["path"], rec["sha256"], rec["size"]
        except (TypeError, KeyError):
            raise _Unreadable("manifest.json lists a file in an unexpected form.") from None
        if not (isinstance(p, str) and isinstance(h, str) and _HEX64.fullmatch(h) and isinstance(z, int)
                and z >= 0):
            raise _Unreadable("manifest.json lists a file in an unexpected form.")
        out[p] = (h, z)
    return out


def verify_bundle(path: str | os.PathLike[str]) -> VerifyReport:
    """Check a bundle (ZIP, or the folder it was unzipped into). Never raises for a bad bundle."""
    report = VerifyReport(str(path))
    src: _Source | None = None
    try:
        p = Path(path)
        if not p.exists():
            raise _Unreadable("There is no file there.")
        src = _DirSource(p, report) if p.is_dir() else _ZipSource(p, report)
        _check(src, report)
    except _Unreadable as exc:
        report.status = "unreadable"
        report.problems.insert(0, str(exc))
    except (OSError, zipfile.BadZipFile, RuntimeError, EOFError, NotImplementedError) as exc:
        report.status = "unreadable"
        report.problems.insert(0, f"The bundle could not be read ({exc.__class__.__name__}). It may be damaged.")
    finally:
        if src is not None:
            src.close()
    if report.status == "ok" and report.problems:
        report.status = "mismatch"
    return report


def _check(src: _Source, report: VerifyReport) -> None:
    problems = report.problems
    names = src.names()
    for n in names:
        if _unsafe(n):
            problems.append(f'The bundle holds a file with an unsafe name: "{n}". It was not opened.')
    safe = {n for n in names if not _unsafe(n)}

    if MANIFEST not in safe:
        raise _Unreadable("There is no manifest.json in it, so it is not a complete evidence bundle.")
    manifest_bytes = _read_small(src, MANIFEST, MAX_MANIFEST)
    report.manifest_sha256 = hashlib.sha256(manifest_bytes).hexdigest()
    try:
        manifest = json.loads(manifest_bytes.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise _Unreadable("manifest.json is damaged (it is not readable JSON).") from None
    expected = _manifest_files(manifest)
    report.made_at = manifest.get("made_at") if isinstance(manifest.get("made_at"), str) else None
    report.entries = len(manifest["entries"])
    for e in manifest["entries"]:
        for a in (e.get("attachments") or []) if isinstance(e, dict) else []:
            if isinstance(a, dict) and a.get("included") and a.get("path") not in expected:
                problems.append(f'manifest.json says "{a.get("path")}" is included but does not list it.')

    sums: dict[str, str] = {}
    if SUMS in safe:
        try:
            sums = _parse_sums(_read_small(src, SUMS, MAX_SUMS).decode("utf-8"), problems)
        except UnicodeDecodeError:
            problems.append("SHA256SUMS is damaged (it is not plain text).")
    else:
        problems.append("SHA256SUMS is missing.")

    if SUMS in safe and sums.get(MANIFEST) != report.manifest_sha256:
        if MANIFEST in sums:
            problems.append("manifest.json does not match its fingerprint in SHA256SUMS: it was changed.")
        else:
            problems.append("SHA256SUMS does not list manifest.json.")
    elif MANIFEST in sums:
        report.matched.append(MANIFEST)
    if SUMS in safe and REPORT not in sums:
        problems.append("SHA256SUMS does not list report.pdf.")

    for name, digest in sums.items():
        if name in expected and expected[name][0] != digest:
            problems.append(f'"{name}" has different fingerprints in manifest.json and SHA256SUMS.')

    to_check: dict[str, tuple[str | None, int | None]] = {}
    for name, (h, z) in expected.items():
        to_check[name] = (h, z)
    for name, h in sums.items():
        if name != MANIFEST and name not in to_check:
            to_check[name] = (h, None)

    for name, (want, size) in sorted(to_check.items()):
        if _unsafe(name):
            problems.append(f'The manifest lists a file with an unsafe name: "{name}".')
            continue
        if name not in safe:
            problems.append(f'"{name}" is missing from the bundle.')
            continue
        actual_size = src.size(name)
        limit = size if size is not None else max(actual_size, 0)
        if size is not None and actual_size != size:
            problems.append(f'"{name}" has been changed: it is {actual_size:,} bytes, but should be {size:,}.')
            continue
        try:
            got, _n = _hash(src, name, limit)
        except ValueError:
            problems.append(f'"{name}" has been changed: it is larger than it should be.')
            continue
        except (zipfile.BadZipFile, zlib_error()) as exc:
            problems.append(f'"{name}" is damaged inside the ZIP and cannot be read ({exc}).')
            continue
        if got != want or (name in sums and sums[name] != got):
            problems.append(f'"{name}" has been changed: its SHA-256 fingerprint does not match.')
            continue
        report.matched.append(name)
        if name == REPORT and report.manifest_sha256 and not _pdf_mentions(src, name, report.manifest_sha256):
            problems.append("report.pdf was not made with this manifest.json (its fingerprint is not in it).")

    known = {MANIFEST, SUMS, README, REPORT} | set(to_check)
    for n in sorted(safe - known):
        problems.append(f'"{n}" is an extra file: it is not listed in manifest.json or SHA256SUMS.')
    if REPORT not in safe and REPORT not in to_check:
        problems.append('"report.pdf" is missing from the bundle.')


def zlib_error() -> type[Exception]:
    import zlib

    return zlib.error


def _pdf_mentions(src: _Source, name: str, digest: str) -> bool:
    """The report's PDF metadata names the manifest's fingerprint (written by the app when it made both)."""
    needle = digest.encode("ascii")
    tail = b""
    for chunk in src.chunks(name):
        buf = tail + chunk
        if needle in buf:
            return True
        tail = buf[-len(needle):]
    return False
