"""Files kept with an entry: add (file picker, drag and drop, pasted picture), list, view in memory, remove.

Files go straight into the vault in encrypted chunks (``journal.attach`` streams them). Pictures pasted from
the clipboard are turned into PNG bytes in memory. The viewer decrypts into memory only: no temp files, no
thumbnails on disk.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, QTimer, Signal
from PySide6.QtGui import QFontDatabase, QGuiApplication, QImage, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from iia_help.display_text import date_time_text, size_text
from iia_help.journal import MAX_ATTACHMENT_BYTES, Attachment, Journal
from iia_help.originals import Deleted, delete_original
from iia_help.ui import clipboard, dialogs
from iia_help.ui.common.dialog_helpers import DialogTracker, ask, hint, inform, named
from iia_help.ui.common.tasks import Task, run_task
from iia_help.ui.core_texts import core_message
from iia_help.ui.flow import FlowLayout
from iia_help.ui.i18n import and_list, translate
from iia_help.ui.modal import exec_dialog, neutral_title, present
from iia_help.vault import AttachmentCancelled, VaultError

IMAGE_NOTE = ("If the image shows someone under 18, do not store it. Record the web address, usernames and "
              "messages instead.")
IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".gif", ".bmp", ".webp", ".heic", ".heif", ".tif", ".tiff", ".avif"}
_IMAGE_MAGIC = (b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"II*\x00", b"MM\x00*")
#: Show a progress window (with Cancel) for files at least this big.
PROGRESS_FROM_BYTES = 4 * 1024 * 1024


def looks_like_image(name: str, head: bytes = b"") -> bool:
    if Path(name).suffix.lower() in IMAGE_SUFFIXES:
        return True
    return head.startswith(_IMAGE_MAGIC) or (head[:4] == b"RIFF" and head[8:12] == b"WEBP")


def image_to_png(image: QImage) -> bytes:
    """Encode a picture as PNG bytes in memory (nothing touches the disk)."""
    ba = QByteArray()
    buf = QBuffer(ba)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buf, "PNG")
    buf.close()
    return bytes(ba.data())


def size_limit_text(language: str = "en") -> str:
    return translate("attachments", "Each file can be up to {v0}.").format(v0=size_text(MAX_ATTACHMENT_BYTES, language))


# ----- the original stays behind: say so, and offer to delete it (honestly: not secure erasure)
NOT_SECURE = ("Deleting is not secure erasure: on many computers, especially ones with SSD drives, a deleted file "
              "can sometimes be recovered with special tools. Copies may also be elsewhere, for example on your "
              "phone, in a cloud backup or in a chat app.")


def folder_words(folder: Path) -> str:
    """Where a file is, in plain words: "your Pictures folder", or the folder's path."""
    from PySide6.QtCore import QStandardPaths

    loc = QStandardPaths.StandardLocation
    for where, words in ((loc.PicturesLocation, "your Pictures folder"), (loc.DownloadLocation, "your Downloads "
                         "folder"), (loc.DesktopLocation, "your Desktop"), (loc.DocumentsLocation, "your Documents "
                         "folder"), (loc.HomeLocation, "your home folder")):
        known = QStandardPaths.writableLocation(where)
        with contextlib.suppress(OSError, ValueError):
            if known and Path(known).resolve() == folder.resolve():
                return words
    return translate("attachments", "the folder {folder}").format(folder=folder)


class AttachmentViewer(QDialog):
    """Shows one attachment, decrypted into memory only. Pictures are shown; other files show their details."""

    def __init__(self, journal: Journal, att: Attachment, parent: QWidget | None = None, *,
                 language: str = "en") -> None:
        super().__init__(parent)
        self.setObjectName("attachmentViewer")
        self.setWindowTitle(neutral_title())  # a taskbar shows titles: the name is shown inside (self.info)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.attachment = att
        layout = QVBoxLayout(self)
        self.info = QLabel(self)
        self.info.setTextFormat(Qt.TextFormat.PlainText)  # the file's name
        self.info.setWordWrap(True)
        self.info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                          | Qt.TextInteractionFlag.TextSelectableByMouse)
        self.info.setText(translate(
                          "AttachmentViewer",
                          "{v0}\n{v1}, added {v2}\nSHA-256 fingerprint: {v3}",
                          ).format(v0=att.name, v1=size_text(att.size, language), v2=date_time_text(att.added_at,
                              language, weekday=True), v3=att.sha256))
        named(self.info, translate("AttachmentViewer", "File details"))
        layout.addWidget(self.info)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.picture = QLabel(translate("AttachmentViewer", "Opening…"), self)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setWordWrap(True)  # a message in a longer language wraps, never scrolls sideways
        named(self.picture, translate("AttachmentViewer", "Picture"))
        self.scroll.setWidget(self.picture)
        layout.addWidget(self.scroll, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(translate("AttachmentViewer", "Close"))
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)
        self.resize(760, 560)
        self.is_image = False
        self._task: Task | None = None
        if att.size > 200 * 1024 * 1024:
            self.picture.setText(translate(
                                 "AttachmentViewer",
                                 "This file is too big to show here. Its fingerprint is above."))
            return
        self._task = run_task(lambda _t: journal.read_attachment(att.id), on_done=self._loaded,
                              on_error=self._failed, owner=self)

    def _loaded(self, data: bytes) -> None:
        image = QImage.fromData(data)
        del data
        if image.isNull():
            self.picture.setText(translate(
                                 "AttachmentViewer",
                                 "This file cannot be shown here. You can check it by its fingerprint above."))
            return
        self.is_image = True
        self.picture.setWordWrap(False)  # a picture is shown at its size; the view scrolls
        self.picture.setPixmap(QPixmap.fromImage(image))
        self.picture.setAccessibleDescription(translate(
                                              "AttachmentViewer",
                                              "Picture, {v0} by {v1} pixels",
                                              ).format(v0=image.width(), v1=image.height()))

    def _failed(self, exc: BaseException) -> None:
        msg = core_message(exc) if isinstance(exc, VaultError) else translate("AttachmentViewer",
                                                                                "This file could not be opened.")
        self.picture.setText(msg)

    def closeEvent(self, event: Any) -> None:
        if self._task is not None:
            self._task.cancel()
        self.picture.clear()
        super().closeEvent(event)


class AttachmentsPanel(QWidget):
    """The files of one entry. ``ensure_entry()`` must return the entry's id (saving a new entry first)."""

    changed = Signal()  # an attachment was added or removed
    busy_changed = Signal(bool)

    def __init__(self, ctx: Any, tracker: DialogTracker, ensure_entry: Callable[[], str | None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tracker = tracker
        self.ensure_entry = ensure_entry
        self.journal: Journal | None = None
        self._queue: list[tuple[str, Any, int]] = []
        self._task: Task | None = None
        self._progress: QProgressDialog | None = None
        self._viewers: list[AttachmentViewer] = []
        self._current: tuple[str, Any, int] | None = None
        self._attachments: dict[str, Attachment] = {}
        self._pending_originals: list[tuple[Path, str]] = []
        self._delete_task: Task | None = None
        self._originals: list[tuple[Path, str]] = []  # (file on disk, attachment id) added in this batch
        self.last_error = ""
        self.setAcceptDrops(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.list = QTreeWidget(self)
        self.list.setObjectName("attachmentList")
        named(self.list, translate("AttachmentsPanel", "Files kept with this entry"), translate("AttachmentsPanel",
            "Press Enter to view a file."))
        self.list.setColumnCount(4)
        self.list.setHeaderLabels([translate("AttachmentsPanel", "Name"), translate("AttachmentsPanel", "Size"),
            translate("AttachmentsPanel", "Added"), translate("AttachmentsPanel", "SHA-256 fingerprint")])
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setMinimumHeight(90)
        self.list.setMaximumHeight(150)
        header = self.list.header()
        # Every column fits the width (names and fingerprints shortened in the middle): no sideways scrolling at
        # large text. "Copy fingerprint" and "View" give the whole of them.
        header.setStretchLastSection(False)
        for col, mode in enumerate((QHeaderView.ResizeMode.Stretch, QHeaderView.ResizeMode.ResizeToContents,
                                    QHeaderView.ResizeMode.ResizeToContents, QHeaderView.ResizeMode.Stretch)):
            header.setSectionResizeMode(col, mode)
        self.list.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.itemActivated.connect(lambda *_: self.view_selected())
        layout.addWidget(self.list)

        row = FlowLayout()  # wraps at large text
        self.add_button = QPushButton(translate("AttachmentsPanel", "Add files…"), self)
        named(self.add_button, translate("AttachmentsPanel", "Add files"), translate(
                                            "AttachmentsPanel",
                                            "Choose screenshots or other files to keep with this entry."))
        self.add_button.clicked.connect(self.choose_files)
        self.paste_button = QPushButton(translate("AttachmentsPanel", "Paste picture"), self)
        named(self.paste_button, translate("AttachmentsPanel", "Paste picture"), translate(
                                                  "AttachmentsPanel",
                                                  "Adds a screenshot you copied. Shortcut Ctrl+Shift+V."))
        self.paste_button.setToolTip(translate("AttachmentsPanel", "Add a screenshot you copied (Ctrl+Shift+V)"))
        self.paste_button.clicked.connect(self.paste_image)
        self.view_button = QPushButton(translate("AttachmentsPanel", "View"), self)
        named(self.view_button, translate("AttachmentsPanel", "View file"))
        self.view_button.clicked.connect(self.view_selected)
        self.copy_button = QPushButton(translate("AttachmentsPanel", "Copy fingerprint"), self)
        named(self.copy_button, translate("AttachmentsPanel", "Copy fingerprint"), translate(
                                                    "AttachmentsPanel",
                                                    "Copies the file's SHA-256 fingerprint."))
        self.copy_button.clicked.connect(self.copy_fingerprint)
        self.remove_button = QPushButton(translate("AttachmentsPanel", "Remove"), self)
        named(self.remove_button, translate("AttachmentsPanel", "Remove file"))
        self.remove_button.clicked.connect(self.remove_selected)
        for b in (self.add_button, self.paste_button, self.view_button, self.copy_button, self.remove_button):
            row.addWidget(b)
        layout.addLayout(row)
        layout.addWidget(hint(translate(
                              "AttachmentsPanel",
                              "You can also drag files here. Files stay inside your encrypted journal. ")
                              + size_limit_text(ctx.language), self))
        layout.addWidget(self._build_original_bar())
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self._update_buttons()

    # ----- state
    def set_journal(self, journal: Journal | None) -> None:
        self.journal = journal

    def attachments(self) -> list[Attachment]:
        """The files of the entry being edited, as shown."""
        return list(self._attachments.values())

    def set_attachments(self, atts: list[Attachment]) -> None:
        self.list.clear()
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        language = self.ctx.language
        for a in atts:
            added = date_time_text(a.added_at, language, weekday=True)
            item = QTreeWidgetItem([a.name, size_text(a.size, language), added, a.sha256])
            item.setData(0, Qt.ItemDataRole.UserRole, a.id)
            item.setFont(3, mono)
            item.setToolTip(3, a.sha256)
            self.list.addTopLevelItem(item)
        self._attachments = {a.id: a for a in atts}
        self._update_buttons()

    def attachment_ids(self) -> list[str]:
        role = Qt.ItemDataRole.UserRole
        return [self.list.topLevelItem(i).data(0, role) for i in range(self.list.topLevelItemCount())]

    def busy(self) -> bool:
        return self._task is not None

    def _update_buttons(self) -> None:
        has = self.list.currentItem() is not None and bool(self.list.selectedItems())
        for b in (self.view_button, self.copy_button, self.remove_button):
            b.setEnabled(has)
        for b in (self.add_button, self.paste_button):
            b.setEnabled(self._task is None)

    def _selected(self) -> Attachment | None:
        items = self.list.selectedItems()
        if not items:
            return None
        return self._attachments.get(items[0].data(0, Qt.ItemDataRole.UserRole))

    def clear(self) -> None:
        """Drop everything shown (lock/panic): cancel work, close viewers, empty the list."""
        self._originals = []
        self.forget_originals()
        self.cancel()
        self.close_viewers()
        self.list.clear()
        self._attachments = {}
        self.journal = None

    def cancel(self) -> None:
        self._queue.clear()
        if self._task is not None:
            self._task.cancel()
            self._task = None
        self._finish_batch()

    def close_viewers(self) -> None:
        import shiboken6

        viewers, self._viewers = self._viewers, []
        for v in viewers:
            if shiboken6.isValid(v):
                v.close()

    # ----- adding
    def _image_note_ok(self) -> bool:
        s = self.ctx.settings
        if s.image_note_seen:
            return True
        box = QMessageBox(self)
        box.setObjectName("imageNote")
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(translate("AttachmentsPanel", "Before you add a picture"))
        box.setText(IMAGE_NOTE)
        ok = box.addButton(translate("AttachmentsPanel", "I understand, add it"), QMessageBox.ButtonRole.AcceptRole)
        no = box.addButton(translate("AttachmentsPanel", "Don't add it"), QMessageBox.ButtonRole.RejectRole)
        named(ok, translate("AttachmentsPanel", "I understand, add it"))
        named(no, translate("AttachmentsPanel", "Don't add it"))
        box.setEscapeButton(no)
        self.tracker.add(box)
        exec_dialog(box)
        chosen = box.clickedButton() is ok
        box.deleteLater()
        with contextlib.suppress(OSError):  # seen for this session even if it cannot be saved
            self.ctx.update_settings(image_note_seen=True)
        return chosen

    def choose_files(self) -> None:
        paths = dialogs.open_files(self, "Choose files to keep with this entry")
        if paths:
            self.add_paths(paths)

    def add_paths(self, paths: list[Path]) -> None:
        items: list[tuple[str, Any, int]] = []
        for p in paths:
            p = Path(p)
            try:
                size = p.stat().st_size
                with open(p, "rb") as f:
                    head = f.read(16)
            except OSError:
                inform(self, self.tracker, translate("AttachmentsPanel", "File not added"), translate(
                                                             "AttachmentsPanel",
                                                             "“{v0}” could not be read. Nothing was added.",
                                                             ).format(v0=p.name))
                continue
            if not p.is_file():
                continue
            if size > MAX_ATTACHMENT_BYTES:
                inform(self, self.tracker, translate("AttachmentsPanel", "File too big"),
                       translate(
                       "AttachmentsPanel",
                       "“{v0}” is {v1}. {v2} Keep it somewhere safe and write down where it is in this entry.",
                       ).format(v0=p.name, v1=size_text(size, self.ctx.language),
                           v2=size_limit_text(self.ctx.language)))
                continue
            items.append((p.name, p, size, looks_like_image(p.name, head)))  # type: ignore[arg-type]
        if any(it[3] for it in items) and not self._image_note_ok():  # type: ignore[misc]
            items = [it for it in items if not it[3]]  # type: ignore[misc]
        self._enqueue([(n, d, s) for n, d, s, _img in items])  # type: ignore[misc]

    def add_bytes(self, name: str, data: bytes) -> None:
        if looks_like_image(name, data[:16]) and not self._image_note_ok():
            return
        self._enqueue([(name, data, len(data))])

    def paste_image(self) -> None:
        """Add the picture on the clipboard (a screenshot) as a PNG file."""
        if self.journal is None:
            return
        mime = QGuiApplication.clipboard().mimeData()
        if mime is None or not mime.hasImage():
            inform(self, self.tracker, translate("AttachmentsPanel", "No picture to paste"),
                   translate(
                   "AttachmentsPanel",
                   "There is no picture on the clipboard. Take or copy a screenshot first, then paste it here."))
            return
        image = QImage(mime.imageData())
        if image.isNull():
            inform(self, self.tracker, translate("AttachmentsPanel", "No picture to paste"), translate(
                                                              "AttachmentsPanel",
                                                              "That picture could not be read."))
            return
        if not self._image_note_ok():
            return
        data = image_to_png(image)
        name = f"pasted picture {datetime.now():%Y-%m-%d %H.%M.%S}.png"
        self._enqueue([(name, data, len(data))])

    def _enqueue(self, items: list[tuple[str, Any, int]]) -> None:
        if not items or self.journal is None:
            return
        self._queue.extend(items)
        if self._task is None:
            self._next()

    def _next(self) -> None:
        if not self._queue or self.journal is None:
            added, self._originals = self._originals, []
            self._finish_batch()
            if added and self.journal is not None:
                self.offer_to_delete_originals(added)
            return
        entry_id = self.ensure_entry()
        if entry_id is None:
            self._queue.clear()
            self._finish_batch()
            return
        name, data, size = self._queue.pop(0)
        self._current = (name, data, size)
        journal = self.journal
        if size >= PROGRESS_FROM_BYTES and self._progress is None:
            self._progress = QProgressDialog(translate("AttachmentsPanel", "Adding the file to your journal…"),
                translate("AttachmentsPanel", "Cancel"), 0, 1000, self)
            self._progress.setObjectName("attachProgress")
            self._progress.setWindowTitle(translate("AttachmentsPanel", "Adding file"))
            present(self._progress)  # no Qt modality: the window behind is made inert instead
            self._progress.setMinimumDuration(300)
            self._progress.setAutoClose(False)
            self._progress.setAutoReset(False)
            self._progress.canceled.connect(self.cancel)
            self.tracker.add(self._progress)
        if self._progress is not None:
            self._progress.setLabelText(translate(
                                        "AttachmentsPanel",
                                        "Adding “{name}” to your journal…",
                                        ).format(name=name))
            self._progress.setValue(0)
        task = Task(lambda t: journal.attach(entry_id, name, data, progress=t.report),
                    on_done=self._attached, on_error=self._attach_failed, owner=self)
        task.progress.connect(self._on_progress)
        self._task = task
        self._update_buttons()
        self.busy_changed.emit(True)
        task.start()

    def _on_progress(self, done: int, total: int) -> None:
        if self._progress is not None and total:
            self._progress.setValue(int(done * 1000 // total))

    def _attached(self, aid: str) -> None:
        self._task = None
        current, self._current = self._current, None
        if current is not None and isinstance(current[1], Path):
            self._originals.append((current[1], aid))
        self.changed.emit()
        self._next()

    def _attach_failed(self, exc: BaseException) -> None:
        self._task = None
        self._current = None
        self._queue.clear()
        added, self._originals = self._originals, []
        if added and self.journal is not None:
            self.offer_to_delete_originals(added)
        self._finish_batch()
        if isinstance(exc, AttachmentCancelled):
            return
        msg = core_message(exc) if isinstance(exc, VaultError) else translate(
            "AttachmentsPanel", "The file could not be added. Nothing was saved.")
        if isinstance(exc, OSError):
            msg = translate("AttachmentsPanel", "The file could not be read. Nothing was saved.")
        self.last_error = msg
        inform(self, self.tracker, translate("AttachmentsPanel", "File not added"), msg, warning=True)

    def _finish_batch(self) -> None:
        if self._progress is not None:
            self._progress.reset()
            self._progress.deleteLater()
            self._progress = None
        self._update_buttons()
        self.busy_changed.emit(False)

    # ----- the originals left on the computer
    def _build_original_bar(self) -> QFrame:
        bar = QFrame(self)
        bar.setObjectName("originalBar")
        bar.setFrameShape(QFrame.Shape.StyledPanel)
        row = QHBoxLayout(bar)
        self.original_text = QLabel(bar)
        self.original_text.setObjectName("originalText")
        self.original_text.setWordWrap(True)
        self.original_text.setTextFormat(Qt.TextFormat.PlainText)  # it shows file names
        self.original_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                                   | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        row.addWidget(self.original_text, 1)
        self.delete_original_button = QPushButton(translate("AttachmentsPanel", "Delete the original…"), bar)
        named(self.delete_original_button, translate("AttachmentsPanel", "Delete the original"),
              translate(
              "AttachmentsPanel",
              "Deletes the file from where it was on this computer. The copy in your journal stays."))
        self.delete_original_button.clicked.connect(self.delete_originals)
        self.keep_original_button = QPushButton(translate("AttachmentsPanel", "Keep it"), bar)
        named(self.keep_original_button, translate("AttachmentsPanel", "Keep the original and close this message"))
        self.keep_original_button.clicked.connect(self.forget_originals)
        row.addWidget(self.delete_original_button)
        row.addWidget(self.keep_original_button)
        bar.hide()
        self.original_bar = bar
        return bar

    def _show_original(self, text: str, *, offer: bool) -> None:
        self.original_text.setText(text)
        self.original_text.setAccessibleName(text)
        self.delete_original_button.setVisible(offer)
        self.keep_original_button.setText(translate("AttachmentsPanel", "Keep it") if offer else
            translate("AttachmentsPanel", "Close"))
        self.original_bar.show()
        QTimer.singleShot(0, self._reveal_original)  # once laid out: the whole notice in view, not half of it

    def _reveal_original(self) -> None:
        scroll = self.parentWidget()
        while scroll is not None and not isinstance(scroll, QScrollArea):
            scroll = scroll.parentWidget()
        if scroll is not None and self.original_bar.isVisible():
            scroll.ensureWidgetVisible(self.original_bar, 0, 12)

    def offer_to_delete_originals(self, added: list[tuple[Path, str]]) -> None:
        """Say that the files just added are still where they were on this computer, and offer to delete them."""
        self._pending_originals = [(p, aid) for p, aid in added if os.path.lexists(p)]
        if not self._pending_originals:
            return
        if len(self._pending_originals) == 1:
            p = self._pending_originals[0][0]
            text = (translate(
                    "AttachmentsPanel",
                    "“{v0}” is now in your journal. The original is still on this computer, in {v1}, where anyone "
                    "using this computer could find it.",
                    ).format(v0=p.name, v1=folder_words(p.parent)))
        else:
            n = len(self._pending_originals)
            places = sorted({folder_words(p.parent) for p, _ in self._pending_originals})
            text = (translate(
                    "AttachmentsPanel",
                    "These %n files are now in your journal. The originals are still on this computer, in {v1}, "
                    "where anyone using this computer could find them.",
                    "This %n file is now in your journal. The original is still on this computer, in {v1}, where "
                    "anyone using this computer could find it.", n).format(v1=and_list(places)))
        self._show_original(text, offer=True)

    def forget_originals(self) -> None:
        self._pending_originals = []
        if self._delete_task is not None:
            self._delete_task.cancel()  # the deleting goes on (it was asked for); only its message is dropped
            self._delete_task = None
        if hasattr(self, "original_bar"):
            self.original_bar.hide()
            self.original_text.clear()

    def delete_originals(self) -> bool:
        """Ask, then delete the originals (each only if it still matches the journal's copy) and check that they
        are gone. Returns True if the person went ahead."""
        pending = list(self._pending_originals)
        journal = self.journal
        if not pending or journal is None:
            return False
        names = ", ".join(f"\u201c{p.name}\u201d" for p, _ in pending)
        where = sorted({folder_words(p.parent) for p, _ in pending})
        if not ask(self, self.tracker, translate("AttachmentsPanel", "Delete the original?"),
                   translate(
                   "AttachmentsPanel",
                   "This deletes {names} from {v1}. The copy in your journal stays. It is not moved to the Recycle "
                   "Bin or Trash.\n\n{NOT_SECURE}",
                   ).format(names=names, v1=and_list(where), NOT_SECURE=NOT_SECURE), translate(
                                                                          "AttachmentsPanel",
                                                                          "Delete the original"), translate(
                                                                                                 "AttachmentsPanel",
                                                                                                 "Keep it")):
            return False
        if self.journal is not journal:  # locked while the question was open
            return False
        jobs: list[tuple[Path, str]] = []
        problems: list[str] = []
        for path, aid in pending:
            try:
                jobs.append((path, journal.attachment(aid).sha256))
            except VaultError:
                problems.append(f"\u201c{path.name}\u201d was not deleted: the journal's copy could not be checked.")
        self._pending_originals = []
        self._show_original(translate("AttachmentsPanel", "Checking and deleting…"), offer=False)
        # Off the UI thread: a big file takes time to hash, and the panic key must keep working meanwhile.
        self._delete_task = run_task(lambda _t: [(p, delete_original(p, sha)) for p, sha in jobs],
                                     on_done=lambda results: self._originals_deleted(results, problems, where),
                                     on_error=lambda exc: self._originals_deleted(
                                         [(p, Deleted("it could not be checked")) for p, _ in jobs],
                                         problems, where),
                                     owner=self)
        return True

    def deleting_originals(self) -> bool:
        return self._delete_task is not None

    def _originals_deleted(self, results: list[tuple[Path, Deleted]], problems: list[str], where: list[str]) -> None:
        self._delete_task = None
        linked = []
        for path, r in results:
            if not r.gone:
                problems.append(f"\u201c{path.name}\u201d is still at {path}: {r.why}.")
            elif r.other_names:
                linked.append(path)
        if problems:
            text = " ".join(problems) + translate(
                                        "AttachmentsPanel",
                                        " You can delete it yourself with your file manager.")
        elif linked:
            names = ", ".join(f"\u201c{p.name}\u201d" for p in linked)
            text = (translate(
                    "AttachmentsPanel",
                    "Deleted {names} from {v1}, but the same file has another name on this computer (a hard link), "
                    "so it is still there under that name. Your file manager can find it by its size and date. The "
                    "copy in your journal stays.",
                    ).format(names=names, v1=and_list(where)))
        elif len(results) == 1:
            text = (translate(
                    "AttachmentsPanel",
                    "Deleted: “{v0}” is no longer in {v1} (checked). The copy in your journal stays.",
                    ).format(v0=results[0][0].name, v1=where[0]))
        else:
            n = len(results)
            text = (translate(
                    "AttachmentsPanel",
                    "Deleted: the %n originals are no longer there (checked). The copies in your journal stay.",
                    "Deleted: the %n original is no longer there (checked). The copy in your journal stays.",
                    n))
        self._show_original(text, offer=False)

    # ----- drag and drop
    def dragEnterEvent(self, event: Any) -> None:
        mime = event.mimeData()
        if (mime.hasUrls() and any(u.isLocalFile() for u in mime.urls())) or mime.hasImage():
            event.acceptProposedAction()

    def dragMoveEvent(self, event: Any) -> None:
        self.dragEnterEvent(event)

    def dropEvent(self, event: Any) -> None:
        mime = event.mimeData()
        paths = [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()] if mime.hasUrls() else []
        if paths:
            event.acceptProposedAction()
            self.add_paths(paths)
        elif mime.hasImage():
            event.acceptProposedAction()
            image = QImage(mime.imageData())
            if not image.isNull():
                self.add_bytes(f"dropped picture {datetime.now():%Y-%m-%d %H.%M.%S}.png", image_to_png(image))

    # ----- view / copy / remove
    def view_selected(self) -> AttachmentViewer | None:
        att = self._selected()
        if att is None or self.journal is None:
            return None
        viewer = AttachmentViewer(self.journal, att, self.window(), language=self.ctx.language)
        with contextlib.suppress(Exception):  # the custody log: which file was opened (never its content)
            self.journal.log_event("file opened", self.journal.file_details(att.id))
        self._viewers = [v for v in self._viewers if _valid(v)] + [viewer]
        self.tracker.add(viewer)
        viewer.show()
        return viewer

    def copy_fingerprint(self) -> None:
        att = self._selected()
        if att is not None:
            clipboard.copy_text(att.sha256)

    def remove_selected(self) -> None:
        att = self._selected()
        if att is None or self.journal is None or self._task is not None:
            return
        if not ask(self, self.tracker, translate("AttachmentsPanel", "Remove this file?"),
                   translate(
                   "AttachmentsPanel",
                   "Remove “{v0}” from this entry? It cannot be brought back. The entry's history will show that a "
                   "file was removed.",
                   ).format(v0=att.name), translate(
                                                                             "AttachmentsPanel",
                                                                             "Remove file")):
            return
        if self.journal is None:  # locked while the question was open
            return
        try:
            self.journal.delete_attachment(att.id)
        except VaultError as exc:
            inform(self, self.tracker, translate("AttachmentsPanel", "File not removed"), core_message(exc),
                   warning=True)
            return
        self.changed.emit()


def _valid(obj: Any) -> bool:
    import shiboken6

    return shiboken6.isValid(obj)
