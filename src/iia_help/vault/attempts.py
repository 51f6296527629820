"""Failed unlock attempts, written without the key and readable only after the next successful unlock.

A wrong passphrase cannot open anything, so the attempt is sealed to a public key kept in the file (t0 k=2, an
X25519 key whose private half is sealed in the vault): an ephemeral X25519 key, ECDH, HKDF, AES-256-GCM, as in
ECIES. A reader of the file sees only how many attempts were kept (by the row's length), never when.
See docs/vault-format.md, section 13.
"""

from __future__ import annotations

import hmac
import sqlite3
import struct
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, tzinfo

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from iia_help.catalog import Texts, render, translate
from iia_help.display_text import date_time_text, time_text
from iia_help.vault.format import HKDF_INFO_PREFIX, KEY_LEN, TABLE_META, meta_rid, record_aad

META_BOX_KEY = 2  # t0 k=2: the X25519 public key attempts are sealed to (32 raw bytes)
META_ATTEMPTS = 3  # t0 k=3: u32 total attempts || the last MAX_KEPT sealed attempt records
MAX_KEPT = 50
_PLAIN = struct.Struct(">IqI")  # attempt number (0-based, since the last unlock), Unix time in seconds, reserved 0
RECORD_LEN = 32 + _PLAIN.size + 16
_ZERO_NONCE = bytes(12)  # every record has its own ephemeral key, so one fixed nonce is safe
MAX_ROW = 4 + MAX_KEPT * RECORD_LEN
EMPTY_ROW = struct.pack(">I", 0)

CHANGED = translate("errors", "The record of failed unlock attempts in your journal file was changed or removed. "
                               "Someone may have tried to open your journal and tried to hide it.")


def _raw(pub: X25519PublicKey) -> bytes:
    return pub.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def _key(shared: bytes, vault_id: bytes, eph: bytes, box: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=KEY_LEN, salt=vault_id,
                info=HKDF_INFO_PREFIX + b"attempt" + eph + box).derive(shared)


def seal(box_public: bytes, vault_id: bytes, index: int, when: datetime) -> bytes:
    eph = X25519PrivateKey.generate()
    eph_pub = _raw(eph.public_key())
    key = _key(eph.exchange(X25519PublicKey.from_public_bytes(box_public)), vault_id, eph_pub, box_public)
    plain = _PLAIN.pack(index, int(when.timestamp()), 0)
    return eph_pub + AESGCM(key).encrypt(_ZERO_NONCE, plain, record_aad(vault_id, TABLE_META, meta_rid(META_ATTEMPTS)))


def unseal(box_secret: X25519PrivateKey, vault_id: bytes, record: bytes) -> tuple[int, datetime] | None:
    eph_pub = record[:32]
    try:
        shared = box_secret.exchange(X25519PublicKey.from_public_bytes(eph_pub))
        key = _key(shared, vault_id, eph_pub, _raw(box_secret.public_key()))
        plain = AESGCM(key).decrypt(_ZERO_NONCE, record[32:],
                                    record_aad(vault_id, TABLE_META, meta_rid(META_ATTEMPTS)))
        index, secs, reserved = _PLAIN.unpack(plain)
        return (index, datetime.fromtimestamp(secs, UTC)) if reserved == 0 else None
    except (InvalidTag, ValueError, OverflowError, OSError, struct.error):
        return None


def _split(row: object) -> tuple[int, list[bytes]] | None:
    if not isinstance(row, bytes) or len(row) < 4 or len(row) > MAX_ROW or (len(row) - 4) % RECORD_LEN:
        return None
    (total,) = struct.unpack(">I", row[:4])
    records = [row[i:i + RECORD_LEN] for i in range(4, len(row), RECORD_LEN)]
    if len(records) != min(total, MAX_KEPT):
        return None
    return total, records


def record_failure(conn: sqlite3.Connection, vault_id: bytes, now: datetime | None = None) -> bool:
    """Append one sealed attempt (best effort; returns whether it was written). Needs no key. Writes nothing if
    the file has no attempt key (an older journal not yet unlocked by this version) or the row is not in the
    form the app writes (the next unlock then says the record was changed)."""
    now = now or datetime.now(UTC)
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            box = conn.execute("SELECT v FROM t0 WHERE k = ?", (META_BOX_KEY,)).fetchone()
            row = conn.execute("SELECT v FROM t0 WHERE k = ?", (META_ATTEMPTS,)).fetchone()
            parsed = _split(row[0]) if row is not None else None
            if box is None or not isinstance(box[0], bytes) or len(box[0]) != 32 or parsed is None:
                conn.execute("ROLLBACK")
                return False
            total, records = parsed
            records = [*records, seal(box[0], vault_id, total, now)][-MAX_KEPT:]
            new = struct.pack(">I", min(total + 1, 0xFFFFFFFF)) + b"".join(records)
            conn.execute("UPDATE t0 SET v = ? WHERE k = ?", (new, META_ATTEMPTS))
            conn.execute("COMMIT")
            return True
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    except (sqlite3.Error, ValueError):
        return False


@dataclass
class Attempts:
    """Failed unlock attempts found at an unlock: ``times`` (UTC, oldest first) of those kept, ``total`` counted,
    and ``warning`` when the record was changed, removed or could not all be read."""

    times: list[datetime] = field(default_factory=list)
    total: int = 0
    warning: str | None = None

    def message(self, now: datetime | None = None, tz: tzinfo | None = None, language: str = "en") -> str | None:
        """What to tell the person after they unlock, or None when there is nothing to say."""
        parts = []
        tx = Texts(language)
        if self.total:
            now = now or datetime.now(UTC)
            shown = ", ".join(_when(t, now, tz, language) for t in self.times)
            if self.total == 1:
                line = tx.translate("errors", "Someone tried to open your journal {count} time since you last used "
                                              "it")
            else:
                line = tx.translate("errors", "Someone tried to open your journal {count} times since you last used "
                                              "it")
            line = line.format(count=self.total)
            if len(self.times) < self.total:
                line = tx.translate("errors", "{line} (the last {count} are listed)").format(
                    line=line, count=len(self.times))
            if shown:
                parts.append(tx.translate("errors", "{line}: {times}.").format(line=line, times=shown))
            else:
                parts.append(tx.translate("errors", "{line}.").format(line=line))
        if self.warning:
            parts.append(render(self.warning, language))
        return " ".join(parts) or None


def _when(t: datetime, now: datetime, tz: tzinfo | None, language: str = "en") -> str:
    """Within the last 6 days "Wednesday at 21:30", else "Wednesday 1 May 2024 at 21:30"."""
    if timedelta(0) <= now.astimezone(tz) - t.astimezone(tz) < timedelta(days=6):
        return time_text(t, language, weekday=True, tz=tz)
    return date_time_text(t, language, short=False, weekday=True, tz=tz)


def read(conn: sqlite3.Connection, box_secret: X25519PrivateKey, vault_id: bytes) -> Attempts:
    """Read (not clear) the attempts after an unlock. Never raises for a damaged row: it says so instead."""
    out = Attempts()
    box = conn.execute("SELECT v FROM t0 WHERE k = ?", (META_BOX_KEY,)).fetchone()
    row = conn.execute("SELECT v FROM t0 WHERE k = ?", (META_ATTEMPTS,)).fetchone()
    mine = _raw(box_secret.public_key())
    good_box = box is not None and isinstance(box[0], bytes) and hmac.compare_digest(box[0], mine)
    parsed = _split(row[0]) if row is not None else None
    if parsed is None or not good_box:
        out.warning = CHANGED
        if parsed is None:
            return out
    total, records = parsed
    out.total = total
    first = total - len(records)
    for i, rec in enumerate(records):
        got = unseal(box_secret, vault_id, rec)
        if got is None or got[0] != first + i:
            out.warning = CHANGED
            continue
        out.times.append(got[1])
    return out


def reset(conn: sqlite3.Connection, box_public: bytes) -> None:
    """Inside the caller's transaction: put the attempt key back and empty the record."""
    for k, v in ((META_BOX_KEY, box_public), (META_ATTEMPTS, EMPTY_ROW)):
        conn.execute("INSERT OR REPLACE INTO t0(k, v) VALUES (?, ?)", (k, v))
