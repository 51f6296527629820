"""A discreet start: the app opens on a plain "Notes" page that says nothing about what the app is for.

With ``Settings.start_screen == "notes"`` the main window's first frame shows only this page: no Quick exit bar,
no section buttons, no guidance. **Continue** (it has the focus, so Enter or Space works too), or Ctrl+1..4,
opens the app; the panic keys work on the plain page as everywhere else. It is offered on first run to someone
who says other people use the computer (``ui/first_run.py``) and can be switched in Settings.

The plain page is part of the first frame, so it must stay as light as that frame (docs/architecture.md): no
``Qt`` namespace, no Python event filter.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from iia_help.ui.i18n import translate

NOTES = "notes"
COVER_NAME = "startCover"
CONTINUE_TEXT = QT_TRANSLATE_NOOP("discreet", "&Continue")

#: Marked for translation here, translated where shown (Settings: ``translate("discreet", ...)``).
SETTING_TEXT = QT_TRANSLATE_NOOP("discreet", "Open on a plain \u201cNotes\u201d page")
SETTING_MNEMONIC = QT_TRANSLATE_NOOP("discreet", "Op&en on a plain \u201cNotes\u201d page")
SETTING_EXPLAIN = QT_TRANSLATE_NOOP("discreet", "When the app opens, it first shows an empty page called Notes "
                                    "with a Continue button, and nothing about what this app is for. Click "
                                    "Continue or press Enter to get here. The Quick exit keys work on that page "
                                    "too.")

_COVER_STYLE = """
QWidget#startCover { background: palette(base); }
QLabel#coverTitle { font-size: 20pt; font-weight: 600; }
"""


class NotesCover(QWidget):
    """The plain page. ``continue_button`` opens the app."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(COVER_NAME)
        self.setAccessibleName(translate("NotesCover", "Notes"))
        self.setStyleSheet(_COVER_STYLE)
        col = QVBoxLayout(self)
        col.setContentsMargins(48, 40, 48, 40)
        col.setSpacing(12)
        title = QLabel(translate("NotesCover", "Notes"), self)
        title.setObjectName("coverTitle")
        col.addWidget(title)
        empty = QLabel(translate("NotesCover", "No notes yet."), self)
        empty.setObjectName("coverEmpty")
        col.addWidget(empty)
        row = QHBoxLayout()
        self.continue_button = QPushButton(translate("discreet", CONTINUE_TEXT), self)
        self.continue_button.setObjectName("coverContinue")
        self.continue_button.setAccessibleName(translate("NotesCover", "Continue"))
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
    cover = window.shell.start_cover
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
    window.shell.start_cover = cover
    cover.continue_button.clicked.connect(lambda: _continue(window))
    window.navigated.connect(lambda _name: uncover(window))  # Continue, Ctrl+1..4, or any other way in
    cover.continue_button.setFocus()
    return cover


def _continue(window) -> None:
    """Continue: back to the page open at the last panic (``ui/resume.py``), or the start page."""
    from iia_help.ui.resume import resume

    if not resume(window.ctx, window, focus=True):
        window.navigate("guidance", focus=True)


def uncover(window) -> None:
    """Leave the plain page for good (this run): the top bar and sections come back."""
    cover = cover_of(window)
    if cover is None:
        return
    window.shell.start_cover = None
    for part in _chrome(window):
        part.show()
    window.stack.removeWidget(cover)
    cover.hide()
    cover.deleteLater()
