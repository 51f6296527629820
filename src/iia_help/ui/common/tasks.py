"""Run slow work (the KDF, big files) off the UI thread and hand the result back on it.

A ``Task`` runs ``fn(task)`` on Qt's global thread pool. Its result is delivered on the UI thread through a
queued signal. A task can be cancelled at any time (lock, panic): a result that arrives after that is handed to
``discard`` (for example to close a vault that finished opening) and never shown.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

# Tasks stay referenced here until their result has been delivered on the UI thread.
_live: set[Task] = set()


class Task(QObject):
    _result = Signal(object, object)  # (result, exception), emitted from the worker thread
    progress = Signal(object, object)  # (done, total) in bytes; 64-bit safe

    def __init__(self, fn: Callable[[Task], Any], *, on_done: Callable[[Any], None] | None = None,
                 on_error: Callable[[BaseException], None] | None = None,
                 discard: Callable[[Any], None] | None = None, owner: QObject | None = None) -> None:
        super().__init__()
        self._fn = fn
        self._on_done = on_done
        self._on_error = on_error
        self._discard = discard
        self._owner = owner
        self._lock = threading.Lock()
        self._cancelled = False
        self._last_percent = -1
        self.finished = False
        self._result.connect(self._deliver)

    # ----- any thread
    @property
    def cancelled(self) -> bool:
        return self._cancelled

    def cancel(self) -> None:
        with self._lock:
            self._cancelled = True

    def report(self, done: int, total: int) -> bool:
        """Progress callback for long work: returns False once the task is cancelled (the work should stop)."""
        if self._cancelled:
            return False
        percent = (done * 100 // total) if total else 100
        if percent != self._last_percent:
            self._last_percent = percent
            self.progress.emit(done, total)
        return True

    # ----- UI thread
    def start(self) -> Task:
        _live.add(self)
        QThreadPool.globalInstance().start(_Runnable(self))
        return self

    def _run(self) -> None:  # worker thread
        try:
            result, error = self._fn(self), None
        except BaseException as exc:  # handed to on_error on the UI thread
            result, error = None, exc
        with self._lock:
            if self._cancelled:
                self._drop(result)
                self._result.emit(None, None)  # only to release the task
                return
            self._result.emit(result, error)

    def _drop(self, result: Any) -> None:
        if result is not None and self._discard is not None:
            with contextlib.suppress(Exception):  # dropping a result must never raise
                self._discard(result)

    def _deliver(self, result: Any, error: BaseException | None) -> None:
        self.finished = True
        _live.discard(self)
        owner_gone = self._owner is not None and not shiboken6.isValid(self._owner)
        if self._cancelled or owner_gone:
            self._drop(result)
            return
        if error is not None:
            if self._on_error is not None:
                self._on_error(error)
            return
        if self._on_done is not None:
            self._on_done(result)


class _Runnable(QRunnable):
    def __init__(self, task: Task) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._task = task

    def run(self) -> None:
        self._task._run()


def run_task(fn: Callable[[Task], Any], **kwargs: Any) -> Task:
    return Task(fn, **kwargs).start()


def running_tasks() -> int:
    return len(_live)
