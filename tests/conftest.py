"""Test harness: Qt runs offscreen, and every user folder points into the test's own tmp_path."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

import hypothesis
import pytest

os.environ["QT_QPA_PLATFORM"] = os.environ.get("IIA_TEST_QPA", "offscreen")
os.environ.setdefault("MESA_SHADER_CACHE_DISABLE", "true")

REPO = Path(__file__).resolve().parents[1]

# A wait ends as soon as its condition holds; its limit only decides when to give up. Limits of a few seconds
# fail on a machine three times slower under load, so no test gives up sooner than this.
MIN_WAIT_MS = 60_000


def _patient_waits() -> None:
    from pytestqt.qtbot import QtBot

    wait_until = QtBot.waitUntil

    def patient_wait_until(self, callback, *, timeout: int = 5000) -> None:
        return wait_until(self, callback, timeout=max(timeout, MIN_WAIT_MS))

    QtBot.waitUntil = patient_wait_until


_patient_waits()

# Hypothesis: no per-example deadline and no "too slow" health check, both of which judge the machine's speed.
hypothesis.settings.register_profile(
    "any-machine", deadline=None,
    suppress_health_check=[hypothesis.HealthCheck.too_slow, hypothesis.HealthCheck.function_scoped_fixture])
hypothesis.settings.load_profile("any-machine")


def _user_dirs(root: Path) -> dict[str, Path]:
    return {
        "HOME": root / "home",
        "XDG_DATA_HOME": root / "home" / ".local" / "share",
        "XDG_CONFIG_HOME": root / "home" / ".config",
        "XDG_CACHE_HOME": root / "home" / ".cache",
        "XDG_STATE_HOME": root / "home" / ".local" / "state",
        "TMPDIR": root / "tmp",
        "TEMP": root / "tmp",
        "TMP": root / "tmp",
    }


@pytest.fixture(autouse=True)
def isolated_user_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Path]:
    """Point HOME, the XDG folders and the temp folder into tmp_path, so no test touches the real ones."""
    dirs = _user_dirs(tmp_path / "user")
    for name, path in dirs.items():
        path.mkdir(parents=True, exist_ok=True)
        monkeypatch.setenv(name, str(path))
    if sys.platform == "win32":
        monkeypatch.setenv("APPDATA", str(dirs["HOME"] / "AppData" / "Roaming"))
        monkeypatch.setenv("LOCALAPPDATA", str(dirs["HOME"] / "AppData" / "Local"))
    monkeypatch.setattr(tempfile, "tempdir", str(dirs["TMPDIR"]))
    return dirs


@pytest.fixture(autouse=True)
def quick_kdf(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """Argon2id costs ~0.15-0.4 s a call; only tests about the KDF itself (marked ``real_kdf``) pay for it. The
    rest derive keys with a cheap stand-in of the same inputs (tests/crash_points.py), so a right passphrase still
    opens and a wrong one is still refused. Child processes always use the real KDF."""
    if request.node.get_closest_marker("real_kdf") is None:
        from iia_help.vault import crypto

        from crash_points import stand_in_derive

        monkeypatch.setattr(crypto, "derive_kek", stand_in_derive)
        monkeypatch.setattr(crypto, "calibrate", lambda *a, **k: crypto.KdfParams())


@pytest.fixture
def exits(monkeypatch: pytest.MonkeyPatch) -> list:
    """Records what the panic would have done to the process (exit, or the watchdog's hard exit) instead."""
    from iia_help.ui import hiding

    calls: list = []
    monkeypatch.setattr(hiding, "exit_app", calls.append)
    monkeypatch.setattr(hiding, "hard_exit", lambda code: calls.append(("hard", code)))
    return calls


@pytest.fixture
def win(qtbot, ctx, exits):
    """The main window, shown, with the panic controller installed (``win.ctrl``) and exits recorded (``exits``).
    A test module may define its own ``win`` (tests/test_panic_native.py: no X server behind it)."""
    from PySide6.QtWidgets import QApplication

    from iia_help.ui import panic
    from iia_help.ui.app import build_main_window

    window = build_main_window(ctx)
    qtbot.addWidget(window)
    ctrl = panic.install_panic(QApplication.instance(), window, ctx, watchdog=False)
    window.show()
    qtbot.waitExposed(window)
    window.ctrl = ctrl
    yield window
    ctrl.stop_filtering()
    for w in QApplication.topLevelWidgets():
        if w.objectName() == "decoyWindow":
            w.close()


def panic_clock(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Give the panic controller a clock the test moves by hand (``clock[0] += 5.1``), for time windows such as
    triple Shift's, so those tests never wait in real time."""
    import time

    from iia_help.ui import panic

    clock = [time.monotonic() + 100.0]

    class FakeTime:
        perf_counter_ns = staticmethod(time.perf_counter_ns)

        @staticmethod
        def monotonic() -> float:
            return clock[0]

    monkeypatch.setattr(panic, "time", FakeTime)
    return clock


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def ctx(data_dir: Path):
    from iia_help.context import AppContext
    from iia_help.paths import AppPaths

    c = AppContext.load(AppPaths(data_dir))
    c.settings.region = c.settings.region or "england"
    c.settings.audience = c.settings.audience or "self"
    return c


@pytest.fixture
def main_window(qtbot, ctx):
    from iia_help.ui.app import build_main_window

    window = build_main_window(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Replaces the one function that could start a browser; records what would have been opened."""
    from iia_help.ui import links

    calls: list[str] = []
    monkeypatch.setattr(links, "_open_external", lambda url: calls.append(url) or True)
    return calls


def list_files(root: Path) -> list[Path]:
    """Every regular file below root (for no-traces checks)."""
    return sorted(p for p in root.rglob("*") if p.is_file())


def subprocess_env(dirs: dict[str, Path]) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()}
    env.update({k: str(v) for k, v in dirs.items()})
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONPATH"] = str(REPO / "src")
    return env
