"""Keyboard paths (issue 27 item 12): Tab leaves the date-time box and typing after it changes nothing, Enter and
Space press the toolbar buttons, every Tab stop shows a visible focus ring, and the link Tab reached is highlighted.

The same paths with real keys through an X server: tests/test_keyboard_x11.py (slow).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from layout_fit import PW, WINDOW, wait_until, write_data

#: The light theme's focus colours (resources/styles/app.qss): the blue ring, and the dark one on Quick exit and
#: End session, whose own colour is already strong.
FOCUS_COLOURS = ("#1565c0", "#1a1a1a")


@pytest.fixture
def window(qtbot, tmp_path):
    from iia_help.context import AppContext
    from iia_help.paths import resolve_paths
    from iia_help.ui.app import build_main_window
    from iia_help.ui.wheel_guard import install_wheel_guard, remove_wheel_guard

    write_data(tmp_path / "data", {})
    ctx = AppContext.load(resolve_paths(tmp_path / "data"))
    win = build_main_window(ctx)
    qtbot.addWidget(win)
    install_wheel_guard(QApplication.instance())
    win.resize(*WINDOW)
    win.show()
    qtbot.waitExposed(win)
    yield win
    journal = win.built_pages().get("journal")
    if journal is not None:
        journal.lock()
    remove_wheel_guard()


def _unlocked(window):
    page = window.navigate("journal")
    page.unlock_pw.setText(PW)
    page.submit_unlock()
    wait_until(QApplication.instance(), page.is_unlocked, "the journal to unlock")
    return page


def _tool_button(page, action):
    return page.toolbar.widgetForAction(action)


# ------------------------------------------------------------------------------ the date-time box
def test_tab_leaves_the_when_box_and_typing_meant_for_the_next_box_changes_nothing(window, qtbot):
    page = _unlocked(window)
    entry = page.journal.entries()[0]
    page.open_entry(entry.id)
    editor = page.editor
    before = editor.when.dateTime()
    editor.when.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(editor.when.hasFocus)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is editor.now_button  # one Tab: out of the box, on to the next control
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is editor.when
    # A person tabs in, tabs on and types what was meant for somewhere else: the time stays as it was.
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    QTest.keyClicks(QApplication.focusWidget(), "0909")
    assert editor.when.dateTime() == before
    assert editor.when.text() == before.toString("d MMM yyyy, HH:mm")
    assert editor.weekday.text() == before.toString("dddd")  # the weekday is shown, not an editable part


def test_left_right_and_up_still_edit_the_part_chosen(window, qtbot):
    page = _unlocked(window)
    page.open_entry(page.journal.entries()[0].id)
    when = page.editor.when
    when.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(when.hasFocus)
    when.setCurrentSection(when.Section.HourSection)
    before = when.dateTime()
    QTest.keyClick(when, Qt.Key.Key_Up)
    assert when.dateTime() == before.addSecs(3600)


# ------------------------------------------------------------------------------ Enter and Space
@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space], ids=["Return", "Enter",
                                                                                            "Space"])
def test_enter_and_space_press_new_entry_back_to_list_and_export(window, qtbot, key):
    page = _unlocked(window)

    def press(w) -> None:
        w.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(w.hasFocus)
        QTest.keyClick(w.window().windowHandle(), key)  # as the window system delivers it: to the window first

    press(_tool_button(page, page.new_action))
    qtbot.waitUntil(lambda: page.inner.currentWidget() is page.editor)
    press(page.editor.back_button)
    qtbot.waitUntil(lambda: page.inner.currentWidget() is page.timeline)

    opened = []

    def close_export() -> None:
        for w in QApplication.topLevelWidgets():
            if w.isVisible() and w is not window and w.isWindow() and hasattr(w, "reject"):
                opened.append(w)
                w.reject()
                return
        if not opened:
            from PySide6.QtCore import QTimer

            QTimer.singleShot(20, close_export)

    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, close_export)
    press(_tool_button(page, page.export_action))
    qtbot.waitUntil(lambda: bool(opened))


# ------------------------------------------------------------------------------ visible focus
def _count(img: QImage, colour: str) -> int:
    from PySide6.QtGui import QColor

    img = img.convertToFormat(QImage.Format.Format_RGB32)
    c = QColor(colour)
    pixel = bytes((c.blue(), c.green(), c.red(), 0xFF))
    data = bytes(img.constBits())[: img.sizeInBytes()]
    return data.count(pixel)


def _tab_stops(window, start: QWidget, limit: int = 80) -> list[QWidget]:
    """The widgets Tab reaches from ``start``, in order, once round (real Tab key presses)."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    seen: list[QWidget] = []
    for _ in range(limit):
        w = QApplication.focusWidget()
        if w in seen:
            break
        seen.append(w)
        QTest.keyClick(w, Qt.Key.Key_Tab)
        QApplication.processEvents()
    return seen


def _focus_shows(window, w: QWidget, elsewhere: QWidget) -> tuple[int, int]:
    w.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    focused = w.grab().toImage()
    elsewhere.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    unfocused = w.grab().toImage()
    gained = max(_count(focused, c) - _count(unfocused, c) for c in FOCUS_COLOURS)
    return gained, 2 * (w.width() + w.height()) - 32  # a ring one pixel wide at least, less rounded corners


@pytest.mark.parametrize("area", ["guidance", "contacts", "journal-intro", "journal", "journal-entry", "settings"])
def test_every_tab_stop_shows_a_focus_ring(window, qtbot, tmp_path, area):
    """Tab once round the window from the section button; each stop must gain a ring of the focus colour (at
    least its perimeter in pixels) that it does not have unfocused. A default button does not count as focused."""
    name = area.split("-")[0]
    if area == "journal-intro":
        window.ctx.paths.vault_file.unlink()
        page = window.navigate("journal")
    elif name == "journal":
        page = _unlocked(window)
        if area == "journal-entry":
            page.open_entry(page.journal.entries()[0].id)
    else:
        page = window.navigate(name)
    QApplication.processEvents()
    start = window.nav_buttons[name]
    stops = _tab_stops(window, start)
    assert len(stops) > 3, stops
    faint = {}
    for w in stops:
        other = start if w is not start else window.nav_buttons["guidance" if name != "guidance" else "settings"]
        gained, needed = _focus_shows(window, w, other)
        if gained < needed:
            faint[f"{type(w).__name__}({w.objectName() or w.accessibleName()})"] = (gained, needed)
    assert faint == {}


def test_the_link_tab_reaches_is_highlighted_and_the_highlight_goes_with_the_focus(window, qtbot):
    from iia_help.ui.guidance_page import LINK_FOCUS_BACKGROUND

    page = window.navigate("guidance")
    page.open_page("threats-sextortion")
    browser = page.browser
    browser.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    before = _count(browser.viewport().grab().toImage(), LINK_FOCUS_BACKGROUND)
    QTest.keyClick(browser, Qt.Key.Key_Tab)  # Tab inside the text goes to its first link
    QApplication.processEvents()
    assert browser.focused_link()
    browser.ensureCursorVisible()
    QApplication.processEvents()
    lit = _count(browser.viewport().grab().toImage(), LINK_FOCUS_BACKGROUND)
    assert lit - before > 200  # a solid block of the highlight, not a dotted frame
    window.nav_buttons["guidance"].setFocus()
    QApplication.processEvents()
    assert browser.extraSelections() == []


def test_no_event_filter_on_a_button_eats_keys_it_should_not(window, qtbot):
    """Enter with a modifier, or on a default button, is left to Qt (a dialog's own Enter handling stays)."""
    page = _unlocked(window)
    page.open_entry(page.journal.entries()[0].id)
    save = page.editor.save_button
    assert save.isDefault()
    from iia_help.ui import wheel_guard

    save.setFocus()
    qtbot.waitUntil(save.hasFocus)
    from PySide6.QtGui import QKeyEvent

    handle = window.windowHandle()
    event = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier)
    assert wheel_guard._guard.key(handle, event) is False  # Qt's own default-button handling
    tool = _tool_button(page, page.new_action)
    tool.setFocus()
    qtbot.waitUntil(tool.hasFocus)
    event = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert wheel_guard._guard.key(handle, event) is False


def _bluish(img: QImage) -> int:
    """Pixels clearly blue (the focus ring's family), whatever their exact shade."""
    img = img.convertToFormat(QImage.Format.Format_RGB32)
    n = 0
    for y in range(img.height()):
        for x in range(img.width()):
            c = img.pixelColor(x, y)
            if c.blue() > c.red() + 60 and c.blue() > c.green() + 30:
                n += 1
    return n


def test_a_default_button_looks_different_focused_and_not(window, qtbot):
    """Qt draws the default button (the one Enter presses) with a blue frame when the window is active, so it
    looked focused when it was not. Unfocused it has no blue; focused it has the blue ring."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page = _unlocked(window)
    page.open_entry(page.journal.entries()[0].id)
    save = page.editor.save_button
    assert save.isDefault()
    elsewhere = window.nav_buttons["journal"]
    elsewhere.setFocus()
    QApplication.processEvents()
    perimeter = 2 * (save.width() + save.height())
    assert _bluish(save.grab().toImage()) < perimeter // 4
    save.setFocus()
    QApplication.processEvents()
    assert _bluish(save.grab().toImage()) >= perimeter


# ------------------------------------------------------------------------------ one name each
def test_one_name_for_text_size_and_one_for_saving_the_threats(window, tmp_path):
    """"Large text", "Bigger text" and A−/A+ ("Make text larger") were three names for two things, and the threat
    page said both "Screenshot the threats" and "Save the threats" (issue 27 item 14)."""
    from iia_help.resources import resources_dir
    from iia_help.ui.support.panel import install_worker_mode

    mode = install_worker_mode(QApplication.instance(), window, window.ctx)
    names: list[str] = []
    for name in ("guidance", "settings"):
        page = window.navigate(name)
        for w in page.findChildren(QWidget):
            for text in (getattr(w, "text", lambda: "")(), w.accessibleName(), w.toolTip()):
                if isinstance(text, str) and text:
                    names.append(text.replace("&", ""))
    names.append(mode.presentation_button.text())
    assert mode.presentation_button.text() == "Large text"
    assert window.built_pages()["settings"].large_text.text().replace("&", "") == "Large text"
    lowered = " | ".join(names).lower()
    for other in ("bigger text", "larger text", "smaller text", "make text"):
        assert other not in lowered, other
    assert "Zoom in" in names and "Zoom out" in names
    page = (resources_dir() / "guidance" / "threats-sextortion.md").read_text(encoding="utf-8")
    assert "Save the threats" in page and "screenshot the threats" not in page.lower()
    mode.takeaway.close()
