"""Windows file handling, on every platform: fsync with a writable handle, no folder fsync, patient replace.

On Windows ``os.fsync`` is ``FlushFileBuffers``, which fails with "access denied" (EACCES) on a handle opened
read-only: that is how ``Vault.create``, backup and restore all failed there. Off Windows, ``flush_file_buffers``
below stands in for it with the same rule (the handle must allow writing) and ``fsutil.WINDOWS`` switches the
Windows branches on, so the Windows code runs here too. On Windows itself the real ``os.fsync`` is used. The real
thing under Wine: ``tests/test_windows_wine.py`` (slow).
"""

from __future__ import annotations

import errno
import os
import sys
from pathlib import Path

import pytest

from iia_help import fsutil
from iia_help.journal import Journal
from iia_help.vault import Vault

from vault_helpers import PASS, sample_entry

ON_WINDOWS = sys.platform == "win32"


def _access_mode(fd: int) -> int:
    import fcntl

    return fcntl.fcntl(fd, fcntl.F_GETFL) & os.O_ACCMODE


@pytest.fixture
def windows_rules(monkeypatch):
    """Run fsutil's Windows branches, with FlushFileBuffers' rule enforced on ``os.fsync`` off Windows.
    Returns the list of paths ``os.open`` was asked to open (to check that no folder is opened)."""
    opened: list[str] = []
    real_open, real_fsync = os.open, os.fsync

    def recording_open(path, flags, *args, **kwargs):
        opened.append(os.fspath(path))
        return real_open(path, flags, *args, **kwargs)

    def flush_file_buffers(fd):
        if _access_mode(fd) == os.O_RDONLY:
            raise PermissionError(errno.EACCES, "Access is denied")
        real_fsync(fd)

    monkeypatch.setattr(fsutil, "WINDOWS", True)
    monkeypatch.setattr(os, "open", recording_open)
    if not ON_WINDOWS:
        monkeypatch.setattr(os, "fsync", flush_file_buffers)
    return opened


@pytest.mark.skipif(ON_WINDOWS, reason="the stand-in checks a POSIX handle's access mode")
def test_the_stand_in_refuses_a_read_only_handle_as_windows_does(tmp_path, windows_rules):
    """The stand-in is not a rubber stamp: the old way (open read-only, then fsync) fails under it."""
    f = tmp_path / "f"
    f.write_bytes(b"x")
    fd = os.open(f, os.O_RDONLY)
    try:
        with pytest.raises(PermissionError):
            os.fsync(fd)
    finally:
        os.close(fd)


def test_fsync_file_opens_read_write_on_windows_and_changes_nothing(tmp_path, windows_rules):
    flags = fsutil.fsync_open_flags()
    assert flags & (os.O_RDONLY | os.O_WRONLY | os.O_RDWR) == os.O_RDWR
    assert not flags & (os.O_CREAT | os.O_TRUNC | os.O_APPEND)  # never creates, empties or moves the end
    assert flags & getattr(os, "O_BINARY", 0) == getattr(os, "O_BINARY", 0)
    f = tmp_path / "notes.tmp"
    data = os.urandom(70_000) + b"\r\n\n\x1a"  # text-mode translation or a ^Z would show
    f.write_bytes(data)
    before = f.stat()
    fsutil.fsync_file(f)
    assert f.read_bytes() == data
    assert f.stat().st_size == before.st_size
    with pytest.raises(FileNotFoundError):
        fsutil.fsync_file(tmp_path / "missing")  # it never creates a file
    assert not (tmp_path / "missing").exists()


def test_fsync_file_works_while_another_handle_has_the_file_open(tmp_path, windows_rules):
    """SQLite (or the writer) may still hold the file: a second, writable handle must still flush it."""
    f = tmp_path / "held"
    with open(f, "wb") as held:
        held.write(b"abc")
        held.flush()
        fsutil.fsync_file(f)
        held.write(b"def")
    assert f.read_bytes() == b"abcdef"


def test_posix_keeps_a_read_only_open(monkeypatch):
    monkeypatch.setattr(fsutil, "WINDOWS", False)
    assert fsutil.fsync_open_flags() == os.O_RDONLY


def test_folders_are_never_opened_for_fsync_on_windows(tmp_path, windows_rules):
    fsutil.fsync_dir(tmp_path)
    fsutil.atomic_write_bytes(tmp_path / "settings.json", b"{}")
    assert (tmp_path / "settings.json").read_bytes() == b"{}"
    assert not [p for p in windows_rules if os.path.isdir(p)]


def test_vault_create_backup_restore_under_windows_rules(tmp_path, windows_rules):
    """The journey that failed on Windows: make a journal, save an entry with a file, back up, restore."""
    vault = Vault.create(tmp_path / "notes.db", PASS, calibrate=False)
    try:
        journal = Journal(vault)
        entry_id = journal.add_entry(sample_entry())
        journal.attach(entry_id, "shot.png", b"\x89PNG fake picture bytes")
        vault.backup_to(tmp_path / "backup.db")
    finally:
        vault.close()
    (tmp_path / "restored").mkdir()
    Vault.restore_backup(tmp_path / "backup.db", tmp_path / "restored" / "notes.db", PASS)
    restored = Vault.open(tmp_path / "restored" / "notes.db", PASS)
    try:
        journal = Journal(restored)
        [entry] = journal.entries()
        assert entry.id == entry_id
        assert [journal.read_attachment(a.id) for a in entry.attachments] == [b"\x89PNG fake picture bytes"]
    finally:
        restored.close()
    assert not [p for p in windows_rules if os.path.isdir(p)]
    assert not [p for p in os.listdir(tmp_path) if p.startswith(fsutil.TEMP_PREFIX)]


def test_replace_tries_again_while_another_program_holds_the_target(tmp_path, monkeypatch):
    """Windows: a scanner holding the file we replace makes MoveFileExW fail for a moment; the write waits it out."""
    monkeypatch.setattr(fsutil, "WINDOWS", True)
    monkeypatch.setattr(fsutil, "REPLACE_PAUSE_S", 0.0)
    real_replace, calls = os.replace, []

    def busy_twice(src, dst):
        calls.append(dst)
        if len(calls) <= 2:
            raise PermissionError(errno.EACCES, "Access is denied")
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", busy_twice)
    fsutil.atomic_write_bytes(tmp_path / "settings.json", b"new")
    assert (tmp_path / "settings.json").read_bytes() == b"new" and len(calls) == 3


def test_replace_gives_up_with_the_error_and_leaves_no_temp(tmp_path, monkeypatch):
    monkeypatch.setattr(fsutil, "WINDOWS", True)
    monkeypatch.setattr(fsutil, "REPLACE_PAUSE_S", 0.0)
    calls = []

    def always_busy(src, dst):
        calls.append(dst)
        raise PermissionError(errno.EACCES, "Access is denied")

    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "settings.json").write_bytes(b"old")
    monkeypatch.setattr(os, "replace", always_busy)
    with pytest.raises(PermissionError):
        fsutil.atomic_write_bytes(folder / "settings.json", b"new")
    assert len(calls) == fsutil.REPLACE_TRIES
    assert sorted(os.listdir(folder)) == ["settings.json"]
    assert (folder / "settings.json").read_bytes() == b"old"


def test_replace_does_not_retry_off_windows(tmp_path, monkeypatch):
    monkeypatch.setattr(fsutil, "WINDOWS", False)
    calls = []

    def busy(src, dst):
        calls.append(dst)
        raise PermissionError(errno.EACCES, "denied")

    monkeypatch.setattr(os, "replace", busy)
    with pytest.raises(PermissionError):
        fsutil.replace(tmp_path / "a", Path(tmp_path / "b"))
    assert len(calls) == 1
