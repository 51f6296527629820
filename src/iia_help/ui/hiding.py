"""Hiding every window and leaving: the first thing a panic does, and what Quick exit does before the panic
controller is installed (``ui/panic.py`` installs it after the first frame). Low in the UI: it imports no page,
window or controller, so the shell can call it without importing the panic controller."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QThread
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from iia_help.ui import clipboard


def hard_exit(code: int) -> None:  # replaced in tests
    os._exit(code)


def exit_app(code: int) -> None:  # replaced in tests
    """Leave every running event loop (the main one and any modal dialog's or menu's). With no loop running
    (scripted use, tests) there is nothing to leave: calling exit() then would only make the next exec()
    return at once."""
    if QThread.currentThread().loopLevel() == 0:
        return
    QApplication.exit(code)


def hide_all_windows() -> None:
    """Hide every top-level widget and window of the app at once: no disk, crypto or event loop before this."""
    # Modal dialogs last: hiding one makes Qt unblock the windows behind it, sending WindowUnblocked to each of
    # their widgets (milliseconds once every page is built); the main window should be gone before that.
    for w in sorted((w for w in QApplication.topLevelWidgets() if w.isVisible()),
                    key=lambda w: (w.isModal(), w.parentWidget() is not None)):  # dialogs after their windows
        w.hide()
    for win in QGuiApplication.topLevelWindows():  # any window not backed by a widget
        if win.isVisible():
            win.hide()


def panic_without_controller(pages: Iterable[Any]) -> None:
    """Quick exit before any controller is installed: hide, tidy each page (``Page.panic_cleanup``), exit."""
    hide_all_windows()
    for page in pages:
        with contextlib.suppress(Exception):
            page.panic_cleanup()
    with contextlib.suppress(Exception):
        clipboard.clear_if_ours()
    exit_app(0)
