"""The interaction form: every field of an interaction, keyboard first."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from sbs_desktop.app.contacts import list_contacts
from sbs_desktop.app.interactions import change_interaction, last_used_format, record_interaction
from sbs_desktop.app.vaults import Vault
from sbs_desktop.core.contact import Contact
from sbs_desktop.core.errors import QT_TRANSLATE_NOOP, FieldProblem, InvalidRecord, SbsError
from sbs_desktop.core.interaction import Interaction, problems_with
from sbs_desktop.core.vocabulary import (
    YEARS_OF_STUDY,
    Concern,
    Format,
    Initiator,
    OutreachReason,
    Referral,
    Risk,
)
from sbs_desktop.ui.dates import from_qdate, from_qdatetime, to_qdate, to_qdatetime
from sbs_desktop.ui.form_fields import CheckList, CodeCombo, DateField, DateTimeField
from sbs_desktop.ui.labels import year_label
from sbs_desktop.ui.messages import confirm, describe, show_error
from sbs_desktop.ui.problem_style import ALERT, SUMMARY, mark_problem
from sbs_desktop.ui.resource_directory import SHORTCUT as RESOURCES_SHORTCUT
from sbs_desktop.ui.resource_directory import ResourceDirectoryDialog, shortcut_text

DEFAULT_DURATION = 30
ROUND_TO_MINUTES = 5
# The spin box allows values past the rule so that a wrong value gets a message
# naming the field instead of being silently clamped.
DURATION_INPUT_MAX = 1440

# The English field names FieldProblem carries (core marks them in "Fields").
WHEN = "When"
DURATION = "Duration"
OUTREACH = "Outreach reason"
PRIMARY = "Primary concern"
YEAR = "Year of study"
FOLLOW_UP = "Follow-up due"
ACTION = "Action taken"
CLASSMATE = QT_TRANSLATE_NOOP("Fields", "Classmate")


def rounded_now(now: datetime | None = None) -> datetime:
    """Now, rounded down to five minutes so the default is never in the future."""
    now = (now or datetime.now()).replace(second=0, microsecond=0)
    return now - timedelta(minutes=now.minute % ROUND_TO_MINUTES)


class InteractionForm(QDialog):
    """Records a new interaction, or changes one; `saved` carries what was stored."""

    saved = Signal(object)

    def __init__(self, vault: Vault, interaction: Interaction | None = None,
                 parent: QWidget | None = None, now: datetime | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.original = interaction
        self._now = now
        self._discarding = False
        self._contacts: list[Contact] = []
        self._resources_dialog = None
        self.setObjectName("interactionForm")
        self.setWindowTitle(self.tr("New interaction") if interaction is None
                            else self.tr("Edit interaction"))
        self._build()
        self._load_contacts()
        # Filling in a stored immediate-risk entry must not open the crisis resources.
        self._filling = True
        self._fill(interaction)
        self._filling = False
        self._initial = self.values()

    # -- building ------------------------------------------------------------------

    def _build(self) -> None:
        self.when = DateTimeField()
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("yyyy-MM-dd  HH:mm")
        self.when.setAccessibleName(self.tr("When"))
        self.duration = QSpinBox()
        self.duration.setRange(0, DURATION_INPUT_MAX)
        self.duration.setSuffix(self.tr(" min"))
        self.duration.setAccessibleName(self.tr("Duration in minutes"))
        self.format = CodeCombo(list(Format))
        self.initiated_by = CodeCombo(list(Initiator))
        self.outreach = CodeCombo(list(OutreachReason), blank=self.tr("— choose —"))
        self.classmate = QLineEdit()
        self.classmate.setPlaceholderText(self.tr("Name or initials (optional)"))
        self.classmate.setClearButtonEnabled(True)
        self.classmate.setAccessibleName(self.tr("Classmate"))
        self._names = QStringListModel(self)
        completer = QCompleter(self._names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.classmate.setCompleter(completer)
        self.new_classmate = QPushButton(self.tr("&New classmate…"))
        self.new_classmate.setAutoDefault(False)
        self.year = CodeCombo(YEARS_OF_STUDY, blank=self.tr("— not recorded —"),
                              text=year_label)
        self.concerns = CheckList(list(Concern))
        self.concerns.setAccessibleName(self.tr("Concerns"))
        self.primary = CodeCombo(list(Concern), blank=self.tr("— choose —"))
        self.risk = CodeCombo(list(Risk))
        self.referrals = CheckList(list(Referral))
        self.referrals.setAccessibleName(self.tr("Referrals"))
        self.follow_up = QCheckBox(self.tr("Follow up by"))
        self.follow_up_date = DateField()
        self.follow_up_date.setCalendarPopup(True)
        self.follow_up_date.setDisplayFormat("yyyy-MM-dd")
        self.follow_up_date.setAccessibleName(self.tr("Follow-up due date"))
        self.follow_up_done = QCheckBox(self.tr("Done"))
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setPlaceholderText(self.tr("Only on this computer; never exported."))
        self.notes.setAccessibleName(self.tr("Notes"))
        self.action_taken = QPlainTextEdit()
        self.action_taken.setTabChangesFocus(True)
        self.action_taken.setAccessibleName(self.tr("Action taken"))
        self.action_taken.setFixedHeight(64)
        self.notes.setMinimumHeight(70)

        self.error_summary = QLabel()
        self.error_summary.setObjectName("errorText")
        self.error_summary.setWordWrap(True)
        mark_problem(self.error_summary, SUMMARY)
        self.error_summary.hide()
        self.field_errors: dict[str, QLabel] = {}
        self.field_widgets: dict[str, QWidget] = {
            WHEN: self.when, DURATION: self.duration, OUTREACH: self.outreach,
            PRIMARY: self.primary, YEAR: self.year, FOLLOW_UP: self.follow_up_date,
            ACTION: self.action_taken, CLASSMATE: self.classmate,
        }

        classmate_row = QHBoxLayout()
        classmate_row.addWidget(self.classmate, 1)
        classmate_row.addWidget(self.new_classmate)
        follow_row = QHBoxLayout()
        follow_row.addWidget(self.follow_up)
        follow_row.addWidget(self.follow_up_date)
        follow_row.addWidget(self.follow_up_done)
        follow_row.addStretch(1)

        left = QFormLayout()
        left.setHorizontalSpacing(14)
        left.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._row(left, self.tr("&When"), self.when, WHEN)
        self._row(left, self.tr("D&uration"), self.duration, DURATION)
        self._row(left, self.tr("&Format"), self.format)
        self._row(left, self.tr("&Initiated by"), self.initiated_by)
        self._row(left, self.tr("&Outreach reason"), self.outreach, OUTREACH)
        self._row(left, self.tr("&Classmate"), classmate_row, CLASSMATE, buddy=self.classmate)
        self._row(left, self.tr("&Year of study"), self.year, YEAR)
        self._row(left, self.tr("&Risk"), self.risk)
        self._row(left, self.tr("Follow-&up"), follow_row, FOLLOW_UP, buddy=self.follow_up)

        right = QFormLayout()
        right.setHorizontalSpacing(14)
        right.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._row(right, self.tr("Con&cerns"), self.concerns)
        self._row(right, self.tr("&Primary concern"), self.primary, PRIMARY)
        self._row(right, self.tr("Re&ferrals"), self.referrals)

        self.action_label = QLabel(self.tr("&Action taken"))
        self.action_label.setBuddy(self.action_taken)
        bottom = QFormLayout()
        bottom.setHorizontalSpacing(14)
        bottom.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._row(bottom, self.tr("&Notes"), self.notes)
        self._row(bottom, self.action_label, self.action_taken, ACTION)

        columns = QGridLayout()
        columns.setHorizontalSpacing(28)
        columns.addLayout(left, 0, 0)
        columns.addLayout(right, 0, 1)
        columns.setColumnStretch(0, 1)
        columns.setColumnStretch(1, 1)

        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(self.tr("Save  (Ctrl+S)"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = buttons.addButton(self.tr("Cancel  (Esc)"),
                                               QDialogButtonBox.ButtonRole.RejectRole)
        self.resources_button = buttons.addButton(
            self.tr("Resources  (%1)").replace("%1", shortcut_text()),
            QDialogButtonBox.ButtonRole.HelpRole)
        self.resources_button.clicked.connect(self.show_resources)
        for button in (self.save_button, self.cancel_button, self.resources_button):
            button.setAutoDefault(False)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.error_summary)
        layout.addLayout(columns)
        layout.addLayout(bottom)
        layout.addWidget(buttons)

        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self.save)
        QShortcut(RESOURCES_SHORTCUT, self, activated=self.show_resources)

        for first, second in zip(
            [self.when, self.duration, self.format, self.initiated_by, self.outreach,
             self.classmate, self.new_classmate, self.year, self.risk, self.follow_up,
             self.follow_up_date, self.follow_up_done, self.concerns, self.primary,
             self.referrals, self.notes, self.action_taken, self.save_button],
            [self.duration, self.format, self.initiated_by, self.outreach, self.classmate,
             self.new_classmate, self.year, self.risk, self.follow_up, self.follow_up_date,
             self.follow_up_done, self.concerns, self.primary, self.referrals, self.notes,
             self.action_taken, self.save_button, self.cancel_button], strict=True):
            QWidget.setTabOrder(first, second)

        self.initiated_by.currentIndexChanged.connect(self._initiator_changed)
        self.follow_up.toggled.connect(self._follow_up_toggled)
        self.concerns.changed.connect(self._concerns_changed)
        self.primary.currentIndexChanged.connect(self._primary_changed)
        self.risk.currentIndexChanged.connect(self._risk_changed)
        # Every keystroke, so the year fills in as soon as the name is a classmate's.
        self.classmate.textChanged.connect(lambda _text: self._classmate_chosen())
        completer.activated.connect(lambda _text: self._classmate_chosen())
        self.new_classmate.clicked.connect(self.add_classmate)
        # An explicit minimum overrides the layout's, so take the larger: the check
        # lists need more room in French, whose labels run ~20% longer.
        self.setMinimumWidth(max(980, self.minimumSizeHint().width()))

    def _row(self, form: QFormLayout, text, field, name: str = "",
             buddy: QWidget | None = None) -> None:
        holder = QWidget()
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        if isinstance(field, QWidget):
            box.addWidget(field)
        else:
            box.addLayout(field)
        if name:
            error = QLabel()
            error.setObjectName("fieldError")
            error.setWordWrap(True)
            mark_problem(error)
            error.hide()
            box.addWidget(error)
            self.field_errors[name] = error
        caption = text if isinstance(text, QLabel) else QLabel(text)
        caption.setBuddy(buddy or (field if isinstance(field, QWidget) else None))
        form.addRow(caption, holder)

    # -- filling -------------------------------------------------------------------

    def _load_contacts(self) -> None:
        self._contacts = list_contacts(self.vault)
        self._names.setStringList([c.name for c in self._contacts])

    def _fill(self, interaction: Interaction | None) -> None:
        if interaction is None:
            now = rounded_now(self._now)
            self.when.setDateTime(to_qdatetime(now))
            self.duration.setValue(DEFAULT_DURATION)
            self.format.select(last_used_format(self.vault) or Format.IN_PERSON)
            self.initiated_by.select(Initiator.STUDENT)
            self.risk.select(Risk.NONE)
            self.follow_up_date.setDate(to_qdatetime(now + timedelta(days=7)).date())
        else:
            self.when.setDateTime(to_qdatetime(interaction.occurred_at))
            self.duration.setValue(interaction.duration_minutes)
            self.format.select(interaction.format)
            self.initiated_by.select(interaction.initiated_by)
            self.outreach.select(interaction.outreach_reason)
            self.concerns.set_checked(interaction.concerns)
            self.primary.select(interaction.primary_concern)
            self.risk.select(interaction.risk)
            self.referrals.set_checked(interaction.referrals)
            due = interaction.follow_up_due
            self.follow_up.setChecked(due is not None)
            self.follow_up_date.setDate(
                to_qdate(due) if due
                else to_qdatetime(interaction.occurred_at + timedelta(days=7)).date())
            self.follow_up_done.setChecked(interaction.follow_up_done)
            contact = next((c for c in self._contacts if c.id == interaction.contact_id), None)
            self.classmate.setText(contact.name if contact else "")
            self._chosen_contact = contact
            self.year.select(interaction.year_of_study)
            self.notes.setPlainText(interaction.notes)
            self.action_taken.setPlainText(interaction.action_taken)
        self._initiator_changed()
        self._follow_up_toggled(self.follow_up.isChecked())
        self._show_action_required()
        self.when.setFocus()

    _chosen_contact: Contact | None = None

    def values(self) -> tuple:
        """Everything the form holds, to tell whether anything changed."""
        return (
            self.when.dateTime().toString(Qt.DateFormat.ISODate), self.duration.value(),
            self.format.currentIndex(), self.initiated_by.currentIndex(),
            self.outreach.currentIndex(), self.classmate.text(), self.year.currentIndex(),
            tuple(self.concerns.checked()), self.primary.currentIndex(),
            self.risk.currentIndex(), tuple(self.referrals.checked()),
            self.follow_up.isChecked(), self.follow_up_date.date().toString(),
            self.follow_up_done.isChecked(), self.notes.toPlainText(),
            self.action_taken.toPlainText(),
        )

    @property
    def is_dirty(self) -> bool:
        return self.values() != self._initial

    # -- reacting ------------------------------------------------------------------

    def _initiator_changed(self) -> None:
        by_supporter = self.initiated_by.code() is Initiator.SUPPORTER
        self.outreach.setEnabled(by_supporter)
        if not by_supporter:
            self.outreach.select(None)

    def _follow_up_toggled(self, on: bool) -> None:
        self.follow_up_date.setEnabled(on)
        self.follow_up_done.setEnabled(on)
        if not on:
            self.follow_up_done.setChecked(False)

    def _concerns_changed(self) -> None:
        # The first concern ticked becomes the primary one: one keystroke fewer.
        checked = self.concerns.checked()
        if self.primary.code() is None and checked:
            self.primary.select(checked[0])

    def _primary_changed(self) -> None:
        primary = self.primary.code()
        if primary is not None and primary not in self.concerns.checked():
            self.concerns.check(primary)

    def _risk_changed(self) -> None:
        self._show_action_required()
        if self.risk.code() is Risk.IMMEDIATE and not self._filling:
            self.show_crisis_resources()

    def _show_action_required(self) -> None:
        required = self.risk.code() is Risk.IMMEDIATE
        self.action_label.setText(self.tr("&Action taken *") if required
                                  else self.tr("&Action taken"))
        mark_problem(self.action_label, ALERT if required else "")
        self.action_taken.setPlaceholderText(
            self.tr("Required for immediate risk: what did you do? (e.g. called 9-8-8 "
                    "together, walked them to emergency)") if required else "")

    def show_resources(self) -> ResourceDirectoryDialog:
        """The resource directory over the form (F1), to look up a referral."""
        dialog = ResourceDirectoryDialog(self.vault, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_crisis_resources(self) -> None:
        """Open the resource directory, crisis contacts first, asking what was done."""
        dialog = ResourceDirectoryDialog(self.vault, self, ask_action=True,
                                         action=self.action_taken.toPlainText())
        dialog.finished.connect(lambda _result: self._action_from(dialog))
        self._resources_dialog = dialog
        dialog.open()

    def _action_from(self, dialog) -> None:
        if dialog.action_text.strip():
            self.action_taken.setPlainText(dialog.action_text)
        self.action_taken.setFocus()

    def _classmate_chosen(self) -> None:
        contact = self._contact_named(self.classmate.text())
        if contact is not None and contact != self._chosen_contact:
            self._chosen_contact = contact
            if contact.year_of_study is not None:
                self.year.select(contact.year_of_study)

    def _contact_named(self, name: str) -> Contact | None:
        wanted = " ".join(name.split()).casefold()
        if not wanted:
            return None
        if self._chosen_contact is not None and self._chosen_contact.name.casefold() == wanted:
            return self._chosen_contact
        return next((c for c in self._contacts if c.name.casefold() == wanted), None)

    def add_classmate(self) -> QDialog:
        """Add a contact without leaving the form; it becomes this interaction's classmate."""
        from sbs_desktop.ui.contacts_page import ContactDialog

        dialog = ContactDialog(self.vault, Contact(name=self.classmate.text().strip()), self)
        dialog.saved.connect(self._classmate_added)
        dialog.open()
        return dialog

    def _classmate_added(self, contact: Contact) -> None:
        self._load_contacts()
        self.classmate.setText(contact.name)
        self._chosen_contact = None
        self._classmate_chosen()
        self.year.setFocus()

    # -- saving --------------------------------------------------------------------

    def interaction(self) -> tuple[Interaction | None, list[FieldProblem]]:
        """The interaction the form describes, and what is wrong with it."""
        problems: list[FieldProblem] = []
        contact = self._contact_named(self.classmate.text())
        if self.classmate.text().strip() and contact is None:
            problems.append(FieldProblem(CLASSMATE, QT_TRANSLATE_NOOP(
                "Errors", "no classmate has this name; pick one from the list or add them "
                          "with New classmate…")))
        primary = self.primary.code()
        if primary is None:
            problems.append(FieldProblem(PRIMARY, QT_TRANSLATE_NOOP(
                "Errors", "choose the main concern")))
        initiated_by = self.initiated_by.code()
        interaction = Interaction(
            occurred_at=from_qdatetime(self.when.dateTime()),
            duration_minutes=self.duration.value(),
            format=self.format.code(),
            initiated_by=initiated_by,
            outreach_reason=self.outreach.code()
            if initiated_by is Initiator.SUPPORTER else None,
            primary_concern=primary or Concern.OTHER,
            concerns=frozenset(self.concerns.checked()),
            risk=self.risk.code(),
            referrals=frozenset(self.referrals.checked()),
            follow_up_due=from_qdate(self.follow_up_date.date())
            if self.follow_up.isChecked() else None,
            follow_up_done=self.follow_up.isChecked() and self.follow_up_done.isChecked(),
            contact_id=contact.id if contact else None,
            year_of_study=self.year.code(),
            notes=self.notes.toPlainText().strip(),
            action_taken=self.action_taken.toPlainText().strip(),
            id=self.original.id if self.original else None,
        )
        core_problems = problems_with(interaction, self._now or datetime.now())
        if primary is None:
            core_problems = [p for p in core_problems if p.field != PRIMARY]
        return interaction, problems + core_problems

    def save(self) -> bool:
        """Validate and store; on a problem show it beside its field and focus that field."""
        interaction, problems = self.interaction()
        if problems:
            self.show_problems(problems)
            return False
        try:
            if self.original is None:
                stored = record_interaction(self.vault, interaction, self._now)
            else:
                stored = change_interaction(self.vault, interaction, self._now)
        except InvalidRecord as error:
            self.show_problems(error.problems)
            return False
        except SbsError as error:
            show_error(self, error, self.windowTitle())
            return False
        self._initial = self.values()
        self.saved.emit(stored)
        self.accept()
        return True

    def show_problems(self, problems: list[FieldProblem]) -> None:
        for error in self.field_errors.values():
            error.hide()
        lines = []
        for problem in problems:
            lines.append(describe(problem))
            error = self.field_errors.get(problem.field)
            if error is not None:
                error.setText(describe(problem).split(": ", 1)[-1])
                error.show()
        self.error_summary.setText(
            self.tr("Please correct before saving:") + "\n• " + "\n• ".join(lines))
        self.error_summary.show()
        widget = self.field_widgets.get(problems[0].field)
        if widget is not None:
            widget.setFocus()

    @property
    def problem_text(self) -> str:
        return self.error_summary.text() if self.error_summary.isVisible() else ""

    # -- leaving -------------------------------------------------------------------

    def discard(self) -> None:
        """Close without asking (the window already asked)."""
        self._discarding = True
        super().reject()

    def reject(self) -> None:
        if not self._discarding and self.is_dirty and not confirm(
                self, self.tr("Discard changes?"),
                self.tr("This interaction has changes that are not saved. Discard them?"),
                QMessageBox.StandardButton.Discard):
            return
        self._discarding = True
        super().reject()


def open_interaction_form(vault: Vault, parent: QWidget,
                          interaction: Interaction | None = None) -> InteractionForm:
    """Show the form over `parent` (window-modal, without blocking) and return it."""
    form = InteractionForm(vault, interaction, parent)
    form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    form.open()
    return form
