"""Small file-system helpers shared by the core: atomic writes that never leave a half-written file."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


def fsync_dir(path: Path) -> None:
    """Make a rename inside ``path`` durable (a no-op where the OS cannot open folders)."""
    if os.name != "posix":
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
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    fsync_dir(target.parent)


def fsync_file(path: str | os.PathLike[str]) -> None:
    """Flush one file's contents to disk."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


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
        os.replace(tmp, target)
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
