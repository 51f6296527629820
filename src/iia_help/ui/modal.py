"""How the app shows its dialogs: never with Qt's modality, so Quick exit and the panic keys work on every desktop.

While a Qt-modal dialog is open, Qt throws away every key and click aimed at the windows it blocks, before any Qt
event filter sees them. ``ui/native_input.py`` works round that on X11 and Windows by reading the window system's
own events, but on Wayland (Qt's wayland plugin passes no input through native filters) and macOS nothing can:
a person whose focus is on the main window behind a dialog would press F12, or click Quick exit, in vain.

So every dialog the app opens goes through this module instead of ``exec()``/``open()``/``setModal``:

- ``exec_dialog(dialog)`` shows it **without modality** and runs a local event loop until it is finished (or
  hidden, or deleted), then returns its result code, as ``exec()`` would;
- ``open_dialog(dialog, on_finished)`` shows it without modality and returns at once;
- ``present(dialog)`` only attaches the behaviour below, for a dialog that shows itself (``QProgressDialog``).

While such a dialog is on screen the window(s) behind it are made **inert by the app itself**: every part of the
window's content is disabled and its shortcuts and actions are switched off, except the main window's Quick exit
button (and the widgets that hold it), and closing that window is refused. Qt blocks nothing, so a key reaching
the window behind still passes through the app's panic filter, and a click on Quick exit is a plain click.
Everything is put back when the dialog goes (focus included).

Each dialog's window title is made neutral (the app's display name, e.g. "Notes"): titles are what a taskbar,
Alt+Tab and a screen recorder show, so what a dialog is about is said inside it, never in its title.

The shell owns this: the windows it knows (``ui/shell.py`` ``live_shells()``) are where a dialog without a parent
stands, and each shell names the widget that stays live (``Shell.quick_exit_button``). What is inert right now is
kept here, by the windows' C++ addresses, never as attributes hung on Qt objects.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
from PySide6.QtGui import QAction, QGuiApplication, QShortcut
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from iia_help.ui.app_filter import current_filter
from iia_help.ui.shell import live_shells

_SHOW = QEvent.Type.Show
_HIDE = QEvent.Type.Hide
_CLOSE = QEvent.Type.Close
DEFAULT_TITLE = "Notes"

#: The presenter of each dialog and the inert state of each window, by C++ address (PySide may hand out a new
#: wrapper for the same widget). An entry whose object is gone is stale: the address may be reused.
_presenters: dict[int, _Presenter] = {}
_inert: dict[int, _Inert] = {}


def neutral_title() -> str:
    """The title every dialog gets: the app's display name (the neutral window title from Settings)."""
    return QGuiApplication.applicationDisplayName() or DEFAULT_TITLE


def exec_dialog(dialog: QDialog) -> int:
    """Show ``dialog`` without Qt modality, make the window behind it inert, and wait (in a local event loop) until
    it is finished, hidden or deleted. Returns ``dialog.result()`` (``Rejected`` if it was deleted), as ``exec()``
    would. A panic that quits the app ends the loop too (``QApplication.exit`` leaves every loop)."""
    pres = present(dialog)
    loop = QEventLoop()
    pres.loops.append(loop)
    try:
        _bring_up(dialog)
        if pres.showing:
            loop.exec()
    finally:
        if loop in pres.loops:
            pres.loops.remove(loop)
    if not shiboken6.isValid(dialog):
        return QDialog.DialogCode.Rejected.value
    pres.release()  # at once: the caller may open the next dialog straight away
    return int(dialog.result())


def open_dialog(dialog: QDialog, on_finished: Callable[[int], Any] | None = None) -> None:
    """Show ``dialog`` without Qt modality (the window behind it inert while it shows) and return at once;
    ``on_finished(result)`` runs when it is finished (``QDialog.finished``)."""
    present(dialog)
    if on_finished is not None:
        dialog.finished.connect(on_finished)
    _bring_up(dialog)


def _bring_up(dialog: QWidget) -> None:
    dialog.show()
    if QGuiApplication.platformName() not in ("offscreen", "minimal"):  # these cannot raise windows
        dialog.raise_()
        dialog.activateWindow()


def present(dialog: QWidget) -> _Presenter:
    """Attach the behaviour of this module to ``dialog`` (idempotent): no Qt modality, a neutral title, and the
    window behind it inert whenever it is shown."""
    existing = _presenters.get(_addr(dialog))
    if existing is not None and shiboken6.isValid(existing) and _same(existing.dialog, dialog):
        return existing
    pres = _Presenter(dialog)
    _presenters[_addr(dialog)] = pres
    return pres


def _inert_state(window: QWidget) -> _Inert | None:
    state = _inert.get(_addr(window))
    if state is not None and shiboken6.isValid(state) and _same(state.window, window):
        return state
    return None


def inert_windows() -> list[QWidget]:
    """The windows made inert right now (for tests and the shell)."""
    return [w for w in QApplication.topLevelWidgets() if _inert_state(w) is not None]


def open_dialogs() -> list[QWidget]:
    """The dialogs shown through this module that are on screen now, most recent last."""
    out = []
    for w in QApplication.topLevelWidgets():
        pres = _presenters.get(_addr(w))
        if pres is not None and shiboken6.isValid(pres) and _same(pres.dialog, w) and pres.showing:
            out.append((pres.serial, w))
    return [w for _, w in sorted(out, key=lambda p: p[0])]


_serial = [0]


class _Presenter(QObject):
    """Watches one dialog's Show/Hide events: inert windows behind while it shows, put back when it goes."""

    def __init__(self, dialog: QWidget) -> None:
        super().__init__(dialog)
        self._dialog = dialog
        self.dialog = dialog
        self.loops: list[QEventLoop] = []
        self.showing = False
        self.serial = 0
        self._held: list[QWidget] = []
        self._dialog_ref = 0
        self._dialog_addr = _addr(dialog)
        dialog.setWindowModality(_qt().WindowModality.NonModal)
        dialog.setWindowTitle(neutral_title())
        dialog.installEventFilter(self)
        dialog.destroyed.connect(self._gone)
        if dialog.isVisible():
            self._shown()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        t = event.type()
        if _addr(obj) == self._dialog_addr:
            if t == _SHOW and not self.showing:
                self._shown()
            elif t == _HIDE and self.showing and not event.spontaneous():  # not a minimise
                self._hidden()
        return False

    def _shown(self) -> None:
        d = self._dialog
        if d.isModal() or d.windowModality() != _qt().WindowModality.NonModal:  # someone set it again
            d.setWindowModality(_qt().WindowModality.NonModal)
        if d.windowTitle() != neutral_title():
            d.setWindowTitle(neutral_title())
        self.showing = True
        events = current_filter()
        if events is not None:
            events.watch(d)  # its window's events (keys, its own Show) from the first one on
        _serial[0] += 1
        self.serial = self._dialog_ref = _serial[0]  # each showing holds and releases its own windows
        self._held = []
        for w in _windows_behind(d):
            if _hold(w, d, self._dialog_ref):
                self._held.append(w)

    def _hidden(self) -> None:
        self.showing = False
        for loop in list(self.loops):
            loop.quit()
        held, ref = self._held, self._dialog_ref
        if any(shiboken6.isValid(w) and w.isVisible() for w in held):
            _release(held, ref)  # at once: the person may click in the window behind straight away
        else:
            # A panic hides every window in one handler, the windows behind first: put them back from the event
            # loop, not inside it. Not tied to this object's life (a dialog deleted on close takes it along).
            QTimer.singleShot(0, lambda: _release(held, ref))

    def release(self) -> None:
        if not self.showing:
            _release(self._held, self._dialog_ref)

    def _gone(self, *_: Any) -> None:
        if _presenters.get(self._dialog_addr) is self:
            del _presenters[self._dialog_addr]
        self.showing = False
        for loop in list(self.loops):
            loop.quit()
        _release(self._held, self._dialog_ref)


def _release(held: list[QWidget], dialog_ref: int) -> None:
    """Put back the windows in ``held`` (emptied: the list is shared with the deferred call)."""
    while held:
        w = held.pop()
        if shiboken6.isValid(w):
            _unhold(w, dialog_ref)


def _qt() -> Any:
    from PySide6.QtCore import Qt

    return Qt


def _windows_behind(dialog: QWidget) -> list[QWidget]:
    """The windows a dialog stands for: its parent's window, that window's parent's, ...; and the app's main
    window (the one with Quick exit) if the dialog has no parent."""
    out: list[QWidget] = []
    p = dialog.parentWidget()
    while p is not None:
        w = p.window()
        if _same(w, dialog) or any(_same(w, o) for o in out):
            break
        out.append(w)
        p = w.parentWidget()
    if not out:
        main = _main_window()
        if main is not None and not _same(main, dialog):
            out.append(main)
    return out


def _main_window() -> QWidget | None:
    """The app's main window: the newest shell's window still there (the one on screen first)."""
    windows = [s.window for s in live_shells()]
    return next((w for w in reversed(windows) if w.isVisible()), windows[-1] if windows else None)


def _keep_live(window: QWidget) -> QWidget | None:
    """The widget of ``window`` that stays live while it is inert (Quick exit), if ``window`` is a shell's."""
    for shell in live_shells():
        if _same(shell.window, window):
            return shell.quick_exit_button
    return None


class _Inert(QObject):
    """What was switched off in one window, to put back; and its Close events refused meanwhile."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.window_addr = _addr(window)
        #: The dialogs standing in front of this window (each keeps the widgets that hold it enabled: a dialog
        #: whose parent is a widget inside the window would be disabled with it).
        self.dialogs: list[tuple[int, QWidget]] = []
        self.widgets: list[QWidget] = []
        self.shortcuts: list[QObject] = []
        self.focus: QWidget | None = None

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if event.type() == _CLOSE and _addr(obj) == self.window_addr:
            # The window's close button while a dialog stands in front of it: bring the dialog up instead.
            event.ignore()
            top = open_dialogs()
            if top:
                _bring_up(top[-1])
            return True
        return False

    def disable(self) -> None:
        """Disable every part of the window except Quick exit, the dialogs' parents, and what holds them."""
        window = self.window
        keeps = [k for k in (_keep_live(window), *(d for _, d in self.dialogs))
                 if isinstance(k, QWidget) and shiboken6.isValid(k)]
        path: set[int] = set()  # C++ addresses: PySide may hand out a new wrapper for the same widget
        for k in keeps:
            w = k.parentWidget() if k.isWindow() else k
            while w is not None and _addr(w) != _addr(window):
                path.add(_addr(w))
                w = w.parentWidget()
        keep_ids = {_addr(k) for k in keeps}
        force_disabled = _qt().WidgetAttribute.WA_ForceDisabled

        def walk(parent: QWidget) -> None:
            for child in parent.children():
                if not isinstance(child, QWidget) or child.isWindow() or _addr(child) in keep_ids:
                    continue
                if _addr(child) in path:
                    walk(child)
                elif not child.testAttribute(force_disabled):
                    child.setEnabled(False)
                    self.widgets.append(child)

        walk(window)

    def enable(self) -> None:
        widgets, self.widgets = self.widgets, []
        for w in reversed(widgets):
            if shiboken6.isValid(w):
                w.setEnabled(True)


def _hold(window: QWidget, dialog: QWidget, ref: int) -> bool:
    """Make ``window`` inert while ``dialog`` stands in front of it (two dialogs in front of one window keep it
    inert until both are gone)."""
    state = _inert_state(window)
    if state is not None:
        state.enable()  # and again below, now keeping this dialog's parents too
        state.dialogs.append((ref, dialog))
        state.disable()
        return True
    state = _Inert(window)
    state.dialogs.append((ref, dialog))
    _inert[state.window_addr] = state
    state.destroyed.connect(lambda *_, a=state.window_addr: _forget_inert(a))
    state.focus = window.focusWidget()
    state.disable()
    for kind in (QShortcut, QAction):
        for obj in window.findChildren(kind):
            if not obj.isEnabled() or (kind is QAction and obj.shortcut().isEmpty()):
                continue
            if _same(_owner_window(obj), window):
                obj.setEnabled(False)
                state.shortcuts.append(obj)
    keep = _keep_live(window)
    if keep is not None and shiboken6.isValid(keep) and keep.hasFocus():
        keep.clearFocus()  # so Enter or Space in the window behind never presses it by chance
    window.installEventFilter(state)
    return True


def _forget_inert(addr: int) -> None:
    state = _inert.get(addr)
    if state is not None and not shiboken6.isValid(state):
        del _inert[addr]


def _same(a: QObject | None, b: QObject | None) -> bool:
    return a is not None and b is not None and shiboken6.isValid(a) and shiboken6.isValid(b) and _addr(a) == _addr(b)


def _addr(obj: QObject) -> int:
    return shiboken6.getCppPointer(obj)[0]


def _owner_window(obj: QObject) -> QWidget | None:
    p = obj.parent()
    while p is not None and not isinstance(p, QWidget):
        p = p.parent()
    return p.window() if p is not None else None


def _unhold(window: QWidget, ref: int) -> None:
    state = _inert_state(window)
    if state is None:
        return
    state.enable()
    state.dialogs = [(r, d) for r, d in state.dialogs if r != ref and shiboken6.isValid(d)]
    if state.dialogs:
        state.disable()
        return
    del _inert[state.window_addr]
    window.removeEventFilter(state)
    for obj in state.shortcuts:
        if shiboken6.isValid(obj):
            obj.setEnabled(True)
    focus = state.focus
    if focus is not None and shiboken6.isValid(focus) and focus.isEnabled() and focus.isVisible():
        with contextlib.suppress(RuntimeError):
            focus.setFocus(_qt().FocusReason.OtherFocusReason)
    state.deleteLater()
