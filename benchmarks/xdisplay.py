"""A private, throwaway Xvfb display, ready before anything connects to it.

Shared by the benchmarks, packaging/build.py and the real-X11 tests. Xvfb is started with ``-displayfd``: it picks a
free display number itself and writes it to a pipe only once it accepts connections. (Waiting for the socket file
instead is a race: the file exists a moment before the server answers, and a client started then fails with
"could not connect to display".) And with ``-noreset``: by default Xvfb resets whenever its last client leaves,
and a client that connects during the reset is turned away; polling with short-lived ``xdotool`` calls makes
that happen many times a second.
"""

from __future__ import annotations

import contextlib
import os
import select
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator


class XvfbError(RuntimeError):
    pass


def _die_with_parent() -> None:  # Linux: Xvfb gets SIGTERM if the process that started it dies, even abruptly
    import ctypes
    import ctypes.util
    import signal

    libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
    libc.prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


def start_xvfb(screen: str = "1280x800x24", timeout: float = 15.0) -> tuple[subprocess.Popen, str]:
    """Start Xvfb; return (process, ":N") once it accepts connections. Raises XvfbError if it cannot."""
    exe = shutil.which("Xvfb")
    if exe is None:
        raise XvfbError("Xvfb is not installed (Debian: apt-get install xvfb)")
    # Its messages go to a file, not a pipe: nobody would drain a pipe while it runs.
    with tempfile.TemporaryFile() as log:
        read_fd, write_fd = os.pipe()
        try:
            proc = subprocess.Popen(
                [exe, "-displayfd", str(write_fd), "-screen", "0", screen, "-nolisten", "tcp", "-noreset"],
                pass_fds=(write_fd,), stdout=subprocess.DEVNULL, stderr=log,
                preexec_fn=_die_with_parent if sys.platform.startswith("linux") else None,
            )
        finally:
            os.close(write_fd)
        number = b""
        deadline = time.monotonic() + timeout
        with os.fdopen(read_fd, "rb") as pipe:
            while not number.endswith(b"\n"):
                left = deadline - time.monotonic()
                if left <= 0 or not select.select([pipe], [], [], left)[0]:
                    break
                chunk = os.read(pipe.fileno(), 16)
                if not chunk:  # Xvfb exited without naming a display
                    break
                number += chunk
        if number.strip().isdigit():
            return proc, f":{number.strip().decode()}"
        stop(proc)
        log.seek(0)
        err = log.read().decode(errors="replace").strip()[-500:]
    raise XvfbError(f"Xvfb did not start: {err or f'no display number within {timeout:g} s'}")


def stop(proc: subprocess.Popen, grace: float = 5.0) -> None:
    """Terminate a child process; kill it if it has not gone within `grace` seconds."""
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(grace)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@contextlib.contextmanager
def private_display(screen: str = "1280x800x24") -> Iterator[str]:
    """``with private_display() as display:`` gives ":N", a display that is ready, and stops it afterwards."""
    proc, display = start_xvfb(screen)
    try:
        yield display
    finally:
        stop(proc)
