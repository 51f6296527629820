"""Handouts: a one-page contacts card or a guidance page, printed or saved as a PDF, laid out for paper.

**Print nothing that names the visitor.** A handout is built only from the bundled guidance and contacts,
chosen by codes checked against known lists (region, need, page id). No free text reaches these functions, so
no journal content, search words or names typed in the app can end up on paper.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt
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

from iia_help.contacts import NEEDS, REGIONS, Directory
from iia_help.context import AppContext
from iia_help.guidance import Library
from iia_help.ui import printing

CONTACTS_TITLE = "Contacts card"
SUGGESTED_PDF_NAME = "handout.pdf"


class HandoutError(ValueError):
    """A handout choice that is not one of the known ones."""


def _check_region(region: str) -> str:
    if region not in REGIONS:
        raise HandoutError(f"Unknown region: {region!r}")
    return region


def contacts_handout_html(directory: Directory, region: str, need: str | None = None) -> str:
    """The contacts card for a region (and need). Only known codes are accepted."""
    _check_region(region)
    if need is not None and need not in NEEDS:
        raise HandoutError(f"Unknown need: {need!r}")
    return printing.contacts_card_html(directory, region, need)


def guidance_handout_html(library: Library, page_id: str, region: str | None) -> str:
    """A guidance page for paper: links written out, no search highlights, when it was last reviewed."""
    if region is not None:
        _check_region(region)
    page = library.page(page_id)  # GuidanceError for an unknown id
    body = printing.printable_page_html(library.render(page_id, region=region or None))
    reviewed = page.last_reviewed
    footer = (f"<p class='meta'>Last reviewed: {reviewed.day} {reviewed:%B %Y}.</p>"
              if reviewed is not None else "")
    return body + footer


def handout_title(library: Library | None, kind: str, page_id: str = "") -> str:
    if kind == "page" and library is not None:
        return library.page(page_id).title
    return CONTACTS_TITLE


def save_handout_pdf(body_html: str, path: str | Path, title: str, *, one_page: bool) -> Path:
    return printing.save_html_as_pdf(body_html, path, title, fit_one_page=one_page)


def current_guidance_page_id(window: QWidget | None) -> str:
    """The guidance page on screen now, if the guidance area tells us (several spellings accepted)."""
    built = getattr(window, "built_pages", dict)() if window is not None else {}
    page = built.get("guidance")
    for name in ("current_page_id", "current_id", "page_id"):
        value = getattr(page, name, None)
        if callable(value):
            value = value()
        if isinstance(value, str) and value and value != "home":  # the home page only routes elsewhere
            return value
    return ""


class HandoutDialog(QDialog):
    """Pick a contacts card or a guidance page, see it as it will print, then print or save as PDF."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, page_id: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("handoutDialog")
        self.setWindowTitle("Print or save a handout")
        self.ctx = ctx
        self.resize(760, 640)
        layout = QVBoxLayout(self)
        intro = QLabel("Choose what to give the person to take away. Handouts never show anything typed "
                       "in this app, so nobody's name is printed.", self)
        intro.setWordWrap(True)
        layout.addWidget(intro)

        kinds = QHBoxLayout()
        self.card_radio = QRadioButton("A &contacts card", self)
        self.card_radio.setAccessibleName("A contacts card")
        self.page_radio = QRadioButton("A &guidance page", self)
        self.page_radio.setAccessibleName("A guidance page")
        kinds.addWidget(self.card_radio)
        kinds.addWidget(self.page_radio)
        kinds.addStretch(1)
        layout.addLayout(kinds)

        form = QFormLayout()
        self.region = QComboBox(self)
        self.region.setObjectName("handoutRegion")
        self.region.setAccessibleName("Region")
        for code, label in REGIONS.items():
            self.region.addItem(label, code)
        region = ctx.settings.region if ctx.settings.region in REGIONS else "england-wales"
        self.region.setCurrentIndex(self.region.findData(region))
        form.addRow("&Region:", self.region)
        self.need = QComboBox(self)
        self.need.setObjectName("handoutNeed")
        self.need.setAccessibleName("Kind of help")
        self.need.addItem("Any kind of help", None)
        for code, label in NEEDS.items():
            self.need.addItem(label, code)
        form.addRow("&Kind of help:", self.need)
        self.page_box = QComboBox(self)
        self.page_box.setObjectName("handoutPage")
        self.page_box.setAccessibleName("Guidance page")
        form.addRow("&Page:", self.page_box)
        layout.addLayout(form)

        self.preview = QTextBrowser(self)
        self.preview.setObjectName("handoutPreview")
        self.preview.setAccessibleName("How the handout will look")
        self.preview.setOpenLinks(False)
        self.preview.setOpenExternalLinks(False)
        self.preview.document().setDefaultStyleSheet(printing.print_css(0.9))
        self.preview.setStyleSheet("QTextBrowser { background: #ffffff; color: #000000; }")
        layout.addWidget(self.preview, 1)

        self.message = QLabel("", self)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        self.print_button = QPushButton("&Print…", self)
        self.print_button.setAccessibleName("Print")
        self.pdf_button = QPushButton("&Save as PDF…", self)
        self.pdf_button.setAccessibleName("Save as PDF")
        close = QPushButton("Close", self)
        close.setAccessibleName("Close")
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
            return contacts_handout_html(self.ctx.contacts, region, self.need.currentData()), CONTACTS_TITLE
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
            self._say("Sent to the printer.")
        return done

    def save_pdf(self) -> Path | None:
        body, title = self.handout()
        path = printing.save_as_pdf_dialog(self, body, title, suggested_name=SUGGESTED_PDF_NAME,
                                           fit_one_page=self.kind == "card")
        if path is not None:
            self._say(f"Saved as {html.escape(path.name)}.")
        return path

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setAccessibleName(text)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
