"""Quick exit on a real Wayland compositor (slow: headless sway, wtype, and a virtual mouse).

Qt's wayland plugin passes no input through native event filters, so nothing below Qt can rescue a key or click
that Qt drops for a window a modal dialog blocks. The app never lets Qt block a window (ui/modal.py); these tests
check that as a person would meet it: the app runs with Qt's own ``wayland`` platform, a dialog is open (Print, a
question), the compositor puts the focus on the main window behind it, and then F12, Shift x3 (through the
virtual-keyboard protocol) or a click on Quick exit (the wlroots virtual-pointer protocol; both in
tests/wayland_input.py; ``wtype`` makes a new keyboard each run, and a key it sends before the app has bound that
keyboard is lost) must hide every window and end the app. They also read what the compositor shows of the
app: its app_id and window titles.

sway refuses to run as root: under root it runs as ``nobody`` with its own XDG_RUNTIME_DIR. Nothing here waits a
fixed time: sway says when it is ready through a FIFO (a command in its config), the app says when its dialog is
on screen and when the panic ran, and input is sent again only until the app reports it arrived.
"""

from __future__ import annotations

import json
import os
import queue
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import pytest

from test_panic_x11_modal import CHILD, ModalApp
from wayland_input import VirtualKeyboard, VirtualPointer

from conftest import subprocess_env

pytestmark = pytest.mark.slow
KINDS = ["print", "message"]
KEYS = ["F11", "F12", "Shift_L"]
OUTPUT_W, OUTPUT_H = 1280, 800


class Sway:
    def __init__(self) -> None:
        for tool in ("sway", "swaymsg"):
            assert shutil.which(tool), f"needs {tool}: apt-get install sway"
        self.root = Path(tempfile.mkdtemp(prefix="sway-"))
        self.root.chmod(0o755)
        runtime = self.root / "run"
        runtime.mkdir(mode=0o700)
        fifo = self.root / "ready"
        os.mkfifo(fifo, 0o666)
        fifo.chmod(0o666)
        config = self.root / "config"
        config.write_text(
            f"output HEADLESS-1 resolution {OUTPUT_W}x{OUTPUT_H} position 0 0\n"
            "default_border none\ndefault_floating_border none\nfocus_follows_mouse no\n"
            f"exec sh -c 'echo \"$SWAYSOCK $WAYLAND_DISPLAY\" > {fifo}'\n", encoding="utf-8")
        config.chmod(0o644)
        as_nobody = os.geteuid() == 0
        if as_nobody:
            import pwd

            nobody = pwd.getpwnam("nobody")
            os.chown(runtime, nobody.pw_uid, nobody.pw_gid)

            def demote() -> None:
                os.setgroups([])
                os.setgid(nobody.pw_gid)
                os.setuid(nobody.pw_uid)
        env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(self.root),
               "XDG_RUNTIME_DIR": str(runtime), "WLR_BACKENDS": "headless", "WLR_LIBINPUT_NO_DEVICES": "1",
               "WLR_RENDERER": "pixman"}
        self.log = open(self.root / "sway.log", "wb")  # noqa: SIM115 (closed in close())
        self.proc = subprocess.Popen(["sway", "-c", str(config)], env=env, stdout=self.log, stderr=self.log,
                                     preexec_fn=demote if as_nobody else None)
        # Blocks until sway runs the config's exec line (or fails: then the open below never returns, so guard).
        result: list[str] = []

        def read() -> None:
            with open(fifo, encoding="utf-8") as f:
                result.append(f.read().strip())

        reader = threading.Thread(target=read, daemon=True)
        reader.start()
        reader.join(timeout=300)  # a limit only: sway reports as soon as it is up
        assert result, f"sway did not start: {(self.root / 'sway.log').read_text(errors='replace')[-3000:]}"
        sock, display = result[0].split()
        self.swaysock = sock
        self.wayland = display if display.startswith("/") else str(runtime / display)

    def msg(self, *args: str) -> object:
        out = subprocess.run(["swaymsg", "-s", self.swaysock, "-r", *args], capture_output=True, text=True,
                             timeout=60, check=True).stdout
        return json.loads(out) if out.strip() else None

    def windows(self) -> list[dict]:
        """Every app window: (node, floating?) as sway has them."""
        found = []

        def walk(node: dict, floating: bool) -> None:
            if node.get("pid"):
                found.append({**node, "floating": floating})
            for child in node.get("nodes", []):
                walk(child, floating)
            for child in node.get("floating_nodes", []):
                walk(child, True)

        walk(self.msg("-t", "get_tree"), False)
        return found

    def close(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=60)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.log.close()
        shutil.rmtree(self.root, ignore_errors=True)


@pytest.fixture(scope="module")
def sway():
    s = Sway()
    yield s
    s.close()


class WaylandApp(ModalApp):
    """The real app (tests/panic_child.py --modal) under Qt's wayland platform on ``sway``."""

    def __init__(self, sway: Sway, tmp_path: Path, user_dirs, kind: str) -> None:
        runtime = tmp_path / "run"
        runtime.mkdir(mode=0o700)
        data = tmp_path / "data"
        data.mkdir()
        (data / "settings.json").write_text(json.dumps({"region": "scotland", "audience": "self"}),
                                             encoding="utf-8")
        self.env = {**subprocess_env(user_dirs), "QT_QPA_PLATFORM": "wayland", "WAYLAND_DISPLAY": sway.wayland,
                    "XDG_RUNTIME_DIR": str(runtime), "QT_WAYLAND_DISABLE_WINDOWDECORATION": "1"}
        self.env.pop("DISPLAY", None)
        self.sway = sway
        self._start([sys.executable, str(CHILD), "--modal", kind, "--report-input", "--", "--data-dir", str(data)])
        line = self.wait_for("DIALOG ")
        fields = dict(part.split("=", 1) for part in line.split()[2:] if "=" in part)
        self.local = int(fields["lx"]), int(fields["ly"])
        assert fields["qtmodal"] == "0", line  # the app's own dialog: Qt blocks nothing
        shown = sway.windows()
        assert len(shown) == 2, shown
        self.main = next(w for w in shown if not w["floating"])
        self.dialog = next(w for w in shown if w["floating"])

    def _start(self, argv: list[str]) -> None:
        self.proc = subprocess.Popen(argv, env=self.env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        self.lines: queue.Queue[str] = queue.Queue()
        self.out: list[str] = []
        threading.Thread(target=self._read, daemon=True).start()

    def seen(self, prefix: str, timeout: float) -> bool:
        """Whether the app reports a line starting with ``prefix`` within ``timeout`` seconds (it keeps running)."""
        deadline = time.monotonic() + timeout
        while (left := deadline - time.monotonic()) > 0:
            try:
                line = self.lines.get(timeout=left)
            except queue.Empty:
                return False
            if line == "":
                self.lines.put("")  # EOF: let wait_for() report it
                return False
            self.out.append(line)
            if line.startswith(prefix):
                return True
        return False

    def focus_main(self) -> None:
        self.sway.msg(f"[con_id={self.main['id']}] focus")
        seat = self.sway.msg("-t", "get_seats")[0]
        assert seat["focus"] == self.main["id"], seat  # the keyboard focus is on the window behind the dialog

    def until(self, prefix: str, send, limit: float = 120) -> None:
        """Send input with ``send()`` until the app reports ``prefix``: a Wayland seat gains a keyboard or pointer
        only when a virtual one appears, and what arrives before the app has bound it is lost."""
        deadline = time.monotonic() + limit
        while True:
            send()
            if self.seen(prefix, timeout=5.0):
                return
            assert time.monotonic() < deadline and self.proc.poll() is None, (prefix, self.out)


@pytest.fixture
def wayland_app(sway, tmp_path, isolated_user_dirs):
    apps: list[WaylandApp] = []

    def start(kind: str) -> WaylandApp:
        app = WaylandApp(sway, tmp_path, isolated_user_dirs, kind)
        apps.append(app)
        return app

    yield start
    for app in apps:
        app.close()


@pytest.mark.parametrize("kind", KINDS)
def test_the_compositor_sees_only_neutral_names(wayland_app, kind):
    app = wayland_app(kind)
    for node in (app.main, app.dialog):
        assert node["app_id"] == "notes" and node["name"] == "Notes", node
    app.focus_main()
    with VirtualKeyboard(app.sway.wayland, KEYS) as keyboard:
        app.until("KEYSEEN", lambda: keyboard.tap("F11"))
        keyboard.tap("F12")
        assert app.wait_for("PANIC ") == "PANIC key qt"
    assert app.exited() == 0


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(("keys", "source"), [(["F12"], "key"), (["Shift_L"] * 3, "shift")],
                         ids=["F12", "triple-shift"])
def test_panic_keys_with_the_focus_on_the_window_behind_a_dialog(wayland_app, kind, keys, source):
    app = wayland_app(kind)
    app.focus_main()
    with VirtualKeyboard(app.sway.wayland, KEYS) as keyboard:
        app.until("KEYSEEN", lambda: keyboard.tap("F11"))  # the keyboard reaches the window behind
        keyboard.tap(*keys)
        assert app.wait_for("PANIC ") == f"PANIC {source} qt"
    assert app.exited() == 0  # every window hidden, tidied up, the app gone


@pytest.mark.parametrize("kind", KINDS)
def test_a_click_on_quick_exit_behind_a_dialog(wayland_app, kind):
    app = wayland_app(kind)
    rect, inner = app.main["rect"], app.main["window_rect"]
    x, y = rect["x"] + inner["x"] + app.local[0], rect["y"] + inner["y"] + app.local[1]
    d = app.dialog["rect"]
    assert not (d["x"] <= x < d["x"] + d["width"] and d["y"] <= y < d["y"] + d["height"]), "the dialog covers it"
    with VirtualPointer(app.sway.wayland) as mouse:
        jiggle = iter(range(10_000))
        app.until("HOVER", lambda: mouse.move_to(x + next(jiggle) % 2, y, OUTPUT_W, OUTPUT_H))
        mouse.click()
        assert app.wait_for("PANIC ") == "PANIC button qt"
    assert app.exited() == 0
