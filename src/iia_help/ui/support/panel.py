"""Support-worker mode wired onto an existing MainWindow, and its section in Settings.

``install_worker_mode(app, window, ctx)`` adds, without changing the window's code:
- the guest-session bar under the top bar (what this is, a handouts button, and **End session**);
- a "Large text" presentation toggle in the top bar (and a Handouts button there when a worker wants it);
- the take-away journal in place of the computer's journal during guest sessions;
- the centre lock gate in front of Settings;
- End session on panic (the panic controller's cleanup list) and on quit.

``SupportWorkerPanel(ctx, window)`` is the Settings section: who uses the app, guest sessions, handouts,
and the centre passphrase.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from iia_help.context import AppContext
from iia_help.ui.core_texts import core
from iia_help.ui.i18n import translate
from iia_help.ui.modal import open_dialog
from iia_help.ui.shell import Shell

if TYPE_CHECKING:
    from iia_help.ui.main_window import MainWindow
    from iia_help.ui.panic import PanicController
from iia_help.ui.settings_bridge import settings_bridge
from iia_help.ui.support.centre_lock import (
    SettingsGate,
    clear_centre_lock_interactive,
    set_centre_lock_interactive,
)
from iia_help.ui.support.handouts import HandoutDialog, current_guidance_page_id
from iia_help.ui.support.presentation import Presentation, PresentationButton
from iia_help.ui.support.session import EndSessionDialog, GuestSession, delete_files
from iia_help.ui.support.takeaway import TakeAwayJournal, TakeAwayPage
from iia_help.worker_mode import (
    AUDIENCE_SELF,
    AUDIENCE_WORKER,
    GUEST_FORGETS,
    HANDOUTS_KEY,
    audience_changes,
    handouts_prominent,
    has_centre_lock,
)

JOURNAL_PAGE = "journal"
SETTINGS_PAGE = "settings"
#: Marked for translation here, translated where shown (``translate("panel", ...)``).
PANEL_TITLE = QT_TRANSLATE_NOOP("panel", "Support worker")
BAR_TEXT = QT_TRANSLATE_NOOP("panel", "Guest session. Nothing from this visit is saved on this computer.")
SAVED_BAR_TEXT = QT_TRANSLATE_NOOP(
    "panel", "Guest session. A handout saved here is still on this computer (End session can delete it).")
ENDED_TEXT = QT_TRANSLATE_NOOP(
    "panel", "Session ended. The app has forgotten that visit. Ready for the next person.")
DELETED_TEXT = QT_TRANSLATE_NOOP(
    "panel", "Session ended. The app has forgotten that visit, and the saved handout is deleted. "
    "Ready for the next person.")
KEPT_TEXT = QT_TRANSLATE_NOOP(
    "panel", "Session ended. The app has forgotten that visit. The handout is still saved at: {where}")
NOT_DELETED_TEXT = QT_TRANSLATE_NOOP(
    "panel", "Session ended, but this handout was not deleted. Please check it and delete it yourself if it is "
    "the handout: {where}")


def _valid(obj: object) -> bool:
    return obj is not None and shiboken6.isValid(obj)


class GuestBar(QFrame):
    """Always visible during a guest session: what it means, handouts, and the one-click End session."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guestBar")
        self.setAccessibleName(translate("GuestBar", "Guest session"))
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 6, 12, 6)
        self.resting = translate("panel", BAR_TEXT)
        self.text = QLabel(self.resting, self)
        self.text.setTextFormat(Qt.TextFormat.PlainText)  # it may show a file's path
        self.text.setObjectName("guestBarText")
        self.text.setWordWrap(True)
        self.text.setAccessibleName(self.resting)
        row.addWidget(self.text, 1)
        self.handouts_button = QPushButton(translate("GuestBar", "Print or save a &handout…"), self)
        self.handouts_button.setObjectName("guestHandouts")
        self.handouts_button.setAccessibleName(translate("GuestBar", "Print or save a handout"))
        self.handouts_button.setAccessibleDescription(translate(
                                                      "GuestBar",
                                                      "A contacts card or a guidance page to take away."))
        row.addWidget(self.handouts_button)
        self.end_button = QPushButton(translate("GuestBar", "&End session"), self)
        self.end_button.setObjectName("endSession")
        self.end_button.setAccessibleName(translate("GuestBar", "End session"))
        self.end_button.setAccessibleDescription(
            translate(
            "GuestBar",
            "Asks first, then forgets this visit: searches, pages, text size, the take-away journal. "
            "Then goes back to the start."))
        self.end_button.setToolTip(translate("GuestBar", "Forget everything from this visit and start again"))
        self.end_button.setCursor(Qt.CursorShape.PointingHandCursor)
        row.addWidget(self.end_button)
        self._revert = QTimer(self)
        self._revert.setSingleShot(True)
        self._revert.setInterval(8000)
        self._revert.timeout.connect(lambda: self.say(self.resting))  # styled in resources/styles

    def set_resting(self, text: str) -> None:
        """What the bar says between messages; shown now unless a message is up for a while."""
        if text != self.resting:
            self.resting = text
            if not self._revert.isActive():
                self.say(text)

    def say(self, text: str, *, for_a_while: bool = False) -> None:
        self.text.setText(text)
        self.text.setAccessibleName(text)
        if for_a_while:
            self._revert.start()
        else:
            self._revert.stop()


class WorkerMode(QObject):
    """Everything support-worker mode adds to one main window. Reach it as ``window.worker_mode``."""

    #: Emitted after the settings in force may have changed (guest sessions, audience, End session's restore):
    #: every control showing them re-reads them, so Settings never shows a state that is not in force.
    changed = Signal()

    def __init__(self, window: MainWindow, ctx: AppContext, *, panic: PanicController | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.shell: Shell = window.shell
        self.ctx = ctx
        self.session = GuestSession(ctx, window, self)
        self.presentation = Presentation(ctx, self, window=window)
        self.takeaway = TakeAwayJournal(ctx, self)
        self.takeaway_page: TakeAwayPage | None = None
        self.handout_dialog: HandoutDialog | None = None
        self.end_dialog: EndSessionDialog | None = None
        self._panic = None

        # Top bar: presentation toggle and (for workers outside guest sessions) a handouts button.
        top = window.findChild(QFrame, "topBar")
        self.presentation_button = PresentationButton(self.presentation, top)
        from iia_help.ui.language_choice import VisitLanguageCombo

        self.visit_language = VisitLanguageCombo(ctx, top)  # for this visit only, never saved
        self.top_handouts_button = QPushButton(translate("WorkerMode", "&Handouts…"), top)
        self.top_handouts_button.setObjectName("topHandouts")
        self.top_handouts_button.setAccessibleName(translate("WorkerMode", "Handouts"))
        self.top_handouts_button.setAccessibleDescription(translate(
                                                          "WorkerMode",
                                                          "Print or save a contacts card or a guidance page."))
        self.top_handouts_button.clicked.connect(self.open_handouts)
        if top is not None and top.layout() is not None:
            top.layout().insertWidget(1, self.presentation_button)
            top.layout().insertWidget(2, self.visit_language)
            top.layout().insertWidget(3, self.top_handouts_button)

        # The guest bar, straight under the top bar.
        self.bar = GuestBar(window)
        self.bar.end_button.clicked.connect(self.confirm_end_session)
        self.bar.handouts_button.clicked.connect(self.open_handouts)
        central = window.centralWidget()
        layout = central.layout() if central is not None else None
        if isinstance(layout, QVBoxLayout):
            index = layout.indexOf(top) + 1 if top is not None else 0
            layout.insertWidget(index, self.bar)
        self.bar.hide()

        self.panel: SupportWorkerPanel | None = None
        window.navigated.connect(lambda _name: self._update_buttons())  # after the plain start page goes
        window.navigated.connect(self._add_panel)  # before the gate, so the panel is there once unlocked
        self._add_panel(SETTINGS_PAGE)
        self.gate = SettingsGate(ctx, window)
        self.takeaway.opened.connect(lambda: setattr(self.session.state, "takeaway_path", self.takeaway.path))

        # End session forgets these too (run before settings are restored and pages reset).
        self.session.add_cleaner(self._close_takeaway)
        self.session.add_cleaner(self.presentation.forget)
        self.session.add_cleaner(self.visit_language.forget)
        self.session.add_cleaner(self._drop_end_dialog)  # panic or quit while End session is asking
        self.session.started.connect(self._on_started)
        self.session.stopped.connect(self._on_stopped)
        # panic, quit, or below
        self.session.ended.connect(lambda: self.bar.say(translate("panel", ENDED_TEXT), for_a_while=True))
        self.session.ended.connect(self.changed.emit)
        self.session.saved_changed.connect(self._update_bar_text)
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.end_session)
        self.connect_panic(panic if panic is not None else self.shell.panic)
        self.refresh()

    # ----- wiring -----
    def connect_panic(self, panic: PanicController | None) -> None:
        """End the session on panic (one of the controller's cleanups, run after the pages' own)."""
        if panic is None or panic is self._panic:
            return
        self._panic = panic
        panic.add_cleanup(self.end_session)

    def _add_panel(self, name: str) -> None:
        """Add the "Support worker" section to the Settings page once it has been built."""
        if name != SETTINGS_PAGE or _valid(self.panel):
            return
        from iia_help.ui.settings_page import SettingsPage

        page = self.shell.pages().get(SETTINGS_PAGE)
        if isinstance(page, SettingsPage):
            # The Settings page asks "Who is using this?" itself: this panel does not ask again.
            self.panel = SupportWorkerPanel(self.ctx, self.window, show_audience=False)
            page.add_section(translate("panel", PANEL_TITLE), self.panel)
            self.changed.connect(self.panel._sync)

    def set_audience(self, audience: str) -> None:
        """Who uses the app ("self" or "worker"): saved as the centre's choice, with its defaults."""
        self.save_centre_settings(**audience_changes(self.ctx.settings, audience))

    def refresh(self) -> None:
        """Follow the settings: start or stop guest sessions, show or hide the buttons."""
        s = self.ctx.settings
        if s.guest_sessions and not self.session.active:
            self.session.start()
        elif not s.guest_sessions and self.session.active:
            self.session.stop()
        self._update_buttons()
        self.changed.emit()

    def _update_buttons(self) -> None:
        guest = self.session.active
        worker = guest or self.ctx.settings.audience == AUDIENCE_WORKER
        self.presentation_button.setVisible(worker)
        self.visit_language.setVisible(worker)
        self.top_handouts_button.setVisible(not guest and handouts_prominent(self.ctx.settings))
        # Not on the plain "Notes" start page: it would say what this is, and when Continue brought the top bar
        # back above it, it jumped 52 px down just as the next click came.
        from iia_help.ui.discreet import cover_of

        self.bar.setVisible(guest and cover_of(self.window) is None)

    def _on_started(self) -> None:
        self.takeaway_page = TakeAwayPage(self.ctx, None, controller=self.takeaway)
        self._set_journal_page(self.takeaway_page)
        self._update_buttons()

    def _on_stopped(self) -> None:
        self._close_takeaway()
        self._set_journal_page(None)
        self.takeaway_page = None
        self._update_buttons()

    def _set_journal_page(self, widget: QWidget | None) -> None:
        """Put the take-away page in the Journal area (or drop it so the real journal is built next time).
        MainWindow.replace_page locks the computer's own journal first."""
        self.window.replace_page(JOURNAL_PAGE, widget)

    # ----- actions -----
    def end_session(self) -> None:
        if _valid(self) and self.session.active:
            self.session.end_session()

    def confirm_end_session(self) -> EndSessionDialog | None:
        """End session from its button: ask first (saying where any saved handout is), then end."""
        if not (_valid(self) and self.session.active):
            return None
        if _valid(self.end_dialog) and self.end_dialog.isVisible():
            return self.end_dialog
        records = self.session.saved_records()
        dialog = EndSessionDialog([f.path for f in records], self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result, d=dialog: self._end_session_answered(d.choice, records))
        self.end_dialog = dialog
        open_dialog(dialog)
        return dialog

    def _drop_end_dialog(self) -> None:
        dialog, self.end_dialog = self.end_dialog, None
        if _valid(dialog):
            dialog.done(0)  # even if panic has already hidden it: it answers "cancel" and is deleted

    def _end_session_answered(self, choice: str, saved: list) -> None:
        if not _valid(self):
            return
        self.end_dialog = None
        if choice == "cancel" or not self.session.active:
            return
        self.end_session()
        failed = delete_files(saved) if choice == "end-delete" else []
        self.session.forget_saved()  # answered: deleted, or kept on purpose
        if choice == "end-delete":
            if failed:
                where = "; ".join(f"{p} ({why})" for p, why in failed)
                self.bar.say(translate("panel", NOT_DELETED_TEXT).format(where=where))
            else:
                self.bar.say(translate("panel", DELETED_TEXT), for_a_while=True)
        elif choice == "end-keep" and saved:
            self.bar.say(translate("panel", KEPT_TEXT).format(where=", ".join(str(f.path) for f in saved)))

    def _update_bar_text(self) -> None:
        self.bar.set_resting(translate("panel", SAVED_BAR_TEXT if self.session.saved_records() else BAR_TEXT))

    def _close_takeaway(self) -> None:
        page = self.takeaway_page
        if _valid(page):
            page.clear_session()
        self.takeaway.close()

    def open_handouts(self) -> HandoutDialog:
        dialog = self.handout_dialog
        if not _valid(dialog):
            dialog = HandoutDialog(self.ctx, self.window, page_id=current_guidance_page_id(self.shell))
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.pdf_saved.connect(self.session.note_saved_file)
            self.handout_dialog = dialog
        dialog.show()
        if QGuiApplication.platformName() not in ("offscreen", "minimal"):  # these cannot raise windows
            dialog.raise_()
            dialog.activateWindow()
        return dialog

    def save_centre_settings(self, **changes) -> None:
        self.session.save_centre_settings(**changes)
        self.refresh()


def install_worker_mode(app: QApplication | None, window: MainWindow, ctx: AppContext, *,
                        panic: PanicController | None = None) -> WorkerMode:
    """Add support-worker mode to ``window`` (idempotent). Starts a guest session if the settings say so."""
    existing = window.shell.worker_mode
    if _valid(existing):
        existing.connect_panic(panic if panic is not None else window.shell.panic)
        return existing
    mode = WorkerMode(window, ctx, panic=panic)
    window.shell.worker_mode = mode
    return mode


# ------------------------------------------------------------------------------------------ Settings section
class SupportWorkerPanel(QWidget):
    """The "Support worker" section of Settings."""

    def __init__(self, ctx: AppContext, window: MainWindow | None = None, parent: QWidget | None = None, *,
                 show_audience: bool = True) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._window = window
        self.setObjectName("supportWorkerPanel")
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)

        audience_label = self._note(translate("SupportWorkerPanel", "Who is using this?"))
        col.addWidget(audience_label)
        self.audience_group = QButtonGroup(self)
        self.self_radio = QRadioButton(translate("SupportWorkerPanel", "I'm looking for help for &myself"), self)
        self.self_radio.setAccessibleName(translate("SupportWorkerPanel", "I'm looking for help for myself"))
        self.worker_radio = QRadioButton(translate("SupportWorkerPanel", "I'm a support &worker"), self)
        self.worker_radio.setAccessibleName(translate("SupportWorkerPanel", "I'm a support worker"))
        self.worker_radio.setAccessibleDescription(translate(
                                                   "SupportWorkerPanel",
                                                   "Turns on guest sessions and shows handouts at the top."))
        for b in (self.self_radio, self.worker_radio):
            self.audience_group.addButton(b)
            col.addWidget(b)
        for w in (audience_label, self.self_radio, self.worker_radio):
            w.setVisible(show_audience)

        self.guest_box = QCheckBox(translate("SupportWorkerPanel", "Guest sessions: &forget each visit"), self)
        self.guest_box.setObjectName("guestSessions")
        self.guest_box.setAccessibleName(translate("SupportWorkerPanel", "Guest sessions: forget each visit"))
        col.addWidget(self.guest_box)
        forgets = "".join(f"<li>{core(item)}</li>" for item in GUEST_FORGETS)
        explain = QLabel(translate(
                         "SupportWorkerPanel",
                         "<p>In a guest session nothing is saved on this computer, and there is no journal here: a "
                         "visitor can keep one on their own USB stick. <b>End session</b> "
                         "forgets:</p><ul>{forgets}</ul>",
                         ).format(forgets=forgets), self)
        explain.setWordWrap(True)
        explain.setTextFormat(Qt.TextFormat.RichText)
        explain.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        explain.setAccessibleName(translate("SupportWorkerPanel",
            "What End session forgets: ") + "; ".join(core(item) for item in GUEST_FORGETS))
        col.addWidget(explain)

        self.handouts_box = QCheckBox(translate("SupportWorkerPanel", "Show the Handouts button at the &top"), self)
        self.handouts_box.setObjectName("handoutsProminent")
        self.handouts_box.setAccessibleName(translate("SupportWorkerPanel", "Show the Handouts button at the top"))
        col.addWidget(self.handouts_box)

        self.lock_status = self._note("")
        self.lock_status.setObjectName("centreLockStatus")
        col.addWidget(self.lock_status)
        row = QHBoxLayout()
        self.set_lock_button = QPushButton(translate("SupportWorkerPanel", "Set centre &passphrase…"), self)
        self.set_lock_button.setAccessibleName(translate("SupportWorkerPanel", "Set centre passphrase"))
        self.clear_lock_button = QPushButton(translate("SupportWorkerPanel", "&Remove centre passphrase…"), self)
        self.clear_lock_button.setAccessibleName(translate("SupportWorkerPanel", "Remove centre passphrase"))
        row.addWidget(self.set_lock_button)
        row.addWidget(self.clear_lock_button)
        row.addStretch(1)
        col.addLayout(row)
        self.message = self._note("")
        col.addWidget(self.message)

        self._sync()
        settings_bridge(ctx).changed.connect(self._sync)  # first run, Settings or End session changed them
        self.self_radio.toggled.connect(lambda on: on and self.set_audience(AUDIENCE_SELF))
        self.worker_radio.toggled.connect(lambda on: on and self.set_audience(AUDIENCE_WORKER))
        self.guest_box.toggled.connect(self.set_guest_sessions)
        self.handouts_box.toggled.connect(self.set_handouts)
        self.set_lock_button.clicked.connect(self.set_lock)
        self.clear_lock_button.clicked.connect(self.clear_lock)

    def _note(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setWordWrap(True)
        label.setAccessibleName(text)
        return label

    @property
    def mode(self) -> WorkerMode | None:
        mode = self._window.shell.worker_mode if self._window is not None else None
        return mode if _valid(mode) else None

    def _save(self, **changes) -> None:
        mode = self.mode
        if mode is not None:
            mode.save_centre_settings(**changes)
        else:
            with contextlib.suppress(OSError):  # still holds for this session if it cannot be saved
                self.ctx.update_settings(**changes)

    def _sync(self, _names: frozenset = frozenset()) -> None:
        s = self.ctx.settings
        for w, value in ((self.self_radio, s.audience == AUDIENCE_SELF),
                         (self.worker_radio, s.audience == AUDIENCE_WORKER),
                         (self.guest_box, s.guest_sessions), (self.handouts_box, handouts_prominent(s))):
            w.blockSignals(True)
            w.setChecked(value)
            w.blockSignals(False)
        locked = has_centre_lock(s)
        text = (translate("SupportWorkerPanel", "A centre passphrase protects these settings.") if locked else
                translate(
                "SupportWorkerPanel",
                "No centre passphrase. Anyone can change these settings, including turning guest sessions off."))
        self.lock_status.setText(text)
        self.lock_status.setAccessibleName(text)
        self.set_lock_button.setText(translate("SupportWorkerPanel", "Change centre &passphrase…") if locked else
            translate(
                                                                                 "SupportWorkerPanel",
                                                                                 "Set centre &passphrase…"))
        self.set_lock_button.setAccessibleName(self.set_lock_button.text().replace("&", "").rstrip("…"))
        self.clear_lock_button.setEnabled(locked)

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setAccessibleName(text)

    # ----- changes (each saved as the centre's own choice) -----
    def set_audience(self, audience: str) -> None:
        from iia_help.ui.journal_kept import ask_before_guest_sessions

        if (audience == AUDIENCE_WORKER and not self.ctx.settings.guest_sessions
                and not ask_before_guest_sessions(self.ctx, self)):
            self._sync()
            return
        mode = self.mode
        if mode is not None:
            mode.set_audience(audience)
            if _valid(self):
                self._sync()
        else:
            self._save(**audience_changes(self.ctx.settings, audience))
        self._say(translate("SupportWorkerPanel",
            "Saved. Guest sessions are on.") if self.ctx.settings.guest_sessions else translate(
                                                                                           "SupportWorkerPanel",
                                                                                           "Saved."))

    def set_guest_sessions(self, on: bool) -> None:
        from iia_help.ui.journal_kept import ask_before_guest_sessions

        if on and not self.ctx.settings.guest_sessions and not ask_before_guest_sessions(self.ctx, self):
            self._sync()  # untick again: nothing changed
            return
        self._save(guest_sessions=bool(on))
        self._say(translate("SupportWorkerPanel", "Saved. Guest sessions are on.") if on else translate(
                                                             "SupportWorkerPanel",
                                                             "Saved. Guest sessions are off."))

    def set_handouts(self, on: bool) -> None:
        self._save(extra={**self.ctx.settings.extra, HANDOUTS_KEY: bool(on)})
        self._say(translate("SupportWorkerPanel", "Saved."))

    def set_lock(self) -> bool:
        done = set_centre_lock_interactive(self.ctx, self, self._save)
        if done:
            self._say(translate("SupportWorkerPanel", "The centre passphrase is set. Settings will ask for it."))
        return done

    def clear_lock(self) -> bool:
        done = clear_centre_lock_interactive(self.ctx, self, self._save)
        if done:
            self._say(translate("SupportWorkerPanel", "The centre passphrase was removed."))
        return done
