"""The one app-wide event filter: every event of the app passes through it, so it does as little as it can.

Each event goes through Python once (PySide6 wraps the object and the event for every call: most of the cost),
and is routed by what is cheapest to test first: the event's class, then the receiver's class, and only then its
type (asking an event for its type builds a Python enum, which costs more than the other two tests together).
So the thousands of ``WindowBlocked`` events a modal dialog sends to every widget behind it go no further than
two dictionary lookups. Handlers: the panic keys, windows shown and blocked (``ui/panic.py``), the wheel
guard's wheel and polish events (``ui/wheel_guard.py``), the journal's auto-lock (any input, while unlocked).
Nothing else in the app filters every event (``tests/test_app_filter.py`` checks). The filter is on the
application only while a handler is registered, so the first frame runs none (docs/architecture.md).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import (
    QInputMethodEvent,
    QKeyEvent,
    QMouseEvent,
    QShowEvent,
    QTabletEvent,
    QTouchEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QApplication

Handler = Callable[[QObject, QEvent], bool]

_T = QEvent.Type
#: The class an event of each type arrives as (PySide6 wraps each event as its own class); the rest are QEvent.
#: ``tests/test_app_filter.py`` sends one real event of each type a handler uses and checks it arrives.
EVENT_CLASS: dict[Any, type] = {
    _T.KeyPress: QKeyEvent, _T.KeyRelease: QKeyEvent, _T.ShortcutOverride: QKeyEvent, _T.Show: QShowEvent,
    _T.Wheel: QWheelEvent, _T.MouseButtonPress: QMouseEvent, _T.MouseButtonRelease: QMouseEvent,
    _T.MouseMove: QMouseEvent, _T.MouseButtonDblClick: QMouseEvent, _T.TouchBegin: QTouchEvent,
    _T.TouchUpdate: QTouchEvent, _T.TouchEnd: QTouchEvent, _T.TabletPress: QTabletEvent,
    _T.InputMethod: QInputMethodEvent,
}

_filter: AppEventFilter | None = None


class AppEventFilter(QObject):
    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.setObjectName("appEventFilter")
        self._app = app
        #: (owner, event type, receiver classes, handler), in the order added.
        self._entries: list[tuple[object, Any, Any, Handler]] = []
        #: event class -> ((receiver classes, {event type: handler}), ...)
        self._spec: dict[type, tuple[tuple[Any, dict[Any, Handler]], ...]] = {}
        #: event class -> {receiver's class: the {event type: handler} tables that apply}, learnt as classes come
        self._routes: dict[type, dict[type, tuple[dict[Any, Handler], ...]]] = {}
        self._installed = False

    # ----- registration -----
    def add(self, owner: object, handlers: dict[Any, Handler], *, receivers: type | tuple = QObject) -> None:
        """Call ``handler(obj, event)`` for each event of these types sent to an instance of ``receivers``
        (True stops the event). ``remove(owner)`` takes back everything ``owner`` added."""
        for t, h in handlers.items():
            self._entries.append((owner, t, receivers, h))
        self._rebuild()

    def remove(self, owner: object) -> None:
        self._entries = [e for e in self._entries if e[0] is not owner]
        self._rebuild()

    def handles(self, owner: object) -> bool:
        return any(e[0] is owner for e in self._entries)

    def _rebuild(self) -> None:
        grouped: dict[type, dict[Any, dict[Any, list[Handler]]]] = {}
        for _owner, t, receivers, h in self._entries:
            per_receiver = grouped.setdefault(EVENT_CLASS.get(t, QEvent), {})
            per_receiver.setdefault(receivers, {}).setdefault(t, []).append(h)
        self._spec = {
            cls: tuple((receivers, {t: hs[0] if len(hs) == 1 else _chain(hs) for t, hs in by_type.items()})
                       for receivers, by_type in per_receiver.items())
            for cls, per_receiver in grouped.items()}
        self._routes = {cls: {} for cls in self._spec}
        self._set_installed(bool(self._entries))

    def _set_installed(self, on: bool) -> None:
        if on and not self._installed:
            self._app.installEventFilter(self)
        elif not on and self._installed:
            self._app.removeEventFilter(self)
        self._installed = on

    @property
    def installed(self) -> bool:
        return self._installed

    @contextlib.contextmanager
    def paused(self) -> Iterator[None]:
        """No event goes through Python inside this block (the panic's hide: hiding a modal dialog sends
        ``WindowUnblocked`` to every widget behind it)."""
        was = self._installed
        if was:
            self._app.removeEventFilter(self)
        try:
            yield
        finally:
            if was and self._installed:
                self._app.installEventFilter(self)

    # ----- the hot path -----
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        per_receiver = self._routes.get(type(event))
        if per_receiver is None:
            return False
        tables = per_receiver.get(type(obj))
        if tables is None:
            tables = self._learn(per_receiver, type(event), type(obj))
        if not tables:
            return False
        t = event.type()
        for by_type in tables:
            handler = by_type.get(t)
            if handler is not None and handler(obj, event):
                return True
        return False

    def _learn(self, per_receiver: dict, event_cls: type, obj_cls: type) -> tuple[dict[Any, Handler], ...]:
        """Once per receiver class: which tables apply (a dictionary lookup from then on, cheaper than
        ``isinstance`` on a Qt object)."""
        tables = tuple(by_type for receivers, by_type in self._spec[event_cls] if issubclass(obj_cls, receivers))
        per_receiver[obj_cls] = tables
        return tables


def _chain(handlers: list[Handler]) -> Handler:
    def run(obj: QObject, event: QEvent) -> bool:
        return any([h(obj, event) for h in handlers])  # every handler sees it; any may stop it

    return run


def app_filter(app: QApplication | None = None) -> AppEventFilter | None:
    """The application's one filter (made on first use; None without an application)."""
    global _filter
    if _filter is not None and shiboken6.isValid(_filter):
        return _filter
    app = app or QApplication.instance()
    if app is None:
        return None
    _filter = AppEventFilter(app)
    return _filter


def current_filter() -> AppEventFilter | None:
    return _filter if _filter is not None and shiboken6.isValid(_filter) else None
