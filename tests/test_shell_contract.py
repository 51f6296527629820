"""The contract between the main window and its pages (ui/shell.py): every page is a Page, the panic path calls
each page's own panic_cleanup, nothing looks hooks up by name, and ui/ has no import circle."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from iia_help.ui.main_window import PAGES, page_class
from iia_help.ui.shell import Page, Shell
from iia_help.ui.support.takeaway import TakeAwayPage

UI = Path(__file__).resolve().parents[1] / "src" / "iia_help" / "ui"
HOOKS = ("panic_cleanup", "reset_to_home", "clear_session", "focus_first", "settings_changed", "lock")
PAGE_CLASSES = [page_class(spec) for spec in PAGES] + [TakeAwayPage]


@pytest.mark.parametrize("cls", PAGE_CLASSES, ids=lambda c: c.__name__)
def test_every_page_is_a_page_and_says_what_panic_does_to_it(cls):
    assert issubclass(cls, Page)
    # Its own panic_cleanup, even if it only goes home: renaming it must not fall back to Page's silent default.
    assert any("panic_cleanup" in vars(k) for k in cls.__mro__[: cls.__mro__.index(Page)]), cls


def test_the_panic_path_calls_each_pages_own_panic_cleanup(qtbot, main_window, ctx, monkeypatch):
    from iia_help.ui import panic

    ctx.settings.after_panic = "minimise"
    for spec in PAGES:
        main_window.navigate(spec.name)
    pages = main_window.built_pages()
    assert set(pages) == {spec.name for spec in PAGES}
    called: list[str] = []
    for name, page in pages.items():
        own = type(page).panic_cleanup
        assert own is not Page.panic_cleanup, name

        def spy(_self=page, _own=own, _name=name):
            called.append(_name)
            _own(_self)

        monkeypatch.setattr(page, "panic_cleanup", spy)
    ctrl = panic.install_panic(QApplication.instance(), main_window, ctx, watchdog=False)
    try:
        main_window.quick_exit_button.click()
    finally:
        ctrl.stop_filtering()
    assert sorted(called) == sorted(pages) and ctrl.last_errors == []
    assert not pages["journal"].is_unlocked()


def test_pages_get_the_shell_and_the_window_hands_out_the_installed_services(qtbot, main_window, ctx):
    from iia_help.ui import panic

    page = main_window.navigate("contacts")
    assert isinstance(main_window.shell, Shell) and page.shell is main_window.shell
    ctrl = panic.install_panic(QApplication.instance(), main_window, ctx, watchdog=False)
    try:
        assert main_window.shell.panic is ctrl and main_window.panic_controller is ctrl
    finally:
        ctrl.stop_filtering()


def _calls(tree: ast.AST):
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("getattr", "hasattr"):
            yield node


def test_no_page_or_window_hook_is_looked_up_by_name():
    window_attrs = {"built_pages", "navigate", "apply_identity", "update_panic_hint", "region_changed",
                    "sync_from_settings", "panic_controller", "worker_mode", "start_cover", "quick_exit_button",
                    "add_section", "refresh", "navigated", "centralWidget", *HOOKS}
    found = []
    for path in UI.rglob("*.py"):
        for call in _calls(ast.parse(path.read_text("utf-8"))):
            target = ast.unparse(call.args[0]) if call.args else ""
            name = call.args[1].value if len(call.args) > 1 and isinstance(call.args[1], ast.Constant) else None
            if name in window_attrs or any(w in target for w in ("window", "page", "panic", "parent")):
                found.append(f"{path.relative_to(UI)}:{call.lineno} {ast.unparse(call)}")
    assert found == []


def _imports(path: Path) -> set[str]:
    """Modules of iia_help.ui this file imports when it runs (imports only for type checkers do not count)."""
    tree = ast.parse(path.read_text("utf-8"))
    skip: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and ast.unparse(node.test) == "TYPE_CHECKING":
            skip |= {id(n) for n in ast.walk(node)}
    out = set()
    for node in ast.walk(tree):
        if id(node) in skip:
            continue
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("iia_help.ui"):
            out.add(node.module)
            out |= {f"{node.module}.{a.name}" for a in node.names}
        elif isinstance(node, ast.Import):
            out |= {a.name for a in node.names if a.name.startswith("iia_help.ui")}
    return out


def test_no_import_circle_in_the_ui():
    modules = {"iia_help.ui." + ".".join(p.relative_to(UI).with_suffix("").parts): p for p in UI.rglob("*.py")}
    modules = {m.removesuffix(".__init__"): p for m, p in modules.items()}
    graph = {m: {i for i in _imports(p) if i in modules and i != m} for m, p in modules.items()}
    cycles = []

    def visit(m, stack, seen):
        for n in graph[m]:
            if n in stack:
                cycles.append(stack[stack.index(n):] + [n])
            elif n not in seen:
                seen.add(n)
                visit(n, [*stack, n], seen)

    for m in graph:
        visit(m, [m], {m})
    assert cycles == [], {" -> ".join(c) for c in cycles}
