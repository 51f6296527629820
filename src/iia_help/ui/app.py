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

    from iia_help.ui.panic import install_panic

    app = create_application(qt_args)
    ctx = AppContext.load(paths)
    app.setApplicationDisplayName(ctx.settings.window_title)
    window = build_main_window(ctx)
    install_panic(app, window, ctx)  # before show: panic key, triple Shift and Quick exit work from the first frame
    bench = os.environ.get("IIA_BENCH_EXIT_AFTER_SHOW", "")

    def after_first_paint() -> None:
        # Work the first frame need not wait for. Inside the main loop, so a panic during the first-run
        # questions leaves both loops at once.
        from iia_help.fsutil import remove_stale_temps
        from iia_help.ui.first_run import maybe_run_first_run
        from iia_help.ui.worker.panel import install_worker_mode

        if not shiboken6.isValid(window):
            return
        remove_stale_temps(ctx.paths.data_dir)  # left by a process killed mid-write (ciphertext, settings)
        install_worker_mode(app, window, ctx)
        window.worker_mode.refresh()
        if not bench and window.isVisible():  # not after a panic: the questions would bring the app back
            maybe_run_first_run(ctx, window)
            if shiboken6.isValid(window) and window.isVisible():
                window.worker_mode.refresh()  # the answers may have switched guest sessions on

    _call_after_first_paint(window, after_first_paint)
    if bench:  # installed last, so it reports the first frame before the deferred work starts
        _bench_marker(app, window, bench)
    window.show()
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


def _call_after_first_paint(window, fn, *, fallback_ms: int | None = 500) -> None:
    """Call ``fn`` once, from the event loop, after ``window`` has painted its first frame (or after
    ``fallback_ms`` if it never paints, e.g. when it starts minimised; None: wait for the paint)."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    state = {"done": False}

    def run() -> None:
        if not state["done"]:
            state["done"] = True
            fn()

    class FirstPaint(QObject):
        def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt name)
            if event.type() == QEvent.Type.Paint:
                obj.removeEventFilter(self)
                QTimer.singleShot(0, run)  # runs once this frame has been painted and flushed
            return False

    watcher = FirstPaint(window)
    window.installEventFilter(watcher)
    if fallback_ms is not None:
        QTimer.singleShot(fallback_ms, run)


def _bench_marker(app, window, mode: str) -> None:
    """Benchmark hook (benchmarks/bench_startup.py, packaging/build.py): print ``FIRST-WINDOW <monotonic ns>``
    when the first window is up, then quit. ``mode`` "paint": once its first frame has been painted (the line
    then ends in " paint"); any other value: right after show()."""
    import time

    from PySide6.QtCore import QTimer

    def done() -> None:
        print(f"FIRST-WINDOW {time.monotonic_ns()}" + (" paint" if mode == "paint" else ""), flush=True)
        app.quit()

    if mode == "paint":
        _call_after_first_paint(window, done, fallback_ms=None)  # a slow first frame must not be reported early
    else:
        QTimer.singleShot(0, done)
