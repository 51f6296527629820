"""A row of controls that wraps onto more lines when the window is narrow or the text is large.

Used for toolbars and filter rows, so that at Large text on a 1024x768 screen nothing runs off the side and the
page never scrolls sideways (``tests/test_layout_fit.py``). It reads left to right like a ``QHBoxLayout``
(right to left in a mirrored, right-to-left window) and keeps that order for Tab.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QApplication,
    QLayout,
    QLayoutItem,
    QSizePolicy,
    QSpacerItem,
    QStyle,
    QWidget,
    QWidgetItem,
)


class FlowLayout(QLayout):
    """Lays its items out left to right and starts a new line when the next one does not fit.

    ``addWidget(w, stretch)``: an item with stretch > 0 grows to fill what is left of its line (a search box).
    ``addSpacing(n)`` adds a gap that is dropped at the start of a line. ``addStretch()`` pushes the rest of the
    line to the right edge (a Lock button at the far end, while it fits on the same line)."""

    def __init__(self, parent: QWidget | None = None, *, spacing: int = 6, line_spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._stretch: list[int] = []
        self._h = spacing
        self._v = line_spacing
        if parent is None:
            self.setContentsMargins(0, 0, 0, 0)

    # ----- building -----
    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 (Qt's name)
        self._items.append(item)
        self._stretch.append(0)

    def addWidget(self, w: QWidget, stretch: int = 0) -> None:  # noqa: N802
        self.addChildWidget(w)
        self._items.append(QWidgetItem(w))
        self._stretch.append(stretch)
        self.invalidate()

    def addSpacing(self, size: int) -> None:  # noqa: N802
        self.addItem(QSpacerItem(size, 0, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum))

    def addStretch(self, stretch: int = 1) -> None:  # noqa: N802
        self.addItem(QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum))
        self._stretch[-1] = -1  # marks "push the rest right"

    def setSpacing(self, spacing: int) -> None:  # noqa: N802
        self._h = spacing
        self.invalidate()

    def spacing(self) -> int:
        return self._h

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        if 0 <= index < len(self._items):
            self._stretch.pop(index)
            return self._items.pop(index)
        return None

    # ----- sizes -----
    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802
        return Qt.Orientation.Horizontal

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self._do_layout(QRect(0, 0, width, 0), apply=False)

    def sizeHint(self) -> QSize:  # noqa: N802
        m = self.contentsMargins()
        w = 0
        h = 0
        for item in self._visible():
            s = item.sizeHint()
            w += s.width() + (self._h if w else 0)
            h = max(h, s.height())
        return QSize(w + m.left() + m.right(), h + m.top() + m.bottom())

    def minimumSize(self) -> QSize:  # noqa: N802
        """As narrow as the widest single item; as tall as one line (the real height comes from heightForWidth)."""
        size = QSize()
        for item in self._visible():
            if isinstance(item, QSpacerItem):
                continue
            size = size.expandedTo(item.minimumSize())
        m: QMargins = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802
        super().setGeometry(rect)
        self._do_layout(rect, apply=True)

    # ----- layout -----
    @staticmethod
    def _direction() -> Qt.LayoutDirection:
        return QApplication.layoutDirection()  # the app mirrors as a whole (language_choice.apply_direction)

    def _visible(self) -> list[QLayoutItem]:
        return [i for i in self._items if not (i.widget() is not None and i.widget().isHidden())]

    def _lines(self, width: int) -> list[list[tuple[QLayoutItem, int, int]]]:
        """Items per line: (item, stretch, width). A spacer never starts a line."""
        lines: list[list[tuple[QLayoutItem, int, int]]] = [[]]
        used = 0
        for item, stretch in zip(self._items, self._stretch, strict=True):
            if item.widget() is not None and item.widget().isHidden():
                continue
            spacer = isinstance(item, QSpacerItem)
            w = 0 if stretch < 0 else item.sizeHint().width()
            if not spacer:
                w = min(max(w, item.minimumSize().width()), width)
            gap = self._h if lines[-1] else 0
            if lines[-1] and not spacer and used + gap + w > width:
                while lines[-1] and isinstance(lines[-1][-1][0], QSpacerItem):
                    lines[-1].pop()  # no trailing gap
                lines.append([])
                used = 0
                gap = 0
            if spacer and not lines[-1]:
                continue
            lines[-1].append((item, stretch, w))
            used += gap + w
        while lines[-1] and isinstance(lines[-1][-1][0], QSpacerItem):
            lines[-1].pop()
        return [line for line in lines if line]

    def _do_layout(self, rect: QRect, *, apply: bool) -> int:
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        width = max(1, area.width())
        y = area.y()
        for n, line in enumerate(self._lines(width)):
            height = max((_height(i, w) for i, _, w in line if not isinstance(i, QSpacerItem)), default=0)
            spare = width - sum(w for _, _, w in line) - self._h * (len(line) - 1)
            growers = [k for k, (_, s, _) in enumerate(line) if s != 0]
            pushers = [k for k, (_, s, _) in enumerate(line) if s < 0]
            stretchers = [k for k, (_, s, _) in enumerate(line) if s > 0]
            extra = {}
            if spare > 0 and growers:
                share = stretchers or pushers
                for k in share:
                    extra[k] = spare // len(share)
            x = area.x()
            if n:
                y += self._v
            for k, (item, _, w) in enumerate(line):
                w += extra.get(k, 0)
                if apply and not isinstance(item, QSpacerItem):
                    h = min(height, _height(item, w))
                    box = QRect(QPoint(x, y + (height - h) // 2), QSize(w, h))
                    # Right to left (Urdu): the row starts at the right edge, as a QHBoxLayout's would.
                    item.setGeometry(QStyle.visualRect(self._direction(), area, box))
                x += w + self._h
            y += height
        return y - area.y() + m.top() + m.bottom()


def _height(item: QLayoutItem, width: int) -> int:
    h = max(item.sizeHint().height(), item.minimumSize().height())
    if item.hasHeightForWidth():
        h = max(h, item.heightForWidth(width))
    return h
