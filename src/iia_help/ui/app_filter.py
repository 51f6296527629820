"""The app's one event filter: one Python object on each of the app's windows (``QWindow``), not on the application.

Qt hands every event from the window system to a window first: a key press (and, before it, its
``ShortcutOverride``) to the window with the keyboard focus, a click or a wheel turn to the window under the
pointer; the window (Qt's ``QWidgetWindow``) then passes it to the focus widget, an open popup, or the widget under
the pointer. A filter on each window therefore sees each key, click and wheel turn a person makes exactly once,
and none of the floods Qt sends from widget to widget: the ``EnabledChange`` every widget gets when a window is made
inert behind a dialog (``ui/modal.py``), the ``WindowBlocked`` a Qt-modal dialog sends to every widget behind it,
``Paint``, ``Polish``... A filter on the application saw all of them, and each one through Python costs PySide6's
wrapping of the object and the event (docs/benchmarks.md, "The app-wide event filter").

Events that never come from a window are not seen: what code sends straight to a widget (``QApplication.sendEvent``
to a widget, as a unit test may; a person cannot), and an input method's composed text (sent to the focus widget;
the auto-lock watches the text cursor for that).

Which windows: every window there is when the first handler registers, and again whenever a window gets the
keyboard focus (``QGuiApplication.focusWindowChanged``: dialogs, menus and drop-down lists all take it before a key
reaches them), loses it, or the pointer leaves a watched window (so a window that appeared without the focus is
watched before the pointer reaches it); and any window other code names with ``watch()`` (``ui/modal.py``, for each
dialog as it shows, so that the dialog's window is watched before it appears; the panic controller, for the main
window and the decoy). A new window's first ``Show`` is seen only if someone watched it first: where every new
window must be seen at once (the moments after a panic, and "hide from screen recording"), a handler owner asks
for ``watch_new_windows``, and for that long a second filter on the application passes the ``Show`` of each window
to the ``Show`` handlers (and nothing else).

Handlers: the panic keys, windows shown and blocked (``ui/panic.py``), the wheel guard's wheel and Enter
(``ui/wheel_guard.py``), the journal's auto-lock (any input, while unlocked). Each gets the window and the event.
Nothing else in the app filters every event (``tests/test_app_filter.py`` checks). The filter is on the windows
only while a handler is registered, so the first frame runs none (docs/architecture.md).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import (
    QGuiApplication,
    QInputMethodEvent,
    QKeyEvent,
    QMouseEvent,
    QShowEvent,
    QTabletEvent,
    QTouchEvent,
    QWheelEvent,
    QWindow,
)
from PySide6.QtWidgets import QApplication, QWidget

Handler = Callable[[Any, QEvent], bool]

_T = QEvent.Type
_SHOW = _T.Show
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
        #: (owner, event type, handler), in the order added.
        self._entries: list[tuple[object, Any, Handler]] = []
        #: event class -> {event type: handler}
        self._routes: dict[type, dict[Any, Handler]] = {}
        self._installed = False
        #: Who wants every new window's Show seen (``watch_new_windows``), and the filter on the application
        #: that does it while anyone does.
        self._new_window_owners: list[object] = []
        self._new_windows = _NewWindows(self)
        self._new_windows_on = False

    # ----- registration -----
    def add(self, owner: object, handlers: dict[Any, Handler]) -> None:
        """Call ``handler(window, event)`` for each event of these types that reaches one of the app's windows
        (True stops the event). ``remove(owner)`` takes back everything ``owner`` added."""
        for t, h in handlers.items():
            self._entries.append((owner, t, h))
        self._rebuild()

    def remove(self, owner: object) -> None:
        self._entries = [e for e in self._entries if e[0] is not owner]
        self.watch_new_windows(owner, False)
        self._rebuild()

    def handles(self, owner: object) -> bool:
        return any(e[0] is owner for e in self._entries)

    def _rebuild(self) -> None:
        grouped: dict[type, dict[Any, list[Handler]]] = {}
        for _owner, t, h in self._entries:
            grouped.setdefault(EVENT_CLASS.get(t, QEvent), {}).setdefault(t, []).append(h)
        # The pointer leaving a window, or a window losing the focus, may be for a window not watched yet (one
        # that appeared without taking the focus): every window is watched then, before it gets a key or a wheel.
        for t in (_T.Leave, _T.WindowDeactivate):
            grouped.setdefault(QEvent, {}).setdefault(t, []).append(self._watch_all_handler)
        self._routes = {cls: {t: hs[0] if len(hs) == 1 else _chain(hs) for t, hs in by_type.items()}
                        for cls, by_type in grouped.items()}
        self._set_installed(bool(self._entries))

    def _set_installed(self, on: bool) -> None:
        if on and not self._installed:
            self._installed = True
            QGuiApplication.instance().focusWindowChanged.connect(self._watch_all)
            self._watch_all()
        elif not on and self._installed:
            self._installed = False
            QGuiApplication.instance().focusWindowChanged.disconnect(self._watch_all)
            for window in QGuiApplication.topLevelWindows():
                window.removeEventFilter(self)

    def _watch_all_handler(self, _obj: QObject, _event: QEvent) -> bool:
        self._watch_all()
        return False

    @property
    def installed(self) -> bool:
        """Whether the filter is on the app's windows (someone registered a handler)."""
        return self._installed

    def _watch_all(self, *_: object) -> None:
        """Every window of the app, watched (Qt keeps one entry per filter, so again is harmless)."""
        for window in QGuiApplication.topLevelWindows():
            window.installEventFilter(self)

    def watch(self, window: QWindow | QWidget | None) -> None:
        """Make sure ``window`` (a QWindow, or a top-level widget whose window exists) is watched. Idempotent:
        Qt keeps one entry per filter."""
        if not self._installed or window is None:
            return
        if isinstance(window, QWidget):
            window = window.windowHandle()
            if window is None:
                return
        if shiboken6.isValid(window):
            window.installEventFilter(self)

    def watch_new_windows(self, owner: object, on: bool) -> None:
        """While any owner asks for it, each window's ``Show`` goes to the ``Show`` handlers as it happens, new
        windows included (a filter on the application, seeing every event of the app: only for moments when
        that costs nothing a person notices, or was asked for)."""
        owners = [o for o in self._new_window_owners if o is not owner]
        if on:
            owners.append(owner)
        self._new_window_owners = owners
        self._set_new_windows(bool(owners))

    def _set_new_windows(self, on: bool) -> None:
        if on and not self._new_windows_on:
            self._app.installEventFilter(self._new_windows)
        elif not on and self._new_windows_on:
            self._app.removeEventFilter(self._new_windows)
        self._new_windows_on = on

    @property
    def watching_new_windows(self) -> bool:
        return self._new_windows_on

    @contextlib.contextmanager
    def paused(self) -> Iterator[None]:
        """The application-wide part (``watch_new_windows``) sees no event inside this block (the panic's hide:
        hiding a Qt-modal dialog sends ``WindowUnblocked`` to every widget behind it). The windows' filter stays:
        it sees a handful of events there."""
        was = self._new_windows_on
        if was:
            self._app.removeEventFilter(self._new_windows)
        try:
            yield
        finally:
            if was and self._new_windows_on:
                self._app.installEventFilter(self._new_windows)

    # ----- the hot path: events of the app's windows -----
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        by_type = self._routes.get(type(event))
        if by_type is None:
            return False
        t = event.type()
        if t == _SHOW and self._new_windows_on:
            return False  # the application-wide part passes this one on
        handler = by_type.get(t)
        return handler is not None and handler(obj, event)

    def _new_window_shown(self, obj: QObject, event: QEvent) -> None:
        handler = self._routes.get(QShowEvent, {}).get(_SHOW)
        if handler is not None:
            handler(obj, event)


class _NewWindows(QObject):
    """On the application while ``watch_new_windows`` is asked for: the Show of each window (widget or not)."""

    def __init__(self, owner: AppEventFilter) -> None:
        super().__init__(owner)
        self._owner = owner

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if type(event) is QShowEvent:
            if isinstance(obj, QWidget):
                if obj.isWindow():
                    self._owner.watch(obj)
                    self._owner._new_window_shown(obj, event)
            elif isinstance(obj, QWindow) and widget_of(obj) is None:  # a window with no widget: itself
                self._owner._new_window_shown(obj, event)
        return False


def widget_of(window: QWindow) -> QWidget | None:
    """The top-level widget a window being shown (or on screen) belongs to; None for a window with no widget."""
    if not shiboken6.isValid(window):
        return None
    w = QWidget.find(window.winId())  # the native window exists by now: winId() creates nothing
    if w is None or w.windowHandle() is None:
        return None
    return w if shiboken6.getCppPointer(w.windowHandle())[0] == shiboken6.getCppPointer(window)[0] else None


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
