"""Settings changes as a Qt signal: one ``SettingsBridge`` per context turns the core's plain-Python listeners
(``AppContext.on_settings_changed``) into ``changed(frozenset_of_names)``, delivered on the GUI thread."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from iia_help.context import AppContext


class SettingsBridge(QObject):
    #: The names of the settings that changed (a frozenset), after they were saved.
    changed = Signal(object)

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self._unsubscribe = ctx.on_settings_changed(self.changed.emit)


def settings_bridge(ctx: AppContext) -> SettingsBridge:
    """The context's one bridge (made on first use)."""
    if ctx.qt_bridge is None:
        ctx.qt_bridge = SettingsBridge(ctx)
    return ctx.qt_bridge
