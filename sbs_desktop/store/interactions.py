"""Storing, finding and changing interactions in the vault."""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from enum import StrEnum
from functools import cache

from sbs_desktop.core.errors import QT_TRANSLATE_NOOP, FieldProblem, InvalidRecord
from sbs_desktop.core.interaction import Interaction, InteractionField
from sbs_desktop.core.vocabulary import (
    Concern,
    Format,
    Initiator,
    OutreachReason,
    Referral,
    Risk,
)
from sbs_desktop.store.vault import Vault

COLUMNS = (
    "occurred_at, duration_minutes, format, initiated_by, outreach_reason, primary_concern, "
    "concerns, risk, referrals, follow_up_due, follow_up_done, contact_id, year_of_study, "
    "notes, action_taken"
)
PLACEHOLDERS = ", ".join("?" * len(COLUMNS.split(",")))
TIME_FORMAT = "%Y-%m-%dT%H:%M"
_INSERT = f"INSERT INTO interactions ({COLUMNS}) VALUES ({PLACEHOLDERS})"


class SortKey(StrEnum):
    """The columns the interaction list can be sorted by."""

    OCCURRED_AT = "occurred_at"
    DURATION = "duration_minutes"
    FORMAT = "format"
    INITIATED_BY = "initiated_by"
    PRIMARY_CONCERN = "primary_concern"
    RISK = "risk"
    FOLLOW_UP_DUE = "follow_up_due"
    CONTACT = "contact_name"
    YEAR_OF_STUDY = "year_of_study"


# Risk sorts by severity, not alphabetically.
_SORT_SQL = {
    SortKey.RISK: "CASE i.risk WHEN 'none' THEN 0 WHEN 'concerned' THEN 1 "
    "WHEN 'very_concerned' THEN 2 ELSE 3 END",
    SortKey.CONTACT: "c.name COLLATE NOCASE",
}


@dataclass(frozen=True)
class InteractionFilter:
    """What the interaction list shows; every field narrows it further."""

    start: date | None = None
    end: date | None = None
    formats: frozenset[Format] = frozenset()
    risks: frozenset[Risk] = frozenset()
    follow_up_due_by: date | None = None
    text: str = ""


@dataclass(frozen=True)
class InteractionRow:
    """An interaction with the name of its classmate, as the list shows it."""

    interaction: Interaction
    contact_name: str


NOT_A_CODE = QT_TRANSLATE_NOOP("Errors", "is not one of the codes this field allows")
NO_CONCERN = QT_TRANSLATE_NOOP("Errors", "choose at least one concern")
# The codes each field allows, as the plain text the vault stores.
_FORMATS = frozenset(f.value for f in Format)
_INITIATORS = frozenset(i.value for i in Initiator)
_CONCERNS = frozenset(c.value for c in Concern)
_RISKS = frozenset(r.value for r in Risk)
_REASONS = frozenset(r.value for r in OutreachReason)
_REFERRALS = frozenset(r.value for r in Referral)
_ONE_CODE = (
    (InteractionField.FORMAT, "format", _FORMATS),
    (InteractionField.INITIATED_BY, "initiated_by", _INITIATORS),
    (InteractionField.PRIMARY_CONCERN, "primary_concern", _CONCERNS),
    (InteractionField.RISK, "risk", _RISKS),
)


@cache
def _joined_codes(values: frozenset, allowed: frozenset[str]) -> str | None:
    """The codes as the vault stores them (sorted, space-separated), or None if one is
    not allowed.

    Runs for every row of a bulk write (benchmarks/bench_store_write.py); few
    combinations of codes occur, so each is checked and joined once.
    """
    codes = sorted(str(v) for v in values)
    return " ".join(codes) if all(code in allowed for code in codes) else None


def _code_problems(i: Interaction) -> list[FieldProblem]:
    problems = [FieldProblem(field, NOT_A_CODE) for field, name, codes in _ONE_CODE
                if not _is_code(getattr(i, name), codes)]
    if i.outreach_reason is not None and not _is_code(i.outreach_reason, _REASONS):
        problems.append(FieldProblem(InteractionField.OUTREACH_REASON, NOT_A_CODE))
    if not i.concerns:
        problems.append(FieldProblem(InteractionField.CONCERNS, NO_CONCERN))
    elif not _all_codes(i.concerns, _CONCERNS):
        problems.append(FieldProblem(InteractionField.CONCERNS, NOT_A_CODE))
    if not _all_codes(i.referrals, _REFERRALS):
        problems.append(FieldProblem(InteractionField.REFERRALS, NOT_A_CODE))
    return problems


def _is_code(value: object, codes: frozenset[str]) -> bool:
    # What counts is the text that would be stored, as in _parameters.
    return str(value) in codes


def _all_codes(values: object, codes: frozenset[str]) -> bool:
    return isinstance(values, frozenset) and all(_is_code(v, codes) for v in values)


def _parameters(i: Interaction) -> tuple:
    """The row the vault stores for `i`; InvalidRecord if a code is outside the vocabulary.

    Nothing outside the vocabulary reaches the vault, where an export would carry it and
    the coordinator refuse the whole bundle. The check is made on the very text that is
    stored, so no look-alike object can pass as a code. Every row of a bulk write passes
    here: a trigger doing the same in SQL doubled the cost of a bulk write, and checking
    each field against a set costs a few percent. str() of a StrEnum is its code (a plain
    str, which sqlite binds directly), at half the cost of `.value`.
    """
    format_, initiated_by = str(i.format), str(i.initiated_by)
    primary, risk = str(i.primary_concern), str(i.risk)
    outreach = str(i.outreach_reason) if i.outreach_reason else None
    concerns = referrals = None
    if isinstance(i.concerns, frozenset) and isinstance(i.referrals, frozenset):
        concerns = _joined_codes(i.concerns, _CONCERNS) if i.concerns else None
        referrals = _joined_codes(i.referrals, _REFERRALS)
    if (concerns is None or referrals is None or format_ not in _FORMATS
            or initiated_by not in _INITIATORS or primary not in _CONCERNS
            or risk not in _RISKS or (outreach is not None and outreach not in _REASONS)):
        raise InvalidRecord(_code_problems(i))
    return (
        # Same text as strftime(TIME_FORMAT) at a quarter of the cost (positional
        # arguments parse faster than timespec=).
        i.occurred_at.isoformat("T", "minutes"),
        i.duration_minutes,
        format_,
        initiated_by,
        outreach,
        primary,
        concerns,
        risk,
        referrals,
        i.follow_up_due.isoformat() if i.follow_up_due else None,
        int(i.follow_up_done),
        i.contact_id,
        i.year_of_study,
        i.notes,
        i.action_taken,
    )


# Few combinations of codes occur, so rows share one frozenset per combination: a
# list that has loaded 100,000 rows holds 40 MB less and gives the garbage collector
# two objects fewer per row to walk (benchmarks/bench_interaction_list.py).
@cache
def _concern_set(codes: str) -> frozenset[Concern]:
    return frozenset(Concern(c) for c in codes.split())


@cache
def _referral_set(codes: str) -> frozenset[Referral]:
    return frozenset(Referral(r) for r in codes.split())


def _interaction(row: tuple) -> Interaction:
    (id_, occurred_at, duration, format_, initiated_by, outreach, primary, concerns, risk,
     referrals, due, done, contact_id, year, notes, action) = row[:16]
    return Interaction(
        id=id_,
        # The vault holds only TIME_FORMAT text, which fromisoformat reads 40x faster.
        occurred_at=datetime.fromisoformat(occurred_at),
        duration_minutes=duration,
        format=Format(format_),
        initiated_by=Initiator(initiated_by),
        outreach_reason=OutreachReason(outreach) if outreach else None,
        primary_concern=Concern(primary),
        concerns=_concern_set(concerns),
        risk=Risk(risk),
        referrals=_referral_set(referrals),
        follow_up_due=date.fromisoformat(due) if due else None,
        follow_up_done=bool(done),
        contact_id=contact_id,
        year_of_study=year,
        notes=notes,
        action_taken=action,
    )


def add_interaction(vault: Vault, interaction: Interaction) -> Interaction:
    """Store a new interaction and return it with its id."""
    with vault.transaction() as sql:
        cursor = sql.execute(
            f"INSERT INTO interactions ({COLUMNS}) VALUES ({PLACEHOLDERS})",
            _parameters(interaction),
        )
        new_id = cursor.lastrowid
    return replace(interaction, id=new_id)


def add_interactions(vault: Vault, interactions: Iterable[Interaction]) -> int:
    """Store many interactions in one transaction; returns how many."""
    rows = [_parameters(i) for i in interactions]
    with vault.transaction() as sql:
        sql.executemany(_INSERT, rows)
    return len(rows)


def restore_interaction(vault: Vault, interaction: Interaction) -> None:
    """Put a deleted interaction back under its old id (undo of a delete)."""
    with vault.transaction() as sql:
        sql.execute(
            f"INSERT INTO interactions (id, {COLUMNS}) VALUES (?, {PLACEHOLDERS})",
            (interaction.id, *_parameters(interaction)),
        )


def update_interaction(vault: Vault, interaction: Interaction) -> None:
    assignments = ", ".join(f"{name.strip()} = ?" for name in COLUMNS.split(","))
    with vault.transaction() as sql:
        sql.execute(
            f"UPDATE interactions SET {assignments} WHERE id = ?",
            (*_parameters(interaction), interaction.id),
        )


def delete_interaction(vault: Vault, interaction_id: int) -> Interaction | None:
    """Delete an interaction; returns what was deleted so that it can be restored."""
    with vault.transaction() as sql:
        deleted = get_interaction(vault, interaction_id)
        if deleted is not None:
            sql.execute("DELETE FROM interactions WHERE id = ?", (interaction_id,))
    return deleted


def get_interaction(vault: Vault, interaction_id: int) -> Interaction | None:
    row = vault.query_one(f"SELECT id, {COLUMNS} FROM interactions WHERE id = ?",
                          (interaction_id,))
    return None if row is None else _interaction(row)


def _where(filter_: InteractionFilter) -> tuple[str, list]:
    clauses: list[str] = []
    parameters: list = []
    if filter_.start:
        clauses.append("i.occurred_at >= ?")
        parameters.append(filter_.start.isoformat())
    if filter_.end:
        # occurred_at sorts as text; anything on the end date is before the next day.
        clauses.append("i.occurred_at < ?")
        parameters.append(filter_.end.isoformat() + "U")
    if filter_.formats:
        clauses.append(f"i.format IN ({', '.join('?' * len(filter_.formats))})")
        parameters.extend(sorted(f.value for f in filter_.formats))
    if filter_.risks:
        clauses.append(f"i.risk IN ({', '.join('?' * len(filter_.risks))})")
        parameters.extend(sorted(r.value for r in filter_.risks))
    if filter_.follow_up_due_by:
        clauses.append("i.follow_up_done = 0 AND i.follow_up_due <= ?")
        parameters.append(filter_.follow_up_due_by.isoformat())
    if filter_.text.strip():
        pattern = "%" + filter_.text.strip().replace("\\", "\\\\").replace("%", "\\%").replace(
            "_", "\\_") + "%"
        # A subquery rather than the list's join: the few contacts are searched once.
        clauses.append(
            "(i.notes LIKE ? ESCAPE '\\' OR i.action_taken LIKE ? ESCAPE '\\' "
            "OR i.contact_id IN (SELECT id FROM contacts "
            "WHERE name LIKE ? ESCAPE '\\' OR reach LIKE ? ESCAPE '\\'))"
        )
        parameters.extend([pattern] * 4)
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", parameters


def _order(filter_: InteractionFilter, sort: SortKey, descending: bool) -> str:
    expression = _SORT_SQL.get(sort, f"i.{sort.value}")
    if sort is SortKey.OCCURRED_AT and (filter_.text.strip() or filter_.formats
                                        or filter_.risks or filter_.follow_up_due_by):
        # When the filter reads every row anyway, scanning the table and sorting
        # beats walking the time index and fetching each row at random (10x here).
        expression = "+i.occurred_at"
    direction = "DESC" if descending else "ASC"
    return f"{expression} {direction}, i.id {direction}"


def _joins_contacts(sort: SortKey) -> str:
    return " LEFT JOIN contacts c ON c.id = i.contact_id" if sort is SortKey.CONTACT else ""


def count_interactions(vault: Vault, filter_: InteractionFilter = InteractionFilter()) -> int:
    where, parameters = _where(filter_)
    return vault.query_one(f"SELECT count(*) FROM interactions i{where}", parameters)[0]


def find_interaction_ids(
    vault: Vault,
    filter_: InteractionFilter = InteractionFilter(),
    sort: SortKey = SortKey.OCCURRED_AT,
    descending: bool = True,
) -> array:
    """The ids of every interaction the filter lets through, in list order.

    Eight bytes a row: the list keeps these and reads whole rows a page at a time.
    """
    where, parameters = _where(filter_)
    rows = vault.query(
        f"SELECT i.id FROM interactions i{_joins_contacts(sort)}{where} "
        f"ORDER BY {_order(filter_, sort, descending)}",
        parameters,
    )
    return array("q", (row[0] for row in rows))


_ROW_COLUMNS = ", ".join(f"i.{name.strip()}" for name in ("id", *COLUMNS.split(",")))


def interaction_rows(vault: Vault, ids: Sequence[int]) -> list[InteractionRow]:
    """The interactions with these ids, in the order given (missing ids are skipped)."""
    if not ids:
        return []
    found = {}
    # SQLite allows 32766 bound parameters; pages are far smaller, but stay safe.
    for start in range(0, len(ids), 10_000):
        chunk = list(ids[start:start + 10_000])
        rows = vault.query(
            f"SELECT {_ROW_COLUMNS}, coalesce(c.name, '') FROM interactions i "
            f"LEFT JOIN contacts c ON c.id = i.contact_id "
            f"WHERE i.id IN ({', '.join('?' * len(chunk))})",
            chunk,
        )
        for row in rows:
            found[row[0]] = InteractionRow(_interaction(row), row[16])
    return [found[i] for i in ids if i in found]


def find_interactions(
    vault: Vault,
    filter_: InteractionFilter = InteractionFilter(),
    sort: SortKey = SortKey.OCCURRED_AT,
    descending: bool = True,
    offset: int = 0,
    limit: int = 200,
) -> list[InteractionRow]:
    """One page of the interaction list, filtered and sorted in SQL."""
    where, parameters = _where(filter_)
    # Paging over ids only keeps a deep OFFSET cheap: whole rows are read for one page.
    ids = [row[0] for row in vault.query(
        f"SELECT i.id FROM interactions i{_joins_contacts(sort)}{where} "
        f"ORDER BY {_order(filter_, sort, descending)} LIMIT ? OFFSET ?",
        [*parameters, limit, offset],
    )]
    return interaction_rows(vault, ids)


@dataclass(frozen=True)
class PeriodSummary:
    """How much support happened between two dates."""

    interactions: int
    minutes: int
    classmates: int
    referrals: int


def summarise_period(vault: Vault, start: date, end: date) -> PeriodSummary:
    """Counts for interactions from `start` to `end`, both days included."""
    row = vault.query_one(
        "SELECT count(*), coalesce(sum(duration_minutes), 0), count(DISTINCT contact_id), "
        "coalesce(sum(referrals != ''), 0) FROM interactions "
        "WHERE occurred_at >= ? AND occurred_at < ?",
        (start.isoformat(), end.isoformat() + "U"),
    )
    return PeriodSummary(*row)


def count_open_follow_ups(vault: Vault, due_by: date) -> int:
    return count_interactions(vault, InteractionFilter(follow_up_due_by=due_by))


def last_used_format(vault: Vault) -> Format | None:
    row = vault.query_one("SELECT format FROM interactions ORDER BY id DESC LIMIT 1")
    return None if row is None else Format(row[0])
