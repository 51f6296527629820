"""The app's Windows code, run for real: Windows CPython and the project's win_amd64 wheels under Wine (slow).

tests/wine_env.py makes the Windows (cached outside the checkout; CI installs wine, wine64 and mingw-w64 through
``bash dev``); the scripts in tests/wine/ run under Windows Python. What this proves, in one Wine prefix:

1. ``--self-test`` passes offscreen and with Qt's real ``windows`` platform plugin (on Xvfb);
2. the panic on the Windows code, a WM_KEYDOWN F12 and a WM_LBUTTONDOWN on Quick exit posted from another process
   to the main window behind a dialog: behind one of the app's questions (shown without Qt modality, ui/modal.py)
   they reach the app-wide filter through Qt; behind a box Qt shows modally (as it does the system print dialog)
   Qt blocks the main window and they go through ``NativePanicFilter``'s Windows branch. Either way every window
   is hidden (IsWindowVisible) and the process is gone;
3. a journal session through the scripting API: create, entry with a file, lock, unlock, export, verify-bundle with
   the fingerprint, back up, restore, change passphrase, Remove everything (tests/wine/session.py);
4. the app's file dialogs leave Qt's registry history as it was;
5. traces: the prefix's registry and drive_c before and after all of that: nothing added or removed;
6. the PyInstaller one-folder and one-file builds made for Windows by packaging/build.py, and their self-test.

Every step waits for what the Windows program prints, never for a time. Figures (each step's time, sizes, the
trace count) are printed at the end of the module; docs/benchmarks.md and docs/packaging.md quote them.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

import wine_env
from wine_env import WineWindows, prefix_snapshot, snapshot_diff, win_path

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))
from xdisplay import start_xvfb, stop  # noqa: E402

PICKED_NAME = "holiday-photo-4711.png"
VK_F12 = 0x7B
#: Words that would give the app away in the prefix after the session (the data folder, the vault and settings
#: files, the picked file, the exports, the window title, the package).
TELLTALES = ("fernleaf", "iia", "notes.db", "settings.json", "holiday-photo", "evidence", "notes-backup",
             "qtproject", "python")

#: What Wine itself rewrites in the registry each time its X11 display driver starts (a time stamp on the display
#: adapter, the monitor's device name): Wine's own bookkeeping, the same with or without the app.
WINE_DISPLAY_KEYS = (r"System\\CurrentControlSet\\Control\\Class\\{4D36E968-E325-11CE-BFC1-08002BE10318}\\",
                     r"System\\CurrentControlSet\\Control\\DeviceClasses\\{E6F07B5F-EE97-4A90-B076-33F57BF4EAA7}\\")

FIGURES: dict[str, object] = {}
#: The dialog in front of the main window: the app's own (no Qt modality, path "qt"), or one Qt shows modally
#: (the main window blocked, path "native").
PANIC_KINDS = {"app": ("journalQuestion", "qt"), "qt-modal": ("qtModalBox", "native")}


class Run:
    """One Windows session, step by step; each step runs once (the tests share them, in order)."""

    def __init__(self, windows: WineWindows, display: str) -> None:
        self.w, self.display = windows, display
        self.done: dict[str, object] = {}
        users = [p for p in (windows.prefix / "drive_c" / "users").iterdir() if p.name != "Public"]
        self.profile = users[0]
        pictures = self.profile / "Pictures"
        pictures.mkdir(parents=True, exist_ok=True)
        self.picked = pictures / PICKED_NAME
        self.picked.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 64)
        self.usb = windows.work / "usb"  # outside the prefix, like a USB stick
        self.usb.mkdir()
        windows.wait_idle()
        self.before = prefix_snapshot(windows.prefix)

    def once(self, name: str, fn):
        if name not in self.done:
            started = time.perf_counter()
            try:
                self.done[name] = fn()
            except BaseException as exc:  # remembered, so a later test sees the same failure
                self.done[name] = exc
            FIGURES[f"{name} (s)"] = round(time.perf_counter() - started, 1)
        result = self.done[name]
        if isinstance(result, BaseException):
            raise result
        return result

    # ----- steps -----
    def self_test(self, qpa: str) -> subprocess.CompletedProcess[str]:
        def go():
            display = self.display if qpa == "windows" else None
            return self.w.run([self.w.script("selftest.py")], display=display, qpa=qpa)
        return self.once(f"self-test {qpa}", go)

    def panic(self, how: str, kind: str) -> dict[str, object]:
        def go():
            child = self.w.popen([self.w.script("panic_app.py"), kind], display=self.display, qpa="windows")
            lines: list[str] = []
            try:
                ready = _read_until(child, "READY ", lines)
                where = dict(kv.split("=", 1) for kv in ready.split()[1:])
                post = (["key", where["main"], hex(VK_F12)] if how == "key"
                        else ["click", where["main"], where["qx"], where["qy"]])
                posted = self.w.run([self.w.script("post.py"), *post], display=self.display, qpa="windows")
                assert "POSTED" in posted.stdout, posted.stdout + posted.stderr
                panic = _read_until(child, "PANIC ", lines)
                rc = child.wait(timeout=1800)  # only for a hang; never a verdict on speed
                lines += child.stdout.read().splitlines()
            finally:
                if child.poll() is None:
                    child.kill()
                    child.wait()
            return {"ready": where, "panic": panic, "rc": rc, "lines": lines}
        return self.once(f"panic {how} behind {kind}", go)

    def session(self) -> subprocess.CompletedProcess[str]:
        return self.once("journal session", lambda: self.w.run(
            [self.w.script("session.py"), self.w.cpath(self.picked), win_path(self.usb)]))

    def dialogs(self) -> subprocess.CompletedProcess[str]:
        def go():
            folder = self.usb / "saved"  # an empty folder: no file there for the dialog to offer or to overwrite
            folder.mkdir()
            return self.w.run([self.w.script("dialog.py"), self.w.cpath(self.picked), win_path(folder)],
                              display=self.display, qpa="windows")
        return self.once("file dialogs", go)

    def traces(self) -> list[str]:
        def go():
            self.self_test("offscreen")
            self.self_test("windows")
            for kind in PANIC_KINDS:
                self.panic("key", kind)
                self.panic("click", kind)
            self.dialogs()
            self.session()
            self.w.wait_idle()  # every Windows program has ended and Wine has written the registry out
            return snapshot_diff(self.before, prefix_snapshot(self.w.prefix))
        return self.once("traces", go)

    def build(self) -> subprocess.CompletedProcess[str]:
        def go():
            dist, work = self.w.work / "dist", self.w.work / "build"
            return self.w.run([win_path(self.w.checkout / "packaging" / "build.py"), "--skip-startup",
                               "--distpath", win_path(dist), "--workpath", win_path(work)], timeout=5400)
        return self.once("pyinstaller builds", go)


def _read_until(child: subprocess.Popen[str], prefix: str, lines: list[str]) -> str:
    """The child's first line starting with ``prefix``; fails (with all it said) if it ends first."""
    assert child.stdout is not None
    for line in child.stdout:
        lines.append(line.rstrip())
        if line.startswith(prefix):
            return line.strip()
    child.wait()
    raise AssertionError(f"the Windows app ended (code {child.returncode}) before {prefix.strip()}:\n"
                         + "\n".join(lines[-40:]))


def _new_files() -> set[str]:
    """Files and folders in the checkout that git does not track (ignored ones too): a run must add none."""
    out = subprocess.run(["git", "status", "--porcelain", "--ignored", "--untracked-files=all"], cwd=REPO,
                         capture_output=True, text=True).stdout
    # Left out: what this machine's own tools write meanwhile (its Python's bytecode, caches of other tests).
    own = (".venv/", ".hypothesis/", ".pytest_cache/", ".ruff_cache/")
    return {line[3:].strip('"') for line in out.splitlines() if line.startswith(("??", "!!"))
            and not line[3:].strip('"').startswith(own) and sys.implementation.cache_tag not in line}


@pytest.fixture(scope="module")
def run(request):
    root = wine_env.cache_root()
    runs = root / "runs"
    runs.mkdir(parents=True, exist_ok=True)
    for old in runs.iterdir():  # left by a run that was killed (each holds a ~700 MB prefix)
        if time.time() - old.stat().st_mtime > 12 * 3600:
            shutil.rmtree(old, ignore_errors=True)
    work = Path(tempfile.mkdtemp(prefix="session-", dir=runs))
    status = _new_files()
    started = time.perf_counter()
    windows = WineWindows(root, work)
    FIGURES["set-up: Windows CPython, wheels, shims, base prefix (s)"] = round(windows.setup_s, 1)
    FIGURES["set-up: copy of the prefix and the checkout (s)"] = round(windows.copy_s, 1)
    FIGURES["PySide6-Essentials"] = windows.pyside
    xvfb, display = start_xvfb("1024x768x24")
    yield Run(windows, display)
    windows.close()
    stop(xvfb)
    FIGURES["whole module (s)"] = round(time.perf_counter() - started, 1)
    after = _new_files()
    (work / "figures.json").write_text(json.dumps(FIGURES, indent=1))
    reporter = request.config.pluginmanager.get_plugin("terminalreporter")
    if reporter is not None:
        reporter.write_line("")
        reporter.write_line("Windows under Wine: figures")
        for k, v in FIGURES.items():
            reporter.write_line(f"    {k}: {v}")
    shutil.rmtree(work, ignore_errors=True)
    assert after == status, f"the Windows run wrote into the checkout: {sorted(after - status)}"


def test_self_test_passes_offscreen(run):
    proc = run.self_test("offscreen")
    assert proc.returncode == 0 and "self-test passed" in proc.stdout, proc.stdout + proc.stderr[-3000:]


def test_self_test_passes_with_the_real_windows_platform_plugin(run):
    proc = run.self_test("windows")
    assert proc.returncode == 0 and "self-test passed" in proc.stdout, proc.stdout + proc.stderr[-3000:]
    assert "platform windows" in proc.stdout  # Qt's own Windows plugin, not offscreen
    # SetWindowDisplayAffinity was called on a real window through ctypes and answered (Wine accepts it; whether a
    # capture then leaves the window out needs a real Windows).
    [capture] = [line for line in proc.stdout.splitlines() if line.startswith("capture-exclusion ")]
    FIGURES["capture exclusion under Wine"] = capture
    FIGURES["font"] = next(line for line in proc.stdout.splitlines() if line.startswith("platform "))


@pytest.mark.parametrize("kind", list(PANIC_KINDS))
def test_f12_posted_to_the_main_window_behind_a_dialog_hides_everything_and_exits(run, kind):
    result = run.panic("key", kind)
    name, path = PANIC_KINDS[kind]
    ready = result["ready"]
    assert ready["modal"] == name
    # The app's own dialog leaves the main window unblocked (made inert by the app); Qt's modal box blocks it.
    assert (ready["blocked"], ready["inert"]) == (("1", "0") if kind == "qt-modal" else ("0", "1")), ready
    assert result["panic"] == f"PANIC key {path} visible=0,0", result["lines"]
    assert result["rc"] == 0 and "RC 0" in result["lines"]


@pytest.mark.parametrize("kind", list(PANIC_KINDS))
def test_a_click_on_quick_exit_behind_a_dialog_hides_everything_and_exits(run, kind):
    result = run.panic("click", kind)
    assert result["panic"] == f"PANIC button {PANIC_KINDS[kind][1]} visible=0,0", result["lines"]
    assert result["rc"] == 0 and "RC 0" in result["lines"]


def test_journal_session_under_windows(run):
    proc = run.session()
    assert proc.returncode == 0 and "SESSION OK" in proc.stdout, proc.stdout + proc.stderr[-3000:]
    steps = {line.split()[1]: line for line in proc.stdout.splitlines() if line.startswith("STEP ")}
    assert list(steps) == ["data-folder", "create", "entry-with-files", "settings-replaced-while-open", "lock",
                           "unlock", "export-bundle", "verify-bundle", "backup", "restore", "change-passphrase",
                           "remove-everything"]
    assert steps["data-folder"].endswith(r"\AppData\Local\Fernleaf")
    # Windows refused to replace settings.json while another handle held it; the write waited and then succeeded.
    assert steps["settings-replaced-while-open"].endswith("denied=1")
    for line in steps.values():
        FIGURES[f"session step {line.split()[1]} (s)"] = float(line.split()[2])


def test_file_dialogs_pick_and_save_and_leave_qt_history_as_it_was(run):
    proc = run.dialogs()
    assert proc.returncode == 0, proc.stdout + proc.stderr[-3000:]
    assert PICKED_NAME in proc.stdout and "evidence-copy.zip" in proc.stdout


def test_a_whole_session_leaves_no_trace_in_the_registry_or_drive_c(run):
    diff = run.traces()
    wine_own = [d for d in diff if d.startswith("+ system.reg: ") or d.startswith("- system.reg: ")
                if d.split(": ", 1)[1].startswith(WINE_DISPLAY_KEYS)]
    rest = [d for d in diff if d not in wine_own]
    FIGURES["trace diff entries (besides Wine's display driver)"] = len(rest)
    FIGURES["Wine's own display-driver registry rewrites"] = len(wine_own)
    telling = [d for d in diff if any(t in d.lower() for t in TELLTALES)]
    assert not telling, "\n".join(telling)
    assert not rest, "\n".join(rest[:60])


def test_pyinstaller_builds_for_windows_pass_their_self_test(run):
    proc = run.build()
    out = proc.stdout + proc.stderr
    assert proc.returncode == 0, out[-6000:]
    assert "self-test (one-folder): PASSED" in out and "self-test (one-file): PASSED" in out, out[-6000:]
    for line in out.splitlines():
        if line.startswith("[build] built "):  # "[build] built onedir in 312 s"
            FIGURES[f"PyInstaller {line.split()[2]} (s)"] = float(line.split()[4])
        if "MiB (target" in line:  # "[build]     one-folder  123.4 MiB (target <= 140) ok"
            label, size = line.split("]", 1)[1].split("MiB")[0].split()
            FIGURES[f"Windows {label} build (MiB)"] = float(size)
    exe = run.w.work / "dist" / "Fernleaf" / "Fernleaf.exe"
    started = time.perf_counter()
    frozen = subprocess.run(
        [run.w.loader, str(exe), "--self-test"], env=run.w.env(run.display, "windows"), capture_output=True,
        stdin=subprocess.DEVNULL, text=True, errors="replace", timeout=1800)
    FIGURES["Fernleaf.exe --self-test, windows plugin (s)"] = round(time.perf_counter() - started, 1)
    assert frozen.returncode == 0, frozen.stdout + frozen.stderr[-3000:]
    # The portable copy (for a USB stick) works in the Data folder beside itself, never in the user's AppData.
    portable = run.w.work / "dist" / "Fernleaf-portable"
    local = run.profile / "AppData" / "Local" / "Fernleaf"
    stick = subprocess.run(
        [run.w.loader, str(portable / "Fernleaf.exe"), "--self-test"], env=run.w.env(), capture_output=True,
        stdin=subprocess.DEVNULL, text=True, errors="replace", timeout=1800)
    assert stick.returncode == 0, stick.stdout + stick.stderr[-3000:]
    assert "working in " + win_path(portable / "Data") + "\\" in stick.stdout, stick.stdout
    assert not local.exists()
