"""Discretion: Settings, removing everything, screen-capture exclusion, and portable mode."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QKeySequenceEdit,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QWidget,
)

import iia_help.ui.capture_exclusion as cx
from iia_help.paths import AppPaths, resolve_paths
from iia_help.settings import load_settings
from iia_help.wipe import wipe_all

from conftest import REPO, list_files, subprocess_env

CHILD = REPO / "tests" / "panic_child.py"


# ----- wipe -----
def make_app_files(data):
    data.mkdir(parents=True, exist_ok=True)
    names = ["notes.db", "notes.db-wal", "notes.db-shm", "notes.db-journal", "settings.json",
             "settings.json.damaged", ".tmp-abc123", "notes.db.bak"]
    for n in names:
        (data / n).write_bytes(b"secret bytes " * 100)
    return names


def test_wipe_removes_everything_the_app_made(tmp_path):
    data = tmp_path / "Fernleaf"
    names = make_app_files(data)
    outside = tmp_path / "other.txt"
    outside.write_text("not the app's")
    report = wipe_all(AppPaths(data))
    assert report.ok and report.data_dir_removed
    assert not data.exists()
    assert sorted(p.name for p in report.removed) == sorted(names)
    assert outside.read_text() == "not the app's"


def test_wipe_does_not_follow_symlinks_out(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    target = tmp_path / "precious.db"
    target.write_bytes(b"someone else's file")
    target_dir = tmp_path / "precious_dir"
    target_dir.mkdir()
    (target_dir / "keep.txt").write_text("keep")
    (data / "notes.db").symlink_to(target)
    (data / ".tmp-link").symlink_to(target_dir)
    (data / "settings.json").write_text("{}")
    report = wipe_all(AppPaths(data))
    assert report.ok and not data.exists()
    assert target.read_bytes() == b"someone else's file"
    assert (target_dir / "keep.txt").read_text() == "keep"


def test_wipe_leaves_files_that_are_not_the_apps(tmp_path):
    data = tmp_path / "data"
    make_app_files(data)
    (data / "holiday.jpg").write_bytes(b"photo")
    (data / "notes.db.d").mkdir()  # a folder with an app-like name is not emptied either
    report = wipe_all(AppPaths(data))
    assert data.is_dir() and not report.data_dir_removed
    assert sorted(p.name for p in data.iterdir()) == ["holiday.jpg", "notes.db.d"]
    assert (data / "holiday.jpg").read_bytes() == b"photo"
    assert {p.name for p in report.kept} == {"holiday.jpg", "notes.db.d"}


def test_wipe_overwrites_before_deleting_but_not_through_hard_links(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    (data / "notes.db").write_bytes(b"A" * 5000)
    elsewhere = tmp_path / "hardlink.db"
    os.link(data / "notes.db", elsewhere)
    (data / "settings.json").write_bytes(b"B" * 100)
    report = wipe_all(AppPaths(data))
    assert not data.exists()
    assert elsewhere.read_bytes() == b"A" * 5000  # another name for the same bytes: left intact
    assert [p.name for p in report.overwritten] == ["settings.json"]


def test_wipe_of_a_missing_folder_is_fine(tmp_path):
    report = wipe_all(AppPaths(tmp_path / "never-made"))
    assert report.ok and report.removed == [] and not report.data_dir_removed


# ----- screen capture -----
def test_capture_exclusion_is_a_no_op_on_linux(qtbot):
    w = QLabel("x")
    qtbot.addWidget(w)
    if sys.platform.startswith("linux"):
        assert cx.supported() is False
        assert cx.set_capture_excluded(w, True) is False


def test_capture_exclusion_windows_call(qtbot, monkeypatch):
    calls = []

    class User32:
        def SetWindowDisplayAffinity(self, hwnd, mode):  # noqa: N802
            calls.append((hwnd, mode))
            return 0 if mode == cx.WDA_EXCLUDEFROMCAPTURE and len(calls) > 2 else 1

    monkeypatch.setattr(cx.sys, "platform", "win32")
    monkeypatch.setattr(cx, "_win_user32", User32)
    w = QLabel("x")
    qtbot.addWidget(w)
    hwnd = int(w.winId())
    assert cx.set_capture_excluded(w, True) is True
    assert calls == [(hwnd, 0x11)]
    assert cx.set_capture_excluded(w, False) is True
    assert calls[-1] == (hwnd, 0)
    assert cx.set_capture_excluded(w, True) is True  # old Windows: falls back to a black box
    assert calls[-2:] == [(hwnd, 0x11), (hwnd, cx.WDA_MONITOR)]


def test_capture_exclusion_macos_call(qtbot, monkeypatch):
    calls = []

    class ObjC:
        def send_ptr(self, obj, sel):
            calls.append(("get", obj, sel))
            return 4242

        def send_ulong(self, obj, sel, value):
            calls.append(("set", obj, sel, value))

    monkeypatch.setattr(cx.sys, "platform", "darwin")
    monkeypatch.setattr(cx, "_objc", ObjC)
    w = QLabel("x")
    qtbot.addWidget(w)
    assert cx.set_capture_excluded(w, True) is True
    assert calls == [("get", int(w.winId()), b"window"), ("set", 4242, b"setSharingType:", 0)]


def test_every_window_shown_gets_excluded_when_the_setting_is_on(qtbot, ctx, monkeypatch):
    import iia_help.ui.panic as panic
    from iia_help.ui.app import build_main_window

    seen = []
    monkeypatch.setattr(panic, "set_capture_excluded", lambda w, on: seen.append((w, on)) or True)
    ctx.settings.exclude_from_capture = True
    window = build_main_window(ctx)
    qtbot.addWidget(window)
    ctrl = panic.install_panic(QApplication.instance(), window, ctx, watchdog=False)
    ctrl._capture_supported = True  # as on Windows/macOS
    ctrl.apply_capture_exclusion()  # as start_filtering() does there with the setting on
    try:
        window.show()
        dialog = QDialog(window)
        dialog.show()
        assert (window, True) in seen and (dialog, True) in seen
    finally:
        ctrl.stop_filtering()


# ----- settings page -----
@pytest.fixture
def page(qtbot, main_window):
    p = main_window.navigate("settings")
    assert type(p).__name__ == "SettingsPage"
    return p


def saved(ctx):
    return load_settings(ctx.paths.settings_file)


def test_every_control_has_an_accessible_name(page):
    kinds = (QAbstractButton, QComboBox, QLineEdit, QSpinBox, QKeySequenceEdit)
    compound = QComboBox | QKeySequenceEdit | QSpinBox  # their inner parts are named by the outer control

    def inside_compound(w):
        p = w.parentWidget()
        while p is not None and p is not page:
            if isinstance(p, compound):
                return True
            p = p.parentWidget()
        return False

    controls = [w for w in page.findChildren(QWidget) if isinstance(w, kinds) and not inside_compound(w)]
    assert len(controls) > 10
    unnamed = [w for w in controls if not w.accessibleName() and w.isVisibleTo(page)]
    assert unnamed == []


def test_panic_key_setting(qtbot, page, ctx, main_window):
    assert page.set_panic_key("F9")
    assert ctx.settings.panic_key == "F9" and saved(ctx).panic_key == "F9"
    assert "F9" in main_window.panic_hint.text()
    assert not page.set_panic_key("a")  # a typing key is refused with a message
    assert "typing" in page.key_message.text()
    assert not page.set_panic_key("Ctrl+C")
    assert saved(ctx).panic_key == "F9"
    assert page.key_edit.keySequence().toString() == "F9"


def test_panic_key_captured_by_pressing_it(qtbot, page, ctx):
    page.key_edit.setFocus()
    qtbot.keyClick(page.key_edit, Qt.Key.Key_F8)
    qtbot.waitUntil(lambda: ctx.settings.panic_key == "F8", timeout=3000)
    assert saved(ctx).panic_key == "F8"


def test_triple_shift_and_after_panic(qtbot, page, ctx, main_window):
    page.triple_shift.setChecked(False)
    assert saved(ctx).panic_triple_shift is False
    assert "Shift" not in main_window.panic_hint.text()
    page.after_buttons["decoy"].click()
    assert saved(ctx).after_panic == "decoy"
    page.after_buttons["minimise"].click()
    assert saved(ctx).after_panic == "minimise"


def test_identity_applies_at_once(qtbot, page, ctx, main_window):
    page.title_combo.setCurrentText("My reading list")
    page.title_combo.lineEdit().editingFinished.emit()
    assert main_window.windowTitle() == "My reading list"
    assert QApplication.applicationDisplayName() == "My reading list"
    assert saved(ctx).window_title == "My reading list"
    page.title_combo.setCurrentIndex(page.title_combo.findText("Reader"))
    page.title_combo.activated.emit(page.title_combo.currentIndex())
    assert main_window.windowTitle() == "Reader"
    page.set_window_title("   ")  # an empty name is refused
    assert main_window.windowTitle() == "Reader"
    page.icon_combo.setCurrentIndex(page.icon_combo.findData("circle"))
    assert saved(ctx).icon == "circle"
    assert page.icon_combo.itemIcon(0).isNull() is False


def test_other_settings_save(qtbot, page, ctx):
    page.autolock.setValue(0)
    assert page.autolock.text() == "Never" and saved(ctx).autolock_minutes == 0
    page.region_combo.setCurrentIndex(page.region_combo.findData("scotland"))
    assert saved(ctx).region == "scotland"
    page.audience_combo.setCurrentIndex(page.audience_combo.findData("worker"))
    assert saved(ctx).audience == "worker"
    page.capture_box.setChecked(True)
    assert saved(ctx).exclude_from_capture is True
    before = QApplication.instance().styleSheet()
    page.high_contrast.setChecked(True)
    page.large_text.setChecked(True)
    assert saved(ctx).high_contrast and saved(ctx).large_text
    assert QApplication.instance().styleSheet() != before


def test_guest_session_changes_are_not_saved(qtbot, ctx, main_window):
    ctx.guest = True
    p = main_window.navigate("settings")
    p.set_panic_key("F7")
    p.high_contrast.setChecked(True)
    assert ctx.settings.panic_key == "F7"
    assert not ctx.paths.settings_file.exists()
    assert "session" in p.status.text()


def test_add_section_goes_above_remove_everything(qtbot, page):
    box = page.add_section("Support worker", QLabel("worker things"))
    col = page._column
    assert col.indexOf(box) < col.indexOf(page._wipe_box)
    assert box.title() == "Support worker"


def test_remove_everything_from_settings(qtbot, page, ctx, monkeypatch, tmp_path):
    from iia_help.vault import Vault

    quits = []
    monkeypatch.setattr(type(page), "_quit", lambda self: quits.append(1))
    ctx.save_settings()
    Vault.create(ctx.paths.vault_file, "a long enough passphrase", calibrate=False).close()
    outside = tmp_path / "keep.txt"
    outside.write_text("keep")
    assert not page.wipe_button.isEnabled()
    page.wipe_confirm.setText("delete me")
    assert not page.wipe_button.isEnabled()
    qtbot.keyClicks(page.wipe_confirm, "")
    page.wipe_confirm.setText("DELETE")
    assert page.wipe_button.isEnabled()
    page.wipe_button.click()
    assert not ctx.paths.data_dir.exists()
    assert outside.read_text() == "keep"
    box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
    assert "removed" in box.text()
    box.accept()
    assert quits == [1]
    # Nothing is written again after the wipe.
    page.high_contrast.setChecked(not page.high_contrast.isChecked())
    assert not ctx.paths.data_dir.exists()


def test_settings_page_hooks(qtbot, page):
    page.wipe_confirm.setText("DELETE")
    page.panic_cleanup()
    page.reset_to_home()
    assert page.wipe_confirm.text() == "" and not page.wipe_button.isEnabled()


# ----- portable mode -----
def test_marker_file_switches_on_portable_mode(tmp_path, monkeypatch):
    import iia_help.paths as paths

    app = tmp_path / "stick" / "app"
    app.mkdir(parents=True)
    monkeypatch.setattr(paths, "app_dir", lambda: app)
    assert resolve_paths().portable is False
    (app / "portable.txt").write_text("")
    p = resolve_paths()
    assert p.portable and p.data_dir == app / "Data"


@pytest.mark.parametrize("how", ["flag", "marker"])
def test_portable_session_writes_nothing_under_home(tmp_path, isolated_user_dirs, how):
    app = tmp_path / "stick" / "app"
    app.mkdir(parents=True)
    app_args: tuple[str, ...] = ("--portable",) if how == "flag" else ()
    if how == "marker":
        (app / "portable.txt").write_text("")
    r = subprocess.run([sys.executable, str(CHILD), "--app-dir", str(app), "--", *app_args],
                       env=subprocess_env(isolated_user_dirs), capture_output=True, text=True, timeout=300)
    assert r.returncode == 0 and "RC 0" in r.stdout, r.stdout + r.stderr
    assert "SESSION-ERROR" not in r.stdout
    assert list_files(tmp_path / "user") == []
    assert sorted(p.name for p in list_files(app / "Data")) == ["notes.db", "settings.json"]


def test_stale_safe_write_temps_are_tidied_but_fresh_ones_are_left(tmp_path):
    """A process killed mid-write leaves a .tmp-* file; the next start removes it, but never one another copy of
    the app may still be writing, nor anything else in the folder."""
    import os
    import time

    from iia_help.fsutil import remove_stale_temps

    folder = tmp_path / "data"
    folder.mkdir()
    old = folder / ".tmp-0a1b2c3d4e5f"
    old_wal = folder / ".tmp-0a1b2c3d4e5f-wal"
    fresh = folder / ".tmp-ffeeddccbbaa"
    keep = folder / "notes.db"
    for p in (old, old_wal, fresh, keep):
        p.write_bytes(b"x")
    hour_ago = time.time() - 3600
    for p in (old, old_wal, keep):
        os.utime(p, (hour_ago, hour_ago))
    assert sorted(remove_stale_temps(folder)) == [old.name, old_wal.name]
    assert sorted(p.name for p in folder.iterdir()) == sorted([fresh.name, keep.name])
    assert remove_stale_temps(tmp_path / "missing") == []
