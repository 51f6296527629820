"""About this app (Settings): what the app is, offline and sending nothing, the version, the licences of what it
ships; in Welsh, Polish and Urdu, that the translation is machine-assisted and not yet checked, as the first
screen (the start page) says too."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from iia_help import __version__
from iia_help.ui.i18n import install_language


def _settings(qtbot, tmp_path):
    from iia_help.context import AppContext
    from iia_help.paths import AppPaths
    from iia_help.ui.app import build_main_window

    ctx = AppContext(AppPaths(tmp_path / "data"))
    window = build_main_window(ctx)
    qtbot.addWidget(window)
    window.show()
    return window, window.navigate("settings")


def _open_about(qtbot, settings):
    from iia_help.ui import modal
    from iia_help.ui.about import AboutDialog

    button = settings.about_button
    assert button.focusPolicy() & Qt.FocusPolicy.TabFocus  # reached with Tab
    assert button.accessibleName()
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)  # opened from the keyboard
    qtbot.waitUntil(lambda: any(isinstance(d, AboutDialog) for d in modal.open_dialogs()))
    return next(d for d in modal.open_dialogs() if isinstance(d, AboutDialog))


def _texts(dialog) -> dict[str, str]:
    from PySide6.QtWidgets import QLabel

    return {w.objectName(): w.text() for w in dialog.findChildren(QLabel) if w.objectName()}


def test_about_says_what_the_app_is_offline_version_and_licences(qtbot, tmp_path, isolated_user_dirs):
    from iia_help.ui.modal import neutral_title

    window, settings = _settings(qtbot, tmp_path)
    dialog = _open_about(qtbot, settings)
    texts = _texts(dialog)
    assert dialog.windowTitle() == neutral_title()  # a taskbar shows nothing about what it is
    assert dialog.accessibleName() == "About this app"
    assert "intimate image abuse" in texts["aboutWhat"]
    assert "sends nothing" in texts["aboutOffline"] and "never connects to a network" in texts["aboutOffline"]
    assert texts["aboutVersion"] == f"Version {__version__}"
    assert "aboutTranslation" not in texts  # English is not a translation
    licences = texts["aboutLicences"]
    for part in ("GPL-3.0-or-later", "PySide6", "LGPL-3.0-only",
                 "Noto Naskh Arabic\u2068 (the letters for Urdu)\u2069: OFL-1.1"):
        assert part in licences
    from PySide6.QtWidgets import QLabel

    for label in dialog.findChildren(QLabel):
        if label.objectName().startswith("about"):
            assert label.accessibleName() and label.focusPolicy() & Qt.FocusPolicy.TabFocus  # a reader reaches it
    assert window.quick_exit_button.isEnabled()  # the window behind is inert, Quick exit stays live
    qtbot.keyClick(dialog.close_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())


@pytest.mark.parametrize("code", ["cy", "pl", "ur"])
def test_about_and_the_first_screen_say_the_translation_is_machine_assisted(qtbot, tmp_path, qapp, code,
                                                                            isolated_user_dirs):
    from iia_help.guidance import load_library
    from iia_help.ui.about import AboutDialog

    try:
        install_language(qapp, code)
        dialog = AboutDialog()
        qtbot.addWidget(dialog)
        texts = _texts(dialog)
    finally:
        install_language(qapp, "")
    note = texts["aboutTranslation"]
    assert "machine" not in note  # in the language, not English
    first_sentence = note.split(".")[0].split("\u06d4")[0]
    home = load_library(language=code).plain_text("home")
    assert first_sentence.replace("’", "'") in home.replace("’", "'")  # the first screen says the same
    assert texts["aboutVersion"] != f"Version {__version__}" and __version__ in texts["aboutVersion"]



@pytest.mark.parametrize("code", ["en", "cy", "ur"])
def test_a_translated_start_page_says_beside_it_at_once_that_it_is_machine_assisted(qtbot, tmp_path, qapp, code,
                                                                                    isolated_user_dirs):
    """The page's own foot says it below the fold; the note beside the page is on the first screen, in the
    language, and its link opens About."""
    from iia_help.context import AppContext
    from iia_help.paths import AppPaths
    from iia_help.ui import modal
    from iia_help.ui.about import AboutDialog
    from iia_help.ui.app import build_main_window

    ctx = AppContext(AppPaths(tmp_path / "data"))
    ctx.language_command_line = code  # as --language does
    try:
        install_language(qapp, code)
        window = build_main_window(ctx)
        qtbot.addWidget(window)
        window.resize(1024, 768)
        window.show()
        qtbot.waitExposed(window)
        page = window.navigate("guidance")
        note = page.translation_note
        if code == "en":
            assert not note.isVisible()  # English is the original
            return
        qtbot.waitUntil(note.isVisible)
        assert "Machine" not in note.text() and "adviser" not in note.text()
        assert note.accessibleName() and "Machine" not in note.accessibleName()
        top_left = note.mapTo(window, note.rect().topLeft())
        assert window.rect().contains(top_left) and window.rect().contains(
            note.mapTo(window, note.rect().bottomRight()))  # seen without scrolling
        window.resize(1024, 360)  # too short for it: hidden rather than making the whole page scroll
        qtbot.waitUntil(lambda: not note.isVisible())
        window.resize(1024, 768)
        qtbot.waitUntil(note.isVisible)
        note.linkActivated.emit("about")
        qtbot.waitUntil(lambda: any(isinstance(d, AboutDialog) for d in modal.open_dialogs()))
        for d in modal.open_dialogs():
            d.close()
    finally:
        install_language(qapp, "")
