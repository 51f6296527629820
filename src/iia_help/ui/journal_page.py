"""The journal page: first-use intro → create → unlock → timeline and editor.

The vault's key derivation runs in a worker thread, so the window (and the panic key) keep working while it
runs. Locking — by the Lock button, auto-lock or the panic key — seals the current draft, closes the vault, and
drops everything on screen that came from it.

Hooks for the rest of the app: ``panic_cleanup()``, ``reset_to_home()``, ``lock()``, ``is_unlocked()``,
``journal`` (None when locked), ``vault_path`` / ``set_vault_path(path)``.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from iia_help.journal import Journal
from iia_help.ui import clipboard, dialogs
from iia_help.ui.common.dialog_helpers import DialogTracker, ask, hint, inform, named
from iia_help.ui.common.tasks import Task
from iia_help.ui.core_texts import core_message
from iia_help.ui.i18n import translate
from iia_help.ui.journal.autolock import AutoLock
from iia_help.ui.journal.drafts import DraftKeeper
from iia_help.ui.journal.editor import EntryEditor
from iia_help.ui.journal.passphrase import (
    ChangePassphraseDialog,
    ErrorLine,
    RestoreDialog,
    StrengthMeter,
    confirm_weak,
    make_backup,
    new_passphrase_problem,
    passphrase_edit,
    show_toggle,
)
from iia_help.ui.journal.timeline import TimelineView, build_rows
from iia_help.ui.modal import exec_dialog
from iia_help.ui.shell import Page
from iia_help.ui.stack import CurrentStack
from iia_help.vault import (
    Vault,
    VaultBusy,
    VaultCorrupted,
    VaultError,
    VaultExists,
    VaultIOError,
    VaultNotFound,
    WrongPassphrase,
)

#: Calibrate Argon2id to this computer when a journal is created (tests switch this off for speed).
CALIBRATE_KDF = True

INTRO = (
    QT_TRANSLATE_NOOP("JournalPage", "This is a private notebook where you can write down what happened and keep "
                      "screenshots, in case you want to report it."),
    QT_TRANSLATE_NOOP("JournalPage", "It is encrypted and stays on this computer only, and nobody can get it back "
                      "if you forget the passphrase, so write a hint somewhere safe or make an encrypted backup."),
    QT_TRANSLATE_NOOP("JournalPage", "If someone watches this computer with spying software, they may still see "
                      "what you type."),
)


READY_TIP = QT_TRANSLATE_NOOP(
    "JournalPage",
    "Your journal is ready. Tip: choose Backup… to save an encrypted copy, for example on a USB stick, "
    "in case this computer is lost or you forget your passphrase.")

_ERROR = ErrorLine.STYLE
_NEUTRAL = "color: #1f2a33;"


def _heading(text: str, parent: QWidget) -> QLabel:
    lab = QLabel(translate("journal_page", "<h2>{text}</h2>").format(text=text), parent)
    lab.setTextFormat(Qt.TextFormat.RichText)
    lab.setAccessibleName(text)
    return lab


def _error_label(parent: QWidget) -> ErrorLine:
    return ErrorLine(parent)


def _busy_bar(parent: QWidget) -> QProgressBar:
    bar = QProgressBar(parent)
    bar.setObjectName("busyBar")
    bar.setRange(0, 0)
    bar.setTextVisible(False)
    bar.setFixedHeight(10)
    named(bar, translate("journal_page", "Working, please wait"))
    policy = bar.sizePolicy()
    policy.setRetainSizeWhenHidden(True)  # showing it must not move the buttons below
    bar.setSizePolicy(policy)
    bar.hide()
    return bar


class _Card(QFrame):
    """A column for the intro, create and unlock screens: centred across, but top-aligned, so nothing moves
    under the pointer when a message appears or a line of text wraps."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.body = QVBoxLayout()
        self.body.setSpacing(10)
        inner = QWidget(self)
        inner.setLayout(self.body)
        inner.setMaximumWidth(560)
        outer = QVBoxLayout(self)
        outer.addSpacing(24)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(inner, 4, Qt.AlignmentFlag.AlignTop)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(1)


class JournalPage(Page):
    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.vault_path: Path = Path(ctx.paths.vault_file)
        self.vault: Vault | None = None
        self.journal: Journal | None = None
        self.tracker = DialogTracker()
        self._task: Task | None = None
        self._busy_reason = ""
        #: Auto-lock timeout override in ms (tests); None = use the settings' autolock_minutes.
        self.autolock_ms: int | None = None

        self.stack = CurrentStack(self)  # create, locked or open: sized by the one on show (ui/stack.py)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.stack)
        self._build_intro()
        self._build_create()
        self._build_unlock()
        self._build_main()

        self.drafts = DraftKeeper(self._draft_state, self._can_save_draft, self)
        self.editor.edited.connect(self.drafts.changed)
        self.autolock = AutoLock(self._auto_lock, parent=self)
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self._on_quit)
        self.show_locked_view()

    # ================================================================= building
    def _build_intro(self) -> None:
        card = _Card(self)
        card.setObjectName("journalIntro")
        b = card.body
        b.addWidget(_heading(translate("JournalPage", "Your private journal"), card))
        self.intro_text = QLabel("\n\n".join(translate("JournalPage", t) for t in INTRO), card)
        self.intro_text.setWordWrap(True)
        self.intro_text.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        named(self.intro_text, " ".join(translate("JournalPage", t) for t in INTRO))
        b.addWidget(self.intro_text)
        row = QHBoxLayout()
        self.start_button = QPushButton(translate("JournalPage", "Set up my journal"), card)
        self.start_button.setObjectName("startJournal")
        self.start_button.setDefault(True)
        named(self.start_button, translate("JournalPage", "Set up my journal"))
        self.start_button.clicked.connect(self.show_create_view)
        self.intro_restore_button = QPushButton(translate("JournalPage", "Restore from a backup…"), card)
        named(self.intro_restore_button, translate("JournalPage", "Restore from a backup"))
        self.intro_restore_button.clicked.connect(self.restore_backup)
        row.addWidget(self.start_button)
        row.addWidget(self.intro_restore_button)
        row.addStretch(1)
        b.addLayout(row)
        self.intro_view = card
        self.stack.addWidget(card)

    def _build_create(self) -> None:
        card = _Card(self)
        card.setObjectName("journalCreate")
        b = card.body
        b.addWidget(_heading(translate("JournalPage", "Choose a passphrase"), card))
        b.addWidget(hint(translate(
                         "JournalPage",
                         "A passphrase is like a password, but longer. Three or four ordinary words that have "
                         "nothing to do with each other are strong and easy to remember. Nobody can reset it "
                         "for you."), card))
        self.create_pw = passphrase_edit(card, translate("JournalPage", "New passphrase"))
        self.create_confirm = passphrase_edit(card, translate("JournalPage", "Type the passphrase again"))
        lab = QLabel(translate("JournalPage", "&Passphrase"), card)
        lab.setBuddy(self.create_pw)
        b.addWidget(lab)
        b.addWidget(self.create_pw)
        self.strength = StrengthMeter(card)
        b.addWidget(self.strength)
        lab2 = QLabel(translate("JournalPage", "Type it &again"), card)
        lab2.setBuddy(self.create_confirm)
        b.addWidget(lab2)
        b.addWidget(self.create_confirm)
        self.create_show = show_toggle(card, [self.create_pw, self.create_confirm])
        b.addWidget(self.create_show)
        self.create_error = _error_label(card)
        b.addWidget(self.create_error)
        self.create_busy = _busy_bar(card)
        b.addWidget(self.create_busy)
        row = QHBoxLayout()
        self.create_button = QPushButton(translate("JournalPage", "Create my journal"), card)
        self.create_button.setObjectName("createJournal")
        self.create_button.setDefault(True)
        named(self.create_button, translate("JournalPage", "Create my journal"))
        self.create_button.clicked.connect(self.submit_create)
        self.create_back = QPushButton(translate("JournalPage", "Back"), card)
        named(self.create_back, translate("JournalPage", "Back"))
        self.create_back.clicked.connect(self.show_locked_view)
        row.addWidget(self.create_button)
        row.addWidget(self.create_back)
        row.addStretch(1)
        b.addLayout(row)
        self.create_pw.textChanged.connect(self.strength.schedule)
        for edit in (self.create_pw, self.create_confirm):
            edit.textChanged.connect(self.create_error.recheck)
        self.create_pw.returnPressed.connect(self.create_confirm.setFocus)
        self.create_confirm.returnPressed.connect(self.submit_create)
        self.create_view = card
        self.stack.addWidget(card)

    def _build_unlock(self) -> None:
        card = _Card(self)
        card.setObjectName("journalUnlock")
        b = card.body
        b.addWidget(_heading(translate("JournalPage", "Your journal is locked"), card))
        b.addWidget(hint(translate("JournalPage", "Type your passphrase to open it."), card))
        lab = QLabel(translate("JournalPage", "&Passphrase"), card)
        self.unlock_pw = passphrase_edit(card, translate("JournalPage", "Passphrase"))
        lab.setBuddy(self.unlock_pw)
        b.addWidget(lab)
        row = QHBoxLayout()
        row.addWidget(self.unlock_pw, 1)
        self.unlock_button = QPushButton(translate("JournalPage", "Unlock"), card)
        self.unlock_button.setObjectName("unlockJournal")
        self.unlock_button.setDefault(True)
        named(self.unlock_button, translate("JournalPage", "Unlock"))
        self.unlock_button.clicked.connect(self.submit_unlock)
        row.addWidget(self.unlock_button)
        b.addLayout(row)
        self.unlock_show = show_toggle(card, [self.unlock_pw])
        b.addWidget(self.unlock_show)
        self.unlock_error = _error_label(card)
        b.addWidget(self.unlock_error)
        self.unlock_busy = _busy_bar(card)
        b.addWidget(self.unlock_busy)
        b.addWidget(hint(translate(
                         "JournalPage",
                         "Forgot it? Nobody can reset it, but you can try as many times as you need. "
                         "If you made a backup and remember its passphrase, you can restore it."), card))
        self.unlock_restore_button = QPushButton(translate("JournalPage", "Restore from a backup…"), card)
        named(self.unlock_restore_button, translate("JournalPage", "Restore from a backup"))
        self.unlock_restore_button.clicked.connect(self.restore_backup)
        r2 = QHBoxLayout()
        r2.addWidget(self.unlock_restore_button)
        r2.addStretch(1)
        b.addLayout(r2)
        self.unlock_pw.returnPressed.connect(self.submit_unlock)
        self.unlock_pw.textChanged.connect(self.unlock_error.recheck)
        self.unlock_view = card
        self.stack.addWidget(card)

    def _build_main(self) -> None:
        main = QWidget(self)
        main.setObjectName("journalMain")
        col = QVBoxLayout(main)
        col.setContentsMargins(0, 0, 0, 0)
        self.toolbar = QToolBar("Journal", main)
        self.toolbar.setObjectName("journalToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        named(self.toolbar, translate("JournalPage", "Journal actions"))

        def action(text: str, slot: Any, shortcut: str | QKeySequence.StandardKey | None = None,
                   tip: str = "") -> QAction:
            a = QAction(text, main)
            a.triggered.connect(lambda _=False: slot())
            if shortcut is not None:
                a.setShortcut(QKeySequence(shortcut))
                a.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            a.setToolTip(tip or text)
            main.addAction(a)
            self.toolbar.addAction(a)
            w = self.toolbar.widgetForAction(a)
            if w is not None:
                w.setAccessibleName(text.replace("…", ""))
                w.setAccessibleDescription(tip or text)
                w.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            return a

        self.new_action = action(translate("JournalPage", "New entry"), self.new_entry, "Ctrl+N", translate(
                                                                        "JournalPage",
                                                                        "Write down something that happened (Ctrl+N)"))
        self.export_action = action(translate("JournalPage", "Export…"), self.export, None, translate(
                                                                  "JournalPage",
                                                                  "Make a report to share with police or a helpline"))
        self.toolbar.addSeparator()
        self.backup_action = action(translate("JournalPage", "Backup…"), self.backup, None, translate(
                                                                  "JournalPage",
                                                                  "Save an encrypted copy, for example on a USB stick"))
        self.restore_action = action(translate("JournalPage", "Restore…"), self.restore_backup, None, translate(
                                                                            "JournalPage",
                                                                            "Bring back a journal from a backup"))
        self.passphrase_action = action(translate("JournalPage", "Change passphrase…"), self.change_passphrase)
        self.history_action = action(translate("JournalPage", "History…"), self.show_history, None,
                                     translate("JournalPage", "What was done to this journal and when, and its ID"))
        spacer = QWidget(main)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.toolbar.addWidget(spacer)
        self.lock_action = action(translate("JournalPage", "Lock"), self.lock, "Ctrl+L", translate("JournalPage",
            "Lock the journal now (Ctrl+L)"))
        col.addWidget(self.toolbar)

        self.notice = QLabel(main)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.setObjectName("journalNotice")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("QLabel#journalNotice { background: #e8f1e8; border: 1px solid #9cc59c;"
                                  " border-radius: 6px; padding: 6px; }")
        self.notice.hide()
        col.addWidget(self.notice)
        self.attempts_notice = QLabel(main)  # "Someone tried to open your journal 3 times ...", after an unlock
        self.attempts_notice.setObjectName("attemptsNotice")
        self.attempts_notice.setWordWrap(True)
        self.attempts_notice.setTextFormat(Qt.TextFormat.PlainText)
        self.attempts_notice.setStyleSheet("QLabel#attemptsNotice { background: #fff4e5; border: 1px solid #c98a2b;"
                                           " border-radius: 6px; padding: 6px; }")
        self.attempts_notice.hide()
        col.addWidget(self.attempts_notice)
        self._build_ready_tip(main, col)

        self.inner = QStackedWidget(main)
        self.timeline = TimelineView(main)
        self.timeline.open_requested.connect(self.open_entry)
        self.editor = EntryEditor(self.ctx, self.tracker, main)
        self.editor.saved.connect(self._entry_saved)
        self.editor.deleted.connect(self._entry_deleted)
        self.editor.closed.connect(self.show_timeline)
        self.editor.discarded.connect(lambda: self.drafts.discard())
        self.inner.addWidget(self.timeline)
        self.inner.addWidget(self.editor)
        col.addWidget(self.inner, 1)
        self.journal_id_label = QLabel(main)  # the signing key's short fingerprint, also on every report
        self.journal_id_label.setObjectName("journalIdLine")
        self.journal_id_label.setTextFormat(Qt.TextFormat.PlainText)
        self.journal_id_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.journal_id_label.setStyleSheet("color: #46535e;")
        col.addWidget(self.journal_id_label)
        self.main_view = main
        self.stack.addWidget(main)

    def _build_ready_tip(self, main: QWidget, col: QVBoxLayout) -> None:
        """The "journal is ready" tip after creating a journal, with a Close button. Once closed it stays closed."""
        self.ready_tip = QFrame(main)
        self.ready_tip.setObjectName("journalReadyTip")
        self.ready_tip.setStyleSheet("QFrame#journalReadyTip { background: #e8f1e8; border: 1px solid #9cc59c;"
                                     " border-radius: 6px; }")
        row = QHBoxLayout(self.ready_tip)
        row.setContentsMargins(8, 4, 4, 4)
        self.ready_tip_label = QLabel(translate("JournalPage", READY_TIP), self.ready_tip)
        self.ready_tip_label.setWordWrap(True)
        named(self.ready_tip_label, translate("JournalPage", READY_TIP))
        self.ready_tip_close = QPushButton(translate("JournalPage", "Close"), self.ready_tip)
        self.ready_tip_close.setObjectName("closeReadyTip")
        named(self.ready_tip_close, translate("JournalPage", "Close this tip"))
        self.ready_tip_close.clicked.connect(self.close_ready_tip)
        row.addWidget(self.ready_tip_label, 1)
        row.addWidget(self.ready_tip_close, 0, Qt.AlignmentFlag.AlignTop)
        self.ready_tip.hide()
        self.ready_tip_closed = False
        col.addWidget(self.ready_tip)

    def close_ready_tip(self) -> None:
        self.ready_tip_closed = True
        self.ready_tip.hide()
        if self.journal is None:
            return
        if self.inner.currentWidget() is self.timeline:  # focus must not vanish with the button
            self.timeline.table.setFocus()
        else:
            self.editor.description.setFocus()

    # ================================================================= views
    def current_view(self) -> str:
        w = self.stack.currentWidget()
        if w is self.main_view:
            return "editor" if self.inner.currentWidget() is self.editor else "timeline"
        return {id(self.intro_view): "intro", id(self.create_view): "create", id(self.unlock_view): "unlock"}[id(w)]

    def show_locked_view(self) -> None:
        """The intro (no journal yet) or the unlock form. Never shows anything from the vault."""
        if self.journal is not None:
            return
        target = self.unlock_view if self.vault_path.exists() else self.intro_view
        self.stack.setCurrentWidget(target)
        if target is self.unlock_view and self.isVisible():
            self.unlock_pw.setFocus()

    def show_create_view(self) -> None:
        self.create_error.clear_problem()
        self.stack.setCurrentWidget(self.create_view)
        self.create_pw.setFocus()

    def show_timeline(self) -> None:
        if self.journal is None:
            return
        self.inner.setCurrentWidget(self.timeline)
        self.timeline.table.setFocus()

    def is_unlocked(self) -> bool:
        return self.journal is not None

    def set_vault_path(self, path: str | Path) -> None:
        """Use another vault file (support-worker mode). Locks the current one first."""
        self.lock()
        self.vault_path = Path(path)
        self.show_locked_view()

    # ================================================================= create / unlock
    def _set_busy(self, reason: str) -> None:
        self._busy_reason = reason
        busy = bool(reason)
        for w in (self.create_pw, self.create_confirm, self.create_button, self.create_back, self.unlock_pw,
                  self.unlock_button, self.unlock_restore_button):
            w.setEnabled(not busy)
        self.create_busy.setVisible(reason == "create")
        self.unlock_busy.setVisible(reason == "unlock")
        for label in (self.unlock_error, self.create_error):
            label.setStyleSheet(_NEUTRAL if busy else _ERROR)
        if reason == "unlock":
            self.unlock_error.setText(translate("JournalPage", "Unlocking… this takes a moment."))
        elif reason == "create":
            self.create_error.setText(translate("JournalPage", "Setting up your journal… this takes a moment."))

    def is_busy(self) -> bool:
        return self._task is not None

    def submit_create(self) -> None:
        if self._task is not None or self.journal is not None:
            return
        pw = self.create_pw.text()
        problem = new_passphrase_problem(pw, self.create_confirm.text())
        if problem:
            self.create_error.show_problem(
                problem, lambda: new_passphrase_problem(self.create_pw.text(), self.create_confirm.text()))
            return
        self.create_error.clear_problem()
        self.strength.update_for(pw)
        if not confirm_weak(self, self.tracker, pw):
            self.create_pw.setFocus()
            self.create_pw.selectAll()
            return
        if self._task is not None or self.journal is not None or self.stack.currentWidget() is not self.create_view:
            return  # locked or moved on while the question was open
        path = self.vault_path
        try:
            if path.parent == Path(self.ctx.paths.data_dir):
                self.ctx.paths.ensure_data_dir()
            else:
                path.parent.mkdir(parents=True, exist_ok=True)
        except OSError:
            self.create_error.setText(translate(
                                      "JournalPage",
                                      "The folder for your journal could not be made. Nothing was saved."))
            return
        self.create_pw.clear()
        self.create_confirm.clear()
        calibrate, language = CALIBRATE_KDF, self.ctx.language
        self._start(lambda _t: _open_work(Vault.create(path, pw, calibrate=calibrate), language), "create")

    def submit_unlock(self) -> None:
        if self._task is not None or self.journal is not None:
            return
        pw = self.unlock_pw.text()
        if not pw:
            self.unlock_error.setText(translate("JournalPage", "Please type your passphrase."))
            return
        self.unlock_pw.clear()
        path, language = self.vault_path, self.ctx.language
        self._start(lambda _t: _open_work(Vault.open(path, pw, record_failure=True), language), "unlock")

    def _start(self, fn: Any, reason: str) -> None:
        self._set_busy(reason)
        self._task = Task(fn, on_done=self._opened, on_error=self._open_failed,
                          discard=lambda r: r[0].close(), owner=self)
        self._task.start()

    def _opened(self, result: tuple) -> None:
        vault, journal, rows, draft, attempts, journal_id = result
        created = self._busy_reason == "create"
        self._task = None
        self._set_busy("")
        self.unlock_error.clear()
        self.create_error.clear()
        self.vault, self.journal = vault, journal
        self.timeline.reset_filters()
        self.timeline.model.language = self.ctx.language  # the rows' dates were written in it
        self.timeline.model.set_rows(rows)
        self.timeline.refresh_choices()
        self.editor.set_journal(journal)
        self.drafts.set_journal(journal)
        minutes_ms = AutoLock.minutes_to_ms(self.ctx.settings.autolock_minutes)
        self.autolock.set_timeout_ms(self.autolock_ms if self.autolock_ms is not None else minutes_ms)
        self.autolock.start()
        self.stack.setCurrentWidget(self.main_view)
        self.notice.hide()
        self.ready_tip.setVisible(created and not self.ready_tip_closed)
        message = attempts.message(language=self.ctx.language) if attempts is not None else None
        self.attempts_notice.setText(message or "")
        self.attempts_notice.setAccessibleName(message or "")
        self.attempts_notice.setVisible(bool(message))
        self.journal_id_label.setText(translate("JournalPage",
            "Journal ID: {journal_id}").format(journal_id=journal_id) if journal_id else "")
        named(self.journal_id_label, translate("JournalPage",
            "Journal ID {journal_id}").format(journal_id=journal_id) if journal_id else "")
        if draft:
            self.editor.load_draft(draft)
            self.inner.setCurrentWidget(self.editor)
        else:
            self.inner.setCurrentWidget(self.timeline)
            self.timeline.search.setFocus()

    def _open_failed(self, exc: BaseException) -> None:
        reason = self._busy_reason
        self._task = None
        self._set_busy("")
        if isinstance(exc, WrongPassphrase):
            msg = translate("JournalPage", "That passphrase did not work. Check it and try again. Capital letters "
                                           "and spaces count.")
        elif isinstance(exc, VaultExists):
            msg = translate("JournalPage", "There is already a journal here. Unlock it with its passphrase.")
            self.stack.setCurrentWidget(self.unlock_view)
            reason = "unlock"
        elif isinstance(exc, VaultCorrupted | VaultBusy | VaultNotFound | VaultError):
            msg = core_message(exc)
        else:
            msg = translate("JournalPage", "Something went wrong and the journal did not open. Nothing was changed.")
        label, field = (self.unlock_error, self.unlock_pw) if reason == "unlock" else (self.create_error,
                                                                                      self.create_pw)
        label.setText(msg)
        label.setAccessibleName(msg)
        field.setFocus()

    # ================================================================= lock / panic
    def lock(self) -> None:
        """Seal the draft, close the vault, drop all plaintext, close dialogs, clear our clipboard, show locked."""
        self.editor.attachments.cancel()  # a running attach releases the vault within one chunk
        if self.journal is not None:
            self.drafts.flush()
        task, self._task = self._task, None
        if task is not None:
            task.cancel()  # a vault that finishes opening later is closed, not shown
        self.autolock.stop()
        self.drafts.set_journal(None)
        vault, self.vault, self.journal = self.vault, None, None
        if vault is not None:
            with contextlib.suppress(Exception):
                vault.close()
        self.editor.set_journal(None)
        self.editor.clear()
        self.timeline.clear()
        self.notice.hide()
        self.attempts_notice.clear()
        self.attempts_notice.hide()
        self.journal_id_label.clear()
        self.ready_tip.hide()
        self.tracker.close_all()
        self._close_file_dialogs()
        clipboard.clear_if_ours()
        for edit in (self.create_pw, self.create_confirm, self.unlock_pw):
            edit.clear()
        self.create_show.setChecked(False)
        self.unlock_show.setChecked(False)
        self._set_busy("")
        self.unlock_error.clear()
        self.create_error.clear()
        self.show_locked_view()

    panic_cleanup = lock

    def note_in_history(self, event: str) -> None:
        if self.journal is not None:
            self.journal.log_event(event)

    def settings_changed(self, names: frozenset[str]) -> None:
        if "language" in names:  # the timeline's dates
            self.timeline.model.set_language(self.ctx.language)

    def reset_to_home(self) -> None:
        if self.journal is None:
            self.show_locked_view()

    def _auto_lock(self) -> None:
        self.lock()
        self.unlock_error.setText(translate(
                                  "JournalPage",
                                  "Your journal locked itself because nothing happened for a while."))

    def _close_file_dialogs(self) -> None:
        for w in QApplication.topLevelWidgets():
            if isinstance(w, QFileDialog) and w.isVisible() and shiboken6.isValid(w):
                p = w.parentWidget()
                while p is not None and p is not self:
                    p = p.parentWidget()
                if p is self:
                    w.reject()

    def _on_quit(self) -> None:
        if shiboken6.isValid(self):
            self.lock()

    def hideEvent(self, event: Any) -> None:
        super().hideEvent(event)
        # Deferred: a panic hides the window first and must not wait for a disk write; it seals the draft itself.
        QTimer.singleShot(0, self._flush_soon)

    def _flush_soon(self) -> None:
        if shiboken6.isValid(self) and self.journal is not None and self._can_save_draft():
            self.drafts.flush()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self.journal is None and self._task is None and self.stack.currentWidget() is not self.create_view:
            self.show_locked_view()

    # ================================================================= drafts
    def _draft_state(self) -> dict[str, Any] | None:
        if self.journal is None or self.inner.currentWidget() is not self.editor:
            return None
        if not (self.editor.is_dirty() and self.editor.has_content()):
            return None
        return self.editor.draft_state()

    def _can_save_draft(self) -> bool:
        return not self.editor.attachments.busy()

    # ================================================================= entries
    def new_entry(self) -> None:
        if self.journal is None:
            return
        if self.inner.currentWidget() is self.editor and not self.editor.request_close():
            return
        self.editor.new_entry()
        self.inner.setCurrentWidget(self.editor)
        self.editor.focus_first()

    def open_entry(self, entry_id: str) -> None:
        if self.journal is None:
            return
        try:
            entry = self.journal.get_entry(entry_id)
        except VaultError as exc:
            inform(self, self.tracker, translate("JournalPage", "Entry not opened"), core_message(exc), warning=True)
            return
        self.editor.load_entry(entry)
        self.inner.setCurrentWidget(self.editor)

    def _entry_saved(self, entry_id: str) -> None:
        self.drafts.discard()
        if self.journal is None:
            return
        with contextlib.suppress(VaultError):
            self.timeline.model.upsert(self.journal.get_entry(entry_id))
            self.timeline.refresh_choices()
            self.timeline.select_entry(entry_id)

    def _entry_deleted(self, entry_id: str) -> None:
        self.drafts.discard()
        self.timeline.model.remove(entry_id)
        self.timeline.refresh_choices()

    def _notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setAccessibleName(text)
        self.notice.show()

    # ================================================================= menu actions
    def export(self) -> None:
        if self.journal is None:
            return
        self.drafts.flush()
        from iia_help.ui.journal.export_dialog import ExportDialog

        ids = self.timeline.selected_ids()
        if self.inner.currentWidget() is self.editor and self.editor.entry_id:
            ids = [self.editor.entry_id]
        dlg = ExportDialog(self.ctx, self.journal, parent=self, selected_ids=ids)
        self.tracker.add(dlg)
        exec_dialog(dlg)

    def backup(self) -> Path | None:
        if self.vault is None:
            return None
        self.drafts.flush()
        return make_backup(self, self.tracker, self.vault)

    def change_passphrase(self) -> bool:
        if self.vault is None:
            return False
        dlg = ChangePassphraseDialog(self.vault, self.tracker, self)
        self.tracker.add(dlg)
        ok = exec_dialog(dlg) == ChangePassphraseDialog.DialogCode.Accepted
        dlg.deleteLater()
        if ok and self.journal is not None:
            inform(self, self.tracker, translate("JournalPage", "Passphrase changed"),
                   translate("JournalPage", "Your passphrase is changed. Use the new one next time. "
                   "Backups you made before still open with the old passphrase."))
        return ok

    def show_history(self) -> None:
        """The custody log in plain words, with the journal ID and what the signature proves."""
        if self.journal is None:
            return
        from iia_help.ui.journal.history import HistoryDialog

        try:
            records, journal_id = self.journal.custody_log(), self.journal.journal_id
        except VaultError as exc:
            inform(self, self.tracker, translate("JournalPage", "History not shown"), core_message(exc), warning=True)
            return
        dlg = HistoryDialog(journal_id, records, self, language=self.ctx.language)
        self.tracker.add(dlg)
        exec_dialog(dlg)
        dlg.deleteLater()

    def restore_backup(self) -> bool:
        if self.journal is not None:
            if not ask(self, self.tracker, translate("JournalPage", "Lock the journal first?"),
                       translate(
                       "JournalPage",
                       "To restore a backup, the journal locks first. What you are writing is kept."),
                       translate("JournalPage", "Lock and continue")):
                return False
            self.lock()
        if self._task is not None:
            return False
        files = dialogs.open_files(self, "Choose a backup file", "Backup files (*.db);;All files (*)",
                                   multiple=False)
        if not files:
            return False
        target = self.vault_path
        try:
            if target.parent == Path(self.ctx.paths.data_dir):
                self.ctx.paths.ensure_data_dir()
            else:
                target.parent.mkdir(parents=True, exist_ok=True)
        except OSError:
            inform(self, self.tracker, translate("JournalPage", "Not restored"), translate(
                                                       "JournalPage",
                                                       "The folder for your journal could not be made."),
                   warning=True)
            return False
        dlg = RestoreDialog(files[0], target, self.tracker, self)
        self.tracker.add(dlg)
        ok = exec_dialog(dlg) == RestoreDialog.DialogCode.Accepted
        dlg.deleteLater()
        if ok:
            self.show_locked_view()
            self.unlock_error.setText(translate(
                                      "JournalPage",
                                      "Your backup is restored. Unlock it with the backup's passphrase."))
        return ok


def _open_work(vault: Vault, language: str = "en") -> tuple:
    """Runs in the worker right after the KDF: read everything the timeline needs, so the UI thread only
    fills the model."""
    try:
        try:
            attempts = vault.start_session()  # failed attempts since last time; logs "unlocked"
        except VaultIOError:  # a read-only or full drive: the journal still opens, without the history entry
            attempts = None
        journal = Journal(vault)
        journal_id = vault.journal_id if attempts is not None else ""
        rows = build_rows(journal.entries(), language)
        draft = journal.load_draft()
    except BaseException:
        vault.close()
        raise
    return vault, journal, rows, draft, attempts, journal_id

