"""Journal UI: a draft survives the process being killed mid-typing, and a full UI session leaves nothing
readable on disk (data folder, HOME with Qt's caches and config, temp folder)."""

from __future__ import annotations

import json
import os
import queue
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from leak_scan import byte_windows, needles, scan
from test_ui_journal import (
    PW,
    Modals,
    _noise_image,
    activate,
    choose_file,
    click,
    create_via_ui,
    finish,
    make_page,
    seed_vault,
    unlock_via_ui,
)

from conftest import REPO, subprocess_env


def _seed_settings(data_dir: Path) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "settings.json").write_text(json.dumps({"region": "england", "audience": "self"}))


@pytest.mark.real_kdf  # the child process opens what this test wrote
def test_draft_restored_after_process_is_killed(qtbot, ctx, monkeypatch, isolated_user_dirs, data_dir):
    _seed_settings(data_dir)
    seed_vault(ctx.paths.vault_file, [])
    text = "Typed before the crash: ZQXJ-kill-marker"
    proc = subprocess.Popen([sys.executable, str(REPO / "tests" / "journal_draft_child.py"), str(data_dir), PW, text],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=subprocess_env(isolated_user_dirs))
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=lambda: [lines.put(line) for line in proc.stdout], daemon=True).start()
    try:
        line = lines.get(timeout=300)  # generous: only how long to wait for a child that never reports
        assert line.strip() == "READY", line + proc.stderr.read() if proc.poll() is not None else line
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL

    page = make_page(qtbot, ctx, monkeypatch)
    try:
        unlock_via_ui(qtbot, page)
        assert page.is_unlocked() and page.current_view() == "editor"
        assert page.editor.banner.isVisible()
        assert page.editor.description.toPlainText().startswith(text)
        assert page.editor.entry_id is None  # a new entry that was never saved
    finally:
        finish(page)


MARKERS = ["ZQXJMARKER-description-7731", "ZQXJ-platform-99", "zqxj.account@example.org", "ZQXJ-CR-55821",
           "ZQXJ-tag", "ZQXJ-draft-words", "https://zqxj.example/abc", "zqxj-secret-file.bin"]


def test_full_ui_session_leaves_no_plaintext(qtbot, ctx, monkeypatch, isolated_user_dirs, data_dir, tmp_path):
    _seed_settings(data_dir)
    roots = [data_dir, isolated_user_dirs["HOME"], isolated_user_dirs["TMPDIR"]]
    outside = tmp_path / "outside"  # where the person's own file lives: not scanned
    outside.mkdir()
    secret = os.urandom(50_000) + MARKERS[0].encode() + os.urandom(30_000)
    (outside / MARKERS[7]).write_bytes(secret)

    page = make_page(qtbot, ctx, monkeypatch)
    try:
        create_via_ui(qtbot, page)
        page.new_action.trigger()
        ed = page.editor
        ed.platform.setCurrentText(MARKERS[1])
        qtbot.keyClicks(ed.account, MARKERS[2])
        qtbot.keyClicks(ed.urls, MARKERS[6])
        qtbot.keyClicks(ed.description, MARKERS[0] + " typed, then ")
        ed.description.insertPlainText("a pasted line with ünïcödé and emoji 😟 " + MARKERS[0].lower())
        ed.add_report("Police", MARKERS[3], "today")
        qtbot.keyClicks(ed.tags, MARKERS[4])
        page.drafts.changed()
        assert page.drafts.flush()
        ed.save()
        # Attach a file by path (Qt's own dialog) and a pasted picture (PNG made in memory).
        m = Modals(choose_file(outside / MARKERS[7]))
        ed.attachments.add_button.click()
        assert m.done
        qtbot.waitUntil(lambda: ed.attachments.list.topLevelItemCount() == 1, timeout=10_000)
        QGuiApplication.clipboard().setImage(_noise_image(64, 64))
        activate(qtbot, page)
        m = Modals(click("I understand, add it"))
        ed.attachments.paste_button.click()
        qtbot.waitUntil(lambda: ed.attachments.list.topLevelItemCount() == 2, timeout=10_000)
        atts = page.journal.get_entry(ed.entry_id).attachments
        png = page.journal.read_attachment(atts[1].id)
        assert page.journal.read_attachment(atts[0].id) == secret
        # View both in memory, copy a fingerprint, keep a draft with markers, make a backup into the data folder.
        for i in range(2):
            ed.attachments.list.setCurrentItem(ed.attachments.list.topLevelItem(i))
            viewer = ed.attachments.view_selected()
            qtbot.waitUntil(lambda v=viewer: v.picture.pixmap().isNull() is False or "cannot" in v.picture.text(),
                            timeout=10_000)
        ed.attachments.copy_fingerprint()
        qtbot.keyClicks(ed.description, " " + MARKERS[5])
        m = Modals(choose_file(data_dir / "backup.db"), click("OK"))
        assert page.backup() == data_dir / "backup.db"
        page.timeline.search.setText(MARKERS[2])
        page.panic_cleanup()
        assert scan(roots, needles(MARKERS), byte_windows(secret) | byte_windows(png), skip_unreadable=True) == []

        unlock_via_ui(qtbot, page)
        assert MARKERS[5] in page.editor.description.toPlainText()
        page.editor.save()
        page.editor.back_button.click()
        page.lock()
        QApplication.processEvents()
        hits = scan(roots, needles(MARKERS), byte_windows(secret) | byte_windows(png), skip_unreadable=True)
        assert hits == []

        # The scanner finds plaintext when it is there.
        probe = isolated_user_dirs["TMPDIR"] / "probe.bin"
        probe.write_bytes(png[100:140] + MARKERS[3].encode("utf-16-le"))
        tmp_hits = scan([isolated_user_dirs["TMPDIR"]], needles(MARKERS), byte_windows(png), skip_unreadable=True)
        assert len(tmp_hits) == 2
        probe.unlink()
    finally:
        finish(page)
