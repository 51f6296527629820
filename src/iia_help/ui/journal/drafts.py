"""Drafts are never lost: what is being typed is sealed into the vault's draft slot every few seconds while
editing, and straight away when the page hides, locks or the app closes. The next unlock brings it back."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from iia_help.journal import Journal
from iia_help.vault import VaultError

AUTOSAVE_MS = 3000


class DraftKeeper(QObject):
    """Saves ``state()`` as the journal's draft when it changed. ``can_save()`` lets the page pause saving
    while a worker holds the vault (adding a big file)."""

    saved = Signal()

    def __init__(self, state: Callable[[], dict[str, Any] | None], can_save: Callable[[], bool] = lambda: True,
                 parent: QObject | None = None, interval_ms: int = AUTOSAVE_MS) -> None:
        super().__init__(parent)
        self._state = state
        self._can_save = can_save
        self.journal: Journal | None = None
        self._pending = False
        self.save_count = 0
        self.last_saved: dict[str, Any] | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._tick)

    @property
    def interval_ms(self) -> int:
        return self.timer.interval()

    @interval_ms.setter
    def interval_ms(self, ms: int) -> None:
        self.timer.setInterval(ms)

    def set_journal(self, journal: Journal | None) -> None:
        self.journal = journal
        self._pending = False
        if journal is None:
            self.timer.stop()

    def changed(self) -> None:
        """Something was typed: save within the next interval."""
        if self.journal is None:
            return
        self._pending = True
        if not self.timer.isActive():
            self.timer.start()

    def _tick(self) -> None:
        if not self._pending:
            self.timer.stop()
            return
        if self._can_save():
            self.flush()

    def flush(self) -> bool:
        """Save now if anything changed since the last save. Returns True if a draft was written."""
        if not self._pending or self.journal is None:
            return False
        state = self._state()
        try:
            if state is None:  # nothing worth keeping any more (changes undone)
                self.journal.clear_draft()
                self._pending = False
                return False
            self.journal.save_draft(state)
        except VaultError:
            return False  # locked meanwhile, or the disk is full: the next tick tries again
        self._pending = False
        self.save_count += 1
        self.last_saved = state
        self.saved.emit()
        return True

    def discard(self) -> None:
        """Forget the draft (it was saved as an entry, or thrown away on purpose)."""
        self._pending = False
        self.timer.stop()
        if self.journal is not None:
            with contextlib.suppress(VaultError):
                self.journal.clear_draft()

    @property
    def pending(self) -> bool:
        return self._pending
