"""Stored survey responses: where each came from, correcting one, deleting and undoing."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from sbs_desktop.app.survey import (
    correct_response,
    current_instrument,
    get_response,
    list_responses,
    record_response,
    remove_response,
    remove_responses,
    undo_remove_response,
)
from sbs_desktop.app.survey_import import check_survey_file, import_survey_file, survey_template
from sbs_desktop.core.errors import InvalidRecord, RecordGone
from sbs_desktop.core.survey import ResponseSource


@pytest.fixture
def imported(supporter_vault, tmp_path):
    """A vault holding the template's example row, imported from a file kept for later."""
    csv_file = tmp_path / "responses.csv"
    csv_file.write_text(survey_template(current_instrument(supporter_vault)), encoding="utf-8")
    assert import_survey_file(supporter_vault,
                              check_survey_file(supporter_vault, csv_file)) == 1
    return supporter_vault, csv_file


def test_each_response_says_how_it_came(imported):
    vault, _ = imported
    instrument = current_instrument(vault)
    record_response(vault, instrument, [("year_of_study", "1")])
    record_response(vault, instrument, [("year_of_study", "2")], source=ResponseSource.KIOSK)
    assert sorted(r.source for r in list_responses(vault)) == sorted(
        [ResponseSource.IMPORTED, ResponseSource.TYPED, ResponseSource.KIOSK])


def test_a_corrected_imported_response_is_still_recognised_when_its_file_comes_again(imported):
    vault, csv_file = imported
    original = list_responses(vault)[0]
    yesterday = date.today() - timedelta(days=1)
    corrected = correct_response(vault, original.id, [("year_of_study", "4")], yesterday)
    stored = get_response(vault, original.id)
    assert stored == corrected
    assert stored.answers == (("year_of_study", "4"),) and stored.answered_on == yesterday
    assert (stored.uid, stored.source) == (original.uid, ResponseSource.IMPORTED)

    again = check_survey_file(vault, csv_file)
    assert again.already_imported == 1
    assert import_survey_file(vault, again) == 0
    assert len(list_responses(vault)) == 1


def test_a_correction_follows_the_instrument_rules(imported):
    vault, _ = imported
    original = list_responses(vault)[0]
    with pytest.raises(InvalidRecord) as raised:
        correct_response(vault, original.id, [("year_of_study", "9")], date.today())
    assert [p.field for p in raised.value.problems] == ["year_of_study"]
    with pytest.raises(InvalidRecord):
        correct_response(vault, original.id, [], date.today())
    assert get_response(vault, original.id) == original
    with pytest.raises(RecordGone):
        correct_response(vault, 999, [("year_of_study", "1")], date.today())


def test_a_deleted_response_comes_back_whole_on_undo(imported):
    vault, csv_file = imported
    original = list_responses(vault)[0]
    removed = remove_response(vault, original.id)
    assert list_responses(vault) == []
    # While it is deleted, its file imports it again as new.
    assert check_survey_file(vault, csv_file).already_imported == 0
    undo_remove_response(vault, removed)
    assert list_responses(vault) == [original]
    assert remove_response(vault, 999) is None


def test_several_responses_are_deleted_at_once(supporter_vault):
    instrument = current_instrument(supporter_vault)
    ids = [record_response(supporter_vault, instrument, [("year_of_study", str(n))]).id
           for n in (1, 2, 3)]
    removed = remove_responses(supporter_vault, [ids[0], ids[2], ids[0], 999])
    assert [r.id for r in removed] == [ids[0], ids[2]]
    assert [r.id for r in list_responses(supporter_vault)] == [ids[1]]


def test_undo_after_a_newer_response_took_the_id_keeps_both(supporter_vault):
    instrument = current_instrument(supporter_vault)
    first = record_response(supporter_vault, instrument, [("year_of_study", "1")])
    removed = remove_response(supporter_vault, first.id)
    newer = record_response(supporter_vault, instrument, [("year_of_study", "2")])
    undo_remove_response(supporter_vault, removed)
    stored = {r.uid: r for r in list_responses(supporter_vault)}
    assert set(stored) == {first.uid, newer.uid}
    assert stored[first.uid].answers == first.answers
