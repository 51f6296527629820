"""Every dialog the app opens is shown without Qt modality (ui/modal.py): the window behind is made inert by the
app itself, Quick exit stays clickable, and a panic key pressed in the window behind still reaches the app's
panic filter. That is what makes Quick exit work behind a dialog on Wayland and macOS, where no native filter can
read the events Qt would drop. The same on a real X server: tests/test_panic_x11_modal.py (slow); on a real Wayland
compositor: tests/test_panic_wayland.py (slow)."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QShortcut
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QMessageBox, QWidget

from iia_help.ui import modal
from iia_help.ui.common.dialog_helpers import DialogTracker, ask, inform

from conftest import REPO

PASSPHRASE = "lamp river orange cloud"


def key(target, k, mods=Qt.KeyboardModifier.NoModifier) -> None:
    """A key press and release typed in ``target``'s window, as Qt delivers one from the window system: to the
    window first (which passes it on to its focus widget), so the app's filter sees it exactly as a real key."""
    for t in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(target.window().windowHandle(), QKeyEvent(t, k, mods))


def _journal_page(win):
    from iia_help.journal import Journal
    from iia_help.vault import Vault

    if getattr(win, "test_vault", None) is None:
        win.ctx.paths.ensure_data_dir()
        win.test_vault = Vault.create(win.ctx.paths.vault_file, PASSPHRASE, calibrate=False)
    return win.test_vault, Journal(win.test_vault)


def _export(win):
    from iia_help.ui.journal.export_dialog import ExportDialog

    _vault, journal = _journal_page(win)
    modal.exec_dialog(ExportDialog(win.ctx, journal, win))


def _passphrase(win):
    from iia_help.ui.journal.passphrase import ChangePassphraseDialog

    vault, _ = _journal_page(win)
    modal.exec_dialog(ChangePassphraseDialog(vault, DialogTracker(), win))


def _busy(win):
    import threading

    from iia_help.ui.journal.passphrase import run_busy

    never = threading.Event()
    run_busy(win, DialogTracker(), "Opening…", lambda _task: never.wait(30))
    never.set()


def _history(win):
    from iia_help.ui.journal.history import HistoryDialog

    _vault, journal = _journal_page(win)
    modal.exec_dialog(HistoryDialog(journal.journal_id, journal.custody_log(), win))


def _file(win):
    from iia_help.ui import dialogs

    dialogs.open_files(win, "Choose a file", directory=str(win.ctx.paths.data_dir.parent))


def _print(win):
    from iia_help.ui.printing import print_html

    print_html(win, "<p>Support contacts</p>", "Support contacts")


def _link(win):
    from iia_help.ui.links import confirm_and_open_link

    confirm_and_open_link(win, "https://example.org/")


def _centre_lock(win):
    from iia_help.ui.support.centre_lock import CentreLockDialog

    modal.exec_dialog(CentreLockDialog(win.ctx, win, setting=True))


def _end_session(win):
    from iia_help.ui.support.session import EndSessionDialog

    modal.open_dialog(EndSessionDialog([], win))


#: Each way the app opens a dialog, as the app itself calls it (the blocking ones run until the panic ends them).
OPENERS: dict[str, Callable] = {
    "ask": lambda w: ask(w, None, "Delete this entry?", "It will be removed.", "Delete"),
    "inform": lambda w: inform(w, None, "Saved", "Your entry is saved."),
    "file": _file,
    "print": _print,
    "export": _export,
    "passphrase": _passphrase,
    "busy": _busy,
    "history": _history,
    "link": _link,
    "centre-lock": _centre_lock,
    "end-session": _end_session,
}


def run_with_dialog(qtbot, win, kind: str, action: Callable) -> dict:
    """Open dialog ``kind`` the app's way; once it is on screen, check the window behind and run ``action``."""
    seen: dict = {}

    def check() -> None:
        if not shiboken6.isValid(win) or "dialog" in seen:
            return
        shown = [d for d in modal.open_dialogs() if d.isVisible()]
        if not shown:
            QTimer.singleShot(10, check)
            return
        d = shown[-1]
        seen["dialog"] = d
        seen["modal_widget"] = QApplication.activeModalWidget()
        seen["blocked"] = set(win.ctrl.blocked_windows)
        seen["modality"] = d.windowModality()
        seen["inert"] = modal.inert_windows()
        seen["content_enabled"] = win.stack.isEnabled() if hasattr(win, "stack") else None
        seen["quick_exit_enabled"] = win.quick_exit_button.isEnabled()
        seen["title"] = d.windowTitle()
        action(d)

    QTimer.singleShot(0, check)
    OPENERS[kind](win)
    qtbot.waitUntil(lambda: "dialog" in seen)
    return seen


@pytest.mark.parametrize("kind", list(OPENERS))
def test_a_panic_key_in_the_window_behind_any_dialog_hides_everything(qtbot, win, exits, kind):
    seen = run_with_dialog(qtbot, win, kind, lambda d: key(win, Qt.Key.Key_F12))
    qtbot.waitUntil(lambda: not win.isVisible())
    assert seen["modal_widget"] is None and seen["blocked"] == set()  # Qt blocked nothing
    assert seen["modality"] == Qt.WindowModality.NonModal
    assert seen["inert"] == [win]  # the app made the window behind inert itself
    assert seen["content_enabled"] is False and seen["quick_exit_enabled"] is True
    assert not shiboken6.isValid(seen["dialog"]) or not seen["dialog"].isVisible()
    assert exits == [0] and win.ctrl.last_path == "qt"


@pytest.mark.parametrize("kind", ["ask", "file", "export", "history", "end-session"])
def test_quick_exit_behind_a_dialog_is_a_plain_click(qtbot, win, exits, kind):
    seen = run_with_dialog(qtbot, win, kind,
                           lambda d: qtbot.mouseClick(win.quick_exit_button, Qt.MouseButton.LeftButton))
    qtbot.waitUntil(lambda: not win.isVisible())
    assert not shiboken6.isValid(seen["dialog"]) or not seen["dialog"].isVisible()
    assert exits == [0]
    assert win.ctrl.panic_count == 1


def test_triple_shift_in_the_window_behind_a_dialog(qtbot, win, exits):
    def shifts(_d):
        for _ in range(3):
            key(win, Qt.Key.Key_Shift)

    run_with_dialog(qtbot, win, "ask", shifts)
    qtbot.waitUntil(lambda: not win.isVisible())
    assert exits == [0]


def test_every_dialog_title_is_the_neutral_window_title(qtbot, win, kind_titles=None):
    before = QApplication.applicationDisplayName()
    QApplication.instance().setApplicationDisplayName("Study notes")
    titles = {}
    try:
        for kind in OPENERS:
            seen = run_with_dialog(qtbot, win, kind, lambda d: d.reject())
            titles[kind] = seen["title"]
            qtbot.waitUntil(lambda: not modal.open_dialogs())
    finally:
        QApplication.instance().setApplicationDisplayName(before)
    assert set(titles.values()) == {"Study notes"}, titles


def test_the_window_behind_is_put_back_as_it_was(qtbot, win):
    win.navigate("settings")
    page = win.page("settings")
    page.setFocus()
    focus = win.focusWidget()
    shortcuts = [s for s in win.findChildren(QShortcut) if s.isEnabled()]
    assert shortcuts  # Ctrl+1..4
    during: dict = {}

    def look(d):
        during["shortcuts"] = [s.isEnabled() for s in shortcuts]
        during["focus_on_quick_exit"] = win.quick_exit_button.hasFocus()
        during["closed"] = win.close()  # its title bar's close button: refused while the dialog is there
        during["window_visible"] = win.isVisible()
        d.reject()

    run_with_dialog(qtbot, win, "ask", look)
    qtbot.waitUntil(lambda: not modal.inert_windows())
    assert during["shortcuts"] == [False] * len(shortcuts)
    assert during["closed"] is False and during["window_visible"] is True
    assert during["focus_on_quick_exit"] is False  # Enter or Space behind the dialog never presses it by chance
    assert all(s.isEnabled() for s in shortcuts)
    assert win.stack.isEnabled() and win.quick_exit_button.isEnabled()
    assert win.focusWidget() is focus


def test_two_dialogs_in_front_of_one_window_keep_it_inert_until_both_are_gone(qtbot, win):
    a = QMessageBox(QMessageBox.Icon.Information, "a", "first", QMessageBox.StandardButton.Ok, win)
    b = QMessageBox(QMessageBox.Icon.Information, "b", "second", QMessageBox.StandardButton.Ok, win)
    modal.open_dialog(a)
    modal.open_dialog(b)
    assert modal.inert_windows() == [win] and modal.open_dialogs() == [a, b]
    a.accept()
    qtbot.wait(0)
    QApplication.processEvents()
    assert modal.inert_windows() == [win] and not win.stack.isEnabled()
    b.accept()
    qtbot.waitUntil(lambda: modal.inert_windows() == [])
    assert win.stack.isEnabled()


def test_a_dialog_from_a_dialog_makes_both_windows_behind_inert(qtbot, win, exits):
    outer = QDialog(win)
    modal.open_dialog(outer)
    seen = {}

    def inner_open(d):
        seen["inert"] = set(modal.inert_windows())
        key(win, Qt.Key.Key_F12)

    box = QMessageBox(QMessageBox.Icon.Question, "x", "inner", QMessageBox.StandardButton.Ok, outer)

    def inner_check():
        if not box.isVisible():
            QTimer.singleShot(10, inner_check)
            return
        inner_open(box)

    QTimer.singleShot(0, inner_check)
    modal.exec_dialog(box)
    assert seen["inert"] == {win, outer}
    assert not win.isVisible() and not outer.isVisible() and exits == [0]


def test_a_deleted_dialog_ends_its_loop_and_puts_the_window_back(qtbot, win):
    box = QMessageBox(QMessageBox.Icon.Information, "x", "gone soon", QMessageBox.StandardButton.Ok, win)
    QTimer.singleShot(0, lambda: box.deleteLater())
    assert modal.exec_dialog(box) == QDialog.DialogCode.Rejected.value
    qtbot.waitUntil(lambda: not modal.inert_windows())
    assert win.stack.isEnabled()


def test_results_come_back_as_exec_would_give_them(qtbot, win):
    d = QDialog(win)
    QTimer.singleShot(0, d.accept)
    assert modal.exec_dialog(d) == QDialog.DialogCode.Accepted.value
    QTimer.singleShot(0, d.reject)
    assert modal.exec_dialog(d) == QDialog.DialogCode.Rejected.value
    assert not modal.inert_windows()


# Where Qt modality may still be used: the system's own print dialog on Windows and macOS (Qt can show it only
# modally); `app.exec()` is the main loop. Anything else must go through ui/modal.py.
_ALLOWED = {("ui/printing.py", "dialog.exec()"), ("ui/app.py", "app.exec()")}
_MODAL = re.compile(r"\.exec_?\(\)|\.open\(\)|setModal\((?!False)|WindowModal|ApplicationModal|QMessageBox\.(warning|"
                    r"information|critical|question|about|aboutQt)\(|Q(Input|File|Color|Font)Dialog\.get")


def test_no_dialog_in_the_app_uses_qt_modality():
    found = []
    src = REPO / "src" / "iia_help"
    for path in sorted(src.rglob("*.py")):
        rel = path.relative_to(src).as_posix()
        if rel == "ui/modal.py":
            continue
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            code = line.split("#", 1)[0]
            for m in _MODAL.finditer(code):
                if code[:m.start()].endswith("loop"):  # a QEventLoop of our own (work in a thread): not a dialog
                    continue
                if (rel, m.group(0)) not in _ALLOWED and not _is_allowed(rel, code):
                    found.append(f"{rel}:{n}: {line.strip()}")
    assert found == []


def _is_allowed(rel: str, code: str) -> bool:
    return any(rel == r and snippet in code for r, snippet in _ALLOWED)


def test_the_checker_would_see_a_modal_call(tmp_path):
    assert _MODAL.search("box.exec()") and _MODAL.search("d.setWindowModality(Qt.WindowModality.WindowModal)")
    assert _MODAL.search("QMessageBox.warning(self, 'x', 'y')") and not _MODAL.search("exec_dialog(box)")
    assert _MODAL.search("QMessageBox.about(self, 'x', 'y')") and _MODAL.search("QColorDialog.getColor()")
    assert _MODAL.search("d.setModal(modal)") and not _MODAL.search("d.setModal(False)")
    assert _MODAL.search("QFontDialog.getFont(self)") and _MODAL.search("box.exec_()")
    assert Path(REPO / "src" / "iia_help" / "ui" / "modal.py").is_file()


def test_a_dialog_whose_parent_is_inside_the_window_stays_usable(qtbot, win):
    """A dialog's parent is often a widget deep in the page (the journal's editor): disabling the page must not
    disable the dialog with it (Qt passes a disabled state on to child windows too)."""
    win.navigate("settings")
    page = win.page("settings")
    inner = page.findChildren(QWidget)[5]
    seen = {}

    def answer():
        shown = modal.open_dialogs()
        if not shown:
            QTimer.singleShot(10, answer)
            return
        d = shown[-1]
        try:
            seen["enabled"] = d.isEnabled()
            seen["other_parts"] = [next(iter(win.nav_buttons.values())).isEnabled()]
            yes = next(b for b in d.findChildren(QAbstractButton) if b.text() == "Delete")
            qtbot.mouseClick(yes, Qt.MouseButton.LeftButton)
        except Exception as exc:  # reported below; never leave the dialog open
            seen["error"] = repr(exc)
            d.reject()

    QTimer.singleShot(0, answer)
    assert ask(inner, None, "Delete?", "It goes.", "Delete") is True
    assert seen == {"enabled": True, "other_parts": [False]}
    qtbot.waitUntil(lambda: not modal.inert_windows())
    assert win.stack.isEnabled() and inner.isEnabled()


@pytest.mark.parametrize(("env", "expected"), [
    ({"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"}, "xcb;wayland"),  # XWayland there: prefer it
    ({"XDG_SESSION_TYPE": "wayland", "DISPLAY": ":1"}, "xcb;wayland"),
    ({"WAYLAND_DISPLAY": "wayland-0"}, None),  # no XWayland: Qt's own choice (wayland), never plain xcb
    ({"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0", "QT_QPA_PLATFORM": "wayland"}, "wayland"),  # theirs
    ({"DISPLAY": ":0"}, None),  # X11 session: nothing to choose
])
def test_on_wayland_xwayland_is_preferred_unless_the_person_chose(monkeypatch, env, expected):
    from iia_help.ui.app import prefer_xwayland

    monkeypatch.setattr("sys.platform", "linux")
    env = dict(env)
    prefer_xwayland(env)
    assert env.get("QT_QPA_PLATFORM") == expected


def test_the_app_calls_itself_notes_to_the_desktop(qapp):
    from iia_help.ui.app import create_application

    app = create_application([])
    assert app is qapp
    assert (app.desktopFileName(), app.applicationName()) == ("notes", "Notes")  # Wayland app_id, WM_CLASS


def test_the_handout_window_beside_the_app_has_the_neutral_title_too(qtbot, win):
    from iia_help.ui.support.handouts import HandoutDialog

    d = HandoutDialog(win.ctx, win)
    qtbot.addWidget(d)
    assert d.windowTitle() == modal.neutral_title()
    assert d.windowTitle() != "Print or save a handout"
