"""User settings, kept as one small JSON file in the app's own data folder (never QSettings or the registry).

Settings hold no journal content. Whatever is at the settings path, ``load_settings`` returns usable settings:
a missing, unreadable or special file (a FIFO, a device, a folder) gives the defaults and is left alone; a
damaged file (not JSON, not an object, or bigger than ``MAX_SETTINGS_BYTES``) is set aside as
``settings.json.damaged`` (one copy, replaced by the next) and defaults are used. So a bad file never stops the app.

**One registry.** Each field of ``Settings`` is declared once with ``option(...)``: its default, the key it is
stored under, and its choices or range. ``OPTIONS`` (name -> ``Option``) is built from those declarations;
loading repairs a bad value with ``Option.repair`` and changing one checks it with ``Option.check``. Nothing else
holds a default or a limit.

**Neutral keys.** ``settings.json`` may be read by whoever shares the computer, so its keys must not say what the
app is for. A field whose Python name would (``panic_key``) is stored under a neutral key::

    panic_key: str = option("F12", key="hotkey")

Fields with neutral names are stored under their own name. Files written by older versions (with the old keys)
are still read, and rewritten with the neutral keys at once (``load_settings``), so no revealing key stays on disk
until the next change.
``tests/test_hostile_settings.py::test_every_key_written_is_neutral`` checks every key.

**Changing settings.** The app changes settings only through ``SettingsStore.update(**changes)`` (the context's
``ctx.update_settings``): it checks every value, applies them all or none, saves atomically and then tells every
listener which names changed. Listeners are plain Python callables, so the core needs no Qt;
``ui/settings_bridge.py`` turns them into a Qt signal for pages.
"""

from __future__ import annotations

import contextlib
import json
import math
import os
import stat
from collections.abc import Callable, Iterable
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
MAX_TITLE_LEN = 80


#: Keys of ``extra`` renamed to neutral ones (old -> new); an old file's key is read under its new name.
RENAMED_EXTRA_KEYS = {"worker_handouts": "handouts_up_front"}


@dataclass(frozen=True)
class Option:
    """One setting: its name, default, the key it is stored under, and what values it may take."""

    name: str
    default: Any
    key: str
    choices: tuple | None = None
    range: tuple[int, int] | None = None
    max_len: int = MAX_TEXT_LEN
    #: Revealing string values stored as neutral ones, e.g. ``{"decoy": "notes"}``.
    values: dict[str, str] = field(default_factory=dict)
    #: A string that must not be blank (the window title): spaces are squeezed, blank means "refused".
    name_like: bool = False

    @property
    def kind(self) -> type:
        return type(self.default)

    def _typed(self, value: Any) -> bool:
        if self.kind is dict:
            return isinstance(value, dict)
        if self.kind is int:
            return isinstance(value, int) and not isinstance(value, bool)
        return isinstance(value, self.kind)

    def check(self, value: Any) -> Any:
        """``value`` as it will be kept, or ValueError saying why it cannot be (a caller's mistake)."""
        if not self._typed(value):
            raise ValueError(f"{self.name} takes a {self.kind.__name__}, not {value!r}")
        if self.kind is dict:
            return _flat_extra(value)
        if isinstance(value, str):
            if self.name_like:
                value = " ".join(value.split())
                if not value:
                    raise ValueError(f"{self.name} cannot be blank")
            if len(value) > self.max_len:
                raise ValueError(f"{self.name} is longer than {self.max_len} characters")
        if self.choices is not None and value not in self.choices:
            raise ValueError(f"{self.name} is one of {self.choices}, not {value!r}")
        if self.range is not None and not self.range[0] <= value <= self.range[1]:
            raise ValueError(f"{self.name} is between {self.range[0]} and {self.range[1]}, not {value!r}")
        return value

    def repair(self, value: Any) -> Any:
        """``value`` made usable (what a settings file may hold): clamped to the range, cut to length, or the
        default. Never raises."""
        if not self._typed(value):
            return _copy(self.default)
        if self.kind is dict:
            return _flat_extra(value)
        if self.range is not None:
            value = max(self.range[0], min(self.range[1], value))
        if isinstance(value, str):
            if len(value) > MAX_TEXT_LEN:
                return self.default  # no setting is this long; centre_lock's verifier is about 200 characters
            if self.name_like:
                value = value[: self.max_len] if value.strip() else self.default
        try:
            return self.check(value)
        except ValueError:
            return _copy(self.default)


def _copy(value: Any) -> Any:
    return dict(value) if isinstance(value, dict) else value


def option(default: Any, *, key: str | None = None, choices: Iterable | None = None,
           range: tuple[int, int] | None = None, max_len: int = MAX_TEXT_LEN,  # noqa: A002 (the word the docs use)
           values: dict[str, str] | None = None, name_like: bool = False) -> Any:
    """Declare a settings field (see the module notes). ``key``: the neutral JSON key if the name would say what
    the app is for."""
    spec = {"default": default, "key": key, "choices": tuple(choices) if choices is not None else None,
            "range": range, "max_len": max_len, "values": values or {}, "name_like": name_like}
    if isinstance(default, dict):
        return field(default_factory=lambda: dict(default), metadata={"option": spec})
    return field(default=default, metadata={"option": spec})


def stored_as(key: str, default: Any, *, values: dict[str, str] | None = None) -> Any:
    """A settings field stored under the neutral ``key`` (kept for older call sites; same as ``option``)."""
    return option(default, key=key, values=values)


@dataclass
class Settings:
    # Identity shown in the title bar and taskbar.
    window_title: str = option("Notes", max_len=MAX_TITLE_LEN, name_like=True)
    icon: str = option("leaf", choices=ICONS)
    # Guidance.
    # "" until chosen. An unknown code, or the old joint "england-wales", loads as "": the question is asked again
    # rather than guessed, since England and Wales show different domestic-abuse lines (docs/architecture.md).
    region: str = option("", choices=("", *REGIONS))
    audience: str = option("", choices=AUDIENCES)  # "self", "worker", or "" until chosen
    age_group: str = option("", choices=AGE_GROUPS)  # "" = not said: orders contacts and the under-18 route
    text_zoom: int = option(0, range=(-4, 10))  # steps above/below the default size
    high_contrast: bool = option(False)
    # Panic key.
    panic_key: str = option("F12", key="hotkey")
    panic_triple_shift: bool = option(True, key="hotkey_shift3")
    after_panic: str = option("quit", key="hotkey_then", choices=AFTER_PANIC_CHOICES, values={"decoy": "notes"})
    # Journal.
    autolock_minutes: int = option(5, range=(0, 24 * 60))  # 0 = off
    image_note_seen: bool = option(False, key="tip1_seen")
    # Discretion.
    exclude_from_capture: bool = option(False, key="private_window")
    start_screen: str = option("", choices=START_SCREENS)
    intro_done: bool = option(False)  # the optional first-run questions were answered or skipped (ui/first_run.py)
    view: str = option("", max_len=16)  # the page open at the last panic, as a neutral id (ui/resume.py)
    # Support-worker mode.
    guest_sessions: bool = option(False)
    large_text: bool = option(False)
    centre_lock: str = option("", key="settings_lock")  # verifier of the centre passphrase, "" = no lock
    extra: dict = option({})  # flat, small: see MAX_EXTRA_ITEMS

    def validated(self) -> Settings:
        """Return a copy with every unusable value repaired (``Option.repair``)."""
        out = Settings()
        for name, opt in OPTIONS.items():
            setattr(out, name, opt.repair(getattr(self, name)))
        return out


def _options() -> dict[str, Option]:
    out = {}
    for f in fields(Settings):
        spec = dict(f.metadata["option"])
        spec["key"] = spec["key"] or f.name
        out[f.name] = Option(name=f.name, **spec)
    return out


#: Every setting, by its Python name (the one registry).
OPTIONS: dict[str, Option] = _options()


def checked_changes(changes: dict[str, Any]) -> dict[str, Any]:
    """``changes`` as they will be kept; ValueError naming the first unknown setting or unusable value."""
    out = {}
    for name, value in changes.items():
        opt = OPTIONS.get(name)
        if opt is None:
            raise ValueError(f"No such setting: {name!r}")
        out[name] = opt.check(value)
    return out


def apply_changes(settings: Settings, changes: dict[str, Any]) -> frozenset[str]:
    """Check ``changes`` and apply them all to ``settings`` in place (or none, on ValueError).
    Returns the names whose value really changed."""
    checked = checked_changes(changes)
    changed = frozenset(n for n, v in checked.items() if getattr(settings, n) != v)
    for name in changed:
        setattr(settings, name, _copy(checked[name]))
    return changed


Listener = Callable[[frozenset], None]


class SettingsStore:
    """The live settings and the one way to change them (see the module notes).

    ``save`` writes the settings (or does nothing, e.g. in a guest session); ``update`` calls it after applying
    the changes. If saving fails the change still holds for now: listeners are told, then the ``OSError`` is
    raised so the caller can say it was not saved.
    """

    def __init__(self, settings: Settings, save: Callable[[Settings], None] | None = None) -> None:
        self.settings = settings
        self._save = save
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call ``listener(changed_names)`` after every change; returns a function that stops it."""
        self._listeners.append(listener)

        def unsubscribe() -> None:
            with contextlib.suppress(ValueError):
                self._listeners.remove(listener)

        return unsubscribe

    def update(self, **changes: Any) -> frozenset[str]:
        changed = apply_changes(self.settings, changes)
        if not changed:
            return changed
        error: OSError | None = None
        if self._save is not None:
            try:
                self._save(self.settings)
            except OSError as exc:
                error = exc
        self.notify(changed)
        if error is not None:
            raise error
        return changed

    def notify(self, changed: Iterable[str]) -> None:
        names = frozenset(changed)
        for listener in list(self._listeners):
            listener(names)


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
    for name, opt in OPTIONS.items():
        value = getattr(s, name)
        if isinstance(value, str):
            value = opt.values.get(value, value)
        out[opt.key] = _copy(value)
    return out


def from_json_dict(data: dict[str, Any]) -> Settings:
    """Settings from a parsed settings.json: the neutral keys, or the old (attribute) names of older versions."""
    s = Settings()
    for name, opt in OPTIONS.items():
        if opt.key in data:
            value = data[opt.key]
        elif name in data:  # written by a version before the neutral keys
            value = data[name]
        else:
            continue
        if isinstance(value, str):
            back = {v: k for k, v in opt.values.items()}
            value = back.get(value, value)
        if name == "extra" and isinstance(value, dict):
            value = {RENAMED_EXTRA_KEYS.get(k, k): v for k, v in value.items()
                     if not (k in RENAMED_EXTRA_KEYS and RENAMED_EXTRA_KEYS[k] in value)}
        setattr(s, name, value)
    return s.validated()


def has_old_keys(data: dict[str, Any]) -> bool:
    """Whether a parsed settings.json holds a key of an older version (``panic_key``, ``after_panic``, ...)."""
    if any(name in data and opt.key != name for name, opt in OPTIONS.items()):
        return True
    extra = data.get(OPTIONS["extra"].key) if "extra" in OPTIONS else None
    if isinstance(extra, dict) and any(k in RENAMED_EXTRA_KEYS for k in extra):
        return True
    return any(isinstance(data.get(opt.key), str) and data[opt.key] in opt.values for opt in OPTIONS.values())


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
        settings = from_json_dict(data)
        if has_old_keys(data):  # written by an older version: say nothing revealing on disk from now on
            with contextlib.suppress(OSError):
                save_settings(Path(path), settings)
        return settings
    except Exception:  # noqa: BLE001 - a settings file must never stop the app
        return Settings()


def save_settings(path: Path, settings: Settings) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    data = json.dumps(to_json_dict(settings), indent=2, sort_keys=True).encode("utf-8")
    atomic_write_bytes(path, data)

