"""A virtual mouse and keyboard for a wlroots compositor (sway), for tests: the ``zwlr_virtual_pointer_v1`` and
``zwp_virtual_keyboard_v1`` protocols spoken directly over the Wayland socket, so no extra tool is needed (ydotool
needs uinput, which sway ignores headless).

    with VirtualPointer("/run/user/1000/wayland-1") as mouse:
        mouse.move_to(x, y, 1280, 800)    # a point of the output layout
        mouse.click()                     # left button: press, release
    with VirtualKeyboard(path, ["F11", "F12", "Shift_L"]) as keyboard:
        keyboard.tap("F12")

Every request is followed by a round trip (``wl_display.sync``), so when a call returns the compositor has
handled it. A device exists as long as its object: the seat then has a pointer or keyboard, and clients bind one
(asynchronously: input sent before a client has bound it is lost, which is why one device serves a whole test,
while ``wtype`` makes a new keyboard for every run).
"""

from __future__ import annotations

import contextlib
import os
import socket
import struct
import time

BTN_LEFT = 0x110
_DISPLAY = 1


def _string(text: str) -> bytes:
    raw = text.encode() + b"\0"
    return struct.pack("<I", len(raw)) + raw + b"\0" * (-len(raw) % 4)


class WaylandError(RuntimeError):
    pass


class _Client:
    MANAGER = ""
    DESTROY = 0

    def __init__(self, socket_path: str, timeout: float = 60.0) -> None:
        self._sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self._sock.settimeout(timeout)
        self._sock.connect(socket_path)
        self._next = 2
        self._buf = b""
        self._globals: dict[str, tuple[int, int]] = {}
        registry = self._new_id()
        self._send(_DISPLAY, 1, struct.pack("<I", registry))  # wl_display.get_registry
        self._roundtrip(registry)
        for name in ("wl_seat", self.MANAGER):
            if name not in self._globals:
                raise WaylandError(f"the compositor has no {name}")
        seat = self._bind(registry, "wl_seat", 1)
        manager = self._bind(registry, self.MANAGER, 1)
        self._device = self._new_id()
        self._send(manager, 0, struct.pack("<II", seat, self._device))  # create_virtual_*(seat, id)
        self._roundtrip()

    def __enter__(self):
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        with contextlib.suppress(OSError):
            self._send(self._device, self.DESTROY, b"")
        self._sock.close()

    @staticmethod
    def _time() -> int:
        return int(time.monotonic() * 1000) & 0xFFFFFFFF

    # ----- the wire protocol -----
    def _new_id(self) -> int:
        self._next += 1
        return self._next - 1

    def _send(self, obj: int, opcode: int, args: bytes) -> None:
        self._sock.sendall(struct.pack("<II", obj, (8 + len(args)) << 16 | opcode) + args)

    def _bind(self, registry: int, interface: str, version: int) -> int:
        name, available = self._globals[interface]
        new = self._new_id()
        self._send(registry, 0, struct.pack("<I", name) + _string(interface)
                   + struct.pack("<II", min(version, available), new))
        return new

    def _roundtrip(self, registry: int = 0) -> None:
        callback = self._new_id()
        self._send(_DISPLAY, 0, struct.pack("<I", callback))  # wl_display.sync
        while True:
            obj, opcode, body = self._read()
            if obj == callback and opcode == 0:  # wl_callback.done
                return
            if obj == _DISPLAY and opcode == 0:  # wl_display.error
                _id, code = struct.unpack_from("<II", body)
                (n,) = struct.unpack_from("<I", body, 8)
                raise WaylandError(f"error {code} on object {_id}: {body[12:12 + n - 1].decode(errors='replace')}")
            if obj == registry and opcode == 0:  # wl_registry.global(name, interface, version)
                (name, n) = struct.unpack_from("<II", body)
                interface = body[8:8 + n - 1].decode()
                (version,) = struct.unpack_from("<I", body, 8 + n + (-n % 4))
                self._globals[interface] = (name, version)

    def _read(self) -> tuple[int, int, bytes]:
        while len(self._buf) < 8 or len(self._buf) < (struct.unpack_from("<I", self._buf, 4)[0] >> 16):
            chunk = self._sock.recv(65536)
            if not chunk:
                raise WaylandError("the compositor closed the connection")
            self._buf += chunk
        obj, word = struct.unpack_from("<II", self._buf)
        size = word >> 16
        body, self._buf = self._buf[8:size], self._buf[size:]
        return obj, word & 0xFFFF, body


class VirtualPointer(_Client):
    MANAGER = "zwlr_virtual_pointer_manager_v1"
    DESTROY = 8

    def move_to(self, x: int, y: int, width: int, height: int) -> None:
        """Put the pointer at (x, y) of a ``width`` x ``height`` output layout."""
        self._send(self._device, 1, struct.pack("<IIIII", self._time(), x, y, width, height))  # motion_absolute
        self._send(self._device, 4, b"")  # frame
        self._roundtrip()

    def button(self, pressed: bool, button: int = BTN_LEFT) -> None:
        self._send(self._device, 2, struct.pack("<III", self._time(), button, int(pressed)))
        self._send(self._device, 4, b"")
        self._roundtrip()

    def click(self, button: int = BTN_LEFT) -> None:
        self.button(True, button)
        self.button(False, button)


class VirtualKeyboard(_Client):
    """A keyboard whose keys are the keysyms named (``"F12"``, ``"Shift_L"``), in that order from keycode 9."""

    MANAGER = "zwp_virtual_keyboard_manager_v1"
    DESTROY = 3

    def __init__(self, socket_path: str, keysyms: list[str], timeout: float = 60.0) -> None:
        super().__init__(socket_path, timeout)
        self._codes = {name: i + 1 for i, name in enumerate(keysyms)}  # evdev code = XKB keycode - 8
        keycodes = "".join(f"<K{i}> = {i + 8};\n" for i in self._codes.values())
        symbols = "".join(f"key <K{i}> {{[{name}]}};\n" for name, i in self._codes.items())
        keymap = ("xkb_keymap {\nxkb_keycodes \"(unnamed)\" {\nminimum = 8;\n"
                  f"maximum = {len(keysyms) + 9};\n{keycodes}}};\n"
                  "xkb_types \"(unnamed)\" { include \"complete\" };\n"
                  "xkb_compatibility \"(unnamed)\" { include \"complete\" };\n"
                  f"xkb_symbols \"(unnamed)\" {{\n{symbols}}};\n}};\n").encode() + b"\0"
        fd = os.memfd_create("keymap")
        try:
            os.write(fd, keymap)
            msg = struct.pack("<II", self._device, (8 + 8) << 16 | 0) + struct.pack("<II", 1, len(keymap))
            self._sock.sendmsg([msg], [(socket.SOL_SOCKET, socket.SCM_RIGHTS, struct.pack("<i", fd))])
        finally:
            os.close(fd)
        self._roundtrip()

    def key(self, name: str, pressed: bool) -> None:
        self._send(self._device, 1, struct.pack("<III", self._time(), self._codes[name], int(pressed)))
        self._roundtrip()

    def tap(self, *names: str) -> None:
        for name in names:
            self.key(name, True)
            self.key(name, False)
