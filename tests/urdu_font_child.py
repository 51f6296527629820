"""Child process for test_urdu.py, run with a fontconfig set-up that has no font for Urdu (as a bare Linux system
or CI). Starts like the app does in English, then switches to Urdu, and writes a PDF report with an Urdu entry.
Prints one ``RESULT {json}`` line.

    python tests/urdu_font_child.py DATA_DIR REPORT.pdf
"""

from __future__ import annotations

import json
import sys
from datetime import UTC, datetime
from pathlib import Path

URDU = "پہلے قدم: کچھ بھی ڈیلیٹ نہ کریں۔ ثبوت محفوظ کریں۔"


def runs_of(text: str, font) -> list[dict]:
    """The font and glyphs Qt really uses for ``text`` (glyph 0 is the font's empty box)."""
    from PySide6.QtGui import QTextLayout

    layout = QTextLayout(text, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    return [{"family": r.rawFont().familyName(), "glyphs": list(r.glyphIndexes())} for r in layout.glyphRuns()]


def main() -> int:
    data, report = Path(sys.argv[1]), Path(sys.argv[2])
    from PySide6.QtGui import QFont, QFontDatabase, QRawFont
    from PySide6.QtWidgets import QApplication

    from iia_help import fonts
    from iia_help.context import AppContext
    from iia_help.paths import AppPaths
    from iia_help.ui.app import build_main_window, create_application

    app = create_application([])
    out: dict = {}
    # No font on this system has the Urdu letter ے: what the app shows must come from its own font.
    out["system_fonts_with_urdu"] = [
        family for family in QFontDatabase.families()
        if QRawFont.fromFont(QFont(family)).supportsCharacter(ord("ے"))
    ]
    ctx = AppContext.load(AppPaths(data))
    window = build_main_window(ctx)
    window.show()
    app.processEvents()
    out["english_registered"] = list(fonts.registered_families())
    ctx.set_visit_language("ur")
    app.processEvents()
    out["urdu_registered"] = list(fonts.registered_families())
    out["urdu_app_families"] = list(QApplication.font().families())
    out["urdu_runs"] = runs_of(URDU, QApplication.font())
    bold = QFont(QApplication.font())
    bold.setBold(True)
    out["urdu_bold_styles"] = [QRawFont.fromFont(bold).styleName()]
    ctx.set_visit_language("")
    app.processEvents()
    out["back_app_families"] = list(QApplication.font().families())

    from iia_help.export import write_report_pdf
    from iia_help.journal import Entry, Journal
    from iia_help.vault import Vault

    data.mkdir(parents=True, exist_ok=True)
    vault = Vault.create(data / "report-notes.db", "pw", calibrate=False)
    journal = Journal(vault)
    journal.add_entry(Entry(occurred_at=datetime(2025, 5, 3, 21, 14, tzinfo=UTC), kind="threat",
                            platform="WhatsApp", account="+447700900123",
                            description=f"{URDU} اس نے کہا کہ +44 7700 900123 پر فون کرو۔"))
    out["pages"] = write_report_pdf(journal, report)
    vault.close()
    window.close()
    print("RESULT " + json.dumps(out), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
