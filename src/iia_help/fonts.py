"""The font the app ships for Urdu (Noto Naskh Arabic, SIL Open Font License: resources/fonts/OFL.txt).

Many Linux systems, and the app's own bundle, have no font with the Urdu letters (ٹ ڈ ڑ ں ے ہ ۔): DejaVu has
basic Arabic only, so Urdu words came out with boxes, or with letters from two fonts that do not join. The font is
registered with Qt only when needed (Urdu on screen, or Arabic-script text in a report), so an English start reads
no font file. QtGui only, no widgets: the PDF report uses it too. Never fatal: without the files, Qt's own choice
is used.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

__all__ = ["FONT_FILES", "URDU_FAMILY", "first_strong", "has_arabic_script", "mark_right_to_left", "register_urdu_font",
           "registered_families"]

URDU_FAMILY = "Noto Naskh Arabic"
FONT_FILES = ("NotoNaskhArabic-Regular.ttf", "NotoNaskhArabic-Bold.ttf")
_ARABIC_LETTERS = "\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff"
_ARABIC = re.compile(f"[{_ARABIC_LETTERS}]")
_ARABIC_RUN = re.compile(f"[{_ARABIC_LETTERS}]+(?:[ \u00a0\u200c\u200d]+[{_ARABIC_LETTERS}]+)*")
#: On paper (the report, printed pages) beside DejaVu, Naskh letters look small: Urdu words are drawn this much larger.
PRINT_SCALE = 1.15
_registered: list[str] = []


def has_arabic_script(text: str) -> bool:
    """True if ``text`` has a letter of the Arabic script (Urdu is written in it)."""
    return bool(_ARABIC.search(text))


def registered_families() -> tuple[str, ...]:
    """The families this process registered from the app's own font files (empty until Urdu is needed)."""
    return tuple(_registered)


def register_urdu_font() -> str | None:
    """Register the bundled Urdu font with Qt (once per process; a QGuiApplication must exist). Returns its
    family, or None if the files are missing or unreadable (Qt then falls back to the system's fonts)."""
    if _registered:
        return _registered[0]
    from PySide6.QtCore import QCoreApplication, QThread
    from PySide6.QtGui import QFontDatabase

    app = QCoreApplication.instance()
    if app is None or QThread.currentThread() is not app.thread():
        # Qt's font database is changed from the GUI thread only (an export renders on a worker thread: the
        # export dialog registers the font before it starts one).
        return None

    from iia_help.resources import resources_dir

    folder = resources_dir() / "fonts"
    for name in FONT_FILES:
        path = folder / name
        if not path.is_file():
            continue
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            continue
        for family in QFontDatabase.applicationFontFamilies(font_id):
            if family not in _registered:
                _registered.append(family)
    return URDU_FAMILY if URDU_FAMILY in _registered else None


def first_strong(text: str) -> str:
    """ "L" or "R": the direction of the first letter in ``text`` (isolate marks are skipped, not what they
    enclose); "" if it has no letter."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind == "L":
            return "L"
        if kind in ("R", "AL"):
            return "R"
    return ""


def mark_right_to_left(doc: Any, scale: float = PRINT_SCALE, default_pt: float = 10.5) -> None:
    """For a QTextDocument drawn on paper (the evidence report, a printed page): each run of Urdu (Arabic-script)
    words is drawn by the app's Urdu font, in that one font so its letters join, ``scale`` times larger; a
    paragraph or cell that starts with right-to-left words is laid out right to left (aligned right). Nothing
    happens to a document with no Arabic-script letter."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QTextCharFormat, QTextCursor

    if not has_arabic_script(doc.toPlainText()):
        return
    family = register_urdu_font()
    edit = QTextCursor(doc)
    edit.beginEditBlock()  # one layout at the end, not one after each change (an Urdu report: 3 times faster)
    block = doc.begin()
    while block.isValid():
        text = block.text()
        if first_strong(text) == "R" and block.blockFormat().layoutDirection() != Qt.LayoutDirection.RightToLeft:
            fmt = block.blockFormat()
            fmt.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
            QTextCursor(block).setBlockFormat(fmt)
        runs = [(block.position() + m.start(), block.position() + m.end()) for m in _ARABIC_RUN.finditer(text)]
        pieces = []  # (start, end, point size) of each run's part in one fragment
        it = block.begin()
        while family and runs and not it.atEnd():
            frag = it.fragment()
            f_start, f_end = frag.position(), frag.position() + frag.length()
            pt = frag.charFormat().font().pointSizeF()
            pieces += [(max(s, f_start), min(e, f_end), pt) for s, e in runs if s < f_end and e > f_start]
            it += 1
        for start, end, pt in pieces:
            urdu = QTextCharFormat()
            urdu.setFontFamilies([family])
            urdu.setFontPointSize((pt if pt > 0 else default_pt) * scale)
            cursor = QTextCursor(doc)
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(urdu)
        block = block.next()
    edit.endEditBlock()
