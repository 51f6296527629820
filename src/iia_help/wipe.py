"""Remove all of this app's data from this computer ("Remove everything" in Settings).

Only files the app itself makes are touched: the vault (``notes.db`` and SQLite's ``-wal``/``-journal``/``-shm``
files beside it), the settings file, temp files left by an interrupted safe write (``.tmp-*``), backups the app
keeps in its data folder, and then the data folder itself if it is empty. Anything else in the folder is left
alone, and symbolic links are removed as links: their targets are never opened or deleted.

Honest limits: each file is overwritten once before it is deleted, but on SSDs, flash drives, copy-on-write or
journalling file systems and with cloud sync or system backups the old bytes may survive elsewhere on the disk.
What protects the journal then is its encryption: without the passphrase the vault's contents cannot be read.
No Qt here.
"""

from __future__ import annotations

import contextlib
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path

from iia_help.fsutil import TEMP_PREFIX
from iia_help.paths import SETTINGS_FILE_NAME, VAULT_FILE_NAME, AppPaths

_SQLITE_SUFFIXES = ("", "-wal", "-journal", "-shm")
_CHUNK = 1 << 20


@dataclass
class WipeReport:
    removed: list[Path] = field(default_factory=list)  # files and links deleted
    overwritten: list[Path] = field(default_factory=list)  # of those, the ones overwritten first
    kept: list[Path] = field(default_factory=list)  # entries in the data folder that are not the app's
    failed: list[tuple[Path, str]] = field(default_factory=list)
    data_dir_removed: bool = False

    @property
    def ok(self) -> bool:
        return not self.failed


def _is_app_file(name: str) -> bool:
    """Names the app (or the vault/settings code it uses) creates inside its data folder."""
    stems = (VAULT_FILE_NAME, SETTINGS_FILE_NAME)
    if name in {s + suf for s in stems for suf in _SQLITE_SUFFIXES}:
        return True
    if name == SETTINGS_FILE_NAME + ".damaged":
        return True
    if name.startswith(TEMP_PREFIX):  # fsutil/vault safe-write temps, with their SQLite siblings
        return True
    base = VAULT_FILE_NAME.rsplit(".", 1)[0]  # "notes"
    # Backups the app makes beside the vault: notes.db.bak, notes-backup-2026-01-01.db and their SQLite siblings.
    return name.startswith((VAULT_FILE_NAME + ".bak", base + "-backup"))


def _overwrite(path: Path) -> bool:
    """Overwrite a regular file's bytes with zeros in place, without following a link. Best effort."""
    flags = os.O_WRONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError:
        return False
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode) or st.st_nlink > 1:  # a hard link elsewhere still needs its bytes
            return False
        zeros = bytes(min(_CHUNK, st.st_size))
        left = st.st_size
        while left > 0:
            n = os.write(fd, zeros[: min(left, len(zeros))])
            left -= n
        os.fsync(fd)
        return True
    except OSError:
        return False
    finally:
        os.close(fd)


def wipe_all(paths: AppPaths) -> WipeReport:
    """Delete the app's own files in ``paths.data_dir``, then the folder if it is empty. See the module notes."""
    report = WipeReport()
    data_dir = Path(paths.data_dir)
    try:
        entries = sorted(os.scandir(data_dir), key=lambda e: e.name)
    except FileNotFoundError:
        return report
    except OSError as exc:
        report.failed.append((data_dir, exc.strerror or str(exc)))
        return report
    for entry in entries:
        path = data_dir / entry.name
        if not _is_app_file(entry.name):
            report.kept.append(path)
            continue
        try:
            is_link = entry.is_symlink()
            is_file = entry.is_file(follow_symlinks=False)
        except OSError as exc:
            report.failed.append((path, exc.strerror or str(exc)))
            continue
        if not is_link and not is_file:  # a folder with an app-like name: not ours to empty
            report.kept.append(path)
            continue
        if is_file and _overwrite(path):
            report.overwritten.append(path)
        try:
            os.unlink(path)  # removes a link itself, never its target
            report.removed.append(path)
        except FileNotFoundError:
            pass
        except OSError as exc:
            report.failed.append((path, exc.strerror or str(exc)))
    if not report.kept and not report.failed and not data_dir.is_symlink():
        try:
            data_dir.rmdir()
            report.data_dir_removed = True
        except OSError as exc:
            report.failed.append((data_dir, exc.strerror or str(exc)))
    with contextlib.suppress(OSError):
        if report.data_dir_removed:
            from iia_help.fsutil import fsync_dir

            fsync_dir(data_dir.parent)
    return report
