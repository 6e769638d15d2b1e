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

import hmac
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from datetime import date

from sbs_desktop.core.export import ExportableInteraction
from sbs_desktop.core.schedule import OfferedHours
from sbs_desktop.core.survey import SurveyResponse
from sbs_desktop.exchange.format import CODE_SEPARATOR, GRANULARITIES

# A spreadsheet reads a cell starting with one of these as a formula (OWASP, CSV
# injection); a leading single quote makes it text again.
FORMULA_STARTS = frozenset("=+-@\t\r")
_PLAIN_NUMBER = re.compile(r"-?[0-9]+(\.[0-9]+)?")
# Academic years run from 1 September to 31 August.
ACADEMIC_YEAR_START_MONTH = 9
HOURS_DECIMALS = 2

Cell = str | int | float | None


def neutralise(value: Cell) -> Cell:
    """The cell as written: formula-like text gets a leading quote; numbers stay numbers."""
    if (isinstance(value, str) and value[:1] in FORMULA_STARTS
            and not _PLAIN_NUMBER.fullmatch(value)):
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


class Anonymiser:
    """Makes the rows of one bundle for one vault, at one granularity.

    Holds nothing but the secret and memos of values already worked out (a few
    hundred dates and codes recur across 100,000 rows), so equal inputs give equal rows.
    """

    def __init__(self, secret: bytes, vault_id: str, granularity: str = "week") -> None:
        if granularity not in GRANULARITIES:
            raise ValueError(f"granularity must be one of {GRANULARITIES}, not {granularity!r}")
        self._secret = secret
        self.granularity = granularity
        self.supporter = supporter_pseudonym(secret, vault_id)
        self._days: dict[str, tuple[str, str]] = {}
        self._cells: dict[str | None, Cell] = {None: None}
        self._code_lists: dict[str, str] = {}
        self._classmates: dict[int | None, str | None] = {None: None}

    def _day(self, iso_day: str) -> tuple[str, str]:
        known = self._days.get(iso_day)
        if known is None:
            day = date.fromisoformat(iso_day)
            known = self._days[iso_day] = (period_of(day, self.granularity),
                                           academic_year_of(day))
        return known

    def _cell(self, text: str | None) -> Cell:
        try:
            return self._cells[text]
        except KeyError:
            cell = self._cells[text] = neutralise(text)
            return cell

    def _codes(self, stored: str) -> str:
        # The vault keeps several codes space-separated; a bundle joins them with ";".
        try:
            return self._code_lists[stored]
        except KeyError:
            joined = CODE_SEPARATOR.join(str(neutralise(code)) for code in stored.split())
            self._code_lists[stored] = joined
            return joined

    def _classmate(self, contact_id: int | None) -> str | None:
        try:
            return self._classmates[contact_id]
        except KeyError:
            pseudonym = self._classmates[contact_id] = classmate_pseudonym(
                self._secret, contact_id)  # type: ignore[arg-type]
            return pseudonym

    def interaction_row(self, record: ExportableInteraction) -> tuple[Cell, ...]:
        """One row of interactions.csv, in INTERACTION_COLUMNS order."""
        period, academic_year = self._day(record.occurred_on)
        cell = self._cell
        return (
            "I-" + hmac.digest(self._secret, b"interaction:%d" % record.id, "sha256").hex()[:16],
            self.supporter,
            period,
            academic_year,
            record.duration_minutes,
            cell(record.format),
            cell(record.initiated_by),
            cell(record.outreach_reason),
            cell(record.primary_concern),
            self._codes(record.concerns),
            cell(record.risk),
            self._codes(record.referrals),
            "done" if record.follow_up_done else ("open" if record.follow_up_due else "none"),
            self._classmate(record.contact_id),
            record.year_of_study,
        )

    def interaction_rows(self, records: Iterable[ExportableInteraction]
                         ) -> Iterator[tuple[Cell, ...]]:
        return map(self.interaction_row, records)

    def schedule_rows(self, offered: Iterable[OfferedHours]) -> list[tuple[Cell, ...]]:
        """Rows of schedule.csv: hours offered summed per period and mode, in period order."""
        totals: dict[tuple[str, str], float] = defaultdict(float)
        for hours in offered:
            totals[(period_of(hours.day, self.granularity), hours.mode)] += hours.hours
        return [
            (self.supporter, period, self._cell(mode), round(total, HOURS_DECIMALS))
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
