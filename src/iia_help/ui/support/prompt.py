"""A small passphrase prompt for the centre lock: intro, passphrase (twice when new), Show, error, OK/Cancel."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from iia_help.ui.i18n import translate
from iia_help.ui.journal.passphrase import passphrase_edit, show_toggle


class PassphrasePrompt(QDialog):
    """Intro text, a passphrase (typed twice when ``new``), Show, an error line, and OK/Cancel.

    ``submit()`` runs on OK once the fields are filled in (and match, when ``new``); the default accepts.
    The typed text is cleared unless the dialog was accepted; ``wipe()`` clears it after use.
    """

    def __init__(self, parent: QWidget | None, *, object_name: str, title: str, intro: str, label: str,
                 name: str, new: bool, ok_text: str, ids: tuple[str, str, str]) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setWindowTitle(title)
        self.new = new
        layout = QVBoxLayout(self)
        text = QLabel(intro, self)
        text.setWordWrap(True)
        layout.addWidget(text)
        form = QFormLayout()
        self.passphrase = passphrase_edit(self, name)  # hidden, and kept out of input-method memory
        self.passphrase.setObjectName(ids[0])
        form.addRow(label, self.passphrase)
        self.confirm = passphrase_edit(self, translate(
                                             "PassphrasePrompt",
                                             "Type the {v0} again",
                                             ).format(v0=name.lower()))
        self.confirm.setObjectName(ids[1])
        if new:
            form.addRow(translate("PassphrasePrompt", "&Again:"), self.confirm)
        else:
            self.confirm.hide()
        layout.addLayout(form)
        self.show_box = show_toggle(self, [self.passphrase, self.confirm])
        layout.addWidget(self.show_box)
        self.error = QLabel("", self)
        self.error.setObjectName(ids[2])
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e; font-weight: 600;")
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                   self)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_text)
        self.ok_button.setAccessibleName(ok_text)
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(translate("PassphrasePrompt", "Cancel"))
        cancel.setAccessibleName(translate("PassphrasePrompt", "Cancel"))
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def set_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setAccessibleName(text)

    def _check(self) -> None:
        if not self.passphrase.text():
            self.set_error(translate("PassphrasePrompt", "Please type the passphrase."))
        elif self.new and self.passphrase.text() != self.confirm.text():
            self.set_error(translate(
                           "PassphrasePrompt",
                           "The two passphrases are not the same. Please type them again."))
        else:
            self.submit()

    def submit(self) -> None:
        self.accept()

    def value(self) -> str:
        return self.passphrase.text()

    def done(self, result: int) -> None:
        super().done(result)
        if result != QDialog.DialogCode.Accepted:
            self.wipe()

    def wipe(self) -> None:
        self.passphrase.clear()
        self.confirm.clear()
