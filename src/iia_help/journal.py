"""The journal: incidents, their attachments, a draft slot and a deletion log, stored in the vault.

No Qt here. Every entry, attachment, draft and deletion record is one sealed vault record; attachment bytes are
an encrypted chunk stream owned by the attachment's record. Entries and attachments are identified by 32-character
hex strings.
"""

from __future__ import annotations

import contextlib
import gc
import operator
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from iia_help.catalog import translate
from iia_help.vault import (
    MAX_ATTACHMENT_BYTES,
    InvalidEntry,
    NotFound,
    Vault,
    VaultCorrupted,
)
from iia_help.vault.custody import content_sha256
from iia_help.vault.store import STREAM_KEY, Progress

KINDS = ("message", "threat", "shared", "demand", "other")
KIND_LABELS = {
    "message": "Message",
    "threat": "Threat to share images",
    "shared": "Images shared",
    "demand": "Demand for money or images",
    "other": "Other",
}
DRAFT_SLOT = "draft"

# Record types (the "t" field inside a sealed record). The vault's own: keys "k", custody log "c" and "ch".
_ENTRY, _ATTACHMENT, _DELETION, _DRAFT = "e", "a", "x", "d"
_VAULT_OWN = ("k", "c", "ch")

__all__ = [
    "KINDS", "KIND_LABELS", "MAX_ATTACHMENT_BYTES", "Attachment", "Deletion", "Entry", "Journal", "Report",
]


@dataclass(frozen=True)
class Report:
    """Who an incident was reported to (platform, police, helpline), their reference number, and when."""

    to: str = ""
    reference: str = ""
    date: str = ""


@dataclass(frozen=True)
class Attachment:
    id: str
    entry_id: str
    name: str
    size: int
    sha256: str  # hex SHA-256 of the original bytes
    added_at: datetime


@dataclass(frozen=True)
class Deletion:
    """A sealed record that something was deleted, and when (no content is kept)."""

    kind: str  # "entry" or "attachment"
    target_id: str
    entry_id: str
    deleted_at: datetime


@dataclass
class Entry:
    """One incident. ``occurred_at`` must be timezone-aware. ``id``, ``created_at``, ``history`` and
    ``attachments`` are filled from storage (ignored when saving). ``demand``: what they asked for (money and how
    much, more images, a deadline); added after format version 1 was first written, so older entries have ""."""

    occurred_at: datetime | None = None
    kind: str = "other"
    platform: str = ""
    account: str = ""
    urls: list[str] = field(default_factory=list)
    description: str = ""
    reports: list[Report] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    id: str | None = None
    created_at: datetime | None = None
    history: list[tuple[datetime, str]] = field(default_factory=list)
    attachments: list[Attachment] = field(default_factory=list)
    demand: str = ""

    @property
    def kind_label(self) -> str:
        return KIND_LABELS.get(self.kind, self.kind)


@contextlib.contextmanager
def paused_gc() -> Iterator[None]:
    """Pause Python's cycle collector while building many small objects that form no cycles (10,000 entries
    on unlock): otherwise it rescans every live object again and again, which can double the time taken.

    On the way out the new objects go straight to the oldest generation (``gc.freeze()`` then
    ``gc.unfreeze()``, both documented to move objects without scanning them). Plain ``gc.enable()`` would make
    the very next allocation scan all of them at once, about 40 ms for 10,000 entries, right in the unlock;
    this way they are looked at in the collector's next full pass, whenever that comes."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.freeze()
            gc.unfreeze()
            gc.enable()


def _now() -> datetime:
    return datetime.now(UTC)


def _dt(value: Any) -> datetime:
    try:
        d = datetime.fromisoformat(value)
    except (TypeError, ValueError):
        raise VaultCorrupted() from None
    if d.tzinfo is None:
        raise VaultCorrupted()
    return d


def _str(value: Any, name: str) -> str:
    if not isinstance(value, str):
        raise InvalidEntry(f"The {name} must be text.")
    return value


def _str_list(value: Any, name: str) -> list[str]:
    if isinstance(value, str) or not all(isinstance(v, str) for v in value):
        raise InvalidEntry(f"The {name} must be a list of text.")
    return list(value)


def _report(value: Any) -> Report:
    if isinstance(value, Report):
        return value
    if isinstance(value, dict):
        return Report(**value)
    if isinstance(value, (list, tuple)):
        return Report(*value)
    raise InvalidEntry(translate("errors", "Each report needs who it went to and a reference."))


def _entry_obj(e: Entry, created_at: datetime, history: list[tuple[datetime, str]]) -> dict[str, Any]:
    occ = e.occurred_at
    if not isinstance(occ, datetime) or occ.tzinfo is None or occ.utcoffset() is None:
        raise InvalidEntry(translate("errors", "Please give the date and time it happened, with its time zone."))
    if e.kind not in KINDS:
        raise InvalidEntry(translate("errors", "Please choose what kind of thing happened."))
    reports = [_report(r) for r in e.reports]
    for r in reports:
        _str(r.to, "report"), _str(r.reference, "reference"), _str(r.date, "report date")
    obj = {
        "t": _ENTRY,
        "o": occ.isoformat(),
        "k": e.kind,
        "p": _str(e.platform, "platform"),
        "a": _str(e.account, "account"),
        "u": _str_list(e.urls, "links"),
        "d": _str(e.description, "description"),
        "r": [[r.to, r.reference, r.date] for r in reports],
        "g": _str_list(e.tags, "tags"),
        "c": created_at.isoformat(),
        "h": [[ts.isoformat(), action] for ts, action in history],
    }
    demand = _str(getattr(e, "demand", ""), "demand")
    if demand:  # only when given: entries without one stay exactly as older versions wrote them
        obj["m"] = demand
    return obj


def _entry_from(eid: str, obj: dict[str, Any], dt: Callable[[Any], datetime] | None = None) -> Entry:
    # Built without __init__ (Entry and Report alike): this runs 10,000 times when a large journal unlocks.
    # ``dt``: a date parser shared by a whole load, which can remember strings seen before.
    dt = dt or _dt
    e = _new(Entry)
    try:
        reports = []
        for item in obj["r"]:
            if type(item) is list and len(item) == 3:  # noqa: E721 (exactly what _entry_obj writes)
                r = _new(Report)
                r.__dict__.update(to=item[0], reference=item[1], date=item[2])
            else:
                r = Report(*item)
            reports.append(r)
        e.__dict__.update(
            occurred_at=dt(obj["o"]), kind=obj["k"], platform=obj["p"], account=obj["a"], urls=obj["u"],
            description=obj["d"], reports=reports, tags=obj["g"], id=eid,
            created_at=dt(obj["c"]), history=[(dt(ts), action) for ts, action in obj["h"]], attachments=[],
            demand=obj.get("m", ""),
        )
        if type(e.demand) is not str:  # noqa: E721
            raise VaultCorrupted()
    except (KeyError, TypeError, ValueError):
        raise VaultCorrupted() from None
    return e


def _dt_memo() -> Callable[[Any], datetime]:
    """``_dt`` that parses each distinct string once (an entry's creation time and its first history event are
    the same string). Datetimes are immutable, so sharing them is safe."""
    seen: dict[Any, datetime] = {}

    def dt(value: Any) -> datetime:
        try:
            return seen[value]
        except KeyError:
            d = seen[value] = _dt(value)
            return d
        except TypeError:  # unhashable: not a date string anyway
            return _dt(value)

    return dt


def _attachment_from(aid: str, obj: dict[str, Any]) -> Attachment:
    try:
        s = obj[STREAM_KEY]
        return Attachment(aid, obj["e"], obj["n"], int(s["z"]), s["h"], _dt(obj["at"]))
    except (KeyError, TypeError, ValueError):
        raise VaultCorrupted() from None


_new = object.__new__


def _clone(e: Entry, atts: list[Attachment]) -> Entry:
    c = _new(Entry)
    d = c.__dict__
    d.update(e.__dict__)
    d["urls"], d["reports"], d["tags"], d["history"] = list(e.urls), list(e.reports), list(e.tags), list(e.history)
    d["attachments"] = list(atts)
    return c


_newest_first = operator.attrgetter("occurred_at", "created_at")


def _rid(hex_id: object) -> bytes:
    try:
        rid = bytes.fromhex(hex_id)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise NotFound() from None
    if len(rid) != 16:
        raise NotFound()
    return rid


def _safe_name(name: str) -> str:
    name = _str(name, "file name").replace("\\", "/").rsplit("/", 1)[-1].strip()
    return name or "attachment"


class Journal:
    """Entries and attachments in an open ``Vault``. Thread-safe (uses the vault's lock).

    Decrypted entries are cached in memory while the vault is open and dropped when it closes.
    """

    def __init__(self, vault: Vault) -> None:
        self._vault = vault
        self._mutex: threading.RLock = vault._lock
        self._rev = -1
        self._entries: dict[str, Entry] = {}
        self._atts: dict[str, Attachment] = {}
        self._deletions: list[Deletion] = []
        vault.add_close_callback(self._drop_cache)  # held weakly by the vault

    @property
    def vault(self) -> Vault:
        return self._vault

    # ----------------------------------------------------------------- cache
    def _drop_cache(self) -> None:
        with self._mutex:
            self._entries, self._atts, self._deletions, self._rev = {}, {}, [], -1

    def _load(self) -> None:
        """(Re)load the cache if anything changed since it was built. Caller holds the mutex."""
        if self._rev == self._vault.revision:
            return
        entries: dict[str, Entry] = {}
        atts: dict[str, Attachment] = {}
        deletions: list[Deletion] = []
        dt = _dt_memo()
        with paused_gc():
            records = self._vault.records()
            for rid, obj in records:
                t = obj.get("t")
                if t == _ENTRY:
                    eid = rid.hex()
                    entries[eid] = _entry_from(eid, obj, dt)
                elif t == _ATTACHMENT:
                    aid = rid.hex()
                    atts[aid] = _attachment_from(aid, obj)
                elif t == _DELETION:
                    deletions.append(_deletion_from(obj))
                elif t != _DRAFT and t not in _VAULT_OWN:
                    raise VaultCorrupted()
        for a in atts.values():
            if a.entry_id not in entries:
                raise VaultCorrupted()
        self._entries, self._atts, self._deletions = entries, atts, deletions
        self._rev = self._vault.revision

    def _atts_of(self, eid: str) -> list[Attachment]:
        return sorted((a for a in self._atts.values() if a.entry_id == eid), key=lambda a: a.added_at)

    def _attachment_index(self) -> dict[str, list[Attachment]]:
        index: dict[str, list[Attachment]] = {}
        for a in sorted(self._atts.values(), key=lambda a: a.added_at):
            index.setdefault(a.entry_id, []).append(a)
        return index

    def _stored_entry(self, entry_id: str) -> Entry:
        self._load()
        e = self._entries.get(entry_id) if isinstance(entry_id, str) else None
        if e is None:
            raise NotFound()
        return e

    def _committed(self, before: int) -> bool:
        """After a transaction: True if the cache was current before it (so it may be patched in place)."""
        ok = self._rev == before
        self._rev = self._vault.revision if ok else -1
        return ok

    # ----------------------------------------------------------------- entries
    def entries(self) -> list[Entry]:
        """All entries, newest first by when they happened. Each is a fresh copy the caller may change."""
        with self._mutex, paused_gc():
            self._load()
            index = self._attachment_index()
            out = [_clone(e, index.get(eid, ())) for eid, e in self._entries.items()]  # type: ignore[arg-type]
            out.sort(key=_newest_first, reverse=True)
        return out

    def get_entry(self, entry_id: str) -> Entry:
        with self._mutex:
            e = self._stored_entry(entry_id)
            return _clone(e, self._atts_of(entry_id))

    def __len__(self) -> int:
        with self._mutex:
            self._load()
            return len(self._entries)

    def add_entry(self, entry: Entry) -> str:
        """Save a new entry durably; returns its id and fills ``entry.id``, ``created_at`` and ``history``."""
        now = _now()
        history = [(now, "created")]
        obj = _entry_obj(entry, now, history)
        with self._mutex:
            self._load()
            before = self._vault.revision
            rid = self._vault.new_id()
            with self._vault.transaction() as txn:
                txn.put(rid, obj)
                txn.log("entry created", {"entry": rid.hex(), "content_sha256": _content_hash(obj)})
            eid = rid.hex()
            stored = _entry_from(eid, obj)
            if self._committed(before):
                self._entries[eid] = stored
        entry.id, entry.created_at, entry.history = eid, now, list(history)
        return eid

    def update_entry(self, entry: Entry) -> None:
        """Save changes to an existing entry (matched by ``entry.id``); adds an "edited" history event."""
        with self._mutex:
            old = self._stored_entry(entry.id)  # type: ignore[arg-type]
            history = [*old.history, (_now(), "edited")]
            obj = _entry_obj(entry, old.created_at, history)  # type: ignore[arg-type]
            self._write_entry(old.id, obj, lambda txn: txn.log(  # type: ignore[arg-type]
                "entry edited", {"entry": old.id, "content_sha256": _content_hash(obj)}))
        entry.created_at, entry.history = old.created_at, list(history)

    def _write_entry(self, eid: str, obj: dict[str, Any], extra: Any = None) -> None:
        before = self._vault.revision
        with self._vault.transaction() as txn:
            txn.put(_rid(eid), obj)
            if extra is not None:
                extra(txn)
        if self._committed(before):
            self._entries[eid] = _entry_from(eid, obj)

    def delete_entry(self, entry_id: str) -> None:
        """Delete an entry and its attachments; a sealed deletion record keeps when it happened."""
        with self._mutex:
            self._stored_entry(entry_id)
            atts = self._atts_of(entry_id)
            now = _now()
            before = self._vault.revision
            with self._vault.transaction() as txn:
                txn.delete(_rid(entry_id))
                for a in atts:
                    txn.delete(_rid(a.id))
                tomb = {"t": _DELETION, "k": "entry", "id": entry_id, "e": entry_id, "at": now.isoformat()}
                txn.put(self._vault.new_id(), tomb)
                txn.log("entry deleted", {"entry": entry_id, "files": [a.id for a in atts]})
            if self._committed(before):
                del self._entries[entry_id]
                for a in atts:
                    del self._atts[a.id]
                self._deletions.append(_deletion_from(tomb))

    def search(self, text: str) -> list[Entry]:
        """Entries where every word of ``text`` appears (any case) in any field or attachment name."""
        words = text.casefold().split()
        result = self.entries()
        if not words:
            return result
        out = []
        for e in result:
            hay = "\n".join([
                e.kind_label, e.platform, e.account, e.description, e.demand, *e.urls, *e.tags,
                *(f"{r.to} {r.reference} {r.date}" for r in e.reports), *(a.name for a in e.attachments),
            ]).casefold()
            if all(w in hay for w in words):
                out.append(e)
        return out

    # ----------------------------------------------------------------- attachments
    def attach(self, entry_id: str, name: str, data: Any, *, progress: Progress | None = None) -> str:
        """Add a file to an entry: ``data`` is bytes, a file path, or a binary file object.

        Streams in 64 KiB chunks (no plaintext temp file, bounded memory). ``progress(done, total)`` is called
        after each chunk; returning ``False`` cancels (``AttachmentCancelled``, nothing is kept). Files over
        ``MAX_ATTACHMENT_BYTES`` raise ``AttachmentTooLarge``. Holds the vault lock until it finishes.
        """
        name = _safe_name(name)
        with self._mutex:
            old = self._stored_entry(entry_id)
            now = _now()
            aid_raw = self._vault.new_id()
            aid = aid_raw.hex()
            history = [*old.history, (now, "attachment added")]
            obj = _entry_obj(old, old.created_at, history)  # type: ignore[arg-type]
            meta_obj = {"t": _ATTACHMENT, "e": entry_id, "n": name, "at": now.isoformat()}
            stream: dict[str, Any] = {}

            def write(txn: Any) -> None:
                stream.update(txn.put_stream(aid_raw, meta_obj, data, progress=progress,
                                             max_bytes=MAX_ATTACHMENT_BYTES))
                txn.log("file added", {"entry": entry_id, "file": aid, "name": name, "size": stream["z"],
                                       "sha256": stream["h"]})

            was_current = self._rev == self._vault.revision
            self._write_entry(entry_id, obj, write)
            if was_current:
                self._atts[aid] = _attachment_from(aid, {**meta_obj, STREAM_KEY: stream})
        return aid

    def attachment(self, attachment_id: str) -> Attachment:
        with self._mutex:
            self._load()
            a = self._atts.get(attachment_id) if isinstance(attachment_id, str) else None
            if a is None:
                raise NotFound()
            return a

    def iter_attachment(self, attachment_id: str) -> Iterator[bytes]:
        """Yield an attachment's original bytes in chunks (each authenticated; damage raises VaultCorrupted)."""
        self.attachment(attachment_id)
        return self._vault.iter_stream(_rid(attachment_id))

    def read_attachment(self, attachment_id: str) -> bytes:
        return b"".join(self.iter_attachment(attachment_id))

    def delete_attachment(self, attachment_id: str) -> None:
        with self._mutex:
            a = self.attachment(attachment_id)
            old = self._stored_entry(a.entry_id)
            now = _now()
            history = [*old.history, (now, "attachment removed")]
            obj = _entry_obj(old, old.created_at, history)  # type: ignore[arg-type]
            tomb = {"t": _DELETION, "k": "attachment", "id": a.id, "e": a.entry_id, "at": now.isoformat()}

            def extra(txn: Any) -> None:
                txn.delete(_rid(a.id))
                txn.put(self._vault.new_id(), tomb)
                txn.log("file deleted", {"entry": a.entry_id, "file": a.id, "name": a.name, "sha256": a.sha256})

            was_current = self._rev == self._vault.revision
            self._write_entry(a.entry_id, obj, extra)
            if was_current:
                del self._atts[a.id]
                self._deletions.append(_deletion_from(tomb))

    # ----------------------------------------------------------------- audit
    def deleted(self) -> list[Deletion]:
        """When entries and attachments were deleted, oldest first (no content is kept)."""
        with self._mutex:
            self._load()
            return sorted(self._deletions, key=lambda d: d.deleted_at)

    def audit_log(self) -> list[tuple[datetime, str, str]]:
        """Every recorded event as ``(when, action, entry_id)``, oldest first: entries' history and deletions."""
        with self._mutex:
            self._load()
            events = [(ts, action, e.id) for e in self._entries.values() for ts, action in e.history]
            events += [(d.deleted_at, f"{d.kind} deleted", d.entry_id) for d in self._deletions]
        return sorted(events, key=lambda ev: ev[0])  # type: ignore[arg-type,return-value]

    # ----------------------------------------------------------------- custody log
    def custody_log(self) -> list[dict[str, Any]]:
        """The custody log (docs/vault-format.md section 12), oldest first, its chain checked."""
        return self._vault.custody_log()

    def log_event(self, event: str, details: dict[str, Any] | None = None) -> None:
        """Record something done outside the journal's own methods: a file opened or saved out, an export made,
        a guest session. Never its content."""
        with self._mutex:
            before = self._vault.revision
            self._vault.log_event(event, details)
            self._committed(before)

    def file_details(self, attachment_id: str) -> dict[str, Any]:
        """What the custody log says about a file: its entry, id, name, size and SHA-256."""
        a = self.attachment(attachment_id)
        return {"entry": a.entry_id, "file": a.id, "name": a.name, "size": a.size, "sha256": a.sha256}

    @property
    def journal_id(self) -> str:
        return self._vault.journal_id

    # ----------------------------------------------------------------- draft
    def save_draft(self, data: dict[str, Any]) -> None:
        """Seal ``data`` (JSON-compatible values) into the single draft slot, durably, replacing any draft."""
        if not isinstance(data, dict):
            raise InvalidEntry("A draft must be a dictionary.")
        with self._mutex:
            before = self._vault.revision
            with self._vault.transaction() as txn:
                txn.put(self._vault.slot_id(DRAFT_SLOT), {"t": _DRAFT, "v": data})
            self._committed(before)

    def load_draft(self) -> dict[str, Any] | None:
        obj = self._vault.get(self._vault.slot_id(DRAFT_SLOT))
        if obj is None:
            return None
        if obj.get("t") != _DRAFT or not isinstance(obj.get("v"), dict):
            raise VaultCorrupted()
        return obj["v"]

    def clear_draft(self) -> None:
        with self._mutex:
            slot = self._vault.slot_id(DRAFT_SLOT)
            if self._vault.get(slot) is None:
                return
            before = self._vault.revision
            with self._vault.transaction() as txn:
                txn.delete(slot)
            self._committed(before)


def _content_hash(obj: dict[str, Any]) -> str:
    """SHA-256 of what an entry says (not its history): docs/vault-format.md section 12."""
    return content_sha256({
        "occurred_at": obj["o"], "kind": obj["k"], "platform": obj["p"], "account": obj["a"], "urls": obj["u"],
        "description": obj["d"], "reports": [{"to": t, "reference": r, "date": d} for t, r, d in obj["r"]],
        "tags": obj["g"], "demand": obj.get("m", ""),
    })


def _deletion_from(obj: dict[str, Any]) -> Deletion:
    try:
        return Deletion(obj["k"], obj["id"], obj["e"], _dt(obj["at"]))
    except (KeyError, TypeError):
        raise VaultCorrupted() from None
