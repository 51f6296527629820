"""Nothing changes by accident (issue 16): the wheel guard, Settings showing what is in force, the question
before guest sessions hide a personal journal, the discreet start, and the original file left behind after an
import. The real-X11 sweep and restart are in test_calm_x11.py."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QDateTime, QPoint, QPointF, Qt, QTime
from PySide6.QtGui import QGuiApplication, QWheelEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDateTimeEdit,
    QScrollArea,
    QScrollBar,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from iia_help.settings import Settings, load_settings
from iia_help.ui.wheel_guard import install_wheel_guard, is_guarded, remove_wheel_guard
from test_ui_journal import Modals, click, create_via_ui, finish, make_page

from calm_child import visible_texts


@pytest.fixture
def guard(qapp):
    g = install_wheel_guard(qapp)
    yield g
    remove_wheel_guard()


def wheel(w: QWidget, steps: int = -3) -> None:
    """A wheel turn (``steps`` notches; negative scrolls down) over the middle of ``w``, as the window system
    delivers it: to ``w``'s window, which hands it to the widget under the pointer (``w``: it must be in view).
    Aimed where ``w`` itself is under the pointer if it can be (a spin box's arrows, not its text field: a wheel
    event sent from here, unlike the window system's, is not passed on from a part to the control it is in)."""
    win = w.window()
    spots = [QPoint(x, w.height() // 2) for x in (w.width() // 2, w.width() - 4, 4)]
    pos = w.mapTo(win, next((p for p in spots if w.childAt(p) is None), spots[0]))
    under = win.childAt(pos) or win
    assert under is w or w.isAncestorOf(under), "the pointer would not be over it"
    ev = QWheelEvent(QPointF(pos), QPointF(win.mapToGlobal(pos)), QPoint(0, 0), QPoint(0, 120 * steps),
                     Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(win.windowHandle(), ev)


def _on_screen(qtbot, w: QWidget) -> None:
    """``w`` shown as a window system shows a new window: given the focus (the app's filter watches a window from
    then on), with no control of it holding the keyboard focus."""
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is w.windowHandle())
    w.setFocus()  # a plain widget: none of the controls has the focus


def _controls(parent: QWidget):
    combo = QComboBox(parent)
    combo.addItems(["one", "two", "three"])
    spin = QSpinBox(parent)
    spin.setRange(0, 100)
    spin.setValue(50)
    slider = QSlider(Qt.Orientation.Horizontal, parent)
    slider.setRange(0, 100)
    slider.setValue(50)
    when = QDateTimeEdit(QDateTime(QDate(2000, 1, 15), QTime(12, 0)), parent)
    when.setCurrentSection(QDateTimeEdit.Section.DaySection)  # the part the wheel steps
    return combo, spin, slider, when


def _values(combo, spin, slider, when):
    return combo.currentIndex(), spin.value(), slider.value(), when.dateTime()


def test_wheel_changes_nothing_without_focus_and_works_with_it(qtbot, guard):
    page = QWidget()
    qtbot.addWidget(page)
    QVBoxLayout(page)
    controls = _controls(page)
    for c in controls:
        page.layout().addWidget(c)
    _on_screen(qtbot, page)
    before = _values(*controls)
    for c in controls:
        wheel(c)
        assert c.focusPolicy() == Qt.FocusPolicy.StrongFocus  # the wheel never gives them the focus
    assert _values(*controls) == before
    # With the keyboard focus the wheel still works, as people expect (and this test can fail).
    page.activateWindow()
    for c in controls:
        c.setFocus()
        qtbot.waitUntil(c.hasFocus)
        wheel(c)
    after = _values(*controls)
    assert all(a != b for a, b in zip(after, before, strict=True)), (before, after)


def test_controls_made_later_are_guarded_and_scroll_bars_are_not(qtbot, guard):
    w = QWidget()
    qtbot.addWidget(w)
    combo = QComboBox(w)  # made after the guard was installed: guarded when polished
    combo.addItems(["a", "b"])
    bar = QScrollBar(w)
    bar.setRange(0, 100)
    _on_screen(qtbot, w)
    wheel(combo)
    assert combo.currentIndex() == 0 and not combo.hasFocus()
    assert combo.focusPolicy() == Qt.FocusPolicy.StrongFocus  # guarded when the wheel first came over it
    assert not is_guarded(bar)
    wheel(bar, -1)
    assert bar.value() > 0  # scroll bars are meant for the wheel


def test_without_the_guard_the_wheel_does_change_a_combo(qtbot, qapp):
    remove_wheel_guard()
    combo = QComboBox()
    qtbot.addWidget(combo)
    combo.addItems(["a", "b", "c"])
    combo.show()
    qtbot.waitExposed(combo)
    wheel(combo)
    assert combo.currentIndex() == 1  # the hazard the guard removes


def test_wheel_over_settings_scrolls_and_changes_nothing(qtbot, main_window, guard, ctx):
    """Every control of the Settings page: the wheel changes no setting; the page is still scrollable."""
    page = main_window.navigate("settings")
    main_window.resize(900, 500)
    qtbot.waitUntil(lambda: page.scroll.verticalScrollBar().maximum() > 0)
    before = vars(Settings(**vars(ctx.settings)))
    touched = 0
    for w in page.findChildren(QWidget):
        if is_guarded(w) and w.isVisible():
            page.scroll.ensureWidgetVisible(w)  # where the pointer can be over it
            wheel(w, -2)
            wheel(w, 2)
            touched += 1
    assert touched >= 5
    assert vars(ctx.settings) == before
    assert isinstance(page.scroll, QScrollArea)


# ------------------------------------------------------------------------ Settings shows what is in force
def _worker_window(qtbot, ctx):
    from iia_help.ui.app import build_main_window
    from iia_help.ui.support.panel import install_worker_mode

    window = build_main_window(ctx)
    qtbot.addWidget(window)
    mode = install_worker_mode(QApplication.instance(), window, ctx)
    window.show()
    qtbot.waitExposed(window)
    return window, mode


def test_guest_box_follows_the_audience_chosen_elsewhere(qtbot, ctx):
    """The root cause of 'Guest sessions unticked while guest mode is on': two controls for one setting, one of
    which never heard of the other's change. Both now follow WorkerMode.changed."""
    window, mode = _worker_window(qtbot, ctx)
    page = window.navigate("settings")
    combo = page.audience_combo
    combo.setCurrentIndex(combo.findData("worker"))
    assert mode.session.active and ctx.settings.guest_sessions
    assert mode.panel.guest_box.isChecked() is True
    combo.setCurrentIndex(combo.findData("self"))
    assert not mode.session.active and mode.panel.guest_box.isChecked() is False
    mode.panel.guest_box.setChecked(True)
    assert mode.session.active
    # A visitor's region change is undone by End session, and Settings shows the centre's region again.
    centre_region = ctx.settings.region
    other = next(i for i in range(page.region_combo.count()) if page.region_combo.itemData(i) != centre_region)
    page.region_combo.setCurrentIndex(other)
    assert ctx.settings.region != centre_region
    mode.end_session()
    assert ctx.settings.region == centre_region and page.region_combo.currentData() == centre_region
    mode.takeaway.close()


def _make_journal(ctx):
    from iia_help.vault import Vault

    ctx.paths.ensure_data_dir()
    Vault.create(ctx.paths.vault_file, "a long enough passphrase", calibrate=False).close()


def test_worker_mode_asks_first_when_a_personal_journal_exists(qtbot, ctx):
    from iia_help.ui.journal_kept import NO_TEXT, YES_TEXT

    _make_journal(ctx)
    ctx.save_settings()
    window, mode = _worker_window(qtbot, ctx)
    page = window.navigate("settings")
    combo = page.audience_combo
    m = Modals(click(NO_TEXT))
    combo.setCurrentIndex(combo.findData("worker"))
    assert m.done and not m.errors
    assert "journal is kept" in m.texts[0] and "I'm looking for help for myself" in m.texts[0]
    assert not mode.session.active and ctx.settings.audience == "self"
    assert combo.currentData() == "self" and not mode.panel.guest_box.isChecked()
    assert load_settings(ctx.paths.settings_file).guest_sessions is False
    # The guest box in the support-worker section asks too.
    m = Modals(click(NO_TEXT))
    mode.panel.guest_box.setChecked(True)
    assert m.done and not mode.session.active and not mode.panel.guest_box.isChecked()
    # Yes: guest sessions on, and the Journal area says the personal journal exists and is kept.
    m = Modals(click(YES_TEXT))
    combo.setCurrentIndex(combo.findData("worker"))
    assert m.done and mode.session.active and mode.panel.guest_box.isChecked()
    journal_area = window.navigate("journal")
    notice = journal_area.kept_notice
    assert notice is not None and notice.isVisible()
    assert "personal journal exists on this computer" in notice.text() and "kept" in notice.text()
    assert ctx.paths.vault_file.is_file()
    mode.takeaway.close()


def test_no_question_and_no_notice_without_a_personal_journal(qtbot, ctx):
    window, mode = _worker_window(qtbot, ctx)
    page = window.navigate("settings")
    page.audience_combo.setCurrentIndex(page.audience_combo.findData("worker"))
    assert mode.session.active  # no question was needed (a modal would have blocked here)
    assert window.navigate("journal").kept_notice is None
    mode.takeaway.close()


# ------------------------------------------------------------------------ discreet start
def test_discreet_start_shows_only_a_plain_page_and_continue_opens_the_app(qtbot, ctx):
    from iia_help.ui.app import build_main_window, finish_start
    from iia_help.ui.discreet import cover_of, install_discreet_start

    ctx.settings.start_screen = "notes"
    window = build_main_window(ctx, first_frame=True)
    qtbot.addWidget(window)
    cover = install_discreet_start(window)
    window.show()
    qtbot.waitExposed(window)
    shown = visible_texts(window)
    assert "Notes" in shown and "Continue" in shown
    for word in ("Quick exit", "hide", "Guidance", "Journal", "Contacts", "help", "abuse", "threat"):
        assert not any(word.lower() in t.lower() for t in shown), (word, shown)
    finish_start(window)
    assert window.built_pages() == {} and cover_of(window) is cover  # the start keeps the plain page
    assert QApplication.focusWidget() is cover.continue_button or not window.isActiveWindow()
    cover.continue_button.click()
    assert cover_of(window) is None and window.current_page_name() == "guidance"
    assert window.quick_exit_button.isVisible() and window.nav_buttons["journal"].isVisible()


def test_discreet_start_gives_way_to_ctrl_number(qtbot, ctx):
    from iia_help.ui.app import build_main_window
    from iia_help.ui.discreet import cover_of, install_discreet_start

    ctx.settings.start_screen = "notes"
    window = build_main_window(ctx, first_frame=True)
    qtbot.addWidget(window)
    install_discreet_start(window)
    window.show()
    qtbot.waitExposed(window)
    window.navigate("contacts", focus=True)  # what Ctrl+2 calls
    assert cover_of(window) is None and window.quick_exit_button.isVisible()


def test_discreet_start_is_a_setting_and_survives_a_restart(qtbot, main_window, ctx):
    page = main_window.navigate("settings")
    page.start_notes.setChecked(True)
    assert load_settings(ctx.paths.settings_file).start_screen == "notes"
    page.start_notes.setChecked(False)
    assert load_settings(ctx.paths.settings_file).start_screen == ""
    assert Settings(start_screen="decoy?").validated().start_screen == ""


def test_first_run_offers_the_discreet_start_on_a_shared_computer(qtbot, ctx, main_window):
    from iia_help.ui.first_run import install_first_questions

    ctx.settings.audience = ""
    bar = install_first_questions(ctx, main_window)
    assert bar.step == "shared" and "Quick exit" in bar.explain.text()
    bar.buttons["yes"].click()
    assert load_settings(ctx.paths.settings_file).start_screen == "notes"
    ctx.settings.intro_done = False
    ctx.settings.audience = ""
    main_window.shell.first_questions = None
    bar2 = install_first_questions(ctx, main_window)
    bar2.buttons["no"].click()
    assert load_settings(ctx.paths.settings_file).start_screen == ""


# ------------------------------------------------------------------------ the original stays behind
@pytest.fixture
def journal_page(qtbot, ctx, monkeypatch):
    ctx.settings.image_note_seen = True
    page = make_page(qtbot, ctx, monkeypatch)
    create_via_ui(qtbot, page)
    page.new_action.trigger()
    qtbot.keyClicks(page.editor.description, "He sent this")
    yield page
    finish(page)


def _import(qtbot, page, *paths: Path):
    panel = page.editor.attachments
    panel.add_paths(list(paths))
    qtbot.waitUntil(lambda: panel.original_bar.isVisible(), timeout=15_000)
    return panel


def test_after_an_import_the_original_is_named_and_can_be_deleted(qtbot, journal_page, isolated_user_dirs):
    pictures = isolated_user_dirs["HOME"] / "Pictures"
    pictures.mkdir(exist_ok=True)
    pic = pictures / "screenshot.png"
    pic.write_bytes(b"\x89PNG" + os.urandom(200))
    panel = _import(qtbot, journal_page, pic)
    assert panel.list.topLevelItemCount() == 1
    text = panel.original_text.text()
    assert "screenshot.png" in text and "still on this computer" in text and "Pictures" in text
    m = Modals(click("Delete the original"))
    assert panel.delete_originals() is True
    qtbot.waitUntil(lambda: not panel.deleting_originals(), timeout=60_000)
    assert m.done and "not secure erasure" in m.texts[0]
    assert not pic.exists()
    assert "Deleted" in panel.original_text.text() and "(checked)" in panel.original_text.text()
    assert panel.list.topLevelItemCount() == 1  # the journal's copy stays


def test_keeping_the_original_deletes_nothing(qtbot, journal_page, tmp_path):
    pic = tmp_path / "kept.png"
    pic.write_bytes(b"\x89PNG" + os.urandom(50))
    panel = _import(qtbot, journal_page, pic)
    m = Modals(click("Keep it"))
    assert panel.delete_originals() is False
    assert m.done and pic.exists()
    panel.keep_original_button.click()
    assert not panel.original_bar.isVisible() and pic.exists()


def test_a_changed_or_undeletable_original_is_reported_still_there(qtbot, journal_page, tmp_path):
    changed = tmp_path / "changed.png"
    changed.write_bytes(b"\x89PNG" + os.urandom(50))
    stuck_dir = tmp_path / "locked"
    stuck_dir.mkdir()
    stuck = stuck_dir / "stuck.png"
    stuck.write_bytes(b"\x89PNG" + os.urandom(50))
    panel = _import(qtbot, journal_page, changed, stuck)
    assert "These 2 files" in panel.original_text.text()
    changed.write_bytes(b"something else now")
    os.chmod(stuck_dir, 0o500)  # the computer refuses to delete in this folder
    try:
        Modals(click("Delete the original"))
        assert panel.delete_originals() is True
        qtbot.waitUntil(lambda: not panel.deleting_originals(), timeout=60_000)
    finally:
        os.chmod(stuck_dir, 0o700)
    text = panel.original_text.text()
    assert changed.exists() and "changed.png" in text and "has changed" in text
    if os.geteuid() != 0:  # root may delete anyway
        assert stuck.exists() and f"still at {stuck}" in text


def test_locking_hides_the_original_notice(qtbot, journal_page, tmp_path):
    pic = tmp_path / "private-name.png"
    pic.write_bytes(b"\x89PNG" + os.urandom(50))
    panel = _import(qtbot, journal_page, pic)
    journal_page.lock()
    assert not panel.original_bar.isVisible() and "private-name" not in panel.original_text.text()


# ------------------------------------------------------------------------ file choosers (issue 18)
def test_file_choosers_start_in_pictures_then_downloads_then_home(isolated_user_dirs, qapp):
    from iia_help.ui.dialogs import start_folder

    home = isolated_user_dirs["HOME"]
    assert start_folder() == home
    (home / "Downloads").mkdir()
    assert start_folder() == home / "Downloads"
    (home / "Pictures").mkdir()
    assert start_folder() == home / "Pictures"
    assert start_folder() != Path("/")


def test_the_real_chooser_opens_in_pictures_and_leaves_no_trace(isolated_user_dirs, qapp):
    from PySide6.QtCore import QTimer

    from iia_help.ui import dialogs

    from conftest import list_files

    pictures = isolated_user_dirs["HOME"] / "Pictures"
    pictures.mkdir()
    seen = []

    def act():
        for w in QApplication.topLevelWidgets():
            if w.objectName() == "fileDialog" and w.isVisible():
                seen.append(Path(w.directory().absolutePath()))
                w.reject()
                return
        QTimer.singleShot(20, act)

    QTimer.singleShot(20, act)
    assert dialogs.open_files(None, "Choose") == []
    assert seen == [pictures]
    assert list_files(isolated_user_dirs["HOME"]) == []  # no QtProject.conf, no recently-used list


def test_first_run_asks_before_guest_sessions_hide_a_personal_journal(qtbot, ctx, main_window):
    from iia_help.ui.first_run import install_first_questions
    from iia_help.ui.journal_kept import NO_TEXT

    _make_journal(ctx)
    ctx.settings.audience = ""
    bar = install_first_questions(ctx, main_window)
    bar.buttons["skip"].click()
    m = Modals(click(NO_TEXT))
    bar.buttons["worker"].click()
    assert m.done and bar.isVisible() and bar.step == "audience"  # still asking, nothing changed
    assert not ctx.settings.guest_sessions and ctx.settings.audience == ""


def test_the_discreet_first_frame_stays_light(tmp_path, isolated_user_dirs):
    """The plain page is part of the first frame: it must not build PySide6's Qt namespace or filter events."""

    from test_shell import FIRST_FRAME_PROBE, run_start_probe

    lines = run_start_probe(tmp_path, isolated_user_dirs, FIRST_FRAME_PROBE,
                            '{"region": "scotland", "audience": "self", "start_screen": "notes"}',
                            ("FIRST-FRAME", "AFTER"))
    assert lines[0] == "FIRST-FRAME qt-namespace=False filtering=False early-keys=True pages=[]", lines
    assert lines[1] == "AFTER filtering=True early-keys=False pages=[] current=", lines  # no page behind it
