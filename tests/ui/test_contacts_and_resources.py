"""The contacts page and the resource directory, through their real widgets."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from sbs_desktop.core.contact import Contact
from sbs_desktop.core.interaction import Interaction
from sbs_desktop.core.resource import ResourceKind
from sbs_desktop.core.vocabulary import Concern, Format, Initiator, Risk
from sbs_desktop.store.contacts import add_contact, list_contacts
from sbs_desktop.store.interactions import add_interaction, get_interaction
from sbs_desktop.store.resources import list_resources
from sbs_desktop.ui.contacts_page import ContactsPage
from sbs_desktop.ui.interactions_page import InteractionsPage
from sbs_desktop.ui.resource_directory import ResourceDirectoryDialog, ResourcesPage

# Every test here may meet a yes/no question (conftest.py answers it).
pytestmark = pytest.mark.usefixtures("questions")


def test_a_contact_needs_a_name(qtbot, make_window, supporter_vault):
    window = make_window(supporter_vault)
    page = window.show_page_of(ContactsPage)
    dialog = page.add_contact()
    assert not dialog.save()
    assert dialog.error.isVisible() and "Name or initials: cannot be empty" in dialog.error.text()
    assert list_contacts(supporter_vault) == []


def test_contacts_page_add_edit_search_delete(qtbot, make_window, supporter_vault,
                                              questions):
    add_contact(supporter_vault, Contact(name="Olivia P.", year_of_study=1))
    window = make_window(supporter_vault)
    page = window.show_page_of(ContactsPage)
    dialog = page.add_contact()
    qtbot.keyClicks(dialog.name, "Ravi K.")
    dialog.year.setCurrentIndex(2)
    qtbot.keyClicks(dialog.reach, "ravi@example.org")
    with qtbot.waitSignal(dialog.saved):
        qtbot.keyClick(dialog.reach, Qt.Key.Key_Return)
    assert [c.name for c in page.model.contacts] == ["Olivia P.", "Ravi K."]
    assert page.selected().name == "Ravi K." and page.count.text() == "2 classmates"

    ravi = page.selected()
    interaction = add_interaction(supporter_vault, Interaction(
        occurred_at=datetime(2026, 1, 5, 9), duration_minutes=15, format=Format.PHONE,
        initiated_by=Initiator.STUDENT, primary_concern=Concern.GRIEF,
        concerns=frozenset({Concern.GRIEF}), risk=Risk.NONE, contact_id=ravi.id))
    edit = page.edit_selected()
    edit.reach.setText("555-0199")
    with qtbot.waitSignal(edit.saved):
        edit.save()
    assert list_contacts(supporter_vault, "Ravi")[0].reach == "555-0199"

    qtbot.keyClicks(page.search, "oli")
    page.apply_search()
    assert [c.name for c in page.model.contacts] == ["Olivia P."]
    page.search.clear()
    page.apply_search()

    page.select(ravi.id)
    assert page.delete_selected()
    assert questions.asked == ["Delete classmate?"]
    assert [c.name for c in list_contacts(supporter_vault)] == ["Olivia P."]
    # The interaction stays, linked to no one.
    assert get_interaction(supporter_vault, interaction.id).contact_id is None
    window.show_page_of(InteractionsPage)
    assert window.page(InteractionsPage).model.row(0).contact_name == ""


def test_f1_opens_the_directory_from_any_page_and_from_the_form(qtbot, make_window,
                                                                 supporter_vault):
    window = make_window(supporter_vault)
    for page_type in (ContactsPage, InteractionsPage):
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        window.show_page_of(page_type)
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_F1)
        dialog = window.findChild(ResourceDirectoryDialog, "quickResourceDirectory")
        assert dialog is not None and dialog.isVisible()
        assert dialog.directory.list.topLevelItem(0).child(0).text(0) == "Emergency services"
        dialog.close()
        qtbot.waitUntil(lambda: window.findChild(ResourceDirectoryDialog,
                                                 "quickResourceDirectory") is None)
    form = window.new_interaction()
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    qtbot.keyClick(form.when, Qt.Key.Key_F1)
    assert any(d.isVisible() for d in form.findChildren(ResourceDirectoryDialog))
    # The Resources entry in the page list names its shortcut (it is no longer the last page).
    resources_row = next(row for row, page in enumerate(window.pages)
                         if isinstance(page, ResourcesPage))
    assert "F1" in window.navigation.item(resources_row).text()


def test_the_directory_is_edited_on_its_page(qtbot, make_window, supporter_vault,
                                             questions):
    window = make_window(supporter_vault)
    page = window.show_page_of(ResourcesPage)
    directory = page.directory
    dialog = directory.add_resource()
    assert not dialog.save()
    assert "Name: cannot be empty" in dialog.error.text()
    qtbot.keyClicks(dialog.name, "Campus protection")
    dialog.kind.setCurrentIndex(0)  # crisis
    qtbot.keyClicks(dialog.phone, "613-555-0111")
    with qtbot.waitSignal(dialog.saved):
        dialog.save()
    crisis = [r for r in list_resources(supporter_vault) if r.kind is ResourceKind.CRISIS]
    assert crisis[-1].name == "Campus protection"
    assert directory.list.selected().name == "Campus protection"

    qtbot.mouseClick(directory.up_button, Qt.MouseButton.LeftButton)
    crisis = [r for r in list_resources(supporter_vault) if r.kind is ResourceKind.CRISIS]
    assert crisis[-2].name == "Campus protection"

    edit = directory.edit_selected()
    edit.hours.setText("24/7")
    with qtbot.waitSignal(edit.saved):
        edit.save()
    assert directory.list.selected().hours == "24/7"
    assert directory.delete_selected()
    assert "Campus protection" not in {r.name for r in list_resources(supporter_vault)}


def test_coordinators_get_home_and_resources(qtbot, make_window, coordinator_vault):
    window = make_window(coordinator_vault)
    assert window.has_page(ResourcesPage)
    assert not window.has_page(InteractionsPage) and not window.has_page(ContactsPage)
    assert window.new_interaction() is None
