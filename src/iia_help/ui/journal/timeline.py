"""The timeline: every entry, newest first, with filters and type-ahead search.

Model/view only (no widget per row). Display text and a lowercase search haystack are computed once per entry
(``build_rows`` is plain Python, so it can run in the unlock worker), so filtering 10,000 entries stays fast.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QDate,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from iia_help.display_text import date_time_text
from iia_help.journal import KIND_LABELS, Entry, paused_gc
from iia_help.ui.common.dialog_helpers import local_parts, named
from iia_help.ui.core_texts import core, core_items
from iia_help.ui.flow import FlowLayout
from iia_help.ui.i18n import translate
from iia_help.ui.theme import compact_combo

COLUMNS = (QT_TRANSLATE_NOOP("timeline", "When"), QT_TRANSLATE_NOOP("timeline", "Kind"),
           QT_TRANSLATE_NOOP("timeline", "Platform"), QT_TRANSLATE_NOOP("timeline", "What happened"),
           QT_TRANSLATE_NOOP("timeline", "Files"))
#: Short kind names for the list, so "What happened" gets the room (the full name is the tooltip and what a
#: screen reader says).
KIND_SHORT = {"message": QT_TRANSLATE_NOOP("timeline", "Message"), "threat": QT_TRANSLATE_NOOP("timeline", "Threat"),
              "shared": QT_TRANSLATE_NOOP("timeline", "Images shared"),
              "demand": QT_TRANSLATE_NOOP("timeline", "Demand"), "other": QT_TRANSLATE_NOOP("timeline", "Other")}
FIRST_LINE_MAX = 140


@dataclass(slots=True)
class Row:
    entry: Entry
    when: str
    kind: str
    platform: str
    first: str
    hay: str
    key: tuple
    day: date
    tags: frozenset
    platform_key: str
    kind_full: str
    files: str  # "" or "1 file", "2 files"


def first_line(e: Entry) -> str:
    for line in e.description.splitlines():
        line = line.strip()
        if line:
            return line if len(line) <= FIRST_LINE_MAX else line[: FIRST_LINE_MAX - 1] + "…"
    return e.account or (e.urls[0] if e.urls else translate("timeline", "(nothing written yet)"))


def make_row(e: Entry, language: str = "en") -> Row:
    t = local_parts(e.occurred_at)
    when = date_time_text(e.occurred_at, language, weekday=True)
    kind = core(KIND_LABELS.get(e.kind, e.kind))
    demand = e.demand
    parts = [when, kind, e.platform, e.account, e.description, demand, *e.urls, *e.tags,
             *(f"{r.to} {r.reference} {r.date}" for r in e.reports), *(a.name for a in e.attachments)]
    n = len(e.attachments)
    return Row(e, when, translate("timeline", KIND_SHORT.get(e.kind, kind)), e.platform, first_line(e),
               "\n".join(parts).casefold(),
               (e.occurred_at, e.created_at), date(t.tm_year, t.tm_mon, t.tm_mday),
               frozenset(t.strip().casefold() for t in e.tags if t.strip()), e.platform.strip().casefold(),
               kind, translate("timeline", "%n files", "%n file", n) if n else "")


def build_rows(entries: list[Entry], language: str = "en") -> list[Row]:
    """Rows newest first by when it happened (then by when it was written)."""
    with paused_gc():
        rows = [make_row(e, language) for e in entries]
    rows.sort(key=lambda r: r.key, reverse=True)
    return rows


def _row_data(row: Row, c: int, role: int) -> Any:
    if role == Qt.ItemDataRole.DisplayRole:
        return (row.when, row.kind, row.platform, row.first, row.files)[c]
    if role == Qt.ItemDataRole.AccessibleTextRole:
        return (row.when, row.kind_full, row.platform, row.first, row.files or "No files")[c]
    if role == Qt.ItemDataRole.UserRole:
        return row.entry.id
    if role == Qt.ItemDataRole.ToolTipRole:
        return row.first if c == 3 else row.kind_full if c == 1 else None
    if role == Qt.ItemDataRole.TextAlignmentRole and c == 4:
        return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return None


class TimelineModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []
        self.language = "en"  # of the dates shown (set_language)

    # ----- Qt model
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        return _row_data(self._rows[index.row()], index.column(), role)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return translate("timeline", COLUMNS[section])
        return None

    # ----- our API
    def row(self, i: int) -> Row:
        return self._rows[i]

    def rows(self) -> list[Row]:
        return self._rows

    def set_rows(self, rows: list[Row]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def set_entries(self, entries: list[Entry]) -> None:
        self.set_rows(build_rows(entries, self.language))

    def set_language(self, language: str) -> None:
        """Write the dates in ``language`` from now on (the rows shown are rewritten)."""
        if language != self.language:
            self.language = language
            if self._rows:
                self.set_entries([r.entry for r in self._rows])

    def clear(self) -> None:
        """Drop every entry (lock/panic)."""
        self.beginResetModel()
        self._rows = []
        self.endResetModel()

    def row_of(self, entry_id: str) -> int:
        for i, r in enumerate(self._rows):
            if r.entry.id == entry_id:
                return i
        return -1

    def entry(self, entry_id: str) -> Entry | None:
        i = self.row_of(entry_id)
        return self._rows[i].entry if i >= 0 else None

    def remove(self, entry_id: str) -> None:
        i = self.row_of(entry_id)
        if i >= 0:
            self.beginRemoveRows(QModelIndex(), i, i)
            del self._rows[i]
            self.endRemoveRows()

    def upsert(self, e: Entry) -> None:
        """Add or replace one entry, keeping newest-first order."""
        self.remove(e.id)  # type: ignore[arg-type]
        new = make_row(e, self.language)
        pos = len(self._rows)
        for i, r in enumerate(self._rows):
            if r.key < new.key:
                pos = i
                break
        self.beginInsertRows(QModelIndex(), pos, pos)
        self._rows.insert(pos, new)
        self.endInsertRows()

    def platforms(self) -> list[str]:
        seen: dict[str, str] = {}
        for r in self._rows:
            if r.platform_key and r.platform_key not in seen:
                seen[r.platform_key] = r.platform.strip()
        return sorted(seen.values(), key=str.casefold)

    def tags(self) -> list[str]:
        seen: dict[str, str] = {}
        for r in self._rows:
            for t in r.entry.tags:
                k = t.strip().casefold()
                if k and k not in seen:
                    seen[k] = t.strip()
        return sorted(seen.values(), key=str.casefold)


class TimelineFilter(QAbstractTableModel):
    """The rows of a ``TimelineModel`` that pass the filters: kind, platform, tag, date range and search words
    (every word must appear somewhere).

    Filtering is one pass in Python over the rows, then a model reset: Qt's QSortFilterProxyModel would call
    back into Python once per row, which is too slow for type-ahead over 10,000 entries.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._source: TimelineModel | None = None
        self._visible: list[Row] = []
        self._words: list[str] = []
        self._kind = ""
        self._platform = ""
        self._tag = ""
        self._from: date | None = None
        self._to: date | None = None

    # ----- source
    def setSourceModel(self, model: TimelineModel) -> None:  # noqa: N802 (Qt's name)
        self._source = model
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved, model.dataChanged,
                       model.layoutChanged):
            signal.connect(self._refilter)
        self._refilter()

    def sourceModel(self) -> TimelineModel | None:  # noqa: N802 (Qt's name)
        return self._source

    def mapFromSource(self, index: QModelIndex) -> QModelIndex:  # noqa: N802 (Qt's name)
        if self._source is None or not index.isValid():
            return QModelIndex()
        row = self._source.row(index.row())
        for i, r in enumerate(self._visible):
            if r is row:
                return self.index(i, index.column())
        return QModelIndex()

    # ----- Qt model
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._visible):
            return None
        return _row_data(self._visible[index.row()], index.column(), role)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return translate("timeline", COLUMNS[section])
        return None

    # ----- filters
    def _change(self, **values: Any) -> None:
        if all(self.__dict__[k] == v for k, v in values.items()):  # this model's own filter fields
            return
        for k, v in values.items():
            setattr(self, k, v)
        self._refilter()

    def _refilter(self, *_: Any) -> None:
        rows = self._source.rows() if self._source is not None else []
        kind, platform, tag, start, end, words = (self._kind, self._platform, self._tag, self._from, self._to,
                                                  self._words)
        if kind:
            rows = [r for r in rows if r.entry.kind == kind]
        if platform:
            rows = [r for r in rows if r.platform_key == platform]
        if tag:
            rows = [r for r in rows if tag in r.tags]
        if start is not None:
            rows = [r for r in rows if r.day >= start]
        if end is not None:
            rows = [r for r in rows if r.day <= end]
        for w in words:
            rows = [r for r in rows if w in r.hay]
        self.beginResetModel()
        self._visible = list(rows)
        self.endResetModel()

    def set_search(self, text: str) -> None:
        self._change(_words=text.casefold().split())

    def set_kind(self, kind: str) -> None:
        self._change(_kind=kind or "")

    def set_platform(self, platform: str) -> None:
        self._change(_platform=(platform or "").strip().casefold())

    def set_tag(self, tag: str) -> None:
        self._change(_tag=(tag or "").strip().casefold())

    def set_dates(self, start: date | None, end: date | None) -> None:
        self._change(_from=start, _to=end)

    def reset(self) -> None:
        self._change(_words=[], _kind="", _platform="", _tag="", _from=None, _to=None)

    def is_filtering(self) -> bool:
        return bool(self._words or self._kind or self._platform or self._tag or self._from or self._to)

    def entry_id(self, proxy_row: int) -> str:
        return self._visible[proxy_row].entry.id

    def visible_rows(self) -> list[Row]:
        return self._visible


def _qdate(d: QDate) -> date:
    return date(d.year(), d.month(), d.day())


class TimelineView(QWidget):
    """Search box, filters and the table. Emits ``open_requested(entry_id)`` on Enter or double-click."""

    open_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = TimelineModel(self)
        self.proxy = TimelineFilter(self)
        self.proxy.setSourceModel(self.model)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        self.search = QLineEdit(self)
        self.search.setObjectName("journalSearch")
        self.search.setPlaceholderText(translate("TimelineView", "Search everything you wrote (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        named(self.search, translate("TimelineView", "Search entries"), translate(
                                             "TimelineView",
                                             "Shows only entries that contain every word you type."))
        self.search.textChanged.connect(self.proxy.set_search)
        self.search.textChanged.connect(self._update_count)
        layout.addWidget(self.search)
        QShortcut(QKeySequence.StandardKey.Find, self, self._focus_search,
                  context=Qt.ShortcutContext.WindowShortcut)  # only while the timeline is shown

        filters = FlowLayout()  # wraps at large text instead of running off the side
        self.kind_filter = QComboBox(self)
        compact_combo(self.kind_filter, 8)
        named(self.kind_filter, translate("TimelineView", "Filter by kind"))
        self.kind_filter.addItem(translate("TimelineView", "All kinds"), "")
        for k, label in core_items(KIND_LABELS):
            self.kind_filter.addItem(label, k)
        self.kind_filter.currentIndexChanged.connect(
            lambda _i: self._set(self.proxy.set_kind, self.kind_filter.currentData()))
        self.platform_filter = QComboBox(self)
        compact_combo(self.platform_filter, 8)
        named(self.platform_filter, translate("TimelineView", "Filter by platform"))
        self.platform_filter.currentIndexChanged.connect(
            lambda _i: self._set(self.proxy.set_platform, self.platform_filter.currentData()))
        self.tag_filter = QComboBox(self)
        compact_combo(self.tag_filter, 8)
        named(self.tag_filter, translate("TimelineView", "Filter by tag"))
        self.tag_filter.currentIndexChanged.connect(
            lambda _i: self._set(self.proxy.set_tag, self.tag_filter.currentData()))
        self.count_label = QLabel(self)
        self.count_label.setObjectName("timelineCount")
        self.empty_label = QLabel(self)
        self.date_filter = QCheckBox(translate("TimelineView", "Only from"), self)
        named(self.date_filter, translate("TimelineView", "Only show entries between two dates"))
        self.date_from = QDateEdit(self)
        self.date_to = QDateEdit(self)
        for d, name in ((self.date_from, "From date"), (self.date_to, "To date")):
            d.setCalendarPopup(True)
            d.setDisplayFormat("d MMM yyyy")
            d.setDate(QDate.currentDate())
            d.setEnabled(False)
            named(d, name)
            d.dateChanged.connect(self._apply_dates)
        self.date_from.setDate(QDate.currentDate().addMonths(-1))
        self.date_filter.toggled.connect(self._apply_dates)
        to_label = QLabel(translate("TimelineView", "to"), self)
        for w in (self.kind_filter, self.platform_filter, self.tag_filter):
            filters.addWidget(w)
        filters.addSpacing(8)
        dates = QWidget(self)  # "Only from [date] to [date]" stays on one line when the filters wrap
        dates_row = QHBoxLayout(dates)
        dates_row.setContentsMargins(0, 0, 0, 0)
        for w in (self.date_filter, self.date_from, to_label, self.date_to):
            dates_row.addWidget(w)
        filters.addWidget(dates)
        layout.addLayout(filters)

        layout.addWidget(self.count_label)

        self.table = QTableView(self)
        self.table.setObjectName("timelineTable")
        named(self.table, translate("TimelineView", "Entries"), translate("TimelineView",
            "Newest first. Press Enter to open an entry."))
        self.table.setModel(self.proxy)
        # After setModel, so these run after the view and its selection model have handled the reset.
        self._kept: tuple[list[str], str] = ([], "")
        self.proxy.modelAboutToBeReset.connect(self._remember_selection)
        self.proxy.modelReset.connect(self._restore_selection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        vh = self.table.verticalHeader()
        vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vh.setDefaultSectionSize(self.table.fontMetrics().height() + 12)
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        hh.setStretchLastSection(False)
        hh.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)  # "What happened" gets the rest
        hh.setHighlightSections(False)
        self.table.ensurePolished()  # the app's style sheet sets the font size
        fm = self.table.fontMetrics()
        samples = ("Wed 30 Sep 2026, 23:59",
                   max((translate("timeline", k) for k in KIND_SHORT.values()), key=fm.horizontalAdvance),
                   "Text message",
                   "", "9 files")
        for col, sample in enumerate(samples):
            if sample:
                hh.resizeSection(col, fm.horizontalAdvance(sample) + 16)
        self.table.doubleClicked.connect(self._activated)
        self.table.activated.connect(self._activated)
        layout.addWidget(self.table, 1)

        self.empty_label.setObjectName("timelineEmpty")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.empty_label)
        self.refresh_choices()

    # ----- filters
    def _set(self, setter: Any, value: Any) -> None:
        setter(value or "")
        self._update_count()

    def _apply_dates(self, *_: Any) -> None:
        on = self.date_filter.isChecked()
        self.date_from.setEnabled(on)
        self.date_to.setEnabled(on)
        if on:
            self.proxy.set_dates(_qdate(self.date_from.date()), _qdate(self.date_to.date()))
        else:
            self.proxy.set_dates(None, None)
        self._update_count()

    def _focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def refresh_choices(self) -> None:
        """Fill the platform and tag filters from the entries (keeps the current choice if still there)."""
        for combo, all_label, values in ((self.platform_filter, translate("TimelineView", "All platforms"),
                                          self.model.platforms()),
                                         (self.tag_filter, translate("TimelineView", "All tags"), self.model.tags())):
            current = combo.currentData() or ""
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(all_label, "")
            for v in values:
                combo.addItem(v, v)
            i = combo.findData(current)
            combo.setCurrentIndex(max(i, 0))
            combo.blockSignals(False)
            if i < 0 and current:
                combo.currentIndexChanged.emit(0)
        self._update_count()

    def reset_filters(self) -> None:
        for w in (self.search, self.kind_filter, self.platform_filter, self.tag_filter, self.date_filter):
            w.blockSignals(True)
        self.search.clear()
        self.kind_filter.setCurrentIndex(0)
        self.platform_filter.setCurrentIndex(0)
        self.tag_filter.setCurrentIndex(0)
        self.date_filter.setChecked(False)
        self.date_from.setEnabled(False)
        self.date_to.setEnabled(False)
        for w in (self.search, self.kind_filter, self.platform_filter, self.tag_filter, self.date_filter):
            w.blockSignals(False)
        self.proxy.reset()
        self._update_count()

    def _update_count(self, *_: Any) -> None:
        total = self.model.rowCount()
        shown = self.proxy.rowCount()
        if total == 0:
            self.count_label.setText("")
            self.empty_label.setText(translate(
                                     "TimelineView",
                                     "No entries yet. Choose New entry (Ctrl+N) to write down what happened. "
                                     "Short notes are fine. You can add more later."))
            self.empty_label.show()
        elif shown == 0:
            self.count_label.setText(translate("TimelineView", "Your one entry does not match.") if total == 1 else
                                     translate(
                                     "TimelineView",
                                     "None of your %n entries match.", "Your %n entry does not match.", total))
            self.empty_label.setText(translate(
                                     "TimelineView",
                                     "Nothing matches. Try fewer words, or clear the filters."))
            self.empty_label.show()
        else:
            self.count_label.setText(translate("TimelineView", "%n entries", "%n entry", total) if shown == total else
                                     translate(
                                     "TimelineView",
                                     "Showing {shown} of {v1}",
                                     ).format(shown=shown, v1=translate("TimelineView", "%n entries", "%n entry",
                                                                        total)))
            self.empty_label.hide()
        self.count_label.setAccessibleName(self.count_label.text())

    # ----- selection
    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_requested.emit(self.proxy.entry_id(index.row()))

    def selected_ids(self) -> list[str]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.proxy.entry_id(r) for r in rows]

    def visible_ids(self) -> list[str]:
        return [self.proxy.entry_id(r) for r in range(self.proxy.rowCount())]

    def _remember_selection(self) -> None:
        current = self.table.currentIndex()
        current_id = self.proxy.entry_id(current.row()) if current.isValid() else ""
        self._kept = (self.selected_ids(), current_id)

    def _restore_selection(self) -> None:
        """A filter change rebuilds the list: keep the same entries selected where they are still shown."""
        selected, current_id = self._kept
        self._kept = ([], "")
        if not (selected or current_id):
            return
        wanted = set(selected) | {current_id}
        rows = {r.entry.id: i for i, r in enumerate(self.proxy.visible_rows()) if r.entry.id in wanted}
        sm = self.table.selectionModel()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for eid in selected:
            if eid in rows:
                sm.select(self.proxy.index(rows[eid], 0), flags)
        if current_id in rows:
            sm.setCurrentIndex(self.proxy.index(rows[current_id], 0), QItemSelectionModel.SelectionFlag.NoUpdate)

    def select_entry(self, entry_id: str) -> None:
        src = self.model.row_of(entry_id)
        if src < 0:
            return
        idx = self.proxy.mapFromSource(self.model.index(src, 0))
        if idx.isValid():
            self.table.selectRow(idx.row())
            self.table.scrollTo(idx)

    def clear(self) -> None:
        self.model.clear()
        self.reset_filters()
        self.refresh_choices()

