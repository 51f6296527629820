"""Vault benchmarks: every timing beside a baseline measured in the same run (ratios; no assertions).

    python benchmarks/bench_vault.py [--quick]
"""

from __future__ import annotations

import argparse
import gc
import os
import sqlite3
import statistics
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from iia_help.journal import Entry, Journal, Report, _entry_obj
from iia_help.vault import Vault, crypto

PASS = "benchmark passphrase"


def _entry(i: int, base: datetime) -> Entry:
    return Entry(occurred_at=base - timedelta(minutes=i), kind="message", platform="Instagram",
                 account=f"@account{i}", urls=["https://example.org/x"], description="A pasted message. " * 25,
                 reports=[Report("Police", f"CR/{i}")], tags=["tag"])


def _bare_db(path: Path) -> sqlite3.Connection:
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=FULL")
    con.execute("CREATE TABLE t(a BLOB PRIMARY KEY, b BLOB) WITHOUT ROWID")
    con.execute("CREATE TABLE c(a INTEGER PRIMARY KEY, b BLOB)")
    return con


def bench_unlock(d: Path, n: int, reps: int) -> None:
    """Unlock ``reps`` times. The KDF is timed inside each Vault.open (so "after the KDF" is exact, not the
    difference of two noisy runs); each repetition starts clean (vault closed, garbage collected)."""
    path = d / "unlock.db"
    vault = Vault.create(path, PASS, calibrate=True)
    base = datetime.now(UTC)
    with vault.transaction() as txn:  # bulk-fill in one transaction (fast set-up, same record format)
        for i in range(n):
            txn.put(vault.new_id(), _entry_obj(_entry(i, base), base, [(base, "created")]))
    params = vault.kdf_params
    vault.close()
    real_kdf = crypto.derive_kek
    inside: list[float] = []

    def timed_kdf(*args):
        t = time.perf_counter()
        try:
            return real_kdf(*args)
        finally:
            inside.append(time.perf_counter() - t)

    kdfs, opens, loads, totals = [], [], [], []
    crypto.derive_kek = timed_kdf
    try:
        for _ in range(reps):
            gc.collect()
            inside.clear()
            t0 = time.perf_counter()
            vault = Vault.open(path, PASS)
            opened = time.perf_counter() - t0
            t0 = time.perf_counter()
            entries = Journal(vault).entries()
            load = time.perf_counter() - t0
            vault.close()
            assert len(entries) == n
            del entries
            kdfs.append(inside[0])
            opens.append(opened - inside[0])
            loads.append(load)
            totals.append(opened - inside[0] + load)
    finally:
        crypto.derive_kek = real_kdf
    med = statistics.median
    print(f"unlock ({params.iterations} iterations, {params.memory_kib // 1024} MiB, {params.lanes} lanes), "
          f"median of {reps}:")
    print(f"  KDF alone                         {med(kdfs) * 1000:8.1f} ms")
    print(f"  open after KDF (manifest check)   {med(opens) * 1000:8.1f} ms")
    print(f"  load {n} entries (decrypt+parse) {med(loads) * 1000:8.1f} ms")
    print(f"  load total after KDF              {med(totals) * 1000:8.1f} ms   target <= 150 ms"
          f"  (min {min(totals) * 1000:.1f}, max {max(totals) * 1000:.1f})")


def bench_save(d: Path, n: int) -> None:
    vault = Vault.create(d / "save.db", PASS, calibrate=False)
    journal = Journal(vault)
    bare = _bare_db(d / "bare.db")
    base = datetime.now(UTC)
    ours, theirs = [], []
    for i in range(n):
        e = _entry(i, base)
        payload = os.urandom(len(_entry_obj(e, base, [(base, "created")]).__repr__()) + 28)
        t0 = time.perf_counter()
        journal.add_entry(e)
        ours.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        bare.execute("BEGIN IMMEDIATE")
        bare.execute("INSERT INTO t(a, b) VALUES (?, ?)", (os.urandom(16), payload))
        bare.execute("COMMIT")
        theirs.append(time.perf_counter() - t0)
    vault.close()
    bare.close()
    a, b = statistics.median(ours), statistics.median(theirs)
    print(f"entry save, median of {n}: vault {a * 1000:.2f} ms, bare SQLite commit {b * 1000:.2f} ms, "
          f"ratio {a / b:.2f}x   target <= 3x")


def bench_attachments(d: Path, size: int) -> None:
    data = os.urandom(size)
    vault = Vault.create(d / "att.db", PASS, calibrate=False)
    journal = Journal(vault)
    eid = journal.add_entry(_entry(0, datetime.now(UTC)))
    bare = _bare_db(d / "bare-att.db")
    t0 = time.perf_counter()
    aid = journal.attach(eid, "file.bin", data)
    w_ours = time.perf_counter() - t0
    t0 = time.perf_counter()
    bare.execute("BEGIN IMMEDIATE")
    bare.execute("INSERT INTO c(a, b) VALUES (1, ?)", (data,))
    bare.execute("COMMIT")
    w_bare = time.perf_counter() - t0
    t0 = time.perf_counter()
    got = journal.read_attachment(aid)
    r_ours = time.perf_counter() - t0
    t0 = time.perf_counter()
    (blob,) = bare.execute("SELECT b FROM c WHERE a = 1").fetchone()
    r_bare = time.perf_counter() - t0
    assert got == data == blob
    vault.close()
    bare.close()
    mb = size / 1024 / 1024
    print(f"attachment {mb:.0f} MiB write: vault {mb / w_ours:7.1f} MiB/s, plain blob {mb / w_bare:7.1f} MiB/s, "
          f"ratio {w_bare / w_ours:.2f}x   target >= 0.5x")
    print(f"attachment {mb:.0f} MiB read:  vault {mb / r_ours:7.1f} MiB/s, plain blob {mb / r_bare:7.1f} MiB/s, "
          f"ratio {r_bare / r_ours:.2f}x   target >= 0.5x")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--quick", action="store_true", help="short run")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        d = Path(tmp)
        bench_unlock(d, 10_000, 3 if args.quick else 9)
        bench_save(d, 30 if args.quick else 200)
        bench_attachments(d, (8 if args.quick else 64) * 1024 * 1024)


if __name__ == "__main__":
    main()
