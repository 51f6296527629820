"""Child process for the draft kill test: opens the journal UI offscreen, unlocks, types, waits until a draft
save happened, prints READY and then idles until it is killed.

Usage: python journal_draft_child.py DATA_DIR PASSPHRASE TEXT
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from iia_help.context import AppContext  # noqa: E402
from iia_help.paths import AppPaths  # noqa: E402
from iia_help.ui.journal_page import JournalPage  # noqa: E402


def wait_for(cond, what: str, limit_ms: int = 120_000) -> None:
    waited = 0
    while not cond():
        if waited > limit_ms:
            print(f"TIMEOUT {what}", flush=True)
            sys.exit(2)
        QTest.qWait(20)
        waited += 20


def main() -> None:
    data_dir, passphrase, text = sys.argv[1], sys.argv[2], sys.argv[3]
    app = QApplication([sys.argv[0]])
    ctx = AppContext.load(AppPaths(Path(data_dir)))
    page = JournalPage(ctx)
    page.resize(900, 700)
    page.show()
    page.unlock_pw.setText(passphrase)
    page.submit_unlock()
    wait_for(page.is_unlocked, "unlock")
    page.drafts.interval_ms = 200
    page.new_entry()
    QTest.keyClicks(page.editor.description, text)
    wait_for(lambda: text in ((page.drafts.last_saved or {}).get("description", "")), "draft save")
    print("READY", flush=True)
    QTest.keyClicks(page.editor.description, " and more typing that may be lost")
    app.exec()


if __name__ == "__main__":
    main()
