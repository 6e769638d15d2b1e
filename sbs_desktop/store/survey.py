"""Storing survey responses and the instrument versions a vault has loaded."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date

from sbs_desktop.core.instrument import Instrument, load_instrument
from sbs_desktop.core.survey import SurveyResponse
from sbs_desktop.store.vault import Vault


def list_responses(vault: Vault) -> list[SurveyResponse]:
    """Every response, oldest first, with answers in the order they were stored."""
    answers: dict[int, list[tuple[str, str]]] = {}
    for response_id, question, answer in vault.query(
            "SELECT response_id, question, answer FROM survey_answers ORDER BY rowid"):
        answers.setdefault(response_id, []).append((question, answer))
    return [
        SurveyResponse(uid=uid, instrument_id=instrument, instrument_version=version,
                       answered_on=date.fromisoformat(day),
                       answers=tuple(answers.get(response_id, ())), id=response_id)
        for response_id, uid, instrument, version, day in vault.query(
            "SELECT id, uid, instrument_id, instrument_version, answered_on "
            "FROM survey_responses ORDER BY answered_on, id")
    ]


def count_responses(vault: Vault) -> int:
    return int(vault.query_one("SELECT count(*) FROM survey_responses")[0])


def known_uids(vault: Vault, uids: Iterable[str]) -> set[str]:
    """Those of `uids` already stored."""
    wanted = list(uids)
    found: set[str] = set()
    # SQLite limits bound parameters per statement; ask in chunks.
    for start in range(0, len(wanted), 500):
        chunk = wanted[start:start + 500]
        found.update(row[0] for row in vault.query(
            f"SELECT uid FROM survey_responses WHERE uid IN ({', '.join('?' * len(chunk))})",
            chunk))
    return found


def add_responses(vault: Vault, responses: Iterable[SurveyResponse]) -> list[SurveyResponse]:
    """Store responses in one transaction; ones whose uid is already stored are skipped."""
    stored = []
    with vault.transaction() as sql:
        for response in responses:
            cursor = sql.execute(
                "INSERT INTO survey_responses "
                "(uid, instrument_id, instrument_version, answered_on) "
                "VALUES (?, ?, ?, ?) ON CONFLICT (uid) DO NOTHING",
                (response.uid, response.instrument_id, response.instrument_version,
                 response.answered_on.isoformat()))
            if not cursor.rowcount:
                continue
            sql.executemany(
                "INSERT OR IGNORE INTO survey_answers (response_id, question, answer) "
                "VALUES (?, ?, ?)",
                [(cursor.lastrowid, q, a) for q, a in response.answers])
            stored.append(replace(response, id=cursor.lastrowid))
    return stored


def add_response(vault: Vault, response: SurveyResponse) -> SurveyResponse:
    stored = add_responses(vault, [response])
    return stored[0] if stored else response


def delete_response(vault: Vault, response_id: int) -> None:
    with vault.transaction() as sql:
        sql.execute("DELETE FROM survey_responses WHERE id = ?", (response_id,))


def stored_instruments(vault: Vault) -> list[Instrument]:
    """Every instrument version loaded into the vault (besides the shipped ones)."""
    return [load_instrument(definition, f"{identifier}-{version}.json")
            for identifier, version, definition in vault.query(
                "SELECT instrument_id, version, definition FROM survey_instruments "
                "ORDER BY instrument_id, version")]


def store_instrument(vault: Vault, instrument: Instrument) -> None:
    """Keep an instrument version; a version once stored is never changed."""
    with vault.transaction() as sql:
        sql.execute(
            "INSERT INTO survey_instruments (instrument_id, version, definition) "
            "VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
            (instrument.id, instrument.version, instrument.definition))
