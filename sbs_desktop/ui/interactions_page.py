"""The interaction log page: filter, sort, add, edit, delete with undo, follow up."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QLocale, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from sbs_desktop.app.interactions import (
    InteractionFilter,
    mark_follow_up_done,
    remove_interaction,
    undo_remove,
    week_of,
)
from sbs_desktop.app.vaults import Vault
from sbs_desktop.core.errors import SbsError
from sbs_desktop.core.interaction import Interaction
from sbs_desktop.core.vocabulary import Concern, Format, Risk
from sbs_desktop.ui.column_fit import ColumnFit
from sbs_desktop.ui.dates import from_qdate, to_qdate
from sbs_desktop.ui.form_fields import CodeCombo, DateField
from sbs_desktop.ui.interaction_form import InteractionForm, open_interaction_form
from sbs_desktop.ui.interaction_table import Column, InteractionTableModel
from sbs_desktop.ui.labels import label
from sbs_desktop.ui.messages import show_error
from sbs_desktop.ui.placeholders import fill

SEARCH_DELAY_MS = 300
CONCERNED_OR_MORE = frozenset({Risk.CONCERNED, Risk.VERY_CONCERNED, Risk.IMMEDIATE})


class Period:
    """The choices of the date filter."""

    ALL, THIS_WEEK, THIS_MONTH, LAST_30_DAYS, THIS_ACADEMIC_YEAR, CUSTOM = range(6)


def period_range(period: int, today: date) -> tuple[date | None, date | None]:
    """The first and last day a period choice covers (None: unbounded)."""
    if period == Period.THIS_WEEK:
        return week_of(today)
    if period == Period.THIS_MONTH:
        return today.replace(day=1), today
    if period == Period.LAST_30_DAYS:
        return today - timedelta(days=29), today
    if period == Period.THIS_ACADEMIC_YEAR:
        # The academic year starts on 1 September.
        start_year = today.year if today.month >= 9 else today.year - 1
        return date(start_year, 9, 1), today
    return None, None


class DeleteInteraction(QUndoCommand):
    """Deleting an interaction; undo puts it back under its old id."""

    def __init__(self, page: InteractionsPage, interaction_id: int) -> None:
        super().__init__(QCoreApplication.translate("InteractionsPage", "Delete interaction"))
        self.page = page
        self.interaction_id = interaction_id
        self.deleted: Interaction | None = None

    def redo(self) -> None:
        try:
            self.deleted = remove_interaction(self.page.vault, self.interaction_id)
        except SbsError as error:
            self.setObsolete(True)
            show_error(self.page, error)
            return
        self.page.after_delete()

    def undo(self) -> None:
        if self.deleted is None:
            return
        try:
            undo_remove(self.page.vault, self.deleted)
        except SbsError as error:
            show_error(self.page, error)
            return
        self.page.after_undo(self.deleted.id)


class InteractionsPage(QWidget):
    """Every logged interaction, newest first, with filters over the whole log."""

    @staticmethod
    def page_title() -> str:
        return QCoreApplication.translate("InteractionsPage", "Interactions")

    def __init__(self, vault: Vault, parent: QWidget | None = None,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self._today = today
        self.undo_stack = QUndoStack(self)
        self.model = InteractionTableModel(vault, self, today=today)
        self.form: InteractionForm | None = None
        self._build()
        self.model.total_changed.connect(self._show_total)
        self._show_total(self.model.total)
        self._update_buttons()

    @property
    def today(self) -> date:
        return self._today or date.today()

    # -- building ------------------------------------------------------------------

    def _build(self) -> None:
        heading = QLabel(self.page_title())
        heading.setObjectName("pageHeading")
        self.new_button = QPushButton(self.tr("New interaction  (Ctrl+N)"))
        self.new_button.setObjectName("primaryButton")
        self.new_button.clicked.connect(self.new_interaction)
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(self.new_button)

        self.period = QComboBox()
        for text in (self.tr("All dates"), self.tr("This week"), self.tr("This month"),
                     self.tr("Last 30 days"), self.tr("This academic year"),
                     self.tr("Custom range…")):
            self.period.addItem(text)
        self.period.setAccessibleName(self.tr("Date range"))
        self.start = DateField()
        self.end = DateField()
        for edit, name in ((self.start, self.tr("From")), (self.end, self.tr("To"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setAccessibleName(name)
            edit.hide()
        self.start.setDate(to_qdate(self.today - timedelta(days=30)))
        self.end.setDate(to_qdate(self.today))
        self.format_filter = CodeCombo(list(Format), blank=self.tr("Any format"))
        self.format_filter.setAccessibleName(self.tr("Format"))
        self.risk_filter = CodeCombo(list(Risk), blank=self.tr("Any risk"))
        self.risk_filter.insertItem(1, self.tr("Concerned or more"))
        self.risk_filter.codes.insert(1, CONCERNED_OR_MORE)
        self.risk_filter.setAccessibleName(self.tr("Risk"))
        self.due_filter = QCheckBox(self.tr("Follow-up due"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search notes, actions and classmates…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search"))
        self.search.setMinimumWidth(220)
        self.clear_filters = QToolButton()
        self.clear_filters.setText(self.tr("Clear filters"))

        filters = QHBoxLayout()
        filters.setSpacing(8)
        filters.addWidget(self.period)
        self.range_dash = QLabel("–")
        self.range_dash.hide()
        filters.addWidget(self.start)
        filters.addWidget(self.range_dash)
        filters.addWidget(self.end)
        filters.addWidget(self.format_filter)
        filters.addWidget(self.risk_filter)
        filters.addWidget(self.due_filter)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.clear_filters)

        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Interactions"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(
            self.table.fontMetrics().height() + 10)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = self.table.horizontalHeader()
        header.setSortIndicator(Column.WHEN, Qt.SortOrder.DescendingOrder)
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        metrics = self.table.fontMetrics()

        def widest(codes) -> int:
            # Labels differ in length between languages (French runs ~20% longer).
            return max(metrics.horizontalAdvance(label(code)) for code in codes) + 24

        widths = {
            Column.WHEN: metrics.horizontalAdvance("2026-12-31  23:59") + 30,
            Column.CLASSMATE: 125, Column.YEAR: 44, Column.FORMAT: max(105, widest(Format)),
            Column.INITIATED_BY: 90, Column.PRIMARY_CONCERN: max(150, widest(Concern)),
            Column.RISK: max(105, widest(Risk)),
            Column.FOLLOW_UP: metrics.horizontalAdvance("2026-12-31 (done)") + 16,
            Column.DURATION: 64,
        }
        self.column_fit = ColumnFit(self.table, widths, (
            Column.CLASSMATE, Column.FORMAT, Column.INITIATED_BY, Column.PRIMARY_CONCERN,
            Column.RISK))
        self.table.setSortingEnabled(True)

        self.undo_bar = QFrame()
        self.undo_bar.setObjectName("undoBar")
        self.undo_bar.setStyleSheet(
            "#undoBar { background: #fff4d6; border: 1px solid #e8c979; border-radius: 4px; }")
        self.undo_text = QLabel(self.tr("Interaction deleted."))
        self.undo_button = QPushButton(self.tr("Undo  (Ctrl+Z)"))
        self.undo_button.clicked.connect(self.undo_stack.undo)
        dismiss = QToolButton()
        dismiss.setText("✕")
        dismiss.setAutoRaise(True)
        dismiss.setToolTip(self.tr("Dismiss"))
        dismiss.clicked.connect(self.undo_bar.hide)
        bar = QHBoxLayout(self.undo_bar)
        bar.setContentsMargins(10, 4, 6, 4)
        bar.addWidget(self.undo_text)
        bar.addStretch(1)
        bar.addWidget(self.undo_button)
        bar.addWidget(dismiss)
        self.undo_bar.hide()

        self.edit_button = QPushButton(self.tr("Edit…  (Enter)"))
        self.done_button = QPushButton(self.tr("Mark follow-up done"))
        self.delete_button = QPushButton(self.tr("Delete  (Del)"))
        self.total_label = QLabel()
        self.total_label.setObjectName("hint")
        actions = QHBoxLayout()
        actions.addWidget(self.total_label)
        actions.addStretch(1)
        actions.addWidget(self.edit_button)
        actions.addWidget(self.done_button)
        actions.addWidget(self.delete_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.undo_bar)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)

        self._search_delay = QTimer(self)
        self._search_delay.setSingleShot(True)
        self._search_delay.setInterval(SEARCH_DELAY_MS)
        self._search_delay.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(lambda _text: self._search_delay.start())
        self.search.returnPressed.connect(self.apply_filters)
        self.period.currentIndexChanged.connect(self._period_changed)
        self.start.dateChanged.connect(lambda _d: self.apply_filters())
        self.end.dateChanged.connect(lambda _d: self.apply_filters())
        self.format_filter.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.risk_filter.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.due_filter.toggled.connect(lambda _on: self.apply_filters())
        self.clear_filters.clicked.connect(self.reset_filters)
        self.table.activated.connect(lambda _index: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self.model.modelReset.connect(self._update_buttons)
        self.edit_button.clicked.connect(self.edit_selected)
        self.done_button.clicked.connect(self.toggle_follow_up_done)
        self.delete_button.clicked.connect(self.delete_selected)

        undo = self.undo_stack.createUndoAction(self, self.tr("Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        undo.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(undo)
        redo = self.undo_stack.createRedoAction(self, self.tr("Redo"))
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        redo.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(redo)
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.delete_selected)

    # -- filters -------------------------------------------------------------------

    def _period_changed(self) -> None:
        custom = self.period.currentIndex() == Period.CUSTOM
        for widget in (self.start, self.range_dash, self.end):
            widget.setVisible(custom)
        self.apply_filters()

    def current_filter(self) -> InteractionFilter:
        period = self.period.currentIndex()
        if period == Period.CUSTOM:
            start, end = from_qdate(self.start.date()), from_qdate(self.end.date())
        else:
            start, end = period_range(period, self.today)
        format_code = self.format_filter.code()
        risk = self.risk_filter.code()
        if risk is CONCERNED_OR_MORE:
            risks = CONCERNED_OR_MORE
        else:
            risks = frozenset({risk}) if risk is not None else frozenset()
        return InteractionFilter(
            start=start, end=end,
            formats=frozenset({format_code}) if format_code is not None else frozenset(),
            risks=risks,
            follow_up_due_by=self.today if self.due_filter.isChecked() else None,
            text=self.search.text().strip(),
        )

    def apply_filters(self) -> None:
        self._search_delay.stop()
        self.model.set_filter(self.current_filter())

    def reset_filters(self) -> None:
        for widget in (self.period, self.format_filter, self.risk_filter, self.due_filter,
                       self.search):
            widget.blockSignals(True)
        self.period.setCurrentIndex(Period.ALL)
        self.format_filter.setCurrentIndex(0)
        self.risk_filter.setCurrentIndex(0)
        self.due_filter.setChecked(False)
        self.search.clear()
        for widget in (self.period, self.format_filter, self.risk_filter, self.due_filter,
                       self.search):
            widget.blockSignals(False)
        self._period_changed()

    def show_follow_ups_due(self) -> None:
        """Only the open follow-ups due by today (the home page's "see all")."""
        self.reset_filters()
        self.due_filter.setChecked(True)

    def _show_total(self, total: int) -> None:
        everything = self.model.filter == InteractionFilter()
        number = QLocale().toString(total)
        if everything:
            text = (self.tr("1 interaction") if total == 1
                    else fill(self.tr("%1 interactions"), number))
        else:
            text = (self.tr("1 interaction matches the filters") if total == 1
                    else fill(self.tr("%1 interactions match the filters"), number))
        self.total_label.setText(text)
        self.clear_filters.setEnabled(not everything)

    # -- the selection -------------------------------------------------------------

    def selected(self) -> Interaction | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()).interaction if rows else None

    def select(self, interaction_id: int) -> bool:
        row = self.model.row_of(interaction_id)
        if row is None:
            return False
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)
        return True

    def _update_buttons(self) -> None:
        chosen = self.selected()
        self.edit_button.setEnabled(chosen is not None)
        self.delete_button.setEnabled(chosen is not None)
        has_follow_up = chosen is not None and chosen.follow_up_due is not None
        self.done_button.setEnabled(has_follow_up)
        self.done_button.setText(
            self.tr("Reopen follow-up") if has_follow_up and chosen.follow_up_done
            else self.tr("Mark follow-up done"))

    # -- actions -------------------------------------------------------------------

    def refresh(self) -> None:
        chosen = self.selected()
        self.model.reload(keep_loaded=True)
        if chosen is not None:
            self.select(chosen.id)

    def new_interaction(self) -> InteractionForm:
        return self._open_form(None)

    def edit_selected(self) -> InteractionForm | None:
        chosen = self.selected()
        return None if chosen is None else self._open_form(chosen)

    def _open_form(self, interaction: Interaction | None) -> InteractionForm:
        form = open_interaction_form(self.vault, self.window(), interaction)
        form.saved.connect(self._saved)
        self.form = form
        return form

    def _saved(self, interaction: Interaction) -> None:
        self.undo_bar.hide()
        self.model.reload(keep_loaded=True)
        self.select(interaction.id)
        self.table.setFocus()
        # Another page showing (the form opened from the home page) refreshes too.
        window = self.window()
        current_page = getattr(window, "current_page", None)
        if current_page is not None and current_page() is not self:
            window.refresh_current_page()

    def delete_selected(self) -> bool:
        chosen = self.selected()
        if chosen is None:
            return False
        self._row_before_delete = self.table.currentIndex().row()
        self.undo_stack.push(DeleteInteraction(self, chosen.id))
        return True

    def after_delete(self) -> None:
        self.model.reload(keep_loaded=True)
        row = min(getattr(self, "_row_before_delete", 0), self.model.rowCount() - 1)
        if row >= 0:
            self.table.selectRow(row)
        self.undo_text.setText(self.tr("Interaction deleted."))
        self.undo_bar.show()
        self.table.setFocus()

    def after_undo(self, interaction_id: int) -> None:
        self.undo_bar.hide()
        self.model.reload(keep_loaded=True)
        self.select(interaction_id)
        self.table.setFocus()

    def toggle_follow_up_done(self) -> None:
        chosen = self.selected()
        if chosen is None or chosen.follow_up_due is None:
            return
        try:
            mark_follow_up_done(self.vault, chosen.id, not chosen.follow_up_done)
        except SbsError as error:
            show_error(self, error)
            return
        self.refresh()
