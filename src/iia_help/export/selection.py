"""What goes into an export: which entries, and which of their attached files.

No Qt here. ``select(journal, options)`` returns a ``Selection``: the chosen entries (oldest first) and, for each
attached file, whether it is included and why not.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from iia_help.catalog import QT_TRANSLATE_NOOP, translate
from iia_help.export.errors import ExportError

# File name endings treated as photos or videos even when the bytes do not say so (err towards leaving out).
_MEDIA_SUFFIXES = {
    ".png", ".jpg", ".jpeg", ".jpe", ".jfif", ".gif", ".bmp", ".webp", ".tif", ".tiff", ".heic", ".heif",
    ".avif", ".svg", ".svgz", ".ico", ".tga", ".dng", ".raw", ".cr2", ".nef", ".arw",
    ".mp4", ".m4v", ".mov", ".avi", ".mkv", ".webm", ".wmv", ".3gp", ".3g2", ".mpg", ".mpeg", ".flv", ".ogv",
}
# Raster formats the report can draw (checked by their first bytes, never by name alone).
DRAWABLE = ("png", "jpeg", "gif", "bmp", "webp")


class SelectionError(ExportError, ValueError):
    """The chosen options do not make sense; ``str()`` is a sentence for the person."""


@dataclass
class ExportOptions:
    """What to export.

    ``entry_ids``: only these entries (None: every entry). ``date_from`` / ``date_to``: only entries that happened
    on or between these days (inclusive, by the date the entry records). ``include_attachments``: copy attached
    files into the bundle. ``include_images``: False leaves photos and videos out (listed by name and fingerprint
    only); other files are still included. ``name`` / ``contact``: optional, printed on the cover page.
    ``tz``: time zone for times in the report (None: this computer's). ``language``: the language of the report's
    own words, dates and sizes (``iia_help.language`` codes; English by default; what the person wrote, the file
    names and every fingerprint are never changed). The bundle's other files are the same in every language.
    """

    entry_ids: Iterable[str] | None = None
    date_from: date | None = None
    date_to: date | None = None
    include_attachments: bool = True
    include_images: bool = True
    name: str = ""
    contact: str = ""
    tz: Any = None
    language: str = "en"

    def mode(self) -> str:
        if self.entry_ids is not None:
            return "selected"
        if self.date_from is not None or self.date_to is not None:
            return "date range"
        return "all"


@dataclass
class FilePlan:
    """One attached file and what the export does with it."""

    attachment: Any  # iia_help.journal.Attachment
    entry: Any  # iia_help.journal.Entry
    media: bool  # photo or video (by name or by content)
    kind: str  # "png", "jpeg", ... for drawable images, "" otherwise
    included: bool
    left_out_reason: str = ""
    path: str = ""  # member name inside the ZIP when included


@dataclass
class Selection:
    options: ExportOptions
    entries: list[Any] = field(default_factory=list)
    files: list[FilePlan] = field(default_factory=list)

    def files_of(self, entry_id: str) -> list[FilePlan]:
        return [f for f in self.files if f.entry.id == entry_id]

    @property
    def included_files(self) -> list[FilePlan]:
        return [f for f in self.files if f.included]

    @property
    def included_bytes(self) -> int:
        return sum(f.attachment.size for f in self.included_files)


def sniff_kind(head: bytes) -> tuple[str, bool]:
    """(drawable image kind or "", is photo/video) from a file's first bytes."""
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png", True
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg", True
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return "gif", True
    if head.startswith(b"BM") and len(head) >= 26:
        return "bmp", True
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "webp", True
    if head[:4] == b"RIFF" and head[8:12] in (b"AVI ", b"AVIX"):
        return "", True
    if head[:4] in (b"II*\x00", b"MM\x00*") or head.startswith(b"\x1aE\xdf\xa3"):  # TIFF, Matroska/WebM
        return "", True
    if head[4:8] == b"ftyp":  # MP4, MOV, HEIC, AVIF, 3GP ...
        return "", True
    if head.lstrip()[:5].lower() in (b"<svg ", b"<?xml") and b"<svg" in head[:1024].lower():
        return "", True
    return "", False


def _head(journal: Any, attachment_id: str, n: int = 64) -> bytes:
    it = journal.iter_attachment(attachment_id)
    try:
        first = next(it, b"")
    finally:
        close = getattr(it, "close", None)
        if close:
            close()
    return bytes(first[:n])


def _day(d: datetime) -> date:
    return d.date()


def select(journal: Any, options: ExportOptions) -> Selection:
    """Choose the entries and files for ``options`` (entries oldest first, by when they happened)."""
    if options.date_from and options.date_to and options.date_from > options.date_to:
        raise SelectionError(translate("errors", "The start date is after the end date. Please check the dates."))
    entries = journal.entries()
    if options.entry_ids is not None:
        wanted = set(options.entry_ids)
        entries = [e for e in entries if e.id in wanted]
        missing = wanted - {e.id for e in entries}
        if missing:
            raise SelectionError(translate("errors", "Some of the chosen notes are no longer there. Please choose "
                                                     "again."))
    if options.date_from is not None:
        entries = [e for e in entries if _day(e.occurred_at) >= options.date_from]
    if options.date_to is not None:
        entries = [e for e in entries if _day(e.occurred_at) <= options.date_to]
    entries.sort(key=lambda e: (e.occurred_at, e.created_at))
    sel = Selection(options, entries)
    for e in entries:
        for a in e.attachments:
            suffix = os.path.splitext(a.name)[1].lower()
            kind, media = sniff_kind(_head(journal, a.id)) if a.size else ("", False)
            media = media or suffix in _MEDIA_SUFFIXES
            plan = FilePlan(a, e, media, kind, included=True)
            if not options.include_attachments:
                plan.included, plan.left_out_reason = False, QT_TRANSLATE_NOOP(
                    "report", "attached files were left out of this export")
            elif media and not options.include_images:
                plan.included, plan.left_out_reason = False, QT_TRANSLATE_NOOP(
                    "report", "photos and videos were left out of this export")
            sel.files.append(plan)
    return sel
