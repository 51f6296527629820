"""Make tests/data/golden-v1.db, the vault that every later version must still open.

Run once with the format version it names:  python tests/data/make_golden.py
Do not regenerate it for a new format version: add golden-v2.db beside it instead.
"""

from __future__ import annotations

import hashlib
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

PASSPHRASE = "golden vault passphrase, format 1 ✓"
TZ = timezone(timedelta(hours=-5))
ATTACHMENT = bytes(i * 7 % 256 for i in range(65536 + 100))

# What describe() must return for the golden file.
EXPECTED = {
    "entries": [
        ("2024-03-02T22:15:00-05:00", "threat", "Instagram", "@golden_user",
         ["https://example.org/p/1"], "They said they would share the photos. 😀 مرحبا \x00 end",
         [("Police", "CR/2024/001", "2024-03-03")], ["golden", "first"],
         ["created", "attachment added", "attachment added"],
         [("screenshot.png", 65636, hashlib.sha256(ATTACHMENT).hexdigest()), ("empty.txt", 0,
           hashlib.sha256(b"").hexdigest())]),
        ("2024-03-01T09:00:00-05:00", "message", "Email", "someone@example.org", [], "First message.",
         [], [], ["created", "edited"], []),
    ],
    "deleted": [("entry",)],
    "draft": {"description": "unsent draft"},
}


def build(path: Path) -> None:
    from iia_help.journal import Entry, Journal, Report
    from iia_help.vault import Vault

    vault = Vault.create(path, PASSPHRASE, calibrate=False)
    j = Journal(vault)
    first = j.add_entry(Entry(occurred_at=datetime(2024, 3, 1, 9, 0, tzinfo=TZ), kind="message",
                              platform="Email", account="someone@example.org", description="First msg."))
    e = j.get_entry(first)
    e.description = "First message."
    j.update_entry(e)
    second = j.add_entry(Entry(
        occurred_at=datetime(2024, 3, 2, 22, 15, tzinfo=TZ), kind="threat", platform="Instagram",
        account="@golden_user", urls=["https://example.org/p/1"],
        description="They said they would share the photos. 😀 مرحبا \x00 end",
        reports=[Report("Police", "CR/2024/001", "2024-03-03")], tags=["golden", "first"]))
    j.attach(second, "screenshot.png", ATTACHMENT)
    j.attach(second, "empty.txt", b"")
    gone = j.add_entry(Entry(occurred_at=datetime(2024, 3, 3, tzinfo=TZ), description="deleted"))
    j.delete_entry(gone)
    j.save_draft({"description": "unsent draft"})
    vault.close()


def describe(journal) -> dict:
    entries = []
    for e in journal.entries():
        entries.append((
            e.occurred_at.isoformat(), e.kind, e.platform, e.account, e.urls, e.description,
            [(r.to, r.reference, r.date) for r in e.reports], e.tags, [a for _, a in e.history],
            [(a.name, a.size, a.sha256) for a in e.attachments],
        ))
        for a in e.attachments:
            data = journal.read_attachment(a.id)
            assert hashlib.sha256(data).hexdigest() == a.sha256
            assert data == (ATTACHMENT if a.name == "screenshot.png" else b"")
    return {"entries": entries, "deleted": [(d.kind,) for d in journal.deleted()], "draft": journal.load_draft()}


if __name__ == "__main__":
    out = Path(__file__).with_name("golden-v1.db")
    if out.exists() and "--force" not in sys.argv:
        sys.exit(f"{out} exists; it must not be regenerated (use --force only before it is committed)")
    out.unlink(missing_ok=True)
    build(out)
    print("wrote", out)
