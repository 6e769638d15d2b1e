"""A classmate as the supporter knows them; never leaves the vault."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from sbs_desktop.core.errors import QT_TRANSLATE_NOOP, FieldProblem, InvalidRecord
from sbs_desktop.core.vocabulary import YEARS_OF_STUDY

MAX_NAME_LENGTH = 120


@dataclass(frozen=True)
class Contact:
    name: str
    year_of_study: int | None = None
    reach: str = ""
    id: int | None = None


class ContactField(StrEnum):
    """The fields a problem with a contact can name."""

    NAME = "name"
    YEAR_OF_STUDY = "year_of_study"


def validate_contact(contact: Contact) -> Contact:
    """Return a tidied contact, or raise InvalidRecord naming each bad field."""
    name = " ".join(contact.name.split())
    problems = []
    if not name:
        problems.append(FieldProblem(ContactField.NAME,
                                     QT_TRANSLATE_NOOP("Errors", "cannot be empty")))
    elif len(name) > MAX_NAME_LENGTH:
        problems.append(FieldProblem(ContactField.NAME,
                                     QT_TRANSLATE_NOOP("Errors", "is longer than 120 characters")))
    if contact.year_of_study is not None and contact.year_of_study not in YEARS_OF_STUDY:
        problems.append(FieldProblem(ContactField.YEAR_OF_STUDY,
                                     QT_TRANSLATE_NOOP("Errors", "must be 1, 2, 3 or 4")))
    if problems:
        raise InvalidRecord(problems)
    return Contact(name=name, year_of_study=contact.year_of_study,
                   reach=contact.reach.strip(), id=contact.id)
