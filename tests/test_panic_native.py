"""The native panic filter (ui/native_input.py) with hand-made window-system events: what it does for a window a
modal dialog blocks, and that it leaves every other window to Qt. The real thing, on a real X server, is
tests/test_panic_x11_modal.py (slow)."""

from __future__ import annotations

import ctypes
import struct

import pytest
from PySide6.QtCore import QByteArray, QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QDialog

import iia_help.ui.native_input as ni
import iia_help.ui.panic as panic
from iia_help.ui.modal import open_dialog

from conftest import panic_clock

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")
KEYMAP = {96: 0xFFC9, 50: 0xFFE1, 62: 0xFFE2, 38: (0x61, 0x41), 43: (0x68, 0x48), 95: 0xFFC8,  # F12, Shift, a, h, F11
          10: (0x31, 0x21), 87: (0xFF9C, 0xFFB1), 135: 0xFF67}  # 1/!, keypad End/1, Menu
F12, SHIFT_L, SHIFT_R, A, H = 96, 50, 62, 38, 43
XI_OPCODE = 131


@pytest.fixture
def win(qtbot, ctx, exits):
    from iia_help.ui.app import build_main_window

    window = build_main_window(ctx)
    qtbot.addWidget(window)
    ctrl = panic.install_panic(QApplication.instance(), window, ctx, watchdog=False)
    ctrl.native_filter._x.static = dict(KEYMAP)  # no X server here: the keyboard map it would have read
    ctrl.native_filter._x.xinput_opcode = XI_OPCODE
    window.show()
    qtbot.waitExposed(window)
    window.ctrl = ctrl
    window.wid = int(window.winId())
    yield window
    ctrl.stop_filtering()


@pytest.fixture
def blocked(win, qtbot):
    """A modal dialog open over the main window: Qt now blocks the main window."""
    dialog = QDialog(win)
    dialog.setModal(True)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: win.windowHandle() in win.ctrl.blocked_windows)
    yield dialog
    dialog.close()


def xcb(kind: int, detail: int, t: int, window: int, x: int = 0, y: int = 0, state: int = 0) -> bytes:
    return struct.pack("<BBHIIIIhhhhH", kind, detail, 0, t, 1, window, 0, x, y, x, y, state).ljust(36, b"\0")


def xi_press(t: int, window: int, x: int, y: int, button: int = 1) -> bytes:
    head = struct.pack("<BBHIHHIIIIII", 35, XI_OPCODE, 0, 5, ni.XI_BUTTON_PRESS, 2, t, button, 1, window, 0, 0)
    return (head + struct.pack("<iiii", x << 16, y << 16, x << 16, y << 16)).ljust(56, b"\0")  # 36 + 4 x 5


def send(win, data: bytes, kind: bytes = b"xcb_generic_event_t") -> bool:
    """Hand ``data`` to the filter as Qt would: the event type name and a pointer to the event."""
    buf = ctypes.create_string_buffer(data, len(data))
    consumed, _ = win.ctrl.native_filter.nativeEventFilter(QByteArray(kind), ctypes.addressof(buf))
    return consumed


def tap(win, keycode: int, t: int, state: int = 0) -> bool:
    consumed = send(win, xcb(ni.XCB_KEY_PRESS, keycode, t, win.wid, state=state))
    send(win, xcb(ni.XCB_KEY_RELEASE, keycode, t + 30, win.wid, state=state))
    return consumed


def test_qt_tells_the_controller_which_windows_a_modal_dialog_blocks(win, qtbot):
    assert win.ctrl.blocked_windows == set()
    dialog = QDialog(win)
    dialog.setModal(True)
    dialog.show()
    qtbot.waitUntil(lambda: win.windowHandle() in win.ctrl.blocked_windows)
    assert dialog.windowHandle() not in win.ctrl.blocked_windows
    dialog.close()
    qtbot.waitUntil(lambda: win.ctrl.blocked_windows == set())


def test_keys_for_a_window_that_is_not_blocked_are_left_to_qt(win, exits):
    for t in (100, 200, 300):  # not even counted: Qt delivers them, and the Qt-level filter counts them
        assert not tap(win, SHIFT_L, t)
    assert not tap(win, F12, 400)
    assert win.isVisible() and exits == [] and win.ctrl.panic_count == 0


def test_f12_on_the_blocked_main_window_panics(win, blocked, exits):
    assert tap(win, F12, 1000)  # consumed (Qt would have dropped it)
    assert not win.isVisible() and not blocked.isVisible()
    assert exits == [0] and win.ctrl.last_path == "native"


def test_other_keys_on_the_blocked_window_do_nothing(win, blocked, exits):
    for code in (A, H, 95):
        tap(win, code, 1000 + code)
    tap(win, F12, 2000, state=0x4)  # Ctrl+F12 is not F12
    assert win.isVisible() and exits == []


def test_a_configured_key_with_modifiers(win, blocked, exits):
    win.ctx.settings.panic_key = "Ctrl+Alt+H"
    tap(win, H, 1000)  # plain h
    tap(win, H, 1100, state=0x4)  # Ctrl+h
    assert win.isVisible()
    tap(win, H, 1200, state=0x4 | 0x8 | 0x10)  # Ctrl+Alt+h (with Num Lock, Mod2, on)
    assert not win.isVisible() and exits == [0]


def test_three_shifts_behind_a_dialog_panic(win, blocked, exits):
    tap(win, SHIFT_L, 1000)
    tap(win, SHIFT_R, 2000)
    assert win.isVisible()
    tap(win, SHIFT_L, 3000)
    assert not win.isVisible() and exits == [0] and win.ctrl.last_path == "native"


def test_another_key_between_breaks_the_run(win, blocked, exits):
    for code, t in ((SHIFT_L, 1000), (SHIFT_L, 2000), (A, 2500), (SHIFT_L, 3000), (SHIFT_L, 4000)):
        tap(win, code, t)
    assert win.isVisible() and exits == []
    tap(win, SHIFT_L, 5000)  # the third since the letter
    assert not win.isVisible()


def test_holding_shift_is_one_press(win, blocked, exits):
    press = ni.XCB_KEY_PRESS
    send(win, xcb(press, SHIFT_L, 1000, win.wid))
    for t in range(1500, 2500, 40):  # auto-repeat with detectable auto-repeat: presses only
        send(win, xcb(press, SHIFT_L, t, win.wid))
    send(win, xcb(ni.XCB_KEY_RELEASE, SHIFT_L, 2600, win.wid))
    send(win, xcb(press, SHIFT_L, 3000, win.wid))
    for t in range(3500, 4500, 40):  # without it: a release and a press with the same time stamp
        send(win, xcb(ni.XCB_KEY_RELEASE, SHIFT_L, t, win.wid))
        send(win, xcb(press, SHIFT_L, t, win.wid))
    assert win.isVisible() and exits == []  # two real presses so far
    send(win, xcb(ni.XCB_KEY_RELEASE, SHIFT_L, 4600, win.wid))
    send(win, xcb(press, SHIFT_L, 5000, win.wid))
    assert not win.isVisible()


def test_presses_up_to_five_seconds_apart_add_up(win, blocked, exits, monkeypatch):
    assert panic.TRIPLE_SHIFT_WINDOW_S == 5.0  # GOV.UK's window, for Sticky Keys and Slow Keys
    clock = panic_clock(monkeypatch)
    for i in range(3):  # 5.1 s apart: never three within the window
        clock[0] += 5.1
        tap(win, SHIFT_L, 10_000 * (i + 1))
    assert win.isVisible()
    clock[0] += 2.4
    tap(win, SHIFT_L, 50_000)
    clock[0] += 2.4  # the three presses span 4.8 s
    tap(win, SHIFT_L, 60_000)
    assert not win.isVisible() and exits == [0]


def test_triple_shift_switched_off_behind_a_dialog(win, blocked, exits):
    win.ctx.settings.panic_triple_shift = False
    for t in (1000, 2000, 3000, 4000):
        tap(win, SHIFT_L, t)
    assert win.isVisible() and exits == []


def quick_exit_centre(win) -> QPoint:
    b = win.quick_exit_button
    return b.mapTo(win, QPoint(b.width() // 2, b.height() // 2))


def test_a_click_on_quick_exit_of_the_blocked_window_panics_once(win, blocked, exits):
    p = quick_exit_centre(win)
    assert send(win, xi_press(7000, win.wid, p.x(), p.y()))
    assert not win.isVisible() and not blocked.isVisible() and exits == [0]
    assert win.ctrl.last_path == "native" and win.ctrl.panic_count == 1
    # The same press again, from the pointer's other XInput device: swallowed, not replayed as a click.
    assert send(win, xi_press(7000, win.wid, p.x(), p.y()))
    assert not send(win, xi_press(9000, win.wid, p.x(), p.y()))  # a later press is Qt's again


def test_clicks_elsewhere_or_with_another_button_do_nothing(win, blocked, exits):
    p = quick_exit_centre(win)
    b = win.quick_exit_button
    assert not send(win, xi_press(7000, win.wid, p.x() - b.width(), p.y()))
    assert not send(win, xi_press(7100, win.wid, p.x(), p.y() + b.height()))
    assert not send(win, xi_press(7200, win.wid, p.x(), p.y(), button=3))
    assert not send(win, xi_press(7300, win.wid + 12345, p.x(), p.y()))  # not our window
    assert not send(win, xcb(35, 0, 7400, win.wid))  # another extension's generic event
    assert win.isVisible() and exits == []
    assert send(win, xcb(ni.XCB_BUTTON_PRESS, 1, 7500, win.wid, p.x(), p.y()))  # a core press (no XInput 2)
    assert not win.isVisible()


def test_a_click_on_quick_exit_without_a_dialog_is_qts(win, exits):
    p = quick_exit_centre(win)
    assert not send(win, xi_press(7000, win.wid, p.x(), p.y()))  # the button's own clicked() handles it
    assert win.isVisible()


def msg(hwnd: int, message: int, wparam: int, lparam: int = 0) -> bytes:
    return struct.pack("<QI4xQqI", hwnd, message, wparam, lparam, 0).ljust(48, b"\0")


def test_windows_messages(win, blocked, exits):
    assert ni.parse_msg(msg(5, ni.WM_KEYDOWN, 0x7B, 1))[:4] == (5, ni.WM_KEYDOWN, 0x7B, 1)
    kind = b"windows_generic_MSG"
    assert send(win, msg(win.wid, ni.WM_KEYDOWN, 0x41), kind)  # 'A': consumed, nothing happens
    assert send(win, msg(win.wid, ni.WM_SYSKEYDOWN, 0x7A), kind)  # F11
    assert not send(win, msg(win.wid + 1, ni.WM_KEYDOWN, 0x7B), kind)  # F12 to a window that is not ours
    assert win.isVisible()
    assert send(win, msg(win.wid, ni.WM_KEYDOWN, 0x7B), kind)  # F12
    assert not win.isVisible() and exits == [0]


def test_windows_shift_run_and_click(win, blocked, exits):
    kind = b"windows_generic_MSG"
    send(win, msg(win.wid, ni.WM_KEYDOWN, ni.VK_SHIFT), kind)
    send(win, msg(win.wid, ni.WM_KEYDOWN, ni.VK_SHIFT, 1 << 30), kind)  # auto-repeat
    send(win, msg(win.wid, ni.WM_KEYDOWN, ni.VK_SHIFT), kind)
    assert win.isVisible()
    p = quick_exit_centre(win)
    assert not send(win, msg(win.wid, ni.WM_LBUTTONDOWN, 1, (p.y() + 200) << 16 | p.x()), kind)
    assert send(win, msg(win.wid, ni.WM_LBUTTONDOWN, 1, p.y() << 16 | p.x()), kind)
    assert not win.isVisible() and win.ctrl.last_path == "native"


def test_key_tables():
    assert ni.qt_key_to_keysym(Qt.Key.Key_F12.value) == 0xFFC9
    assert ni.qt_key_to_keysym(Qt.Key.Key_H.value) == ord("h")
    assert ni.qt_key_to_keysym(Qt.Key.Key_5.value) == ord("5")
    assert ni.qt_key_to_keysym(Qt.Key.Key_Pause.value) == 0xFF13
    assert ni.qt_key_to_vk(Qt.Key.Key_F12.value) == 0x7B
    assert ni.qt_key_to_vk(Qt.Key.Key_H.value) == 0x48
    assert ni.qt_key_to_vk(Qt.Key.Key_Escape.value) == 0x1B
    assert ni.x_state_to_qt(0x1 | 0x4 | 0x8 | 0x40 | 0x10) == (Qt.KeyboardModifier.ShiftModifier
                                                               | Qt.KeyboardModifier.ControlModifier
                                                               | Qt.KeyboardModifier.AltModifier
                                                               | Qt.KeyboardModifier.MetaModifier).value


def test_a_garbled_event_never_takes_input_away(win, blocked, exits):
    consumed, _ = win.ctrl.native_filter.nativeEventFilter(QByteArray(b"xcb_generic_event_t"), 0)  # NULL
    assert consumed is False and win.isVisible()


def test_a_dialog_opening_over_quick_exit_is_moved_clear_of_it(win, qtbot):
    b = win.quick_exit_button
    spot = b.mapToGlobal(QPoint(0, 0))
    dialog = QDialog(win)
    dialog.resize(300, 120)
    dialog.move(spot.x() - 100, spot.y() - 10)  # would sit on top of the red button
    open_dialog(dialog)  # as the app shows every dialog
    qtbot.waitExposed(dialog)
    button_rect = QRect(spot, b.size())
    assert not dialog.frameGeometry().intersects(button_rect)
    assert dialog.frameGeometry().top() > button_rect.bottom()
    dialog.close()
    elsewhere = QDialog(win)  # one that leaves the button clear stays where it was put
    elsewhere.resize(200, 100)
    elsewhere.move(spot.x() - 400, spot.y() + 200)
    open_dialog(elsewhere)
    qtbot.waitExposed(elsewhere)
    assert elsewhere.pos() == QPoint(spot.x() - 400, spot.y() + 200)
    elsewhere.close()


def test_a_dialog_too_tall_to_go_below_quick_exit_goes_beside_it(win, qtbot):
    b = win.quick_exit_button
    spot = b.mapToGlobal(QPoint(0, 0))
    avail = win.screen().availableGeometry()
    dialog = QDialog(win)
    dialog.resize(min(300, spot.x() - 20), avail.height() - 20)  # no room below the button
    dialog.move(spot.x() - 100, avail.top())  # and on top of it
    open_dialog(dialog)
    qtbot.waitExposed(dialog)
    assert not dialog.frameGeometry().intersects(QRect(spot, b.size()))
    assert dialog.frameGeometry().right() < spot.x() and dialog.frameGeometry().top() <= spot.y()  # beside it
    dialog.close()


@pytest.mark.parametrize(("panic_key", "keycode", "other", "state"), [
    ("Ctrl+Alt+!", 10, 0x4 | 0x8, 0x1 | 0x4 | 0x8),  # Shift+1 makes the "!"; without Shift it is "1"
    ("Ctrl+Alt+Num+1", 87, 0x4 | 0x8, 0x4 | 0x8 | 0x10),  # keypad 1 with Num Lock on; off, it is End
    ("Menu", 135, 0x4, 0),
    ("Ctrl+Shift+H", 43, 0x4, 0x1 | 0x4),  # a letter's Shift still counts as a modifier
])
def test_custom_keys_at_every_level(win, blocked, exits, panic_key, keycode, other, state):
    win.ctx.settings.panic_key = panic_key
    tap(win, keycode, 900, state=other)  # the same key in another state
    assert win.isVisible() and exits == []
    tap(win, keycode, 1000, state=state)
    assert not win.isVisible() and exits == [0] and win.ctrl.last_path == "native"


def test_keypad_without_num_lock_is_not_the_digit(win, blocked, exits):
    win.ctx.settings.panic_key = "Num+1"
    tap(win, 87, 1000, state=0)  # End
    assert win.isVisible()
    tap(win, 87, 1100, state=0x10)
    assert not win.isVisible()


def test_synthetic_key_events_are_ignored(win, blocked, exits):
    """Any X client can send a key event to any window (XSendEvent); only the server's own input counts."""
    for t in (1000, 2000, 3000):
        data = bytearray(xcb(ni.XCB_KEY_PRESS, SHIFT_L, t, win.wid))
        data[0] |= 0x80
        assert not send(win, bytes(data))
    data = bytearray(xcb(ni.XCB_KEY_PRESS, F12, 4000, win.wid))
    data[0] |= 0x80
    send(win, bytes(data))
    assert win.isVisible() and exits == []
    assert ni.parse_xcb(bytes(data)) is None


def test_only_the_bytes_of_the_event_are_read():
    """A core event is 32 bytes (+4 for xcb's full sequence); a generic one carries 4 x length more."""
    core = ctypes.create_string_buffer(xcb(ni.XCB_KEY_PRESS, F12, 1, 2), 36)
    assert len(ni.read_xcb_event(ctypes.addressof(core))) == 36
    ge = ctypes.create_string_buffer(xi_press(5, 6, 7, 8), 56)
    assert len(ni.read_xcb_event(ctypes.addressof(ge))) == 56
    assert ni.parse_xcb(xi_press(5, 6, 7, 8), XI_OPCODE)[:4] == (ni.XCB_BUTTON_PRESS, 1, 5, 6)


def test_a_changed_keyboard_map_is_read_at_once(win, blocked, exits):
    """The keysyms are looked up per key event: after the map changes (here F12 and Shift_L swap keycodes, as
    xmodmap could do), three presses of the key that is now Shift are three Shifts, never F12."""
    x = win.ctrl.native_filter._x
    x.static = {**KEYMAP, 96: 0xFFE1, 50: 0xFFC9}
    for t in (1000, 2000):
        tap(win, 96, t)
    assert win.isVisible() and exits == []
    tap(win, 96, 3000)
    assert not win.isVisible() and win.ctrl.last_path == "native"


def test_key_levels():
    assert ni.key_at_level((0x31, 0x21), 0x1) == (0x21, True)
    assert ni.key_at_level((0x61, 0x41), 0x1) == (0x41, False)
    assert ni.key_at_level((0xFF9C, 0xFFB1), 0x10) == (0xFFB1, False)
    assert ni.key_at_level((0xFF9C, 0xFFB1), 0x11) == (0xFF9C, False)
    assert ni.key_at_level((0xFFC9,), 0x1) == (0xFFC9, False)
    assert ni.key_at_level((), 0) == (0, False)
    assert ni.keysym_to_qt_key(0x21) == Qt.Key.Key_Exclam.value
    assert ni.keysym_to_qt_key(0xFFB1) == Qt.Key.Key_1.value
    assert ni.keysym_to_qt_key(0xFF67) == Qt.Key.Key_Menu.value
    assert ni.keysym_to_qt_key(0x68) == Qt.Key.Key_H.value
    assert ni.keysym_to_qt_key(0xFFC9) == Qt.Key.Key_F12.value
