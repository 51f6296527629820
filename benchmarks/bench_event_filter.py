"""What the app-wide event filter costs: a workload of ordinary window traffic with and without it.

    python benchmarks/bench_event_filter.py [--quick] [--rounds N]

The workload (issue 25): with every page of the main window built, 20 modal dialogs opened and closed (each one
blocks and unblocks every widget behind it: about a thousand events) and 4 page switches, each step followed by
``processEvents()``. It runs, interleaved round by round in the same process, with no app filter (the baseline)
and with the app's own filter installed as the app installs it once the first page is up (the panic keys, the
window watch and the wheel guard), and with a Python filter that does nothing (the floor any Python app-wide
filter pays: PySide6 wraps the object and the event for each call). CPU time of this process, on Xvfb when it is
installed (a real window system), else offscreen. Prints the medians and ratios, and RESULT lines for
benchmarks/run.py. Asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from common import result  # noqa: E402

CYCLES = 20
SWITCHES = ("contacts", "journal", "settings", "guidance")


def _quiet_qt() -> None:
    from PySide6.QtCore import qInstallMessageHandler

    qInstallMessageHandler(lambda *_a: None)  # the offscreen platform's warnings would swamp the figures


def _python_filter(count: bool):
    """A Python app filter that does nothing (the floor of any Python app-wide filter) or only counts events."""
    from PySide6.QtCore import QObject

    class _Nothing(QObject):
        n = 0

        def eventFilter(self, _obj, _event) -> bool:  # noqa: N802 (Qt name)
            if count:
                self.n += 1
            return False

    return _Nothing()


def build_window(data: Path):
    from iia_help.context import AppContext
    from iia_help.paths import AppPaths
    from iia_help.settings import Settings
    from iia_help.ui.app import build_main_window, create_application

    app = create_application([])
    ctx = AppContext(AppPaths(data), Settings(region="scotland", audience="self", after_panic="minimise"))
    ctx.guest = True  # nothing written
    window = build_main_window(ctx)
    window.show()
    for name in (*SWITCHES, "guidance"):
        window.navigate(name)
        app.processEvents()
    return app, window, ctx


def workload(app, window) -> None:
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QMessageBox

    for _ in range(CYCLES):
        box = QMessageBox(QMessageBox.Icon.Information, "Notes", "Saved.", QMessageBox.StandardButton.Ok, window)
        box.setModal(True)
        box.show()
        app.processEvents()
        box.hide()
        app.processEvents()
        box.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # no event loop runs here
    for name in SWITCHES:
        window.navigate(name)
        app.processEvents()


def install(app, window, ctx):
    """The app-wide filter(s) exactly as ``ui/app.py`` installs them; returns how to remove them."""
    from iia_help.ui import app as app_mod

    installer = getattr(app_mod, "install_app_filter", None)
    if installer is not None:  # one filter, dispatching by event type
        from iia_help.ui.panic import install_panic

        ctrl = install_panic(app, window, ctx, watchdog=False, first_frame=True)
        installer(app, ctrl)
        return lambda: app_mod.remove_app_filter(app)
    from iia_help.ui.panic import install_panic  # before issue 25: two app-wide filters
    from iia_help.ui.wheel_guard import install_wheel_guard, remove_wheel_guard

    ctrl = install_panic(app, window, ctx, watchdog=False)
    install_wheel_guard(app)

    def remove() -> None:
        ctrl.stop_filtering()
        remove_wheel_guard()

    return remove


def cpu_ms(app, window) -> float:
    """CPU time of one workload run (this process only: steadier than wall time on a shared machine)."""
    t0 = time.process_time_ns()
    workload(app, window)
    return (time.process_time_ns() - t0) / 1e6


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--rounds", type=int, default=0)
    args = ap.parse_args()
    rounds = args.rounds or (3 if args.quick else 9)
    xvfb = None
    if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen" and shutil.which("Xvfb"):
        from xdisplay import start_xvfb  # a real window system: what a person's computer does per event

        xvfb, os.environ["DISPLAY"] = start_xvfb()
        os.environ["QT_QPA_PLATFORM"] = "xcb"
    try:
        run(rounds)
    finally:
        if xvfb is not None:
            from xdisplay import stop

            stop(xvfb)


def run(rounds: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        app, window, ctx = build_window(Path(tmp) / "data")
        _quiet_qt()
        counter = _python_filter(count=True)
        app.installEventFilter(counter)
        workload(app, window)
        app.removeEventFilter(counter)
        events = counter.n
        nothing = _python_filter(count=False)
        workload(app, window)  # warm-up of every path
        remove = install(app, window, ctx)
        workload(app, window)
        remove()
        runs: dict[str, list[float]] = {"bare": [], "app": [], "floor": []}
        for i in range(rounds):
            order = list(runs) if i % 2 == 0 else list(reversed(runs))
            for which in order:
                if which == "bare":
                    runs[which].append(cpu_ms(app, window))
                elif which == "floor":
                    app.installEventFilter(nothing)
                    runs[which].append(cpu_ms(app, window))
                    app.removeEventFilter(nothing)
                else:
                    remove = install(app, window, ctx)
                    runs[which].append(cpu_ms(app, window))
                    remove()
        med = {k: statistics.median(v) for k, v in runs.items()}
        platform = os.environ.get("QT_QPA_PLATFORM", "")
        print(f"platform {platform}; events per workload run: {events}; CPU ms, median of {rounds} rounds")
        labels = {"bare": "no app filter", "app": "the app's filter", "floor": "a Python filter doing nothing"}
        for k, label in labels.items():
            print(f"  {label:<32} {med[k]:8.1f} ms  (+{(med[k] / med['bare'] - 1) * 100:4.0f} %)   runs: "
                  + ", ".join(f"{x:.0f}" for x in runs[k]))
        name = f"app-wide event filter: {CYCLES} modal open/close + {len(SWITCHES)} page switches, all pages built"
        result(name, med["app"], "ms", baseline=med["bare"], baseline_label="the same workload with no app filter",
               target=1.35, target_on="ratio",
               note=f"CPU time, median of {rounds} interleaved rounds on {platform}, {events} events per round; "
                    f"a Python filter that does nothing: {med['floor']:.0f} ms")


if __name__ == "__main__":
    main()
