"""The take-away journal: an encrypted journal file on the visitor's own USB stick or drive.

During a guest session the Journal area shows this page instead of the computer's own journal. The file is
created or opened with Qt's own file dialog (``iia_help.ui.dialogs``: no default folder, no recent-file
entry, Qt's folder history scrubbed), it lives only on that drive, and closing it locks it and forgets its
path. The centre computer keeps no copy, no path and no recent-file entry.

If the journal screens (``iia_help.ui.journal_page.JournalPage`` with ``set_vault_path``) are available they
are reused; otherwise this module's small notebook is used.
"""

from __future__ import annotations

import contextlib
import functools
import importlib
import tempfile
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QDateTime, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from iia_help.context import AppContext
from iia_help.journal import KIND_LABELS, KINDS, Entry, Journal
from iia_help.ui.worker._busy import run_off_ui_thread
from iia_help.ui.worker.prompt import PassphrasePrompt
from iia_help.vault import Vault, VaultError, WrongPassphrase

#: Argon2id calibration for new take-away vaults. Tests set this to False (the RFC 9106 floor, fast).
CALIBRATE = True
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
    """Holds the open take-away journal, if any. Nothing here is ever written to the centre computer."""

    opened = Signal()
    closed = Signal()

    def __init__(self, ctx: AppContext, parent: QObject | None = None, *, calibrate: bool | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._calibrate = calibrate
        self._vault: Vault | None = None
        self._journal: Journal | None = None

    @property
    def calibrate(self) -> bool:
        return CALIBRATE if self._calibrate is None else self._calibrate

    @property
    def journal(self) -> Journal | None:
        return self._journal

    @property
    def path(self) -> Path | None:
        return self._vault.path if self._vault is not None else None

    @property
    def is_open(self) -> bool:
        return self._vault is not None and self._vault.is_open

    def check_path(self, path: Path) -> Path:
        path = Path(path)
        if on_this_computer(path, self.ctx):
            raise TakeAwayError("That place is on this computer. Please choose your own USB stick or drive, "
                                "so nothing of yours stays here.")
        if not path.parent.is_dir():
            raise TakeAwayError("That drive or folder could not be found. Check the drive is plugged in.")
        return path

    def create(self, path: Path, passphrase: str) -> Journal:
        path = self.check_path(path)
        self.close()
        vault = run_off_ui_thread(functools.partial(Vault.create, path, passphrase, calibrate=self.calibrate))
        return self._adopt(vault)

    def open(self, path: Path, passphrase: str) -> Journal:
        path = self.check_path(path)
        self.close()
        vault = run_off_ui_thread(Vault.open, path, passphrase)
        return self._adopt(vault)

    def _adopt(self, vault: Vault) -> Journal:
        self._vault = vault
        self._journal = Journal(vault)
        self.opened.emit()
        return self._journal

    def close(self) -> None:
        """Lock the file and forget it: keys dropped, path dropped. Safe to call at any time."""
        vault, self._vault, self._journal = self._vault, None, None
        if vault is not None:
            with contextlib.suppress(Exception):
                vault.close()
            self.closed.emit()


def _journal_page_class() -> type | None:
    try:
        module = importlib.import_module("iia_help.ui.journal_page")
    except ModuleNotFoundError as exc:
        if exc.name != "iia_help.ui.journal_page":
            raise
        return None
    cls = getattr(module, "JournalPage", None)
    return cls if cls is not None and hasattr(cls, "set_vault_path") else None


# ------------------------------------------------------------------------------------------ dialogs
class PassphraseDialog(PassphrasePrompt):
    """Asks for the take-away journal's passphrase (twice when creating). Never stores it."""

    def __init__(self, creating: bool, parent: QWidget | None = None) -> None:
        super().__init__(
            parent, object_name="takeawayPassphrase",
            title="Make a passphrase" if creating else "Open your journal",
            intro="Choose a passphrase only you know. Nobody can get your notes back without it, so pick "
                  "words you will remember." if creating else "Type the passphrase for your journal.",
            label="&Passphrase:", name="Passphrase", new=creating, ok_text="Create" if creating else "Open",
            ids=("passphrase", "confirm", "passphraseError"),
        )
        self.creating = creating


class MiniJournal(QWidget):
    """A small notebook for the take-away journal when the full journal screens are not available."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.journal: Journal | None = None
        layout = QHBoxLayout(self)
        self.list = QListWidget(self)
        self.list.setObjectName("takeawayEntries")
        self.list.setAccessibleName("Your notes, newest first")
        layout.addWidget(self.list, 1)
        form_box = QWidget(self)
        form = QFormLayout(form_box)
        self.when = QDateTimeEdit(QDateTime.currentDateTime(), form_box)
        self.when.setCalendarPopup(True)
        self.when.setAccessibleName("When it happened")
        form.addRow("&When it happened:", self.when)
        self.kind = QComboBox(form_box)
        for k in KINDS:
            self.kind.addItem(KIND_LABELS[k], k)
        self.kind.setAccessibleName("What happened")
        form.addRow("What &happened:", self.kind)
        self.platform = QLineEdit(form_box)
        self.platform.setAccessibleName("Where (app or website)")
        form.addRow("Whe&re (app or website):", self.platform)
        self.account = QLineEdit(form_box)
        self.account.setAccessibleName("Their username or number")
        form.addRow("Their &username or number:", self.account)
        self.description = QPlainTextEdit(form_box)
        self.description.setAccessibleName("What was said or done")
        form.addRow("What was &said or done:", self.description)
        self.save_button = QPushButton("Sa&ve this note", form_box)
        self.save_button.setAccessibleName("Save this note")
        self.save_button.clicked.connect(self.save_entry)
        form.addRow(self.save_button)
        self.status = QLabel("", form_box)
        self.status.setWordWrap(True)
        form.addRow(self.status)
        layout.addWidget(form_box, 2)

    def set_journal(self, journal: Journal | None) -> None:
        self.journal = journal
        self.clear_form()
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        if self.journal is None:
            return
        for e in sorted(self.journal.entries(), key=lambda e: e.occurred_at, reverse=True):
            first = (e.description.strip().splitlines() or [""])[0][:60]
            when = e.occurred_at.astimezone().strftime("%d %b %Y %H:%M")
            self.list.addItem(f"{when}  ·  {e.kind_label}  ·  {e.platform}  ·  {first}")

    def clear_form(self) -> None:
        self.when.setDateTime(QDateTime.currentDateTime())
        self.kind.setCurrentIndex(0)
        for w in (self.platform, self.account, self.description):
            w.clear()
        self.status.clear()

    def save_entry(self) -> None:
        if self.journal is None:
            return
        occurred = self.when.dateTime().toPython()
        if not isinstance(occurred, datetime):  # pragma: no cover (PySide returns datetime)
            occurred = datetime.now()
        entry = Entry(occurred_at=occurred.astimezone(), kind=self.kind.currentData(),
                      platform=self.platform.text().strip(), account=self.account.text().strip(),
                      description=self.description.toPlainText())
        try:
            self.journal.add_entry(entry)
        except VaultError as exc:
            self.status.setText(str(exc))
            return
        self.clear_form()
        self.status.setText("Saved on your drive.")
        self.refresh()


# ------------------------------------------------------------------------------------------ page
class TakeAwayPage(QWidget):
    """The Journal area during a guest session."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, controller: TakeAwayJournal | None = None,
                 use_journal_page: bool | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("takeawayPage")
        self.ctx = ctx
        self.controller = controller or TakeAwayJournal(ctx, self)
        self._journal_page_cls = _journal_page_class() if use_journal_page in (None, True) else None
        self._journal_page: QWidget | None = None
        self._page_path: Path | None = None  # path handed to the full journal screens

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        title = QLabel("<h2>Your take-away journal</h2>", self)
        title.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(title)
        self.intro = QLabel(
            "This computer keeps no journal during a visit. You can keep your notes in a locked file on your "
            "own USB stick or drive, and take it with you. Only you know the passphrase. Nothing is kept here.",
            self)
        self.intro.setWordWrap(True)
        self.intro.setObjectName("takeawayIntro")
        layout.addWidget(self.intro)
        steps = QLabel("Plug in your USB stick first. When you have finished, choose Close my journal (or End "
                       "session), then take the stick with you.", self)
        steps.setWordWrap(True)
        layout.addWidget(steps)
        row = QHBoxLayout()
        self.new_button = QPushButton("Start a &new journal on my drive…", self)
        self.new_button.setAccessibleName("Start a new journal on my drive")
        self.new_button.clicked.connect(lambda: self.choose_and_start(creating=True))
        self.open_button = QPushButton("&Open my journal from my drive…", self)
        self.open_button.setAccessibleName("Open my journal from my drive")
        self.open_button.clicked.connect(lambda: self.choose_and_start(creating=False))
        self.close_button = QPushButton("&Close my journal", self)
        self.close_button.setObjectName("takeawayClose")
        self.close_button.setAccessibleName("Close my journal")
        self.close_button.setAccessibleDescription("Locks the journal. This computer forgets where it is.")
        self.close_button.clicked.connect(self.close_journal)
        for b in (self.new_button, self.open_button, self.close_button):
            row.addWidget(b)
        row.addStretch(1)
        layout.addLayout(row)
        self.status = QLabel("", self)
        self.status.setObjectName("takeawayStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.body = QStackedWidget(self)
        self.empty = QWidget(self.body)
        self.body.addWidget(self.empty)
        self.mini = MiniJournal(self.body)
        self.body.addWidget(self.mini)
        layout.addWidget(self.body, 1)
        self.controller.closed.connect(self._show_closed)
        self._update()

    # ----- state -----
    @property
    def is_open(self) -> bool:
        return self.controller.is_open or self._journal_page is not None

    def _update(self) -> None:
        self.close_button.setVisible(self.is_open)
        self.new_button.setEnabled(not self.is_open)
        self.open_button.setEnabled(not self.is_open)

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.setAccessibleName(text)

    # ----- flows -----
    def choose_and_start(self, *, creating: bool) -> bool:
        """Ask for a file on the visitor's drive (Qt's own dialog), then a passphrase. True if opened."""
        from iia_help.ui.dialogs import open_files, save_file

        if creating:
            path = save_file(self, "Where to keep your journal (your own drive)", SUGGESTED_NAME, NAME_FILTER)
        else:
            picked = open_files(self, "Open your journal (from your own drive)", NAME_FILTER, multiple=False)
            path = picked[0] if picked else None
        if path is None:
            return False
        try:
            path = self.controller.check_path(path)
        except TakeAwayError as exc:
            self._say(str(exc))
            return False
        if self._journal_page_cls is not None:
            return self._hand_to_journal_page(path)
        return self._ask_passphrase_and_start(path, creating)

    def _ask_passphrase_and_start(self, path: Path, creating: bool) -> bool:
        dialog = PassphraseDialog(creating, self)
        try:
            while dialog.exec() == QDialog.DialogCode.Accepted:
                try:
                    self.start_with(path, dialog.value(), creating=creating)
                    return True
                except WrongPassphrase as exc:
                    dialog.set_error(str(exc))
                except (VaultError, TakeAwayError) as exc:
                    dialog.reject()
                    self._say(str(exc))
                    return False
            return False
        finally:
            dialog.wipe()
            dialog.deleteLater()

    def start_with(self, path: Path, passphrase: str, *, creating: bool) -> Journal:
        """Create or open the take-away journal without dialogs (the dialogs call this)."""
        journal = (self.controller.create if creating else self.controller.open)(path, passphrase)
        self.mini.set_journal(journal)
        self.body.setCurrentWidget(self.mini)
        self._say("Your journal is open. Each note is saved, locked, on your drive as soon as you save it.")
        self._update()
        return journal

    def _hand_to_journal_page(self, path: Path) -> bool:
        page = self._journal_page_cls(self.ctx, self.body)
        page.setObjectName("takeawayJournalPage")
        self.body.addWidget(page)
        self.body.setCurrentWidget(page)
        page.set_vault_path(path)
        if not path.exists() and hasattr(page, "show_create_view"):
            page.show_create_view()  # straight to choosing a passphrase (its intro talks about this computer)
        self._journal_page = page
        self._say("Your journal is on your drive. Close it before you go.")
        self._update()
        return True

    def close_journal(self) -> None:
        """Lock the journal and forget it completely."""
        page, self._journal_page = self._journal_page, None
        if page is not None:
            for name in ("panic_cleanup", "lock"):
                fn = getattr(page, name, None)
                if callable(fn):
                    with contextlib.suppress(Exception):
                        fn()
            self.body.removeWidget(page)
            page.hide()
            page.deleteLater()
        self.controller.close()
        self.mini.set_journal(None)
        self.body.setCurrentWidget(self.empty)
        self._update()
        self._say("" if page is None and not self.status.text() else "Your journal is closed and locked. "
                  "This computer has forgotten where it is.")

    def _show_closed(self) -> None:
        self.mini.set_journal(None)
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
