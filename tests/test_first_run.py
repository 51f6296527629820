"""First run: help first, then short optional questions one at a time at the foot of the window; none blocks."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QScrollBar

from iia_help.settings import load_settings
from iia_help.ui.first_run import BAR_NAME, FirstQuestions, install_first_questions, needs_questions
from iia_help.worker_mode import handouts_prominent


def fresh(ctx):
    ctx.settings.region = ""
    ctx.settings.audience = ""
    ctx.settings.age_group = ""
    ctx.settings.intro_done = False
    return ctx


def bar_of(window) -> FirstQuestions:
    bar = install_first_questions(window.ctx, window)
    assert bar is not None and bar.objectName() == BAR_NAME
    return bar


def test_not_asked_of_someone_who_answered_before_nor_in_a_guest_session(qtbot, ctx, main_window):
    assert not needs_questions(ctx)  # the fixture's person chose who uses the app (an older version's answers)
    assert install_first_questions(ctx, main_window) is None
    fresh(ctx)
    ctx.guest = True
    assert not needs_questions(ctx)
    ctx.guest = False
    assert needs_questions(ctx)
    ctx.settings.intro_done = True
    assert not needs_questions(ctx)


def test_help_is_on_screen_while_the_questions_wait(qtbot, ctx, main_window):
    fresh(ctx)
    bar = bar_of(main_window)
    guidance = main_window.navigate("guidance")
    assert bar.isVisible() and guidance.isVisible() and guidance.browser.isVisible()
    assert "Do not pay" in guidance.browser.toPlainText()
    assert not any(isinstance(w, QDialog) and w.isVisible() for w in QApplication.topLevelWidgets())
    # The bar sits below the page, so the help is read first.
    assert bar.mapTo(main_window, bar.rect().topLeft()).y() > guidance.mapTo(main_window, guidance.rect().topLeft()).y()


def test_the_shared_computer_question_comes_first_and_says_how_to_hide(qtbot, ctx, main_window):
    fresh(ctx)
    bar = bar_of(main_window)
    assert bar.step == "shared"
    text = bar.title.text() + " " + bar.explain.text()
    assert "anyone else use this computer" in text
    assert "F12" in text and "Shift 3 times" in text and "Quick exit" in text
    ctx.settings.panic_key = "F9"
    ctx.settings.panic_triple_shift = False
    bar2 = FirstQuestions(ctx, main_window)
    qtbot.addWidget(bar2)
    assert "F9" in bar2.explain.text() and "Shift" not in bar2.explain.text()


def test_yes_turns_on_the_plain_start_page_and_each_answer_is_saved_at_once(qtbot, ctx, main_window):
    fresh(ctx)
    ctx.region_guess = "uk"
    bar = bar_of(main_window)
    qtbot.mouseClick(bar.buttons["yes"], Qt.MouseButton.LeftButton)
    assert load_settings(ctx.paths.settings_file).start_screen == "notes"
    assert bar.step == "audience" and "Notes" in bar.note.text() and bar.note.isVisible()
    qtbot.mouseClick(bar.buttons["self"], Qt.MouseButton.LeftButton)
    saved = load_settings(ctx.paths.settings_file)
    assert saved.audience == "self" and not saved.guest_sessions and not handouts_prominent(saved)
    assert bar.step == "age"
    qtbot.mouseClick(bar.buttons["under-18"], Qt.MouseButton.LeftButton)
    saved = load_settings(ctx.paths.settings_file)
    assert saved.age_group == "under-18" and saved.intro_done
    assert not bar.isVisible()
    assert "Childline" in main_window.page("guidance").current_html()  # the page followed the answer


def test_no_and_skip_change_nothing_and_the_bar_goes_for_good(qtbot, ctx, main_window):
    fresh(ctx)
    ctx.settings.start_screen = ""
    bar = bar_of(main_window)
    qtbot.mouseClick(bar.buttons["no"], Qt.MouseButton.LeftButton)
    assert bar.step == "audience"
    qtbot.mouseClick(bar.buttons["skip"], Qt.MouseButton.LeftButton)
    assert bar.step == "age"
    qtbot.mouseClick(bar.buttons["skip"], Qt.MouseButton.LeftButton)
    saved = load_settings(ctx.paths.settings_file)
    assert saved.intro_done and saved.start_screen == "" and saved.audience == "" and saved.age_group == ""
    assert not needs_questions(ctx) and not bar.isVisible()


def test_a_support_worker_gets_guest_sessions_and_no_age_question(qtbot, ctx, main_window):
    fresh(ctx)
    bar = bar_of(main_window)
    qtbot.mouseClick(bar.buttons["skip"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(bar.buttons["worker"], Qt.MouseButton.LeftButton)
    saved = load_settings(ctx.paths.settings_file)
    assert saved.audience == "worker" and saved.guest_sessions and handouts_prominent(saved)
    assert saved.age_group == "" and saved.intro_done and not bar.isVisible()


def test_a_guest_session_answer_is_not_written(qtbot, ctx, main_window):
    fresh(ctx)
    ctx.guest = True
    bar = FirstQuestions(ctx, main_window)
    qtbot.addWidget(bar)
    bar.buttons["yes"].click()
    assert ctx.settings.start_screen == "notes"
    assert not ctx.paths.settings_file.exists()


def test_after_the_questions_the_focus_is_on_the_page_never_on_quick_exit(qtbot, ctx, main_window):
    fresh(ctx)
    main_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main_window)
    bar = bar_of(main_window)
    guidance = main_window.navigate("guidance")
    bar.buttons["no"].setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is bar.buttons["no"])
    qtbot.keyClick(bar.buttons["no"], Qt.Key.Key_Space)
    assert bar.isAncestorOf(QApplication.focusWidget())  # the next question keeps the keyboard
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)  # "For myself"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)  # "Yes, I'm under 18"
    focus = QApplication.focusWidget()
    assert focus is not main_window.quick_exit_button
    assert focus is guidance.browser


def test_the_questions_fit_a_small_screen_without_a_sideways_scroll_bar(qtbot, ctx, main_window):
    fresh(ctx)
    main_window.resize(1024, 768)
    bar = bar_of(main_window)
    main_window.navigate("guidance")
    for step in ("shared", "audience", "age"):
        bar._show(step)
        qtbot.wait(1)
        QApplication.processEvents()
        assert bar.width() <= main_window.width()
        assert all(b.isVisible() and bar.rect().contains(b.geometry()) for b in bar.buttons.values()), step
        sideways = main_window.page_scroll.horizontalScrollBar()
        assert not (sideways.isVisible() and sideways.maximum() > 0), step
        assert not any(isinstance(s, QScrollBar) and s.orientation() == Qt.Orientation.Horizontal and s.isVisible()
                       and s.maximum() > 0 for s in main_window.findChildren(QScrollBar)), step
        assert bar.height() < 200, (step, bar.height())
