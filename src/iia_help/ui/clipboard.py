"""Clipboard use that can be undone: the app remembers what it put on the clipboard and clears it on lock
and panic, but never clears something the person copied from another program."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication

_ours: str | None = None


def copy_text(text: str) -> None:
    global _ours
    QGuiApplication.clipboard().setText(text)
    _ours = text


def clear_if_ours() -> bool:
    """Clear the clipboard if it still holds what the app put there. Returns True if it cleared it."""
    global _ours
    if _ours is None:
        return False
    cb = QGuiApplication.clipboard()
    cleared = False
    if cb.text() == _ours:
        cb.clear()
        cleared = True
    _ours = None
    return cleared


def holds_ours() -> bool:
    return _ours is not None and QGuiApplication.clipboard().text() == _ours
