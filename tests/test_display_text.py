"""The one module that writes dates, sizes and contact details for a reader (iia_help.display_text)."""

from __future__ import annotations

import ast
import datetime as dt
import html
import re
import time
from pathlib import Path

import pytest

from iia_help.contacts import Contact
from iia_help.display_text import (
    bytes_text,
    check_details_text,
    contact_field,
    contact_field_html,
    contact_text,
    date_text,
    date_time_text,
    number_text,
    reviewed_text,
    size_text,
    time_text,
    utc_offset_text,
    web_address_text,
)
from iia_help.language import LRI, PDI

FSI = "\u2068"

SRC = Path(__file__).resolve().parents[1] / "src" / "iia_help"
BST = dt.timezone(dt.timedelta(hours=1))
WED = dt.datetime(2024, 5, 1, 21, 30, 5, tzinfo=BST)  # a Wednesday


# --------------------------------------------------------------------------- dates


def test_english_dates_read_as_before():
    assert date_text(dt.date(2026, 12, 7)) == "7 December 2026"
    assert date_text(dt.date(2026, 12, 7), short=True) == "7 Dec 2026"
    assert date_time_text(WED, weekday=True, tz=BST) == "Wed 1 May 2024, 21:30"  # the journal's lists
    assert date_time_text(WED, tz=BST) == "1 May 2024, 21:30"  # the report's timeline
    assert date_time_text(WED, seconds=True, offset=True, tz=BST) == "1 May 2024, 21:30:05 (UTC+01:00)"
    assert date_time_text(WED, short=False, weekday=True, tz=BST) == "Wednesday 1 May 2024 at 21:30"
    assert time_text(WED, tz=BST) == "21:30" and time_text(WED, seconds=True, tz=BST) == "21:30:05"
    assert time_text(WED, weekday=True, tz=BST) == "Wednesday at 21:30"


def test_welsh_polish_and_urdu_dates():
    day = dt.date(2026, 12, 7)  # a Monday
    assert date_text(day, "cy") == "7 Rhagfyr 2026"
    assert date_text(day, "cy", weekday=True) == "Dydd Llun, 7 Rhagfyr 2026"
    assert date_text(day, "pl") == "7 grudnia 2026"  # the month in the genitive, as in a date
    assert date_text(day, "pl", short=True, weekday=True) == "pon., 7 gru 2026"
    assert date_text(day, "ur") == "7 دسمبر، 2026"
    assert date_time_text(WED, "cy", short=False, tz=BST) == "1 Mai 2024 am 21:30"
    assert date_time_text(WED, "pl", short=False, tz=BST) == "1 maja 2024 o 21:30"
    assert date_time_text(WED, "pl", weekday=True, tz=BST) == "śr., 1 maj 2024, 21:30"
    urdu = date_time_text(WED, "ur", offset=True, tz=BST)
    assert urdu == f"1 مئی، 2024، 21:30 ({LRI}UTC+01:00{PDI})"  # the offset kept left to right
    assert re.fullmatch(r"[\x00-\x7f\u0600-\u06ff\u2066-\u2069]+", urdu)  # Western digits, never Urdu ones


def test_an_unknown_language_is_english():
    assert date_text(dt.date(2026, 1, 2), "xx") == "2 January 2026"
    assert size_text(1536, "") == "1.5 KB"


def test_every_month_and_weekday_has_a_name_in_every_language():
    for language in ("en", "cy", "pl", "ur"):
        months = {date_text(dt.date(2025, m, 1), language) for m in range(1, 13)}
        short = {date_text(dt.date(2025, m, 1), language, short=True) for m in range(1, 13)}
        days = {date_text(dt.date(2025, 6, d), language, weekday=True) for d in range(2, 9)}
        assert len(months) == len(short) == 12 and len(days) == 7, language


def test_naive_and_aware_datetimes_and_the_computers_zone(monkeypatch):
    monkeypatch.setenv("TZ", "Europe/London")
    time.tzset()
    try:
        summer = dt.datetime(2024, 7, 1, 12, 0, tzinfo=dt.UTC)
        winter = dt.datetime(2024, 1, 1, 12, 0, tzinfo=dt.UTC)
        assert date_time_text(summer, seconds=True, offset=True) == "1 Jul 2024, 13:00:00 (UTC+01:00)"
        assert date_time_text(winter, seconds=True, offset=True) == "1 Jan 2024, 12:00:00 (UTC+00:00)"
        naive = dt.datetime(2024, 7, 1, 12, 0)  # taken as the computer's local time, as astimezone() does
        assert date_time_text(naive, offset=True) == "1 Jul 2024, 12:00 (UTC+01:00)"
        assert utc_offset_text(summer) == "UTC+01:00"
        # the day is the local one: just before midnight UTC is already the next day in London in summer
        assert date_text(dt.datetime(2024, 7, 1, 23, 30, tzinfo=dt.UTC), short=True) == "2 Jul 2024"
    finally:
        monkeypatch.undo()
        time.tzset()


def test_given_zones_and_negative_and_half_hour_offsets():
    india = dt.timezone(dt.timedelta(hours=5, minutes=30))
    newfoundland = dt.timezone(-dt.timedelta(hours=3, minutes=30))
    t = dt.datetime(2024, 12, 31, 22, 0, tzinfo=dt.UTC)
    assert date_time_text(t, offset=True, tz=india) == "1 Jan 2025, 03:30 (UTC+05:30)"
    assert date_time_text(t, offset=True, tz=newfoundland) == "31 Dec 2024, 18:30 (UTC-03:30)"
    assert utc_offset_text(t, tz=newfoundland) == "UTC-03:30"


def test_the_ends_of_time_never_raise():
    for value in (dt.datetime.min, dt.datetime.max, dt.datetime.min.replace(tzinfo=dt.UTC),
                  dt.datetime.max.replace(tzinfo=dt.UTC)):
        for tz in (None, dt.UTC, dt.timezone(dt.timedelta(hours=14)), dt.timezone(-dt.timedelta(hours=12))):
            text = date_time_text(value, seconds=True, offset=True, tz=tz)
            assert re.search(r"\b(1|9999|10000)\b", text) or "Dec" in text or "Jan" in text, text
    assert date_text(dt.date.min) == "1 January 1" and date_text(dt.date.max, "pl") == "31 grudnia 9999"


# --------------------------------------------------------------------------- sizes


@pytest.mark.parametrize(("n", "text"), [
    (0, "0 bytes"), (1, "1 byte"), (2, "2 bytes"), (1000, "1000 bytes"), (1023, "1023 bytes"), (1024, "1 KB"),
    (1536, "1.5 KB"),
    (10 * 1024 - 1, "10 KB"), (15 * 1024, "15 KB"), (1024 * 1024 - 1, "1 MB"), (25 * 1024**2, "25 MB"),
    (5 * 1024**3, "5 GB"), (3 * 1024**4, "3 TB"), (2**70, "1,073,741,824 TB"),
])
def test_sizes_in_english(n, text):
    assert size_text(n) == text


def test_exact_sizes_say_the_bytes_once_and_agree_about_one_byte():
    assert size_text(1, exact=True) == "1 byte"  # the report used to say "1 bytes"
    assert size_text(512, exact=True) == "512 bytes"
    assert size_text(1536, exact=True) == "1.5 KB (1,536 bytes)"
    assert size_text(15360, exact=True) == "15 KB (15,360 bytes)"
    assert bytes_text(-3) == "-3 bytes" and size_text(-3) == "-3 bytes"  # a hostile size is shown, not hidden
    assert size_text(True) == "1 byte"


def test_sizes_in_welsh_polish_and_urdu():
    assert size_text(1, "cy") == "1 beit" and size_text(1536, "cy") == "1.5 kB"
    assert [bytes_text(n, "pl") for n in (1, 2, 5, 12, 22, 25, 104, 112)] == [
        "1 bajt", "2 bajty", "5 bajtów", "12 bajtów", "22 bajty", "25 bajtów", "104 bajty", "112 bajtów"]
    assert size_text(1536, "pl") == "1,5 kB"  # a decimal comma
    assert size_text(15360, "pl", exact=True) == "15 kB (15\u00a0360 bajtów)"  # grouped with a space from 10 000
    assert number_text(1536, "pl") == "1536" and number_text(1536) == "1,536"
    assert size_text(1536, "ur") == "1.5 کلو بائٹ"
    assert size_text(2**70, "pl") == "1\u00a0073\u00a0741\u00a0824 TB"


# --------------------------------------------------------------------------- contacts


def _contact(**kw) -> Contact:
    base = dict(id="x", name="A Line", for_="Help for anyone.", who="Adults", regions=("england",),
                needs=("adult",), phone="0808 800 5000", text="", web="https://www.example.org/help/",
                email="help@example.org", hours="Every day, 9am to 5pm.", last_checked=dt.date(2026, 11, 23),
                confidence="verified", priority=10, note="")
    base.update(kw)
    return Contact(**base)


def test_one_short_form_for_every_web_address():
    assert web_address_text("https://www.example.org/help/") == "www.example.org/help"
    assert web_address_text("http://example.org") == "example.org"
    assert web_address_text("HTTPS://Example.org/") == "Example.org"
    assert web_address_text("https://example.org/a/b?c=d#e") == "example.org/a/b?c=d#e"
    long = "https://example.org/" + "a" * 5000 + "/"
    assert web_address_text(long) == long[8:-1]  # nothing of a long address is cut or hidden
    assert web_address_text("https:///") == "/"


def test_contact_fields_in_english_as_the_cards_show_them():
    c = _contact()
    assert contact_field("phone", c.phone) == "Phone: 0808 800 5000"
    assert contact_field("web", c.web) == "Website: www.example.org/help"
    assert contact_field("email", c.email) == "Email: help@example.org"
    assert contact_field("hours", c.hours) == "Hours: Every day, 9am to 5pm."
    assert contact_field("hours", "  ") == "Opening hours not known."
    assert contact_field("who", c.who) == "Who it is for: Adults"
    assert contact_field("note", "Call first.") == "Please check: Call first."
    assert reviewed_text(c.last_checked) == "As published by the service. Last reviewed: 23 November 2026."
    assert check_details_text() == "Please check these details before you rely on them."
    with pytest.raises(ValueError):
        contact_field("password", "x")


def test_the_screen_reader_summary_of_a_card():
    c = _contact(note="Hours vary", confidence="partly", text="Text 85258")
    assert contact_text(c) == (
        "Help for anyone. Adults. Phone: 0808 800 5000. Text 85258. Website: www.example.org/help. "
        "Email: help@example.org. Hours: Every day, 9am to 5pm. Please check: Hours vary. "
        "As published by the service. Last reviewed: 23 November 2026.")
    verified = contact_text(_contact(note="Free from mobiles", who="", email=""))
    assert "Free from mobiles." in verified and "Please check" not in verified and ". ." not in verified


def test_in_urdu_numbers_and_addresses_stay_left_to_right():
    c = _contact()
    assert contact_field("phone", c.phone, "ur") == f"فون: {LRI}0808 800 5000{PDI}"
    assert contact_field("web", c.web, "ur") == f"ویب سائٹ: {LRI}www.example.org/help{PDI}"
    assert contact_field("email", c.email, "ur") == f"ای میل: {LRI}help@example.org{PDI}"
    hours = contact_field("hours", "24 hours, call 0808 800 5000", "ur")
    assert hours.startswith(f"اوقات: {FSI}") and hours.endswith(PDI)  # English text keeps its own direction
    assert f"{LRI}0808 800 5000{PDI}" in hours and f"{LRI}24{PDI}" in hours
    summary = contact_text(c, "ur")
    assert summary.count(LRI) + summary.count(FSI) == summary.count(PDI) >= 3
    assert f"{LRI}help@example.org{PDI}۔" in summary
    assert re.search(r"[\u06f0-\u06f9\u0660-\u0669]", summary) is None  # never Eastern Arabic digits


def test_welsh_and_polish_labels():
    c = _contact()
    assert contact_field("phone", c.phone, "cy") == "Ffôn: 0808 800 5000"
    assert contact_field("web", c.web, "pl") == "Strona internetowa: www.example.org/help"
    assert reviewed_text(c.last_checked, "cy").endswith("23 Tachwedd 2026.")
    assert reviewed_text(c.last_checked, "pl").endswith("23 listopada 2026.")


HOSTILE = [
    "<script>alert(1)</script>", "\u202eevil.com/\u202c", "line\nbreak\r\tand\x00nul\x1b[31m", "\u2066\u2069" * 3,
    "a" * 100_000, "&amp;<b>bold</b>", "\ufeffzero\u200fwidth",
]


@pytest.mark.parametrize("value", HOSTILE)
def test_hostile_contact_text_cannot_reorder_or_break_out(value):
    # (Urdu only up to 4,000 characters: language.isolate_ltr's pattern takes time quadratic in a word's length)
    for language in ("en", "ur") if len(value) <= 4000 else ("en",):
        for kind in ("phone", "web", "email", "hours", "who", "note"):
            plain = contact_field(kind, value, language)
            label, _, rest = plain.partition(": ")
            inner = rest.removeprefix(LRI).removesuffix(PDI) if kind in ("phone", "web", "email") else rest
            assert not re.search(r"[\x00-\x1f\x7f\u202a-\u202e\u200f\ufeff]", plain)
            assert LRI not in inner.replace(LRI + PDI, "") or language == "ur"  # only the app's own isolates
            assert plain.count(LRI) + plain.count(FSI) == plain.count(PDI)
            rich = contact_field_html(kind, value, language)
            assert "<" not in rich and ">" not in rich and html.unescape(rich) == plain
    c = _contact(name=value, for_=value, who=value, phone=value, web=value, email=value, hours=value, note=value,
                 text=value)
    for language in ("en", "ur") if len(value) <= 4000 else ("en",):
        summary = contact_text(c, language)
        assert "\n" not in summary and "\u202e" not in summary
        assert summary.count(LRI) + summary.count(FSI) == summary.count(PDI)


# --------------------------------------------------------------------------- one place


def test_nothing_else_formats_dates_sizes_or_web_addresses():
    """The copies this module replaced stay gone: month names by strftime (which follows the C library's locale,
    so a Polish computer put Polish months into English sentences), hand-made byte counts, https:// cut off by
    hand."""
    found = []
    for path in SRC.rglob("*.py"):
        if path.name == "display_text.py":
            continue
        text = path.read_text("utf-8")
        for pattern in (r"%[bBaA]", r"\}\s*bytes?\b", r"removeprefix\(['\"]https?://", r"tm_mon - 1\]"):
            for m in re.finditer(pattern, text, re.MULTILINE):
                found.append(f"{path.relative_to(SRC)}: {text[max(0, m.start() - 30):m.end() + 10]!r}")
    assert found == []


def test_the_module_is_core_code_without_qt():
    tree = ast.parse((SRC / "display_text.py").read_text("utf-8"))
    imported = {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
    imported |= {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
    assert not any("PySide6" in (m or "") for m in imported)
