"""What a screen reader (Orca) meets, through AT-SPI on a real X11 display (slow: Xvfb, D-Bus, at-spi2-core).

The app runs under Xvfb inside ``dbus-run-session`` with Qt's AT-SPI bridge on; ``tests/atspi_walk.py`` runs with
the system python3 (python3-pyatspi is a Debian package, not in the venv), starts the app, drives it through AT-SPI
actions and reports every focusable control it meets. Every step waits by polling the tree, never by sleeping.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPO, subprocess_env

sys.path.insert(0, str(REPO / "benchmarks"))
from xdisplay import private_display  # noqa: E402  (one Xvfb starter for tests, benchmarks, packaging)

pytestmark = pytest.mark.slow

SYSTEM_PYTHON = "/usr/bin/python3"
WALKER = Path(__file__).with_name("atspi_walk.py")

# Roles a focusable control may have. "filler" and "panel" only where named below (a container that hands the
# focus to a named field, a contact card read as one entry); an unnamed one is the "focusable filler" gap.
ROLES = {"push button", "toggle button", "check box", "radio button", "combo box", "text", "password text",
         "spin button", "list", "list item", "table", "table cell", "tree", "tree table", "page tab", "label",
         "link", "slider", "menu item", "document text", "document frame", "paragraph", "heading"}
CONTAINER_OK = {"panel": ("contactCard", "emergencyBanner"), "filler": ("panicKeyEdit",)}

# Controls whose role is known for sure: object-name suffix -> what a screen reader must hear.
EXPECTED = {
    ".quickExit": {"push button"},
    ".nav_guidance": {"push button"}, ".nav_contacts": {"push button"},
    ".nav_journal": {"push button"}, ".nav_settings": {"push button"},
    ".endSession": {"push button"}, ".guestHandouts": {"push button"},
    ".presentationToggle": {"check box", "toggle button"},
    ".guidanceSearch": {"text"}, ".wipeConfirm": {"text"},
    ".qt_keysequenceedit_lineedit": {"text"}, ".windowTitle.QLineEdit": {"text"},
    ".region": {"combo box"}, ".autolockMinutes": {"spin button"},
    ".largeText": {"check box"}, ".highContrast": {"check box"}, ".tripleShift": {"check box"},
    ".afterPanic_quit": {"radio button"},
    ".handoutRegion": {"combo box"}, ".handoutNeed": {"combo box"}, ".handoutPage": {"combo box"},
}

SECTIONS = [
    {"press": ".nav_contacts"}, {"wait": ".page_contacts"}, {"walk": "contacts"},
    {"press": ".nav_journal"}, {"wait": ".page_journal"}, {"walk": "journal"},
    {"press": ".nav_settings"}, {"wait": ".page_settings"}, {"wait": ".supportWorkerPanel"}, {"walk": "settings"},
    {"press": ".nav_guidance"}, {"wait": ".page_guidance"},
]

FIRST_VISIT = [  # a new computer: help at once, the optional questions at the foot, then every section
    {"wait": ".guidanceText", "name": "Guidance page: Help now"}, {"wait": ".firstQuestions"},
    {"walk": "first-run questions"},
    {"press": ".question_no"}, {"press": ".question_self"}, {"press": ".question_adult"}, {"gone": ".firstQuestions"},
    {"wait": ".page_guidance"}, {"wait": ".guidanceText", "name": "Guidance page: Help now"},
    {"walk": "guidance"}, {"text": ".guidanceText"},
    *SECTIONS,
    {"press": ".quickExit"},
]

CENTRE_VISIT = [  # a drop-in centre: a guest session, its handouts dialog and the End session question
    {"wait": ".guestBar"}, {"wait": ".guidanceText", "name": "Guidance page: Help now"},
    {"walk": "guest: guidance"},
    *SECTIONS[:6],
    {"press": ".guestHandouts"}, {"wait": ".handoutDialog"}, {"wait": ".handoutPreview"},
    {"walk": "handouts dialog"},
    {"press": ".QPushButton", "name": "Close", "within": "handoutDialog"}, {"gone": ".handoutDialog"},
    {"press": ".endSession"}, {"wait": ".endSessionConfirm"}, {"walk": "End session dialog"},
    {"press": ".QPushButton", "name": "Cancel", "within": "endSessionConfirm"}, {"gone": ".endSessionConfirm"},
    {"press": ".quickExit"},
]


def walk_app(tmp_path: Path, dirs: dict, script: list[dict], settings: dict | None) -> dict:
    for tool in ("Xvfb", "dbus-run-session"):
        assert shutil.which(tool), f"needs {tool}: apt-get install xvfb dbus at-spi2-core python3-pyatspi"
    probe = subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True)
    assert probe.returncode == 0, "needs python3-pyatspi for /usr/bin/python3: apt-get install python3-pyatspi"
    data = tmp_path / "data"
    data.mkdir()
    if settings is not None:
        (data / "settings.json").write_text(json.dumps(settings), encoding="utf-8")
    steps = tmp_path / "steps.json"
    steps.write_text(json.dumps(script), encoding="utf-8")
    with private_display("1024x768x24") as display:
        env = {**subprocess_env(dirs), "QT_QPA_PLATFORM": "xcb", "DISPLAY": display,
               "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1", "QT_ACCESSIBILITY": "1"}
        for name in ("DBUS_SESSION_BUS_ADDRESS", "AT_SPI_BUS_ADDRESS"):  # its own buses: the walk meets only this app
            env.pop(name, None)
        r = subprocess.run(["dbus-run-session", "--", SYSTEM_PYTHON, str(WALKER), str(steps), "--",
                            sys.executable, "-m", "iia_help", "--data-dir", str(data)],
                           env=env, capture_output=True, text=True, timeout=600)
    lines = [ln for ln in r.stdout.splitlines() if ln.startswith("ATSPI-REPORT ")]
    assert lines, (r.returncode, r.stdout[-2000:], r.stderr[-3000:])
    report = json.loads(lines[-1].removeprefix("ATSPI-REPORT "))
    assert "error" not in report, (report["error"], r.stderr[-3000:])
    return report


def problems(report: dict) -> list[str]:
    found = []
    for where, controls in report["walks"].items():
        assert controls, f"nothing focusable in {where}?"
        for c in controls:
            label = f"{where}: {c['role']} {c['name']!r} ({c['id'].rsplit('.', 2)[-2:]})"
            if not c["name"].strip():
                found.append("no name: " + label)
            allowed = CONTAINER_OK.get(c["role"])
            if c["role"] not in ROLES and not (allowed and any(part in c["id"] for part in allowed)):
                found.append("unfitting role: " + label)
            for suffix, roles in EXPECTED.items():
                if c["id"].endswith(suffix) and c["role"] not in roles:
                    found.append(f"should be {sorted(roles)}: " + label)
    return found


def test_a_screen_reader_meets_named_controls_with_fitting_roles(tmp_path, isolated_user_dirs):
    report = walk_app(tmp_path, isolated_user_dirs, FIRST_VISIT, None)
    assert set(report["walks"]) == {"first-run questions", "guidance", "contacts", "journal", "settings"}
    questions = {c["id"].rsplit(".", 1)[-1]: c for c in report["walks"]["first-run questions"]}
    assert {"question_yes", "question_no", "question_skip"} <= set(questions)
    assert "anyone else use this computer" in questions["question_yes"]["description"]
    assert problems(report) == []
    ids = {c["id"].rsplit(".", 1)[-1] for walk in report["walks"].values() for c in walk}
    # The walk did reach what it should: section buttons, Quick exit, the Settings text fields.
    assert {"quickExit", "nav_guidance", "nav_settings", "wipeConfirm", "qt_keysequenceedit_lineedit"} <= ids
    sections = [c for c in report["walks"]["guidance"] if ".navBar.nav_" in c["id"]]
    assert [c["name"] for c in sections] == ["Guidance", "Contacts", "Journal", "Settings"]
    assert all(c["role"] == "push button" for c in sections)  # not check boxes
    current = [c for c in sections if c["description"].startswith("Current section")]
    assert [c["name"] for c in current] == ["Guidance"]
    # The guidance itself is readable as text (what Orca reads line by line), not only its title.
    text = report["texts"][".guidanceText"]
    assert text.startswith("Help now") and "999" in text and "Do not pay" in text and len(text) > 400


def test_a_screen_reader_meets_the_guest_session_and_its_dialogs(tmp_path, isolated_user_dirs):
    settings = {"region": "england", "audience": "worker", "guest_sessions": True}
    report = walk_app(tmp_path, isolated_user_dirs, CENTRE_VISIT, settings)
    assert set(report["walks"]) == {"guest: guidance", "contacts", "journal", "handouts dialog",
                                    "End session dialog"}
    assert problems(report) == []
    guest = {c["id"].rsplit(".", 1)[-1]: c for c in report["walks"]["guest: guidance"]}
    assert guest["endSession"]["name"] == "End session" and guest["presentationToggle"]["name"] == "Large text"
    dialog = [c for c in report["walks"]["End session dialog"] if "endSessionConfirm" in c["id"]]
    assert {c["name"] for c in dialog} >= {"End session", "Cancel"}
