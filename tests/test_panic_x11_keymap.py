"""The keyboard map changes while the app runs (a layout switch, setxkbmap, xmodmap), on a real X server (slow:
Xvfb + xdotool + setxkbmap). The panic keys must be read from the map as it is now: the native filter behind a
dialog Qt shows modally ("qt-modal") asks the X server per key event, and behind the app's own dialogs
("message", no Qt modality) Qt's own XKB handling does it. Each test has its own X server, so the changed map
touches nothing else."""

from __future__ import annotations

import ctypes
import ctypes.util
import json
import shutil
import subprocess
import sys

import pytest

from test_panic_x11_modal import ModalApp

from conftest import REPO

sys.path.insert(0, str(REPO / "benchmarks"))
from xdisplay import private_display  # noqa: E402

pytestmark = pytest.mark.slow
XK_F12, XK_SHIFT_L = 0xFFC9, 0xFFE1


@pytest.fixture
def own_display():
    assert shutil.which("Xvfb") and shutil.which("xdotool") and shutil.which("setxkbmap"), \
        "needs Xvfb, xdotool and setxkbmap: apt-get install xvfb xdotool x11-xkb-utils"
    with private_display() as d:
        yield d


@pytest.fixture
def start(own_display, tmp_path, isolated_user_dirs):
    apps: list[ModalApp] = []

    def run(kind: str, panic_key: str = "F12") -> ModalApp:
        settings = json.dumps({"region": "scotland", "audience": "self", "hotkey": panic_key})
        app = ModalApp(own_display, tmp_path, isolated_user_dirs, kind, settings)
        apps.append(app)
        return app

    yield run
    for app in apps:
        app.close()


def swap_keysyms(display: str, a: int, b: int) -> tuple[int, int]:
    """What ``xmodmap`` does: give the key that made keysym ``a`` keysym ``b``'s symbols and the other way round
    (XChangeKeyboardMapping; the server tells every client). Returns the two keycodes."""
    xlib = ctypes.cdll.LoadLibrary(ctypes.util.find_library("X11") or "libX11.so.6")
    xlib.XOpenDisplay.restype = ctypes.c_void_p
    xlib.XOpenDisplay.argtypes = [ctypes.c_char_p]
    xlib.XKeysymToKeycode.argtypes = [ctypes.c_void_p, ctypes.c_ulong]
    xlib.XGetKeyboardMapping.restype = ctypes.POINTER(ctypes.c_ulong)
    xlib.XGetKeyboardMapping.argtypes = [ctypes.c_void_p, ctypes.c_ubyte, ctypes.c_int, ctypes.POINTER(ctypes.c_int)]
    xlib.XChangeKeyboardMapping.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_int,
                                            ctypes.POINTER(ctypes.c_ulong), ctypes.c_int]
    xlib.XSync.argtypes = [ctypes.c_void_p, ctypes.c_int]
    xlib.XCloseDisplay.argtypes = [ctypes.c_void_p]
    dpy = xlib.XOpenDisplay(display.encode())
    assert dpy, display
    try:
        ka, kb = xlib.XKeysymToKeycode(dpy, a), xlib.XKeysymToKeycode(dpy, b)
        assert ka and kb and ka != kb
        per = ctypes.c_int()
        rows = {}
        for code in (ka, kb):
            syms = xlib.XGetKeyboardMapping(dpy, code, 1, ctypes.byref(per))
            rows[code] = [syms[i] for i in range(per.value)]
        for code, other in ((ka, kb), (kb, ka)):
            arr = (ctypes.c_ulong * per.value)(*rows[other])
            xlib.XChangeKeyboardMapping(dpy, code, per.value, arr, 1)
        xlib.XSync(dpy, 0)  # the server has the new map before this returns
        return ka, kb
    finally:
        xlib.XCloseDisplay(dpy)


@pytest.mark.parametrize("kind", ["qt-modal", "message"])
def test_after_f12_and_shift_swap_keys_f12_is_still_f12(start, own_display, kind):
    app = start(kind)  # the dialog is up: the native filter has read what it needs from the X server
    swap_keysyms(own_display, XK_F12, XK_SHIFT_L)
    app.xdotool("windowfocus", "--sync", str(app.main), "key", "F12")  # now the key that was Shift_L
    assert app.wait_for("PANIC ") == f"PANIC key {app.path}"
    assert app.exited() == 0


@pytest.mark.parametrize("kind", ["qt-modal", "message"])
def test_after_the_swap_three_shifts_are_never_read_as_f12(start, own_display, kind):
    app = start(kind)
    swap_keysyms(own_display, XK_F12, XK_SHIFT_L)
    app.xdotool("windowfocus", "--sync", str(app.main), "key", "Shift_L", "Shift_L", "Shift_L")  # the old F12 key
    assert app.wait_for("PANIC ") == f"PANIC shift {app.path}"  # not "key": Shift was not misread
    assert app.exited() == 0


@pytest.mark.parametrize("kind", ["qt-modal", "message"])
@pytest.mark.parametrize(("keys", "source"), [
    (["ctrl+alt+z"], "key"),
    (["ctrl+alt+y", "Shift_L", "Shift_L", "Shift_L"], "shift"),  # on the key where Z was: nothing, then Shift x3
], ids=["z", "y-then-shifts"])
def test_a_layout_switched_with_setxkbmap_is_read_right(start, own_display, kind, keys, source):
    """German layout: Y and Z swap places. A panic key Ctrl+Alt+Z is the key that now says Z, and only that."""
    app = start(kind, panic_key="Ctrl+Alt+Z")
    subprocess.run(["setxkbmap", "-display", own_display, "de"], check=True, timeout=60)
    app.xdotool("windowfocus", "--sync", str(app.main), "key", *keys)
    assert app.wait_for("PANIC ") == f"PANIC {source} {app.path}"
    assert app.exited() == 0
