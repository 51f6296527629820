"""Export benchmark: a 1,000-entry, 200-attachment journal to an evidence bundle, then verify it.

    python benchmarks/bench_export.py [--quick]

Prints entries/s and MB/s for the export (PDF + ZIP) and for verify-bundle, the page count and the peak memory.
No assertions: compare runs. Runs offscreen (creates its own QGuiApplication).
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _image(i: int, fmt: str) -> bytes:
    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtGui import QColor, QImage, QPainter

    img = QImage(1280, 960, QImage.Format.Format_RGB32)
    img.fill(QColor.fromHsv((i * 37) % 360, 120, 230))
    p = QPainter(img)
    for k in range(40):
        p.drawText(20, 30 + k * 22, f"message {i}.{k}: screenshot text that would be in a chat")
    p.end()
    buf = QBuffer()
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    img.save(buf, fmt, 85)
    return bytes(buf.data())


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true", help="100 entries and 20 attachments")
    args = ap.parse_args()
    n_entries, n_files = (100, 20) if args.quick else (1000, 200)

    from iia_help.export import ExportOptions, export_bundle, verify_bundle
    from iia_help.export.report import ensure_gui_app
    from iia_help.journal import Entry, Journal, Report
    from iia_help.vault import Vault

    ensure_gui_app()
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as tmp:
        d = Path(tmp)
        vault = Vault.create(d / "notes.db", "benchmark passphrase", calibrate=False)
        journal = Journal(vault)
        base = datetime(2025, 1, 1, tzinfo=UTC)
        t0 = time.perf_counter()
        ids = []
        for i in range(n_entries):
            ids.append(journal.add_entry(Entry(
                occurred_at=base + timedelta(hours=7 * i), kind=("message", "threat", "demand")[i % 3],
                platform="Instagram", account=f"@account{i}", urls=[f"https://example.org/p/{i}"],
                description=("A pasted message, word for word. " * rng.randint(3, 60)).strip(),
                reports=[Report("Police", f"CR/{i}")] if i % 4 == 0 else [], tags=["tag"])))
        images = [_image(i, "JPEG" if i % 2 else "PNG") for i in range(8)]
        total_bytes = 0
        for k in range(n_files):
            if k % 4 == 3:
                data, name = rng.randbytes(1024 * 1024), f"recording-{k}.bin"
            else:
                data = images[k % len(images)]
                ext = "jpg" if data.startswith(b"\xff\xd8") else "png"
                name = f"screenshot-{k}.{ext}"
            journal.attach(ids[(k * 5) % n_entries], name, data)
            total_bytes += len(data)
        print(f"set-up: {n_entries} entries, {n_files} files ({total_bytes / 1e6:.1f} MB) "
              f"in {time.perf_counter() - t0:.1f} s")

        calls = 0

        def progress(done: int, total: int) -> None:
            nonlocal calls
            calls += 1

        out = d / "usb" / "export.zip"
        out.parent.mkdir()
        t0 = time.perf_counter()
        result = export_bundle(journal, out, ExportOptions(name="Benchmark"), progress=progress)
        dt = time.perf_counter() - t0
        size = out.stat().st_size
        print(f"export: {dt:.2f} s, {n_entries / dt:.0f} entries/s, {total_bytes / 1e6 / dt:.1f} MB/s of "
              f"attachments, bundle {size / 1e6:.1f} MB, {result.pages} PDF pages, {calls} progress calls")

        t0 = time.perf_counter()
        report = verify_bundle(out)
        dt = time.perf_counter() - t0
        print(f"verify: {dt:.2f} s, {size / 1e6 / dt:.1f} MB/s, ok={report.ok}")
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        print(f"peak memory (whole process): {peak / 1024:.0f} MB" if sys.platform != "darwin"
              else f"peak memory: {peak / 1e6:.0f} MB")
        vault.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
