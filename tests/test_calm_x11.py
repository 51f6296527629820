"""Nothing changes by accident, and a discreet restart, on a real X11 display (slow: Xvfb and xdotool).

The mouse and wheel go through XTest, as a person's would; the app runs in a child process
(tests/calm_child.py) that reports what it shows and holds. Every wait is on what the child reports.
"""

from __future__ import annotations

import json
import queue
import shutil
import subprocess
import sys
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from conftest import REPO, subprocess_env

sys.path.insert(0, str(REPO / "benchmarks"))
from xdisplay import private_display  # noqa: E402  (one Xvfb starter for tests, benchmarks, packaging)

# real_kdf: the app in the child process unlocks a journal this test wrote.
pytestmark = [pytest.mark.slow, pytest.mark.real_kdf]

PW = "correct horse battery staple"
CHILD = REPO / "tests" / "calm_child.py"
QUICK_EXIT_RED = (0xB3, 0x26, 0x1E)  # resources/styles/app.qss


class App:
    """The app in a child process on ``display``; ``ask`` sends a command and waits for its answer line."""

    def __init__(self, data: Path, env: dict, *, first_frame: bool = False) -> None:
        args = [sys.executable, str(CHILD), *(["--first-frame"] if first_frame else []), "--",
                "--data-dir", str(data)]
        self.env = env
        self.proc = subprocess.Popen(args, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=subprocess.PIPE, text=True)
        self.lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        for line in self.proc.stdout:
            self.lines.put(line.rstrip("\n"))
        self.lines.put("")  # closed

    def expect(self, prefix: str | tuple[str, ...], timeout: float = 60) -> str:
        """The rest of the next line starting with ``prefix`` (a tuple: the whole line)."""
        deadline = time.monotonic() + timeout
        while True:
            left = deadline - time.monotonic()
            assert left > 0, f"no {prefix!r} from the app"
            try:
                line = self.lines.get(timeout=left)
            except queue.Empty:
                continue
            if line == "" and self.proc.poll() is not None:
                raise AssertionError(f"the app ended: {self.proc.stderr.read()}")
            if line.startswith(prefix):
                return line if isinstance(prefix, tuple) else line[len(prefix):].strip()

    def send(self, text: str) -> None:
        self.proc.stdin.write(text + "\n")
        self.proc.stdin.flush()

    def ask(self, cmd: str, answer: str, timeout: float = 60) -> str:
        self.send(cmd)
        return self.expect(answer, timeout)

    def wait_ready(self) -> None:
        """Wait until the app has fully started (first page, panic filter, wheel guard, worker mode)."""
        deadline = time.monotonic() + 60
        while True:
            self.send("ready?")
            if self.expect(("READY", "NOT-YET")) == "READY":
                return
            assert time.monotonic() < deadline, "the app never finished starting"
            time.sleep(0.05)

    def xdo(self, *args: str) -> None:
        subprocess.run(["xdotool", *args], env=self.env, check=True)

    def close(self) -> None:
        if self.proc.poll() is None:
            try:
                self.send("quit")
                self.proc.wait(timeout=20)
            except (OSError, subprocess.TimeoutExpired):
                self.proc.kill()
                self.proc.wait()


def _needs_x() -> None:
    assert shutil.which("Xvfb") and shutil.which("xdotool"), "needs Xvfb and xdotool: apt-get install xvfb xdotool"


def _journal(data: Path) -> None:
    sys.path.insert(0, str(REPO / "src"))
    from iia_help.journal import Entry, Journal
    from iia_help.vault import Vault

    vault = Vault.create(data / "notes.db", PW, calibrate=False)
    journal = Journal(vault)
    journal.add_entry(Entry(occurred_at=datetime(2026, 5, 14, 21, 30, tzinfo=UTC), description="He sent a threat",
                            platform="Chat app", tags=["t"]))
    vault.close()


def _sweep(app: App, wheels: int) -> int:
    """Turn the wheel over every wheel-sensitive control now visible and over a grid across the section:
    two notches down, two up. Returns the number of notches sent so far."""
    where = json.loads(app.ask("where", "WHERE"))
    x0, y0, w, h = where["area"]
    points = [c["at"] for c in where["controls"]]
    points += [[x0 + w * i // 6, y0 + h * j // 6] for i in range(1, 6) for j in range(1, 6)]
    for x, y in points:
        app.xdo("mousemove", str(x), str(y), "click", "--repeat", "2", "5", "click", "--repeat", "2", "4")
        wheels += 4
    deadline = time.monotonic() + 60
    while int(app.ask("wheels", "WHEELS")) < wheels:  # every notch has reached the app
        assert time.monotonic() < deadline, "the wheel events never arrived"
        time.sleep(0.05)
    return wheels


def test_wheel_sweep_over_every_section_changes_nothing(tmp_path, isolated_user_dirs):
    _needs_x()
    data = tmp_path / "data"
    data.mkdir()
    (data / "settings.json").write_text('{"region": "scotland", "audience": "self"}', encoding="utf-8")
    _journal(data)
    with private_display() as display:
        env = {**subprocess_env(isolated_user_dirs), "QT_QPA_PLATFORM": "xcb", "DISPLAY": display}
        app = App(data, env)
        try:
            app.wait_ready()
            app.ask(f"unlock {PW}", "UNLOCKED")
            first = json.loads(app.ask("state", "STATE"))
            assert first["entries"] and first["controls"]
            wheels = 0
            swept = set()
            for section in ("guidance", "contacts", "journal", "journal-editor", "settings"):
                where = json.loads(app.ask("where", "WHERE"))
                name = section.split("-")[0]
                x, y = where["nav"][name]
                app.xdo("mousemove", str(x), str(y), "click", "1")  # a real click on the section button
                deadline = time.monotonic() + 60
                while json.loads(app.ask("where", "WHERE"))["page"] != name:
                    assert time.monotonic() < deadline, f"{name} never opened"
                    time.sleep(0.05)
                if section == "journal-editor":
                    app.ask("open-entry", "OPENED")
                before = json.loads(app.ask("state", "STATE"))
                for frac in (0, 0.34, 0.67, 1):  # the whole section, a screenful at a time
                    app.ask(f"scroll {frac}", "SCROLLED")
                    swept |= {c["name"] for c in json.loads(app.ask("where", "WHERE"))["controls"]}
                    wheels = _sweep(app, wheels)
                after = json.loads(app.ask("state", "STATE"))
                changed = {k: (before["controls"].get(k), v) for k, v in after["controls"].items()
                           if k in before["controls"] and before["controls"][k] != v}
                assert changed == {}, section
                for part in ("settings", "on_disk", "entries", "guest"):
                    assert after[part] == first[part], (section, part)
            # The sweep did reach the controls: drop-downs of every section, and the journal's date boxes.
            for expected in ("settings/QComboBox/region", "settings/QSpinBox/autolockMinutes",
                             "settings/QComboBox/audience", "settings/QComboBox/windowTitle"):
                assert expected in swept, (expected, sorted(swept))
            assert any(n.startswith(("journal/QDateTimeEdit", "journal/WhenEdit")) for n in swept), sorted(swept)
            assert any(n.startswith("contacts/QComboBox") for n in swept), sorted(swept)
            assert after["guest"] is False
            # Scrolling a page still scrolls it: the wheel over Settings moves the page.
            app.ask("scroll 0", "SCROLLED")
            where = json.loads(app.ask("where", "WHERE"))
            x0, y0, w, h = where["area"]
            app.xdo("mousemove", str(x0 + w // 2), str(y0 + h // 2), "click", "--repeat", "3", "5")
            wheels += 3
            deadline = time.monotonic() + 60
            while int(app.ask("wheels", "WHEELS")) < wheels:
                assert time.monotonic() < deadline
                time.sleep(0.05)
            assert max(json.loads(app.ask("scrollpos", "SCROLLPOS"))) > 0
            assert json.loads(app.ask("state", "STATE"))["settings"] == first["settings"]
        finally:
            app.close()


def _red_pixels(png: Path, env: dict) -> int:
    raw = subprocess.run(["convert", str(png), "-depth", "8", "rgb:-"], env=env, capture_output=True,
                         check=True).stdout
    target = bytes(QUICK_EXIT_RED)
    return sum(1 for i in range(0, len(raw) - 2, 3) if raw[i:i + 3] == target)


def test_a_discreet_restart_shows_nothing_about_the_app_in_its_first_frame(tmp_path, isolated_user_dirs):
    _needs_x()
    data = tmp_path / "data"
    data.mkdir()
    (data / "settings.json").write_text('{"region": "scotland", "audience": "self"}', encoding="utf-8")
    shots = tmp_path / "shots"
    shots.mkdir()
    with private_display() as display:
        env = {**subprocess_env(isolated_user_dirs), "QT_QPA_PLATFORM": "xcb", "DISPLAY": display}
        # First run as usual: the red Quick exit is in the first frame (so the pixel check below can fail).
        app = App(data, env, first_frame=True)
        try:
            frame = json.loads(app.expect("FIRST-FRAME"))
            subprocess.run(["import", "-window", "root", str(shots / "usual.png")], env=env, check=True)
            app.send("go")
            assert frame["quick_exit_visible"] and not frame["cover"]
            assert _red_pixels(shots / "usual.png", env) > 100
            app.wait_ready()
        finally:
            app.close()
        # Switch the discreet start on as Settings does, then restart.
        settings = json.loads((data / "settings.json").read_text(encoding="utf-8") or "{}")
        settings["start_screen"] = "notes"
        (data / "settings.json").write_text(json.dumps(settings), encoding="utf-8")
        app = App(data, env, first_frame=True)
        try:
            frame = json.loads(app.expect("FIRST-FRAME"))
            subprocess.run(["import", "-window", "root", str(shots / "discreet.png")], env=env, check=True)
            app.send("go")
            assert frame["cover"] and not frame["quick_exit_visible"] and frame["pages"] == []
            texts = " ".join(frame["texts"]).lower()
            for word in ("quick exit", "hide", "guidance", "journal", "contacts", "help", "abuse", "threat",
                         "picture", "image", "support", "report", "police", "safe"):
                assert word not in texts, (word, frame["texts"])
            assert "notes" in texts and "continue" in texts
            assert _red_pixels(shots / "discreet.png", env) == 0  # no Quick exit button drawn
            app.wait_ready()
            assert json.loads(app.ask("where", "WHERE"))["page"] == "cover"  # still discreet once fully started
            # One click on Continue opens the guidance, with Quick exit back in the top bar.
            x, y = frame["continue"]
            app.xdo("mousemove", str(x), str(y), "click", "1")
            deadline = time.monotonic() + 60
            while json.loads(app.ask("where", "WHERE"))["page"] != "guidance":
                assert time.monotonic() < deadline, "Continue did not open the guidance"
                time.sleep(0.05)
            assert "guidance" in json.loads(app.ask("where", "WHERE"))["nav"]
        finally:
            app.close()
