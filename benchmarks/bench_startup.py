"""Cold start to first window shown, whole process, against a bare PySide6 window in the same run.

    python benchmarks/bench_startup.py [--quick] [--runs N]

Each run spawns a fresh Python process: ``python -m iia_help --data-dir <tmp>`` and, interleaved with it,
``benchmarks/baseline_window.py`` (a QMainWindow holding a QTextBrowser). Both are started with
IIA_BENCH_EXIT_AFTER_SHOW set, which makes them print ``FIRST-WINDOW <monotonic ns>`` and quit: with the value
``paint`` after the window's first paint (the line then ends in `` paint``); an app that only knows ``1`` prints
it from a zero-delay timer right after ``window.show()`` (a few ms before the first paint), and then the baseline
is run the same way so the comparison stays fair. The figure is spawn -> marker (CLOCK_MONOTONIC is shared by all
processes).

Offscreen, the app is also timed to its first page painted (``IIA_BENCH_EXIT_AFTER_SHOW=page``: the app's first
frame is a light one, and the home text follows it) against the same baseline, reported with no target.
Runs use compiled bytecode, like an installed app: the warm-up run compiles into a private PYTHONPYCACHEPREFIX.

Done twice: with the offscreen platform, and on a private Xvfb display (real X11 mapping) when Xvfb is
installed. If the app lacks the marker, on Xvfb we fall back to polling ``xdotool search --onlyvisible``
(window mapped, a few ms coarser) for both programs; offscreen is then "not available".
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import REPO, isolated_env, result
from xdisplay import XvfbError, start_xvfb, stop

MARKER = "FIRST-WINDOW"
TIMEOUT = 60
TITLE = "Notes"  # Settings.window_title default; both programs use it
# Marker mode for both programs: "paint" (after the first frame) if the app supports it, else "1" (after show()).
MODE = ["paint"]


def probe_marker(data_dir: Path, env: dict[str, str]) -> str | None:
    """Which marker the app prints: 'paint', 'show', or None (no marker at all)."""
    env = {**env, "IIA_BENCH_EXIT_AFTER_SHOW": "paint"}
    try:
        proc = subprocess.run(_app_cmd(data_dir), env=env, capture_output=True, text=True, timeout=TIMEOUT,
                              cwd=env["TMPDIR"])
    except subprocess.TimeoutExpired:
        return None
    for line in proc.stdout.splitlines():
        if line.startswith(MARKER + " "):
            return "paint" if line.split()[-1] == "paint" else "show"
    return None


def _app_cmd(data_dir: Path) -> list[str]:
    return [sys.executable, "-m", "iia_help", "--data-dir", str(data_dir)]


def _baseline_cmd() -> list[str]:
    return [sys.executable, str(REPO / "benchmarks" / "baseline_window.py")]


def run_marker(cmd: list[str], env: dict[str, str], mode: str | None = None) -> float | None:
    """Spawn cmd with the marker variable (``mode``, default MODE[0]); ms from spawn to the FIRST-WINDOW line,
    or None."""
    env = {**env, "IIA_BENCH_EXIT_AFTER_SHOW": mode or MODE[0]}
    t0 = time.monotonic_ns()
    try:
        proc = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=TIMEOUT, cwd=env["TMPDIR"])
    except subprocess.TimeoutExpired:
        return None
    for line in proc.stdout.splitlines():
        if line.startswith(MARKER + " "):
            return (int(line.split()[1]) - t0) / 1e6
    return None


def run_xdotool(cmd: list[str], env: dict[str, str]) -> float | None:
    """Fallback on X11: spawn cmd, poll ``xdotool search --onlyvisible`` until a window titled TITLE is mapped
    (each poll is a few ms; ``--sync`` alone polls only every 0.5 s), then kill cmd."""
    env = {k: v for k, v in env.items() if k != "IIA_BENCH_EXIT_AFTER_SHOW"}
    t0 = time.monotonic_ns()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=env["TMPDIR"])
    try:
        deadline = time.monotonic() + TIMEOUT
        while time.monotonic() < deadline and proc.poll() is None:
            found = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", f"^{TITLE}$"],
                                   env=env, capture_output=True)
            if found.returncode == 0:
                return (time.monotonic_ns() - t0) / 1e6
            time.sleep(0.002)
        return None
    finally:
        proc.kill()
        proc.wait()


@contextlib.contextmanager
def xvfb():
    """Start a private Xvfb display; yields ':N' or None if Xvfb is missing or fails to start."""
    try:
        proc, display = start_xvfb("1280x1024x24")
    except XvfbError as exc:
        print(f"  ({exc})")
        yield None
        return
    try:
        yield display
    finally:
        stop(proc)


def measure(label: str, env: dict[str, str], data_dir: Path, runs: int, method, *, page: bool = False) -> None:
    """``page``: time the app to its first page painted (marker "page": the guidance text is on screen), the
    baseline as usual (its first frame already shows its text). No target: the issue's target is the first
    window; this figure says when there is something to read."""
    app_cmd, base_cmd = _app_cmd(data_dir), _baseline_cmd()

    def run_app(cmd, env):
        return method(cmd, env, "page") if page else method(cmd, env)

    run_app(app_cmd, env), method(base_cmd, env)  # warm the OS file cache (and compile the app) -- not counted
    app, base = [], []
    for i in range(runs):  # interleaved, alternating order, so drift on a shared machine hits both alike
        pair = [(app_cmd, app, run_app), (base_cmd, base, method)]
        for cmd, out, run in pair if i % 2 == 0 else reversed(pair):
            ms = run(cmd, env)
            if ms is not None:
                out.append(ms)
    how = ("marker after first paint" if MODE[0] == "paint" else "marker after show()") if method is run_marker \
        else "xdotool polling (map, not paint)"
    if page:
        how = "marker after the first page's first paint (baseline: after its first paint)"
    name = f"cold start to first page readable ({label})" if page else f"cold start to first window ({label})"
    target = None if page else 1.25
    if not app or not base:
        result(name, None, "ms", baseline_label="bare PySide6 window", target=target, target_on="ratio",
               note=f"not available: no {how} reading")
        return
    a, b = statistics.median(app), statistics.median(base)
    print(f"{label}{' (first page)' if page else ''}: app median {a:.0f} ms (min {min(app):.0f}, n={len(app)}), "
          f"baseline median {b:.0f} ms (min {min(base):.0f}, n={len(base)}), ratio {a / b:.2f}x  [{how}]")
    result(name, a, "ms", baseline=b, baseline_label="bare PySide6 window + QTextBrowser", target=target,
           target_on="ratio", note=f"median of {len(app)} interleaved runs, spawn to {how}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="short run (5 runs each)")
    ap.add_argument("--runs", type=int, help="runs per program and platform (default 15)")
    ap.add_argument("--xdotool", action="store_true", help="on Xvfb, time with xdotool even if the marker exists")
    args = ap.parse_args()
    runs = args.runs or (5 if args.quick else 15)
    with tempfile.TemporaryDirectory(prefix="bench-start-") as tmp:
        root = Path(tmp)
        data_dir = root / "data"
        env = isolated_env(root, QT_QPA_PLATFORM="offscreen")
        env.pop("DISPLAY", None)
        # Like an installed app (pip and PyInstaller both ship compiled bytecode): the warm-up run compiles the
        # app's modules once, into a private folder, so no run pays for compiling Python source.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(root / "pycache")
        marker = probe_marker(data_dir, env)
        has_marker = marker is not None
        MODE[0] = "paint" if marker == "paint" else "1"  # the baseline always uses the app's kind of marker
        if has_marker:
            measure("offscreen", env, data_dir, runs, run_marker)
            if MODE[0] == "paint":
                measure("offscreen", env, data_dir, runs, run_marker, page=True)
        else:
            result("cold start to first window (offscreen)", None, "ms", baseline_label="bare PySide6 window",
                   target=1.25, target_on="ratio",
                   note="not available: the app does not print the IIA_BENCH_EXIT_AFTER_SHOW marker")
        with xvfb() as display:
            if display is None:
                result("cold start to first window (Xvfb)", None, "ms", baseline_label="bare PySide6 window",
                       target=1.25, target_on="ratio", note="not available: Xvfb missing or did not start")
                return
            xenv = {**env, "QT_QPA_PLATFORM": "xcb", "DISPLAY": display}
            if has_marker and not args.xdotool:
                measure("Xvfb", xenv, data_dir, runs, run_marker)
            elif shutil.which("xdotool"):
                measure("Xvfb", xenv, data_dir, runs, run_xdotool)
            else:
                result("cold start to first window (Xvfb)", None, "ms", baseline_label="bare PySide6 window",
                       target=1.25, target_on="ratio", note="not available: no marker and no xdotool")


if __name__ == "__main__":
    os.environ.setdefault("PYTHONDONTWRITEBYTECODE", "1")  # this script's own imports leave no __pycache__
    main()
