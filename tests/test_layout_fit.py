"""Nothing is cut off and nothing scrolls sideways at 1024x768, at every text size (issue 27 item 11).

Offscreen, the window is the size MainWindow opens at on a 1024x768 screen, with the same fonts as on X11;
tests/test_layout_x11.py (slow) walks the real app on a real 1024x768 X display the same way.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from layout_fit import TEXT_SIZES, WINDOW, walk, write_data


def _walk(qtbot, data, *, guest: bool = False) -> dict[str, list[str]]:
    from iia_help.context import AppContext
    from iia_help.paths import resolve_paths
    from iia_help.ui.app import build_main_window
    from iia_help.ui.worker.panel import install_worker_mode

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
