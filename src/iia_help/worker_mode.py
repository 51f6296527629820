"""Support-worker mode, the core (no Qt): who is using the app, guest-session state, and the centre lock.

A *guest session* is a visit at a drop-in centre. While it runs, nothing the visitor does is written to the
centre computer; **End session** forgets all of it (see ``GuestState``).

The *centre lock* is an optional passphrase that protects the settings, so a visitor cannot switch guest
sessions off. Only an Argon2id verifier is stored (salt, parameters and hash, as base64 JSON in
``Settings.centre_lock``); never the passphrase. It is a speed bump, not a safe: someone who can edit the
settings file by hand can remove it.
"""

from __future__ import annotations

import base64
import json
import os
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from iia_help.catalog import translate
from iia_help.settings import Settings, apply_changes

__all__ = [
    "AUDIENCE_SELF",
    "AUDIENCE_WORKER",
    "GUEST_FORGETS",
    "HANDOUTS_KEY",
    "LOCK_PARAMS",
    "CentreLockError",
    "GuestState",
    "apply_audience_defaults",
    "check_centre_passphrase",
    "clear_centre_lock",
    "handouts_prominent",
    "has_centre_lock",
    "set_centre_passphrase",
]

AUDIENCE_SELF = "self"
AUDIENCE_WORKER = "worker"
#: Key in ``Settings.extra``: show the handouts button in the top area (a worker's choice).
HANDOUTS_KEY = "handouts_up_front"  # neutral; older versions wrote "worker_handouts" (settings.py migrates)

#: What End session forgets, in words a support worker can read out.
GUEST_FORGETS = (
    "words typed into search",
    "pages looked at, and the back and forward history",
    "text size and contrast changes",
    "the region picked during the visit",
    "contacts filters",
    "the take-away journal (it is locked and the app forgets where it is)",
    "anything this app put on the clipboard",
)


@dataclass
class GuestState:
    """What a guest session must forget. Held in memory only; ``clear()`` is End session's core."""

    search_terms: list[str] = field(default_factory=list)
    page_history: list[str] = field(default_factory=list)
    zoom: int = 0
    region_override: str = ""
    takeaway_path: Path | None = None

    def note_search(self, text: str) -> None:
        if text.strip():
            self.search_terms.append(text)

    def note_page(self, page_id: str) -> None:
        if page_id:
            self.page_history.append(page_id)

    def clear(self) -> None:
        self.search_terms.clear()
        self.page_history.clear()
        self.zoom = 0
        self.region_override = ""
        self.takeaway_path = None

    @property
    def is_clean(self) -> bool:
        return not (self.search_terms or self.page_history or self.zoom or self.region_override
                    or self.takeaway_path is not None)


# --------------------------------------------------------------------------------------------- audience
def apply_audience_defaults(settings: Settings, audience: str) -> Settings:
    """Set the defaults that fit who uses the app, in place, and return ``settings``.

    "worker": guest sessions on and handouts shown up front (the large-text button is offered in guest
    sessions). "self": guest sessions off, handouts kept in the Contacts and Guidance areas only.
    Text size and contrast are left as the person set them.
    """
    apply_changes(settings, audience_changes(settings, audience))
    return settings


def audience_changes(settings: Settings, audience: str) -> dict:
    """The settings changes ``apply_audience_defaults`` makes, for ``AppContext.update_settings(**changes)``."""
    if audience not in (AUDIENCE_SELF, AUDIENCE_WORKER):
        raise ValueError(f"Unknown audience: {audience!r}")
    worker = audience == AUDIENCE_WORKER
    return {"audience": audience, "guest_sessions": worker, "extra": {**settings.extra, HANDOUTS_KEY: worker}}


def handouts_prominent(settings: Settings) -> bool:
    return bool(settings.extra.get(HANDOUTS_KEY, settings.audience == AUDIENCE_WORKER))


# --------------------------------------------------------------------------------------------- centre lock
#: RFC 9106 second recommended option (the "floor" the vault uses too): 64 MiB, 3 passes, 4 lanes.
LOCK_PARAMS = {"m": 64 * 1024, "t": 3, "p": 4}
_SALT_LEN = 16
_HASH_LEN = 32
_VERSION = 1


class CentreLockError(ValueError):
    """A passphrase that cannot be used (empty). The message is written for people."""


def _pw_bytes(passphrase: str) -> bytes:
    if not isinstance(passphrase, str) or not passphrase:
        raise CentreLockError(translate("errors", "Please type a passphrase."))
    return unicodedata.normalize("NFC", passphrase).encode("utf-8", "surrogatepass")


def _derive(passphrase: str, salt: bytes, m: int, t: int, p: int) -> bytes:
    # Imported here, not at the top: the first-run questions import this module before the first frame, and
    # cryptography's bindings are not needed until a centre lock is set or checked.
    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

    kdf = Argon2id(salt=salt, length=_HASH_LEN, iterations=t, lanes=p, memory_cost=m)
    return kdf.derive(_pw_bytes(passphrase))


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def centre_verifier(passphrase: str) -> str:
    """A new verifier of ``passphrase``: the value ``settings.centre_lock`` keeps."""
    salt = os.urandom(_SALT_LEN)
    digest = _derive(passphrase, salt, LOCK_PARAMS["m"], LOCK_PARAMS["t"], LOCK_PARAMS["p"])
    record = {"v": _VERSION, "kdf": "argon2id", **LOCK_PARAMS, "salt": _b64(salt), "hash": _b64(digest)}
    return _b64(json.dumps(record, sort_keys=True).encode("ascii"))


def set_centre_passphrase(settings: Settings, passphrase: str) -> None:
    """Store a verifier of ``passphrase`` in ``settings.centre_lock`` (the caller saves the settings)."""
    settings.centre_lock = centre_verifier(passphrase)


#: Ceilings for a verifier read from the settings file: what the app writes (``LOCK_PARAMS``) plus headroom, so
#: a hostile settings file cannot make one check run Argon2 for minutes or with a gigabyte of memory.
LOCK_MAX = {"m": 4 * LOCK_PARAMS["m"], "t": 4 * LOCK_PARAMS["t"], "p": 2 * LOCK_PARAMS["p"]}
LOCK_MAX_WORK = LOCK_PARAMS["m"] * LOCK_MAX["t"]  # memory x passes
_MAX_VERIFIER_CHARS = 1024  # a real one is about 200


def _parse(verifier: object) -> tuple[bytes, bytes, int, int, int] | None:
    """The verifier's parts, or None for anything the app did not write. Never raises."""
    try:
        if not isinstance(verifier, str) or len(verifier) > _MAX_VERIFIER_CHARS:
            return None
        record = json.loads(base64.b64decode(verifier.encode("ascii"), validate=True))
        if not isinstance(record, dict) or record.get("v") != _VERSION or record.get("kdf") != "argon2id":
            return None
        m, t, p = (record[k] for k in ("m", "t", "p"))
        if not all(isinstance(x, int) and not isinstance(x, bool) for x in (m, t, p)):
            return None
        # Refuse parameters below the floor (a weakened verifier) and above what the app writes plus headroom.
        if not (LOCK_PARAMS["m"] <= m <= LOCK_MAX["m"] and LOCK_PARAMS["t"] <= t <= LOCK_MAX["t"]
                and LOCK_PARAMS["p"] <= p <= LOCK_MAX["p"] and m * t <= LOCK_MAX_WORK):
            return None
        salt = base64.b64decode(record["salt"], validate=True)
        digest = base64.b64decode(record["hash"], validate=True)
        if not _SALT_LEN <= len(salt) <= 64 or len(digest) != _HASH_LEN:
            return None
        return salt, digest, m, t, p
    except Exception:  # noqa: BLE001 - ValueError, TypeError, RecursionError, MemoryError...: not a verifier
        return None


def has_centre_lock(settings: Settings) -> bool:
    return bool(settings.centre_lock)


def check_centre_passphrase(settings: Settings, passphrase: str) -> bool:
    """True if ``passphrase`` matches the stored verifier. False for no lock, a damaged verifier or "".

    With no lock set there is nothing to check against: callers should use ``has_centre_lock`` first.
    """
    parsed = _parse(settings.centre_lock) if settings.centre_lock else None
    if parsed is None or not isinstance(passphrase, str) or not passphrase:
        return False
    salt, expected, m, t, p = parsed
    import hmac

    return hmac.compare_digest(_derive(passphrase, salt, m, t, p), expected)


def clear_centre_lock(settings: Settings) -> None:
    settings.centre_lock = ""
