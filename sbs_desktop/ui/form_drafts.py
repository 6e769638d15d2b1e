"""Half-filled forms as drafts: what each open form holds, and putting it back as it was.

A draft is the forms' fields by name, as JSON-ready values (codes, ISO dates, text),
written into the vault when the program locks (app/drafts.py) and never anywhere else.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, QDateTime, Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from sbs_desktop.app.contacts import list_contacts
from sbs_desktop.app.drafts import interaction_being_changed
from sbs_desktop.app.vaults import Vault
from sbs_desktop.ui.form_fields import CheckList, CodeCombo

INTERACTION = "interaction"
CONTACT = "contact"
SURVEY = "survey"
# In the order they are put back: a field that fills in others (the initiator clears
# the outreach reason, the concerns choose a primary one, the classmate their year)
# comes before the fields it fills, so the draft's own values win.
INTERACTION_FIELDS = (
    "when", "duration", "format", "initiated_by", "outreach", "classmate", "year",
    "concerns", "primary", "risk", "referrals", "follow_up", "follow_up_date",
    "follow_up_done", "notes", "action_taken",
)
CONTACT_FIELDS = ("name", "year", "reach")
FOCUS = "_focus"  # the field that had the keyboard focus
CHANGING = "_changing"  # the id of the stored record the form was changing, if any


def _read(widget: QWidget) -> Any:
    if isinstance(widget, CheckList):
        return [_code(code) for code in widget.checked()]
    if isinstance(widget, CodeCombo):
        return _code(widget.code())
    if isinstance(widget, QComboBox):
        return widget.currentData()
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    if isinstance(widget, QSpinBox):
        return widget.value()
    if isinstance(widget, QDateEdit):
        return widget.date().toString(Qt.DateFormat.ISODate)
    if isinstance(widget, QDateTimeEdit):
        return widget.dateTime().toString(Qt.DateFormat.ISODate)
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QLineEdit):
        return widget.text()
    raise TypeError(f"no draft for a {type(widget).__name__}")


def _code(code: Any) -> Any:
    # Codes are StrEnums or years (ints); JSON keeps their plain values.
    return code if code is None or isinstance(code, int) else str(code)


def _write(widget: QWidget, value: Any) -> None:
    if isinstance(widget, CheckList):
        widget.set_checked([c for c in widget.codes if _code(c) in value])
    elif isinstance(widget, CodeCombo):
        for index, code in enumerate(widget.codes):
            if _code(code) == value:
                widget.setCurrentIndex(index)
    elif isinstance(widget, QComboBox):
        widget.setCurrentIndex(max(0, widget.findData(value)))
    elif isinstance(widget, QCheckBox):
        widget.setChecked(bool(value))
    elif isinstance(widget, QSpinBox):
        widget.setValue(int(value))
    elif isinstance(widget, QDateEdit):
        widget.setDate(QDate.fromString(value, Qt.DateFormat.ISODate))
    elif isinstance(widget, QDateTimeEdit):
        widget.setDateTime(QDateTime.fromString(value, Qt.DateFormat.ISODate))
    elif isinstance(widget, QPlainTextEdit):
        widget.setPlainText(value)
    elif isinstance(widget, QLineEdit):
        widget.setText(value)


def _fields(form: QWidget, names: tuple[str, ...]) -> dict[str, Any]:
    fields = {name: _read(getattr(form, name)) for name in names}
    focused = QApplication.focusWidget()
    fields[FOCUS] = next((name for name in names
                          if focused is not None and (getattr(form, name) is focused
                                                      or getattr(form, name).isAncestorOf(
                                                          focused))), None)
    return fields


def _put_back(form: QWidget, names: tuple[str, ...], fields: dict[str, Any]) -> None:
    for name in names:
        if name in fields:
            _write(getattr(form, name), fields[name])
    if fields.get(FOCUS) in names:
        getattr(form, fields[FOCUS]).setFocus()


# -- what the open forms hold ----------------------------------------------------------


def open_form_drafts(window: QWidget) -> list[tuple[str, dict[str, Any]]]:
    """(kind, fields) for every form open over `window` that holds something unsaved.

    The contact dialog comes after the interaction form it was opened from, so that
    putting them back in order opens it over that form again.
    """
    from sbs_desktop.ui.contacts_page import ContactDialog
    from sbs_desktop.ui.interaction_form import InteractionForm
    from sbs_desktop.ui.survey_page import SurveyPage

    drafts: list[tuple[str, dict[str, Any]]] = []
    forms = [f for f in window.findChildren(InteractionForm) if f.isVisible()]
    for form in forms:
        if form.is_dirty:
            fields = _fields(form, INTERACTION_FIELDS)
            fields[CHANGING] = form.original.id if form.original else None
            drafts.append((INTERACTION, fields))
    for dialog in window.findChildren(ContactDialog):
        if not dialog.isVisible():
            continue
        fields = _fields(dialog, CONTACT_FIELDS)
        fields[CHANGING] = dialog.contact.id
        opener = dialog.parentWidget()
        # Opened from an interaction form (New classmate…): it comes back over that form.
        fields["_over_form"] = opener in forms and opener.is_dirty
        drafts.append((CONTACT, fields))
    for page in window.findChildren(SurveyPage):
        if page.form is not None and page.form.answers():
            drafts.append((SURVEY, {
                "language": page.language.currentData(),
                "answered_on": page.answered_on.date().toString(Qt.DateFormat.ISODate),
                "answers": [list(pair) for pair in page.form.answers()],
            }))
    return drafts


# -- putting them back -------------------------------------------------------------------


def put_back_drafts(window: Any, vault: Vault, drafts: list) -> list[QWidget]:
    """Open each draft's form over the main window, filled as it was; the forms opened."""
    opened: list[QWidget | None] = []
    last_form = None
    for draft in drafts:
        if draft.kind == INTERACTION:
            last_form = _interaction_back(window, vault, draft.fields)
            opened.append(last_form)
        elif draft.kind == CONTACT:
            over = last_form if draft.fields.get("_over_form") else None
            opened.append(_contact_back(window, vault, draft.fields, over))
        elif draft.kind == SURVEY:
            opened.append(_survey_back(window, draft.fields))
    return [widget for widget in opened if widget is not None]


def _interaction_back(window: Any, vault: Vault, fields: dict[str, Any]):
    from sbs_desktop.ui.interaction_form import open_interaction_form
    from sbs_desktop.ui.interactions_page import InteractionsPage

    if not window.has_page(InteractionsPage):
        return None
    original = None
    if fields.get(CHANGING) is not None:
        original = interaction_being_changed(vault, fields[CHANGING])
    form = open_interaction_form(vault, window, original)
    form.put_back(lambda: _put_back(form, INTERACTION_FIELDS, fields))
    return form


def _contact_back(window: Any, vault: Vault, fields: dict[str, Any], form):
    from sbs_desktop.ui.contacts_page import ContactsPage

    if form is not None:
        dialog = form.add_classmate()
    elif fields.get(CHANGING) is not None and window.has_page(ContactsPage):
        page = window.show_page_of(ContactsPage)
        if not any(c.id == fields[CHANGING] for c in list_contacts(vault)):
            return None
        page.select(fields[CHANGING])
        dialog = page.edit_selected()
    elif window.has_page(ContactsPage):
        dialog = window.show_page_of(ContactsPage).add_contact()
    else:
        return None
    _put_back(dialog, CONTACT_FIELDS, fields)
    return dialog


def _survey_back(window: Any, fields: dict[str, Any]):
    from sbs_desktop.ui.survey_page import SurveyPage

    if not window.has_page(SurveyPage):
        return None
    page = window.show_page_of(SurveyPage)
    page.language.setCurrentIndex(max(0, page.language.findData(fields["language"])))
    page.answered_on.setDate(QDate.fromString(fields["answered_on"], Qt.DateFormat.ISODate))
    page.form.set_answers([tuple(pair) for pair in fields["answers"]])
    return page
