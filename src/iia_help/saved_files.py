"""Files the app saved during a guest session (handout PDFs), remembered until End session. No Qt.

A Quick exit ends a visit at once and the app closes, so a handout saved during it must not be forgotten with the
app's memory: each one is written to a small record in the data folder (``files.json``: a neutral name, holding
only the path, size and SHA-256 of each file). The next start reads it, End session names those files and offers
to delete them, and only then is the record cleared. Deleting checks first that the path still holds that very
file (an ordinary file, not a link, with the same content), as "Delete the original" does.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from iia_help.fsutil import READ_NO_FOLLOW, atomic_write_bytes
from iia_help.originals import Deleted, delete_original

RECORD_NAME = "files.json"
MAX_RECORD = 64 * 1024  # bytes read from the record at most
MAX_FILES = 50


@dataclass(frozen=True)
class SavedFile:
    path: Path
    size: int
    sha256: str


def describe(path: Path) -> SavedFile | None:
    """The file just saved at ``path`` (an ordinary file, read without following links), or None."""
    flags = READ_NO_FOLLOW
    try:
        fd = os.open(path, flags)
    except OSError:
        return None
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            return None
        h = hashlib.sha256()
        while chunk := os.read(fd, 1 << 20):
            h.update(chunk)
        return SavedFile(Path(os.path.abspath(path)), st.st_size, h.hexdigest())
    except OSError:
        return None
    finally:
        os.close(fd)


def load(record: Path) -> list[SavedFile]:
    """The files in the record; anything unreadable or odd gives an empty list (never an error)."""
    try:
        flags = READ_NO_FOLLOW
        fd = os.open(record, flags)
    except OSError:
        return []
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return []
        raw = os.read(fd, MAX_RECORD + 1)
    except OSError:
        return []
    finally:
        os.close(fd)
    out: list[SavedFile] = []
    with contextlib.suppress(ValueError, TypeError, AttributeError, RecursionError, KeyError, IndexError):
        for item in json.loads(raw.decode("utf-8"))["files"][:MAX_FILES]:
            path, size, digest = item["path"], item["size"], item["sha256"]
            if isinstance(path, str) and type(size) is int and isinstance(digest, str) and len(digest) == 64:
                out.append(SavedFile(Path(path), size, digest))
    return out


def save(record: Path, files: list[SavedFile]) -> None:
    """Write the record (or remove it when there is nothing to remember)."""
    if not files:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(record)
        return
    doc = {"files": [{"path": str(f.path), "size": f.size, "sha256": f.sha256} for f in files[-MAX_FILES:]]}
    record.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_bytes(record, json.dumps(doc).encode("utf-8"))


def still_there(f: SavedFile) -> bool:
    """Whether something is at the file's path (what is there is checked only when deleting)."""
    return os.path.lexists(f.path)


def delete_saved(f: SavedFile) -> Deleted:
    """Delete the saved file only if the path still holds exactly it (an ordinary file with the same content)."""
    return delete_original(f.path, f.sha256)
