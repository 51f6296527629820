"""The custody log: an append-only, hash-chained list of what was done to the journal (never what was written).

Pure functions (no vault, no Qt), shared by the vault that writes the log and by ``verify-bundle`` that checks an
exported ``custody.json``. The format is specified in docs/vault-format.md, section 12.

A record is ``{"n": sequence number, "at": ISO time, "ev": event, "d": details, "p": hash of the previous record}``.
Its hash is SHA-256 over the canonical JSON of ``{"n", "at", "ev", "dh", "p"}`` where ``dh`` is the SHA-256 of the
canonical JSON of ``d``. So an export may leave out the details of a record (about an entry not exported) and give
``dh`` instead, and the chain still checks.
"""

from __future__ import annotations

import hashlib
import json
import re
from datetime import datetime
from typing import Any

from iia_help.catalog import translate
from iia_help.display_text import bytes_text

GENESIS = "0" * 64
FIRST_EVENTS = ("journal created", "log started")
_HEX64 = re.compile(r"[0-9a-f]{64}")

#: Every event the app writes, and how the History view and the report say it.
EVENTS = {
    "journal created": "Journal created",
    "log started": "History started (the journal was made by an older version)",
    "unlocked": "Unlocked",
    "locked": "Locked",
    "failed unlock attempts": "Failed attempts to unlock",
    "entry created": "Entry written",
    "entry edited": "Entry changed",
    "entry deleted": "Entry deleted",
    "file added": "File added",
    "file opened": "File opened",
    "file exported": "File saved out of the journal",
    "file deleted": "File deleted",
    "export made": "Evidence export made",
    "backup made": "Backup made",
    "restored from a backup": "Restored from a backup",
    "passphrase changed": "Passphrase changed",
    "guest session started": "Guest session started",
    "guest session ended": "Guest session ended",
}


def canonical(obj: Any) -> bytes:
    """Keys sorted, no spaces, every non-ASCII character as a \\u escape: the bytes every hash here is over."""
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode("ascii")


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def details_hash(d: dict[str, Any]) -> str:
    return sha256_hex(canonical(d))


CONTENT_KEYS = ("occurred_at", "kind", "platform", "account", "urls", "description", "reports", "tags", "demand")


def content_sha256(content: dict[str, Any]) -> str:
    """The content hash of an entry: SHA-256 of the canonical JSON of exactly ``CONTENT_KEYS`` (``reports`` a list
    of ``{"to", "reference", "date"}``). The same object can be rebuilt from a bundle's manifest.json."""
    return sha256_hex(canonical({k: content[k] for k in CONTENT_KEYS}))


def record_hash(rec: dict[str, Any]) -> str:
    """The hash of a full record (with ``d``) or a redacted one (with ``dh``)."""
    dh = details_hash(rec["d"]) if "d" in rec else rec["dh"]
    return sha256_hex(canonical({"n": rec["n"], "at": rec["at"], "ev": rec["ev"], "dh": dh, "p": rec["p"]}))


def make_record(n: int, at: datetime, ev: str, d: dict[str, Any], prev: str) -> dict[str, Any]:
    return {"n": n, "at": at.isoformat(), "ev": ev, "d": d, "p": prev}


def redacted(rec: dict[str, Any]) -> dict[str, Any]:
    """The record without its details (what they were is hidden; that they were is kept by ``dh``)."""
    return {"n": rec["n"], "at": rec["at"], "ev": rec["ev"], "dh": details_hash(rec["d"]), "p": rec["p"]}


def check_chain(records: Any, where: str = translate("custody", "The history")) -> tuple[list[str], str]:
    """Check a list of records: form, sequence numbers 0, 1, 2, ... and each ``p`` the hash of the one before.

    Returns (problems as sentences, hash of the last record). Never raises for hostile input."""
    problems: list[str] = []
    if not isinstance(records, list):
        return [translate("custody", "{where} is not a list of records.").format(where=where)], GENESIS
    prev = GENESIS
    for i, rec in enumerate(records):
        what = translate("custody", "{where}, record {number}").format(where=where, number=i + 1)
        if not isinstance(rec, dict):
            problems.append(translate("custody", "{what} is not a record.").format(what=what))
            return problems, prev
        n, at, ev, p = rec.get("n"), rec.get("at"), rec.get("ev"), rec.get("p")
        has_d, has_dh = isinstance(rec.get("d"), dict), isinstance(rec.get("dh"), str)
        if (type(n) is not int or not isinstance(at, str) or not isinstance(ev, str)  # noqa: E721
                or not isinstance(p, str) or has_d == has_dh
                or (has_dh and not _HEX64.fullmatch(rec["dh"]))):
            problems.append(translate("custody", "{what} is not in the form the app writes.").format(what=what))
            return problems, prev
        if set(rec) - {"n", "at", "ev", "d", "dh", "p"}:
            problems.append(translate("custody", "{what} holds fields the app never writes.").format(what=what))
        if n != i:
            problems.append(translate("custody", "{what} has number {number}, not {expected}: a record was removed, "
                                                 "added or moved.").format(what=what, number=n, expected=i))
        if p != prev:
            problems.append(translate("custody", "{what} does not follow the record before it (its link does not "
                                                 "match): a record before it was changed, removed or moved.").format(
                what=what))
        if i == 0 and ev not in FIRST_EVENTS:
            problems.append(translate("custody", "{what} is not the start of a history.").format(what=what))
        prev = record_hash(rec)
    return problems, prev


def when(rec: dict[str, Any]) -> datetime | None:
    try:
        d = datetime.fromisoformat(rec.get("at"))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    return d if d.tzinfo is not None else None


def describe(rec: dict[str, Any], language: str = "en") -> str:
    """One plain line saying what the record records (never a time; callers add it)."""
    ev = rec.get("ev")
    label = EVENTS.get(ev, str(ev)) if isinstance(ev, str) else "?"
    d = rec.get("d")
    if not isinstance(d, dict):
        return f"{label} (details not in this export)"
    parts: list[str] = []
    if isinstance(d.get("entry"), str):
        parts.append(f"entry {d['entry'][:8]}")
    if isinstance(d.get("name"), str):
        parts.append(f'"{d["name"]}"')
    if isinstance(d.get("size"), int):
        parts.append(bytes_text(d["size"], language))
    if isinstance(d.get("sha256"), str):
        parts.append(f"SHA-256 {d['sha256'][:16]}…")
    if isinstance(d.get("content_sha256"), str):
        parts.append(f"content SHA-256 {d['content_sha256'][:16]}…")
    if isinstance(d.get("fingerprint"), str):
        parts.append(f"fingerprint {d['fingerprint']}")
    if isinstance(d.get("journal_id"), str):
        parts.append(f"journal ID {d['journal_id']}")
    if isinstance(d.get("times"), list):
        parts.append(f"{len(d['times'])} time{'s' if len(d['times']) != 1 else ''}")
    return label + (": " + ", ".join(parts) if parts else "")
