"""The one app-wide event filter (ui/app_filter.py): routing by event class, receiver class and type."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, Qt
from PySide6.QtGui import QInputMethodEvent, QKeyEvent, QMouseEvent, QWheelEvent, QWindow
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QWidget

from iia_help.ui.app_filter import EVENT_CLASS, app_filter

SRC = Path(__file__).resolve().parents[1] / "src" / "iia_help"
T = QEvent.Type


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


def test_handlers_get_their_types_for_their_receivers_only(qtbot, events):
    f, owners = events
    owner = object()
    owners.append(owner)
    keys, windows = [], []
    f.add(owner, {T.KeyPress: _record(keys)})
    f.add(owner, {T.WindowBlocked: _record(windows)}, receivers=QWindow)
    edit = QLineEdit()
    qtbot.addWidget(edit)
    QApplication.sendEvent(edit, QKeyEvent(T.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a"))
    QApplication.sendEvent(edit, QEvent(T.WindowBlocked))  # a widget: not for a QWindow handler
    win = QWindow()
    QApplication.sendEvent(win, QEvent(T.WindowBlocked))
    assert keys == [(edit, T.KeyPress)] and windows == [(win, T.WindowBlocked)]
    assert edit.text() == "a"  # the handler said False: the event went on


def test_a_handler_returning_true_stops_the_event(qtbot, events):
    f, owners = events
    owner = object()
    owners.append(owner)
    f.add(owner, {T.KeyPress: lambda o, e: True})
    edit = QLineEdit()
    qtbot.addWidget(edit)
    QApplication.sendEvent(edit, QKeyEvent(T.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a"))
    assert edit.text() == ""


def test_two_owners_of_one_type_both_hear_it_and_remove_takes_back_only_its_own(qtbot, events):
    f, owners = events
    a, b = object(), object()
    owners += [a, b]
    seen_a, seen_b = [], []
    f.add(a, {T.KeyPress: _record(seen_a)})
    f.add(b, {T.KeyPress: _record(seen_b)})
    w = QWidget()
    qtbot.addWidget(w)
    key = QKeyEvent(T.KeyPress, Qt.Key.Key_B, Qt.KeyboardModifier.NoModifier, "b")
    QApplication.sendEvent(w, key)
    f.remove(a)
    QApplication.sendEvent(w, key)
    assert len(seen_a) == 1 and len(seen_b) == 2


def test_the_filter_is_on_the_application_only_while_someone_listens(qtbot, events):
    f, _owners = events
    was = f.installed
    owner = object()
    f.add(owner, {T.Polish: lambda o, e: False})
    assert f.installed
    f.remove(owner)
    assert f.installed == was  # nothing else registered: off again


def test_every_mapped_event_class_is_what_arrives(qtbot, events):
    """EVENT_CLASS routes by the class PySide6 wraps an event as: a wrong entry would silently drop a type."""
    f, owners = events
    owner = object()
    owners.append(owner)
    seen: list = []
    f.add(owner, dict.fromkeys(EVENT_CLASS, _record(seen)))
    combo = QComboBox()
    qtbot.addWidget(combo)
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
        QApplication.sendEvent(combo, ev)
    combo.hide()
    combo.show()  # a real Show event
    got = {t for _o, t in seen}
    assert {ev.type() for ev in samples} | {T.Show} <= got


def test_nothing_else_filters_every_event_of_the_application():
    """Only ui/app_filter.py installs a filter on the application; everything else registers with it."""
    offenders = []
    for path in SRC.rglob("*.py"):
        if path.name == "app_filter.py":
            continue
        for n, line in enumerate(path.read_text("utf-8").splitlines(), 1):
            m = re.search(r"(\w+(?:\.instance\(\))?)\.installEventFilter\(", line)
            if m and m.group(1) in ("app", "qapp", "QApplication.instance()", "QCoreApplication.instance()",
                                   "QGuiApplication.instance()", "self._app", "application"):
                offenders.append(f"{path.name}:{n}")
    assert offenders == []


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
