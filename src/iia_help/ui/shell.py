"""The contract between the main window and everything that lives in it.

``Page`` is the base of every area of the app (Guidance, Contacts, Journal, Settings, the take-away journal of a
guest session). Its hooks are real methods with safe defaults, so the panic path, End session and keyboard
arrival call them directly: a page that renames one no longer silently drops out (``tests/test_shell_contract.py``
checks every page). ``Shell`` is what a page, the panic controller and support-worker mode may use of the app
around them, instead of reaching into the main window for attributes that may or may not be there.

This module imports neither ``ui/main_window.py``, ``ui/panic.py`` nor support-worker mode, not even for
annotations: what the shell uses of each is written below as a ``Protocol``. So everything in ``ui/`` can import
it, and no import in ``ui/`` runs in a circle (``tests/test_shell_contract.py``).
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import Protocol

import shiboken6
from PySide6.QtWidgets import QWidget

from iia_help.context import AppContext
from iia_help.ui.settings_bridge import settings_bridge

#: Where the app starts, and where panic and End session go back to.
HOME_PAGE = "guidance"


class Page(QWidget):
    """An area of the app. ``shell`` is set by the main window when it adds the page (None on its own, in tests)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.shell: Shell | None = None
        settings_bridge(ctx).changed.connect(self.settings_changed)

    # ----- hooks (override what the page needs) -----
    def panic_cleanup(self) -> None:
        """Panic: seal, lock and drop anything secret, fast (every window is already hidden). Never raises."""

    def reset_to_home(self) -> None:
        """Panic and End session: back to the page's start (its first screen, scrolled to the top)."""

    def clear_session(self) -> None:
        """End of a guest session: forget what the visitor did here. By default, back to the start."""
        self.reset_to_home()

    def lock(self) -> None:
        """The page is being taken out of the window (support-worker mode swaps the Journal area): lock."""

    def focus_first(self) -> bool:
        """Keyboard arrival (Ctrl+1..4): put the focus somewhere useful and return True, or False for the first
        control that takes Tab."""
        return False

    def note_in_history(self, event: str) -> None:
        """Support-worker mode notes ``event`` (e.g. "guest session started") where the page keeps a history
        (the unlocked journal's custody log). Never what was done."""

    def settings_changed(self, names: frozenset) -> None:
        """Settings ``names`` changed (anywhere: here, first run, End session, the support-worker panel)."""

    # ----- the shell, when there is one -----
    def navigate(self, name: str, *, focus: bool = False) -> None:
        """Go to another area (nothing happens on a page shown on its own)."""
        if self.shell is not None:
            self.shell.navigate(name, focus=focus)


class Window(Protocol):
    """What the shell uses of its window (``ui/main_window.py`` ``MainWindow``)."""

    def navigate(self, name: str, *, focus: bool = False) -> Page: ...
    def built_pages(self) -> dict[str, Page]: ...
    def page(self, name: str) -> Page: ...
    def replace_page(self, name: str, widget: Page | None) -> None: ...


class Panic(Protocol):
    """The panic controller (``ui/panic.py`` ``PanicController``) as the shell knows it."""

    def trigger(self, source: str = "button") -> None: ...


class WorkerMode(Protocol):
    """Support-worker mode (``ui/support/panel.py`` ``WorkerMode``) as pages know it."""

    def refresh(self) -> None: ...
    def set_audience(self, code: str) -> None: ...


class Shell:
    """What pages and the app's services use of the main window. Made by ``MainWindow``; ``panic``,
    ``worker_mode`` and ``start_cover`` are filled in by whoever installs them."""

    def __init__(self, ctx: AppContext, window: Window) -> None:
        self.ctx = ctx
        self.window = window
        #: The panic controller (ui/panic.py ``install_panic``), once installed.
        self.panic: Panic | None = None
        #: Support-worker mode (ui/support/panel.py ``install_worker_mode``), once installed.
        self.worker_mode: WorkerMode | None = None
        #: The plain "Notes" page of the discreet start (ui/discreet.py) while it is shown.
        self.start_cover: QWidget | None = None
        #: The first questions at the foot of the window (ui/first_run.py) while they are asked.
        self.first_questions: QWidget | None = None
        #: The window's Quick exit button (set by the window when it builds it): it stays live while a dialog makes
        #: the window inert (ui/modal.py shows every dialog that way).
        self.quick_exit_button: QWidget | None = None
        self.home_page = HOME_PAGE
        _live.append(weakref.ref(self))

    # ----- areas -----
    def navigate(self, name: str, *, focus: bool = False) -> Page:
        return self.window.navigate(name, focus=focus)

    def go_home(self) -> None:
        self.window.navigate(self.home_page)

    def pages(self) -> dict[str, Page]:
        """The pages built so far, by name."""
        return self.window.built_pages()

    def page(self, name: str) -> Page:
        """The page ``name``, built if need be."""
        return self.window.page(name)

    def replace_page(self, name: str, widget: Page | None) -> None:
        self.window.replace_page(name, widget)

    def for_each_page(self, hook: Callable[[Page], object], on_error: Callable[[str, Exception], None]) -> None:
        """Call ``hook(page)`` on every built page; a failing page never stops the rest."""
        for name, page in self.pages().items():
            try:
                hook(page)
            except Exception as exc:  # noqa: BLE001 - one page must not stop the others
                on_error(name, exc)

    # ----- the window -----
    def quick_exit(self, source: str = "button") -> None:
        """What Quick exit does: the panic controller's trigger, or (none installed yet) hide, tidy and exit."""
        if self.panic is not None and shiboken6.isValid(self.panic):
            self.panic.trigger(source)
            return
        from iia_help.ui.hiding import panic_without_controller

        panic_without_controller(self.pages().values())


_live: list[weakref.ref[Shell]] = []


def live_shells() -> list[Shell]:
    """The shells whose window is still there, oldest first. ui/modal.py puts a dialog without a parent in front of
    the newest one's window and keeps that window's Quick exit live."""
    _live[:] = [r for r in _live if (s := r()) is not None and shiboken6.isValid(s.window)]
    return [s for r in _live if (s := r()) is not None]
