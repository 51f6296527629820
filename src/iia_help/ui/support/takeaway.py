"""The take-away journal: an encrypted journal file on the visitor's own USB stick or drive.

During a guest session the Journal area shows this page instead of the computer's own journal. The file is
created or opened with Qt's own file dialog (``iia_help.ui.dialogs``: no default folder, no recent-file
entry, Qt's folder history scrubbed), it lives only on that drive, and closing it locks it and forgets its
path. The centre computer keeps no copy, no path and no recent-file entry.

The file is handled by the app's own journal screens (``iia_help.ui.journal_page.JournalPage``, pointed at the
file with ``set_vault_path``), so a visitor gets the same editor, attachments, drafts and locking as anyone.
"""

from __future__ import annotations

import contextlib
import tempfile
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from iia_help.context import AppContext
from iia_help.ui.i18n import translate
from iia_help.ui.main_window import retire_page
from iia_help.ui.shell import Page

SUGGESTED_NAME = "notes.db"
NAME_FILTER = "Notes files (*.db);;All files (*)"


class TakeAwayError(Exception):
    """A choice that cannot be used. The message is written for people."""


def on_this_computer(path: Path, ctx: AppContext) -> bool:
    """True if ``path`` is inside this computer's user folders, the app's data folder or the temp folder."""
    target = Path(path).expanduser().resolve(strict=False)
    roots = {ctx.paths.data_dir, Path.home(), Path(tempfile.gettempdir())}
    for root in roots:
        with contextlib.suppress(OSError, RuntimeError):
            root = Path(root).resolve(strict=False)
            if target == root or root in target.parents:
                return True
    return False


class TakeAwayJournal(QObject):
    """Which file on the visitor's drive is in use, if any. The journal screens hold the vault itself; this keeps
    only the path, in memory, so End session and the panic key know there is something to close and forget."""

    opened = Signal()
    closed = Signal()

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._path: Path | None = None

    @property
    def path(self) -> Path | None:
        return self._path

    @property
    def is_open(self) -> bool:
        return self._path is not None

    def check_path(self, path: Path) -> Path:
        path = Path(path)
        if on_this_computer(path, self.ctx):
            raise TakeAwayError(translate("TakeAwayPage", "That place is on this computer. Please choose your own USB "
                                                          "stick or drive, so nothing of yours stays here."))
        if not path.parent.is_dir():
            raise TakeAwayError(translate("TakeAwayPage", "That drive or folder could not be found. Check the drive "
                                                          "is plugged in."))
        return path

    def attach(self, path: Path) -> Path:
        """Check ``path`` and remember it as the journal in use (closing any other first)."""
        path = self.check_path(path)
        self.close()
        self._path = path
        self.opened.emit()
        return path

    def close(self) -> None:
        """Forget the file. Safe to call at any time."""
        if self._path is not None:
            self._path = None
            self.closed.emit()


# ------------------------------------------------------------------------------------------ page
class TakeAwayPage(Page):
    """The Journal area during a guest session."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *,
                 controller: TakeAwayJournal | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("takeawayPage")
        self.controller = controller or TakeAwayJournal(ctx, self)
        self._journal_page: QWidget | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        title = QLabel(translate("TakeAwayPage", "<h2>Your take-away journal</h2>"), self)
        title.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(title)
        self.intro = QLabel(
            translate(
            "TakeAwayPage",
            "This computer keeps no journal during a visit. You can keep your notes in a locked file on your "
            "own USB stick or drive, and take it with you. Only you know the passphrase. Nothing is kept here."),
            self)
        self.intro.setWordWrap(True)
        self.intro.setObjectName("takeawayIntro")
        layout.addWidget(self.intro)
        from iia_help.ui.journal_kept import journal_kept_notice

        self.kept_notice = journal_kept_notice(ctx, self)  # the computer's own journal is kept, and how to get back
        if self.kept_notice is not None:
            layout.addWidget(self.kept_notice)
        steps = QLabel(translate(
                       "TakeAwayPage",
                       "Plug in your USB stick first. When you have finished, choose Close my journal (or End "
                       "session), then take the stick with you."), self)
        steps.setWordWrap(True)
        layout.addWidget(steps)
        row = QHBoxLayout()
        self.new_button = QPushButton(translate("TakeAwayPage", "Start a &new journal on my drive…"), self)
        self.new_button.setAccessibleName(translate("TakeAwayPage", "Start a new journal on my drive"))
        self.new_button.clicked.connect(lambda: self.choose_and_start(creating=True))
        self.open_button = QPushButton(translate("TakeAwayPage", "&Open my journal from my drive…"), self)
        self.open_button.setAccessibleName(translate("TakeAwayPage", "Open my journal from my drive"))
        self.open_button.clicked.connect(lambda: self.choose_and_start(creating=False))
        self.close_button = QPushButton(translate("TakeAwayPage", "&Close my journal"), self)
        self.close_button.setObjectName("takeawayClose")
        self.close_button.setAccessibleName(translate("TakeAwayPage", "Close my journal"))
        self.close_button.setAccessibleDescription(translate(
                                                   "TakeAwayPage",
                                                   "Locks the journal. This computer forgets where it is."))
        self.close_button.clicked.connect(self.close_journal)
        for b in (self.new_button, self.open_button, self.close_button):
            row.addWidget(b)
        row.addStretch(1)
        layout.addLayout(row)
        self.status = QLabel("", self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # it names the visitor's file
        self.status.setObjectName("takeawayStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.body = QStackedWidget(self)
        self.empty = QWidget(self.body)
        self.body.addWidget(self.empty)
        layout.addWidget(self.body, 1)
        self.controller.closed.connect(self._show_closed)
        self._update()

    # ----- state -----
    @property
    def is_open(self) -> bool:
        return self._journal_page is not None

    @property
    def journal_page(self) -> QWidget | None:
        """The journal screens showing the visitor's file, while one is open."""
        return self._journal_page

    def _update(self) -> None:
        self.close_button.setVisible(self.is_open)
        self.new_button.setEnabled(not self.is_open)
        self.open_button.setEnabled(not self.is_open)

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.setAccessibleName(text)

    # ----- flows -----
    def choose_and_start(self, *, creating: bool) -> bool:
        """Ask for a file on the visitor's drive (Qt's own dialog), then hand it to the journal screens, which
        ask for the passphrase. True if a file was chosen and can be used."""
        from iia_help.ui.dialogs import open_files, save_file

        if creating:
            path = save_file(self, translate("TakeAwayPage", "Where to keep your journal (your own drive)"),
                SUGGESTED_NAME, NAME_FILTER)
        else:
            picked = open_files(self, translate("TakeAwayPage", "Open your journal (from your own drive)"),
                NAME_FILTER, multiple=False)
            path = picked[0] if picked else None
        if path is None:
            return False
        try:
            self.start_on(path)
        except TakeAwayError as exc:
            self._say(str(exc))
            return False
        return True

    def start_on(self, path: Path) -> QWidget:
        """Show the journal screens for the file at ``path`` (a new file: the create screen; an existing one: the
        unlock screen). Raises ``TakeAwayError`` for a place on this computer or a missing drive."""
        from iia_help.ui.journal_page import JournalPage

        path = self.controller.attach(path)
        self._drop_journal_page()
        page = JournalPage(self.ctx, self.body)
        page.setObjectName("takeawayJournalPage")
        self.body.addWidget(page)
        self.body.setCurrentWidget(page)
        page.set_vault_path(path)
        if not path.exists():
            page.show_create_view()  # straight to choosing a passphrase (its intro talks about this computer)
        self._journal_page = page
        self._say(translate("TakeAwayPage", "Your journal is on your drive. Close it before you go."))
        self._update()
        return page

    def _drop_journal_page(self) -> bool:
        """Lock the journal screens and remove them. True if there were any."""
        page, self._journal_page = self._journal_page, None
        if page is None:
            return False
        retire_page(self.body, page)
        return True

    def close_journal(self) -> None:
        """Lock the journal and forget it completely."""
        had_page = self._drop_journal_page()
        self.controller.close()
        self.body.setCurrentWidget(self.empty)
        self._update()
        self._say("" if not had_page and not self.status.text() else translate(
                                                                     "TakeAwayPage",
                                                                     "Your journal is closed and locked. "
                  "This computer has forgotten where it is."))

    def _show_closed(self) -> None:
        self._drop_journal_page()
        self.body.setCurrentWidget(self.empty)
        self._update()

    # ----- hooks the app calls -----
    def clear_session(self) -> None:
        self.close_journal()
        self._say("")

    def panic_cleanup(self) -> None:
        self.close_journal()

    def lock(self) -> None:
        self.close_journal()

    def reset_to_home(self) -> None:
        self._say("")
