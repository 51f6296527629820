"""Walk every area of the app and report what does not fit the window (shared by tests/test_layout_fit.py, which
runs it offscreen, and tests/layout_child.py, which runs it in the real app on an X server).

What counts as not fitting, for every visible widget inside the window:
- it runs past the left or right edge of its parent (cut off: "Save as PD"), or of the window;
- a button is narrower than its text in its own font;
- a horizontal scroll bar shows (the page, a list, a table or a text view scrolls sideways);
- a scroll bar shows inside something that scrolls too (two vertical scroll bars);
- a scroll area's content ends well above its own end (a blank screen after the last card).
"""

from __future__ import annotations

import json
import time
from datetime import UTC, datetime
from pathlib import Path

PW = "layout walk passphrase"
WINDOW = (1000, 700)  # what MainWindow opens at on a 1024x768 screen (main_window.initial_size)
#: Text settings walked: the usual size, Large text, and Large text with the guidance zoomed as far as A+ goes.
TEXT_SIZES = {"usual": {}, "large": {"large_text": True}, "large-zoomed": {"large_text": True, "text_zoom": 10}}


def write_data(data: Path, text: dict, *, guest: bool = False, calibrate: bool = False) -> None:
    """A data folder with settings and, outside guest sessions, a journal of a few long entries."""
    from iia_help.journal import Entry, Journal
    from iia_help.vault import Vault

    data.mkdir(parents=True, exist_ok=True)
    settings = {"region": "scotland", "audience": "worker" if guest else "self", **text}
    if guest:
        settings["guest_sessions"] = True
    (data / "settings.json").write_text(json.dumps(settings), encoding="utf-8")
    if guest:
        return
    vault = Vault.create(data / "notes.db", PW, calibrate=calibrate)
    journal = Journal(vault)
    for i in range(3):
        journal.add_entry(Entry(
            occurred_at=datetime(2026, 5, 14, 15, 5 + i, tzinfo=UTC), platform="A chat app with a long name",
            account="@someone_who_keeps_messaging_me_from_a_new_account_" + "x" * 40,
            description="He said he would post the pictures tonight unless I paid. " * 4, tags=["threat"]))
    vault.close()


def problems(window) -> list[str]:
    """What does not fit in ``window`` now (see the module notes)."""
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractScrollArea,
        QCheckBox,
        QRadioButton,
        QScrollArea,
        QWidget,
    )

    out: list[str] = []
    win_w = window.width()

    def name(w) -> str:
        return f"{type(w).__name__}({w.objectName() or getattr(w, 'text', lambda: '')() or ''})"

    for w in window.findChildren(QWidget):
        if not w.isVisible() or w.isWindow():
            continue
        parent = w.parentWidget()
        if parent is None:
            continue
        if parent.objectName() == "qt_scrollarea_viewport" or w.objectName().startswith("qt_scrollarea"):
            pass  # a scroll area's own parts and contents: judged by its scroll bars below
        else:
            g = w.geometry()
            if g.left() < 0 or g.right() > parent.width() - 1 + 1:
                out.append(f"{name(w)} runs {g.left()}..{g.right()} past {name(parent)} 0..{parent.width()}")
        right = w.mapTo(window, QPoint(w.width(), 0)).x()
        if right > win_w + 1 and not _inside_scroll_content(w):
            out.append(f"{name(w)} ends at x={right}, past the window's {win_w}")
        if isinstance(w, QAbstractScrollArea) and w.horizontalScrollBar().isVisible():
            out.append(f"{name(w)} scrolls sideways")
        if isinstance(w, QAbstractButton) and not isinstance(w, (QCheckBox, QRadioButton)) and w.text():
            text = w.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
            widest = max(w.fontMetrics().horizontalAdvance(line) for line in text.split("\n"))
            if widest > w.width() - 4:
                out.append(f"{name(w)}'s text is cut off ({widest} px of text, {w.width()} px wide)")
        if isinstance(w, QAbstractScrollArea) and w.verticalScrollBar().isVisible():
            outer = w.parentWidget()
            while outer is not None and not (isinstance(outer, QAbstractScrollArea)
                                             and outer.verticalScrollBar().isVisible()):
                outer = outer.parentWidget()
            if outer is not None:
                out.append(f"{name(w)} scrolls inside {name(outer)}: two vertical scroll bars")
        if isinstance(w, QScrollArea) and w.widget() is not None and w.verticalScrollBar().maximum() > 0:
            inner = w.widget()
            kids = [c for c in inner.findChildren(QWidget) if c.parentWidget() is inner and c.isVisible()]
            bottom = max((c.geometry().bottom() for c in kids), default=0)
            if inner.height() - bottom > 48:
                out.append(f"{name(w)} has {inner.height() - bottom} px of nothing after its content")
    return out


def _inside_scroll_content(w) -> bool:
    p = w.parentWidget()
    while p is not None:
        if p.objectName() == "qt_scrollarea_viewport":
            return True
        p = p.parentWidget()
    return False


def settle(app, rounds: int = 6) -> None:
    for _ in range(rounds):
        app.processEvents()


def wait_until(app, cond, what: str, limit: float = 300.0) -> None:
    deadline = time.monotonic() + limit
    while not cond():
        assert time.monotonic() < deadline, f"gave up waiting for {what}"
        app.processEvents()
        time.sleep(0.01)


def walk(app, window, report) -> None:
    """Show every area and state in turn; ``report(state, problems)`` after each."""
    from PySide6.QtWidgets import QAbstractScrollArea

    def check(state: str) -> None:
        settle(app)
        report(state, problems(window))

    guidance = window.navigate("guidance")
    wait_until(app, lambda: guidance.current_page_id() != "", "the home page")
    check("guidance home")
    guidance.open_page("threats-sextortion")
    check("guidance threats page")
    guidance.search_field.setText("photos")
    guidance.run_search()
    check("guidance search results")
    guidance.clear_search()

    contacts = window.navigate("contacts")
    check("contacts")
    bar = contacts.scroll.verticalScrollBar()
    bar.setValue(bar.maximum())
    check("contacts at the end")
    bar.setValue(0)

    journal = window.navigate("journal")
    if hasattr(journal, "unlock_pw") and journal.vault_path.exists():
        check("journal locked")
        journal.unlock_pw.setText(PW)
        journal.submit_unlock()
        wait_until(app, journal.is_unlocked, "the journal to unlock")
        check("journal list")
        journal.open_entry(journal.journal.entries()[0].id)
        check("journal entry")
        journal.show_timeline()
        journal.new_entry()
        check("journal new entry")
        journal.show_timeline()
    else:
        check("journal")

    settings = window.navigate("settings")
    check("settings")
    for area in settings.findChildren(QAbstractScrollArea):
        if area.isVisible():
            area.verticalScrollBar().setValue(area.verticalScrollBar().maximum())
    check("settings at the end")
