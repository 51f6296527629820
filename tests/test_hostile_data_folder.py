"""Hostile data folder and shared files (issue 19, section 6): "Remove everything" with ``notes.db`` a symlink,
``--self-test`` staying inside the chosen data folder, Qt's shared dialog history, SQLite errors named by their
real cause."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from iia_help.paths import AppPaths
from iia_help.vault import VaultBusy, VaultCorrupted, VaultIOError, store
from iia_help.wipe import wipe_all

REPO = Path(__file__).resolve().parents[1]


# ----------------------------------------------------------------- "Remove everything" and symlinks
def test_notes_link_to_a_file_inside_the_data_folder_removes_the_notes(tmp_path):
    """Before: only the link went, and the app said everything was removed while the notes stayed."""
    data = tmp_path / "data"
    (data / "sub").mkdir(parents=True)
    real = data / "sub" / "elsewhere.db"
    real.write_bytes(b"ciphertext" * 100)
    (data / "notes.db").symlink_to(real)
    (data / "settings.json").write_text("{}")
    report = wipe_all(AppPaths(data))
    assert report.ok and not real.exists() and not (data / "notes.db").is_symlink()
    assert Path(os.path.realpath(real)) in [Path(os.path.realpath(p)) for p in report.removed]
    assert report.links_outside == []
    assert report.summary(data).startswith("Everything this app kept on this computer has been removed.")


def test_notes_link_to_a_file_outside_is_left_alone_and_said(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    outside = tmp_path / "someone-elses.db"
    outside.write_bytes(b"not ours")
    (data / "notes.db").symlink_to(outside)
    report = wipe_all(AppPaths(data))
    assert outside.read_bytes() == b"not ours"
    assert not os.path.lexists(data / "notes.db")
    assert report.links_outside == [(data / "notes.db", outside.resolve())]
    text = report.summary(data)
    assert "notes.db was only a link" in text and str(outside.resolve()) in text
    assert "Everything this app kept on this computer has been removed" not in text


def test_a_link_to_a_folder_inside_is_not_emptied(tmp_path):
    data = tmp_path / "data"
    (data / "keep").mkdir(parents=True)
    (data / "keep" / "x.txt").write_text("x")
    (data / "notes.db").symlink_to(data / "keep")
    report = wipe_all(AppPaths(data))
    assert (data / "keep" / "x.txt").read_text() == "x"
    assert data.is_dir() and not report.data_dir_removed


def test_the_failure_summary_names_the_folder(tmp_path):
    from iia_help.wipe import WipeReport

    r = WipeReport(failed=[(tmp_path / "notes.db", "Permission denied")])
    assert "could not be removed (1)" in r.summary(tmp_path) and str(tmp_path) in r.summary(tmp_path)


# ----------------------------------------------------------------- --self-test stays in the data folder
def _self_test(args: list[str], env_dirs: dict, prelude: str = "") -> subprocess.CompletedProcess:
    code = prelude + "import sys\nfrom iia_help.cli import main\nsys.exit(main(sys.argv[1:]))\n"
    env = {**os.environ, **{k: str(v) for k, v in env_dirs.items()}, "PYTHONPATH": str(REPO / "src"),
           "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, env=env,
                          timeout=600)


def _everything_under(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*"))


def test_self_test_honours_data_dir_and_leaves_the_temp_folder_alone(tmp_path, isolated_user_dirs):
    """Before: --self-test ignored --data-dir and wrote to the system temp folder."""
    data = tmp_path / "chosen"
    tmp_before = _everything_under(isolated_user_dirs["TMPDIR"])
    r = _self_test(["--self-test", "--data-dir", str(data)], isolated_user_dirs)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "self-test passed" in r.stdout
    working = Path(r.stdout.split("working in ", 1)[1].splitlines()[0])
    assert working.parent == data.resolve()
    assert _everything_under(isolated_user_dirs["TMPDIR"]) == tmp_before
    assert not data.exists()  # made for the test, removed after it


def test_self_test_keeps_an_existing_data_folder_as_it_was(tmp_path, isolated_user_dirs):
    data = tmp_path / "chosen"
    data.mkdir()
    (data / "settings.json").write_text('{"region": "scotland"}')
    r = _self_test(["--self-test", "--data-dir", str(data)], isolated_user_dirs)
    assert r.returncode == 0, r.stdout + r.stderr
    assert [p.name for p in data.iterdir()] == ["settings.json"]
    assert (data / "settings.json").read_text() == '{"region": "scotland"}'


def test_self_test_honours_portable_mode(tmp_path, isolated_user_dirs):
    app = tmp_path / "usb"
    app.mkdir()
    prelude = f"from pathlib import Path\nimport iia_help.paths as p\np.app_dir = lambda: Path({str(app)!r})\n"
    r = _self_test(["--self-test", "--portable"], isolated_user_dirs, prelude)
    assert r.returncode == 0, r.stdout + r.stderr
    working = Path(r.stdout.split("working in ", 1)[1].splitlines()[0])
    assert working.parent == app / "Data"
    home_files = [p for p in _everything_under(isolated_user_dirs["HOME"]) if p.is_file()]
    assert [p for p in home_files if "Fernleaf" in str(p)] == []


# ----------------------------------------------------------------- Qt's shared dialog history
def test_scrub_keeps_other_apps_file_dialog_history(qapp, tmp_path, isolated_user_dirs):
    """Before: the whole FileDialog group of the shared QtProject.conf was deleted, other apps' history too."""
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from iia_help.ui import dialogs

    other = tmp_path / "other-app-folder"
    other.mkdir()
    theirs = {"lastVisited": other.as_uri(), "history": [other.as_uri(), tmp_path.as_uri()]}
    s = QSettings(QSettings.Scope.UserScope, "QtProject")
    for key, value in theirs.items():
        s.setValue("FileDialog/" + key, value)
    s.setValue("OtherApp/setting", 7)
    s.sync()
    conf = Path(s.fileName())
    del s
    assert conf.exists()
    folder = tmp_path / "our-private-folder"
    folder.mkdir()

    def act():
        for w in QApplication.topLevelWidgets():
            if w.objectName() == "fileDialog" and w.isVisible():
                w.setDirectory(str(folder))
                w.reject()
                return
        QTimer.singleShot(20, act)

    seen: list[str] = []
    real_scrub = dialogs.scrub_qt_dialog_history

    def watching_scrub(before=None):
        seen.append(conf.read_text(errors="ignore"))  # what Qt wrote when our dialog was destroyed
        real_scrub(before)

    try:
        dialogs.scrub_qt_dialog_history = watching_scrub
        QTimer.singleShot(20, act)
        assert dialogs.save_file(None, "Save", "x.zip") is None
        assert len(seen) == 1 and "our-private-folder" in seen[0]  # Qt did record our folder...
        assert "our-private-folder" not in conf.read_text(errors="ignore")  # ...and it is gone again
        s = QSettings(QSettings.Scope.UserScope, "QtProject")
        s.beginGroup("FileDialog")
        assert sorted(s.allKeys()) == sorted(theirs)
        assert {k: s.value(k) for k in theirs} == theirs
        s.endGroup()
        assert s.value("OtherApp/setting") in (7, "7")
    finally:  # Qt caches the settings path per process: leave nothing for the next test
        dialogs.scrub_qt_dialog_history = real_scrub
        s = QSettings(QSettings.Scope.UserScope, "QtProject")
        s.remove("FileDialog")
        s.remove("OtherApp")
        s.sync()
        del s
        conf.unlink(missing_ok=True)


def test_scrub_with_nothing_there_before_leaves_no_file(qapp, isolated_user_dirs):
    from PySide6.QtCore import QSettings

    from iia_help.ui import dialogs

    before = dialogs.snapshot_qt_dialog_history()
    s = QSettings(QSettings.Scope.UserScope, "QtProject")
    s.setValue("FileDialog/lastVisited", "file:///secret")
    s.sync()
    name = s.fileName()
    del s
    if before.file_existed:
        pytest.skip("a QtProject settings file existed before this test")
    dialogs.scrub_qt_dialog_history(before)
    assert not Path(name).exists()


# ----------------------------------------------------------------- SQLite errors named by their real cause
def _err(name: str) -> sqlite3.Error:
    e = sqlite3.OperationalError(name)
    e.sqlite_errorname = name
    return e


@pytest.mark.parametrize("name,kind,message", [
    ("SQLITE_READONLY", VaultIOError, store.READ_ONLY_MESSAGE),
    ("SQLITE_READONLY_DIRECTORY", VaultIOError, store.READ_ONLY_MESSAGE),
    ("SQLITE_PERM", VaultIOError, store.READ_ONLY_MESSAGE),
    ("SQLITE_FULL", VaultIOError, store.DISK_FULL_MESSAGE),
    ("SQLITE_BUSY", VaultBusy, VaultBusy.default_message),
    ("SQLITE_INTERRUPT", VaultCorrupted, VaultCorrupted.default_message),
    ("SQLITE_CORRUPT", VaultCorrupted, VaultCorrupted.default_message),
])
def test_sqlite_errors_map_to_their_real_cause(name, kind, message):
    got = store._map_sqlite_error(_err(name))
    assert type(got) is kind and str(got) == message


def test_cannot_open_in_an_unwritable_folder_says_read_only(tmp_path, monkeypatch):
    monkeypatch.setattr(store, "_writable_dir", lambda folder: False)
    got = store._map_sqlite_error(_err("SQLITE_CANTOPEN"), tmp_path / "notes.db")
    assert str(got) == store.READ_ONLY_MESSAGE
    monkeypatch.setattr(store, "_writable_dir", lambda folder: True)
    got = store._map_sqlite_error(_err("SQLITE_CANTOPEN"), tmp_path / "notes.db")
    assert str(got) == VaultIOError.default_message


# ----------------------------------------------------------------- "Remove everything" and a second window (issue 27)
OTHER_WINDOW = """
import sys
from datetime import UTC, datetime
from iia_help.journal import Entry, Journal
from iia_help.vault import Vault
vault = Vault.open(sys.argv[1], "pw")
journal = Journal(vault)
print("OPEN", flush=True)
sys.stdin.readline()  # the test runs "Remove everything" now
journal.add_entry(Entry(occurred_at=datetime(2025, 1, 2, tzinfo=UTC), description="saved after the wipe"))
vault.close()
print("SAVED", flush=True)
"""


@pytest.mark.real_kdf  # the child process opens what this test wrote
def test_remove_everything_refuses_while_another_window_has_the_journal_open(tmp_path, isolated_user_dirs):
    """Before: the other window's next save "succeeded" into a deleted file. Now the vault's lock is taken first,
    and while another window holds it nothing is removed."""
    from iia_help.journal import Journal
    from iia_help.settings import Settings, save_settings
    from iia_help.vault import Vault
    from iia_help.wipe import IN_USE_TEXT

    from conftest import subprocess_env

    data = tmp_path / "Fernleaf"
    data.mkdir()
    paths = AppPaths(data)
    Vault.create(paths.vault_file, "pw", calibrate=False).close()
    save_settings(paths.settings_file, Settings())
    child = subprocess.Popen([sys.executable, "-c", OTHER_WINDOW, str(paths.vault_file)], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, text=True, env=subprocess_env(isolated_user_dirs))
    try:
        assert child.stdout.readline().strip() == "OPEN"
        report = wipe_all(paths)
        assert report.in_use and not report.ok and report.removed == []
        assert report.summary(data) == IN_USE_TEXT == ("Nothing was removed: your journal is open in another "
                                                         "window of this app. Close that window, or lock the journal "
                                                         "there, then try again.")
        assert paths.vault_file.exists() and paths.settings_file.exists()
        child.stdin.write("go\n")
        child.stdin.flush()
        assert child.stdout.readline().strip() == "SAVED"
    finally:
        child.stdin.close()
        child.wait(timeout=300)
    with Vault.open(paths.vault_file, "pw") as vault:  # the other window's save is really there
        assert [e.description for e in Journal(vault).entries()] == ["saved after the wipe"]
    report = wipe_all(paths)  # once it is closed, everything goes, and nothing is left behind by the lock
    assert report.ok and report.data_dir_removed and not data.exists()


def test_settings_do_not_come_back_after_remove_everything_in_another_window(tmp_path):
    """Before: the other window's next settings change wrote settings.json (and the data folder) again."""
    from iia_help.context import AppContext
    from iia_help.settings import Settings, save_settings

    data = tmp_path / "Fernleaf"
    data.mkdir()
    paths = AppPaths(data)
    save_settings(paths.settings_file, Settings())
    other = AppContext.load(paths)  # the second window, started before
    assert wipe_all(paths).ok and not data.exists()
    other.settings.large_text = True
    other.save_settings()
    assert not data.exists()
    fresh = AppContext(AppPaths(tmp_path / "New"))  # a first start still creates its folder on first save
    fresh.save_settings()
    assert fresh.paths.settings_file.exists()


# ----------------------------------------------------------------- traces in HOME (issue 27 item 10)

def test_no_session_bus_is_autolaunched_and_a_real_one_is_left_alone(tmp_path):
    from iia_help.ui.app import session_bus_address

    assert session_bus_address({"DBUS_SESSION_BUS_ADDRESS": "unix:path=/run/user/1000/bus"}) is None
    (tmp_path / "bus").touch()
    assert session_bus_address({"XDG_RUNTIME_DIR": str(tmp_path)}) == f"unix:path={tmp_path / 'bus'}"
    assert session_bus_address({"XDG_RUNTIME_DIR": str(tmp_path / "none")}) == "disabled:"
    assert session_bus_address({}) == "disabled:"
