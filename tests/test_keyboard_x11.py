"""Keyboard paths with real keys through an X server (slow: Xvfb and xdotool; issue 27 item 12).

Tab leaves the "When it happened" box and typing meant for the next box changes no time; Enter and Space press
"New entry", "Export…" and "Back to list"; a default button has no blue until it has the focus (read from the
screen). The app runs in tests/calm_child.py; every wait is on what it reports.
"""

from __future__ import annotations

import json
import subprocess
import time
from datetime import UTC, datetime

import pytest

from test_calm_x11 import PW, App, _needs_x, private_display

from conftest import REPO, subprocess_env

pytestmark = [pytest.mark.slow, pytest.mark.real_kdf]


def _journal(data) -> None:
    import sys

    sys.path.insert(0, str(REPO / "src"))
    from iia_help.journal import Entry, Journal
    from iia_help.vault import Vault

    vault = Vault.create(data / "notes.db", PW, calibrate=False)
    Journal(vault).add_entry(Entry(occurred_at=datetime(2026, 5, 14, 15, 5, tzinfo=UTC), platform="Chat app",
                                   description="He said he would post the pictures"))
    vault.close()


def _focus(app: App) -> dict:
    return json.loads(app.ask("focus", "FOCUS"))


def _view(app: App) -> dict:
    return json.loads(app.ask("journal-view", "JOURNAL"))


def _until(app: App, check, what: str) -> dict:
    deadline = time.monotonic() + 60
    while True:
        state = _view(app)
        if check(state):
            return state
        assert time.monotonic() < deadline, (what, state)
        time.sleep(0.05)


def _bluish_on_screen(app: App, name: str, shot) -> tuple[int, int]:
    x, y, w, h = json.loads(app.ask(f"rect {name}", "RECT"))
    subprocess.run(["import", "-window", "root", "-crop", f"{w}x{h}+{x}+{y}", str(shot)], env=app.env, check=True)
    raw = subprocess.run(["convert", str(shot), "-depth", "8", "rgb:-"], env=app.env, capture_output=True,
                         check=True).stdout
    blue = sum(1 for i in range(0, len(raw) - 2, 3) if raw[i + 2] > raw[i] + 60 and raw[i + 2] > raw[i + 1] + 30)
    return blue, 2 * (w + h)


def test_keyboard_paths_with_real_keys(tmp_path, isolated_user_dirs):
    _needs_x()
    data = tmp_path / "data"
    data.mkdir()
    (data / "settings.json").write_text('{"region": "scotland", "audience": "self"}', encoding="utf-8")
    _journal(data)
    with private_display("1024x768x24") as display:
        env = {**subprocess_env(isolated_user_dirs), "QT_QPA_PLATFORM": "xcb", "DISPLAY": display, "TZ": "UTC"}
        app = App(data, env)
        try:
            app.wait_ready()
            app.ask(f"unlock {PW}", "UNLOCKED")
            app.ask("open-entry", "OPENED")
            shown = _view(app)["when"]
            assert shown == "14 May 2026, 15:05"

            # Tab leaves the date-time box at once; Shift+Tab comes back.
            app.ask("focus-on When it happened", "FOCUSED")
            assert _focus(app)["accessible"] == "When it happened"
            app.xdo("key", "Tab")
            assert _focus(app)["accessible"] == "Set to now"
            app.xdo("key", "shift+Tab")
            assert _focus(app)["accessible"] == "When it happened"
            # Tab on and type what was meant for the next box: the time is what it was.
            app.xdo("key", "Tab")
            app.xdo("type", "--delay", "30", "0909")
            app.xdo("key", "shift+Tab")
            assert _focus(app)["accessible"] == "When it happened"
            assert _view(app)["when"] == shown

            # A default button is not blue until it has the focus (Qt's default frame looked like focus).
            app.ask("focus-on nav_journal", "FOCUSED")
            blue, perimeter = _bluish_on_screen(app, "saveEntry", tmp_path / "save-unfocused.png")
            assert blue < perimeter // 4, (blue, perimeter)
            app.ask("focus-on saveEntry", "FOCUSED")
            blue, perimeter = _bluish_on_screen(app, "saveEntry", tmp_path / "save-focused.png")
            assert blue >= perimeter, (blue, perimeter)

            # Enter and Space press "Back to list", "New entry" and "Export…".
            for key in ("Return", "space", "KP_Enter"):
                app.ask("focus-on Back to the list of entries", "FOCUSED")
                app.xdo("key", key)
                _until(app, lambda s: s["view"] == "timeline", f"{key} on Back to list")
                app.ask("focus-on New entry", "FOCUSED")
                app.xdo("key", key)
                _until(app, lambda s: s["view"] == "editor", f"{key} on New entry")
            app.ask("focus-on Back to the list of entries", "FOCUSED")
            app.xdo("key", "Return")
            _until(app, lambda s: s["view"] == "timeline", "back to the list")
            for key in ("Return", "space"):
                app.ask("focus-on Export", "FOCUSED")
                app.xdo("key", key)
                _until(app, lambda s: s["dialogs"], f"{key} on Export")
                app.ask("close-dialogs", "CLOSED")
                _until(app, lambda s: not s["dialogs"], "the export dialog to close")
        finally:
            app.close()
