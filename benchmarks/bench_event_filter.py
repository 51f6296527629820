"""What the app's event filtering costs: ordinary window traffic with and without it.

    python benchmarks/bench_event_filter.py [--quick] [--rounds N]

Two workloads, each with every page of the main window built, each step followed by ``processEvents()``:

- ``qt-modal`` (issue 25's own): 20 Qt-modal message boxes opened and closed (each one blocks and unblocks every
  widget behind it: about a thousand events) and 4 page switches;
- ``app-dialog``: the same, but each box is shown the way the app shows its dialogs now (``ui/modal.py``'s
  ``open_dialog``: no Qt modality; the main window is made inert behind it, every part of it disabled, and put back
  when the box is accepted), and 4 page switches.

Each runs, interleaved round by round in the same process, with no event filtering of the app's (the baseline),
with the app's own filtering installed as the app installs it once the first page is up (the panic keys, the
window watch and the wheel guard), and with a Python filter on the application that does nothing (the floor any
Python app-wide filter pays: PySide6 wraps the object and the event for each call). CPU time of this process, on
Xvfb when it is installed (a real window system), else offscreen. Prints the medians and ratios, and RESULT lines
for benchmarks/run.py. Asserts nothing.
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


def _cycle_end(app) -> None:
    from PySide6.QtCore import QCoreApplication, QEvent

    app.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # no event loop runs here


def workload_qt_modal(app, window) -> None:
    from PySide6.QtWidgets import QMessageBox

    for _ in range(CYCLES):
        box = QMessageBox(QMessageBox.Icon.Information, "Notes", "Saved.", QMessageBox.StandardButton.Ok, window)
        box.setModal(True)
        box.show()
        app.processEvents()
        box.hide()
        app.processEvents()
        box.deleteLater()
        _cycle_end(app)
    _switch_pages(app, window)


def workload_app_dialog(app, window) -> None:
    """What the app does now: ``ui/modal.py`` shows the box without Qt modality and makes the window inert."""
    from PySide6.QtWidgets import QMessageBox

    from iia_help.ui.modal import open_dialog

    for _ in range(CYCLES):
        box = QMessageBox(QMessageBox.Icon.Information, "Notes", "Saved.", QMessageBox.StandardButton.Ok, window)
        open_dialog(box)
        app.processEvents()
        box.accept()  # what pressing OK does: hidden, the window behind put back
        app.processEvents()
        box.deleteLater()
        _cycle_end(app)
    _switch_pages(app, window)


def _switch_pages(app, window) -> None:
    for name in SWITCHES:
        window.navigate(name)
        app.processEvents()


WORKLOADS = {"qt-modal": workload_qt_modal, "app-dialog": workload_app_dialog}
#: Kept for callers of the first version of this benchmark.
workload = workload_qt_modal


def install(app, window, ctx):
    """The app's event filtering exactly as ``ui/app.py`` starts it once the first page is up (the panic
    controller's ``start_filtering`` and the wheel guard); returns how to take it off again."""
    from iia_help.ui.panic import install_panic
    from iia_help.ui.wheel_guard import install_wheel_guard, remove_wheel_guard

    ctrl = install_panic(app, window, ctx, watchdog=False)
    install_wheel_guard(app)

    def remove() -> None:
        ctrl.stop_filtering()
        remove_wheel_guard()
        app.processEvents()  # the guard is deleted later

    return remove


def cpu_ms(app, window, work) -> float:
    """CPU time of one workload run (this process only: steadier than wall time on a shared machine)."""
    t0 = time.process_time_ns()
    work(app, window)
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


def count_events(app, window, work) -> int:
    counter = _python_filter(count=True)
    app.installEventFilter(counter)
    work(app, window)
    app.removeEventFilter(counter)
    return counter.n


def run(rounds: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        app, window, ctx = build_window(Path(tmp) / "data")
        _quiet_qt()
        nothing = _python_filter(count=False)
        events = {}
        for key, work in WORKLOADS.items():
            events[key] = count_events(app, window, work)
            work(app, window)  # warm-up of every path
            remove = install(app, window, ctx)
            work(app, window)
            remove()
        kinds = ("bare", "app", "floor")
        runs: dict[tuple[str, str], list[float]] = {(w, k): [] for w in WORKLOADS for k in kinds}
        for i in range(rounds):
            order = list(runs) if i % 2 == 0 else list(reversed(runs))
            for wl, which in order:
                work = WORKLOADS[wl]
                if which == "bare":
                    runs[wl, which].append(cpu_ms(app, window, work))
                elif which == "floor":
                    app.installEventFilter(nothing)
                    runs[wl, which].append(cpu_ms(app, window, work))
                    app.removeEventFilter(nothing)
                else:
                    remove = install(app, window, ctx)
                    runs[wl, which].append(cpu_ms(app, window, work))
                    remove()
        med = {k: statistics.median(v) for k, v in runs.items()}
        platform = os.environ.get("QT_QPA_PLATFORM", "")
        labels = {"bare": "no app filtering", "app": "the app's filtering",
                  "floor": "a Python app filter doing nothing"}
        names = {"qt-modal": f"{CYCLES} Qt-modal boxes open/close + {len(SWITCHES)} page switches",
                 "app-dialog": f"{CYCLES} app dialogs (ui/modal.py, window inert) open/close + {len(SWITCHES)} "
                               "page switches"}
        print(f"platform {platform}; CPU ms, median of {rounds} interleaved rounds")
        for wl in WORKLOADS:
            bare = med[wl, "bare"]
            print(f"{wl}: {names[wl]}; {events[wl]} events per run")
            for k, label in labels.items():
                print(f"  {label:<34} {med[wl, k]:8.1f} ms  ({(med[wl, k] / bare - 1) * 100:+4.0f} %)   runs: "
                      + ", ".join(f"{x:.0f}" for x in runs[wl, k]))
        for wl in WORKLOADS:
            name = f"app event filtering: {names[wl]}, all pages built"
            if wl == "qt-modal":  # the name benchmarks/run.py has reported since issue 25
                name = (f"app-wide event filter: {CYCLES} modal open/close + {len(SWITCHES)} page switches, "
                        "all pages built")
            result(name, med[wl, "app"], "ms", baseline=med[wl, "bare"],
                   baseline_label="the same workload with no app filtering", target=1.35, target_on="ratio",
                   note=f"CPU time, median of {rounds} interleaved rounds on {platform}, {events[wl]} events "
                        f"per round; a Python app filter that does nothing: {med[wl, 'floor']:.0f} ms")


if __name__ == "__main__":
    main()
