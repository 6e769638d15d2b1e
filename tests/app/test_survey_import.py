"""Survey responses from CSV: all or nothing, every problem by row and column, no duplicates."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sbs_desktop.app.survey import (
    available_instruments,
    current_instrument,
    find_instrument,
    load_instrument_file,
    record_response,
)
from sbs_desktop.app.survey_import import (
    SurveyFileRejected,
    check_survey_file,
    import_survey_file,
    parse_survey_csv,
    survey_template,
    template_columns,
)
from sbs_desktop.core.errors import FileRejected
from sbs_desktop.core.instrument import default_instrument
from sbs_desktop.store.survey import list_responses

INSTRUMENT = default_instrument()
COLUMNS = template_columns(INSTRUMENT)
SECRET = b"k" * 32
TODAY = date(2026, 6, 1)


def _csv(rows: list[dict[str, str]], columns: list[str] = COLUMNS) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(columns)
    for row in rows:
        writer.writerow([row.get(c, "") for c in columns])
    return buffer.getvalue().encode("utf-8")


def _parse(data: bytes):
    return parse_survey_csv(data, "answers.csv", [INSTRUMENT], INSTRUMENT, SECRET, TODAY)


def _problems(data: bytes) -> list[tuple[object, object, str]]:
    with pytest.raises(SurveyFileRejected) as caught:
        _parse(data)
    return [(p.params["row"], p.params["column"], p.params["reason"])
            for p in caught.value.problems]


ROW = {"response_id": "R_1", "answered_on": "2026-04-12", "year_of_study": "2",
       "services_used": "faculty_wellness; side_by_side", "barrier.stigma.faculty": "yes",
       "barrier.stigma.sbs": "no"}


def test_the_template_parses_back():
    instrument, responses = parse_survey_csv(survey_template(INSTRUMENT).encode(), "t.csv",
                                             [INSTRUMENT], INSTRUMENT, SECRET, date.today())
    assert instrument is INSTRUMENT and len(responses) == 1


def test_a_valid_row_gives_its_answers_and_a_stable_uid():
    _, [response] = _parse(_csv([ROW]))
    assert response.answered_on == date(2026, 4, 12)
    assert response.answers == (("year_of_study", "2"), ("services_used", "faculty_wellness"),
                                ("services_used", "side_by_side"),
                                ("barrier.stigma.faculty", "yes"), ("barrier.stigma.sbs", "no"))
    _, [again] = _parse(_csv([ROW]))
    assert again.uid == response.uid
    _, [other] = _parse(_csv([{**ROW, "response_id": "R_2"}]))
    assert other.uid != response.uid


def test_a_time_after_the_date_is_dropped_and_semicolon_files_are_read():
    text = _csv([{**ROW, "answered_on": "2026-04-12 14:03:59"}]).decode().replace(",", ";")
    text = text.replace("faculty_wellness; side_by_side", "faculty_wellness|side_by_side")
    _, [response] = _parse(text.encode("utf-8-sig"))
    assert response.answered_on == date(2026, 4, 12)
    assert response.chosen("services_used") == {"faculty_wellness", "side_by_side"}


def test_every_problem_is_reported_by_row_and_column():
    rows = [ROW, {**ROW, "response_id": "R_2", "year_of_study": "5"},
            {**ROW, "response_id": "R_1", "answered_on": "12/04/2026",
             "barrier.cost.sbs": "maybe"},
            {"response_id": "R_4", "answered_on": "2026-04-12"},
            {**ROW, "response_id": "R_5", "services_used": "none;family_physician"},
            {**ROW, "response_id": "R_6", "answered_on": "2030-01-01"}]
    problems = _problems(_csv(rows))
    assert [(row, column) for row, column, _ in problems] == [
        (3, "year_of_study"), (4, "response_id"), (4, "answered_on"), (4, "barrier.cost.sbs"),
        (5, "-"), (6, "services_used"), (7, "answered_on")]
    assert problems[1][2] == "this id is already used in row 2"


def test_column_problems_are_named():
    columns = [c for c in COLUMNS if c != "barrier.cost.sbs"] + ["email"]
    assert _problems(_csv([ROW], columns)) == [
        (1, "email", "this column is not in the survey template; remove or rename it"),
        (1, "barrier.cost.sbs", "this column of the template is missing")]
    assert _problems(_csv([ROW], [*COLUMNS, "year_of_study"]))[0][:2] == (1, "year_of_study")


def test_a_short_row_and_bad_encoding_are_named():
    data = _csv([ROW]) + b"R_9,2026-04-12,1\r\n"
    assert _problems(data) == [(3, "-", "this row has 3 cells; the header has 24")]
    latin = _csv([{**ROW, "response_id": "Réponse"}]).decode().encode("latin-1")
    assert _problems(latin)[0][:2] == (2, "-")


def test_a_file_of_responses_imports_once(supporter_vault, tmp_path):
    path = tmp_path / "answers.csv"
    path.write_bytes(_csv([ROW, {**ROW, "response_id": "R_2", "year_of_study": "3"}]))
    checked = check_survey_file(supporter_vault, path, today=TODAY)
    assert (len(checked.responses), checked.already_imported) == (2, 0)
    assert list_responses(supporter_vault) == []
    assert import_survey_file(supporter_vault, checked) == 2
    again = check_survey_file(supporter_vault, path, today=TODAY)
    assert (again.already_imported, again.new_responses) == (2, 0)
    assert import_survey_file(supporter_vault, again) == 0
    assert len(list_responses(supporter_vault)) == 2


def test_a_newer_instrument_version_is_used_and_older_answers_keep_theirs(
        supporter_vault, tmp_path):
    old = record_response(supporter_vault, current_instrument(supporter_vault),
                          [("year_of_study", "1")])
    raw = json.loads(INSTRUMENT.definition)
    raw["version"] = "2"
    raw["items"][0]["options"].append(
        {"code": "5", "label": {"en": "Year 5 (extended)", "fr": "5e année (prolongée)"}})
    (tmp_path / "sbs-barriers-2.json").write_text(json.dumps(raw), encoding="utf-8")
    loaded = load_instrument_file(supporter_vault, tmp_path / "sbs-barriers-2.json")
    assert current_instrument(supporter_vault).version == "2"
    assert [i.version for i in available_instruments(supporter_vault)] == ["1", "2"]
    new = record_response(supporter_vault, loaded, [("year_of_study", "5")])
    stored = {r.uid: r for r in list_responses(supporter_vault)}
    assert stored[old.uid].instrument_version == "1"
    assert stored[new.uid].instrument_version == "2"
    assert find_instrument(supporter_vault, "sbs-barriers", "1") == INSTRUMENT
    assert find_instrument(supporter_vault, "sbs-barriers", "9") is None
    # A changed file under a version that is already known is refused.
    raw["items"][0]["options"].pop()
    (tmp_path / "changed.json").write_text(json.dumps(raw), encoding="utf-8")
    with pytest.raises(FileRejected):
        load_instrument_file(supporter_vault, tmp_path / "changed.json")


# -- property: whatever the file holds, a clear refusal or a whole result ----------------

cells = st.one_of(
    st.sampled_from(["", "yes", "no", "maybe", "1", "4", "7", "none", "faculty_wellness;none",
                     "side_by_side,cost", "2026-04-12", "2026-02-30", "x" * 300, "=cmd()",
                     "\"", "é", "\n"]),
    st.text(max_size=12))
columns_strategy = st.lists(st.sampled_from([*COLUMNS, "email", "", "Year_Of_Study"]),
                            min_size=0, max_size=30)


@st.composite
def csv_files(draw) -> bytes:
    columns = draw(st.one_of(st.just(COLUMNS), columns_strategy,
                             st.permutations(COLUMNS)))
    rows = draw(st.lists(st.lists(cells, min_size=0, max_size=len(columns) + 2), max_size=6))
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(columns)
    writer.writerows(rows)
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "latin-1", "utf-16", "cp1252"]))
    return buffer.getvalue().encode(encoding, errors="replace")


def _check_all_or_nothing(data: bytes) -> None:
    try:
        instrument, responses = _parse(data)
    except SurveyFileRejected as error:
        assert error.problems, "a refusal names at least one problem"
        for problem in error.problems:
            assert problem.params["file"] == "answers.csv"
            assert problem.params["reason"]
            assert problem.params["row"] == "-" or int(problem.params["row"]) >= 1
        assert error.message.startswith("answers.csv was not imported")
        return
    # Accepted: every response is whole and valid for the instrument.
    assert responses
    for response in responses:
        for question, answer in response.answers:
            assert answer in instrument.question(question).option_codes


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=600))
def test_arbitrary_bytes_are_refused_clearly_or_read_whole(data):
    _check_all_or_nothing(data)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(csv_files())
def test_any_csv_is_refused_clearly_or_read_whole(data):
    _check_all_or_nothing(data)


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(csv_files())
def test_a_refused_file_stores_nothing(supporter_vault, tmp_path, data):
    path = tmp_path / "answers.csv"
    path.write_bytes(data)
    before = list_responses(supporter_vault)
    try:
        checked = check_survey_file(supporter_vault, path)
    except SurveyFileRejected:
        assert list_responses(supporter_vault) == before
        return
    import_survey_file(supporter_vault, checked)
    uids = {r.uid for r in list_responses(supporter_vault)}
    assert {r.uid for r in checked.responses} <= uids
