"""The panic key: every trigger hides every window first, then the pages lock and tidy up, then the chosen
after-panic action runs. Plus the whole-process checks: quit really exits, no network, no traces."""

from __future__ import annotations

import subprocess
import sys
import threading
import time

import pytest
import shiboken6
from PySide6.QtCore import QEvent, QPoint, Qt, QThread, QThreadPool, QTimer
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QLineEdit, QMenu, QMessageBox, QToolTip, QVBoxLayout

import iia_help.ui.panic as panic
from iia_help.ui import clipboard

from conftest import REPO, list_files, panic_clock, subprocess_env

CHILD = REPO / "tests" / "panic_child.py"
# The offscreen test platform cannot raise windows or grab the keyboard (menus do); that is not the app's fault.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")
F12 = Qt.Key.Key_F12
SHIFT = Qt.Key.Key_Shift


class FakePage(QLabel):
    """Stands in for the journal page: records the hooks and what was visible when they ran."""

    def __init__(self, log: list, parent=None) -> None:
        super().__init__("fake journal", parent)
        self.log = log
        self.locked = False
        self.draft_sealed = False

    def panic_cleanup(self) -> None:
        visible = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        self.log.append(("cleanup", len(visible)))
        self.draft_sealed = True
        self.locked = True

    def reset_to_home(self) -> None:
        self.log.append(("reset", clipboard.holds_ours()))


@pytest.fixture
def fake_factory():
    def make(window) -> FakePage:
        page = FakePage([], window.stack)
        window._pages["journal"] = page
        window.stack.addWidget(page)
        return page

    return make


@pytest.fixture
def fake(win, fake_factory):
    return fake_factory(win)


def visible_windows() -> list:
    return [w for w in QApplication.topLevelWidgets() if w.isVisible()]


def key(target, k=F12, mods=Qt.KeyboardModifier.NoModifier, *, repeat=False) -> None:
    """A full key press and release typed in ``target`` as the window system delivers it (ShortcutOverride
    first): to ``target``'s window, which passes it on to its focus widget (``target``, given the focus first)."""
    for t in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(to_window(target), QKeyEvent(t, k, mods, "", repeat))


def to_window(target):
    """The native window a key typed in ``target`` reaches first: ``target``'s window, once the window system has
    given it the keyboard focus (as it has before anyone can type there); ``target`` gets the focus in it."""
    window = target.window()
    handle = window.windowHandle()
    if QGuiApplication.focusWindow() is not handle and not QApplication.activePopupWidget():
        window.activateWindow()
        deadline = time.monotonic() + 5
        while QGuiApplication.focusWindow() is not handle and time.monotonic() < deadline:
            QApplication.processEvents()
        assert QGuiApplication.focusWindow() is handle, "the window system never gave the window the focus"
    if not target.isWindow() and target.focusPolicy() != Qt.FocusPolicy.NoFocus:
        target.setFocus()
    return handle


def some_dialogs(win, qtbot):
    dialog = QDialog(win)
    dialog.setWindowTitle("a dialog")
    QVBoxLayout(dialog).addWidget(QLineEdit(dialog))
    dialog.show()
    box = QMessageBox(QMessageBox.Icon.Information, "x", "a message")
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(dialog)
    return dialog, box


@pytest.fixture
def first_frame(qtbot, ctx, exits):
    """The window as run_app shows it first: no page yet, keys watched on its native window only, no app-wide
    filter."""
    from iia_help.ui.app import build_main_window

    window = build_main_window(ctx, first_frame=True)
    qtbot.addWidget(window)
    ctrl = panic.install_panic(QApplication.instance(), window, ctx, watchdog=False, first_frame=True)
    window.show()
    qtbot.waitExposed(window)
    window.ctrl = ctrl
    yield window
    ctrl.stop_filtering()


def window_key(win, k=F12, mods=Qt.KeyboardModifier.NoModifier) -> None:
    """A key press and release the way the window system delivers them: to the native window, not a widget."""
    QTest.keyClick(win.windowHandle(), k, mods)


def test_panic_key_works_in_the_first_frame(qtbot, first_frame, exits):
    win = first_frame
    assert not win.ctrl.filtering and win.ctrl.early_keys is not None and win.built_pages() == {}
    window_key(win)
    assert visible_windows() == [] and exits == [0] and win.ctrl.panic_count == 1


def test_panic_key_works_in_the_first_frame_before_the_window_is_active(qtbot, ctx, exits):
    """A key pressed as the window appears, before the window system has made it active (a QShortcut would
    miss it)."""
    from iia_help.ui.app import build_main_window

    window = build_main_window(ctx, first_frame=True)
    qtbot.addWidget(window)
    ctrl = panic.install_panic(QApplication.instance(), window, ctx, watchdog=False, first_frame=True)
    try:
        window.show()
        assert QApplication.activeWindow() is not window  # nothing has been processed yet
        window_key(window)
        assert not window.isVisible() and exits == [0] and ctrl.panic_count == 1
    finally:
        ctrl.stop_filtering()


def test_triple_shift_works_in_the_first_frame(qtbot, first_frame, exits):
    # No ShiftModifier here: QTest would then press Shift once for the modifier and once as the key, and whether
    # the controller saw those as one press or two depended on the clock (both carry the press's timestamp only
    # when no millisecond passes between them).
    window_key(first_frame, SHIFT)
    window_key(first_frame, SHIFT)
    assert first_frame.isVisible() and exits == []  # two are not enough
    window_key(first_frame, SHIFT)
    assert visible_windows() == [] and exits == [0] and first_frame.ctrl.panic_count == 1


def test_other_keys_pass_through_in_the_first_frame(qtbot, first_frame, exits):
    first_frame.quick_exit_button.setFocus()
    window_key(first_frame, Qt.Key.Key_A)
    assert first_frame.isVisible() and exits == [] and first_frame.ctrl.panic_count == 0


def test_quick_exit_works_in_the_first_frame(qtbot, first_frame, exits):
    qtbot.mouseClick(first_frame.quick_exit_button, Qt.MouseButton.LeftButton)
    assert visible_windows() == [] and exits == [0]


def test_the_filter_takes_over_from_the_first_frame_watch(qtbot, first_frame, fake_factory, exits):
    win = first_frame
    handle, early = win.ctrl.early_keys
    win.ctrl.start_filtering()
    win.ctrl.start_filtering()  # twice is harmless
    assert win.ctrl.filtering and win.ctrl.early_keys is None
    qtbot.waitUntil(lambda: not shiboken6.isValid(early), timeout=2000)  # the early watcher is gone
    page = fake_factory(win)
    dialog, _box = some_dialogs(win, qtbot)  # the app-wide filter sees keys in any window
    key(dialog.findChild(QLineEdit))
    assert visible_windows() == [] and page.locked and exits == [0] and win.ctrl.panic_count == 1


# ----- each trigger hides everything -----
def test_f12_hides_every_window_then_cleans_up_then_quits(qtbot, win, fake, exits):
    dialog, box = some_dialogs(win, qtbot)
    clipboard.copy_text("something the app copied")
    started = []
    win.ctrl.panic_started.connect(started.append)
    key(dialog.findChild(QLineEdit))
    assert visible_windows() == []
    assert started == ["key"]
    # Cleanup ran after every window was hidden, and saw nothing visible.
    assert fake.log[0] == ("cleanup", 0)
    assert fake.draft_sealed and fake.locked
    assert ("reset", False) in fake.log  # the clipboard was already cleared when pages reset
    assert QGuiApplication.clipboard().text() == ""
    assert exits == [0]
    assert win.ctrl.latency_ns() > 0


def test_clipboard_not_ours_is_left_alone(qtbot, win, exits):
    QGuiApplication.clipboard().setText("copied from another program")
    key(win)
    assert QGuiApplication.clipboard().text() == "copied from another program"


def test_triple_shift_hides_every_window(qtbot, win, fake, exits):
    dialog, _box = some_dialogs(win, qtbot)
    edit = dialog.findChild(QLineEdit)
    key(edit, SHIFT, Qt.KeyboardModifier.ShiftModifier)
    key(edit, SHIFT, Qt.KeyboardModifier.ShiftModifier)
    assert dialog.isVisible()  # two are not enough
    key(win, SHIFT, Qt.KeyboardModifier.ShiftModifier)  # Shift in another window still counts
    assert visible_windows() == []
    assert fake.locked and exits == [0]


def test_three_shifts_with_another_key_between_do_not_trigger(qtbot, win, exits):
    edit = QLineEdit(win)
    edit.show()
    for k in (SHIFT, SHIFT, Qt.Key.Key_A, SHIFT):
        key(edit, k, Qt.KeyboardModifier.ShiftModifier)
    assert win.isVisible() and exits == []
    handle = to_window(edit)
    for ch in "Hello World ABC":  # typing capitals does not trigger either
        mods = Qt.KeyboardModifier.ShiftModifier if ch.isupper() else Qt.KeyboardModifier.NoModifier
        QTest.keyClick(handle, ch, mods)
    assert edit.text().endswith("Hello World ABC")
    assert win.isVisible() and exits == []


def test_shift_auto_repeat_and_slow_presses_do_not_trigger(qtbot, win, exits, monkeypatch):
    # Holding Shift down: one real press, then auto-repeats.
    handle = win.windowHandle()
    QApplication.sendEvent(handle, QKeyEvent(QEvent.Type.KeyPress, SHIFT, Qt.KeyboardModifier.ShiftModifier))
    for _ in range(5):
        QApplication.sendEvent(handle, QKeyEvent(QEvent.Type.KeyPress, SHIFT, Qt.KeyboardModifier.ShiftModifier,
                                                 "", True))
    QApplication.sendEvent(handle, QKeyEvent(QEvent.Type.KeyRelease, SHIFT, Qt.KeyboardModifier.NoModifier))
    assert win.isVisible()
    # Presses further apart than the time window do not add up.
    clock = panic_clock(monkeypatch)
    for _ in range(3):
        clock[0] += panic.TRIPLE_SHIFT_WINDOW_S
        key(win, SHIFT, Qt.KeyboardModifier.ShiftModifier)
    assert win.isVisible() and exits == []
    clock[0] += 0.5
    key(win, SHIFT, Qt.KeyboardModifier.ShiftModifier)
    key(win, SHIFT, Qt.KeyboardModifier.ShiftModifier)
    assert not win.isVisible()


def test_triple_shift_can_be_switched_off(qtbot, win, exits):
    win.ctx.settings.panic_triple_shift = False
    for _ in range(4):
        key(win, SHIFT, Qt.KeyboardModifier.ShiftModifier)
    assert win.isVisible() and exits == []


def test_quick_exit_button_hides_every_window(qtbot, win, fake, exits):
    some_dialogs(win, qtbot)
    qtbot.mouseClick(win.quick_exit_button, Qt.MouseButton.LeftButton)
    assert visible_windows() == []
    assert fake.locked and exits == [0]


def test_panic_key_is_configurable(qtbot, win, exits):
    win.ctx.settings.panic_key = "F9"
    key(win, F12)
    assert win.isVisible()
    key(win, Qt.Key.Key_F9)
    assert not win.isVisible()


def test_panic_key_with_modifiers(qtbot, win, exits):
    win.ctx.settings.panic_key = "Ctrl+Alt+H"
    key(win, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert win.isVisible()
    key(win, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    assert not win.isVisible()


def test_a_symbol_made_with_shift_is_the_key_not_a_modifier(qtbot, win, exits):
    """Settings accepts "Ctrl+Alt+!": Qt reports the "!" of Shift+1 with Shift among the modifiers."""
    win.ctx.settings.panic_key = "Ctrl+Alt+!"
    mods = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    key(win, Qt.Key.Key_1, mods)
    key(win, Qt.Key.Key_Exclam, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert win.isVisible()
    key(win, Qt.Key.Key_Exclam, mods | Qt.KeyboardModifier.ShiftModifier)
    assert not win.isVisible()


def test_a_letter_keeps_its_shift(qtbot, win, exits):
    win.ctx.settings.panic_key = "Ctrl+H"
    key(win, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert win.isVisible()
    key(win, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert not win.isVisible()


def test_no_panic_key_leaves_button_and_shift(qtbot, win, exits):
    win.ctx.settings.panic_key = ""
    key(win, F12)
    assert win.isVisible()
    win.update_panic_hint()
    assert "Shift" in win.panic_hint.text()


# ----- with modal loops open -----
def test_modal_dialog_exec(qtbot, win, fake, exits):
    dialog = QDialog(win)
    edit = QLineEdit(dialog)
    QVBoxLayout(dialog).addWidget(edit)
    seen = {}

    def fire():
        seen["before"] = len(visible_windows())
        key(edit)
        seen["after"] = visible_windows()

    QTimer.singleShot(100, fire)
    result = dialog.exec()
    assert seen["before"] >= 2 and seen["after"] == []
    assert result == QDialog.DialogCode.Rejected
    assert fake.locked and exits == [0]


def test_qt_file_dialog(qtbot, win, exits):
    from iia_help.ui.dialogs import open_files

    seen = {}

    def fire():
        d = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "fileDialog" and w.isVisible())
        seen["dialog"] = True
        key(d.focusWidget() or d)
        seen["after"] = visible_windows()

    QTimer.singleShot(150, fire)
    assert open_files(win, "Choose a file") == []
    assert seen == {"dialog": True, "after": []}
    assert not win.isVisible() and exits == [0]


def test_menu_popup_and_tooltip(qtbot, win, exits):
    menu = QMenu(win)
    menu.addAction("One")
    menu.addAction("Two")
    seen = {}

    def fire():
        QToolTip.showText(win.mapToGlobal(QPoint(10, 10)), "a tip", win)
        seen["menu"] = menu.isVisible()
        key(menu)
        seen["after"] = visible_windows()
        seen["tip"] = QToolTip.isVisible()

    QTimer.singleShot(100, fire)
    menu.exec(win.mapToGlobal(QPoint(20, 20)))
    assert seen == {"menu": True, "after": [], "tip": False}


def test_during_slow_worker_thread(qtbot, win, fake, exits):
    """The key derivation runs in a worker thread; the panic key still works while it runs."""
    release = threading.Event()

    class Slow(QThread):
        def run(self):
            release.wait(10)

    worker = Slow()
    worker.start()
    try:
        qtbot.wait(20)
        key(win)
        assert worker.isRunning()
        assert visible_windows() == [] and fake.locked
    finally:
        release.set()
        worker.wait()


def test_held_key_triggers_once(qtbot, win, exits):
    win.ctx.settings.after_panic = "decoy"
    started = []
    win.ctrl.panic_started.connect(started.append)
    key(win)
    for _ in range(3):
        key(win, repeat=True)
    assert started == ["key"]


# ----- after-panic modes -----
def test_decoy_mode(qtbot, win, fake, exits):
    win.ctx.settings.after_panic = "decoy"
    win.navigate("journal")
    some_dialogs(win, qtbot)
    key(win)
    decoy = win.ctrl.decoy
    assert decoy is not None and decoy.isVisible()
    assert visible_windows() == [decoy]
    assert decoy.windowTitle() == "Untitled - Notes"
    for word in ("abuse", "image", "help", "evidence", "journal"):
        assert word not in decoy.windowTitle().lower()
    assert win.current_page_name() == "guidance" and fake.locked
    assert exits == []
    decoy.close()
    qtbot.waitUntil(lambda: exits == [0])


def test_minimise_mode_restores_at_home(qtbot, win, fake, exits):
    win.ctx.settings.after_panic = "minimise"
    win.navigate("journal")
    dialog, box = some_dialogs(win, qtbot)
    key(win)
    assert win.isVisible() and win.isMinimized()
    assert not dialog.isVisible() and not box.isVisible()
    assert win.windowTitle() == win.ctx.settings.window_title
    assert win.current_page_name() == "guidance" and fake.locked
    assert exits == []
    win.showNormal()
    assert win.current_page_name() == "guidance"


def test_window_shown_by_other_code_right_after_panic_is_hidden(qtbot, win, exits):
    win.ctx.settings.after_panic = "minimise"
    key(win)
    late = QMessageBox(QMessageBox.Icon.Warning, "x", "shown after the panic")
    qtbot.addWidget(late)
    late.show()
    qtbot.waitUntil(lambda: not late.isVisible())


def test_failing_page_does_not_stop_the_panic(qtbot, win, fake, exits):
    from iia_help.ui.shell import Page

    class Broken(Page):
        def panic_cleanup(self):
            raise RuntimeError("boom")

    broken = Broken(win.ctx, win.stack)
    win._pages["aaa"] = broken
    key(win)
    assert "aaa.panic_cleanup" in win.ctrl.last_errors
    assert fake.locked and exits == [0]


def test_quit_mode_arms_the_watchdog(qtbot, win, exits, monkeypatch):
    """If the process has not gone soon after exit() (e.g. a stuck thread), the watchdog ends it."""
    monkeypatch.setattr(panic, "WATCHDOG_S", 0.05)
    win.ctrl.watchdog = True
    key(win)
    assert exits[0] == 0
    qtbot.waitUntil(lambda: ("hard", 0) in exits, timeout=3000)


def test_extra_cleanups_run(qtbot, win, exits):
    ran = []
    win.ctrl.add_cleanup(lambda: ran.append(len(visible_windows())))
    win.quick_exit("button")
    assert ran == [0]


def test_legacy_trigger_without_controller(qtbot, main_window, exits):
    """Without an installed controller, Quick exit still hides everything and exits."""
    main_window.quick_exit("button")
    assert visible_windows() == [] and exits == [0]


def test_real_journal_page(qtbot, win, exits, fake):
    """Against the real JournalPage: unlock, type, panic -> hidden, draft sealed, vault locked."""
    from iia_help.journal import Journal
    from iia_help.vault import Vault

    ctx = win.ctx
    ctx.paths.ensure_data_dir()
    Vault.create(ctx.paths.vault_file, "a long enough passphrase", calibrate=False).close()
    del win._pages["journal"]
    page = win.navigate("journal")
    page.unlock_pw.setText("a long enough passphrase")
    page.submit_unlock()
    qtbot.waitUntil(page.is_unlocked, timeout=20000)
    page.new_entry()
    page.editor.description.setPlainText("typed just before the panic")
    clipboard.copy_text("copied from the journal")
    key(page.editor.description)
    assert visible_windows() == []
    assert not page.is_unlocked() and page.vault is None
    assert QGuiApplication.clipboard().text() == ""
    assert win.ctrl.last_errors == [] and exits == [0]
    with Vault.open(ctx.paths.vault_file, "a long enough passphrase") as vault:
        draft = Journal(vault).load_draft()
    assert draft is not None and "typed just before the panic" in str(draft)


# ----- the whole process -----
def run_child(tmp_path, dirs, *extra: str, app_args: tuple[str, ...] = ()) -> tuple[subprocess.CompletedProcess,
                                                                                     float]:
    cmd = [sys.executable, str(CHILD), *extra, "--", *app_args]
    r = subprocess.run(cmd, env=subprocess_env(dirs), capture_output=True, text=True, timeout=300)
    done = time.monotonic()
    trig = [float(line.split()[1]) for line in r.stdout.splitlines() if line.startswith("TRIGGER ")]
    return r, (done - trig[0]) if trig else -1.0


@pytest.mark.real_kdf  # the child process opens what this test wrote
@pytest.mark.parametrize("trigger", ["key", "shift", "button"])
def test_quit_mode_process_exits_and_draft_was_sealed(tmp_path, isolated_user_dirs, trigger):
    from iia_help.journal import Journal
    from iia_help.vault import Vault

    sys.path.insert(0, str(REPO / "tests"))
    import panic_child

    data = tmp_path / "data"
    r, elapsed = run_child(tmp_path, isolated_user_dirs, "--trigger", trigger, app_args=("--data-dir", str(data)))
    # Qt usually returns first ("RC 0"); if it takes longer than the watchdog, the watchdog ends the process, also
    # with 0. Either way it exited after the panic; how fast is measured in benchmarks/bench_panic.py, not here.
    assert r.returncode == 0, r.stdout + r.stderr
    assert elapsed >= 0, r.stdout + r.stderr
    with Vault.open(data / "notes.db", panic_child.PASSPHRASE) as vault:
        assert Journal(vault).load_draft() == {"description": panic_child.DRAFT_MARKER}


def test_full_session_makes_no_network_calls(tmp_path, isolated_user_dirs):
    r, _ = run_child(tmp_path, isolated_user_dirs, "--audit", app_args=("--data-dir", str(tmp_path / "data")))
    assert r.returncode == 0, r.stdout + r.stderr
    assert "SESSION-ERROR" not in r.stdout, r.stdout
    assert "SOCKET-EVENTS 0" in r.stdout, r.stdout + r.stderr
    assert "SOCKET-EVENT " not in r.stderr


def test_full_session_never_imports_qtnetwork(tmp_path, isolated_user_dirs):
    r, _ = run_child(tmp_path, isolated_user_dirs, app_args=("--data-dir", str(tmp_path / "data")))
    assert r.returncode == 0 and "RC 0" in r.stdout, r.stdout + r.stderr
    assert "QTNETWORK 0" in r.stdout, r.stdout


def test_audit_hook_would_see_a_socket(tmp_path, isolated_user_dirs):
    """The network test can fail: the same hook does report a socket when one is made."""
    code = ("import sys, socket\n"
            "ev=[]\n"
            "sys.addaudithook(lambda e, a: e.startswith('socket.') and ev.append(e))\n"
            "socket.socket().close()\n"
            "print(len(ev))\n")
    r = subprocess.run([sys.executable, "-c", code], env=subprocess_env(isolated_user_dirs), capture_output=True,
                       text=True, timeout=300)
    assert int(r.stdout.strip()) > 0


def test_full_session_leaves_no_traces(tmp_path, isolated_user_dirs):
    """Default data folder under a temp HOME: afterwards only the vault and settings exist, under neutral names."""
    r, _ = run_child(tmp_path, isolated_user_dirs)
    assert r.returncode == 0 and "RC 0" in r.stdout, r.stdout + r.stderr
    assert "SESSION-ERROR" not in r.stdout
    files = list_files(tmp_path / "user")
    names = sorted(p.name for p in files)
    assert names == ["notes.db", "settings.json"], files
    for p in files:
        rel = str(p.relative_to(tmp_path / "user")).lower()
        for word in ("abuse", "iia", "journal", "evidence", "help"):
            assert word not in rel, rel
    # Nothing readable in what is left: the marker only ever went into the encrypted vault.
    sys.path.insert(0, str(REPO / "tests"))
    import panic_child

    for p in files:
        assert panic_child.MARKER.encode() not in p.read_bytes()
        assert panic_child.DRAFT_MARKER.encode() not in p.read_bytes()


def test_panic_during_real_unlock(qtbot, win, exits):
    """The key derivation is running in its worker thread when the panic key is pressed."""
    from iia_help.vault import Vault

    ctx = win.ctx
    ctx.paths.ensure_data_dir()
    Vault.create(ctx.paths.vault_file, "a long enough passphrase", calibrate=False).close()
    page = win.navigate("journal")
    page.unlock_pw.setText("a long enough passphrase")
    page.submit_unlock()
    assert page.is_busy()
    key(page)
    assert visible_windows() == [] and exits == [0]
    # Let the worker finish and its result arrive: it must be discarded, not shown.
    assert QThreadPool.globalInstance().waitForDone(120_000)
    QApplication.processEvents()
    QApplication.processEvents()
    assert not page.is_unlocked()


def test_exit_without_a_running_loop_does_not_poison_later_loops(qtbot):
    """Scripted use: exit() with no loop running must not make the next dialog's exec() return at once."""
    from iia_help.ui import hiding

    hiding.exit_app(0)  # the real one, not patched here
    dialog = QDialog()
    qtbot.addWidget(dialog)
    QTimer.singleShot(50, dialog.accept)
    assert dialog.exec() == QDialog.DialogCode.Accepted


def test_a_controller_deleted_with_its_window_leaves_nothing_behind(qtbot, ctx, exits):
    """A window deleted without stop_filtering() takes its controller along: its handlers must leave the app-wide
    filter with it (a later key once called into the deleted controller, and PySide crashed reporting the error)."""
    from iia_help.ui.app import build_main_window
    from iia_help.ui.app_filter import app_filter

    window = build_main_window(ctx)
    ctrl = panic.install_panic(QApplication.instance(), window, ctx, watchdog=False)
    events = app_filter()
    assert events.handles(ctrl)
    window.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(ctrl))
    assert not events.handles(ctrl)
    other = QLineEdit()
    qtbot.addWidget(other)
    other.show()
    qtbot.waitExposed(other)
    QTest.keyClick(other.windowHandle(), Qt.Key.Key_F12)  # nothing left to call into
    assert exits == []
