"""Journal UI: create, lock, wrong passphrase, unlock, entries, attachments, search/filter, auto-lock, drafts,
passphrase change, backup/restore. The helpers at the top are shared with test_ui_journal_leaks.py."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QThreadPool, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QFileDialog, QLineEdit, QWidget

from iia_help.ui.modal import open_dialogs

PW = "lamp river orange cloud"


def make_page(qtbot, ctx, monkeypatch):
    import iia_help.ui.journal_page as jp

    monkeypatch.setattr(jp, "CALIBRATE_KDF", False)
    page = jp.JournalPage(ctx)
    qtbot.addWidget(page)
    page.resize(1000, 720)
    page.show()
    qtbot.waitExposed(page)
    return page


def finish(page) -> None:
    page.lock()
    QThreadPool.globalInstance().waitForDone(10_000)


def activate(qtbot, w) -> None:
    """After a modal closes, make the page's window active again so its shortcuts work."""
    w.window().activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w.window())


def create_via_ui(qtbot, page, pw: str = PW) -> None:
    assert page.current_view() == "intro"
    page.start_button.click()
    assert page.current_view() == "create"
    qtbot.keyClicks(page.create_pw, pw)
    qtbot.keyClicks(page.create_confirm, pw)
    page.create_button.click()
    qtbot.waitUntil(page.is_unlocked, timeout=15_000)


def unlock_via_ui(qtbot, page, pw: str = PW) -> None:
    assert page.current_view() == "unlock"
    page.unlock_pw.setFocus()
    qtbot.keyClicks(page.unlock_pw, pw)
    page.unlock_button.click()
    qtbot.waitUntil(lambda: page.is_unlocked() or (not page.is_busy() and bool(page.unlock_error.text())),
                    timeout=15_000)


_alive: list = []


class Modals:
    """Answers modal dialogs as they appear, in order. Each step gets the active modal widget and returns True
    once it handled it (False: not the one it waits for, try again later)."""

    def __init__(self, *steps: Callable[[QWidget], bool]) -> None:
        self.steps = list(steps)
        self.texts: list[str] = []
        self.errors: list[str] = []
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(self._poll)
        self.timer.start()
        _alive.append(self)  # keep the timer alive even if the test does not keep the object

    def _poll(self) -> None:
        if not self.steps:
            self.timer.stop()
            if self in _alive:
                _alive.remove(self)
            return
        shown = open_dialogs()  # the app shows its dialogs without Qt modality (ui/modal.py)
        w = shown[-1] if shown else None
        if w is None or not w.isVisible():
            return
        try:
            done = self.steps[0](w)
        except Exception as exc:  # reported by the test via .errors
            self.errors.append(repr(exc))
            self.steps.clear()
            w.close()
            return
        if done:
            self.texts.append(getattr(w, "text", lambda: w.windowTitle())())
            self.steps.pop(0)

    @property
    def done(self) -> bool:
        return not self.steps


def click(label: str) -> Callable[[QWidget], bool]:
    def step(w: QWidget) -> bool:
        for b in w.findChildren(QAbstractButton):
            if b.text() == label and b.isVisible():
                b.click()
                return True
        return False

    return step


def choose_file(path: Path) -> Callable[[QWidget], bool]:
    def step(w: QWidget) -> bool:
        if not isinstance(w, QFileDialog):
            return False
        w.setDirectory(str(path.parent))
        # selectFile() leaves the name box alone while it has focus, so type the name like a person would.
        w.findChild(QLineEdit, "fileNameEdit").setText(path.name)
        w.accept()
        return not w.isVisible()

    return step


# ============================================================================ tests
import hashlib  # noqa: E402
import os  # noqa: E402
from datetime import date, datetime, timedelta, timezone  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import QDate, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage  # noqa: E402

from iia_help.journal import Entry, Journal, Report  # noqa: E402
from iia_help.ui import clipboard  # noqa: E402
from iia_help.ui.journal.passphrase import (  # noqa: E402
    GOOD,
    MAX_ANALYSED,
    estimate_strength,
    new_passphrase_problem,
    weakness,
)
from iia_help.ui.journal.timeline import TimelineFilter, TimelineModel, build_rows  # noqa: E402
from iia_help.vault import Vault  # noqa: E402

T0 = datetime(2024, 5, 1, 21, 30, tzinfo=timezone(timedelta(hours=1)))


@pytest.fixture
def page(qtbot, ctx, monkeypatch):
    p = make_page(qtbot, ctx, monkeypatch)
    yield p
    finish(p)


def seed_vault(path: Path, entries: list[Entry], pw: str = PW) -> list[str]:
    path.parent.mkdir(parents=True, exist_ok=True)
    vault = Vault.create(path, pw, calibrate=False)
    try:
        j = Journal(vault)
        return [j.add_entry(e) for e in entries]
    finally:
        vault.close()


def sample_entries() -> list[Entry]:
    return [
        Entry(occurred_at=T0, kind="threat", platform="Instagram", account="@night_owl",
              description="He said he would post the photos\nsecond line", tags=["money", "school"],
              urls=["https://instagram.example/night_owl"], reports=[Report("Police", "CR/1234/24", "2 May")]),
        Entry(occurred_at=T0 + timedelta(days=3), kind="demand", platform="Snapchat", account="snapper99",
              description="Asked for 200 pounds by Friday", tags=["money"]),
        Entry(occurred_at=T0 - timedelta(days=20), kind="message", platform="WhatsApp", account="+44 7700 900123",
              description="First message from an unknown number", tags=[]),
        Entry(occurred_at=T0 + timedelta(days=1), kind="shared", platform="Instagram", account="@night_owl",
              description="A friend told me a picture was shared in a group chat", tags=["school"]),
    ]


def test_create_lock_wrong_passphrase_unlock(qtbot, page, ctx):
    # First use: the intro says what the journal is, where it lives, the passphrase warning, monitoring.
    assert page.current_view() == "intro"
    text = page.intro_text.text()
    assert "private notebook" in text and "encrypted" in text and "this computer only" in text
    assert "forget the passphrase" in text and "backup" in text and "spying software" in text
    assert text.count(".") == 3
    page.start_button.click()
    # Weak: explained, and the person may choose another (or use it anyway, see below); nothing created yet.
    qtbot.keyClicks(page.create_pw, "abc")
    qtbot.waitUntil(lambda: "Too weak" in page.strength.label.text())
    qtbot.keyClicks(page.create_confirm, "abc")
    m = Modals(click("Choose another"))
    page.create_button.click()
    assert m.done and "Too weak" in m.texts[0] and "You can still use it" in m.texts[0]
    assert not page.vault_path.exists() and page.focusWidget() is page.create_pw
    page.create_pw.clear()
    page.create_confirm.clear()
    qtbot.keyClicks(page.create_pw, PW)
    qtbot.keyClicks(page.create_confirm, PW + "x")
    page.create_button.click()
    assert "not the same" in page.create_error.text()
    assert not page.vault_path.exists()
    # Show/hide toggle.
    page.create_show.setChecked(True)
    assert page.create_pw.echoMode() == page.create_pw.EchoMode.Normal
    page.create_show.setChecked(False)
    assert page.create_pw.echoMode() == page.create_pw.EchoMode.Password
    page.create_confirm.clear()
    qtbot.keyClicks(page.create_confirm, PW)
    page.create_button.click()
    assert page.create_busy.isVisible()  # the KDF runs in a worker; the UI thread is free meanwhile
    qtbot.waitUntil(page.is_unlocked, timeout=15_000)
    assert page.current_view() == "timeline"
    assert page.vault_path == ctx.paths.vault_file and page.vault_path.is_file()
    assert page.create_pw.text() == "" and page.create_confirm.text() == ""
    assert page.journal is not None and page.vault.is_open

    vault = page.vault
    page.lock_action.trigger()
    assert page.journal is None and page.vault is None and not vault.is_open
    assert page.current_view() == "unlock"

    def stored(k_rows: str) -> list:
        con = sqlite3.connect(page.vault_path)
        try:
            return con.execute(k_rows).fetchall()
        finally:
            con.close()

    notes = "SELECT * FROM t1 UNION ALL SELECT a, c FROM t2 UNION ALL SELECT k, v FROM t0 WHERE k < 3"
    before = stored(notes)
    unlock_via_ui(qtbot, page, "wrong horse battery")
    assert not page.is_unlocked()
    assert "did not work" in page.unlock_error.text()
    assert stored(notes) == before  # only the sealed record of failed attempts (t0 k=3) changed
    assert len(stored("SELECT v FROM t0 WHERE k = 3")[0][0]) == 4 + 64
    # No lock-out: the right passphrase still works straight after.
    unlock_via_ui(qtbot, page, PW)
    assert page.is_unlocked() and page.current_view() == "timeline"


def test_add_edit_delete_entries(qtbot, page):
    create_via_ui(qtbot, page)
    qtbot.keyClick(page.timeline.search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert page.current_view() == "editor"
    ed = page.editor
    ed.when.setDateTime(ed.when.dateTime().addDays(-2))
    ed.kind.setCurrentIndex(ed.kind.findData("threat"))
    ed.platform.setCurrentText("Instagram")
    qtbot.keyClicks(ed.account, "@night_owl")
    qtbot.keyClicks(ed.urls, "https://instagram.example/a")
    qtbot.keyClicks(ed.description, "They said they will share the photo")
    ed.add_report("Police", "CR/99/24", "today")
    qtbot.keyClicks(ed.tags, "money, school, Money")
    qtbot.keyClick(ed.description, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert ed.entry_id is not None
    j = page.journal
    stored = j.get_entry(ed.entry_id)
    assert (stored.kind, stored.platform, stored.account) == ("threat", "Instagram", "@night_owl")
    assert stored.urls == ["https://instagram.example/a"]
    assert stored.reports == [Report("Police", "CR/99/24", "today")]
    assert stored.tags == ["money", "school"]
    assert stored.description == "They said they will share the photo"
    assert stored.occurred_at.date() <= (datetime.now() - timedelta(days=1)).date()
    assert "Written" in ed.history.text()
    model = page.timeline.model
    assert model.rowCount() == 1
    assert model.data(model.index(0, 3)) == "They said they will share the photo"
    assert model.data(model.index(0, 1)) == "Threat"
    assert model.data(model.index(0, 1), Qt.ItemDataRole.AccessibleTextRole) == "Threat to share images"

    # Edit: history shows the change.
    qtbot.keyClicks(ed.description, " tonight")
    ed.save_button.click()
    assert j.get_entry(ed.entry_id).description.endswith("tonight")
    assert "Changed" in ed.history.text()
    assert [a for _, a in j.get_entry(ed.entry_id).history] == ["created", "edited"]

    # A second, newer entry goes first.
    qtbot.keyClick(ed.description, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert ed.entry_id is None
    qtbot.keyClicks(ed.description, "Newer thing")
    ed.save()
    ed.back_button.click()
    assert page.current_view() == "timeline"
    assert [model.data(model.index(r, 3)) for r in range(2)] == ["Newer thing",
                                                                  "They said they will share the photo tonight"]

    # Delete asks first; "Cancel" keeps it, "Delete entry" removes it and the deletion is recorded.
    page.open_entry(model.row(0).entry.id)
    m = Modals(click("Cancel"))
    assert ed.delete_entry() is False
    assert m.done and "cannot be brought back" in m.texts[0]
    assert len(j) == 2
    Modals(click("Delete entry"))
    assert ed.delete_entry() is True
    assert len(j) == 1 and model.rowCount() == 1 and len(j.deleted()) == 1
    assert page.current_view() == "timeline"


def test_escape_asks_before_discarding(qtbot, page):
    create_via_ui(qtbot, page)
    page.new_action.trigger()
    qtbot.keyClicks(page.editor.description, "half written")
    m = Modals(click("Keep writing"))
    qtbot.keyClick(page.editor.description, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: m.done)
    assert page.current_view() == "editor"
    activate(qtbot, page)
    Modals(click("Throw away changes"))
    qtbot.keyClick(page.editor.description, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.current_view() == "timeline")
    assert page.journal.load_draft() is None and len(page.journal) == 0
    # Nothing typed: Esc just goes back.
    page.new_action.trigger()
    activate(qtbot, page)
    qtbot.keyClick(page.editor.description, Qt.Key.Key_Escape)
    assert page.current_view() == "timeline"


def _noise_image(w: int = 48, h: int = 32) -> QImage:
    img = QImage(w, h, QImage.Format.Format_RGB32)
    raw = os.urandom(w * h * 3)
    for y in range(h):
        for x in range(w):
            i = (y * w + x) * 3
            img.setPixel(x, y, 0xFF000000 | raw[i] << 16 | raw[i + 1] << 8 | raw[i + 2])
    return img


def test_attach_by_picker_and_by_pasted_image(qtbot, page, ctx, tmp_path):
    create_via_ui(qtbot, page)
    page.new_action.trigger()
    ed, panel = page.editor, page.editor.attachments
    qtbot.keyClicks(ed.description, "Screenshots of the messages")
    src = tmp_path / "chat-log.txt"
    data = os.urandom(70_000)
    src.write_bytes(data)
    m = Modals(choose_file(src))
    panel.add_button.click()  # Qt's own file dialog; a new entry is saved first so the file can belong to it
    assert m.done
    qtbot.waitUntil(lambda: panel.list.topLevelItemCount() == 1, timeout=10_000)
    item = panel.list.topLevelItem(0)
    assert item.text(0) == "chat-log.txt" and item.text(3) == hashlib.sha256(data).hexdigest()
    assert ed.entry_id is not None and page.journal.read_attachment(panel.attachment_ids()[0]) == data
    assert ctx.settings.image_note_seen is False  # not an image: no note
    activate(qtbot, page)

    # Paste a picture: the note comes first (once), then it is added as PNG.
    image = _noise_image()
    QGuiApplication.clipboard().setImage(image)
    m = Modals(click("I understand, add it"))
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(ed.description, Qt.Key.Key_V, ctrl_shift)
    assert m.done and "under 18" in m.texts[0]
    assert ctx.settings.image_note_seen is True
    qtbot.waitUntil(lambda: panel.list.topLevelItemCount() == 2, timeout=10_000)
    stored = page.journal.get_entry(ed.entry_id)
    png = page.journal.read_attachment(stored.attachments[1].id)
    assert png.startswith(b"\x89PNG") and QImage.fromData(png).size() == image.size()
    assert [a for _, a in stored.history].count("attachment added") == 2
    # Second picture: no note again.
    panel.paste_button.click()
    qtbot.waitUntil(lambda: panel.list.topLevelItemCount() == 3, timeout=10_000)

    # In-app viewer decrypts into memory; lock closes it and clears the clipboard we set.
    panel.list.setCurrentItem(panel.list.topLevelItem(1))
    viewer = panel.view_selected()
    qtbot.waitUntil(lambda: viewer.is_image, timeout=10_000)
    panel.copy_fingerprint()
    assert clipboard.holds_ours()
    page.lock()
    assert not viewer.isVisible()
    assert not clipboard.holds_ours() and QGuiApplication.clipboard().text() == ""
    assert panel.list.topLevelItemCount() == 0 and page.timeline.model.rowCount() == 0


def test_image_note_can_refuse(qtbot, page, ctx, tmp_path):
    create_via_ui(qtbot, page)
    page.new_action.trigger()
    qtbot.keyClicks(page.editor.description, "x")
    pic = tmp_path / "photo.jpg"
    pic.write_bytes(b"\xff\xd8\xff\xe0" + os.urandom(100))
    m = Modals(click("Don't add it"))
    page.editor.attachments.add_paths([pic])
    assert m.done and page.editor.attachments.list.topLevelItemCount() == 0
    assert ctx.settings.image_note_seen is True


def test_search_and_filters(qtbot, page):
    seed_vault(page.vault_path, sample_entries())
    page.show_locked_view()
    unlock_via_ui(qtbot, page)
    tl = page.timeline
    assert tl.proxy.rowCount() == 4
    # Newest first by when it happened.
    firsts = [tl.proxy.data(tl.proxy.index(r, 3)) for r in range(4)]
    assert firsts == ["Asked for 200 pounds by Friday", "A friend told me a picture was shared in a group chat",
                      "He said he would post the photos", "First message from an unknown number"]
    tl.search.setFocus()
    qtbot.keyClicks(tl.search, "night")  # account
    assert tl.proxy.rowCount() == 2
    tl.search.clear()
    qtbot.keyClicks(tl.search, "CR/1234")  # a report reference
    assert tl.visible_ids() and tl.proxy.rowCount() == 1
    tl.search.clear()
    qtbot.keyClicks(tl.search, "POUNDS friday")  # every word, any case
    assert tl.proxy.rowCount() == 1
    tl.search.clear()
    qtbot.keyClicks(tl.search, "nothing like this")
    assert tl.proxy.rowCount() == 0 and tl.empty_label.isVisible()
    tl.search.clear()
    tl.kind_filter.setCurrentIndex(tl.kind_filter.findData("demand"))
    assert tl.proxy.rowCount() == 1
    tl.kind_filter.setCurrentIndex(0)
    tl.platform_filter.setCurrentIndex(tl.platform_filter.findData("Instagram"))
    assert tl.proxy.rowCount() == 2
    tl.tag_filter.setCurrentIndex(tl.tag_filter.findData("school"))
    assert tl.proxy.rowCount() == 2
    tl.platform_filter.setCurrentIndex(0)
    tl.tag_filter.setCurrentIndex(tl.tag_filter.findData("money"))
    assert tl.proxy.rowCount() == 2
    tl.tag_filter.setCurrentIndex(0)
    day = T0.astimezone().date()
    tl.date_from.setDate(QDate(day.year, day.month, day.day))
    tl.date_to.setDate(QDate(day.year, day.month, day.day).addDays(1))
    tl.date_filter.setChecked(True)
    assert tl.proxy.rowCount() == 2
    assert "Showing 2 of 4" in tl.count_label.text()
    # Enter opens the selected entry.
    tl.table.setFocus()
    tl.table.setCurrentIndex(tl.proxy.index(0, 0))
    qtbot.keyClick(tl.table, Qt.Key.Key_Return)
    assert page.current_view() == "editor"
    assert page.editor.description.toPlainText().startswith("A friend told me")


def test_filtering_keeps_the_selected_entry_and_follows_changes(qtbot):
    from iia_help.ui.journal.timeline import TimelineView

    view = TimelineView()
    qtbot.addWidget(view)
    entries = []
    for i, (platform, text) in enumerate([("Instagram", "photos threat"), ("Snapchat", "money demand"),
                                          ("Instagram", "photos again"), ("Email", "scam email")]):
        e = Entry(occurred_at=T0 + timedelta(hours=i), platform=platform, description=text)
        e.id, e.created_at = f"{i:032x}", T0
        entries.append(e)
    view.model.set_entries(entries)
    view.select_entry(entries[2].id)
    assert view.selected_ids() == [entries[2].id]
    view.search.setText("photos")  # still shown: still selected, and still the current row
    assert view.visible_ids() == [entries[2].id, entries[0].id]
    assert view.selected_ids() == [entries[2].id]
    assert view.proxy.entry_id(view.table.currentIndex().row()) == entries[2].id
    view.search.setText("money")  # filtered out: nothing selected
    assert view.selected_ids() == []
    view.search.setText("photos")
    # The filtered list follows edits to the entries underneath it.
    changed = entries[1]
    changed.description = "more photos posted"
    view.model.upsert(changed)
    assert view.visible_ids() == [entries[2].id, entries[1].id, entries[0].id]
    view.model.remove(entries[0].id)
    assert view.visible_ids() == [entries[2].id, entries[1].id]


def test_timeline_model_with_10000_entries():
    entries = []
    for i in range(10_000):
        e = Entry(occurred_at=T0 + timedelta(minutes=i), kind=("message", "threat")[i % 2],
                  platform=("WhatsApp", "Instagram", "Snapchat")[i % 3], account=f"user{i}",
                  description=f"Entry {i} text", tags=[f"t{i % 10}"])
        e.id, e.created_at = f"{i:032x}", T0
        entries.append(e)
    model = TimelineModel()
    proxy = TimelineFilter()
    proxy.setSourceModel(model)
    model.set_rows(build_rows(entries))
    assert proxy.rowCount() == 10_000
    assert model.row(0).entry.account == "user9999"  # newest first
    proxy.set_search("user123")
    assert proxy.rowCount() == 11  # user123, user1230..1239
    proxy.set_search("")
    proxy.set_platform("instagram")
    proxy.set_tag("t3")
    assert proxy.rowCount() == len([i for i in range(10_000) if i % 3 == 1 and i % 10 == 3])
    proxy.reset()
    proxy.set_dates(date(2099, 1, 1), None)
    assert proxy.rowCount() == 0


def test_autolock_with_short_timeout_keeps_the_draft(qtbot, page):
    page.autolock_ms = 400
    create_via_ui(qtbot, page)
    assert page.autolock.active
    page.new_action.trigger()
    qtbot.keyClicks(page.editor.description, "typed just before going away")
    qtbot.waitUntil(lambda: not page.is_unlocked(), timeout=10_000)
    assert page.current_view() == "unlock" and "locked itself" in page.unlock_error.text()
    assert not page.autolock.active and page.editor.description.toPlainText() == ""
    unlock_via_ui(qtbot, page)
    assert page.current_view() == "editor" and page.editor.banner.isVisible()
    assert page.editor.description.toPlainText() == "typed just before going away"


def test_autolock_off_and_input_keeps_it_open(qtbot, page, ctx):
    ctx.settings.autolock_minutes = 0
    create_via_ui(qtbot, page)
    assert not page.autolock.active
    page.lock()
    ctx.settings.autolock_minutes = 5
    unlock_via_ui(qtbot, page)
    assert page.autolock.active and page.autolock.timeout_ms == 5 * 60_000
    # Any input restarts the idle timer (the app's event filter), so it never runs out while someone is typing.
    page.autolock.set_timeout_ms(60_000)
    page.new_action.trigger()
    qtbot.wait(300)
    before = page.autolock.timer.remainingTime()
    assert 0 < before < 60_000 - 200
    page.editor.description.setFocus()
    QTest.keyClick(page.window().windowHandle(), Qt.Key.Key_A)  # as a key arrives: at the window first
    assert page.editor.description.toPlainText().endswith("a")
    assert page.autolock.timer.remainingTime() > before
    qtbot.wait(300)
    before = page.autolock.timer.remainingTime()
    qtbot.mouseMove(page.timeline if page.timeline.isVisible() else page.editor.description)
    qtbot.mouseClick(page.editor.description, Qt.MouseButton.LeftButton)
    assert page.autolock.timer.remainingTime() > before
    assert page.is_unlocked()


def test_draft_sealed_on_lock_restored_then_saved(qtbot, page):
    create_via_ui(qtbot, page)
    page.new_action.trigger()
    qtbot.keyClicks(page.editor.description, "words in progress")
    page.panic_cleanup()
    assert page.current_view() == "unlock" and page.journal is None
    unlock_via_ui(qtbot, page)
    ed = page.editor
    assert ed.banner.isVisible() and "We kept what you were writing" in ed.banner_label.text()
    assert ed.description.toPlainText() == "words in progress"
    ed.save()
    assert not ed.banner.isVisible() and page.journal.load_draft() is None
    # Editing an existing entry: the draft points at it and comes back into it.
    qtbot.keyClicks(ed.description, " plus more")
    eid = ed.entry_id
    page.lock()
    unlock_via_ui(qtbot, page)
    assert ed.entry_id == eid and ed.description.toPlainText() == "words in progress plus more"
    assert ed.history.text()  # the stored entry's history is shown
    # Throw it away: the stored entry stays as saved.
    Modals(click("Throw away"))
    ed.discard_draft_button.click()
    assert page.journal.load_draft() is None
    assert ed.description.toPlainText() == "words in progress"


def test_autosave_timer_writes_draft(qtbot, page):
    create_via_ui(qtbot, page)
    page.drafts.interval_ms = 100
    page.new_action.trigger()
    qtbot.keyClicks(page.editor.description, "autosaved words")
    qtbot.waitUntil(lambda: page.drafts.save_count >= 1, timeout=5_000)
    assert page.journal.load_draft()["description"] == "autosaved words"


def test_lock_during_unlock_discards_and_closes_the_vault(qtbot, page, monkeypatch):
    seed_vault(page.vault_path, sample_entries()[:1])
    page.show_locked_view()
    opened: list[Vault] = []
    real_open = Vault.open

    def spy(path, pw, **kw):
        v = real_open(path, pw, **kw)
        opened.append(v)
        return v

    monkeypatch.setattr(Vault, "open", staticmethod(spy))
    qtbot.keyClicks(page.unlock_pw, PW)
    page.unlock_button.click()
    assert page.is_busy() and page.unlock_busy.isVisible()
    page.panic_cleanup()  # the panic key fires while the KDF runs
    assert not page.is_busy() and page.current_view() == "unlock"
    qtbot.waitUntil(lambda: len(opened) == 1, timeout=10_000)
    QThreadPool.globalInstance().waitForDone(10_000)
    qtbot.wait(50)
    assert not page.is_unlocked() and page.timeline.model.rowCount() == 0
    assert not opened[0].is_open


def test_strength_estimator_words():
    assert estimate_strength("").label == ""
    assert estimate_strength("abc").score == 0
    assert estimate_strength("password").score == 0
    assert "first passwords people try" in estimate_strength("password").advice
    assert estimate_strength("abcdefgh").score <= 1
    assert estimate_strength("aaaaaaaaaaaa").score == 0
    # The example: a hand-made rule called it Good; zxcvbn sees the repeat.
    weak = estimate_strength("sam123sam123")
    assert weak.score < GOOD and weak.label in ("Too weak", "Weak", "OK")
    assert "Repeating the same part" in weak.advice and "sam123" not in weak.advice  # plain words, no echo
    assert estimate_strength("lamp river orange cloud").score >= GOOD
    assert estimate_strength("Tr7#kq!Zp2@xLm9$").score == 4
    assert estimate_strength("lamp river orange cloud").advice == ""
    # Never refused for weakness: only empty or mismatched.
    assert new_passphrase_problem("sam123sam123", "sam123sam123") == ""
    assert "sam123sam123" not in weakness("sam123sam123") and "rated" in weakness("sam123sam123")
    assert weakness(PW) == ""
    assert new_passphrase_problem(PW, PW) == ""
    assert "not the same" in new_passphrase_problem(PW, PW + "!")
    assert new_passphrase_problem("", "") == "Please choose a passphrase."


def test_strength_of_very_long_input_is_scored_on_its_start():
    # zxcvbn refuses more than 72 characters and is slow on long input: only the start is analysed.
    assert len("x" * 5000) > MAX_ANALYSED
    assert estimate_strength("a" * 5000).score == 0
    assert estimate_strength(("Tr7#kq!Zp2@xLm9$" * 4)[:MAX_ANALYSED] + "a" * 5000).score == 4


def test_change_passphrase_backup_and_restore(qtbot, page, tmp_path):
    create_via_ui(qtbot, page)
    page.new_action.trigger()
    qtbot.keyClicks(page.editor.description, "kept in the backup")
    page.editor.save()

    # Backup through Qt's own save dialog.
    dest = tmp_path / "usb" / "my-backup.db"
    dest.parent.mkdir()
    m = Modals(choose_file(dest), click("OK"))
    assert page.backup() == dest
    assert m.done and "backup is saved" in m.texts[1]
    assert dest.is_file()

    # Change the passphrase.
    new_pw = "violet kettle harbour seven"

    def fill(w):
        if w.objectName() != "changePassphraseDialog":
            return False
        w.current.setText("not it at all")
        w.new.setText(new_pw)
        w.confirm.setText(new_pw)
        assert w.try_change() is False
        assert "not right" in w.error.text()
        w.current.setText(PW)
        return w.try_change()

    m = Modals(fill, click("OK"))
    assert page.change_passphrase() is True and m.done and not m.errors
    page.lock()
    unlock_via_ui(qtbot, page, PW)
    assert not page.is_unlocked()
    page.unlock_pw.clear()
    unlock_via_ui(qtbot, page, new_pw)
    assert page.is_unlocked()
    page.new_action.trigger()
    qtbot.keyClicks(page.editor.description, "written after the backup")
    page.editor.save()

    # Restore: asks to lock, picks the file, asks before replacing the journal, needs the backup's passphrase.
    def restore_step(answer, expect_ok):
        def step(w):
            if w.objectName() != "restoreDialog":
                return False
            Modals(click(answer))  # answers the "replace?" question try_restore asks
            w.passphrase.setText(PW)
            ok = w.try_restore()
            assert ok is expect_ok
            if not ok:
                w.reject()
            return True

        return step

    m = Modals(click("Lock and continue"), choose_file(dest), restore_step("Keep my journal", False))
    assert page.restore_backup() is False
    assert m.done and not m.errors
    unlock_via_ui(qtbot, page, new_pw)  # nothing replaced
    assert len(page.journal) == 2

    m = Modals(click("Lock and continue"), choose_file(dest), restore_step("Replace it", True))
    assert page.restore_backup() is True
    assert m.done and not m.errors
    assert "restored" in page.unlock_error.text()
    unlock_via_ui(qtbot, page, PW)
    assert [e.description for e in page.journal.entries()] == ["kept in the backup"]


def test_set_vault_path_and_accessible_names(qtbot, page, tmp_path):
    from PySide6.QtWidgets import QAbstractButton, QLineEdit

    other = tmp_path / "worker" / "client.db"
    page.set_vault_path(other)
    assert page.vault_path == other and page.current_view() == "intro"
    create_via_ui(qtbot, page)
    assert other.is_file()
    page.new_action.trigger()
    for w in page.findChildren(QAbstractButton) + page.findChildren(QLineEdit):
        if w.isVisible() and w.parent() is not None and type(w).__name__ not in ("QToolButton",):
            assert w.accessibleName() or (isinstance(w, QLineEdit) and w.parent().accessibleName()), w
    assert page.reset_to_home() is None


def test_real_export_dialog_gets_the_selected_entries(qtbot, page, monkeypatch):
    import iia_help.ui.journal.export_dialog as ed_mod

    seen = {}
    real = ed_mod.ExportDialog

    class Spy(real):
        def __init__(self, ctx, journal, parent=None, selected_ids=None):
            seen["ids"] = selected_ids
            super().__init__(ctx, journal, parent=parent, selected_ids=selected_ids)

    monkeypatch.setattr(ed_mod, "ExportDialog", Spy)
    ids = seed_vault(page.vault_path, sample_entries())
    page.show_locked_view()
    unlock_via_ui(qtbot, page)
    page.timeline.select_entry(ids[1])
    m = Modals(lambda w: isinstance(w, real) and (w.reject() or True))
    page.export_action.trigger()
    assert m.done and seen["ids"] == [ids[1]]


def test_drop_files_and_size_limit_is_explained(qtbot, page, tmp_path, monkeypatch):
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    import iia_help.ui.journal.attachments as att_mod

    create_via_ui(qtbot, page)
    page.new_action.trigger()
    qtbot.keyClicks(page.editor.description, "dropped files")
    small = tmp_path / "notes.txt"
    small.write_bytes(b"hello" * 100)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(small))])
    ev = QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
                    Qt.KeyboardModifier.NoModifier)
    page.editor.dropEvent(ev)
    panel = page.editor.attachments
    qtbot.waitUntil(lambda: panel.list.topLevelItemCount() == 1, timeout=10_000)
    # Over the limit: a clear message, nothing added.
    monkeypatch.setattr(att_mod, "MAX_ATTACHMENT_BYTES", 1000)
    big = tmp_path / "video.bin"
    big.write_bytes(b"x" * 2000)
    m = Modals(click("OK"))
    panel.add_paths([big])
    assert m.done and "Each file can be up to 1000 bytes" in m.texts[0]
    assert panel.list.topLevelItemCount() == 1


class _SlowReader:
    """A file that gives one chunk, then waits until the test lets it go on."""

    def __init__(self, size: int, gate) -> None:
        self.left, self.gate, self.reads = size, gate, 0

    def read(self, n: int = -1) -> bytes:
        self.reads += 1
        if self.reads > 1:
            self.gate.wait(10)
        n = self.left if n is None or n < 0 else min(n, self.left)
        self.left -= n
        return os.urandom(n)

    def readinto(self, b) -> int:
        data = self.read(len(b))
        b[: len(data)] = data
        return len(data)


def test_large_file_shows_progress_and_cancel_keeps_nothing(qtbot, page):
    import threading

    create_via_ui(qtbot, page)
    page.new_action.trigger()
    qtbot.keyClicks(page.editor.description, "a big video")
    panel = page.editor.attachments
    eid = page.editor.save()
    gate = threading.Event()
    panel._enqueue([("video.mp4", _SlowReader(8 * 1024 * 1024, gate), 8 * 1024 * 1024)])
    assert panel.busy() and panel._progress is not None
    assert not page.editor.save_button.isEnabled()  # no save while the vault is busy with the file
    from PySide6.QtWidgets import QPushButton

    cancel = panel._progress.findChild(QPushButton)
    assert cancel.text() == "Cancel"
    cancel.click()
    gate.set()
    QThreadPool.globalInstance().waitForDone(10_000)
    qtbot.wait(50)
    assert not panel.busy() and page.journal.get_entry(eid).attachments == []
    assert page.editor.save_button.isEnabled() and panel.last_error == ""


def test_draft_saved_when_page_hides(qtbot, page):
    create_via_ui(qtbot, page)
    page.new_action.trigger()
    page.drafts.interval_ms = 600_000  # so only the hide can have saved it
    qtbot.keyClicks(page.editor.description, "then I switched to Guidance")
    page.hide()
    qtbot.waitUntil(lambda: page.drafts.save_count == 1, timeout=5_000)
    assert page.journal.load_draft()["description"] == "then I switched to Guidance"


def test_restore_on_a_new_computer_from_the_intro(qtbot, page, tmp_path):
    backup = tmp_path / "stick" / "notes-backup.db"
    seed_vault(backup, sample_entries()[:2])
    assert page.current_view() == "intro"

    def restore(w):
        if w.objectName() != "restoreDialog":
            return False
        w.passphrase.setText(PW)
        return w.try_restore()  # no "replace?" question: there is no journal here yet

    m = Modals(choose_file(backup), restore)
    page.intro_restore_button.click()
    assert m.done and not m.errors
    assert page.current_view() == "unlock"
    unlock_via_ui(qtbot, page)
    assert len(page.journal) == 2 and page.timeline.model.rowCount() == 2


# ============================================================================ issue 18: passphrase and entries
def test_stale_passphrase_errors_clear_once_fixed_and_a_weak_one_may_be_used(qtbot, page):
    page.start_button.click()
    # Mismatch: the error stays while they still differ and goes the moment they match.
    qtbot.keyClicks(page.create_pw, PW)
    qtbot.keyClicks(page.create_confirm, PW + "x")
    page.create_button.click()
    assert "not the same" in page.create_error.text()
    qtbot.keyClick(page.create_confirm, Qt.Key.Key_End)
    qtbot.keyClicks(page.create_confirm, "y")
    assert "not the same" in page.create_error.text()  # still not the same: still said
    qtbot.keyClick(page.create_confirm, Qt.Key.Key_Backspace)
    qtbot.keyClick(page.create_confirm, Qt.Key.Key_Backspace)
    assert page.create_confirm.text() == PW and page.create_error.text() == ""
    assert page.create_error.accessibleName() == ""
    # The empty-passphrase message goes as soon as one is typed.
    page.create_pw.clear()
    page.create_confirm.clear()
    page.create_button.click()
    assert page.create_error.text() == "Please choose a passphrase."
    qtbot.keyClicks(page.create_pw, "s")
    assert page.create_error.text() == ""
    # "sam123sam123" (the example) is rated below Good, in plain words, and may still be used.
    page.create_pw.clear()
    qtbot.keyClicks(page.create_pw, "sam123sam123")
    qtbot.waitUntil(lambda: "sam123" not in page.strength.label.text() and "Weak" in page.strength.label.text())
    assert page.strength.strength.score < GOOD and "Repeating the same part" in page.strength.label.text()
    qtbot.keyClicks(page.create_confirm, "sam123sam123")
    m = Modals(click("Use it anyway"))
    page.create_button.click()
    qtbot.waitUntil(page.is_unlocked, timeout=15_000)
    assert m.done and page.vault_path.exists()


def test_unlock_error_clears_when_typing_again(qtbot, page):
    seed_vault(page.vault_path, [])
    page.show_locked_view()
    unlock_via_ui(qtbot, page, "not the passphrase")
    assert "did not work" in page.unlock_error.text()
    qtbot.keyClicks(page.unlock_pw, "l")
    assert page.unlock_error.text() == ""


def test_change_passphrase_errors_clear_once_fixed(qtbot, page):
    from iia_help.ui.journal.passphrase import ChangePassphraseDialog

    create_via_ui(qtbot, page)
    dlg = ChangePassphraseDialog(page.vault, page.tracker, page)
    qtbot.addWidget(dlg)
    dlg.new.setText("violet kettle harbour seven")
    dlg.confirm.setText("violet kettle harbour seven")
    assert dlg.try_change() is False and "current passphrase" in dlg.error.text()
    dlg.current.setText("x")
    assert dlg.error.text() == ""
    dlg.confirm.setText("violet kettle harbour")
    assert dlg.try_change() is False and "not the same" in dlg.error.text()
    dlg.confirm.setText("violet kettle harbour seven")
    assert dlg.error.text() == ""
    dlg.close()


def test_create_form_does_not_move_while_typing(qtbot, page):
    """The form is top-aligned and keeps room for the strength words and the error, so the "Type it again"
    field stays where the pointer is."""
    page.start_button.click()
    qtbot.wait(10)

    def where():
        return page.create_confirm.mapTo(page, page.create_confirm.rect().topLeft())

    before = where()
    qtbot.keyClicks(page.create_pw, "sam123sam123")
    qtbot.waitUntil(lambda: "Weak" in page.strength.label.text())
    assert where() == before
    qtbot.keyClicks(page.create_confirm, "different")
    page.create_button.click()
    assert "not the same" in page.create_error.text()
    assert where() == before
    page.create_pw.setText(PW)
    page.strength.update_for(PW)
    assert "Strong" in page.strength.label.text() and where() == before


def test_empty_entry_is_refused_and_says_what_is_missing(qtbot, page):
    create_via_ui(qtbot, page)
    page.new_action.trigger()
    ed = page.editor
    assert ed.save() is None
    assert "Nothing to save yet" in ed.status_label.text() and len(page.journal) == 0
    qtbot.keyClick(ed.description, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert len(page.journal) == 0
    # Tags or a kind alone are not an entry either; a few words are.
    qtbot.keyClicks(ed.tags, "money")
    assert ed.save() is None and len(page.journal) == 0
    qtbot.keyClicks(ed.description, "He messaged again")
    assert "Nothing to save" not in ed.status_label.text()  # the note goes once something is written
    assert ed.save() is not None and len(page.journal) == 1


def test_new_entry_starts_at_the_top_with_focus_also_the_second_time(qtbot, page):
    create_via_ui(qtbot, page)
    activate(qtbot, page)
    ed = page.editor
    for round_ in range(2):
        qtbot.keyClick(page.timeline.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        assert page.current_view() == "editor"
        bar = ed.scroll.verticalScrollBar()
        qtbot.waitUntil(lambda: ed.when.hasFocus())
        QApplication.processEvents()  # the editor's deferred "back to the top" (a zero timer) has run
        assert bar.maximum() > 0 and bar.value() == 0  # there is something to scroll, and it starts at the top
        assert ed.when.hasFocus()
        qtbot.keyClicks(ed.description, f"entry {round_}")
        # Leave it scrolled down, the way the issue found it (focus in the files list at the bottom).
        ed.attachments.list.setFocus()
        bar.setValue(bar.maximum())
        QApplication.processEvents()
        assert bar.value() > 0
        ed.save()
        ed.back_button.click()
        assert page.current_view() == "timeline"
        activate(qtbot, page)
        page.timeline.table.setFocus()
    assert len(page.journal) == 2


def test_list_plurals_and_file_marker(qtbot, page):
    e1, e2 = sample_entries()[:2]
    ids = seed_vault(page.vault_path, [e1])
    page.show_locked_view()
    unlock_via_ui(qtbot, page)
    tl = page.timeline
    assert tl.count_label.text() == "1 entry"
    page.journal.attach(ids[0], "screenshot.png", b"\x89PNG fake")
    page.journal.add_entry(e2)
    page.lock()
    unlock_via_ui(qtbot, page)
    assert tl.count_label.text() == "2 entries"
    tl.search.setText("night_owl")
    assert tl.count_label.text() == "Showing 1 of 2 entries"
    tl.search.setText("nowhere at all")
    assert tl.count_label.text() == "None of your 2 entries match."
    tl.search.clear()
    files = {tl.proxy.data(tl.proxy.index(r, 3)): tl.proxy.data(tl.proxy.index(r, 4)) for r in range(2)}
    assert files == {"He said he would post the photos": "1 file", "Asked for 200 pounds by Friday": ""}
    access = [tl.proxy.data(tl.proxy.index(r, 4), Qt.ItemDataRole.AccessibleTextRole) for r in range(2)]
    assert sorted(access) == ["1 file", "No files"]  # a word, not a colour, also for screen readers
    assert tl.proxy.headerData(4, Qt.Orientation.Horizontal) == "Files"
    # "What happened" gets the room; "Kind" is only as wide as its short names.
    hh = tl.table.horizontalHeader()
    assert hh.sectionSize(3) > 2 * hh.sectionSize(1)
    assert hh.sectionSize(1) < tl.table.fontMetrics().horizontalAdvance("Demand for money or images")


def test_one_entry_not_matching_is_said_in_the_singular(qtbot):
    from iia_help.ui.journal.timeline import TimelineView

    view = TimelineView()
    qtbot.addWidget(view)
    e = Entry(occurred_at=T0, description="one")
    e.id, e.created_at = "0" * 32, T0
    view.model.set_entries([e])
    view.refresh_choices()
    assert view.count_label.text() == "1 entry"
    view.search.setText("two")
    assert view.count_label.text() == "Your one entry does not match."


def test_ready_tip_can_be_closed_and_stays_closed(qtbot, page):
    create_via_ui(qtbot, page)
    assert page.ready_tip.isVisible() and "Backup" in page.ready_tip_label.text()
    assert page.ready_tip_close.accessibleName() == "Close this tip"
    page.ready_tip_close.click()
    assert not page.ready_tip.isVisible()
    page.new_action.trigger()
    qtbot.keyClicks(page.editor.description, "something")
    page.editor.save()
    page.editor.back_button.click()
    assert not page.ready_tip.isVisible()
    page.lock()
    unlock_via_ui(qtbot, page)
    assert not page.ready_tip.isVisible()


def test_adding_a_file_says_the_entry_was_saved(qtbot, page, tmp_path):
    create_via_ui(qtbot, page)
    page.new_action.trigger()
    ed = page.editor
    qtbot.keyClicks(ed.account, "@j4ke")
    src = tmp_path / "chat.txt"
    src.write_bytes(b"the whole chat")
    ed.attachments.add_paths([src])
    qtbot.waitUntil(lambda: ed.status_label.text() == "Saved, with 1 file.", timeout=10_000)
    stored = page.journal.get_entry(ed.entry_id)
    assert stored.account == "@j4ke" and len(stored.attachments) == 1
    # Unsaved typing is saved with the file too, so "Saved" is true of what is on screen.
    qtbot.keyClicks(ed.description, "Sent me this")
    ed.attachments.add_paths([src])
    qtbot.waitUntil(lambda: ed.status_label.text() == "Saved, with 2 files.", timeout=10_000)
    assert page.journal.get_entry(ed.entry_id).description == "Sent me this" and not ed.is_dirty()
    assert page.timeline.model.row(0).files == "2 files"


def test_editor_shows_quietly_what_a_report_could_still_use(qtbot, page):
    create_via_ui(qtbot, page)
    page.new_action.trigger()
    ed = page.editor
    ed.kind.setCurrentIndex(ed.kind.findData("demand"))
    qtbot.keyClicks(ed.account, "Jake Smith")
    ed.update_checklist()
    text = ed.checklist.text()
    assert text.startswith("Could still help, if you have it:")
    assert "platform" in text and "web address" in text and "what they demanded" in text
    assert "exact username" in text and "display name" in text
    assert "display name, which can change" in ed.checklist.accessibleDescription()
    ed.platform.setCurrentText("Instagram")
    ed.account.setText("@j4ke_pay_me_now")
    qtbot.keyClicks(ed.urls, "https://instagram.example/j4ke_pay_me_now")
    qtbot.keyClicks(ed.description, "Pay me or I send the pictures to everyone you follow on here tonight")
    qtbot.keyClicks(ed.demand, "£500 by bank transfer by Friday 6 pm")
    ed.add_report("Police", "CR/12/26", "today")
    qtbot.waitUntil(lambda: ed.checklist.text() == "This entry has what a report usually needs.")
    eid = ed.save()
    assert page.journal.get_entry(eid).demand == "£500 by bank transfer by Friday 6 pm"
    # The demand comes back with the entry and is searchable.
    ed.back_button.click()
    page.timeline.search.setText("bank transfer")
    assert page.timeline.visible_ids() == [eid]
    page.open_entry(eid)
    assert ed.demand.text() == "£500 by bank transfer by Friday 6 pm"
    assert ed.checklist.text() == "This entry has what a report usually needs."
