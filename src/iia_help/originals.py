"""Deleting the original of a file added to the journal, without trusting what is at its path. No Qt.

Only an ordinary file is deleted, and only the very file that was checked: it is opened without following links
and without blocking (a pipe at the path cannot freeze anything), hashed through that open descriptor, and its
device and inode are compared with what is at the path just before the name is removed. A link is never deleted in
place of the picture it points to, and a file with other names (hard links) is said to be still on the computer.
"""

from __future__ import annotations

import hashlib
import os
import stat
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from iia_help.fsutil import READ_NO_FOLLOW

CHUNK = 1024 * 1024


@dataclass
class Deleted:
    """What happened: ``why`` is "" when the name is gone, else why it is still there (plain words, starting
    "it ..."). ``other_names`` counts the names the same file still has elsewhere (hard links)."""

    why: str = ""
    other_names: int = 0

    @property
    def gone(self) -> bool:
        return not self.why


def _same(a: os.stat_result, b: os.stat_result) -> bool:
    return (a.st_dev, a.st_ino) == (b.st_dev, b.st_ino)


def delete_original(path: Path, sha256: str, *, before_unlink: Callable[[], None] | None = None) -> Deleted:
    """Delete ``path`` only if it is an ordinary file that still holds exactly what the journal keeps (``sha256``),
    then check that it is gone. ``before_unlink`` is for tests: it runs between hashing and the last identity
    check, where another program could swap the file."""
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        return Deleted()
    except OSError as exc:
        return Deleted(f"it could not be looked at ({exc.strerror or exc})")
    if stat.S_ISLNK(st.st_mode):
        try:
            target = os.path.realpath(path)
        except (OSError, ValueError):
            target = "another place"
        return Deleted(f"it is only a link to a file at {target}, so nothing was deleted: delete that file if you "
                       "mean to")
    if not stat.S_ISREG(st.st_mode):
        return Deleted("it is not an ordinary file (it may be a folder, a pipe or a device), so it was left alone")
    flags = READ_NO_FOLLOW | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        return Deleted()
    except OSError as exc:
        return Deleted(f"it could not be opened to check it ({exc.strerror or exc}), so it was left alone")
    try:
        opened = os.fstat(fd)
        if not stat.S_ISREG(opened.st_mode) or not _same(opened, st):
            return Deleted("it was replaced by something else while it was being checked, so it was left alone")
        h = hashlib.sha256()
        while chunk := os.read(fd, CHUNK):
            h.update(chunk)
        opened = os.fstat(fd)  # the link count as it is now
    finally:
        os.close(fd)  # before unlinking: Windows refuses to delete an open file
    if h.hexdigest() != sha256:
        return Deleted("it has changed since it was added, so it was left alone")
    if before_unlink is not None:
        before_unlink()
    try:
        now = os.lstat(path)
    except FileNotFoundError:
        return Deleted()
    if not _same(now, opened):
        return Deleted("it was replaced by another file while it was being checked, so it was left alone")
    try:
        os.unlink(path)  # not to the Recycle Bin or Trash: that would keep it
    except FileNotFoundError:
        pass
    except OSError as exc:
        return Deleted(f"the computer did not allow it ({exc.strerror or exc})")
    left = max(0, now.st_nlink - 1)  # other names the same file still has (hard links)
    try:
        again = os.lstat(path)
    except FileNotFoundError:
        return Deleted(other_names=left)
    if _same(again, opened):
        return Deleted("it is still there after deleting", left)
    return Deleted(other_names=left)  # something new has that name now; the checked file's name is gone
