"""The real app, started as a person starts it, under Windows CPython (tests/test_windows_wine.py, under Wine).

    python panic_app.py KIND

Uses the default data folder. Once the app has started (its panic filters in place), opens a dialog of ``KIND``:

- ``app``: one of the app's own questions (``journal.common.ask``, as deleting an entry does), shown as the app
  shows every dialog (ui/modal.py: no Qt modality, the main window behind made inert, Quick exit live);
- ``qt-modal``: a message box shown with Qt's own modality (``exec()``), standing for what Qt itself still shows
  modally (the system print dialog on Windows): Qt blocks the main window, so only the native filter sees input.

Once that dialog and the main window behind it are on screen (and, for ``qt-modal``, Qt has blocked the main
window; for ``app``, the app has made it inert and Qt has not blocked it), prints
``READY main=<HWND> dialog=<HWND> qx=<x> qy=<y> modal=<name> blocked=<0|1> inert=<0|1>``: the two windows, and
the middle of Quick exit in the main window's client pixels. The parent then posts WM_KEYDOWN or WM_LBUTTONDOWN to
the main window from another process. When the panic has hidden the windows:
``PANIC <source> <native|qt> visible=<IsWindowVisible of each, 0/1>``; after the app returns: ``RC <code>``.
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
    from PySide6.QtWidgets import QApplication, QMessageBox

    from iia_help.cli import main as cli_main
    from iia_help.ui import modal as presenting
    from iia_help.ui.app import create_application

    kind = sys.argv[1]
    assert kind in ("app", "qt-modal"), kind
    user32 = ctypes.WinDLL("user32")
    user32.IsWindowVisible.argtypes = [ctypes.c_void_p]
    create_application([])
    hwnds: list[int] = []

    asked: list[bool] = []

    def shown_dialog():
        if kind == "qt-modal":
            return QApplication.activeModalWidget()
        shown = presenting.open_dialogs()
        return shown[-1] if shown else None

    def drive() -> None:
        window = next((w for w in QApplication.topLevelWidgets() if w.objectName() == "mainWindow"), None)
        dialog = shown_dialog()
        ctrl = window.panic_controller if window is not None else None
        if not asked and ctrl is not None and ctrl.filtering and dialog is None:
            asked.append(True)
            QTimer.singleShot(20, drive)  # runs inside the dialog's own event loop
            if kind == "app":
                from iia_help.ui.common.dialog_helpers import ask

                ask(window, None, "Delete this entry?", "This entry will be removed from your journal.", "Delete")
            else:
                box = QMessageBox(QMessageBox.Icon.Question, "Notes", "Print?", QMessageBox.StandardButton.Ok,
                                  window)
                box.setObjectName("qtModalBox")
                box.exec()
            return
        blocked = window is not None and ctrl is not None and window.windowHandle() in ctrl.blocked_windows
        inert = window is not None and window in presenting.inert_windows()
        ready = (window is not None and dialog is not None and ctrl is not None and dialog.isVisible()
                 and (blocked if kind == "qt-modal" else inert)
                 and dialog.windowHandle() is not None and dialog.windowHandle().isExposed()
                 and window.windowHandle().isExposed())
        if not ready:
            QTimer.singleShot(20, drive)
            return
        button = window.quick_exit_button
        dpr = window.windowHandle().devicePixelRatio() or 1.0
        centre = button.mapTo(window, QPoint(button.width() // 2, button.height() // 2))
        hwnds[:] = [int(window.winId()), int(dialog.winId())]

        def on_panic(source: str) -> None:
            visible = ",".join(str(int(bool(user32.IsWindowVisible(h)))) for h in hwnds)
            print(f"PANIC {source} {ctrl.last_path} visible={visible}", flush=True)

        ctrl.panic_started.connect(on_panic)
        print(f"READY main={hwnds[0]} dialog={hwnds[1]} qx={int(centre.x() * dpr)} qy={int(centre.y() * dpr)} "
              f"modal={dialog.objectName()} blocked={int(blocked)} inert={int(inert)}", flush=True)

    QTimer.singleShot(50, drive)
    rc = cli_main([])
    print(f"RC {rc}", flush=True)
    return rc


if __name__ == "__main__":
    sys.exit(main())
