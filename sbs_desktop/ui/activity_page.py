"""The Activity page: the vault's audit trail, newest first, filtered by kind and period."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sbs_desktop.app.audit import AuditFilter, count_events, find_events
from sbs_desktop.app.vaults import Vault
from sbs_desktop.core.audit import AuditEvent, EventKind
from sbs_desktop.core.survey import ResponseSource
from sbs_desktop.ui.placeholders import fill
from sbs_desktop.ui.survey_responses import source_label
from sbs_desktop.ui.text_table import NO_PARENT, Index, TextTableModel

CONTEXT = "Activity"
PAGE_ROWS = 200

KINDS = {
    EventKind.INTERACTION_ADDED: QT_TRANSLATE_NOOP("Activity", "Interaction added"),
    EventKind.INTERACTION_CHANGED: QT_TRANSLATE_NOOP("Activity", "Interaction changed"),
    EventKind.INTERACTION_DELETED: QT_TRANSLATE_NOOP("Activity", "Interaction deleted"),
    EventKind.INTERACTION_RESTORED: QT_TRANSLATE_NOOP("Activity", "Interaction put back"),
    EventKind.CONTACT_ADDED: QT_TRANSLATE_NOOP("Activity", "Classmate added"),
    EventKind.CONTACT_CHANGED: QT_TRANSLATE_NOOP("Activity", "Classmate changed"),
    EventKind.CONTACT_DELETED: QT_TRANSLATE_NOOP("Activity", "Classmate deleted"),
    EventKind.SURVEY_RESPONSE_ADDED: QT_TRANSLATE_NOOP("Activity", "Survey response added"),
    EventKind.SURVEY_RESPONSE_CHANGED: QT_TRANSLATE_NOOP("Activity", "Survey response corrected"),
    EventKind.SURVEY_RESPONSE_DELETED: QT_TRANSLATE_NOOP("Activity", "Survey response deleted"),
    EventKind.SURVEY_RESPONSE_RESTORED: QT_TRANSLATE_NOOP("Activity",
                                                          "Survey response put back"),
    EventKind.EXPORT: QT_TRANSLATE_NOOP("Activity", "Export"),
    EventKind.SURVEY_IMPORT: QT_TRANSLATE_NOOP("Activity", "Survey import"),
    EventKind.MERGE: QT_TRANSLATE_NOOP("Activity", "Bundle merged"),
    EventKind.PASSPHRASE_CHANGED: QT_TRANSLATE_NOOP("Activity", "Passphrase changed"),
    EventKind.BACKUP: QT_TRANSLATE_NOOP("Activity", "Backup"),
    EventKind.RESTORE: QT_TRANSLATE_NOOP("Activity", "Restored from a backup"),
    EventKind.RETENTION_RUN: QT_TRANSLATE_NOOP("Activity", "Old notes cleared"),
    EventKind.SETTINGS_CHANGED: QT_TRANSLATE_NOOP("Activity", "Settings changed"),
}
OUTCOMES = {
    "imported": QT_TRANSLATE_NOOP("Activity", "imported"),
    "replaced": QT_TRANSLATE_NOOP("Activity", "imported, replacing an older export"),
    "already_imported": QT_TRANSLATE_NOOP("Activity", "already imported, nothing changed"),
    "refused": QT_TRANSLATE_NOOP("Activity", "refused"),
}
# (label, days back; None for all time)
PERIODS = (
    (QT_TRANSLATE_NOOP("Activity", "All time"), None),
    (QT_TRANSLATE_NOOP("Activity", "Last 7 days"), 7),
    (QT_TRANSLATE_NOOP("Activity", "Last 30 days"), 30),
    (QT_TRANSLATE_NOOP("Activity", "Last 12 months"), 365),
)
COLUMNS = (
    QT_TRANSLATE_NOOP("Activity", "When"),
    QT_TRANSLATE_NOOP("Activity", "What"),
    QT_TRANSLATE_NOOP("Activity", "Record"),
    QT_TRANSLATE_NOOP("Activity", "Fields changed"),
    QT_TRANSLATE_NOOP("Activity", "Details"),
)


def _tr(text: str) -> str:
    """A text marked with QT_TRANSLATE_NOOP in this context, translated."""
    return QCoreApplication.translate(CONTEXT, text)


def describe_detail(event: AuditEvent) -> str:
    """The event's detail in words: counts, a file or folder name, an outcome."""
    detail = event.detail
    kind = event.kind
    if kind is EventKind.EXPORT:
        return fill(QCoreApplication.translate("Activity", "Export %1 into the folder %2"),
                    str(detail.get("sequence", "")), str(detail.get("folder", "")))
    if kind is EventKind.SURVEY_IMPORT:
        return fill(QCoreApplication.translate("Activity", "%1: %2 added, %3 already there"),
                    str(detail.get("file", "")), str(detail.get("added", 0)),
                    str(detail.get("skipped", 0)))
    if kind is EventKind.MERGE:
        outcome = str(detail.get("outcome", ""))
        return fill(QCoreApplication.translate("Activity", "%1: %2"),
                    str(detail.get("bundle", "")), _tr(OUTCOMES.get(outcome, outcome)))
    if kind is EventKind.RETENTION_RUN:
        text = fill(QCoreApplication.translate(
            "Activity", "Older than %1 months: %2 interactions, %3 classmates, %4 fields"),
            str(detail.get("months", "")), str(detail.get("interactions", 0)),
            str(detail.get("contacts", 0)), str(detail.get("fields", 0)))
        if detail.get("on_open"):
            text += " " + QCoreApplication.translate("Activity", "(on opening)")
        return text
    if kind is EventKind.BACKUP:
        return str(detail.get("file", ""))
    if kind is EventKind.RESTORE:
        return fill(QCoreApplication.translate("Activity", "from %1"),
                    str(detail.get("backup", "")))
    if kind is EventKind.SURVEY_RESPONSE_ADDED and detail.get("source"):
        return source_label(ResponseSource(detail["source"]))
    return ""


def _row(event: AuditEvent) -> list[str]:
    return [event.occurred_at.astimezone().strftime("%Y-%m-%d %H:%M"), _tr(KINDS[event.kind]),
            "" if event.record_id is None else f"#{event.record_id}", ", ".join(event.fields),
            describe_detail(event)]


class ActivityModel(TextTableModel):
    """Events matching a filter, read a page at a time as the view scrolls."""

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__((), parent)
        self.vault = vault
        self.filter = AuditFilter()
        self.total = 0
        self.events: list[AuditEvent] = []

    def set_filter(self, filter_: AuditFilter) -> None:
        self.filter = filter_
        self.total = count_events(self.vault, filter_)
        self.events = find_events(self.vault, filter_, 0, PAGE_ROWS)
        self.set_rows([_row(e) for e in self.events], [_tr(c) for c in COLUMNS])

    def canFetchMore(self, parent: Index = NO_PARENT) -> bool:
        return not parent.isValid() and len(self.events) < self.total

    def fetchMore(self, parent: Index = NO_PARENT) -> None:
        more = find_events(self.vault, self.filter, len(self.events), PAGE_ROWS)
        if not more:
            self.total = len(self.events)
            return
        self.beginInsertRows(NO_PARENT, len(self.events), len(self.events) + len(more) - 1)
        self.events.extend(more)
        self._rows.extend(_row(e) for e in more)
        self.endInsertRows()


class ActivityPage(QWidget):
    """What happened in this vault: each change, export, import, merge and backup."""

    @staticmethod
    def page_title() -> str:
        return QCoreApplication.translate("ActivityPage", "Activity")

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Activity"))
        heading.setObjectName("pageHeading")
        layout.addWidget(heading)
        hint = QLabel(self.tr(
            "Every change to this vault, newest first. It names the record and the fields "
            "changed, never what they hold, and it is never exported. Nobody can edit it."))
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        layout.addWidget(hint)

        filters = QHBoxLayout()
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Everything"), None)
        for kind, text in KINDS.items():
            self.kind.addItem(_tr(text), kind)
        kind_label = QLabel(self.tr("&Show:"))
        kind_label.setBuddy(self.kind)
        self.period = QComboBox()
        for text, days in PERIODS:
            self.period.addItem(_tr(text), days)
        period_label = QLabel(self.tr("&Period:"))
        period_label.setBuddy(self.period)
        for widget in (kind_label, self.kind, period_label, self.period):
            filters.addWidget(widget)
        filters.addStretch(1)
        self.count = QLabel()
        filters.addWidget(self.count)
        layout.addLayout(filters)

        self.model = ActivityModel(vault, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.setAccessibleName(self.tr("Activity"))
        layout.addWidget(self.table, 1)
        self.kind.currentIndexChanged.connect(lambda _index: self.refresh())
        self.period.currentIndexChanged.connect(lambda _index: self.refresh())
        self.refresh()

    def current_filter(self, now: datetime | None = None) -> AuditFilter:
        kind = self.kind.currentData()
        days = self.period.currentData()
        since = None if days is None else (now or datetime.now().astimezone()) - timedelta(
            days=days)
        return AuditFilter(kinds=frozenset({kind}) if kind else frozenset(), since=since)

    def refresh(self) -> None:
        self.model.set_filter(self.current_filter())
        self.count.setText(self.tr("%n event(s)", "", self.model.total))
