"""Neutral app icons, drawn at run time so no icon file names hint at the app's purpose."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPixmap

#: Marked for translation here, translated where shown (``translate("icons", ...)``).
ICON_LABELS = {"leaf": QT_TRANSLATE_NOOP("icons", "Leaf"), "page": QT_TRANSLATE_NOOP("icons", "Page"),
               "circle": QT_TRANSLATE_NOOP("icons", "Circle")}


def _draw(name: str, size: int) -> QPixmap:
    pm = QPixmap(size, size)
    pm.fill(Qt.GlobalColor.transparent)
    p = QPainter(pm)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = float(size)
    if name == "page":
        p.setBrush(QColor("#f4f1ea"))
        p.setPen(QColor("#6b6b6b"))
        p.drawRoundedRect(QRectF(s * 0.18, s * 0.08, s * 0.64, s * 0.84), s * 0.06, s * 0.06)
        p.setPen(QColor("#9a9a9a"))
        for i in range(4):
            y = s * (0.3 + i * 0.14)
            p.drawLine(QPointF(s * 0.3, y), QPointF(s * 0.7, y))
    elif name == "circle":
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor("#4a7fa7"))
        p.drawEllipse(QRectF(s * 0.1, s * 0.1, s * 0.8, s * 0.8))
    else:  # leaf
        path = QPainterPath(QPointF(s * 0.15, s * 0.85))
        path.cubicTo(QPointF(s * 0.1, s * 0.35), QPointF(s * 0.45, s * 0.1), QPointF(s * 0.88, s * 0.12))
        path.cubicTo(QPointF(s * 0.9, s * 0.55), QPointF(s * 0.6, s * 0.9), QPointF(s * 0.15, s * 0.85))
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor("#5b8c5a"))
        p.drawPath(path)
        p.setPen(QColor("#e8f0e0"))
        p.drawLine(QPointF(s * 0.2, s * 0.8), QPointF(s * 0.75, s * 0.25))
    p.end()
    return pm


def app_icon(name: str) -> QIcon:
    icon = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256):
        icon.addPixmap(_draw(name, size))
    return icon
