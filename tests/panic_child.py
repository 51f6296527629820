"""Child process for the panic and discretion tests: runs the real app (``iia_help.cli.main``), drives a session
from inside its event loop, then presses the panic key.

    python tests/panic_child.py [--audit] [--app-dir DIR] [--trigger key|shift|button] -- <app args>
    python tests/panic_child.py --modal KIND -- <app args>

Prints ``TRIGGER <time.monotonic()>`` just before the panic, then after the app returns: ``RC <code>``,
``QTNETWORK <0|1>``, ``SOCKET-EVENTS <n>``. With ``--audit`` a ``sys.addaudithook`` hook records every
``socket.*`` audit event (the hook cannot be removed, which is why this runs in its own process).

``--modal KIND`` (tests/test_panic_x11_modal.py) presses nothing itself: it opens one of the app's modal dialogs
and, once it is on screen, prints
``DIALOG <kind> main=<X window of the main window> x=<X> y=<Y> covered=<0|1> ... qtmodal=<0|1>``: the screen point
at the middle of the main window's Quick exit, whether the dialog covers it, and whether Qt shows it modally. The
parent then clicks or types through the X server; the app prints ``PANIC <source> <native|qt>`` when every
window is hidden.
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

SOCKET_EVENTS: list[str] = []
PASSPHRASE = "correct horse battery staple"
MARKER = "ZEBRA-MARKER-7731"
DRAFT_MARKER = "DRAFT-MARKER-4410"


def _audit(event: str, _args: tuple) -> None:
    if event.startswith("socket."):
        SOCKET_EVENTS.append(event)
        sys.stderr.write(f"SOCKET-EVENT {event}\n")


def _press(key, modifiers=None) -> None:
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QGuiApplication, QKeyEvent
    from PySide6.QtWidgets import QApplication

    mods = modifiers or Qt.KeyboardModifier.NoModifier
    # As the window system delivers a key: to the window with the focus (it passes it on to its focus widget).
    target = QGuiApplication.focusWindow() or (
        QApplication.activeWindow() or QApplication.topLevelWidgets()[0]).windowHandle()
    for t in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(target, QKeyEvent(t, key, mods))


def _session(window, trigger: str) -> None:
    from PySide6.QtCore import QEventLoop, Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from iia_help.journal import Entry, Journal
    from iia_help.ui import clipboard, dialogs
    from iia_help.ui.main_window import PAGES
    from iia_help.vault import Vault

    ctx = window.ctx
    ctrl = window.panic_controller
    for spec in PAGES:  # visit every page
        window.navigate(spec.name)
        QEventLoop().processEvents()
    ctx.library.search("report", region=ctx.settings.region or None)
    ctx.contacts.for_region(ctx.settings.region or "england")
    settings = window.page("settings")
    settings.set_region("scotland")
    settings.set_window_title("Study notes")
    settings.large_text.setChecked(True)
    settings.autolock.setValue(7)

    # Qt's own file dialog, opened and cancelled (it must leave no history behind).
    def cancel_dialog() -> None:
        for w in QApplication.topLevelWidgets():
            if w.objectName() == "fileDialog" and w.isVisible():
                w.reject()

    QTimer.singleShot(200, cancel_dialog)
    dialogs.open_files(window, "Choose a file", directory=str(ctx.paths.data_dir.parent))

    ctx.paths.ensure_data_dir()
    vault = Vault.create(ctx.paths.vault_file, PASSPHRASE, calibrate=False)
    journal = Journal(vault)
    for i in range(3):
        journal.add_entry(Entry(occurred_at=datetime.now(UTC), description=f"{MARKER} entry {i}",
                                platform="Chat app", tags=["t"]))
    clipboard.copy_text(MARKER)

    def seal() -> None:  # what the journal page's panic_cleanup does: seal the draft, then lock
        journal.save_draft({"description": DRAFT_MARKER})
        vault.close()

    ctrl.add_cleanup(seal)
    window.navigate("guidance")
    window.activateWindow()
    QEventLoop().processEvents()
    print(f"TRIGGER {time.monotonic():.6f}", flush=True)
    if trigger == "shift":
        for _ in range(3):
            _press(Qt.Key.Key_Shift)
    elif trigger == "button":
        window.quick_exit_button.click()
    else:
        _press(Qt.Key.Key_F12)


MODAL_KINDS = ("message", "file", "print", "export", "passphrase", "worker", "link", "busy", "history",
               "end-session", "over-quick-exit", "qt-modal")


def _open_modal(window, kind: str) -> None:
    """Open a modal dialog of ``kind`` the way the app does (its ``exec()`` runs until the panic ends it)."""
    from iia_help.ui import dialogs
    from iia_help.ui.modal import exec_dialog

    ctx = window.ctx
    if kind == "message":
        from iia_help.ui.common.dialog_helpers import ask

        ask(window, None, "Delete this entry?", "This entry will be removed from your journal.", "Delete")
    elif kind == "file":
        dialogs.open_files(window, "Choose a file", directory=str(ctx.paths.data_dir))
    elif kind == "print":
        from iia_help.ui.printing import print_html

        print_html(window, "<p>Support contacts</p>", "Support contacts")
    elif kind in ("export", "passphrase", "history"):
        from iia_help.journal import Journal
        from iia_help.vault import Vault

        ctx.paths.ensure_data_dir()
        vault = Vault.create(ctx.paths.vault_file, PASSPHRASE, calibrate=False)
        if kind == "export":
            from iia_help.ui.journal.export_dialog import ExportDialog

            exec_dialog(ExportDialog(ctx, Journal(vault), window))
        elif kind == "history":
            from iia_help.ui.journal.history import HistoryDialog

            journal = Journal(vault)
            exec_dialog(HistoryDialog(journal.journal_id, journal.custody_log(), window))
        else:
            from iia_help.ui.common.dialog_helpers import DialogTracker
            from iia_help.ui.journal.passphrase import ChangePassphraseDialog

            exec_dialog(ChangePassphraseDialog(vault, DialogTracker(), window))
    elif kind == "end-session":
        from iia_help.ui.support.session import EndSessionDialog

        exec_dialog(EndSessionDialog([], window))
    elif kind == "link":
        from iia_help.ui.links import confirm_and_open_link

        confirm_and_open_link(window, "https://example.org/")
    elif kind == "busy":  # the 'please wait' window while a journal opens
        import threading

        from iia_help.ui.common.dialog_helpers import DialogTracker
        from iia_help.ui.journal.passphrase import run_busy

        never = threading.Event()
        run_busy(window, DialogTracker(), "Opening…", lambda _task: never.wait(600))
    elif kind == "qt-modal":  # what Qt itself still shows modally (the system print dialog on Windows/macOS)
        from PySide6.QtWidgets import QMessageBox

        QMessageBox(QMessageBox.Icon.Question, "Notes", "Print?", QMessageBox.StandardButton.Ok, window).exec()
    elif kind == "over-quick-exit":  # a Qt-modal message box placed right on top of the red button
        from PySide6.QtCore import QPoint
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Question, "Are you sure?", "This cannot be undone.",
                          QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel, window)
        spot = window.quick_exit_button.mapToGlobal(QPoint(0, 0))
        box.move(spot.x() - 150, max(0, spot.y() - 10))
        box.exec()
    elif kind == "worker":
        from iia_help.ui.support.centre_lock import CentreLockDialog

        exec_dialog(CentreLockDialog(ctx, window, setting=True))


def _report_modal(window, kind: str) -> None:
    """Print DIALOG ... once the modal dialog and the main window are both on screen."""
    from PySide6.QtCore import QPoint, QRect, QTimer
    from PySide6.QtWidgets import QApplication

    from iia_help.ui.modal import open_dialogs

    shown = open_dialogs()  # the app's own dialogs are shown without Qt modality (ui/modal.py)
    modal = QApplication.activeModalWidget() or (shown[-1] if shown else None)
    handle = modal.windowHandle() if modal is not None else None
    if handle is None or not handle.isExposed() or not window.windowHandle().isExposed():
        QTimer.singleShot(10, lambda: _report_modal(window, kind))
        return
    button = window.quick_exit_button
    centre = button.mapToGlobal(QPoint(button.width() // 2, button.height() // 2))
    frame = modal.frameGeometry()
    covered = frame.intersects(QRect(button.mapToGlobal(QPoint(0, 0)), button.size()))
    ctrl = window.panic_controller
    ctrl.panic_started.connect(lambda source: print(f"PANIC {source} {ctrl.last_path}", flush=True))

    def after() -> None:  # once the after-panic step has run (decoy or minimise mode: the app stays)
        decoy = ctrl.decoy
        print(f"AFTER decoy={int(decoy.winId()) if decoy is not None and decoy.isVisible() else 0}", flush=True)

    ctrl.panic_done.connect(lambda _source: QTimer.singleShot(0, after))
    local = button.mapTo(window, QPoint(button.width() // 2, button.height() // 2))
    print(f"DIALOG {kind} main={int(window.winId())} dwid={int(modal.winId())} x={centre.x()} y={centre.y()} "
          f"lx={local.x()} ly={local.y()} "
          f"covered={int(covered)} "
          f"dialog={frame.x()},{frame.y()},{frame.width()},{frame.height()} modal={modal.objectName()} "
          f"qtmodal={int(QApplication.activeModalWidget() is not None)}", flush=True)


class _InputReporter:
    """``--report-input``: prints ``HOVER`` when the pointer is over Quick exit and ``KEYSEEN <key>`` when F11 (a
    key that does nothing) reaches the app, so a test knows the window system delivers input to the app before it
    sends what matters (a Wayland seat gains its keyboard or pointer only when a virtual one appears)."""

    def __init__(self, window) -> None:
        from PySide6.QtCore import QEvent, QObject, Qt
        from PySide6.QtWidgets import QApplication

        class Filter(QObject):
            def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt name)
                t = event.type()
                if t == QEvent.Type.Enter and obj is window.quick_exit_button:
                    print("HOVER", flush=True)
                elif t == QEvent.Type.KeyPress and obj.isWindowType() and event.key() == Qt.Key.Key_F11:
                    print("KEYSEEN F11", flush=True)
                return False

        self.filter = Filter()
        QApplication.instance().installEventFilter(self.filter)


def _drive_modal(window, kind: str, report_input: bool = False) -> None:
    from PySide6.QtCore import QTimer

    if report_input:
        window.input_reporter = _InputReporter(window)
    QTimer.singleShot(0, lambda: _report_modal(window, kind))
    _open_modal(window, kind)


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--audit", action="store_true")
    p.add_argument("--app-dir")
    p.add_argument("--trigger", default="key", choices=("key", "shift", "button"))
    p.add_argument("--modal", choices=MODAL_KINDS)
    p.add_argument("--report-input", action="store_true")
    p.add_argument("app_args", nargs="*")
    args = p.parse_args()
    if args.audit:
        sys.addaudithook(_audit)
    if args.app_dir:
        import iia_help.paths

        iia_help.paths.app_dir = lambda: Path(args.app_dir)
    from PySide6.QtCore import QTimer

    from iia_help.cli import main as cli_main
    from iia_help.ui.app import create_application

    create_application([])

    def drive() -> None:
        from PySide6.QtWidgets import QApplication

        window = next((w for w in QApplication.topLevelWidgets() if w.objectName() == "mainWindow"), None)
        # Start once the app has finished starting up: after its first frame it installs worker mode (the first-run
        # questions, if any, wait at the foot of the window and block nothing).
        if window is None or window.worker_mode is None:
            QTimer.singleShot(20, drive)
            return
        try:
            if args.modal:
                _drive_modal(window, args.modal, args.report_input)
                return
            _session(window, args.trigger)
        except Exception as exc:  # make a failure visible to the parent test, then stop
            print(f"SESSION-ERROR {type(exc).__name__}: {exc}", flush=True)
            QApplication.exit(3)

    QTimer.singleShot(50, drive)
    rc = cli_main(list(args.app_args))
    print(f"RC {rc}", flush=True)
    print(f"QTNETWORK {int(any(m.startswith('PySide6.QtNetwork') for m in sys.modules))}", flush=True)
    print(f"SOCKET-EVENTS {len(SOCKET_EVENTS)}", flush=True)
    return rc


if __name__ == "__main__":
    sys.exit(main())
