"""Links never open silently: every web or email address is shown first, with a plain warning about browser
history, and the person chooses to copy it, open it, or cancel. Phone numbers can be copied."""

from __future__ import annotations

import os

import shiboken6
from PySide6.QtCore import QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from iia_help.ui.clipboard import copy_text
from iia_help.ui.i18n import translate
from iia_help.ui.modal import exec_dialog

OPENED = "opened"
COPIED = "copied"
CANCELLED = "cancelled"

_ALLOWED_SCHEMES = ("https", "http", "mailto")


def _open_external(url: str) -> bool:
    """The only place the app hands an address to the system. Tests replace this function."""
    return QDesktopServices.openUrl(QUrl(url))


def open_folder(path: str | os.PathLike[str]) -> bool:
    """Show a local folder in the system's file manager (no network), through the same one function."""
    return _open_external(QUrl.fromLocalFile(os.fspath(path)).toString())


def display_address(url: str) -> str:
    """The address as a person would read it (mailto: shown as the email address)."""
    return url[len("mailto:") :] if url.lower().startswith("mailto:") else url


class LinkDialog(QDialog):
    """Shows the full address and the history warning. Cancel is the default button and Esc cancels."""

    def __init__(self, url: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("linkDialog")
        self.url = url
        self.choice = CANCELLED
        is_mail = url.lower().startswith("mailto:")
        self.setWindowTitle(translate("LinkDialog", "Open an email address") if is_mail else translate("LinkDialog",
            "Open a web address"))
        layout = QVBoxLayout(self)
        layout.setSpacing(12)

        intro = QLabel(translate("LinkDialog", "This link goes to:") if not is_mail else translate(
                                                                "LinkDialog",
                                                                "This opens your email app to write to:"), self)
        layout.addWidget(intro)
        self.address = QLineEdit(display_address(url), self)
        self.address.setReadOnly(True)
        self.address.setObjectName("linkAddress")
        self.address.setAccessibleName(translate("LinkDialog", "Address"))
        self.address.setMinimumWidth(420)
        self.address.setCursorPosition(0)
        intro.setBuddy(self.address)
        layout.addWidget(self.address)

        if is_mail:
            warning = (
                translate("LinkDialog", "Your email app will keep a copy of anything you send. "
                "If someone else can see your email, think about using a safer device.")
            )
        else:
            warning = (
                translate("LinkDialog", "If you open this in a web browser, the browser keeps it in its history. "
                "Someone who uses this computer could see it. "
                "To keep it more private, copy the address and paste it into a private window "
                "(also called incognito), or use a safer device.")
            )
        self.warning = QLabel(warning, self)
        self.warning.setWordWrap(True)
        self.warning.setObjectName("linkWarning")
        layout.addWidget(self.warning)

        # The safer choice (copy) comes first; Cancel is the default and Esc cancels.
        row = QHBoxLayout()
        self.copy_button = QPushButton(translate("LinkDialog", "Copy address"), self)
        self.copy_button.setAccessibleName(translate("LinkDialog", "Copy address"))
        self.open_button = QPushButton(translate("LinkDialog", "Open in email app") if is_mail else
            translate("LinkDialog", "Open in browser"), self)
        self.open_button.setAccessibleName(self.open_button.text())
        self.cancel_button = QPushButton(translate("LinkDialog", "Cancel"), self)
        self.cancel_button.setAccessibleName(translate("LinkDialog", "Cancel"))
        for b in (self.copy_button, self.open_button):
            b.setAutoDefault(False)
            b.setDefault(False)
        self.cancel_button.setAutoDefault(True)
        self.cancel_button.setDefault(True)
        row.addWidget(self.copy_button)
        row.addWidget(self.open_button)
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        layout.addLayout(row)

        self.copy_button.clicked.connect(lambda: self._finish(COPIED))
        self.open_button.clicked.connect(lambda: self._finish(OPENED))
        self.cancel_button.clicked.connect(self.reject)
        self.cancel_button.setFocus()

    def _finish(self, choice: str) -> None:
        self.choice = choice
        self.accept()

    def reject(self) -> None:
        self.choice = CANCELLED
        super().reject()


def confirm_and_open_link(parent: QWidget | None, url: str) -> str:
    """Ask before doing anything with ``url``. Returns "opened", "copied" or "cancelled"."""
    url = url.strip()
    scheme = QUrl(url).scheme().lower()
    if scheme not in _ALLOWED_SCHEMES:
        return CANCELLED
    dialog = LinkDialog(url, parent)
    try:
        exec_dialog(dialog)
        choice = dialog.choice
    finally:
        dialog.deleteLater()
    if choice == COPIED:
        copy_text(display_address(url))
    elif choice == OPENED:
        _open_external(url)
    return choice


def copy_phone(parent: QWidget | None, number: str) -> str:
    """Copy a phone number (this app cannot make calls). A button passed as ``parent`` says "Copied" for a moment.

    Returns what was copied, so callers can say it in their own words.
    """
    number = number.strip()
    if number.lower().startswith("tel:"):
        number = QUrl.fromPercentEncoding(number[4:].encode("utf-8")).strip()
    copy_text(number)
    if isinstance(parent, QAbstractButton):
        _flash(parent, translate("links", "Copied ✓"))
    return number


def _flash(button: QAbstractButton, text: str, ms: int = 2500) -> None:
    original = button.property("_original_text") or button.text()
    button.setProperty("_original_text", original)
    button.setText(text)

    def restore() -> None:
        if shiboken6.isValid(button):
            button.setText(original)
            button.setProperty("_original_text", None)

    QTimer.singleShot(ms, button, restore)
