"""Look and feel: a calm stylesheet, a high-contrast variant, and text zoom."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from iia_help.context import AppContext
from iia_help.resources import resources_dir


def _read_style(name: str) -> str:
    try:
        return (resources_dir() / "styles" / name).read_text(encoding="utf-8")
    except OSError:
        return ""


def apply_theme(ctx: AppContext) -> None:
    app = QApplication.instance()
    if app is None:
        return
    s = ctx.settings
    style = _read_style("app.qss")
    if s.high_contrast:
        style += "\n" + _read_style("high-contrast.qss")
    base = 11 + (3 if s.large_text else 0)
    style += f"\n* {{ font-size: {base}pt; }}\n"
    app.setStyleSheet(style)
