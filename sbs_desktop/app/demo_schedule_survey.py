"""Synthetic weekly hours and survey responses for demo vaults of either role (see app/demo.py)."""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, time, timedelta

from sbs_desktop.app.survey import current_instrument
from sbs_desktop.core.instrument import NO, YES, Instrument
from sbs_desktop.core.schedule import ScheduleMode, ScheduleSlot, Term
from sbs_desktop.core.survey import ResponseSource, SurveyResponse, make_response
from sbs_desktop.core.vocabulary import Role
from sbs_desktop.store.schedule import save_term
from sbs_desktop.store.survey import add_responses
from sbs_desktop.store.vault import Vault

PLACES = ("Roger Guindon Hall, room 2101", "Health Sciences library, study room 3",
          "Student lounge, 1st floor")
# Share answering "yes" for (Faculty of Medicine services, Side-by-Side). The first two
# are the paper's (Academic Medicine 2022;97(8):1170-1174): fear of career impact 22.2%
# vs 2.5%, belief it would not help 42.0% vs 23.5%; the rest are plausible guesses.
BARRIER_SHARES = {
    "career_impact": (0.222, 0.025), "would_not_help": (0.42, 0.235),
    "confidentiality": (0.30, 0.06), "stigma": (0.26, 0.07), "lack_of_time": (0.55, 0.36),
    "access_unknown": (0.21, 0.15), "academic_record": (0.28, 0.02),
    "handle_alone": (0.38, 0.30), "cost": (0.05, 0.01), "hours_location": (0.22, 0.12),
}
SERVICE_SHARES = {"faculty_wellness": 0.35, "side_by_side": 0.25,
                  "university_counselling": 0.2, "physician_health_program": 0.05,
                  "family_physician": 0.3}
YEAR_WEIGHTS = {"1": 28, "2": 27, "3": 24, "4": 21}
# The paper's survey had 81 respondents.
RESPONDENTS_PER_YEAR = 81


def _monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _slots(rng: random.Random) -> tuple[ScheduleSlot, ...]:
    days = rng.sample(range(5), rng.choice((2, 2, 3)))
    slots = []
    for weekday in sorted(days):
        start = rng.choice((time(12), time(12), time(17), time(18), time(8)))
        length = rng.choice((60, 60, 90, 120))
        end_minutes = start.hour * 60 + length
        end = time(end_minutes // 60, end_minutes % 60)
        if rng.random() < 0.6:
            slots.append(ScheduleSlot(weekday, start, end, ScheduleMode.IN_PERSON,
                                      rng.choice(PLACES)))
        else:
            slots.append(ScheduleSlot(weekday, start, end, ScheduleMode.ONLINE))
    return tuple(slots)


def _term(rng: random.Random, start: date, end: date, break_week: date) -> Term:
    monday = _monday_of(break_week)
    days_off = {monday + timedelta(days=i) for i in range(7)}
    days_off |= {start + timedelta(days=rng.randrange((end - start).days)) for _ in range(2)}
    return Term(start, end, _slots(rng), frozenset(d for d in days_off if start <= d <= end))


def demo_terms(rng: random.Random, first_year: int, today: date) -> list[Term]:
    """Autumn and winter terms from September of `first_year` to the current academic year,
    with the reading weeks off."""
    last_year = today.year if today.month >= 8 else today.year - 1
    terms = []
    for year in range(first_year, last_year + 1):
        terms.append(_term(rng, date(year, 9, 8), date(year, 12, 11), date(year, 10, 27)))
        terms.append(_term(rng, date(year + 1, 1, 6), date(year + 1, 4, 17),
                           date(year + 1, 2, 17)))
    return terms


def demo_responses(rng: random.Random, instrument: Instrument, today: date, years: int = 2,
                   per_year: int = RESPONDENTS_PER_YEAR) -> Iterator[SurveyResponse]:
    """End-of-year surveys in April of the last `years` academic years."""
    last_april = today.year if today >= date(today.year, 4, 30) else today.year - 1
    for year in range(last_april - years + 1, last_april + 1):
        for _ in range(per_year):
            answers: list[tuple[str, str]] = []
            if rng.random() < 0.97:
                year_of_study = rng.choices(list(YEAR_WEIGHTS), list(YEAR_WEIGHTS.values()))[0]
                answers.append(("year_of_study", year_of_study))
            used = [code for code, share in SERVICE_SHARES.items() if rng.random() < share]
            answers.extend(("services_used", code) for code in used or ["none"])
            for barrier, shares in BARRIER_SHARES.items():
                for target, share in zip(instrument.barrier_targets, shares, strict=True):
                    if rng.random() < 0.96:
                        answer = YES if rng.random() < share else NO
                        answers.append((f"barrier.{barrier}.{target}", answer))
            day = date(year, 4, rng.randint(6, 24))
            uid = f"{rng.getrandbits(128):032x}"
            # Paper forms typed in, as most responses come in.
            yield replace(make_response(instrument, day, answers, uid=uid),
                          source=ResponseSource.TYPED)


def fill_schedule_and_survey(vault: Vault, seed: int, today: date) -> None:
    """A supporter's weekly hours since the log starts and the responses of one kiosk
    session; a coordinator's two years of end-of-year survey responses."""
    # A generator of its own, seeded from the same seed, so that adding these
    # leaves the interactions drawn for a seed as they were.
    rng = random.Random(f"schedule-survey-{seed}")
    instrument = current_instrument(vault)
    if vault.role is Role.SUPPORTER:
        first_year = today.year - 2 if today.month >= 9 else today.year - 3
        for term in demo_terms(rng, first_year, today):
            save_term(vault, term)
        add_responses(vault, demo_responses(rng, instrument, today, years=1, per_year=18))
    else:
        add_responses(vault, demo_responses(rng, instrument, today))
