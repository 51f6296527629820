"""Issue 28 in the journal page: the failed-attempts message after an unlock, the journal ID, the History window
(the custody log in plain words, with what the signature does not prove), and a file opened being logged."""

from __future__ import annotations

from iia_help.journal import Journal
from iia_help.ui.journal.history import LIMITS, HistoryDialog
from iia_help.ui.modal import open_dialogs
from iia_help.vault import Vault
from test_ui_journal import PW, finish, make_page, sample_entries, seed_vault, unlock_via_ui


def test_attempts_message_journal_id_history_and_file_opened(qtbot, ctx, monkeypatch):
    page = make_page(qtbot, ctx, monkeypatch)
    try:
        ids = seed_vault(page.vault_path, sample_entries()[:2])
        vault = Vault.open(page.vault_path, PW)
        Journal(vault).attach(ids[0], "shot.png", b"\x89PNG not really")
        jid = vault.journal_id
        vault.close()
        page.show_locked_view()
        for _ in range(2):
            unlock_via_ui(qtbot, page, "not the passphrase")
            assert not page.is_unlocked()
        unlock_via_ui(qtbot, page, PW)
        assert page.is_unlocked()
        msg = page.attempts_notice.text()
        assert page.attempts_notice.isVisible() and msg.startswith(
            "Someone tried to open your journal 2 times since you last used it: ")
        assert page.attempts_notice.accessibleName() == msg
        assert page.journal_id_label.text() == f"Journal ID: {jid}" and page.journal_id_label.isVisible()

        page.open_entry(ids[0])
        tree = page.editor.attachments.list
        tree.setCurrentItem(tree.topLevelItem(0))
        viewer = page.editor.attachments.view_selected()
        assert viewer is not None
        viewer.close()
        opened = [r for r in page.journal.custody_log() if r["ev"] == "file opened"]
        assert len(opened) == 1 and opened[0]["d"]["name"] == "shot.png"

        shown: list[HistoryDialog] = []

        def look() -> None:
            shown_now = open_dialogs()  # the app shows its dialogs without Qt modality (ui/modal.py)
            dlg = shown_now[-1] if shown_now else None
            if not isinstance(dlg, HistoryDialog):
                qtbot.wait(20)
                return look()
            shown.append(dlg)
            dlg.reject()

        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, look)
        page.history_action.trigger()
        (dlg,) = shown
        assert dlg.id_label.text() == f"Journal ID: {jid}"
        rows = [(dlg.table.item(i, 0).text(), dlg.table.item(i, 1).text()) for i in range(dlg.table.rowCount())]
        whats = [w for _, w in rows]
        assert whats[0].startswith("File opened") and whats[1] == "Unlocked"
        assert whats[2] == "Failed attempts to unlock: 2 times" and whats[-1].startswith("Journal created")
        assert not any("night_owl" in w or "Instagram" in w for w in whats)  # never what was written
        assert "anyone who knows the passphrase can sign" in LIMITS and "does not show when things happened" in LIMITS

        page.lock()
        assert not page.attempts_notice.isVisible() and page.journal_id_label.text() == ""
        unlock_via_ui(qtbot, page, PW)
        assert not page.attempts_notice.isVisible()  # said once, then cleared
    finally:
        finish(page)


def test_a_guest_session_is_noted_in_the_unlocked_journals_history(qtbot, ctx, tmp_path):
    from PySide6.QtWidgets import QWidget

    from iia_help.ui.shell import Page, Shell
    from iia_help.ui.support.session import GuestSession

    class JournalStandIn(Page):
        def __init__(self, journal) -> None:
            super().__init__(ctx)
            self.journal = journal

        def note_in_history(self, event: str) -> None:  # as JournalPage does
            if self.journal is not None:
                self.journal.log_event(event)

    class Window(QWidget):
        def __init__(self, pages) -> None:
            super().__init__()
            self.pages = pages
            self.shell = Shell(ctx, self)

        def built_pages(self):
            return dict(self.pages)

        def navigate(self, name, *, focus=False):
            return None

    vault = Vault.create(tmp_path / "notes.db", PW, calibrate=False)
    try:
        stand_in = JournalStandIn(Journal(vault))
        window = Window({"journal": stand_in})
        qtbot.addWidget(window)
        session = GuestSession(ctx, window)
        session.start()
        session.end_session()
        assert [r["ev"] for r in vault.custody_log()][-2:] == ["guest session started", "guest session ended"]
        n = len(vault.custody_log())
        stand_in.journal = None  # locked: nothing to note, and no error
        session.start()
        session.end_session()
        assert len(vault.custody_log()) == n
    finally:
        vault.close()
