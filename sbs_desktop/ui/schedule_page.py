"""The Schedule page: a supporter's weekly support hours for a term, with dates off."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTime
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sbs_desktop.app.schedule import (
    record_term,
    remove_term,
    set_time_zone,
    terms,
    time_zone,
)
from sbs_desktop.app.vaults import Vault
from sbs_desktop.core.errors import InvalidRecord, SbsError
from sbs_desktop.core.schedule import WEEKDAYS, ScheduleMode, ScheduleSlot, SlotProblem, Term
from sbs_desktop.ui.calendar_export import ask_calendar_path, export_calendar_file
from sbs_desktop.ui.dates import from_qdate, to_qdate
from sbs_desktop.ui.form_fields import DateField, TimeField
from sbs_desktop.ui.labels import label
from sbs_desktop.ui.messages import describe, show_error
from sbs_desktop.ui.placeholders import fill
from sbs_desktop.ui.problem_style import ALERT, mark_problem, problem_wash
from sbs_desktop.ui.schedule_text import day_text, slot_text, weekday_name
from sbs_desktop.ui.week_view import WeekView

TERM_WEEKS = 15
COMMON_TIME_ZONES = (
    "America/Toronto", "America/Montreal", "America/Halifax", "America/St_Johns",
    "America/Winnipeg", "America/Regina", "America/Edmonton", "America/Vancouver",
)


def _runs(days: list[date]) -> list[list[date]]:
    """Sorted dates grouped into runs of consecutive days (a week off reads as one line)."""
    runs: list[list[date]] = []
    for day in days:
        if runs and runs[-1][-1] + timedelta(days=1) == day:
            runs[-1].append(day)
        else:
            runs.append([day])
    return runs


class SchedulePage(QWidget):
    @staticmethod
    def page_title() -> str:
        return QCoreApplication.translate("SchedulePage", "Schedule")

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.terms: list[Term] = []
        self.export_task = None
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Weekly support hours"))
        heading.setObjectName("pageHeading")
        layout.addWidget(heading)

        term_row = QHBoxLayout()
        self.term_choice = QComboBox()
        self.term_choice.setMinimumWidth(240)
        self.term_choice.currentIndexChanged.connect(self._term_chosen)
        self.new_term_button = QPushButton(self.tr("New term"))
        self.new_term_button.clicked.connect(self.new_term)
        self.delete_term_button = QPushButton(self.tr("Delete term"))
        self.delete_term_button.clicked.connect(self._delete_term)
        self.export_button = QPushButton(self.tr("Export calendar (.ics)…"))
        self.export_button.clicked.connect(self._export)
        term_label = QLabel(self.tr("&Term:"))
        term_label.setBuddy(self.term_choice)
        for widget in (term_label, self.term_choice, self.new_term_button,
                       self.delete_term_button):
            term_row.addWidget(widget)
        term_row.addStretch(1)
        # The zone sits up here, beside the term, so the editor column fits a 720 px screen.
        self.zone = QComboBox()
        zone_label = QLabel(self.tr("Time &zone:"))
        zone_label.setBuddy(self.zone)
        term_row.addWidget(zone_label)
        term_row.addWidget(self.zone)
        self.zone.activated.connect(self._zone_chosen)
        term_row.addWidget(self.export_button)
        layout.addLayout(term_row)

        self.message = QLabel()
        self.message.setObjectName("formMessage")
        self.message.setWordWrap(True)
        mark_problem(self.message, ALERT)
        self.message.hide()
        layout.addWidget(self.message)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notice.hide()
        layout.addWidget(self.notice)

        body = QHBoxLayout()
        layout.addLayout(body, 1)
        body.addWidget(self._build_editor(), 0)
        week_box = QVBoxLayout()
        navigation = QHBoxLayout()
        self.previous_week = QPushButton(self.tr("◀ Previous week"))
        self.previous_week.clicked.connect(lambda: self._move_week(-7))
        self.next_week = QPushButton(self.tr("Next week ▶"))
        self.next_week.clicked.connect(lambda: self._move_week(7))
        self.week_title = QLabel()
        self.week_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        navigation.addWidget(self.previous_week)
        navigation.addWidget(self.week_title, 1)
        navigation.addWidget(self.next_week)
        week_box.addLayout(navigation)
        self.week_view = WeekView()
        week_box.addWidget(self.week_view, 1)
        body.addLayout(week_box, 1)
        self.refresh()

    def _build_editor(self) -> QWidget:
        editor = QWidget()
        # Room for French labels, which run ~20% longer than English.
        editor.setMaximumWidth(440)
        column = QVBoxLayout(editor)
        column.setContentsMargins(0, 0, 0, 0)

        dates = QGroupBox(self.tr("Term dates"))
        dates_row = QGridLayout(dates)
        self.term_start = DateField()
        self.term_end = DateField()
        for column_number, (text, edit) in enumerate(((self.tr("&Starts:"), self.term_start),
                                                      (self.tr("&Ends:"), self.term_end))):
            caption = QLabel(text)
            caption.setBuddy(edit)
            dates_row.addWidget(caption, 0, 2 * column_number)
            dates_row.addWidget(edit, 0, 2 * column_number + 1)
        self.save_dates_button = QPushButton(self.tr("Save dates"))
        self.save_dates_button.clicked.connect(self._save_dates)
        dates_row.addWidget(self.save_dates_button, 1, 0, 1, 4)
        column.addWidget(dates)

        hours = QGroupBox(self.tr("Weekly hours"))
        grid = QGridLayout(hours)
        self.slot_day = QComboBox()
        for weekday in WEEKDAYS:
            self.slot_day.addItem(weekday_name(weekday), weekday)
        self.slot_start = TimeField(QTime(12, 0))
        self.slot_end = TimeField(QTime(13, 0))
        self.slot_mode = QComboBox()
        for mode in ScheduleMode:
            self.slot_mode.addItem(label(mode), mode.value)
        self.slot_mode.currentIndexChanged.connect(self._mode_chosen)
        self.slot_place = QLineEdit()
        self.slot_place.setPlaceholderText(self.tr("Room, building"))
        self.add_slot_button = QPushButton(self.tr("&Add hours"))
        self.add_slot_button.clicked.connect(self.add_slot)
        self.slot_place.returnPressed.connect(self.add_slot)
        for row, (text, widget) in enumerate((
                (self.tr("Da&y:"), self.slot_day), (self.tr("&From:"), self.slot_start),
                (self.tr("T&o:"), self.slot_end), (self.tr("&Mode:"), self.slot_mode),
                (self.tr("&Place:"), self.slot_place))):
            caption = QLabel(text)
            caption.setBuddy(widget)
            grid.addWidget(caption, row, 0)
            grid.addWidget(widget, row, 1)
        grid.addWidget(self.add_slot_button, 5, 1)
        # Why Add is grey on a first visit, next to it rather than nowhere.
        self.no_term_reason = QLabel(self.tr(
            "Start with New term (above): weekly hours and dates off belong to a term."))
        self.no_term_reason.setObjectName("hint")
        self.no_term_reason.setWordWrap(True)
        grid.addWidget(self.no_term_reason, 8, 0, 1, 2)
        self.slot_list = QListWidget()
        self.slot_list.setAccessibleName(self.tr("Weekly hours"))
        self.slot_list.setWordWrap(True)
        self.slot_list.setMinimumHeight(52)
        self.slot_list.setMaximumHeight(120)
        grid.addWidget(self.slot_list, 6, 0, 1, 2)
        self.remove_slot_button = QPushButton(self.tr("Remove selected hours"))
        self.remove_slot_button.clicked.connect(self._remove_slot)
        grid.addWidget(self.remove_slot_button, 7, 1)
        column.addWidget(hours)

        days_off = QGroupBox(self.tr("Dates off (exam weeks, holidays)"))
        off = QGridLayout(days_off)
        self.day_off = DateField()
        self.day_off.setAccessibleName(self.tr("Date off"))
        self.add_day_off_button = QPushButton(self.tr("Add date off"))
        self.add_day_off_button.clicked.connect(self.add_day_off)
        self.add_week_off_button = QPushButton(self.tr("Add that week"))
        self.add_week_off_button.setToolTip(self.tr("Every day of that week, Monday to Sunday"))
        self.add_week_off_button.clicked.connect(self._add_week_off)
        off.addWidget(self.day_off, 0, 0)
        off.addWidget(self.add_day_off_button, 0, 1)
        off.addWidget(self.add_week_off_button, 0, 2)
        self.day_off_list = QListWidget()
        self.day_off_list.setAccessibleName(self.tr("Dates off"))
        self.day_off_list.setMinimumHeight(52)
        off.addWidget(self.day_off_list, 1, 0, 1, 3)
        self.remove_day_off_button = QPushButton(self.tr("Remove selected dates"))
        self.remove_day_off_button.clicked.connect(self._remove_day_off)
        off.addWidget(self.remove_day_off_button, 2, 1, 1, 2)
        column.addWidget(days_off)

        column.addStretch(1)
        self._mode_chosen()
        for changed in (self.slot_day.currentIndexChanged, self.slot_start.timeChanged,
                        self.slot_end.timeChanged, self.slot_mode.currentIndexChanged,
                        self.slot_place.textEdited, self.day_off.dateChanged):
            changed.connect(self._hide_message)
        return editor

    # -- what is shown ------------------------------------------------------------

    def refresh(self) -> None:
        chosen = self.current_term()
        self.terms = terms(self.vault)
        self._fill_term_choice(chosen.id if chosen else None)
        zone = time_zone(self.vault)
        self.zone.blockSignals(True)
        self.zone.clear()
        for name in dict.fromkeys((zone, *COMMON_TIME_ZONES)):
            self.zone.addItem(name)
        self.zone.setCurrentText(zone)
        self.zone.blockSignals(False)

    def _fill_term_choice(self, keep_id: int | None) -> None:
        self.term_choice.blockSignals(True)
        self.term_choice.clear()
        for term in self.terms:
            self.term_choice.addItem(f"{term.start.isoformat()} – {term.end.isoformat()}",
                                     term.id)
        index = next((i for i, t in enumerate(self.terms) if t.id == keep_id), -1)
        if index < 0 and self.terms:
            today = date.today()
            index = next((i for i, t in enumerate(self.terms) if t.end >= today),
                         len(self.terms) - 1)
        self.term_choice.setCurrentIndex(index)
        self.term_choice.blockSignals(False)
        self._show_term(keep_week=keep_id is not None and index >= 0
                        and self.terms[index].id == keep_id)

    def current_term(self) -> Term | None:
        index = self.term_choice.currentIndex()
        return self.terms[index] if 0 <= index < len(self.terms) else None

    def _term_chosen(self) -> None:
        self._hide_message()
        self._show_term(keep_week=False)

    def _show_term(self, keep_week: bool) -> None:
        term = self.current_term()
        has_term = term is not None
        for widget in (self.delete_term_button, self.export_button, self.save_dates_button,
                       self.add_slot_button, self.remove_slot_button, self.add_day_off_button,
                       self.add_week_off_button, self.remove_day_off_button, self.term_start,
                       self.term_end, self.day_off):
            widget.setEnabled(has_term)
        self.slot_list.clear()
        self.day_off_list.clear()
        self.no_term_reason.setVisible(not has_term)
        self._hide_message()
        for edit in (self.term_start, self.term_end, self.day_off):
            # Without a term a date field shows a dash, not Qt's "2000-01-01".
            edit.setSpecialValueText("" if has_term else "—")
            if not has_term:
                edit.setDate(edit.minimumDate())
        if term is None:
            self.week_view.show_week(None, self.week_view.monday)
            self._show_week_title()
            return
        self.term_start.setDate(to_qdate(term.start))
        self.term_end.setDate(to_qdate(term.end))
        self.day_off.setDateRange(to_qdate(term.start), to_qdate(term.end))
        for slot in term.slots:
            self.slot_list.addItem(slot_text(slot))
        for run in _runs(sorted(term.exceptions)):
            text = day_text(run[0]) if len(run) == 1 else fill(
                self.tr("%1 to %2"), day_text(run[0]), day_text(run[-1]))
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, [d.isoformat() for d in run])
            self.day_off_list.addItem(item)
        monday = self.week_view.monday
        if not keep_week or not term.start - timedelta(days=6) <= monday <= term.end:
            anchor = min(max(date.today(), term.start), term.end)
            monday = anchor - timedelta(days=anchor.weekday())
        self.week_view.show_week(term, monday)
        self._show_week_title()

    def _show_week_title(self) -> None:
        monday = self.week_view.monday
        self.week_title.setText(fill(self.tr("Week of %1"), day_text(monday)))

    def _move_week(self, days: int) -> None:
        self.week_view.show_week(self.current_term(), self.week_view.monday + timedelta(days=days))
        self._show_week_title()

    def show_week_of(self, day: date) -> None:
        """Show the week holding `day` (for other pages and tests)."""
        self.week_view.show_week(self.current_term(), day - timedelta(days=day.weekday()))
        self._show_week_title()

    def _show_message(self, text: str) -> None:
        self.notice.hide()
        self.message.setText(text)
        self.message.show()

    def _hide_message(self, *_changed: object) -> None:
        """Clear a refusal and its highlight: the person has moved on."""
        self.message.clear()
        self.message.hide()
        self.notice.hide()
        self._mark_slots(set())

    # -- changes, each saved at once ---------------------------------------------

    def _store(self, term: Term) -> bool:
        """Validate and save; on refusal say why and leave the stored term as it was."""
        try:
            saved = record_term(self.vault, term)
        except InvalidRecord as error:
            self._show_message(describe(error))
            self._mark_slots({i for p in error.problems if isinstance(p, SlotProblem)
                              for i in p.slots})
            return False
        except SbsError as error:
            show_error(self, error)
            return False
        self._hide_message()
        self.terms = terms(self.vault)
        self._fill_term_choice(saved.id)
        return True

    def _mark_slots(self, indexes: set[int]) -> None:
        # Indexes past the stored slots point at the slot that was being added.
        for row in range(self.slot_list.count()):
            item = self.slot_list.item(row)
            item.setBackground(problem_wash() if row in indexes else QBrush())

    def new_term(self) -> None:
        latest = max((t.end for t in self.terms), default=None)
        start = latest + timedelta(days=1) if latest else date.today()
        self._store(Term(start=start, end=start + timedelta(weeks=TERM_WEEKS) - timedelta(days=1)))

    def _delete_term(self) -> None:
        term = self.current_term()
        if term is None:
            return
        answer = QMessageBox.question(self, self.tr("Delete term"), fill(self.tr(
            "Delete the term %1 with its weekly hours and dates off?"),
            self.term_choice.currentText()))
        if answer == QMessageBox.StandardButton.Yes:
            remove_term(self.vault, term.id)
            self.refresh()

    def _save_dates(self) -> None:
        term = self.current_term()
        if term is not None:
            self._store(replace(term, start=from_qdate(self.term_start.date()),
                                end=from_qdate(self.term_end.date())))

    def _mode_chosen(self) -> None:
        in_person = self.slot_mode.currentData() == ScheduleMode.IN_PERSON.value
        self.slot_place.setEnabled(in_person)

    def add_slot(self) -> None:
        term = self.current_term()
        if term is None:
            return
        start, end = self.slot_start.time(), self.slot_end.time()
        mode = ScheduleMode(self.slot_mode.currentData())
        slot = ScheduleSlot(
            weekday=int(self.slot_day.currentData()),
            start=time(start.hour(), start.minute()), end=time(end.hour(), end.minute()),
            mode=mode, place=self.slot_place.text().strip() if mode is ScheduleMode.IN_PERSON
            else "")
        if self._store(replace(term, slots=(*term.slots, slot))):
            self.week_view.show_week(self.current_term(), self.week_view.monday)

    def _remove_slot(self) -> None:
        term = self.current_term()
        row = self.slot_list.currentRow()
        if term is None or row < 0:
            return
        self._store(replace(term, slots=term.slots[:row] + term.slots[row + 1:]))

    def add_day_off(self) -> None:
        term = self.current_term()
        if term is not None:
            day_off = from_qdate(self.day_off.date())
            self._store(replace(term, exceptions=term.exceptions | {day_off}))

    def _add_week_off(self) -> None:
        term = self.current_term()
        if term is None:
            return
        day = from_qdate(self.day_off.date())
        monday = day - timedelta(days=day.weekday())
        week = {monday + timedelta(days=i) for i in WEEKDAYS}
        self._store(replace(term, exceptions=term.exceptions | {
            d for d in week if term.start <= d <= term.end}))

    def _remove_day_off(self) -> None:
        term = self.current_term()
        item = self.day_off_list.currentItem()
        if term is None or item is None:
            return
        days = {date.fromisoformat(d) for d in item.data(Qt.ItemDataRole.UserRole)}
        self._store(replace(term, exceptions=term.exceptions - days))

    def _zone_chosen(self) -> None:
        set_time_zone(self.vault, self.zone.currentText())

    # -- the calendar file ---------------------------------------------------------

    def _export(self) -> None:
        path = ask_calendar_path(self)
        if path is not None:
            self.export_calendar_to(path)

    def export_calendar_to(self, path: Path) -> None:
        """Write every term's hours to `path` as an .ics file, off the UI thread."""
        self.export_task = export_calendar_file(self, self.vault, self.terms, path,
                                                self._show_exported)

    def _show_exported(self, path: Path) -> None:
        self._hide_message()
        self.notice.setText(fill(self.tr("Saved the calendar to %1. Share it with classmates; "
                                         "it holds your hours and places only."), path))
        self.notice.show()
