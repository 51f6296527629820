"""Handouts: a contacts card or a guidance page, printed or saved as a PDF, laid out for paper.

The contacts card is meant to be read by someone upset, perhaps without glasses: the region's key services only
(emergency first, then the ones the contacts list ranks highest, grouped by who they are for), in large type,
one service per block, on one or two pages. Choosing a kind of help lists every service for it instead.

**Print nothing that names the visitor.** A handout is built only from the bundled guidance and contacts,
chosen by codes checked against known lists (region, need, page id). No free text reaches these functions, so
no journal content, search words or names typed in the app can end up on paper.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from iia_help.contacts import NEEDS, REGIONS, Contact, Directory
from iia_help.context import AppContext
from iia_help.display_text import check_details_text, contact_field_html, date_text
from iia_help.guidance import Library
from iia_help.ui import printing
from iia_help.ui.core_texts import core, core_items
from iia_help.ui.i18n import translate
from iia_help.ui.modal import neutral_title
from iia_help.ui.shell import Shell

CONTACTS_TITLE = "Contacts card"
SUGGESTED_PDF_NAME = "handout.pdf"
#: Without a chosen kind of help, the card lists services ranked this high or higher (contacts.json "priority":
#: lower is more important): for England and Wales 10 of the 16, instead of all of them in small print.
KEY_PRIORITY = 35
#: Type sizes on the card, in points (Qt ignores font sizes on <h1>..<h6>, so the card uses none).
CARD_PT = {"title": 22, "emergency": 20, "group": 17, "name": 15, "phone": 16, "body": 12.5, "small": 11}


class HandoutError(ValueError):
    """A handout choice that is not one of the known ones."""


def _check_region(region: str) -> str:
    if region not in REGIONS:
        raise HandoutError(f"Unknown region: {region!r}")
    return region


def card_contacts(directory: Directory, region: str, need: str | None = None) -> tuple[Contact | None, list[Contact]]:
    """(emergency contact, the others) for the card: key services only unless a kind of help is chosen."""
    emergency = directory.emergency(region)
    rest = [c for c in directory.for_region(region, need) if c is not emergency]
    if need is None:
        rest = [c for c in rest if c.priority <= KEY_PRIORITY]
    return emergency, rest


_GROUPS = (("everyone", QT_TRANSLATE_NOOP("handouts", "For everyone")),
           ("adult", QT_TRANSLATE_NOOP("handouts", "If you are 18 or over")),
           ("under-18", QT_TRANSLATE_NOOP("handouts", "If you are under 18")))


def _group(contact: Contact) -> str:
    adult, young = "adult" in contact.needs, "under-18" in contact.needs
    return "adult" if adult and not young else "under-18" if young and not adult else "everyone"


def _p(text: str, pt: float, *, bold: bool = False, italic: bool = False, space: float = 0.15) -> str:
    style = f"font-size:{pt}pt; margin-top:0; margin-bottom:{space}em;"
    style += " font-weight:700;" if bold else ""
    style += " font-style:italic;" if italic else ""
    return f"<p style='{style}'>{text}</p>"


def _first_sentence(text: str) -> str:
    text = " ".join(text.split())
    for end in (". ", "? ", "! "):
        cut = text.find(end)
        if cut > 0:
            return text[:cut + 1]
    return text


def _service_cell(c: Contact, language: str = "en") -> str:
    """One service, short: what it is for in a sentence, how to reach it, when, and its one warning if any."""
    esc, pt = html.escape, CARD_PT
    parts = [_p(esc(c.name), pt["name"], bold=True), _p(esc(_first_sentence(c.for_)), pt["body"])]
    if c.phone:
        parts.append(_p(contact_field_html("phone", c.phone, language), pt["phone"], bold=True))
    reach = []  # one line: where online, and when
    if c.web:
        reach.append(f"<b>{contact_field_html('web', c.web, language)}</b>")
    if c.email:
        reach.append(f"<b>{contact_field_html('email', c.email, language)}</b>")
    if c.hours:
        reach.append(contact_field_html("hours", _first_sentence(c.hours), language))
    if reach:
        parts.append(_p(" &nbsp;·&nbsp; ".join(reach), pt["body"]))
    if c.note:
        parts.append(_p(esc(_first_sentence(c.note)), pt["body"]))
    if c.confidence != "verified":
        parts.append(_p(esc(check_details_text(language)), pt["body"], italic=True))
    return "".join(parts)


_BREAK = "<!--break-->"


def _card_parts(directory: Directory, region: str, need: str | None, language: str = "en") -> tuple[str, list[str]]:
    """(head, services): the title, when the details were checked and the emergency box; then one table per
    service (a group's heading inside its first service's table, so a heading never ends a page alone)."""
    esc, pt = html.escape, CARD_PT
    emergency, rest = card_contacts(directory, region, need)
    title = translate("handouts",
        "Help and support: {v0}").format(v0=core(REGIONS[region])) + (f" ({core(NEEDS[need])})" if need else "")
    checked = max((c.last_checked for c in ([emergency] if emergency else []) + rest), default=None)
    meta = translate("handouts", "If a number does not work, look at the service's website.")
    if checked is not None:
        meta = translate(
               "handouts",
               "As published by the services; last reviewed {v0}. ",
               ).format(v0=date_text(checked, language)) + meta
    if need is None and len(directory.for_region(region)) > len(rest) + (emergency is not None):
        meta += translate("handouts", " There are more services in this app, under Contacts.")
    head = _p(esc(title), pt["title"], bold=True, space=0.2) + _p(esc(meta), pt["small"], space=0.6)
    if emergency is not None:
        box = _p(esc(emergency.name), pt["emergency"], bold=True) + _p(esc(emergency.for_), pt["body"])
        if emergency.text:
            box += _p(esc(emergency.text), pt["body"])
        head += ("<table width='100%' cellspacing='0' cellpadding='10' border='1' style='border-color:#000000; "
                 f"border-style:solid;'><tr><td>{box}</td></tr></table>")
    if not rest:
        head += _p(translate("handouts", "There are no other services for this choice."), pt["body"])
    services = []
    # On the key card the domestic-abuse lines share one box, one short line each: there may be several (for women,
    # for men, for LGBT+ people), and the one for women must never stand alone.
    abuse = [c for c in rest if "domestic-abuse" in c.needs] if need is None else []
    if abuse:
        rest = [c for c in rest if c not in abuse]
    for key, label in ((k, translate("handouts", v)) for k, v in _GROUPS):
        members = [c for c in rest if _group(c) == key]
        for n, c in enumerate(members):
            heading = _p(esc(label), pt["group"], bold=True, space=0.3) if n == 0 else ""
            top = "12px" if n == 0 else "2px"
            services.append(f"<table width='100%' cellspacing='0' cellpadding='0' style='{_BREAK}'><tr>"
                            f"<td style='padding-top:{top}; padding-bottom:6px;'>{heading}"
                            f"{_service_cell(c, language)}</td>"
                            "</tr></table>")
    if abuse:
        services.append(_abuse_box(abuse, language))
    return head, services


ABUSE_HEADING = "If a partner, an ex or someone you live with is hurting you"


def _abuse_box(contacts: list[Contact], language: str = "en") -> str:
    """The domestic-abuse lines on the key card: a heading, then each line's name, number, hours and warning."""
    esc, pt = html.escape, CARD_PT
    parts = [_p(esc(ABUSE_HEADING), pt["group"], bold=True, space=0.3)]
    for c in contacts:
        parts.append(_p(esc(c.name), pt["name"], bold=True, space=0.05))
        reach = f"<b>{contact_field_html('phone', c.phone, language)}</b>" if c.phone else \
            f"<b>{contact_field_html('web', c.web, language)}</b>"
        when = contact_field_html("hours", _first_sentence(c.hours), language)  # says so when not known
        line = f"{reach} &nbsp;·&nbsp; {when}"
        if c.confidence != "verified":
            line += f" <i>{esc(check_details_text(language))}</i>"
        parts.append(_p(line, pt["body"], space=0.4))
    return (f"<table width='100%' cellspacing='0' cellpadding='0' style='{_BREAK}'><tr>"
            f"<td style='padding-top:12px; padding-bottom:6px;'>{''.join(parts)}</td></tr></table>")


def _page_breaks(head: str, services: list[str]) -> str:
    """Join the parts, starting a new A4 page before any service a page break would otherwise cut in two (Qt
    splits table rows across pages). Lays the card out as the PDF will be, once more per break added."""
    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtGui import QPdfWriter

    breaks: set[int] = set()
    while True:
        body = "\n".join([head] + [s.replace(_BREAK, "page-break-before: always;" if i in breaks else "")
                                   for i, s in enumerate(services)])
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        writer = QPdfWriter(buffer)
        writer.setResolution(300)
        writer.setPageLayout(printing._page_layout())  # the PDF's own page, margins and type
        doc = printing._document_for(writer, body, CONTACTS_TITLE)
        page_h = doc.pageSize().height()
        frames = doc.rootFrame().childFrames()[-len(services):] if services else []  # one table per service
        layout = doc.documentLayout()
        split = next((i for i, frame in enumerate(frames) if i not in breaks
                      and int(layout.frameBoundingRect(frame).top() // page_h)
                      != int((layout.frameBoundingRect(frame).bottom() - 1) // page_h)), None)
        del writer
        buffer.close()
        if split is None:
            return body
        breaks.add(split)


def contacts_card_html(directory: Directory, region: str, need: str | None = None, *, language: str = "en") -> str:
    """The card itself, laid out so no service is split across two pages."""
    return _page_breaks(*_card_parts(directory, region, need, language))


def contacts_handout_html(directory: Directory, region: str, need: str | None = None, *,
                          language: str = "en") -> str:
    """The contacts card for a region (and need). Only known codes are accepted."""
    _check_region(region)
    if need is not None and need not in NEEDS:
        raise HandoutError(f"Unknown need: {need!r}")
    return contacts_card_html(directory, region, need, language=language)


def guidance_handout_html(library: Library, page_id: str, region: str | None) -> str:
    """A guidance page for paper: links written out, no search highlights, when it was last reviewed."""
    if region is not None:
        _check_region(region)
    page = library.page(page_id)  # GuidanceError for an unknown id
    body = printing.printable_page_html(library.render(page_id, region=region or None))
    reviewed = page.last_reviewed
    footer = (f"<p class='meta'>Last reviewed: {date_text(reviewed, page.language)}.</p>"
              if reviewed is not None else "")
    return body + footer


def handout_title(library: Library | None, kind: str, page_id: str = "") -> str:
    if kind == "page" and library is not None:
        return library.page(page_id).title
    return CONTACTS_TITLE


def save_handout_pdf(body_html: str, path: str | Path, title: str, *, one_page: bool) -> Path:
    return printing.save_html_as_pdf(body_html, path, title, fit_one_page=one_page)


def current_guidance_page_id(shell: Shell | None) -> str:
    """The guidance page on screen now ("" for none, or the home page, which only routes elsewhere)."""
    from iia_help.ui.guidance_page import GuidancePage

    page = shell.pages().get("guidance") if shell is not None else None
    value = page.current_page_id() if isinstance(page, GuidancePage) else ""
    return value if value and value != "home" else ""


class HandoutDialog(QDialog):
    """Pick a contacts card or a guidance page, see it as it will print, then print or save as PDF."""

    #: The path of a PDF just saved (a guest session remembers it, so End session can offer to delete it).
    pdf_saved = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, page_id: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("handoutDialog")
        self.setWindowTitle(neutral_title())  # a taskbar shows titles: what this is for is said inside
        self.ctx = ctx
        self.resize(760, 640)
        layout = QVBoxLayout(self)
        intro = QLabel(translate(
                       "HandoutDialog",
                       "Choose what to give the person to take away. Handouts never show anything typed "
                       "in this app, so nobody's name is printed."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)

        kinds = QHBoxLayout()
        self.card_radio = QRadioButton(translate("HandoutDialog", "A &contacts card"), self)
        self.card_radio.setAccessibleName(translate("HandoutDialog", "A contacts card"))
        self.page_radio = QRadioButton(translate("HandoutDialog", "A &guidance page"), self)
        self.page_radio.setAccessibleName(translate("HandoutDialog", "A guidance page"))
        kinds.addWidget(self.card_radio)
        kinds.addWidget(self.page_radio)
        kinds.addStretch(1)
        layout.addLayout(kinds)

        form = QFormLayout()
        self.region = QComboBox(self)
        self.region.setObjectName("handoutRegion")
        self.region.setAccessibleName(translate("HandoutDialog", "Region"))
        for code, label in core_items(REGIONS):
            self.region.addItem(label, code)
        region = ctx.settings.region if ctx.settings.region in REGIONS else "england"
        self.region.setCurrentIndex(self.region.findData(region))
        form.addRow(translate("HandoutDialog", "&Region:"), self.region)
        self.need = QComboBox(self)
        self.need.setObjectName("handoutNeed")
        self.need.setAccessibleName(translate("HandoutDialog", "Kind of help"))
        self.need.addItem(translate("HandoutDialog", "Any kind of help"), None)
        for code, label in core_items(NEEDS):
            self.need.addItem(label, code)
        form.addRow(translate("HandoutDialog", "&Kind of help:"), self.need)
        self.page_box = QComboBox(self)
        self.page_box.setObjectName("handoutPage")
        self.page_box.setAccessibleName(translate("HandoutDialog", "Guidance page"))
        form.addRow(translate("HandoutDialog", "&Page:"), self.page_box)
        layout.addLayout(form)

        self.preview = QTextBrowser(self)
        self.preview.setObjectName("handoutPreview")
        self.preview.setAccessibleName(translate("HandoutDialog", "How the handout will look"))
        self.preview.setOpenLinks(False)
        self.preview.setOpenExternalLinks(False)
        self.preview.document().setDefaultStyleSheet(printing.print_css(0.9))
        self.preview.setStyleSheet("QTextBrowser { background: #ffffff; color: #000000; }")
        layout.addWidget(self.preview, 1)

        self.message = QLabel("", self)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        self.print_button = QPushButton(translate("HandoutDialog", "&Print…"), self)
        self.print_button.setAccessibleName(translate("HandoutDialog", "Print"))
        self.pdf_button = QPushButton(translate("HandoutDialog", "&Save as PDF…"), self)
        self.pdf_button.setAccessibleName(translate("HandoutDialog", "Save as PDF"))
        close = QPushButton(translate("HandoutDialog", "Close"), self)
        close.setAccessibleName(translate("HandoutDialog", "Close"))
        buttons.addStretch(1)
        for b in (self.print_button, self.pdf_button, close):
            buttons.addWidget(b)
        layout.addLayout(buttons)

        self.print_button.clicked.connect(self.print_handout)
        self.pdf_button.clicked.connect(self.save_pdf)
        close.clicked.connect(self.reject)
        self.card_radio.toggled.connect(self._refresh)
        self.region.currentIndexChanged.connect(self._fill_pages)
        self.need.currentIndexChanged.connect(self._refresh)
        self.page_box.currentIndexChanged.connect(self._refresh)

        self._fill_pages()
        if page_id and self.page_box.findData(page_id) >= 0:
            self.page_box.setCurrentIndex(self.page_box.findData(page_id))
            self.page_radio.setChecked(True)
        else:
            self.card_radio.setChecked(True)
        self._refresh()

    # ----- choices -----
    @property
    def kind(self) -> str:
        return "card" if self.card_radio.isChecked() else "page"

    def _fill_pages(self) -> None:
        current = self.page_box.currentData()
        self.page_box.blockSignals(True)
        self.page_box.clear()
        for page in self.ctx.library.pages_for_region(self.region.currentData()):
            self.page_box.addItem(page.title, page.id)
        idx = self.page_box.findData(current)
        self.page_box.setCurrentIndex(max(idx, 0))
        self.page_box.blockSignals(False)
        self._refresh()

    def handout(self) -> tuple[str, str]:
        """(html, title) for the current choice."""
        region = self.region.currentData()
        if self.kind == "card":
            return contacts_handout_html(self.ctx.contacts, region, self.need.currentData(),
                                         language=self.ctx.language), CONTACTS_TITLE
        page_id = self.page_box.currentData()
        return guidance_handout_html(self.ctx.library, page_id, region), self.ctx.library.page(page_id).title

    def _refresh(self) -> None:
        if not hasattr(self, "preview"):
            return
        card = self.kind == "card"
        self.need.setEnabled(card)
        self.page_box.setEnabled(not card)
        body, _title = self.handout()
        self.preview.setHtml(f"<html><body>{body}</body></html>")
        self.message.clear()

    # ----- output -----
    def print_handout(self) -> bool:
        body, title = self.handout()
        done = printing.print_html(self, body, title)
        if done:
            self._say(translate("HandoutDialog", "Sent to the printer."))
        return done

    def save_pdf(self) -> Path | None:
        body, title = self.handout()
        path = printing.save_as_pdf_dialog(self, body, title, suggested_name=SUGGESTED_PDF_NAME)
        if path is not None:
            self._say(translate("HandoutDialog", "Saved as {path}.").format(path=path))
            self.pdf_saved.emit(path)
        return path

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setAccessibleName(text)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
