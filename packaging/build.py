"""Build the desktop app for the platform this runs on, check it, and say where everything is.

    python packaging/build.py [--onedir-only | --onefile-only] [--skip-selftest] [--skip-startup] [--archive]

Uses the PyInstaller of the Python running this script (``pip install -e .[build]``); it installs nothing.

1. Builds the one-folder app (``dist/Fernleaf/``; on macOS also ``dist/Fernleaf.app``) and the one-file app
   (``dist/onefile/Fernleaf``, ``.exe`` on Windows) from ``packaging/iia-help.spec``.
2. Makes ``dist/Fernleaf-portable/``: a copy of the one-folder app with the ``portable.txt`` marker beside the
   executable, so the app keeps its data in a ``Data`` folder next to itself (for a USB stick).
3. Prints sizes against the targets (one-file <= 60 MiB, one-folder <= 140 MiB).
4. Runs each build's ``--self-test`` offscreen and exits non-zero if either fails.
5. Compares start-up of the one-folder app with running from source and prints the ratio (target <= 1.3x):
   time from launch until the app reports its first window (its IIA_BENCH_EXIT_AFTER_SHOW hook), on a private
   Xvfb display on Linux, offscreen elsewhere. Falls back to polling xdotool, then to timing ``--self-test``
   runs, and says which it used.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))
from xdisplay import start_xvfb, stop  # noqa: E402  (one Xvfb starter, shared with the benchmarks and tests)

SPEC = REPO / "packaging" / "iia-help.spec"
APP_NAME = "Fernleaf"
PORTABLE_MARKER = "portable.txt"  # same as iia_help.paths.PORTABLE_MARKER
PORTABLE_NOTE = (
    "Keep this file next to the app to keep everything it saves in the Data folder beside it.\n"
    "Delete this file to keep things in your user folder instead.\n"
)
ONEFILE_TARGET_MIB = 60
ONEDIR_TARGET_MIB = 140
STARTUP_TARGET_RATIO = 1.3
SELF_TEST_TIMEOUT = 180
IS_WIN = sys.platform.startswith("win")
IS_MAC = sys.platform == "darwin"
EXE_SUFFIX = ".exe" if IS_WIN else ""


def say(msg: str) -> None:
    print(f"[build] {msg}", flush=True)


def mib(n_bytes: int) -> float:
    return n_bytes / (1024 * 1024)


def size_of(path: Path) -> int:
    """Bytes on disk for a file or a folder (symlinks counted once, not followed)."""
    if path.is_file():
        return path.stat().st_size
    return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() or p.is_symlink())


# --- Building ---------------------------------------------------------------------------------------------------

def run_pyinstaller(mode: str, distpath: Path, workpath: Path) -> None:
    cmd = [
        sys.executable, "-m", "PyInstaller", str(SPEC), "--noconfirm", "--log-level", "WARN",
        "--distpath", str(distpath), "--workpath", str(workpath), "--", f"--{mode}",
    ]
    say(f"building {mode}: {' '.join(cmd[2:])}")
    started = time.perf_counter()
    subprocess.run(cmd, cwd=REPO, check=True)
    say(f"built {mode} in {time.perf_counter() - started:.0f} s")


def make_portable_copy(onedir: Path, portable: Path) -> Path:
    if portable.exists():
        shutil.rmtree(portable)
    shutil.copytree(onedir, portable, symlinks=True)
    marker = portable / PORTABLE_MARKER
    marker.write_text(PORTABLE_NOTE, encoding="utf-8")
    return marker


def make_archives(dist: Path, items: list[tuple[Path, str]]) -> list[Path]:
    """Archives for downloads. tar.gz keeps the executable bit and symlinks (a zip made by CI would not)."""
    tag = {"win32": "windows", "darwin": "macos"}.get(sys.platform, "linux") + "-" + platform.machine().lower()
    out_dir = dist / "archives"
    out_dir.mkdir(parents=True, exist_ok=True)
    archives = []
    for item, label in items:
        base = out_dir / f"{APP_NAME}-{tag}-{label}"
        fmt = "zip" if IS_WIN else "gztar"
        archives.append(Path(shutil.make_archive(str(base), fmt, root_dir=item.parent, base_dir=item.name)))
    return archives


# --- Checking ---------------------------------------------------------------------------------------------------

def offscreen_env() -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def self_test(exe: Path, label: str) -> bool:
    say(f"self-test ({label}): {exe} --self-test")
    try:
        proc = subprocess.run([str(exe), "--self-test"], env=offscreen_env(), capture_output=True, text=True,
                              timeout=SELF_TEST_TIMEOUT)
    except (OSError, subprocess.TimeoutExpired) as exc:
        say(f"self-test ({label}) could not run: {exc}")
        return False
    out = (proc.stdout or "") + (proc.stderr or "")
    for line in out.strip().splitlines():
        print(f"    {line}")
    ok = proc.returncode == 0 and "self-test passed" in out
    say(f"self-test ({label}): {'PASSED' if ok else f'FAILED (exit code {proc.returncode})'}")
    return ok


def seed_data_dir() -> Path:
    """A throwaway data folder where the first-run questions are already answered."""
    data = Path(tempfile.mkdtemp(prefix="st-"))
    (data / "settings.json").write_text(json.dumps({"region": "england", "audience": "self"}), "utf-8")
    return data


def time_to_window(cmd: list[str], env: dict[str, str], timeout: float = 60.0) -> float:
    """Seconds from launch until one of the process's windows is mapped on the X display."""
    with tempfile.TemporaryFile() as errors:
        started = time.perf_counter()
        proc = subprocess.Popen(cmd, env=env, cwd=REPO, stdout=subprocess.DEVNULL, stderr=errors)
        try:
            while time.perf_counter() - started < timeout:
                found = subprocess.run(["xdotool", "search", "--onlyvisible", "--pid", str(proc.pid)], env=env,
                                       capture_output=True, text=True)
                if found.returncode == 0 and found.stdout.strip():
                    return time.perf_counter() - started
                if proc.poll() is not None:
                    errors.seek(0)
                    tail = errors.read()[-800:].decode(errors="replace").strip()
                    raise RuntimeError(f"{cmd[0]} exited (code {proc.returncode}) before showing a window: {tail}")
                time.sleep(0.01)
            raise RuntimeError(f"no window after {timeout:.0f} s")
        finally:
            stop(proc, grace=10)


FIRST_WINDOW_MARKER = "FIRST-WINDOW"  # printed by the app when IIA_BENCH_EXIT_AFTER_SHOW is set (ui/app.py)


def time_marker(cmd: list[str], env: dict[str, str]) -> float | None:
    """Seconds from launch until the app reports its first window (then it quits by itself); None if it does
    not know the hook. The app prints time.monotonic_ns(), a clock shared by all processes."""
    env = {**env, "IIA_BENCH_EXIT_AFTER_SHOW": "paint"}
    started = time.monotonic_ns()
    proc = subprocess.run(cmd, env=env, cwd=REPO, capture_output=True, text=True, timeout=SELF_TEST_TIMEOUT)
    for line in proc.stdout.splitlines():
        parts = line.split()
        if len(parts) >= 2 and parts[0] == FIRST_WINDOW_MARKER and parts[1].isdigit():
            return (int(parts[1]) - started) / 1e9
    if proc.returncode != 0:
        raise RuntimeError(f"{cmd[0]} failed (code {proc.returncode}): {proc.stderr[-800:]}")
    return None


def time_self_test(cmd: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(cmd + ["--self-test"], env=env, cwd=REPO, capture_output=True, check=True,
                   timeout=SELF_TEST_TIMEOUT)
    return time.perf_counter() - started


def paired_medians(source, frozen, runs: int) -> tuple[float, float]:
    """Median times of two launchers, run alternately so that changing machine load hits both alike."""
    source(), frozen()  # warm-up: fills the OS file cache for both, so neither is measured cold
    pairs = [(source(), frozen()) for _ in range(runs)]
    return statistics.median(p[0] for p in pairs), statistics.median(p[1] for p in pairs)


def measure_startup(exe: Path, runs: int = 9) -> None:
    """Print how long the one-folder build takes to show its first window, against running from source.

    Preferred: the app's own first-window hook, on a private Xvfb display (Linux) or offscreen. Without the hook:
    polling xdotool for a visible window (Linux with Xvfb), else timing whole --self-test runs."""
    source_cmd = [sys.executable, "-m", "iia_help"]
    frozen_cmd = [str(exe)]
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO / "src"), env.get("PYTHONPATH")]))
    env.pop("WAYLAND_DISPLAY", None)
    # The source run gets compiled bytecode too (in a private folder, filled by the warm-up run), as an installed
    # app has; the frozen build carries its own.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    pycache = Path(tempfile.mkdtemp(prefix="iia-pycache-"))
    env["PYTHONPYCACHEPREFIX"] = str(pycache)
    xvfb = display = None
    if sys.platform.startswith("linux") and shutil.which("Xvfb"):
        xvfb, display = start_xvfb()
    data = seed_data_dir()
    try:
        if xvfb:
            env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb")
            where = "on a private Xvfb display"
        else:
            env["QT_QPA_PLATFORM"] = "offscreen"
            where = "offscreen"
        args = ["--data-dir", str(data)]
        if time_marker(source_cmd + args, env) is not None and time_marker(frozen_cmd + args, env) is not None:
            src, frz = paired_medians(lambda: time_marker(source_cmd + args, env),
                                      lambda: time_marker(frozen_cmd + args, env), runs)
            what = f"launch until the app reports its first window shown ({where}, IIA_BENCH_EXIT_AFTER_SHOW)"
        elif xvfb and shutil.which("xdotool"):
            src, frz = paired_medians(lambda: time_to_window(source_cmd + args, env),
                                      lambda: time_to_window(frozen_cmd + args, env), runs)
            what = "launch until a window of the process is mapped (Xvfb, polled with xdotool)"
        else:
            off = {**env, "QT_QPA_PLATFORM": "offscreen"}
            src, frz = paired_medians(lambda: time_self_test(source_cmd, off),
                                      lambda: time_self_test(frozen_cmd, off), runs)
            what = "whole --self-test run (no first-window hook and no Xvfb here)"
    finally:
        if xvfb:
            stop(xvfb)
        shutil.rmtree(data, ignore_errors=True)
        shutil.rmtree(pycache, ignore_errors=True)
    ratio = frz / src
    verdict = "within" if ratio <= STARTUP_TARGET_RATIO else "OVER"
    say(f"start-up, {what}, median of {runs}:")
    say(f"    from source {src:.2f} s, one-folder build {frz:.2f} s -> {ratio:.2f}x "
        f"({verdict} the {STARTUP_TARGET_RATIO}x target)")


# --- Main -------------------------------------------------------------------------------------------------------

def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description="Build, size-check and self-test the desktop app.")
    only = p.add_mutually_exclusive_group()
    only.add_argument("--onedir-only", action="store_true", help="build only the one-folder app")
    only.add_argument("--onefile-only", action="store_true", help="build only the one-file app")
    p.add_argument("--skip-selftest", action="store_true", help="do not run the builds' --self-test")
    p.add_argument("--skip-startup", action="store_true", help="do not time start-up against running from source")
    p.add_argument("--archive", action="store_true", help="also pack each build into dist/archives/")
    p.add_argument("--distpath", type=Path, default=REPO / "dist", help="output folder (default: dist/)")
    p.add_argument("--workpath", type=Path, default=REPO / "build", help="scratch folder (default: build/)")
    args = p.parse_args(argv)

    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        say("PyInstaller is not installed in this Python. Run: pip install -e .[build]")
        return 2

    dist, work = args.distpath.resolve(), args.workpath.resolve()
    onedir_dir = dist / APP_NAME
    onedir_exe = onedir_dir / f"{APP_NAME}{EXE_SUFFIX}"
    onefile_exe = dist / "onefile" / f"{APP_NAME}{EXE_SUFFIX}"
    portable_dir = dist / f"{APP_NAME}-portable"
    want_onedir, want_onefile = not args.onefile_only, not args.onedir_only

    try:
        if want_onedir:
            run_pyinstaller("onedir", dist, work / "onedir")
            make_portable_copy(onedir_dir, portable_dir)
        if want_onefile:
            run_pyinstaller("onefile", dist / "onefile", work / "onefile")
    except subprocess.CalledProcessError as exc:
        say(f"PyInstaller failed (exit code {exc.returncode})")
        return 1

    say("sizes:")
    if want_onedir:
        size = mib(size_of(onedir_dir))
        say(f"    one-folder {size:6.1f} MiB (target <= {ONEDIR_TARGET_MIB}) "
            f"{'ok' if size <= ONEDIR_TARGET_MIB else 'OVER TARGET'}")
        if IS_MAC and (dist / f"{APP_NAME}.app").exists():
            say(f"    macOS .app {mib(size_of(dist / f'{APP_NAME}.app')):6.1f} MiB")
    if want_onefile:
        size = mib(size_of(onefile_exe))
        say(f"    one-file   {size:6.1f} MiB (target <= {ONEFILE_TARGET_MIB}) "
            f"{'ok' if size <= ONEFILE_TARGET_MIB else 'OVER TARGET'}")

    failed = []
    if not args.skip_selftest:
        if want_onedir and not self_test(onedir_exe, "one-folder"):
            failed.append("one-folder")
        if want_onefile and not self_test(onefile_exe, "one-file"):
            failed.append("one-file")

    if want_onedir and not args.skip_startup and not failed:
        try:
            measure_startup(onedir_exe)
        except (OSError, RuntimeError, subprocess.SubprocessError) as exc:
            say(f"start-up could not be measured: {exc}")

    archives = []
    if args.archive and not failed:
        items = [(onedir_dir, "folder"), (portable_dir, "portable")] if want_onedir else []
        if want_onedir and IS_MAC and (dist / f"{APP_NAME}.app").exists():
            items.append((dist / f"{APP_NAME}.app", "app"))
        if want_onefile:
            items.append((onefile_exe, "onefile"))
        archives = make_archives(dist, items)

    say("where things are:")
    if want_onedir:
        say(f"    one-folder app:  {onedir_exe}")
        say(f"    portable copy:   {portable_dir}  (marker: {portable_dir / PORTABLE_MARKER}; data goes in "
            f"{portable_dir / 'Data'})")
        if IS_MAC:
            say(f"    macOS app:       {dist / (APP_NAME + '.app')}")
    if want_onefile:
        say(f"    one-file app:    {onefile_exe}")
    for archive in archives:
        say(f"    archive:         {archive}  ({mib(archive.stat().st_size):.1f} MiB)")

    if failed:
        say(f"FAILED: the self-test did not pass for: {', '.join(failed)}")
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
