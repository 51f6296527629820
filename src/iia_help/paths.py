"""Where the app keeps its files.

Every file the app writes lives under one data folder. Its default name is neutral ("Fernleaf"), so a person
looking through a shared computer's folders sees nothing that hints at what the app is for. File names inside
are neutral too: ``notes.db`` (the encrypted vault) and ``settings.json``.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

#: Neutral folder name used under the platform's user-data location. Part of the app's public contract:
#: changing it would orphan people's existing vaults.
DATA_DIR_NAME = "Fernleaf"
#: A file with this name beside the executable switches on portable mode (data kept beside the app).
PORTABLE_MARKER = "portable.txt"
#: Folder, beside the app, that holds the data in portable mode.
PORTABLE_DATA_DIR = "Data"

VAULT_FILE_NAME = "notes.db"
SETTINGS_FILE_NAME = "settings.json"


@dataclass(frozen=True)
class AppPaths:
    data_dir: Path
    portable: bool = False

    @property
    def settings_file(self) -> Path:
        return self.data_dir / SETTINGS_FILE_NAME

    @property
    def vault_file(self) -> Path:
        return self.data_dir / VAULT_FILE_NAME

    def ensure_data_dir(self) -> Path:
        """Create the data folder (owner-only permissions where the OS has them) and return it."""
        self.data_dir.mkdir(parents=True, exist_ok=True)
        if os.name == "posix":
            os.chmod(self.data_dir, 0o700)
        return self.data_dir


def app_dir() -> Path:
    """The folder the app runs from: the frozen executable's folder, or the source checkout's root."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return Path(__file__).resolve().parents[2]


def portable_marker_present() -> bool:
    return (app_dir() / PORTABLE_MARKER).is_file()


def default_data_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir(DATA_DIR_NAME, appauthor=False, roaming=False))


def resolve_paths(data_dir: str | os.PathLike[str] | None = None, portable: bool | None = None) -> AppPaths:
    """Pick the data folder: ``--data-dir`` wins, then portable mode (flag or marker file), then the default."""
    if data_dir is not None:
        return AppPaths(Path(data_dir).expanduser().resolve(), portable=bool(portable))
    if portable or (portable is None and portable_marker_present()):
        return AppPaths(app_dir() / PORTABLE_DATA_DIR, portable=True)
    return AppPaths(default_data_dir(), portable=False)
