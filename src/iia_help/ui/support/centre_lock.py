"""The centre lock: a passphrase that protects the settings on a shared centre computer.

``require_centre_unlock(ctx, parent)`` is the gate: with no lock set it returns True at once; with a lock it
asks for the passphrase (the Argon2id check runs off the UI thread) and returns True only for the right one.
``SettingsGate`` applies the gate to the Settings area of a ``MainWindow`` without changing its code.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QDialog,
    QWidget,
)

from iia_help.context import AppContext
from iia_help.ui.i18n import translate
from iia_help.ui.modal import exec_dialog
from iia_help.ui.support._busy import run_off_ui_thread
from iia_help.ui.support.prompt import PassphrasePrompt
from iia_help.worker_mode import (
    CentreLockError,
    centre_verifier,
    check_centre_passphrase,
    has_centre_lock,
)

SETTINGS_PAGE = "settings"


class CentreLockDialog(PassphrasePrompt):
    """Asks for the centre passphrase (``setting=True``: a new one, typed twice)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, setting: bool = False,
                 purpose: str = "") -> None:
        super().__init__(
            parent, object_name="centreLockDialog",
            title=translate("CentreLockDialog", "Set the centre passphrase") if setting else
                translate("CentreLockDialog", "Settings are locked"),
            intro=purpose or (
                translate(
                "CentreLockDialog",
                "Choose a passphrase for the staff at this centre. Settings will ask for it, so visitors cannot "
                "change them. Share it only with staff.") if setting else
                translate("CentreLockDialog",
                    "These settings are locked by the centre. Please ask a member of staff.")),
            label=translate("CentreLockDialog", "Centre &passphrase:"), name="Centre passphrase", new=setting,
            ok_text=translate("CentreLockDialog", "Set passphrase") if setting else translate("CentreLockDialog",
                "Unlock"),
            ids=("centrePassphrase", "centreConfirm", "centreLockError"),
        )
        self.ctx = ctx
        self.setting = setting

    def submit(self) -> None:
        if self.setting:
            self.accept()
            return
        self.ok_button.setEnabled(False)
        try:
            ok = run_off_ui_thread(check_centre_passphrase, self.ctx.settings, self.passphrase.text())
        finally:
            self.ok_button.setEnabled(True)
        if ok:
            self.accept()
        else:
            self.passphrase.selectAll()
            self.set_error(translate("CentreLockDialog", "That passphrase is not right. Please try again."))


def require_centre_unlock(ctx: AppContext, parent: QWidget | None = None, purpose: str = "") -> bool:
    """True if there is no centre lock, or the right centre passphrase was typed."""
    if not has_centre_lock(ctx.settings):
        return True
    dialog = CentreLockDialog(ctx, parent, purpose=purpose)
    try:
        return exec_dialog(dialog) == QDialog.DialogCode.Accepted
    finally:
        dialog.wipe()
        dialog.deleteLater()


def set_centre_lock_interactive(ctx: AppContext, parent: QWidget | None,
                                save: Callable[..., None]) -> bool:
    """Ask for a new centre passphrase (and the old one first, if set), then store its verifier via ``save``."""
    if has_centre_lock(ctx.settings) and not require_centre_unlock(
            ctx, parent, translate("centre_lock", "Type the current centre passphrase first.")):
        return False
    dialog = CentreLockDialog(ctx, parent, setting=True)
    try:
        if exec_dialog(dialog) != QDialog.DialogCode.Accepted:
            return False
        try:
            verifier = run_off_ui_thread(centre_verifier, dialog.value())
        except CentreLockError:
            return False
    finally:
        dialog.wipe()
        dialog.deleteLater()
    save(centre_lock=verifier)
    return True


def clear_centre_lock_interactive(ctx: AppContext, parent: QWidget | None,
                                  save: Callable[..., None]) -> bool:
    if not require_centre_unlock(ctx, parent, translate("centre_lock", "Type the centre passphrase to remove it.")):
        return False
    save(centre_lock="")
    return True


class SettingsGate(QObject):
    """Asks for the centre passphrase whenever the Settings area is opened while a lock is set.

    Works on any window with a ``navigated(str)`` signal and ``navigate(name)``: if the passphrase is not
    given, the window goes straight back to where it was (before anything is painted).
    """

    def __init__(self, ctx: AppContext, window: QWidget) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self._previous = ""
        self._unlocked = False
        self._busy = False
        window.navigated.connect(self._on_navigated)

    @property
    def unlocked(self) -> bool:
        return self._unlocked

    def relock(self) -> None:
        self._unlocked = False

    def _on_navigated(self, name: str) -> None:
        if name != SETTINGS_PAGE:
            self._unlocked = False  # leaving Settings locks it again
            self._previous = name
            return
        if self._unlocked or self._busy or not has_centre_lock(self.ctx.settings):
            return
        self._busy = True
        try:
            back = self._previous or "guidance"
            self.window.navigate(back)
            if require_centre_unlock(self.ctx, self.window):
                self._unlocked = True
                self.window.navigate(SETTINGS_PAGE)
        finally:
            self._busy = False
