"""The optional "are you under 18?" question: on first run and in Settings. It only orders contacts and opens
the under-18 route; nothing is hidden because of it, and "rather not say" is always a choice."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from iia_help.settings import Settings
from iia_help.ui.i18n import translate

AGE_CHOICES: dict[str, str] = {
    "adult": QT_TRANSLATE_NOOP("age_choice", "18 or over"),
    "under-18": QT_TRANSLATE_NOOP("age_choice", "Under 18"),
    "": QT_TRANSLATE_NOOP("age_choice", "I'd rather not say"),
}


def age_combo(settings: Settings, parent: QWidget, on_change) -> QWidget:
    """For the Settings page: a note and a drop-down; ``on_change(message, age_group=code)`` saves."""
    w = QWidget(parent)
    col = QVBoxLayout(w)
    col.setContentsMargins(0, 0, 0, 0)
    note = QLabel(translate(
                  "age_choice",
                  "Optional. Used only to put the right services first and to show the under-18 route. "
                  "Nothing is hidden."), w)
    note.setWordWrap(True)
    col.addWidget(note)
    combo = QComboBox(w)
    combo.setObjectName("ageGroup")
    combo.setAccessibleName(translate("age_choice", "Are you under 18?"))
    for code, label in AGE_CHOICES.items():
        combo.addItem(translate("age_choice", label), code)
    combo.setCurrentIndex(max(0, combo.findData(settings.age_group)))

    def changed(_index: int) -> None:
        code = combo.currentData() or ""
        if code == settings.age_group:
            return
        on_change(translate("age_choice", "Age: {v0}.").format(v0=translate("age_choice", AGE_CHOICES[code])),
                  age_group=code)

    combo.currentIndexChanged.connect(changed)
    col.addWidget(combo)
    w.age_combo = combo  # for tests
    return w
