"""Language controls: the saved choice in Settings, and a support worker's choice for one visit (top bar).

Both list each language by its own name (Cymraeg, Polski, اردو), so a visitor can find theirs. The visit's choice
is kept in memory only (``AppContext.set_visit_language``) and End session forgets it, like Large text.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QComboBox, QWidget

from iia_help.context import AppContext
from iia_help.language import LANGUAGES, NAMES
from iia_help.ui.i18n import fixed, translate

#: Marked for translation here, translated where shown (each language's own name never is).
SYSTEM_TEXT = QT_TRANSLATE_NOOP("language_choice", "The computer's language ({name})")
VISIT_USUAL_TEXT = QT_TRANSLATE_NOOP("language_choice", "Language")


def settings_combo(ctx: AppContext, parent: QWidget) -> QComboBox:
    """The saved choice: "" follows the computer's language."""
    combo = QComboBox(parent)
    combo.setObjectName("languageCombo")
    combo.setAccessibleName(translate("language_choice", "Language"))
    own_name = NAMES.get(ctx.system_language, NAMES["en"])
    combo.addItem(translate("language_choice", SYSTEM_TEXT).format(name=fixed(own_name)), "")
    for code in LANGUAGES:
        combo.addItem(NAMES[code], code)
    select(combo, ctx.settings.language)
    return combo


def select(combo: QComboBox, code: str) -> None:
    combo.setCurrentIndex(max(0, combo.findData(code)))


class VisitLanguageCombo(QComboBox):
    """The top bar's language for this visit; never saved."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("visitLanguage")
        self.setAccessibleName(translate("VisitLanguageCombo", "Language for this visit"))
        self.setToolTip(translate("VisitLanguageCombo", "Language for this visit (not saved)"))
        self.addItem(translate("language_choice", VISIT_USUAL_TEXT), "")
        for code in LANGUAGES:
            self.addItem(NAMES[code], code)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        select(self, ctx.visit_language)
        self.currentIndexChanged.connect(lambda _i: self.ctx.set_visit_language(self.currentData() or ""))

    def forget(self) -> None:
        """End session: back to the usual language."""
        self.ctx.set_visit_language("")
        self.blockSignals(True)
        select(self, "")
        self.blockSignals(False)


def apply_direction(ctx: AppContext) -> None:
    """Mirror the whole app for a right-to-left language (Urdu), and back for the others."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from iia_help.language import is_rtl

    rtl = is_rtl(ctx.language)
    want = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
    apply_script_font(urdu=ctx.language == "ur")
    if QApplication.layoutDirection() != want:
        QApplication.setLayoutDirection(want)


def apply_script_font(*, urdu: bool) -> None:
    """Urdu: the app's own Urdu font first (``iia_help.fonts``), the usual font after it for Latin letters, so
    every Urdu word is drawn, and joined, by one font. Other languages: the usual font again. The font file is
    read only the first time Urdu is shown."""
    from PySide6.QtWidgets import QApplication

    from iia_help.fonts import URDU_FAMILY, register_urdu_font

    font = QApplication.font()
    families = list(font.families()) or [font.family()]
    if urdu and families[0] != URDU_FAMILY and register_urdu_font():
        font.setFamilies([URDU_FAMILY, *(f for f in families if f != URDU_FAMILY)])
        QApplication.setFont(font)
    elif not urdu and families[0] == URDU_FAMILY and len(families) > 1:
        font.setFamilies(families[1:])
        QApplication.setFont(font)
