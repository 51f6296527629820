"""Start the Qt application and show the main window."""

from __future__ import annotations

import contextlib
import os
import sys

from iia_help.context import AppContext
from iia_help.paths import AppPaths

#: What the desktop is told the app is called, the same from source, pip or the built app: the Wayland app_id
#: (the desktop file name), the X11 WM_CLASS ("notes", "Notes") and Qt's application name. Taskbars, Alt+Tab,
#: docks and window lists show or group by these, so they say nothing about the app.
NEUTRAL_ID = "notes"
NEUTRAL_NAME = "Notes"


def prepare_environment() -> None:
    """Settings that must be in place before Qt starts: no GPU shader caches written to the user's folders, and
    no D-Bus session bus started for the app (see ``session_bus_address``)."""
    os.environ.setdefault("MESA_SHADER_CACHE_DISABLE", "true")
    os.environ.setdefault("QT_ENABLE_GLYPH_CACHE_WORKAROUND", "1")
    bus = session_bus_address(os.environ)
    if bus is not None:
        os.environ["DBUS_SESSION_BUS_ADDRESS"] = bus
    prefer_xwayland(os.environ)


def session_bus_address(env) -> str | None:
    """What DBUS_SESSION_BUS_ADDRESS should be before Qt connects to D-Bus (None: leave it). Qt asks the session
    bus about accessibility at start; with no bus in the environment, libdbus "autolaunches" one with
    dbus-launch, which writes ``~/.dbus/session-bus/<machine id>-<display>`` and leaves a bus running. So on
    Linux, with no address set: the systemd user bus if there is one (what libdbus would have used), else
    "disabled:" (no bus: nothing started, nothing written). A desktop session always sets the address, and screen
    readers use the bus it names, so they are not affected."""
    if not sys.platform.startswith("linux") or env.get("DBUS_SESSION_BUS_ADDRESS"):
        return None
    runtime = env.get("XDG_RUNTIME_DIR", "")
    if runtime and os.path.exists(os.path.join(runtime, "bus")):
        return f"unix:path={os.path.join(runtime, 'bus')}"
    return "disabled:"


def prefer_xwayland(env) -> None:
    """On a Wayland session with XWayland running, use it (``xcb``, falling back to ``wayland``), unless the person
    chose a platform themselves (``QT_QPA_PLATFORM``). Under XWayland the native panic filter also covers anything
    Qt itself shows modally; the app's own dialogs never block a window anyway (ui/modal.py), so the panic works
    on plain Wayland too. Never plain ``xcb``: that aborts where XWayland is missing."""
    if sys.platform != "linux" or env.get("QT_QPA_PLATFORM"):
        return
    wayland = env.get("WAYLAND_DISPLAY") or env.get("XDG_SESSION_TYPE", "").lower() == "wayland"
    if wayland and env.get("DISPLAY"):
        env["QT_QPA_PLATFORM"] = "xcb;wayland"


def create_application(argv: list[str] | None = None):
    from PySide6.QtWidgets import QApplication

    prepare_environment()
    # "-name": the X11 WM_CLASS instance (else the program's file name, e.g. "iia-help" or "python3").
    app = QApplication.instance() or QApplication([sys.argv[0], "-name", NEUTRAL_ID, *(argv or [])])
    app.setApplicationName(NEUTRAL_NAME)  # WM_CLASS class; the data folder's name is paths.DATA_DIR_NAME
    app.setOrganizationName("")
    app.setDesktopFileName(NEUTRAL_ID)  # the Wayland app_id (else "python3" from source)
    no_icon_themes()
    return app


def no_icon_themes() -> None:
    """Never search the computer's icon themes. The app draws its own icons; Qt's file dialog asked for a dozen
    theme icons the first time it opened, testing thousands of paths (the first Save or Add files took 1-2.5 s on
    a slow machine; ~0.1 s without; benchmarks/bench_file_dialog.py). Dialogs use the style's own icons."""
    from PySide6.QtGui import QIcon

    QIcon.setThemeSearchPaths([":/iia-help-no-icon-theme"])  # an empty list would mean Qt's default paths
    QIcon.setFallbackSearchPaths([])


def system_region_guess() -> str:
    """Where this computer seems to be, from its language and time zone (``iia_help.region_guess``). Qt knows
    both on every system (Windows' own zone names too); the C library's view is the fallback."""
    from iia_help.region_guess import guess_region, system_locale_and_zone

    loc, tz = system_locale_and_zone()
    with contextlib.suppress(Exception):  # a guess is never worth a failed start
        from PySide6.QtCore import QLocale, QTimeZone

        loc = loc or QLocale.system().name()
        tz = tz or bytes(QTimeZone.systemTimeZoneId()).decode("ascii", "replace")
    return guess_region(loc, tz).region


def build_main_window(ctx: AppContext, *, first_frame: bool = False):
    """The styled main window. ``first_frame=True``: the light first frame ``run_app`` shows (no page yet, dark
    mode guessed from the palette); call ``finish_start(window)`` once it is on screen."""
    from iia_help.ui.main_window import MainWindow
    from iia_help.ui.theme import apply_theme

    apply_theme(ctx, first_frame=first_frame)
    return MainWindow(ctx, defer_first_page=first_frame)


def finish_start(window) -> None:
    """The rest of a ``first_frame`` window: the real dark-mode check (restyles only if the guess was wrong),
    then the first page. This is where PySide6 first builds its ``Qt`` namespace."""
    from iia_help.ui.theme import apply_theme

    apply_theme(window.ctx)
    window.finish_start()


def system_language() -> str:
    """The computer's language if the app has it (``iia_help.language.system_language``); on macOS from Qt's
    list of the person's preferred languages."""
    from iia_help.language import DEFAULT
    from iia_help.language import system_language as core_system_language

    ui_languages: list[str] = []
    if sys.platform == "darwin":
        with contextlib.suppress(Exception):
            from PySide6.QtCore import QLocale

            ui_languages = list(QLocale.system().uiLanguages())
    try:
        return core_system_language(ui_languages=ui_languages)
    except Exception:  # noqa: BLE001 (a guess is never worth a failed start)
        return DEFAULT


def run_app(paths: AppPaths, qt_args: list[str] | None = None, *, language: str = "") -> int:
    """Start the app. The first frame shows what the person will read: the top bar (with Quick exit), the
    section buttons and the first page (the help, or the page open at the last panic) with the optional
    questions below it; nothing is shown empty first. The panic keys are live from that frame (watched on the
    main window's native window); no Python event filter runs yet (tests/test_shell.py checks). With the
    discreet start, the first frame is the plain page alone, as light as a bare window. Once the first frame is
    on screen: the panic handlers in the app's event filter and the rest."""
    import shiboken6

    from iia_help.ui.panic import install_panic

    app = create_application(qt_args)
    ctx = AppContext.load(paths)
    ctx.region_guess = system_region_guess()
    ctx.language_command_line = language
    ctx.system_language = system_language()
    from iia_help.language import is_rtl

    if is_rtl(ctx.language):  # only then: the English first frame stays as light as it was
        from iia_help.ui.language_choice import apply_direction

        apply_direction(ctx)
    app.setApplicationDisplayName(ctx.settings.window_title)
    window = build_main_window(ctx, first_frame=True)
    if ctx.settings.start_screen:  # a plain page that says nothing about the app (ui/discreet.py)
        from iia_help.ui.discreet import install_discreet_start

        install_discreet_start(window)
    # Before show: Quick exit, the panic key and triple Shift work from the first frame (keys are watched on the
    # main window's native window); the app's event filter, for every dialog and menu, starts once the first page
    # is on screen, before anything can open a dialog.
    install_panic(app, window, ctx, first_frame=True)
    bench = os.environ.get("IIA_BENCH_EXIT_AFTER_SHOW", "")
    from iia_help.ui import resume
    from iia_help.ui.discreet import cover_of

    resume.install(ctx, window)  # the page open at a panic is where the next start returns
    built_first = cover_of(window) is None
    if built_first:
        # No empty first frame: the page (and the questions under it) are built before the window is shown.
        from iia_help.ui.first_run import install_first_questions

        if ctx.settings.view:
            resume.resume(ctx, window)  # before the first page is built: no start page shown first
        finish_start(window)
        install_first_questions(ctx, window)  # optional, at the foot of the window: help stays first

    def after_first_paint() -> None:
        # The first page; once it is on screen (so it shows as soon as it can), the rest.
        if shiboken6.isValid(window):
            if not built_first:  # the discreet start: the plain page was the first frame
                finish_start(window)
            page = window.stack.currentWidget() or window
            _call_after_first_paint(page, after_first_page)
            page.update()  # a page already on screen (the discreet start's plain page) paints again now
            if bench == "page":  # installed last, so it reports the page before the rest starts
                _bench_marker(app, page, bench)

    def after_first_page() -> None:
        # Inside the main loop, so a panic during the first-run questions leaves both loops at once.
        from iia_help.fsutil import remove_stale_temps
        from iia_help.ui.support.panel import install_worker_mode

        if not shiboken6.isValid(window):
            return
        window.panic_controller.start_filtering()
        from iia_help.ui.wheel_guard import install_wheel_guard

        install_wheel_guard(app)  # the wheel changes no setting by accident (drop-downs, number boxes...)
        remove_stale_temps(ctx.paths.data_dir)  # left by a process killed mid-write (ciphertext, settings)
        install_worker_mode(app, window, ctx)
        window.worker_mode.refresh()
        if not bench and window.isVisible() and cover_of(window) is None:  # not after a panic
            from iia_help.ui.first_run import focus_page

            focus_page(window)  # the keyboard starts on the page, never on Quick exit

    _call_after_first_paint(window, after_first_paint)
    if bench and bench != "page":  # installed last, so it reports the first frame before the deferred work starts
        _bench_marker(app, window, bench)
    window.show()
    try:
        return app.exec()
    finally:
        _tear_down(app)


def _tear_down(app) -> None:
    """Destroy every window and the app's event filter while Qt is still whole.

    Left to Python's shutdown, Qt objects die in an arbitrary order after QApplication, which can crash the
    process on its way out.
    """
    from PySide6.QtCore import QCoreApplication, QEvent

    from iia_help.ui.panic import current_controller
    from iia_help.ui.wheel_guard import remove_wheel_guard

    ctrl = current_controller()
    if ctrl is not None:
        ctrl.stop_filtering()  # its handlers and the native filter
    remove_wheel_guard()
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

    # The window itself gets no paint event when opaque children cover it all (the discreet start's plain page
    # inside the page scroll area), so that page is watched too.
    targets = [window]
    from iia_help.ui.main_window import MainWindow

    cover = window.shell.start_cover if isinstance(window, MainWindow) else None
    if cover is not None:
        targets.append(cover)

    class FirstPaint(QObject):
        def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt name)
            if event.type() == QEvent.Type.Paint:
                for target in targets:
                    with contextlib.suppress(RuntimeError):  # the plain page may already be gone
                        target.removeEventFilter(self)
                QTimer.singleShot(0, run)  # runs once this frame has been painted and flushed
            return False

    watcher = FirstPaint(window)
    for target in targets:
        target.installEventFilter(watcher)
    if fallback_ms is not None:
        QTimer.singleShot(fallback_ms, run)


def _bench_marker(app, window, mode: str) -> None:
    """Benchmark hook (benchmarks/bench_startup.py, packaging/build.py): print ``FIRST-WINDOW <monotonic ns>``
    when the first window is up, then quit. ``mode`` "paint": once its first frame has been painted (the line
    then ends in " paint"); "page": once the first page (built just after that frame) has been painted (the
    line ends in " page"); any other value: right after show()."""
    import time

    from PySide6.QtCore import QTimer

    def done() -> None:
        print(f"FIRST-WINDOW {time.monotonic_ns()}" + (f" {mode}" if mode in ("paint", "page") else ""), flush=True)
        app.quit()

    if mode in ("paint", "page"):
        _call_after_first_paint(window, done, fallback_ms=None)  # a slow first frame must not be reported early
    else:
        QTimer.singleShot(0, done)
