"""The place guessed from the computer's language and time zone (iia_help.region_guess): core, no Qt."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from iia_help.contacts import REGIONS
from iia_help.region_guess import UK, guess_region, region_label, system_locale_and_zone

WALES = "wales" if "wales" in REGIONS else "england-wales"

CASES = [
    # (locale, time zone, expected region)
    ("en_GB.UTF-8", "Europe/London", UK),
    ("en_GB", "Europe/London", UK),
    ("en-GB", "Europe/London", UK),
    ("en_GB.utf8@euro", ":Europe/London", UK),
    ("en_GB.UTF-8", "/usr/share/zoneinfo/Europe/London", UK),
    ("en_GB.UTF-8", "../zoneinfo/posix/Europe/London", UK),
    ("en_US.UTF-8", "Europe/London", UK),  # the zone says where the computer is
    ("C.UTF-8", "GB", UK),
    ("pl_PL.UTF-8", "Europe/London", UK),
    ("cy_GB.UTF-8", "Europe/London", WALES),
    ("cy_GB.UTF-8", "", WALES),
    ("gd_GB.UTF-8", "Europe/London", "scotland"),
    ("en_GB.UTF-8", "Europe/Belfast", "northern-ireland"),
    ("en_GB.UTF-8", "", UK),
    ("en_GB.UTF-8", "UTC", UK),
    ("en_GB.UTF-8", "Etc/UTC", UK),
    ("en_GB.UTF-8", "Europe/Dublin", "ireland"),
    ("en_IE.UTF-8", "Europe/Dublin", "ireland"),
    ("ga_IE", "", "ireland"),
    ("en_IE.UTF-8", "UTC", "ireland"),
    ("en_US.UTF-8", "America/New_York", "us"),
    ("es_US.UTF-8", "America/Los_Angeles", "us"),
    ("en_US.UTF-8", "America/Indiana/Indianapolis", "us"),
    ("en_US.UTF-8", "Pacific/Honolulu", "us"),
    ("en_US.UTF-8", "US/Eastern", "us"),
    ("en_US.UTF-8", "", ""),  # the default of countless computers: no guess
    ("en_US.UTF-8", "UTC", ""),
    ("en_CA.UTF-8", "America/Toronto", "canada"),
    ("fr_CA.UTF-8", "America/Montreal", "canada"),
    ("fr_CA.UTF-8", "", "canada"),
    ("en_US.UTF-8", "America/Vancouver", "canada"),
    ("en_AU.UTF-8", "Australia/Sydney", "australia"),
    ("en_GB.UTF-8", "Australia/Perth", "australia"),
    ("en_AU.UTF-8", "", "australia"),
    ("en_GB.UTF-8", "Europe/Paris", "elsewhere"),  # a British person in France needs France's numbers
    ("fr_FR.UTF-8", "Europe/Paris", "elsewhere"),
    ("de_DE.UTF-8", "", "elsewhere"),
    ("hi_IN.UTF-8", "Asia/Kolkata", "elsewhere"),
    ("en_US.UTF-8", "America/Mexico_City", "elsewhere"),
    ("en_GB.UTF-8", "Europe/Jersey", "elsewhere"),  # not part of the UK
    ("es_419.UTF-8", "", ""),  # a region number, not a country
    ("C", "", ""),
    ("POSIX", "", ""),
    ("", "", ""),
    ("", "UTC", ""),
    ("", "EST", ""),  # too vague
    ("", "Europe/London", UK),
]


@pytest.mark.parametrize(("loc", "tz", "want"), CASES)
def test_guesses_from_language_and_time_zone(loc, tz, want):
    assert guess_region(loc, tz).region == want


def test_the_split_is_respected_when_regions_have_no_wales():
    old = {"england-wales": "England and Wales", "scotland": "Scotland"}
    assert guess_region("cy_GB", "Europe/London", old).region == "england-wales"
    assert guess_region("en_GB", "Europe/London", old).region == UK
    assert guess_region("en_US", "America/New_York", old).region == ""  # not a region this list knows


def test_it_says_what_the_guess_rests_on():
    assert guess_region("en_GB.UTF-8", "Europe/London").why == "time zone and language"
    assert guess_region("fr_FR", "Europe/London").why == "time zone"
    assert guess_region("en_GB", "").why == "language"
    assert guess_region("en_GB", "Europe/London").is_uk and not guess_region("en_IE", "").is_uk


HOSTILE = [
    None, 0, 3.5, b"en_GB", b"\xff\xfe", ["en_GB"], {"tz": 1}, object(), "en_GB\x00", "Europe/London\n\x1b[31m",
    "../../etc/passwd", "/etc/shadow", "Europe/../../../etc/passwd", "x" * 10_000, "en_GB" + "\u202e",
    "Europe/London; rm -rf /", "\ud800", "America/New_York/../../..", "Europe//London", "/", ":", "@", ".", "_GB",
]


@pytest.mark.parametrize("bad", HOSTILE, ids=[f"bad{i}" for i in range(len(HOSTILE))])
def test_hostile_values_never_raise_and_never_guess_from_garbage(bad):
    for loc, tz in ((bad, ""), ("", bad), (bad, bad)):
        g = guess_region(loc, tz)
        assert g.region in (*REGIONS, UK, "")
    # Garbage never turns into a place on its own (bytes are decoded: b"en_GB" is a real locale).
    if bad is not None and not isinstance(bad, bytes):
        assert guess_region(bad, "").region in ("", "elsewhere")
        assert guess_region("", bad).region == ""


@given(st.text(max_size=300), st.text(max_size=300))
def test_any_text_gives_a_known_answer(loc, tz):
    assert guess_region(loc, tz).region in (*REGIONS, UK, "")


def test_labels_read_in_a_sentence():
    assert region_label(UK) == "the UK"
    assert region_label("us") == "the United States"
    assert region_label("scotland") == "Scotland"
    assert region_label("elsewhere") == "somewhere else"
    assert region_label("nowhere") == ""


def test_system_values_come_from_the_environment_in_the_c_librarys_order():
    env = {"LANG": "en_US.UTF-8", "LC_MESSAGES": "cy_GB.UTF-8", "TZ": ":Europe/London"}
    assert system_locale_and_zone(env) == ("cy_GB.UTF-8", ":Europe/London")
    env["LC_ALL"] = "en_GB.UTF-8"
    assert system_locale_and_zone(env)[0] == "en_GB.UTF-8"
    assert guess_region(*system_locale_and_zone(env)).region == UK
