"""The contacts' descriptions in other languages (resources/contacts/<code>.json): used only when current and
intact, English otherwise; never a crash, never a changed number or address."""

from __future__ import annotations

import json
import warnings
from pathlib import Path

import pytest

from iia_help import language
from iia_help.contacts import (
    TRANSLATABLE,
    contact_translation_report,
    english_sha256,
    load_contacts,
    translate_contacts,
)
from iia_help.resources import resources_dir

TRANSLATIONS = resources_dir() / "contacts"
ENGLISH = load_contacts()


def _entry(contact_id: str, **fields: str) -> dict:
    return {"translated_from": english_sha256(ENGLISH.get(contact_id)), **fields}


def _write(tmp_path: Path, contacts: object, code: str = "cy") -> Path:
    path = tmp_path / f"{code}.json"
    path.write_text(json.dumps({"language": code, "contacts": contacts}, ensure_ascii=False), encoding="utf-8")
    return path


def _samaritans_cy() -> dict:
    return _entry("samaritans", **{"for": "Gallwch siarad â Samaritans am hunanladdiad.", "who": "Unrhyw un.",
                                   "hours": "24 awr, bob dydd."})


def test_a_current_translation_changes_only_the_text_and_keeps_the_order(tmp_path):
    path = _write(tmp_path, {"samaritans": _samaritans_cy()})
    translated = translate_contacts(ENGLISH, "cy", path)
    assert [c.id for c in translated.contacts] == [c.id for c in ENGLISH.contacts]
    english, welsh = ENGLISH.get("samaritans"), translated.get("samaritans")
    assert welsh.for_.startswith("Gallwch") and welsh.hours == "24 awr, bob dydd." and welsh.who == "Unrhyw un."
    assert welsh.name == english.name  # a field left out stays English (a service's own name)
    for attr in ("phone", "text", "web", "email", "regions", "needs", "priority", "last_checked", "confidence"):
        assert getattr(welsh, attr) == getattr(english, attr)
    assert welsh.english is english and welsh.to_dict()["phone"] == english.phone
    assert translated.get("childline") is ENGLISH.get("childline")  # not translated: the English contact itself


def test_logic_reads_the_english_text_so_translated_contacts_rank_the_same():
    from iia_help.first_help import UK, Place, who_to_call_for
    from iia_help.ui.help_first import home_contacts

    translated = load_contacts(language="cy")
    assert translated.get("samaritans").is_crisis_line and "suicide" not in translated.get("samaritans").for_
    for region in ("wales", "england", "scotland", "us", "elsewhere", UK):
        for need in (None, "sextortion", "emotional-support"):
            for age in (None, "adult", "under-18"):
                assert [c.id for c in who_to_call_for(translated, region, need, age)] == [
                    c.id for c in who_to_call_for(ENGLISH, region, need, age)]
                if need is None:
                    place = Place(region, False)
                    assert [c.id for c in home_contacts(translated, place, age)] == [
                        c.id for c in home_contacts(ENGLISH, place, age)]
        if region != UK:
            assert [c.id for c in translated.for_region(region)] == [c.id for c in ENGLISH.for_region(region)]


def test_a_changed_english_description_makes_the_translation_stale_and_english_is_shown(tmp_path):
    entry = _samaritans_cy()
    entry["translated_from"] = "sha256:" + "0" * 64  # made from another English text
    path = _write(tmp_path, {"samaritans": entry})
    assert translate_contacts(ENGLISH, "cy", path).get("samaritans") is ENGLISH.get("samaritans")
    report = {s.contact_id: s.state for s in contact_translation_report(ENGLISH, "cy", path)}
    assert report["samaritans"] == "stale" and report["childline"] == "missing"


def test_the_hash_covers_every_translatable_field_and_nothing_else():
    import dataclasses

    contact = ENGLISH.get("uk-emergency")
    for attr in TRANSLATABLE.values():
        assert english_sha256(dataclasses.replace(contact, **{attr: getattr(contact, attr) + "!"})) != \
            english_sha256(contact)
    assert english_sha256(dataclasses.replace(contact, phone="1")) == english_sha256(contact)


HOSTILE_ENTRIES = {
    "phone is never translated": {"phone": "0800 000 0000"},
    "web is never translated": {"web": "https://example.invalid"},
    "a changed number": {"for": "Ffoniwch 998 os ydych chi mewn perygl. Mae 112 yn gweithio hefyd."},
    "a number left out": {"for": "Ffoniwch os ydych chi mewn perygl."},
    "an extra number": {"hours": "24 awr, bob dydd. Am ddim. 0800 1111"},
    "a right-to-left override": {"for": "Ffoniwch \u202e999\u202c. Mae 112 yn gweithio hefyd."},
    "an isolate": {"for": "Ffoniwch \u2066999\u2069. Mae 112 yn gweithio hefyd."},
    "a control character": {"who": "Unrhyw un\x1b[2J."},
    "a NUL": {"who": "Unrhyw\x00un."},
    "not text": {"who": ["Unrhyw un"]},
    "a number": {"who": 7},
    "empty": {"who": "   "},
    "too long": {"who": "a" * 5000},
    "nothing in English to translate": {"email": "x"},
}


@pytest.mark.parametrize("fields", HOSTILE_ENTRIES.values(), ids=HOSTILE_ENTRIES.keys())
def test_a_hostile_entry_keeps_that_contact_english_and_is_reported(tmp_path, fields):
    good = _entry("uk-emergency", who="Unrhyw un yng Nghymru, Lloegr, yr Alban neu Ogledd Iwerddon.")
    path = _write(tmp_path, {"uk-emergency": {**good, **fields}, "samaritans": _samaritans_cy()})
    translated = translate_contacts(ENGLISH, "cy", path)
    assert translated.get("uk-emergency") is ENGLISH.get("uk-emergency")
    assert translated.get("samaritans").for_.startswith("Gallwch")  # one bad entry spoils only itself
    report = {s.contact_id: s for s in contact_translation_report(ENGLISH, "cy", path)}
    assert report["uk-emergency"].state == "broken" and report["uk-emergency"].detail
    assert report["samaritans"].state == "current"


def test_an_empty_english_field_cannot_be_filled_by_a_translation(tmp_path):
    contact = next(c for c in ENGLISH.contacts if not c.note)
    path = _write(tmp_path, {contact.id: _entry(contact.id, note="Ffoniwch ni.")})
    assert translate_contacts(ENGLISH, "cy", path).get(contact.id) is contact


@pytest.mark.parametrize("data", [
    b"", b"not json", b"\xff\xfe\x00garbage", b"[]", b"null", b'"cy"', b'{"language": "pl", "contacts": {}}',
    b'{"language": "cy", "contacts": []}', b'{"language": "cy"}', b"[" * 100_000 + b"]" * 100_000,
    b'{"language": "cy", "contacts": {"samaritans": "Samariaid"}}',
    b'{"language": "cy", "contacts": {"samaritans": {"translated_from": 5, "for": "x"}}}',
    b'{"language": "cy", "contacts": {"samaritans": {"for": "Siaradwch"}}}',
    b'{"language": "cy", "contacts": {"samaritans": {"translated_from": "sha256:abc", "for": "x"}}}',
    b'{"language": "cy", "contacts": {"nobody": {"translated_from": "x"}}, "extra": ' + b"1" * 600_000 + b"}",
], ids=["empty", "text", "binary", "list", "null", "string", "other-language", "contacts-list", "no-contacts",
        "deep-nesting", "entry-not-object", "hash-not-text", "no-hash", "short-hash", "too-large"])
def test_a_damaged_file_means_english_and_no_crash(tmp_path, data):
    path = tmp_path / "cy.json"
    path.write_bytes(data)
    translated = translate_contacts(ENGLISH, "cy", path)
    assert [c.to_dict() for c in translated.contacts] == [c.to_dict() for c in ENGLISH.contacts]
    report = contact_translation_report(ENGLISH, "cy", path)
    assert all(s.state in ("broken", "missing") for s in report)


def test_a_missing_file_or_a_strange_language_code_means_english(tmp_path):
    assert translate_contacts(ENGLISH, "cy", tmp_path / "none.json") is not None
    for code in ("../contacts", "cy/../../x", "", "CY", "c\x00y", "en"):
        assert [c.to_dict() for c in translate_contacts(ENGLISH, code).contacts] == [
            c.to_dict() for c in ENGLISH.contacts]
    folder = tmp_path / "cy.json"
    folder.mkdir()  # a folder where the file should be
    assert translate_contacts(ENGLISH, "cy", folder).get("samaritans") is ENGLISH.get("samaritans")


def test_orphan_entries_are_listed(tmp_path):
    path = _write(tmp_path, {"no-such-service": {"translated_from": "sha256:" + "1" * 64, "for": "x"}})
    assert [(s.contact_id, s.state) for s in contact_translation_report(ENGLISH, "cy", path)
            if s.state != "missing"] == [("no-such-service", "orphan")]


@pytest.mark.parametrize("path", sorted(TRANSLATIONS.glob("*.json")), ids=lambda p: p.stem)
def test_bundled_contact_translations_are_intact_and_stale_ones_are_listed(path):
    code = path.stem
    assert code in language.LANGUAGES and code != "en", f"{path.name}: not a language of the app"
    report = contact_translation_report(ENGLISH, code)
    bad = [f"{s.contact_id}: {s.state} {s.detail}" for s in report if s.state in ("broken", "orphan")]
    assert not bad, f"{path.name}:\n" + "\n".join(bad)
    stale = [s.contact_id for s in report if s.state == "stale"]
    if stale:  # listed for translators; the app shows these contacts in English until they are brought up to date
        warnings.warn(f"{path.name}: contacts whose English text changed since: {', '.join(stale)}", stacklevel=1)


def test_welsh_descriptions_are_complete():
    missing = [s.contact_id for s in contact_translation_report(ENGLISH, "cy") if s.state != "current"]
    assert not missing, f"cy.json lacks or has stale: {missing}"


def test_the_context_gives_the_contacts_in_the_language_in_force(ctx):
    english = ctx.contacts
    ctx.set_visit_language("cy")
    welsh = ctx.contacts
    assert welsh is not english and welsh.get("samaritans").for_ != english.get("samaritans").for_
    assert welsh.get("samaritans").phone == english.get("samaritans").phone
    ctx.set_visit_language("")
    assert ctx.contacts.get("samaritans").for_ == english.get("samaritans").for_


def test_the_contacts_page_follows_a_change_of_language(qtbot, ctx):
    from PySide6.QtWidgets import QLabel

    from iia_help.ui.contacts_page import ContactsPage

    ctx.settings.region = "wales"
    page = ContactsPage(ctx)
    qtbot.addWidget(page)

    def texts() -> str:
        return "\n".join(label.text() for label in page.findChildren(QLabel))

    welsh = load_contacts(language="cy").get("live-fear-free")
    assert welsh.for_ not in texts()
    ctx.set_visit_language("cy")
    page.settings_changed(frozenset({"language"}))
    shown = texts()
    assert welsh.for_ in shown and welsh.text in shown
    assert ENGLISH.get("live-fear-free").for_ not in shown
