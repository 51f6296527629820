"""Presentation mode: large text for reading together on one screen, one click on or off.

It changes ``ctx.settings.large_text`` in memory only and re-applies the theme; it never saves. Switching it off
puts back exactly what was there before. End session switches it off.

It does not switch on high contrast: that restyles everything (and once turned Quick exit black and yellow, so
it no longer looked like the emergency button). High contrast stays whatever the person or centre chose in
Settings, and works together with large text.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QPushButton, QWidget

from iia_help.context import AppContext
from iia_help.ui.i18n import translate


class Presentation(QObject):
    changed = Signal(bool)

    def __init__(self, ctx: AppContext, parent: QObject | None = None, *, window: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.window = window
        self._before: bool | None = None  # large_text before the mode was switched on

    @property
    def on(self) -> bool:
        return self._before is not None

    def set_on(self, on: bool) -> None:
        if on == self.on:
            return
        if on:
            self._before = self.ctx.settings.large_text
            large = True
        else:
            large, self._before = bool(self._before), None
        with contextlib.suppress(OSError):  # bigger for now even if it cannot be saved
            self.ctx.update_settings(large_text=large)  # the window restyles, pages re-render
        self.changed.emit(on)

    def toggle(self) -> None:
        self.set_on(not self.on)

    def forget(self) -> None:
        """Drop the mode without re-applying settings (End session restores the centre's settings itself)."""
        if self._before is not None:
            self._before = None
            self.changed.emit(False)


class PresentationButton(QPushButton):
    """A checkable top-bar button bound to a ``Presentation``."""

    def __init__(self, presentation: Presentation, parent: QWidget | None = None) -> None:
        super().__init__("Large text", parent)
        self.presentation = presentation
        self.setObjectName("presentationToggle")
        self.setCheckable(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAccessibleName(translate("PresentationButton", "Large text"))
        self.setAccessibleDescription(translate(
                                      "PresentationButton",
                                      "Makes the text big for reading together. Click again to undo."))
        self.setToolTip(translate("PresentationButton", "Big text for reading together (click again to undo)"))
        self.clicked.connect(presentation.set_on)
        presentation.changed.connect(self._sync)
        self._sync(presentation.on)

    def _sync(self, on: bool) -> None:
        self.setChecked(on)
        self.setText(translate("PresentationButton", "Large text: on") if on else translate("PresentationButton",
            "Large text"))  # styled in resources/styles
