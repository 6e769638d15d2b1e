"""The home page: what needs attention today, and this week at a glance."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sbs_desktop.app.interactions import (
    InteractionRow,
    follow_ups_due,
    mark_follow_up_done,
    this_week,
)
from sbs_desktop.app.vaults import Vault
from sbs_desktop.core.errors import SbsError
from sbs_desktop.core.interaction import Interaction
from sbs_desktop.core.vocabulary import Role
from sbs_desktop.ui.coordinator_home import ProgramState
from sbs_desktop.ui.dates import to_qdate
from sbs_desktop.ui.interaction_form import InteractionForm, open_interaction_form
from sbs_desktop.ui.labels import label
from sbs_desktop.ui.messages import show_error
from sbs_desktop.ui.placeholders import fill
from sbs_desktop.ui.problem_style import problem_colour, quiet_colour
from sbs_desktop.ui.upcoming_hours import UpcomingHours


class CountTile(QFrame):
    """One number with its caption."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("countTile")
        self.setStyleSheet(
            "#countTile { background: palette(base); border: 1px solid palette(mid); "
            "border-radius: 6px; }")
        self.number = QLabel("0")
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 2)
        font.setBold(True)
        self.number.setFont(font)
        self.caption = QLabel(caption)
        self.caption.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.addWidget(self.number)
        layout.addWidget(self.caption)

    def set_value(self, text: str) -> None:
        self.number.setText(text)


class FollowUpList(QTreeWidget):
    """Open follow-ups due today or earlier, the most overdue first."""

    open_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setColumnCount(4)
        self.setHeaderLabels([self.tr("Due"), self.tr("Classmate"), self.tr("Primary concern"),
                              self.tr("Last talked")])
        self.setRootIsDecorated(False)
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 96)
        header.resizeSection(1, 150)
        header.resizeSection(2, 170)
        header.setStretchLastSection(True)
        self.rows: list[InteractionRow] = []
        self.itemActivated.connect(lambda _item, _column: self._open())

    def show_rows(self, rows: list[InteractionRow], today: date) -> None:
        chosen = self.selected()
        self.clear()
        self.rows = rows
        for row in rows:
            i = row.interaction
            item = QTreeWidgetItem(self, [
                i.follow_up_due.isoformat() if i.follow_up_due else "",
                row.contact_name or self.tr("(no classmate linked)"),
                label(i.primary_concern),
                i.occurred_at.strftime("%Y-%m-%d"),
            ])
            item.setData(0, Qt.ItemDataRole.UserRole, i.id)
            if not row.contact_name:
                item.setForeground(1, QBrush(quiet_colour()))
            if i.follow_up_due and i.follow_up_due < today:
                item.setForeground(0, QBrush(problem_colour()))
                item.setToolTip(0, self.tr("Overdue"))
            if chosen is not None and chosen.id == i.id:
                self.setCurrentItem(item)
        if self.currentItem() is None and self.topLevelItemCount():
            self.setCurrentItem(self.topLevelItem(0))

    def selected(self) -> Interaction | None:
        item = self.currentItem()
        if item is None:
            return None
        wanted = item.data(0, Qt.ItemDataRole.UserRole)
        return next((r.interaction for r in self.rows if r.interaction.id == wanted), None)

    def _open(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            self.open_requested.emit(chosen)


class HomePage(QWidget):
    """Follow-ups due, a quick way to log, and this week's counts."""

    log_requested = Signal()
    all_follow_ups_requested = Signal()

    @staticmethod
    def page_title() -> str:
        return QCoreApplication.translate("HomePage", "Home")

    def __init__(self, vault: Vault, parent: QWidget | None = None,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self._today = today
        self.form: InteractionForm | None = None
        self.keeps_log = vault.role is Role.SUPPORTER

        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")
        self.log_button = QPushButton(self.tr("Log an interaction  (Ctrl+N)"))
        self.log_button.setObjectName("primaryButton")
        self.log_button.clicked.connect(self.log_requested)
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.log_button)

        self.week_heading = QLabel()
        self.week_heading.setObjectName("sectionHeading")
        self.tiles = {
            "interactions": CountTile(self.tr("interactions")),
            "hours": CountTile(self.tr("hours of support")),
            "classmates": CountTile(self.tr("classmates reached")),
            "referrals": CountTile(self.tr("with a referral")),
        }
        tiles = QGridLayout()
        tiles.setHorizontalSpacing(12)
        for column, tile in enumerate(self.tiles.values()):
            tiles.addWidget(tile, 0, column)

        self.due_heading = QLabel()
        self.due_heading.setObjectName("sectionHeading")
        self.follow_ups = FollowUpList()
        self.follow_ups.setAccessibleName(self.tr("Follow-ups due"))
        self.follow_ups.open_requested.connect(self.open_interaction)
        self.empty_follow_ups = QLabel(self.tr("No follow-ups are due. Nicely done."))
        self.empty_follow_ups.setObjectName("hint")
        self.done_button = QPushButton(self.tr("Mark done"))
        self.open_button = QPushButton(self.tr("Open…"))
        self.all_button = QPushButton(self.tr("Show in the interaction list"))
        self.done_button.clicked.connect(self.mark_selected_done)
        self.open_button.clicked.connect(lambda: self.follow_ups._open())
        self.all_button.clicked.connect(self.all_follow_ups_requested)
        follow_up_buttons = QHBoxLayout()
        follow_up_buttons.addWidget(self.done_button)
        follow_up_buttons.addWidget(self.open_button)
        follow_up_buttons.addStretch(1)
        follow_up_buttons.addWidget(self.all_button)

        log_column = QVBoxLayout()
        log_column.setSpacing(10)
        log_column.addWidget(self.week_heading)
        log_column.addLayout(tiles)
        log_column.addSpacing(10)
        log_column.addWidget(self.due_heading)
        log_column.addWidget(self.empty_follow_ups)
        log_column.addWidget(self.follow_ups, 1)
        log_column.addLayout(follow_up_buttons)
        # Takes the room the follow-up list leaves when it is hidden (nothing due, a new
        # vault), so the tiles and headings keep together at the top instead of spreading.
        log_column.addStretch(0)
        self._log_widgets = [self.log_button, self.week_heading, *self.tiles.values(),
                             self.due_heading, self.empty_follow_ups, self.follow_ups,
                             self.done_button, self.open_button, self.all_button]

        # Other features put their own home-page panels here, one line each:
        #     self.panels.addWidget(UpcomingHours(vault, self))
        self.panels = QVBoxLayout()
        self.panels.setSpacing(12)
        self.panels.addWidget(UpcomingHours(vault, self))

        columns = QHBoxLayout()
        columns.setSpacing(24)
        columns.addLayout(log_column, 3)
        self.program: ProgramState | None = None
        if vault.role is Role.COORDINATOR:
            self.program = ProgramState(vault, self)
            log_column.insertWidget(0, self.program)
        columns.addLayout(self.panels, 2)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(12)
        layout.addLayout(top)
        layout.addLayout(columns, 1)
        for widget in self._log_widgets:
            widget.setVisible(self.keeps_log)
        self.follow_ups.currentItemChanged.connect(lambda *_items: self._update_buttons())
        self.refresh()

    @property
    def today(self) -> date:
        return self._today or date.today()

    def refresh(self) -> None:
        self.heading.setText(fill(self.tr("Welcome, %1"), label(self.vault.role)))
        if self.program is not None:
            self.program.refresh()
        if not self.keeps_log:
            return
        week = this_week(self.vault, self.today)
        locale = QLocale()
        self.week_heading.setText(
            fill(self.tr("This week (%1 to %2)"),
                 locale.toString(to_qdate(week.first_day), "d MMM"),
                 locale.toString(to_qdate(week.last_day), "d MMM")))
        summary = week.summary
        self.tiles["interactions"].set_value(str(summary.interactions))
        self.tiles["hours"].set_value(locale.toString(summary.minutes / 60, "f", 1))
        self.tiles["classmates"].set_value(str(summary.classmates))
        self.tiles["referrals"].set_value(str(summary.referrals))
        rows = follow_ups_due(self.vault, self.today)
        self.due_heading.setText(fill(self.tr("Follow-ups due (%1)"), str(week.follow_ups_due)))
        self.follow_ups.show_rows(rows, self.today)
        self.follow_ups.setVisible(bool(rows))
        self.empty_follow_ups.setVisible(not rows)
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.follow_ups.selected() is not None
        self.done_button.setEnabled(chosen)
        self.open_button.setEnabled(chosen)

    def mark_selected_done(self) -> None:
        chosen = self.follow_ups.selected()
        if chosen is None:
            return
        try:
            mark_follow_up_done(self.vault, chosen.id)
        except SbsError as error:
            show_error(self, error)
            return
        self.refresh()

    def open_interaction(self, interaction: Interaction) -> InteractionForm:
        form = open_interaction_form(self.vault, self.window(), interaction)
        form.saved.connect(lambda _stored: self.refresh())
        self.form = form
        return form
