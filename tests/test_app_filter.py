"""The app's one event filter (ui/app_filter.py): on each of the app's windows, routing by event class and type."""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, Qt
from PySide6.QtGui import QGuiApplication, QInputMethodEvent, QKeyEvent, QMouseEvent, QWheelEvent, QWindow
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QLineEdit, QMessageBox, QVBoxLayout, QWidget

from iia_help.ui.app_filter import EVENT_CLASS, app_filter

SRC = Path(__file__).resolve().parents[1] / "src" / "iia_help"
T = QEvent.Type
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|propagateSizeHints)")


@pytest.fixture
def events(qapp):
    f = app_filter(qapp)
    owners: list[object] = []
    yield f, owners
    for o in owners:
        f.remove(o)


def _record(seen: list, result: bool = False):
    def handler(obj, event):
        seen.append((obj, event.type()))
        return result

    return handler


def _shown(qtbot, w: QWidget) -> QWindow:
    """``w`` on screen with the keyboard focus, as a person would find it before typing in it."""
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    handle = w.windowHandle()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is handle)
    return handle


def test_handlers_get_the_events_of_their_types_at_the_window(qtbot, events):
    f, owners = events
    owner = object()
    owners.append(owner)
    keys, blocked = [], []
    f.add(owner, {T.KeyPress: _record(keys), T.WindowBlocked: _record(blocked)})
    edit = QLineEdit()
    handle = _shown(qtbot, edit)
    QTest.keyClick(handle, Qt.Key.Key_A)  # as the window system delivers a key: to the window first
    QApplication.sendEvent(handle, QEvent(T.WindowBlocked))
    assert keys == [(handle, T.KeyPress)] and blocked == [(handle, T.WindowBlocked)]
    assert edit.text() == "a"  # the handler said False: the event went on to the line edit
    QApplication.sendEvent(edit, QKeyEvent(T.KeyPress, Qt.Key.Key_B, Qt.KeyboardModifier.NoModifier, "b"))
    assert len(keys) == 1 and edit.text() == "ab"  # sent to a widget, past every window: not seen


def test_a_handler_returning_true_stops_the_event(qtbot, events):
    f, owners = events
    owner = object()
    owners.append(owner)
    f.add(owner, {T.KeyPress: lambda o, e: True})
    edit = QLineEdit()
    handle = _shown(qtbot, edit)
    QTest.keyClick(handle, Qt.Key.Key_A)
    assert edit.text() == ""


def test_two_owners_of_one_type_both_hear_it_and_remove_takes_back_only_its_own(qtbot, events):
    f, owners = events
    a, b = object(), object()
    owners += [a, b]
    seen_a, seen_b = [], []
    f.add(a, {T.KeyPress: _record(seen_a)})
    f.add(b, {T.KeyPress: _record(seen_b)})
    w = QWidget()
    handle = _shown(qtbot, w)
    QTest.keyClick(handle, Qt.Key.Key_B)
    f.remove(a)
    QTest.keyClick(handle, Qt.Key.Key_B)
    assert len(seen_a) == 1 and len(seen_b) == 2


def test_the_filter_is_on_the_windows_only_while_someone_listens(qtbot, events):
    f, _owners = events
    was = f.installed
    w = QWidget()
    handle = _shown(qtbot, w)
    owner = object()
    seen: list = []
    f.add(owner, {T.KeyPress: _record(seen)})
    assert f.installed
    QTest.keyClick(handle, Qt.Key.Key_C)
    f.remove(owner)
    assert f.installed == was  # nothing else registered: off again
    f.add(owner, {T.KeyRelease: lambda o, e: False})  # someone listens again, to another type
    QTest.keyClick(handle, Qt.Key.Key_C)
    f.remove(owner)
    assert len(seen) == 1


def test_a_window_made_after_the_filter_started_is_watched_once_it_has_the_focus(qtbot, events):
    f, owners = events
    owner = object()
    owners.append(owner)
    seen: list = []
    f.add(owner, {T.KeyPress: _record(seen)})
    later = QDialog()
    QVBoxLayout(later).addWidget(QLineEdit(later))
    handle = _shown(qtbot, later)  # made and shown after add(): the focus change is what tells the filter
    QTest.keyClick(handle, Qt.Key.Key_D)
    assert seen == [(handle, T.KeyPress)]


def test_every_mapped_event_class_is_what_arrives(qtbot, events):
    """EVENT_CLASS routes by the class PySide6 wraps an event as: a wrong entry would silently drop a type."""
    f, owners = events
    owner = object()
    owners.append(owner)
    seen: list = []
    f.add(owner, dict.fromkeys(EVENT_CLASS, _record(seen)))
    combo = QComboBox()
    handle = _shown(qtbot, combo)
    nomod = Qt.KeyboardModifier.NoModifier
    samples = [
        QKeyEvent(T.KeyPress, Qt.Key.Key_C, nomod), QKeyEvent(T.KeyRelease, Qt.Key.Key_C, nomod),
        QKeyEvent(T.ShortcutOverride, Qt.Key.Key_C, nomod),
        QWheelEvent(QPointF(1, 1), QPointF(1, 1), QPoint(0, 0), QPoint(0, -120), Qt.MouseButton.NoButton, nomod,
                    Qt.ScrollPhase.NoScrollPhase, False),
        *(QMouseEvent(t, QPointF(1, 1), QPointF(1, 1), Qt.MouseButton.LeftButton, Qt.MouseButton.LeftButton, nomod)
          for t in (T.MouseButtonPress, T.MouseButtonRelease, T.MouseMove, T.MouseButtonDblClick)),
        QInputMethodEvent("x", []),
    ]
    for ev in samples:
        assert isinstance(ev, EVENT_CLASS[ev.type()])
        QApplication.sendEvent(handle, ev)
    combo.hide()
    combo.show()  # a real Show, of the watched window
    got = {t for _o, t in seen}
    assert {ev.type() for ev in samples} | {T.Show} <= got


def test_the_floods_qt_sends_to_every_widget_never_reach_python(qtbot, events, main_window):
    """A dialog the app shows (ui/modal.py) disables every widget of the window behind it and enables them again:
    hundreds of EnabledChange events, one per widget. The filter sees only what reaches a window."""
    from iia_help.ui.modal import inert_windows, open_dialog

    f, owners = events
    owner = object()
    owners.append(owner)
    seen: list = []
    f.add(owner, {T.EnabledChange: _record(seen), T.Paint: _record(seen), T.Polish: _record(seen)})
    for name in ("contacts", "journal", "settings", "guidance"):
        main_window.navigate(name)
    main_window.show()
    qtbot.waitExposed(main_window)
    widgets = len(main_window.findChildren(QWidget))
    box = QMessageBox(QMessageBox.Icon.Information, "x", "Saved.", QMessageBox.StandardButton.Ok, main_window)
    open_dialog(box)
    qtbot.waitExposed(box)
    assert inert_windows() == [main_window]
    box.accept()
    QApplication.processEvents()
    assert widgets > 200
    assert all(isinstance(obj, QWindow) for obj, _t in seen)
    assert len(seen) < 20


def test_the_new_window_watch_sees_a_window_shown_for_the_first_time(qtbot, events):
    f, owners = events
    owner = object()
    owners.append(owner)
    shown: list = []
    f.add(owner, {T.Show: _record(shown)})
    f.watch_new_windows(owner, True)
    try:
        assert f.watching_new_windows
        fresh = QMessageBox(QMessageBox.Icon.Information, "x", "made and shown by other code")
        qtbot.addWidget(fresh)
        fresh.show()
        assert (fresh, T.Show) in shown
    finally:
        f.watch_new_windows(owner, False)
    assert not f.watching_new_windows
    shown.clear()
    other = QMessageBox(QMessageBox.Icon.Information, "x", "another")
    qtbot.addWidget(other)
    other.show()
    assert not any(obj is other for obj, _t in shown)  # not asked for any more: a new window's first Show unseen


def test_a_dialog_the_app_shows_is_watched_before_it_appears(qtbot, events, main_window):
    from iia_help.ui.modal import open_dialog

    f, owners = events
    owner = object()
    owners.append(owner)
    shown: list = []
    f.add(owner, {T.Show: _record(shown)})
    main_window.show()
    qtbot.waitExposed(main_window)
    box = QMessageBox(QMessageBox.Icon.Information, "x", "Saved.", QMessageBox.StandardButton.Ok, main_window)
    open_dialog(box)
    assert (box.windowHandle(), T.Show) in shown  # its window's own Show, the first time it appears
    box.accept()


def test_nothing_else_filters_every_event_of_the_application():
    """Only ui/app_filter.py installs a filter on the application (its new-window watch); everything else
    registers with it."""
    offenders = []
    for path in SRC.rglob("*.py"):
        text = path.read_text("utf-8")
        for n, line in enumerate(text.splitlines(), 1):
            m = re.search(r"(\w+(?:\.instance\(\))?)\.installEventFilter\(", line)
            if m and m.group(1) in ("app", "qapp", "QApplication.instance()", "QCoreApplication.instance()",
                                   "QGuiApplication.instance()", "_app", "application"):
                offenders.append(f"{path.name}:{n}")
    assert offenders == ["app_filter.py:" + str(_line_of(SRC / "ui" / "app_filter.py",
                                                         "self._app.installEventFilter(self._new_windows)", 1)),
                         "app_filter.py:" + str(_line_of(SRC / "ui" / "app_filter.py",
                                                         "self._app.installEventFilter(self._new_windows)", 2))]


def _line_of(path: Path, text: str, nth: int) -> int:
    hits = [n for n, line in enumerate(path.read_text("utf-8").splitlines(), 1) if text in line]
    return hits[nth - 1]


def test_the_panic_controller_and_wheel_guard_use_the_one_filter(qtbot, main_window, ctx):
    from iia_help.ui.panic import install_panic
    from iia_help.ui.wheel_guard import install_wheel_guard, remove_wheel_guard

    f = app_filter()
    ctrl = install_panic(QApplication.instance(), main_window, ctx, watchdog=False)
    guard = install_wheel_guard()
    try:
        assert f.installed and f.handles(ctrl) and f.handles(guard)
        assert not isinstance(ctrl, QObject) or type(ctrl).eventFilter is QObject.eventFilter  # no filter of its own
    finally:
        ctrl.stop_filtering()
        remove_wheel_guard()
    assert not f.handles(ctrl)


def test_the_new_window_watch_costs_nothing_while_nobody_asks(qtbot, main_window, ctx, exits):
    """By default (no capture exclusion asked for, no panic just now) nothing is on the application."""
    from iia_help.ui.panic import install_panic

    f = app_filter()
    ctrl = install_panic(QApplication.instance(), main_window, ctx, watchdog=False)
    try:
        assert f.installed and not f.watching_new_windows
        ctrl.aftermath_s = 0.2
        ctrl.trigger("api")
        assert f.watching_new_windows  # the moments after a panic: every new window is seen, to be hidden
        deadline = time.monotonic() + 10
        while f.watching_new_windows and time.monotonic() < deadline:
            QApplication.processEvents()
        assert not f.watching_new_windows
    finally:
        ctrl.stop_filtering()
