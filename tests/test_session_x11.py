"""A handout saved in a guest session survives a Quick exit (issue 27 item 6), on a real X11 display (slow).

F12 pressed through the X server ends the visit and closes the app; after a restart the guest bar says a handout
is still saved, End session (a real click) names it and offers to delete it, and deleting it works. Every wait is
on what the child app reports, never on a sleep's length.
"""

from __future__ import annotations

import json
import time

import pytest

from test_calm_x11 import App, _needs_x, private_display

from conftest import subprocess_env

pytestmark = pytest.mark.slow


def _wait(app: App, cmd: str, answer: str) -> str:
    deadline = time.monotonic() + 60
    while True:
        app.send(cmd)
        line = app.expect((answer, "NOT-YET"))
        if line != "NOT-YET":
            return line[len(answer):].strip()
        assert time.monotonic() < deadline, f"no {answer}"


def test_a_handout_saved_before_f12_is_offered_for_deletion_after_the_restart(tmp_path, isolated_user_dirs):
    _needs_x()
    data = tmp_path / "data"
    data.mkdir()
    (data / "settings.json").write_text('{"region": "scotland", "audience": "worker", "guest_sessions": true}',
                                        encoding="utf-8")
    handout = tmp_path / "usb-stick" / "handout.pdf"
    handout.parent.mkdir()
    with private_display() as display:
        env = {**subprocess_env(isolated_user_dirs), "QT_QPA_PLATFORM": "xcb", "DISPLAY": display}
        app = App(data, env)
        try:
            app.wait_ready()
            assert "Nothing from this visit is saved" in json.loads(app.ask("guest", "GUEST"))["bar"]
            app.ask(f"save-handout {handout}", "SAVED")
            guest = json.loads(app.ask("guest", "GUEST"))
            assert guest["saved"] == [str(handout)] and "Nothing from this visit" not in guest["bar"]
            app.xdo("key", "F12")  # the panic key, through the X server: hide, end the visit, quit
            assert app.proc.wait(timeout=120) == 0
        finally:
            app.close()
        assert handout.exists()

        app = App(data, env)
        try:
            app.wait_ready()
            guest = json.loads(app.ask("guest", "GUEST"))
            assert guest["saved"] == [str(handout)]
            assert "Nothing from this visit" not in guest["bar"] and "handout saved here" in guest["bar"]
            x, y = guest["end"]
            app.xdo("mousemove", str(x), str(y), "click", "1")  # a real click on End session
            dialog = json.loads(_wait(app, "end-dialog", "END-DIALOG"))
            assert str(handout) in dialog["text"] and "still on this computer" in dialog["text"]
            x, y = dialog["buttons"]["end-delete"]
            app.xdo("mousemove", str(x), str(y), "click", "1")
            deadline = time.monotonic() + 60
            while handout.exists() or json.loads(app.ask("guest", "GUEST"))["saved"]:
                assert time.monotonic() < deadline, "the handout was not deleted"
                time.sleep(0.05)
            assert "deleted" in json.loads(app.ask("guest", "GUEST"))["bar"]
        finally:
            app.close()
