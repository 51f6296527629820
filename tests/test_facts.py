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
FACTS_REVISED = datetime.date(2026, 12, 7)  # the "Revision of 2026-12-07" (a helpline adviser's review)
REVIEW_DATES = {LAST_CHECKED, FACTS_UPDATED, FACTS_REVISED}

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
    facts = _phone_numbers(_facts_text()) - {"08001232040", "18002738255"} - WRONG_NUMBERS - NOT_SHIPPED
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

#: Numbers the facts name as wrong or out of date (revision of 2026-12-07): the old Women's Aid NI line, the old
#: Rape Crisis freephone, Victim Support Scotland's old charged number, and a typo of the Rape Crisis line.
WRONG_NUMBERS = {"08009171414", "08088029999", "08456039213", "08005002222"}
#: Numbers the facts hold but say not to ship until checked live: the Rape Crisis England and Wales line (PARTLY,
#: "check the number live before shipping") and Victim Support NI's local Foyle number (the general one is
#: UNVERIFIED).
NOT_SHIPPED = {"08085002222", "02871370086"}


def test_known_wrong_values_are_absent():
    everything = "\n".join(_content_texts().values())
    digits = _phone_numbers(everything)
    assert "08001232040" not in digits
    assert "0800 123 2040" not in everything
    for old in ("1-800-273-TALK", "1-800-273-8255", "800-273"):
        assert old.lower() not in everything.lower()
    assert not {"18002738255", "8002738255"} & digits
    assert not (WRONG_NUMBERS | NOT_SHIPPED) & digits
    assert not re.search(r"police have only 6 months", everything, re.I)
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
    for region in ("england", "wales"):
        for page in lib.pages_for_region(region):
            text = lib.render(page.id, region=region)
            assert not old.search(text), f"{page.id} uses the old England and Wales wording"
    ew = lib.render("law-england-wales")
    assert "31 January 2024" in ew
    assert "do <strong>not</strong> have to prove" in ew
    # The older law is described as the law that applied then, so nobody abused in 2022 reads that nothing applied.
    text = lib.plain_text("law-england-wales")
    assert "13 April 2015" in text and "June 2021" in text
    assert "29 June 2021" not in text  # PARTLY: the facts' safe wording gives the month only
    assert "An older law may apply instead" not in text
    assert "Since 31 January 2024, sharing an intimate image" not in lib.page("law-england-wales").summary


# Figures the facts mark VERIFIED: Ireland's maxima and its two-year limit (s.7's title), Canada's pre-2026 maximum.
# No PARTLY penalty (US, Australia, England and Wales). England and Wales' 6-month charging limit is not stated: it
# covers one offence only, and whether it was extended is UNVERIFIED (issue 24).
ALLOWED_FIGURES = {
    ("law-ireland", "7 years"), ("law-ireland", "12 months"), ("law-ireland", "2 years"), ("law-canada", "5 years"),
}  # fmt: skip


def test_no_penalty_figures_except_verified_ones():
    lib = load_library()
    for page_id in lib.pages:
        text = lib.plain_text(page_id)
        for match in re.finditer(r"\b(\d+)\s+(years?|months?)\b", text):
            assert (page_id, match.group(0)) in ALLOWED_FIGURES, f"{page_id}: penalty '{match.group(0)}'"
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
        assert item["last_checked"] in {d.isoformat() for d in REVIEW_DATES}
        assert set(item["regions"]) <= set(REGIONS) | {"all"}
        assert set(item["needs"]) <= set(NEEDS)
        assert item["confidence"] in {"verified", "partly"}
        assert not item["web"] or item["web"].startswith("https://")
        assert item["phone"] or item["web"] or item["email"] or "danger-now" in item["needs"]
    for contact in directory.contacts:
        assert isinstance(contact, Contact)
        assert contact.last_checked in REVIEW_DATES
        if contact.confidence == "partly":
            assert "check" in (contact.note + contact.for_).lower(), contact.id


def test_emergency_contact_is_always_first(directory):
    expected = {"england": "999", "wales": "999", "scotland": "999", "northern-ireland": "999", "us": "911",
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


def test_england_and_wales_are_two_choices_and_wales_gets_its_own_line_first(directory):
    assert "england-wales" not in REGIONS and {"england", "wales"} <= set(REGIONS)
    wales = [c.id for c in directory.for_region("wales", "domestic-abuse")]
    assert wales[0] == "uk-emergency" and wales[1] == "live-fear-free"
    assert "live-fear-free" not in {c.id for c in directory.for_region("england")}
    lff = directory.get("live-fear-free")
    assert lff.phone == "0808 80 10 800" and "07860 077333" in lff.text and lff.confidence == "verified"
    # Everything else that served "England and Wales" serves both, except the domestic-abuse lines the facts place in
    # England (whether Refuge's line covers Wales is UNVERIFIED; Wales has its own line for everyone).
    for contact in directory.contacts:
        if contact.id not in {"live-fear-free", "national-domestic-abuse-helpline", "mens-advice-line", "galop"}:
            assert ("england" in contact.regions) == ("wales" in contact.regions), contact.id
    lib = load_library()
    assert lib.page("law-england-wales").applies_to("england") and lib.page("law-england-wales").applies_to("wales")


def test_region_and_need_filters(directory):
    scotland = {c.id for c in directory.for_region("scotland")}
    assert "report-fraud" not in scotland  # Scotland reports fraud to Police Scotland
    assert {"childline", "revenge-porn-helpline", "uk-police-101"} <= scotland
    under_18 = directory.for_region("england", "under-18")
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


# --------------------------------------------------------------------------- corrections of 2026-12-01 (issue 17)

# Each phrase was once in the app and was wrong or unsafe. None may come back.
KNOWN_WRONG = {
    r"the threat alone is a crime": "threats are crimes in every region covered, not only England and Wales",
    r"an older law may apply instead": "England and Wales had sharing (2015) and threat (2021) offences",
    r"not even to an adult": "under-18s are told plainly which two tools are the safe exceptions",
    r"showing the picture only to you": "invites 'nothing criminal happened' when a blackmailer sends it back",
    r"the service's own website": "the details are as published by the service, reviewed on a date",
    r"it is a mass scam": "a webcam email is usually, not always, a scam",
    r"you will get a crime reference number": "usually, not always",
    r"ncmec[^.\n]*\bhandle|handled by[^.\n]*ncmec": "NCMEC takes reports; it does not handle cases",
    r"in england and wales, scotland and australia, the rules also cover": "Ireland (and the US) cover fakes too",
    r"last checked": "the date is when the facts were reviewed, not a live check",
    r"the police have only 6 months": "no limit on telling the police; one offence has a limit on charging",
    r"online in public": "Report Remove's note contradicted its own purpose",
}


def test_known_wrong_phrases_never_return():
    for where, text in _content_texts().items():
        lowered = text.lower()
        for pattern, why in KNOWN_WRONG.items():
            assert not re.search(pattern, lowered), f"{where}: '{pattern}' is back ({why})"


def _region_text(lib, page_id: str, region: str) -> str:
    return lib.plain_text(page_id, region)


def test_threats_are_a_crime_in_every_region_not_only_england_and_wales():
    lib = load_library()
    expected = {
        "england": "since June 2021", "wales": "since June 2021", "scotland": "threaten to share",
        "northern-ireland": "since 2023",
        "ireland": "Coco's Law", "us": "TAKE IT DOWN Act", "australia": "eSafety Commissioner can act to stop threats",
        "canada": "extortion", "elsewhere": "many countries have laws",
    }  # fmt: skip
    for region, phrase in expected.items():
        section = _region_text(lib, "threats-sextortion", region).split("It is blackmail, and it is a crime", 1)[1]
        assert phrase in section.split("See the law where you live")[0], region
    assert "Since June 2021: threatening to share one has been a crime too." in lib.plain_text("law-england-wales")


def test_us_australia_and_canada_law_match_the_facts():
    lib = load_library()
    us = lib.plain_text("law-us")
    assert "TAKE IT DOWN Act" in us and "119-12" in us and "19 May 2025" in us and "48 hours" in us
    assert "threaten" in us and "fakes" in us
    au = lib.plain_text("law-australia")
    assert "474.17A" in au and "3 September 2024" in au and "not threats" in au
    ca = lib.plain_text("law-canada")
    assert "162.1" in ca and "extortion" in ca
    # C-16's commencement is UNVERIFIED: say it passed, never that it is in force.
    assert "We could not check when the changes start" in ca
    assert not re.search(r"C-16[^.]*(is in force|came into force|now covers)", ca)


def test_crisis_line_wherever_the_emergency_line_is():
    lib = load_library()
    # Samaritans, 988, 9-8-8, Lifeline; on the under-18 page Childline (UK) and Kids Helpline (Australia) count too.
    uk = ("116 123", "0800 1111")
    crisis = {"england": uk, "wales": uk, "scotland": uk, "northern-ireland": uk, "ireland": ("116 123",),
              "us": ("988",), "canada": ("9-8-8",), "australia": ("13 11 14", "1800 55 1800")}  # fmt: skip
    pages = 0
    for page_id in lib.pages:
        for region, numbers in crisis.items():
            if not lib.page(page_id).applies_to(region):
                continue
            text = _region_text(lib, page_id, region)
            first = text.split("\n", 1)[0]
            if "In danger now? Call" in first:
                pages += 1
                # On the first screen too: in the danger line, or just after the first steps and who to call.
                top = " ".join(text.split()[:90])
                assert any(number in top for number in numbers), (page_id, region, top)
            assert "local emergency number" not in text, (page_id, region)  # real numbers for every covered region
    assert pages > 60
    assert "999 or 112" in _region_text(lib, "threats-sextortion", "ireland")  # home's line: test_help_first.py


def test_ireland_contacts_carry_their_confidence(directory):
    expected = {"ireland-emergency": "verified", "womens-aid-ie": "verified", "rape-crisis-ie": "verified",
                "childline-ie": "partly", "hotline-ie": "verified", "samaritans": "verified"}  # fmt: skip
    for contact_id, mark in expected.items():
        contact = directory.get(contact_id)
        assert contact is not None and contact.applies_to("ireland"), contact_id
        assert contact.confidence == mark, contact_id
    assert directory.get("womens-aid-ie").phone == "1800 341 900"
    assert directory.get("rape-crisis-ie").phone == "1800 77 8888"
    assert "check" in directory.get("childline-ie").note.lower()
    assert directory.emergency("ireland").phone == "999" and "112" in directory.emergency("ireland").for_


def test_contact_wording_matches_the_facts(directory):
    assert "usually a mass scam" in directory.get("report-phishing").for_
    assert "usually get a crime reference number" in directory.get("uk-police-101").for_
    dah = directory.get("national-domestic-abuse-helpline")
    assert "women" in dah.who.lower() and "could not check" in (dah.who + dah.note).lower()
    assert "not the police" in directory.get("ncmec-cybertipline").for_
    assert directory.get("us-988").confidence == "verified"  # VERIFIED on 2026-12-01
    assert directory.get("canada-988").phone == "9-8-8"


def test_england_and_wales_anonymity_time_limit_and_what_police_ask():
    lib = load_library()
    law = lib.plain_text("law-england-wales")
    assert "private for life" in law and "report as soon as you can" in law
    for text in (law, _region_text(lib, "police", "england")):
        assert "There is no time limit on telling the police. You can report even if it happened years ago." in text
        assert "One of these crimes does have a time limit for bringing charges." in text
    police = _region_text(lib, "police", "england")
    for phrase in ("written statement", "take your phone or computer", "timeline", "private for life",
                   "deprivation order", "usually get a crime reference number"):
        assert phrase in police, phrase
    assert "private for life" not in _region_text(lib, "police", "scotland")  # not verified there


def test_under_18_safety():
    lib = load_library()
    u18 = lib.plain_text("under-18")
    assert "It is never your fault" in u18
    assert "boys aged 14 to 18" in u18
    assert "two safe" in u18 and "Report Remove" in u18 and "Take It Down" in u18
    assert "never leaves your device" in u18
    assert "only do it inside report remove's own secure step" in u18.lower()
    # The warning is on the first screen, right after the steps and who to call, before any longer text.
    threats = lib.render("threats-sextortion")
    warning = threats.index("Never save the nude picture itself")
    assert threats.index("Save the threats") < warning < threats.index("<h2", threats.index("First steps"))
    assert "Under 18?" in threats[warning - 40:warning]


def test_real_or_scam_includes_secret_video_call_recording():
    lib = load_library()
    text = lib.plain_text("threats-sextortion")
    real = text.split("Treat it as a real threat", 1)[1][:400]
    assert "video call" in real and "in secret" in real


def test_staying_safe_warns_before_password_and_logout_steps():
    text = load_library().plain_text("staying-safe")
    warning = text.index("may notice")
    assert warning < text.index("Change your passwords")
    assert warning < text.index("log out any you do not know")


def test_fakes_without_a_copy_and_the_home_route():
    lib = load_library()
    assert "page:fake-images" in lib.links("home")
    assert "Someone made a fake picture of me" in lib.plain_text("home")
    fakes = lib.plain_text("fake-images")
    assert "If you do not have a copy" in fakes and "do not go looking to download it" in fakes
    assert "Ireland" in lib.plain_text("what-is-it").split("Fake and edited images", 1)[1]


def test_contacts_help_is_honest_about_dates_and_broken_numbers():
    text = load_library().plain_text("contacts-help")
    assert "as published by the service" in text and "last reviewed" in text
    assert "If a number does not work" in text


# --------------------------------------------------------------------------- contacts ordered for the person


def test_an_adult_sees_adult_services_first(directory):
    ids = [c.id for c in directory.for_region("england", None, "adult")]
    assert ids[0] == "uk-emergency"
    assert ids.index("revenge-porn-helpline") < ids.index("childline")
    assert ids.index("stopncii") < ids.index("take-it-down")
    first_youth = min(ids.index(i) for i in ("childline", "report-remove", "ceop"))
    assert all(not directory.get(i).only_for_under_18 for i in ids[:first_youth])
    assert ids[1] != "childline" and ids[2] != "childline"
    # Nothing is hidden: ordering only.
    assert set(ids) == {c.id for c in directory.for_region("england")}


def test_a_young_person_sees_young_peoples_services_first(directory):
    ids = [c.id for c in directory.for_region("england", None, "under-18")]
    assert ids[0] == "uk-emergency"
    assert ids.index("childline") < ids.index("revenge-porn-helpline")
    assert ids.index("take-it-down") < ids.index("stopncii")
    assert ids[-1] in {c.id for c in directory.contacts if c.only_for_adults} or not any(
        directory.get(i).only_for_adults for i in ids)
    with pytest.raises(ContactsError):
        directory.for_region("england", None, "teen")


def test_no_age_keeps_priority_with_adult_services_first_at_a_tie(directory):
    ids = [c.id for c in directory.for_region("england")]
    assert ids.index("revenge-porn-helpline") < ids.index("childline")  # both priority 20


@pytest.mark.parametrize("region", list(REGIONS))
def test_who_to_call_gives_numbers_with_hours_for_every_region(directory, region):
    for need in ("sextortion", "removal", "under-18", "reporting", "emotional-support"):
        for age in (None, "adult", "under-18"):
            shown = directory.who_to_call(region, need, age)
            assert shown or (region == "elsewhere" and need in {"reporting", "emotional-support"}), (region, need)
            assert directory.emergency(region) not in shown
            assert len(shown) <= 4
            for contact in shown:
                assert contact.short_hours.endswith(".")
                if contact.phone and not contact.hours:
                    assert "not known" in contact.short_hours
            if region != "elsewhere" and need != "removal":
                assert any(c.phone for c in shown), (region, need, age)
    adult = [c.id for c in directory.who_to_call("england", "sextortion", "adult")]
    assert adult == ["revenge-porn-helpline", "uk-police-101", "samaritans"]  # the helpline before the police
    young = [c.id for c in directory.who_to_call("england", "sextortion", "under-18")]
    assert "childline" in young and "revenge-porn-helpline" not in young
    # The under-18 page lists young people's services even for an adult reader (a parent).
    assert "childline" in [c.id for c in directory.who_to_call("england", "under-18", "adult")]
    crisis = {"us": "us-988", "canada": "canada-988", "australia": "lifeline-au", "ireland": "samaritans"}
    if region in crisis:
        assert crisis[region] in [c.id for c in directory.who_to_call(region, "sextortion", "adult")]


# --------------------------------------------------------------------------- revision of 2026-12-07 (issue 24)

#: Each region's domestic-abuse lines, as the facts give them (the first one is shown first).
DOMESTIC_ABUSE = {
    "england": ["national-domestic-abuse-helpline", "mens-advice-line", "galop"],
    "wales": ["live-fear-free"],
    "scotland": ["scotland-domestic-abuse"],
    "northern-ireland": ["ni-domestic-sexual-abuse"],
    "ireland": ["womens-aid-ie", "mens-aid-ie"],
    "us": ["us-domestic-violence-hotline"],
    "canada": ["canada-domestic-violence"],
    "australia": ["1800respect"],
}
#: New numbers from the revision, by contact: each must be shipped exactly so.
NEW_NUMBERS = {
    "scotland-domestic-abuse": "0800 027 1234", "ni-domestic-sexual-abuse": "0808 802 1414",
    "live-fear-free": "0808 80 10 800", "mens-advice-line": "0808 801 0327", "galop": "0800 999 5428",
    "us-domestic-violence-hotline": "1-800-799-SAFE (7233)", "mens-aid-ie": "01 554 3811",
    "victim-support-scotland": "0800 160 1985", "rape-crisis-scotland": "08088 01 03 02",
}  # fmt: skip


def test_every_region_has_its_domestic_abuse_lines_in_order(directory):
    for region, expected in DOMESTIC_ABUSE.items():
        listed = [c.id for c in directory.for_region(region, "domestic-abuse")[1:]]
        assert listed[: len(expected)] == expected, region
    assert not directory.for_region("elsewhere", "domestic-abuse")[1:]
    canada = directory.get("canada-domestic-violence")
    assert "no single national" in canada.for_ and "9-1-1" in canada.for_ and not canada.phone


def test_the_womens_helpline_is_never_the_only_line_a_man_sees(directory):
    refuge = directory.get("national-domestic-abuse-helpline")
    assert "for women" in refuge.name and "Men's Advice Line" in refuge.who and "Galop" in refuge.who
    for region in REGIONS:
        for age in (None, "adult"):
            for shown in (directory.for_region(region, "domestic-abuse", age),
                          directory.for_region(region, None, age),
                          directory.who_to_call(region, "domestic-abuse", age)):
                ids = [c.id for c in shown]
                if refuge.id in ids:
                    assert {"mens-advice-line", "galop"} <= set(ids), (region, age, ids)
    # Men's Advice Line: the number is PARTLY and its hours UNVERIFIED, so no hours and a "check" note.
    mal = directory.get("mens-advice-line")
    assert mal.confidence == "partly" and not mal.hours and "check" in mal.note.lower()
    assert not directory.get("galop").hours and "not an emergency" in directory.get("galop").note


def test_new_numbers_are_shipped_as_the_facts_give_them(directory):
    for contact_id, phone in NEW_NUMBERS.items():
        assert directory.get(contact_id).phone == phone, contact_id
    us = directory.get("us-domestic-violence-hotline")
    assert us.phone_digits == "18007997233" and "START to 88788" in us.text and "1-800-787-3224" in us.text
    assert "07860 077333" in directory.get("live-fear-free").text
    assert "1800 333 000" in directory.get("accce").text and directory.get("accce").web == "https://accce.gov.au/report"
    assert "7726" in directory.get("report-phishing").for_
    # Said less: the Rape Crisis England and Wales number and Victim Support NI's number are not shipped; the
    # National Stalking Helpline (number PARTLY, hours UNVERIFIED) is named in the guidance without a number.
    assert "08088020300" not in _phone_numbers("\n".join(_content_texts().values()))
    assert not directory.get("rape-crisis-ew").phone and not directory.get("victim-support-ni").phone
    assert directory.get("rape-crisis-scotland").hours == "Evenings, every day."  # sources disagree on the hour


def test_every_contact_carries_its_review_date_worded_as_a_review(directory):
    revised = {c.id for c in directory.contacts if c.last_checked == FACTS_REVISED}
    assert set(NEW_NUMBERS) | {"national-domestic-abuse-helpline", "report-phishing", "uk-emergency"} <= revised
    from iia_help.display_text import reviewed_text

    text = reviewed_text(directory.get("galop").last_checked)
    assert text == "As published by the service. Last reviewed: 7 December 2026."


def test_scam_emails_are_reported_anywhere_in_the_uk(directory):
    phishing = directory.get("report-phishing")
    assert set(phishing.regions) == {"england", "wales", "scotland", "northern-ireland"}
    assert "send a screenshot" in phishing.for_ and "Only if they sent a real picture of you, or you paid" in \
        phishing.for_
    lib = load_library()
    for region in ("england", "scotland"):
        text = _region_text(lib, "threats-sextortion", region).split("Webcam scam emails", 1)[1]
        assert "report@phishing.gov.uk" in text and "only if they sent a real picture of you, or you paid" in text
    assert "Report it to Police Scotland on 101" not in lib.plain_text("threats-sextortion")


def test_the_silent_solution_matches_the_facts():
    lib = load_library()
    for region in ("england", "wales", "scotland", "northern-ireland"):
        police = _region_text(lib, "police", region)
        assert "press 55" in police and "If you do not press it, the call ends." in police
        assert "Pressing 55 does not tell the police where you are." in police
    from iia_help.ui.help_first import deaf_access_html  # the start page's "cannot speak" line (UK): both ways

    home = deaf_access_html()
    assert "press <strong>55</strong>" in home and "deaf or speech-impaired" in home
    assert "55" not in _region_text(lib, "police", "us")  # a UK system only


def test_partner_or_ex_page_says_what_the_adviser_asked():
    lib = load_library()
    assert "page:partner-or-ex" in lib.links("home")
    for page_id in ("threats-sextortion", "staying-safe"):
        assert "page:partner-or-ex" in lib.links(page_id), page_id
    # The step that says to block them carries the warning for a partner or ex, on the first screen.
    block = re.search(r"<(li|p)><strong>(Then b|B)lock and report them.</strong>.*?</\1>",
                      lib.render("threats-sextortion"), re.S)
    assert 'href="page:partner-or-ex"' in block.group(0)
    text = lib.plain_text("partner-or-ex", "england")
    steps = text.split("First steps", 1)[1].split("This is domestic abuse. It is not your fault.")[0]
    assert "Talk to a helpline before you block them or change passwords" in steps
    assert "before you block them" in text.split("Why the helpline comes first", 1)[1]
    assert "Do not confront them" in steps and "where they cannot see it" in steps
    for phrase in ("bail conditions", "Courts can make orders", "deprivation order", "Men are abused too",
                   "threaten to tell people you are gay, bi or trans", "Snapchat may tell them", "sync"):
        assert phrase in text, phrase
    assert "deprivation order" not in lib.plain_text("partner-or-ex", "scotland")  # England and Wales only
    # With the UK nation not known (a guessed place), every nation's line shows, each labelled with its nation.
    uk = lib.plain_text("partner-or-ex", "uk")
    for line in ("Women in England: National Domestic Abuse Helpline", "Anyone in Wales: Live Fear Free",
                 "Anyone in Scotland: Domestic Abuse", "Anyone in Northern Ireland: Domestic and Sexual Abuse"):
        assert line in uk, line


def test_shared_accounts_and_synced_photos_are_warned_about():
    lib = load_library()
    for page_id in ("evidence", "staying-safe"):
        text = lib.plain_text(page_id)
        assert "sync" in text and "Snapchat may tell" in text and "journal" in text, page_id
        assert re.search(r"Clearing all your history at once can look odd", text), page_id
    evidence = lib.plain_text("evidence")
    assert evidence.index("read Staying safe first") < evidence.index("Open your journal")


def test_england_and_wales_2026_laws_say_less_where_the_facts_are_partly():
    lib = load_library()
    law = lib.plain_text("law-england-wales")
    assert "Crime and Policing Act 2026" in law and "We could not check when each part starts." in law
    assert "make a sexual fake picture of an adult" in law and "We could not fully check when it started." in law
    assert "6 February 2026" not in law and "29 June 2026" not in law  # PARTLY dates are not stated


def test_ireland_and_northern_ireland_additions():
    lib = load_library()
    ireland = lib.plain_text("law-ireland")
    assert "Once someone is charged" in ireland and "2 years" in ireland
    ni = lib.plain_text("law-northern-ireland")
    assert "We could not confirm a law yet" in ni and "report it to the psni anyway" in ni.lower()
    assert "s.51" not in ni and "section 51 covers" not in ni.lower()  # not checked for fakes


def test_men_lgbt_and_interpreters():
    lib = load_library()
    threats = lib.plain_text("threats-sextortion")
    assert "about 9 in 10" in threats and "90%" not in threats and "88%" not in threats
    assert "every age, gender and sexuality" in threats
    assert "gay, bi or trans" in lib.plain_text("what-is-it")
    for page_id in ("partner-or-ex", "police", "support-workers"):
        assert "interpreter" in lib.plain_text(page_id), page_id


def test_young_people_and_parents():
    lib = load_library()
    u18 = lib.plain_text("under-18", "england")
    assert "is the victim" in u18
    assert not re.search(r"(won't|will not|never) be in trouble", u18)  # never promise no police action
    parents = u18.split("If you are a parent or carer", 1)[1]
    for phrase in ("Do not take their phone away as a punishment", "Do not reply to the person, threaten them or "
                   "pay them", "payment details"):
        assert phrase in parents, phrase
    grooming = lib.plain_text("grooming", "england")
    assert "0800 1111" in grooming.split("\n", 1)[0]  # Childline in the UK banner
    assert "someone you already know" in grooming and "against the law" in grooming
    assert grooming.index("Keep the chat") < grooming.index("Then block them")
    fakes = lib.plain_text("fake-images")
    under_18 = fakes.split("If you have a copy", 1)[1].split("The law on fakes", 1)[0]
    assert "do not keep a copy" in under_18 and "Take It Down" not in under_18


def test_google_search_removal_says_links_only():
    removal = load_library().plain_text("removal")
    assert "This does not delete the picture from the website." in removal
    assert "Google only looks at the addresses you give it." in removal
    assert "separate form for fake" in removal
