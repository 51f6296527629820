"""Quick exit, the panic key and triple Shift while a dialog is open, on a real X11 display (slow: Xvfb + xdotool).

The app shows its own dialogs without Qt modality (ui/modal.py), so the window behind gets its keys and the Quick
exit click through Qt as usual (path "qt"); what Qt itself shows modally ("qt-modal", "over-quick-exit") is
covered by the native filter below Qt (path "native"). These tests let the X server deliver real XTest events, as
a mouse and keyboard would: a click at the screen position of the main window's red Quick exit, and F12 or Shift
x3 with the X input focus forced onto the main window behind the dialog.
The child app (tests/panic_child.py --modal) opens each kind of dialog the app uses and says when it is on screen
and when the panic ran; nothing here waits a fixed time.
"""

from __future__ import annotations

import json
import queue
import re
import shutil
import subprocess
import sys
import threading
import time

import pytest

from conftest import REPO, subprocess_env

sys.path.insert(0, str(REPO / "benchmarks"))
from xdisplay import private_display  # noqa: E402

pytestmark = pytest.mark.slow
CHILD = REPO / "tests" / "panic_child.py"
KINDS = ["message", "file", "print", "export", "passphrase", "worker", "link", "busy"]
#: Shown by Qt itself modally (the app's own dialogs never are, see ui/modal.py): the native filter's case.
QT_MODAL = ["qt-modal", "over-quick-exit"]


@pytest.fixture(scope="module")
def display():
    assert shutil.which("Xvfb") and shutil.which("xdotool"), "needs Xvfb and xdotool: apt-get install xvfb xdotool"
    with private_display() as d:
        yield d


class ModalApp:
    """The real app in a child process with one modal dialog open."""

    def __init__(self, display: str, tmp_path, user_dirs, kind: str, settings: str | None) -> None:
        data = tmp_path / "data"
        data.mkdir()
        if settings is not None:
            (data / "settings.json").write_text(settings, encoding="utf-8")
        self.env = {**subprocess_env(user_dirs), "QT_QPA_PLATFORM": "xcb", "DISPLAY": display}
        self.proc = subprocess.Popen([sys.executable, str(CHILD), "--modal", kind, "--", "--data-dir", str(data)],
                                     env=self.env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        self.lines: queue.Queue[str] = queue.Queue()
        self.out: list[str] = []
        threading.Thread(target=self._read, daemon=True).start()
        line = self.wait_for("DIALOG ")
        m = re.search(r"main=(\d+) dwid=(\d+) x=(-?\d+) y=(-?\d+) .*?covered=(\d)", line)
        assert m, line
        self.main, self.dialog, self.x, self.y, covered = (int(v) for v in m.groups())
        self.qt_modal = "qtmodal=1" in line
        assert self.qt_modal == (kind in QT_MODAL), line  # the app's own dialogs: no Qt modality
        self.path = "native" if self.qt_modal else "qt"  # which filter must see the panic
        assert covered == 0, f"the dialog covers Quick exit, so this would test nothing: {line}"

    def _read(self) -> None:
        for line in self.proc.stdout:
            self.lines.put(line.rstrip("\n"))
        self.lines.put("")  # EOF

    def wait_for(self, prefix: str, timeout: float = 60) -> str:
        deadline = time.monotonic() + timeout
        while True:
            try:
                line = self.lines.get(timeout=max(0.01, deadline - time.monotonic()))
            except queue.Empty:
                line = None
            if line is None or line == "":
                err = self._finish()
                raise AssertionError(f"no {prefix!r} line; output so far: {self.out} stderr: {err[-2000:]}")
            self.out.append(line)
            if line.startswith(prefix):
                return line

    def _finish(self) -> str:
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait()
        return self.proc.stderr.read()

    def xdotool(self, *args: str) -> None:
        subprocess.run(["xdotool", *args], env=self.env, check=True, timeout=30)

    def exited(self) -> int:
        self.wait_for("RC ")
        self.proc.wait(timeout=30)
        return self.proc.returncode

    def close(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait()
        self.proc.stdout.close()
        self.proc.stderr.close()


@pytest.fixture
def modal_app(display, tmp_path, isolated_user_dirs):
    apps: list[ModalApp] = []

    def start(kind: str, after_panic: str = "quit") -> ModalApp:
        settings = json.dumps({"region": "scotland", "audience": "self", "after_panic": after_panic})
        app = ModalApp(display, tmp_path, isolated_user_dirs, kind, settings)
        apps.append(app)
        return app

    yield start
    for app in apps:
        app.close()


@pytest.mark.parametrize("kind", [*KINDS, *QT_MODAL])  # the last one is moved clear of the button
def test_a_click_on_quick_exit_hides_everything_while_a_dialog_is_open(modal_app, kind):
    app = modal_app(kind)
    app.xdotool("mousemove", str(app.x), str(app.y), "click", "1")  # XTest, like a mouse
    panic = app.wait_for("PANIC ")
    # A plain click on the live button behind the app's own dialogs; below Qt (which drops clicks on a window it
    # blocks) for what Qt shows modally.
    assert panic == f"PANIC button {app.path}"
    assert app.exited() == 0  # quit mode: every window hidden, tidied up, gone
    assert app.out.count(panic) == 1, app.out  # one click, one panic (the press is not replayed as a click)


@pytest.mark.parametrize("kind", [*KINDS, "qt-modal"])
@pytest.mark.parametrize("keys", [["F12"], ["Shift_L", "Shift_L", "Shift_L"]], ids=["F12", "triple-shift"])
def test_panic_keys_work_with_the_focus_on_the_main_window_behind(modal_app, kind, keys):
    app = modal_app(kind)
    app.xdotool("windowfocus", "--sync", str(app.main), "key", *keys)
    source = "key" if keys == ["F12"] else "shift"
    assert app.wait_for("PANIC ") == f"PANIC {source} {app.path}"  # reached the window behind, not the dialog
    assert app.exited() == 0


def test_behind_a_dialog_another_key_breaks_a_run_of_shifts_and_other_keys_do_nothing(modal_app):
    app = modal_app("qt-modal")
    # Two Shifts, a letter, one Shift: no run of three. Then F12, which must be the first thing to panic.
    app.xdotool("windowfocus", "--sync", str(app.main), "key", "Shift_L", "Shift_R", "a", "Shift_L", "Escape",
                "F11", "F12")
    assert app.wait_for("PANIC ") == "PANIC key native"
    assert app.exited() == 0


@pytest.mark.parametrize("kind", ["message", "qt-modal"])
def test_a_click_elsewhere_on_the_window_behind_does_nothing(modal_app, kind):
    app = modal_app(kind)
    # Left of Quick exit (on the panic hint), then on Quick exit: only the second one panics.
    app.xdotool("mousemove", str(app.x - 200), str(app.y), "click", "1", "mousemove", str(app.x), str(app.y),
                "click", "1")
    assert app.wait_for("PANIC ") == f"PANIC button {app.path}"
    assert app.exited() == 0


def test_behind_the_decoy_the_x_server_shows_only_the_decoy(modal_app):
    """After a panic from behind a dialog in decoy mode, what the X server has on screen is the decoy alone: the
    main window and the dialog are unmapped, and Qt agrees (nothing left half-hidden)."""
    app = modal_app("message", after_panic="decoy")
    app.xdotool("mousemove", str(app.x), str(app.y), "click", "1")
    assert app.wait_for("PANIC ") == "PANIC button qt"
    decoy = int(app.wait_for("AFTER ").split("decoy=")[1])
    assert decoy not in (0, app.main, app.dialog)
    shown = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", ""], env=app.env, capture_output=True,
                           text=True, timeout=30).stdout.split()
    assert str(decoy) in shown
    assert str(app.main) not in shown and str(app.dialog) not in shown, shown


def _xprop(app: ModalApp, wid: int) -> dict[str, str]:
    out = subprocess.run(["xprop", "-id", str(wid), "WM_CLASS", "WM_NAME", "_NET_WM_NAME"], env=app.env,
                         capture_output=True, text=True, timeout=30, check=True).stdout
    props = {}
    for line in out.splitlines():
        name, _, value = line.partition(" = ")
        props[name.split("(")[0].strip()] = value.strip()
    return props


@pytest.mark.parametrize("kind", [*KINDS, "history", "end-session"])
def test_what_the_x_server_shows_of_every_dialog_is_neutral(modal_app, kind):
    """Titles and class names are what a taskbar, Alt+Tab, a window list and a screen recorder show: read them
    through the X server for the main window and each dialog, then leave with F12."""
    app = modal_app(kind)
    for wid in (app.main, app.dialog):
        props = _xprop(app, wid)
        assert props["WM_CLASS"] == '"notes", "Notes"', (kind, props)
        assert props["_NET_WM_NAME"] == '"Notes"' and props["WM_NAME"] == '"Notes"', (kind, props)
    app.xdotool("windowfocus", "--sync", str(app.main), "key", "F12")
    assert app.wait_for("PANIC ").startswith("PANIC key")
    assert app.exited() == 0
