"""The app shell: window, keyboard navigation, Quick exit, --data-dir, and the core/UI split."""

from __future__ import annotations

import ast
import subprocess
import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from iia_help.ui.main_window import PAGES

from conftest import REPO, list_files, subprocess_env

SRC = REPO / "src" / "iia_help"


def core_modules() -> list:
    return [p for p in SRC.rglob("*.py") if "ui" not in p.relative_to(SRC).parts]


def test_core_modules_do_not_import_qt_widgets():
    offenders = []
    for path in core_modules():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
            if any(n.startswith("PySide6.QtWidgets") for n in names):
                offenders.append(str(path.relative_to(REPO)))
    assert offenders == []
    assert len(core_modules()) >= 5


def test_importing_the_core_loads_no_widgets(isolated_user_dirs):
    names = sorted(
        "iia_help." + ".".join(p.relative_to(SRC).with_suffix("").parts).removesuffix(".__init__")
        for p in core_modules() if p.name != "__main__.py"
    )
    code = (
        "import importlib, sys\n"
        f"for n in {names!r}:\n"
        "    importlib.import_module(n)\n"
        "bad = [m for m in sys.modules if m.startswith('PySide6.QtWidgets')]\n"
        "print('LOADED', bad)\n"
        "sys.exit(1 if bad else 0)\n"
    )
    r = subprocess.run([sys.executable, "-c", code], env=subprocess_env(isolated_user_dirs),
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stdout + r.stderr


def test_showing_the_first_page_loads_nothing_it_does_not_need(isolated_user_dirs):
    """Start-up stays lean: rendering the home page must not scan installed packages (markdown does when
    extensions are named rather than passed as objects), nor load printing or the vault."""
    code = (
        "import sys\n"
        "from iia_help.guidance import load_library\n"
        "load_library(lazy=True).render('home')\n"
        "extra = [m for m in ('importlib.metadata', 'PySide6.QtPrintSupport', 'iia_help.vault', 'cryptography')\n"
        "         if m in sys.modules]\n"
        "print('LOADED', extra)\n"
        "sys.exit(1 if extra else 0)\n"
    )
    r = subprocess.run([sys.executable, "-c", code], env=subprocess_env(isolated_user_dirs),
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stdout + r.stderr


def test_window_has_neutral_title_and_quick_exit(main_window):
    assert main_window.windowTitle() == "Notes"
    button = main_window.quick_exit_button
    assert button.isVisible() and button.text() == "Quick exit"
    assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
    for word in ("abuse", "image", "help", "evidence"):
        assert word not in main_window.windowTitle().lower()


def test_every_section_reachable_by_shortcut(qtbot, main_window):
    for i, spec in enumerate(PAGES, start=1):
        qtbot.keyClick(main_window, Qt.Key.Key_0 + i, Qt.KeyboardModifier.ControlModifier)
        assert main_window.current_page_name() == spec.name
        assert main_window.nav_buttons[spec.name].isChecked()


def test_every_section_reachable_by_tab_and_space(qtbot, main_window):
    main_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main_window)
    main_window.quick_exit_button.setFocus()
    seen = set()
    for _ in range(200):
        w = QApplication.focusWidget()
        seen.add(w)
        if all(b in seen for b in main_window.nav_buttons.values()):
            break
        qtbot.keyClick(w, Qt.Key.Key_Tab)
    for spec in PAGES:
        b = main_window.nav_buttons[spec.name]
        assert b in seen, f"{spec.name} is not reachable with Tab"
        b.setFocus()
        qtbot.keyClick(b, Qt.Key.Key_Space)
        assert main_window.current_page_name() == spec.name


def test_quick_exit_hides_every_window(qtbot, main_window):
    dialog = QDialog(main_window)
    dialog.setWindowTitle("a dialog")
    dialog.show()
    box = QMessageBox(QMessageBox.Icon.Information, "x", "a message")
    box.show()
    qtbot.addWidget(box)
    assert dialog.isVisible() and box.isVisible()
    qtbot.mouseClick(main_window.quick_exit_button, Qt.MouseButton.LeftButton)
    visible = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert visible == []


def test_data_dir_is_honoured_by_the_whole_process(tmp_path, isolated_user_dirs):
    """Run the real app process with --data-dir through a whole session (every page, the journal, settings, then
    the panic key); nothing may appear under HOME or the temp folder. The child says when it is done, so this
    does not depend on how long start-up takes."""
    data = tmp_path / "chosen"
    before = set(list_files(tmp_path / "user"))
    r = subprocess.run([sys.executable, str(REPO / "tests" / "panic_child.py"), "--", "--data-dir", str(data)],
                       env=subprocess_env(isolated_user_dirs), capture_output=True, text=True, timeout=300)
    assert r.returncode == 0 and "RC 0" in r.stdout and "SESSION-ERROR" not in r.stdout, r.stdout + r.stderr
    assert (data / "notes.db").is_file() and (data / "settings.json").is_file()  # the session did write, there
    after = set(list_files(tmp_path / "user"))
    assert after - before == set()


def test_settings_land_in_data_dir_only(tmp_path, ctx, isolated_user_dirs):
    ctx.settings.window_title = "Reader"
    ctx.save_settings()
    assert ctx.paths.settings_file.is_file()
    assert list_files(tmp_path / "user") == []
    for p in list_files(ctx.paths.data_dir):
        for word in ("abuse", "iia", "journal", "evidence", "help"):
            assert word not in str(p.relative_to(tmp_path)).lower()


def test_default_data_dir_name_is_neutral(isolated_user_dirs):
    from iia_help.paths import resolve_paths

    paths = resolve_paths()
    assert str(paths.data_dir).startswith(str(isolated_user_dirs["HOME"]))
    for word in ("abuse", "iia", "journal", "evidence", "help"):
        assert word not in str(paths.data_dir).lower()
        assert word not in paths.vault_file.name and word not in paths.settings_file.name


def test_version_flag(isolated_user_dirs):
    from iia_help import __version__

    r = subprocess.run([sys.executable, "-m", "iia_help", "--version"], env=subprocess_env(isolated_user_dirs),
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 0 and __version__ in r.stdout


def test_self_test_passes_offscreen(tmp_path, isolated_user_dirs):
    """The packaging script runs this on the frozen build; from source it must pass and write nothing to HOME."""
    before = set(list_files(tmp_path / "user" / "home"))
    r = subprocess.run([sys.executable, "-m", "iia_help", "--self-test"], env=subprocess_env(isolated_user_dirs),
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "self-test passed" in r.stdout
    for check in ("guidance", "vault", "window"):
        assert f"ok   {check}" in r.stdout
    assert set(list_files(tmp_path / "user" / "home")) == before


def test_keyboard_navigation_lands_on_something_usable_and_the_window_fits_small_screens(qtbot, main_window):
    """Ctrl+1..4 put the focus inside the section (typing works at once), and with every section built the
    window still fits a 1024-pixel-wide laptop screen."""
    from PySide6.QtWidgets import QApplication

    expected = {"guidance": "guidanceText", "journal": None}
    for i, name in enumerate(("guidance", "contacts", "journal", "settings"), start=1):
        qtbot.keyClick(main_window, Qt.Key(Qt.Key.Key_0 + i), Qt.KeyboardModifier.ControlModifier)
        page = main_window.built_pages()[name]
        focused = QApplication.focusWidget()
        assert focused is not None and page.isAncestorOf(focused), (name, focused)
        if name in expected and expected[name]:
            assert focused.objectName() == expected[name]
    journal = main_window.built_pages()["journal"]
    main_window.navigate("journal", focus=True)
    assert QApplication.focusWidget() is journal.intro_text  # no journal yet: its three-sentence explanation
    assert main_window.minimumSizeHint().width() <= 1000


def test_a_locked_journal_takes_the_passphrase_straight_away(qtbot, ctx, main_window):
    from PySide6.QtWidgets import QApplication

    from iia_help.vault import Vault

    ctx.paths.ensure_data_dir()
    Vault.create(ctx.paths.vault_file, "a long enough passphrase", calibrate=False).close()
    qtbot.keyClick(main_window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    journal = main_window.built_pages()["journal"]
    assert QApplication.focusWidget() is journal.unlock_pw


def test_deferred_start_up_work_runs_once_after_the_first_frame(qtbot):
    """run_app defers worker mode and the first-run questions until the window has painted once."""
    from PySide6.QtWidgets import QWidget

    from iia_help.ui.app import _call_after_first_paint

    shown, calls = QWidget(), []
    qtbot.addWidget(shown)
    _call_after_first_paint(shown, lambda: calls.append(shown.isVisible()), fallback_ms=5000)
    assert calls == []
    shown.show()
    qtbot.waitUntil(lambda: calls == [True], timeout=3000)
    shown.update()
    qtbot.wait(50)
    assert calls == [True]  # once only, not on every paint
    never, late = QWidget(), []  # never shown (e.g. started minimised): the fallback still runs it
    qtbot.addWidget(never)
    _call_after_first_paint(never, lambda: late.append(1), fallback_ms=30)
    qtbot.waitUntil(lambda: late == [1], timeout=3000)


def run_start_probe(tmp_path, dirs, probe: str, settings_json: str, prefixes: tuple[str, ...]) -> list[str]:
    """Start the real app (``probe`` wraps cli.main and reports its start-up) with ``settings_json`` in a fresh data
    folder; returns the reported lines that start with ``prefixes``."""
    data = tmp_path / "data"
    data.mkdir()
    (data / "settings.json").write_text(settings_json, encoding="utf-8")
    env = {**subprocess_env(dirs), "IIA_BENCH_EXIT_AFTER_SHOW": "paint"}
    r = subprocess.run([sys.executable, "-c", probe, str(data)], env=env, capture_output=True, text=True,
                       timeout=300)
    assert r.returncode == 0, r.stdout + r.stderr
    return [ln for ln in r.stdout.splitlines() if ln.startswith(prefixes)]


FIRST_FRAME_PROBE = """
import sys
import PySide6.QtCore as QtCore
from iia_help.ui import app as A
from iia_help.ui import panic



def marker(app, window, mode):
    def report():
        ctrl = panic.current_controller()
        print("FIRST-FRAME qt-namespace=%s filtering=%s early-keys=%s pages=%s" % (
            "Qt" in QtCore.__dict__, ctrl.filtering, ctrl.early_keys is not None,
            sorted(window.built_pages())), flush=True)

    def later(tries=[100]):
        ctrl = panic.current_controller()
        tries[0] -= 1
        if not ctrl.filtering and tries[0] > 0:  # it starts once the first page has painted
            QtCore.QTimer.singleShot(50, later)
            return
        print("AFTER filtering=%s early-keys=%s pages=%s current=%s" % (
            ctrl.filtering, ctrl.early_keys is not None, sorted(window.built_pages()),
            window.current_page_name()), flush=True)
        app.quit()

    def first_paint():
        report()
        QtCore.QTimer.singleShot(0, later)

    A._call_after_first_paint(window, first_paint, fallback_ms=None)


A._bench_marker = marker
from iia_help.cli import main
main(["--data-dir", sys.argv[1]])
"""


def test_the_first_frame_shows_the_page_and_the_filter_follows(tmp_path, isolated_user_dirs):
    """run_app's first frame shows what the person will read (issue 23: no empty window first): the guidance
    page is built before the window is shown. No app-wide Python event filter runs yet (it costs ~25 ms on a
    first show); keys are watched on the main window's native window, so the panic keys work from that frame;
    once it is on screen the filter takes over. (The discreet start's plain page stays as light as a bare
    window: tests/test_calm.py.)"""
    lines = run_start_probe(tmp_path, isolated_user_dirs, FIRST_FRAME_PROBE,
                            '{"region": "scotland", "audience": "self"}', ("FIRST-FRAME", "AFTER"))
    assert lines[0] == "FIRST-FRAME qt-namespace=True filtering=False early-keys=True pages=['guidance']", lines
    assert lines[1] == "AFTER filtering=True early-keys=False pages=['guidance'] current=guidance", lines


def test_a_first_frame_window_builds_its_page_when_finished(qtbot, ctx):
    from iia_help.ui.app import build_main_window, finish_start

    window = build_main_window(ctx, first_frame=True)
    qtbot.addWidget(window)
    window.show()
    assert window.built_pages() == {} and window.nav_buttons["guidance"].isChecked()
    before = window.windowIcon().cacheKey()  # the app's default: the neutral icon is drawn after the first frame
    finish_start(window)
    assert list(window.built_pages()) == ["guidance"] and window.current_page_name() == "guidance"
    assert window.windowIcon().cacheKey() != before and not window.windowIcon().isNull()
    assert window.quick_exit_button.cursor().shape() == Qt.CursorShape.PointingHandCursor
    finish_start(window)  # a second call changes nothing
    assert list(window.built_pages()) == ["guidance"]


def test_a_section_chosen_before_the_first_page_is_kept(qtbot, ctx):
    from iia_help.ui.app import build_main_window, finish_start

    window = build_main_window(ctx, first_frame=True)
    qtbot.addWidget(window)
    window.show()
    window.nav_buttons["settings"].click()
    finish_start(window)
    assert window.current_page_name() == "settings" and "guidance" not in window.built_pages()
    assert window.nav_buttons["settings"].isChecked() and not window.nav_buttons["guidance"].isChecked()


PANIC_AT_ONCE_PROBE = """
import sys
import PySide6.QtCore as QtCore
from iia_help.ui import app as A
from iia_help.ui import panic


def marker(app, window, mode):
    def panic_now():
        panic.current_controller().trigger("key")
        print("PANIC visible=%s pages=%s" % (window.isVisible(), sorted(window.built_pages())), flush=True)

    def later():
        ctrl = panic.current_controller()
        print("AFTER visible=%s filtering=%s pages=%s" % (
            window.isVisible(), ctrl.filtering, sorted(window.built_pages())), flush=True)
        app.quit()

    QtCore.QTimer.singleShot(0, panic_now)  # before the first frame has been painted
    QtCore.QTimer.singleShot(2500, later)


A._bench_marker = marker
from iia_help.cli import main
main(["--data-dir", sys.argv[1]])
"""


def test_a_panic_before_the_first_frame_still_finishes_the_start_behind_the_decoy(tmp_path, isolated_user_dirs):
    """The main window is hidden before it ever paints (decoy mode): the deferred start-up still runs (after its
    fallback delay), so the app is whole when the person comes back, and nothing shows the window again."""
    lines = run_start_probe(tmp_path, isolated_user_dirs, PANIC_AT_ONCE_PROBE,
                            '{"region": "scotland", "audience": "self", "after_panic": "decoy"}', ("PANIC", "AFTER"))
    assert lines == ["PANIC visible=False pages=['guidance']",
                     "AFTER visible=False filtering=True pages=['guidance']"], lines
