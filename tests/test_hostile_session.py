# ruff: noqa: F811  (the fixtures are imported from test_ui_worker)
"""End session and saved handouts (issue 27 item 6): only the handout that was saved is deleted, and a handout saved
before a Quick exit is still named, and offered for deletion, after the restart; the guest bar only says
"Nothing from this visit is saved" when that is true."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from iia_help.context import AppContext
from iia_help.saved_files import RECORD_NAME
from iia_help.ui.support.panel import BAR_TEXT, SAVED_BAR_TEXT, install_worker_mode
from test_ui_worker import _save_card, centre_ctx, drive, end_session_by_button, worker_window  # noqa: F401


def restart(qtbot, ctx: AppContext):
    """A new window on the same data folder, as after the app closed (Quick exit quits it)."""
    from iia_help.ui.app import build_main_window

    fresh = AppContext.load(ctx.paths)
    window = build_main_window(fresh)
    qtbot.addWidget(window)
    mode = install_worker_mode(QApplication.instance(), window, fresh)
    window.show()
    qtbot.waitExposed(window)
    return window, mode


def test_a_different_file_at_the_handouts_path_is_not_deleted(qtbot, worker_window, drive):
    mode = worker_window.worker_mode
    target = _save_card(qtbot, worker_window, drive / "card.pdf")
    target.unlink()
    target.write_bytes(b"the visitor's own file, saved over the handout")
    end_session_by_button(qtbot, worker_window, "end-delete")
    assert target.read_bytes().startswith(b"the visitor's own file")
    bar = mode.bar.text.text()
    assert "was not deleted" in bar and "handout is deleted" not in bar
    assert f"{target} (it has changed since it was saved, so it was left alone)" in bar


def test_a_link_at_the_handouts_path_is_not_taken_for_the_handout(qtbot, worker_window, drive, tmp_path):
    mode = worker_window.worker_mode
    target = _save_card(qtbot, worker_window, drive / "card.pdf")
    moved = tmp_path / "moved.pdf"
    os.replace(target, moved)
    target.symlink_to(moved)  # only "the link of a link" would have gone
    end_session_by_button(qtbot, worker_window, "end-delete")
    assert target.is_symlink() and moved.exists()
    assert f"{target} (it is only a link to a file at {moved}" in mode.bar.text.text()


def test_the_bar_says_a_handout_is_saved_while_one_is(qtbot, worker_window, drive):
    mode = worker_window.worker_mode
    assert mode.bar.text.text() == BAR_TEXT
    _save_card(qtbot, worker_window, drive / "card.pdf")
    assert mode.bar.text.text() == SAVED_BAR_TEXT and "Nothing from this visit" not in SAVED_BAR_TEXT
    end_session_by_button(qtbot, worker_window, "end-keep")
    qtbot.waitUntil(lambda: mode.bar.resting == BAR_TEXT)


def test_a_handout_saved_before_a_quick_exit_is_offered_after_the_restart(qtbot, worker_window, centre_ctx, drive):
    """F12 ends the visit without asking and the app closes: before, the next start had forgotten the handout,
    End session did not mention it, the file stayed, and the bar said nothing was saved."""
    mode = worker_window.worker_mode
    target = _save_card(qtbot, worker_window, drive / "card.pdf")
    record = centre_ctx.paths.data_dir / RECORD_NAME
    doc = json.loads(record.read_text())
    assert [Path(f["path"]) for f in doc["files"]] == [target] and set(doc["files"][0]) == {"path", "size",
                                                                                             "sha256"}
    mode.end_session()  # what the panic key calls, then the app quits
    worker_window.close()
    window, mode2 = restart(qtbot, centre_ctx)
    try:
        assert mode2.session.saved_files() == [target]
        assert mode2.bar.text.text() == SAVED_BAR_TEXT
        shown = end_session_by_button(qtbot, window, "end-delete")
        assert str(target) in shown and "still on this computer" in shown
        assert not target.exists() and not record.exists()
        assert "deleted" in mode2.bar.text.text()
        qtbot.waitUntil(lambda: mode2.bar.resting == BAR_TEXT)
    finally:
        mode2.takeaway.close()


@pytest.mark.parametrize("content", [b"", b"{", b"[1, 2]", b'{"files": [{"path": 5}]}', b"\xff" * 100_000])
def test_a_damaged_record_is_ignored(qtbot, centre_ctx, content):
    centre_ctx.paths.ensure_data_dir()
    (centre_ctx.paths.data_dir / RECORD_NAME).write_bytes(content)
    window, mode = restart(qtbot, centre_ctx)
    try:
        assert mode.session.saved_files() == [] and mode.bar.text.text() == BAR_TEXT
    finally:
        mode.takeaway.close()


def test_remove_everything_removes_the_record(centre_ctx, drive):
    from iia_help.saved_files import SavedFile, save
    from iia_help.wipe import wipe_all

    centre_ctx.paths.ensure_data_dir()
    save(centre_ctx.paths.data_dir / RECORD_NAME, [SavedFile(drive / "card.pdf", 1, "0" * 64)])
    wipe_all(centre_ctx.paths)
    assert not (centre_ctx.paths.data_dir / RECORD_NAME).exists()
