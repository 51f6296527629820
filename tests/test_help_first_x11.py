"""Help first, read as a person (or a screen reader) meets it: the real app on a real X display at 1024x768,
started fresh with a British language and time zone, its first screen read through the accessibility tree
(slow: Xvfb, D-Bus, AT-SPI; see tests/test_atspi.py)."""

from __future__ import annotations

import pytest

from iia_help.contacts import REGIONS
from test_atspi import walk_app

pytestmark = pytest.mark.slow

UK_ENV = {"LANG": "en_GB.UTF-8", "LC_ALL": "", "LC_MESSAGES": "", "TZ": "Europe/London"}
RPH = "0345\u00a06000\u00a0459"
CHILDLINE = "0800\u00a01111"
LAST = "How the contacts list works"  # the start page's last line: below the fold
READ = [{"wait": ".guidanceText"}, {"text": ".guidanceText"},
        {"where": ".guidanceText", "find": ["Do not pay", RPH, CHILDLINE, LAST]},
        {"walk": "first screen"}, {"press": ".quickExit"}]


def on_screen(report: dict, text: str) -> bool:
    """Drawn inside the reading view's box (so inside the window and the 1024x768 screen), not scrolled away."""
    x, y, w, h = report["where"]["_object"]
    box = report["where"][text]
    assert box is not None, text
    cx, cy, cw, ch = box
    assert w > 0 and h > 0 and cw > 0 and ch > 0, report["where"]  # real boxes, not an empty answer
    return x <= cx and cx + cw <= x + w and y <= cy and cy + ch <= y + h and cy + ch <= 768


def _text(report: dict) -> str:
    return report["texts"][".guidanceText"]


def test_a_first_time_user_reads_the_first_steps_and_the_number_before_any_click(tmp_path, isolated_user_dirs):
    report = walk_app(tmp_path, {**isolated_user_dirs, **UK_ENV}, READ, None)
    text = _text(report)
    assert "Do not pay" in text and RPH in text, text[:600]
    assert on_screen(report, "Do not pay") and on_screen(report, RPH), report["where"]
    assert not on_screen(report, LAST)  # the check can tell: the end of the page is not on the first screen
    # The first steps come first, the number right after them, and the questions wait at the foot.
    assert text.index("Do not pay") < text.index(RPH) < text.index("What is happening?")
    ids = [c["id"] for c in report["walks"]["first screen"]]
    assert any(i.endswith(".question_yes") for i in ids)  # the shared-computer question is there, not in the way
    assert not any("firstRunDialog" in i for i in ids)


def test_an_under_18_finds_childline_with_no_choice_at_all(tmp_path, isolated_user_dirs):
    report = walk_app(tmp_path, {**isolated_user_dirs, **UK_ENV}, READ, None)
    text = _text(report)
    assert CHILDLINE in text and text.index(CHILDLINE) < text.index("What is happening?")
    assert on_screen(report, CHILDLINE), report["where"]


def test_a_returning_user_with_the_plain_start_page_gets_help_after_one_click(tmp_path, isolated_user_dirs):
    region = "england" if "england" in REGIONS else "england-wales"
    settings = {"region": region, "audience": "self", "intro_done": True, "start_screen": "notes"}
    script = [{"wait": ".coverContinue"}, {"press": ".coverContinue"}, *READ]
    report = walk_app(tmp_path, {**isolated_user_dirs, **UK_ENV}, script, settings)
    text = _text(report)
    assert "Do not pay" in text and RPH in text, text[:600]
    assert on_screen(report, "Do not pay") and on_screen(report, RPH), report["where"]

