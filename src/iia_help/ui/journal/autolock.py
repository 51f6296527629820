"""Auto-lock: an app-wide event filter notices any key or mouse input; after a quiet spell the journal locks.

The filter is installed only while the journal is unlocked, and does as little as possible per event.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication

_INPUT = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseMove, QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate,
    QEvent.Type.TabletPress, QEvent.Type.InputMethod,
})


class AutoLock(QObject):
    """Calls ``on_idle`` after ``timeout_ms`` without input. ``timeout_ms`` 0 means never.

    ``timeout_ms`` defaults to the settings' ``autolock_minutes``; tests pass a short one.
    """

    def __init__(self, on_idle: Callable[[], None], timeout_ms: int = 0, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._on_idle = on_idle
        self._timeout_ms = timeout_ms
        self._installed = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)  # restarts on every input; keep remainingTime exact
        self.timer.timeout.connect(self._fire)

    @staticmethod
    def minutes_to_ms(minutes: int) -> int:
        return max(0, int(minutes)) * 60_000

    @property
    def timeout_ms(self) -> int:
        return self._timeout_ms

    def set_timeout_ms(self, ms: int) -> None:
        self._timeout_ms = max(0, int(ms))
        if self._installed:
            self._restart()

    @property
    def active(self) -> bool:
        return self._installed and self._timeout_ms > 0

    def start(self) -> None:
        """The journal is unlocked: start watching for input."""
        app = QApplication.instance()
        if app is not None and not self._installed:
            app.installEventFilter(self)
            self._installed = True
        self._restart()

    def stop(self) -> None:
        self.timer.stop()
        app = QApplication.instance()
        if app is not None and self._installed:
            app.removeEventFilter(self)
        self._installed = False

    def _restart(self) -> None:
        if self._timeout_ms > 0:
            self.timer.start(self._timeout_ms)
        else:
            self.timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT and self._timeout_ms > 0:
            self.timer.start()
        return False

    def _fire(self) -> None:
        self.stop()
        self._on_idle()
