"""French words are longer: every page still fits 1280 x 720, no two French mnemonics
collide, the interaction list keeps its Notes column in view and the classmate field
shows its whole placeholder."""

from __future__ import annotations

from datetime import date

import pytest
from records_data import fill_records
from test_translations import french  # noqa: F401 (a fixture)
from test_usable import test_no_two_widgets_in_a_window_share_a_mnemonic as mnemonics_check
from test_usable import test_the_window_and_every_page_fit_a_1280_by_720_screen as fit_check

from sbs_desktop.core.vocabulary import Role
from sbs_desktop.ui.column_fit import LAST_COLUMN_ROOM, NARROWEST, ColumnFit
from sbs_desktop.ui.interaction_form import InteractionForm
from sbs_desktop.ui.interaction_table import Column
from sbs_desktop.ui.interactions_page import InteractionsPage

pytestmark = pytest.mark.usefixtures("french")  # the French catalogue, as at start-up


def _page(qtbot, vault, width: int) -> InteractionsPage:
    page = InteractionsPage(vault, today=date(2026, 6, 1))
    qtbot.addWidget(page)
    page.resize(width, 600)
    page.show()
    qtbot.waitExposed(page)
    return page


def _notes_in_view(page: InteractionsPage) -> int:
    """How many pixels of the Notes column show without scrolling sideways."""
    table, header = page.table, page.table.horizontalHeader()
    return table.viewport().width() - header.sectionPosition(Column.NOTES)


def test_the_notes_column_stays_in_view_in_french(qtbot, supporter_vault):
    fill_records(supporter_vault)
    # The main window at 1280 pixels, less the sidebar, gives the page about this much.
    page = _page(qtbot, supporter_vault, 1040)
    assert _notes_in_view(page) >= LAST_COLUMN_ROOM
    header = page.table.horizontalHeader()
    assert all(header.sectionSize(column) >= min(NARROWEST, width)
               for column, width in page.column_fit.widths.items())
    # Wide enough for every column: nothing is narrowed.
    page.resize(1900, 600)
    qtbot.waitUntil(lambda: header.sectionSize(Column.RISK)
                    == page.column_fit.widths[Column.RISK])


def test_a_column_the_person_sized_stays_as_they_left_it(qtbot, supporter_vault):
    page = _page(qtbot, supporter_vault, 1040)
    header = page.table.horizontalHeader()
    header.resizeSection(Column.PRIMARY_CONCERN, 300)  # as a drag of the header does
    assert page.column_fit.chosen_by_person
    page.resize(1000, 600)
    qtbot.waitUntil(lambda: page.table.viewport().width() < 980)
    assert header.sectionSize(Column.PRIMARY_CONCERN) == 300


def test_fitted_widths_share_the_shortfall_and_keep_the_narrowest(qtbot):
    from PySide6.QtWidgets import QTableView

    table = QTableView()
    qtbot.addWidget(table)
    fit = ColumnFit(table, {0: 100, 1: 200, 2: 300}, shrinkable=(1, 2))
    assert fit.fitted_widths(600 + LAST_COLUMN_ROOM) == {0: 100, 1: 200, 2: 300}
    # 100 short: column 2 has twice column 1's width beyond NARROWEST, so gives about twice.
    shrunk = fit.fitted_widths(500 + LAST_COLUMN_ROOM)
    assert shrunk[0] == 100 and sum(shrunk.values()) <= 500
    assert shrunk[2] - 300 < shrunk[1] - 200 < 0
    assert fit.fitted_widths(0) == {0: 100, 1: NARROWEST, 2: NARROWEST}


def test_the_classmate_placeholder_shows_whole_in_french(qtbot, supporter_vault):
    form = InteractionForm(supporter_vault)
    qtbot.addWidget(form)
    form.resize(form.minimumSizeHint())
    form.show()
    qtbot.waitExposed(form)
    field = form.classmate
    placeholder = field.placeholderText()
    assert placeholder.startswith("Nom ou initiales")
    margins = field.textMargins()
    # The text area: the field less its frame (about 4 px a side) and the clear button.
    room = field.width() - margins.left() - margins.right() - 8 - field.height()
    assert room >= field.fontMetrics().horizontalAdvance(placeholder)


@pytest.mark.parametrize("role", list(Role))
def test_every_page_fits_1280_by_720_in_french(qtbot, request, make_window, role):
    fit_check(qtbot, request, make_window, role)


@pytest.mark.parametrize("role", list(Role))
def test_no_two_widgets_in_a_window_share_a_french_mnemonic(qtbot, request,
                                                           make_window, role):
    mnemonics_check(qtbot, request, make_window, role)
