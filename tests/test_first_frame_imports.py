"""What the first frame does not need is not imported for it (issue 23: start-up).

The first-run questions import worker_mode, and the first page needs the Markdown renderer: neither may pull in
cryptography's bindings or the code highlighter (and Pygments, where it is installed). Checked in a fresh
interpreter, since this test process has imported everything already."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"


def _modules_after(code: str) -> set[str]:
    env = {**os.environ, "PYTHONPATH": str(SRC), "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", code + "\nimport sys\nprint(' '.join(sorted(sys.modules)))"],
                         env=env, capture_output=True, text=True, timeout=120, check=True).stdout
    return set(out.split())


def test_first_run_questions_and_the_renderer_leave_heavy_modules_alone():
    loaded = _modules_after(
        "import iia_help.ui.first_run, iia_help.ui.resume\n"
        "from iia_help.guidance import load_library\n"
        "load_library().render('home', region='england')\n"
    )
    assert "iia_help.worker_mode" in loaded and "markdown" in loaded  # the modules really were loaded
    for heavy in ("cryptography", "markdown.extensions.codehilite", "pygments"):
        assert heavy not in loaded, heavy

