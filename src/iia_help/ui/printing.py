"""Print or save as PDF: a guidance page, or a one-page contacts card a support worker can hand over.

Always black on white, A4, readable margins, no app chrome. PDFs are built in memory and written atomically.
"""

from __future__ import annotations

import html
import re
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QMessageBox, QWidget

from iia_help.contacts import NEEDS, REGIONS, Contact, Directory
from iia_help.display_text import check_details_text, contact_field_html, date_text
from iia_help.fonts import mark_right_to_left
from iia_help.fsutil import atomic_write_bytes
from iia_help.ui.core_texts import core
from iia_help.ui.i18n import translate
from iia_help.ui.modal import exec_dialog, neutral_title

MARGIN_MM = 18.0
# What a PDF's metadata and a print job's name say: nothing about the page (PDF viewers, "recent files" lists and
# shared printers' queues show it). The page's own heading is printed on the page.
NEUTRAL_TITLE = "Notes"
_BASE_PT = 12.0

# Qt's rich text ignores margins given in pt, so spacing uses em.
PRINT_CSS = """
body { color: #000000; background: #ffffff; font-family: 'DejaVu Sans', 'Segoe UI', Arial, sans-serif; }
h1 { font-size: %(h1)spt; font-weight: 700; margin-top: 0; margin-bottom: 0.4em; }
h2 { font-size: %(h2)spt; font-weight: 700; margin-top: 0.9em; margin-bottom: 0.3em; }
h3 { font-size: %(h3)spt; font-weight: 700; margin-top: 0.6em; margin-bottom: 0.2em; }
p, li, dd, dt { font-size: %(body)spt; line-height: 125%%; }
td { font-size: %(body)spt; }
p { margin-top: 0; margin-bottom: 0.6em; }
li { margin-bottom: 0.25em; }
a { color: #000000; text-decoration: underline; }
mark { background-color: #ffffff; color: #000000; font-weight: 700; }
.meta { font-size: %(small)spt; color: #222222; }
.emergency { font-size: %(big)spt; font-weight: 700; margin-bottom: 0.2em; }
td { padding: 3px; vertical-align: top; border-bottom: 1px solid #999999; }
"""


def print_css(scale: float = 1.0) -> str:
    size = _BASE_PT * scale
    values = {
        "body": round(size, 1),
        "small": round(size * 0.85, 1),
        "h1": round(size * 1.7, 1),
        "h2": round(size * 1.35, 1),
        "h3": round(size * 1.1, 1),
        "big": round(size * 1.6, 1),
    }
    return PRINT_CSS % values


def printable_page_html(fragment: str) -> str:
    """A guidance fragment made fit for paper: web addresses are written out after their link text."""

    def spell_out(match: re.Match[str]) -> str:
        href, text = match.group(1), match.group(2)
        if href.startswith(("https:", "http:")):
            shown = html.escape(html.unescape(href), quote=False)
            if shown.rstrip("/") in text:
                return text
            return f"{text} ({shown})"
        if href.startswith("mailto:"):
            return f"{text} ({html.escape(html.unescape(href[7:]), quote=False)})"
        return text

    return re.sub(r'<a href="([^"]*)"[^>]*>(.*?)</a>', spell_out, fragment, flags=re.DOTALL)


def _page_layout() -> QPageLayout:
    return QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                       QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter)


def _document_for(device: QPagedPaintDevice, body_html: str, title: str, scale: float = 1.0) -> QTextDocument:
    doc = QTextDocument()
    doc.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, NEUTRAL_TITLE)
    doc.setDefaultStyleSheet(print_css(scale))
    doc.documentLayout().setPaintDevice(device)
    doc.setDocumentMargin(0)
    doc.setHtml(f"<html><body>{body_html}</body></html>")
    mark_right_to_left(doc)  # Urdu: the app's Urdu font, paragraphs right to left
    rect = device.pageLayout().paintRectPixels(device.logicalDpiY())
    doc.setPageSize(rect.size().toSizeF())
    return doc


def _new_writer(buffer: QBuffer, title: str) -> QPdfWriter:
    writer = QPdfWriter(buffer)
    writer.setResolution(300)
    writer.setPageLayout(_page_layout())
    writer.setTitle(NEUTRAL_TITLE)
    writer.setCreator("")
    return writer


def render_pdf(html_body: str, title: str, *, fit_one_page: bool = False) -> bytes:
    """PDF bytes for an HTML body. With ``fit_one_page`` the type shrinks (not below 70%) to fit one page."""
    scales = (1.0, 0.92, 0.85, 0.78, 0.7) if fit_one_page else (1.0,)
    for scale in scales:
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        writer = _new_writer(buffer, title)
        doc = _document_for(writer, html_body, title, scale)
        if doc.pageCount() > 1 and scale != scales[-1]:
            del writer
            buffer.close()
            continue
        doc.print_(writer)
        del writer
        data = bytes(buffer.data())
        buffer.close()
        return data
    raise AssertionError("unreachable")


def save_html_as_pdf(html_body: str, path: str | Path, title: str, *, fit_one_page: bool = False) -> Path:
    """Write a PDF of ``html_body`` to ``path`` atomically (never a half-written file)."""
    path = Path(path)
    data = render_pdf(html_body, title, fit_one_page=fit_one_page)
    atomic_write_bytes(path, data, mode=0o644)
    return path


def print_html(parent: QWidget | None, html_body: str, title: str) -> bool:
    """Show Qt's own print dialog and print. Returns True if something was sent to the printer."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(_page_layout())
    printer.setDocName(NEUTRAL_TITLE)
    dialog = QPrintDialog(printer, parent)
    dialog.setObjectName("printDialog")
    try:
        # Qt's own print dialog (Linux) is shown without Qt modality, like every other dialog; Windows and macOS
        # have only the system's own, which runs modally (the native panic filter covers it on Windows).
        native = sys.platform in ("win32", "darwin")
        if (dialog.exec() if native else exec_dialog(dialog)) != QPrintDialog.DialogCode.Accepted:
            return False
    finally:
        dialog.deleteLater()
    doc = _document_for(printer, html_body, title)
    doc.print_(printer)
    return True


def safe_file_name(title: str) -> str:
    name = re.sub(r"[^A-Za-z0-9]+", "-", title).strip("-").lower()[:60]
    return (name or "page") + ".pdf"


def save_as_pdf_dialog(parent: QWidget | None, html_body: str, title: str, *, suggested_name: str | None = None,
                       fit_one_page: bool = False) -> Path | None:
    """Ask where to save (Qt's own dialog, no history kept), then write the PDF. Returns the path or None."""
    from iia_help.ui.dialogs import save_file

    target = save_file(parent, translate("printing", "Save as PDF"), suggested_name or safe_file_name(title), translate(
                                                                                       "printing",
                                                                                       "PDF files (*.pdf)"))
    if target is None:
        return None
    if target.suffix.lower() != ".pdf":
        target = target.with_name(target.name + ".pdf")
    try:
        save_html_as_pdf(html_body, target, title, fit_one_page=fit_one_page)
    except OSError as exc:
        box = QMessageBox(QMessageBox.Icon.Warning, neutral_title(),
                          translate("printing",
                                    "The PDF could not be saved there ({v0}). Please try another folder.",
                                    ).format(v0=exc.strerror or translate("printing", "the folder could not be used")),
                          QMessageBox.StandardButton.Ok, parent)
        box.setObjectName("saveFailed")
        exec_dialog(box)
        box.deleteLater()
        return None
    return target


# --------------------------------------------------------------------------- contacts card


def _contact_row(contact: Contact, language: str = "en") -> str:
    esc = html.escape
    reach = []
    if contact.phone:
        reach.append(f"<b>{contact_field_html('phone', contact.phone, language)}</b>")
    if contact.text:
        reach.append(esc(contact.text))
    for kind, value in (("web", contact.web), ("email", contact.email), ("hours", contact.hours)):
        if value:
            reach.append(contact_field_html(kind, value, language))
    if contact.confidence != "verified":
        reach.append(f"<i>{esc(check_details_text(language))}</i>")
    return (f"<tr><td width='34%'><b>{esc(contact.name)}</b><br><span class='meta'>{esc(contact.who)}</span></td>"
            f"<td>{'<br>'.join(reach)}</td></tr>")


def contacts_card_html(directory: Directory, region: str, need: str | None = None, *, language: str = "en") -> str:
    """One page of contacts for a region (and need): the emergency contact first, in large type."""
    esc = html.escape
    contacts = directory.for_region(region, need)
    region_label = core(REGIONS.get(region, region))
    heading = translate("printing", "Help and support: {region_label}").format(region_label=region_label)
    if need:
        heading += f" ({core(NEEDS[need])})"
    parts = [f"<h1>{esc(heading)}</h1>"]
    emergency = directory.emergency(region)
    rest = [c for c in contacts if c is not emergency]
    if emergency is not None:
        parts.append(f"<p class='emergency'>{esc(emergency.name)}</p>")
        parts.append(f"<p>{esc(emergency.for_)}</p>")
        if emergency.text:
            parts.append(f"<p>{esc(emergency.text)}</p>")
        if emergency.note:
            parts.append(f"<p>{esc(emergency.note)}</p>")
    if rest:
        parts.append("<table width='100%' cellspacing='0'>")
        parts.extend(_contact_row(c, language) for c in rest)
        parts.append("</table>")
    else:
        parts.append(translate("printing", "<p>There are no other contacts for this choice.</p>"))
    checked = max((c.last_checked for c in contacts), default=None)
    if checked is not None:
        reviewed = esc(date_text(checked, language))
        parts.append(translate(
                     "printing",
                     "<p class='meta'>Details as published by each service; last reviewed {reviewed}. Services can "
                     "change: if a number does not work, look at the service's website.</p>",
                     ).format(reviewed=reviewed))
    return "\n".join(parts)
