"""The app follows the computer's dark mode, and high contrast wins over it."""

from __future__ import annotations

import pytest
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


# ------------------------------------------------------------------------------------------ Quick exit and size
def red_share(widget) -> float:
    """The share of the widget's rendered pixels that are clearly red (what makes Quick exit look like itself)."""
    image = widget.grab().toImage()
    red = n = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            c = QColor(image.pixel(x, y))
            n += 1
            hue = c.hsvHueF()
            red += (hue < 0.03 or hue > 0.97) and c.hsvSaturationF() > 0.6 and c.valueF() > 0.45
    return red / n


THEMES = [  # (dark, high contrast, large text)
    (False, False, False), (True, False, False), (False, True, False), (True, True, False),
    (False, False, True), (True, False, True), (False, True, True), (True, True, True),
]


@pytest.mark.parametrize(("dark", "high_contrast", "large_text"), THEMES)
def test_quick_exit_stays_red_in_every_theme(qtbot, ctx, main_window, dark, high_contrast, large_text):
    button = main_window.quick_exit_button
    ctx.settings.high_contrast, ctx.settings.large_text = high_contrast, large_text
    try:
        apply_theme(ctx, dark=dark)
        qtbot.wait(10)
        assert red_share(button) > 0.5, (dark, high_contrast, large_text)
        assert label_contrast(button) >= 4.5  # its words stay readable on the red
        button.setFocus()
        qtbot.waitUntil(button.hasFocus)
        assert red_share(button) > 0.4  # still red with the focus ring drawn
    finally:
        ctx.settings.high_contrast = ctx.settings.large_text = False
        apply_theme(ctx, dark=False)


def test_large_text_button_keeps_quick_exit_red_and_contrast_as_chosen(qtbot, centre_window):
    window, ctx = centre_window
    window.worker_mode.presentation_button.click()
    assert ctx.settings.large_text and not ctx.settings.high_contrast
    assert red_share(window.quick_exit_button) > 0.5


@pytest.fixture
def centre_window(qtbot, isolated_user_dirs):
    """A drop-in centre's computer: support-worker mode, a guest session, large text."""
    from iia_help.context import AppContext
    from iia_help.paths import AppPaths
    from iia_help.settings import Settings
    from iia_help.ui.app import build_main_window
    from iia_help.ui.support.panel import install_worker_mode

    paths = AppPaths(isolated_user_dirs["XDG_DATA_HOME"] / "Fernleaf")
    ctx = AppContext(paths, Settings(region="england", audience="worker", guest_sessions=True))
    window = build_main_window(ctx)
    qtbot.addWidget(window)
    mode = install_worker_mode(QApplication.instance(), window, ctx)
    window.show()
    qtbot.waitExposed(window)
    yield window, ctx
    mode.takeaway.close()
    ctx.settings.large_text = ctx.settings.high_contrast = False
    apply_theme(ctx, dark=False)


@pytest.mark.parametrize("high_contrast", [False, True])
def test_the_window_keeps_its_width_across_pages_and_fits_a_small_screen(qtbot, centre_window, high_contrast):
    """Large text in a guest session once made the window grow at each new page (1000 -> 1058 -> 1145 px) and
    run off a 1024 x 768 screen. Pages now scroll inside the window instead."""
    window, ctx = centre_window
    window.worker_mode.presentation_button.click()  # large text
    ctx.settings.high_contrast = high_contrast
    apply_theme(ctx, dark=False)
    qtbot.wait(10)
    size = window.size()
    for _ in range(2):
        for name in ("contacts", "journal", "settings", "guidance"):
            window.navigate(name)
            qtbot.wait(10)
            assert window.size() == size, name
    available = window.screen().availableGeometry()
    assert size.width() <= min(1000, available.width()) and size.height() <= min(700, available.height())
    # With every page built, the window could still be made to fit a 1024 x 768 laptop (room for its frame).
    minimum = window.minimumSizeHint().expandedTo(window.minimumSize())
    assert minimum.width() <= 1024 - 16 and minimum.height() <= 768 - 48, minimum
    assert window.quick_exit_button.isVisible() and window.quick_exit_button.visibleRegion().boundingRect().width() \
        == window.quick_exit_button.width()  # Quick exit is never scrolled or squeezed out of view


def test_the_window_starts_within_a_small_screen():
    from PySide6.QtCore import QSize

    from iia_help.ui.main_window import initial_size

    assert initial_size(QSize(1920, 1080)) == (1000, 700)
    w, h = initial_size(QSize(1024, 738))  # 1024 x 768 less a task bar
    assert w <= 1024 - 16 and h <= 738 - 48


def heading_and_body_heights(page) -> tuple[float, float]:
    """The rendered line heights of the page's first heading and its first paragraph."""
    doc = page.browser.document()
    block, heading, body = doc.begin(), None, None
    while block.isValid() and (heading is None or body is None):
        height = block.layout().lineAt(0).height() if block.layout().lineCount() else None
        if block.blockFormat().headingLevel() == 1 and heading is None:
            heading = height
        elif block.blockFormat().headingLevel() == 0 and block.text().strip() and body is None and heading:
            body = height
        block = block.next()
    return heading, body


def test_a_plus_and_large_text_enlarge_headings_too(qtbot, ctx, main_window):
    page = main_window.navigate("guidance")
    page.zoom_reset()
    qtbot.wait(10)
    h0, b0 = heading_and_body_heights(page)
    page.zoom_in()
    page.zoom_in()
    page.zoom_in()
    qtbot.wait(10)
    h3, b3 = heading_and_body_heights(page)
    assert b3 > b0 * 1.2 and h3 > h0 * 1.2, (h0, h3, b0, b3)  # both grow, by about the same factor
    assert h3 > b3
    page.zoom_reset()
    ctx.settings.large_text = True
    try:
        apply_theme(ctx, dark=False)
        page.refresh()
        hl, bl = heading_and_body_heights(page)
        assert bl > b0 * 1.1 and hl > h0 * 1.1, (h0, hl, b0, bl)
    finally:
        ctx.settings.large_text = False
        apply_theme(ctx, dark=False)
