"""File dialogs that leave no traces.

Always Qt's own dialog (``DontUseNativeDialog``): native dialogs add entries to the system's recent-files lists,
and the panic key cannot hide them. Qt's own dialog, when destroyed, saves its last folder and history under
Qt's shared "QtProject" settings (a file in ~/.config, or the registry on Windows); ``scrub_qt_dialog_history``
puts that group back as it was before the dialog straight after every dialog (other Qt apps' history is kept).
"""

from __future__ import annotations

import contextlib
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QWidget

from iia_help.ui.modal import exec_dialog

_QT_GROUP = "FileDialog"


@dataclass(frozen=True)
class QtDialogHistory:
    """Qt's shared ``FileDialog`` settings as they were before one of our dialogs ran."""

    file_existed: bool
    values: dict = field(default_factory=dict)
    #: Folders on the way to the settings file that did not exist (``~/.config``): Qt makes them to save its
    #: history, and they go again with the file.
    missing_dirs: tuple[str, ...] = ()
    #: Windows: which of ``QT_REGISTRY_KEYS`` were in the registry (Qt makes them, and removing the values leaves
    #: the empty keys behind: a trace that a Qt program opened a file dialog).
    reg_keys: frozenset = frozenset()


#: Where Qt keeps that group on Windows (HKEY_CURRENT_USER), deepest first.
QT_REGISTRY_KEYS = (r"Software\QtProject\OrganizationDefaults\FileDialog", r"Software\QtProject\OrganizationDefaults",
                    r"Software\QtProject")


def _winreg():  # replaced in tests
    if sys.platform != "win32":
        return None
    import winreg

    return winreg


def _registry_keys_present() -> frozenset:
    reg = _winreg()
    if reg is None:
        return frozenset()
    present = set()
    for key in QT_REGISTRY_KEYS:
        try:
            reg.CloseKey(reg.OpenKey(reg.HKEY_CURRENT_USER, key))
            present.add(key)
        except OSError:
            pass
    return frozenset(present)


def _remove_new_empty_registry_keys(before: frozenset) -> None:
    """Delete the keys our dialog made (absent before), each only if nothing at all is left in it."""
    reg = _winreg()
    if reg is None:
        return
    for key in QT_REGISTRY_KEYS:
        if key in before:
            continue
        try:
            with reg.OpenKey(reg.HKEY_CURRENT_USER, key) as handle:
                subkeys, values, _ = reg.QueryInfoKey(handle)
            if subkeys == 0 and values == 0:
                reg.DeleteKey(reg.HKEY_CURRENT_USER, key)
        except OSError:
            continue


def _qt_settings() -> QSettings:
    return QSettings(QSettings.Scope.UserScope, "QtProject")


def _is_file(name: str) -> bool:
    return bool(name) and not name.startswith("\\")  # a file, not a registry path


def snapshot_qt_dialog_history() -> QtDialogHistory:
    """Remember Qt's ``FileDialog`` group (other Qt apps' history lives there too) before a dialog runs."""
    reg_keys = _registry_keys_present()  # first: on Windows, making a QSettings creates its registry key
    s = _qt_settings()
    name = s.fileName()
    existed = not _is_file(name) or Path(name).exists()
    s.beginGroup(_QT_GROUP)
    values = {k: s.value(k) for k in s.allKeys()}
    s.endGroup()
    missing: list[str] = []
    if _is_file(name):
        home = Path.home()
        for folder in Path(name).parents:
            if folder == home or folder == Path(folder.anchor) or folder.exists():
                break
            missing.append(str(folder))
    return QtDialogHistory(existed, values, tuple(missing), reg_keys)


def scrub_qt_dialog_history(before: QtDialogHistory | None = None) -> None:
    """Undo what our dialog saved in Qt's shared settings, and only that: every ``FileDialog`` key goes back to
    its value in ``before`` (keys it did not have are removed), so other Qt apps' history is kept. The settings
    file is deleted only if it did not exist before and is now empty. Without ``before``, nothing was there."""
    before = before or QtDialogHistory(file_existed=False)
    s = _qt_settings()
    s.beginGroup(_QT_GROUP)
    for key in s.allKeys():
        if key not in before.values:
            s.remove(key)
    for key, value in before.values.items():
        if s.value(key) != value:
            s.setValue(key, value)
    s.endGroup()
    s.sync()
    remaining = s.allKeys()
    name = s.fileName()
    del s
    if not before.file_existed and not remaining and _is_file(name):
        with contextlib.suppress(OSError):
            Path(name).unlink()
        for folder in before.missing_dirs:  # innermost first; only if empty (rmdir), so nothing else is lost
            try:
                os.rmdir(folder)
            except OSError:
                break
    _remove_new_empty_registry_keys(before.reg_keys)


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


def _run(d: QFileDialog, before: QtDialogHistory) -> list[str]:
    """``before``: taken before ``d`` was made (on Windows, making the dialog already creates registry keys)."""
    try:
        ok = exec_dialog(d) == QFileDialog.DialogCode.Accepted
        return d.selectedFiles() if ok else []
    finally:
        d.setHistory([])
        d.deleteLater()
        # Destruction writes Qt's settings; delete the C++ object now, then scrub.
        import shiboken6

        if shiboken6.isValid(d):
            shiboken6.delete(d)
        scrub_qt_dialog_history(before)


def open_files(parent: QWidget | None, title: str, name_filter: str = "", directory: str | None = None,
               multiple: bool = True) -> list[Path]:
    mode = QFileDialog.FileMode.ExistingFiles if multiple else QFileDialog.FileMode.ExistingFile
    before = snapshot_qt_dialog_history()  # Qt writes its history only when the dialog is destroyed
    d = _make(parent, title, mode, QFileDialog.AcceptMode.AcceptOpen, name_filter, directory)
    return [Path(p) for p in _run(d, before)]


def save_file(parent: QWidget | None, title: str, suggested_name: str, name_filter: str = "",
              directory: str | None = None) -> Path | None:
    before = snapshot_qt_dialog_history()
    d = _make(parent, title, QFileDialog.FileMode.AnyFile, QFileDialog.AcceptMode.AcceptSave, name_filter, directory)
    d.selectFile(suggested_name)
    files = _run(d, before)
    return Path(files[0]) if files else None
