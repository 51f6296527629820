"""Every number, address and name in the guidance and contacts comes from the checked facts files."""

from __future__ import annotations

import datetime
import json
import re
from pathlib import Path

import pytest

from iia_help.contacts import NEEDS, REGIONS, Contact, ContactsError, load_contacts
from iia_help.guidance import load_library
from iia_help.resources import resources_dir

REPO = Path(__file__).resolve().parents[1]
SNAPSHOT = REPO / "tests" / "data" / "facts"
SHARED = REPO.parent / "shared" / "facts"
FACT_FILES = ("contacts.md", "law.md")
GUIDANCE = resources_dir() / "guidance"
CONTACTS_JSON = resources_dir() / "contacts.json"
LAST_CHECKED = datetime.date(2026, 11, 23)  # when the facts were compiled
FACTS_UPDATED = datetime.date(2026, 12, 1)  # the corrections and additions marked "2026-12-01"

_KEYPAD = {c: d for d, letters in {"2": "ABC", "3": "DEF", "4": "GHI", "5": "JKL", "6": "MNO", "7": "PQRS",
                                   "8": "TUV", "9": "WXYZ"}.items() for c in letters}  # fmt: skip
# Vanity numbers such as 1-800-CALL-FBI or 800-656-HOPE.
_VANITY = re.compile(r"\b(?:1-)?\d{3}-(?:\d{3}-)?[A-Z]{3,}(?:-[A-Z]{2,})?\b")
# Phone-like runs of digits with spaces or dashes: 0345 6000 459, 1-800-843-5678, 13 11 14, 999. Section numbers
# such as 474.17A or 162.1 are not phone numbers.
_PHONE = re.compile(r"(?<![\w.,/:€$£-])\d[\d \-]{1,16}\d(?![\w/:-]|\.\d)|(?<![\w.,/:€$£-])\d{3}(?![\w/:,.]\d)")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_URL = re.compile(r"https?://[^\s)\]>\"'*]+", re.I)
_DOMAIN = re.compile(
    r"(?<![@\w./-])((?:[a-z0-9-]+\.)+(?:org\.uk|police\.uk|gov\.uk|gov\.au|org\.au|org|gov|ie|ca|com|net|au|uk))\b",
    re.I,
)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def _facts_dir() -> Path:
    return SHARED if SHARED.is_dir() else SNAPSHOT


def _facts_text() -> str:
    return "\n".join((_facts_dir() / name).read_text(encoding="utf-8") for name in FACT_FILES)


def _devanity(text: str) -> str:
    return _VANITY.sub(lambda m: "".join(_KEYPAD.get(ch, ch) for ch in m.group(0)), text)


def _phone_numbers(text: str) -> set[str]:
    """Digit strings of phone-like numbers (years and dates left out)."""
    text = _ISO_DATE.sub(" ", _devanity(text))
    found = set()
    for match in _PHONE.finditer(text):
        digits = re.sub(r"\D", "", match.group(0))
        if len(digits) == 4 and 1900 <= int(digits) <= 2099:
            continue
        found.add(digits)
    return found


def _content_texts() -> dict[str, str]:
    """Every user-visible text: each guidance file, and each contact's string fields."""
    texts = {}
    for path in sorted(GUIDANCE.glob("*.md")):
        lines = path.read_text(encoding="utf-8").splitlines()
        texts[path.name] = "\n".join(ln for ln in lines if not ln.startswith(("order:", "last_reviewed:")))
    for item in json.loads(CONTACTS_JSON.read_text(encoding="utf-8")):
        fields = [v for k, v in item.items() if isinstance(v, str) and k not in {"last_checked", "id"}]
        texts[f"contacts.json:{item['id']}"] = "\n".join(fields)
    return texts


def _normalise_url(url: str) -> str:
    url = re.sub(r"^https?://", "", url.strip().lower())
    url = re.sub(r"^www\.", "", url)
    return url.rstrip("/.,")


# --------------------------------------------------------------------------- the snapshot


def test_snapshot_matches_the_shared_facts():
    for name in FACT_FILES:
        snapshot = (SNAPSHOT / name).read_bytes()
        assert b"Confidence" in snapshot
        if SHARED.is_dir():
            assert (SHARED / name).read_bytes() == snapshot, f"{name} changed: refresh tests/data/facts/{name}"


# --------------------------------------------------------------------------- numbers, addresses, emails


def test_phone_extraction_works():
    sample = "Call 0345 6000 459, 116 123 or 999. 1-800-CALL-FBI. Since 2024, on 2026-11-23. €5,000."
    assert _phone_numbers(sample) == {"03456000459", "116123", "999", "18002255324"}


def test_every_phone_number_comes_from_the_facts():
    # The facts files mention some wrong numbers as warnings; those never count as facts.
    facts = _phone_numbers(_facts_text()) - {"08001232040", "18002738255"}
    checked = 0
    for where, text in _content_texts().items():
        for number in _phone_numbers(text):
            checked += 1
            assert number in facts, f"{where}: {number} is not in the facts files"
    assert checked > 50


def test_every_web_address_comes_from_the_facts():
    facts = _facts_text().lower()
    checked = 0
    for where, text in _content_texts().items():
        for url in _URL.findall(text):
            checked += 1
            assert url.startswith("https://"), f"{where}: {url} is not https"
            assert _normalise_url(url) in facts, f"{where}: {url} is not in the facts files"
        for domain in _DOMAIN.findall(text):
            checked += 1
            assert _normalise_url(domain) in facts, f"{where}: {domain} is not in the facts files"
    assert checked > 30


def test_every_email_comes_from_the_facts_and_only_verified_ones_ship():
    facts = _facts_text().lower()
    for where, text in _content_texts().items():
        for email in _EMAIL.findall(text):
            assert email.lower() in facts, f"{where}: {email}"
    # Emails marked PARTLY in the facts must not ship.
    everything = "\n".join(_content_texts().values()).lower()
    for partly in ("help@revengepornhelpline.org.uk", "jo@samaritans.org"):
        assert partly not in everything


# --------------------------------------------------------------------------- known-wrong values


def test_known_wrong_values_are_absent():
    everything = "\n".join(_content_texts().values())
    digits = _phone_numbers(everything)
    assert "08001232040" not in digits
    assert "0800 123 2040" not in everything
    for old in ("1-800-273-TALK", "1-800-273-8255", "800-273"):
        assert old.lower() not in everything.lower()
    assert not {"18002738255", "8002738255"} & digits
    for old_name in ("text relay", "typetalk", "next generation text"):
        assert old_name not in everything.lower()
    assert not re.search(r"\bNGT\b", everything)


def test_action_fraud_only_appears_as_the_old_name():
    for where, text in _content_texts().items():
        for match in re.finditer(r"action\s+fraud", text, re.I):
            before = text[max(0, match.start() - 30) : match.start()].lower()
            after = text[match.end() : match.end() + 15].lower()
            assert "formerly" in before or "used to be called" in before or after.startswith(" was renamed"), (
                f"{where}: 'Action Fraud' looks current"
            )
    assert "0300 123 2040" in CONTACTS_JSON.read_text(encoding="utf-8")


def test_old_england_and_wales_intent_wording_is_not_presented_as_current():
    lib = load_library()
    old = re.compile(r"(intent|intend|intention|meant|mean)\w*\s+to\s+cause\s+(you\s+)?distress", re.I)
    for page in lib.pages_for_region("england-wales"):
        text = lib.render(page.id, region="england-wales")
        assert not old.search(text), f"{page.id} uses the old England and Wales wording"
    ew = lib.render("law-england-wales")
    assert "31 January 2024" in ew
    assert "do <strong>not</strong> have to prove" in ew
    # The older law is described as the law that applied then, so nobody abused in 2022 reads that nothing applied.
    text = lib.plain_text("law-england-wales")
    assert "13 April 2015" in text and "29 June 2021" in text
    assert "An older law may apply instead" not in text
    assert "Since 31 January 2024, sharing an intimate image" not in lib.page("law-england-wales").summary


# Figures the facts mark VERIFIED: Ireland's maxima, Canada's pre-2026 maximum, England and Wales' 6-month limit
# to bring charges (Magistrates' Courts Act 1980 s.127). No PARTLY penalty (US, Australia, England and Wales).
ALLOWED_FIGURES = {
    ("law-ireland", "7 years"), ("law-ireland", "12 months"), ("law-canada", "5 years"),
    ("law-england-wales", "6 months"), ("police", "6 months"),
}  # fmt: skip


def test_no_penalty_figures_except_verified_ones():
    lib = load_library()
    for page_id in lib.pages:
        text = lib.plain_text(page_id)
        for match in re.finditer(r"\b(\d+)\s+(years?|months?)\b", text):
            assert (page_id, match.group(0)) in ALLOWED_FIGURES, f"{page_id}: penalty '{match.group(0)}'"
            if match.group(0) == "6 months":
                assert text[match.end() :].startswith(" to bring charges"), page_id
    assert "Before the 2026 changes" in lib.plain_text("law-canada")  # the 5 years is the pre-C-16 figure


def test_under_18_advice_never_says_to_save_the_image():
    lib = load_library()
    text = lib.plain_text("under-18") + lib.plain_text("evidence")
    assert "Never save, screenshot or send the nude picture itself" in text
    # An instruction (imperative, or "you can/should ...") to keep or pass on the picture itself.
    verbs = r"(save|screenshot|send|forward|download|upload|copy|take (a )?screenshots?)"
    instruction = re.compile(
        rf"(^(please |then |also |and )?{verbs}\b|\byou (can|should|could|must|need to) {verbs}\b)"
        r"[^.]*\b(nude|picture|image|photo)s?\b"
    )
    negation = re.compile(r"\b(never|not|don't|no)\b")
    for page_id in lib.pages:
        for sentence in re.split(r"(?<=[.!?:])\s+|\n", lib.plain_text(page_id).lower()):
            if instruction.search(sentence):
                assert negation.search(sentence), f"{page_id}: '{sentence}'"


# --------------------------------------------------------------------------- the contacts data


@pytest.fixture(scope="module")
def directory():
    return load_contacts()


def test_contacts_are_complete_and_use_known_codes(directory):
    raw = json.loads(CONTACTS_JSON.read_text(encoding="utf-8"))
    assert len(raw) == len(directory.contacts) >= 25
    for item in raw:
        assert item["last_checked"] in {"2026-11-23", "2026-12-01"}
        assert set(item["regions"]) <= set(REGIONS) | {"all"}
        assert set(item["needs"]) <= set(NEEDS)
        assert item["confidence"] in {"verified", "partly"}
        assert not item["web"] or item["web"].startswith("https://")
        assert item["phone"] or item["web"] or item["email"] or "danger-now" in item["needs"]
    for contact in directory.contacts:
        assert isinstance(contact, Contact)
        assert contact.last_checked in {LAST_CHECKED, FACTS_UPDATED}
        if contact.confidence == "partly":
            assert "check" in (contact.note + contact.for_).lower(), contact.id


def test_emergency_contact_is_always_first(directory):
    expected = {"england-wales": "999", "scotland": "999", "northern-ireland": "999", "us": "911",
                "canada": "911", "australia": "000", "ireland": "999", "elsewhere": ""}  # fmt: skip
    for region, phone in expected.items():
        emergency = directory.emergency(region)
        assert emergency is not None
        assert emergency.phone == phone
        assert "danger-now" in emergency.needs
        for need in [None, *NEEDS]:
            listed = directory.for_region(region, need)
            assert listed[0] is emergency, (region, need)
            assert len(listed) == len({c.id for c in listed})


def test_international_services_show_everywhere(directory):
    for region in REGIONS:
        ids = [c.id for c in directory.for_region(region)]
        assert "stopncii" in ids and "take-it-down" in ids
    assert [c.id for c in directory.for_region("elsewhere", "removal")][1:3] == ["stopncii", "take-it-down"]


def test_region_and_need_filters(directory):
    scotland = {c.id for c in directory.for_region("scotland")}
    assert "report-fraud" not in scotland  # Scotland reports fraud to Police Scotland
    assert {"childline", "revenge-porn-helpline", "uk-police-101"} <= scotland
    under_18 = directory.for_region("england-wales", "under-18")
    assert all("under-18" in c.needs for c in under_18[1:])
    assert "revenge-porn-helpline" not in {c.id for c in under_18}
    with pytest.raises(ContactsError):
        directory.for_region("mars")
    with pytest.raises(ContactsError):
        directory.for_region("scotland", "pizza")


def test_phone_digits_for_copying(directory):
    assert directory.get("revenge-porn-helpline").phone_digits == "03456000459"
    assert directory.get("ncmec-cybertipline").phone_digits == "18008435678"
    assert directory.get("samaritans").phone_digits == "116123"
    assert directory.get("report-fraud").phone == "0300 123 2040"
    assert directory.get("report-fraud").name.startswith("Report Fraud")


def test_broken_contacts_file_gives_a_human_error(tmp_path):
    bad = tmp_path / "contacts.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(ContactsError, match="damaged"):
        load_contacts(bad)
    bad.write_text(json.dumps([{"id": "x"}]), encoding="utf-8")
    with pytest.raises(ContactsError, match="'x'"):
        load_contacts(bad)
    with pytest.raises(ContactsError, match="could not be opened"):
        load_contacts(tmp_path / "missing.json")
