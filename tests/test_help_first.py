"""The start page is help: first steps, the emergency number and the numbers to call, for the chosen or guessed
place, on the first screen at 1024x768 (iia_help.first_help, ui/help_first.py)."""

from __future__ import annotations

import re

import pytest

from iia_help.contacts import REGIONS, load_contacts
from iia_help.first_help import current_place, emergency_lines, who_to_call_for
from iia_help.region_guess import UK
from iia_help.ui import guidance_page as gp
from iia_help.ui import help_first

PLACES = [*REGIONS, UK, ""]
EMERGENCY = {"us": "911", "canada": "911", "australia": "000", "ireland": "999 or 112", "elsewhere": None, "": None}
CRISIS = {"us": "988", "canada": "9-8-8", "australia": "13 11 14", "ireland": "116 123"}


def test_the_chosen_place_wins_then_the_guess():
    assert current_place("scotland", UK) == current_place("scotland", "")
    assert not current_place("scotland", UK).guessed
    assert current_place("", UK).region == UK and current_place("", UK).guessed
    assert current_place("", "us").label == "the United States"
    assert current_place("nonsense", "garbage").region == ""


def test_uk_wide_numbers_when_the_nation_is_not_known():
    d = load_contacts()
    shown = who_to_call_for(d, UK, "sextortion", None)
    assert shown and all(all(c.applies_to(r) for r in ("scotland", "northern-ireland")) for c in shown)
    assert "revenge-porn-helpline" in [c.id for c in shown]
    assert emergency_lines(d, UK) == [("", "999")]


def test_with_no_place_every_emergency_number_says_its_country():
    lines = emergency_lines(load_contacts(), "")
    assert len(lines) >= 4 and all(label for label, _n in lines)
    html = help_first.danger_html(load_contacts(), current_place("", ""))
    for words in ("UK: <strong>999<", "Ireland: <strong>999 or 112", "US and Canada: <strong>911",
                  "Australia: <strong>000"):
        assert words in html, html


def _first_screen_text(guidance) -> str:
    """The text inside the reading view's first screen, as drawn."""
    browser = guidance.browser
    layout = browser.document().documentLayout()
    height = browser.viewport().height()
    out = []
    block = browser.document().begin()
    while block.isValid():
        rect = layout.blockBoundingRect(block)
        if rect.bottom() - browser.verticalScrollBar().value() <= height:
            out.append(block.text())
        block = block.next()
    return "\n".join(out)


@pytest.mark.parametrize("place", PLACES)
@pytest.mark.parametrize("age", ["", "adult", "under-18"])
def test_home_shows_first_steps_and_numbers_on_the_first_screen(qtbot, main_window, ctx, place, age):
    ctx.settings.region = place if place in REGIONS else ""
    ctx.region_guess = UK if place == UK else ""
    ctx.settings.age_group = age
    main_window.resize(1024, 768)
    guidance = main_window.navigate("guidance")
    guidance.open_page("home")
    qtbot.waitUntil(lambda: guidance.browser.viewport().height() > 300)
    html = guidance.current_html()
    first = _first_screen_text(guidance).replace("\u00a0", " ").replace("\u2011", "-")
    assert "Do not pay." in first and "Do not delete anything." in first and "You are not to blame." in first
    assert first.count("In danger now?") == 1 and html.count("In danger now") == 1  # the danger line once
    emergency = EMERGENCY.get(place, "999")
    if emergency:
        assert f"In danger now? Call {emergency}." in first, first
    if place and place != "elsewhere":
        assert "Who to call" in first and "More services" in first, first
        crisis = CRISIS.get(place, "116 123")
        assert crisis in first, first
        if place in ("england", "england-wales", "scotland", "wales", "northern-ireland", UK):
            want = "0800 1111" if age == "under-18" else "0345 6000 459"
            assert want in first
            if age == "adult":
                assert "Childline" not in first
    if place == "":
        assert "UK: 999; Ireland: 999 or 112" in first and 'href="app:place"' in html
    # Words before the first steps stay few: the title and the danger line.
    before = re.sub(r"<[^>]+>", " ", html.split('id="first-steps"', 1)[0])
    assert len(before.split()) <= (40 if place == "" else 25), before


def test_home_numbers_follow_the_age_and_leave_the_police_to_the_police_page(ctx):
    d = load_contacts()
    region = next(r for r in ("england", "england-wales") if r in REGIONS)
    place = current_place(region, "")
    unknown = [c.id for c in help_first.home_contacts(d, place, None)]
    assert unknown[:2] == ["childline", "revenge-porn-helpline"] and "uk-police-101" not in unknown
    assert unknown[-1] == "samaritans"
    assert "childline" not in [c.id for c in help_first.home_contacts(d, place, "adult")]
    young = [c.id for c in help_first.home_contacts(d, place, "under-18")]
    assert young[0] == "childline" and "revenge-porn-helpline" not in young


def test_the_place_line_says_when_it_is_a_guess():
    assert "a guess" in help_first.place_html(current_place("", UK))
    assert "a guess" not in help_first.place_html(current_place("scotland", ""))
    assert 'href="app:place"' in help_first.place_html(current_place("", ""))
    assert "the UK" in gp.who_to_call_html([], UK)
