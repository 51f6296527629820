"""Panic input below Qt's modality: key presses and the Quick exit click that Qt would drop.

While a modal dialog is open, Qt throws away every key and mouse event aimed at a window it blocks, *before* any
Qt event filter sees it (``QGuiApplicationPrivate::processKeyEvent`` / ``processMouseEvent`` check the window's
``blockedByModalWindow`` flag). Someone whose window manager gave the focus to the main window behind a dialog
would press F12 in vain, and a click on the red Quick exit would do nothing.

``NativePanicFilter`` is a ``QAbstractNativeEventFilter``: it sees the window system's own events before Qt does.
For a window Qt has blocked (tracked exactly, from the ``WindowBlocked``/``WindowUnblocked`` events Qt sends when
it sets that flag; see ``PanicController``) it reads:

- X11 (xcb): ``XCB_KEY_PRESS``/``XCB_KEY_RELEASE`` and the left-button press inside the Quick exit button's
  rectangle (Qt reads the mouse through XInput 2, so that is an ``XI_ButtonPress`` generic event; a core
  ``XCB_BUTTON_PRESS`` is read too, for servers without XInput 2). The keysyms of a key are asked of the X server
  for each key event (every level, from the current map: a keyboard layout switched while the app runs is read
  right), and the level the Shift and Num Lock state select gives the key (``Ctrl+Alt+!``, ``Num+1``, ``Menu``).
  Synthetic events (``XSendEvent``, which any X client can aim at any window) are ignored, and only the bytes an
  event has are read (32, plus 4 more for xcb's full sequence, plus the payload of a generic event);
- Windows: ``WM_KEYDOWN``/``WM_SYSKEYDOWN``/``WM_KEYUP``/``WM_SYSKEYUP`` (virtual-key codes) and ``WM_LBUTTONDOWN``.
  Written against the documented ``MSG`` layout; its parsing is unit-tested, but it has not been run on Windows.
- macOS: not handled (NSEvent would need Objective-C bindings this app does not ship); the Qt-level filter still
  sees every key in windows that are not blocked, and Quick exit works whenever no dialog is open.

Events for windows Qt does *not* block are left alone (returned to Qt unchanged), so the usual Qt-level filter in
``panic.py`` remains the one path for them: nothing is counted twice. Events for a blocked window are consumed
(Qt would drop them anyway).

The filter is a Python call for every native event, so it is installed with the app's event filter, once the first
page is on screen, never in front of the first frame. The app's own dialogs never block a window (``ui/modal.py``),
so this path is left for what Qt itself shows modally (the system print dialog on Windows and macOS).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import struct
import sys
from typing import Any

from PySide6.QtCore import QAbstractNativeEventFilter
from PySide6.QtGui import QGuiApplication

# Qt::KeyboardModifier bits (plain ints, so this module never builds PySide6's Qt namespace).
SHIFT_MOD, CTRL_MOD, ALT_MOD, META_MOD = 0x02000000, 0x04000000, 0x08000000, 0x10000000
QT_KEY_SHIFT = 0x01000020
QT_KEY_F1 = 0x01000030

# Qt::Key -> X11 keysym / Windows virtual-key code, for the keys a panic key is likely to be. Letters, digits and
# F1..F24 are computed; anything else not listed here is watched by the Qt-level filter only.
_QT_TO_KEYSYM = {
    0x01000000: 0xFF1B, 0x01000001: 0xFF09, 0x01000003: 0xFF08, 0x01000004: 0xFF0D, 0x01000005: 0xFF8D,
    0x01000006: 0xFF63, 0x01000007: 0xFFFF, 0x01000008: 0xFF13, 0x01000009: 0xFF61, 0x01000010: 0xFF50,
    0x01000011: 0xFF57, 0x01000012: 0xFF51, 0x01000013: 0xFF52, 0x01000014: 0xFF53, 0x01000015: 0xFF54,
    0x01000016: 0xFF55, 0x01000017: 0xFF56, 0x01000026: 0xFF14, 0x20: 0x20,
}
_QT_TO_VK = {
    0x01000000: 0x1B, 0x01000001: 0x09, 0x01000003: 0x08, 0x01000004: 0x0D, 0x01000005: 0x0D, 0x01000006: 0x2D,
    0x01000007: 0x2E, 0x01000008: 0x13, 0x01000009: 0x2C, 0x01000010: 0x24, 0x01000011: 0x23, 0x01000012: 0x25,
    0x01000013: 0x26, 0x01000014: 0x27, 0x01000015: 0x28, 0x01000016: 0x21, 0x01000017: 0x22, 0x01000026: 0x91,
    0x20: 0x20,
}
_QT_TO_KEYSYM[0x01000055] = 0xFF67  # Menu
_KEYSYM_TO_QT = {sym: key for key, sym in _QT_TO_KEYSYM.items()}
_KEYSYM_TO_QT.update({0xFF8D: 0x01000005, 0xFFAA: 0x2A, 0xFFAB: 0x2B, 0xFFAD: 0x2D, 0xFFAE: 0x2E, 0xFFAF: 0x2F,
                      0xFFBD: 0x3D, 0xFF80: 0x20})  # keypad Enter, * + - . / = and Space
XK_SHIFT_L, XK_SHIFT_R = 0xFFE1, 0xFFE2
XK_KP_FIRST, XK_KP_LAST = 0xFF80, 0xFFBD
VK_SHIFT, VK_LSHIFT, VK_RSHIFT, VK_CONTROL, VK_MENU, VK_LWIN, VK_RWIN = 0x10, 0xA0, 0xA1, 0x11, 0x12, 0x5B, 0x5C

# xcb event codes and modifier mask bits
XCB_KEY_PRESS, XCB_KEY_RELEASE, XCB_BUTTON_PRESS, XCB_MAPPING_NOTIFY, XCB_GE_GENERIC = 2, 3, 4, 34, 35
XI_BUTTON_PRESS = 4
_X_SHIFT, _X_CONTROL, _X_MOD1, _X_MOD2, _X_MOD4 = 0x1, 0x4, 0x8, 0x10, 0x40
#: Set in response_type for an event some client sent with SendEvent, not the server's own input.
XCB_SEND_EVENT = 0x80
# Windows messages
WM_KEYDOWN, WM_KEYUP, WM_SYSKEYDOWN, WM_SYSKEYUP, WM_LBUTTONDOWN = 0x100, 0x101, 0x104, 0x105, 0x201

#: A second press of a held Shift within this many X server milliseconds is the keyboard's auto-repeat.
_REPEAT_MS = 1000


def qt_key_to_keysym(key: int) -> int | None:
    if QT_KEY_F1 <= key < QT_KEY_F1 + 35:
        return 0xFFBE + key - QT_KEY_F1
    if 0x41 <= key <= 0x5A:
        return key + 0x20  # keysym of the lower-case letter (level 0 of the key)
    if 0x21 <= key <= 0x7E:
        return key  # digits and ASCII punctuation: the keysym is the character
    return _QT_TO_KEYSYM.get(key)


def keysym_to_qt_key(sym: int) -> int | None:
    """The Qt::Key a keysym is, as Qt reports it in a key event: letters upper-case, keypad digits and signs as
    the plain ones (Qt adds KeypadModifier, which the panic key ignores), F1..F35, and the keys listed above."""
    if 0xFFBE <= sym < 0xFFBE + 35:
        return QT_KEY_F1 + sym - 0xFFBE
    if 0x61 <= sym <= 0x7A:
        return sym - 0x20
    if 0x20 < sym <= 0x7E:
        return sym
    if 0xFFB0 <= sym <= 0xFFB9:
        return 0x30 + sym - 0xFFB0
    if 0xA0 <= sym <= 0xFF:  # Latin-1 symbols and letters: Qt uses the upper-case letter's code
        return ord(chr(sym).upper()) if len(chr(sym).upper()) == 1 else sym
    return _KEYSYM_TO_QT.get(sym)


def key_at_level(syms: tuple[int, ...], state: int) -> tuple[int, bool]:
    """(keysym, whether Shift chose it) for a key whose levels are ``syms`` (group 1: level 1, Shift level, ...)
    with X modifier ``state``: Num Lock (Mod2) picks a keypad key's second level, Shift the other one; for other
    keys Shift picks the second level where there is one."""
    syms = tuple(x for x in syms[:2]) + (0,) * (2 - len(syms[:2]))
    base, shifted = syms
    shift = bool(state & _X_SHIFT)
    if shifted and XK_KP_FIRST <= shifted <= XK_KP_LAST:
        level = int(shift != bool(state & _X_MOD2))
        return (shifted if level else base), False
    if shift and shifted and shifted != base:
        return shifted, not (0x41 <= shifted <= 0x5A)  # a letter stays a letter: its Shift still counts
    return base, False


def qt_key_to_vk(key: int) -> int | None:
    if QT_KEY_F1 <= key < QT_KEY_F1 + 24:
        return 0x70 + key - QT_KEY_F1
    if 0x41 <= key <= 0x5A or 0x30 <= key <= 0x39:
        return key
    return _QT_TO_VK.get(key)


def x_state_to_qt(state: int) -> int:
    mods = 0
    if state & _X_SHIFT:
        mods |= SHIFT_MOD
    if state & _X_CONTROL:
        mods |= CTRL_MOD
    if state & _X_MOD1:
        mods |= ALT_MOD
    if state & _X_MOD4:
        mods |= META_MOD
    return mods


def parse_xcb(data: bytes, xinput_opcode: int = -1) -> tuple[int, int, int, int, int, int, int] | None:
    """(kind, detail, time, event window, event_x, event_y, state) of an xcb key or button event, else None.
    ``data`` is the event's own bytes (``read_xcb_event``): xcb_key_press_event_t, or for an XInput 2 button press
    (extension ``xinput_opcode``) xcb_input_button_press_event_t, returned as kind XCB_BUTTON_PRESS with
    event_x/event_y in whole pixels and state 0. Synthetic events (``XSendEvent``) give None."""
    if data[0] & XCB_SEND_EVENT:
        return None
    kind = data[0] & 0x7F
    if kind in (XCB_KEY_PRESS, XCB_KEY_RELEASE, XCB_BUTTON_PRESS, XCB_MAPPING_NOTIFY):
        _, detail, _, t, _root, window, _child, _rx, _ry, ex, ey, state = struct.unpack_from("<BBHIIIIhhhhH", data)
        return kind, detail, t, window, ex, ey, state
    if kind == XCB_GE_GENERIC and data[1] == xinput_opcode and len(data) >= 52:
        (ev_type,) = struct.unpack_from("<H", data, 8)
        if ev_type != XI_BUTTON_PRESS:
            return None
        t, detail, _root, window = struct.unpack_from("<IIII", data, 12)
        ex, ey = struct.unpack_from("<ii", data, 44)  # FP16.16
        return XCB_BUTTON_PRESS, detail, t, window, ex >> 16, ey >> 16, 0
    return None


def read_xcb_event(address: int) -> bytes:
    """The bytes of the xcb event at ``address``: 32 (every X event), the 4 of xcb's ``full_sequence``, and for a
    generic event (XGE) its payload of 4 x ``length`` bytes, which follows them."""
    head = ctypes.string_at(address, 36)
    if head[0] & 0x7F != XCB_GE_GENERIC:
        return head
    (length,) = struct.unpack_from("<I", head, 4)
    return ctypes.string_at(address, 36 + 4 * min(length, 1024))


_MSG = struct.Struct("<QI4xQqI")  # MSG on 64-bit Windows: hwnd, message, (pad), wParam, lParam, time


def parse_msg(data: bytes) -> tuple[int, int, int, int, int]:
    """(hwnd, message, wParam, lParam, time) from the bytes of a Windows ``MSG``."""
    return _MSG.unpack_from(data)


class _XServer:
    """What the filter needs from the X server, over an Xlib connection of our own (Qt's connection is read by
    Qt's event thread): the XInput extension's opcode, once, and a key's keysyms (every level), asked afresh for
    each key event, so a keyboard map changed while the app runs (``setxkbmap``, ``xmodmap``, a layout switch) is
    never read stale. (Qt's XKB-aware connection never gets the core MappingNotify that would say so.)

    ``static`` (tests without an X server): keycode -> keysym, or -> (level 1, level 2, ...)."""

    def __init__(self) -> None:
        self.static: dict[int, Any] | None = None
        self.xinput_opcode = -1
        self._xlib: Any = None
        self._dpy: Any = None

    def ready(self) -> None:
        if self._xlib is None and self.static is None:
            self._xlib, self._dpy, self.xinput_opcode = _open_x_server()

    def syms(self, keycode: int) -> tuple[int, ...]:
        if self.static is not None:
            value = self.static.get(keycode, 0)
            return value if isinstance(value, tuple) else (value,)
        self.ready()
        if not self._dpy:
            return ()
        per = ctypes.c_int()
        syms = self._xlib.XGetKeyboardMapping(self._dpy, keycode, 1, ctypes.byref(per))
        if not syms:
            return ()
        try:
            return tuple(syms[i] for i in range(max(0, per.value)))
        finally:
            self._xlib.XFree(syms)


def _open_x_server() -> tuple[Any, Any, int]:
    """(Xlib, a Display of our own or None, XInput opcode or -1)."""
    try:
        xlib = ctypes.cdll.LoadLibrary(ctypes.util.find_library("X11") or "libX11.so.6")
    except OSError:
        return False, None, -1
    xlib.XOpenDisplay.restype = ctypes.c_void_p
    xlib.XOpenDisplay.argtypes = [ctypes.c_char_p]
    xlib.XGetKeyboardMapping.restype = ctypes.POINTER(ctypes.c_ulong)
    xlib.XGetKeyboardMapping.argtypes = [ctypes.c_void_p, ctypes.c_ubyte, ctypes.c_int,
                                         ctypes.POINTER(ctypes.c_int)]
    xlib.XFree.argtypes = [ctypes.c_void_p]
    xlib.XQueryExtension.argtypes = [ctypes.c_void_p, ctypes.c_char_p] + [ctypes.POINTER(ctypes.c_int)] * 3
    name = os.environ.get("DISPLAY", "").encode() or None
    dpy = xlib.XOpenDisplay(name)
    if not dpy:
        return False, None, -1
    opcode, first_event, first_error = ctypes.c_int(-1), ctypes.c_int(), ctypes.c_int()
    if not xlib.XQueryExtension(dpy, b"XInputExtension", ctypes.byref(opcode), ctypes.byref(first_event),
                                ctypes.byref(first_error)):
        opcode.value = -1
    return xlib, dpy, opcode.value


_user32: Any = None


def _win_user32() -> Any:
    """user32 with GetKeyState typed (it returns a SHORT whose top bit means "down"). A private WinDLL, so the
    argument types set here never change what other code gets from ``ctypes.windll.user32``."""
    global _user32
    if _user32 is None:
        lib = ctypes.WinDLL("user32")  # type: ignore[attr-defined]
        lib.GetKeyState.argtypes = [ctypes.c_int]
        lib.GetKeyState.restype = ctypes.c_short
        _user32 = lib
    return _user32


def _win_modifiers() -> int:
    user32 = _win_user32()
    mods = 0
    for vk, bit in ((VK_SHIFT, SHIFT_MOD), (VK_CONTROL, CTRL_MOD), (VK_MENU, ALT_MOD)):
        if user32.GetKeyState(vk) & 0x8000:
            mods |= bit
    if (user32.GetKeyState(VK_LWIN) | user32.GetKeyState(VK_RWIN)) & 0x8000:
        mods |= META_MOD
    return mods


class _XUnmapper:
    """xcb_unmap_window on Qt's own connection (libxcb is thread-safe): the panic unmaps every window at once,
    before Qt's own hide() of a modal dialog does its bookkeeping (it unblocks the windows behind the dialog,
    sending an event to each of their widgets) and only then unmaps it."""

    def __init__(self) -> None:
        self._lib: Any = None
        self._conn = 0

    def ready(self) -> bool:
        if self._lib is None:
            self._lib = False
            try:
                native = QGuiApplication.instance().nativeInterface()
                conn = int(native.connection()) if native is not None else 0
                lib = ctypes.cdll.LoadLibrary(ctypes.util.find_library("xcb") or "libxcb.so.1")
            except (AttributeError, OSError, TypeError):
                return False
            lib.xcb_unmap_window.argtypes = [ctypes.c_void_p, ctypes.c_uint32]
            lib.xcb_unmap_window.restype = ctypes.c_uint
            lib.xcb_flush.argtypes = [ctypes.c_void_p]
            if conn:
                self._lib, self._conn = lib, conn
        return bool(self._lib)

    def unmap(self, wids: list[int]) -> None:
        if wids and self.ready():
            for wid in wids:
                self._lib.xcb_unmap_window(self._conn, wid)
            self._lib.xcb_flush(self._conn)


class NativePanicFilter(QAbstractNativeEventFilter):
    """See the module docstring. ``ctrl`` is the ``PanicController``: it keeps the set of blocked windows and the
    triple-Shift state, and ``native_key``/``native_click`` do the work."""

    def __init__(self, ctrl: Any) -> None:
        super().__init__()
        self._ctrl = ctrl
        self._x = _XServer()
        self._unmapper = _XUnmapper()
        self._shift_down = False
        self._shift_time = 0
        self._shift_release_time = -1
        #: X time of a button press that triggered the panic: the same press comes again from the pointer's
        #: other XInput device, by then to a window no longer blocked, and must not click anything.
        self._swallow_time = -1

    def prepare(self) -> None:
        """Read what the X server's events need (keyboard map, XInput opcode) ahead of time: called as a window
        is first blocked, so the first key or click behind a dialog pays nothing for it."""
        if QGuiApplication.platformName() == "xcb":
            self._x.ready()
            self._unmapper.ready()

    def unmap_now(self, wids: list[int]) -> None:
        """X11: have the server unmap these windows at once (Qt hides them properly right after)."""
        if QGuiApplication.platformName() == "xcb":
            self._unmapper.unmap(wids)

    def nativeEventFilter(self, event_type: Any, message: Any) -> tuple[bool, int]:  # noqa: N802 (Qt name)
        ctrl = self._ctrl
        if not ctrl.blocked_windows and self._swallow_time < 0:  # the usual case: Qt delivers everything itself
            return False, 0
        try:
            kind = bytes(event_type)
            if kind == b"xcb_generic_event_t":
                return self._xcb(read_xcb_event(int(message))), 0
            if kind == b"windows_generic_MSG":
                return self._windows(ctypes.string_at(int(message), _MSG.size)), 0
        except Exception:  # never let a parsing problem take input away from the app
            return False, 0
        return False, 0

    # ----- X11 -----
    def _xcb(self, data: bytes) -> bool:
        ev = parse_xcb(data, self._x.xinput_opcode)
        if ev is None:
            return False
        kind, detail, t, window, ex, ey, state = ev
        if self._swallow_time >= 0:
            if kind == XCB_BUTTON_PRESS and t == self._swallow_time:
                return True
            self._swallow_time = -1
        if kind == XCB_MAPPING_NOTIFY:
            return False
        if not self._ctrl.is_blocked_native(window):
            return False
        if kind == XCB_BUTTON_PRESS:
            if detail == 1 and self._ctrl.native_click(window, ex, ey):
                self._swallow_time = t
                return True
            return False
        keysym, shift_used = key_at_level(self._x.syms(detail), state)
        if keysym in (XK_SHIFT_L, XK_SHIFT_R):
            if kind == XCB_KEY_RELEASE:
                self._shift_down, self._shift_release_time = False, t
                return True
            # Auto-repeat: another press while held, or (X servers without detectable auto-repeat) a release and
            # a press with the same time stamp.
            repeat = (t == self._shift_release_time
                      or self._shift_down and (t - self._shift_time) & 0xFFFFFFFF < _REPEAT_MS)
            self._shift_down, self._shift_time = True, t
            if not repeat:
                self._ctrl.native_shift()
            return True
        if kind == XCB_KEY_RELEASE:
            return True
        qt_key = keysym_to_qt_key(keysym) if keysym else None
        mods = x_state_to_qt(state & ~_X_SHIFT if shift_used else state)  # Shift made the "!": not a modifier
        self._ctrl.native_key(lambda key: qt_key is not None and key == qt_key, mods)
        return True

    # ----- Windows -----
    def _windows(self, data: bytes) -> bool:
        hwnd, message, wparam, lparam, _t = parse_msg(data)
        if message not in (WM_KEYDOWN, WM_SYSKEYDOWN, WM_KEYUP, WM_SYSKEYUP, WM_LBUTTONDOWN):
            return False
        if not self._ctrl.is_blocked_native(hwnd):
            return False
        if message == WM_LBUTTONDOWN:
            x = ctypes.c_int16(lparam & 0xFFFF).value
            y = ctypes.c_int16((lparam >> 16) & 0xFFFF).value
            return self._ctrl.native_click(hwnd, x, y)
        down = message in (WM_KEYDOWN, WM_SYSKEYDOWN)
        if wparam in (VK_SHIFT, VK_LSHIFT, VK_RSHIFT):
            if down and not lparam & (1 << 30):  # bit 30: the key was already down (auto-repeat)
                self._ctrl.native_shift()
            return True
        if down and not lparam & (1 << 30):
            mods = _win_modifiers() if sys.platform == "win32" else 0
            self._ctrl.native_key(lambda key: qt_key_to_vk(key) == wparam, mods)
        return True
