"""Terms and survey responses written to a real vault read back as written."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time

from sbs_desktop.core.instrument import default_instrument
from sbs_desktop.core.schedule import ScheduleMode, ScheduleSlot, Term
from sbs_desktop.core.survey import make_response
from sbs_desktop.store.schedule import delete_term, list_terms, save_term
from sbs_desktop.store.survey import (
    add_response,
    add_responses,
    count_responses,
    delete_response,
    known_uids,
    list_responses,
    store_instrument,
    stored_instruments,
)

TERM = Term(date(2026, 1, 5), date(2026, 4, 17),
            (ScheduleSlot(4, time(8, 30), time(9, 45), ScheduleMode.ONLINE),
             ScheduleSlot(1, time(12), time(13), ScheduleMode.IN_PERSON, "Room 2101")),
            frozenset({date(2026, 2, 17), date(2026, 2, 20)}))


def test_a_term_reads_back_and_is_replaced_whole(supporter_vault):
    saved = save_term(supporter_vault, TERM)
    [read] = list_terms(supporter_vault)
    assert read == replace(saved, slots=tuple(sorted(saved.slots, key=lambda s: s.weekday)))
    assert {s.id for s in read.slots} == {s.id for s in saved.slots} and None not in {
        s.id for s in read.slots}
    changed = save_term(supporter_vault, replace(saved, end=date(2026, 4, 10),
                                                 slots=saved.slots[:1], exceptions=frozenset()))
    [read] = list_terms(supporter_vault)
    assert read == changed and read.end == date(2026, 4, 10)
    delete_term(supporter_vault, read.id)
    assert list_terms(supporter_vault) == []
    assert supporter_vault.query("SELECT count(*) FROM schedule_slots")[0][0] == 0


def test_responses_read_back_and_a_known_uid_is_not_added_twice(coordinator_vault):
    instrument = default_instrument()
    first = add_response(coordinator_vault, make_response(
        instrument, date(2026, 4, 9), [("year_of_study", "1"), ("services_used", "none")]))
    second = make_response(instrument, date(2026, 4, 10), [("barrier.cost.sbs", "no")])
    stored = add_responses(coordinator_vault, [second, first, second])
    assert [r.uid for r in stored] == [second.uid]
    assert list_responses(coordinator_vault) == [first, stored[0]]
    assert known_uids(coordinator_vault, [first.uid, "0" * 32]) == {first.uid}
    delete_response(coordinator_vault, first.id)
    assert count_responses(coordinator_vault) == 1
    assert coordinator_vault.query("SELECT count(*) FROM survey_answers")[0][0] == 1


def test_an_instrument_version_is_stored_once(coordinator_vault):
    instrument = default_instrument()
    store_instrument(coordinator_vault, instrument)
    store_instrument(coordinator_vault, instrument)
    assert stored_instruments(coordinator_vault) == [instrument]
