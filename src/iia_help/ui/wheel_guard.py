"""Nothing changes by accident: drop-downs, number boxes, sliders and date/time boxes ignore the mouse wheel
unless they have the keyboard focus, so scrolling a page only scrolls it.

Handlers in the app's one event filter (``ui/app_filter.py``, on each window; ``install_wheel_guard``), started
once the first page is on screen (the first frame runs no Python event filter; docs/architecture.md). A wheel turn
reaches the window first: the guard finds the control under the pointer it would reach (``childAt``, then up
through the control's own parts: a spin box's text field, a tab bar's arrows) and, if that control does not have
the keyboard focus, gives it ``StrongFocus`` (so the wheel never gives it the focus) and its wheel filter, which
passes the turn on to its parent (the page scrolls). Only the controls the wheel has really been over get one.
Controls present when the guard starts get ``StrongFocus`` at once. Scroll bars are left alone.

The same guard lets Enter press a focused push or tool button, as Space does (Qt presses one with Enter only in a
dialog, so "New entry", "Export…" and "Back to list" ignored it).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractScrollArea,
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

from iia_help.ui.app_filter import app_filter, current_filter, widget_of

_WHEEL = QEvent.Type.Wheel
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
    # ----- handlers in the app's filter (each event once, at the window it reached) -----
    def wheel(self, window: QObject, event: QEvent) -> bool:
        if QApplication.activePopupWidget() is not None:
            return False  # Qt gives the wheel to the open list, or to nothing
        control = _control_under(window, event)
        if control is not None and not control.hasFocus():
            guard_widget(control)
            control.installEventFilter(self)  # before Qt hands the turn to it (once per control: Qt keeps one)
        return False

    def key(self, window: QObject, event: QEvent) -> bool:
        if event.key() not in _ENTER_KEYS or QApplication.activePopupWidget() is not None:
            return False
        target = QWidget.keyboardGrabber() or window.focusObject()
        if isinstance(target, (QPushButton, QToolButton)):
            return _press(target, event)
        return False

    # ----- on the controls the wheel has been over -----
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if event.type() == _WHEEL and not obj.hasFocus():
            event.ignore()  # not for this control: Qt offers it to the parent (the page scrolls)
            return True
        return False


def _control_under(window: QObject, event: QEvent) -> QWidget | None:
    """The guarded control a wheel turn at this window would reach first, if any: the widget under the pointer
    or the control it is part of (a spin box's text field). None when the pointer is over none, or over
    something that scrolls first (a list, a text box)."""
    root = widget_of(window)
    if root is None:
        return None
    w = root.childAt(event.position().toPoint())
    while w is not None and not w.isWindow():
        if is_guarded(w):
            return w
        if isinstance(w, (QAbstractScrollArea, QScrollBar)):
            return None
        w = w.parentWidget()
    return None


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
    events.add(_guard, {_WHEEL: _guard.wheel, _KEY: _guard.key})
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
            for w in QApplication.allWidgets():  # the controls' own wheel filters (a few: the ones wheeled over)
                if is_guarded(w):
                    w.removeEventFilter(_guard)
            _guard.deleteLater()
    _guard = None
