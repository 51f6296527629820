"""Post a key press or a left click to a window of another process, as Windows delivers them (under Wine).

    python post.py key HWND VK        WM_KEYDOWN then WM_KEYUP with virtual-key code VK
    python post.py click HWND X Y     WM_LBUTTONDOWN then WM_LBUTTONUP at client pixel (X, Y)

Prints ``POSTED`` once both messages are in the window's queue.
"""

from __future__ import annotations

import ctypes
import sys

WM_KEYDOWN, WM_KEYUP, WM_LBUTTONDOWN, WM_LBUTTONUP, MK_LBUTTON = 0x100, 0x101, 0x201, 0x202, 0x1


def main(argv: list[str]) -> int:
    user32 = ctypes.WinDLL("user32", use_last_error=True)
    user32.PostMessageW.argtypes = [ctypes.c_void_p, ctypes.c_uint, ctypes.c_size_t, ctypes.c_ssize_t]
    user32.PostMessageW.restype = ctypes.c_int
    user32.MapVirtualKeyW.argtypes = [ctypes.c_uint, ctypes.c_uint]
    user32.MapVirtualKeyW.restype = ctypes.c_uint
    kind, hwnd = argv[0], int(argv[1])
    if kind == "key":
        vk = int(argv[2], 0)
        scan = user32.MapVirtualKeyW(vk, 0) & 0xFF
        down = 1 | scan << 16
        up = down | 1 << 30 | 1 << 31
        messages = [(WM_KEYDOWN, vk, down), (WM_KEYUP, vk, up)]
    else:
        x, y = int(argv[2]), int(argv[3])
        where = (y & 0xFFFF) << 16 | (x & 0xFFFF)
        messages = [(WM_LBUTTONDOWN, MK_LBUTTON, where), (WM_LBUTTONUP, 0, where)]
    for message, wparam, lparam in messages:
        if not user32.PostMessageW(hwnd, message, wparam, lparam):
            print(f"FAILED {ctypes.get_last_error()}", flush=True)
            return 1
    print("POSTED", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
