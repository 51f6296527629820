"""Small shared pieces for the journal screens: labels, hints and tracked message boxes (dates and sizes are
written by ``iia_help.display_text``)."""

from __future__ import annotations

import time
import weakref
from datetime import datetime

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox, QWidget

from iia_help.ui.i18n import translate
from iia_help.ui.modal import exec_dialog


def named(widget: QWidget, name: str, description: str = "") -> QWidget:
    widget.setAccessibleName(name)
    if description:
        widget.setAccessibleDescription(description)
    return widget


def hint(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName("fieldHint")
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setStyleSheet("color: #46535e;")
    return label


class ReservedLabel(QLabel):
    """A wrapping label that always keeps room for ``lines`` lines, so text appearing in it (or going away)
    never moves what is below it."""

    def __init__(self, lines: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lines = lines
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

    def _room(self) -> int:
        m = self.contentsMargins()
        return self.fontMetrics().lineSpacing() * self.lines + m.top() + m.bottom()

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt's name)
        return max(super().heightForWidth(width), self._room())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        s = super().minimumSizeHint()
        s.setHeight(max(s.height(), self._room()))
        return s

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        s = super().sizeHint()
        s.setHeight(max(s.height(), self._room()))
        return s


def local_parts(dt: datetime) -> time.struct_time:
    """The computer's local time for ``dt`` (fast: runs for every entry when the journal unlocks)."""
    return time.localtime(dt.timestamp())


class DialogTracker:
    """Remembers open dialogs (message boxes, viewers) so lock and panic can close them all at once."""

    def __init__(self) -> None:
        self._dialogs: list[weakref.ref[QDialog]] = []

    def add(self, dialog: QDialog) -> QDialog:
        self._dialogs = [r for r in self._dialogs if r() is not None]
        self._dialogs.append(weakref.ref(dialog))
        return dialog

    def open_dialogs(self) -> list[QDialog]:
        import shiboken6

        out = []
        for r in self._dialogs:
            d = r()
            if d is not None and shiboken6.isValid(d) and d.isVisible():
                out.append(d)
        return out

    def close_all(self) -> None:
        import shiboken6

        dialogs, self._dialogs = self._dialogs, []
        for r in dialogs:
            d = r()
            if d is not None and shiboken6.isValid(d):
                d.reject()
                d.close()


def plain_informative_text(box: QMessageBox) -> None:
    """Show a message box's informative text as plain text (Qt guesses rich text from it otherwise, so a file
    name holding markup could hide the words after it)."""
    for label in box.findChildren(QLabel):
        if label.objectName() == "qt_msgbox_informativelabel":
            label.setTextFormat(Qt.TextFormat.PlainText)


def ask(parent: QWidget | None, tracker: DialogTracker | None, title: str, text: str, yes: str, no: str = "Cancel",
        *, default_yes: bool = False, name: str = "journalQuestion") -> bool:
    """A calm yes/no question. Returns True only if the person chose ``yes``."""
    box = QMessageBox(parent)
    box.setObjectName(name)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.PlainText)  # texts name files and entries: never markup from them
    box.setText(text)
    yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    no_button = box.addButton(no, QMessageBox.ButtonRole.RejectRole)
    named(yes_button, yes)
    named(no_button, no)
    box.setDefaultButton(yes_button if default_yes else no_button)
    box.setEscapeButton(no_button)
    if tracker is not None:
        tracker.add(box)
    exec_dialog(box)
    chosen = box.clickedButton() is yes_button
    box.deleteLater()
    return chosen


def inform(parent: QWidget, tracker: DialogTracker | None, title: str, text: str,
           *, warning: bool = False) -> None:
    box = QMessageBox(parent)
    box.setObjectName("journalMessage")
    box.setIcon(QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    ok = box.addButton(translate("common", "OK"), QMessageBox.ButtonRole.AcceptRole)
    named(ok, translate("common", "OK"))
    if tracker is not None:
        tracker.add(box)
    exec_dialog(box)
    box.deleteLater()
