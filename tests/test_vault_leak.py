"""Plaintext scan: after writing marked entries and attachments, no file in the data or temp folder holds them."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from iia_help.journal import Journal, Report
from iia_help.vault import Vault

from vault_helpers import PASS, sample_entry

MARKERS = ["ZQXJMARKER-description-7731", "ZQXJMARKER-platform", "zqxj.marker@example.org", "ZQXJ-CR-99817",
           "ZQXJ-file-name.png", "ZQXJ-tag", "ZQXJ-draft-words", "https://zqxj.example/abc"]


def _needles() -> list[bytes]:
    out = []
    for m in MARKERS:
        out += [m.encode("utf-8"), m.encode("utf-16-le"), m.encode("utf-16-be")]
    return out


def _scan(roots: list[Path], needles: list[bytes], windows: set[bytes]) -> list[str]:
    hits = []
    for root in roots:
        for dirpath, _dirs, files in os.walk(root):
            for name in files:
                p = Path(dirpath) / name
                data = p.read_bytes()
                for n in needles:
                    if n in data:
                        hits.append(f"{p}: {n!r}")
                for i in range(len(data) - 15):
                    if data[i:i + 16] in windows:
                        hits.append(f"{p}: attachment bytes at {i}")
                        break
    return hits


def test_no_plaintext_on_disk(tmp_path):
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    temp_dir = Path(tempfile.gettempdir())
    assert temp_dir.is_relative_to(tmp_path)  # conftest points the temp folder into tmp_path
    marker = MARKERS[0].encode()
    attachment = (os.urandom(40000) + marker + os.urandom(30000))
    windows = {attachment[i:i + 16] for i in range(len(attachment) - 15)}
    src = temp_dir / "incoming.bin"
    path = data_dir / "notes.db"

    vault = Vault.create(path, PASS, calibrate=False)
    journal = Journal(vault)
    eid = journal.add_entry(sample_entry(0, description=MARKERS[0] + " " + MARKERS[0].lower(), platform=MARKERS[1],
                                        account=MARKERS[2], reports=[Report("Police", MARKERS[3])],
                                        tags=[MARKERS[5]], urls=[MARKERS[7]]))
    journal.attach(eid, MARKERS[4], attachment)
    journal.save_draft({"text": MARKERS[6]})
    entry = journal.get_entry(eid)
    entry.description += " edited " + MARKERS[0]
    journal.update_entry(entry)
    # Scan while open (the WAL holds fresh pages) and after close.
    assert _scan([data_dir, temp_dir], _needles(), windows) == []
    vault.backup_to(data_dir / "backup.db")
    vault.close()
    assert _scan([data_dir, temp_dir], _needles(), windows) == []

    # The same check must find plaintext when it is there (so the scanner itself works).
    src.write_bytes(attachment)
    assert _scan([temp_dir], _needles(), windows)
    src.unlink()

    vault = Vault.open(path, PASS)
    journal = Journal(vault)
    assert journal.read_attachment(journal.entries()[0].attachments[0].id) == attachment
    journal.delete_entry(eid)
    journal.clear_draft()
    vault.close()
    assert _scan([data_dir, temp_dir], _needles(), windows) == []
