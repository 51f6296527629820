"""First run: one calm screen that asks where the person lives and who is using the app."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGroupBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from iia_help.contacts import REGIONS
from iia_help.context import AppContext
from iia_help.ui.age_choice import AgeQuestion
from iia_help.ui.modal import exec_dialog
from iia_help.worker_mode import apply_audience_defaults

AUDIENCE_CHOICES: dict[str, str] = {
    "self": "I'm looking for help for myself",
    "worker": "I'm a support worker helping someone",
}


class FirstRunDialog(QDialog):
    """Asks for a region and an audience; saves both. Either can be changed later in Settings."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("firstRunDialog")
        self.setWindowTitle("Welcome")
        self.setMinimumWidth(480)
        # Room for the focus ring in every state, so focus never clips the text.
        ring = "3px solid #ff6f00" if ctx.settings.high_contrast else "2px solid #1565c0"
        self.setStyleSheet("QRadioButton { padding: 3px 4px; border: 3px solid transparent; border-radius: 4px; }"
                           f"QRadioButton:focus {{ border: {ring}; }}")
        # The questions scroll; Continue and Not now stay in view, so the dialog fits a 768-px screen.
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 16)
        self.body = QWidget(self)
        layout = QVBoxLayout(self.body)
        layout.setSpacing(14)
        layout.setContentsMargins(24, 20, 24, 8)
        self.questions = QScrollArea(self)
        self.questions.setObjectName("firstRunQuestions")
        self.questions.setWidgetResizable(True)
        self.questions.setFrameShape(QFrame.Shape.NoFrame)
        self.questions.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a Tab stop of its own
        outer.addWidget(self.questions, 1)

        intro = QLabel(
            "<p style='font-size:15pt; font-weight:600'>Welcome.</p>"
            "<p>A few quick questions help us show the right advice and phone numbers. "
            "Nothing leaves this computer. You can change these later in Settings.</p>",
            self,
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(intro)

        self.region_box = QGroupBox("Where do you live?", self)
        self.region_box.setAccessibleName("Where do you live?")
        region_col = QVBoxLayout(self.region_box)
        self.region_group = QButtonGroup(self)
        self.region_buttons: dict[str, QRadioButton] = {}
        for code, label in REGIONS.items():
            button = QRadioButton(label, self.region_box)
            button.setAccessibleName(label)
            self.region_group.addButton(button)
            self.region_buttons[code] = button
            region_col.addWidget(button)
        layout.addWidget(self.region_box)

        self.audience_box = QGroupBox("Who is using this?", self)
        self.audience_box.setAccessibleName("Who is using this?")
        audience_col = QVBoxLayout(self.audience_box)
        self.audience_group = QButtonGroup(self)
        self.audience_buttons: dict[str, QRadioButton] = {}
        for code, label in AUDIENCE_CHOICES.items():
            button = QRadioButton(label, self.audience_box)
            button.setAccessibleName(label)
            self.audience_group.addButton(button)
            self.audience_buttons[code] = button
            audience_col.addWidget(button)
        layout.addWidget(self.audience_box)

        # Optional "are you under 18?" (self-contained: ui/age_choice.py). Only asked of someone using it for themself.
        self.age_question = AgeQuestion(ctx.settings, self)
        layout.addWidget(self.age_question)
        from iia_help.ui.discreet import SharedComputerQuestion

        self.shared_box = SharedComputerQuestion(ctx, self)  # offers the plain start page on a shared computer
        layout.addWidget(self.shared_box)

        s = ctx.settings
        if s.region in self.region_buttons:
            self.region_buttons[s.region].setChecked(True)
        self.audience_buttons[s.audience if s.audience in self.audience_buttons else "self"].setChecked(True)

        self.hint = QLabel("Choose where you live to continue.", self)
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)

        buttons = QDialogButtonBox(self)
        self.continue_button = QPushButton("Continue", self)
        self.continue_button.setAccessibleName("Continue")
        self.continue_button.setDefault(True)
        self.later_button = QPushButton("Not now", self)
        self.later_button.setAccessibleName("Not now: ask me next time")
        self.later_button.setAutoDefault(False)
        buttons.addButton(self.continue_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.later_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.continue_button.clicked.connect(self.accept)
        self.later_button.clicked.connect(self.reject)
        self.questions.setWidget(self.body)
        buttons.setContentsMargins(24, 0, 24, 0)
        outer.addWidget(buttons)
        self._fit_to_screen()

        self.region_group.buttonToggled.connect(lambda *_: self._update())
        self.audience_group.buttonToggled.connect(
            lambda *_: self.age_question.setEnabled(self.chosen_audience() == "self"))
        self.age_question.setEnabled(self.chosen_audience() == "self")
        self._update()
        first = self.region_buttons.get(s.region) or next(iter(self.region_buttons.values()))
        first.setFocus()

    def _fit_to_screen(self) -> None:
        """As tall as the questions need, but never taller than the screen: the questions scroll instead."""
        self.layout().activate()
        want = self.body.sizeHint().height() + self.continue_button.sizeHint().height() + 40
        width = max(self.sizeHint().width(), self.body.sizeHint().width() + 24)
        screen = self.screen() or (self.parentWidget().screen() if self.parentWidget() else None)
        if screen is not None:
            want = min(want, screen.availableGeometry().height() - 60)
        self.resize(width, want)

    def chosen_region(self) -> str:
        return next((code for code, b in self.region_buttons.items() if b.isChecked()), "")

    def chosen_audience(self) -> str:
        return next((code for code, b in self.audience_buttons.items() if b.isChecked()), "self")

    def _update(self) -> None:
        ready = bool(self.chosen_region())
        self.continue_button.setEnabled(ready)
        self.hint.setVisible(not ready)

    def accept(self) -> None:
        region = self.chosen_region()
        if not region:
            return
        if self.chosen_audience() == "worker" and not self.ctx.settings.guest_sessions:
            from iia_help.ui.journal_kept import ask_before_guest_sessions

            if not ask_before_guest_sessions(self.ctx, self):  # a personal journal here: asked first
                return
        self.ctx.settings.region = region
        apply_audience_defaults(self.ctx.settings, self.chosen_audience())  # guest sessions, handouts
        self.ctx.settings.age_group = self.age_question.chosen() if self.chosen_audience() == "self" else ""
        self.shared_box.apply(self.ctx.settings)
        if not self.ctx.guest:
            with contextlib.suppress(OSError):  # still used for this session if it cannot be saved
                self.ctx.save_settings()
        super().accept()


def needs_first_run(ctx: AppContext) -> bool:
    return ctx.settings.region == ""


def maybe_run_first_run(ctx: AppContext, parent: QWidget | None = None) -> None:
    """Show the first-run questions if no region has been chosen yet, then let open pages follow the choice."""
    if not needs_first_run(ctx):
        return
    dialog = FirstRunDialog(ctx, parent)
    try:
        accepted = exec_dialog(dialog) == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()
    if not accepted or parent is None:
        return
    built = getattr(parent, "built_pages", None)
    for page in (built() if built else {}).values():
        hook = getattr(page, "region_changed", None)
        if hook is not None:
            hook()
