"""Storing and finding the supporter's contacts (classmates)."""

from __future__ import annotations

from dataclasses import replace

from sbs_desktop.core.contact import Contact, ContactField
from sbs_desktop.core.errors import QT_TRANSLATE_NOOP, FieldProblem, InvalidRecord
from sbs_desktop.core.vocabulary import YEARS_OF_STUDY
from sbs_desktop.store.vault import Vault


def _checked(contact: Contact) -> Contact:
    # The contact's one code, checked whoever calls: a year outside the vocabulary would
    # be exported with its interactions and refused by the coordinator.
    if contact.year_of_study is not None and (type(contact.year_of_study) is not int
                                              or contact.year_of_study not in YEARS_OF_STUDY):
        raise InvalidRecord([FieldProblem(ContactField.YEAR_OF_STUDY,
                                          QT_TRANSLATE_NOOP("Errors", "must be 1, 2, 3 or 4"))])
    return contact


def add_contact(vault: Vault, contact: Contact) -> Contact:
    _checked(contact)
    with vault.transaction() as sql:
        cursor = sql.execute(
            "INSERT INTO contacts (name, year_of_study, reach) VALUES (?, ?, ?)",
            (contact.name, contact.year_of_study, contact.reach),
        )
    return replace(contact, id=cursor.lastrowid)


def add_contacts(vault: Vault, contacts: list[Contact]) -> list[Contact]:
    with vault.transaction():
        return [add_contact(vault, c) for c in contacts]


def update_contact(vault: Vault, contact: Contact) -> None:
    _checked(contact)
    with vault.transaction() as sql:
        sql.execute(
            "UPDATE contacts SET name = ?, year_of_study = ?, reach = ? WHERE id = ?",
            (contact.name, contact.year_of_study, contact.reach, contact.id),
        )


def delete_contact(vault: Vault, contact_id: int) -> None:
    """Delete a contact; their interactions stay, no longer linked to anyone."""
    with vault.transaction() as sql:
        sql.execute("DELETE FROM contacts WHERE id = ?", (contact_id,))


def get_contact(vault: Vault, contact_id: int) -> Contact | None:
    row = vault.query_one("SELECT id, name, year_of_study, reach FROM contacts WHERE id = ?",
                          (contact_id,))
    return None if row is None else _contact(row)


def _contact(row: tuple) -> Contact:
    return Contact(id=row[0], name=row[1], year_of_study=row[2], reach=row[3])


def list_contacts(vault: Vault, starting_with: str = "") -> list[Contact]:
    """Contacts by name; with `starting_with`, those whose name contains it. Contacts
    whose details retention cleared (no name) are not listed."""
    pattern = "%" + starting_with.replace("\\", "\\\\").replace("%", "\\%").replace(
        "_", "\\_") + "%"
    rows = vault.query(
        "SELECT id, name, year_of_study, reach FROM contacts "
        "WHERE name != '' AND name LIKE ? ESCAPE '\\' ORDER BY name COLLATE NOCASE",
        (pattern,),
    )
    return [_contact(r) for r in rows]
