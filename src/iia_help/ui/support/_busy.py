"""Run slow work (Argon2id) off the UI thread while the window stays responsive (and the panic key works)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QApplication

T = TypeVar("T")


def run_off_ui_thread(fn: Callable[..., T], *args: object) -> T:
    """Call ``fn(*args)`` in a worker thread, spinning a local event loop until it is done; re-raise errors."""
    result: dict[str, object] = {}
    done = threading.Event()

    def work() -> None:
        try:
            result["value"] = fn(*args)
        except BaseException as exc:  # handed back to the caller below
            result["error"] = exc
        finally:
            done.set()

    thread = threading.Thread(target=work, name="kdf", daemon=True)
    thread.start()
    if not done.wait(0.02):
        loop = QEventLoop()
        timer = QTimer()
        timer.setInterval(10)
        timer.timeout.connect(lambda: loop.quit() if done.is_set() else None)
        timer.start()
        QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        try:
            while not done.is_set():
                loop.exec()
                done.wait(0.005)  # if the app is quitting, exec() returns at once: do not spin
        finally:
            timer.stop()
            QApplication.restoreOverrideCursor()
    thread.join()
    if "error" in result:
        raise result["error"]  # type: ignore[misc]
    return result["value"]  # type: ignore[return-value]
