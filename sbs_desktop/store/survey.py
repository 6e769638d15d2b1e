"""Storing survey responses and the instrument versions a vault has loaded."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date

from sbs_desktop.core.instrument import Instrument, load_instrument
from sbs_desktop.core.survey import ResponseSource, SurveyResponse
from sbs_desktop.store.vault import Vault

_RESPONSE_COLUMNS = "id, uid, instrument_id, instrument_version, answered_on, source"


def _responses(vault: Vault, response_id: int | None = None) -> list[SurveyResponse]:
    """Every response, or only the one with `response_id`."""
    only = "" if response_id is None else "WHERE {} = ?"
    parameters = () if response_id is None else (response_id,)
    answers: dict[int, list[tuple[str, str]]] = {}
    for owner, question, answer in vault.query(
            "SELECT response_id, question, answer FROM survey_answers "
            f"{only.format('response_id')} ORDER BY rowid", parameters):
        answers.setdefault(owner, []).append((question, answer))
    return [
        SurveyResponse(uid=uid, instrument_id=instrument, instrument_version=version,
                       answered_on=date.fromisoformat(day),
                       answers=tuple(answers.get(id_, ())), id=id_,
                       source=ResponseSource(source) if source else None)
        for id_, uid, instrument, version, day, source in vault.query(
            f"SELECT {_RESPONSE_COLUMNS} FROM survey_responses {only.format('id')} "
            "ORDER BY answered_on, id", parameters)
    ]


def list_responses(vault: Vault) -> list[SurveyResponse]:
    """Every response, oldest first, with answers in the order they were stored."""
    return _responses(vault)


def get_response(vault: Vault, response_id: int) -> SurveyResponse | None:
    found = _responses(vault, response_id)
    return found[0] if found else None


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


def _insert(sql, response: SurveyResponse, response_id: int | None = None) -> int | None:
    """Insert one response and its answers; None when its uid is already stored."""
    cursor = sql.execute(
        "INSERT INTO survey_responses "
        "(id, uid, instrument_id, instrument_version, answered_on, source) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (uid) DO NOTHING",
        (response_id, response.uid, response.instrument_id, response.instrument_version,
         response.answered_on.isoformat(),
         None if response.source is None else str(response.source)))
    if not cursor.rowcount:
        return None
    _insert_answers(sql, cursor.lastrowid, response)
    return cursor.lastrowid


def _insert_answers(sql, response_id: int, response: SurveyResponse) -> None:
    sql.executemany(
        "INSERT OR IGNORE INTO survey_answers (response_id, question, answer) VALUES (?, ?, ?)",
        [(response_id, q, a) for q, a in response.answers])


def add_responses(vault: Vault, responses: Iterable[SurveyResponse]) -> list[SurveyResponse]:
    """Store responses in one transaction; ones whose uid is already stored are skipped."""
    stored = []
    with vault.transaction() as sql:
        for response in responses:
            response_id = _insert(sql, response)
            if response_id is not None:
                stored.append(replace(response, id=response_id))
    return stored


def add_response(vault: Vault, response: SurveyResponse) -> SurveyResponse:
    stored = add_responses(vault, [response])
    return stored[0] if stored else response


def update_response(vault: Vault, response: SurveyResponse) -> None:
    """Store a corrected response: its date and answers. Its uid, instrument version and
    source stay, so an imported response is still recognised when its file comes again."""
    with vault.transaction() as sql:
        sql.execute("UPDATE survey_responses SET answered_on = ? WHERE id = ?",
                    (response.answered_on.isoformat(), response.id))
        sql.execute("DELETE FROM survey_answers WHERE response_id = ?", (response.id,))
        _insert_answers(sql, response.id, response)


def delete_response(vault: Vault, response_id: int) -> SurveyResponse | None:
    """Delete; the returned response can be given to `restore_response`."""
    with vault.transaction() as sql:
        response = get_response(vault, response_id)
        sql.execute("DELETE FROM survey_responses WHERE id = ?", (response_id,))
    return response


def restore_response(vault: Vault, response: SurveyResponse) -> int | None:
    """Put a deleted response back with its uid, and its id unless a newer response took it
    (SQLite gives the highest id again once it is free)."""
    with vault.transaction() as sql:
        taken = get_response(vault, response.id) is not None
        return _insert(sql, response, None if taken else response.id)


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
