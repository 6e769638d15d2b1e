"""The interaction form: every field of an interaction, keyboard first."""

from __future__ import annotations

from datetime import datetime, timedelta
from itertools import pairwise

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from sbs_desktop.app.interactions import change_interaction, last_used_format, record_interaction
from sbs_desktop.app.vaults import Vault
from sbs_desktop.core.contact import Contact
from sbs_desktop.core.errors import QT_TRANSLATE_NOOP, FieldProblem, InvalidRecord, SbsError
from sbs_desktop.core.interaction import Interaction, problems_with
from sbs_desktop.core.interaction import InteractionField as Field
from sbs_desktop.core.vocabulary import (
    YEARS_OF_STUDY,
    Concern,
    Format,
    Initiator,
    OutreachReason,
    Referral,
    Risk,
)
from sbs_desktop.ui.classmate_field import ClassmateField
from sbs_desktop.ui.dates import from_qdate, from_qdatetime, to_qdate, to_qdatetime
from sbs_desktop.ui.form_fields import CheckList, CodeCombo, DateField, DateTimeField
from sbs_desktop.ui.form_problems import FormProblems
from sbs_desktop.ui.labels import year_label
from sbs_desktop.ui.messages import announce, confirm, show_error
from sbs_desktop.ui.placeholders import fill
from sbs_desktop.ui.problem_style import ALERT, mark_problem
from sbs_desktop.ui.resource_directory import SHORTCUT as RESOURCES_SHORTCUT
from sbs_desktop.ui.resource_directory import ResourceDirectoryDialog, shortcut_text

DEFAULT_DURATION = 30
ROUND_TO_MINUTES = 5
# The spin box allows values past the rule so that a wrong value gets a message
# naming the field instead of being silently clamped.
DURATION_INPUT_MAX = 1440


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
        self._resources_dialog = None
        self.setObjectName("interactionForm")
        self.setWindowTitle(self.tr("New interaction") if interaction is None
                            else self.tr("Edit interaction"))
        self._build()
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
        self.classmate_field = ClassmateField(self.vault)
        self.classmate = self.classmate_field.name
        self.new_classmate = self.classmate_field.new_button
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

        self.problems = FormProblems(self.tr("Please correct before saving:"))
        row = self.problems.add_row

        follow_row = QHBoxLayout()
        follow_row.addWidget(self.follow_up)
        follow_row.addWidget(self.follow_up_date)
        follow_row.addWidget(self.follow_up_done)
        follow_row.addStretch(1)

        left = QFormLayout()
        left.setHorizontalSpacing(14)
        left.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        row(left, self.tr("&When"), self.when, Field.OCCURRED_AT)
        row(left, self.tr("D&uration"), self.duration, Field.DURATION_MINUTES)
        row(left, self.tr("&Format"), self.format)
        row(left, self.tr("&Initiated by"), self.initiated_by)
        row(left, self.tr("&Outreach reason"), self.outreach, Field.OUTREACH_REASON)
        row(left, self.tr("Cla&ssmate"), self.classmate_field, Field.CONTACT_ID,
            buddy=self.classmate)
        row(left, self.tr("&Year of study"), self.year, Field.YEAR_OF_STUDY)
        row(left, self.tr("&Risk"), self.risk)
        row(left, self.tr("Fo&llow-up"), follow_row, Field.FOLLOW_UP_DUE, buddy=self.follow_up,
            focus=self.follow_up_date)

        right = QFormLayout()
        right.setHorizontalSpacing(14)
        right.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        row(right, self.tr("Con&cerns"), self.concerns)
        row(right, self.tr("&Primary concern"), self.primary, Field.PRIMARY_CONCERN)
        row(right, self.tr("R&eferrals"), self.referrals)

        self.action_label = QLabel(self.tr("&Action taken"))
        self.action_label.setBuddy(self.action_taken)
        bottom = QFormLayout()
        bottom.setHorizontalSpacing(14)
        bottom.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        row(bottom, self.tr("&Notes"), self.notes)
        row(bottom, self.action_label, self.action_taken, Field.ACTION_TAKEN)

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
            fill(self.tr("Resources  (%1)"), shortcut_text()),
            QDialogButtonBox.ButtonRole.HelpRole)
        self.resources_button.clicked.connect(self.show_resources)
        for button in (self.save_button, self.cancel_button, self.resources_button):
            button.setAutoDefault(False)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.problems.summary)
        layout.addLayout(columns)
        layout.addLayout(bottom)
        layout.addWidget(buttons)

        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self.save)
        QShortcut(RESOURCES_SHORTCUT, self, activated=self.show_resources)

        # Reading order, left column then right; New classmate is left out of it (Alt+M
        # reaches it) and Alt+N jumps to Notes from anywhere in the form.
        self.new_classmate.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        chain = [self.when, self.duration, self.format, self.initiated_by, self.outreach,
                 self.classmate, self.year, self.risk, self.follow_up, self.follow_up_date,
                 self.follow_up_done, self.concerns, self.primary, self.referrals, self.notes,
                 self.action_taken, self.save_button, self.cancel_button]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

        self.initiated_by.currentIndexChanged.connect(self._initiator_changed)
        self.follow_up.toggled.connect(self._follow_up_toggled)
        self.concerns.changed.connect(self._concerns_changed)
        self.primary.currentIndexChanged.connect(self._primary_changed)
        self.risk.currentIndexChanged.connect(self._risk_changed)
        self.classmate_field.chosen.connect(self._classmate_chosen)
        self.classmate_field.added.connect(lambda _contact: self.year.setFocus())
        # A problem shown goes away as soon as its field is put right, not at the next save.
        self.problems.follow(
            (self.when.dateTimeChanged, self.duration.valueChanged, self.follow_up.toggled,
             self.outreach.currentIndexChanged, self.classmate.textChanged,
             self.year.currentIndexChanged, self.concerns.changed, self.risk.currentIndexChanged,
             self.primary.currentIndexChanged, self.follow_up_date.dateChanged,
             self.initiated_by.currentIndexChanged, self.action_taken.textChanged),
            lambda: [] if getattr(self, "_filling", True) else self.interaction()[1])
        # An explicit minimum overrides the layout's, so take the larger: the check
        # lists need more room in French, whose labels run ~20% longer.
        self.setMinimumWidth(max(980, self.minimumSizeHint().width()))

    # -- filling -------------------------------------------------------------------

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
            self.classmate_field.show_contact(interaction.contact_id)
            self.year.select(interaction.year_of_study)
            self.notes.setPlainText(interaction.notes)
            self.action_taken.setPlainText(interaction.action_taken)
        self._initiator_changed()
        self._follow_up_toggled(self.follow_up.isChecked())
        self._show_action_required()
        self.when.setFocus()

    def put_back(self, fill) -> None:
        """Fill the fields through `fill()` from a kept draft: as when filling in a stored
        entry, an immediate risk does not open the crisis resources again."""
        self._filling = True
        try:
            fill()
        finally:
            self._filling = False

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

    def _classmate_chosen(self, contact: Contact) -> None:
        if contact.year_of_study is not None:
            self.year.select(contact.year_of_study)

    def add_classmate(self) -> QDialog:
        """Add a contact without leaving the form; it becomes this interaction's classmate."""
        return self.classmate_field.add_classmate()

    # -- saving --------------------------------------------------------------------

    def interaction(self) -> tuple[Interaction | None, list[FieldProblem]]:
        """The interaction the form describes, and what is wrong with it."""
        unknown = self.classmate_field.problem()
        problems: list[FieldProblem] = [unknown] if unknown else []
        contact = self.classmate_field.contact()
        primary = self.primary.code()
        if primary is None:
            problems.append(FieldProblem(Field.PRIMARY_CONCERN, QT_TRANSLATE_NOOP(
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
            core_problems = [p for p in core_problems if p.field != Field.PRIMARY_CONCERN]
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
        self.problems.show(problems)

    @property
    def problem_text(self) -> str:
        return self.problems.text

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
    form.saved.connect(lambda stored: announce(parent, fill(
        QCoreApplication.translate("InteractionForm", "Saved the interaction of %1."),
        QLocale().toString(to_qdatetime(stored.occurred_at), QLocale.FormatType.ShortFormat))))
    form.open()
    return form
