"""Dates, sizes and contact details written out for a reader, in the reader's language.

The one place the app turns a date, a time, a number of bytes or a support contact into words. Every function
takes ``language`` (``iia_help.language`` codes: ``en`` (the default), ``cy``, ``pl``, ``ur``; anything else is
English) so a Welsh or Polish reader sees the month names, date order, decimal separator and size units they
expect. Numbers stay in Western (ASCII) digits in every language; in Urdu, phone numbers, web and email addresses
are kept left to right inside the right-to-left text with Unicode isolates.

Core module: no Qt. Times are shown in the computer's time zone unless ``tz`` is given; a naive ``datetime`` is
taken as the computer's local time (as Python's own ``astimezone`` does).
"""

from __future__ import annotations

import html
import re
import time
from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from typing import Any

from iia_help.language import DEFAULT, LRI, PDI, is_rtl, isolate_ltr

FSI = "\u2068"  # first strong isolate: text in the direction of its own first letter

__all__ = [
    "CONTACT_FIELDS",
    "bytes_text",
    "check_details_text",
    "contact_field",
    "contact_field_html",
    "contact_text",
    "date_text",
    "date_time_text",
    "number_text",
    "reviewed_text",
    "size_text",
    "time_text",
    "utc_offset_text",
    "web_address_text",
]


@dataclass(frozen=True)
class _Locale:
    months: tuple[str, ...]  # in a date ("7 December", Polish: genitive "7 grudnia")
    months_short: tuple[str, ...]
    weekdays: tuple[str, ...]  # Monday first, as datetime.weekday()
    weekdays_short: tuple[str, ...]
    weekday_sep: str  # between the weekday and the date
    year_sep: str  # between the month and the year
    at: str  # between a date and its time in the long style
    list_sep: str  # between a date and its time in the short style
    decimal: str
    group: str  # thousands separator
    group_from: int  # group digits only from this many up (Polish: 10 000, not 1 000)
    units: tuple[str, ...]  # KB, MB, GB, TB
    labels: dict[str, str]
    full_stop: str


_EN = _Locale(
    months=("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December"),
    months_short=("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    weekdays=("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    weekdays_short=("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
    weekday_sep=" ", year_sep=" ", at=" at ", list_sep=", ", decimal=".", group=",", group_from=1000,
    units=("KB", "MB", "GB", "TB"),
    labels={
        "phone": "Phone", "web": "Website", "email": "Email", "hours": "Hours", "who": "Who it is for",
        "note": "Please check", "reviewed": "As published by the service. Last reviewed: {date}.",
        "check": "Please check these details before you rely on them.", "no_hours": "Opening hours not known.",
    },
    full_stop=".",
)

# Welsh, Polish and Urdu: machine-assisted like the other translations (docs/translation.md), month and day names
# as the Unicode CLDR gives them.
_CY = _Locale(
    months=("Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst", "Medi", "Hydref",
            "Tachwedd", "Rhagfyr"),
    months_short=("Ion", "Chwef", "Maw", "Ebr", "Mai", "Meh", "Gorff", "Awst", "Medi", "Hyd", "Tach", "Rhag"),
    weekdays=("Dydd Llun", "Dydd Mawrth", "Dydd Mercher", "Dydd Iau", "Dydd Gwener", "Dydd Sadwrn", "Dydd Sul"),
    weekdays_short=("Llun", "Maw", "Mer", "Iau", "Gwen", "Sad", "Sul"),
    weekday_sep=", ", year_sep=" ", at=" am ", list_sep=", ", decimal=".", group=",", group_from=1000,
    units=("kB", "MB", "GB", "TB"),
    labels={
        "phone": "Ffôn", "web": "Gwefan", "email": "E-bost", "hours": "Oriau", "who": "Ar gyfer pwy",
        "note": "Gwiriwch", "reviewed": "Fel y'i cyhoeddwyd gan y gwasanaeth. Adolygwyd ddiwethaf: {date}.",
        "check": "Gwiriwch y manylion hyn cyn dibynnu arnynt.", "no_hours": "Oriau agor heb eu nodi.",
    },
    full_stop=".",
)

_PL = _Locale(
    months=("stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
            "października", "listopada", "grudnia"),
    months_short=("sty", "lut", "mar", "kwi", "maj", "cze", "lip", "sie", "wrz", "paź", "lis", "gru"),
    weekdays=("poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"),
    weekdays_short=("pon.", "wt.", "śr.", "czw.", "pt.", "sob.", "niedz."),
    weekday_sep=", ", year_sep=" ", at=" o ", list_sep=", ", decimal=",", group="\u00a0", group_from=10000,
    units=("kB", "MB", "GB", "TB"),
    labels={
        "phone": "Telefon", "web": "Strona internetowa", "email": "E-mail", "hours": "Godziny",
        "who": "Dla kogo", "note": "Sprawdź",
        "reviewed": "Według informacji podanych przez tę usługę. Ostatnio sprawdzono: {date}.",
        "check": "Sprawdź te dane, zanim na nich polegasz.", "no_hours": "Godziny otwarcia nieznane.",
    },
    full_stop=".",
)

_UR_MONTHS = ("جنوری", "فروری", "مارچ", "اپریل", "مئی", "جون", "جولائی", "اگست", "ستمبر", "اکتوبر", "نومبر", "دسمبر")
_UR_DAYS = ("پیر", "منگل", "بدھ", "جمعرات", "جمعہ", "ہفتہ", "اتوار")
_UR = _Locale(
    months=_UR_MONTHS, months_short=_UR_MONTHS, weekdays=_UR_DAYS, weekdays_short=_UR_DAYS,
    weekday_sep="، ", year_sep="، ", at=" کو ", list_sep="، ", decimal=".", group=",", group_from=1000,
    units=("کلو بائٹ", "میگا بائٹ", "گیگا بائٹ", "ٹیرا بائٹ"),
    labels={
        "phone": "فون", "web": "ویب سائٹ", "email": "ای میل", "hours": "اوقات", "who": "کس کے لیے",
        "note": "براہ کرم چیک کریں", "reviewed": "جیسا کہ سروس نے شائع کیا۔ آخری جائزہ: {date}۔",
        "check": "ان تفصیلات پر بھروسہ کرنے سے پہلے انہیں چیک کر لیں۔", "no_hours": "کھلنے کے اوقات معلوم نہیں۔",
    },
    full_stop="۔",
)

_LOCALES: dict[str, _Locale] = {"en": _EN, "cy": _CY, "pl": _PL, "ur": _UR}


def _loc(language: str) -> _Locale:
    return _LOCALES.get(language, _LOCALES[DEFAULT])


# --------------------------------------------------------------------------- dates and times


@dataclass(frozen=True)
class _Parts:
    year: int
    month: int
    day: int
    weekday: int
    hour: int = 0
    minute: int = 0
    second: int = 0
    offset: int | None = None  # seconds east of UTC; None for a plain date


def _parts(value: date | datetime, tz: tzinfo | None) -> _Parts:
    if not isinstance(value, datetime):
        return _Parts(value.year, value.month, value.day, value.weekday())
    if tz is None:
        try:  # fast (runs for every entry when the journal unlocks)
            t = time.localtime(value.timestamp())
            return _Parts(t.tm_year, t.tm_mon, t.tm_mday, t.tm_wday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_gmtoff or 0)
        except (OverflowError, OSError, ValueError):  # beyond what the C library can convert
            local = value
    else:
        try:
            local = value.astimezone(tz)
        except (OverflowError, OSError, ValueError):
            local = value
    off = local.utcoffset()
    return _Parts(local.year, local.month, local.day, local.weekday(), local.hour, local.minute, local.second,
                  int(off.total_seconds()) if off is not None else 0)


def _date(p: _Parts, loc: _Locale, short: bool, weekday: bool) -> str:
    month = (loc.months_short if short else loc.months)[p.month - 1]
    text = f"{p.day} {month}{loc.year_sep}{p.year}"
    if weekday:
        text = (loc.weekdays_short if short else loc.weekdays)[p.weekday] + loc.weekday_sep + text
    return text


def date_text(value: date | datetime, language: str = DEFAULT, *, short: bool = False, weekday: bool = False,
              tz: tzinfo | None = None) -> str:
    """A day: "7 December 2026" (``short``: "7 Dec 2026"; ``weekday``: "Monday 7 December 2026", "Mon 7 Dec
    2026"); Welsh "7 Rhagfyr 2026", Polish "7 grudnia 2026", Urdu "7 دسمبر، 2026". A datetime is first put in
    ``tz`` (the computer's zone if None)."""
    return _date(_parts(value, tz), _loc(language), short, weekday)


def utc_offset_text(value: datetime, tz: tzinfo | None = None) -> str:
    """The offset from UTC of ``value`` where it is shown: "UTC+01:00", "UTC-05:30", "UTC+00:00"."""
    return _offset(_parts(value, tz).offset or 0)


def _offset(seconds: int) -> str:
    mins = seconds // 60
    sign = "+" if mins >= 0 else "-"
    mins = abs(mins)
    return f"UTC{sign}{mins // 60:02d}:{mins % 60:02d}"


def _time(p: _Parts, seconds: bool) -> str:
    return f"{p.hour:02d}:{p.minute:02d}" + (f":{p.second:02d}" if seconds else "")


def time_text(value: datetime, language: str = DEFAULT, *, seconds: bool = False, tz: tzinfo | None = None,
              weekday: bool = False) -> str:
    """A time of day on the 24-hour clock, the same in every language: "21:30" ("21:30:05" with ``seconds``);
    with ``weekday`` the day's name before it: "Wednesday at 21:30", "Dydd Mercher am 21:30"."""
    p, loc = _parts(value, tz), _loc(language)
    text = _time(p, seconds)
    return f"{loc.weekdays[p.weekday]}{loc.at}{text}" if weekday else text


def date_time_text(value: datetime, language: str = DEFAULT, *, short: bool = True, weekday: bool = False,
                   seconds: bool = False, offset: bool = False, tz: tzinfo | None = None) -> str:
    """A date and time. ``short`` (for lists and reports): "1 May 2024, 21:30", "Wed 1 May 2024, 21:30" with
    ``weekday``; not short (in sentences): "1 May 2024 at 21:30". ``seconds`` adds them; ``offset`` the offset
    from UTC where it is shown: "1 May 2024, 21:30:05 (UTC+01:00)"."""
    p, loc = _parts(value, tz), _loc(language)
    text = _date(p, loc, short, weekday) + (loc.list_sep if short else loc.at) + _time(p, seconds)
    if offset:
        zone = _offset(p.offset or 0)
        text += f" ({LRI}{zone}{PDI})" if is_rtl(language) else f" ({zone})"
    return text


# --------------------------------------------------------------------------- numbers and sizes


def number_text(n: int, language: str = DEFAULT) -> str:
    """A whole number with the language's thousands separator: "1,536" (Polish "1536", "15\u00a0360")."""
    loc = _loc(language)
    n = int(n)
    if abs(n) < loc.group_from:
        return str(n)
    return f"{n:,}".replace(",", loc.group)


def _bytes_word(n: int, language: str) -> str:
    if language == "pl":
        n = abs(n)
        if n == 1:
            return "bajt"
        return "bajty" if n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14) else "bajtów"
    if language == "cy":
        return "beit"
    if language == "ur":
        return "بائٹ"
    return "byte" if n == 1 else "bytes"


def bytes_text(n: int, language: str = DEFAULT) -> str:
    """An exact number of bytes: "1 byte", "1,536 bytes" (Welsh "1,536 beit", Polish "1536 bajtów")."""
    n = int(n)
    return f"{number_text(n, language)} {_bytes_word(n, language)}"


def size_text(n: int, language: str = DEFAULT, *, exact: bool = False) -> str:
    """A file size as a person reads it: "512 bytes", "1.5 KB", "15 KB", "2 MB" (1 KB = 1024 bytes; one
    decimal below 10, none above; Polish "1,5 kB"). ``exact`` adds the bytes: "1.5 KB (1,536 bytes)"."""
    n = int(n)
    if n < 1024:  # never grouped: "1000 bytes"
        return f"{n} {_bytes_word(n, language)}"
    loc = _loc(language)
    value, unit = float(n), 0
    value /= 1024
    while unit < len(loc.units) - 1 and round(value, 1 if value < 10 else 0) >= 1024:
        value /= 1024
        unit += 1
    if round(value, 1) < 10:
        text = f"{value:.1f}".removesuffix(".0").replace(".", loc.decimal)
    else:
        text = number_text(round(value), language)
    shown = f"{text} {loc.units[unit]}"
    return f"{shown} ({bytes_text(n, language)})" if exact else shown


# --------------------------------------------------------------------------- contacts

#: The fields ``contact_field`` can label.
CONTACT_FIELDS = ("phone", "web", "email", "hours", "who", "note")
_ADDRESSES = ("phone", "web", "email")  # always read left to right
# Control characters and bidi embeddings/overrides/isolates in a contact's text could hide or reorder the words
# around them: dropped. Line breaks and tabs become spaces.
_UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]")


def _clean(value: str) -> str:
    return " ".join(_UNSAFE.sub("", str(value)).split())


def web_address_text(url: str) -> str:
    """A web address as printed or shown on a button: without ``https://`` (or ``http://``) and a final "/":
    "https://www.example.org/help/" -> "www.example.org/help". Nothing else is cut, however long."""
    text = _clean(url)
    lower = text.lower()
    for scheme in ("https://", "http://"):
        if lower.startswith(scheme):
            text = text[len(scheme):]
            break
    return text.rstrip("/") or text


def _value(kind: str, value: str, language: str) -> str:
    """In a right-to-left language an address reads left to right; other text (perhaps still English) in its
    own direction, with its numbers and addresses left to right."""
    text = web_address_text(value) if kind == "web" else _clean(value)
    if is_rtl(language):
        return f"{LRI}{text}{PDI}" if kind in _ADDRESSES else f"{FSI}{isolate_ltr(text)}{PDI}"
    return text


def contact_field(kind: str, value: str, language: str = DEFAULT) -> str:
    """One labelled contact detail, plain text: "Phone: 0808 800 5000", "Website: example.org/help",
    "Email: …", "Hours: …", "Who it is for: …", "Please check: …" (``kind`` one of ``CONTACT_FIELDS``). Hours
    with no value say so: "Opening hours not known."."""
    if kind not in CONTACT_FIELDS:
        raise ValueError(f"Unknown contact field: {kind!r}")
    if kind == "hours" and not _clean(value):
        return _loc(language).labels["no_hours"]
    return f"{_loc(language).labels[kind]}: {_value(kind, value, language)}"


def contact_field_html(kind: str, value: str, language: str = DEFAULT) -> str:
    """``contact_field`` made safe for rich text (the label and the value escaped)."""
    return html.escape(contact_field(kind, value, language), quote=True)


def reviewed_text(day: date, language: str = DEFAULT) -> str:
    """Honest about where a contact's details come from: "As published by the service. Last reviewed: 7 December
    2026." (the date is when we reviewed what the service publishes)."""
    return _loc(language).labels["reviewed"].format(date=date_text(day, language))


def check_details_text(language: str = DEFAULT) -> str:
    """The warning on details not fully verified: "Please check these details before you rely on them."."""
    return _loc(language).labels["check"]


def contact_text(contact: Any, language: str = DEFAULT) -> str:
    """Everything about a contact as plain sentences (what a screen reader reads for its card): what it is for,
    who it is for, phone, text, website, email, hours, its note, when it was reviewed."""
    loc = _loc(language)
    rtl = is_rtl(language)
    parts = [_clean(contact.for_), _clean(contact.who)]
    if rtl:
        parts = [f"{FSI}{isolate_ltr(p)}{PDI}" if p else "" for p in parts]
    if contact.phone:
        parts.append(contact_field("phone", contact.phone, language))
    if contact.text:
        parts.append(_value("text", contact.text, language))
    if contact.web:
        parts.append(contact_field("web", contact.web, language))
    if contact.email:
        parts.append(contact_field("email", contact.email, language))
    if contact.hours:
        parts.append(contact_field("hours", contact.hours, language))
    if contact.note:
        parts.append(contact_field("note", contact.note, language) if contact.confidence != "verified"
                     else _value("note", contact.note, language))
    parts.append(reviewed_text(contact.last_checked, language))
    ends = (".", "?", "!", "۔", "؟")
    return " ".join(p if p.removesuffix(PDI).endswith(ends) else p + loc.full_stop for p in parts if p)
