"""User settings, kept as one small JSON file in the app's own data folder (never QSettings or the registry).

Settings hold no journal content. A damaged settings file is set aside (renamed with a ``.damaged`` suffix)
and defaults are used, so a bad file never stops the app from starting.
"""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

from iia_help.fsutil import atomic_write_bytes

AFTER_PANIC_CHOICES = ("quit", "decoy", "minimise")
AUDIENCES = ("", "self", "worker")
AGE_GROUPS = ("", "adult", "under-18")  # "are you under 18?" on first run; "" = not said
NEUTRAL_TITLES = ("Notes", "Reader", "Documents", "Study notes")
ICONS = ("leaf", "page", "circle")
#: What the app opens on: "" the guidance home, "notes" a plain page that says nothing about the app (ui/discreet.py).
START_SCREENS = ("", "notes")


@dataclass
class Settings:
    # Identity shown in the title bar and taskbar.
    window_title: str = "Notes"
    icon: str = "leaf"
    # Guidance.
    region: str = ""  # "" until the person chooses on first run
    audience: str = ""  # "self", "worker", or "" until chosen
    age_group: str = ""  # "adult", "under-18", or "" (not said): orders contacts and the under-18 route
    text_zoom: int = 0  # steps above/below the default size
    high_contrast: bool = False
    # Panic key.
    panic_key: str = "F12"
    panic_triple_shift: bool = True
    after_panic: str = "quit"
    # Journal.
    autolock_minutes: int = 5  # 0 = off
    image_note_seen: bool = False
    # Discretion.
    exclude_from_capture: bool = False
    start_screen: str = ""  # one of START_SCREENS
    # Support-worker mode.
    guest_sessions: bool = False
    large_text: bool = False
    centre_lock: str = ""  # sealed verifier of the centre passphrase, "" = no lock
    extra: dict = field(default_factory=dict)

    def validated(self) -> Settings:
        """Return a copy with every out-of-range value replaced by its default."""
        defaults = Settings()
        out = Settings(**asdict(self))
        for f in fields(Settings):
            value = getattr(out, f.name)
            default = getattr(defaults, f.name)
            if not isinstance(value, type(default)) or (isinstance(default, int) and isinstance(value, bool)
                                                         and not isinstance(default, bool)):
                setattr(out, f.name, default)
        if out.after_panic not in AFTER_PANIC_CHOICES:
            out.after_panic = defaults.after_panic
        if out.audience not in AUDIENCES:
            out.audience = ""
        if out.age_group not in AGE_GROUPS:
            out.age_group = ""
        if not out.window_title.strip():
            out.window_title = defaults.window_title
        out.window_title = out.window_title[:80]
        if out.start_screen not in START_SCREENS:
            out.start_screen = defaults.start_screen
        if out.icon not in ICONS:
            out.icon = defaults.icon
        out.text_zoom = max(-4, min(10, out.text_zoom))
        out.autolock_minutes = max(0, min(24 * 60, out.autolock_minutes))
        return out


def load_settings(path: Path) -> Settings:
    """Read settings; a missing file gives defaults, a damaged one is set aside and gives defaults."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return Settings()
    except OSError:
        return Settings()
    try:
        data = json.loads(raw.decode("utf-8"))
        if not isinstance(data, dict):
            raise ValueError("not an object")
    except (ValueError, UnicodeDecodeError):
        with contextlib.suppress(OSError):
            os.replace(path, path.with_name(path.name + ".damaged"))
        return Settings()
    known = {f.name for f in fields(Settings)}
    kwargs = {k: v for k, v in data.items() if k in known}
    try:
        return Settings(**kwargs).validated()
    except TypeError:
        return Settings()


def save_settings(path: Path, settings: Settings) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    data = json.dumps(asdict(settings.validated()), indent=2, sort_keys=True).encode("utf-8")
    atomic_write_bytes(path, data)
