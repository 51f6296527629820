"""The export dialog: warnings shown before writing, Qt's own save dialog, work off the UI thread, cancel, check."""

from __future__ import annotations

import threading
import time
import zipfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QLineEdit, QWidget

import iia_help.ui.journal.export_dialog as export_dialog
from iia_help.export import ExportCancelled, verify_bundle
from iia_help.journal import Entry, Journal
from iia_help.ui.journal.export_dialog import ExportDialog
from iia_help.vault import Vault

TZ = timezone(timedelta(hours=2))


def png() -> bytes:
    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtGui import QColor, QImage

    img = QImage(64, 48, QImage.Format.Format_RGB32)
    img.fill(QColor("#446688"))
    buf = QBuffer()
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    img.save(buf, "PNG")
    return bytes(buf.data())


@pytest.fixture
def journal(tmp_path, qapp):
    vault = Vault.create(tmp_path / "notes.db", "pw", calibrate=False)
    j = Journal(vault)
    for i in range(3):
        eid = j.add_entry(Entry(occurred_at=datetime(2025, 5, 1 + i, 10, tzinfo=TZ), kind="threat",
                                platform="Snapchat", description=f"entry number {i}"))
        j.attach(eid, f"shot{i}.png", png())
        j.attach(eid, f"note{i}.txt", b"words")
    yield j
    vault.close()


def answer_file_dialog(path: str | None) -> None:
    """When Qt's own file dialog appears, choose ``path`` (or cancel with None).

    Qt's dialog loads folders in the background, so the choice is made again until the dialog reports it."""

    def act() -> None:
        for w in QApplication.topLevelWidgets():
            if w.objectName() == "fileDialog" and w.isVisible():
                if path is None:
                    w.reject()
                    return
                target = Path(path)
                if Path(w.directory().absolutePath()) != target.parent:
                    w.setDirectory(str(target.parent))
                w.selectFile(target.name)
                name_edit = w.findChild(QLineEdit, "fileNameEdit")  # typed, as a person would
                if name_edit is not None and name_edit.text() != target.name:
                    name_edit.setText(target.name)
                if [Path(f) for f in w.selectedFiles()] == [target]:
                    w.accept()
                    return
                break
        QTimer.singleShot(20, act)

    QTimer.singleShot(20, act)


def make_dialog(qtbot, ctx, journal, **kw) -> ExportDialog:
    dlg = ExportDialog(ctx, journal, **kw)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    return dlg


def test_warnings_are_shown_before_anything_is_written(qtbot, ctx, journal):
    dlg = make_dialog(qtbot, ctx, journal)
    warning = dlg.findChild(QLabel, "notEncryptedWarning")
    reminder = dlg.findChild(QLabel, "under18Reminder")
    assert warning.isVisible() and reminder.isVisible()
    assert "not encrypted" in warning.text() and "USB stick" in warning.text()
    assert "under 18" in reminder.text() and "usernames" in reminder.text() and "web addresses" in reminder.text()
    # One control for the attached files: three choices, exactly one chosen at a time.
    files = [dlg.files_all, dlg.files_no_media, dlg.files_none]
    assert all(b.isVisible() for b in files) and [b.isChecked() for b in files] == [True, False, False]
    assert dlg.files_group.exclusive() and set(dlg.files_group.buttons()) == set(files)
    assert not dlg.findChildren(QCheckBox)  # no separate tick boxes that could contradict each other
    o = dlg.options()
    assert (o.include_attachments, o.include_images) == (True, True)
    dlg.files_no_media.click()
    o = dlg.options()
    assert (o.include_attachments, o.include_images) == (True, False) and not dlg.files_all.isChecked()
    dlg.files_none.click()
    assert dlg.options().include_attachments is False and not dlg.files_no_media.isChecked()
    # Every control has an accessible name.
    for w in dlg.findChildren(QWidget):
        if w.isVisible() and w.focusPolicy() != w.focusPolicy().NoFocus and w.metaObject().className() in (
                "QPushButton", "QCheckBox", "QRadioButton", "QLineEdit", "QDateEdit", "QLabel"):
            if w.objectName().startswith("qt_") or (w.metaObject().className() == "QLabel" and not w.objectName()):
                continue  # Qt's own parts of a compound widget; plain text labels
            assert w.accessibleName(), w


def test_export_through_qt_save_dialog_runs_off_the_ui_thread(qtbot, ctx, journal, tmp_path, monkeypatch):
    usb = tmp_path / "usb"
    usb.mkdir()
    threads: list[threading.Thread] = []
    real = export_dialog.export_bundle

    def spy(*args, **kwargs):
        threads.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(export_dialog, "export_bundle", spy)
    dlg = make_dialog(qtbot, ctx, journal)
    dlg.name_edit.setText("Alex")
    dlg.files_no_media.setChecked(True)
    answer_file_dialog(str(usb / "for-police"))
    dlg.export_button.click()
    qtbot.waitUntil(lambda: dlg.last_result is not None, timeout=30000)
    assert threads and threads[0] is not threading.main_thread()
    out = usb / "for-police.zip"  # .zip added
    assert out.is_file() and [p.name for p in usb.iterdir()] == ["for-police.zip"]
    assert verify_bundle(out).ok
    with zipfile.ZipFile(out) as zf:
        names = zf.namelist()
    assert not any(n.endswith(".png") for n in names) and sum(n.endswith(".txt") for n in names) == 4
    assert dlg.progress.value() == 1000 and "Saved" in dlg.status.text()
    assert dlg.last_result.fingerprint[:4] in dlg.status.text()  # the bundle's fingerprint is shown (issue 19)
    assert dlg.export_button.isEnabled()


def test_cancel_stops_the_export_and_keeps_the_window_responsive(qtbot, ctx, journal, tmp_path, monkeypatch):
    started = threading.Event()
    ticks = []

    def slow_export(journal, path, options, progress):
        started.set()
        give_up = time.monotonic() + 300  # only so a broken cancel fails instead of hanging
        i = 0
        while time.monotonic() < give_up:  # runs until the dialog passes the cancel on, however slow the machine
            if progress(i % 2000, 2000) is False:
                raise ExportCancelled()
            i += 1
            time.sleep(0.005)
        raise AssertionError("cancel was not passed on")

    monkeypatch.setattr(export_dialog, "export_bundle", slow_export)
    dlg = make_dialog(qtbot, ctx, journal)
    answer_file_dialog(str(tmp_path / "x.zip"))
    dlg.export_button.click()
    qtbot.waitUntil(started.is_set, timeout=5000)
    # The UI thread keeps running timers while the export works.
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)
    qtbot.waitUntil(lambda: len(ticks) >= 5, timeout=5000)
    timer.stop()
    assert dlg.running and dlg.close_button.text() == "Cancel export"
    assert not dlg.export_button.isEnabled()
    dlg.close_button.click()
    qtbot.waitUntil(lambda: not dlg.running, timeout=5000)
    assert "stopped" in dlg.status.text() and "Nothing was saved" in dlg.status.text()
    assert not (tmp_path / "x.zip").exists()


def test_failure_message_is_human(qtbot, ctx, journal, tmp_path, monkeypatch):
    def broken(*a, **k):
        raise RuntimeError("internal detail that must not be shown")

    monkeypatch.setattr(export_dialog, "export_bundle", broken)
    dlg = make_dialog(qtbot, ctx, journal)
    answer_file_dialog(str(tmp_path / "x.zip"))
    dlg.export_button.click()
    qtbot.waitUntil(lambda: not dlg.running and "Nothing was saved" in dlg.status.text(), timeout=5000)
    assert "internal detail" not in dlg.status.text()


def test_cancelled_save_dialog_writes_nothing(qtbot, ctx, journal, tmp_path):
    dlg = make_dialog(qtbot, ctx, journal)
    answer_file_dialog(None)
    dlg.export_button.click()
    assert "Nothing was saved" in dlg.status.text() and not dlg.running


def test_selected_entries_and_empty_date_range(qtbot, ctx, journal):
    ids = [e.id for e in journal.entries()][:2]
    dlg = make_dialog(qtbot, ctx, journal, selected_ids=ids)
    assert dlg.selected_radio.isChecked() and dlg.options().entry_ids == ids
    dlg.range_radio.setChecked(True)
    dlg.date_from.setDate(dlg.date_from.date().fromString("2030-01-01", "yyyy-MM-dd"))
    dlg.date_to.setDate(dlg.date_to.date().fromString("2030-02-01", "yyyy-MM-dd"))
    dlg.export_button.click()  # no save dialog: nothing matches
    assert "nothing to export" in dlg.status.text()


def test_check_a_bundle_button(qtbot, ctx, journal, tmp_path):
    from iia_help.export import export_bundle

    good = tmp_path / "good.zip"
    export_bundle(journal, good)
    dlg = make_dialog(qtbot, ctx, journal)
    answer_file_dialog(str(good))
    dlg.check_button.click()
    qtbot.waitUntil(lambda: dlg.last_report is not None, timeout=10000)
    assert dlg.verify_result.isVisible() and "everything matches" in dlg.verify_result.toPlainText()

    bad = tmp_path / "bad.zip"
    bad.write_bytes(b"not a zip at all")
    dlg.last_report = None
    answer_file_dialog(str(bad))
    dlg.check_button.click()
    qtbot.waitUntil(lambda: dlg.last_report is not None, timeout=10000)
    assert "could not be checked" in dlg.status.text()


def assert_not_squashed(dlg: ExportDialog) -> None:
    """Every visible widget is at least as large as it says it needs (nothing clipped or overlapping)."""
    QApplication.processEvents()
    checked = 0
    for w in dlg.findChildren(QWidget):
        if not w.isVisible() or w.objectName().startswith("qt_") or w.window() is not dlg:
            continue
        hint = w.minimumSizeHint()
        if hint.isValid():
            assert w.width() >= hint.width() and w.height() >= hint.height(), (w, w.size(), hint)
        if w.hasHeightForWidth() and isinstance(w, QLabel) and w.text():
            assert w.height() >= w.heightForWidth(w.width()), (w.objectName(), w.text()[:40], w.size())
        checked += 1
    assert checked > 20


def test_report_only_export_and_open_the_folder(qtbot, ctx, journal, tmp_path, opened):
    usb = tmp_path / "usb stick"
    usb.mkdir()
    dlg = make_dialog(qtbot, ctx, journal)
    size_before = dlg.size()
    dlg.report_radio.click()
    dlg.files_none.click()
    assert not dlg.open_folder_button.isVisible()
    answer_file_dialog(str(usb / "for-police"))
    dlg.export_button.click()
    qtbot.waitUntil(lambda: dlg.last_result is not None, timeout=30000)
    out = usb / "for-police.pdf"  # .pdf added; no ZIP, nothing else
    assert [p.name for p in usb.iterdir()] == ["for-police.pdf"]
    assert out.read_bytes().startswith(b"%PDF-")
    import pypdf

    text = " ".join(" ".join(page.extract_text().split()) for page in pypdf.PdfReader(out).pages)
    assert "saved on its own" in text and "entry number 2" in text
    assert "Saved: for-police.pdf" in dlg.status.text() and "3 entries" in dlg.status.text()
    # After saving, the dialog never shrinks and nothing in it is squashed (date pickers, choices, status).
    assert dlg.width() >= size_before.width() and dlg.height() >= size_before.height()
    assert_not_squashed(dlg)
    assert dlg.date_from.height() >= dlg.date_from.minimumSizeHint().height()
    # It offers to open the folder, through the app's one open helper (never anything else).
    assert dlg.open_folder_button.isVisible() and dlg.open_folder_button.accessibleName() == "Open the folder"
    assert opened == []
    dlg.open_folder_button.click()
    from PySide6.QtCore import QUrl

    assert len(opened) == 1 and QUrl(opened[0]).isLocalFile()
    assert Path(QUrl(opened[0]).toLocalFile()) == usb


def test_saving_an_export_does_not_make_the_dialog_grow(qtbot, ctx, journal, tmp_path):
    """The result (progress, the bundle's fingerprint, "Open the folder") fills room kept for it: the window
    keeps its size, so nothing moves under the pointer (issue 27 item 14: it grew after saving)."""
    dlg = make_dialog(qtbot, ctx, journal)
    QApplication.processEvents()
    before = dlg.size()
    answer_file_dialog(str(tmp_path / "bundle.zip"))
    dlg.export_button.click()
    qtbot.waitUntil(lambda: dlg.last_result is not None, timeout=30000)
    QApplication.processEvents()
    assert dlg.open_folder_button.isVisible() and "Fingerprint of this bundle" in dlg.status.text()
    assert dlg.size() == before
    assert_not_squashed(dlg)


def test_bundle_export_does_not_squash_the_dialog(qtbot, ctx, journal, tmp_path, opened):
    dlg = make_dialog(qtbot, ctx, journal)
    assert_not_squashed(dlg)
    dlg.range_radio.click()
    answer_file_dialog(str(tmp_path / "bundle.zip"))
    dlg.export_button.click()
    qtbot.waitUntil(lambda: dlg.last_result is not None, timeout=30000)
    assert verify_bundle(tmp_path / "bundle.zip").ok
    assert dlg.progress.isVisible() and dlg.open_folder_button.isVisible()
    assert_not_squashed(dlg)
    # Made as small as it allows (a small screen, a window manager), or short by hand, the choices scroll
    # rather than squash (the dialog before this change clipped its warnings at its minimum size).
    dlg.resize(dlg.minimumSize())
    assert_not_squashed(dlg)
    dlg.resize(dlg.width(), 360)
    assert_not_squashed(dlg)
    assert dlg.scroll.verticalScrollBar().maximum() > 0
    dlg.open_folder_button.click()
    assert [Path(__import__("PySide6.QtCore").QtCore.QUrl(u).toLocalFile()) for u in opened] == [tmp_path]
