"""Parsing one CSV file of a bundle as a stream into columns of text cells, checking its shape
and its SHA-256 as the bytes pass.

The shape is the format's: UTF-8, RFC 4180, one header row holding exactly the
format's columns in order, every row as wide as the header and on one line, and as
many rows as the manifest says. Parsing stops at the first problem, or at the first
row past the declared count, so a file of millions of empty lines costs what a few
rows cost. What the cells hold is checked per table (bundle_tables).
"""

from __future__ import annotations

import codecs
import csv
import hashlib
from collections.abc import Iterable, Iterator

from sbs_desktop.core.errors import BundleRejected
from sbs_desktop.exchange.bundle_rejections import (
    CELL_COUNT,
    COLUMN_MISSING,
    COLUMN_ORDER,
    COLUMN_UNEXPECTED,
    HASH_MISMATCH,
    LINE_BREAK,
    LINE_TOO_LONG,
    NO_HEADER,
    NOT_CSV,
    NOT_UTF8,
    ROW_COUNT,
    Rejecter,
)
from sbs_desktop.exchange.manifest import TableEntry

# The longest row of the format (every concern and referral listed) is under 1 KB.
MAX_LINE_CHARS = 16 * 1024
# Rows are turned into columns this many at a time, so the rows never all exist at once.
BATCH_ROWS = 8192
# Codes and periods repeat across rows: in a large file equal cells share one string
# (a third of the memory), up to this many distinct values per column (a column of
# pseudonyms gains nothing from sharing). A small file is not worth the time it costs.
MAX_SHARED_VALUES = 4096
SHARED_FROM_ROWS = 20_000


class HashedChunks:
    """The file's chunks, hashed as they pass; a failure of the source itself (a lying
    size, a damaged zip) is kept apart from a problem the parser finds."""

    def __init__(self, chunks: Iterable[bytes]) -> None:
        self._chunks = iter(chunks)
        self._digest = hashlib.sha256()
        self.source_error: BundleRejected | None = None

    def __iter__(self) -> Iterator[bytes]:
        while (chunk := self._next()) is not None:
            yield chunk

    def _next(self) -> bytes | None:
        try:
            chunk = next(self._chunks, None)
        except BundleRejected as error:
            self.source_error = error
            raise
        if chunk is not None:
            self._digest.update(chunk)
        return chunk

    def drain(self) -> None:
        """Hash what the parser did not read (never more than the declared size)."""
        while self._next() is not None:
            pass

    def hexdigest(self) -> str:
        return self._digest.hexdigest()


class _Lines:
    """Text lines of UTF-8 chunks, each at most MAX_LINE_CHARS, with its line ending."""

    def __init__(self, chunks: Iterable[bytes], reject: Rejecter) -> None:
        self.chunks = chunks
        self.reject = reject
        self.count = 0

    def _too_long(self) -> BundleRejected:
        return self.reject(LINE_TOO_LONG, row=self.count + 1)

    def __iter__(self) -> Iterator[str]:
        decoder = codecs.getincrementaldecoder("utf-8")("strict")
        pending = ""
        for chunk in self.chunks:
            try:
                text = decoder.decode(chunk)
            except UnicodeDecodeError:
                raise self.reject(NOT_UTF8) from None
            lines = (pending + text).split("\n")
            pending = lines.pop()
            if lines and max(map(len, lines)) > MAX_LINE_CHARS:
                self.count += next(i for i, line in enumerate(lines)
                                   if len(line) > MAX_LINE_CHARS)
                raise self._too_long()
            # The reader stops pulling lines at the first problem, so count as they go.
            for line in lines:
                self.count += 1
                yield line + "\n"
            if len(pending) > MAX_LINE_CHARS:
                raise self._too_long()
        try:
            pending += decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            raise self.reject(NOT_UTF8) from None
        if pending:
            self.count += 1
            yield pending


def _check_header(header: list[str], columns: tuple[str, ...], reject: Rejecter) -> None:
    for column in columns:
        if column not in header:
            raise reject(COLUMN_MISSING, row=1, column=column)
    for column in header:
        if column not in columns:
            raise reject(COLUMN_UNEXPECTED, row=1, column=column[:60])
    if tuple(header) != columns:
        raise reject(COLUMN_ORDER, row=1)


class _Columns:
    """Cells gathered column by column, equal codes sharing one string."""

    def __init__(self, width: int, share: bool) -> None:
        self.values: list[list[str]] = [[] for _ in range(width)]
        self.shared: list[dict[str, str] | None] = [{} if share else None
                                                    for _ in range(width)]

    def add(self, rows: list[list[str]]) -> None:
        if not rows:
            return
        for index, cells in enumerate(zip(*rows, strict=True)):
            shared = self.shared[index]
            if shared is None:
                self.values[index].extend(cells)
                continue
            self.values[index].extend([shared.setdefault(cell, cell) for cell in cells])
            if len(shared) > MAX_SHARED_VALUES:
                self.shared[index] = None


def _parse(chunks: Iterable[bytes], declared_rows: int, columns: tuple[str, ...],
           reject: Rejecter) -> list[list[str]]:
    lines = _Lines(chunks, reject)
    reader = csv.reader(iter(lines), strict=True)
    width = len(columns)
    gathered = _Columns(width, share=declared_rows >= SHARED_FROM_ROWS)
    batch: list[list[str]] = []
    record = 0  # rows as a spreadsheet numbers them: the header is row 1
    try:
        for row in reader:
            record += 1
            # Codes, numbers and pseudonyms hold no line break, so a row is one line.
            if reader.line_num != record:
                raise reject(LINE_BREAK, row=record)
            if record == 1:
                _check_header(row, columns, reject)
                continue
            if record - 1 > declared_rows:
                raise reject(ROW_COUNT, row=record)
            if len(row) != width:
                raise reject(CELL_COUNT, row=record)
            batch.append(row)
            if len(batch) >= BATCH_ROWS:
                gathered.add(batch)
                batch = []
    except csv.Error:
        raise reject(NOT_CSV, row=reader.line_num) from None
    if record == 0:
        raise reject(NO_HEADER, row=1)
    gathered.add(batch)
    if record - 1 != declared_rows:
        raise reject(ROW_COUNT)
    return gathered.values


def read_table(chunks: Iterable[bytes], entry: TableEntry, columns: tuple[str, ...],
               reject: Rejecter) -> list[list[str]]:
    """The columns of a CSV file, each a list of cells, once its shape is the format's and
    its SHA-256 the manifest's.

    When the shape is wrong the rest of the file is still hashed (never past its declared
    size, in chunks): a file changed on the way is better told as changed than as bad CSV.
    """
    hashed = HashedChunks(chunks)
    try:
        values = _parse(hashed, entry.rows, columns, reject)
    except BundleRejected:
        if hashed.source_error is None:
            hashed.drain()
            if hashed.hexdigest() != entry.sha256:
                raise reject(HASH_MISMATCH) from None
        raise
    hashed.drain()
    if hashed.hexdigest() != entry.sha256:
        raise reject(HASH_MISMATCH)
    return values
