"""Evidence export: a PDF report, a ZIP bundle with the original files and their SHA-256 fingerprints, and a
checker for bundles.

``export_bundle`` and ``write_report_pdf`` need a QGuiApplication for the PDF (fonts, images); they create an
offscreen one when none exists. ``verify_bundle`` needs no Qt at all. See docs/export.md.
"""

from iia_help.export.bundle import ExportResult, export_bundle, sanitise_name, write_report_pdf
from iia_help.export.errors import ExportCancelled, ExportError
from iia_help.export.selection import ExportOptions, SelectionError
from iia_help.export.verify import VerifyReport, verify_bundle

__all__ = [
    "ExportCancelled",
    "ExportError",
    "ExportOptions",
    "ExportResult",
    "SelectionError",
    "VerifyReport",
    "export_bundle",
    "sanitise_name",
    "verify_bundle",
    "write_report_pdf",
]
