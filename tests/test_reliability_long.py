"""Crash consistency beyond saves, and randomised structural tampering.

* SIGKILL during passphrase changes and during backup restores. (SIGKILL during entry saves, attachment imports
  and draft saves is tests/test_vault_crash.py: 50 kills by default, 220 under ``-m slow``.)
* Random structural tampering: record and chunk swaps, deletions, duplicates, truncations, extensions, bit flips,
  single-record and manifest rollbacks, file truncation. (Raw byte flips over the whole file are
  tests/test_vault_tamper.py: 150 by default, 1,300 under ``-m slow``.)

Each harness runs briefly in the default suite and at length (100 + 100 kills, 1,200 tamper trials) under
``-m slow``.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from iia_help.journal import Journal
from iia_help.vault import Vault, WrongPassphrase

from conftest import subprocess_env
from vault_helpers import PASS, build_vault, fast_kdf, outcome, read_all, sample_entry, snapshot

PASSPHRASE_CHILD = r'''
import sys
from datetime import datetime, timezone
from iia_help.journal import Entry, Journal
from iia_help.vault import Vault

path, k = sys.argv[1], int(sys.argv[2])
vault = Vault.open(path, f"pass-{k}")
journal = Journal(vault)
print("READY", len(journal), flush=True)
while True:
    vault.change_passphrase(f"pass-{k}", f"pass-{k + 1}")
    k += 1
    print("P", k, flush=True)
    eid = journal.add_entry(Entry(occurred_at=datetime.now(timezone.utc), description=f"after change {k}"))
    print("E", k, eid, flush=True)
'''

RESTORE_CHILD = r'''
import sys
from iia_help.vault import Vault

backup, folder, passphrase, i = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
print("READY", flush=True)
while True:
    Vault.restore_backup(backup, f"{folder}/restored-{i}.db", passphrase)
    print("R", i, flush=True)
    i += 1
'''


def _spawn(script: Path, args: list[str], env: dict[str, str]) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, str(script), *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env=env)


def _kill_after_ready(proc: subprocess.Popen, delay: float) -> str:
    first = proc.stdout.readline()
    assert first.startswith("READY"), proc.stderr.read() if proc.poll() is not None else first
    time.sleep(delay)
    os.kill(proc.pid, signal.SIGKILL)
    out, _err = proc.communicate()
    return first + out


def _open_either(path: Path, k: int) -> tuple[Vault, int]:
    """After a kill during a change to pass-(k+1): exactly one of pass-k / pass-(k+1) opens the vault."""
    try:
        return Vault.open(path, f"pass-{k}"), k
    except WrongPassphrase:
        return Vault.open(path, f"pass-{k + 1}"), k + 1


def run_passphrase_kills(tmp_path: Path, env: dict[str, str], kills: int, seed: int) -> None:
    rng = random.Random(seed)
    path = tmp_path / "v" / "notes.db"
    path.parent.mkdir()
    Vault.create(path, "pass-0", calibrate=False).close()
    script = tmp_path / "child_pass.py"
    script.write_text(PASSPHRASE_CHILD)
    k = 0
    acked: dict[str, int] = {}
    changes = 0
    for _ in range(kills):
        proc = _spawn(script, [str(path), str(k)], env)
        out = _kill_after_ready(proc, rng.uniform(0, 0.9))  # one change runs the KDF twice (~0.3 s)
        last_p = k
        for line in out.splitlines():
            parts = line.split()
            if parts[0] == "P":
                last_p = int(parts[1])
            elif parts[0] == "E":
                acked[parts[2]] = int(parts[1])
        changes += last_p - k
        vault, k = _open_either(path, last_p)  # an acknowledged change is never lost
        try:
            vault.verify(full=True)
            stored = {e.id: e.description for e in Journal(vault).entries()}
            assert all(stored.get(eid) == f"after change {n}" for eid, n in acked.items())
        finally:
            vault.close()
    assert changes > 0  # the kills really landed while passphrases were changing


def run_restore_kills(tmp_path: Path, env: dict[str, str], kills: int, seed: int) -> None:
    rng = random.Random(seed)
    src = tmp_path / "src" / "notes.db"
    src.parent.mkdir()
    expected = build_vault(src, n_entries=4, attachments={"a.bin": os.urandom(300_000), "b.png": b"\x89PNG" * 9})
    backup = tmp_path / "usb" / "backup.fern"
    backup.parent.mkdir()
    vault = Vault.open(src, PASS)
    vault.backup_to(backup)
    vault.close()
    folder = tmp_path / "restore"
    folder.mkdir()
    script = tmp_path / "child_restore.py"
    script.write_text(RESTORE_CHILD)
    i = 0
    acked: set[int] = set()
    for _ in range(kills):
        proc = _spawn(script, [str(backup), str(folder), PASS, str(i)], env)
        out = _kill_after_ready(proc, rng.uniform(0, 0.5))
        acked |= {int(line.split()[1]) for line in out.splitlines() if line.startswith("R ")}
        i = max([i - 1, *acked]) + 1
        in_flight = folder / f"restored-{i}.db"
        if in_flight.exists():  # the kill hit after the vault was published: it must be whole
            assert read_all(in_flight) == expected
            acked.add(i)
            i += 1
    for n in acked:
        assert read_all(folder / f"restored-{n}.db") == expected
    names = {p.name for p in folder.iterdir()}
    vaults = {n for n in names if n.startswith("restored-")}
    assert vaults == {f"restored-{n}.db" for n in acked}  # never a partial vault under the real name
    # Whatever else a kill leaves is a hidden temp copy of the (encrypted) backup, never a plaintext file.
    assert all(n.startswith(".tmp-") for n in names - vaults), names
    assert backup.read_bytes()  # the backup itself is untouched and still restores
    assert len(acked) > 0


@pytest.fixture
def child_env(isolated_user_dirs) -> dict[str, str]:
    return subprocess_env(isolated_user_dirs)


def test_sigkill_during_passphrase_change_smoke(tmp_path, child_env):
    run_passphrase_kills(tmp_path, child_env, kills=4, seed=3)


def test_sigkill_during_restore_smoke(tmp_path, child_env):
    run_restore_kills(tmp_path, child_env, kills=6, seed=5)


@pytest.mark.slow
def test_sigkill_during_passphrase_change_long(tmp_path, child_env):
    run_passphrase_kills(tmp_path, child_env, kills=100, seed=17)


@pytest.mark.slow
def test_sigkill_during_restore_long(tmp_path, child_env):
    run_restore_kills(tmp_path, child_env, kills=100, seed=19)


# ------------------------------------------------------------------ random structural tampering


def _tamper_pair(folder: Path) -> tuple[Path, Path, dict]:
    """An 'old' and a 'new' state of the same vault (one entry edited, one added, a draft changed in between)."""
    old = folder / "old.db"
    build_vault(old, n_entries=3, attachments={"a.bin": bytes(range(256)) * 800, "b.txt": b"hello", "c": b""})
    new = folder / "new.db"
    shutil.copyfile(old, new)
    vault = Vault.open(new, PASS)
    journal = Journal(vault)
    entry = journal.entries()[0]
    entry.description = "changed later"
    journal.update_entry(entry)
    journal.add_entry(sample_entry(7))
    journal.save_draft({"text": "newer draft"})
    expected = snapshot(journal)
    vault.close()
    return old, new, expected


def _rows(con: sqlite3.Connection, sql: str) -> list[tuple]:
    return con.execute(sql).fetchall()


def _apply(rng: random.Random, path: Path, old: Path) -> str:
    """Apply one random structural change that alters stored content; returns its name."""
    op = rng.choice(["swap_records", "swap_chunks", "delete_record", "delete_chunk", "duplicate_record",
                     "truncate_value", "extend_value", "flip_value", "rollback_record", "rollback_manifest",
                     "renumber_chunk", "truncate_file"])
    if op == "truncate_file":
        data = path.read_bytes()
        path.write_bytes(data[: rng.randrange(len(data))])
        return op
    con = sqlite3.connect(path, isolation_level=None)
    try:
        recs = _rows(con, "SELECT a, b FROM t1")
        chunks = _rows(con, "SELECT a, b, c FROM t2")
        meta = _rows(con, "SELECT k, v FROM t0")
        if op == "swap_records":
            (a1, b1), (a2, b2) = rng.sample(recs, 2)
            con.execute("UPDATE t1 SET b = ? WHERE a = ?", (b2, a1))
            con.execute("UPDATE t1 SET b = ? WHERE a = ?", (b1, a2))
        elif op == "swap_chunks":
            x, y = rng.sample(chunks, 2)
            con.execute("UPDATE t2 SET c = ? WHERE a = ? AND b = ?", (y[2], x[0], x[1]))
            con.execute("UPDATE t2 SET c = ? WHERE a = ? AND b = ?", (x[2], y[0], y[1]))
        elif op == "delete_record":
            con.execute("DELETE FROM t1 WHERE a = ?", (rng.choice(recs)[0],))
        elif op == "delete_chunk":
            a, b, _c = rng.choice(chunks)
            con.execute("DELETE FROM t2 WHERE a = ? AND b = ?", (a, b))
        elif op == "duplicate_record":
            con.execute("INSERT INTO t1(a, b) VALUES (?, ?)", (os.urandom(16), rng.choice(recs)[1]))
        elif op in ("truncate_value", "extend_value", "flip_value"):
            table, key_sql, rows = rng.choice([
                ("t1", "a = ?", [((a,), b) for a, b in recs]),
                ("t2", "a = ? AND b = ?", [((a, b), c) for a, b, c in chunks]),
                ("t0", "k = ?", [((k,), v) for k, v in meta]),
            ])
            col = {"t1": "b", "t2": "c", "t0": "v"}[table]
            key, value = rng.choice(rows)
            if op == "truncate_value":
                new = value[: rng.randrange(len(value))]
            elif op == "extend_value":
                new = value + os.urandom(rng.randint(1, 40))
            else:
                b = bytearray(value)
                b[rng.randrange(len(b))] ^= 1 << rng.randrange(8)
                new = bytes(b)
            con.execute(f"UPDATE {table} SET {col} = ? WHERE {key_sql}", (new, *key))
        elif op == "rollback_record":
            older = dict(_rows(sqlite3.connect(old), "SELECT a, b FROM t1"))
            changed = [a for a, b in recs if a in older and older[a] != b]
            if changed:  # (an earlier change in this trial may have removed them)
                a = rng.choice(changed)
                con.execute("UPDATE t1 SET b = ? WHERE a = ?", (older[a], a))
        if op == "rollback_manifest" or (op == "rollback_record" and not changed):
            (older,) = _rows(sqlite3.connect(old), "SELECT v FROM t0 WHERE k = 1")
            con.execute("UPDATE t0 SET v = ? WHERE k = 1", older)
        elif op == "renumber_chunk":
            a, b, _c = rng.choice(chunks)
            top = max(bb for aa, bb, _ in chunks if aa == a)
            con.execute("UPDATE t2 SET b = ? WHERE a = ? AND b = ?", (top + 1 + rng.randrange(3), a, b))
    finally:
        con.close()
    return op


def _dump(path: Path) -> list | None:
    """Every stored row, for telling whether a trial's changes cancelled out (None if unreadable)."""
    con = sqlite3.connect(path)
    try:
        return [sorted(con.execute(f"SELECT * FROM {t}").fetchall()) for t in ("t0", "t1", "t2")]
    except sqlite3.Error:
        return None
    finally:
        con.close()


def run_structural_tampering(tmp_path: Path, trials: int, seed: int) -> dict[str, int]:
    rng = random.Random(seed)
    folder = tmp_path / "pair"
    folder.mkdir()
    old, new, expected = _tamper_pair(folder)
    pristine = _dump(new)
    work = tmp_path / "work"
    work.mkdir()
    seen: dict[str, int] = {}
    for _ in range(trials):
        for leftover in work.iterdir():
            leftover.unlink()
        path = work / "notes.db"
        shutil.copyfile(new, path)
        ops: list[str] = []
        for _ in range(rng.choice([1, 1, 1, 2, 3])):
            ops.append(_apply(rng, path, old))
            if ops[-1] == "truncate_file":  # nothing more can be edited in a cut-short file
                break
        changed = "truncate_file" in ops or _dump(path) != pristine
        result = outcome(path, expected)  # fails the test on altered data or any non-vault exception
        if changed and "truncate_file" not in ops:  # stored content was altered: it must be noticed
            assert result in ("corrupted", "wrong"), ops
        for op in ops:
            seen[op] = seen.get(op, 0) + 1
    return seen


def test_random_structural_tampering(tmp_path, monkeypatch):
    fast_kdf(monkeypatch)
    seen = run_structural_tampering(tmp_path, trials=80, seed=23)
    assert len(seen) >= 10  # most kinds of change were tried


@pytest.mark.slow
def test_random_structural_tampering_long(tmp_path, monkeypatch):
    fast_kdf(monkeypatch)
    seen = run_structural_tampering(tmp_path, trials=1200, seed=29)
    assert len(seen) == 12
