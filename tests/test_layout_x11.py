"""Every area at every text size on a real 1024x768 X display: nothing cut off, nothing scrolls sideways
(slow: Xvfb). The real app runs in tests/layout_child.py and reports what tests/layout_fit.py finds."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest

from layout_fit import TEXT_SIZES, write_data

from conftest import REPO, subprocess_env

sys.path.insert(0, str(REPO / "benchmarks"))
from xdisplay import private_display  # noqa: E402  (one Xvfb starter for tests, benchmarks, packaging)

pytestmark = [pytest.mark.slow, pytest.mark.real_kdf]


@pytest.mark.parametrize("guest", [False, True], ids=["own-computer", "guest-session"])
def test_every_area_fits_a_1024x768_screen_at_every_text_size(tmp_path, isolated_user_dirs, guest):
    assert shutil.which("Xvfb"), "needs Xvfb: apt-get install xvfb"
    with private_display("1024x768x24") as display:
        env = {**subprocess_env(isolated_user_dirs), "QT_QPA_PLATFORM": "xcb", "DISPLAY": display}
        for size, text in TEXT_SIZES.items():
            data = tmp_path / f"{size}-{guest}"
            write_data(data, text, guest=guest, calibrate=False)
            run = subprocess.run([sys.executable, str(REPO / "tests" / "layout_child.py"), "--",
                                  "--data-dir", str(data)], env=env, capture_output=True, text=True, timeout=600)
            lines = run.stdout.splitlines()
            assert "DONE" in lines, (run.stdout, run.stderr)
            found = {r["state"]: r for r in (json.loads(x[4:]) for x in lines if x.startswith("FIT "))}
            assert len(found) >= (4 if guest else 10), found
            for r in found.values():  # the window the app opened on this screen, not one the test chose
                assert r["window"][0] <= 1024 and r["window"][1] <= 768
            assert {s: r["problems"] for s, r in found.items() if r["problems"]} == {}, size
