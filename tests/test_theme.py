"""The app follows the computer's dark mode, and high contrast wins over it."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QFrame

from iia_help.ui.theme import apply_theme


def mean_lightness(widget) -> float:
    image = widget.grab().toImage()
    total = n = 0
    for y in range(0, image.height(), 7):
        for x in range(0, image.width(), 7):
            total += QColor(image.pixel(x, y)).lightnessF()
            n += 1
    return total / n


def label_contrast(label) -> float:
    """WCAG contrast between a label's text and its background, as Qt will paint them."""

    def lum(c: QColor) -> float:
        def ch(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return 0.2126 * ch(c.redF()) + 0.7152 * ch(c.greenF()) + 0.0722 * ch(c.blueF())

    image = label.grab().toImage()
    colours = {image.pixel(x, y) for y in range(image.height()) for x in range(image.width())}
    values = sorted(lum(QColor(c)) for c in colours)
    lo, hi = values[0], values[-1]
    return (hi + 0.05) / (lo + 0.05)


def test_dark_mode_high_contrast_and_light(qtbot, ctx, main_window):
    # The window's own chrome (the reading pane follows the computer's setting itself: tests/test_ui_guidance.py).
    nav = main_window.findChild(QFrame, "navBar")
    system_palette = QApplication.palette()
    apply_theme(ctx, dark=False)
    qtbot.wait(10)
    light = mean_lightness(nav)
    apply_theme(ctx, dark=True)
    qtbot.wait(10)
    dark = mean_lightness(nav)
    assert light > 0.75 and dark < 0.3, (light, dark)
    assert label_contrast(main_window.panic_hint) >= 4.5  # the hint is still readable in the dark
    ctx.settings.high_contrast = True
    apply_theme(ctx, dark=True)  # high contrast is black on white, whatever the computer's mode
    qtbot.wait(10)
    assert mean_lightness(nav) > 0.75
    ctx.settings.high_contrast = False
    apply_theme(ctx, dark=False)
    assert QApplication.palette() == system_palette  # light mode leaves the system's own palette alone


def test_first_frame_guesses_dark_mode_from_the_palette_and_the_real_check_corrects_it(qtbot, ctx, monkeypatch):
    """run_app's first frame judges dark mode from the palette (asking Qt for the colour scheme costs ~12 ms);
    apply_theme afterwards asks properly and restyles only if the guess was wrong."""
    from PySide6.QtGui import QPalette

    import iia_help.ui.theme as theme

    app = QApplication.instance()
    system_palette = QApplication.palette()
    dark_window = QPalette(system_palette)
    dark_window.setColor(QPalette.ColorRole.Window, QColor("#202020"))
    app.setPalette(dark_window)  # as a dark desktop theme would
    try:
        assert theme.guess_dark_mode()
        apply_theme(ctx, first_frame=True)
        dark_style = app.styleSheet()
        assert theme._read_style("dark.qss").strip() in dark_style
        monkeypatch.setattr(theme, "system_prefers_dark", lambda: True)
        apply_theme(ctx)  # the guess was right: nothing changes
        assert app.styleSheet() == dark_style
        monkeypatch.setattr(theme, "system_prefers_dark", lambda: False)
        apply_theme(ctx)  # the guess was wrong: light it is, and the palette the app started with is back
        assert theme._read_style("dark.qss").strip() not in app.styleSheet()
        assert QApplication.palette().color(QPalette.ColorRole.Window) == QColor("#202020")
    finally:
        app.setPalette(system_palette)
        apply_theme(ctx, dark=False)
    assert not theme.guess_dark_mode()


def test_first_frame_guess_on_windows_uses_the_apps_use_light_theme_setting(qtbot, monkeypatch):
    """Windows 10 reports dark mode without darkening the palette, so there the guess reads the setting Qt reads."""
    import types

    import iia_help.ui.theme as theme

    monkeypatch.setattr(theme, "sys", types.SimpleNamespace(platform="win32"))
    monkeypatch.setattr(theme, "_windows_apps_use_light_theme", lambda: False)
    assert theme.guess_dark_mode()  # light palette, but the setting says dark
    monkeypatch.setattr(theme, "_windows_apps_use_light_theme", lambda: True)
    assert not theme.guess_dark_mode()
    monkeypatch.setattr(theme, "_windows_apps_use_light_theme", lambda: None)  # no such setting: the palette
    assert not theme.guess_dark_mode()
