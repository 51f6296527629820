"""First run: help comes first; a few short, optional questions follow, one at a time, in a bar at the foot of
the window. Nothing waits for them: the start page already shows the first steps and numbers for the guessed place.

1. Does anyone else use this computer? (says how F12, Shift x3 and Quick exit hide the app; "Yes" turns on the
   plain "Notes" start page, ``ui/discreet.py``)
2. Who is using this? (for myself / a support worker helping someone)
3. Are you under 18? (only asked of someone using it for themself; orders the numbers)

Each has "Skip". Each answer is saved at once; after the last, ``Settings.intro_done`` is set and the bar goes,
and the keyboard focus goes to the page (never to Quick exit, where Enter would hide the app).
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from iia_help.context import AppContext
from iia_help.ui.i18n import translate
from iia_help.ui.shell import Page
from iia_help.worker_mode import audience_changes

BAR_NAME = "firstQuestions"
AUDIENCE_CHOICES: dict[str, str] = {
    "self": "For myself",
    "worker": "I'm a support worker helping someone",
}
_STYLE = """
QFrame#firstQuestions { background: palette(alternate-base); border-top: 2px solid palette(highlight); }
QLabel#questionTitle { font-weight: 700; }
"""


def quick_exit_side() -> str:
    """Where Quick exit is on screen: the top bar mirrors for a right-to-left language, and so does this."""
    if QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft:
        return translate("first_run", "top left")
    return translate("first_run", "top right")


def hide_keys_text(settings) -> str:
    ways = []
    if settings.panic_key:
        ways.append(translate("first_run", "press {v0}").format(v0=settings.panic_key))
    if settings.panic_triple_shift:
        ways.append(translate("first_run", "press Shift 3 times"))
    ways.append(translate("first_run", "click Quick exit ({v0})").format(v0=quick_exit_side()))
    return translate("first_run", "To hide this app at once: ") + (
        ", ".join(ways[:-1]) + translate("first_run", " or ") + ways[-1] if len(ways) > 1 else ways[0]) + "."


def needs_questions(ctx: AppContext) -> bool:
    """Asked until answered or skipped; never in a guest session, nor of someone who answered the questions of
    an older version (they chose who uses the app)."""
    s = ctx.settings
    return not ctx.guest and not s.intro_done and not s.audience


class FirstQuestions(QFrame):
    """The bar. ``step`` is the question on show: "shared", "audience", "age" or "" (done)."""

    def __init__(self, ctx: AppContext, window: QWidget) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window_ = window
        self.setObjectName(BAR_NAME)
        self.setAccessibleName(translate("FirstQuestions", "Optional questions"))
        self.setStyleSheet(_STYLE)
        col = QVBoxLayout(self)
        col.setContentsMargins(16, 10, 16, 10)
        col.setSpacing(6)
        self.note = QLabel(self)
        self.note.setObjectName("questionNote")
        self.note.setWordWrap(True)
        self.note.hide()
        self.title = QLabel(self)
        self.title.setObjectName("questionTitle")
        self.title.setWordWrap(True)
        self.explain = QLabel(self)
        self.explain.setObjectName("questionExplain")
        self.explain.setWordWrap(True)
        for w in (self.note, self.title, self.explain):
            w.setTextFormat(Qt.TextFormat.PlainText)
            col.addWidget(w)
        self.row = QHBoxLayout()
        self.row.setSpacing(8)
        col.addLayout(self.row)
        self.buttons: dict[str, QPushButton] = {}
        self.step = ""
        self._show("shared")
        from iia_help.ui.settings_bridge import settings_bridge

        settings_bridge(ctx).changed.connect(self._settings_changed)

    def _shared_explain(self) -> str:
        return hide_keys_text(self.ctx.settings) + translate(
            "FirstQuestions", " If you say yes, the app will open on a plain page called \u201cNotes\u201d that says "
                              "nothing about it.")

    def _settings_changed(self, names: frozenset) -> None:
        if "language" in names and self.step == "shared":  # the window mirrored: Quick exit changed sides
            self.explain.setText(self._shared_explain())

    # ----- questions
    def _show(self, step: str, note: str = "") -> None:
        self.step = step
        if any(b.hasFocus() for b in self.buttons.values()):
            self.setFocus(Qt.FocusReason.OtherFocusReason)  # so the focus does not wander off as the button goes
        for b in self.buttons.values():
            self.row.removeWidget(b)
            b.hide()
            b.deleteLater()
        self.buttons = {}
        self.note.setText(note)
        self.note.setVisible(bool(note))
        if step == "shared":
            self.title.setText(translate(
                               "FirstQuestions",
                               "Does anyone else use this computer, or might someone look at it?"))
            self.explain.setText(self._shared_explain())
            self._add("yes", translate("FirstQuestions", "Yes, open on a plain page"), self._shared_yes)
            self._add("no", translate("FirstQuestions", "No, only me"), self._shared_no)
        elif step == "audience":
            self.title.setText(translate("FirstQuestions", "Who is using this app?"))
            self.explain.setText(translate("FirstQuestions", "Optional. You can change this later in Settings."))
            for code, label in AUDIENCE_CHOICES.items():
                self._add(code, label, lambda c=code: self._audience(c))
        elif step == "age":
            self.title.setText(translate("FirstQuestions", "Are you under 18?"))
            self.explain.setText(translate(
                                 "FirstQuestions",
                                 "Optional. It puts the right services first. Nothing is hidden."))
            self._add("under-18", translate("FirstQuestions", "Yes, I'm under 18"), lambda: self._age("under-18"))
            self._add("adult", translate("FirstQuestions", "No, I'm 18 or over"), lambda: self._age("adult"))
        self._add("skip", translate("FirstQuestions", "Skip"), self._skip)
        self.row.addStretch(1)
        self.setAccessibleDescription(self.title.text())

    def _add(self, key: str, text: str, slot) -> None:
        b = QPushButton(text, self)
        b.setObjectName(f"question_{key}")
        b.setAccessibleName(text)
        b.setAccessibleDescription(self.title.text())
        b.setAutoDefault(False)
        b.clicked.connect(lambda _checked=False: slot())
        self.buttons[key] = b
        self.row.insertWidget(len(self.buttons) - 1, b)
        b.show()  # now, not when the layout gets to it: the keyboard focus may move to it at once

    def _set(self, **changes) -> None:
        """Change, save (not in a guest session) and tell every page (they follow the answer)."""
        with contextlib.suppress(OSError):  # still used for this session if it cannot be saved
            self.ctx.update_settings(**changes)

    def _shared_yes(self) -> None:
        from iia_help.ui.discreet import NOTES

        self._set(start_screen=NOTES)
        self._next("audience", translate(
                               "FirstQuestions",
                               "Done: next time, the app opens on a plain \u201cNotes\u201d page. Click Continue "
                               "there to get back here. You can change this in Settings."))

    def _shared_no(self) -> None:
        self._set(start_screen="")
        self._next("audience")

    def _audience(self, code: str) -> None:
        if code == "worker" and not self.ctx.settings.guest_sessions:
            from iia_help.ui.journal_kept import ask_before_guest_sessions

            if not ask_before_guest_sessions(self.ctx, self.window_):  # a personal journal here: asked first
                return
        changes = audience_changes(self.ctx.settings, code)  # guest sessions, handouts
        if code == "worker":
            changes["age_group"] = ""  # a worker is not asked their own age
        self._set(**changes)
        worker_mode = self.window_.shell.worker_mode
        if worker_mode is not None:
            worker_mode.refresh()  # guest sessions may have started
        if code == "worker":
            self.finish()
        else:
            self._next("age")

    def _age(self, code: str) -> None:
        self._set(age_group=code)
        self.finish()

    def _skip(self) -> None:
        self._next({"shared": "audience", "audience": "age", "age": ""}.get(self.step, ""))

    def _next(self, step: str, note: str = "") -> None:
        if not step:
            self.finish()
            return
        focus = QApplication.focusWidget()
        focus_was_here = focus is not None and (focus is self or self.isAncestorOf(focus))
        self._show(step, note)
        if focus_was_here:
            next(iter(self.buttons.values())).setFocus(Qt.FocusReason.OtherFocusReason)

    def finish(self) -> None:
        """Done: remember it, take the bar away and put the focus on the page."""
        self.step = ""
        self._set(intro_done=True)
        self.hide()
        focus_page(self.window_)
        self.deleteLater()
        if self.window_.shell.first_questions is self:
            self.window_.shell.first_questions = None


def focus_page(window) -> None:
    """The keyboard focus on the page on screen (the text being read), never on Quick exit."""
    from iia_help.ui.main_window import _focus_into

    page = window.stack.currentWidget()
    if isinstance(page, Page):
        _focus_into(page)


def install_first_questions(ctx: AppContext, window) -> FirstQuestions | None:
    """Put the questions at the foot of ``window`` if they are still to be asked. Never blocks."""
    if not needs_questions(ctx) or window.shell.first_questions is not None:
        return None
    bar = FirstQuestions(ctx, window)
    window.centralWidget().layout().addWidget(bar)
    bar.show()
    window.shell.first_questions = bar
    return bar
