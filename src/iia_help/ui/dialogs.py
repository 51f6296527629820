"""File dialogs that leave no traces.

Always Qt's own dialog (``DontUseNativeDialog``): native dialogs add entries to the system's recent-files lists,
and the panic key cannot hide them. Qt's own dialog, when destroyed, saves its last folder and history under
Qt's shared "QtProject" settings (a file in ~/.config, or the registry on Windows); ``scrub_qt_dialog_history``
removes that again straight after every dialog.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QWidget

_QT_GROUP = "FileDialog"


def scrub_qt_dialog_history() -> None:
    """Remove what QFileDialog saved about folders it visited; delete the settings file if it is then empty."""
    s = QSettings(QSettings.Scope.UserScope, "QtProject")
    s.remove(_QT_GROUP)
    s.sync()
    remaining = s.allKeys()
    name = s.fileName()
    del s
    if not remaining and name and not name.startswith("\\"):  # a file, not a registry path
        with contextlib.suppress(OSError):
            Path(name).unlink()


def start_folder() -> Path:
    """Where a file chooser opens: the person's Pictures folder (screenshots), else Downloads, else home."""
    from PySide6.QtCore import QStandardPaths

    loc = QStandardPaths.StandardLocation
    for where in (loc.PicturesLocation, loc.DownloadLocation, loc.HomeLocation):
        folder = QStandardPaths.writableLocation(where)
        if folder and Path(folder).is_dir() and Path(folder) != Path(Path(folder).anchor):
            return Path(folder)
    return Path.home()


def _make(parent: QWidget | None, title: str, mode: QFileDialog.FileMode, accept: QFileDialog.AcceptMode,
          name_filter: str, directory: str | None) -> QFileDialog:
    d = QFileDialog(parent, title)
    d.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    d.setOption(QFileDialog.Option.DontUseCustomDirectoryIcons, True)
    d.setFileMode(mode)
    d.setAcceptMode(accept)
    if name_filter:
        d.setNameFilter(name_filter)
    # Start in the folder given, else the person's own Pictures, Downloads or home folder (never "/"); the
    # history stays empty, so nothing records where they went.
    d.setDirectory(directory or str(start_folder()))
    d.setHistory([])
    d.setObjectName("fileDialog")
    return d


def _run(d: QFileDialog) -> list[str]:
    try:
        ok = d.exec() == QFileDialog.DialogCode.Accepted
        return d.selectedFiles() if ok else []
    finally:
        d.setHistory([])
        d.deleteLater()
        # Destruction writes Qt's settings; delete the C++ object now, then scrub.
        import shiboken6

        if shiboken6.isValid(d):
            shiboken6.delete(d)
        scrub_qt_dialog_history()


def open_files(parent: QWidget | None, title: str, name_filter: str = "", directory: str | None = None,
               multiple: bool = True) -> list[Path]:
    mode = QFileDialog.FileMode.ExistingFiles if multiple else QFileDialog.FileMode.ExistingFile
    d = _make(parent, title, mode, QFileDialog.AcceptMode.AcceptOpen, name_filter, directory)
    return [Path(p) for p in _run(d)]


def save_file(parent: QWidget | None, title: str, suggested_name: str, name_filter: str = "",
              directory: str | None = None) -> Path | None:
    d = _make(parent, title, QFileDialog.FileMode.AnyFile, QFileDialog.AcceptMode.AcceptSave, name_filter, directory)
    d.selectFile(suggested_name)
    files = _run(d)
    return Path(files[0]) if files else None
