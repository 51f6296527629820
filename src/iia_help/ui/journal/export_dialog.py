"""The export dialog: choose what to export, read the warnings, save the evidence bundle or the report on its own,
or check a bundle.

The export itself runs on a worker thread (``iia_help.ui.common.tasks.Task``) so the window never freezes; a
progress bar and Cancel stay live. Closing the dialog (or the panic key closing it) cancels a running export, and
the core then removes its half-written temp file.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from iia_help.export import (
    ExportCancelled,
    ExportError,
    ExportOptions,
    export_bundle,
    verify_bundle,
    write_report_pdf,
)
from iia_help.export.verify import group_fingerprint
from iia_help.ui import links
from iia_help.ui.common.tasks import Task, run_task
from iia_help.ui.core_texts import core_message
from iia_help.ui.dialogs import open_files, save_file
from iia_help.ui.i18n import current_language, translate

NOT_ENCRYPTED = QT_TRANSLATE_NOOP(
    "ExportDialog",
    "<b>This export is not encrypted.</b> Anyone who gets the file can read everything in it and see every "
    "picture. Save it straight to a USB stick (not to this computer), keep the stick somewhere safe, and only "
    "give it to people you trust, like the police or a helpline."
)
UNDER_18 = QT_TRANSLATE_NOOP(
    "ExportDialog",
    "<b>Never pass on an image of someone under 18</b>, not even to the police or a helpline. Sharing it can be "
    "a crime, even when you are trying to help. Give the police the web addresses (links), usernames and "
    "messages instead. They can find the images themselves."
)

_BOX_STYLE = "QLabel { border: 2px solid #222; padding: 8px; background: #fff8e1; color: #000; }"


def _named(w: QWidget, name: str, description: str = "") -> QWidget:
    w.setAccessibleName(name)
    if description:
        w.setAccessibleDescription(description)
    return w


def _box(text: str, object_name: str, accessible: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName(object_name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setStyleSheet(_BOX_STYLE)
    _named(label, accessible, re.sub(r"<[^>]+>", "", text))
    label.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    return label


BUNDLE, REPORT_ONLY = "bundle", "report"
ALL_FILES, NO_MEDIA, NO_FILES = "all", "no-media", "none"


@dataclass(frozen=True)
class ReportSaved:
    """What the dialog says after saving the report on its own."""

    path: Path
    entries: int
    pages: int


class ExportDialog(QDialog):
    """Export the journal as an evidence bundle (report.pdf + original files + fingerprints) or as the report
    alone, or check a bundle."""

    def __init__(self, ctx: Any, journal: Any, parent: QWidget | None = None,
                 selected_ids: list[str] | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.journal = journal
        self.selected_ids = [i for i in (selected_ids or []) if i]
        self._task: Task | None = None
        self._cancel = threading.Event()
        self.last_result: Any = None
        self.last_report: Any = None
        self.setObjectName("exportDialog")
        self.setWindowTitle(translate("ExportDialog", "Export for police or a helpline"))
        self.last_path: Path | None = None

        # The choices scroll when the window is short, so nothing is ever squashed or clipped (also after an
        # export, when the status and the "open the folder" button appear below them).
        outer = QVBoxLayout(self)
        self.scroll = QScrollArea()
        self.scroll.setObjectName("exportChoices")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the choices (it scrolls to them)
        self.scroll.setMinimumHeight(160)  # always a few choices in view, however small the window
        _named(self.scroll, translate("ExportDialog", "Export choices"))
        body = QWidget()
        body.setObjectName("exportChoicesBody")
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 6, 0)
        self.scroll.setWidget(body)
        outer.addWidget(self.scroll, 1)
        intro = QLabel(
            translate(
            "ExportDialog",
            "Make a report you can give to the police or a helpline: a PDF report on its own, or one ZIP file "
            "with the report, your attached files exactly as you saved them, and fingerprints that show nothing "
            "was changed.")
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.warning = _box(translate("ExportDialog", NOT_ENCRYPTED), "notEncryptedWarning", translate(
                                                                  "ExportDialog",
                                                                  "Warning: this export is not encrypted"))
        layout.addWidget(self.warning)
        self.image_reminder = _box(translate("ExportDialog", UNDER_18), "under18Reminder", translate(
                                                                "ExportDialog",
                                                                "Reminder: never pass on an image of someone under 18"))
        layout.addWidget(self.image_reminder)
        # Two columns, so everything fits on a small screen: what and which entries | files and front page.
        columns = QHBoxLayout()
        left, right = QVBoxLayout(), QVBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        layout.addLayout(columns)

        # --- what to save
        kind = QGroupBox(translate("ExportDialog", "What to save"))
        kind_layout = QVBoxLayout(kind)
        self.kind_group = QButtonGroup(self)
        self.bundle_radio = QRadioButton(translate(
                                         "ExportDialog",
                                         "Everything in one ZIP file: the report,\nyour files and their fingerprints"))
        self.report_radio = QRadioButton(translate("ExportDialog", "The report only (one PDF file)"))
        for i, (rb, name) in enumerate(((self.bundle_radio, "Save everything in one ZIP file"),
                                        (self.report_radio, "Save the report only, as a PDF file"))):
            self.kind_group.addButton(rb, i)
            _named(rb, name)
            kind_layout.addWidget(rb)
        self.bundle_radio.setChecked(True)
        left.addWidget(kind)

        # --- what to export
        what = QGroupBox(translate("ExportDialog", "What to export"))
        what_layout = QVBoxLayout(what)
        self.scope = QButtonGroup(self)
        self.all_radio = QRadioButton(translate("ExportDialog", "All entries"))
        self.range_radio = QRadioButton(translate("ExportDialog", "Entries between two dates"))
        n = len(self.selected_ids)
        self.selected_radio = QRadioButton(
            translate("ExportDialog", "Only the %n entries you chose", "Only the %n entry you chose", n) if n else
            translate(
                                                                               "ExportDialog",
                                                                               "Only chosen entries (none chosen)"))
        for i, (rb, name) in enumerate(((self.all_radio, "Export all entries"),
                                        (self.range_radio, "Export entries between two dates"),
                                        (self.selected_radio, "Export only the entries you chose"))):
            self.scope.addButton(rb, i)
            _named(rb, name)
        self.selected_radio.setEnabled(bool(n))
        (self.selected_radio if n > 1 else self.all_radio).setChecked(True)

        dates = QHBoxLayout()
        first, last = self._date_bounds()
        self.date_from = QDateEdit(QDate(first.year, first.month, first.day))
        self.date_to = QDateEdit(QDate(last.year, last.month, last.day))
        for w, name in ((self.date_from, "From date"), (self.date_to, "To date")):
            w.setCalendarPopup(True)
            w.setDisplayFormat("d MMM yyyy")
            _named(w, name)
        from_label, to_label = QLabel(translate("ExportDialog", "From")), QLabel(translate("ExportDialog", "to"))
        from_label.setBuddy(self.date_from)
        to_label.setBuddy(self.date_to)
        dates.addSpacing(24)
        for w in (from_label, self.date_from, to_label, self.date_to):
            dates.addWidget(w)
        dates.addStretch(1)
        what_layout.addWidget(self.all_radio)
        what_layout.addWidget(self.range_radio)
        what_layout.addLayout(dates)
        what_layout.addWidget(self.selected_radio)
        left.addWidget(what)
        left.addStretch(1)

        # --- attached files: one choice (files left out are listed by name and fingerprint)
        files = QGroupBox(translate("ExportDialog", "Attached files (screenshots, photos, others)"))
        files.setObjectName("attachedFiles")
        files_layout = QVBoxLayout(files)
        self.files_group = QButtonGroup(self)
        self.files_all = QRadioButton(translate("ExportDialog", "All attached files"))
        self.files_no_media = QRadioButton(translate("ExportDialog", "Files, but no photos or videos"))
        self.files_none = QRadioButton(translate("ExportDialog", "No files"))
        for i, (rb, name, desc) in enumerate((
                (self.files_all, "Include all attached files", ""),
                (self.files_no_media, "Include files, but no photos or videos",
                 "Photos and videos are then listed by name and fingerprint only"),
                (self.files_none, "Include no attached files",
                 "Files are then listed by name and fingerprint only"))):
            self.files_group.addButton(rb, i)
            _named(rb, name, desc)
            files_layout.addWidget(rb)
        self.files_all.setChecked(True)
        note = QLabel(translate(
                      "ExportDialog",
                      "Files left out are still listed in the report by name and fingerprint."))
        note.setWordWrap(True)
        files_layout.addWidget(note)
        right.addWidget(files)

        # --- cover page
        cover = QGroupBox(translate("ExportDialog", "On the front page (optional)"))
        form = QFormLayout(cover)
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(translate("ExportDialog", "Leave empty if you prefer"))
        self.contact_edit = QLineEdit()
        self.contact_edit.setPlaceholderText(translate("ExportDialog", "A phone number or email the police can use"))
        _named(self.name_edit, translate("ExportDialog", "Your name, for the front page (optional)"))
        _named(self.contact_edit, translate("ExportDialog", "How to contact you, for the front page (optional)"))
        form.addRow(translate("ExportDialog", "Your name:"), self.name_edit)
        form.addRow(translate("ExportDialog", "Contact:"), self.contact_edit)
        right.addWidget(cover)
        right.addStretch(1)
        layout.addStretch(1)
        layout = outer

        # --- progress and results (below the scrolling choices, always in view)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(True)
        self.progress.setFormat("%p%")
        self.progress.hide()
        _named(self.progress, translate("ExportDialog", "Export progress"))
        layout.addWidget(self.progress)
        self.status = QLabel("")
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # it names files and folders
        self.status.setObjectName("exportStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        _named(self.status, translate("ExportDialog", "Export status"))
        layout.addWidget(self.status)
        self.open_folder_button = QPushButton(translate("ExportDialog", "Open the folder"))
        self.open_folder_button.setObjectName("openFolder")
        _named(self.open_folder_button, translate("ExportDialog", "Open the folder"), translate(
                                                           "ExportDialog",
                                                           "Show the folder the export was saved in"))
        self.open_folder_button.setAutoDefault(False)
        self.open_folder_button.hide()
        self.open_folder_button.clicked.connect(self.open_folder)
        saved_row = QHBoxLayout()
        saved_row.addWidget(self.open_folder_button)
        saved_row.addStretch(1)
        layout.addLayout(saved_row)
        self.verify_result = QPlainTextEdit()
        self.verify_result.setObjectName("verifyResult")
        self.verify_result.setReadOnly(True)
        self.verify_result.setMaximumHeight(140)
        self.verify_result.hide()
        _named(self.verify_result, translate("ExportDialog", "Result of checking a bundle"))
        layout.addWidget(self.verify_result)

        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        layout.addWidget(line)
        buttons = QHBoxLayout()
        self.check_button = QPushButton(translate("ExportDialog", "Check a bundle…"))
        self.export_button = QPushButton(translate("ExportDialog", "Save export…"))
        self.close_button = QPushButton(translate("ExportDialog", "Close"))
        _named(self.check_button, translate("ExportDialog", "Check a bundle"), translate(
                                                    "ExportDialog",
                                                    "Check that an evidence bundle's files have not been changed"))
        _named(self.export_button, translate("ExportDialog", "Save export"), translate(
                                                  "ExportDialog",
                                                  "Choose where to save the export, then make it"))
        _named(self.close_button, translate("ExportDialog", "Close"))
        self.export_button.setDefault(True)
        buttons.addWidget(self.check_button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)

        self.check_button.clicked.connect(self.check_bundle)
        self.export_button.clicked.connect(self.start_export)
        self.close_button.clicked.connect(self._close_or_cancel)
        self.scope.idToggled.connect(lambda *_: self._update())
        self._update()
        self._fit_to_screen()

    def _fit_to_screen(self, grow_only: bool = False) -> None:
        """As tall as the choices need, plus room for what an export shows (progress, five lines of result,
        "Open the folder"), but never taller than the screen (the choices scroll instead). Saving then fills
        that room: the window does not grow under the pointer (it did, by about 150 px)."""
        self.layout().activate()
        want = self.sizeHint()
        body = self.scroll.widget().sizeHint()
        height = want.height() + max(0, body.height() - self.scroll.sizeHint().height())
        if self.status.isHidden() or not self.status.text():
            spacing = max(0, self.layout().spacing())
            height += (self.progress.sizeHint().height() + self.open_folder_button.sizeHint().height()
                       + self.status.fontMetrics().lineSpacing() * 5 + 3 * spacing)
        # As wide as the two columns of choices need (Welsh and Polish at Large text need more than 860 px), so
        # none is cut off on the right: the choices scroll down, never sideways.
        margins = self.layout().contentsMargins()
        body_width = (self.scroll.widget().minimumSizeHint().width() + margins.left() + margins.right()
                      + self.scroll.verticalScrollBar().sizeHint().width() + 2)
        width = max(860, want.width(), body_width)
        screen = self.screen() or (self.parentWidget().screen() if self.parentWidget() else None)
        if screen is not None:
            avail = screen.availableGeometry()
            height, width = min(height, avail.height() - 60), min(width, avail.width() - 40)
        if grow_only:
            width, height = max(width, self.width()), max(height, self.height())
        self.resize(width, max(height, 300))

    # ----------------------------------------------------------------- state
    def _date_bounds(self) -> tuple[date, date]:
        try:
            entries = self.journal.entries()
        except Exception:  # locked or damaged: the export will say so
            entries = []
        today = date.today()
        if not entries:
            return today, today
        days = [e.occurred_at.date() for e in entries]
        return min(days), max(max(days), today)

    def _update(self) -> None:
        busy = self.running
        self.date_from.setEnabled(self.range_radio.isChecked() and not busy)
        self.date_to.setEnabled(self.range_radio.isChecked() and not busy)
        for w in (self.all_radio, self.range_radio, self.bundle_radio, self.report_radio, self.files_all,
                  self.files_no_media, self.files_none, self.name_edit, self.contact_edit, self.export_button,
                  self.check_button):
            w.setEnabled(not busy)
        self.selected_radio.setEnabled(bool(self.selected_ids) and not busy)
        self.close_button.setText(translate("ExportDialog", "Cancel export") if busy else translate("ExportDialog",
            "Close"))
        _named(self.close_button, translate("ExportDialog", "Cancel export") if busy else translate("ExportDialog",
            "Close"))

    @property
    def running(self) -> bool:
        return self._task is not None and not self._task.finished

    def options(self) -> ExportOptions:
        o = ExportOptions(
            include_attachments=not self.files_none.isChecked(),
            include_images=self.files_all.isChecked(),
            name=self.name_edit.text(),
            contact=self.contact_edit.text(),
            language=current_language() or "en",  # the report's own words in the language the app shows now
        )
        if self.selected_radio.isChecked() and self.selected_ids:
            o.entry_ids = list(self.selected_ids)
        elif self.range_radio.isChecked():
            o.date_from = self.date_from.date().toPython()
            o.date_to = self.date_to.date().toPython()
        return o

    def output(self) -> str:
        """BUNDLE (one ZIP) or REPORT_ONLY (one PDF)."""
        return REPORT_ONLY if self.report_radio.isChecked() else BUNDLE

    def files_choice(self) -> str:
        return NO_FILES if self.files_none.isChecked() else NO_MEDIA if self.files_no_media.isChecked() else ALL_FILES

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.setAccessibleDescription(text)
        self._keep_status_whole()

    def _keep_status_whole(self) -> None:
        """The result may need more lines than the room kept for it (a larger font, a long path): it gets them,
        and the choices above scroll instead of its last lines being cut."""
        width = self.status.width() if self.status.isVisible() else self.status.sizeHint().width()
        self.status.setMinimumHeight(self.status.heightForWidth(max(width, 1)) if self.status.text() else 0)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._keep_status_whole()

    # ----------------------------------------------------------------- export
    def start_export(self) -> None:
        if self.running:
            return
        self.verify_result.hide()
        self.open_folder_button.hide()
        o = self.options()
        if o.date_from and o.date_to and o.date_from > o.date_to:
            self._say(translate("ExportDialog", "The start date is after the end date. Please check the dates."))
            return
        try:
            count = self._count(o)
        except Exception as exc:  # a locked vault, for example
            self._say(self._message(exc))
            return
        if count == 0:
            self._say(translate("ExportDialog", "No entries match what you chose, so there is nothing to export."))
            return
        ext = "pdf" if self.output() == REPORT_ONLY else "zip"
        suggested = f"notes-export-{date.today():%Y-%m-%d}.{ext}"
        path = save_file(self, translate("ExportDialog", "Save the export (choose your USB stick)"), suggested,
                         translate("ExportDialog", "PDF files (*.pdf)") if ext == "pdf" else translate("ExportDialog",
                             "ZIP files (*.zip)"))
        if path is None:
            self._say(translate("ExportDialog", "Nothing was saved."))
            return
        if path.suffix.lower() != f".{ext}":
            path = path.with_name(f"{path.name}.{ext}")
        self._run_export(path, o)

    def _count(self, o: ExportOptions) -> int:
        entries = self.journal.entries()
        if o.entry_ids is not None:
            wanted = set(o.entry_ids)
            entries = [e for e in entries if e.id in wanted]
        if o.date_from is not None:
            entries = [e for e in entries if e.occurred_at.date() >= o.date_from]
        if o.date_to is not None:
            entries = [e for e in entries if e.occurred_at.date() <= o.date_to]
        return len(entries)

    def _run_export(self, path: Path, o: ExportOptions) -> None:
        self._cancel.clear()
        cancel = self._cancel
        journal = self.journal
        report_only = self.output() == REPORT_ONLY

        def work(task: Task) -> Any:
            def progress(done: int, total: int) -> bool:
                if cancel.is_set():
                    return False
                return task.report(done, total)

            if report_only:
                pages = write_report_pdf(journal, path, o, progress=progress)
                return ReportSaved(path, self._count(o), pages)
            return export_bundle(journal, path, o, progress=progress)

        from iia_help.fonts import register_urdu_font

        register_urdu_font()  # here, on the GUI thread: Urdu words in the report need it (iia_help.fonts)
        self.progress.setValue(0)
        self.progress.show()
        self._say(translate("ExportDialog", "Saving to {path} …").format(path=path))
        self._task = Task(work, on_done=self._export_done, on_error=self._export_failed, owner=self)
        self._task.progress.connect(self._on_progress)
        self._task.start()
        self._update()

    def _on_progress(self, done: Any, total: Any) -> None:
        self.progress.setValue(int(1000 * int(done) / max(1, int(total))))

    def _export_done(self, result: Any) -> None:
        self.last_result = result
        self.last_path = result.path
        self.progress.setValue(1000)
        self.open_folder_button.show()
        entries = result.entries  # a plain name for each count: pyside6-lupdate reads no other as a plural's count
        if isinstance(result, ReportSaved):
            pages = result.pages
            self._say(
                translate(
                "ExportDialog",
                "Saved: {v0} (the report on its own: {entries}, {pages}).\nRemember: this file is not "
                "encrypted. Keep it safe and delete it from any shared computer.",
                ).format(v0=result.path.name, entries=translate("ExportDialog", "%n entries", "%n entry", entries),
                         pages=translate("ExportDialog", "%n pages", "%n page", pages))
            )
            self._update()
            return
        files, left_out = result.files_included, result.files_left_out
        left = " " + translate("ExportDialog", "%n files left out.", "%n file left out.", left_out) if left_out else ""
        self._say(
            translate(
            "ExportDialog",
            "Saved: {v0} ({entries}, {files}).{left}\nFingerprint of this bundle (write it down): "
            "{v6}\nFingerprint of manifest.json: {v7}\nRemember: this file is not encrypted. Keep it safe and "
            "delete it from any shared computer.",
            ).format(v0=result.path.name,
                     entries=translate("ExportDialog", "%n entries", "%n entry", entries),
                     files=translate("ExportDialog", "%n files", "%n file", files), left=left,
                     v6=group_fingerprint(result.fingerprint), v7=result.manifest_sha256)
        )
        self._update()

    def open_folder(self) -> None:
        """Show the folder the export was saved in (the system's file manager; a local folder, no network)."""
        if self.last_path is not None:
            links.open_folder(self.last_path.parent)

    def _export_failed(self, exc: BaseException) -> None:
        self.progress.hide()
        self._say(self._message(exc))
        self._update()

    @staticmethod
    def _message(exc: BaseException) -> str:
        if isinstance(exc, ExportCancelled):
            return translate("ExportDialog", "The export was stopped. Nothing was saved.")
        if isinstance(exc, ExportError):
            return core_message(exc)
        from iia_help.vault import VaultError

        if isinstance(exc, VaultError):
            return translate("ExportDialog", "{exc} Nothing was saved.").format(exc=core_message(exc))
        return translate(
               "ExportDialog",
               "Something went wrong and the export was not made. Nothing was saved. Please try again.")

    def cancel_export(self) -> None:
        if self.running:
            self._cancel.set()
            self._say(translate("ExportDialog", "Stopping the export …"))

    def _close_or_cancel(self) -> None:
        if self.running:
            self.cancel_export()
        else:
            self.accept()

    def reject(self) -> None:  # Esc, window close, the panic key
        if self.running and self._task is not None:
            self._cancel.set()
            self._task.cancel()  # the core removes its temp file when it sees the cancel
        super().reject()

    def closeEvent(self, event: Any) -> None:  # noqa: N802 (Qt override)
        if self.running and self._task is not None:
            self._cancel.set()
            self._task.cancel()
        super().closeEvent(event)

    # ----------------------------------------------------------------- check a bundle
    def check_bundle(self) -> None:
        if self.running:
            return
        files = open_files(self, translate("ExportDialog", "Choose an evidence bundle to check"), translate(
                                                                       "ExportDialog",
                                                                       "ZIP files (*.zip);;All files (*)"),
                           multiple=False)
        if not files:
            return
        target = files[0]
        self._say(translate("ExportDialog", "Checking {v0} …").format(v0=target.name))
        self._task = run_task(lambda _task: verify_bundle(target), on_done=self._verify_done,
                              on_error=self._verify_failed, owner=self)
        self._update()

    def _verify_done(self, report: Any) -> None:
        self.last_report = report
        text = report.summary(current_language() or "en")
        self.verify_result.setPlainText(text)
        self.verify_result.show()
        self._say(translate(
                  "ExportDialog",
                  "The bundle matches its fingerprint list. Compare its fingerprint (below) with the noted one.")
                  if report.ok else
                  translate("ExportDialog", "The bundle could not be checked.") if report.status == "unreadable" else
                  # issue 19: an older bundle whose report was never covered by its fingerprint
                  translate("ExportDialog",
                      "Older format: partly checked. The report is not covered.") if report.status == "old-format" else
                  translate("ExportDialog", "The bundle does NOT match. The details are below."))
        self._update()

    def _verify_failed(self, exc: BaseException) -> None:
        self._say(translate("ExportDialog", "The bundle could not be checked. It may be damaged."))
        self._update()
