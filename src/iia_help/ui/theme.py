"""Look and feel: a calm stylesheet, a dark variant that follows the computer's dark mode, a high-contrast
variant (which wins over both), and text size."""

from __future__ import annotations

import sys

from PySide6 import QtCore
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from iia_help.context import AppContext
from iia_help.resources import resources_dir


def _read_style(name: str) -> str:
    try:
        return (resources_dir() / "styles" / name).read_text(encoding="utf-8")
    except OSError:
        return ""


_followed: list[AppContext] = []  # the context whose theme follows the computer's light/dark setting
_original_palette: dict[str, QPalette] = {}  # the system's palette, kept while the dark one is in use


def system_prefers_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return hints is not None and hints.colorScheme() == QtCore.Qt.ColorScheme.Dark


def guess_dark_mode() -> bool:
    """A guess at dark mode for the first frame: on Windows the setting Qt itself reads, elsewhere the system's
    palette. Asking Qt for the colour scheme builds PySide6's whole ``Qt`` namespace (about 12 ms), so the first
    frame guesses and ``apply_theme(ctx)`` checks right after it (restyling once if the guess was wrong)."""
    if sys.platform == "win32":
        setting = _windows_apps_use_light_theme()
        if setting is not None:
            return not setting
    app = QApplication.instance()
    return app is not None and app.palette().color(QPalette.ColorRole.Window).lightness() < 128


def _windows_apps_use_light_theme() -> bool | None:  # replaced in tests
    try:
        import winreg

        with winreg.OpenKey(winreg.HKEY_CURRENT_USER,
                            r"Software\Microsoft\Windows\CurrentVersion\Themes\Personalize") as key:
            return bool(winreg.QueryValueEx(key, "AppsUseLightTheme")[0])
    except (ImportError, OSError, TypeError, ValueError):
        return None


def apply_theme(ctx: AppContext, *, dark: bool | None = None, first_frame: bool = False) -> None:
    """Style the whole app for ``ctx.settings``; ``dark`` None means follow the computer (and keep following).

    ``first_frame``: judge dark mode from the palette only, and do not start following yet; call again without
    it once the window is up (nothing is redone when the guess was right)."""
    app = QApplication.instance()
    if app is None:
        return
    if first_frame:
        dark = guess_dark_mode() if dark is None else dark
    elif dark is None:
        dark = system_prefers_dark()
        _follow_colour_scheme(ctx)
    s = ctx.settings
    style = _read_style("app.qss")
    if s.high_contrast:
        style += "\n" + _read_style("high-contrast.qss")
    elif dark:
        style += "\n" + _read_style("dark.qss")
    # Qt draws check boxes, radio buttons and other indicators from the palette, so it must match too.
    use_dark = dark and not s.high_contrast
    if use_dark:
        _original_palette.setdefault("palette", app.palette())
        app.setPalette(_dark_palette())
    elif "palette" in _original_palette:  # back from dark: the system's own palette, untouched otherwise
        app.setPalette(_original_palette.pop("palette"))
    base = 11 + (3 if s.large_text else 0)
    style += f"\n* {{ font-size: {base}pt; }}\n"
    if style != app.styleSheet():  # setting it again would restyle every widget for nothing
        app.setStyleSheet(style)


def _follow_colour_scheme(ctx: AppContext) -> None:
    if _followed:
        _followed[0] = ctx
        return
    _followed.append(ctx)
    hints = QGuiApplication.styleHints()
    if hints is not None:
        hints.colorSchemeChanged.connect(lambda _scheme: apply_theme(_followed[0]))


def _dark_palette() -> QPalette:
    p = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#1e2124", QPalette.ColorRole.WindowText: "#e8e6e3",
        QPalette.ColorRole.Base: "#15181b", QPalette.ColorRole.AlternateBase: "#23272b",
        QPalette.ColorRole.Text: "#e8e6e3", QPalette.ColorRole.Button: "#2b3035",
        QPalette.ColorRole.ButtonText: "#e8e6e3", QPalette.ColorRole.Highlight: "#2f5f8f",
        QPalette.ColorRole.HighlightedText: "#ffffff", QPalette.ColorRole.Link: "#9ccaff",
        QPalette.ColorRole.ToolTipBase: "#2b3035", QPalette.ColorRole.ToolTipText: "#e8e6e3",
        QPalette.ColorRole.PlaceholderText: "#9aa1a8", QPalette.ColorRole.Light: "#4a5057",
        QPalette.ColorRole.Midlight: "#3a4046", QPalette.ColorRole.Mid: "#2f3439", QPalette.ColorRole.Dark: "#121416",
        QPalette.ColorRole.Shadow: "#000000",
    }
    for role, colour in roles.items():
        p.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor("#8a9096"))
    return p


def compact_combo(combo, chars: int = 14) -> None:
    """Let a drop-down be narrower than its longest choice (the list still opens wide enough to read), so the
    window fits a small laptop screen."""
    from PySide6.QtWidgets import QComboBox

    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(chars)
    combo.view().setMinimumWidth(combo.view().sizeHintForColumn(0) + 24)
