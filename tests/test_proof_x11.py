"""Three wrong passphrases, then the right one, typed with real keys on a real X11 display (slow: Xvfb, xdotool).
The app in a child process (tests/calm_child.py) must then say exactly three attempts, with their times. Every
wait is on what the child reports."""

from __future__ import annotations

import json
import time
from datetime import UTC, datetime

import pytest

from test_calm_x11 import PW, App, _journal, _needs_x, private_display

from conftest import subprocess_env

pytestmark = [pytest.mark.slow, pytest.mark.real_kdf]


def _state(app: App) -> dict:
    return json.loads(app.ask("journal?", "JSTATE"))


def _wait(app: App, ok, what: str, timeout: float = 300) -> dict:
    deadline = time.monotonic() + timeout
    while True:
        state = _state(app)
        if ok(state):
            return state
        assert time.monotonic() < deadline, f"the app never reported {what}: {state}"
        time.sleep(0.05)


def _type(app: App, text: str) -> None:
    state = json.loads(app.ask("show-journal", "JSTATE"))
    x, y = state["field"]
    app.xdo("mousemove", str(x), str(y), "click", "1")
    _wait(app, lambda s: s["in_field"], "the focus in the passphrase field")
    app.xdo("type", "--delay", "15", text)
    app.xdo("key", "Return")


def test_three_wrong_passphrases_then_the_right_one_are_reported(tmp_path, isolated_user_dirs):
    _needs_x()
    data = tmp_path / "data"
    data.mkdir()
    (data / "settings.json").write_text('{"region": "scotland", "audience": "self"}', encoding="utf-8")
    _journal(data)
    before = datetime.now(UTC).replace(microsecond=0)
    with private_display() as display:
        env = {**subprocess_env(isolated_user_dirs), "QT_QPA_PLATFORM": "xcb", "DISPLAY": display}
        app = App(data, env)
        try:
            app.wait_ready()
            for i in range(1, 4):
                _type(app, f"wrong guess {i}")
                state = _wait(app, lambda s, i=i: s["failures"] == i and not s["busy"], f"failure {i}")
                assert not state["unlocked"] and "did not work" in state["error"]
            _type(app, PW)
            state = _wait(app, lambda s: s["unlocked"], "the unlock")
        finally:
            app.close()
    after = datetime.now(UTC)
    from iia_help.vault import Vault
    from iia_help.vault.attempts import Attempts

    vault = Vault.open(data / "notes.db", PW)
    try:
        log = vault.custody_log()
        jid = vault.journal_id
    finally:
        vault.close()
    (rec,) = [r for r in log if r["ev"] == "failed unlock attempts"]
    times = [datetime.fromisoformat(t) for t in rec["d"]["times"]]
    assert rec["d"]["count"] == 3 and len(times) == 3 and "warning" not in rec["d"]
    assert all(before <= t <= after for t in times) and times == sorted(times)
    shown = state["attempts"]
    assert shown.startswith("Someone tried to open your journal 3 times since you last used it: ")
    assert shown == Attempts(times, 3).message(now=after), shown
    assert state["journal_id"] == f"Journal ID: {jid}"
    assert [r["ev"] for r in log][-3:] == ["failed unlock attempts", "unlocked", "locked"]
