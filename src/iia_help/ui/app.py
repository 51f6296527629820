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
    app = create_application(qt_args)
    ctx = AppContext.load(paths)
    app.setApplicationDisplayName(ctx.settings.window_title)
    window = build_main_window(ctx)
    window.show()
    if os.environ.get("IIA_BENCH_EXIT_AFTER_SHOW"):
        _exit_after_first_paint(app)
    return app.exec()


def _exit_after_first_paint(app) -> None:
    """Benchmark hook (benchmarks/bench_startup.py): report when the first window has been painted, then quit."""
    import time

    from PySide6.QtCore import QTimer

    def done() -> None:
        print(f"FIRST-WINDOW {time.monotonic_ns()}", flush=True)
        app.quit()

    QTimer.singleShot(0, done)
