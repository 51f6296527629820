"""The evidence bundle: one ZIP with report.pdf, the original attached files, manifest.json, README.txt and
SHA256SUMS, the seal: it lists the SHA-256 of every other file, and its own SHA-256 is the bundle's one fingerprint
(``ExportResult.fingerprint``), the one to write down. The report's cover carries the manifest's SHA-256.

Written atomically: a temp file in the target folder, renamed into place only when complete; a cancelled or failed
export removes it, so nothing is left behind. Attached files are streamed from the vault into the ZIP chunk by
chunk (never whole in memory, never a plaintext temp file), and their SHA-256 is checked on the way.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import tempfile
import unicodedata
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from iia_help import __version__
from iia_help.catalog import translate
from iia_help.display_text import date_time_text
from iia_help.export.errors import ExportCancelled, ExportError
from iia_help.export.json_bounds import MAX_MANIFEST_ITEMS, count_json_items
from iia_help.export.provenance import CUSTODY, MAX_CUSTODY, PUBKEY, SIG, custody_document
from iia_help.export.selection import ExportOptions, FilePlan, Selection, select
from iia_help.export.verify import (
    ATTACH_DIR,
    FORMAT,
    FORMAT_VERSION,
    MANIFEST,
    MAX_MANIFEST,
    README,
    REPORT,
    SUMS,
    name_problem,
)
from iia_help.fsutil import fsync_dir, replace
from iia_help.vault.custody import content_sha256

Progress = Callable[[int, int], "bool | None"]

APP_NAME = "Fernleaf"  # the neutral name the app goes by in anything it writes (no word about what it is for)
# Units of progress given to each page-worth of the report, so the bar moves for text-only exports too.
_ENTRY_UNITS = 64 * 1024
_STORED = {"png", "jpeg", "gif", "webp"}  # already compressed: deflating them again only costs time


@dataclass(frozen=True)
class ExportResult:
    path: Path
    manifest_sha256: str
    fingerprint: str  # the bundle's fingerprint: SHA-256 of SHA256SUMS, which lists every other file
    entries: int
    files_included: int
    files_left_out: int
    pages: int
    journal_id: str = ""  # the signing key's short fingerprint: the same for every export of one journal


def sanitise_name(name: str, limit: int = 80) -> str:
    """A file name that is safe in any ZIP tool and on Windows, macOS and Linux (letters in any script kept)."""
    name = unicodedata.normalize("NFC", name.replace("\\", "/").rsplit("/", 1)[-1]).lstrip(". ")
    stem, dot, ext = name.rpartition(".")
    if not dot:
        stem, ext = name, ""
    clean = lambda s: re.sub(r"[^\w.\-]+", "_", s).strip("._")  # noqa: E731
    stem, ext = clean(stem), clean(ext)[:12]
    stem = stem[: max(1, limit - len(ext) - 1)] or "file"
    return f"{stem}.{ext}" if ext else stem


def _iso(dt: datetime | None) -> str | None:
    return dt.isoformat() if dt is not None else None


def _assign_paths(sel: Selection) -> None:
    n = 0
    for f in sel.files:
        if f.included:
            n += 1
            day = f.entry.occurred_at.strftime("%Y-%m-%d")
            f.path = f"{ATTACH_DIR}{day}_{n:03d}_{sanitise_name(f.attachment.name)}"
            if name_problem(f.path):  # cannot happen with sanitise_name; the checker would refuse the bundle
                f.path = f"{ATTACH_DIR}{day}_{n:03d}_file"


def _content_sha256(e: Any) -> str:
    return content_sha256({
        "occurred_at": _iso(e.occurred_at), "kind": e.kind, "platform": e.platform, "account": e.account,
        "urls": list(e.urls), "description": e.description,
        "reports": [{"to": r.to, "reference": r.reference, "date": r.date} for r in e.reports],
        "tags": list(e.tags), "demand": e.demand,
    })


def build_manifest(sel: Selection, made_at: datetime, file_records: dict[str, dict[str, Any]],
                   proof: dict[str, Any] | None = None) -> bytes:
    """manifest.json: every entry (id, times, history, fields) and every file with SHA-256, size and times.
    ``proof``: the journal ID and the custody log's summary (record count, hash of the last record)."""
    o = sel.options
    entries = []
    for e in sel.entries:
        entries.append({
            "id": e.id,
            "occurred_at": _iso(e.occurred_at),
            "created_at": _iso(e.created_at),
            "content_sha256": _content_sha256(e),
            "history": [{"at": _iso(ts), "action": action} for ts, action in e.history],
            "fields": {
                "kind": e.kind,
                "kind_label": e.kind_label,
                "platform": e.platform,
                "account": e.account,
                "urls": list(e.urls),
                "description": e.description,
                "reports": [{"to": r.to, "reference": r.reference, "date": r.date} for r in e.reports],
                "tags": list(e.tags),
                "demand": e.demand,
            },
            "attachments": [
                {
                    "id": f.attachment.id,
                    "name": f.attachment.name,
                    "size": f.attachment.size,
                    "sha256": f.attachment.sha256,
                    "added_at": _iso(f.attachment.added_at),
                    "included": f.included,
                    "path": f.path or None,
                    "left_out_reason": f.left_out_reason or None,
                }
                for f in sel.files_of(e.id)
            ],
        })
    doc = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "hash_algorithm": "SHA-256",
        "made_at": _iso(made_at),
        "app": {"name": APP_NAME, "version": __version__},
        "selection": {
            "mode": o.mode(),
            "date_from": o.date_from.isoformat() if o.date_from else None,
            "date_to": o.date_to.isoformat() if o.date_to else None,
            "include_attachments": o.include_attachments,
            "include_images": o.include_images,
        },
        "prepared_by": {"name": o.name.strip(), "contact": o.contact.strip()},
        **(proof or {}),
        "entry_count": len(entries),
        "entries": entries,
        "files": [file_records[f.attachment.id] for f in sel.included_files],
    }
    try:
        data = (json.dumps(doc, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate somewhere: fall back to \u escapes
        data = (json.dumps(doc, ensure_ascii=True, indent=2) + "\n").encode("ascii")
    # Never write a bundle the checker would refuse as too large.
    if len(data) > MAX_MANIFEST or count_json_items(data) > MAX_MANIFEST_ITEMS:
        raise ExportError(translate("errors", "These notes are too large for one bundle. Please export them in parts "
                                              "(choose dates)."))
    return data


def readme_text(manifest_sha256: str, made_at: datetime, journal_id: str = "") -> str:
    return f"""\
HOW TO CHECK THIS EVIDENCE BUNDLE
=================================

This ZIP was made on {date_time_text(made_at, short=False, offset=True, tz=UTC)}
(bundle format {FORMAT_VERSION}, app version {__version__}).
It holds:

  report.pdf     the report to read: a cover page, a timeline, then every entry in full
  attachments/   the attached files, exactly as they were saved (original bytes)
  manifest.json  a list of every entry and every file, with each file's SHA-256 fingerprint
  README.txt     this note
  custody.json   the journal's history: when it was unlocked, what was added, changed, deleted
                 or exported (never what was written), each record linked to the one before
  signing-key.pub.pem  the public half of the journal's own signing key
  SHA256SUMS     the seal: the SHA-256 fingerprint of every other file here, in the standard
                 sha256sum format
  SHA256SUMS.sig the journal's signature over SHA256SUMS (64 bytes, Ed25519)

The bundle's fingerprint
------------------------
The SHA-256 fingerprint of SHA256SUMS is the fingerprint of the whole bundle. It was shown on
screen when the bundle was made, to be written down or passed on separately (on paper, in an
email, in a crime report). It covers every file here, this note and the report included,
because SHA256SUMS lists the fingerprint of each of them.

The cover page of report.pdf shows the SHA-256 fingerprint of manifest.json:

  {manifest_sha256}

What the fingerprints show
--------------------------
A SHA-256 fingerprint is a 64-character code worked out from a file's bytes. If even one
byte of a file changes, its fingerprint changes.

If the fingerprint of SHA256SUMS is the one noted when the bundle was made, every line of
SHA256SUMS says OK, and the folder holds no file that SHA256SUMS does not list, then nothing
here has been changed, added or removed since. Anyone can write a new SHA256SUMS for changed
files, so the check means nothing without the noted fingerprint.

They cannot show that what was written down is true, or that a file was not changed before
it was added to the notes.

Which journal made this bundle
------------------------------
Journal ID: {journal_id}

Every journal has its own signing key, made on the computer where it is kept, and signs
every bundle it exports. The journal ID is a short fingerprint of that key, the same for
every export of the same journal. If it is the ID you noted from an earlier export (or from
the app), and the signature is good, this bundle was made by the same journal and nothing in
it changed after it was signed. Check the signature with OpenSSL 3 (in the unzipped folder):

    openssl pkeyutl -verify -pubin -inkey signing-key.pub.pem -rawin -in SHA256SUMS -sigfile SHA256SUMS.sig

It must print "Signature Verified Successfully". Then work out the journal ID of the key:

    openssl pkey -pubin -in signing-key.pub.pem -outform DER | sha256sum

The first 24 characters are the journal ID (without its spaces). Then do steps 2 and 3 below.
The signature cannot show when anything happened (the times come from the computer's clock),
or that what was written is true; and anyone who knows the journal's passphrase can make a
signed bundle.

How to check, step by step
--------------------------
First unzip the bundle into an empty folder, and open a terminal (command window) there.

1. The bundle's fingerprint. Compare the code this prints with the noted one:
     Linux:       sha256sum SHA256SUMS
     macOS:       shasum -a 256 SHA256SUMS
     Windows:     Get-FileHash -Algorithm SHA256 -LiteralPath SHA256SUMS
   (capital or small letters do not matter)

2. Every file:
     Linux:       sha256sum -c SHA256SUMS
     macOS:       shasum -a 256 -c SHA256SUMS
   Every line should end in "OK". Any line that says "FAILED" names a file that was changed.
   Windows (PowerShell):
     Get-Content SHA256SUMS | ForEach-Object {{
       $h, $f = $_ -split '  ', 2
       if ((Get-FileHash -Algorithm SHA256 -LiteralPath $f).Hash -eq $h) {{ "OK: $f" }} else {{ "FAILED: $f" }}
     }}

3. Nothing extra: every file in the folder (other than SHA256SUMS and SHA256SUMS.sig) must
   have a line in SHA256SUMS. A file without one was added later.

The app that made this bundle checks all of this in one step, without unzipping:
    {APP_NAME} verify-bundle THIS-FILE.zip --fingerprint "THE NOTED FINGERPRINT"
    {APP_NAME} verify-bundle THIS-FILE.zip --journal-id "THE NOTED JOURNAL ID"
"""


def _zinfo(name: str, when: datetime, stored: bool) -> zipfile.ZipInfo:
    local = when.astimezone(UTC)
    stamp = (max(1980, local.year), local.month, local.day, local.hour, local.minute, local.second)
    zi = zipfile.ZipInfo(name, date_time=stamp)
    zi.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
    zi.external_attr = 0o644 << 16
    return zi


class _Ticker:
    """Progress in shared units; raises ExportCancelled when the callback returns False."""

    def __init__(self, progress: Progress | None, total: int) -> None:
        self.progress, self.total, self.done = progress, max(1, total), 0

    def add(self, n: int) -> None:
        self.set(self.done + n)

    def set(self, done: int) -> None:
        self.done = min(max(done, self.done), self.total)
        if self.progress is not None and self.progress(self.done, self.total) is False:
            raise ExportCancelled()


def _copy_attachment(journal: Any, f: FilePlan, out: Any, ticker: _Ticker, keep: bool) -> tuple[str, bytes | None]:
    """Stream one attachment; return its SHA-256 and (if ``keep``) its bytes for the page."""
    h = hashlib.sha256()
    kept = bytearray() if keep else None
    it = journal.iter_attachment(f.attachment.id)
    try:
        for chunk in it:
            if out is not None:
                out.write(chunk)
            h.update(chunk)
            if kept is not None:
                kept += chunk
            ticker.add(len(chunk))
    finally:
        close = getattr(it, "close", None)
        if close:
            close()
    digest = h.hexdigest()
    if digest != f.attachment.sha256:
        raise ExportError(f'The attached file "{f.attachment.name}" does not match its saved fingerprint, so the '
                          "export was stopped. Your notes file may be damaged.")
    return digest, (bytes(kept) if kept is not None else None)


def _thumb_for(f: FilePlan, data: bytes | None) -> Any:
    from iia_help.export.report import MAX_DRAW_BYTES, make_thumb

    if f.attachment.size > MAX_DRAW_BYTES:
        return "the file is too large to show here"
    return make_thumb(data or b"", f.kind)


def _drawable(f: FilePlan) -> bool:
    return f.included and bool(f.kind)


def _wrap_errors(exc: BaseException) -> ExportError:
    if isinstance(exc, ExportError):
        return exc
    from iia_help.vault import VaultCorrupted, VaultError, VaultLocked

    if isinstance(exc, VaultLocked):
        return ExportError(translate("errors", "The export stopped because your notes were locked. Nothing was saved."))
    if isinstance(exc, VaultCorrupted):
        return ExportError(translate("errors", "Part of your notes file could not be read, so the export was "
                                               "stopped. Nothing was saved."))
    if isinstance(exc, VaultError):
        said = exc.args[0] if exc.args and isinstance(exc.args[0], str) else str(exc)
        return ExportError(translate("errors", "{message} Nothing was saved.").format(message=said))
    if isinstance(exc, PermissionError):
        return ExportError(translate("errors", "The app is not allowed to save in that folder. Please choose another "
                                               "place."))
    if isinstance(exc, OSError):
        if getattr(exc, "errno", None) == 28:
            return ExportError(translate("errors", "There is not enough free space there. Nothing was saved."))
        return ExportError(translate("errors", "The export could not be saved there. Please check the drive and try "
                                               "again."))
    return ExportError()


def export_bundle(journal: Any, path: str | os.PathLike[str], options: ExportOptions | None = None,
                  progress: Progress | None = None) -> ExportResult:
    """Write an evidence bundle ZIP to ``path`` (replacing a file already there only once the new one is complete).

    ``progress(done, total)`` is called often; returning False cancels (``ExportCancelled``). Any failure raises
    ``ExportError`` with a sentence for the person; in every failure case no file is left behind.
    """
    from iia_help.export.report import ReportInfo, ensure_gui_app, render_pdf

    options = options or ExportOptions()
    target = Path(path)
    _check_target(journal, target)
    ensure_gui_app()
    sel = select(journal, options)
    _assign_paths(sel)
    try:
        vault = journal.vault
        identity = vault.identity()  # an older journal gets its key now
        log = vault.custody_log()
    except Exception as exc:
        raise _wrap_errors(exc) from exc
    custody_bytes, custody_summary = custody_document(log, identity.journal_id, {e.id for e in sel.entries})
    if len(custody_bytes) > MAX_CUSTODY or count_json_items(custody_bytes) > MAX_MANIFEST_ITEMS:
        raise ExportError(translate("errors", "The journal's history is too long for a bundle the checker can read. "
                                              "Nothing was saved."))
    proof = {"journal_id": identity.journal_id, "custody": custody_summary}
    made_at = datetime.now(UTC).replace(microsecond=0)
    attach_units = sel.included_bytes
    pdf_units = (len(sel.entries) + 1) * _ENTRY_UNITS
    ticker = _Ticker(progress, attach_units + pdf_units + _ENTRY_UNITS)
    ticker.set(0)

    try:
        fd, tmp = tempfile.mkstemp(prefix=".export-", suffix=".part", dir=target.parent)
    except OSError as exc:
        raise _wrap_errors(exc) from None
    try:
        with os.fdopen(fd, "w+b") as raw:
            sums: list[tuple[str, str]] = []
            with zipfile.ZipFile(raw, "w", compression=zipfile.ZIP_DEFLATED, allowZip64=True) as zf:
                thumbs: dict[str, Any] = {}
                records: dict[str, dict[str, Any]] = {}
                for f in sel.included_files:
                    a = f.attachment
                    zi = _zinfo(f.path, a.added_at, f.kind in _STORED)
                    with zf.open(zi, "w", force_zip64=True) as out:
                        keep = _drawable(f) and a.size <= 64 * 1024 * 1024
                        digest, data = _copy_attachment(journal, f, out, ticker, keep)
                    if _drawable(f):
                        thumbs[a.id] = _thumb_for(f, data)
                    del data
                    records[a.id] = {
                        "path": f.path, "sha256": digest, "size": a.size, "added_at": _iso(a.added_at),
                        "entry_id": f.entry.id, "attachment_id": a.id, "original_name": a.name,
                    }
                    sums.append((digest, f.path))
                ticker.set(attach_units)

                manifest = build_manifest(sel, made_at, records, proof)
                manifest_sha = hashlib.sha256(manifest).hexdigest()
                zf.writestr(_zinfo(MANIFEST, made_at, False), manifest)
                ticker.add(_ENTRY_UNITS)

                base = ticker.done

                def pdf_progress(done: int, total: int) -> bool:
                    ticker.set(base + pdf_units * done // max(1, total))
                    return True

                info = ReportInfo(made_at, __version__, manifest_sha, identity.journal_id, log)
                pdf = render_pdf(sel, info, thumbs, pdf_progress)
                thumbs.clear()
                zf.writestr(_zinfo(REPORT, made_at, False), pdf)
                readme = readme_text(manifest_sha, made_at, identity.journal_id).encode("utf-8")
                zf.writestr(_zinfo(README, made_at, False), readme)
                zf.writestr(_zinfo(CUSTODY, made_at, False), custody_bytes)
                pem = identity.public_pem
                zf.writestr(_zinfo(PUBKEY, made_at, False), pem)
                sums = [
                    (hashlib.sha256(pdf).hexdigest(), REPORT),
                    (manifest_sha, MANIFEST),
                    (hashlib.sha256(readme).hexdigest(), README),
                    (hashlib.sha256(custody_bytes).hexdigest(), CUSTODY),
                    (hashlib.sha256(pem).hexdigest(), PUBKEY),
                    *sums,
                ]
                seal = "".join(f"{h}  {n}\n" for h, n in sums).encode("utf-8")
                seal_sha = hashlib.sha256(seal).hexdigest()
                zf.writestr(_zinfo(SUMS, made_at, False), seal)  # it binds every file above
                zf.writestr(_zinfo(SIG, made_at, True), identity.sign(seal))  # last: the journal's signature
                pages = _count_pages(pdf)
            raw.flush()
            os.fsync(raw.fileno())
        if os.name == "posix":
            os.chmod(tmp, 0o600)
        replace(tmp, target)  # patient on Windows, where a viewer may hold the old file open for a moment
        fsync_dir(target.parent)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(exc, Exception) and not isinstance(exc, ExportError):
            raise _wrap_errors(exc) from exc
        raise
    ticker.set(ticker.total)
    with contextlib.suppress(Exception):  # the bundle is saved; a vault locked meanwhile must not say otherwise
        journal.log_event("export made", {"fingerprint": seal_sha, "entries": len(sel.entries),
                                          "files": len(sel.included_files)})
    return ExportResult(target, manifest_sha, seal_sha, len(sel.entries), len(sel.included_files),
                        len(sel.files) - len(sel.included_files), pages, identity.journal_id)


def _check_target(journal: Any, target: Path) -> None:
    if target.is_dir():
        raise ExportError(translate("errors", "Please choose a file name, not a folder."))
    if not target.parent.is_dir():
        raise ExportError(translate("errors", "That folder is not there any more. Please choose another place."))
    vault_path = getattr(getattr(journal, "vault", None), "path", None)
    if vault_path is not None and target.exists():
        try:
            same = os.path.samefile(target, vault_path)
        except OSError:
            same = False
        if same:
            raise ExportError(translate("errors", "That is your notes file. Please choose another name for the "
                                                  "export."))


def _count_pages(pdf: bytes) -> int:
    m = re.findall(rb"/Type\s*/Page\b", pdf)
    return len(m)


def write_report_pdf(journal: Any, path: str | os.PathLike[str], options: ExportOptions | None = None,
                     progress: Progress | None = None) -> int:
    """Write the PDF report on its own (no bundle, so no manifest fingerprint). Returns the page count.

    Images are drawn when ``options`` include them; the files themselves are not saved. Atomic like the bundle.
    """
    from iia_help.export.report import ReportInfo, ensure_gui_app, render_pdf

    options = options or ExportOptions()
    target = Path(path)
    _check_target(journal, target)
    ensure_gui_app()
    sel = select(journal, options)
    made_at = datetime.now(UTC).replace(microsecond=0)
    ticker = _Ticker(progress, sel.included_bytes + (len(sel.entries) + 1) * _ENTRY_UNITS)
    try:
        thumbs: dict[str, Any] = {}
        for f in sel.included_files:
            if _drawable(f):
                _, data = _copy_attachment(journal, f, None, ticker, f.attachment.size <= 64 * 1024 * 1024)
                thumbs[f.attachment.id] = _thumb_for(f, data)
        base = ticker.done

        def pdf_progress(done: int, total: int) -> bool:
            ticker.set(base + (len(sel.entries) + 1) * _ENTRY_UNITS * done // max(1, total))
            return True

        journal_id = journal.vault.identity().journal_id
        pdf = render_pdf(sel, ReportInfo(made_at, __version__, None, journal_id), thumbs, pdf_progress)
    except ExportError:
        raise
    except Exception as exc:
        raise _wrap_errors(exc) from exc
    try:
        from iia_help.fsutil import atomic_write_bytes

        atomic_write_bytes(target, pdf)
    except OSError as exc:
        raise _wrap_errors(exc) from exc
    with contextlib.suppress(Exception):  # saved; the custody log notes it (a report alone has no fingerprint)
        journal.log_event("export made", {"report_sha256": hashlib.sha256(pdf).hexdigest(),
                                          "entries": len(sel.entries), "files": 0})
    return _count_pages(pdf)
