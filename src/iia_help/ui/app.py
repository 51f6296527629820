"""Start the Qt application and show the main window."""

from __future__ import annotations

import os
import sys

from iia_help.context import AppContext
from iia_help.paths import DATA_DIR_NAME, AppPaths


def prepare_environment() -> None:
    """Settings that must be in place before Qt starts: no GPU shader caches written to the user's folders."""
    os.environ.setdefault("MESA_SHADER_CACHE_DISABLE", "true")
    os.environ.setdefault("QT_ENABLE_GLYPH_CACHE_WORKAROUND", "1")


def create_application(argv: list[str] | None = None):
    from PySide6.QtWidgets import QApplication

    prepare_environment()
    app = QApplication.instance() or QApplication([sys.argv[0], *(argv or [])])
    app.setApplicationName(DATA_DIR_NAME)
    app.setOrganizationName("")
    app.setDesktopFileName("")
    return app


def build_main_window(ctx: AppContext):
    from iia_help.ui.main_window import MainWindow
    from iia_help.ui.theme import apply_theme

    apply_theme(ctx)
    return MainWindow(ctx)


def run_app(paths: AppPaths, qt_args: list[str] | None = None) -> int:
    import shiboken6
    from PySide6.QtCore import QTimer

    from iia_help.ui.first_run import maybe_run_first_run
    from iia_help.ui.panic import install_panic
    from iia_help.ui.worker.panel import install_worker_mode

    app = create_application(qt_args)
    ctx = AppContext.load(paths)
    app.setApplicationDisplayName(ctx.settings.window_title)
    window = build_main_window(ctx)
    install_panic(app, window, ctx)  # panic key, triple Shift and Quick exit for every window and dialog
    install_worker_mode(app, window, ctx)
    window.show()
    bench = os.environ.get("IIA_BENCH_EXIT_AFTER_SHOW")
    if bench:
        _exit_after_first_paint(app)
    else:
        # Inside the main loop, so a panic during the first-run questions leaves both loops at once.
        def after_show() -> None:
            maybe_run_first_run(ctx, window)
            if shiboken6.isValid(window) and window.isVisible():
                window.worker_mode.refresh()

        QTimer.singleShot(0, after_show)
    try:
        return app.exec()
    finally:
        _tear_down(app)


def _tear_down(app) -> None:
    """Destroy every window and the app-wide event filter while Qt is still whole.

    Left to Python's shutdown, Qt objects die in an arbitrary order after QApplication, which can crash the
    process on its way out.
    """
    from PySide6.QtCore import QCoreApplication, QEvent

    from iia_help.ui.panic import current_controller

    ctrl = current_controller()
    if ctrl is not None:
        app.removeEventFilter(ctrl)
    for w in app.topLevelWidgets():
        w.hide()
        w.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()


def _exit_after_first_paint(app) -> None:
    """Benchmark hook (benchmarks/bench_startup.py): report when the first window has been painted, then quit."""
    import time

    from PySide6.QtCore import QTimer

    def done() -> None:
        print(f"FIRST-WINDOW {time.monotonic_ns()}", flush=True)
        app.quit()

    QTimer.singleShot(0, done)
