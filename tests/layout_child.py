"""Child process for test_layout_x11.py: the real app (``iia_help.cli.main``) on an X display walks every area
(tests/layout_fit.py) and prints ``FIT {"state": ..., "problems": [...]}`` for each, then ``DONE`` and quits.

    python tests/layout_child.py [--shots DIR] -- <app args>

With ``--shots``, a screenshot of the whole screen after each state (``import -window root``), for a person to look at.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def main() -> int:
    args = sys.argv[1:]
    shots = Path(args[args.index("--shots") + 1]) if "--shots" in args else None
    app_args = args[args.index("--") + 1:]

    from PySide6.QtCore import QTimer

    from iia_help.cli import main as cli_main
    from iia_help.ui import app as A
    from layout_fit import wait_until, walk

    def marker(app, window, mode) -> None:
        n = [0]

        def report(state: str, problems: list[str]) -> None:
            n[0] += 1
            if shots is not None:
                name = f"{n[0]:02d}-{state.replace(' ', '-')}.png"
                subprocess.run(["import", "-window", "root", str(shots / name)], check=False)
            print("FIT " + json.dumps({"state": state, "problems": problems,
                                       "window": [window.width(), window.height()]}), flush=True)

        def run() -> None:
            wait_until(app, lambda: getattr(window, "worker_mode", None) is not None, "the app to finish starting")
            walk(app, window, report)
            print("DONE", flush=True)
            app.quit()

        A._call_after_first_paint(window, lambda: QTimer.singleShot(0, run), fallback_ms=None)

    A._bench_marker = marker
    os.environ["IIA_BENCH_EXIT_AFTER_SHOW"] = "child"  # run_app calls the marker and skips the first-run questions
    return cli_main(app_args)


if __name__ == "__main__":
    sys.exit(main())
