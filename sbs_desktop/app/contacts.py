"""Classmates: the people a supporter talks with, listed, added, changed and removed."""

from __future__ import annotations

from sbs_desktop.app.audit import record_change, record_event
from sbs_desktop.core.audit import EventKind
from sbs_desktop.core.contact import Contact, validate_contact
from sbs_desktop.store import contacts as contact_store
from sbs_desktop.store.contacts import list_contacts as list_contacts
from sbs_desktop.store.vault import Vault


def add_classmate(vault: Vault, contact: Contact) -> Contact:
    """Validate and store a contact."""
    contact = validate_contact(contact)
    with vault.transaction():
        stored = contact_store.add_contact(vault, contact)
        record_event(vault, EventKind.CONTACT_ADDED, stored.id)
    return stored


def change_classmate(vault: Vault, contact: Contact) -> Contact:
    contact = validate_contact(contact)
    with vault.transaction():
        before = contact_store.get_contact(vault, contact.id)
        contact_store.update_contact(vault, contact)
        record_change(vault, EventKind.CONTACT_CHANGED, before, contact)
    return contact


def remove_classmate(vault: Vault, contact_id: int) -> None:
    """Delete a contact; their interactions stay in the log, linked to no one."""
    with vault.transaction():
        contact_store.delete_contact(vault, contact_id)
        record_event(vault, EventKind.CONTACT_DELETED, contact_id)
