"""Plaintext scan: after writing marked entries and attachments, no file in the data or temp folder holds them."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from iia_help.journal import Journal, Report
from iia_help.vault import Vault
from leak_scan import byte_windows, needles, scan

from vault_helpers import PASS, sample_entry

MARKERS = ["ZQXJMARKER-description-7731", "ZQXJMARKER-platform", "zqxj.marker@example.org", "ZQXJ-CR-99817",
           "ZQXJ-file-name.png", "ZQXJ-tag", "ZQXJ-draft-words", "https://zqxj.example/abc"]


def test_no_plaintext_on_disk(tmp_path):
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    temp_dir = Path(tempfile.gettempdir())
    assert temp_dir.is_relative_to(tmp_path)  # conftest points the temp folder into tmp_path
    marker = MARKERS[0].encode()
    attachment = (os.urandom(40000) + marker + os.urandom(30000))
    windows = byte_windows(attachment)
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
    assert scan([data_dir, temp_dir], needles(MARKERS), windows) == []
    vault.backup_to(data_dir / "backup.db")
    vault.close()
    assert scan([data_dir, temp_dir], needles(MARKERS), windows) == []

    # The same check must find plaintext when it is there (so the scanner itself works).
    src.write_bytes(attachment)
    assert scan([temp_dir], needles(MARKERS), windows)
    src.unlink()

    vault = Vault.open(path, PASS)
    journal = Journal(vault)
    assert journal.read_attachment(journal.entries()[0].attachments[0].id) == attachment
    journal.delete_entry(eid)
    journal.clear_draft()
    vault.close()
    assert scan([data_dir, temp_dir], needles(MARKERS), windows) == []
