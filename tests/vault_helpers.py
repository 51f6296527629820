"""Shared helpers for the vault tests (not a test module)."""

from __future__ import annotations

import functools
import sqlite3
from datetime import datetime, timedelta, timezone
from pathlib import Path

from iia_help.journal import Entry, Journal, Report
from iia_help.vault import Vault, VaultCorrupted, WrongPassphrase, crypto

PASS = "correct horse battery staple"
T0 = datetime(2024, 5, 1, 21, 30, tzinfo=timezone(timedelta(hours=1)))


@functools.lru_cache(maxsize=64)
def _cached_kek(passphrase: str, salt: bytes, params) -> bytes:
    return bytes(_real_derive(passphrase, salt, params))


_real_derive = crypto.derive_kek


def fast_kdf(monkeypatch) -> None:
    """Memoise Argon2id per (passphrase, salt, params): the real KDF still runs once per distinct input.
    Lets tamper sweeps reopen a vault hundreds of times without paying 0.17 s each time."""
    monkeypatch.setattr(crypto, "derive_kek", lambda p, s, params: bytearray(_cached_kek(p, s, params)))


def stand_in_kdf(monkeypatch) -> None:
    """Replace Argon2id with a cheap derivation of the same inputs (tests/crash_points.py), for tests whose
    children must agree with the parent on keys. Only for tests that are not about the KDF."""
    from crash_points import stand_in_derive

    monkeypatch.setattr(crypto, "derive_kek", stand_in_derive)


def sample_entry(i: int = 0, **kw) -> Entry:
    fields = dict(
        occurred_at=T0 + timedelta(hours=i), kind="threat", platform="Instagram", account=f"@user{i}",
        urls=[f"https://example.org/{i}"], description=f"Entry number {i}", reports=[Report("Police", f"CR/{i}")],
        tags=["first", f"t{i}"],
    )
    fields.update(kw)
    return Entry(**fields)


def build_vault(path: Path, n_entries: int = 3, attachments: dict[str, bytes] | None = None) -> dict:
    """Create a vault with entries and attachments; returns what a full read must give back."""
    vault = Vault.create(path, PASS, calibrate=False)
    journal = Journal(vault)
    ids = [journal.add_entry(sample_entry(i)) for i in range(n_entries)]
    for name, data in (attachments or {}).items():
        journal.attach(ids[0], name, data)
    journal.save_draft({"text": "draft words"})
    expected = snapshot(journal)
    vault.close()
    return expected


def snapshot(journal: Journal) -> dict:
    """Everything readable from a journal, in comparable form."""
    out = {}
    for e in journal.entries():
        out[e.id] = (
            e.occurred_at, e.kind, e.platform, e.account, e.urls, e.description, e.reports, e.tags,
            e.created_at, e.history,
            sorted((a.name, a.size, a.sha256, journal.read_attachment(a.id)) for a in e.attachments),
        )
    out["_draft"] = journal.load_draft()
    out["_deleted"] = journal.deleted()
    return out


def read_all(path: Path, passphrase: str = PASS) -> dict:
    """Open, verify fully and read everything back (the tamper tests' oracle)."""
    vault = Vault.open(path, passphrase)
    try:
        vault.verify(full=True)
        return snapshot(Journal(vault))
    finally:
        vault.close()


def outcome(path: Path, expected: dict) -> str:
    """'corrupted', 'wrong', or 'intact'; anything else (wrong data, other exception) fails the test."""
    try:
        got = read_all(path)
    except VaultCorrupted:
        return "corrupted"
    except WrongPassphrase:
        return "wrong"
    assert got == expected, "tampering produced different data without an error"
    return "intact"


def raw_rows(path: Path) -> list[tuple[str, str, object, object]]:
    """(table, column, rowkey, value) for every stored value, via plain sqlite3."""
    con = sqlite3.connect(path)
    try:
        rows = []
        for k, v in con.execute("SELECT k, v FROM t0"):
            rows.append(("t0", "v", ("k", k), v))
        for a, b in con.execute("SELECT a, b FROM t1"):
            rows.append(("t1", "a", ("a", a), a))
            rows.append(("t1", "b", ("a", a), b))
        for a, b, c in con.execute("SELECT a, b, c FROM t2"):
            rows.append(("t2", "a", ("rowid-ab", (a, b)), a))
            rows.append(("t2", "c", ("rowid-ab", (a, b)), c))
        return rows
    finally:
        con.close()


def set_value(path: Path, table: str, column: str, key, value) -> None:
    con = sqlite3.connect(path, isolation_level=None)
    try:
        if table == "t2":
            a, b = key[1]
            con.execute(f"UPDATE t2 SET {column} = ? WHERE a = ? AND b = ?", (value, a, b))
        else:
            con.execute(f"UPDATE {table} SET {column} = ? WHERE {key[0]} = ?", (value, key[1]))
    finally:
        con.close()


def flip(value: bytes, pos: int) -> bytes:
    b = bytearray(value)
    b[pos] ^= 0x01
    return bytes(b)
