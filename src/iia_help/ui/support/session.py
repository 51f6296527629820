"""Guest sessions: one visitor at a time on a shared centre computer, and nothing of them left behind.

While a session runs, ``ctx.guest`` is True and settings are never saved (``ctx.save_settings`` becomes a
no-op), so text size, region or zoom changes live in memory only. **End session** (the button asks first, with
``EndSessionDialog``; panic and quit end at once) forgets everything the visitor touched in the app and returns
to the home page, ready for the next person. Only the support worker's own choices (``save_centre_settings``)
reach the disk.

A handout saved as a PDF is a file the person chose to write, so End session does not silently remove it: the
session remembers where handouts were saved, and the confirmation says where they are and offers to delete them.
That memory is also kept in a small neutral record in the data folder (``iia_help.saved_files``) until End session
is answered, so a handout saved before a Quick exit is still named, and offered for deletion, after the restart.
"""

from __future__ import annotations

import contextlib
import copy
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QGridLayout,
    QMessageBox,
    QSizePolicy,
    QSpacerItem,
    QWidget,
)

from iia_help import saved_files
from iia_help.context import AppContext
from iia_help.ui.i18n import translate
from iia_help.ui.shell import Page, Shell

if TYPE_CHECKING:
    from iia_help.ui.main_window import MainWindow
from iia_help.settings import OPTIONS, Settings, apply_changes, save_settings
from iia_help.ui import clipboard
from iia_help.ui.common.dialog_helpers import plain_informative_text
from iia_help.worker_mode import GuestState

HOME_PAGE = "guidance"


def clear_page(page: Page) -> None:
    """Make a page forget the visit (its ``clear_session()``; by default, back to its start)."""
    page.clear_session()


def _restore(ctx: AppContext, source: Settings) -> None:
    """Put the centre's settings back (in place, not saved: still a guest), telling every listener."""
    values = asdict(source)  # deep copies
    ctx.update_settings(**{name: opt.repair(values[name]) for name, opt in OPTIONS.items()})


class GuestSession(QObject):
    """Controls guest mode for one ``AppContext`` (and, if given, its ``MainWindow``)."""

    started = Signal()
    #: Emitted after End session has forgotten the visit (the next visit begins at once).
    ended = Signal()
    #: Emitted when guest sessions are switched off.
    stopped = Signal()
    #: Emitted when the handouts remembered for End session change.
    saved_changed = Signal()

    def __init__(self, ctx: AppContext, window: MainWindow | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent if parent is not None else window)
        self.ctx = ctx
        self.window = window
        self.shell: Shell | None = window.shell if window is not None else None
        self.state = GuestState()
        self._baseline: Settings | None = None
        self._cleaners: list[Callable[[], None]] = []
        self._ending = False
        self._saved: list[saved_files.SavedFile] = []

    # ----- state -----
    @property
    def active(self) -> bool:
        return self._baseline is not None

    @property
    def baseline(self) -> Settings | None:
        """The centre's saved settings, restored by End session (None outside a guest session)."""
        return self._baseline

    @property
    def record(self) -> Path:
        return self.ctx.paths.data_dir / saved_files.RECORD_NAME

    def note_saved_file(self, path: str | Path) -> None:
        """Remember a file saved during this visit (a handout PDF), what it holds, and, on disk, that it was
        saved, so End session can say where it is even after a Quick exit and a restart."""
        if not self.active:
            return
        found = saved_files.describe(Path(path))
        if found is None:
            return
        self._saved = [f for f in self._saved if f.path != found.path] + [found]
        self._write_record()
        self.saved_changed.emit()

    def saved_files(self) -> list[Path]:
        """Files saved during this visit (or one ended by a Quick exit) that are still there."""
        return [f.path for f in self.saved_records()]

    def saved_records(self) -> list[saved_files.SavedFile]:
        return [f for f in self._saved if saved_files.still_there(f)]

    def forget_saved(self) -> None:
        """End session was answered (files deleted or kept): forget them, on disk too."""
        self._saved = []
        self._write_record()
        self.saved_changed.emit()

    def _write_record(self) -> None:
        with contextlib.suppress(OSError):  # a read-only data folder: the files are still named this visit
            if self._saved:
                self.ctx.paths.ensure_data_dir()
            saved_files.save(self.record, self._saved)

    def add_cleaner(self, fn: Callable[[], None]) -> None:
        """Register something End session must also forget (run first, before the pages are reset)."""
        self._cleaners.append(fn)

    # ----- start / stop -----
    def start(self) -> None:
        if self.active:
            return
        self._baseline = copy.deepcopy(self.ctx.settings)
        self.ctx.guest = True
        self.state.clear()
        self._saved = saved_files.load(self.record)  # handouts from a visit a Quick exit ended
        self._log_journal("guest session started")
        self.started.emit()
        self.saved_changed.emit()

    def stop(self) -> None:
        """Switch guest mode off (a support worker's choice): forget the visit first."""
        if not self.active:
            return
        self.end_session()
        self._baseline = None
        self.ctx.guest = False
        self.stopped.emit()

    # ----- End session -----
    def end_session(self) -> None:
        """Forget everything of this visit and go back to the home page. Safe to call at any time."""
        if not self.active or self._ending:
            return
        self._ending = True
        try:
            self._log_journal("guest session ended")
            self._close_dialogs()
            for fn in list(self._cleaners):
                with contextlib.suppress(Exception):  # one failing part must not stop the rest
                    fn()
            clipboard.clear_if_ours()
            _restore(self.ctx, self._baseline)  # region, zoom, contrast...: every page follows
            self.state.clear()
            # Panic and quit end the visit without asking: the handouts stay remembered (on disk) until End
            # session is answered, so the next start still names them.
            self._saved = saved_files.load(self.record) if self._saved else []
            self._reset_window()
        finally:
            self._ending = False
        self.ended.emit()

    def _log_journal(self, event: str) -> None:
        """Note the session in the journal's custody log when a journal is unlocked (never what was done)."""
        for page in self.shell.pages().values() if self.shell is not None else ():
            with contextlib.suppress(Exception):
                page.note_in_history(event)

    def _close_dialogs(self) -> None:
        app = QApplication.instance()
        if app is None:
            return
        for w in QApplication.topLevelWidgets():
            if isinstance(w, QDialog) and w.isVisible():
                w.reject()

    def _reset_window(self) -> None:
        shell = self.shell
        if shell is None:
            return
        with contextlib.suppress(Exception):
            from iia_help.ui.theme import apply_theme

            apply_theme(self.ctx)
        for page in shell.pages().values():
            with contextlib.suppress(Exception):  # one failing page must not stop the rest
                clear_page(page)
        shell.navigate(HOME_PAGE)

    # ----- disk -----
    def save_centre_settings(self, **changes) -> None:
        """Apply a support worker's change to the centre's saved settings and to the live ones, and save.

        In a guest session only the centre's baseline is written, never what the visitor changed.
        """
        if self._baseline is not None:
            apply_changes(self._baseline, changes)
            self.ctx.paths.ensure_data_dir()
            save_settings(self.ctx.paths.settings_file, self._baseline)
        self.ctx.update_settings(**changes)  # saved too unless a guest session


# ------------------------------------------------------------------------------------------ confirmation
def delete_files(files: list[saved_files.SavedFile]) -> list[tuple[Path, str]]:
    """Delete these saved files, each only if its path still holds that very file (not a link, not something
    else put there since); return (path, why) for the ones still there. Already gone counts as deleted."""
    failed = []
    for f in files:
        r = saved_files.delete_saved(f)
        if not r.gone:
            failed.append((f.path, r.why.replace("since it was added", "since it was saved")))
    return failed


class EndSessionDialog(QMessageBox):
    """"End this session?", and where any handout saved during the visit is, with the choice to delete it.

    ``choice`` after it closes: "cancel", "end", "end-keep" or "end-delete". With saved files, Enter does not
    pick for the worker: the handout may be on the visitor's own USB stick, or left on this computer."""

    def __init__(self, saved: list[Path], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("endSessionConfirm")
        self.setWindowTitle(translate("EndSessionDialog", "End session"))
        self.setIcon(QMessageBox.Icon.Question)
        self.saved = list(saved)
        self.choice = "cancel"
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setText(translate("EndSessionDialog", "End this session?"))
        info = (translate(
                "EndSessionDialog",
                "The app forgets this visit: searches, pages looked at, text size, the region chosen and the "
                "take-away journal. Then it is ready for the next person."))
        if self.saved:
            count = len(self.saved)
            one = count == 1
            where = "\n".join(str(p) for p in self.saved)
            info += (translate(
                     "EndSessionDialog",
                     "\n\nA handout saved here (in this visit, or one a Quick exit ended) is still on this computer:\n")
                     if one else translate(
                                 "EndSessionDialog",
                                 "\n\n%n handouts saved here (in this visit, or one a Quick exit ended) are still "
                                 "on this computer:\n",
                                 "\n\n%n handout saved here (in this visit, or one a Quick exit ended) is still on "
                                 "this computer:\n", count))
            info += where + (translate(
                             "EndSessionDialog",
                             "\n\nDelete it, unless the person is taking it away on their own USB stick.") if one
                             else translate(
                                  "EndSessionDialog",
                                  "\n\nDelete them, unless the person is taking them away on their own USB stick."))
        self.setInformativeText(info)
        plain_informative_text(self)  # it shows the handouts' paths
        self.setAccessibleName(translate("EndSessionDialog", "End this session?"))
        self.setAccessibleDescription(info)
        self._buttons: dict[object, str] = {}
        if self.saved:
            one = len(self.saved) == 1
            delete = self._add(translate("EndSessionDialog", "End session and &delete the handout") if one else
                               translate("EndSessionDialog", "End session and &delete the handouts"), "end-delete",
                               QMessageBox.ButtonRole.DestructiveRole)
            self._add(translate("EndSessionDialog", "End session, &keep the handout") if one else
                      translate("EndSessionDialog", "End session, &keep the handouts"), "end-keep",
                      QMessageBox.ButtonRole.AcceptRole)
            cancel = self._add(translate("EndSessionDialog", "Cancel"), "cancel", QMessageBox.ButtonRole.RejectRole)
            self.setDefaultButton(cancel)
            self.delete_button = delete
        else:
            end = self._add(translate("EndSessionDialog", "&End session"), "end", QMessageBox.ButtonRole.AcceptRole)
            cancel = self._add(translate("EndSessionDialog", "Cancel"), "cancel", QMessageBox.ButtonRole.RejectRole)
            self.setDefaultButton(end)
            self.delete_button = None
        self.setEscapeButton(cancel)
        grid = self.layout()  # a message box sizes itself to its first line: give the paths room to read
        if isinstance(grid, QGridLayout):
            grid.addItem(QSpacerItem(520, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Minimum),
                         grid.rowCount(), 0, 1, grid.columnCount())
        self.buttonClicked.connect(lambda b: setattr(self, "choice", self._buttons.get(b, "cancel")))

    def _add(self, text: str, choice: str, role: QMessageBox.ButtonRole):
        button = self.addButton(text, role)
        button.setAccessibleName(text.replace("&", ""))
        self._buttons[button] = choice
        return button

    def button_for(self, choice: str):
        return next(b for b, c in self._buttons.items() if c == choice)
