"""Pick a file with the app's own file dialog and save one with it, under Windows CPython (under Wine).

    python dialog.py PICKED_FILE SAVE_FOLDER

Qt's file dialog writes its history to the registry on Windows (HKCU\\Software\\QtProject); the app must put that
back as it was. Prints ``PICKED <path>`` and ``SAVED <path>``; tests/test_windows_wine.py diffs the registry.
"""

from __future__ import annotations

import faulthandler
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "src"))
faulthandler.dump_traceback_later(1800, exit=True)  # only a hang: prints its stack instead of stalling the run


def main() -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox

    from iia_help.ui import dialogs
    from iia_help.ui.app import create_application

    picked, save_folder = Path(sys.argv[1]), Path(sys.argv[2])
    create_application([])

    def answer(name: str) -> None:
        for w in QApplication.topLevelWidgets():
            if isinstance(w, QMessageBox) and w.isVisible():  # not expected: say so, and let the dialog end
                print(f"UNEXPECTED {w.text()}", flush=True)
                w.reject()
                return
            if w.objectName() == "fileDialog" and w.isVisible():
                w.findChild(QLineEdit, "fileNameEdit").setText(name)
                w.accept()
                return
        QTimer.singleShot(20, lambda: answer(name))

    QTimer.singleShot(0, lambda: answer(picked.name))
    chosen = dialogs.open_files(None, "Choose a file", directory=str(picked.parent))
    print(f"PICKED {';'.join(str(p) for p in chosen)}", flush=True)
    QTimer.singleShot(0, lambda: answer("evidence-copy.zip"))
    saved = dialogs.save_file(None, "Save as", "evidence.zip", directory=str(save_folder))
    print(f"SAVED {saved}", flush=True)
    return 0 if chosen == [picked] and saved == save_folder / "evidence-copy.zip" else 1


if __name__ == "__main__":
    sys.exit(main())
