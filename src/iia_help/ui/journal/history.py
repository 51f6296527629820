"""The History window: the journal's custody log in plain words, newest first, with the journal ID and what the
signature on an export does and does not prove. Read-only; shows no content (the log holds none)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from iia_help.display_text import date_time_text
from iia_help.ui.common.dialog_helpers import hint, named
from iia_help.ui.i18n import translate
from iia_help.vault import custody

LIMITS = QT_TRANSLATE_NOOP(
    "HistoryDialog",
    "Every export is signed with this journal's own key, and this ID is its short fingerprint: the same on "
    "every export. It shows that the same journal made each export and that nothing changed after signing. "
    "It does not show when things happened (times come from this computer's clock), or that what was "
    "written is true, and anyone who knows the passphrase can sign as this journal.")
INTRO = QT_TRANSLATE_NOOP("HistoryDialog",
                          "What was done to this journal and when, newest first. It never records what you wrote.")


def rows_of(records: list[dict[str, Any]], language: str = "en") -> list[tuple[str, str]]:
    """(when, what) for each record, newest first."""
    out = []
    for rec in reversed(records):
        t = custody.when(rec)
        when = date_time_text(t, language, weekday=True) if t else "unknown time"
        out.append((when, custody.describe(rec, language)))
    return out


class HistoryDialog(QDialog):
    def __init__(self, journal_id: str, records: list[dict[str, Any]], parent: QWidget | None = None, *,
                 language: str = "en") -> None:
        super().__init__(parent)
        self.setObjectName("historyDialog")
        self.setWindowTitle(translate("HistoryDialog", "History"))
        self.resize(720, 520)
        col = QVBoxLayout(self)
        self.id_label = QLabel(translate("HistoryDialog", "Journal ID: {journal_id}").format(journal_id=journal_id),
            self)
        self.id_label.setObjectName("journalId")
        self.id_label.setTextFormat(Qt.TextFormat.PlainText)
        self.id_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                              | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.id_label.setStyleSheet("font-weight: bold;")
        named(self.id_label, translate("HistoryDialog", "Journal ID {journal_id}").format(journal_id=journal_id))
        col.addWidget(self.id_label)
        col.addWidget(hint(translate("HistoryDialog", LIMITS), self))
        col.addWidget(hint(translate("HistoryDialog", INTRO), self))
        rows = rows_of(records, language)
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setObjectName("historyTable")
        named(self.table, translate("HistoryDialog", "History of this journal"), translate("HistoryDialog", INTRO))
        self.table.setHorizontalHeaderLabels([translate("HistoryDialog", "When"), translate("HistoryDialog", "What")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for i, (when, what) in enumerate(rows):
            self.table.setItem(i, 0, QTableWidgetItem(when))
            self.table.setItem(i, 1, QTableWidgetItem(what))
        col.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(translate("HistoryDialog", "Close"))
        buttons.rejected.connect(self.reject)
        col.addWidget(buttons)
        self.table.setFocus()
