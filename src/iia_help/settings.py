"""User settings, kept as one small JSON file in the app's own data folder (never QSettings or the registry).

Settings hold no journal content. Whatever is at the settings path, ``load_settings`` returns usable settings:
a missing, unreadable or special file (a FIFO, a device, a folder) gives the defaults and is left alone; a
damaged file (not JSON, not an object, or bigger than ``MAX_SETTINGS_BYTES``) is set aside as
``settings.json.damaged`` (one copy, replaced by the next) and defaults are used. So a bad file never stops the app.

**Neutral keys.** ``settings.json`` may be read by whoever shares the computer, so its keys must not say what the
app is for. A field whose Python name would (``panic_key``) is stored under a neutral key with ``stored_as``::

    panic_key: str = stored_as("hotkey", "F12")

Fields with neutral names are plain (``region: str = ""``) and stored under their own name. Files written by
older versions (with the old keys) are still read; the next save writes the new keys.
``tests/test_hostile_settings.py::test_every_key_written_is_neutral`` checks every key.
"""

from __future__ import annotations

import contextlib
import json
import math
import os
import stat
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from iia_help.contacts import REGIONS
from iia_help.fsutil import atomic_write_bytes

AFTER_PANIC_CHOICES = ("quit", "decoy", "minimise")
AUDIENCES = ("", "self", "worker")
AGE_GROUPS = ("", "adult", "under-18")  # "are you under 18?" on first run; "" = not said
NEUTRAL_TITLES = ("Notes", "Reader", "Documents", "Study notes")
ICONS = ("leaf", "page", "circle")
#: What the app opens on: "" the guidance home, "notes" a plain page that says nothing about the app (ui/discreet.py).
START_SCREENS = ("", "notes")

#: Largest settings file read (bytes). A real one is under 2 KB; anything bigger is set aside unread.
MAX_SETTINGS_BYTES = 1024 * 1024
#: ``extra`` stays flat and small: at most this many keys, each a short string, each value a scalar.
MAX_EXTRA_ITEMS = 64
MAX_EXTRA_KEY_LEN = 64
MAX_TEXT_LEN = 4096  # any string value in extra, and centre_lock's verifier


#: Keys of ``extra`` renamed to neutral ones (old -> new); an old file's key is read under its new name.
RENAMED_EXTRA_KEYS = {"worker_handouts": "handouts_up_front"}


def stored_as(key: str, default: Any, *, values: dict[str, str] | None = None) -> Any:
    """A settings field stored in settings.json under the neutral ``key`` (``values`` maps revealing string
    values to neutral ones, e.g. ``{"decoy": "notes"}``). See the module notes."""
    return field(default=default, metadata={"json": key, "values": values or {}})


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
    panic_key: str = stored_as("hotkey", "F12")
    panic_triple_shift: bool = stored_as("hotkey_shift3", True)
    after_panic: str = stored_as("hotkey_then", "quit", values={"decoy": "notes"})
    # Journal.
    autolock_minutes: int = 5  # 0 = off
    image_note_seen: bool = stored_as("tip1_seen", False)
    # Discretion.
    exclude_from_capture: bool = stored_as("private_window", False)
    start_screen: str = ""  # one of START_SCREENS
    # Support-worker mode.
    guest_sessions: bool = False
    large_text: bool = False
    centre_lock: str = stored_as("settings_lock", "")  # verifier of the centre passphrase, "" = no lock
    extra: dict = field(default_factory=dict)

    def validated(self) -> Settings:
        """Return a copy with every out-of-range value replaced by its default (``extra`` made flat and scalar)."""
        defaults = Settings()
        out = Settings()
        for f in fields(Settings):
            value = getattr(self, f.name)
            default = getattr(defaults, f.name)
            if f.name == "extra":
                value = _flat_extra(value)
            elif not isinstance(value, type(default)) or (isinstance(default, int) and isinstance(value, bool)
                                                          and not isinstance(default, bool)):
                value = default
            elif isinstance(value, str) and len(value) > MAX_TEXT_LEN:
                value = default  # no setting is this long; centre_lock's verifier is about 200 characters
            setattr(out, f.name, value)
        if out.after_panic not in AFTER_PANIC_CHOICES:
            out.after_panic = defaults.after_panic
        if out.audience not in AUDIENCES:
            out.audience = ""
        if out.age_group not in AGE_GROUPS:
            out.age_group = ""
        if out.region not in REGIONS:
            # Includes the old joint "england-wales": asked again rather than guessed, since England and Wales
            # now show different domestic-abuse lines (docs/architecture.md, "Regions").
            out.region = ""
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


def _scalar(value: object) -> bool:
    if value is None or isinstance(value, bool):
        return True
    if isinstance(value, int):
        return -(2**53) <= value <= 2**53
    if isinstance(value, float):
        return math.isfinite(value)
    return isinstance(value, str) and len(value) <= MAX_TEXT_LEN


def _flat_extra(value: object) -> dict:
    """Keep only short string keys with scalar values (no lists or objects: nothing to recurse into)."""
    if not isinstance(value, dict):
        return {}
    out: dict = {}
    for k, v in value.items():
        if len(out) >= MAX_EXTRA_ITEMS:
            break
        if isinstance(k, str) and 0 < len(k) <= MAX_EXTRA_KEY_LEN and _scalar(v):
            out[k] = v
    return out


def to_json_dict(settings: Settings) -> dict[str, Any]:
    """What goes into settings.json: neutral keys and values (validated, flat)."""
    s = settings.validated()
    out: dict[str, Any] = {}
    for f in fields(Settings):
        value = getattr(s, f.name)
        if isinstance(value, str):
            value = f.metadata.get("values", {}).get(value, value)
        out[f.metadata.get("json", f.name)] = dict(value) if isinstance(value, dict) else value
    return out


def from_json_dict(data: dict[str, Any]) -> Settings:
    """Settings from a parsed settings.json: the neutral keys, or the old (attribute) names of older versions."""
    s = Settings()
    for f in fields(Settings):
        key = f.metadata.get("json", f.name)
        if key in data:
            value = data[key]
        elif f.name in data:  # written by a version before the neutral keys
            value = data[f.name]
        else:
            continue
        if isinstance(value, str):
            back = {v: k for k, v in f.metadata.get("values", {}).items()}
            value = back.get(value, value)
        if f.name == "extra" and isinstance(value, dict):
            value = {RENAMED_EXTRA_KEYS.get(k, k): v for k, v in value.items()
                     if not (k in RENAMED_EXTRA_KEYS and RENAMED_EXTRA_KEYS[k] in value)}
        setattr(s, f.name, value)
    return s.validated()


def _read_capped(path: Path) -> bytes | None:
    """At most ``MAX_SETTINGS_BYTES + 1`` bytes of a regular file; None for anything else (never blocks:
    a FIFO is opened non-blocking and refused by its type)."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOCTTY", 0)
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            return None
        fd = os.open(path, flags)
    except OSError:
        return None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):  # swapped between the check and the open
            return None
        parts: list[bytes] = []
        left = MAX_SETTINGS_BYTES + 1
        while left > 0:
            chunk = os.read(fd, min(left, 65536))
            if not chunk:
                break
            parts.append(chunk)
            left -= len(chunk)
        return b"".join(parts)
    except OSError:
        return None
    finally:
        os.close(fd)


def _set_aside(path: Path) -> None:
    with contextlib.suppress(OSError):
        if stat.S_ISREG(os.lstat(path).st_mode):
            os.replace(path, path.with_name(path.name + ".damaged"))


def load_settings(path: Path) -> Settings:
    """Read settings; never raises. See the module notes for what happens to a missing, special or bad file."""
    try:
        raw = _read_capped(Path(path))
        if raw is None:
            return Settings()
        if len(raw) > MAX_SETTINGS_BYTES:
            _set_aside(Path(path))
            return Settings()
        try:
            data = json.loads(raw.decode("utf-8"))
        except Exception:  # noqa: BLE001 - ValueError, RecursionError, MemoryError...: all mean "damaged"
            data = None
        if not isinstance(data, dict):
            _set_aside(Path(path))
            return Settings()
        return from_json_dict(data)
    except Exception:  # noqa: BLE001 - a settings file must never stop the app
        return Settings()


def save_settings(path: Path, settings: Settings) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    data = json.dumps(to_json_dict(settings), indent=2, sort_keys=True).encode("utf-8")
    atomic_write_bytes(path, data)

