"""The evidence report in Welsh, Polish and Urdu (issue 26): its own words translated, everything a person wrote and
every number, fingerprint and reference unchanged, the bundle's machine-readable files the same in every language."""

from __future__ import annotations

import json
import re
import unicodedata
import zipfile
from datetime import datetime, timedelta, timezone
from xml.etree import ElementTree

import pytest

from iia_help import catalog
from iia_help.export import ExportOptions, export_bundle
from iia_help.export.report import mirror_tables
from iia_help.journal import KIND_LABELS, Entry, Journal, Report
from iia_help.vault import Vault
from test_export import image_bytes, pdf_text, shows

TZ = timezone(timedelta(hours=1))
TEMPLATE = catalog.resources_dir() / "translations" / "iia_help.ts"
PHONE, URL, REF, ACCOUNT = "+44 7700 900123", "https://example.com/p/8842?x=1", "CRN-2025-0042", "@j4ke_2025"


@pytest.fixture(scope="module")
def bundles(tmp_path_factory, qapp):
    """One journal (every kind of entry, a picture, a damaged picture, a text file, a report reference) exported
    in English, Welsh, Polish and Urdu."""
    folder = tmp_path_factory.mktemp("languages")
    vault = Vault.create(folder / "notes.db", "correct horse", calibrate=False)
    journal = Journal(vault)
    ids = []
    for i, kind in enumerate(KIND_LABELS):
        ids.append(journal.add_entry(Entry(
            occurred_at=datetime(2025, 3, 1 + i, 21, 5, tzinfo=TZ), kind=kind, platform="Instagram",
            account=ACCOUNT, urls=[URL], description=f"{PHONE} {REF} 12:30 £300",
            reports=[Report("999", REF, "2025-03-10")] if i == 0 else [], tags=["2025"])))
    journal.attach(ids[0], "1.png", image_bytes("PNG"))
    journal.attach(ids[1], "2.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 200)
    journal.attach(ids[2], "3.txt", b"123")
    journal.update_entry(journal.get_entry(ids[0]))  # an "edited" line in the history too
    out = {}
    for code in ("en", "cy", "pl", "ur"):
        path = folder / f"{code}.zip"
        result = export_bundle(journal, path, ExportOptions(tz=TZ, language=code, name="Sam", contact=PHONE))
        with zipfile.ZipFile(path) as z:
            out[code] = (result, {n: z.read(n) for n in z.namelist()})
    vault.close()
    return out


def _sources() -> list[tuple[str, str]]:
    """Every text of the report's own (context "report"), and the core's names it shows (kinds of entry, history
    events, kinds of identifier)."""
    root = ElementTree.parse(TEMPLATE).getroot()
    out = []
    for ctx in root.iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            if name == "report" or name == "core" and msg.findtext("source") in _CORE_NAMES:
                out.append((name, msg.findtext("source")))
    return out


def _core_names() -> set[str]:
    from iia_help.export.identifiers import KIND_TITLES
    from iia_help.vault.custody import EVENTS

    return {*KIND_LABELS.values(), *EVENTS.values(), *KIND_TITLES.values()}


_CORE_NAMES = _core_names()


#: Words that are the same in the language (checked by hand).
SAME_WORD = {("pl", "Link")}


def _squash(text: str) -> str:
    text = "".join(c for c in unicodedata.normalize("NFKC", text) if unicodedata.category(c) != "Cf")
    return re.sub(r"\s+", "", text)


@pytest.mark.parametrize("code", ["cy", "pl", "ur"])
def test_a_report_in_another_language_has_no_english_words_of_its_own_left(bundles, code):
    text, _pages = pdf_text(bundles[code][1]["report.pdf"])
    shown = _squash(text)
    english, _ = pdf_text(bundles["en"][1]["report.pdf"])
    checked = left = 0
    for context, source in _sources():
        translated = catalog.text(context, source, code)
        assert translated != source or (code, source) in SAME_WORD, f"{code}: {source!r} is not translated"
        for part in re.split(r"\{\w+\}|<[^>]+>", source):
            part = part.strip(" .,:;()")
            if sum(c.isalpha() for c in part) < 4 or _squash(part) in _squash(translated):
                continue  # too short to tell, or the same word in this language ("Link", "ZIP")
            if _squash(part) in _squash(english):
                checked += 1  # the English report shows it: the translated one must not
                left += _squash(part) in shown
                assert _squash(part) not in shown, f"{code}: English {part!r} ({source!r}) is in the report"
    assert checked > 60 and left == 0


@pytest.mark.parametrize("code", ["cy", "pl", "ur"])
def test_every_number_fingerprint_and_reference_is_unchanged(bundles, code):
    result, members = bundles[code]
    text = _squash(pdf_text(members["report.pdf"])[0])
    manifest = json.loads(members["manifest.json"])
    must = [result.manifest_sha256, result.journal_id, PHONE, URL, REF, ACCOUNT, "£300", "12:30", "Sam",
            *(e["id"] for e in manifest["entries"]), *(f["sha256"] for f in manifest["files"]),
            *(f["path"] for f in manifest["files"])]
    for value in must:
        assert _squash(value) in text, (code, value)


@pytest.mark.parametrize("code", ["cy", "pl", "ur"])
def test_the_bundles_machine_readable_files_are_the_same_in_every_language(bundles, code):
    english, other = bundles["en"][1], bundles[code][1]
    assert list(other) == list(english)  # the same members, in the same order
    a, b = json.loads(english["manifest.json"]), json.loads(other["manifest.json"])
    for doc in (a, b):
        del doc["made_at"], doc["custody"]  # when it was made, and the custody log (it grows with each export)
    assert a == b  # kind_label, left_out_reason ... stay English: other programs read them
    assert other["README.txt"].startswith(b"HOW TO CHECK THIS EVIDENCE BUNDLE")
    sums = dict(line.split("  ")[::-1] for line in other["SHA256SUMS"].decode().splitlines())
    assert set(sums) == set(other) - {"SHA256SUMS", "SHA256SUMS.sig"}


def test_the_urdu_report_is_shaped_right_to_left_with_the_apps_urdu_font(bundles):
    pdf = bundles["ur"][1]["report.pdf"]
    text, _ = pdf_text(pdf)
    for words in ("واقعات کا ریکارڈ", "یہ رپورٹ کیسے پڑھیں", "اس اندراج کا تاریخچہ"):
        assert shows(words, text), words  # in the text layer as letters (shaped forms fold back to them)
    assert b"NotoNaskhArabic" in pdf  # drawn by the shipped font (its letters join), embedded
    assert b"NotoNaskhArabic" not in bundles["pl"][1]["report.pdf"]


def test_right_to_left_tables_put_their_first_column_on_the_right():
    html = '<table><tr><td width="28%"><b>A</b></td><td>x &lt;td&gt; y</td></tr><tr><th>1</th><th>2</th></tr></table>'
    assert mirror_tables(html) == ('<table><tr><td>x &lt;td&gt; y</td><td width="28%"><b>A</b></td></tr>'
                                   "<tr><th>2</th><th>1</th></tr></table>")


def test_urdu_words_keep_numbers_left_to_right_and_english_has_no_isolates():
    from iia_help.export.report import words
    from iia_help.language import LRI, PDI

    urdu = words(ExportOptions(language="ur"))
    page = urdu.translate("report", "Page {number} of {count}").format(number=urdu.number(3), count=urdu.number(12))
    assert f"{LRI}3{PDI}" in page and f"{LRI}12{PDI}" in page and "صفحہ" in page
    sentence = urdu.translate("report", "The SHA-256 fingerprint of <b>manifest.json</b> (the list of every entry "
                                        "and file in this export, with their own fingerprints) is:")
    assert f"{LRI}SHA-256{PDI}" in sentence and "<b>manifest.json</b>" in sentence  # tags untouched
    english = words(ExportOptions())
    assert english.number(12) == "12" and LRI not in english.translate("report", "Page {number} of {count}")
