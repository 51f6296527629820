"""The journal timeline with 10,000 entries: open, type-ahead search, and peak memory against a bare Qt window.

    python benchmarks/bench_timeline.py [--quick]

A vault with 10,000 realistic entries is made once (bulk, in one transaction: same record format as
``Journal.add_entry``). Then, each in its own process (offscreen Qt):

* **timeline**: unlock the vault, show a window holding ``iia_help.ui.journal.timeline.TimelineView`` and time
  - *open*: ``Journal.entries()`` (decrypt + parse all 10,000, from a cold cache) + ``build_rows`` + model reset +
    filter choices + a synchronous repaint of the table. Target <= 300 ms.
  - *search*: every prefix of a few queries typed into the search box (filter 10,000 rows + repaint), per key
    press p50/p99/max. Target p99 <= 50 ms.
  - *peak memory*: the process's peak RSS (ru_maxrss), which includes the unlock's Argon2id (64 MiB or more).
* **baseline**: a QMainWindow with an empty QTableView, shown offscreen: its peak RSS.
Target: timeline peak <= baseline + 150 MiB.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from common import REPO, isolated_env, percentile, result

PASS = "benchmark passphrase"
N = 10_000
QUERIES = ["instagram", "cr/4242", "threat", "entry 9999", "sent my photos", "zzz nothing", "@user12"]

CHILD = r'''
import gc, json, resource, sys, time
mode = sys.argv[1]
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
app = QApplication(sys.argv[:1])
win = QMainWindow()
win.resize(1000, 700)
out = {}
if mode == "baseline":
    win.setCentralWidget(QTableView())
    win.show()
    app.processEvents()
    win.centralWidget().viewport().repaint()
else:
    path, pw, repeats, queries = sys.argv[2], sys.argv[3], int(sys.argv[4]), json.loads(sys.argv[5])
    from iia_help.journal import Journal
    from iia_help.vault import Vault
    from iia_help.ui.journal.timeline import TimelineView, build_rows
    vault = Vault.open(path, pw)
    view = TimelineView()
    win.setCentralWidget(view)
    win.show()
    app.processEvents()
    opens, parts = [], []
    entries = rows = journal = None
    for _ in range(repeats):
        view.clear()
        app.processEvents()
        entries = rows = journal = None  # as after a real lock: the last unlock's objects are gone
        gc.collect()
        journal = Journal(vault)  # cold cache: decrypt and parse every record again
        t0 = time.perf_counter()
        entries = journal.entries()
        t1 = time.perf_counter()
        rows = build_rows(entries)
        t2 = time.perf_counter()
        view.model.set_rows(rows)
        view.refresh_choices()
        view.table.viewport().repaint()
        app.processEvents()
        t3 = time.perf_counter()
        opens.append((t3 - t0) * 1000)
        parts.append([(t1 - t0) * 1000, (t2 - t1) * 1000, (t3 - t2) * 1000])
    out["count"] = view.model.rowCount()
    out["open_ms"] = opens
    out["parts_ms"] = parts
    searches = []
    for q in queries:
        for i in range(1, len(q) + 1):
            t0 = time.perf_counter()
            view.search.setText(q[:i])
            view.table.viewport().repaint()
            app.processEvents()
            searches.append((time.perf_counter() - t0) * 1000)
        view.search.clear()
        app.processEvents()
    out["search_ms"] = searches
    vault.close()
kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
out["peak_mib"] = kib / 1024
print("JSON " + json.dumps(out), flush=True)
'''

PLATFORMS = ["Instagram", "Snapchat", "WhatsApp", "TikTok", "Facebook", "Email", "Text message", "X"]
KINDS = ["message", "threat", "shared", "demand", "other"]


def make_vault(path: Path) -> None:
    from iia_help.journal import Entry, Report, _entry_obj
    from iia_help.vault import Vault

    rng = random.Random(1)
    words = ["they", "said", "would", "send", "my", "photos", "to", "everyone", "unless", "I", "paid", "money",
             "tonight", "please", "help", "blocked", "the", "account", "but", "a", "new", "one", "messaged", "me",
             "again", "screenshot", "saved"]
    vault = Vault.create(path, PASS, calibrate=False)
    base = datetime(2025, 6, 1, tzinfo=UTC)
    with vault.transaction() as txn:
        for i in range(N):
            when = base - timedelta(minutes=37 * i)
            e = Entry(occurred_at=when, kind=KINDS[i % 5], platform=PLATFORMS[i % len(PLATFORMS)],
                      account=f"@user{i}", urls=[f"https://example.org/p/{i}"],
                      description=f"entry {i}: " + " ".join(rng.choice(words) for _ in range(rng.randint(20, 120))),
                      reports=[Report("Police", f"CR/{i}", "2025-06-02")] if i % 3 == 0 else [],
                      tags=[f"tag{i % 12}"] + (["sent my photos"] if i % 50 == 0 else []))
            txn.put(vault.new_id(), _entry_obj(e, when, [(when, "created")]))
    vault.close()


def run_child(env: dict[str, str], *args: str) -> dict | None:
    proc = subprocess.run([sys.executable, "-c", CHILD, *args], env=env, capture_output=True, text=True,
                          timeout=600, cwd=REPO)
    for line in proc.stdout.splitlines():
        if line.startswith("JSON "):
            return json.loads(line[5:])
    print(f"child {args[0]} failed (exit {proc.returncode}):\n{proc.stderr[-1500:]}", file=sys.stderr)
    return None


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="short run")
    args = ap.parse_args()
    repeats = 3 if args.quick else 7
    procs = 1 if args.quick else 3
    try:
        import iia_help.ui.journal.timeline  # noqa: F401
    except ImportError as exc:
        for name, unit in (("timeline open, 10,000 entries", "ms"), ("timeline search per key press, p99", "ms"),
                           ("peak memory, 10,000 entries open", "MiB")):
            result(name, None, unit, note=f"not available: {exc}")
        return
    with tempfile.TemporaryDirectory(prefix="bench-timeline-") as tmp:
        root = Path(tmp)
        path = root / "notes.db"
        make_vault(path)
        env = isolated_env(root, QT_QPA_PLATFORM="offscreen")
        runs, bases = [], []
        for _ in range(procs):  # interleave the two kinds of process
            bases.append(run_child(env, "baseline"))
            runs.append(run_child(env, "timeline", str(path), PASS, str(repeats), json.dumps(QUERIES)))
        runs = [r for r in runs if r]
        bases = [b for b in bases if b]
        if not runs:
            result("timeline open, 10,000 entries", None, "ms", target=300, note="not available: child failed")
            return
        opens = [x for r in runs for x in r["open_ms"]]
        parts = [p for r in runs for p in r["parts_ms"]]
        searches = [x for r in runs for x in r["search_ms"]]
        load, rows, paint = (statistics.median(p[i] for p in parts) for i in range(3))
        print(f"timeline open ({runs[0]['count']} rows): median {statistics.median(opens):.0f} ms "
              f"(load {load:.0f} + rows {rows:.0f} + model/paint {paint:.0f}), max {max(opens):.0f} ms")
        result("timeline open, 10,000 entries (load + rows + paint), median", statistics.median(opens), "ms",
               target=300, note=f"{len(opens)} opens; median split: decrypt+parse {load:.0f} ms, rows {rows:.0f} ms, "
               f"model+paint {paint:.0f} ms; max {max(opens):.0f} ms")
        print(f"search per key press: p50 {percentile(searches, 50):.1f} ms, p99 {percentile(searches, 99):.1f} ms, "
              f"max {max(searches):.1f} ms (n={len(searches)})")
        result("timeline search per key press (filter + repaint), p50", percentile(searches, 50), "ms", target=50,
               note=f"{len(searches)} key presses over {len(QUERIES)} queries")
        result("timeline search per key press (filter + repaint), p99", percentile(searches, 99), "ms", target=50,
               note=f"max {max(searches):.1f} ms")
        peak = statistics.median(r["peak_mib"] for r in runs)
        base = statistics.median(b["peak_mib"] for b in bases) if bases else None
        print(f"peak RSS: timeline {peak:.0f} MiB, bare Qt window {base if base is None else round(base)} MiB")
        result("peak memory, 10,000 entries open (incl. unlock KDF)", peak, "MiB", baseline=base,
               baseline_label="bare Qt window", target=150, target_on="delta",
               note="ru_maxrss of separate processes; includes Argon2id's 64 MiB during unlock")


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    main()
