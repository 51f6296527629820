"""The app's shared state, handed to every page. Holds no widgets, so the core stays testable headless."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from iia_help.paths import AppPaths
from iia_help.settings import Settings, SettingsStore, load_settings, save_settings

if TYPE_CHECKING:
    from iia_help.contacts import Directory
    from iia_help.guidance import Library


@dataclass
class AppContext:
    paths: AppPaths
    settings: Settings = field(default_factory=Settings)
    #: Set by support-worker mode: nothing of the session may be written to disk.
    guest: bool = False
    #: Where the computer seems to be (``iia_help.region_guess``), until a place is chosen; set by the app at start.
    region_guess: str = ""
    _library: Any = None
    _contacts: Any = None
    store: SettingsStore = field(init=False, repr=False, compare=False)
    #: The UI's Qt signal for settings changes (ui/settings_bridge.py); the core never touches it.
    qt_bridge: Any = field(default=None, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.store = SettingsStore(self.settings, lambda _s: self.save_settings())
        self._had_data_dir = self.paths.data_dir.is_dir()

    @classmethod
    def load(cls, paths: AppPaths) -> AppContext:
        return cls(paths=paths, settings=load_settings(paths.settings_file))

    def save_settings(self) -> None:
        """Persist settings (creating the data folder on first save only). A guest session writes nothing."""
        if self.guest:
            return
        if self._had_data_dir and not self.paths.data_dir.is_dir():
            return  # "Remove everything" (perhaps in another window of the app) removed it: do not bring it back
        self.paths.ensure_data_dir()
        self._had_data_dir = True
        save_settings(self.paths.settings_file, self.settings)

    def update_settings(self, **changes: Any) -> frozenset[str]:
        """Change settings: checked (ValueError), saved unless a guest session, then every listener told.
        Raises OSError after the change if it could not be saved (it still holds for now)."""
        return self.store.update(**changes)

    def on_settings_changed(self, listener: Callable[[frozenset], None]) -> Callable[[], None]:
        """Call ``listener(changed_names)`` after every change; returns a function that stops it."""
        return self.store.subscribe(listener)

    @property
    def library(self) -> Library:
        if self._library is None:
            from iia_help.guidance import load_library

            self._library = load_library(lazy=True)  # pages render when first shown
        return self._library

    @property
    def contacts(self) -> Directory:
        if self._contacts is None:
            from iia_help.contacts import load_contacts

            self._contacts = load_contacts()
        return self._contacts
