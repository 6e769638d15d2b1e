"""The report PDF's tables across pages: never one row left alone at a page's foot or head."""

from __future__ import annotations

import re

import pytest
from fpdf import FPDF
from fpdf.fonts import FontFace

from sbs_desktop.analysis.report import LEAST_ROWS_ON_A_PAGE, Table, _table_across_pages


def _rows_on_each_page(rows: int, start_mm: float) -> list[list[int]]:
    """Draw a table of `rows` rows from `start_mm` down the first page; each page's rows."""
    pdf = FPDF(unit="mm", format="A4")
    pdf.set_margins(15, 15, 15)
    pdf.set_auto_page_break(True, margin=15)
    # A core font writes its text as it is, so each page's content shows its rows.
    pdf.set_font("Helvetica", "", 9)
    pdf.add_page()
    pdf.set_y(start_mm)
    cells = [[f"row-{n}", "word " * (n % 4)] for n in range(1, rows + 1)]
    _table_across_pages(pdf, Table(["Heading", "Value"], cells, (1, 3)),
                        FontFace(emphasis="BOLD"))
    pages = []
    for page in pdf.pages.values():
        content = bytes(page.contents)
        found = [int(n) for n in re.findall(rb"row-(\d+)", content)]
        # The headings on every page the table is on, and only there.
        assert content.count(b"Heading") == (1 if found else 0)
        pages.append(found)
    return pages


@pytest.mark.parametrize("rows", [1, 2, 7, 61])
def test_a_table_leaves_no_row_alone_on_a_page(rows):
    # From every height on the first page, in steps of about a row and a half.
    for start in range(20, 285, 8):
        pages = _rows_on_each_page(rows, start)
        assert [n for page in pages for n in page] == list(range(1, rows + 1)), start
        # The first page may hold none (what came before the table fills it); every
        # other page holds rows, and no page only one of several.
        assert all(pages[1:]), start
        assert all(len(page) >= min(LEAST_ROWS_ON_A_PAGE, rows) for page in pages if page), (
            start, [len(page) for page in pages])


def test_a_table_split_where_room_is_left_fills_the_page_it_starts_on():
    pages = _rows_on_each_page(60, 150)
    assert len(pages) == 2 and len(pages[0]) > 10

