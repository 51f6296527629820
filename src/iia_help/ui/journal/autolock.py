"""Auto-lock: any key or mouse input (seen by the app's one event filter, ``ui/app_filter.py``, as it reaches
one of the app's windows) restarts a timer; so does the text cursor moving (an input method's composed text goes
to the text box itself, not through a window). After a quiet spell the journal locks. It listens only while the
journal is unlocked.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication

from iia_help.ui.app_filter import app_filter, current_filter

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
        events = app_filter()
        if events is not None and not self._installed:
            events.add(self, dict.fromkeys(_INPUT, self._input))
            QGuiApplication.inputMethod().cursorRectangleChanged.connect(self._typed)
            self._installed = True
        self._restart()

    def stop(self) -> None:
        self.timer.stop()
        events = current_filter()
        if self._installed:
            if events is not None:
                events.remove(self)
            with contextlib.suppress(RuntimeError, TypeError):
                QGuiApplication.inputMethod().cursorRectangleChanged.disconnect(self._typed)
        self._installed = False

    def _restart(self) -> None:
        if self._timeout_ms > 0:
            self.timer.start(self._timeout_ms)
        else:
            self.timer.stop()

    def _input(self, _obj: QObject, _event: QEvent) -> bool:
        if self._timeout_ms > 0:
            self.timer.start()
        return False

    def _typed(self) -> None:
        if self._timeout_ms > 0:
            self.timer.start()

    def _fire(self) -> None:
        self.stop()
        self._on_idle()
