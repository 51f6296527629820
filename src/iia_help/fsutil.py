"""Small file-system helpers shared by the core: atomic writes that never leave a half-written file."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

#: Windows: ``os.fsync`` is ``FlushFileBuffers``, which refuses a handle without write access (EACCES), and a
#: folder cannot be opened as a file at all. Tests set this to run the Windows branches on any system.
WINDOWS = os.name == "nt"
#: Open a file the user or an outsider named, to read: never through a link, never blocking on a pipe or device.
READ_NO_FOLLOW = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)


def fsync_dir(path: Path) -> None:
    """Make a rename inside ``path`` durable.

    Skipped on Windows, on purpose: there is no way to open a folder for ``FlushFileBuffers`` there, and NTFS
    journals the rename itself (``os.replace`` is ``MoveFileExW``, which the file system logs before it returns).
    """
    if WINDOWS or os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def atomic_write_bytes(path: str | os.PathLike[str], data: bytes, *, mode: int = 0o600) -> None:
    """Write ``data`` to ``path`` so that readers see the old file or the new one, never a mix.

    The temp file is created in the target folder (same file system, so the rename is atomic) and removed
    if anything fails.
    """
    target = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        if os.name == "posix":
            os.chmod(tmp, mode)
        replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    fsync_dir(target.parent)


def fsync_open_flags() -> int:
    """How ``fsync_file`` opens a file: read-only on POSIX (enough for ``fsync``), read-write and binary on
    Windows, where ``FlushFileBuffers`` needs a handle with write access. It never creates or truncates."""
    if WINDOWS:
        return os.O_RDWR | getattr(os, "O_BINARY", 0)
    return os.O_RDONLY


def fsync_file(path: str | os.PathLike[str]) -> None:
    """Flush one file's contents to disk (an existing file; it is not changed)."""
    fd = os.open(path, fsync_open_flags())
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


#: Windows: how often ``replace`` tries again, and the pause before try n (n x this many seconds).
REPLACE_TRIES, REPLACE_PAUSE_S = 10, 0.025


def replace(src: str | os.PathLike[str], dst: str | os.PathLike[str]) -> None:
    """``os.replace``, patient on Windows: there a target that another program holds open (a virus scanner or the
    search indexer reading the file we just wrote, another copy of the app reading the settings) makes
    ``MoveFileExW`` fail with "access denied" for a moment. Like SQLite's own Windows code, try again a few times
    with a short, growing pause (at most about a second in all) before giving up with the error."""
    import time

    for attempt in range(REPLACE_TRIES if WINDOWS else 1):
        try:
            os.replace(src, dst)
            return
        except PermissionError:
            if attempt + 1 >= REPLACE_TRIES or not WINDOWS:
                raise
            time.sleep(REPLACE_PAUSE_S * (attempt + 1))


def remove_quietly(*paths: str | os.PathLike[str]) -> None:
    for p in paths:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(p)


def publish_no_clobber(tmp: str | os.PathLike[str], target: str | os.PathLike[str]) -> None:
    """Move a finished, fsynced temp file to ``target`` atomically, never replacing an existing file.

    Raises ``FileExistsError`` if ``target`` exists. Uses a hard link (atomic, refuses to clobber) and falls
    back to check-then-rename where the file system has no hard links (FAT/exFAT USB sticks).
    """
    target = Path(target)
    try:
        os.link(tmp, target)
    except FileExistsError:
        raise
    except OSError:
        if os.path.lexists(target):
            raise FileExistsError(str(target)) from None
        replace(tmp, target)
    else:
        os.unlink(tmp)
    fsync_dir(target.parent)


TEMP_PREFIX = ".tmp-"  # every safe-write temp the app makes (fsutil, the vault, backups, restores)


def remove_stale_temps(folder: str | os.PathLike[str], *, older_than_s: float = 600.0) -> list[str]:
    """Delete safe-write temps (and their SQLite siblings) that a killed process left in ``folder``.

    Only files untouched for ``older_than_s`` go, so a write still running in another copy of the app is safe.
    They hold only ciphertext or settings, never journal text; this is tidiness, not secrecy. Returns the names.
    """
    import time

    removed: list[str] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    now = time.time()
    for entry in entries:
        if not entry.name.startswith(TEMP_PREFIX):
            continue
        try:
            if not entry.is_file(follow_symlinks=False):
                continue
            if now - entry.stat(follow_symlinks=False).st_mtime < older_than_s:
                continue
            os.unlink(entry.path)
            removed.append(entry.name)
        except OSError:
            continue
    return removed
