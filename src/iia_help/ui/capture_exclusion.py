"""Ask the operating system to leave a window out of screenshots and screen recordings.

What this can do:
- Windows 10 version 2004 and later: ``SetWindowDisplayAffinity(hwnd, WDA_EXCLUDEFROMCAPTURE)``. Screenshots,
  screen recorders and screen sharing that use the normal Windows capture APIs see a blank area instead.
  Older Windows versions only support a black box (``WDA_MONITOR``); we use that there if the first call fails.
- macOS: ``NSWindow.sharingType = NSWindowSharingNone``. Screenshots and most recording apps leave the window out.

What it cannot do: it cannot stop a phone camera pointed at the screen, someone looking over a shoulder, remote
access tools that capture the screen a different way, or spyware running with enough rights. On Linux and other
systems there is no such request at all, so this returns False and does nothing.
"""

from __future__ import annotations

import sys
from typing import Any

from PySide6.QtWidgets import QWidget

WDA_NONE = 0x00
WDA_MONITOR = 0x01
WDA_EXCLUDEFROMCAPTURE = 0x11
NS_WINDOW_SHARING_NONE = 0
NS_WINDOW_SHARING_READ_ONLY = 1


def supported() -> bool:
    """True where the OS offers a capture-exclusion request (it may still be refused, e.g. old Windows)."""
    return sys.platform in ("win32", "darwin")


def _win_user32() -> Any:  # replaced in tests
    import ctypes  # here, not at the top: only Windows needs it, and not before the first frame

    user32 = ctypes.WinDLL("user32", use_last_error=True)  # type: ignore[attr-defined]
    user32.SetWindowDisplayAffinity.argtypes = [ctypes.c_void_p, ctypes.c_uint32]
    user32.SetWindowDisplayAffinity.restype = ctypes.c_int
    return user32


class _ObjC:
    """The few Objective-C runtime calls needed, through ctypes."""

    def __init__(self) -> None:
        import ctypes
        import ctypes.util

        lib = ctypes.cdll.LoadLibrary(ctypes.util.find_library("objc") or "libobjc.dylib")
        lib.sel_registerName.restype = ctypes.c_void_p
        lib.sel_registerName.argtypes = [ctypes.c_char_p]
        self._lib = lib

    def send_ptr(self, obj: int, selector: bytes) -> int:
        import ctypes

        f = ctypes.CFUNCTYPE(ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p)(("objc_msgSend", self._lib))
        return f(obj, self._lib.sel_registerName(selector)) or 0

    def send_ulong(self, obj: int, selector: bytes, value: int) -> None:
        import ctypes

        f = ctypes.CFUNCTYPE(None, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_ulong)(("objc_msgSend", self._lib))
        f(obj, self._lib.sel_registerName(selector), value)


def _objc() -> Any:  # replaced in tests
    return _ObjC()


def set_capture_excluded(widget: QWidget, on: bool) -> bool:
    """Ask the OS to exclude (on=True) or include again (on=False) ``widget``'s window in screen capture.

    Returns True if the OS accepted the request, False where it is not available or was refused.
    """
    if not supported():
        return False
    window = widget.window()
    try:
        handle = int(window.winId())
    except (RuntimeError, ValueError):
        return False
    if not handle:
        return False
    try:
        if sys.platform == "win32":
            user32 = _win_user32()
            if on:
                return bool(user32.SetWindowDisplayAffinity(handle, WDA_EXCLUDEFROMCAPTURE)) or bool(
                    user32.SetWindowDisplayAffinity(handle, WDA_MONITOR))
            return bool(user32.SetWindowDisplayAffinity(handle, WDA_NONE))
        objc = _objc()
        ns_window = objc.send_ptr(handle, b"window")  # winId() is an NSView*
        if not ns_window:
            return False
        objc.send_ulong(ns_window, b"setSharingType:", NS_WINDOW_SHARING_NONE if on else NS_WINDOW_SHARING_READ_ONLY)
        return True
    except (OSError, AttributeError):
        return False
