"""After a panic, the next start returns to the page that was open, kept only as a neutral id (ui/resume.py)."""

from __future__ import annotations

import json

import pytest

from iia_help.settings import load_settings
from iia_help.ui import resume
from iia_help.ui.app import build_main_window
from iia_help.ui.discreet import install_discreet_start

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def test_a_panic_keeps_a_neutral_id_and_the_next_start_returns_there(qtbot, ctx, main_window, monkeypatch):
    from iia_help.ui import hiding, panic

    monkeypatch.setattr(hiding, "exit_app", lambda code: None)
    monkeypatch.setattr(hiding, "hard_exit", lambda code: None)
    ctx.settings.after_panic = "minimise"
    ctrl = panic.install_panic(qtbot_app(), main_window, ctx, watchdog=False)
    try:
        resume.install(ctx, main_window)
        main_window.navigate("guidance").open_page("threats-sextortion")
        main_window.quick_exit("button")
    finally:
        ctrl.stop_filtering()
    raw = ctx.paths.settings_file.read_text(encoding="utf-8")
    view = json.loads(raw)["view"]
    assert view.startswith("1-") and len(view) == 10
    assert "threat" not in raw and "sextortion" not in raw  # nothing telling
    # The next start.
    again = build_main_window(load_settings_ctx(ctx))
    qtbot.addWidget(again)
    assert resume.resume(again.ctx, again)
    assert again.page("guidance").current_page_id() == "threats-sextortion"
    assert again.ctx.settings.view == "" and load_settings(ctx.paths.settings_file).view == ""  # once only


def qtbot_app():
    from PySide6.QtWidgets import QApplication

    return QApplication.instance()


def load_settings_ctx(ctx):
    from iia_help.context import AppContext

    return AppContext.load(ctx.paths)


def test_continue_on_the_plain_page_returns_to_the_page(qtbot, ctx):
    ctx.settings.start_screen = "notes"
    ctx.settings.view = "1-" + resume.page_token("evidence")
    window = build_main_window(ctx, first_frame=True)
    qtbot.addWidget(window)
    cover = install_discreet_start(window)
    window.show()
    window.finish_start()
    cover.continue_button.click()
    assert window.current_page_name() == "guidance"
    assert window.page("guidance").current_page_id() == "evidence"


@pytest.mark.parametrize("view", ["", "9", "0", "1", "1-zzzzzzzz", "1-00000000", "4-abc", "x" * 5000, "1-3fa2c91b\n"])
def test_a_bad_or_unknown_view_opens_the_start_page(qtbot, ctx, view):
    ctx.settings.view = view
    window = build_main_window(ctx)
    qtbot.addWidget(window)
    resume.resume(ctx, window)
    assert window.current_page_name() == "guidance"
    assert window.page("guidance").current_page_id() == "home"


def test_sections_other_than_guidance_are_kept_by_number(qtbot, ctx, main_window):
    main_window.navigate("contacts")
    assert resume.current_view(main_window) == "2"
    main_window.navigate("guidance").open_page("home")
    assert resume.current_view(main_window) == ""  # the start page: nothing to return to
