"""How long the first file dialog takes to open (Save… or Add files…), in a fresh process each time.

    python benchmarks/bench_file_dialog.py [--quick] [--rounds N]

Each round starts two fresh processes, interleaved: the app's dialog (``ui.dialogs``, after ``create_application``,
which stops Qt searching the computer's icon themes) and the baseline, the same dialog with Qt's default icon theme
search (what the app did before). Each measures from creating the dialog to the dialog shown with its folder (200
files) listed. On Xvfb when it is installed, else offscreen. Prints medians and RESULT lines for
benchmarks/run.py. Asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))

from common import result  # noqa: E402

CHILD = r"""
import sys, time
sys.path.insert(0, sys.argv[1])
from PySide6.QtCore import QEventLoop, QTimer, qInstallMessageHandler
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QFileDialog, QFileSystemModel
qInstallMessageHandler(lambda *_a: None)
from iia_help.ui.app import create_application
from iia_help.ui import dialogs
app = create_application([])
if sys.argv[3] == "baseline":
    QIcon.setThemeSearchPaths(["/usr/share/icons", ":/icons"])  # Qt's defaults on Linux
    QIcon.setFallbackSearchPaths(["/usr/share/pixmaps"])
t0 = time.perf_counter()
d = dialogs._make(None, "Save", QFileDialog.FileMode.AnyFile, QFileDialog.AcceptMode.AcceptSave, "", sys.argv[2])
d.show()
loop = QEventLoop()
d.findChild(QFileSystemModel).directoryLoaded.connect(lambda _p: loop.quit())
QTimer.singleShot(20000, loop.quit)
loop.exec()
print(f"MS {(time.perf_counter() - t0) * 1000:.1f}", flush=True)
"""


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--rounds", type=int, default=0)
    args = ap.parse_args()
    rounds = args.rounds or (3 if args.quick else 7)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "Pictures"
        folder.mkdir()
        for i in range(200):
            (folder / f"screenshot-{i:03d}.png").write_bytes(b"x")
        env = {**os.environ, "HOME": tmp, "XDG_CONFIG_HOME": str(Path(tmp) / ".config"),
               "PYTHONPATH": str(REPO / "src")}
        if shutil.which("Xvfb"):
            from xdisplay import start_xvfb

            xvfb, display = start_xvfb("1024x768x24")
            env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb")
        else:
            xvfb = None
            env["QT_QPA_PLATFORM"] = "offscreen"
        times: dict[str, list[float]] = {"app": [], "baseline": []}
        try:
            for _ in range(rounds):
                for mode in ("baseline", "app"):
                    out = subprocess.run([sys.executable, "-c", CHILD, str(REPO / "src"), str(folder), mode],
                                         env=env, capture_output=True, text=True, timeout=120).stdout
                    ms = [float(line.split()[1]) for line in out.splitlines() if line.startswith("MS ")]
                    if ms:
                        times[mode].append(ms[0])
        finally:
            if xvfb is not None:
                xvfb.terminate()
                xvfb.wait()
    app = statistics.median(times["app"]) if times["app"] else None
    base = statistics.median(times["baseline"]) if times["baseline"] else None
    print(f"first file dialog open, median of {rounds}: app {app} ms, with icon-theme search {base} ms")
    result("file_dialog_first_open", app, "ms", baseline=base, baseline_label="Qt's icon-theme search",
           target=0.5, target_on="ratio", better="lower",
           note="fresh process; dialog created to folder listed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
