"""Crash safety: a writer process is killed with SIGKILL while it saves; every acknowledged save survives, and a
save killed before its commit leaves no trace.

Where each kill lands is chosen by what the child reports, not by a clock (tests/crash_points.py):
* ``commit``: paused just before the n-th COMMIT (an entry, an attachment or a draft): that save must be absent;
* ``chunk``: paused before the n-th encrypted chunk of an attachment is written: the attachment must be absent;
* ``ack``: killed after the child acknowledged n saves, plus a random part of one save's measured duration, so
  the kill falls at an arbitrary point of the saves that follow (any acknowledged save must survive).
The key derivation is a stand-in (these tests are about crashes, not the KDF), so a child starts in a fraction
of a second on any machine.
"""

from __future__ import annotations

import random
import time
from pathlib import Path

import pytest

from iia_help.journal import Journal
from iia_help.vault import Vault

from conftest import REPO, subprocess_env
from crash_points import Child
from vault_helpers import PASS, stand_in_kdf

CHILD = r'''
import sys, time
sys.path.insert(0, sys.argv[1])
from crash_points import Stops, use_stand_in_kdf
from datetime import datetime, timezone
from iia_help.journal import Entry, Journal
from iia_help.vault import Vault

use_stand_in_kdf()
path, passphrase, start, stops = sys.argv[2], sys.argv[3], int(sys.argv[4]), Stops(sys.argv[5])
vault = Vault.open(path, passphrase)
journal = Journal(vault)
doing = ["-"]

def trace(sql):
    if sql == "COMMIT":
        stops.reach("commit", doing[0])
    elif sql.startswith("INSERT INTO t2"):
        stops.reach("chunk", doing[0])

vault._conn.set_trace_callback(trace)
print("READY", len(journal), flush=True)
i = start
while True:
    t = time.perf_counter()
    doing[0] = f"E {i}"
    eid = journal.add_entry(Entry(occurred_at=datetime.now(timezone.utc), description=f"save {i}"))
    print(f"E {i} {eid} {time.perf_counter() - t:.6f}", flush=True)  # one write: whole or not at all
    if i % 7 == 0:
        doing[0] = f"A {i}"
        aid = journal.attach(eid, f"f{i}", bytes([i % 251]) * (70000 + i))
        print(f"A {i} {aid}", flush=True)
    if i % 11 == 0:
        doing[0] = f"D {i}"
        journal.save_draft({"i": i})
        print(f"D {i}", flush=True)
    i += 1
'''


def _run_kills(tmp_path: Path, env: dict[str, str], kills: int, seed: int, monkeypatch) -> dict[str, int]:
    stand_in_kdf(monkeypatch)
    rng = random.Random(seed)
    path = tmp_path / "v" / "notes.db"
    path.parent.mkdir()
    Vault.create(path, PASS, calibrate=False).close()
    script = tmp_path / "child.py"
    script.write_text(CHILD)
    acked_entries: dict[int, str] = {}
    acked_atts: dict[int, str] = {}
    last_draft = None
    nxt = 0
    landed: dict[str, int] = {}
    durations: list[float] = []
    for n in range(kills):
        mode = ("commit", "chunk", "ack")[n % 3]
        spec = {"commit": f"commit:{rng.randint(1, 12)}", "chunk": f"chunk:{rng.randint(1, 4)}", "ack": ""}[mode]
        child = Child(script, [str(REPO / "tests"), str(path), PASS, str(nxt), spec], env)
        # The child's open is itself a check: it raises (and exits) if the last kill left a damaged vault.
        first = child.read_until(lambda line: line.startswith("READY"))
        assert int(first.split()[1]) >= len(acked_entries)
        paused = None
        if mode == "ack":
            want = rng.randint(1, 4)
            seen = [0]

            def enough(line: str, want=want, seen=seen) -> bool:
                if line.startswith("E ") and len(line.split()) == 4:
                    durations.append(float(line.split()[3]))
                    seen[0] += 1
                return seen[0] >= want

            child.read_until(enough)
            time.sleep(rng.uniform(0, sum(durations) / len(durations)))  # somewhere in the next save(s)
        else:
            at = child.read_until(lambda line: line.startswith("AT "))
            paused = at.split()[2:]  # e.g. ["E", "12"]: the save in flight when the process stopped
        out = child.kill()
        landed[mode] = landed.get(mode, 0) + 1
        for line in out:
            parts = line.split()  # a line cut short by the kill is not an acknowledgement
            if len(parts) == 4 and parts[0] == "E":
                acked_entries[int(parts[1])] = parts[2]
            elif len(parts) == 3 and parts[0] == "A":
                acked_atts[int(parts[1])] = parts[2]
            elif len(parts) == 2 and parts[0] == "D":
                last_draft = int(parts[1])
        if paused is not None:  # killed before its commit: that save left nothing behind
            what, i = paused[0], int(paused[1])
            with Vault.open(path, PASS) as vault:
                journal = Journal(vault)
                if what == "E":
                    assert f"save {i}" not in {e.description for e in journal.entries()}
                elif what == "A":
                    assert f"f{i}" not in {a.name for e in journal.entries() for a in e.attachments}
                else:
                    assert journal.load_draft() != {"i": i}
        nxt = max([nxt, *acked_entries]) + 1 + 1000  # new range: an unacknowledged save may still have landed
    with Vault.open(path, PASS) as vault:
        vault.verify(full=True)
        journal = Journal(vault)
        stored = {e.id: e.description for e in journal.entries()}
        for i, eid in acked_entries.items():
            assert stored.get(eid) == f"save {i}"
        for i, aid in acked_atts.items():
            assert journal.read_attachment(aid) == bytes([i % 251]) * (70000 + i)
        if last_draft is not None:
            assert journal.load_draft()["i"] >= last_draft
    assert acked_entries and acked_atts  # saves were acknowledged between the kills
    return landed


def test_sigkill_during_saves(tmp_path, isolated_user_dirs, monkeypatch):
    landed = _run_kills(tmp_path, subprocess_env(isolated_user_dirs), kills=15, seed=7, monkeypatch=monkeypatch)
    assert landed == {"commit": 5, "chunk": 5, "ack": 5}


@pytest.mark.slow
def test_sigkill_during_saves_long(tmp_path, isolated_user_dirs, monkeypatch):
    landed = _run_kills(tmp_path, subprocess_env(isolated_user_dirs), kills=220, seed=11, monkeypatch=monkeypatch)
    assert min(landed.values()) >= 73
