"""The PDF report: cover page, timeline table, then every entry in full with its history and attached files.

Uses QtGui only (``QPdfWriter``, ``QTextDocument``, ``QPainter``, ``QImageReader``): no extra dependency. These need
a ``QGuiApplication``; ``ensure_gui_app()`` makes an offscreen one when none exists (scripts, the benchmark). The
app's own ``QApplication`` is used as it is. Rendering may run on a worker thread (QPainter on a QPdfWriter and
QTextDocument are safe off the GUI thread when each thread uses its own objects).

Images are decoded in memory only (never a temp file), checked for size before decoding, scaled down, and kept
compressed until the page that shows them is drawn, so memory stays small for hundreds of images.
"""

from __future__ import annotations

import functools
import html
import itertools
import os
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from iia_help.catalog import QT_TRANSLATE_NOOP, Texts, translate
from iia_help.catalog import text as catalog_text
from iia_help.display_text import date_text, date_time_text, size_text, utc_offset_text
from iia_help.export.errors import ExportCancelled, ExportError
from iia_help.export.identifiers import KIND_TITLES, collect, keep_whole_spans
from iia_help.export.selection import FilePlan, Selection
from iia_help.fonts import first_strong, mark_right_to_left, register_urdu_font
from iia_help.language import LRI, PDI

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
        raise ExportError(translate("errors", "The report needs the app's display part, which is not running."))


# ----------------------------------------------------------------------------------------------------- images
# Why a picture is not drawn (in English here; the report says it in its own language).
TOO_LARGE_FILE = QT_TRANSLATE_NOOP("report", "the file is too large to show here")
NOT_AN_IMAGE = QT_TRANSLATE_NOOP("report", "the file could not be read as an image")
TOO_LARGE_IMAGE = QT_TRANSLATE_NOOP("report", "the image is too large to show here")
DAMAGED_IMAGE = QT_TRANSLATE_NOOP("report", "the image is damaged or in a form the app cannot show")
NOT_PREPARED = QT_TRANSLATE_NOOP("report", "the image could not be prepared for the page")


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
        return TOO_LARGE_FILE
    buf = QBuffer()
    buf.setData(QByteArray(bytes(data)))
    buf.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buf, kind.encode())
    reader.setAutoTransform(True)
    size = reader.size()
    w, h = size.width(), size.height()
    if w <= 0 or h <= 0:
        return NOT_AN_IMAGE
    limit = MAX_JPEG_PIXELS if kind == "jpeg" else MAX_PIXELS
    if w * h > limit:
        return TOO_LARGE_IMAGE
    scale = min(1.0, THUMB_MAX / max(w, h))
    if scale < 1.0:
        reader.setScaledSize(QSize(max(1, round(w * scale)), max(1, round(h * scale))))
    img = reader.read()
    if img.isNull():
        return DAMAGED_IMAGE
    out = QBuffer()
    out.open(QIODevice.OpenModeFlag.WriteOnly)
    if kind == "jpeg" and not img.hasAlphaChannel():
        fmt, ok = "JPEG", img.convertToFormat(QImage.Format.Format_RGB32).save(out, "JPEG", 90)
    else:
        fmt, ok = "PNG", img.save(out, "PNG", 80)  # light compression: fast, and only held in memory
    if not ok:
        return NOT_PREPARED
    return Thumb(bytes(out.data()), fmt, img.width(), img.height(), (w, h))


def thumb_image(t: Thumb) -> Any:
    from PySide6.QtGui import QImage

    return QImage.fromData(t.data, t.fmt)


# ----------------------------------------------------------------------------------------------------- text
def _clean(text: str) -> str:
    """Text safe for the page: no control characters (except new lines and tabs), no lone surrogates."""
    text = text.encode("utf-8", "replace").decode("utf-8")
    return "".join(ch if ch in "\n\t" or ch >= " " and ch != "\x7f" else "\ufffd" for ch in text)


FSI = "\u2068"  # first-strong isolate (LRI, left-to-right isolate ... PDI, pop directional isolate: language.py)


def marker(ch: str) -> str:
    return f"[U+{ord(ch):04X}]"


def _invisible(ch: str, free_text: bool = False) -> bool:
    """Characters a reader cannot see, or that change the direction of what follows: shown as "[U+202E]".
    In free text the joiners that join letters (Persian, Indic scripts) and emoji are left as they are."""
    cat = unicodedata.category(ch)
    if free_text and ch in "\u200c\u200d\n\t":
        return False
    return cat in ("Cf", "Zl", "Zp", "Cc", "Co", "Cn") or ch == "\ufffc"


def show(text: str, free_text: bool = False) -> str:
    """Every invisible or direction-changing character written as a visible marker ("invoice[U+202E]fdp.exe"),
    so no value can hide part of itself or turn the words around it back to front."""
    return "".join(marker(c) if _invisible(c, free_text) else c for c in text)


def esc(text: str) -> str:
    return html.escape(show(_clean(text), free_text=True), quote=True)


def ours(text: str) -> str:
    """The app's own text (a translated sentence, a date, a count) as HTML: escaped, and its direction isolates
    kept (``esc`` is for what a person wrote, where any such character is shown as a marker)."""
    return html.escape(text, quote=False)


def val(text: str) -> str:
    """A value the person wrote (a platform, a name, a file name), isolated (FSI ... PDI) so that right-to-left
    text in it cannot reorder the report's own words around it, and with hidden characters shown. A value with no
    letters (a phone number, a date) reads left to right even among right-to-left words ("+44 7700 900123", not
    "44 7700 900123+")."""
    shown = show(_clean(text))
    return (FSI if first_strong(shown) else LRI) + html.escape(shown, quote=True) + PDI


def _when(dt: datetime | None, tz: Any = None, tx: Texts | None = None) -> str:
    """To the second, with the offset from UTC: "1 May 2024, 21:30:05 (UTC+01:00)"."""
    tx = tx or Texts()
    if dt is None:
        return tx.translate("report", "unknown")
    return date_time_text(dt, tx.language, seconds=True, offset=True, tz=tz)


def words(options: Any) -> Texts:
    """The report's fixed text in the language chosen for it (``ExportOptions.language``; English by default), with
    numbers and identifiers kept left to right in right-to-left text."""
    return Texts(getattr(options, "language", "") or "en", isolate=True)


def symbol_names(text: str, limit: int = 40) -> str:
    """Emoji and other symbols outside the basic range, named in words ("😀 grinning face (U+1F600)")."""
    seen: list[str] = []
    for ch in text:
        if ord(ch) > 0xFFFF and ch not in seen and unicodedata.category(ch).startswith("S"):
            seen.append(ch)
            if len(seen) >= limit:
                break
    return "; ".join(f"{ch} {unicodedata.name(ch, 'symbol').lower()} (U+{ord(ch):04X})" for ch in seen)


# Identifiers (usernames, numbers, addresses, references, fingerprints) are marked with a tool tip starting "idf"
# (Qt keeps a span's tool tip on every character, unlike an anchor name, and never prints it). After layout,
# _keep_identifiers_whole moves a marked stretch that would be split onto a new line (shrinking is a last resort for
# one longer than a line, which long_ident has already broken into pieces that fit).
_IDF = "idf"
_idf_counter = itertools.count()


def ident(text: str, mono: bool = False, pt: float | None = None) -> str:
    """``text`` as HTML that the report keeps whole on one line."""
    style = []
    if mono:
        style.append(f"font-family: {MONO}")
    if pt is not None:
        style.append(f"font-size: {pt:.1f}pt")
    css = f' style="{"; ".join(style)}"' if style else ""
    return f'<span title="{_IDF}{next(_idf_counter)}"{css}>{val(text)}</span>'


def marked_text(text: str, share: float = 1.0, fits: Fits | None = None) -> str:
    """Free text as HTML, with every address, username, number or reference in it kept whole (one too long for
    a line of ``share`` of the page is broken after / ? & or =, with a mark; see ``long_ident``)."""
    text = _clean(text)
    out, pos = [], 0
    for s, e in keep_whole_spans(text):
        out.append(html.escape(show(text[pos:s], free_text=True), quote=True))
        out.append(long_ident(text[s:e], share, fits))
        pos = e
    out.append(html.escape(show(text[pos:], free_text=True), quote=True))
    return FSI + "".join(out) + PDI


def _hash_html(h: str) -> str:
    return ident(h, mono=True)


def excerpt(text: str, limit: int = 120) -> str:
    """The start of a description on one line, cut at a word (never inside an address or number)."""
    flat = " ".join(_clean(text).split())
    if len(flat) <= limit:
        return flat
    cut = flat.rfind(" ", 0, limit)
    for s, e in keep_whole_spans(flat):
        if s < limit < e:  # the limit falls inside an identifier: keep it whole, or end before it
            cut = e if e - limit < 60 else flat.rfind(" ", 0, s)
            break
    if cut <= 0:
        cut = limit
    return flat[:cut].rstrip(" ,;:") + " …"


@dataclass
class ReportInfo:
    made_at: datetime
    app_version: str
    manifest_sha256: str | None = None  # None: a report saved on its own, without a bundle
    journal_id: str | None = None  # the journal's signing key's short fingerprint
    custody: list[dict[str, Any]] | None = None  # the custody log, summarised on the cover of a bundle's report


def _range_text(sel: Selection, tz: Any, tx: Texts) -> str:
    o, lang = sel.options, tx.language
    if sel.entries:
        first, last = sel.entries[0].occurred_at, sel.entries[-1].occurred_at
        span = tx.translate("report", "{first} to {last}").format(first=date_text(first, lang, short=True, tz=tz),
                                                                 last=date_text(last, lang, short=True, tz=tz))
    else:
        span = tx.translate("report", "no entries")
    if o.mode() == "date range":
        start = date_text(o.date_from, lang, short=True) if o.date_from else tx.translate("report", "the start")
        end = date_text(o.date_to, lang, short=True) if o.date_to else tx.translate("report", "the end")
        return tx.translate("report", "{span} (chosen: {start} to {end})").format(span=span, start=start, end=end)
    if o.mode() == "selected":
        return tx.translate("report", "{span} (chosen entries only)").format(span=span)
    return tx.translate("report", "{span} (every entry)").format(span=span)


def cover_html(sel: Selection, info: ReportInfo) -> str:
    o, tz = sel.options, sel.options.tz
    tx = words(o)
    rows = []
    if o.name.strip():
        rows.append((tx.translate("report", "Prepared by"), val(o.name.strip())))
    if o.contact.strip():
        rows.append((tx.translate("report", "Contact"), val(o.contact.strip())))
    rows.append((tx.translate("report", "Incidents dated"), ours(_range_text(sel, tz, tx))))
    rows.append((tx.translate("report", "Number of entries"), tx.number(len(sel.entries))))
    inc = len(sel.included_files)
    files = tx.translate("report", "{total} in total; {included} included in this export").format(
        total=tx.number(len(sel.files)), included=tx.number(inc))
    if len(sel.files) - inc:
        files += tx.translate("report", ", {left_out} left out (listed by name and fingerprint only)").format(
            left_out=tx.number(len(sel.files) - inc))
    rows.append((tx.translate("report", "Attached files"), ours(files)))
    rows.append((tx.translate("report", "Report made"), ours(_when(info.made_at, tz, tx))))
    # not the app's name: it would say what the notes are
    rows.append((tx.translate("report", "App version"), esc(info.app_version)))
    if info.journal_id:
        rows.append((tx.translate("report", "Journal ID"), _hash_html(info.journal_id)))
    if info.custody:
        rows.append((tx.translate("report", "History"), custody_summary_html(info.custody, tx)))
    table = "".join(f'<tr><td width="32%"><b>{k}</b></td><td>{v}</td></tr>' for k, v in rows)
    heading = tx.translate("report", "Incident record")
    if info.manifest_sha256:
        proof = [
            "<h2>" + tx.translate("report", "Fingerprint of this export") + "</h2>",
            "<p>" + tx.translate(
                "report", "The SHA-256 fingerprint of <b>manifest.json</b> (the list of every entry and file in "
                "this export, with their own fingerprints) is:") + "</p>",
            f'<p style="font-size: 11pt">{_hash_html(info.manifest_sha256)}</p>',
            "<p>" + tx.translate(
                "report", "Anyone can check that the files in the ZIP have not been changed since this report was "
                "made. README.txt in the ZIP says how, with standard tools. If the files are changed, their "
                "fingerprints no longer match.") + "</p>",
            "<p>" + tx.translate(
                "report", "The export is signed with the journal's own key, whose short fingerprint is the "
                "<b>Journal ID</b> (the same on every export of this journal): the same journal made it, and "
                "nothing changed after signing. Not shown: when things happened, or that what was written is "
                "true.") + "</p>",
        ]
    else:
        proof = [
            "<h2>" + tx.translate("report", "About this report") + "</h2>",
            "<p>" + tx.translate(
                "report", "This report was saved on its own, without the ZIP bundle of original files. Each "
                "attached file's SHA-256 fingerprint is listed so the original can be checked later.") + "</p>",
        ]
    return "".join([
        f'<h1 style="font-size: 20pt">{heading}</h1>',
        '<p style="font-size: 12pt">' + tx.translate(
            "report", "A record of incidents, written down by the person they happened to (or someone helping "
            "them) at the time, with the files they saved.") + "</p>",
        '<table width="100%" cellspacing="0" cellpadding="5" border="1" style="border-collapse: collapse; '
        f'border-color: #555">{table}</table>',
        *proof,
        "<h2>" + tx.translate("report", "How to read this report") + "</h2>",
        "<p>" + tx.translate(
            "report", "Next comes a timeline of every entry, with a short extract of what happened, then a list of "
            "every account, number and web address in the entries. Then each entry follows in full, with the "
            "history of when it was written and changed, and its attached files. Times come from the clock of the "
            "computer the notes were kept on. A character that cannot be seen, or that changes the direction of "
            "the text around it, is shown as its code in brackets, such as [U+202E], wherever it was written.")
        + "</p>",
    ])


def custody_summary_html(records: list[dict[str, Any]] | None, tx: Texts | None = None) -> str:
    """One cell on the cover about the journal's custody log (custody.json has every record)."""
    if not records:
        return ""
    from iia_help.vault import custody

    tx = tx or Texts()
    counts: dict[str, int] = {}
    for r in records:
        counts[r.get("ev", "")] = counts.get(r.get("ev", ""), 0) + 1
    parts = [f"{_lower_first(catalog_text('core', custody.EVENTS[ev], tx.language))}: {tx.number(n)}"
             for ev, n in counts.items() if ev in custody.EVENTS]
    first = custody.when(records[0])
    count = tx.number(len(records))
    if first:
        head = tx.translate("report", "{count} linked records since {date} (custody.json)").format(
            count=count, date=date_text(first, tx.language, short=True))
    else:
        head = tx.translate("report", "{count} linked records (custody.json)").format(count=count)
    return f"{ours(head)}: {ours('; '.join(parts))}"


def _lower_first(text: str) -> str:
    """"Entry written" -> "entry written" (a word in a list); a script without capitals is left as it is."""
    return text[:1].lower() + text[1:]


Fits = Callable[[str, float, float, bool], bool]  # (text, share of the page width, point size, mono) -> fits?
# An identifier is drawn at body size or not at all: one too long for its column gets a row of the page's full width,
# and one too long for that is broken after / ? & or = (issue 27 item 3: "never shrink below the body size"; small
# type is where a reader, or a copy typist at a police desk, misreads a character).
CELL_SIZES = (BODY_PT,)


def cell_pt(text: str, share: float, fits: Fits | None, mono: bool = False) -> float | None:
    """The largest size in CELL_SIZES at which ``text`` fits a column of ``share`` of the width; None if none."""
    if fits is None:
        return BODY_PT
    for pt in CELL_SIZES:
        if fits(text, share, pt, mono):
            return pt
    return None


CONTINUES = "\u2192"  # ends each line of an identifier broken over several lines (never part of an address)
_BREAK_AFTER = "/?&="


def _pieces(text: str, fits_line: Callable[[str], bool]) -> list[str]:
    """``text`` cut into lines that each fit: after a / ? & or =, or, in a run with none, between characters."""
    segments, start = [], 0
    for i, ch in enumerate(text):
        if ch in _BREAK_AFTER:
            segments.append(text[start:i + 1])
            start = i + 1
    if start < len(text):
        segments.append(text[start:])
    lines: list[str] = []
    line = ""
    for seg in segments:
        while seg:
            if fits_line(line + seg):
                line, seg = line + seg, ""
            elif line:
                lines.append(line)
                line = ""
            else:  # one segment longer than a line: as many characters as fit
                lo, hi = 1, len(seg)
                while lo < hi:
                    mid = (lo + hi + 1) // 2
                    lo, hi = (mid, hi) if fits_line(seg[:mid]) else (lo, mid - 1)
                lines.append(seg[:lo])
                seg = seg[lo:]
    if line:
        lines.append(line)
    return lines


def long_ident(text: str, share: float, fits: Fits | None, mono: bool = False) -> str:
    """An identifier whole on one line when it fits the width (``share`` of the page) at body size, else broken
    after / ? & or = (between characters only when a part has none), with a visible mark ending each line that
    continues. Never smaller than the body text."""
    pt = cell_pt(text, share, fits, mono)
    if pt is not None:
        return ident(text, mono=mono, pt=None if pt == BODY_PT else pt)
    mark = f' <span style="color: #555555">{CONTINUES}</span>'
    lines = _pieces(text, lambda t: fits(t + " " + CONTINUES, share, BODY_PT, mono))
    return "<br>".join(ident(line, mono=mono) + (mark if k < len(lines) - 1 else "")
                       for k, line in enumerate(lines))


def _offset_label(dt: datetime) -> str:
    return utc_offset_text(dt)


_TABLE = ('<table width="100%" cellspacing="0" cellpadding="4" border="1" style="border-collapse: collapse; '
          'border-color: #555">')
# Wide enough for most accounts and references at body size (they are never shrunk; a longer one is given in full
# on a row of its own below the entry's row).
TIMELINE_COLS = (("#", 4), (QT_TRANSLATE_NOOP("report", "When"), 10), (QT_TRANSLATE_NOOP("report", "Kind"), 12),
                 (QT_TRANSLATE_NOOP("report", "What happened"), 24),
                 (QT_TRANSLATE_NOOP("report", "Platform and account"), 26),
                 (QT_TRANSLATE_NOOP("report", "Reported to, reference"), 24))


@dataclass
class Part:
    """A piece of the report laid out on its own: a section (``gap`` before it, its heading and first
    ``keep_rows`` table rows kept on one page; None: its whole first table), or one row of a long table (no gap;
    never split across pages; ``make(True)`` repeats the table's header row at the top of a page)."""

    make: Callable[[bool], str]
    keep_rows: int | None = None
    row: bool = False


def _head_row(cols: tuple[tuple[str, int], ...], tx: Texts) -> str:
    """A table's header row, each heading in the report's language (aligned to the side the text starts)."""
    side = "right" if tx.rtl else "left"
    return "<tr>" + "".join(f'<th align="{side}" width="{w}%" bgcolor="#e0e0e0">{ours(tx.translate("report", h))}'
                            "</th>" for h, w in cols if h) + "</tr>"


def kind_html(e: Any, tx: Texts) -> str:
    """The kind of entry: one of the app's own kinds in the report's language, any other as written."""
    from iia_help.journal import KIND_LABELS

    if e.kind in KIND_LABELS:
        return ours(catalog_text("core", KIND_LABELS[e.kind], tx.language))
    return val(e.kind_label)


def _timeline_rows(i: int, e: Any, tz: Any, fits: Fits | None, tx: Texts | None = None) -> str:
    """One entry's row of the timeline (and a full-width row for each identifier too long for its column)."""
    tx = tx or Texts()
    wide: list[tuple[str, str]] = []

    def cell_ident(label: str, text: str, share: float) -> str:
        pt = cell_pt(text, share, fits)
        if pt is None:
            wide.append((label, text))
            return "<i>" + tx.translate("report", "(in full below)") + "</i>"
        return ident(text, pt=None if pt == BODY_PT else pt)

    account = [val(e.platform)] if e.platform.strip() else []
    if e.account.strip():
        account.append(cell_ident(tx.translate("report", "Account"), e.account.strip(), TIMELINE_COLS[4][1] / 100))
    reports = []
    for r in e.reports:
        bits = [val(r.to)] if r.to.strip() else []
        if r.reference.strip():
            bits.append(cell_ident(tx.translate("report", "Reference"), r.reference.strip(),
                                   TIMELINE_COLS[5][1] / 100))
        if r.date.strip():
            bits.append(val(r.date))
        if bits:
            reports.append("<br>".join(bits))
    what = excerpt(e.description)
    for s, t in keep_whole_spans(what):  # an identifier too long for the column ends the extract (never split)
        if cell_pt(what[s:t], TIMELINE_COLS[3][1] / 100, fits) is None:
            what = what[:s].rstrip(" ([{,;:") + " …"
            break
    what = marked_text(what) if e.description.strip() else \
        "<i>" + tx.translate("report", "(no description)") + "</i>"
    cells = (ident(str(i)), ours(date_time_text(e.occurred_at, tx.language, tz=tz)), kind_html(e, tx), what,
             "<br>".join(account) or "–", "<br><br>".join(reports) or "–")
    out = ["<tr>" + "".join(f'<td width="{w}%">{c}</td>' for (_, w), c in zip(TIMELINE_COLS, cells, strict=True))
           + "</tr>"]
    for label, text in wide:
        said = tx.translate("report", "{label} in entry {number}:").format(label=label, number=tx.number(i))
        out.append(f'<tr><td></td><td colspan="5">{ours(said)}<br>{long_ident(text, 0.95, fits)}</td></tr>')
    return "".join(out)


def timeline_parts(sel: Selection, made_at: datetime, fits: Fits | None = None) -> list[Part]:
    """The timeline: a heading, then one row per entry (each a part, so no row is split across pages)."""
    tz = sel.options.tz
    tx = words(sel.options)
    head = _head_row(TIMELINE_COLS, tx)
    zone = _offset_label(made_at.astimezone(tz)) if tz is not None else _offset_label(made_at)
    intro = (
        "<h1>" + tx.translate("report", "Timeline") + "</h1><p>" + ours(tx.translate(
            "report", "Every entry in this report, oldest first. Times are local time ({zone} when this report "
            "was made); each entry in full gives the exact time and time zone.").format(zone=tx.number(zone)))
        + "</p>"
    )
    if not sel.entries:
        none = tx.translate("report", "No entries were chosen.")
        return [Part(lambda _top: f'{intro}{_TABLE}{head}<tr><td colspan="6">{none}</td></tr></table>')]
    rows = [_timeline_rows(i, e, tz, fits, tx) for i, e in enumerate(sel.entries, 1)]
    parts = [Part(lambda _top: f"{intro}{_TABLE}{head}{rows[0]}</table>", keep_rows=None)]
    for row in rows[1:]:
        parts.append(Part(lambda top, row=row: f"{_TABLE}{head if top else ''}{row}</table>", row=True))
    return parts


def entry_ranges(numbers: list[int]) -> str:
    """"1–3, 5, 9–12": entry numbers with runs shortened."""
    out: list[str] = []
    nums = sorted(set(numbers))
    i = 0
    while i < len(nums):
        j = i
        while j + 1 < len(nums) and nums[j + 1] == nums[j] + 1:
            j += 1
        out.append(str(nums[i]) if j == i else f"{nums[i]}, {nums[j]}" if j == i + 1 else f"{nums[i]}–{nums[j]}")
        i = j + 1
    return ", ".join(out)


def identifiers_parts(sel: Selection, fits: Fits | None = None) -> list[Part]:
    """The list of every account, number, address and reference, once each, with the entries it is in."""
    groups = collect(sel.entries)
    tx = words(sel.options)
    intro = (
        "<h1>" + tx.translate("report", "Accounts, numbers and web addresses") + "</h1><p>" + tx.translate(
            "report", "Each account, phone number, email address, web address and report reference written in "
            "these entries, listed once, with the numbers of the entries it appears in (as in the timeline). They "
            "are copied exactly as they were written down.") + "</p>"
    )
    if not groups:
        nothing = tx.translate("report", "No accounts, numbers or web addresses were written in these entries.")
        return [Part(lambda _top: f"{intro}<p>{nothing}</p>")]
    parts: list[Part] = []
    for kind, items in groups.items():
        where = QT_TRANSLATE_NOOP("report", "Reported to") if kind == "reference" else \
            QT_TRANSLATE_NOOP("report", "Platform") if kind in ("account", "phone") else ""
        cols = ((QT_TRANSLATE_NOOP("report", "As written"), 58 if where else 74), (where, 18),
                (QT_TRANSLATE_NOOP("report", "In entries"), 24 if where else 26))
        head = _head_row(cols, tx)
        rows = []
        for it in items:
            rest = (f'<td width="{cols[1][1]}%">{", ".join(val(w) for w in it.where)}</td>' if where else "") + \
                   f'<td width="{cols[2][1]}%">{ours(tx.number(entry_ranges(it.entries)))}</td>'
            pt = cell_pt(it.text, cols[0][1] / 100, fits)
            if pt is None:  # too long for the column: the whole width, then the details below it
                rows.append(f'<tr><td colspan="{3 if where else 2}">{long_ident(it.text, 1.0, fits)}</td></tr>'
                            f'<tr><td width="{cols[0][1]}%"><i>' + tx.translate("report", "(above)")
                            + f"</i></td>{rest}</tr>")
            else:
                rows.append(f'<tr><td width="{cols[0][1]}%">{ident(it.text, pt=None if pt == BODY_PT else pt)}'
                            f"</td>{rest}</tr>")
        title = f"<h3>{ours(catalog_text('core', KIND_TITLES[kind], tx.language))} ({tx.number(len(items))})</h3>"
        first = (intro if not parts else "") + title
        parts.append(Part(lambda _top, first=first, head=head, row=rows[0]: f"{first}{_TABLE}{head}{row}</table>"))
        for row in rows[1:]:
            parts.append(Part(lambda top, head=head, row=row: f"{_TABLE}{head if top else ''}{row}</table>",
                              row=True))
    return parts


def _report_html(r: Any, tx: Texts) -> str:
    bits = [val(r.to)] if r.to.strip() else []
    if r.reference.strip():
        bits.append(tx.translate("report", "reference {reference}").format(reference=ident(r.reference.strip())))
    if r.date.strip():
        bits.append(val(r.date))
    return " – ".join(bits)


_HISTORY = {"created": ("core", "Entry written"), "edited": ("core", "Entry changed"),  # custody.EVENTS' words
            "attachment added": ("report", QT_TRANSLATE_NOOP("report", "Attachment added")),
            "attachment removed": ("report", QT_TRANSLATE_NOOP("report", "Attachment removed"))}


def _history_label(action: str, tx: Texts) -> str:
    if action in _HISTORY:
        return catalog_text(*_HISTORY[action], tx.language)
    return action.capitalize()


def image_size_on_page(t: Thumb, body_w: float, body_h: float) -> tuple[int, int]:
    """Display size in CSS pixels (1/96 inch, as QTextDocument scales them on the PDF): shown at 150 dpi, at most
    the page width and 45% of the page height (so a tall phone screenshot usually fits under its caption)."""
    w_in, h_in = t.width / 150, t.height / 150
    fit = min(1.0, (body_w / DPI) / w_in, (body_h * 0.45 / DPI) / h_in)
    return max(1, int(w_in * fit * 96)), max(1, int(h_in * fit * 96))


def entry_html(i: int, n: int, e: Any, files: list[FilePlan], thumbs: dict[str, Thumb | str],
               body: tuple[float, float], tz: Any, fits: Fits | None = None, tx: Texts | None = None) -> str:
    tx = tx or Texts()
    lang = tx.language
    rows = [(tx.translate("report", "When it happened"), ours(_when(e.occurred_at, tz, tx))),
            (tx.translate("report", "Kind"), kind_html(e, tx))]
    wide: list[tuple[str, str]] = []  # too long for the value column: the full width

    def value(label: str, text: str) -> str | None:
        pt = cell_pt(text, 0.72, fits)
        if pt is None:
            wide.append((label, text))
            return None
        return ident(text, pt=None if pt == BODY_PT else pt)

    if e.platform:
        rows.append((tx.translate("report", "Platform or channel"), val(e.platform)))
    account_label = tx.translate("report", "Account involved")
    if e.account and (account := value(account_label, e.account)) is not None:
        rows.append((account_label, account))
    links = [v for u in e.urls if (v := value(tx.translate("report", "Link"), u)) is not None]
    if links:
        rows.append((tx.translate("report", "Links"), "<br>".join(links)))
    demand = getattr(e, "demand", "")
    if demand.strip():
        rows.append((tx.translate("report", "What they demanded"), marked_text(demand, 0.72, fits)))
    if e.reports:
        rows.append((tx.translate("report", "Reported to"), "<br>".join(_report_html(r, tx) for r in e.reports)))
    if e.tags:
        rows.append((tx.translate("report", "Tags"), ", ".join(val(t) for t in e.tags)))
    rows.append((tx.translate("report", "Entry id"), ident(e.id or "", mono=True)))
    table = "".join(f'<tr><td width="28%"><b>{k}</b></td><td>{v}</td></tr>' for k, v in rows)
    for label, text in wide:
        said = tx.translate("report", "<b>{label}</b> (in full):").format(label=ours(label))
        table += f'<tr><td colspan="2">{said}<br>{long_ident(text, 1.0, fits)}</td></tr>'
    desc = marked_text(e.description, 1.0, fits) if e.description.strip() else \
        "<i>" + tx.translate("report", "(no description written)") + "</i>"
    symbols = symbol_names(e.description)
    hist = "".join(f"<li>{ours(_when(ts, tz, tx))}: {ours(_history_label(a, tx))}</li>" for ts, a in e.history)
    heading = tx.translate("report", "Entry {number} of {count}: {when}").format(
        number=tx.number(i), count=tx.number(n), when=_when(e.occurred_at, tz, tx))
    emoji = tx.translate("report", "Emoji and symbols in this text, in words (they may not print or copy well):")
    parts = [
        f"<h2>{ours(heading)}</h2>",
        f"{_TABLE}{table}</table>",
        "<h3>" + tx.translate("report", "What happened") + "</h3>",
        f'<p style="white-space: pre-wrap">{desc}</p>',
        f"<p><i>{emoji}</i> {esc(symbols)}</p>" if symbols else "",
        "<h3>" + tx.translate("report", "History of this entry") + "</h3>",
        "<ul>" + (hist or "<li>" + tx.translate("report", "No history recorded.") + "</li>") + "</ul>",
    ]
    if files:
        parts.append("<h3>" + tx.translate("report", "Attached files ({count})").format(count=tx.number(len(files)))
                     + "</h3>")
    for k, f in enumerate(files, 1):
        a = f.attachment
        lines = [
            f"<b>{tx.number(k)}. {marked_text(a.name)}</b>",
            ours(tx.translate("report", "Size: {size}").format(size=size_text(a.size, lang, exact=True))),
            ours(tx.translate("report", "Added: {when}").format(when=_when(a.added_at, tz, tx))),
        ]
        if f.included and f.path:
            lines.append(tx.translate("report", "In the ZIP as: {name}").format(name=ident(f.path)))
        elif not f.included:
            lines.append(ours(tx.translate("report", "Not included: {reason}").format(
                reason=catalog_text("report", f.left_out_reason, lang))))
        t = thumbs.get(a.id)
        if isinstance(t, Thumb):
            ow, oh = t.original
            lines.append(ours(tx.translate("report", "Picture: shown below (the original is {width} × {height} "
                                                     "pixels)").format(width=tx.number(ow), height=tx.number(oh))))
        lines.append(tx.translate("report", "SHA-256 fingerprint:"))
        lines.append(_hash_html(a.sha256))
        parts.append(f"<p>{'<br>'.join(lines)}</p>")
        if isinstance(t, Thumb):
            w, h = image_size_on_page(t, *body)
            parts.append(f'<p align="center"><img src="att:{a.id}" width="{w}" height="{h}"></p>')
        elif isinstance(t, str):
            if f.included and f.path:
                why = tx.translate("report", "<b>This image could not be shown:</b> {reason}. The original file is "
                                             "in the ZIP with SHA-256 {sha256}.")
            else:
                why = tx.translate("report", "<b>This image could not be shown:</b> {reason}. The original file is "
                                             "listed above with SHA-256 {sha256}.")
            parts.append("<p>" + why.format(reason=ours(catalog_text("report", t, lang)),
                                             sha256=_hash_html(a.sha256)) + "</p>")
    return "".join(parts)


STYLE = f"""
body {{ font-family: {SANS}; font-size: {BODY_PT}pt; color: #000; }}
h1 {{ font-size: 17pt; margin-top: 0px; margin-bottom: 10px; }}
h2 {{ font-size: 13.5pt; margin-top: 0px; margin-bottom: 8px; }}
h3 {{ font-size: 11.5pt; margin-top: 14px; margin-bottom: 4px; }}
p {{ margin-top: 0px; margin-bottom: 8px; }}
td, th {{ font-size: {BODY_PT}pt; }}
th {{ font-weight: bold; }}
"""
TITLE = "Notes"  # the PDF's title: neutral, like the suggested file name (it shows in viewers' window titles)


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


def _identifier_spans(block: Any) -> list[tuple[int, int]]:
    """(start, end) in the block of each stretch marked as an identifier."""
    spans: list[tuple[int, int, str]] = []
    base = block.position()
    it = block.begin()
    while not it.atEnd():
        frag = it.fragment()
        tip = frag.charFormat().toolTip()
        if tip.startswith(_IDF):
            s = frag.position() - base
            if spans and spans[-1][2] == tip and spans[-1][1] == s:
                spans[-1] = (spans[-1][0], s + frag.length(), tip)
            else:
                spans.append((s, s + frag.length(), tip))
        it += 1
    return [(s, e) for s, e, _ in spans]


def _keep_identifiers_whole(doc: Any, device: Any, max_passes: int = 40) -> None:
    """Never a username, number, address or fingerprint split over two lines: a marked stretch that the layout
    breaks is moved to a line of its own; one that is too long even there is shrunk until it fits.

    Each pass fixes every broken stretch, last first (a fix only moves the text after it), then the document is
    laid out again; a stretch that a fix before it has moved is looked at again in the next pass."""
    from PySide6.QtGui import QFontMetricsF, QTextCursor

    layout = doc.documentLayout()
    for _ in range(max_passes):
        fixes: list[tuple[int, int, int, float]] = []  # (doc position, end, action, width available)
        block = doc.begin()
        while block.isValid():
            spans = _identifier_spans(block)
            if spans:
                layout.blockBoundingRect(block)  # makes sure the block is laid out
                lay = block.layout()
                for s, e in spans:
                    first, last = lay.lineForTextPosition(s), lay.lineForTextPosition(e - 1)
                    if first.lineNumber() == last.lineNumber():
                        continue
                    before = block.text()[first.textStart():s]
                    action = 1 if before.strip(" \u00a0\t") else 0  # 1: new line first; 0: already starts one
                    fixes.append((block.position() + s, block.position() + e, action, first.width()))
            block = block.next()
        if not fixes:
            return
        edit = QTextCursor(doc)
        edit.beginEditBlock()  # one layout for the whole pass
        for pos, end, action, width in reversed(fixes):  # from the end, so earlier positions stay valid
            cursor = QTextCursor(doc)
            if action == 1:
                cursor.setPosition(pos)
                cursor.insertText("\u2028")  # a line break inside the paragraph
                continue
            cursor.setPosition(pos)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            fmt = cursor.charFormat()
            font = fmt.font()
            natural = QFontMetricsF(font, device).horizontalAdvance(cursor.selectedText())
            pt = font.pointSizeF() if font.pointSizeF() > 0 else BODY_PT
            scale = min(0.95, 0.93 * width / natural) if natural > 0 else 0.9
            size = fmt.__class__()
            size.setFontPointSize(max(1.0, pt * scale))
            cursor.mergeCharFormat(size)
        edit.endEditBlock()


_ROW = re.compile(r"(<tr>)(.*?)(</tr>)", re.S)
_CELL_START = re.compile(r"(?=<t[dh][ >])")


def mirror_tables(body_html: str) -> str:
    """Every table row's cells in the opposite order: Qt lays a table out left to right whatever the text's
    direction, so a right-to-left report puts its first column on the right itself. (Only the report's own markup
    is matched: what a person wrote is escaped, so it cannot hold a cell.)"""
    def row(m: re.Match[str]) -> str:
        cells = [c for c in _CELL_START.split(m.group(2)) if c]
        return m.group(1) + "".join(reversed(cells)) + m.group(3)

    return _ROW.sub(row, body_html)


def _one_value(text: str) -> bool:
    """Whether ``text`` is one isolated value (FSI or LRI ... PDI) and nothing else."""
    if not text.startswith((FSI, LRI)) or not text.endswith(PDI):
        return False
    depth = 0
    for k, ch in enumerate(text):
        depth += ch in (FSI, LRI, "\u2067")
        depth -= ch == PDI
        if depth == 0 and k < len(text) - 1:
            return False
    return True


def right_to_left(doc: Any) -> None:
    """A report in a right-to-left language: every paragraph and cell laid out right to left, except one that is
    a left-to-right value (what a person wrote in English, an address, a number: it keeps its own direction)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QTextCursor

    edit = QTextCursor(doc)
    edit.beginEditBlock()  # laid out once at the end, not after every paragraph (3 times faster)
    block = doc.begin()
    while block.isValid():
        text = block.text()
        if text.strip("\ufffc") and not (_one_value(text) and first_strong(text) != "R"):  # (\ufffc: a picture)
            fmt = block.blockFormat()
            fmt.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
            QTextCursor(block).setBlockFormat(fmt)
        block = block.next()
    edit.endEditBlock()


@dataclass
class _Placed:
    doc: Any  # None for a table row once placed: rows are many and small, so they are made again to be drawn
    first_page: int  # the report page the section's first (local) page is drawn on
    pages: int
    remake: Callable[[], Any] | None = None


def _spacer(doc: Any, height: float, dpi: int) -> None:
    """The section's first block (empty) is ``height`` device pixels tall: where it starts on its first page."""
    from PySide6.QtGui import QTextBlockFormat, QTextCursor

    fmt = QTextBlockFormat()
    fmt.setTopMargin(0)
    fmt.setBottomMargin(0)
    fmt.setLineHeight(max(0.0, height) * 96 / dpi, QTextBlockFormat.LineHeightTypes.FixedHeight.value)
    QTextCursor(doc.begin()).setBlockFormat(fmt)


def _keep_bottom(doc: Any, keep_rows: int | None) -> float:
    """Where the part of a section that must start on one page ends: its heading and the first rows of its first
    table (``keep_rows``; None: all of it); without a table, the whole section."""
    from PySide6.QtGui import QTextTable

    layout = doc.documentLayout()
    tables = [f for f in doc.rootFrame().childFrames() if isinstance(f, QTextTable)]
    if not tables:
        return layout.blockBoundingRect(doc.lastBlock()).bottom()
    table = tables[0]
    if keep_rows is None or table.rows() <= keep_rows:
        return layout.frameBoundingRect(table).bottom()
    cell = table.cellAt(keep_rows, 0)
    return layout.blockBoundingRect(cell.lastCursorPosition().block()).bottom()


def _remake(new_doc: Callable[[str], Any], make: Callable[[bool], str], top: bool, spacer: float) -> Any:
    doc = new_doc(make(top))
    _spacer(doc, spacer, DPI)
    return doc


def _table_of(doc: Any) -> tuple[float, float]:
    """Top and bottom of a table row's table."""
    from PySide6.QtGui import QTextTable

    tables = [f for f in doc.rootFrame().childFrames() if isinstance(f, QTextTable)]
    r = doc.documentLayout().frameBoundingRect(tables[-1])
    return r.top(), r.bottom()


def _split_at_page_ends(doc: Any, page_h: float, max_splits: int = 500) -> None:
    """Each paragraph that runs from one page onto the next becomes two, at the page end, laid out as before.

    Qt draws a paragraph's lines from one line above the clip to one line below it (QTextLayout::draw), so a line
    next to a page break was drawn again, clipped out of sight, on the other page: invisible, but a PDF reader's
    text (copy and paste, pdftotext, a screen reader) had it twice. A page's clip never reaches a paragraph that
    ends above it, nor one that starts on the next page (the space left where the layout moves a first line to
    the next page's top goes to the paragraph before). (Paragraphs inside tables are left as they are: a table
    row is never split across pages.)"""
    from PySide6.QtGui import QTextCursor

    layout = doc.documentLayout()
    block = doc.begin()
    splits = 0
    while block.isValid() and splits < max_splits:
        rect = layout.blockBoundingRect(block)
        lay = block.layout()
        cut = None
        if int(rect.top() // page_h) != int(rect.bottom() // page_h) and QTextCursor(block).currentTable() is None:
            top = lay.position().y()
            for i in range(1, lay.lineCount()):
                if int((top + lay.lineAt(i).y()) // page_h) != int((top + lay.lineAt(i - 1).y()) // page_h):
                    cut = lay.lineAt(i).textStart()
                    break
        if cut is None:
            block = block.next()
            continue
        cursor = QTextCursor(block)
        cursor.setPosition(block.position() + cut)
        if cut > 0 and block.text()[cut - 1] == "\u2028":  # the line ended with a line break: the split replaces it
            cursor.deletePreviousChar()
        fmt = block.blockFormat()
        cursor.insertBlock()
        first = cursor.block().previous()
        head = QTextCursor(first)
        f0 = first.blockFormat()
        f0.setBottomMargin(0)
        head.setBlockFormat(f0)
        f1 = cursor.blockFormat()
        f1.setTopMargin(0)
        f1.setBottomMargin(fmt.bottomMargin())
        cursor.setBlockFormat(f1)
        # The layout moves the new paragraph's first line to the next page's top; the space it leaves would be the
        # top of the new paragraph, on the page before, where Qt would draw its first line once more (out of
        # sight, but in the text). Give that space to the paragraph before instead.
        layout.documentSize()
        new = cursor.block()
        gap = new.layout().position().y() + new.layout().lineAt(0).y() - layout.blockBoundingRect(new).top()
        if gap > 0:
            f0.setBottomMargin(gap * 96 / DPI)
            head.setBlockFormat(f0)
        splits += 1
        block = cursor.block()  # the rest may run onto yet another page


def _end_of(doc: Any) -> float:
    """Where a part's content ends (a table's bottom border when it ends with one)."""
    from PySide6.QtGui import QTextTable

    frames = doc.rootFrame().childFrames()
    layout = doc.documentLayout()
    if frames and isinstance(frames[-1], QTextTable) and frames[-1].lastPosition() + 2 >= doc.characterCount():
        return layout.frameBoundingRect(frames[-1]).bottom()
    last = doc.lastBlock()
    bottom = layout.blockBoundingRect(last).bottom()
    lay = last.layout()
    if lay is not None and lay.lineCount():  # a picture the layout moved to the next page: its line says where
        line = lay.lineAt(lay.lineCount() - 1)
        bottom = max(bottom, lay.position().y() + line.y() + line.height())
    return bottom


def _foot_label(foot: Texts, made: str, manifest_sha256: str | None, iso: tuple[str, str], room: float,
                width: Callable[[str], float]) -> str:
    """The text at the foot of each page, left of the page number: the longest of these that fits (a longer
    language loses the words "manifest SHA-256" first, then the fingerprint's start; never the date)."""
    base = foot.translate("report", "Incident record, made {when}").format(when=made)
    lri, pdi = iso
    choices = [base]
    if manifest_sha256:
        choices[:0] = [f"{base} · {lri}manifest SHA-256 {manifest_sha256[:8]}…{pdi}",
                       f"{base} · {lri}SHA-256 {manifest_sha256[:8]}…{pdi}"]
    return next((c for c in choices if width(c) <= room), base)


def render_pdf(sel: Selection, info: ReportInfo, thumbs: dict[str, Thumb | str],
               progress: Progress | None = None) -> bytes:
    """The report as PDF bytes. ``progress(done, total)`` (layout, then pages drawn); returning False raises
    ExportCancelled."""
    ensure_gui_app()
    return _render_pdf(sel, info, thumbs, progress)


MIN_ROOM = 0.12  # a section never starts in the last 12% of a page
GAP = 0.03  # space between sections, as a share of the page height
KEEP_WHOLE = 0.2  # a section that fits on one page is not split when less than this share of the page is left


def _render_pdf(sel: Selection, info: ReportInfo, thumbs: dict[str, Thumb | str],
                progress: Progress | None) -> bytes:
    from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QRectF, QSizeF, Qt
    from PySide6.QtGui import (
        QAbstractTextDocumentLayout,
        QFont,
        QFontMetricsF,
        QPageLayout,
        QPageSize,
        QPainter,
        QPalette,
        QPdfWriter,
        QPen,
        QTextCursor,
    )

    buf = QBuffer()
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buf)
    writer.setResolution(DPI)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(16, 14, 16, 12), QPageLayout.Unit.Millimeter))
    # Metadata says nothing about what the notes are or which app made them (a viewer shows it, and it is kept
    # in "recent files" lists); only the manifest's fingerprint, which ties the report to its bundle.
    writer.setTitle(TITLE)
    writer.setCreator(f"manifest.json SHA-256 {info.manifest_sha256}" if info.manifest_sha256 else "")

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
    mono = QFont(font)
    mono.setFamilies(["DejaVu Sans Mono", "Noto Sans Mono", "Consolas", "Menlo", "Courier New"])
    mono.setStyleHint(QFont.StyleHint.Monospace)
    cell_pad = 2 * 4 * DPI / 96 + 2 * DPI / 96  # padding and borders of a table cell, in device pixels

    def fits(text: str, share: float, pt: float, is_mono: bool) -> bool:
        f = QFont(mono if is_mono else font)
        f.setPointSizeF(pt)
        width = QFontMetricsF(f, writer).horizontalAdvance(show(_clean(text)))
        return width * 1.04 <= body_w * share - cell_pad

    doc_class = _make_doc_class()

    def new_doc(body_html: str) -> Any:
        d = doc_class(thumbs)
        d.documentLayout().setPaintDevice(writer)
        d.setDefaultFont(font)
        d.setDefaultStyleSheet(STYLE)
        d.setDocumentMargin(0)
        d.setPageSize(QSizeF(body_w, body_h))
        d.setHtml(f"<html><body>{mirror_tables(body_html) if tx.rtl else body_html}</body></html>")
        if tx.rtl:
            right_to_left(d)
        mark_right_to_left(d)
        _keep_identifiers_whole(d, writer)
        QTextCursor(d).insertBlock()  # an empty first block: the spacer (see _spacer)
        return d

    n = len(sel.entries)
    tz = sel.options.tz
    tx = words(sel.options)
    parts = [Part(lambda _top: cover_html(sel, info)), *timeline_parts(sel, info.made_at, fits),
             *identifiers_parts(sel, fits)]
    for i, e in enumerate(sel.entries, 1):
        parts.append(Part(lambda _top, i=i, e=e: entry_html(i, n, e, sel.files_of(e.id), thumbs, (body_w, body_h),
                                                              tz, fits, tx)))

    def tick(done: int) -> None:
        if progress is not None and progress(done, 1000) is False:
            raise ExportCancelled()

    # Lay the parts out one after another: each starts where the previous one ended, unless its heading and
    # first rows (a table row: all of it) would not fit there; then it starts on the next page.
    placed: list[_Placed] = []
    page, y = 0, 0.0  # where the previous part ended
    border = DPI / 96  # table rows that follow each other share their border line
    row_top: float | None = None  # how far below its spacer a row's table starts (the same for every row)
    for k, part in enumerate(parts):
        if part.row:
            start = max(0.0, y - 3 * border)
        else:
            start = y + GAP * body_h if y > 0 else 0.0
            if start > 0 and body_h - start < MIN_ROOM * body_h:
                page, start = page + 1, 0.0
        doc = new_doc(part.make(start == 0))
        if start > 0:
            layout = doc.documentLayout()
            if part.row:
                if row_top is None:
                    _spacer(doc, start, DPI)
                    row_top = _table_of(doc)[0] - start
                _spacer(doc, start - row_top, DPI)
                top, end = _table_of(doc)
                move = end > body_h and end - top <= body_h
            else:
                _spacer(doc, start, DPI)
                heading_top = layout.blockBoundingRect(doc.begin().next()).top()
                keep = _keep_bottom(doc, part.keep_rows)
                end = _end_of(doc)
                move = (heading_top >= body_h or keep > body_h and keep - start <= body_h
                        or end > body_h and end - start <= 0.9 * body_h and body_h - start < KEEP_WHOLE * body_h)
            if move:
                page, start = page + 1, 0.0
                if part.row:
                    doc = new_doc(part.make(True))
        spacer = 0.0 if start == 0 else start - row_top if part.row and row_top is not None else start
        if start == 0:
            _spacer(doc, 0, DPI)
        if not part.row:
            _split_at_page_ends(doc, body_h)
        end = _end_of(doc)
        pages = max(1, int(end // body_h) + 1)
        if part.row:  # the same text and spacer give the same layout when it is made again to be drawn
            placed.append(_Placed(None, page, pages, remake=functools.partial(
                _remake, new_doc, part.make, start == 0, spacer)))
        else:
            placed.append(_Placed(doc, page, pages))
        page += pages - 1
        y = end - (pages - 1) * body_h
        tick(500 * (k + 1) // len(parts))
    total = placed[-1].first_page + placed[-1].pages

    painter = QPainter()
    if not painter.begin(writer):
        raise ExportError(translate("errors", "The report could not be written."))
    try:
        foot_font = QFont(font)
        foot_font.setPointSizeF(10)
        made = date_time_text(info.made_at, tx.language, tz=tz)
        foot = Texts(tx.language)  # drawn by QPainter on one line, in the direction of the language
        lri, pdi = (LRI, PDI) if foot.rtl else ("", "")
        if foot.rtl and (urdu := register_urdu_font()):
            foot_font.setFamilies([urdu, *font.families()])
        ctx = QAbstractTextDocumentLayout.PaintContext()
        pal = QPalette()
        pal.setColor(QPalette.ColorRole.Text, Qt.GlobalColor.black)
        ctx.palette = pal
        first = 0  # the first section still to be drawn on
        for page_no in range(total):
            if page_no > 0:
                writer.newPage()
            k = first
            while k < len(placed) and placed[k].first_page <= page_no:
                sec = placed[k]
                p = page_no - sec.first_page
                if p < sec.pages:
                    if sec.doc is None and sec.remake is not None:
                        sec.doc = sec.remake()
                    painter.save()
                    painter.translate(0, -p * body_h)
                    clip = QRectF(0, p * body_h, body_w, body_h - 2)  # - 2: no sliver of the next page's image
                    painter.setClipRect(clip)
                    ctx.clip = clip
                    sec.doc.documentLayout().draw(painter, ctx)
                    painter.restore()
                k += 1
            while first < len(placed) and placed[first].first_page + placed[first].pages - 1 <= page_no:
                placed[first].doc = None  # drawn: free it (and the pictures it loaded)
                first += 1
            painter.setFont(foot_font)
            painter.setPen(QPen(Qt.GlobalColor.black, DPI / 150))
            y_line = body_h + footer_h * 0.25
            painter.drawLine(0, int(y_line), int(page_w), int(y_line))
            r = QRectF(0, y_line, page_w, footer_h * 0.75)
            page_label = foot.translate("report", "Page {number} of {count}").format(
                number=f"{lri}{page_no + 1}{pdi}", count=f"{lri}{total}{pdi}")
            label = _foot_label(foot, made, info.manifest_sha256, (lri, pdi),
                                page_w - QFontMetricsF(foot_font, writer).horizontalAdvance(page_label + "    "),
                                lambda t: QFontMetricsF(foot_font, writer).horizontalAdvance(t))
            # Right to left: Qt mirrors "left" and "right", so the label starts at the right edge
            painter.setLayoutDirection(Qt.LayoutDirection.RightToLeft if foot.rtl else Qt.LayoutDirection.LeftToRight)
            painter.drawText(r, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), label)
            painter.drawText(r, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), page_label)
            tick(500 + 500 * (page_no + 1) // total)
    finally:
        painter.end()
    buf.close()
    return bytes(buf.data())
