"""The panic key: hide every window of the app at once, then lock and tidy up.

``PanicController`` handles key presses and windows being shown or blocked through the app's one event filter
(``ui/app_filter.py``, on each of the app's windows), so it sees key presses in every window and dialog of the app:
dialogs, Qt's own file dialog, menus and drop-down lists, and while the journal's key derivation runs in a worker
thread. For ``AFTERMATH_S`` after a panic, and while "hide from screen recording" is on where the system offers
it, it asks that filter to see every new window as it is shown. Triggers: a single key
(default F12, from Settings), Shift pressed three times within five seconds with no other key between (as
GOV.UK's "Exit this page" allows for people using Sticky Keys or Slow Keys), and the Quick exit button.

While a modal dialog is open Qt drops every key and click aimed at the windows it blocks before any Qt event
filter can see them. ``native_input.NativePanicFilter`` watches the window system's own events for those windows
(X11 and Windows), so the panic key, triple Shift and a click on the main window's Quick exit still work there.

Order of work, all in the same handler:
1. hide every top-level window (main window, dialogs, viewers, menus, tooltips) and flush that to the window
   system. Nothing touches the disk, crypto or a modal loop before this;
2. ``panic_cleanup()`` on each built page (the journal seals its draft and locks), extra cleanups registered
   with ``add_cleanup`` (e.g. ending a guest session), clearing the clipboard if it holds what the app put there,
   ``reset_to_home()`` on each page;
3. the after-panic choice from Settings: "quit" (leave every loop and exit; a watchdog ends the process if it has
   not gone within ``WATCHDOG_S``), "decoy" (stay hidden behind a neutral Notes window) or "minimise".

At start-up (``install_panic(first_frame=True)``) only the main window's own native window is watched, until
``start_filtering()`` registers with the app's filter and installs the native one once the first page has painted
(see ``ui/app.py``); no dialog can open before that.

Limits (said plainly): if the app's main thread is blocked (work that should be in a thread but is not), no key
can be seen until it is free. The window system decides how fast the screen is repainted after a window is hidden.
"""

from __future__ import annotations

import contextlib
import enum
import functools
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6 import QtCore
from PySide6.QtCore import QEvent, QMetaObject, QObject, QPoint, QRect, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QWindow
from PySide6.QtWidgets import QApplication, QToolTip, QWidget

from iia_help.ui import clipboard, hiding
from iia_help.ui.app_filter import app_filter, current_filter, widget_of
from iia_help.ui.capture_exclusion import set_capture_excluded
from iia_help.ui.capture_exclusion import supported as capture_supported
from iia_help.ui.hiding import hide_all_windows

if TYPE_CHECKING:
    from iia_help.ui.main_window import MainWindow
    from iia_help.ui.shell import Page, Shell

TRIPLE_SHIFT_WINDOW_S = 5.0
WATCHDOG_S = 0.4
#: For this long after a panic, any window some other code shows (e.g. after a dialog's exec() returned) is
#: hidden again at once.
AFTERMATH_S = 1.5

_KEY_PRESS = QEvent.Type.KeyPress
_KEY_RELEASE = QEvent.Type.KeyRelease
_SHORTCUT_OVERRIDE = QEvent.Type.ShortcutOverride
_SHOW = QEvent.Type.Show
_BLOCKED = QEvent.Type.WindowBlocked
_UNBLOCKED = QEvent.Type.WindowUnblocked


@functools.cache
def _qt() -> Any:
    """PySide6's ``Qt`` namespace, looked up on first use. Building it costs about 12 ms, and this module is
    loaded before the first frame, which never needs it (see ``ui/app.py``)."""
    return QtCore.Qt


@functools.cache
def _key_shift() -> Any:
    return _qt().Key.Key_Shift


@functools.cache
def _mod_mask() -> Any:
    return ~_qt().KeyboardModifier.KeypadModifier


@functools.cache
def _not_closed() -> tuple[Any, ...]:
    wt = _qt().WindowType
    return wt.Popup, wt.ToolTip, wt.Desktop

_controller: PanicController | None = None


def parse_panic_key(text: str) -> tuple[Any, Any] | None:
    """Parse a key name like "F12" or "Ctrl+Alt+H" into (key, modifiers); None for "" or an unknown name."""
    if not text:
        return None
    seq = QKeySequence(text)
    if seq.isEmpty() or seq.count() != 1:
        return None
    combo = seq[0]
    if combo.key() == _qt().Key.Key_unknown:
        return None
    return combo.key(), combo.keyboardModifiers()


class PanicController(QObject):
    #: Emitted with the trigger's source ("key", "shift", "button", ...) once every window is hidden.
    panic_started = Signal(str)
    #: Emitted when the cleanup is done, just before the after-panic action leaves or hides the app.
    panic_done = Signal(str)

    def __init__(self, window: MainWindow, ctx: Any, *, watchdog: bool = True) -> None:
        super().__init__(window)
        self.setObjectName("panicController")
        self._window = window
        self._shell: Shell = window.shell
        self._ctx = ctx
        self.watchdog = watchdog
        self._cleanups: list[Callable[[], object]] = []
        self._key_text: str | None = None
        self._key: tuple[Any, Any] | None = None
        self._shift_times: list[float] = []
        self._shift_down = False
        self._shift_ts = -1
        self._swallow_key: Any = None
        self._swallow_timer = QTimer(self)
        self._swallow_timer.setSingleShot(True)
        self._swallow_timer.setInterval(0)
        self._swallow_timer.timeout.connect(self._end_swallow)
        self._busy = False
        self._guard_until = 0.0
        #: Seconds after a panic during which windows that other code shows are hidden again.
        self.aftermath_s = AFTERMATH_S
        self._capture_supported = capture_supported()
        self.decoy: QWidget | None = None
        #: Timing for tests and the benchmark (time.perf_counter_ns): when the triggering event reached the
        #: filter (or trigger() was called), and when every window had been hidden.
        self.last_event_ns = 0
        self.last_hidden_ns = 0
        self._pending_event_ns = 0
        #: "native" if the last panic came through the native filter (a window Qt blocked), else "qt".
        self.last_path = ""
        self._pending_path = "qt"
        self.panic_count = 0
        #: Names of cleanup steps that raised during the last panic (no content, just which step).
        self.last_errors: list[str] = []
        #: Whether the handlers are in the app's event filter; until then (``install_panic(first_frame=True)``) keys
        #: are watched on the main window's native window only: (that QWindow, its filter).
        self.filtering = False
        self.early_keys: tuple[Any, QObject] | None = None
        #: The QWindows Qt blocks behind a modal dialog right now (from its WindowBlocked/WindowUnblocked
        #: events); the native filter acts only for these.
        self.blocked_windows: set[Any] = set()
        self.native_filter: Any = None
        #: Owners of the app filter's new-window watch: the moments after a panic, and capture exclusion.
        self._aftermath_watch = _Owner("aftermath")
        self._capture_watch = _Owner("capture")
        self._aftermath_timer = QTimer(self)
        self._aftermath_timer.setSingleShot(True)
        self._aftermath_timer.timeout.connect(self._end_aftermath)

    # ----- public API -----
    def add_cleanup(self, fn: Callable[[], object]) -> None:
        """Run ``fn`` on every panic, after the pages' ``panic_cleanup`` (e.g. end a guest session)."""
        self._cleanups.append(fn)

    def remove_cleanup(self, fn: Callable[[], object]) -> None:
        with contextlib.suppress(ValueError):
            self._cleanups.remove(fn)

    def latency_ns(self) -> int:
        """From the triggering event to every window hidden, for the last panic."""
        return self.last_hidden_ns - self.last_event_ns

    def trigger(self, source: str = "api") -> None:
        if self._busy:
            return
        self.last_event_ns = self._pending_event_ns or time.perf_counter_ns()
        self._pending_event_ns = 0
        self.last_path, self._pending_path = self._pending_path, "qt"
        self._busy = True
        try:
            self._hide_all()
            self.last_hidden_ns = time.perf_counter_ns()
            self._guard_until = time.monotonic() + self.aftermath_s
            self._start_aftermath()
            # No QGuiApplication.sync(): it would run the event loop here. Qt's xcb backend flushes each unmap
            # itself (bench_panic.py sees the UnmapNotify before the hide loop ends); Windows/macOS hide at once.
            QToolTip.hideText()
            self.panic_count += 1
            self.panic_started.emit(source)
            self._cleanup()
            self.panic_done.emit(source)
            self._after_panic()
        finally:
            self._busy = False

    def _hide_all(self) -> None:
        """``hide_all_windows()``, with the app filter's application-wide part (if on: see ``watch_new_windows``) out
        of the way: hiding a Qt-modal dialog makes Qt send ``WindowUnblocked`` to every widget of the windows behind
        it, and each one passing through Python would cost milliseconds (thousands of widgets once every page is
        built). The windows' own filter sees only their Hide events. With a modal dialog open,
        on X11, every window is first unmapped straight through Qt's X connection: Qt's hide() of the dialog
        unblocks the windows behind it before it unmaps it."""
        events = current_filter() if self.filtering else None
        try:
            with events.paused() if events is not None else contextlib.nullcontext():
                if self.blocked_windows and self.native_filter is not None:
                    # A modal dialog is open: off the screen first, all at once (X11), then Qt's own hide.
                    self._run("unmap", lambda: self.native_filter.unmap_now(
                        [int(w.winId()) for w in QApplication.topLevelWidgets() if w.isVisible()]))
                hide_all_windows()
        finally:
            self.blocked_windows.clear()  # nothing modal is shown any more, so nothing is blocked

    def _start_aftermath(self) -> None:
        """For the next ``aftermath_s``, see every window as it is shown (a new one too), to hide it again."""
        events = current_filter() if self.filtering else None
        if events is None:
            return
        events.watch_new_windows(self._aftermath_watch, True)
        self._aftermath_timer.start(int(self.aftermath_s * 1000) + 100)

    def _end_aftermath(self) -> None:
        events = current_filter()
        if events is not None:
            events.watch_new_windows(self._aftermath_watch, False)

    def start_filtering(self) -> None:
        """Watch every key and window of the app from now on (see ``install_panic``). Idempotent."""
        app = QApplication.instance()
        events = app_filter(app)
        if events is None or self.filtering:
            return
        self.filtering = True
        events.add(self, {_KEY_PRESS: self._key_press, _SHORTCUT_OVERRIDE: self._shortcut_override,
                          _KEY_RELEASE: self._key_release, _SHOW: self._shown,
                          _BLOCKED: self._blocked, _UNBLOCKED: self._unblocked})
        if shiboken6.isValid(self._window):
            self._window.winId()  # its native window now (the app's is there already): watched from the start
            events.watch(self._window)
        from iia_help.ui.native_input import NativePanicFilter

        self.native_filter = NativePanicFilter(self)
        app.installNativeEventFilter(self.native_filter)
        # Deleted with its window before stop_filtering() (a window closed and deleted without the app ending):
        # take its handlers back too, or the next key would call into a deleted object.
        self.destroyed.connect(functools.partial(_forget_controller, events, self.native_filter, self,
                                                 (self._aftermath_watch, self._capture_watch)))
        if self.early_keys is not None:
            handle, early = self.early_keys
            self.early_keys = None
            if shiboken6.isValid(handle):
                handle.removeEventFilter(early)
            early.deleteLater()
        if self._ctx.settings.exclude_from_capture:
            self.apply_capture_exclusion()

    def apply_capture_exclusion(self) -> None:
        """Apply the "hide from screen recording" setting to every window now open, and (on, where the system
        offers it) to every window as it is shown from now on."""
        on = bool(self._ctx.settings.exclude_from_capture)
        for w in QApplication.topLevelWidgets():
            if w.isVisible():
                set_capture_excluded(w, on)
        events = current_filter() if self.filtering else None
        if events is not None:
            events.watch_new_windows(self._capture_watch, on and self._capture_supported)

    # ----- event handlers (called by the app's filter, per event type, with the window it reached) -----
    def _key_press(self, _obj: QObject, event: QEvent) -> bool:
        return self._on_key_press(event, _KEY_PRESS)

    def _shortcut_override(self, _obj: QObject, event: QEvent) -> bool:
        return self._on_key_press(event, _SHORTCUT_OVERRIDE)

    def _key_release(self, _obj: QObject, event: QEvent) -> bool:
        if event.key() == _key_shift() and not event.isAutoRepeat():
            self._shift_down = False
        return False

    def _shown(self, obj: QObject, event: QEvent) -> bool:
        if isinstance(obj, QWindow):  # a window's own Show: its widget, if it has one
            w = widget_of(obj)
            self._on_window_shown(w if w is not None else obj, event.spontaneous())
        elif obj.isWindow():  # the new-window watch: a top-level widget
            self._on_window_shown(obj, event.spontaneous())
        return False

    def _blocked(self, obj: QWindow, _event: QEvent) -> bool:
        if not self.blocked_windows and self.native_filter is not None:
            self.native_filter.prepare()
        self.blocked_windows.add(obj)
        # What Qt shows modally (not the app's own dialogs, which ui/modal.py shows) is a new window whose first
        # Show the filter did not see; blocking ours is how it announces itself, just before it is mapped.
        modal = QGuiApplication.modalWindow()
        if modal is not None and modal is not obj:
            events = current_filter()
            if events is not None:
                events.watch(modal)
            w = widget_of(modal)
            if w is not None and not self._busy:
                self._keep_quick_exit_clear(w)
        return False

    def _unblocked(self, obj: QWindow, _event: QEvent) -> bool:
        self.blocked_windows.discard(obj)
        return False

    def stop_filtering(self) -> None:
        """Take the handlers out of the app's filter and remove the native filter (app shutdown, or a new
        controller replacing this one)."""
        app = QApplication.instance()
        events = current_filter()
        if events is not None:
            events.remove(self)
            events.watch_new_windows(self._aftermath_watch, False)
            events.watch_new_windows(self._capture_watch, False)
        if app is not None and self.native_filter is not None:
            app.removeNativeEventFilter(self.native_filter)
        self.native_filter = None
        self.blocked_windows.clear()
        self.filtering = False

    # ----- below Qt's modality (native_input.NativePanicFilter calls these for blocked windows only) -----
    def is_blocked_native(self, wid: int) -> bool:
        """Whether the native window ``wid`` is one of ours that Qt blocks behind a modal dialog (and no popup,
        which would get the keys instead, is open)."""
        for w in list(self.blocked_windows):
            if not shiboken6.isValid(w):
                self.blocked_windows.discard(w)
                continue
            if w.isVisible() and int(w.winId()) == wid:  # visible, so winId() creates nothing
                return QApplication.activePopupWidget() is None
        return False

    def native_key(self, matches: Callable[[int], bool], modifiers: int) -> None:
        """A key other than Shift pressed in a blocked window: ``matches(qt_key)`` says whether it is that key."""
        self._shift_times.clear()  # any other key breaks a run of Shift presses
        s = self._ctx.settings
        if s.panic_key != self._key_text:
            self._key_text = s.panic_key
            self._key = parse_panic_key(s.panic_key)
        if self._key is None or not matches(_as_int(self._key[0])):
            return
        if modifiers != _as_int(self._key[1]) & ~0x20000000:  # KeypadModifier does not count
            return
        self._pending_event_ns = time.perf_counter_ns()
        self._pending_path = "native"
        self.trigger("key")

    def native_shift(self) -> None:
        """A real (not auto-repeated) Shift press in a blocked window."""
        if self._ctx.settings.panic_triple_shift:
            self._pending_path = "native"
            self._count_shift()
            self._pending_path = "qt"

    def native_click(self, wid: int, x: int, y: int) -> bool:
        """A left-button press at native pixel (x, y) of the blocked window ``wid``: if that is on the main
        window's Quick exit, panic. Returns whether it was."""
        win = self._window
        if not shiboken6.isValid(win) or not win.isVisible():
            return False
        handle = win.windowHandle()
        button = win.quick_exit_button
        if handle is None or int(handle.winId()) != wid or not button.isVisible():
            return False
        dpr = handle.devicePixelRatio() or 1.0
        local = button.mapFrom(win, QPoint(int(x / dpr), int(y / dpr)))
        if not button.rect().contains(local) or not button.isEnabled():
            return False
        self._pending_event_ns = time.perf_counter_ns()
        self._pending_path = "native"
        self.trigger("button")
        return True

    def _on_key_press(self, event: Any, t: Any) -> bool:
        key = event.key()
        if key == self._swallow_key:
            return True  # the rest of the press that triggered: ShortcutOverride, then KeyPress to each parent
        s = self._ctx.settings
        if key == _key_shift():
            if t == _KEY_PRESS and s.panic_triple_shift:
                return self._on_shift_press(event)
            return False
        self._shift_times.clear()  # any other key breaks a run of Shift presses
        if s.panic_key != self._key_text:
            self._key_text = s.panic_key
            self._key = parse_panic_key(s.panic_key)
        if self._key is None or key != self._key[0] or event.isAutoRepeat():  # holding the key: once only
            return False
        mods = event.modifiers() & _mod_mask()
        if mods != self._key[1] and not _shift_made_symbol(key, mods, self._key[1]):
            return False
        self._pending_event_ns = time.perf_counter_ns()
        self._swallow_key = key
        self._swallow_timer.start()  # fires once this key event has been fully delivered
        self.trigger("key")
        return True

    def _end_swallow(self) -> None:
        self._swallow_key = None

    def _on_shift_press(self, event: Any) -> bool:
        if event.isAutoRepeat():
            return False
        ts = event.timestamp()
        if self._shift_down and ts == self._shift_ts:
            return False  # the same press, seen again as Qt passes it to each parent widget
        self._shift_down, self._shift_ts = True, ts
        return self._count_shift()

    def _count_shift(self) -> bool:
        now = time.monotonic()
        self._shift_times = [x for x in self._shift_times if now - x <= TRIPLE_SHIFT_WINDOW_S]
        self._shift_times.append(now)
        if len(self._shift_times) < 3:
            return False
        self._shift_times.clear()
        self._pending_event_ns = time.perf_counter_ns()
        self.trigger("shift")
        return True

    def _on_window_shown(self, w: Any, spontaneous: bool) -> None:
        """``w``: a top-level widget, or a window with no widget."""
        widget = isinstance(w, QWidget)
        if widget and self._capture_supported and self._ctx.settings.exclude_from_capture:
            set_capture_excluded(w, True)
        if spontaneous or self._busy:  # the window system restoring a window, or our own after-panic step
            return
        if widget:
            self._keep_quick_exit_clear(w)
        if w is self.decoy or w is self._window:
            return
        if self._guard_until and time.monotonic() < self._guard_until:
            # Queued to the widget itself: dropped safely if it is deleted first.
            QMetaObject.invokeMethod(w, "hide", _qt().ConnectionType.QueuedConnection)

    def _keep_quick_exit_clear(self, w: Any) -> None:
        """A dialog about to appear over the main window's Quick exit goes just below it instead, or (too tall for
        that) just left of it, where the screen has room, so the red button stays visible and clickable."""
        win = self._window
        if w is win or w is self.decoy or not shiboken6.isValid(win) or not win.isVisible():
            return
        button = win.quick_exit_button
        if not button.isVisible() or w.windowType() != _qt().WindowType.Dialog:
            return
        rect = QRect(button.mapToGlobal(QPoint(0, 0)), button.size())
        frame = w.frameGeometry()
        parent = w.parentWidget()
        if parent is not None and not w.testAttribute(_qt().WidgetAttribute.WA_Moved):
            # QDialog centres itself over its parent only after this Show event (QDialog::showEvent), so judge
            # where it is about to go, not where it is now: centred, then shifted by the window frame it
            # expects (up to 10 px left and 40 px up when the frame is not known yet, as under Xvfb).
            frame.moveCenter(parent.window().frameGeometry().center())
            if not frame.adjusted(-10, -40, 0, 0).intersects(rect):
                return
        elif not frame.intersects(rect):
            return
        screen = w.screen() or win.screen()
        if screen is None:
            return
        avail = screen.availableGeometry()
        below, left_of = rect.bottom() + 8, rect.left() - 8 - frame.width()
        if below + frame.height() <= avail.bottom():
            w.move(frame.x(), below)
        elif left_of >= avail.left():  # too tall to go below (the Export dialog on a small screen): beside it
            w.move(left_of, frame.y())

    # ----- the steps after hiding -----
    def _pages(self) -> dict[str, Page]:
        return self._shell.pages() if shiboken6.isValid(self._window) else {}

    def _run(self, name: str, fn: Callable[[], object]) -> None:
        try:
            fn()
        except Exception:  # a failing page must not stop the rest of the panic
            self.last_errors.append(name)

    def _cleanup(self) -> None:
        self.last_errors = []
        pages = self._pages()
        for name, page in pages.items():
            self._run(f"{name}.panic_cleanup", page.panic_cleanup)
        for i, fn in enumerate(list(self._cleanups)):
            self._run(f"cleanup[{i}]", fn)
        self._run("clipboard", clipboard.clear_if_ours)
        for name, page in pages.items():
            self._run(f"{name}.reset_to_home", page.reset_to_home)

    def _after_panic(self) -> None:
        mode = self._ctx.settings.after_panic
        if mode == "quit":
            self._quit()
            return
        # Close every other window (this also ends a hidden modal dialog's exec()), then go home.
        for w in QApplication.topLevelWidgets():
            if w is self._window or w is self.decoy or w.windowType() in _not_closed():
                continue
            with contextlib.suppress(RuntimeError):
                w.close()
        if shiboken6.isValid(self._window) and self._shell.pages():
            self._run("navigate", self._shell.go_home)
        if mode == "decoy":
            self._show_decoy()
        else:  # "minimise"
            self._run("identity", self._window.apply_identity)
            self._window.showMinimized()

    def _show_decoy(self) -> None:
        from iia_help.ui.decoy import DecoyWindow

        if self.decoy is not None and shiboken6.isValid(self.decoy):
            self.decoy.editor.clear()
        else:
            self.decoy = DecoyWindow()
            self.decoy.closed.connect(self._decoy_closed)
        self.decoy.show()
        self.decoy.raise_()
        self.decoy.activateWindow()
        events = current_filter() if self.filtering else None
        if events is not None:
            events.watch(self.decoy)  # its keys from the first one on

    def _decoy_closed(self) -> None:
        self.decoy = None
        # The decoy was the only visible window: closing it closes the app.
        if shiboken6.isValid(self._window) and not self._window.isVisible():
            hiding.exit_app(0)

    def _quit(self) -> None:
        if self.watchdog:
            timer = threading.Timer(WATCHDOG_S, hiding.hard_exit, args=(0,))
            timer.daemon = True
            timer.start()
        # exit() also leaves every nested loop (modal dialogs, menus); a new exec() returns at once.
        hiding.exit_app(0)


def install_panic(app: QApplication, window: MainWindow, ctx: Any, *, watchdog: bool = True,
                  first_frame: bool = False) -> PanicController:
    """Install the panic controller for ``window`` as an application-wide event filter and return it.

    ``watchdog=False`` (tests) never force-ends the process in quit mode. Replaces an earlier controller.

    ``first_frame=True`` (``run_app``): until ``start_filtering()`` is called once the first page is on screen,
    keys are watched on ``window``'s native window alone (the only window then: the panic key and triple Shift
    work as usual) and Quick exit through its button. Any Python event filter makes PySide6 build a
    Python type for every kind of object and event it sees, which costs about 25 ms on a window's first show:
    too much to put in front of the first frame. (A QShortcut would not do: Qt ignores shortcuts until the
    window system has made the window active, and a key pressed as it appears was lost.)
    """
    global _controller
    old = current_controller()
    if old is not None:
        old.stop_filtering()
    ctrl = PanicController(window, ctx, watchdog=watchdog)
    window.shell.panic = ctrl
    _controller = ctrl
    if first_frame:
        window.winId()  # make the native window now, so its keys are watched from the moment it is shown
        handle = window.windowHandle()
        if handle is not None:
            ctrl.early_keys = (handle, _EarlyKeys(ctrl))
            handle.installEventFilter(ctrl.early_keys[1])
        if ctx.settings.exclude_from_capture and capture_supported():
            set_capture_excluded(window, True)  # before it is shown, where the system allows; start_filtering()
            # applies the setting again to every open window
    else:
        ctrl.start_filtering()
    return ctrl


class _EarlyKeys(QObject):
    """Until the app's filter starts: the keys that reach ``window``'s native window go through the
    controller's own key handling (panic key and triple Shift alike). Only that one object's events pass through
    Python, a handful of kinds, so this costs next to nothing on the first show."""

    def __init__(self, ctrl: PanicController) -> None:
        super().__init__(ctrl)
        self._ctrl = ctrl

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        t = event.type()
        if t == _KEY_PRESS:
            return self._ctrl._key_press(obj, event)
        if t == _KEY_RELEASE:
            return self._ctrl._key_release(obj, event)
        return False


class _Owner:
    """A name to register with the app filter under (each of the controller's new-window watches)."""

    def __init__(self, what: str) -> None:
        self.what = what

    def __repr__(self) -> str:
        return f"<panic {self.what} watch>"


def _shift_made_symbol(key: Any, mods: Any, want: Any) -> bool:
    """Whether ``mods`` is ``want`` plus a Shift that only made the symbol (``Ctrl+Alt+!`` is Ctrl+Alt+Shift+1 on
    many layouts, and Qt reports Shift with it); a letter's Shift stays a modifier."""
    k = _as_int(key)
    symbol = 0x20 < k < 0x01000000 and not 0x41 <= k <= 0x5A
    return symbol and _as_int(mods) == _as_int(want) | 0x02000000


def _as_int(value: Any) -> int:
    """A Qt enum or flag (or a plain int) as an int."""
    return int(value.value) if isinstance(value, enum.Enum) else int(value)


def _forget_controller(events: Any, native: Any, owner: object, watches: tuple, *_: object) -> None:
    if shiboken6.isValid(events):
        events.remove(owner)
        for w in watches:
            events.watch_new_windows(w, False)
    app = QApplication.instance()
    if app is not None and native is not None:
        app.removeNativeEventFilter(native)


def current_controller() -> PanicController | None:
    c = _controller
    return c if c is not None and shiboken6.isValid(c) else None


def trigger_panic(window: MainWindow, source: str = "button") -> None:
    """What the Quick exit button calls (``Shell.quick_exit``)."""
    window.shell.quick_exit(source)
