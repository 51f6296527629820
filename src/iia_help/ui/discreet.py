"""A discreet start: the app opens on a plain "Notes" page that says nothing about what the app is for.

With ``Settings.start_screen == "notes"`` the main window's first frame shows only this page: no Quick exit bar,
no section buttons, no guidance. **Continue** (it has the focus, so Enter or Space works too), or Ctrl+1..4,
opens the app; the panic keys work on the plain page as everywhere else. It is offered on first run to someone
who says other people use the computer (``SharedComputerQuestion``) and can be switched in Settings.

The plain page is part of the first frame, so it must stay as light as that frame (docs/architecture.md): no
``Qt`` namespace, no Python event filter.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

NOTES = "notes"
COVER_NAME = "startCover"
CONTINUE_TEXT = "&Continue"

SETTING_TEXT = "Open on a plain \u201cNotes\u201d page"
SETTING_EXPLAIN = ("When the app opens, it first shows an empty page called Notes with a Continue button, and "
                   "nothing about what this app is for. Click Continue or press Enter to get here. The Quick "
                   "exit keys work on that page too.")

_COVER_STYLE = """
QWidget#startCover { background: palette(base); }
QLabel#coverTitle { font-size: 20pt; font-weight: 600; }
"""


class NotesCover(QWidget):
    """The plain page. ``continue_button`` opens the app."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(COVER_NAME)
        self.setAccessibleName("Notes")
        self.setStyleSheet(_COVER_STYLE)
        col = QVBoxLayout(self)
        col.setContentsMargins(48, 40, 48, 40)
        col.setSpacing(12)
        title = QLabel("Notes", self)
        title.setObjectName("coverTitle")
        col.addWidget(title)
        empty = QLabel("No notes yet.", self)
        empty.setObjectName("coverEmpty")
        col.addWidget(empty)
        row = QHBoxLayout()
        self.continue_button = QPushButton(CONTINUE_TEXT, self)
        self.continue_button.setObjectName("coverContinue")
        self.continue_button.setAccessibleName("Continue")
        self.continue_button.setAutoDefault(True)  # Enter, not only Space, while it has the focus
        row.addWidget(self.continue_button)
        row.addStretch(1)
        col.addLayout(row)
        col.addStretch(1)


def _chrome(window) -> list[QWidget]:
    """The parts of the main window that say what the app is: the top bar (Quick exit, panic hint) and the
    section buttons."""
    parts = [window.quick_exit_button.parentWidget()]
    parts += [b.parentWidget() for b in list(window.nav_buttons.values())[:1]]
    return [p for p in parts if p is not None]


def cover_of(window) -> NotesCover | None:
    cover = getattr(window, "start_cover", None)
    import shiboken6

    return cover if cover is not None and shiboken6.isValid(cover) else None


def install_discreet_start(window) -> NotesCover | None:
    """Show the plain page in ``window`` (before its first frame) if the settings ask for it."""
    if window.ctx.settings.start_screen != NOTES or cover_of(window) is not None:
        return None
    for part in _chrome(window):
        part.hide()
    cover = NotesCover(window.stack)
    window.stack.addWidget(cover)
    window.stack.setCurrentWidget(cover)  # MainWindow.finish_start keeps it: no page is built behind it
    window.start_cover = cover
    cover.continue_button.clicked.connect(lambda: window.navigate("guidance", focus=True))
    window.navigated.connect(lambda _name: uncover(window))  # Continue, Ctrl+1..4, or any other way in
    cover.continue_button.setFocus()
    return cover


def uncover(window) -> None:
    """Leave the plain page for good (this run): the top bar and sections come back."""
    cover = cover_of(window)
    if cover is None:
        return
    window.start_cover = None
    for part in _chrome(window):
        part.show()
    window.stack.removeWidget(cover)
    cover.hide()
    cover.deleteLater()


class SharedComputerQuestion(QGroupBox):
    """For the first-run questions: does anyone else use this computer? If so, offer the plain start page."""

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__("Do other people use this computer?", parent)
        from PySide6.QtWidgets import QButtonGroup

        self.ctx = ctx
        self.setObjectName("sharedComputerQuestion")
        self.setAccessibleName("Do other people use this computer?")
        col = QVBoxLayout(self)
        self.group = QButtonGroup(self)
        self.shared = QRadioButton("Yes, or someone might look at it", self)
        self.shared.setAccessibleName("Yes, other people use this computer or might look at it")
        self.only_me = QRadioButton("No, only me", self)
        self.only_me.setAccessibleName("No, only me")
        for b in (self.shared, self.only_me):
            self.group.addButton(b)
            col.addWidget(b)
        self.discreet = QCheckBox(SETTING_TEXT + " each time the app opens", self)
        self.discreet.setObjectName("firstRunDiscreetStart")
        self.discreet.setAccessibleName(SETTING_TEXT)
        self.discreet.setAccessibleDescription(SETTING_EXPLAIN)
        self.explain = QLabel("It shows nothing about what this app is for. Click Continue on it to get to the "
                              "help. You can change this in Settings.", self)
        self.explain.setWordWrap(True)
        col.addWidget(self.discreet)
        col.addWidget(self.explain)
        on = ctx.settings.start_screen == NOTES
        self.discreet.setChecked(on)
        if on:
            self.shared.setChecked(True)
        self.shared.toggled.connect(self._shared_toggled)
        self._update()

    def _shared_toggled(self, on: bool) -> None:
        if on:
            self.discreet.setChecked(True)  # offered, ticked: one click to untick
        self._update()

    def _update(self) -> None:
        shown = self.shared.isChecked()
        self.discreet.setVisible(shown)
        self.explain.setVisible(shown)

    def changes(self) -> dict:
        """The answer as settings changes (the caller applies them). No answer changes nothing."""
        if self.shared.isChecked():
            return {"start_screen": NOTES if self.discreet.isChecked() else ""}
        if self.only_me.isChecked():
            return {"start_screen": ""}
        return {}
