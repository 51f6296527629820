"""A stack of views as big as the view on show needs, not as big as the biggest of them.

Qt's ``QStackedWidget`` asks for the largest minimum size (and height for a width) of all its views, shown or not.
In a longer language or at Large text one hidden view (the long Settings page, the journal's "create a journal"
card) then made the view on show taller than the window: it scrolled as a whole as well as inside.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QStackedWidget, QWidget


class CurrentStack(QStackedWidget):
    """A ``QStackedWidget`` sized by its current view alone."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currentChanged.connect(lambda _i: self.updateGeometry())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        view = self.currentWidget()
        return super().minimumSizeHint() if view is None else view.minimumSizeHint().expandedTo(view.minimumSize())

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt name)
        view = self.currentWidget()
        if view is None:
            return super().heightForWidth(width)
        return max(view.heightForWidth(width), view.minimumSizeHint().height())
