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
    #: The language asked for by ``--language`` ("" none), and the computer's own (set by the app at start).
    language_command_line: str = ""
    system_language: str = "en"
    #: A support worker's language for this visit: in memory only, never saved ("" none; ``set_visit_language``).
    visit_language: str = ""
    _library: Any = None
    _library_language: str = ""
    _contacts: Any = None
    _contacts_language: str = ""
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
    def language(self) -> str:
        """The language the app speaks now (``iia_help.language.choose``: visit, --language, setting, system)."""
        from iia_help.language import choose

        return choose(visit=self.visit_language, command_line=self.language_command_line,
                      saved=self.settings.language, system=self.system_language)

    def set_visit_language(self, code: str) -> None:
        """Switch language for this visit only ("" = back to the usual one). Nothing is saved; listeners are told
        ``{"language"}`` as for a settings change."""
        from iia_help.language import normalise

        code = normalise(code) or "" if code else ""
        if code != self.visit_language:
            before = self.language
            self.visit_language = code
            if self.language != before:
                self.store.notify(frozenset({"language"}))

    @property
    def library(self) -> Library:
        language = self.language
        if self._library is None or self._library_language != language:
            from iia_help.guidance import load_library

            self._library = load_library(lazy=True, language=language)  # pages render when first shown
            self._library_language = language
        return self._library

    @property
    def contacts(self) -> Directory:
        language = self.language
        if self._contacts is None or self._contacts_language != language:
            from iia_help.contacts import load_contacts

            self._contacts = load_contacts(language=language)  # descriptions translated where they are
            self._contacts_language = language
        return self._contacts
