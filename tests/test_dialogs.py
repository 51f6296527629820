"""Qt's own file dialog records visited folders in Qt's shared settings; ours must leave nothing behind."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLineEdit

from iia_help.ui import clipboard, dialogs

from conftest import list_files


def _answer_dialog(folder: str, accept_name: str | None = None) -> None:
    def act():
        for w in QApplication.topLevelWidgets():
            if w.objectName() == "fileDialog" and w.isVisible():
                w.setDirectory(folder)
                if accept_name:
                    # selectFile() leaves the name box alone while it has focus (timing), so type into it.
                    w.findChild(QLineEdit, "fileNameEdit").setText(accept_name)
                    w.accept()
                    if w.isVisible():  # Qt's file model has not seen the folder yet: try again shortly
                        QTimer.singleShot(20, act)
                else:
                    w.reject()
                return
        QTimer.singleShot(20, act)

    QTimer.singleShot(20, act)


def test_open_dialog_is_qt_own_and_leaves_no_history(qapp, tmp_path, isolated_user_dirs):
    folder = tmp_path / "secret-folder-name"
    folder.mkdir()
    (folder / "pic.png").write_bytes(b"x")
    _answer_dialog(str(folder), "pic.png")
    chosen = dialogs.open_files(None, "Choose")
    assert chosen == [folder / "pic.png"]
    home = isolated_user_dirs["HOME"]
    leftovers = [p for p in list_files(home) if "secret-folder-name" in p.read_text(errors="ignore")]
    assert leftovers == []
    assert not (isolated_user_dirs["XDG_CONFIG_HOME"] / "QtProject.conf").exists()


def test_cancelled_save_dialog_returns_none_and_leaves_no_history(qapp, tmp_path, isolated_user_dirs):
    _answer_dialog(str(tmp_path))
    assert dialogs.save_file(None, "Save", "report.zip") is None
    assert list_files(isolated_user_dirs["HOME"]) == []


def test_clipboard_cleared_only_if_still_ours(qapp):
    cb = QApplication.clipboard()
    clipboard.copy_text("0345 6000 459")
    assert clipboard.holds_ours()
    assert clipboard.clear_if_ours() is True
    assert cb.text() == ""
    clipboard.copy_text("ours")
    cb.setText("something the person copied elsewhere")
    assert clipboard.clear_if_ours() is False
    assert cb.text() == "something the person copied elsewhere"
