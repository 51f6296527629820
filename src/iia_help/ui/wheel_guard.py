"""Nothing changes by accident: drop-downs, number boxes, sliders and date/time boxes ignore the mouse wheel
unless they have the keyboard focus, so scrolling a page only scrolls it.

Handlers in the one app-wide filter (``ui/app_filter.py``; ``install_wheel_guard``), started once the first page
is on screen (the first frame runs no Python event filter on the application; docs/architecture.md). It gives
every such control, present and future, ``StrongFocus`` (so the wheel never gives it the focus) as the control is
polished, and passes a wheel event that reaches one without the focus on to its parent, which scrolls the page.
Scroll bars are left alone.

The same guard lets Enter press a focused push or tool button, as Space does (Qt presses one with Enter only in a
dialog, so "New entry", "Export…" and "Back to list" ignored it).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QPushButton,
    QScrollBar,
    QTabBar,
    QToolButton,
    QWidget,
)

from iia_help.ui.app_filter import app_filter, current_filter

_WHEEL = QEvent.Type.Wheel
_POLISH = QEvent.Type.Polish
_KEY = QEvent.Type.KeyPress
_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_GUARDED = (QComboBox, QAbstractSpinBox, QAbstractSlider, QTabBar)  # date/time edits are spin boxes

_guard: WheelGuard | None = None


def is_guarded(w: object) -> bool:
    """True for a control the wheel could change by accident (not a scroll bar, which is meant for the wheel)."""
    return isinstance(w, _GUARDED) and not isinstance(w, QScrollBar)


def guard_widget(w: QWidget) -> None:
    """Let the wheel never give ``w`` the focus: Tab and clicks still do (``StrongFocus``)."""
    from PySide6.QtCore import Qt

    if w.focusPolicy() == Qt.FocusPolicy.WheelFocus:
        w.setFocusPolicy(Qt.FocusPolicy.StrongFocus)


class WheelGuard(QObject):
    def wheel(self, obj: QObject, event: QEvent) -> bool:
        if is_guarded(obj) and not obj.hasFocus():
            event.ignore()  # not for this control: Qt offers it to the parent (the page scrolls)
            return True
        return False

    def polish(self, obj: QObject, _event: QEvent) -> bool:
        if is_guarded(obj):
            guard_widget(obj)
        return False

    def key(self, obj: QObject, event: QEvent) -> bool:
        if event.key() in _ENTER_KEYS:
            return _press(obj, event)
        return False


def _press(button: QPushButton | QToolButton, event) -> bool:
    """Enter on a focused button presses it, unless Qt already does (a dialog's buttons, a default button)."""
    mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    if mods != Qt.KeyboardModifier.NoModifier or event.isAutoRepeat() or not button.hasFocus():
        return False
    if isinstance(button, QPushButton) and (button.autoDefault() or button.isDefault()):
        return False
    if button.isEnabled():
        button.animateClick()
    return True


def install_wheel_guard(app: QApplication | None = None) -> WheelGuard | None:
    """Guard every control now present and every one made later. Idempotent."""
    global _guard
    app = app or QApplication.instance()
    if app is None:
        return None
    if _guard is not None:
        import shiboken6

        if shiboken6.isValid(_guard):
            return _guard
    _guard = WheelGuard(app)
    for w in QApplication.allWidgets():
        if is_guarded(w):
            guard_widget(w)
    events = app_filter(app)
    events.add(_guard, {_WHEEL: _guard.wheel, _POLISH: _guard.polish}, receivers=_GUARDED)
    events.add(_guard, {_KEY: _guard.key}, receivers=(QPushButton, QToolButton))
    return _guard


def remove_wheel_guard() -> None:
    """Stop guarding (tests; the app's tear-down)."""
    global _guard
    app = QApplication.instance()
    if _guard is not None and app is not None:
        import shiboken6

        if shiboken6.isValid(_guard):
            events = current_filter()
            if events is not None:
                events.remove(_guard)
            _guard.deleteLater()
    _guard = None
