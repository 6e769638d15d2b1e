"""Turning vault records into bundle rows that identify nobody.

Classmates, interactions, survey responses and the supporter become pseudonyms:
HMAC-SHA256 keyed with the vault's secret, which never leaves the vault, so the
coordinator can count distinct classmates but cannot compute who they are, and another
vault (with another secret) gives other pseudonyms to the same ids. Dates become ISO
weeks or months and times are dropped. Names, contact details, notes and the action
taken are never read (store.exports selects only what may leave), so they cannot be
written. Everything here is deterministic: the same vault and records give the same rows.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from typing import Any

from sbs_desktop.core.export import ExportableInteraction
from sbs_desktop.core.schedule import OfferedHours
from sbs_desktop.core.survey import SurveyResponse
from sbs_desktop.exchange.format import CODE_SEPARATOR, GRANULARITIES

# A spreadsheet reads a cell starting with one of these as a formula (OWASP, CSV
# injection), also after leading spaces, and some read the full-width forms (＝＋－＠)
# as the ASCII ones; a leading single quote makes the cell text again.
FORMULA_STARTS = frozenset("=+-@\uff1d\uff0b\uff0d\uff20")
# A cell starting with one of these can hide or break a row when pasted or imported.
CONTROL_STARTS = frozenset("\t\r\n")
# Spaces a spreadsheet skips before a formula: the ordinary, no-break and ideographic ones.
LEADING_SPACES = " \u00a0\u3000"
_PLAIN_NUMBER = re.compile(r"-?[0-9]+(\.[0-9]+)?")
# Academic years run from 1 September to 31 August.
ACADEMIC_YEAR_START_MONTH = 9
HOURS_DECIMALS = 2

Cell = str | int | float | None


def neutralise(value: Cell) -> Cell:
    """The cell as written: formula-like text gets a leading quote; numbers stay numbers."""
    if isinstance(value, str) and value and (
            value[0] in CONTROL_STARTS or value.lstrip(LEADING_SPACES)[:1] in FORMULA_STARTS
    ) and not _PLAIN_NUMBER.fullmatch(value):
        return "'" + value
    return value


def _keyed_hex(secret: bytes, kind: bytes, value: str) -> str:
    # The kind keeps the pseudonym spaces apart: contact 7 and interaction 7 differ.
    return hmac.digest(secret, kind + b":" + value.encode("utf-8"), "sha256").hex()


def classmate_pseudonym(secret: bytes, contact_id: int) -> str:
    return "C-" + _keyed_hex(secret, b"classmate", str(contact_id))[:16]


def interaction_pseudonym(secret: bytes, interaction_id: int) -> str:
    return "I-" + _keyed_hex(secret, b"interaction", str(interaction_id))[:16]


def response_pseudonym(secret: bytes, response_uid: str) -> str:
    return "R-" + _keyed_hex(secret, b"response", response_uid)[:16]


def supporter_pseudonym(secret: bytes, vault_id: str) -> str:
    return "S-" + _keyed_hex(secret, b"supporter", vault_id)[:12]


def period_of(day: date, granularity: str) -> str:
    """The ISO week ("2025-W07") or month ("2025-02") holding `day`."""
    if granularity == "week":
        year, week, _ = day.isocalendar()
        return f"{year}-W{week:02d}"
    if granularity == "month":
        return f"{day.year}-{day.month:02d}"
    raise ValueError(f"granularity must be one of {GRANULARITIES}, not {granularity!r}")


def academic_year_of(day: date) -> str:
    """"2025-2026" for any day from 1 September 2025 to 31 August 2026."""
    start = day.year if day.month >= ACADEMIC_YEAR_START_MONTH else day.year - 1
    return f"{start}-{start + 1}"


class KeyedHash:
    """HMAC-SHA256 under one key, with the key's padded blocks hashed once (RFC 2104).

    Gives exactly hmac.digest(key, message, "sha256"), at a third of its cost per
    message: an export hashes one message per interaction.
    """

    BLOCK = 64  # SHA-256's block size in bytes

    def __init__(self, key: bytes) -> None:
        if len(key) > self.BLOCK:
            key = hashlib.sha256(key).digest()
        key = key.ljust(self.BLOCK, b"\0")
        self._inner = hashlib.sha256(bytes(byte ^ 0x36 for byte in key))
        self._outer = hashlib.sha256(bytes(byte ^ 0x5C for byte in key))

    def hexdigest(self, message: bytes) -> str:
        inner = self._inner.copy()
        inner.update(message)
        outer = self._outer.copy()
        outer.update(inner.digest())
        return outer.hexdigest()


class _Memo(dict):
    """A dict that works out a missing value once, on first use."""

    def __init__(self, work_out: Callable[[Any], Any]) -> None:
        super().__init__()
        self._work_out = work_out

    def __missing__(self, key: Any) -> Any:
        value = self[key] = self._work_out(key)
        return value


class Anonymiser:
    """Makes the rows of one bundle for one vault, at one granularity.

    Holds nothing but the secret and memos of values already worked out (a few
    hundred dates, codes and classmates recur across 100,000 rows), so equal inputs
    give equal rows.
    """

    def __init__(self, secret: bytes, vault_id: str, granularity: str = "week") -> None:
        if granularity not in GRANULARITIES:
            raise ValueError(f"granularity must be one of {GRANULARITIES}, not {granularity!r}")
        self._secret = secret
        self._keyed = KeyedHash(secret)
        self.granularity = granularity
        self.supporter = supporter_pseudonym(secret, vault_id)
        self._days = _Memo(self._day)
        self._cells = _Memo(neutralise)
        self._code_lists = _Memo(self._code_list)
        self._classmates = _Memo(self._classmate)

    def _day(self, iso_day: str) -> tuple[str, str]:
        day = date.fromisoformat(iso_day)
        return period_of(day, self.granularity), academic_year_of(day)

    @staticmethod
    def _code_list(stored: str) -> str:
        # The vault keeps several codes space-separated; a bundle joins them with ";".
        return CODE_SEPARATOR.join(str(neutralise(code)) for code in stored.split())

    def _classmate(self, contact_id: int | None) -> str | None:
        return None if contact_id is None else classmate_pseudonym(self._secret, contact_id)

    def interaction_row(self, record: ExportableInteraction) -> tuple[Cell, ...]:
        """One row of interactions.csv, in INTERACTION_COLUMNS order."""
        return next(self.interaction_rows((record,)))

    def interaction_rows(self, records: Iterable[ExportableInteraction]
                         ) -> Iterator[tuple[Cell, ...]]:
        """Rows of interactions.csv, one per record, in order.

        The loop is written for speed (docs/design.md: at most 1.5 x pandas writing the raw
        table): fields by position, memos through local names.
        """
        hexdigest = self._keyed.hexdigest
        supporter = self.supporter
        days, cells, lists, classmates = (self._days, self._cells, self._code_lists,
                                          self._classmates)
        for record in records:
            # Positions of ExportableInteraction: 0 id, 1 occurred_on, 2 duration,
            # 3 format, 4 initiated_by, 5 outreach_reason, 6 primary_concern, 7 concerns,
            # 8 risk, 9 referrals, 10 follow_up_due, 11 follow_up_done, 12 contact_id,
            # 13 year_of_study.
            period, academic_year = days[record[1]]
            yield (
                "I-" + hexdigest(b"interaction:%d" % record[0])[:16],
                supporter,
                period,
                academic_year,
                record[2],
                cells[record[3]],
                cells[record[4]],
                cells[record[5]],
                cells[record[6]],
                lists[record[7]],
                cells[record[8]],
                lists[record[9]],
                "done" if record[11] else ("open" if record[10] else "none"),
                classmates[record[12]],
                record[13],
            )

    def schedule_rows(self, offered: Iterable[OfferedHours]) -> list[tuple[Cell, ...]]:
        """Rows of schedule.csv: hours offered summed per period and mode, in period order."""
        totals: dict[tuple[str, str], float] = defaultdict(float)
        for hours in offered:
            totals[(period_of(hours.day, self.granularity), hours.mode)] += hours.hours
        return [
            (self.supporter, period, neutralise(mode), round(total, HOURS_DECIMALS))
            for (period, mode), total in sorted(totals.items())
        ]

    def survey_rows(self, responses: Iterable[SurveyResponse]) -> Iterator[tuple[Cell, ...]]:
        """Rows of survey.csv: one per answer (per chosen option of a multiple choice)."""
        for response in responses:
            pseudonym = response_pseudonym(self._secret, response.uid)
            instrument = neutralise(response.instrument_id)
            version = neutralise(response.instrument_version)
            period = period_of(response.answered_on, self.granularity)
            for question, answer in response.answers:
                yield (pseudonym, instrument, version, period,
                       neutralise(question), neutralise(answer))
