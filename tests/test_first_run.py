"""First run asks where the person lives and who is using the app, once, and saves both."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt, QTimer
from PySide6.QtWidgets import QApplication

from iia_help.contacts import REGIONS
from iia_help.settings import load_settings
from iia_help.ui import first_run
from iia_help.ui.first_run import FirstRunDialog, maybe_run_first_run
from iia_help.worker_mode import handouts_prominent


def answer_first_run(action) -> list[bool]:
    shown: list[bool] = []

    def act():
        for w in QApplication.topLevelWidgets():
            if isinstance(w, FirstRunDialog) and w.isVisible():
                shown.append(True)
                action(w)
                return
        QTimer.singleShot(10, act)

    QTimer.singleShot(10, act)
    return shown


def test_not_shown_when_region_already_chosen(qtbot, ctx, monkeypatch):
    def fail(*_args):
        raise AssertionError("the first-run dialog must not be shown")

    monkeypatch.setattr(first_run.FirstRunDialog, "exec", fail)
    maybe_run_first_run(ctx, None)
    assert ctx.settings.region == "england"


def test_first_run_saves_region_and_audience(qtbot, ctx):
    ctx.settings.region = ""
    ctx.settings.audience = ""

    def choose(d: FirstRunDialog):
        assert not d.continue_button.isEnabled()  # a region must be chosen first
        d.region_buttons["scotland"].click()
        d.audience_buttons["worker"].click()
        assert d.continue_button.isEnabled()
        d.continue_button.click()

    shown = answer_first_run(choose)
    maybe_run_first_run(ctx, None)
    assert shown == [True]
    assert (ctx.settings.region, ctx.settings.audience) == ("scotland", "worker")
    saved = load_settings(ctx.paths.settings_file)
    assert (saved.region, saved.audience) == ("scotland", "worker")
    # A support worker's choice brings its defaults with it: guest sessions on, handouts up front.
    assert saved.guest_sessions is True
    assert handouts_prominent(saved)


def test_not_now_changes_nothing_and_asks_again(qtbot, ctx):
    ctx.settings.region = ""
    shown = answer_first_run(lambda d: d.later_button.click())
    maybe_run_first_run(ctx, None)
    assert shown == [True] and ctx.settings.region == ""
    assert not ctx.paths.settings_file.exists()
    assert first_run.needs_first_run(ctx)


def test_guest_session_choice_is_not_written(qtbot, ctx):
    ctx.settings.region = ""
    ctx.guest = True

    def choose(d):
        d.region_buttons["us"].click()
        d.accept()

    answer_first_run(choose)
    maybe_run_first_run(ctx, None)
    assert ctx.settings.region == "us"
    assert not ctx.paths.settings_file.exists()


def test_dialog_is_keyboard_operable_and_named(qtbot, ctx):
    ctx.settings.region = ""
    d = FirstRunDialog(ctx)
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    d.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is d)
    assert [b.text() for b in d.region_buttons.values()] == list(REGIONS.values())
    assert "Somewhere else" in [b.text() for b in d.region_buttons.values()]
    for button in [*d.region_buttons.values(), *d.audience_buttons.values(), d.continue_button, d.later_button]:
        assert button.accessibleName() or button.text()
    first = next(iter(d.region_buttons.values()))
    assert first.hasFocus()
    qtbot.keyClick(first, Qt.Key.Key_Space)
    assert d.chosen_region() == "england"
    qtbot.keyClick(first, Qt.Key.Key_Down)  # arrows move within the group, like any radio list
    assert d.chosen_region() == "wales"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # Enter presses Continue
    assert d.result() == FirstRunDialog.DialogCode.Accepted
    assert ctx.settings.region == "wales" and ctx.settings.audience == "self"


def test_open_pages_follow_the_choice(qtbot, ctx, main_window):
    ctx.settings.region = ""
    contacts = main_window.page("contacts")

    def choose(d):
        d.region_buttons["australia"].click()
        d.accept()

    answer_first_run(choose)
    maybe_run_first_run(ctx, main_window)
    assert contacts.region() == "australia"
    assert contacts.shown_contacts()[0].phone == "000"


def test_the_questions_scroll_and_continue_stays_on_screen(qtbot, ctx):
    """Four questions are taller than a small laptop screen: the dialog never is; its questions scroll and
    Continue and Not now stay in view (they ran off a 768-px screen before)."""
    ctx.settings.region = ""
    d = FirstRunDialog(ctx)
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    avail = d.screen().availableGeometry()
    assert d.frameGeometry().height() <= avail.height()
    assert d.body.sizeHint().height() > d.questions.viewport().height()  # more questions than room: they scroll
    for button in (d.continue_button, d.later_button):
        assert button.isVisible() and button.visibleRegion().boundingRect().size() == button.size()
        assert d.rect().contains(QRect(button.mapTo(d, QPoint(0, 0)), button.size()))
