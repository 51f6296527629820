"""Support contacts: "In danger now" first, then services for the chosen region and need, as readable cards."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from iia_help.contacts import NEEDS, REGIONS, Contact, ContactsError, Directory
from iia_help.context import AppContext
from iia_help.display_text import contact_field, contact_text, reviewed_text, web_address_text
from iia_help.ui import links, printing
from iia_help.ui.core_texts import core, core_items
from iia_help.ui.flow import FlowLayout
from iia_help.ui.guidance_page import nowrap_numbers, system_prefers_dark
from iia_help.ui.i18n import fixed, translate
from iia_help.ui.shell import Page
from iia_help.ui.theme import compact_combo

CARD_MAX_WIDTH = 820


def _label(text: str, parent: QWidget, name: str = "", *, rich: bool = False) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if name:
        label.setObjectName(name)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    return label


class ContactCard(QFrame):
    """One service. The card itself takes focus so a screen reader reads it; its buttons follow."""

    def __init__(self, contact: Contact, parent: QWidget | None = None, *, emergency: bool = False,
                 language: str = "en") -> None:
        super().__init__(parent)
        self.contact = contact
        self.language = language
        self.setObjectName("emergencyBanner" if emergency else "contactCard")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(contact.name)
        self.setAccessibleDescription(contact_text(contact, language))
        self.copy_button: QPushButton | None = None
        self.web_button: QPushButton | None = None
        self.email_button: QPushButton | None = None

        col = QVBoxLayout(self)
        col.setContentsMargins(16, 12, 16, 12)
        col.setSpacing(4)
        if emergency:
            self._build_emergency(col)
        else:
            self._build_card(col)
        from iia_help.language import is_rtl

        if is_rtl(language):  # Urdu: numbers, addresses and identifiers read left to right inside right-to-left text
            from iia_help.fonts import has_arabic_script
            from iia_help.language import isolate_ltr

            for widget in (*self.findChildren(QLabel), *self.findChildren(QPushButton)):
                text = isolate_ltr(widget.text())
                # A line with Urdu words reads right to left even when it starts with an English label still
                # untranslated ("Hours: 24 گھنٹے"): a right-to-left mark makes that the paragraph's direction.
                widget.setText("\u200f" + text if has_arabic_script(text) else text)

    def _copy_button(self) -> QPushButton:
        contact = self.contact
        button = QPushButton(translate("ContactCard", "Copy number"), self)
        button.setObjectName("copyPhone")
        button.setAccessibleName(translate(
                                 "ContactCard",
                                 "Copy phone number for {v0}: {v1}",
                                 ).format(v0=contact.name, v1=contact.phone))
        button.setToolTip(translate("ContactCard", "Copy the number so you can paste it into your phone"))
        button.clicked.connect(self.copy_phone)
        return button

    def _build_emergency(self, col: QVBoxLayout) -> None:
        """Compact and first: the number in large type, what it is for, and how to reach it without speaking."""
        contact = self.contact
        headline = nowrap_numbers(translate("ContactCard",
            "In danger now? Call {v0}").format(v0=contact.phone)) if contact.phone else contact.name
        self.setAccessibleName(headline)
        row = FlowLayout(spacing=12)  # the Copy button goes under a headline too long for one line (Polish)
        title = _label(headline, self, "emergencyHeadline")
        title.setWordWrap(False)
        row.addWidget(title)
        if contact.phone:
            self.copy_button = self._copy_button()
            row.addWidget(self.copy_button)
        col.addLayout(row)
        details = " ".join(part for part in (contact.for_, contact.hours) if part)
        col.addWidget(_label(nowrap_numbers(details), self, "contactFor"))
        if contact.text:
            col.addWidget(_label(nowrap_numbers(contact.text), self, "contactText"))
        if contact.note:
            col.addWidget(_label(contact.note, self, "contactNote"))

    def _build_card(self, col: QVBoxLayout) -> None:
        contact = self.contact
        col.addWidget(_label(contact.name, self, "contactName"))
        col.addWidget(_label(nowrap_numbers(contact.for_), self, "contactFor"))
        if contact.who:
            col.addWidget(_label(contact_field("who", contact.who, self.language), self, "contactWho"))

        if contact.phone:
            row = QHBoxLayout()
            row.setSpacing(10)
            phone = _label(nowrap_numbers(contact_field("phone", contact.phone, self.language)), self, "contactPhone")
            phone.setWordWrap(False)  # short, and "Phone:" never sits on a line apart from its number
            row.addWidget(phone)
            self.copy_button = self._copy_button()
            row.addWidget(self.copy_button)
            row.addStretch(1)
            col.addLayout(row)
        if contact.text:
            col.addWidget(_label(nowrap_numbers(contact.text), self, "contactText"))
        if contact.web or contact.email:
            row = QHBoxLayout()
            row.setSpacing(10)
            if contact.web:
                self.web_button = QPushButton(contact_field("web", contact.web, self.language), self)
                self.web_button.setObjectName("webLink")
                self.web_button.setAccessibleName(translate(
                                                  "ContactCard",
                                                  "Website for {v0}: {v1}",
                                                  ).format(v0=contact.name, v1=web_address_text(contact.web)))
                self.web_button.setToolTip(translate(
                                           "ContactCard",
                                           "Shows the address first. Nothing opens until you choose."))
                self.web_button.clicked.connect(lambda: links.confirm_and_open_link(self, contact.web))
                row.addWidget(self.web_button)
            if contact.email:
                self.email_button = QPushButton(contact_field("email", contact.email, self.language), self)
                self.email_button.setObjectName("webLink")
                self.email_button.setAccessibleName(translate(
                                                    "ContactCard",
                                                    "Email {v0}: {v1}",
                                                    ).format(v0=contact.name, v1=contact.email))
                self.email_button.clicked.connect(
                    lambda: links.confirm_and_open_link(self, f"mailto:{contact.email}")
                )
                row.addWidget(self.email_button)
            row.addStretch(1)
            col.addLayout(row)
        if contact.hours:
            col.addWidget(_label(contact_field("hours", contact.hours, self.language), self, "contactHours"))
        if contact.note:
            note = contact_field("note", contact.note, self.language) if contact.confidence != "verified" \
                else contact.note
            col.addWidget(_label(note, self, "contactNote"))
        col.addWidget(_label(reviewed_text(contact.last_checked, self.language), self, "contactChecked"))

    def copy_phone(self) -> str:
        """Copy the number, digits only, ready to dial (e.g. 0345 6000 459 → 03456000459)."""
        return links.copy_phone(self.copy_button, self.contact.phone_digits)


def _stylesheet(dark: bool, high_contrast: bool) -> str:
    if high_contrast:
        card, border, banner_bg, banner_border, head, focus = "#ffffff", "#000000", "#ffffff", "#000000", \
            "#000000", "#ff6f00"
        text = "#000000"
        meta = "#000000"
    elif dark:
        card, border, banner_bg, banner_border, head, focus = "#24282c", "#4a5057", "#3a1714", "#f2b8b5", \
            "#ffdad6", "#8ab4f8"
        text = "#e8e6e3"
        meta = "#c3c7cb"
    else:
        card, border, banner_bg, banner_border, head, focus = "#ffffff", "#c9d0d6", "#fdecea", "#b3261e", \
            "#8c1d18", "#1565c0"
        text = "#1c1f22"
        meta = "#4a5560"
    return f"""
QFrame#contactCard {{ background: {card}; border: 1px solid {border}; border-radius: 8px; }}
QFrame#contactCard:focus {{ border: 3px solid {focus}; }}
QFrame#emergencyBanner {{ background: {banner_bg}; border: 2px solid {banner_border}; border-radius: 8px; }}
QFrame#emergencyBanner:focus {{ border: 3px solid {focus}; }}
QFrame#contactCard QLabel, QFrame#emergencyBanner QLabel {{ background: transparent; color: {text}; border: none; }}
QLabel#emergencyHeadline {{ color: {head}; font-size: 20pt; font-weight: 700; }}
QLabel#contactName {{ font-size: 14pt; font-weight: 700; }}
QLabel#contactWho, QLabel#contactChecked {{ color: {meta}; }}
QLabel#contactNote {{ font-style: italic; }}
QLabel#contactPhone {{ font-weight: 700; }}
QPushButton#webLink {{ text-align: left; }}
QWidget#cardsHolder {{ background: transparent; }}
QScrollArea#contactsScroll, QScrollArea#contactsScroll > QWidget#qt_scrollarea_viewport {{ background: transparent; }}
"""


class ContactsPage(Page):
    """Who can help, for your region."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.cards: list[ContactCard] = []
        self.emergency_card: ContactCard | None = None
        self._style_key: tuple | None = None
        self._shown_age, self._shown_language = self.age(), self.ctx.language
        try:
            self.directory: Directory | None = ctx.contacts
            self._error = ""
        except ContactsError as exc:
            self.directory = None
            self._error = str(exc)
        self._build()
        self.rebuild()
        self._apply_style()
        hints = QGuiApplication.styleHints()
        if hints is not None:
            hints.colorSchemeChanged.connect(self._colour_scheme_changed)  # a bound slot: freed with the page

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 10, 12, 10)
        outer.setSpacing(8)
        # One scroll area holds everything, the red "In danger now" box and the filters too: at large text on a
        # small screen they took half the height above a second scroll area (two scroll bars, one card in view).
        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("contactsScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # The cards and their buttons are the tab stops; the scroll area follows focus, so it needs none itself.
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.holder = QWidget(self.scroll)
        self.holder.setObjectName("cardsHolder")
        # Its height is what its wrapped text needs at the width it has. Left to its minimum size hint (every
        # label wrapped at its narrowest) the scroll area made it twice as tall: a blank screen after the last card.
        self.holder.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
        self.cards_layout = QVBoxLayout(self.holder)
        self.cards_layout.setContentsMargins(0, 0, 8, 0)
        self.cards_layout.setSpacing(10)

        self.emergency_holder = QVBoxLayout()
        self.cards_layout.addLayout(self.emergency_holder)

        bar = FlowLayout(spacing=8)  # wraps at large text instead of running off the side
        self.region_label = QLabel(translate("ContactsPage", "&Where you live:"), self.holder)
        self.region_combo = QComboBox(self.holder)
        compact_combo(self.region_combo, 13)
        self.region_combo.setAccessibleName(translate("ContactsPage", "Where you live"))
        for code, label in core_items(REGIONS):
            self.region_combo.addItem(label, code)
        self.region_label.setBuddy(self.region_combo)
        self.need_label = QLabel(translate("ContactsPage", "What you &need:"), self.holder)
        self.need_combo = QComboBox(self.holder)
        # Wide enough for its longest choice: "What you need" text is never cut off.
        self.need_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.need_combo.setAccessibleName(translate("ContactsPage", "What you need help with"))
        self.need_combo.addItem(translate("ContactsPage", "Everything"), "")
        for code, label in core_items(NEEDS):
            self.need_combo.addItem(label, code)
        self.need_label.setBuddy(self.need_combo)
        self.print_button = QPushButton(translate("ContactsPage", "Print…"), self.holder)
        self.print_button.setAccessibleName(translate("ContactsPage", "Print these contacts"))
        self.print_button.setToolTip(translate("ContactsPage", "Print a one-page contacts card"))
        self.print_button.clicked.connect(self.print_card)
        self.pdf_button = QPushButton(translate("ContactsPage", "Save as PDF…"), self.holder)
        self.pdf_button.setAccessibleName(translate("ContactsPage", "Save these contacts as a PDF"))
        self.pdf_button.setToolTip(translate("ContactsPage", "Save a one-page contacts card as a PDF file"))
        self.pdf_button.clicked.connect(self.save_pdf)
        for label, combo in ((self.region_label, self.region_combo), (self.need_label, self.need_combo)):
            pair = QWidget(self.holder)  # a label stays beside its drop-down when the row wraps
            row = QHBoxLayout(pair)
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(label)
            row.addWidget(combo)
            bar.addWidget(pair)
        bar.addStretch()
        bar.addWidget(self.print_button)
        bar.addWidget(self.pdf_button)
        self.cards_layout.addLayout(bar)

        self.count_label = QLabel(self.holder)
        self.count_label.setObjectName("contactsCount")
        self.count_label.setWordWrap(True)
        self.cards_layout.addWidget(self.count_label)
        self.cards_layout.addStretch(1)
        self.scroll.setWidget(self.holder)
        outer.addWidget(self.scroll, 1)

        region = self.ctx.settings.region if self.ctx.settings.region in REGIONS else "elsewhere"
        self.region_combo.setCurrentIndex(self.region_combo.findData(region))
        self.region_combo.currentIndexChanged.connect(self._region_chosen)
        self.need_combo.currentIndexChanged.connect(lambda _i: self.rebuild())

    # ------------------------------------------------------------------ state
    def region(self) -> str:
        return self.region_combo.currentData() or "elsewhere"

    def need(self) -> str | None:
        return self.need_combo.currentData() or None

    def age(self) -> str | None:
        """The person's answer to "are you under 18?" (Settings): orders the services for them."""
        return self.ctx.settings.age_group or None

    def set_region(self, region: str) -> None:
        self.region_combo.setCurrentIndex(self.region_combo.findData(region))

    def set_need(self, need: str | None) -> None:
        self.need_combo.setCurrentIndex(self.need_combo.findData(need or ""))

    def shown_contacts(self) -> list[Contact]:
        """The contacts on screen, in order: the emergency contact first."""
        first = [self.emergency_card.contact] if self.emergency_card is not None else []
        return first + [card.contact for card in self.cards]

    def _region_chosen(self, _index: int) -> None:
        with contextlib.suppress(OSError):  # still used for this session even if it cannot be saved
            self.ctx.update_settings(region=self.region())
        self.rebuild()

    def settings_changed(self, names: frozenset = frozenset()) -> None:
        """Follow a change of region, age, language or contrast made anywhere (Settings, first run, End session)."""
        if "language" in names and self.directory is not None:
            with contextlib.suppress(ContactsError):
                self.directory = self.ctx.contacts  # the descriptions in the new language (English where none)
                self.rebuild()
        region = self.ctx.settings.region
        if region in REGIONS and region != self.region():
            self.region_combo.blockSignals(True)
            self.set_region(region)
            self.region_combo.blockSignals(False)
            self.rebuild()
        elif self._shown_age != self.age() or self._shown_language != self.ctx.language:
            self.rebuild()
        if self._style_key != self._current_style_key():
            self._apply_style()

    def reset_to_home(self) -> None:
        self.set_need(None)
        self.scroll.verticalScrollBar().setValue(0)

    def clear_session(self) -> None:
        """End of a guest session: follow the (restored) saved region and show every need again."""
        self.settings_changed()
        self.reset_to_home()

    def panic_cleanup(self) -> None:
        # Nothing secret here; leave the list at its start.
        self.reset_to_home()

    def _colour_scheme_changed(self, _scheme) -> None:
        self.settings_changed()

    def _current_style_key(self) -> tuple:
        return (system_prefers_dark(), self.ctx.settings.high_contrast)

    def _apply_style(self) -> None:
        self._style_key = self._current_style_key()
        self.setStyleSheet(_stylesheet(*self._style_key))

    # ------------------------------------------------------------------ cards
    def rebuild(self) -> None:
        if self.emergency_card is not None:
            self.emergency_card.setParent(None)
            self.emergency_card.deleteLater()
            self.emergency_card = None
        for card in self.cards:
            card.setParent(None)
            card.deleteLater()
        self.cards = []
        if self.directory is None:
            self.count_label.setText(translate(
                                     "ContactsPage",
                                     "The contacts list could not be loaded. {v0}",
                                     ).format(v0=self._error))
            return
        region = self.region()
        self._shown_age, self._shown_language = self.age(), self.ctx.language
        contacts = self.directory.for_region(region, self.need(), self._shown_age)
        emergency = self.directory.emergency(region)
        if emergency is not None:
            self.emergency_card = ContactCard(emergency, self.holder, emergency=True, language=self._shown_language)
            self.emergency_holder.addWidget(self.emergency_card)
        for contact in contacts:
            if contact is emergency:
                continue
            card = ContactCard(contact, self.holder, language=self._shown_language)
            card.setMaximumWidth(CARD_MAX_WIDTH)  # long lines are hard to read
            self.cards_layout.insertWidget(self.cards_layout.count() - 1, card)
            self.cards.append(card)
        count = len(self.cards)
        where = core(REGIONS[region])
        first = {"adult": translate("ContactsPage", " Services for adults come first."),
                 "under-18": translate("ContactsPage", " Services for young people come first.")}.get(
                     self._shown_age or "", fixed(""))
        if count:
            self.count_label.setText(translate(
                                     "ContactsPage",
                                     "%n services for {where}.{first} Nothing opens or calls until you choose.",
                                     "%n service for {where}.{first} Nothing opens or calls until you choose.",
                                     count).format(where=where, first=first))
        else:
            self.count_label.setText(translate(
                                     "ContactsPage",
                                     "No other services match this choice for {where}. Try “Everything”.",
                                     ).format(where=where))
        # Tab order follows the screen: the emergency card first, then the filters, then the cards.
        chain: list[QWidget] = []
        if self.emergency_card is not None:
            chain.append(self.emergency_card)
            if self.emergency_card.copy_button is not None:
                chain.append(self.emergency_card.copy_button)
        chain += [self.region_combo, self.need_combo, self.print_button, self.pdf_button]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
        self.scroll.verticalScrollBar().setValue(0)

    # ------------------------------------------------------------------ print
    def card_html(self) -> str:
        assert self.directory is not None
        return printing.contacts_card_html(self.directory, self.region(), self.need(), language=self.ctx.language)

    def _card_title(self) -> str:
        return translate("ContactsPage", "Help and support: {v0}").format(v0=core(REGIONS[self.region()]))

    def print_card(self) -> None:
        if self.directory is not None:
            printing.print_html(self, self.card_html(), self._card_title())

    def save_pdf(self):
        if self.directory is None:
            return None
        return printing.save_as_pdf_dialog(self, self.card_html(), self._card_title(),
                                           suggested_name=f"contacts-{self.region()}.pdf", fit_one_page=True)
