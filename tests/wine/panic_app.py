"""The real app, started as a person starts it, under Windows CPython (tests/test_windows_wine.py, under Wine).

    python panic_app.py

Uses the default data folder. Once the app has started (its panic filters in place), opens one of the app's own
modal questions (``journal.common.ask``, as deleting an entry does). Once that dialog and the main window behind
it are on screen and Qt has blocked the main window, prints
``READY main=<HWND> dialog=<HWND> qx=<x> qy=<y>``: the two windows, and the middle of Quick exit in the main window's
client pixels. The parent then posts WM_KEYDOWN or WM_LBUTTONDOWN to the blocked main window from another process.
When the panic has hidden the windows: ``PANIC <source> <native|qt> visible=<IsWindowVisible of each, 0/1>``;
after the app returns: ``RC <code>``.
"""

from __future__ import annotations

import ctypes
import faulthandler
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "src"))
faulthandler.dump_traceback_later(1800, exit=True)  # only a hang: prints its stack instead of stalling the run


def main() -> int:
    from PySide6.QtCore import QPoint, QTimer
    from PySide6.QtWidgets import QApplication

    from iia_help.cli import main as cli_main
    from iia_help.ui.app import create_application

    user32 = ctypes.WinDLL("user32")
    user32.IsWindowVisible.argtypes = [ctypes.c_void_p]
    create_application([])
    hwnds: list[int] = []

    asked: list[bool] = []

    def drive() -> None:
        window = next((w for w in QApplication.topLevelWidgets() if w.objectName() == "mainWindow"), None)
        modal = QApplication.activeModalWidget()
        ctrl = getattr(window, "panic_controller", None)
        if not asked and ctrl is not None and ctrl.filtering and modal is None:
            from iia_help.ui.journal.common import ask

            asked.append(True)
            QTimer.singleShot(20, drive)  # runs inside the question's own event loop
            ask(window, None, "Delete this entry?", "This entry will be removed from your journal.", "Delete")
            return
        ready = (window is not None and modal is not None and ctrl is not None and modal.isVisible()
                 and window.windowHandle() is not None and window.windowHandle() in ctrl.blocked_windows
                 and modal.windowHandle() is not None and modal.windowHandle().isExposed()
                 and window.windowHandle().isExposed())
        if not ready:
            QTimer.singleShot(20, drive)
            return
        button = window.quick_exit_button
        dpr = window.windowHandle().devicePixelRatio() or 1.0
        centre = button.mapTo(window, QPoint(button.width() // 2, button.height() // 2))
        hwnds[:] = [int(window.winId()), int(modal.winId())]

        def on_panic(source: str) -> None:
            visible = ",".join(str(int(bool(user32.IsWindowVisible(h)))) for h in hwnds)
            print(f"PANIC {source} {ctrl.last_path} visible={visible}", flush=True)

        ctrl.panic_started.connect(on_panic)
        print(f"READY main={hwnds[0]} dialog={hwnds[1]} qx={int(centre.x() * dpr)} qy={int(centre.y() * dpr)} "
              f"modal={modal.objectName()}", flush=True)

    QTimer.singleShot(50, drive)
    rc = cli_main([])
    print(f"RC {rc}", flush=True)
    return rc


if __name__ == "__main__":
    sys.exit(main())
