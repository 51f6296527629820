"""The panic key on a real X11 display, pressed the moment the window appears (slow: needs Xvfb and xdotool).

The in-process tests deliver keys through Qt; this one lets the X server deliver them, as a keyboard would, before
the window system has made the new window active and before the app-wide filter has started.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import time

import pytest

from conftest import REPO, subprocess_env

sys.path.insert(0, str(REPO / "benchmarks"))
from xdisplay import private_display  # noqa: E402  (one Xvfb starter for tests, benchmarks, packaging)

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("keys", [["F12"], ["Shift_L", "Shift_L", "Shift_L"]], ids=["F12", "triple-shift"])
def test_panic_key_pressed_as_the_window_appears_closes_the_app(tmp_path, isolated_user_dirs, keys):
    assert shutil.which("Xvfb") and shutil.which("xdotool"), "needs Xvfb and xdotool: apt-get install xvfb xdotool"
    data = tmp_path / "data"
    data.mkdir()
    (data / "settings.json").write_text('{"region": "scotland", "audience": "self"}', encoding="utf-8")
    with private_display() as display:
        env = {**subprocess_env(isolated_user_dirs), "QT_QPA_PLATFORM": "xcb", "DISPLAY": display}
        for _ in range(3):
            app = subprocess.Popen([sys.executable, "-m", "iia_help", "--data-dir", str(data)], env=env,
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            try:
                deadline = time.monotonic() + 30
                while subprocess.run(["xdotool", "search", "--onlyvisible", "--name", "^Notes$"], env=env,
                                     capture_output=True).returncode != 0:
                    assert app.poll() is None, app.communicate()
                    assert time.monotonic() < deadline, "the window never appeared"
                    time.sleep(0.002)
                subprocess.run(["xdotool", "key", *keys], env=env, check=True)  # through XTest, like a keyboard
                out, err = app.communicate(timeout=10)
            finally:
                if app.poll() is None:
                    app.kill()
                    app.wait()
            assert app.returncode == 0, (out, err)
