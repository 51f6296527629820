"""Support-contacts directory: structured, offline, filtered by region and need.

Core module: no Qt. The data lives in ``resources/contacts.json`` (a list of objects).
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime
import hashlib
import json
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

__all__ = [
    "AGES",
    "NEEDS",
    "REGIONS",
    "Contact",
    "ContactsError",
    "ContactTranslationStatus",
    "Directory",
    "TRANSLATABLE",
    "contact_translation_report",
    "english_sha256",
    "load_contacts",
    "translate_contacts",
]

#: The places a person can choose. England and Wales share a law page but not every service (Wales has its own
#: domestic-abuse line), so they are two choices. The old joint code is only read from old settings (settings.py).
REGIONS: dict[str, str] = {
    "england": "England",
    "wales": "Wales",
    "scotland": "Scotland",
    "northern-ireland": "Northern Ireland",
    "ireland": "Ireland",
    "us": "United States",
    "australia": "Australia",
    "canada": "Canada",
    "elsewhere": "Somewhere else",
}

NEEDS: dict[str, str] = {
    "danger-now": "In danger now",
    "under-18": "Under 18",
    "adult": "Adult (18 or over)",
    "sextortion": "Threats or blackmail",
    "removal": "Getting images taken down",
    "domestic-abuse": "Domestic abuse",
    "emotional-support": "Someone to talk to",
    "reporting": "Reporting a crime",
    "deaf-access": "Deaf or speech-impaired access",
    "scam-email": "Scam or blackmail email",
}

CONFIDENCE = ("verified", "partly")

#: The person's answer to "are you under 18?" (Settings.age_group): "" means not said.
AGES: dict[str, str] = {"adult": "18 or over", "under-18": "Under 18"}

_KEYPAD = {
    **dict.fromkeys("ABC", "2"),
    **dict.fromkeys("DEF", "3"),
    **dict.fromkeys("GHI", "4"),
    **dict.fromkeys("JKL", "5"),
    **dict.fromkeys("MNO", "6"),
    **dict.fromkeys("PQRS", "7"),
    **dict.fromkeys("TUV", "8"),
    **dict.fromkeys("WXYZ", "9"),
}


class ContactsError(Exception):
    """The contacts file is missing or broken. The message is written for people."""


@dataclass(frozen=True)
class Contact:
    id: str
    name: str
    for_: str  # the JSON key is "for" (a Python keyword)
    who: str
    regions: tuple[str, ...]
    needs: tuple[str, ...]
    phone: str
    text: str
    web: str
    email: str
    hours: str
    last_checked: datetime.date
    confidence: str
    priority: int
    note: str = ""
    #: A translated contact's English original (None: this is English). Logic reads the English text.
    original: Contact | None = field(default=None, compare=False, repr=False)

    @property
    def english(self) -> Contact:
        """This contact as the English list has it (itself, unless it is a translation)."""
        return self.original or self

    @property
    def is_crisis_line(self) -> bool:
        """A suicide or crisis line (read from the English description, so it holds in every language)."""
        return "suicide" in self.english.for_.lower()

    @property
    def purpose(self) -> str:
        """What the service is for (same as ``for_``)."""
        return self.for_

    @property
    def phone_digits(self) -> str:
        """The phone number ready to copy or dial: digits only (letters mapped to the keypad)."""
        main = re.split(r"[(/]| or ", self.phone, maxsplit=1)[0]
        return "".join(_KEYPAD.get(ch.upper(), ch) for ch in main if ch.isalnum())

    @property
    def is_international(self) -> bool:
        return "all" in self.regions

    def applies_to(self, region: str) -> bool:
        return "all" in self.regions or region in self.regions

    @property
    def short_hours(self) -> str:
        """The first sentence of the opening hours, or a plain warning when the facts give none."""
        if not self.hours:
            return "Opening hours not known: check before you rely on it."
        first = self.hours.split(". ", 1)[0].strip()
        return first if first.endswith(".") else first + "."

    @property
    def only_for_under_18(self) -> bool:
        return "under-18" in self.needs and "adult" not in self.needs

    @property
    def only_for_adults(self) -> bool:
        return "adult" in self.needs and "under-18" not in self.needs

    def rank_for(self, age: str | None) -> int:
        """0 = for this person, 1 = for anyone, 2 = for the other age group. With no age, everything is 0."""
        if age == "adult":
            return 0 if "adult" in self.needs else 2 if self.only_for_under_18 else 1
        if age == "under-18":
            return 0 if "under-18" in self.needs else 2 if self.only_for_adults else 1
        return 0

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "name": self.name,
            "for": self.for_,
            "who": self.who,
            "regions": list(self.regions),
            "needs": list(self.needs),
            "phone": self.phone,
            "text": self.text,
            "web": self.web,
            "email": self.email,
            "hours": self.hours,
            "last_checked": self.last_checked.isoformat(),
            "confidence": self.confidence,
            "priority": self.priority,
            "note": self.note,
        }


_STR_FIELDS = ("id", "name", "for", "who", "phone", "text", "web", "email", "hours", "confidence")


def _contact_from(raw: object, number: int) -> Contact:
    where = f"contact number {number}"
    if not isinstance(raw, dict):
        raise ContactsError(f"In the contacts list, {where} is not a set of details.")
    where = f"the contact '{raw.get('id', number)}'"
    for key in _STR_FIELDS:
        if not isinstance(raw.get(key), str):
            raise ContactsError(f"In the contacts list, {where} needs '{key}' as text.")
    if not raw["id"] or not raw["name"]:
        raise ContactsError(f"In the contacts list, {where} needs an id and a name.")
    regions = raw.get("regions")
    needs = raw.get("needs")
    if not isinstance(regions, list) or not regions or not all(isinstance(r, str) for r in regions):
        raise ContactsError(f"In the contacts list, {where} needs a list of regions.")
    if not isinstance(needs, list) or not needs or not all(isinstance(n, str) for n in needs):
        raise ContactsError(f"In the contacts list, {where} needs a list of needs.")
    bad = [r for r in regions if r != "all" and r not in REGIONS] + [n for n in needs if n not in NEEDS]
    if bad:
        raise ContactsError(f"In the contacts list, {where} uses unknown codes: {', '.join(bad)}.")
    if raw["web"] and not raw["web"].startswith("https://"):
        raise ContactsError(f"In the contacts list, {where} has a web address that does not start https://.")
    if raw["confidence"] not in CONFIDENCE:
        raise ContactsError(f"In the contacts list, {where} has an unknown confidence mark.")
    priority = raw.get("priority")
    if not isinstance(priority, int) or isinstance(priority, bool):
        raise ContactsError(f"In the contacts list, {where} needs a whole-number priority.")
    try:
        checked = datetime.date.fromisoformat(str(raw.get("last_checked")))
    except ValueError:
        raise ContactsError(f"In the contacts list, {where} has a bad last_checked date.") from None
    note = raw.get("note", "")
    if not isinstance(note, str):
        raise ContactsError(f"In the contacts list, {where} has a note that is not text.")
    return Contact(
        id=raw["id"],
        name=raw["name"],
        for_=raw["for"],
        who=raw["who"],
        regions=tuple(regions),
        needs=tuple(needs),
        phone=raw["phone"],
        text=raw["text"],
        web=raw["web"],
        email=raw["email"],
        hours=raw["hours"],
        last_checked=checked,
        confidence=raw["confidence"],
        priority=priority,
        note=note,
    )


class Directory:
    """All contacts, with filters by region and need."""

    def __init__(self, contacts: list[Contact]) -> None:
        seen: set[str] = set()
        for contact in contacts:
            if contact.id in seen:
                raise ContactsError(f"The contacts list has two entries called '{contact.id}'.")
            seen.add(contact.id)
        self.contacts: list[Contact] = sorted(contacts, key=lambda c: (c.priority, c.name.casefold()))

    def get(self, contact_id: str) -> Contact | None:
        return next((c for c in self.contacts if c.id == contact_id), None)

    def emergency(self, region: str) -> Contact | None:
        """The emergency contact for a region ("In danger now"), or None if there is none."""
        for contact in self.contacts:
            if not contact.is_international and region in contact.regions and "danger-now" in contact.needs:
                return contact
        return None

    def for_region(self, region: str, need: str | None = None, age: str | None = None) -> list[Contact]:
        """Contacts for a region (international ones included), emergency first, then by priority.

        With a need, only contacts for that need are listed, but the emergency contact still comes first. With an
        age ("adult" or "under-18"), services for that person come first, then services for anyone, then those
        for the other age group (so a 24-year-old does not see Childline second).
        """
        if region not in REGIONS:
            raise ContactsError(f"'{region}' is not a region this app knows.")
        if need is not None and need not in NEEDS:
            raise ContactsError(f"'{need}' is not a kind of help this app knows.")
        if age not in (None, "", *AGES):
            raise ContactsError(f"'{age}' is not an age group this app knows.")
        first = self.emergency(region)
        result = [first] if first is not None else []
        rest = [c for c in self.contacts
                if c is not first and c.applies_to(region) and (need is None or need in c.needs)]
        # Stable sort: priority order within each group; with no age, adult services first at equal priority.
        rest.sort(key=lambda c: (c.rank_for(age or None), c.priority, not age and c.only_for_under_18))
        return result + rest

    def who_to_call(self, region: str, need: str | None = None, age: str | None = None,
                    limit: int = 3) -> list[Contact]:
        """The few numbers to show first on a "what do I do now" page (the emergency number is shown apart).

        Up to ``limit`` services with a phone number for the need, for this person (services only for the other
        age group are left out when the age is known; for any need but reporting, services that take reports, such
        as the police's non-emergency line, come after the need's own helplines), then the region's crisis line if
        it is not among them and there is room (every page's first screen gives it anyway, so three lines for the
        need are not pushed below the first screen). A region with no phone numbers gets its online services
        instead.
        """
        if need is not None and need not in NEEDS:
            need = None
        if need == "under-18":  # a page for young people: their services, whoever is reading (often a parent)
            age = "under-18"
        listed = [c for c in self.for_region(region, need, age)[1:] if c.rank_for(age or None) < 2]
        if need is not None and need != "reporting":  # the need's own services first, the police's lines after
            listed.sort(key=lambda c: "reporting" in c.needs)
        chosen = [c for c in listed if c.phone][:limit]
        if len(chosen) < 2:  # few numbers: add the online services for this need
            chosen += [c for c in listed if not c.phone][: 2 - len(chosen)]
        crisis = next((c for c in self.for_region(region, "emotional-support", age)[1:]
                       if c.phone and c.is_crisis_line and c.rank_for(age or None) < 2), None)
        if crisis is not None and crisis not in chosen and len(chosen) < limit:
            chosen.append(crisis)
        return chosen


def load_contacts(path: Path | None = None, *, language: str = "en") -> Directory:
    """Read the contacts list (default: the bundled ``resources/contacts.json``), with the descriptions in
    ``language`` where the bundled ``resources/contacts/<code>.json`` has them (``translate_contacts``)."""
    if path is None:
        from iia_help.resources import resources_dir

        path = resources_dir() / "contacts.json"
    try:
        raw = json.loads(Path(path).read_bytes().decode("utf-8"))
    except OSError as exc:
        raise ContactsError(f"The contacts list could not be opened ({exc.strerror}).") from None
    except (UnicodeDecodeError, ValueError):
        raise ContactsError("The contacts list is damaged and could not be read.") from None
    if not isinstance(raw, list):
        raise ContactsError("The contacts list is damaged: it should be a list of contacts.")
    directory = Directory([_contact_from(item, number) for number, item in enumerate(raw, start=1)])
    return translate_contacts(directory, language) if language != "en" else directory


# --------------------------------------------------------------------------- translated descriptions
#: The JSON keys of a contact's text that a translation may replace. Phone numbers, text numbers, web and email
#: addresses, regions, needs and priority always come from the English list.
TRANSLATABLE: dict[str, str] = {"name": "name", "for": "for_", "who": "who", "text": "text", "hours": "hours",
                                "note": "note"}
_MAX_TRANSLATION_BYTES = 512 * 1024
_MAX_FIELD_CHARS = 2000
_SHA_RE = re.compile(r"^sha256:[0-9a-f]{64}$")
_CODE_RE = re.compile(r"^[a-z]{2,3}$")
#: Direction marks and overrides could make a number read backwards: the app adds isolates itself when it shows
#: text (language.isolate_ltr), so a translation never needs them.
_BIDI_CONTROLS = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def english_sha256(contact: Contact) -> str:
    """What a translation's ``translated_from`` holds for a contact: the SHA-256 of its English text fields (the
    keys of ``TRANSLATABLE``), as compact JSON with sorted keys. Changing any of them makes the translation stale."""
    english = contact.english
    fields = {key: getattr(english, attr) for key, attr in TRANSLATABLE.items()}
    data = json.dumps(fields, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")
    return "sha256:" + hashlib.sha256(data).hexdigest()


def _fixed(text: str) -> tuple[set[str], Counter]:
    from iia_help.guidance import fixed_strings

    return fixed_strings(text), Counter(re.findall(r"\d+", text))


def _check_field(key: str, english: str, value: object) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ContactsError(f"'{key}' is not text")
    if len(value) > _MAX_FIELD_CHARS:
        raise ContactsError(f"'{key}' is too long")
    if not english:
        raise ContactsError(f"'{key}' is empty in English, so it has nothing to translate")
    bad = [ch for ch in value if ch in _BIDI_CONTROLS or unicodedata.category(ch) in ("Cc", "Cs", "Co", "Cn")]
    if bad:
        raise ContactsError(f"'{key}' has control characters (U+{ord(bad[0]):04X})")
    if _fixed(english) != _fixed(value):
        raise ContactsError(f"'{key}' does not have the same numbers and addresses as the English text")
    return value


def _translated_fields(contact: Contact, entry: object) -> dict[str, str]:
    """The attributes a valid, current translation entry replaces (ContactsError says why it cannot be used)."""
    if not isinstance(entry, dict):
        raise ContactsError("it is not a set of fields")
    unknown = sorted(str(k) for k in entry if k != "translated_from" and k not in TRANSLATABLE)
    if unknown:
        raise ContactsError(f"it has fields that are never translated: {', '.join(unknown)[:200]}")
    source = entry.get("translated_from")
    if not isinstance(source, str) or not _SHA_RE.match(source):
        raise ContactsError("it needs translated_from: sha256:<64 hex digits>")
    english = contact.english
    return {TRANSLATABLE[key]: _check_field(key, getattr(english, TRANSLATABLE[key]), value)
            for key, value in entry.items() if key != "translated_from"}


@dataclass(frozen=True)
class ContactTranslationStatus:
    language: str
    contact_id: str
    #: "current", "stale" (the English text changed since), "broken", "orphan" (no such contact), "missing"
    state: str
    detail: str = ""


def _read_translations(language: str, path: Path | None) -> dict:
    """The ``contacts`` object of a language's file (ContactsError if the file is unusable)."""
    if path is None:
        if not _CODE_RE.match(language):
            raise ContactsError("not a language code")
        from iia_help.resources import resources_dir

        path = resources_dir() / "contacts" / f"{language}.json"
    try:
        with Path(path).open("rb") as f:
            data = f.read(_MAX_TRANSLATION_BYTES + 1)
    except FileNotFoundError:
        return {}
    except OSError as exc:
        raise ContactsError(f"the file could not be opened ({exc.strerror})") from None
    if len(data) > _MAX_TRANSLATION_BYTES:
        raise ContactsError("the file is too large")
    try:
        raw = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise ContactsError("the file is damaged and could not be read") from None
    if not isinstance(raw, dict) or raw.get("language") != language or not isinstance(raw.get("contacts"), dict):
        raise ContactsError(f'the file should be {{"language": "{language}", "contacts": {{...}}}}')
    return raw["contacts"]


def contact_translation_report(directory: Directory, language: str,
                               path: Path | None = None) -> list[ContactTranslationStatus]:
    """Each contact's translation state in ``language`` (default file: ``resources/contacts/<code>.json``), for
    tests and translators. A file that cannot be used at all is one "broken" line with contact_id "*"."""
    try:
        entries = _read_translations(language, path)
    except ContactsError as exc:
        return [ContactTranslationStatus(language, "*", "broken", str(exc))]
    out = []
    for contact in directory.contacts:
        entry = entries.get(contact.id)
        if entry is None:
            out.append(ContactTranslationStatus(language, contact.id, "missing"))
            continue
        try:
            _translated_fields(contact, entry)
        except ContactsError as exc:
            out.append(ContactTranslationStatus(language, contact.id, "broken", str(exc)))
            continue
        state = "current" if entry["translated_from"] == english_sha256(contact) else "stale"
        out.append(ContactTranslationStatus(language, contact.id, state))
    known = {c.id for c in directory.contacts}
    out += [ContactTranslationStatus(language, str(k)[:80], "orphan") for k in entries if k not in known]
    return out


def translate_contacts(directory: Directory, language: str, path: Path | None = None) -> Directory:
    """``directory`` with each contact whose translation into ``language`` is current and valid shown in it (the
    text fields only); every other contact stays English, in the same order. Never raises over a translation:
    a missing, damaged or hostile file, a stale entry or a changed number all mean English."""
    if language == "en":
        return directory
    try:
        entries = _read_translations(language, path)
    except ContactsError:
        return directory
    out = []
    for contact in directory.contacts:
        entry = entries.get(contact.id)
        if isinstance(entry, dict) and entry.get("translated_from") == english_sha256(contact):
            with contextlib.suppress(ContactsError):  # a broken entry: this contact stays English
                contact = dataclasses.replace(contact, **_translated_fields(contact, entry), original=contact)
        out.append(contact)
    translated = Directory(out)
    translated.contacts = out  # the English order, whatever the translated names sort as
    return translated
