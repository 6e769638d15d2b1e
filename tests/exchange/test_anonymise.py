"""Anonymisation: keyed pseudonyms, coarse dates, neutralised cells; deterministic."""

from __future__ import annotations

import hashlib
import hmac
import re
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sbs_desktop.core.export import ExportableInteraction
from sbs_desktop.core.schedule import OfferedHours
from sbs_desktop.core.survey import SurveyResponse
from sbs_desktop.exchange.anonymise import (
    FORMULA_STARTS,
    Anonymiser,
    KeyedHash,
    academic_year_of,
    classmate_pseudonym,
    interaction_pseudonym,
    neutralise,
    period_of,
    response_pseudonym,
    supporter_pseudonym,
)
from sbs_desktop.exchange.format import INTERACTION_COLUMNS

SECRET = bytes(range(32))
OTHER_SECRET = bytes(range(1, 33))
secrets_ = st.binary(min_size=32, max_size=32)
ids = st.integers(min_value=1, max_value=2**62)
days = st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31))


def record(**changes) -> ExportableInteraction:
    fields = dict(id=7, occurred_on="2025-03-14", duration_minutes=30, format="phone",
                  initiated_by="supporter", outreach_reason="noticed_change",
                  primary_concern="exams", concerns="exams mood_anxiety", risk="concerned",
                  referrals="faculty_wellness university_counselling", follow_up_due=None,
                  follow_up_done=0, contact_id=3, year_of_study=2)
    fields.update(changes)
    return ExportableInteraction(**fields)


# -- cells a spreadsheet would run ------------------------------------------------


@pytest.mark.parametrize(("text", "written"), [
    ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"),
    ("+1+1", "'+1+1"),
    ("-1+1", "'-1+1"),
    ("@SUM(A1)", "'@SUM(A1)"),
    ("\t=1", "'\t=1"),
    ("\r=1", "'\r=1"),
    ("\nSUM", "'\nSUM"),
    (" =1+1", "' =1+1"),
    ("   @cmd", "'   @cmd"),
    ("\u00a0-x", "'\u00a0-x"),
    ("\uff1d1+1", "'\uff1d1+1"),
    ("\uff0bA1", "'\uff0bA1"),
    ("\uff0dA1", "'\uff0dA1"),
    ("\uff20SUM(A1)", "'\uff20SUM(A1)"),
    ("a =b", "a =b"),
    ("-3", "-3"),
    ("-12.5", "-12.5"),
    ("42", "42"),
    ("mood_anxiety", "mood_anxiety"),
    ("", ""),
])
def test_formula_like_text_is_neutralised_and_numbers_are_left_alone(text, written):
    assert neutralise(text) == written


@pytest.mark.parametrize("number", [-3, -12.5, 0, 7, 2.25])
def test_numbers_stay_numbers(number):
    assert neutralise(number) == number
    assert type(neutralise(number)) is type(number)


@given(st.text())
def test_no_neutralised_text_starts_a_formula(text):
    cell = neutralise(text)
    assert cell in (text, "'" + text)
    if cell[:1] in FORMULA_STARTS:
        assert re.fullmatch(r"-?[0-9]+(\.[0-9]+)?", cell)
    assert neutralise(cell) == cell  # neutralising twice changes nothing more


DANGEROUS_STARTS = "=+-@\uff1d\uff0b\uff0d\uff20"


@given(spaces=st.text(alphabet=" \u00a0\u3000", max_size=4),
       start=st.sampled_from(DANGEROUS_STARTS + "\t\r\n"), rest=st.text(max_size=20))
def test_a_formula_start_after_any_leading_spaces_or_a_control_start_is_quoted(
        spaces, start, rest):
    # Spaces before a formula sign still make a formula; a control character counts first.
    text = (spaces if start in DANGEROUS_STARTS else "") + start + rest
    cell = neutralise(text)
    if re.fullmatch(r"-?[0-9]+(\.[0-9]+)?", text):
        assert cell == text
    else:
        assert cell == "'" + text


@given(st.text())
def test_what_a_spreadsheet_would_read_as_a_formula_never_leaves_unquoted(text):
    cell = neutralise(text)
    if cell == text and not re.fullmatch(r"-?[0-9]+(\.[0-9]+)?", text):
        first = text.lstrip(" \u00a0\u3000")[:1]
        assert not first or first not in DANGEROUS_STARTS
        assert not text or text[0] not in "\t\r\n"


@given(st.integers() | st.floats(allow_nan=False))
def test_negative_and_positive_numbers_written_as_text_stay_numbers(number):
    text = str(number)
    if re.fullmatch(r"-?[0-9]+(\.[0-9]+)?", text):
        assert neutralise(text) == text


# -- pseudonyms ---------------------------------------------------------------------


@given(secret=secrets_, contact=ids)
def test_pseudonyms_have_their_forms_and_are_stable(secret, contact):
    assert re.fullmatch(r"C-[0-9a-f]{16}", classmate_pseudonym(secret, contact))
    assert re.fullmatch(r"I-[0-9a-f]{16}", interaction_pseudonym(secret, contact))
    assert re.fullmatch(r"R-[0-9a-f]{16}", response_pseudonym(secret, str(contact)))
    assert re.fullmatch(r"S-[0-9a-f]{12}", supporter_pseudonym(secret, str(contact)))
    assert classmate_pseudonym(secret, contact) == classmate_pseudonym(secret, contact)


@given(secret=secrets_, first=ids, second=ids)
def test_different_classmates_get_different_pseudonyms(secret, first, second):
    if first != second:
        assert classmate_pseudonym(secret, first) != classmate_pseudonym(secret, second)


@given(first=secrets_, second=secrets_, contact=ids)
def test_another_secret_gives_other_pseudonyms(first, second, contact):
    if first != second:
        assert classmate_pseudonym(first, contact) != classmate_pseudonym(second, contact)
        assert interaction_pseudonym(first, contact) != interaction_pseudonym(second, contact)


def test_a_pseudonym_is_the_keyed_hash_and_not_a_plain_one():
    pseudonym = classmate_pseudonym(SECRET, 3)
    keyed = hmac.new(SECRET, b"classmate:3", hashlib.sha256).hexdigest()
    assert pseudonym == "C-" + keyed[:16]
    for unkeyed in (hashlib.sha256(b"3"), hashlib.sha256(b"classmate:3")):
        assert pseudonym != "C-" + unkeyed.hexdigest()[:16]


def test_pseudonym_kinds_do_not_collide():
    assert classmate_pseudonym(SECRET, 7)[2:] != interaction_pseudonym(SECRET, 7)[2:]


# -- dates ----------------------------------------------------------------------------


@pytest.mark.parametrize(("day", "week", "month", "year"), [
    (date(2025, 3, 14), "2025-W11", "2025-03", "2024-2025"),
    (date(2024, 12, 30), "2025-W01", "2024-12", "2024-2025"),  # ISO week of the next year
    (date(2021, 1, 3), "2020-W53", "2021-01", "2020-2021"),
    (date(2025, 8, 31), "2025-W35", "2025-08", "2024-2025"),
    (date(2025, 9, 1), "2025-W36", "2025-09", "2025-2026"),
])
def test_dates_are_coarsened_to_weeks_months_and_academic_years(day, week, month, year):
    assert period_of(day, "week") == week
    assert period_of(day, "month") == month
    assert academic_year_of(day) == year


@given(days)
def test_every_day_of_an_iso_week_gives_the_same_period(day):
    monday = day - timedelta(days=day.weekday())
    assert {period_of(monday + timedelta(days=n), "week") for n in range(7)} == {
        period_of(day, "week")}


@given(days, days)
def test_periods_sort_as_their_days_do(first, second):
    if first <= second:
        for granularity in ("week", "month"):
            assert period_of(first, granularity) <= period_of(second, granularity)


def test_an_unknown_granularity_is_refused():
    with pytest.raises(ValueError):
        Anonymiser(SECRET, "vault", "day")


# -- rows -----------------------------------------------------------------------------


def test_an_interaction_row_holds_codes_pseudonyms_and_the_week_only():
    row = dict(zip(INTERACTION_COLUMNS, Anonymiser(SECRET, "v1").interaction_row(record()),
                   strict=True))
    assert row == {
        "interaction": interaction_pseudonym(SECRET, 7),
        "supporter": supporter_pseudonym(SECRET, "v1"),
        "period": "2025-W11",
        "academic_year": "2024-2025",
        "duration_minutes": 30,
        "format": "phone",
        "initiated_by": "supporter",
        "outreach_reason": "noticed_change",
        "primary_concern": "exams",
        "concerns": "exams;mood_anxiety",
        "risk": "concerned",
        "referrals": "faculty_wellness;university_counselling",
        "follow_up": "none",
        "classmate": classmate_pseudonym(SECRET, 3),
        "year_of_study": 2,
    }


@pytest.mark.parametrize(("due", "done", "state"), [
    (None, 0, "none"), ("2025-03-20", 0, "open"), ("2025-03-20", 1, "done")])
def test_follow_up_is_reduced_to_its_state(due, done, state):
    row = Anonymiser(SECRET, "v1").interaction_row(record(follow_up_due=due, follow_up_done=done))
    assert row[INTERACTION_COLUMNS.index("follow_up")] == state
    assert "2025-03-20" not in row


def test_empty_values_stay_empty():
    row = Anonymiser(SECRET, "v1").interaction_row(
        record(initiated_by="student", outreach_reason=None, referrals="", contact_id=None,
               year_of_study=None))
    for column in ("outreach_reason", "classmate", "year_of_study"):
        assert row[INTERACTION_COLUMNS.index(column)] is None
    assert row[INTERACTION_COLUMNS.index("referrals")] == ""


@given(st.lists(st.builds(
    record, id=ids, occurred_on=days.map(date.isoformat),
    contact_id=st.none() | st.integers(1, 50)), max_size=20))
def test_rows_are_a_pure_function_of_the_records(records):
    once = list(Anonymiser(SECRET, "v1").interaction_rows(records))
    again = list(Anonymiser(SECRET, "v1").interaction_rows(reversed(records)))
    assert once == list(reversed(again))
    other = list(Anonymiser(OTHER_SECRET, "v1").interaction_rows(records))
    for mine, theirs in zip(once, other, strict=True):
        assert mine[0] != theirs[0] and mine[1] != theirs[1]
        assert mine[2:13] == theirs[2:13]


def test_hours_offered_are_summed_per_period_and_mode():
    offered = [OfferedHours(date(2025, 3, 10), "in_person", 2.0),
               OfferedHours(date(2025, 3, 12), "in_person", 1.5),
               OfferedHours(date(2025, 3, 12), "online", 1 / 3),
               OfferedHours(date(2025, 3, 17), "online", 1.0)]
    supporter = supporter_pseudonym(SECRET, "v1")
    assert Anonymiser(SECRET, "v1").schedule_rows(offered) == [
        (supporter, "2025-W11", "in_person", 3.5),
        (supporter, "2025-W11", "online", 0.33),
        (supporter, "2025-W12", "online", 1.0),
    ]
    assert Anonymiser(SECRET, "v1", "month").schedule_rows(offered) == [
        (supporter, "2025-03", "in_person", 3.5),
        (supporter, "2025-03", "online", 1.33),
    ]


def test_a_survey_response_gives_one_row_per_answer():
    response = SurveyResponse("abc123", "sbs-barriers", "1", date(2026, 4, 2),
                              (("year_of_study", "2"), ("services_used", "faculty_wellness"),
                               ("services_used", "=cmd"), ("score", "-3")))
    rows = list(Anonymiser(SECRET, "v1").survey_rows([response]))
    pseudonym = response_pseudonym(SECRET, "abc123")
    assert rows == [
        (pseudonym, "sbs-barriers", "1", "2026-W14", "year_of_study", "2"),
        (pseudonym, "sbs-barriers", "1", "2026-W14", "services_used", "faculty_wellness"),
        (pseudonym, "sbs-barriers", "1", "2026-W14", "services_used", "'=cmd"),
        (pseudonym, "sbs-barriers", "1", "2026-W14", "score", "-3"),
    ]


@given(key=st.binary(max_size=200), message=st.binary(max_size=200))
def test_the_fast_keyed_hash_is_hmac_sha256(key, message):
    assert KeyedHash(key).hexdigest(message) == hmac.new(key, message, hashlib.sha256).hexdigest()
