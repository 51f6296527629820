"""The entry editor: every field of an incident, with hints on what helps as evidence. Keyboard-first:
Ctrl+S saves, Esc asks before leaving with unsaved changes."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDateTime, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from iia_help import evidence_checklist
from iia_help.display_text import date_time_text, time_text
from iia_help.journal import KIND_LABELS, KINDS, Entry, Journal, Report
from iia_help.ui.common.dialog_helpers import DialogTracker, ReservedLabel, ask, hint, inform, named
from iia_help.ui.core_texts import checklist_summary, core, core_message
from iia_help.ui.i18n import current_language, translate
from iia_help.ui.journal.attachments import AttachmentsPanel
from iia_help.ui.modal import exec_dialog
from iia_help.vault import VaultError

PLATFORMS = ("WhatsApp", "Instagram", "Snapchat", "TikTok", "Facebook", "X (Twitter)", "Telegram", "Discord",
             "Email", "Text message", "Phone call", "Dating app", "Other")
HISTORY_WORDS = {"created": QT_TRANSLATE_NOOP("EntryEditor", "Written"),
                 "edited": QT_TRANSLATE_NOOP("EntryEditor", "Changed"),
                 "attachment added": QT_TRANSLATE_NOOP("EntryEditor", "File added"),
                 "attachment removed": QT_TRANSLATE_NOOP("EntryEditor", "File removed")}
DRAFT_VERSION = 1


def _to_qdt(dt: datetime) -> QDateTime:
    return QDateTime.fromSecsSinceEpoch(int(dt.timestamp()))


def _from_qdt(q: QDateTime) -> datetime:
    return datetime.fromtimestamp(q.toSecsSinceEpoch(), UTC).astimezone()


def split_tags(text: str) -> list[str]:
    out: list[str] = []
    for t in text.split(","):
        t = t.strip()
        if t and t.casefold() not in (o.casefold() for o in out):
            out.append(t)
    return out


def split_urls(text: str) -> list[str]:
    return [u.strip() for u in text.splitlines() if u.strip()]



def weekday_name(dt: QDateTime) -> str:
    """The day's name in the language the app speaks (Qt's CLDR names: "Thursday", "Dydd Iau", "czwartek")."""
    from PySide6.QtCore import QLocale

    code = current_language()
    return QLocale(code if code and code != "pseudo" else "en").dayName(dt.date().dayOfWeek())

class WhenEdit(QDateTimeEdit):
    """A date-time box that Tab and Shift+Tab leave, as every other box does.

    Qt's own walks Tab through its parts (day, month, year, hour, minute): a person who pressed Tab to go on and
    typed what was meant for the next box silently changed the time (15:05 became 09:09, and the report said so).
    Left and Right still move between the parts; Up, Down and typing change the part that is selected."""

    def focusNextPrevChild(self, next_: bool) -> bool:  # noqa: N802 (Qt's name)
        return QWidget.focusNextPrevChild(self, next_)


class EntryEditor(QWidget):
    saved = Signal(str)  # entry id
    deleted = Signal(str)
    closed = Signal()
    discarded = Signal()  # unsaved changes were thrown away on purpose
    edited = Signal()  # any change a draft should capture

    def __init__(self, ctx: Any, tracker: DialogTracker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tracker = tracker
        self.journal: Journal | None = None
        self.entry_id: str | None = None
        self._loaded_when: datetime | None = None
        self._baseline: dict[str, Any] = {}
        self._loading = False
        self.status = ""
        self.setAcceptDrops(True)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)

        self.banner = QFrame(self)
        self.banner.setObjectName("draftBanner")
        self.banner.setStyleSheet("QFrame#draftBanner { background: #fff4d6; border: 1px solid #d9b44a;"
                                  " border-radius: 6px; }")
        brow = QHBoxLayout(self.banner)
        self.banner_label = QLabel(translate(
                                   "EntryEditor",
                                   "We kept what you were writing. Check it, then save it when you are ready."),
                                   self.banner)
        self.banner_label.setWordWrap(True)
        named(self.banner_label, self.banner_label.text())
        self.discard_draft_button = QPushButton(translate("EntryEditor", "Throw away"), self.banner)
        named(self.discard_draft_button, translate("EntryEditor", "Throw away what was kept"))
        self.discard_draft_button.clicked.connect(self._throw_away_draft)
        brow.addWidget(self.banner_label, 1)
        brow.addWidget(self.discard_draft_button)
        self.banner.hide()
        outer.addWidget(self.banner)

        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        # Not a Tab stop of its own (an invisible one: nothing showed where the focus was); it follows the focus.
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        body = QWidget(self.scroll)
        form = QFormLayout(body)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.scroll.setWidget(body)
        outer.addWidget(self.scroll, 1)

        self.heading = QLabel(translate("EntryEditor", "<h2>New entry</h2>"), body)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        form.addRow(self.heading)
        # What a report could still use (evidence_checklist): one quiet line, room kept so nothing jumps.
        self.checklist = ReservedLabel(2, body)
        self.checklist.setObjectName("evidenceChecklist")
        self.checklist.setTextFormat(Qt.TextFormat.PlainText)
        self.checklist.setStyleSheet("color: #46535e;")
        self.checklist.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.checklist.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        form.addRow(self.checklist)

        # When
        # Nested layouts live in container widgets: PySide6 can crash deleting Python-owned layouts nested
        # two deep in a QFormLayout.
        when_box = QWidget(body)
        when_row = QHBoxLayout(when_box)
        when_row.setContentsMargins(0, 0, 0, 0)
        self.when = WhenEdit(body)
        self.when.setCalendarPopup(True)
        # No weekday part: typing into one moved the date to another day of the week. It is shown beside instead.
        self.when.setDisplayFormat("d MMM yyyy, HH:mm")
        named(self.when, translate("EntryEditor", "When it happened"),
              translate(
              "EntryEditor",
              "Date and time. Left and Right move between the parts, Up and Down change one. Tab leaves the box."))
        self.now_button = QPushButton(translate("EntryEditor", "Now"), body)
        named(self.now_button, translate("EntryEditor", "Set to now"))
        self.now_button.clicked.connect(lambda: self.when.setDateTime(QDateTime.currentDateTime()))
        self.weekday = QLabel(body)
        self.weekday.setObjectName("whenWeekday")
        self.when.dateTimeChanged.connect(lambda dt: self.weekday.setText(weekday_name(dt)))
        when_row.addWidget(self.when)
        when_row.addWidget(self.weekday)
        when_row.addWidget(self.now_button)
        when_row.addStretch(1)
        self._add(form, translate("EntryEditor", "&When it happened"), when_box, self.when,
                  translate("EntryEditor", "When it happened, not when you are writing it down. A rough time is fine."))

        self.kind = QComboBox(body)
        for k in KINDS:
            self.kind.addItem(core(KIND_LABELS[k]), k)
        named(self.kind, translate("EntryEditor", "What kind of thing happened"))
        self._add(form, translate("EntryEditor", "&Kind"), self.kind, self.kind)

        self.platform = QComboBox(body)
        self.platform.setEditable(True)
        self.platform.addItems(["", *PLATFORMS])
        self.platform.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.platform.lineEdit().setPlaceholderText(translate("EntryEditor", "Choose or type, for example Instagram"))
        named(self.platform, translate("EntryEditor", "Platform or app"))
        self._add(form, translate("EntryEditor", "&Platform or app"), self.platform, self.platform,
                  translate("EntryEditor", "The app, website or phone service where it happened."))

        self.account = QLineEdit(body)
        named(self.account, translate("EntryEditor", "Account, username or number"))
        self._add(form, translate("EntryEditor", "&Account, username or number"), self.account, self.account,
                  translate(
                  "EntryEditor",
                  "Copy it exactly as shown, for example @name, a profile link, a phone number or an email. "
                  "Display names can change; usernames and numbers help the most."))

        self.urls = QPlainTextEdit(body)
        self.urls.setTabChangesFocus(True)
        self.urls.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 16)
        self.urls.setPlaceholderText(translate("EntryEditor", "https://…"))
        named(self.urls, translate("EntryEditor", "Web addresses, one per line"))
        self._add(form, translate("EntryEditor", "Web &addresses"), self.urls, self.urls,
                  translate("EntryEditor", "One per line. Copy them from the address bar or the Share menu."))

        self.description = QPlainTextEdit(body)
        self.description.setObjectName("entryDescription")
        self.description.setTabChangesFocus(True)
        self.description.setMinimumHeight(self.fontMetrics().lineSpacing() * 8 + 16)
        self.description.setPlaceholderText(translate(
                                            "EntryEditor",
                                            "What happened, in your own words. You can paste whole messages here."))
        named(self.description, translate("EntryEditor", "What happened"))
        self._add(form, translate("EntryEditor", "What &happened"), self.description, self.description,
                  translate(
                  "EntryEditor",
                  "Exact words, dates, amounts of money asked for, and what they threatened to do all help."))

        self.demand = QLineEdit(body)
        self.demand.setObjectName("entryDemand")
        self.demand.setPlaceholderText(translate("EntryEditor", "for example: £500 by bank transfer by Friday 6 pm"))
        named(self.demand, translate("EntryEditor", "What they demanded"))
        self._add(form, translate("EntryEditor", "What they &demanded"), self.demand, self.demand,
                  translate(
                  "EntryEditor",
                  "If they asked for anything: money (how much, and any payment details they gave), more images, "
                  "and any deadline. Leave it empty if they did not."))

        # Reported to
        self.reports = QTableWidget(0, 3, body)
        self.reports.setObjectName("reportsTable")
        self.reports.setHorizontalHeaderLabels([translate("EntryEditor", "Told"), translate("EntryEditor",
            "Reference number"), translate("EntryEditor", "Date")])
        self.reports.verticalHeader().hide()
        self.reports.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.reports.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.reports.setTabKeyNavigation(False)
        self.reports.setFixedHeight(self.fontMetrics().lineSpacing() * 5 + 20)
        named(self.reports, translate("EntryEditor", "Who you reported it to"), translate(
                                                      "EntryEditor",
                                                      "Each row: who you told, their reference number, the date."))
        self.reports.itemChanged.connect(self._changed)
        rep_holder = QWidget(body)
        rep_box = QVBoxLayout(rep_holder)
        rep_box.setContentsMargins(0, 0, 0, 0)
        rep_box.addWidget(self.reports)
        rep_buttons = QHBoxLayout()
        self.add_report_button = QPushButton(translate("EntryEditor", "Add a report"), body)
        named(self.add_report_button, translate("EntryEditor", "Add a report"))
        self.add_report_button.clicked.connect(lambda: self.add_report())
        self.remove_report_button = QPushButton(translate("EntryEditor", "Remove report"), body)
        named(self.remove_report_button, translate("EntryEditor", "Remove the selected report"))
        self.remove_report_button.clicked.connect(self.remove_report)
        rep_buttons.addWidget(self.add_report_button)
        rep_buttons.addWidget(self.remove_report_button)
        rep_buttons.addStretch(1)
        rep_box.addLayout(rep_buttons)
        self._add(form, translate("EntryEditor", "&Reported to"), rep_holder, self.reports,
                  translate(
                  "EntryEditor",
                  "The platform, the police, a helpline or StopNCII, with any crime reference, report or case "
                  "number they gave you."))

        self.tags = QLineEdit(body)
        self.tags.setPlaceholderText(translate("EntryEditor", "for example: money, school, ex"))
        named(self.tags, translate("EntryEditor", "Tags, separated by commas"))
        self._add(form, translate("EntryEditor", "&Tags"), self.tags, self.tags, translate(
                                                       "EntryEditor",
                                                       "Your own words to find entries later, separated by commas."))

        self.attachments = AttachmentsPanel(ctx, tracker, self.ensure_saved, body)
        self.attachments.changed.connect(self._attachments_changed)
        self.attachments.busy_changed.connect(self._busy_changed)
        self._add(form, translate("EntryEditor", "Files"), self.attachments, self.attachments.list,
                  translate("EntryEditor", "Screenshots, photos of messages, emails saved as files."))

        self.history = QLabel(body)
        self.history.setObjectName("entryHistory")
        self.history.setWordWrap(True)
        self.history.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                             | Qt.TextInteractionFlag.TextSelectableByMouse)
        self.history.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self._add(form, translate("EntryEditor", "History"), self.history, self.history)

        # Buttons
        buttons = QHBoxLayout()
        self.save_button = QPushButton(translate("EntryEditor", "Save (Ctrl+S)"), self)
        self.save_button.setObjectName("saveEntry")
        self.save_button.setDefault(True)
        named(self.save_button, translate("EntryEditor", "Save entry"))
        self.save_button.clicked.connect(self.save)
        self.back_button = QPushButton(translate("EntryEditor", "Back to list"), self)
        named(self.back_button, translate("EntryEditor", "Back to the list of entries"))
        self.back_button.clicked.connect(self.request_close)
        self.delete_button = QPushButton(translate("EntryEditor", "Delete entry…"), self)
        named(self.delete_button, translate("EntryEditor", "Delete this entry"))
        self.delete_button.clicked.connect(self.delete_entry)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("editorStatus")
        self.status_label.setWordWrap(True)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.status_label, 1)
        buttons.addWidget(self.delete_button)
        outer.addLayout(buttons)

        ctx_ = Qt.ShortcutContext.WidgetWithChildrenShortcut
        QShortcut(QKeySequence.StandardKey.Save, self, self.save, context=ctx_)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.request_close, context=ctx_)
        QShortcut(QKeySequence("Ctrl+Shift+V"), self, self.attachments.paste_image, context=ctx_)

        for sig in (self.when.dateTimeChanged, self.kind.currentIndexChanged, self.platform.currentTextChanged,
                    self.account.textChanged, self.urls.textChanged, self.description.textChanged,
                    self.demand.textChanged, self.tags.textChanged):
            sig.connect(self._changed)
        # The checklist follows typing after a short pause (it is cheap, but needs no update per key).
        self._checklist_timer = QTimer(self)
        self._checklist_timer.setSingleShot(True)
        self._checklist_timer.setInterval(150)
        self._checklist_timer.timeout.connect(self.update_checklist)
        self.edited.connect(self._checklist_timer.start)
        self.reports.itemChanged.connect(lambda *_: self._checklist_timer.start())
        self.clear()

    def _add(self, form: QFormLayout, label: str, field: Any, buddy: QWidget, hint_text: str = "") -> None:
        lab = QLabel(label, self)
        lab.setBuddy(buddy)
        holder = QWidget(form.parentWidget())
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        if isinstance(field, QWidget):
            box.addWidget(field)
        else:
            box.addLayout(field)
        if hint_text:
            h = hint(hint_text, self)
            box.addWidget(h)
            if not buddy.accessibleDescription():
                buddy.setAccessibleDescription(hint_text)
        form.addRow(lab, holder)

    # ----- state
    def set_journal(self, journal: Journal | None) -> None:
        self.journal = journal
        self.attachments.set_journal(journal)

    def _changed(self, *_: Any) -> None:
        if not self._loading:
            if self.status_label.text() == core(evidence_checklist.EMPTY_MESSAGE):
                self._set_status("")  # the "nothing to save" note goes once something is written
            self.edited.emit()

    def draft_state(self) -> dict[str, Any]:
        """Everything typed, as JSON-friendly values (what a draft keeps)."""
        return {
            "v": DRAFT_VERSION,
            "entry_id": self.entry_id,
            "occurred_at": self._occurred_at().isoformat(),
            "kind": self.kind.currentData(),
            "platform": self.platform.currentText(),
            "account": self.account.text(),
            "urls": self.urls.toPlainText(),
            "description": self.description.toPlainText(),
            "demand": self.demand.text(),
            "reports": self.report_rows(),
            "tags": self.tags.text(),
        }

    def _occurred_at(self) -> datetime:
        q = self.when.dateTime()
        if self._loaded_when is not None and q.toSecsSinceEpoch() == int(self._loaded_when.timestamp()):
            return self._loaded_when
        return _from_qdt(q)

    def is_dirty(self) -> bool:
        state = self.draft_state()
        return state != self._baseline

    def has_content(self) -> bool:
        s = self.draft_state()
        return any(s[k].strip() for k in ("platform", "account", "urls", "description", "demand", "tags")) or any(
            any(c.strip() for c in r) for r in s["reports"])

    def report_rows(self) -> list[list[str]]:
        rows = []
        for r in range(self.reports.rowCount()):
            cells = [(self.reports.item(r, c).text() if self.reports.item(r, c) else "") for c in range(3)]
            if any(c.strip() for c in cells):
                rows.append(cells)
        return rows

    def add_report(self, to: str = "", reference: str = "", date: str = "") -> None:
        r = self.reports.rowCount()
        self.reports.insertRow(r)
        for c, text in enumerate((to, reference, date)):
            self.reports.setItem(r, c, QTableWidgetItem(text))
        if not self._loading:
            self.reports.setCurrentCell(r, 0)
            self.reports.setFocus()
            self.reports.editItem(self.reports.item(r, 0))

    def remove_report(self) -> None:
        r = self.reports.currentRow()
        if r >= 0:
            self.reports.removeRow(r)
            self._changed()

    def _fill(self, state: dict[str, Any], when: datetime | None) -> None:
        self._loading = True
        try:
            self._loaded_when = when
            self.when.setDateTime(_to_qdt(when) if when else QDateTime.currentDateTime())
            i = self.kind.findData(state.get("kind", "message"))
            self.kind.setCurrentIndex(max(i, 0))
            self.platform.setCurrentText(state.get("platform", ""))
            self.account.setText(state.get("account", ""))
            self.urls.setPlainText(state.get("urls", ""))
            self.description.setPlainText(state.get("description", ""))
            self.demand.setText(str(state.get("demand", "")))
            self.reports.setRowCount(0)
            for row in state.get("reports", []):
                self.add_report(*[str(c) for c in list(row)[:3]])
            self.tags.setText(state.get("tags", ""))
        finally:
            self._loading = False

    def clear(self) -> None:
        """Empty every field (lock/panic) and forget the entry."""
        self._loading = True
        try:
            self.entry_id = None
            self._fill({}, None)
            self.attachments.clear()
            self.history.setText("")
            self.banner.hide()
            self.status_label.setText("")
            self.heading.setText(translate("EntryEditor", "<h2>New entry</h2>"))
            self._baseline = {}
            self.checklist.clear()
            self.checklist.setAccessibleName("")
        finally:
            self._loading = False
        self.attachments.set_journal(self.journal)

    def new_entry(self) -> None:
        self.clear()
        self.kind.setCurrentIndex(self.kind.findData("message"))
        self._baseline = self.draft_state()
        self.delete_button.setEnabled(False)
        self.history.setText(translate("EntryEditor", "Not saved yet."))
        self.attachments.set_attachments([])
        self.update_checklist()
        self.focus_first()

    def focus_first(self) -> None:
        """Start at the top, with the cursor in the first field (also when the last entry was left scrolled
        down). Done again once the editor is on screen, when Qt may have scrolled to where focus was."""
        self._to_top()
        QTimer.singleShot(0, self._to_top)

    def _to_top(self) -> None:
        self.scroll.verticalScrollBar().setValue(0)
        self.scroll.horizontalScrollBar().setValue(0)
        if self.isVisible():
            self.when.setFocus(Qt.FocusReason.OtherFocusReason)

    def load_entry(self, e: Entry) -> None:
        self.clear()
        self.entry_id = e.id
        self._fill(_state_of(e), e.occurred_at)
        self._show_saved_parts(e)
        self._baseline = self.draft_state()
        self.delete_button.setEnabled(True)
        self.update_checklist()
        self.scroll.verticalScrollBar().setValue(0)
        self._focus_description()

    def _focus_description(self) -> None:
        self.description.moveCursor(QTextCursor.MoveOperation.End)
        self.description.setFocus()

    def _show_saved_parts(self, e: Entry) -> None:
        self.heading.setText(translate("EntryEditor", "<h2>Entry</h2>"))
        self.attachments.set_attachments(e.attachments)
        language = self.ctx.language
        lines = [f"{translate('EntryEditor', HISTORY_WORDS.get(action, action.capitalize()))}: "
                 f"{date_time_text(ts, language, weekday=True)}"
                 for ts, action in e.history]
        self.history.setText("\n".join(lines) if lines else "")
        self.history.setAccessibleName(translate("EntryEditor", "History: ") + "; ".join(lines))

    def load_draft(self, draft: dict[str, Any]) -> None:
        """Bring back what was being typed when the journal locked, crashed or the app was closed."""
        self.clear()
        eid = draft.get("entry_id")
        stored = None
        if eid and self.journal is not None:
            try:
                stored = self.journal.get_entry(eid)
            except VaultError:
                stored = None
        if stored is not None:
            self.entry_id = stored.id
            self._show_saved_parts(stored)
            self._baseline = {**_state_of(stored), "v": DRAFT_VERSION, "entry_id": stored.id,
                              "occurred_at": stored.occurred_at.isoformat()}
            self.delete_button.setEnabled(True)
        else:
            self.entry_id = None
            self.history.setText(translate("EntryEditor", "Not saved yet."))
            self.delete_button.setEnabled(False)
        try:
            when = datetime.fromisoformat(draft.get("occurred_at", ""))
            if when.tzinfo is None:
                when = when.astimezone()
        except (TypeError, ValueError):
            when = None
        self._fill(draft, when)
        if stored is None:
            self._baseline = {}
        self.banner.show()
        self.update_checklist()
        self._focus_description()

    # ----- actions
    def to_entry(self) -> Entry:
        s = self.draft_state()
        return Entry(occurred_at=self._occurred_at(), kind=s["kind"], platform=s["platform"].strip(),
                     account=s["account"].strip(), urls=split_urls(s["urls"]), description=s["description"],
                     reports=[Report(*r) for r in s["reports"]], tags=split_tags(s["tags"]), id=self.entry_id,
                     demand=s["demand"].strip())

    def update_checklist(self) -> None:
        """Show quietly what a report could still use (never required; see evidence_checklist)."""
        self._checklist_timer.stop()
        e = self.to_entry()
        e.attachments = self.attachments.attachments()
        text = checklist_summary(e)
        lacking = evidence_checklist.lacking(e)
        notes = [f"{core(i.label)}: {core(i.note)}" for i in lacking]
        self.checklist.setText(text)
        self.checklist.setToolTip("\n".join(notes))
        self.checklist.setAccessibleName(text)
        self.checklist.setAccessibleDescription(" ".join(notes))

    def _busy_changed(self, busy: bool) -> None:
        self.save_button.setEnabled(not busy)
        self.delete_button.setEnabled(not busy and self.entry_id is not None)

    def save(self, *, allow_empty: bool = False) -> str | None:
        """Save the entry; returns its id, or None if it could not be saved (a message says why). An entry with
        nothing in it is not saved (``allow_empty``: a file is about to be added to it)."""
        if self.journal is None:
            return None
        if self.attachments.busy():
            self.status_label.setText(translate("EntryEditor", "Please wait until the file has been added."))
            return None
        entry = self.to_entry()
        entry.attachments = self.attachments.attachments()
        if not allow_empty and evidence_checklist.is_empty(entry):
            self.status_label.setText(core(evidence_checklist.EMPTY_MESSAGE))
            self.status_label.setAccessibleName(core(evidence_checklist.EMPTY_MESSAGE))
            self.description.setFocus()
            return None
        entry.attachments = []
        try:
            if self.entry_id is None:
                self.entry_id = self.journal.add_entry(entry)
            else:
                self.journal.update_entry(entry)
            stored = self.journal.get_entry(self.entry_id)
        except VaultError as exc:
            inform(self, self.tracker, translate("EntryEditor", "Not saved"), core_message(exc), warning=True)
            return None
        self._loaded_when = stored.occurred_at
        self._show_saved_parts(stored)
        self._baseline = self.draft_state()
        self.banner.hide()
        self.delete_button.setEnabled(True)
        self._set_status(translate(
                         "EntryEditor",
                         "Saved at {v0}.",
                         ).format(v0=time_text(datetime.now(), self.ctx.language)))
        self.update_checklist()
        self.saved.emit(self.entry_id)
        return self.entry_id

    def _set_status(self, text: str) -> None:
        self.status_label.setText(text)
        self.status_label.setAccessibleName(text)

    def ensure_saved(self) -> str | None:
        """For attachments: the entry is saved first (a new one, or unsaved changes) so a file can belong to it
        and "Saved" is true of everything on screen."""
        if self.entry_id is not None and not self.is_dirty():
            return self.entry_id
        return self.save(allow_empty=True)

    def _attachments_changed(self) -> None:
        if self.journal is None or self.entry_id is None:
            return
        try:
            stored = self.journal.get_entry(self.entry_id)
        except VaultError:
            return
        self._show_saved_parts(stored)
        n = len(stored.attachments)
        self._set_status(translate("EntryEditor", "Saved, with %n files.", "Saved, with %n file.", n) if n else
            translate("EntryEditor", "Saved, with no files."))
        self.update_checklist()
        self.saved.emit(self.entry_id)

    def request_close(self) -> bool:
        """Back to the list; asks first if there are unsaved changes. Returns True if the editor closed."""
        if self.is_dirty() and self.has_content():
            box = QMessageBox(self)
            box.setObjectName("journalQuestion")
            box.setIcon(QMessageBox.Icon.Question)
            box.setWindowTitle(translate("EntryEditor", "Unsaved changes"))
            box.setText(translate("EntryEditor", "You have changes that are not saved yet. What would you like to do?"))
            save = box.addButton(translate("EntryEditor", "Save"), QMessageBox.ButtonRole.AcceptRole)
            discard = box.addButton(translate("EntryEditor", "Throw away changes"),
                QMessageBox.ButtonRole.DestructiveRole)
            keep = box.addButton(translate("EntryEditor", "Keep writing"), QMessageBox.ButtonRole.RejectRole)
            for b in (save, discard, keep):
                named(b, b.text())
            box.setDefaultButton(keep)
            box.setEscapeButton(keep)
            self.tracker.add(box)
            exec_dialog(box)
            chosen = box.clickedButton()
            box.deleteLater()
            if self.journal is None:  # locked while the question was open
                return False
            if chosen is save:
                if self.save() is None:
                    return False
            elif chosen is discard:
                self.discarded.emit()
            else:
                return False
        elif self.banner.isVisible():
            self.discarded.emit()
        self.closed.emit()
        return True

    def _throw_away_draft(self) -> None:
        if not ask(self, self.tracker, translate("EntryEditor", "Throw away what was kept?"),
                   translate(
                   "EntryEditor",
                   "This removes the unsaved writing that was kept for you. It cannot be brought back."),
                   translate("EntryEditor", "Throw away")):
            return
        self.banner.hide()
        self.discarded.emit()
        if self.entry_id and self.journal is not None:
            try:
                self.load_entry(self.journal.get_entry(self.entry_id))
                return
            except VaultError:
                pass
        self.closed.emit()

    def delete_entry(self) -> bool:
        if self.journal is None or self.entry_id is None:
            return False
        if not ask(self, self.tracker, translate("EntryEditor", "Delete this entry?"),
                   translate("EntryEditor", "Delete this entry and its files? It cannot be brought back. "
                   "The journal keeps a note of when something was deleted, but not what it said."),
                   translate("EntryEditor", "Delete entry")):
            return False
        if self.journal is None:
            return False
        eid = self.entry_id
        try:
            self.journal.delete_entry(eid)
        except VaultError as exc:
            inform(self, self.tracker, translate("EntryEditor", "Not deleted"), core_message(exc), warning=True)
            return False
        self._baseline = {}
        self.clear()
        self.deleted.emit(eid)
        self.closed.emit()
        return True

    # ----- drag and drop anywhere on the editor goes to the files list
    def dragEnterEvent(self, event: Any) -> None:
        self.attachments.dragEnterEvent(event)

    def dragMoveEvent(self, event: Any) -> None:
        self.attachments.dragEnterEvent(event)

    def dropEvent(self, event: Any) -> None:
        self.attachments.dropEvent(event)


def _state_of(e: Entry) -> dict[str, Any]:
    return {
        "kind": e.kind,
        "platform": e.platform,
        "account": e.account,
        "urls": "\n".join(e.urls),
        "description": e.description,
        "demand": e.demand,
        "reports": [[r.to, r.reference, r.date] for r in e.reports],
        "tags": ", ".join(e.tags),
    }
