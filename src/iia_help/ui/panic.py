"""Quick exit: hide every window first, then tidy up. (The panic-key issue extends this module.)"""

from __future__ import annotations

import contextlib

from PySide6.QtWidgets import QApplication, QWidget


def hide_all_windows() -> None:
    """Hide every top-level widget of the app at once: no disk, crypto or event loop before this."""
    for w in QApplication.topLevelWidgets():
        if w.isVisible():
            w.hide()


def trigger_panic(window: QWidget, source: str = "button") -> None:
    hide_all_windows()
    pages = getattr(window, "built_pages", dict)()
    for page in pages.values():
        cleanup = getattr(page, "panic_cleanup", None)
        if cleanup is not None:
            with contextlib.suppress(Exception):
                cleanup()
    QApplication.exit(0)
