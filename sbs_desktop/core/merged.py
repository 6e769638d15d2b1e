"""The coordinator's merged data: where each bundle came from, and its tables."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sbs_desktop.core.signature import key_fingerprint


@dataclass(frozen=True)
class ImportedBundle:
    """Provenance of one bundle: which export, from which supporter, when, how many rows."""

    export_id: str
    supporter: str                 # pseudonym "S-..."
    export_sequence: int
    exported_at: datetime          # UTC
    imported_at: datetime          # UTC
    app_version: str
    granularity: str               # "week" or "month"
    period_start: str              # first period covered, "" when the bundle has no rows
    period_end: str
    instrument_id: str
    instrument_version: str
    interaction_rows: int
    schedule_rows: int
    survey_rows: int
    source_name: str               # the file or folder name it was imported from
    id: int | None = None
    replaced_by: str | None = None  # export id of the newer bundle that replaced its rows
    signing_key: str = ""           # Ed25519 public key (hex) that signed it; "" if unsigned

    @property
    def key_fingerprint(self) -> str:
        """What a person compares with the supporter; "" for an unsigned bundle."""
        return key_fingerprint(self.signing_key)

    @property
    def current(self) -> bool:
        """True while its rows are part of the merged data."""
        return self.replaced_by is None

    @property
    def rows(self) -> int:
        return self.interaction_rows + self.schedule_rows + self.survey_rows


@dataclass(frozen=True)
class ColumnTable:
    """A table held column by column: `values[i]` is the column named `columns[i]`.

    Bulk data moves between the bundle reader, the store and the analysis this way so
    that no layer builds one Python object per row.
    """

    columns: tuple[str, ...]
    values: tuple[Sequence[Any], ...]

    @property
    def row_count(self) -> int:
        return len(self.values[0]) if self.values else 0

    def column(self, name: str) -> Sequence[Any]:
        return self.values[self.columns.index(name)]


@dataclass(frozen=True)
class RowTable:
    """A table read back row by row, as the analysis loads it into a frame in one go."""

    columns: tuple[str, ...]
    rows: list[tuple[Any, ...]]
