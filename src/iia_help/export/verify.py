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
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import IO, Any

from iia_help.catalog import ByLanguage, Texts, render, translate
from iia_help.display_text import bytes_text, date_time_text
from iia_help.export.bundle_names import (
    HEX64,
    group_fingerprint,
    name_problem,
    normalise_fingerprint,
    printable,
    shown,
)
from iia_help.export.bundle_source import (
    READ_ERRORS,
    Source,
    TooLarge,
    Unreadable,
    hash_member,
    open_bundle,
    read_bounded,
    why_unreadable,
)
from iia_help.export.json_bounds import MAX_MANIFEST_ITEMS, count_json_items
from iia_help.export.provenance import (
    CUSTODY,
    MAX_CUSTODY,
    MAX_PUBKEY,
    MAX_SIG,
    PUBKEY,
    SIG,
    check_custody,
    check_signature,
    normalise_journal_id,
)

MANIFEST, SUMS, README, REPORT = "manifest.json", "SHA256SUMS", "README.txt", "report.pdf"
ATTACH_DIR = "attachments/"
FORMAT_V1 = "iia-help evidence bundle"  # the older format: SHA256SUMS was not bound to anything
FORMAT = "evidence bundle"
FORMAT_VERSION = 3  # 3: signed (SHA256SUMS.sig, signing-key.pub.pem) with custody.json; 2: unsigned

MAX_MANIFEST = 16 * 1024 * 1024  # manifest.json, read in a bounded way whatever the ZIP declares
MAX_SUMS = 16 * 1024 * 1024  # SHA256SUMS
MAX_README = 1024 * 1024
MAX_REPORT = 4 * 1024 * 1024 * 1024  # report.pdf (its size is not recorded anywhere before it is written)
_SUMS_LINE = re.compile(r"([0-9a-f]{64})  ([^\n\r]+)")

EXIT_CODES = {"ok": 0, "mismatch": 1, "unreadable": 2, "old-format": 3}


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
    journal_id: str | None = None  # of the key that signed the bundle (format 3)
    signed: bool = False  # the signature over SHA256SUMS is good
    expected_journal_id: str | None = None  # the journal ID the person gave, if any
    custody_records: int = 0

    @property
    def ok(self) -> bool:
        return self.status == "ok" and not self.problems

    @property
    def exit_code(self) -> int:
        return EXIT_CODES.get(self.status, 1)

    def summary(self, language: str = "en") -> str:
        """What was found, as lines for a person, in ``language`` (``iia_help.language`` codes; English by
        default). Every name from the bundle is escaped."""
        tx = Texts(language)
        # Right to left: each line starts with a right-to-left mark (after escaping), so a line that opens with a
        # quoted file name still reads right to left (in the export window, and in a terminal that shows Urdu)
        start = "\u200f" if tx.rtl else ""
        return "\n".join(start + printable(line) if line else "" for line in self._lines(tx))

    def _lines(self, tx: Texts) -> list[str]:
        name = shown(Path(self.path).name or self.path)
        n_ok = len(self.matched)
        files = (tx.translate("verify", "1 file") if n_ok == 1 else
                 tx.translate("verify", "{count} files").format(count=n_ok))
        problems = [render(p, tx.language) for p in self.problems]
        if self.status == "unreadable":
            return [tx.translate("verify", "{name} could not be checked.").format(name=name)] + \
                [f"- {p}" for p in problems]
        if problems:
            if len(problems) == 1:
                head = tx.translate("verify", "{name}: DOES NOT MATCH. 1 problem found:").format(name=name)
            else:
                head = tx.translate("verify", "{name}: DOES NOT MATCH. {count} problems found:").format(
                    name=name, count=len(problems))
            lines = [head]
            lines += [f"- {p}" for p in problems]
            if self.matched:
                lines.append(tx.translate("verify", "{files} matched.").format(files=files))
        elif self.status == "old-format":
            lines = [
                tx.translate("verify", "{name}: OLDER FORMAT, PARTLY CHECKED. The report is not covered.").format(
                    name=name),
                tx.translate("verify", "This bundle was made by an older version of the app. Its fingerprint (the "
                                       "SHA-256 of manifest.json, on the cover of report.pdf) covers manifest.json "
                                       "and the files it lists: all {files} match.").format(files=files),
                tx.translate("verify", "report.pdf and README.txt are NOT covered by that fingerprint: they could "
                                       "have been changed or replaced without it showing. Compare the report with "
                                       "manifest.json before relying on it."),
            ]
        else:
            lines = [
                tx.translate("verify", "{name}: everything matches its fingerprint list.").format(name=name),
                tx.translate("verify", "All {files} listed in SHA256SUMS match it; none is missing and the bundle "
                                       "holds nothing else.").format(files=files),
            ]
        if self.status != "unreadable" and (self.entries or self.made_at):
            count = (tx.translate("verify", "1 entry") if self.entries == 1 else
                     tx.translate("verify", "{count} entries").format(count=self.entries))
            if self.made_at:
                lines.append(tx.translate("verify", "It holds {entries}, made {when}.").format(
                    entries=count, when=render(self.made_at, tx.language)))
            else:
                lines.append(tx.translate("verify", "It holds {entries}.").format(entries=count))
        if self.fingerprint:
            if self.format_version != 1:
                what = tx.translate("verify", "Fingerprint of this bundle (SHA-256 of SHA256SUMS):")
            else:
                what = tx.translate("verify", "Fingerprint of this bundle (SHA-256 of manifest.json):")
            lines += ["", what, f"  {group_fingerprint(self.fingerprint)}", f"  {self.fingerprint}"]
            if self.expected is not None and self.expected == self.fingerprint:
                lines.append(tx.translate("verify", "It is the fingerprint you gave."))
            elif self.expected is None and not self.problems and self.format_version == 1:
                lines.append(tx.translate("verify", "Compare it with the one on the cover page and the one noted "
                                                    "when the bundle was made."))
            elif self.expected is None and not self.problems:
                lines.append(tx.translate("verify", "Compare it with the fingerprint noted when the bundle was made. "
                                                    "If they differ, something in the bundle was changed, added or "
                                                    "removed since."))
        if self.manifest_sha256 and self.format_version != 1:
            lines.append(tx.translate("verify", "Fingerprint of manifest.json (printed on the cover of report.pdf): "
                                                "{sha256}").format(sha256=self.manifest_sha256))
        lines += self._signature_lines(tx)
        return lines

    def _signature_lines(self, tx: Texts) -> list[str]:
        if self.format_version == 2:
            return ["", tx.translate("verify", "This bundle is not signed (it was made by an older version of the "
                                               "app): only its fingerprint can show it is unchanged.")]
        if not self.journal_id:
            return []
        lines = ["", tx.translate("verify", "Journal ID of the key in the bundle: {journal_id}").format(
            journal_id=self.journal_id)]
        if self.signed:
            lines.append(tx.translate("verify", "The journal's signature over SHA256SUMS is good."))
            if self.custody_records:
                lines.append(tx.translate("verify", "Its custody log (custody.json) holds {count} linked records; "
                                                    "none is missing, changed or out of order.").format(
                    count=self.custody_records))
        if self.expected_journal_id is not None and self.expected_journal_id == self.journal_id and self.signed:
            lines.append(tx.translate("verify", "It is the journal ID you gave: the same journal made this bundle, "
                                                "and nothing in it changed after it was signed."))
        elif self.expected_journal_id is None and self.signed and not self.problems:
            lines.append(tx.translate("verify", "Compare the journal ID with one noted from the app or an earlier "
                                                "export. A good signature only proves something once the key is "
                                                "known to be the journal's."))
        return lines


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
    if not (isinstance(value, str) and HEX64.fullmatch(value)):
        raise _Form(f"{where} should be a SHA-256 fingerprint (64 characters 0-9 and a-f)")
    return value


def _want_size(value: Any, where: str) -> int:
    _want(value, int, where)
    if value < 0:
        raise _Form(f"{where} should not be negative")
    return int(value)


def _parse_manifest(data: bytes) -> dict[str, Any]:
    items = count_json_items(data)
    if items > MAX_MANIFEST_ITEMS:
        raise Unreadable(translate("verify", "manifest.json holds far more values than an evidence bundle's "
                                                   "could (over {limit:,}), so the bundle was not checked further.")
                         .format(limit=MAX_MANIFEST_ITEMS))
    try:
        doc = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise Unreadable(translate("verify", "manifest.json is damaged (it is not readable JSON).")) from None
    except RecursionError:
        raise Unreadable(translate("verify", "manifest.json is nested far too deeply to be an evidence "
                                                   "bundle's.")) from None
    if not isinstance(doc, dict) or doc.get("format") not in (FORMAT, FORMAT_V1):
        raise Unreadable(translate("verify", "manifest.json is not the manifest of an evidence bundle made "
                                                   "by this app."))
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
            problems.append(translate("verify", "manifest.json lists {name} twice.").format(name=shown(path)))
        files[path] = (digest, size)
    for i, e in enumerate(_want(doc.get("entries"), list, '"entries"'), 1):
        where = f"entry {i}"
        _want(e, dict, where)
        _want(e.get("id"), str, f'{where}: "id"')
        for k, a in enumerate(_want(e.get("attachments", []), list, f'{where}: "attachments"'), 1):
            aw = translate("verify", "entry {entry}, attached file {file}").format(entry=i, file=k)
            _want(a, dict, aw)
            included = _want(a.get("included"), bool, f'{aw}: "included"')
            path = _want(a.get("path"), (str, type(None)), f'{aw}: "path"')
            digest = _want_hash(a.get("sha256"), f'{aw}: "sha256"')
            size = _want_size(a.get("size"), f'{aw}: "size"')
            _want(a.get("name"), str, f'{aw}: "name"')
            if included:
                if path is None or path not in files:
                    problems.append(translate("verify", "manifest.json says {what} is included, but its list of "
                                                              "files does not hold it.").format(what=aw))
                elif files[path] != (digest, size):
                    problems.append(translate("verify", "manifest.json gives two different fingerprints or sizes "
                                                              "for {name}.").format(name=shown(path)))
            elif path is not None:
                problems.append(translate("verify", "manifest.json says {what} was left out, yet gives it a "
                                                          "path in the bundle.").format(what=aw))
    _want(doc.get("made_at"), (str, type(None)), '"made_at"')
    return files, problems


def _made_at(doc: dict[str, Any]) -> str | None:
    value = doc.get("made_at")
    try:
        made = datetime.fromisoformat(value) if value else None
    except (TypeError, ValueError):
        return None
    if made is None:
        return None
    aware = made.tzinfo is not None  # shown as written, with its offset from UTC when it has one
    return ByLanguage(lambda language: plain(date_time_text(made, language, short=False, offset=aware,
                                                            tz=made.tzinfo if aware else None)))


def _parse_sums(data: bytes, problems: list[str]) -> dict[str, str] | None:
    """SHA256SUMS in the exact form the app writes (``<64 hex>  <name>`` per line); None if it is not."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        problems.append(translate("verify", "SHA256SUMS is damaged (it is not plain text)."))
        return None
    out: dict[str, str] = {}
    bad = False
    lines = text.split("\n")
    if lines[-1] != "":
        problems.append(translate("verify", "SHA256SUMS does not end with a line break, so it is not in the "
                                                  "form the app writes."))
        bad = True
    for i, line in enumerate(lines[:-1], 1):
        m = _SUMS_LINE.fullmatch(line)
        if not m:
            problems.append(translate("verify", "Line {line} of SHA256SUMS is not in the form the app "
                                                      "writes.").format(line=i))
            bad = True
            continue
        digest, name = m.groups()
        why = name_problem(name)
        if why:
            problems.append(translate("verify", "Line {line} of SHA256SUMS names a file that cannot be in a "
                                                      "bundle because {why}: {name}.").format(line=i, why=why,
                                                                                               name=shown(name)))
            bad = True
        elif name in out:
            problems.append(translate("verify", "SHA256SUMS lists {name} twice.").format(name=shown(name)))
            bad = True
        else:
            out[name] = digest
    return None if bad else out


# ------------------------------------------------------------------------------------------------ checking
def verify_bundle(path: str | os.PathLike[str], fingerprint: str | None = None,
                  journal_id: str | None = None) -> VerifyReport:
    """Check a bundle (a ZIP, or the folder it was unzipped into). Never raises for a bad or hostile bundle.

    ``fingerprint``: the bundle's fingerprint as noted when it was made (any spacing or case); the bundle then
    only matches if its own fingerprint is that one. ``journal_id``: the journal ID noted earlier (from the app
    or another export of the same journal); the bundle then only matches if it is signed by that journal's key.
    """
    report = VerifyReport(os.fspath(path) if isinstance(path, os.PathLike) else str(path))
    src: Source | None = None
    fh: IO[bytes] | None = None
    try:
        if fingerprint is not None:
            report.expected = normalise_fingerprint(fingerprint)
            if report.expected is None:
                raise Unreadable(translate("verify", "The fingerprint you gave is not 64 characters 0-9 and "
                                                           "a-f (spaces are fine)."))
        if journal_id is not None:
            report.expected_journal_id = normalise_journal_id(journal_id)
            if report.expected_journal_id is None:
                raise Unreadable(translate("verify", "The journal ID you gave is not 24 characters 0-9 and a-f "
                                                           "(spaces are fine)."))
        src, fh = open_bundle(report.path, report.problems)
        _check(src, report)
        if report.expected is not None and report.fingerprint and report.expected != report.fingerprint:
            report.problems.insert(0, translate(
                "verify", "The bundle's fingerprint is not the one you gave ({fingerprint}): something in it was "
                "changed, added or removed after it was made.").format(fingerprint=report.expected))
        if report.expected_journal_id is not None and (report.journal_id != report.expected_journal_id
                                                       or not report.signed):
            report.problems.insert(0, _journal_id_problem(report))
    except Unreadable as exc:
        report.status = "unreadable"
        report.problems.insert(0, exc.args[0] if exc.args and isinstance(exc.args[0], str) else str(exc))
    except MemoryError:
        report.status = "unreadable"
        report.problems.insert(0, translate("verify", "The bundle is too large to check on this computer."))
    except READ_ERRORS as exc:
        report.status = "unreadable"
        report.problems.insert(0, translate("verify", "The bundle could not be read ({why}). It may be "
                                                            "damaged.").format(why=why_unreadable(exc)))
    finally:
        if src is not None:
            src.close()
        if fh is not None:
            fh.close()
    if report.problems and report.status != "unreadable":
        report.status = "mismatch"
    return report


def _journal_id_problem(report: VerifyReport) -> str:
    if report.format_version in (1, 2):
        return translate("verify", "This bundle is not signed (it was made by an older version of the app), "
                                         "so the journal ID you gave cannot be checked. Check it with its "
                                         "fingerprint instead.")
    if report.journal_id is None:
        return translate("verify", "The bundle's signing key could not be read, so the journal ID you gave "
                                         "cannot be checked.")
    if report.journal_id != report.expected_journal_id:
        return translate("verify", "The bundle was signed by another journal (ID {journal_id}), not the one "
                                         "you gave ({expected}).").format(journal_id=report.journal_id,
                                                                           expected=report.expected_journal_id)
    return translate("verify", "The journal ID is the one you gave, but the signature does not match, so it "
                                     "proves nothing.")


def _check(src: Source, report: VerifyReport) -> None:
    names = set(src.names)
    if MANIFEST not in names:
        raise Unreadable(translate("verify", "There is no usable manifest.json in it, so it is not a complete "
                                                   "evidence bundle."))
    manifest_bytes = read_bounded(src, MANIFEST, MAX_MANIFEST)
    report.manifest_sha256 = hashlib.sha256(manifest_bytes).hexdigest()
    doc = _parse_manifest(manifest_bytes)
    del manifest_bytes
    version = doc.get("format_version", 1)
    if doc.get("format") == FORMAT_V1:
        version = 1
    elif type(version) is not int or version not in (2, FORMAT_VERSION):
        raise Unreadable(translate("verify", "manifest.json says the bundle was made in a format this version "
                                                   "of the app does not know. Use a newer version to check it."))
    report.format_version = version
    try:
        files, consistency = _manifest_files(doc, version)
    except _Form as exc:
        raise Unreadable(translate("verify", "manifest.json is not in the expected form ({detail}), so the "
                                                   "bundle cannot be checked.").format(detail=str(exc))) from None
    report.made_at = _made_at(doc)
    report.entries = len(doc["entries"])
    if version == 1:
        _check_v1(src, report, files, consistency)
    else:
        _check_v2(src, report, files, consistency, doc)


def _absent(src: Source, name: str) -> str:
    if name in src.refused:
        return translate("verify", "{name} was not checked, because its name is unsafe or clashes with "
                                         "another (see above).").format(name=shown(name))
    return translate("verify", "{name} is missing from the bundle.").format(name=shown(name))


def _check_member(src: Source, report: VerifyReport, name: str, want: str, limit: int,
                  size: int | None = None) -> bool:
    try:
        got, n = hash_member(src, name, limit)
    except TooLarge:
        report.problems.append(translate("verify", "{name} has been changed: it is larger than it should "
                                                         "be.").format(name=shown(name)))
        return False
    except READ_ERRORS as exc:
        report.problems.append(translate("verify", "{name} is damaged inside the bundle and cannot be read "
                                                         "({why}).").format(name=shown(name), why=why_unreadable(exc)))
        return False
    if size is not None and n != size:
        report.problems.append(translate("verify", "{name} has been changed: it is {size}, but should be "
                                                         "{expected}.").format(name=shown(name), size=_bytes(n),
                                                                               expected=_bytes(size)))
        return False
    if got != want:
        report.problems.append(_CHANGED.format(name=shown(name)))
        return False
    report.matched.append(name)
    return True


_CHANGED = translate("verify", "{name} has been changed: its SHA-256 fingerprint does not match.")
_EXTRA = translate("verify", "{name} is an extra file: the bundle's fingerprint does not cover it.")


def _bytes(n: int) -> ByLanguage:
    return ByLanguage(lambda language: plain(bytes_text(n, language)))


def plain(text: str) -> str:
    """The app's own text (a date, a size) for a terminal: without the direction isolates a right-to-left
    language's dates carry (``summary`` shows every such character as an escape, as it must for a bundle's text)."""
    return text.translate({0x2066: None, 0x2067: None, 0x2068: None, 0x2069: None})


_LIMITS = {README: MAX_README, REPORT: MAX_REPORT, MANIFEST: MAX_MANIFEST, SUMS: MAX_SUMS,
           CUSTODY: MAX_CUSTODY, PUBKEY: MAX_PUBKEY}


def _check_v2(src: Source, report: VerifyReport, files: dict[str, tuple[str, int]],
              consistency: list[str], doc: dict[str, Any] | None = None) -> None:
    """Format 2 (unsigned) and 3 (signed, with custody.json): SHA256SUMS binds every file."""
    problems = report.problems
    names = set(src.names)
    signed = report.format_version == 3
    top = (REPORT, MANIFEST, README, CUSTODY, PUBKEY) if signed else (REPORT, MANIFEST, README)
    if SUMS not in names:
        raise Unreadable(translate("verify", "There is no usable SHA256SUMS in it. That file is the bundle's "
                                                   "seal: without it nothing can be checked."))
    seal_bytes = read_bounded(src, SUMS, MAX_SUMS)
    report.fingerprint = hashlib.sha256(seal_bytes).hexdigest()
    seal = _parse_sums(seal_bytes, problems)
    if seal is None:
        return
    if SUMS in seal or SIG in seal:
        problems.append(translate("verify", "SHA256SUMS lists itself or its signature, which the app never "
                                                  "does."))
    for required in top:
        if required not in seal:
            problems.append(translate("verify", "{name} is not covered by the fingerprint: SHA256SUMS does "
                                                      "not list it.").format(name=shown(required)))
    for name in sorted(seal):
        if name.startswith(ATTACH_DIR) and name not in files:
            problems.append(translate("verify", "{name} is listed in SHA256SUMS but not in manifest.json, so "
                                                      "it was not part of the export.").format(name=shown(name)))
        elif not name.startswith(ATTACH_DIR) and name not in top:
            problems.append(translate("verify", "{name} is listed in SHA256SUMS but is not a file the app "
                                                      "puts in a bundle.").format(name=shown(name)))
    for name, (digest, _size) in sorted(files.items()):
        if name not in seal:
            problems.append(translate("verify", "{name} is listed in manifest.json but not in "
                                                      "SHA256SUMS.").format(name=shown(name)))
        elif seal[name] != digest:
            problems.append(translate("verify", "{name} has different fingerprints in manifest.json and "
                                                      "SHA256SUMS.").format(name=shown(name)))
    problems.extend(consistency)

    if MANIFEST in seal:
        if seal[MANIFEST] == report.manifest_sha256:
            report.matched.append(MANIFEST)
        else:
            problems.append(_CHANGED.format(name=shown(MANIFEST)))
    for name in sorted(seal):
        if name in (MANIFEST, SUMS):
            continue
        if name not in names:
            problems.append(_absent(src, name))
            continue
        size = files[name][1] if name in files else None
        limit = size if size is not None else _LIMITS.get(name, MAX_README)
        _check_member(src, report, name, seal[name], limit, size)
    for name in sorted(names - set(seal) - {SUMS, *([SIG] if signed else [])}):
        problems.append(_EXTRA.format(name=shown(name)))
    if signed:
        _check_signed(src, report, seal_bytes, doc or {})


def _check_signed(src: Source, report: VerifyReport, seal_bytes: bytes, doc: dict[str, Any]) -> None:
    """Format 3: the journal's signature over SHA256SUMS, and its custody log."""
    problems = report.problems
    names = set(src.names)
    for name in (SIG, PUBKEY):
        if name not in names:
            problems.append(translate("verify", "{absent} Without it the bundle's signature cannot be "
                                                      "checked.").format(absent=_absent(src, name)))
            return
    before = len(problems)
    sig = read_bounded(src, SIG, MAX_SIG)
    pem = read_bounded(src, PUBKEY, MAX_PUBKEY)
    report.journal_id = check_signature(seal_bytes, sig, pem, problems)
    report.signed = report.journal_id is not None and len(problems) == before
    if CUSTODY in names:
        before = len(problems)
        trusted = doc if MANIFEST in report.matched else None  # a changed manifest is named already
        n = check_custody(read_bounded(src, CUSTODY, MAX_CUSTODY), trusted, report.journal_id, problems)
        report.custody_records = n if len(problems) == before else 0


def _check_v1(src: Source, report: VerifyReport, files: dict[str, tuple[str, int]],
              consistency: list[str]) -> None:
    """An older bundle: only manifest.json (its hash on the cover) and the files it lists were bound."""
    problems = report.problems
    names = set(src.names)
    report.fingerprint = report.manifest_sha256
    problems.extend(consistency)
    report.matched.append(MANIFEST)
    for name, (digest, size) in sorted(files.items()):
        if name not in names:
            problems.append(_absent(src, name))
        else:
            _check_member(src, report, name, digest, size, size)
    sums: dict[str, str] = {}
    if SUMS in names:
        sums = _parse_sums(read_bounded(src, SUMS, MAX_SUMS), problems) or {}
    for name in (REPORT, README):  # not covered, but a damaged one is still worth naming
        if name not in names:
            problems.append(_absent(src, name))
        elif name in sums:
            try:
                got, _ = hash_member(src, name, _LIMITS[name])
            except (TooLarge, *READ_ERRORS):
                got = ""
            if got != sums[name]:
                problems.append(translate("verify", "{name} does not match its line in SHA256SUMS: it was "
                                                          "changed.").format(name=shown(name)))
    for name in sorted(names - set(files) - {MANIFEST, SUMS, REPORT, README}):
        problems.append(_EXTRA.format(name=shown(name)))
    if not problems:
        report.status = "old-format"
