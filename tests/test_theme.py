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
