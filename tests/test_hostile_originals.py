""""Delete the original" against what may be at the path by then (issue 27 item 5): a link, a second name (hard
link), a file swapped between checking and deleting, a pipe. Only the very file that was checked is deleted, the
message says what is still on the computer, and nothing blocks the window (or the panic key)."""

from __future__ import annotations

import hashlib
import os
import threading
from pathlib import Path

import pytest

from iia_help.originals import delete_original
from test_ui_journal import Modals, click, create_via_ui, finish, make_page

PICTURE = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8
SHA = hashlib.sha256(PICTURE).hexdigest()


def picture(path: Path) -> Path:
    path.write_bytes(PICTURE)
    return path


def test_a_link_is_not_deleted_in_place_of_the_picture(tmp_path):
    """Before: the link went, the picture stayed, and the app said "Deleted ... (checked)"."""
    (tmp_path / "real").mkdir()
    real = picture(tmp_path / "real" / "IMG_2041.png")
    link = tmp_path / "IMG_2041.png"
    link.symlink_to(real)
    r = delete_original(link, SHA)
    assert not r.gone
    assert r.why == (f"it is only a link to a file at {real}, so nothing was deleted: delete that file if you mean "
                     "to")
    assert link.is_symlink() and real.read_bytes() == PICTURE


def test_a_second_name_is_said_to_keep_the_picture(tmp_path):
    """A hard link: this name goes, but the same file is still on the computer under the other one."""
    a = picture(tmp_path / "a.png")
    b = tmp_path / "elsewhere.png"
    os.link(a, b)
    r = delete_original(a, SHA)
    assert r.gone and r.other_names == 1
    assert not a.exists() and b.read_bytes() == PICTURE
    lone = picture(tmp_path / "lone.png")
    r = delete_original(lone, SHA)
    assert r.gone and r.other_names == 0 and not lone.exists()


def test_a_file_swapped_in_after_the_check_is_left_alone(tmp_path):
    """Between hashing and unlinking another program puts a different file at the path: it must survive."""
    path = picture(tmp_path / "shot.png")
    other = tmp_path / "someone-elses.txt"
    other.write_bytes(b"not ours")

    def swap() -> None:
        os.replace(other, path)

    r = delete_original(path, SHA, before_unlink=swap)
    assert r.why == "it was replaced by another file while it was being checked, so it was left alone"
    assert path.read_bytes() == b"not ours"


def test_a_changed_file_is_left_alone(tmp_path):
    path = tmp_path / "shot.png"
    path.write_bytes(PICTURE + b"!")
    r = delete_original(path, SHA)
    assert r.why == "it has changed since it was added, so it was left alone" and path.exists()


@pytest.mark.parametrize("what", ["fifo", "folder"])
def test_a_pipe_or_folder_at_the_path_is_refused_without_blocking(tmp_path, what):
    """A FIFO froze the UI thread (and with it the panic key): only ordinary files are opened, never blocking.
    The thread's generous join only guards against a hang; the verdict is what it returns."""
    path = tmp_path / "shot.png"
    os.mkfifo(path) if what == "fifo" else path.mkdir()
    out = []
    t = threading.Thread(target=lambda: out.append(delete_original(path, SHA)), daemon=True)
    t.start()
    t.join(300)
    assert not t.is_alive(), "delete_original blocked on a pipe"
    assert out[0].why == ("it is not an ordinary file (it may be a folder, a pipe or a device), so it was left "
                          "alone")
    assert path.exists()


def test_a_missing_file_counts_as_gone(tmp_path):
    assert delete_original(tmp_path / "never-there.png", SHA).gone


# ------------------------------------------------------------------------------------------------ in the window
@pytest.fixture
def panel(qtbot, ctx, monkeypatch):
    ctx.settings.image_note_seen = True
    page = make_page(qtbot, ctx, monkeypatch)
    create_via_ui(qtbot, page)
    page.new_action.trigger()
    qtbot.keyClicks(page.editor.description, "He sent this")
    yield page.editor.attachments
    finish(page)


def _import(qtbot, panel, path: Path) -> None:
    panel.add_paths([path])
    qtbot.waitUntil(lambda: panel.original_bar.isVisible(), timeout=60_000)


def _delete(qtbot, panel) -> str:
    Modals(click("Delete the original"))
    assert panel.delete_originals() is True
    qtbot.waitUntil(lambda: not panel.deleting_originals(), timeout=60_000)
    return panel.original_text.text()


def test_window_a_hard_linked_original_is_not_called_gone(qtbot, panel, tmp_path):
    a = picture(tmp_path / "IMG_1.png")
    os.link(a, tmp_path / "copy-elsewhere.png")
    _import(qtbot, panel, a)
    text = _delete(qtbot, panel)
    assert "(checked)" not in text and not a.exists()
    assert text.startswith("Deleted \u201cIMG_1.png\u201d from ") and "the same file has another name on this " \
        "computer (a hard link), so it is still there under that name" in text


def test_window_a_linked_original_is_reported_not_deleted(qtbot, panel, tmp_path):
    (tmp_path / "real").mkdir()
    real = picture(tmp_path / "real" / "IMG_2.png")
    link = tmp_path / "IMG_2.png"
    link.symlink_to(real)
    _import(qtbot, panel, link)
    text = _delete(qtbot, panel)
    assert "Deleted" not in text and real.exists()
    assert f"\u201cIMG_2.png\u201d is still at {link}: it is only a link to a file at {real}" in text


def test_window_deleting_runs_off_the_ui_thread(qtbot, panel, tmp_path, monkeypatch):
    """Hashing a big original (or anything slow at the path) must not hold the UI thread, where the panic key
    is handled."""
    import iia_help.ui.journal.attachments as attachments

    seen = []
    real = attachments.delete_original

    def spy(path, sha, **kw):
        seen.append(threading.current_thread() is threading.main_thread())
        return real(path, sha, **kw)

    monkeypatch.setattr(attachments, "delete_original", spy)
    pic = picture(tmp_path / "IMG_3.png")
    _import(qtbot, panel, pic)
    text = _delete(qtbot, panel)
    assert seen == [False] and not pic.exists() and "(checked)" in text
