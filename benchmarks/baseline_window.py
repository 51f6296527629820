"""Baseline for bench_startup.py: the least a PySide6 app can do to show a window with a QTextBrowser.

Uses the same "first window shown" marker as the app. IIA_BENCH_EXIT_AFTER_SHOW=1: a zero-delay timer after
show() prints ``FIRST-WINDOW <monotonic ns>`` and quits. IIA_BENCH_EXIT_AFTER_SHOW=paint: the same, but from a
zero-delay timer started by the window's first Paint event (so after the first frame), and the line ends in
`` paint``. Without the variable it stays open.
"""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTextBrowser


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("Notes")
    browser = QTextBrowser()
    browser.setHtml("<h1>Welcome</h1><p>" + "Some calm words to read. " * 40 + "</p>")
    window.setCentralWidget(browser)
    window.resize(1000, 700)
    mode = os.environ.get("IIA_BENCH_EXIT_AFTER_SHOW", "")

    def done() -> None:
        print(f"FIRST-WINDOW {time.monotonic_ns()}" + (" paint" if mode == "paint" else ""), flush=True)
        app.quit()

    class FirstPaint(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
            if event.type() == QEvent.Type.Paint:
                window.removeEventFilter(self)
                QTimer.singleShot(0, done)  # runs once this first frame has been painted and flushed
            return False

    first_paint = FirstPaint(window)
    if mode == "paint":
        window.installEventFilter(first_paint)
    window.show()
    if mode and mode != "paint":
        QTimer.singleShot(0, done)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
