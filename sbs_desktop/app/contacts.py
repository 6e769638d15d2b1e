"""Classmates: the people a supporter talks with, listed, added, changed and removed."""

from __future__ import annotations

from sbs_desktop.core.contact import Contact, validate_contact
from sbs_desktop.store import contacts as contact_store
from sbs_desktop.store.contacts import list_contacts as list_contacts
from sbs_desktop.store.vault import Vault


def add_classmate(vault: Vault, contact: Contact) -> Contact:
    """Validate and store a contact."""
    return contact_store.add_contact(vault, validate_contact(contact))


def change_classmate(vault: Vault, contact: Contact) -> Contact:
    contact = validate_contact(contact)
    contact_store.update_contact(vault, contact)
    return contact


def remove_classmate(vault: Vault, contact_id: int) -> None:
    """Delete a contact; their interactions stay in the log, linked to no one."""
    contact_store.delete_contact(vault, contact_id)
