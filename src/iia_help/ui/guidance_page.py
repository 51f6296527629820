"""The guidance reader: search, back/forward, a table of contents, text zoom, print and save as PDF.

Nothing is ever loaded from the network or from disk by the text view: ``ReadingBrowser.loadResource`` refuses
every request, and every link goes through ``GuidancePage.handle_link``.
"""

from __future__ import annotations

import contextlib
import html
import re
import unicodedata

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QKeySequence,
    QPalette,
    QShortcut,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTextBrowser,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from iia_help.contacts import REGIONS, Contact, ContactsError
from iia_help.context import AppContext
from iia_help.display_text import date_text, web_address_text
from iia_help.first_help import Place, current_place, who_to_call_for
from iia_help.guidance import GuidanceError, Library, SearchHit
from iia_help.region_guess import UK, region_label
from iia_help.ui import help_first, links
from iia_help.ui.core_texts import core
from iia_help.ui.flow import FlowLayout
from iia_help.ui.i18n import translate
from iia_help.ui.shell import Page
from iia_help.ui.theme import system_prefers_dark

HOME_PAGE = "home"
SEARCH_DELAY_MS = 120
WARM_UP_DELAY_MS = 300  # after this, the other pages are prepared a step at a time
LINE_CHARS = 70
BASE_PT = 12.5
ZOOM_MIN, ZOOM_MAX = -4, 10
LINK_FOCUS_BACKGROUND = "#ffdd00"  # the link the keyboard is on
_HTML_ROLE = Qt.ItemDataRole.UserRole + 1
_PAGE_ROLE = Qt.ItemDataRole.UserRole
_ANCHOR_ROLE = Qt.ItemDataRole.UserRole + 2


# A phone number as written in the text: 0345 6000 459, 1-800-843-5678, 9-8-8, 13 11 14, 1-800-CALL-FBI,
# 1-800-799-SAFE.
_PHONE_RUN = re.compile(r"(?<![\w.,/:])(?:1-800-(?:\d{3}-)?[A-Z]{3,}(?:-[A-Z]{2,})?|\d{1,5}(?:[ -]\d{1,5}){1,4})"
                        r"(?![\w/:-]|\.\d)")


_BLOCK_OPEN = re.compile(r"<(p|li|h[1-6]|ul|ol|div|dl|dt|dd|blockquote)(?=[\s>])")


def _blocks_by_direction(fragment: str) -> str:
    """The app's own blocks inside a right-to-left page: a block with any right-to-left words (a translated line)
    is marked right to left, a block wholly in English left to right. A list with no words of its own follows its
    first item. Qt's rich text reads ``dir`` on the block itself, not from the element around it."""
    pieces = _BLOCK_OPEN.split(fragment)  # [before, tag, rest, tag, rest, ...]; rest starts inside the tag

    def own_words(i: int) -> str:
        words = pieces[i + 1].partition(">")[2]
        if i + 2 < len(pieces) and not any(_bidi_class(ch) for ch in _text_of(words)):
            return own_words(i + 2)
        return words

    out = [pieces[0]]
    for i in range(1, len(pieces), 2):
        out.append(f'<{pieces[i]} dir="{text_direction(own_words(i))}"' + pieces[i + 1])
    return "".join(out)


def _text_of(markup: str) -> str:
    return html.unescape("".join(p for p in re.split(r"(<[^>]*>)", markup) if not p.startswith("<")))


def _bidi_class(ch: str) -> str:
    """ "L", "R" for a letter of a left-to-right or right-to-left script, "" for anything else."""
    kind = unicodedata.bidirectional(ch)
    return "R" if kind in ("R", "AL") else kind if kind == "L" else ""


def text_direction(markup: str) -> str:
    """ "rtl" if ``markup``'s text (tags skipped) has any right-to-left letter, else "ltr"."""
    return "rtl" if any(_bidi_class(ch) == "R" for ch in _text_of(markup)) else "ltr"


def nowrap_numbers(text: str) -> str:
    """Phone numbers never break across lines: their spaces become no-break spaces and their dashes
    non-breaking hyphens. Works on plain text or on HTML (only text between tags changes)."""
    def fix(match: re.Match[str]) -> str:
        return match.group(0).replace(" ", "\u00a0").replace("-", "\u2011")

    parts = re.split(r"(<[^>]*>)", text)
    return "".join(part if part.startswith("<") else _PHONE_RUN.sub(fix, part) for part in parts)


def _age_label(contact: Contact) -> str:
    if contact.only_for_under_18:
        return translate("guidance_page", " (under 18)")
    if contact.only_for_adults:
        return translate("guidance_page", " (18 or over)")
    return ""


def who_to_call_html(contacts: list[Contact], region: str | None, age: str | None = None) -> str:
    """The short "Who to call" list a "what do I do now" page opens with: numbers with their hours."""
    esc = html.escape
    if region is None:
        return (translate(
                "guidance_page",
                "<h3 id=\"who-to-call\">Who to call</h3><p><a href=\"{v0}\">Choose where you are</a> to see the "
                "numbers for your area here, or see all <a href=\"app:contacts\">Contacts</a>.</p>",
                ).format(v0=help_first.PLACE_LINK))
    items = []
    for c in contacts:
        name = esc(c.name)
        if c.phone:
            number = f'<a href="tel:{esc(c.phone_digits)}">{esc(c.phone)}</a>'
            line = (name.replace(esc(c.phone), number, 1) if esc(c.phone) in name
                    else f"{name}: {number}")
            line = f"<strong>{line}</strong>{'' if age else _age_label(c)}. {esc(c.short_hours)}"
        elif c.web:
            short = web_address_text(c.web)
            line = f'<strong>{name}</strong>{"" if age else _age_label(c)}: <a href="{esc(c.web)}">{esc(short)}</a>. ' \
                   f"{esc(c.short_hours)}"
        else:
            continue
        items.append(f"<li>{line}</li>")
    items.append(translate("guidance_page", '<li>More services: <a href="app:contacts">Contacts</a>.</li>'))
    if len(items) == 1:
        body = (translate(
                "guidance_page",
                "<p>This app has no numbers for this yet where you live. Contact your local police. "
                'More services: <a href="app:contacts">Contacts</a>.</p>'))
    else:
        body = '<ul id="who-to-call-list">' + "".join(items) + "</ul>"
    where = translate("guidance_page", " in {v0}").format(v0=esc(core(region_label(region)))) \
        if region and region != "elsewhere" and region_label(region) else ""
    return translate(
           "guidance_page",
           "<h3 id=\"who-to-call\">Who to call{where}</h3>{body}",
           ).format(where=where, body=body)


def reading_colours(*, dark: bool, high_contrast: bool) -> dict[str, str]:
    """Text colours for the reading view. Every pair keeps at least 7:1 contrast (4.5:1 for the small meta text)."""
    if high_contrast:
        return {"bg": "#ffffff", "text": "#000000", "head": "#000000", "link": "#0000c0", "meta": "#000000",
                "mark_bg": "#ffff00", "mark_text": "#000000", "rule": "#000000"}
    if dark:
        return {"bg": "#1e2124", "text": "#e8e6e3", "head": "#f5f3f0", "link": "#9ccaff", "meta": "#c3c7cb",
                "mark_bg": "#ffd54f", "mark_text": "#000000", "rule": "#4a5057"}
    return {"bg": "#ffffff", "text": "#1c1f22", "head": "#13202b", "link": "#0b57a4", "meta": "#4a5560",
            "mark_bg": "#ffe27a", "mark_text": "#000000", "rule": "#d5d9de"}


def font_points(zoom: int, large_text: bool = False) -> float:
    zoom = max(ZOOM_MIN, min(ZOOM_MAX, zoom))
    return round((BASE_PT + (3 if large_text else 0)) * (1.1**zoom), 1)


def reading_css(zoom: int, *, dark: bool, high_contrast: bool, large_text: bool = False) -> str:
    c = reading_colours(dark=dark, high_contrast=high_contrast)
    size = font_points(zoom, large_text)
    link_weight = "font-weight: 600;" if high_contrast else ""
    # Qt's rich text ignores margins in pt, so spacing is in em.
    return f"""
body {{ color: {c['text']}; font-size: {size}pt; }}
p, li, dd, dt, td {{ font-size: {size}pt; line-height: 150%; }}
p {{ margin-top: 0; margin-bottom: 0.8em; }}
li {{ margin-bottom: 0.35em; }}
ol li {{ margin-bottom: 0.1em; line-height: 135%; }}
ul#who-to-call-list li {{ margin-bottom: 0.1em; line-height: 135%; }}
h3#who-to-call {{ margin-top: 0.6em; }}
h2#first-steps {{ margin-top: 0.6em; }}
ul, ol {{ margin-bottom: 0.8em; }}
h1 {{ color: {c['head']}; font-size: {round(size * 1.6, 1)}pt; font-weight: 700; margin-top: 0.2em;
      margin-bottom: 0.3em; }}
h2 {{ color: {c['head']}; font-size: {round(size * 1.3, 1)}pt; font-weight: 700; margin-top: 1.2em;
      margin-bottom: 0.4em; }}
h3 {{ color: {c['head']}; font-size: {round(size * 1.1, 1)}pt; font-weight: 700; margin-top: 1em;
      margin-bottom: 0.3em; }}
a {{ color: {c['link']}; text-decoration: underline; {link_weight} }}
mark {{ background-color: {c['mark_bg']}; color: {c['mark_text']}; }}
strong, b {{ font-weight: 700; }}
.meta {{ color: {c['meta']}; font-size: {round(size * 0.9, 1)}pt; margin-bottom: 0.8em; }}
.related {{ color: {c['text']}; }}
"""


class ReadingBrowser(QTextBrowser):
    """A text view that never fetches anything: no network, no files, no images from outside."""

    ctrl_wheel = Signal(int)
    resized = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setSearchPaths([])
        #: Every resource the document asked for (each one refused). For tests and curiosity.
        self.blocked_resources: list[str] = []
        # Qt marks the link Tab reached with a faint dotted frame; it gets a plain, strong highlight instead.
        self.cursorPositionChanged.connect(self._mark_focused_link)
        self.selectionChanged.connect(self._mark_focused_link)

    def focused_link(self) -> str:
        """The address of the link the keyboard is on ("" when none)."""
        cursor = self.textCursor()
        if not (self.hasFocus() and cursor.hasSelection()):
            return ""
        probe = QTextCursor(cursor)
        probe.setPosition(min(cursor.position(), cursor.anchor()) + 1)
        fmt = probe.charFormat()
        return fmt.anchorHref() if fmt.isAnchor() else ""

    def _mark_focused_link(self) -> None:
        marks = []
        if self.focused_link():
            mark = QTextEdit.ExtraSelection()
            mark.cursor = self.textCursor()
            fmt = QTextCharFormat()
            fmt.setBackground(QColor(LINK_FOCUS_BACKGROUND))  # GOV.UK's focus colours: black on yellow
            fmt.setForeground(QColor("#0b0c0c"))
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
            fmt.setUnderlineColor(QColor("#0b0c0c"))
            mark.format = fmt
            marks.append(mark)
        if marks or self.extraSelections():
            self.setExtraSelections(marks)

    def focusNextPrevChild(self, next_: bool) -> bool:  # noqa: N802 (Qt moves between links here)
        moved = super().focusNextPrevChild(next_)
        self._mark_focused_link()
        return moved

    def focusInEvent(self, event) -> None:  # noqa: N802
        super().focusInEvent(event)
        self._mark_focused_link()

    def focusOutEvent(self, event) -> None:  # noqa: N802
        super().focusOutEvent(event)
        self._mark_focused_link()

    def loadResource(self, type_: int, name: QUrl):  # noqa: N802 (Qt's name)
        self.blocked_resources.append(name.toString())
        return None

    def setSource(self, name, type_=None) -> None:  # noqa: N802 - never load a file or URL as a page
        return None

    def wheelEvent(self, event) -> None:  # noqa: N802
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            delta = event.angleDelta().y()
            if delta:
                self.ctrl_wheel.emit(1 if delta > 0 else -1)
            event.accept()
            return
        super().wheelEvent(event)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.resized.emit()


class _ResultDelegate(QStyledItemDelegate):
    """Draws a search result as a bold title over a snippet, with the search words in bold."""

    def __init__(self, view: QListWidget) -> None:
        super().__init__(view)
        self._view = view

    def _document(self, option: QStyleOptionViewItem, index, width: int) -> QTextDocument:
        doc = QTextDocument()
        doc.setDocumentMargin(10)
        doc.setDefaultFont(option.font)
        doc.setHtml(index.data(_HTML_ROLE) or html.escape(index.data(Qt.ItemDataRole.DisplayRole) or ""))
        doc.setTextWidth(max(120, width))
        return doc

    def paint(self, painter, option, index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        doc = self._document(opt, index, opt.rect.width())
        paint_ctx = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        paint_ctx.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(role))
        painter.save()
        painter.translate(opt.rect.topLeft())
        painter.setClipRect(opt.rect.translated(-opt.rect.topLeft()))
        doc.documentLayout().draw(painter, paint_ctx)
        painter.restore()

    def sizeHint(self, option, index) -> QSize:  # noqa: N802
        width = self._view.viewport().width() - 4
        doc = self._document(option, index, width)
        return QSize(width, int(doc.size().height()) + 2)


class GuidancePage(Page):
    """The guidance library, for reading and searching."""

    #: Emitted with the page id after a page is shown.
    page_changed = Signal(str)
    #: Emitted for ``app:`` links (journal, contacts) as well as calling ``window().navigate``.
    app_link = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.history: list[str] = []
        self.forward_stack: list[str] = []
        self._current = ""
        self._highlight: str | None = None
        self._base_font_pt: float | None = None
        self._translated = False  # the page shown is a translation (the note beside it says so)
        self._zoom = max(ZOOM_MIN, min(ZOOM_MAX, ctx.settings.text_zoom))
        self._rendered_key: tuple | None = None
        self._current_html = ""
        self._load_error = ""
        try:
            self.library: Library | None = ctx.library
        except GuidanceError as exc:
            self.library = None
            self._load_error = str(exc)

        self._build()
        self._build_shortcuts()
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.run_search)
        hints = QGuiApplication.styleHints()
        if hints is not None:
            hints.colorSchemeChanged.connect(self._colour_scheme_changed)  # a bound slot: freed with the page
        self.open_page(HOME_PAGE, record=False)
        # Render the other pages and build the search index in small steps once the window is up.
        self._warm_timer = QTimer(self)
        self._warm_timer.setInterval(0)
        self._warm_timer.timeout.connect(self._warm_up_step)
        if self.library is not None:
            QTimer.singleShot(WARM_UP_DELAY_MS, self._warm_timer.start)

    def _warm_up_step(self) -> None:
        if self.library is None or not self.library.warm_up():
            self._warm_timer.stop()

    # ------------------------------------------------------------------ construction
    def _button(self, text: str, name: str, tip: str, slot) -> QPushButton:
        b = QPushButton(text, self)
        b.setAccessibleName(name)
        b.setToolTip(tip)
        b.clicked.connect(slot)
        return b

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 10, 12, 10)
        outer.setSpacing(8)

        bar = FlowLayout()  # wraps onto a second line at large text or in a narrow window
        self.back_button = self._button(translate("GuidancePage", "← Back"), translate("GuidancePage", "Back"),
                                        translate("GuidancePage", "Go back (Alt+Left)"), self.back)
        self.forward_button = self._button(translate("GuidancePage", "Forward →"),
                                           translate("GuidancePage", "Forward"),
                                           translate("GuidancePage", "Go forward (Alt+Right)"), self.forward)
        self.home_button = self._button(translate("GuidancePage", "Home"),
                                        translate("GuidancePage", "Home: what is happening?"),
                                        translate("GuidancePage", "Back to the start page"), self.go_home)
        for b in (self.back_button, self.forward_button, self.home_button):
            bar.addWidget(b)
        bar.addSpacing(8)
        self.search_label = QLabel(translate("GuidancePage", "Sea&rch:"), self)  # Alt+S is the Settings section
        self.search_field = QLineEdit(self)
        self.search_field.setObjectName("guidanceSearch")
        self.search_field.setPlaceholderText(translate("GuidancePage", "Type a word"))
        self.search_field.setAccessibleName(translate("GuidancePage", "Search the guidance"))
        self.search_field.setAccessibleDescription(
            translate(
            "GuidancePage",
            "Type a word. Results appear below. Press Down or Enter to go to them, Escape to clear.")
        )
        self.search_field.setClearButtonEnabled(True)
        for clear in self.search_field.findChildren(QToolButton):  # Qt's own clear button (Escape does the same)
            clear.setAccessibleName(translate("GuidancePage", "Clear search"))
            clear.setToolTip(translate("GuidancePage", "Clear search (Escape)"))
        self.search_field.setMaxLength(200)
        self.search_label.setBuddy(self.search_field)
        search = QWidget(self)  # the label and its box stay together when the bar wraps
        search_row = QHBoxLayout(search)
        search_row.setContentsMargins(0, 0, 0, 0)
        search_row.addWidget(self.search_label)
        search_row.addWidget(self.search_field, 1)
        bar.addWidget(search, 1)
        bar.addSpacing(8)
        self.zoom_out_button = self._button(translate("GuidancePage", "A−"), translate("GuidancePage", "Zoom out"),
                                            translate("GuidancePage", "Zoom out: smaller page text (Ctrl+−)"),
                                            self.zoom_out)
        self.zoom_in_button = self._button(translate("GuidancePage", "A+"), translate("GuidancePage", "Zoom in"),
                                           translate("GuidancePage", "Zoom in: bigger page text (Ctrl++)"),
                                           self.zoom_in)
        for b in (self.zoom_out_button, self.zoom_in_button):  # two characters: no need for a wide button
            b.setMaximumWidth(b.fontMetrics().horizontalAdvance("A+") + 32)
        # Search is the quickest way in: never squeeze it to a few characters.
        self.search_field.setMinimumWidth(self.search_field.fontMetrics().horizontalAdvance("Search the guidance") + 16)
        self.print_button = self._button(translate("GuidancePage", "Print…"),
                                         translate("GuidancePage", "Print this page"),
                                         translate("GuidancePage", "Print this page"), self.print_page)
        self.pdf_button = self._button(translate("GuidancePage", "Save as PDF…"),
                                       translate("GuidancePage", "Save this page as a PDF"),
                                       translate("GuidancePage", "Save this page as a PDF file"), self.save_pdf)
        for b in (self.zoom_out_button, self.zoom_in_button, self.print_button, self.pdf_button):
            bar.addWidget(b)
        outer.addLayout(bar)

        self.notice = QLabel(self)
        self.notice.setObjectName("guidanceNotice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        self._notice_timer = QTimer(self)
        self._notice_timer.setSingleShot(True)
        self._notice_timer.setInterval(6000)
        self._notice_timer.timeout.connect(self.notice.hide)
        outer.addWidget(self.notice)

        self.view_stack = QStackedWidget(self)
        outer.addWidget(self.view_stack, 1)

        # Reading view: the text, with "On this page" beside it.
        reading = QWidget(self.view_stack)
        row = QHBoxLayout(reading)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(10)
        self.browser = ReadingBrowser(reading)
        self.browser.setObjectName("guidanceText")
        self.browser.setAccessibleName(translate("GuidancePage", "Guidance page"))
        self.browser.anchorClicked.connect(self.handle_link)
        self.browser.ctrl_wheel.connect(lambda step: self.zoom_in() if step > 0 else self.zoom_out())
        self.browser.resized.connect(self._apply_line_length)
        row.addWidget(self.browser, 1)

        side = QVBoxLayout()
        side.setSpacing(4)
        self.place_label = QLabel(reading)
        self.place_label.setObjectName("placeLabel")
        self.place_label.setWordWrap(True)
        self.place_label.setTextFormat(Qt.TextFormat.PlainText)
        self.place_label.setMaximumWidth(230)
        self.place_button = QPushButton(translate("GuidancePage", "Change place…"), reading)
        self.place_button.setObjectName("placeChange")
        self.place_button.setToolTip(translate("GuidancePage", "Choose where you are: the numbers and the law follow"))
        self.place_button.clicked.connect(
            lambda: help_first.choose_place(self.place_button, self.ctx, self._place_chosen))
        side.addWidget(self.place_label)
        side.addWidget(self.place_button, 0, Qt.AlignmentFlag.AlignLeft)
        side.addSpacing(10)
        self.toc_label = QLabel(translate("GuidancePage", "On &this page"), reading)
        self.toc_label.setObjectName("tocLabel")
        self.toc_view = QListWidget(reading)
        self.toc_view.setObjectName("tocList")
        self.toc_view.setAccessibleName(translate("GuidancePage", "On this page"))
        self.toc_view.setAccessibleDescription(translate(
                                               "GuidancePage",
                                               "Headings on this page. Press Enter to jump to one."))
        self.toc_view.setWordWrap(True)
        self.toc_view.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.toc_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.toc_view.setMaximumWidth(230)
        self.toc_view.setMinimumWidth(170)
        self.toc_view.setStyleSheet("QListWidget#tocList::item { padding: 3px 4px; }")
        self.toc_view.itemActivated.connect(self._toc_activated)
        self.toc_view.itemClicked.connect(self._toc_activated)
        self.toc_label.setBuddy(self.toc_view)
        side.addWidget(self.toc_label)
        side.addWidget(self.toc_view, 1)
        # A translated page says at once, beside it, that it is machine-assisted (its own foot says it again).
        self.translation_note = QLabel(translate(
            "GuidancePage",
            'Machine-assisted translation, not yet checked by an adviser. <a href="about">More</a>'), reading)
        self.translation_note.setObjectName("translationNote")
        self.translation_note.setWordWrap(True)
        self.translation_note.setMaximumWidth(230)
        self.translation_note.setTextFormat(Qt.TextFormat.RichText)
        self.translation_note.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                                      | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.translation_note.setAccessibleName(translate(
            "GuidancePage", "Machine-assisted translation, not yet checked by an adviser"))
        self.translation_note.linkActivated.connect(self._about_translation)
        self.translation_note.hide()
        side.addWidget(self.translation_note)
        row.addLayout(side)
        self.view_stack.addWidget(reading)
        self._reading_view = reading

        # Search view: the ranked results.
        results = QWidget(self.view_stack)
        col = QVBoxLayout(results)
        col.setContentsMargins(0, 0, 0, 0)
        self.results_label = QLabel(results)
        self.results_label.setTextFormat(Qt.TextFormat.PlainText)  # it repeats the words searched for
        self.results_label.setObjectName("resultsLabel")
        self.results_label.setWordWrap(True)
        self.results_view = QListWidget(results)
        self.results_view.setObjectName("searchResults")
        self.results_view.setAccessibleName(translate("GuidancePage", "Search results"))
        self.results_view.setWordWrap(True)
        self.results_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results_view.setUniformItemSizes(False)
        self.results_view.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.results_view.setItemDelegate(_ResultDelegate(self.results_view))
        self.results_view.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.results_view.itemActivated.connect(self._result_activated)
        self.results_view.itemClicked.connect(self._result_activated)
        self.results_label.setBuddy(self.results_view)
        col.addWidget(self.results_label)
        col.addWidget(self.results_view, 1)
        self.view_stack.addWidget(results)
        self._results_page = results

        self.search_field.textChanged.connect(self._search_text_changed)
        self.search_field.installEventFilter(self)
        self.results_view.installEventFilter(self)
        self.setTabOrder(self.search_field, self.results_view)

    def _build_shortcuts(self) -> None:
        def add(keys: str, slot, context=Qt.ShortcutContext.WidgetWithChildrenShortcut) -> None:
            sc = QShortcut(QKeySequence(keys), self)
            sc.setContext(context)
            sc.activated.connect(slot)

        # Find and Print work wherever the focus is in the window (even on Quick exit) while this page is shown.
        window_wide = Qt.ShortcutContext.WindowShortcut

        add("Alt+Left", self.back)
        add("Alt+Right", self.forward)
        add("Ctrl+=", self.zoom_in)
        add("Ctrl++", self.zoom_in)
        add("Ctrl+-", self.zoom_out)
        add("Ctrl+0", self.zoom_reset)
        add("Ctrl+F", self.focus_search, window_wide)
        add("Ctrl+P", self.print_page, window_wide)

    # ------------------------------------------------------------------ state
    @property
    def place(self) -> Place:
        """The chosen place, or the one guessed from the computer's settings (said to be a guess)."""
        return current_place(self.ctx.settings.region, self.ctx.region_guess)

    @property
    def region(self) -> str | None:
        return self.place.for_pages

    def current_page_id(self) -> str:
        return self._current

    def current_html(self) -> str:
        """The HTML fragment shown for the current page (before Qt turns it into its own markup)."""
        return self._current_html

    @property
    def zoom(self) -> int:
        return self._zoom

    def _style_key(self) -> tuple:
        s = self.ctx.settings
        return (self._zoom, system_prefers_dark(), s.high_contrast, s.large_text, self.region, self.age,
                id(self.library))

    # ------------------------------------------------------------------ navigation
    def open_page(self, page_id: str, anchor: str | None = None, *, highlight: str | None = None,
                  record: bool = True) -> bool:
        """Show a page (and scroll to ``anchor``). Returns False if there is no such page."""
        if self.library is None:
            self._show_message(translate("GuidancePage", "The guidance could not be loaded"), self._load_error)
            return False
        if page_id not in self.library.pages:
            self._show_message(translate("GuidancePage", "That page could not be found"),
                               translate(
                               "GuidancePage",
                               "This link points to a page that is not in this version of the app."))
            return False
        if record and self._current and page_id != self._current:
            self.history.append(self._current)
            self.forward_stack.clear()
        self._highlight = highlight
        same = page_id == self._current
        self._current = page_id
        try:
            self._render(keep_scroll=False)
        except GuidanceError as exc:
            self._show_message(translate("GuidancePage", "This page could not be shown"), str(exc))
            self._update_buttons()
            return False
        self.view_stack.setCurrentWidget(self._reading_view)
        if anchor:
            self.scroll_to_anchor(anchor)
        elif not same or record:
            self.browser.verticalScrollBar().setValue(0)
        self._update_buttons()
        self.page_changed.emit(page_id)
        return True

    def scroll_to_anchor(self, anchor: str) -> None:
        if anchor == "top":
            self.browser.verticalScrollBar().setValue(0)
        else:
            self.browser.scrollToAnchor(anchor)

    def back(self) -> None:
        if not self.history:
            return
        self.forward_stack.append(self._current)
        self.open_page(self.history.pop(), record=False)

    def forward(self) -> None:
        if not self.forward_stack:
            return
        self.history.append(self._current)
        self.open_page(self.forward_stack.pop(), record=False)

    def go_home(self) -> None:
        self.open_page(HOME_PAGE)

    def reset_to_home(self) -> None:
        """Back to the start page with no search and no history."""
        self._search_timer.stop()
        self.search_field.blockSignals(True)
        self.search_field.clear()
        self.search_field.blockSignals(False)
        self.results_view.clear()
        self.history.clear()
        self.forward_stack.clear()
        self._current = ""
        self.open_page(HOME_PAGE, record=False)

    def panic_cleanup(self) -> None:
        # Nothing secret lives here, but a reader's trail (search words, history) should not linger.
        self.reset_to_home()

    def clear_session(self) -> None:
        """End of a guest session: no history, no search, text size back to the saved default."""
        self._zoom = max(ZOOM_MIN, min(ZOOM_MAX, self.ctx.settings.text_zoom))
        self.reset_to_home()

    def refresh(self) -> None:
        """Re-render after a change of region, theme, dark mode or text size."""
        if self._current:
            self._render(keep_scroll=True)

    def _colour_scheme_changed(self, _scheme) -> None:
        self.refresh()

    def settings_changed(self, names: frozenset) -> None:
        """Follow a change of region, age, text size or contrast made anywhere (Settings, first run, End session)."""
        if "text_zoom" in names and not self.ctx.guest:
            self._zoom = max(ZOOM_MIN, min(ZOOM_MAX, self.ctx.settings.text_zoom))
        if "language" in names and self.library is not None:
            with contextlib.suppress(GuidanceError):  # else keep the pages already shown
                self.library = self.ctx.library  # the new language's pages (English where none is translated)
        if self._rendered_key != self._style_key():
            self.refresh()

    def _update_buttons(self) -> None:
        self.back_button.setEnabled(bool(self.history))
        self.forward_button.setEnabled(bool(self.forward_stack))

    # ------------------------------------------------------------------ links
    def show_notice(self, text: str) -> None:
        """A short message under the toolbar that goes away by itself."""
        self.notice.setText(text)
        self.notice.setAccessibleName(text)
        self.notice.show()
        self._notice_timer.start()

    def handle_link(self, url: QUrl) -> str:
        """Act on a link from the text. Returns what happened (for tests): "page", "anchor", "app", etc."""
        scheme = url.scheme().lower()
        if scheme == "page":
            target = url.path()
            fragment = url.fragment() or None
            if target == self._current and fragment:
                self.scroll_to_anchor(fragment)
                return "anchor"
            return "page" if self.open_page(target, fragment) else "missing"
        if scheme == "" and url.hasFragment():
            self.scroll_to_anchor(url.fragment())
            return "anchor"
        if scheme == "app" and url.path() == "place":
            help_first.choose_place(self.browser, self.ctx, self._place_chosen)
            return "place"
        if scheme == "app":
            name = url.path()
            self.app_link.emit(name)
            if name in ("journal", "contacts", "settings", "guidance"):
                self.navigate(name, focus=True)
            return "app"
        if scheme == "tel":
            number = links.copy_phone(self, url.toString())
            self.show_notice(translate(
                             "GuidancePage",
                             "Copied {number}. You can paste it into your phone. This app cannot make calls.",
                             ).format(number=number))
            return "copied"
        if scheme in ("https", "http", "mailto"):
            return links.confirm_and_open_link(self, url.toString())
        return "ignored"

    # ------------------------------------------------------------------ rendering
    def _show_place(self) -> None:
        text = help_first.place_text(self.place)
        self.place_label.setText(text)
        self.place_label.setAccessibleName(text)
        self.place_button.setAccessibleName(translate("GuidancePage", "Change place"))
        self.place_button.setAccessibleDescription(text)

    def _place_chosen(self) -> None:
        self._show_place()  # the pages themselves follow the saved change (settings_changed)

    def _call_block(self, page) -> str | None:
        """The "Who to call" block for a page that asks for one (``call_first``), for the chosen or guessed
        place, and the "Showing help for" line under it."""
        if not page.call_first:
            return None
        place = self.place
        region = place.region if place.region in REGIONS or place.region == UK else None
        try:
            if page.id == HOME_PAGE and region:
                contacts = help_first.home_contacts(self.ctx.contacts, place, self.age)
            else:
                contacts = who_to_call_for(self.ctx.contacts, region, page.call_first, self.age) if region else []
        except ContactsError:
            return None
        block = who_to_call_html(contacts, region, self.age)
        if page.id == HOME_PAGE and help_first.is_uk(place):
            block += help_first.deaf_access_html()
        return block

    def _blocks(self, page_id: str) -> dict[str, str] | None:
        if page_id != HOME_PAGE and self.region is not None:
            return None  # with no place known, every page's danger lines become one labelled line
        try:
            return {"danger-now": help_first.danger_html(self.ctx.contacts, self.place)}
        except ContactsError:
            return None

    @property
    def age(self) -> str | None:
        return self.ctx.settings.age_group or None

    def _page_html(self, page_id: str) -> str:
        assert self.library is not None
        page = self.library.page(page_id)
        call_block, blocks = self._call_block(page), self._blocks(page_id)
        from iia_help.language import is_rtl

        if is_rtl(page.language):  # the app's own blocks: each in its words' direction
            call_block = _blocks_by_direction(call_block) if call_block else call_block
            blocks = {name: _blocks_by_direction(value) for name, value in (blocks or {}).items()}
        body = self.library.render(page_id, region=self.region, highlight=self._highlight,
                                   call_block=call_block, blocks=blocks, place_names=help_first.join_places)
        if page_id == HOME_PAGE and self.age == "under-18":  # the under-18 route, straight after the numbers
            under_18 = self.library.pages.get("under-18")
            route = translate(
                "GuidancePage",
                '<p><strong>You said you are under 18.</strong> Start here: <a href="page:under-18">{title}</a>.</p>',
            ).format(title=html.escape(under_18.title if under_18 else "under-18"))
            at = body.find('<h2 id="what-is-happening"')
            at = at if at >= 0 else len(body)
            body = body[:at] + route + "\n" + body[at:]
        related = [self.library.pages[r] for r in page.related if r in self.library.pages and r != page_id]
        if related:
            items = "".join(
                f'<li><a href="page:{html.escape(p.id)}">{html.escape(p.title)}</a></li>' for p in related
            )
            body += translate(
                    "GuidancePage",
                    "\n<h2 id=\"related-pages\">Related pages</h2>\n<ul class=\"related\">{items}</ul>\n",
                    ).format(items=items)
        if page.stale and page.english_reviewed is not None:  # the English page changed since it was translated
            from iia_help.language import stale_note

            reviewed = date_text(page.english_reviewed, page.language)
            body += (translate(
                     "GuidancePage",
                     "<p class=\"meta\">Last reviewed: {v0}</p>\n<p class=\"meta\">{v1}</p>\n",
                     ).format(v0=html.escape(reviewed), v1=html.escape(stale_note(page.language))))
        elif page_id != HOME_PAGE:  # at the end: nothing to read between the title and the danger line
            body += translate(
                    "GuidancePage",
                    "<p class=\"meta\">Last reviewed: {v0}</p>\n",
                    ).format(v0=html.escape(date_text(page.last_reviewed, page.language)))
        from iia_help.language import is_rtl, isolate_ltr

        if is_rtl(page.language):  # numbers and addresses read left to right inside the right-to-left text
            return f'<div dir="rtl">{isolate_ltr(nowrap_numbers(body))}</div>'
        return nowrap_numbers(body)

    def _render(self, *, keep_scroll: bool) -> None:
        bar = self.browser.verticalScrollBar()
        fraction = bar.value() / bar.maximum() if keep_scroll and bar.maximum() > 0 else 0.0
        s = self.ctx.settings
        dark = system_prefers_dark()
        colours = reading_colours(dark=dark, high_contrast=s.high_contrast)
        self.browser.setStyleSheet(
            f"QTextBrowser#guidanceText {{ background: {colours['bg']}; color: {colours['text']}; }}"
        )
        self.browser.document().setDefaultStyleSheet(
            reading_css(self._zoom, dark=dark, high_contrast=s.high_contrast, large_text=s.large_text)
        )
        # Qt sizes <h1>..<h6> from the document's default font and ignores their CSS font-size: without this,
        # A+ and large text grew the body text but not the headings.
        # Scaled from the size they had before any zoom, so at normal size the page looks as it always did.
        if self._base_font_pt is None:
            self._base_font_pt = self.browser.document().defaultFont().pointSizeF()
        font = QFont(self.browser.document().defaultFont())
        font.setPointSizeF(self._base_font_pt * font_points(self._zoom, s.large_text) / font_points(0, False))
        self.browser.document().setDefaultFont(font)
        self._current_html = self._page_html(self._current)
        self.browser.setHtml(self._current_html)
        self._apply_line_length()
        page = self.library.page(self._current) if self.library else None
        if page is not None:
            self.browser.setAccessibleName(translate("GuidancePage", "Guidance page: {v0}").format(v0=page.title))
            self.browser.setAccessibleDescription(page.summary)
        self._fill_toc()
        self._show_place()
        self._translated = page is not None and page.language != "en"
        self._fit_translation_note()
        self._rendered_key = self._style_key()
        if keep_scroll and bar.maximum() > 0:
            bar.setValue(round(fraction * bar.maximum()))

    def _fit_translation_note(self) -> None:
        """Show the translation note beside a translated page when the window has the height for it; in a window
        too short (Large text, a guest session with the first-run questions) it would make the whole page scroll, so
        it stays hidden there (the page's own foot says the same)."""
        note = self.translation_note
        if not self._translated:
            note.hide()
            return
        area = self.parentWidget()
        while area is not None and not isinstance(area, QAbstractScrollArea):
            area = area.parentWidget()
        if area is None:
            note.show()
            return
        width = self.width()
        need = self.heightForWidth(width) if self.hasHeightForWidth() else self.minimumSizeHint().height()
        if note.isHidden():
            need += note.heightForWidth(note.width() if note.width() > 1 else note.maximumWidth()) + 4
        note.setVisible(need <= area.viewport().height())

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().resizeEvent(event)
        if self._translated:
            self._fit_translation_note()

    def _about_translation(self, _link: str = "") -> None:
        from iia_help.ui.about import show_about

        show_about(self.window())

    def _show_message(self, title: str, text: str) -> None:
        self._current_html = f"<h1>{html.escape(title)}</h1><p>{html.escape(text)}</p>"
        self.browser.setHtml(self._current_html)
        self.toc_view.clear()
        self.view_stack.setCurrentWidget(self._reading_view)

    def _apply_line_length(self) -> None:
        """Keep lines to about 70 characters: wide windows get wider side margins, not longer lines."""
        doc = self.browser.document()
        font = QFont(self.browser.font())
        font.setPointSizeF(font_points(self._zoom, self.ctx.settings.large_text))
        wanted = QFontMetricsF(font).averageCharWidth() * LINE_CHARS
        available = self.browser.viewport().width()
        side = max(16.0, (available - wanted) / 2)
        frame = doc.rootFrame()
        fmt = frame.frameFormat()
        if abs(fmt.leftMargin() - side) < 1 and fmt.topMargin() == 12:
            return
        fmt.setLeftMargin(side)
        fmt.setRightMargin(side)
        fmt.setTopMargin(12)
        fmt.setBottomMargin(24)
        frame.setFrameFormat(fmt)

    def _fill_toc(self) -> None:
        self.toc_view.clear()
        if self.library is None or not self._current:
            return
        top = QListWidgetItem(translate("GuidancePage", "Top of the page"))
        top.setData(_ANCHOR_ROLE, "top")
        self.toc_view.addItem(top)
        page = self.library.page(self._current)
        entries = [(level, text, anchor) for level, text, anchor in self.library.toc(self._current, region=self.region)]
        if page.call_first and 'id="who-to-call"' in self._current_html:  # the app's own block, after the steps
            at = next((i + 1 for i, e in enumerate(entries) if e[2] == "first-steps"), 0)
            entries.insert(at, (3, translate("GuidancePage", "Who to call"), "who-to-call"))
        for level, text, anchor in entries:
            if level > 3:
                continue
            item = QListWidgetItem(("    " * max(0, level - 2)) + text)
            item.setData(_ANCHOR_ROLE, anchor)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
            self.toc_view.addItem(item)
        if any(r in self.library.pages for r in page.related):
            item = QListWidgetItem(translate("GuidancePage", "Related pages"))
            item.setData(_ANCHOR_ROLE, "related-pages")
            self.toc_view.addItem(item)

    def toc_anchors(self) -> list[str]:
        return [self.toc_view.item(i).data(_ANCHOR_ROLE) for i in range(self.toc_view.count())]

    def _toc_activated(self, item: QListWidgetItem) -> None:
        anchor = item.data(_ANCHOR_ROLE)
        if anchor:
            self.scroll_to_anchor(anchor)

    def focus_first(self) -> bool:
        """Arriving by keyboard: focus the text being read, so arrow keys scroll it and a screen reader reads it."""
        view = self.view_stack.currentWidget()
        target = self.browser if view is self._reading_view else self.results_view
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return True

    # ------------------------------------------------------------------ search
    def focus_search(self) -> None:
        self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_field.selectAll()

    def _search_text_changed(self, text: str) -> None:
        if not text.strip():
            self._search_timer.stop()
            self.results_view.clear()
            self.view_stack.setCurrentWidget(self._reading_view)
            return
        self._search_timer.start()

    def run_search(self) -> list[SearchHit]:
        """Search now (the field normally waits a moment after typing)."""
        self._search_timer.stop()
        query = self.search_field.text().strip()
        self.results_view.clear()
        if not query or self.library is None:
            self.view_stack.setCurrentWidget(self._reading_view)
            return []
        hits = self.library.search(query, region=self.region)
        pattern = _terms_pattern(query)
        for hit in hits:
            item = QListWidgetItem(f"{hit.title}. {hit.snippet}")
            item.setData(_PAGE_ROLE, hit.page_id)
            snippet = nowrap_numbers(html.escape(hit.snippet))  # a number never breaks across lines here either
            if pattern is not None:
                snippet = pattern.sub(lambda m: f"<b>{m.group(0)}</b>", snippet)
            item.setData(_HTML_ROLE, f'<p style="margin:0"><span style="font-size:large; font-weight:700">'
                                     f"{html.escape(hit.title)}</span><br>{snippet}</p>")
            item.setToolTip(hit.title)
            self.results_view.addItem(item)
        if hits:
            n = len(hits)
            count = translate("GuidancePage", "%n pages", "%n page", n)
            self.results_label.setText(translate(
                                       "GuidancePage",
                                       "{count} found for “{query}”. Press Enter to open one, Escape to go back.",
                                       ).format(count=count, query=query))
        else:
            self.results_label.setText(translate(
                                       "GuidancePage",
                                       "No pages found for “{query}”. Try a different or shorter word.",
                                       ).format(query=query))
        self.results_view.setAccessibleDescription(self.results_label.text())
        self.view_stack.setCurrentWidget(self._results_page)
        return hits

    def result_page_ids(self) -> list[str]:
        return [self.results_view.item(i).data(_PAGE_ROLE) for i in range(self.results_view.count())]

    def _enter_results(self) -> None:
        if self._search_timer.isActive() or (self.search_field.text().strip() and not self.results_view.count()):
            self.run_search()
        elif self.search_field.text().strip() and self.view_stack.currentWidget() is not self._results_page:
            self.view_stack.setCurrentWidget(self._results_page)
        if self.results_view.count():
            self.results_view.setCurrentRow(max(0, self.results_view.currentRow()))
            self.results_view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _result_activated(self, item: QListWidgetItem) -> None:
        page_id = item.data(_PAGE_ROLE)
        if page_id:
            self.open_page(page_id, highlight=self.search_field.text().strip() or None)
            self.browser.setFocus(Qt.FocusReason.OtherFocusReason)

    def clear_search(self) -> None:
        self.search_field.clear()
        self.view_stack.setCurrentWidget(self._reading_view)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if obj is self.search_field:
                if key in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                    self._enter_results()
                    return True
                if key == Qt.Key.Key_Escape and self.search_field.text():
                    self.clear_search()
                    return True
            elif obj is self.results_view and (
                key == Qt.Key.Key_Escape or (key == Qt.Key.Key_Up and self.results_view.currentRow() <= 0)
            ):
                self.search_field.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
        return super().eventFilter(obj, event)

    # ------------------------------------------------------------------ zoom
    def _set_zoom(self, value: int) -> None:
        value = max(ZOOM_MIN, min(ZOOM_MAX, value))
        if value == self._zoom:
            return
        self._zoom = value
        if not self.ctx.guest:  # a guest's size is this page's alone, forgotten at End session
            with contextlib.suppress(OSError):  # the size still changes now; it just is not remembered
                self.ctx.update_settings(text_zoom=value)  # settings_changed re-renders
        if self._rendered_key != self._style_key():
            self.refresh()

    def zoom_in(self) -> None:
        self._set_zoom(self._zoom + 1)

    def zoom_out(self) -> None:
        self._set_zoom(self._zoom - 1)

    def zoom_reset(self) -> None:
        self._set_zoom(0)

    # ------------------------------------------------------------------ print
    def _printable(self) -> tuple[str, str]:
        title = self.library.page(self._current).title if self.library and self._current else translate(
                                                                                              "GuidancePage",
                                                                                              "Guidance")
        from iia_help.ui import printing  # QtPrintSupport loads only when someone prints

        return printing.printable_page_html(self._page_html(self._current)), title

    def print_page(self) -> None:
        if not self._current:
            return
        body, title = self._printable()
        from iia_help.ui import printing  # QtPrintSupport loads only when someone prints

        printing.print_html(self, body, title)

    def save_pdf(self):
        if not self._current:
            return None
        body, title = self._printable()
        from iia_help.ui import printing  # QtPrintSupport loads only when someone prints

        return printing.save_as_pdf_dialog(self, body, title)


def _terms_pattern(query: str) -> re.Pattern[str] | None:
    terms = [t for t in re.findall(r"\w+", query.casefold()) if len(t) >= 2]
    if not terms:
        return None
    alternatives = "|".join(re.escape(t) for t in sorted(set(terms), key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})\w*", re.IGNORECASE)
