"""Parsing one CSV file of a bundle into columns of text cells, checking its shape.

The shape is the format's: UTF-8, RFC 4180, one header row holding exactly the
format's columns in order, every row as wide as the header, and as many rows as the
manifest says. What the cells hold is checked per table (bundle_tables).
"""

from __future__ import annotations

import csv
import io

from sbs_desktop.exchange.bundle_rejections import (
    CELL_COUNT,
    COLUMN_MISSING,
    COLUMN_ORDER,
    COLUMN_UNEXPECTED,
    NO_HEADER,
    NOT_CSV,
    NOT_UTF8,
    ROW_COUNT,
    Rejecter,
)


def csv_rows(text: str, reject: Rejecter) -> list[list[str]]:
    """The CSV rows; codes and numbers need no quoting, so quote-free files split directly."""
    if '"' not in text and "\r" not in text.replace("\r\n", ""):
        lines = text.replace("\r\n", "\n").split("\n")
        if lines and lines[-1] == "":
            lines.pop()
        return [line.split(",") if line else [] for line in lines]
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        return list(reader)
    except csv.Error:
        raise reject(NOT_CSV, row=reader.line_num) from None


def _check_header(header: list[str], columns: tuple[str, ...], reject: Rejecter) -> None:
    for column in columns:
        if column not in header:
            raise reject(COLUMN_MISSING, row=1, column=column)
    for column in header:
        if column not in columns:
            raise reject(COLUMN_UNEXPECTED, row=1, column=column[:60])
    if tuple(header) != columns:
        raise reject(COLUMN_ORDER, row=1)


def csv_columns(data: bytes, expected_rows: int, columns: tuple[str, ...],
                reject: Rejecter) -> list[list[str]]:
    """The columns of a CSV file whose shape is the format's, each a list of cells."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise reject(NOT_UTF8) from None
    rows = csv_rows(text, reject)
    if not rows:
        raise reject(NO_HEADER, row=1)
    _check_header(rows[0], columns, reject)
    body = rows[1:]
    width = len(columns)
    if not all(len(row) == width for row in body):
        bad = next(i for i, row in enumerate(body) if len(row) != width)
        raise reject(CELL_COUNT, row=bad + 2)
    if len(body) != expected_rows:
        raise reject(ROW_COUNT)
    if not body:
        return [[] for _ in columns]
    return [list(column) for column in zip(*body, strict=True)]
