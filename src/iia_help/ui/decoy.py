"""A plain, neutral "Notes" window shown after the panic key when the person chose the decoy option.

It says nothing about this app's purpose. What is typed into it is never saved anywhere; closing it closes
the app.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QMainWindow, QPlainTextEdit, QWidget

from iia_help.ui.i18n import translate
from iia_help.ui.icons import app_icon

DECOY_TITLE = "Untitled - Notes"


class DecoyWindow(QMainWindow):
    #: Emitted when the person closes the decoy window.
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("decoyWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.setWindowTitle(DECOY_TITLE)
        self.setWindowIcon(app_icon("page"))
        self.editor = QPlainTextEdit(self)
        self.editor.setObjectName("decoyEditor")
        self.editor.setAccessibleName(translate("DecoyWindow", "Note text"))
        self.editor.setStyleSheet("font-size: 12pt;")
        self.setCentralWidget(self.editor)
        self.resize(640, 460)

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        self.editor.clear()
        super().closeEvent(event)
        if event.isAccepted():
            self.closed.emit()
