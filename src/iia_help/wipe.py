"""Remove all of this app's data from this computer ("Remove everything" in Settings).

Only files the app itself makes are touched: the vault (``notes.db`` and SQLite's ``-wal``/``-journal``/``-shm``
files beside it), the settings file, temp files left by an interrupted safe write (``.tmp-*``), backups the app
keeps in its data folder, and then the data folder itself if it is empty. Anything else in the folder is left
alone. Symbolic links are removed as links; a link's target is deleted too only when it is a regular file inside
the data folder (so ``notes.db`` pointing at ``Fernleaf/elsewhere.db`` removes the notes). A target outside the
folder is never opened or deleted: the report lists it (``links_outside``) and ``summary()`` says so.

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

from iia_help.catalog import QT_TRANSLATE_NOOP, Texts
from iia_help.fsutil import TEMP_PREFIX
from iia_help.paths import SETTINGS_FILE_NAME, VAULT_FILE_NAME, AppPaths
from iia_help.saved_files import RECORD_NAME as SAVED_RECORD_NAME

_SQLITE_SUFFIXES = ("", "-wal", "-journal", "-shm")
_CHUNK = 1 << 20


@dataclass
class WipeReport:
    removed: list[Path] = field(default_factory=list)  # files and links deleted
    overwritten: list[Path] = field(default_factory=list)  # of those, the ones overwritten first
    kept: list[Path] = field(default_factory=list)  # entries in the data folder that are not the app's
    failed: list[tuple[Path, str]] = field(default_factory=list)
    links_outside: list[tuple[Path, Path]] = field(default_factory=list)  # (link removed, target left alone)
    data_dir_removed: bool = False
    in_use: bool = False  # another window of the app has the journal open: nothing was removed

    @property
    def ok(self) -> bool:
        return not self.failed and not self.in_use

    def summary(self, data_dir: Path | str, language: str = "en") -> str:
        """What happened, in words for the person (shown after "Remove everything"), in ``language``."""
        tx = Texts(language)
        if self.in_use:
            return tx.translate("errors", IN_USE_TEXT)
        if self.failed:
            return tx.translate("errors", "Some files could not be removed ({count}). Close any other program that "
                                          "might be using them and try again, or delete this folder "
                                          "yourself:\n{folder}").format(count=len(self.failed), folder=data_dir)
        text = tx.translate("errors", "Everything this app kept on this computer has been removed.")
        if self.links_outside:
            names = ", ".join(link.name for link, _ in self.links_outside)
            targets = "\n".join(str(target) for _, target in self.links_outside)
            text = tx.translate("errors", "Everything this app kept in its own folder has been removed. But {names} "
                                          "was only a link (shortcut) to a file outside that folder. The link is "
                                          "gone; the file it pointed to was not touched, because the app only "
                                          "deletes inside its own folder. If that file is yours to delete, delete "
                                          "it yourself:\n{targets}").format(names=names, targets=targets)
        return tx.translate("errors", "{text}\nThe app will now close.").format(text=text)


IN_USE_TEXT = QT_TRANSLATE_NOOP(
    "errors", "Nothing was removed: your journal is open in another window of this app. Close that window, or "
    "lock the journal there, then try again.")


class _VaultInUse(Exception):
    pass


_PENDING_BYTE = 0x40000000  # SQLite's lock bytes in the database file: pending, reserved, then the shared range
_LOCK_SPAN = 2 + 510


def _hold_vault(path: Path) -> int | None:
    """Take the lock bytes of the notes file that a window of the app holds while its journal is open (SQLite's
    own, so no other window can open the journal, or go on saving into it, while it is removed). Nothing is read
    and SQLite does not run (it would tidy up after a crash first). Raises ``_VaultInUse`` if another window holds
    them. Returns the open descriptor holding the lock (close it to release), or None."""
    try:
        st = os.lstat(path)
    except OSError:
        return None
    if not stat.S_ISREG(st.st_mode):
        return None  # a link or something else: handled (never opened) below
    try:
        fd = os.open(path, os.O_RDWR | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0))
    except OSError:
        return None
    try:
        if os.name == "nt":
            import msvcrt

            os.lseek(fd, _PENDING_BYTE, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, _LOCK_SPAN)
        else:
            import fcntl

            fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB, _LOCK_SPAN, _PENDING_BYTE)
    except OSError:
        os.close(fd)
        raise _VaultInUse() from None
    return fd


def _release(fd: int | None) -> None:
    if fd is not None:
        with contextlib.suppress(OSError):
            os.close(fd)  # closing releases the lock


def _is_app_file(name: str) -> bool:
    """Names the app (or the vault/settings code it uses) creates inside its data folder."""
    stems = (VAULT_FILE_NAME, SETTINGS_FILE_NAME)
    if name in {s + suf for s in stems for suf in _SQLITE_SUFFIXES}:
        return True
    if name in (SETTINGS_FILE_NAME + ".damaged", SAVED_RECORD_NAME):
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


def _remove_link_target(link: Path, data_real: Path | None, report: WipeReport) -> None:
    """Overwrite and delete a link's target if it is a regular file inside the data folder; else report it."""
    try:
        target = Path(os.path.realpath(link))
        exists = os.path.lexists(target)
    except (OSError, ValueError):
        return
    if not exists:
        return  # a dangling link: removing the link is all there is
    inside = data_real is not None and data_real in target.parents
    if not inside:
        report.links_outside.append((link, target))
        return
    try:
        st = os.lstat(target)
    except OSError:
        return
    if not stat.S_ISREG(st.st_mode):
        report.kept.append(target)
        return
    if _overwrite(target):
        report.overwritten.append(target)
    try:
        os.unlink(target)
        report.removed.append(target)
    except FileNotFoundError:
        pass
    except OSError as exc:
        report.failed.append((target, exc.strerror or str(exc)))


def wipe_all(paths: AppPaths) -> WipeReport:
    """Delete the app's own files in ``paths.data_dir``, then the folder if it is empty. See the module notes."""
    report = WipeReport()
    data_dir = Path(paths.data_dir)
    try:
        held = _hold_vault(Path(paths.vault_file))
    except _VaultInUse:
        report.in_use = True
        return report
    if os.name == "nt":  # Windows cannot delete an open file: the check above is all it gets there
        _release(held)
        held = None
    try:
        try:
            entries = sorted(os.scandir(data_dir), key=lambda e: e.name)
        except FileNotFoundError:
            return report
        except OSError as exc:
            report.failed.append((data_dir, exc.strerror or str(exc)))
            return report
        _remove(data_dir, entries, report)
    finally:
        _release(held)
    gone = {os.path.realpath(p) for p in report.removed}
    report.kept = [p for p in report.kept if os.path.realpath(p) not in gone]
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


def _remove(data_dir: Path, entries: list[os.DirEntry], report: WipeReport) -> None:
    try:
        data_real = Path(os.path.realpath(data_dir))
    except (OSError, ValueError):
        data_real = None
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
        if is_link:
            _remove_link_target(path, data_real, report)
        try:
            os.unlink(path)  # removes a link itself, never its target
            report.removed.append(path)
        except FileNotFoundError:
            pass
        except OSError as exc:
            report.failed.append((path, exc.strerror or str(exc)))
