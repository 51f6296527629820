"""Export errors. Each ``str()`` is a short, calm sentence that can be shown to the person as it is."""

from __future__ import annotations

from iia_help.catalog import translate


class ExportError(Exception):
    default_message = translate("errors", "The export could not be made. Nothing was saved.")

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or self.default_message)


class ExportCancelled(ExportError):
    default_message = translate("errors", "The export was stopped. Nothing was saved.")
