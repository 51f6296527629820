"""Nothing is cut off and nothing scrolls sideways at 1024x768, at every text size (issue 27 item 11).

Offscreen, the window is the size MainWindow opens at on a 1024x768 screen, with the same fonts as on X11;
tests/test_layout_x11.py (slow) walks the real app on a real 1024x768 X display the same way.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from layout_fit import PW, TEXT_SIZES, WINDOW, walk, write_data


def _walk(qtbot, data, *, guest: bool = False) -> dict[str, list[str]]:
    from iia_help.context import AppContext
    from iia_help.paths import resolve_paths
    from iia_help.ui.app import build_main_window
    from iia_help.ui.support.panel import install_worker_mode

    ctx = AppContext.load(resolve_paths(data))
    window = build_main_window(ctx)
    qtbot.addWidget(window)
    mode = install_worker_mode(QApplication.instance(), window, ctx)
    mode.refresh()
    window.resize(*WINDOW)
    window.show()
    qtbot.waitExposed(window)
    assert ctx.guest is guest
    found: dict[str, list[str]] = {}
    walk(QApplication.instance(), window, lambda state, bad: found.__setitem__(state, bad))
    journal = window.built_pages().get("journal")
    if journal is not None and hasattr(journal, "lock"):
        journal.lock()
    mode.takeaway.close()
    return found


@pytest.mark.parametrize("size", sorted(TEXT_SIZES))
def test_every_area_fits_at_1024x768(qtbot, tmp_path, size):
    write_data(tmp_path / "data", TEXT_SIZES[size])
    found = _walk(qtbot, tmp_path / "data")
    assert {"guidance threats page", "contacts at the end", "journal entry", "journal new entry",
            "settings"} <= set(found)  # the walk reached every area
    assert {state: bad for state, bad in found.items() if bad} == {}


@pytest.mark.parametrize("size", ["usual", "large"])
def test_a_guest_session_fits_at_1024x768(qtbot, tmp_path, size):
    write_data(tmp_path / "data", TEXT_SIZES[size], guest=True)
    found = _walk(qtbot, tmp_path / "data", guest=True)
    assert {state: bad for state, bad in found.items() if bad} == {}


@pytest.mark.parametrize("size", ["usual", "large"])
def test_the_note_about_the_original_file_shows_whole_after_adding_one(qtbot, tmp_path, isolated_user_dirs, size):
    """After adding a file, the note that the original is still on the computer (with Delete / Keep) was half
    below the fold of the entry editor (issue 27 item 14): it now scrolls into view, whole."""
    from PySide6.QtCore import QPoint

    from iia_help.context import AppContext
    from iia_help.paths import resolve_paths
    from iia_help.ui.app import build_main_window

    write_data(tmp_path / "data", TEXT_SIZES[size])
    ctx = AppContext.load(resolve_paths(tmp_path / "data"))
    ctx.settings.image_note_seen = True
    window = build_main_window(ctx)
    qtbot.addWidget(window)
    window.resize(*WINDOW)
    window.show()
    qtbot.waitExposed(window)
    page = window.navigate("journal")
    page.unlock_pw.setText(PW)
    page.submit_unlock()
    qtbot.waitUntil(page.is_unlocked)
    page.new_entry()
    picture = isolated_user_dirs["HOME"] / "Pictures" / "screenshot.png"
    picture.parent.mkdir(parents=True, exist_ok=True)
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    panel = page.editor.attachments
    panel.add_paths([picture])
    qtbot.waitUntil(lambda: panel.original_bar.isVisible())
    bar, viewport = panel.original_bar, page.editor.scroll.viewport()

    def whole() -> bool:
        top = bar.mapTo(viewport, QPoint(0, 0)).y()
        return top >= 0 and top + bar.height() <= viewport.height()

    qtbot.waitUntil(whole)
    page.lock()
