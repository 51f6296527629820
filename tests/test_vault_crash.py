"""Crash safety: a writer process is killed with SIGKILL at random moments; every acknowledged save survives."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time

import pytest

from iia_help.journal import Journal
from iia_help.vault import Vault

from vault_helpers import PASS

CHILD = r'''
import sys
from datetime import datetime, timezone
from iia_help.journal import Entry, Journal
from iia_help.vault import Vault

path, passphrase, start = sys.argv[1], sys.argv[2], int(sys.argv[3])
vault = Vault.open(path, passphrase)
journal = Journal(vault)
known = {e.description for e in journal.entries()}
print("READY", len(known), flush=True)
i = start
while True:
    eid = journal.add_entry(Entry(occurred_at=datetime.now(timezone.utc), description=f"save {i}"))
    print("E", i, eid, flush=True)
    if i % 7 == 0:
        aid = journal.attach(eid, f"f{i}", bytes([i % 251]) * (70000 + i))
        print("A", i, aid, flush=True)
    if i % 11 == 0:
        journal.save_draft({"i": i})
        print("D", i, flush=True)
    i += 1
'''


def _run_kills(tmp_path, kills: int, seed: int) -> None:
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
    for _ in range(kills):
        proc = subprocess.Popen([sys.executable, str(script), str(path), PASS, str(nxt)],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        first = proc.stdout.readline()
        # The child's open is itself a check: it raises (and exits) if the last kill left a damaged vault.
        assert first.startswith("READY"), proc.stderr.read() if proc.poll() is not None else first
        assert int(first.split()[1]) >= len(acked_entries)
        time.sleep(rng.uniform(0, 0.06))
        os.kill(proc.pid, signal.SIGKILL)
        out, _err = proc.communicate()
        for line in out.splitlines():
            parts = line.split()
            if len(parts) == 3 and parts[0] == "E":
                acked_entries[int(parts[1])] = parts[2]
            elif len(parts) == 3 and parts[0] == "A":
                acked_atts[int(parts[1])] = parts[2]
            elif len(parts) == 2 and parts[0] == "D":
                last_draft = int(parts[1])
        nxt = max([nxt, *acked_entries]) + 1 + 1000  # new range: an unacknowledged save may still have landed
    vault = Vault.open(path, PASS)
    try:
        vault.verify(full=True)
        journal = Journal(vault)
        stored = {e.id: e.description for e in journal.entries()}
        for i, eid in acked_entries.items():
            assert stored.get(eid) == f"save {i}"
        for i, aid in acked_atts.items():
            assert journal.read_attachment(aid) == bytes([i % 251]) * (70000 + i)
        if last_draft is not None:
            assert journal.load_draft()["i"] >= last_draft
    finally:
        vault.close()
    assert len(acked_entries) > kills  # the kills really landed in the middle of saving


def test_sigkill_during_saves(tmp_path):
    _run_kills(tmp_path, kills=50, seed=7)


@pytest.mark.slow
def test_sigkill_during_saves_long(tmp_path):
    _run_kills(tmp_path, kills=220, seed=11)
