"""Presentation mode: large, high-contrast text for reading together on one screen, one click on or off.

It changes ``ctx.settings.large_text`` and ``high_contrast`` in memory only and re-applies the theme; it never
saves. Switching it off puts back exactly what was there before. End session switches it off.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QPushButton, QWidget

from iia_help.context import AppContext


class Presentation(QObject):
    changed = Signal(bool)

    def __init__(self, ctx: AppContext, parent: QObject | None = None, *, window: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.window = window
        self._before: tuple[bool, bool] | None = None

    @property
    def on(self) -> bool:
        return self._before is not None

    def set_on(self, on: bool) -> None:
        if on == self.on:
            return
        s = self.ctx.settings
        if on:
            self._before = (s.large_text, s.high_contrast)
            s.large_text = s.high_contrast = True
        else:
            s.large_text, s.high_contrast = self._before
            self._before = None
        self._apply()
        self.changed.emit(on)

    def toggle(self) -> None:
        self.set_on(not self.on)

    def forget(self) -> None:
        """Drop the mode without re-applying settings (End session restores the centre's settings itself)."""
        if self._before is not None:
            self._before = None
            self.changed.emit(False)

    def _apply(self) -> None:
        from iia_help.ui.theme import apply_theme

        apply_theme(self.ctx)
        refresh_pages(self.window)


def refresh_pages(window: QWidget | None) -> None:
    """Ask built pages to re-render with the current text size and contrast (pages that can)."""
    built = getattr(window, "built_pages", dict)() if window is not None else {}
    for page in built.values():
        fn = getattr(page, "refresh", None)
        if callable(fn):
            with contextlib.suppress(Exception):
                fn()


_BUTTON_STYLE = {
    False: """
QPushButton#presentationToggle { background: #ffffff; color: #1f2a33; border: 1px solid #8796a3;
    border-radius: 6px; padding: 5px 12px; margin-left: 12px; }
QPushButton#presentationToggle:hover { background: #e7ecf1; }
QPushButton#presentationToggle:focus { border: 2px solid #1565c0; }
""",
    True: """
QPushButton#presentationToggle { background: #ffff00; color: #000000; font-weight: 700; border: 3px solid #000000;
    border-radius: 6px; padding: 5px 12px; margin-left: 12px; }
QPushButton#presentationToggle:focus { border: 3px solid #ff6f00; }
""",
}


class PresentationButton(QPushButton):
    """A checkable top-bar button bound to a ``Presentation``."""

    def __init__(self, presentation: Presentation, parent: QWidget | None = None) -> None:
        super().__init__("Large text", parent)
        self.presentation = presentation
        self.setObjectName("presentationToggle")
        self.setCheckable(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAccessibleName("Large, high-contrast text")
        self.setAccessibleDescription("Makes the text big and strong for reading together. Click again to undo.")
        self.setToolTip("Big, strong text for reading together (click again to undo)")
        self.clicked.connect(presentation.set_on)
        presentation.changed.connect(self._sync)
        self._sync(presentation.on)

    def _sync(self, on: bool) -> None:
        self.setChecked(on)
        self.setText("Large text: on" if on else "Large text")
        self.setStyleSheet(_BUTTON_STYLE[bool(on)])
