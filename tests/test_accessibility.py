"""A screen-reader-style walk: every control on every screen has a name, and Tab reaches it (what Orca itself
meets, through AT-SPI on a real display, is checked by tests/test_atspi.py)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QTextEdit,
    QWidget,
)

INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView, QTextEdit, QAbstractSpinBox)


def buddy_text(widget: QWidget) -> str:
    for label in widget.window().findChildren(QLabel):
        if label.buddy() is widget and label.isVisible():
            return label.text().replace("&", "")
    return ""


def spoken_name(widget: QWidget) -> str:
    if widget.accessibleName().strip():
        return widget.accessibleName()
    if isinstance(widget, QAbstractButton) and widget.text().replace("&", "").strip():
        return widget.text()
    return buddy_text(widget)


def tab_stops(window: QWidget) -> list[QWidget]:
    """Visible, enabled widgets that Tab should reach: every interactive kind, plus anything else (such as a
    contact card) that asks for Tab focus."""
    found = []
    for w in window.findChildren(QWidget):
        if not w.isVisible():
            continue  # hidden pages and views cannot take focus; the search-results state is walked separately
        if not w.isEnabled():
            continue  # disabled buttons (Back with no history) are skipped by Tab by design; named anyway below
        if not (w.focusPolicy() & Qt.FocusPolicy.TabFocus):
            continue  # labels, scroll bars and containers are not tab stops
        if w.focusProxy() is not None:
            continue  # the proxy target is checked instead
        found.append(w)
    return found


def walk_tab_chain(qtbot, window: QWidget, limit: int = 800) -> set[QWidget]:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    start = window.quick_exit_button
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is start)
    seen = []
    for _ in range(limit):
        w = QApplication.focusWidget()
        seen.append(w)
        qtbot.keyClick(w, Qt.Key.Key_Tab)
        if QApplication.focusWidget() is start:
            break
    else:
        pytest.fail("Tab never came back round to Quick exit (a keyboard trap?)")
    return set(seen)


def check_names_and_tabs(qtbot, window: QWidget) -> None:
    page = window.stack.currentWidget()
    interactive = [w for w in page.findChildren(QWidget) if isinstance(w, INTERACTIVE) and w.isVisible()
                   and not isinstance(w.parent(), QAbstractSpinBox)]  # a spin box speaks for its own text field
    assert interactive, "the page has no controls?"
    unnamed = [f"{type(w).__name__} {w.objectName()}" for w in interactive if not spoken_name(w).strip()]
    assert unnamed == []
    stops = tab_stops(window)
    for w in stops:
        assert spoken_name(w).strip(), f"{type(w).__name__} {w.objectName()} has no accessible name"
    # Excluded: QLineEdit's own clear button. It is a mouse shortcut for Escape, which the guidance tests press.
    # A text field inside an editable combo or key box hands its focus to the box (its focus proxy), the stop.
    missing_interactive = [w for w in interactive
                           if w.isEnabled() and w not in stops and not isinstance(w.parent(), QLineEdit)
                           and w.focusProxy() not in stops]
    # An interactive control that refuses Tab focus would be mouse-only.
    assert missing_interactive == [], [f"{type(w).__name__} {w.objectName()}" for w in missing_interactive]
    reached = walk_tab_chain(qtbot, window)

    def reached_or_its_group(w) -> bool:  # Tab enters a group of radio buttons once; arrows move inside it
        group = w.group() if isinstance(w, QRadioButton) else None
        return w in reached or (group is not None and any(b in reached for b in group.buttons()))

    unreached = [f"{type(w).__name__} {w.objectName()} {spoken_name(w)}" for w in stops
                 if not reached_or_its_group(w)]
    assert unreached == []


def accessible_tree_names(root: QWidget) -> list[tuple[str, str]]:
    """(role, name) for each node in Qt's accessibility tree, as a screen reader would meet them."""
    out = []

    def visit(iface, depth=0):
        if iface is None or not iface.isValid() or depth > 40:
            return
        if not iface.state().invisible:
            out.append((iface.role().name, iface.text(QAccessible.Text.Name)))
        for i in range(iface.childCount()):
            visit(iface.child(i), depth + 1)

    visit(QAccessible.queryAccessibleInterface(root))
    return out


NAMED_ROLES = {"Button", "PushButton", "CheckBox", "RadioButton", "ComboBox", "EditableText", "List", "Grouping"}


@pytest.mark.parametrize("name", ["guidance", "contacts", "journal", "settings"])
def test_every_control_named_and_reachable_by_tab(qtbot, main_window, name):
    main_window.page("guidance")
    main_window.page("contacts")
    main_window.navigate(name)
    check_names_and_tabs(qtbot, main_window)


def test_settings_has_no_unnamed_tab_stop_and_no_focusable_filler(qtbot, main_window):
    """The two gaps an AT-SPI walk found: the scroll area took the focus (an unnamed "filler"), and the text
    fields inside the quick exit key box and the window-name box had no name of their own."""
    from PySide6.QtWidgets import QScrollArea

    page = main_window.navigate("settings")
    for area in [*page.findChildren(QScrollArea), main_window.page_scroll]:
        assert not area.focusPolicy() & Qt.FocusPolicy.TabFocus, area.objectName()
    fields = [w for w in page.findChildren(QLineEdit) if w.isVisible() and w.focusPolicy() & Qt.FocusPolicy.TabFocus
              and not isinstance(w.parent(), QAbstractSpinBox)]  # a spin box speaks for its own field
    assert len(fields) >= 3  # the key box's inner field, the window name, the DELETE box
    assert all(w.accessibleName().strip() for w in fields), [w.objectName() for w in fields if not w.accessibleName()]


def test_section_buttons_are_buttons_not_check_boxes(qtbot, main_window):
    main_window.navigate("contacts")
    for name, button in main_window.nav_buttons.items():
        iface = QAccessible.queryAccessibleInterface(button)
        assert iface.role() == QAccessible.Role.Button, (name, iface.role())
        assert not iface.state().checkable
        assert button.isChecked() == (name == "contacts")  # still says which section is on screen
        assert iface.text(QAccessible.Text.Description).startswith("Current section") == (name == "contacts")


def test_search_results_state_is_named_and_reachable(qtbot, main_window):
    guidance = main_window.navigate("guidance")
    guidance.search_field.setText("police")
    guidance.run_search()
    assert guidance.results_view.isVisible()
    check_names_and_tabs(qtbot, main_window)


@pytest.mark.parametrize("name", ["guidance", "contacts"])
def test_accessibility_tree_has_names(qtbot, main_window, name):
    main_window.navigate(name)
    nodes = accessible_tree_names(main_window.stack.currentWidget())
    roles = {role for role, _ in nodes}
    assert "PushButton" in roles or "Button" in roles
    unnamed = [(role, text) for role, text in nodes if role in NAMED_ROLES and not (text or "").strip()]
    assert unnamed == []


def test_contact_cards_read_as_whole_entries(qtbot, main_window):
    contacts = main_window.navigate("contacts")
    card = contacts.cards[0]
    iface = QAccessible.queryAccessibleInterface(card)
    assert iface.text(QAccessible.Text.Name) == card.contact.name
    assert card.contact.for_ in iface.text(QAccessible.Text.Description)
    assert "As published by the service. Last reviewed:" in iface.text(QAccessible.Text.Description)


def test_emergency_is_the_first_stop_on_the_contacts_screen(qtbot, main_window):
    contacts = main_window.navigate("contacts")
    main_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main_window)
    main_window.nav_buttons["settings"].setFocus()
    qtbot.keyClick(main_window.nav_buttons["settings"], Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is contacts.emergency_card


def test_focus_is_visible_on_cards(qtbot, main_window):
    contacts = main_window.navigate("contacts")
    assert ":focus" in contacts.styleSheet() and "QFrame#contactCard:focus" in contacts.styleSheet()
