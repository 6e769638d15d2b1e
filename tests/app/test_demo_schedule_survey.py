"""Demo vaults hold weekly hours and survey responses that look like the paper's."""

from __future__ import annotations

import random
from datetime import date

from sbs_desktop.app.demo import make_demo_vault
from sbs_desktop.app.demo_schedule_survey import demo_responses, demo_terms
from sbs_desktop.app.schedule import hours_offered
from sbs_desktop.core.instrument import default_instrument
from sbs_desktop.core.schedule import validate
from sbs_desktop.core.vocabulary import Role
from sbs_desktop.store.schedule import list_terms
from sbs_desktop.store.survey import list_responses

TODAY = date(2026, 11, 2)


def test_demo_terms_are_valid_and_cover_the_years_asked():
    terms = demo_terms(random.Random(1), 2024, TODAY)
    assert [t.start.year for t in terms] == [2024, 2025, 2025, 2026, 2026, 2027]
    for term in terms:
        validate(term)
        assert term.slots and term.exceptions


def test_demo_survey_shares_resemble_the_paper():
    responses = list(demo_responses(random.Random(7), default_instrument(), TODAY, years=10))

    def share(question: str) -> float:
        answers = [r.answer(question) for r in responses if r.answer(question)]
        return sum(a == "yes" for a in answers) / len(answers)

    assert abs(share("barrier.career_impact.faculty") - 0.222) < 0.03
    assert share("barrier.career_impact.sbs") < 0.05
    assert abs(share("barrier.would_not_help.faculty") - 0.42) < 0.04
    assert abs(share("barrier.would_not_help.sbs") - 0.235) < 0.04


def test_demo_vaults_hold_hours_and_responses(tmp_path):
    with make_demo_vault(tmp_path / "s.sbsvault", role=Role.SUPPORTER, interactions=10,
                         today=TODAY) as vault:
        assert len(list_terms(vault)) == 6
        assert hours_offered(vault) and len(list_responses(vault)) == 18
    with make_demo_vault(tmp_path / "c.sbsvault", role=Role.COORDINATOR, today=TODAY) as vault:
        assert list_terms(vault) == []
        assert len(list_responses(vault)) == 2 * 81
