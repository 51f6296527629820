"""``iia-help --self-test`` from source under Windows CPython, then which Qt platform plugin and font it had.

    python selftest.py     (QT_QPA_PLATFORM chooses the plugin: offscreen, or windows on an X display)
"""

from __future__ import annotations

import faulthandler
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "src"))
faulthandler.dump_traceback_later(1800, exit=True)  # only a hang: prints its stack instead of stalling the run


def main() -> int:
    from iia_help.cli import main as cli_main

    rc = cli_main(["--self-test"])
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    if app is not None:
        print(f"platform {app.platformName()} font {app.font().family()!r} {app.font().pointSizeF()}pt", flush=True)
    if app is not None and app.platformName() == "windows":
        # The capture-exclusion request (SetWindowDisplayAffinity through ctypes) on a real window.
        from PySide6.QtWidgets import QWidget

        from iia_help.ui.capture_exclusion import set_capture_excluded

        w = QWidget()
        w.show()
        app.processEvents()
        on, off = set_capture_excluded(w, True), set_capture_excluded(w, False)
        print(f"capture-exclusion on={int(on)} off={int(off)}", flush=True)
        w.close()
    return rc


if __name__ == "__main__":
    sys.exit(main())
