"""Support-worker mode in the UI: guest sessions, End session, take-away journal, handouts, centre lock."""

from __future__ import annotations

import hashlib
import os
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from iia_help.contacts import REGIONS
from iia_help.context import AppContext
from iia_help.journal import Entry
from iia_help.paths import AppPaths
from iia_help.settings import Settings, load_settings
from iia_help.ui import clipboard
from iia_help.ui.shell import Page, Shell
from iia_help.ui.support.centre_lock import require_centre_unlock
from iia_help.ui.support.handouts import (
    CARD_PT,
    KEY_PRIORITY,
    HandoutError,
    _service_cell,
    card_contacts,
    contacts_handout_html,
    guidance_handout_html,
    save_handout_pdf,
)
from iia_help.ui.support.panel import SupportWorkerPanel, install_worker_mode
from iia_help.ui.support.session import GuestSession
from iia_help.ui.support.takeaway import TakeAwayError, TakeAwayPage
from iia_help.vault import Vault
from iia_help.worker_mode import check_centre_passphrase, set_centre_passphrase

from conftest import list_files

MARKER_NAME = "Jamie Qwertyson"
SCOTLAND_NUMBERS = ("999", "101", "0800 1111", "116 123", "0345 6000 459")


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch):
    import iia_help.ui.journal_page as journal_page

    monkeypatch.setattr(journal_page, "CALIBRATE_KDF", False)  # the take-away journal uses the journal screens


def snapshot(*roots: Path) -> dict[Path, str]:
    """Every file under the roots, with a hash of its content."""
    out = {}
    for root in roots:
        if root.exists():
            for p in list_files(root):
                out[p] = hashlib.sha256(p.read_bytes()).hexdigest()
    return out


def all_text_under(*roots: Path) -> bytes:
    return b"\n".join(p.read_bytes() for root in roots if root.exists() for p in list_files(root))


@pytest.fixture
def centre_ctx(isolated_user_dirs) -> AppContext:
    """A centre computer: data folder under HOME, a worker's saved settings with guest sessions on."""
    paths = AppPaths(isolated_user_dirs["XDG_DATA_HOME"] / "Fernleaf")
    ctx = AppContext(paths, Settings(region="scotland", audience="worker", guest_sessions=True))
    ctx.save_settings()
    return AppContext.load(paths)


@pytest.fixture
def worker_window(qtbot, centre_ctx):
    from iia_help.ui.app import build_main_window

    window = build_main_window(centre_ctx)
    qtbot.addWidget(window)
    mode = install_worker_mode(QApplication.instance(), window, centre_ctx)
    window.show()
    qtbot.waitExposed(window)
    yield window
    mode.takeaway.close()


@pytest.fixture
def drive(tmp_path) -> Path:
    """A 'removable drive': a folder outside HOME, the temp folder and the data folder."""
    d = tmp_path / "usb-stick"
    d.mkdir()
    return d


def handle_dialog(object_name: str, action, *, times: int = 1, timeout_ms: int = 5000) -> list:
    """Run ``action(dialog)`` each time a top-level widget with ``object_name`` is shown (``times`` times);
    returns the list of what ``action`` returned."""
    seen: list = []
    waited = [0]

    def poll() -> None:
        for w in QApplication.topLevelWidgets():
            if w.objectName() == object_name and w.isVisible():
                seen.append(action(w))
                if len(seen) >= times:
                    return
                break
        waited[0] += 20
        if waited[0] < timeout_ms:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(20, poll)
    return seen


def accept_file_dialog(path: Path) -> list:
    tries = [0]

    def act(d):
        d.setDirectory(str(path.parent))
        d.selectFile(path.name)
        # selectFile() leaves the name box alone while it has keyboard focus: fill it in directly.
        name_box = d.findChild(QLineEdit, "fileNameEdit")
        if name_box is not None and name_box.text() != path.name:
            name_box.setText(path.name)
        d.accept()
        if d.isVisible():  # Qt's file model may not have seen a new file yet: try again shortly
            tries[0] += 1
            if tries[0] > 100:
                d.reject()
            else:
                QTimer.singleShot(30, lambda: act(d))
        return True

    return handle_dialog("fileDialog", act)


def end_session_by_button(qtbot, window, choice: str = "end"):
    """Click End session and answer its confirmation with ``choice`` ("end", "end-keep", "end-delete",
    "cancel"); returns the dialog's text as shown."""
    mode = window.worker_mode
    qtbot.mouseClick(mode.bar.end_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: mode.end_dialog is not None and mode.end_dialog.isVisible())
    dialog = mode.end_dialog
    shown = dialog.text() + "\n" + dialog.informativeText()
    qtbot.mouseClick(dialog.button_for(choice), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    return shown


# ------------------------------------------------------------------------------------------ guest mode
def test_guest_session_starts_from_the_centre_settings(worker_window, centre_ctx):
    mode = worker_window.worker_mode
    assert centre_ctx.guest is True and mode.session.active
    assert mode.bar.isVisible() and mode.bar.end_button.isVisible()
    assert mode.bar.end_button.accessibleName() == "End session"
    assert mode.presentation_button.isVisible()
    page = worker_window.navigate("journal")
    assert isinstance(page, TakeAwayPage)
    assert not centre_ctx.paths.vault_file.exists()


def _touch_guidance(qtbot, window):
    gp = window.navigate("guidance")
    gp.open_page("threats-sextortion")
    gp.open_page("evidence")
    qtbot.keyClicks(gp.search_field, MARKER_NAME)
    gp.zoom_in()
    gp.zoom_in()
    assert gp.history and gp.search_field.text() == MARKER_NAME and gp.zoom == 2
    return gp


def test_end_session_forgets_what_the_visitor_touched_real_pages(qtbot, worker_window, centre_ctx):
    mode = worker_window.worker_mode
    # Without the guidance screens (not the case now) only the fake-page test below covers End session.
    gp = _touch_guidance(qtbot, worker_window)
    cp = worker_window.navigate("contacts")
    cp.set_region("ireland")
    assert centre_ctx.settings.region == "ireland"
    cp.set_need("sextortion")
    mode.presentation_button.click()
    assert centre_ctx.settings.large_text
    centre_ctx.settings.high_contrast = True  # as if the visitor ticked it in Settings
    clipboard.copy_text("0800 1111")

    end_session_by_button(qtbot, worker_window)

    assert worker_window.current_page_name() == "guidance"
    gp = worker_window.page("guidance")
    assert gp.history == [] and gp.forward_stack == []
    assert gp.search_field.text() == ""
    assert gp.zoom == 0
    assert gp.current_page_id() == "home"
    assert MARKER_NAME not in gp.current_html()
    assert centre_ctx.settings.region == "scotland" and cp.region() == "scotland" and cp.need() is None
    assert not centre_ctx.settings.large_text and not centre_ctx.settings.high_contrast
    assert not mode.presentation_button.isChecked()
    assert QGuiApplication.clipboard().text() == ""
    assert mode.session.state.is_clean
    assert mode.session.active and centre_ctx.guest  # ready for the next visitor


class FakeGuidancePage(Page):
    """Stands in for the guidance screen: history, search field and zoom."""

    def __init__(self, ctx, parent=None, *, with_hook=True):
        super().__init__(ctx, parent)
        self.history: list[str] = []
        self.search_field = QLineEdit(self)
        self._zoom = 0
        self.homes = 0
        if with_hook:
            self.clear_session = self._clear

    def zoom_in(self):
        self._zoom += 1

    @property
    def zoom(self):
        return self._zoom

    def _clear(self):
        self.history.clear()
        self.search_field.clear()
        self._zoom = 0

    def reset_to_home(self):
        self.homes += 1


class FakeWindow(QWidget):
    def __init__(self, ctx, pages):
        super().__init__()
        self.pages = pages
        self.navigated_to: list[str] = []
        self.shell = Shell(ctx, self)

    def built_pages(self):
        return dict(self.pages)

    def navigate(self, name, *, focus=False):
        self.navigated_to.append(name)


@pytest.mark.parametrize("with_hook", [True, False])
def test_end_session_clears_a_page_through_its_hook_or_takes_it_home(qtbot, ctx, with_hook):
    page = FakeGuidancePage(ctx, with_hook=with_hook)
    window = FakeWindow(ctx, {"guidance": page})
    qtbot.addWidget(window)
    session = GuestSession(ctx, window)
    session.start()
    page.history += ["home", "evidence"]
    page.search_field.setText(MARKER_NAME)
    page.zoom_in()
    ctx.settings.text_zoom = 3
    ctx.settings.region = "ireland"
    session.end_session()
    if with_hook:  # the page's own clear_session
        assert page.history == [] and page.search_field.text() == "" and page.zoom == 0
    else:  # Page's default: back to its start
        assert page.homes == 1
    assert window.navigated_to == ["guidance"]
    assert ctx.settings.text_zoom == 0 and ctx.settings.region == "england"


def test_nothing_is_written_to_disk_in_a_guest_session(qtbot, worker_window, centre_ctx, isolated_user_dirs,
                                                       tmp_path):
    roots = (tmp_path / "user",)
    before = snapshot(*roots)
    assert centre_ctx.paths.settings_file in before
    _touch_guidance(qtbot, worker_window)
    worker_window.navigate("contacts").set_region("ireland")
    worker_window.worker_mode.presentation_button.click()
    centre_ctx.settings.window_title = "Changed by visitor"
    centre_ctx.save_settings()  # whoever asks: a guest session never saves
    settings_page = worker_window.navigate("settings")
    if hasattr(settings_page, "large_text"):
        settings_page.large_text.setChecked(not settings_page.large_text.isChecked())
    worker_window.worker_mode.end_session()
    qtbot.wait(50)
    after = snapshot(*roots)
    assert after == before
    assert centre_ctx.settings.window_title == "Notes"
    assert load_settings(centre_ctx.paths.settings_file).region == "scotland"


def test_outside_a_guest_session_settings_still_save(qtbot, ctx, data_dir):
    session = GuestSession(ctx)
    ctx.settings.text_zoom = 2
    ctx.save_settings()
    assert load_settings(ctx.paths.settings_file).text_zoom == 2
    session.start()
    ctx.settings.text_zoom = 5
    ctx.save_settings()
    assert load_settings(ctx.paths.settings_file).text_zoom == 2
    session.stop()
    assert ctx.guest is False and ctx.settings.text_zoom == 2


# ------------------------------------------------------------------------------------------ take-away journal
TAKEAWAY_PW = "a long take-away passphrase"


def open_takeaway(qtbot, page: TakeAwayPage, path: Path, pw: str = TAKEAWAY_PW):
    """A new take-away journal at ``path``, made through the journal's own create screen."""
    jp = page.start_on(path)
    assert jp.current_view() == "create" and jp.vault_path == path
    jp.create_pw.setText(pw)
    jp.create_confirm.setText(pw)
    jp.submit_create()
    qtbot.waitUntil(jp.is_unlocked, timeout=10000)
    return jp


def test_takeaway_journal_leaves_nothing_on_the_centre_computer(qtbot, worker_window, centre_ctx, drive, tmp_path):
    """A visitor's whole take-away visit through the real journal screens: notes saved through the editor, one
    left half-typed, then End session. Nothing of it is on the centre computer; all of it is on the drive."""
    from iia_help.journal import Journal

    roots = (tmp_path / "user",)
    before = snapshot(*roots)
    page = worker_window.navigate("journal")
    assert isinstance(page, TakeAwayPage)
    target = drive / "notes.db"
    jp = open_takeaway(qtbot, page, target)
    assert page.is_open and page.close_button.isVisible() and page.journal_page is jp
    assert worker_window.worker_mode.session.state.takeaway_path == target
    jp.journal.add_entry(Entry(occurred_at=datetime(2026, 11, 1, 21, 30, tzinfo=UTC), kind="threat",
                               platform="Snapchat", account="@threatener", description=f"{MARKER_NAME} was told…"))
    qtbot.keyClick(jp.timeline.search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert jp.current_view() == "editor"
    qtbot.keyClicks(jp.editor.description, "Second note typed in the app")
    qtbot.keyClick(jp.editor.description, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(jp.editor.description, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(jp.editor.description, "Half-typed about " + MARKER_NAME)  # not saved: kept as a draft
    assert not centre_ctx.paths.vault_file.exists()

    end_session_by_button(qtbot, worker_window)

    assert not page.is_open and page.journal_page is None and page.controller.path is None
    assert worker_window.worker_mode.session.state.takeaway_path is None
    after = snapshot(*roots)
    assert after == before  # nothing new: only the settings file, unchanged
    assert [p.name for p in after] == ["settings.json"]
    everything = all_text_under(*roots)
    for needle in (str(drive), drive.name, str(target), MARKER_NAME, TAKEAWAY_PW, "Second note", "Half-typed"):
        assert needle.encode() not in everything
    # The journal lives on the drive, draft included, and the visitor can open it again elsewhere.
    with Vault.open(target, TAKEAWAY_PW) as vault:
        journal = Journal(vault)
        assert sorted(e.description for e in journal.entries()) == [f"{MARKER_NAME} was told…",
                                                                      "Second note typed in the app"]
        assert "Half-typed about " + MARKER_NAME in str(journal.load_draft())


def test_takeaway_through_qt_file_dialog_and_wrong_passphrase(qtbot, centre_ctx, drive, tmp_path):
    page = TakeAwayPage(centre_ctx)
    qtbot.addWidget(page)
    page.show()
    target = drive / "notes.db"
    accept_file_dialog(target)
    assert page.choose_and_start(creating=True) is True
    jp = page.journal_page
    assert jp.current_view() == "create" and page.controller.path == target
    jp.create_pw.setText(TAKEAWAY_PW)
    jp.create_confirm.setText(TAKEAWAY_PW)
    jp.submit_create()
    qtbot.waitUntil(jp.is_unlocked, timeout=10000)
    page.close_journal()
    assert target.exists() and not page.is_open and page.controller.path is None
    assert "closed and locked" in page.status.text()

    accept_file_dialog(target)
    assert page.choose_and_start(creating=False) is True
    jp = page.journal_page
    assert jp.current_view() == "unlock" and page.controller.path == target
    jp.unlock_pw.setText("not the passphrase")
    jp.unlock_button.click()
    qtbot.waitUntil(lambda: not jp.is_busy() and bool(jp.unlock_error.text()), timeout=10000)
    assert not jp.is_unlocked()
    jp.unlock_pw.setText(TAKEAWAY_PW)
    jp.unlock_button.click()
    qtbot.waitUntil(jp.is_unlocked, timeout=10000)
    page.close_journal()
    assert page.controller.path is None and page.journal_page is None
    # Qt's file dialog history was scrubbed: nothing under HOME names the drive.
    assert str(drive).encode() not in all_text_under(tmp_path / "user")


def test_takeaway_refuses_a_place_on_this_computer(qtbot, centre_ctx, isolated_user_dirs):
    page = TakeAwayPage(centre_ctx)
    qtbot.addWidget(page)
    for place in (isolated_user_dirs["HOME"] / "Documents" / "notes.db", centre_ctx.paths.data_dir / "x.db",
                  isolated_user_dirs["TMPDIR"] / "notes.db"):
        place.parent.mkdir(parents=True, exist_ok=True)
        with pytest.raises(TakeAwayError, match="on this computer"):
            page.start_on(place)
        assert not place.exists() and not page.is_open and page.controller.path is None
    with pytest.raises(TakeAwayError, match="could not be found"):
        page.start_on(isolated_user_dirs["HOME"].parent / "no-such-drive" / "notes.db")
    accept_file_dialog(isolated_user_dirs["HOME"] / "notes.db")
    assert page.choose_and_start(creating=True) is False
    assert "on this computer" in page.status.text()
    assert not (isolated_user_dirs["HOME"] / "notes.db").exists()


def test_panic_ends_the_guest_session(qtbot, worker_window, centre_ctx, drive, monkeypatch):
    from iia_help.ui import panic

    exits: list[int] = []
    from iia_help.ui import hiding

    monkeypatch.setattr(hiding, "exit_app", exits.append)
    ctrl = panic.install_panic(QApplication.instance(), worker_window, centre_ctx, watchdog=False)
    try:
        mode = install_worker_mode(QApplication.instance(), worker_window, centre_ctx)  # connects the panic
        assert mode is worker_window.worker_mode
        page = worker_window.navigate("journal")
        jp = open_takeaway(qtbot, page, drive / "notes.db")
        gp = _touch_guidance(qtbot, worker_window)
        centre_ctx.settings.after_panic = "minimise"  # a visitor's change: the centre's choice (quit) wins
        ctrl.trigger("key")
        assert exits == [0] and not worker_window.isVisible()
        assert not page.is_open and mode.takeaway.path is None and mode.session.state.is_clean
        assert not jp.is_unlocked()
        assert gp.history == [] and gp.search_field.text() == "" and gp.zoom == 0
    finally:
        QApplication.instance().removeEventFilter(ctrl)


def test_quit_ends_the_guest_session(qtbot, centre_ctx, drive):
    from iia_help.ui.app import build_main_window

    app = QApplication.instance()
    signal = "2aboutToQuit()"
    window = build_main_window(centre_ctx)
    qtbot.addWidget(window)
    window.show()
    before = app.receivers(signal)
    mode = install_worker_mode(app, window, centre_ctx)
    # Emitting aboutToQuit for real would disturb Qt's own helpers for later tests: check the wiring instead.
    assert app.receivers(signal) == before + 1
    page = window.navigate("journal")
    jp = open_takeaway(qtbot, page, drive / "notes.db")
    mode.end_session()
    assert not page.is_open and not jp.is_unlocked()


# ------------------------------------------------------------------------------------------ handouts
def pdf_text(path: Path) -> tuple[str, int]:
    reader = PdfReader(str(path))
    text = " ".join(" ".join(p.extract_text().split()) for p in reader.pages)  # pypdf may give tabs
    return text, len(reader.pages)


def test_contacts_card_pdf_holds_the_regions_contacts(qtbot, centre_ctx, drive):
    html = contacts_handout_html(centre_ctx.contacts, "scotland")
    out = save_handout_pdf(html, drive / "handout.pdf", "Contacts card", one_page=False)
    text, pages = pdf_text(out)
    assert pages <= 2
    for number in SCOTLAND_NUMBERS:
        assert number in text
    assert "Scotland" in text
    with pytest.raises(HandoutError):
        contacts_handout_html(centre_ctx.contacts, "atlantis")
    with pytest.raises(HandoutError):
        contacts_handout_html(centre_ctx.contacts, "scotland", MARKER_NAME)


@pytest.mark.parametrize("region", list(REGIONS))
def test_contacts_card_is_short_in_large_type_and_never_cuts_a_service_in_two(qtbot, centre_ctx, drive, region):
    """Not a dense A4 of every service in small print: the key ones, large type, at most two pages, and each
    service whole on one page (its name and its phone number or website on the same page)."""
    directory = centre_ctx.contacts
    emergency, listed = card_contacts(directory, region)
    everything = directory.for_region(region)
    assert emergency is None or emergency is everything[0]
    assert all(c.priority <= KEY_PRIORITY for c in listed)
    assert [c for c in everything if c is not emergency and c.priority <= KEY_PRIORITY] == listed
    html = contacts_handout_html(directory, region)
    sizes = [float(x) for x in re.findall(r"font-size:\s*([0-9.]+)pt", html)]
    assert sizes and min(sizes) >= 11 and "<h1" not in html  # Qt would ignore a heading's size
    body_sizes = [float(x) for x in re.findall(r"font-size:\s*([0-9.]+)pt", _service_cell(listed[0]))] if listed \
        else [CARD_PT["body"]]
    assert min(body_sizes) >= 12.5
    out = save_handout_pdf(html, drive / f"{region}.pdf", "Contacts card", one_page=False)
    reader = PdfReader(str(out))
    assert 1 <= len(reader.pages) <= 2
    pages = [" ".join(p.extract_text().split()) for p in reader.pages]
    for c in listed:
        reach = c.phone or c.web.removeprefix("https://").rstrip("/")
        name_pages = [i for i, t in enumerate(pages) if c.name in t]
        assert name_pages, c.name
        assert reach in pages[name_pages[0]], f"{c.name} is cut across a page break"
    if len(everything) > len(listed) + (emergency is not None):
        assert "more services in this app" in " ".join(pages)


def test_the_key_card_keeps_the_domestic_abuse_lines_together(qtbot, centre_ctx):
    """England's line for women never stands alone on the card: the men's and LGBT+ lines share its box."""
    from iia_help.ui.support.handouts import ABUSE_HEADING

    html = contacts_handout_html(centre_ctx.contacts, "england")
    box = html[html.index(ABUSE_HEADING):]
    box = box[: box.index("</table>")]
    for contact_id in ("national-domestic-abuse-helpline", "mens-advice-line", "galop"):
        contact = centre_ctx.contacts.get(contact_id)
        assert contact.name.replace("'", "&#x27;") in box and contact.phone in box, contact_id
    assert box.count("Please check these details") == 1  # the men's line's number is PARTLY
    wales = contacts_handout_html(centre_ctx.contacts, "wales")
    assert "Live Fear Free" in wales and "National Domestic Abuse Helpline" not in wales


def test_a_chosen_kind_of_help_lists_every_service_for_it(centre_ctx):
    _, listed = card_contacts(centre_ctx.contacts, "england", "emotional-support")
    assert [c.id for c in listed] == [c.id for c in centre_ctx.contacts.for_region("england",
                                                                                   "emotional-support")
                                      if c is not centre_ctx.contacts.emergency("england")]
    assert any(c.priority > KEY_PRIORITY for c in listed)  # not cut to the key ones


def test_handout_dialog_saves_pdf_and_names_no_visitor(qtbot, worker_window, centre_ctx, drive):
    mode = worker_window.worker_mode
    _touch_guidance(qtbot, worker_window)  # the search field holds a name
    page = worker_window.navigate("journal")
    jp = open_takeaway(qtbot, page, drive / "notes.db")
    jp.journal.add_entry(Entry(occurred_at=datetime(2026, 11, 2, 9, 0, tzinfo=UTC), description=MARKER_NAME))
    worker_window.navigate("guidance")

    dialog = mode.open_handouts()
    assert dialog.kind == "page" and dialog.page_box.currentData() == "evidence"  # the page on screen first
    dialog.card_radio.setChecked(True)
    dialog.need.setCurrentIndex(dialog.need.findData("sextortion"))
    accept_file_dialog(drive / "card.pdf")
    saved = dialog.save_pdf()
    assert saved == drive / "card.pdf"
    text, pages = pdf_text(saved)
    assert pages <= 2 and "999" in text and "0800 1111" in text and MARKER_NAME not in text
    assert mode.session.saved_files() == [saved]  # End session will say where it is

    dialog.page_radio.setChecked(True)
    dialog.page_box.setCurrentIndex(dialog.page_box.findData("threats-sextortion"))
    accept_file_dialog(drive / "page.pdf")
    saved = dialog.save_pdf()
    text, _ = pdf_text(saved)
    assert "threatening to share my images" in text
    assert MARKER_NAME not in text and "Last reviewed" in text
    assert "page:" not in text  # internal links are plain words on paper
    dialog.close()


def test_guidance_handout_uses_no_search_highlight(centre_ctx):
    html = guidance_handout_html(centre_ctx.library, "evidence", "scotland")
    assert "<mark" not in html and 'href="page:' not in html


# ------------------------------------------------------------------------------------------ presentation
@pytest.mark.parametrize("high_contrast", [False, True])
def test_presentation_is_one_click_and_never_saved(qtbot, worker_window, centre_ctx, high_contrast):
    """Large text makes the text large and nothing else: high contrast stays what was chosen in Settings."""
    centre_ctx.settings.high_contrast = high_contrast
    before = centre_ctx.paths.settings_file.read_bytes()
    button = worker_window.worker_mode.presentation_button
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert button.isChecked() and centre_ctx.settings.large_text
    assert centre_ctx.settings.high_contrast is high_contrast
    assert ("#ffff00" in QApplication.instance().styleSheet()) is high_contrast  # the high-contrast theme
    assert "14pt" in QApplication.instance().styleSheet()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert not button.isChecked() and not centre_ctx.settings.large_text
    assert centre_ctx.settings.high_contrast is high_contrast
    assert "14pt" not in QApplication.instance().styleSheet()
    assert centre_ctx.paths.settings_file.read_bytes() == before


# ------------------------------------------------------------------------------------------ End session
def test_end_session_asks_first_and_cancel_keeps_the_visit(qtbot, worker_window, centre_ctx):
    gp = _touch_guidance(qtbot, worker_window)
    shown = end_session_by_button(qtbot, worker_window, "cancel")
    assert "End this session?" in shown and "handout" not in shown  # nothing saved: nothing to mention
    assert gp.search_field.text() == MARKER_NAME and gp.zoom == 2  # nothing forgotten yet
    end_session_by_button(qtbot, worker_window, "end")
    assert gp.search_field.text() == "" and gp.zoom == 0
    bar = worker_window.worker_mode.bar.text.text()
    assert "forgotten" in bar and "Everything from that visit is gone" not in bar


def _save_card(qtbot, window, target: Path) -> Path:
    dialog = window.worker_mode.open_handouts()
    dialog.card_radio.setChecked(True)
    accept_file_dialog(target)
    saved = dialog.save_pdf()
    assert saved == target and target.exists()
    dialog.close()
    return saved


def test_end_session_says_where_a_saved_handout_is_and_can_delete_it(qtbot, worker_window, centre_ctx,
                                                                    isolated_user_dirs):
    mode = worker_window.worker_mode
    target = isolated_user_dirs["HOME"] / "Downloads" / "handout.pdf"
    target.parent.mkdir()
    _save_card(qtbot, worker_window, target)
    shown = end_session_by_button(qtbot, worker_window, "end-delete")
    assert str(target) in shown and "still on this computer" in shown
    assert not target.exists()
    assert "deleted" in mode.bar.text.text()
    assert mode.session.saved_files() == [] and mode.session.active  # ready for the next person


def test_end_session_can_keep_a_handout_and_says_where_it_stays(qtbot, worker_window, drive):
    mode = worker_window.worker_mode
    target = _save_card(qtbot, worker_window, drive / "card.pdf")
    shown = end_session_by_button(qtbot, worker_window, "end-keep")
    assert str(target) in shown
    assert target.exists()  # the visitor's own copy, on their USB stick
    assert str(target) in mode.bar.text.text() and "still saved" in mode.bar.text.text()
    # The next visit starts with nothing to mention.
    shown = end_session_by_button(qtbot, worker_window, "cancel")
    assert str(target) not in shown


def test_end_session_reports_a_handout_it_could_not_delete(qtbot, worker_window, drive, monkeypatch):
    mode = worker_window.worker_mode
    target = _save_card(qtbot, worker_window, drive / "card.pdf")
    real_unlink = os.unlink

    def refuse(path, *a, **k):
        if Path(path) == target:
            raise PermissionError(13, "Permission denied")
        return real_unlink(path, *a, **k)

    monkeypatch.setattr(os, "unlink", refuse)
    end_session_by_button(qtbot, worker_window, "end-delete")
    assert target.exists() and "was not deleted" in mode.bar.text.text() and str(target) in mode.bar.text.text()
    assert "the computer did not allow it (Permission denied)" in mode.bar.text.text()


def test_panic_and_quit_end_the_session_without_asking(qtbot, worker_window, drive):
    mode = worker_window.worker_mode
    gp = _touch_guidance(qtbot, worker_window)
    target = _save_card(qtbot, worker_window, drive / "card.pdf")
    dialog = mode.confirm_end_session()
    assert dialog.isVisible()
    dialog.hide()  # panic hides every window first
    mode.end_session()  # what panic and quit call
    assert mode.end_dialog is None and gp.search_field.text() == ""
    assert target.exists()  # nobody chose to delete it
    # Nobody answered End session either: it still names the handout and offers to delete it (issue 27 item 6).
    assert mode.confirm_end_session().saved == [target]


# ------------------------------------------------------------------------------------------ centre lock
def _lock(ctx, pw="staff only 7"):
    set_centre_passphrase(ctx.settings, pw)
    return pw


def test_require_unlock_without_a_lock_asks_nothing(qtbot, ctx):
    assert require_centre_unlock(ctx, None) is True


def test_unlock_dialog_refuses_wrong_and_accepts_right(qtbot, ctx):
    pw = _lock(ctx)

    def act(d):
        d.passphrase.setText("guess")
        d.ok_button.click()
        err = d.error.text()
        still_open = d.isVisible()
        d.passphrase.setText(pw)
        d.ok_button.click()
        return err, still_open

    seen = handle_dialog("centreLockDialog", act)
    assert require_centre_unlock(ctx, None) is True
    assert "not right" in seen[0][0] and seen[0][1] is True

    seen = handle_dialog("centreLockDialog", lambda d: d.reject())
    assert require_centre_unlock(ctx, None) is False


def test_settings_cannot_be_opened_without_the_centre_passphrase(qtbot, worker_window, centre_ctx):
    pw = _lock(centre_ctx)
    worker_window.navigate("contacts")
    seen = handle_dialog("centreLockDialog", lambda d: d.reject())
    worker_window.navigate("settings")
    assert seen and worker_window.current_page_name() == "contacts"

    def wrong(d):
        d.passphrase.setText("nope")
        d.ok_button.click()
        d.reject()

    handle_dialog("centreLockDialog", wrong)
    worker_window.navigate("settings")
    assert worker_window.current_page_name() == "contacts"

    def right(d):
        d.passphrase.setText(pw)
        d.ok_button.click()

    handle_dialog("centreLockDialog", right)
    worker_window.navigate("settings")
    assert worker_window.current_page_name() == "settings"
    worker_window.navigate("guidance")  # leaving Settings locks it again
    handle_dialog("centreLockDialog", lambda d: d.reject())
    worker_window.navigate("settings")
    assert worker_window.current_page_name() == "guidance"


def test_panel_sets_lock_and_turns_guest_sessions_off(qtbot, worker_window, centre_ctx):
    mode = worker_window.worker_mode
    panel = SupportWorkerPanel(centre_ctx, worker_window)
    qtbot.addWidget(panel)
    assert panel.worker_radio.isChecked() and panel.guest_box.isChecked()

    def set_new(d):
        d.passphrase.setText("centre words")
        d.confirm.setText("centre words")
        d.ok_button.click()

    handle_dialog("centreLockDialog", set_new)
    assert panel.set_lock() is True
    on_disk = load_settings(centre_ctx.paths.settings_file)
    assert check_centre_passphrase(on_disk, "centre words")
    assert b"centre words" not in centre_ctx.paths.settings_file.read_bytes()
    assert on_disk.guest_sessions is True

    panel.guest_box.setChecked(False)
    assert not mode.session.active and centre_ctx.guest is False and not mode.bar.isVisible()
    assert load_settings(centre_ctx.paths.settings_file).guest_sessions is False
    assert not isinstance(worker_window.navigate("journal"), TakeAwayPage)

    panel.self_radio.setChecked(True)
    assert centre_ctx.settings.audience == "self" and not mode.presentation_button.isVisible()
    panel.worker_radio.setChecked(True)
    assert mode.session.active and centre_ctx.guest and mode.bar.isVisible()
    assert isinstance(worker_window.navigate("journal"), TakeAwayPage)


def test_settings_page_gets_the_support_worker_section(qtbot, worker_window, centre_ctx):
    mode = worker_window.worker_mode
    page = worker_window.navigate("settings")
    assert isinstance(mode.panel, SupportWorkerPanel)
    qtbot.waitUntil(lambda: mode.panel.isVisibleTo(page))  # Qt shows widgets added to a shown layout later
    assert mode.panel.window() is worker_window
    if hasattr(page, "audience_combo"):  # Settings asks "Who is using this?" itself: asked once only
        assert not mode.panel.worker_radio.isVisibleTo(page)
    worker_window.navigate("guidance")
    worker_window.navigate("settings")
    assert len(page.findChildren(SupportWorkerPanel)) == 1
    mode.set_audience("self")
    assert not mode.session.active and not centre_ctx.guest
    assert load_settings(centre_ctx.paths.settings_file).audience == "self"
    assert not load_settings(centre_ctx.paths.settings_file).guest_sessions


def test_install_is_idempotent_and_places_widgets(qtbot, worker_window):
    mode = worker_window.worker_mode
    assert install_worker_mode(None, worker_window, worker_window.ctx) is mode
    central = worker_window.centralWidget().layout()
    assert isinstance(central, QVBoxLayout)
    assert central.itemAt(1).widget() is mode.bar
    assert worker_window.findChild(QStackedWidget, "pageStack") is not None
    assert isinstance(worker_window, QMainWindow)


def test_the_guest_bar_waits_for_continue_on_the_plain_start_page_and_then_never_moves(qtbot, centre_ctx):
    """On the discreet start the guest bar showed at the top, and Continue brought the top bar back above it: the
    bar jumped 52 px down as the next click came (issue 27 item 14). It now appears with the top bar, in place."""
    from PySide6.QtCore import QPoint

    from iia_help.ui.app import build_main_window
    from iia_help.ui.discreet import cover_of, install_discreet_start

    centre_ctx.settings.start_screen = "notes"
    window = build_main_window(centre_ctx, first_frame=True)
    qtbot.addWidget(window)
    install_discreet_start(window)
    window.show()
    qtbot.waitExposed(window)
    window.finish_start()
    mode = install_worker_mode(QApplication.instance(), window, centre_ctx)
    mode.refresh()
    QApplication.processEvents()
    assert mode.session.active and cover_of(window) is not None
    assert not mode.bar.isVisible()  # nothing on the plain page says what this is
    cover_of(window).continue_button.click()
    QApplication.processEvents()
    from PySide6.QtWidgets import QFrame

    top = window.findChild(QFrame, "topBar")
    y = mode.bar.mapTo(window, QPoint(0, 0)).y()
    assert mode.bar.isVisible() and y == top.height()
    for _ in range(5):
        QApplication.processEvents()
    assert mode.bar.mapTo(window, QPoint(0, 0)).y() == y
    mode.takeaway.close()
