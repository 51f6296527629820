"""The PDF report: cover page, timeline table, then every entry in full with its history and attached files.

Uses QtGui only (``QPdfWriter``, ``QTextDocument``, ``QPainter``, ``QImageReader``): no extra dependency. These need
a ``QGuiApplication``; ``ensure_gui_app()`` makes an offscreen one when none exists (scripts, the benchmark). The
app's own ``QApplication`` is used as it is. Rendering may run on a worker thread (QPainter on a QPdfWriter and
QTextDocument are safe off the GUI thread when each thread uses its own objects).

Images are decoded in memory only (never a temp file), checked for size before decoding, scaled down, and kept
compressed until the page that shows them is drawn, so memory stays small for hundreds of images.
"""

from __future__ import annotations

import html
import os
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from iia_help.export.errors import ExportCancelled, ExportError
from iia_help.export.selection import FilePlan, Selection

Progress = Callable[[int, int], "bool | None"]

MAX_DRAW_BYTES = 64 * 1024 * 1024  # larger files are listed, not drawn
MAX_PIXELS = 60_000_000  # decoded size limit (JPEG is decoded scaled down, so it may be larger)
MAX_JPEG_PIXELS = 400_000_000
THUMB_MAX = 1400  # longest side of the image kept for the page, in pixels
DPI = 300
BODY_PT = 10.5
SANS = "'DejaVu Sans', 'Noto Sans', 'Segoe UI', 'Helvetica Neue', Arial, sans-serif"
MONO = "'DejaVu Sans Mono', 'Noto Sans Mono', Consolas, Menlo, 'Courier New', monospace"

_app: Any = None
def ensure_gui_app() -> None:
    """Make sure a QGuiApplication exists (fonts and images need one); creates an offscreen one if not."""
    global _app
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QGuiApplication

    existing = QCoreApplication.instance()
    if existing is None:
        args = ["iia-help"]
        if not os.environ.get("QT_QPA_PLATFORM"):
            args += ["-platform", "offscreen"]
        _app = QGuiApplication(args)
    elif not isinstance(existing, QGuiApplication):
        raise ExportError("The report needs the app's display part, which is not running.")


# ----------------------------------------------------------------------------------------------------- images
@dataclass
class Thumb:
    """An image scaled down for the page, kept compressed in memory."""

    data: bytes
    fmt: str
    width: int
    height: int
    original: tuple[int, int]


def make_thumb(data: bytes | bytearray, kind: str) -> Thumb | str:
    """Decode an image in memory; return a ``Thumb`` or a short reason it cannot be shown."""
    return _make_thumb(data, kind)


def _make_thumb(data: bytes | bytearray, kind: str) -> Thumb | str:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
    from PySide6.QtGui import QImage, QImageReader

    if len(data) > MAX_DRAW_BYTES:
        return "the file is too large to show here"
    buf = QBuffer()
    buf.setData(QByteArray(bytes(data)))
    buf.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buf, kind.encode())
    reader.setAutoTransform(True)
    size = reader.size()
    w, h = size.width(), size.height()
    if w <= 0 or h <= 0:
        return "the file could not be read as an image"
    limit = MAX_JPEG_PIXELS if kind == "jpeg" else MAX_PIXELS
    if w * h > limit:
        return "the image is too large to show here"
    scale = min(1.0, THUMB_MAX / max(w, h))
    if scale < 1.0:
        reader.setScaledSize(QSize(max(1, round(w * scale)), max(1, round(h * scale))))
    img = reader.read()
    if img.isNull():
        return "the image is damaged or in a form the app cannot show"
    out = QBuffer()
    out.open(QIODevice.OpenModeFlag.WriteOnly)
    if kind == "jpeg" and not img.hasAlphaChannel():
        fmt, ok = "JPEG", img.convertToFormat(QImage.Format.Format_RGB32).save(out, "JPEG", 90)
    else:
        fmt, ok = "PNG", img.save(out, "PNG", 80)  # light compression: fast, and only held in memory
    if not ok:
        return "the image could not be prepared for the page"
    return Thumb(bytes(out.data()), fmt, img.width(), img.height(), (w, h))


def thumb_image(t: Thumb) -> Any:
    from PySide6.QtGui import QImage

    return QImage.fromData(t.data, t.fmt)


# ----------------------------------------------------------------------------------------------------- text
def _clean(text: str) -> str:
    """Text safe for the page: no control characters (except new lines and tabs), no lone surrogates."""
    text = text.encode("utf-8", "replace").decode("utf-8")
    return "".join(ch if ch in "\n\t" or ch >= " " and ch != "\x7f" else "\ufffd" for ch in text)


def esc(text: str) -> str:
    return html.escape(_clean(text), quote=True)


def fmt_time(dt: datetime | None, tz: Any = None) -> str:
    if dt is None:
        return "unknown"
    local = dt.astimezone(tz) if tz is not None else dt.astimezone()
    off = local.utcoffset()
    mins = int(off.total_seconds() // 60) if off is not None else 0
    sign = "+" if mins >= 0 else "-"
    mins = abs(mins)
    return f"{local.day} {local:%b %Y, %H:%M:%S} (UTC{sign}{mins // 60:02d}:{mins % 60:02d})"


def fmt_short(dt: datetime, tz: Any = None) -> str:
    local = dt.astimezone(tz) if tz is not None else dt.astimezone()
    return f"{local.day} {local:%b %Y, %H:%M}"


def fmt_day(dt: datetime, tz: Any = None) -> str:
    local = dt.astimezone(tz) if tz is not None else dt.astimezone()
    return f"{local.day} {local:%b %Y}"


def symbol_names(text: str, limit: int = 40) -> str:
    """Emoji and other symbols outside the basic range, named in words ("😀 grinning face (U+1F600)")."""
    seen: list[str] = []
    for ch in text:
        if ord(ch) > 0xFFFF and ch not in seen and unicodedata.category(ch).startswith("S"):
            seen.append(ch)
            if len(seen) >= limit:
                break
    return "; ".join(f"{ch} {unicodedata.name(ch, 'symbol').lower()} (U+{ord(ch):04X})" for ch in seen)


def fmt_size(n: int) -> str:
    if n < 1024:
        return f"{n} bytes"
    for unit, div in (("KB", 1024), ("MB", 1024**2), ("GB", 1024**3)):
        if n < div * 1024 or unit == "GB":
            return f"{n / div:.1f} {unit} ({n:,} bytes)"
    return f"{n:,} bytes"  # pragma: no cover


def _hash_html(h: str) -> str:
    return f'<span style="font-family: {MONO}">{esc(h)}</span>'


@dataclass
class ReportInfo:
    made_at: datetime
    app_version: str
    manifest_sha256: str | None = None  # None: a report saved on its own, without a bundle


def _range_text(sel: Selection, tz: Any) -> str:
    o = sel.options
    if sel.entries:
        first, last = sel.entries[0].occurred_at, sel.entries[-1].occurred_at
        span = f"{fmt_day(first, tz)} to {fmt_day(last, tz)}"
    else:
        span = "no entries"
    if o.mode() == "date range":
        chosen = f"{o.date_from:%d %b %Y}" if o.date_from else "the start"
        chosen += " to " + (f"{o.date_to:%d %b %Y}" if o.date_to else "the end")
        return f"{span} (chosen: {chosen})"
    if o.mode() == "selected":
        return f"{span} (chosen entries only)"
    return f"{span} (every entry)"


def cover_html(sel: Selection, info: ReportInfo) -> str:
    o, tz = sel.options, sel.options.tz
    rows = []
    if o.name.strip():
        rows.append(("Prepared by", esc(o.name.strip())))
    if o.contact.strip():
        rows.append(("Contact", esc(o.contact.strip())))
    rows.append(("Incidents dated", esc(_range_text(sel, tz))))
    rows.append(("Number of entries", str(len(sel.entries))))
    inc = len(sel.included_files)
    files = f"{len(sel.files)} in total; {inc} included in this export"
    if len(sel.files) - inc:
        files += f", {len(sel.files) - inc} left out (listed by name and fingerprint only)"
    rows.append(("Attached files", esc(files)))
    rows.append(("Report made", esc(fmt_time(info.made_at, tz))))
    rows.append(("Made with", esc(f"iia-help version {info.app_version}")))
    table = "".join(f'<tr><td width="32%"><b>{k}</b></td><td>{v}</td></tr>' for k, v in rows)
    if info.manifest_sha256:
        proof = (
            "<h2>Fingerprint of this export</h2>"
            "<p>The SHA-256 fingerprint of <b>manifest.json</b> (the list of every entry and file in this export, "
            "with their own fingerprints) is:</p>"
            f'<p style="font-size: 11pt">{_hash_html(info.manifest_sha256)}</p>'
            "<p>Anyone can check that the files in the ZIP have not been changed since this report was made. "
            "README.txt in the ZIP says how, with standard tools. If the files are changed, their fingerprints "
            "no longer match.</p>"
        )
    else:
        proof = (
            "<h2>About this report</h2><p>This report was saved on its own, without the ZIP bundle of original "
            "files. Each attached file's SHA-256 fingerprint is listed so the original can be checked later.</p>"
        )
    return (
        '<h1 style="font-size: 20pt">Incident record</h1>'
        '<p style="font-size: 12pt">A record of incidents, written down by the person they happened to '
        "(or someone helping them) at the time, with the files they saved.</p>"
        f'<table width="100%" cellspacing="0" cellpadding="5" border="1" style="border-collapse: collapse; '
        f'border-color: #555">{table}</table>'
        f"{proof}"
        "<h2>How to read this report</h2>"
        "<p>Page 2 has a timeline of every entry. Then each entry follows in full, with the history of when it "
        "was written and changed, and its attached files. Times come from the clock of the computer the notes "
        "were kept on.</p>"
    )


def _reports_text(e: Any) -> str:
    parts = []
    for r in e.reports:
        bits = [b for b in (r.to, r.reference and f"ref. {r.reference}", r.date) if b]
        if bits:
            parts.append(" – ".join(bits))
    return "; ".join(parts)


def _offset_label(dt: datetime) -> str:
    return fmt_time(dt).rsplit("(", 1)[-1].rstrip(")")


def timeline_html(sel: Selection, made_at: datetime) -> str:
    tz = sel.options.tz
    cols = (("#", 4), ("Date and time", 17), ("Kind", 17), ("Platform", 15), ("Account", 19),
            ("Reported to / reference", 28))
    head = "<thead><tr>" + "".join(
        f'<th align="left" width="{w}%" bgcolor="#e0e0e0">{h}</th>' for h, w in cols) + "</tr></thead>"
    rows = []
    for i, e in enumerate(sel.entries, 1):
        rows.append(
            f"<tr><td>{i}</td><td>{esc(fmt_short(e.occurred_at, tz))}</td><td>{esc(e.kind_label)}</td>"
            f"<td>{esc(e.platform)}</td><td>{esc(e.account)}</td><td>{esc(_reports_text(e)) or '–'}</td></tr>"
        )
    if not rows:
        rows.append('<tr><td colspan="6">No entries were chosen.</td></tr>')
    zone = _offset_label(made_at.astimezone(tz)) if tz is not None else _offset_label(made_at)
    return (
        "<h1>Timeline</h1>"
        f"<p>Every entry in this report, oldest first. Times are local time ({esc(zone)} when this report was "
        "made); each entry's own page gives the exact time and time zone.</p>"
        '<table width="100%" cellspacing="0" cellpadding="4" border="1" style="border-collapse: collapse; '
        f'border-color: #555">{head}<tbody>{"".join(rows)}</tbody></table>'
    )


def _history_label(action: str) -> str:
    return {"created": "Entry written", "edited": "Entry changed"}.get(action, action.capitalize())


def image_size_on_page(t: Thumb, body_w: float, body_h: float) -> tuple[int, int]:
    """Display size in CSS pixels (1/96 inch, as QTextDocument scales them on the PDF): shown at 150 dpi, at most
    the page width and 45% of the page height (so a tall phone screenshot usually fits under its caption)."""
    w_in, h_in = t.width / 150, t.height / 150
    fit = min(1.0, (body_w / DPI) / w_in, (body_h * 0.45 / DPI) / h_in)
    return max(1, int(w_in * fit * 96)), max(1, int(h_in * fit * 96))


def entry_html(i: int, n: int, e: Any, files: list[FilePlan], thumbs: dict[str, Thumb | str],
               body: tuple[float, float], tz: Any) -> str:
    rows = [("When it happened", esc(fmt_time(e.occurred_at, tz))), ("Kind", esc(e.kind_label))]
    if e.platform:
        rows.append(("Platform or channel", esc(e.platform)))
    if e.account:
        rows.append(("Account involved", esc(e.account)))
    if e.urls:
        rows.append(("Links", "<br>".join(esc(u) for u in e.urls)))
    if e.reports:
        rows.append(("Reported to", "<br>".join(
            esc(" – ".join(b for b in (r.to, r.reference and f"reference {r.reference}", r.date) if b))
            for r in e.reports)))
    if e.tags:
        rows.append(("Tags", esc(", ".join(e.tags))))
    rows.append(("Entry id", f'<span style="font-family: {MONO}">{esc(e.id or "")}</span>'))
    table = "".join(f'<tr><td width="28%"><b>{k}</b></td><td>{v}</td></tr>' for k, v in rows)
    desc = esc(e.description) if e.description.strip() else "<i>(no description written)</i>"
    symbols = symbol_names(e.description)
    hist = "".join(f"<li>{esc(fmt_time(ts, tz))}: {esc(_history_label(a))}</li>" for ts, a in e.history)
    parts = [
        f'<h2 style="page-break-before: always">Entry {i} of {n}: '
        f"{esc(fmt_time(e.occurred_at, tz))}</h2>",
        f'<table width="100%" cellspacing="0" cellpadding="4" border="1" style="border-collapse: collapse; '
        f'border-color: #555">{table}</table>',
        "<h3>What happened</h3>",
        f'<p style="white-space: pre-wrap">{desc}</p>',
        (f"<p><i>Emoji and symbols in this text, in words (they may not print or copy well):</i> {esc(symbols)}"
         "</p>") if symbols else "",
        "<h3>History of this entry</h3>",
        f"<ul>{hist or '<li>No history recorded.</li>'}</ul>",
    ]
    if files:
        parts.append(f"<h3>Attached files ({len(files)})</h3>")
    for k, f in enumerate(files, 1):
        a = f.attachment
        lines = [
            f"<b>{k}. {esc(a.name)}</b>",
            f"Size: {esc(fmt_size(a.size))}",
            f"Added: {esc(fmt_time(a.added_at, tz))}",
        ]
        if f.included and f.path:
            lines.append(f"In the ZIP as: {esc(f.path)}")
        elif not f.included:
            lines.append(f"Not included: {esc(f.left_out_reason)}")
        t = thumbs.get(a.id)
        if isinstance(t, Thumb):
            ow, oh = t.original
            lines.append(f"Picture: shown below (the original is {ow} × {oh} pixels)")
        lines.append("SHA-256 fingerprint:")
        lines.append(_hash_html(a.sha256))
        parts.append(f"<p>{'<br>'.join(lines)}</p>")
        if isinstance(t, Thumb):
            w, h = image_size_on_page(t, *body)
            parts.append(f'<p align="center"><img src="att:{a.id}" width="{w}" height="{h}"></p>')
        elif isinstance(t, str):
            parts.append(f"<p><b>This image could not be shown:</b> {esc(t)}. The original file is "
                         f"{'in the ZIP' if f.included and f.path else 'listed above'} with SHA-256 "
                         f"{_hash_html(a.sha256)}.</p>")
    return "".join(parts)


STYLE = f"""
body {{ font-family: {SANS}; font-size: {BODY_PT}pt; color: #000; }}
h1 {{ font-size: 17pt; margin-top: 0px; margin-bottom: 10px; }}
h2 {{ font-size: 13.5pt; margin-top: 22px; margin-bottom: 8px; }}
h3 {{ font-size: 11.5pt; margin-top: 14px; margin-bottom: 4px; }}
p {{ margin-top: 0px; margin-bottom: 8px; }}
td, th {{ font-size: {BODY_PT}pt; }}
th {{ font-weight: bold; }}
"""


# ----------------------------------------------------------------------------------------------------- PDF
def _make_doc_class() -> type:
    from PySide6.QtGui import QImage, QTextDocument

    class _Doc(QTextDocument):
        """Loads each image only when the page that shows it is drawn."""

        def __init__(self, thumbs: dict[str, Thumb | str]) -> None:
            super().__init__()
            self._thumbs = thumbs

        def loadResource(self, rtype: int, name: Any) -> Any:  # noqa: N802 (Qt override)
            t = self._thumbs.get(name.toString().removeprefix("att:"))
            if isinstance(t, Thumb):
                img = thumb_image(t)
                if not img.isNull():
                    return img
            blank = QImage(8, 8, QImage.Format.Format_RGB32)
            blank.fill(0xFFFFFF)
            return blank

    return _Doc


def render_pdf(sel: Selection, info: ReportInfo, thumbs: dict[str, Thumb | str],
               progress: Progress | None = None) -> bytes:
    """The report as PDF bytes. ``progress(pages_done, pages_total)``; returning False raises ExportCancelled."""
    ensure_gui_app()
    return _render_pdf(sel, info, thumbs, progress)


def _render_pdf(sel: Selection, info: ReportInfo, thumbs: dict[str, Thumb | str],
                progress: Progress | None) -> bytes:
    from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QRectF, QSizeF, Qt
    from PySide6.QtGui import (
        QAbstractTextDocumentLayout,
        QFont,
        QPageLayout,
        QPageSize,
        QPainter,
        QPalette,
        QPdfWriter,
        QPen,
    )

    buf = QBuffer()
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buf)
    writer.setResolution(DPI)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(16, 14, 16, 12), QPageLayout.Unit.Millimeter))
    writer.setTitle("Incident record")
    creator = f"iia-help {info.app_version}"
    if info.manifest_sha256:
        creator += f"; manifest.json SHA-256 {info.manifest_sha256}"
    writer.setCreator(creator)

    page_w, page_h = float(writer.width()), float(writer.height())
    footer_h = DPI * 0.38  # about 1 cm for the page number line
    body_w, body_h = page_w, page_h - footer_h

    font = QFont()
    font.setFamilies(["DejaVu Sans", "Noto Sans", "Segoe UI", "Helvetica Neue", "Arial"])
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setPointSizeF(BODY_PT)
    if hasattr(QFont, "Tag"):  # no "fi" ligatures: words stay searchable and copyable in PDF readers
        for tag in ("liga", "clig"):
            font.setFeature(QFont.Tag(tag), 0)

    doc_class = _make_doc_class()

    def new_doc(body_html: str) -> Any:
        d = doc_class(thumbs)
        d.documentLayout().setPaintDevice(writer)
        d.setDefaultFont(font)
        d.setDefaultStyleSheet(STYLE)
        d.setDocumentMargin(0)
        d.setPageSize(QSizeF(body_w, body_h))
        d.setHtml(f"<html><body>{body_html}</body></html>")
        return d

    cover = new_doc(cover_html(sel, info))
    n = len(sel.entries)
    tz = sel.options.tz
    chunks = [timeline_html(sel, info.made_at)]
    for i, e in enumerate(sel.entries, 1):
        chunks.append(entry_html(i, n, e, sel.files_of(e.id), thumbs, (body_w, body_h), tz))
    body = new_doc("".join(chunks))
    sequence = [(cover, p) for p in range(cover.pageCount())] + [(body, p) for p in range(body.pageCount())]
    total = len(sequence)

    painter = QPainter()
    if not painter.begin(writer):
        raise ExportError("The report could not be written.")
    try:
        foot_font = QFont(font)
        foot_font.setPointSizeF(10)
        made = fmt_short(info.made_at, tz)
        ctx = QAbstractTextDocumentLayout.PaintContext()
        pal = QPalette()
        pal.setColor(QPalette.ColorRole.Text, Qt.GlobalColor.black)
        ctx.palette = pal
        for page_no, (doc, p) in enumerate(sequence, 1):
            if page_no > 1:
                writer.newPage()
            painter.save()
            painter.translate(0, -p * body_h)
            clip = QRectF(0, p * body_h, body_w, body_h - 2)  # - 2: no sliver of the next page's image
            painter.setClipRect(clip)
            ctx.clip = clip
            doc.documentLayout().draw(painter, ctx)
            painter.restore()
            painter.setFont(foot_font)
            painter.setPen(QPen(Qt.GlobalColor.black, DPI / 150))
            y = body_h + footer_h * 0.25
            painter.drawLine(0, int(y), int(page_w), int(y))
            r = QRectF(0, y, page_w, footer_h * 0.75)
            label = f"Incident record, made {made}"
            if info.manifest_sha256:
                label += f" · manifest SHA-256 {info.manifest_sha256[:8]}…"
            painter.drawText(r, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), label)
            painter.drawText(r, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                             f"Page {page_no} of {total}")
            if progress is not None and progress(page_no, total) is False:
                raise ExportCancelled()
    finally:
        painter.end()
    buf.close()
    return bytes(buf.data())

