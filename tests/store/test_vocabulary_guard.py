"""The vault stores no code outside the vocabulary, whichever way a record reaches it."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest

from sbs_desktop.app.interactions import change_interaction, record_interaction
from sbs_desktop.core.contact import Contact
from sbs_desktop.core.errors import InvalidRecord
from sbs_desktop.core.interaction import Interaction
from sbs_desktop.core.vocabulary import (
    Concern,
    Format,
    Initiator,
    OutreachReason,
    Referral,
    Risk,
)
from sbs_desktop.store.contacts import add_contact
from sbs_desktop.store.interactions import add_interactions

GOOD = Interaction(
    occurred_at=datetime(2026, 3, 2, 10), duration_minutes=30, format=Format.PHONE,
    initiated_by=Initiator.SUPPORTER, outreach_reason=OutreachReason.FOLLOW_UP,
    primary_concern=Concern.EXAMS, concerns=frozenset({Concern.EXAMS}), risk=Risk.NONE)
FORMULA = '=HYPERLINK("http://example.com","x")'


@pytest.mark.parametrize(("change", "field"), [
    ({"format": FORMULA}, "format"),
    ({"initiated_by": "teacher"}, "initiated_by"),
    ({"outreach_reason": "@SUM(1)"}, "outreach_reason"),
    ({"risk": "none "}, "risk"),
    ({"primary_concern": "exams\n", "concerns": frozenset({"exams\n"})}, "primary_concern"),
    ({"concerns": frozenset({Concern.EXAMS, "+cmd"})}, "concerns"),
    ({"referrals": frozenset({"-1+1"})}, "referrals"),
])
def test_recording_a_code_outside_the_vocabulary_is_refused_naming_the_field(
        supporter_vault, change, field):
    with pytest.raises(InvalidRecord) as caught:
        record_interaction(supporter_vault, replace(GOOD, **change))
    assert field in [problem.field for problem in caught.value.problems]
    assert supporter_vault.query_one("SELECT count(*) FROM interactions")[0] == 0


def test_changing_or_bulk_writing_a_bad_code_is_refused_too(supporter_vault):
    stored = record_interaction(supporter_vault, GOOD)
    with pytest.raises(InvalidRecord):
        change_interaction(supporter_vault, replace(stored, format=FORMULA))
    with pytest.raises(InvalidRecord):
        add_interactions(supporter_vault, [GOOD, replace(GOOD, risk="severe")])
    assert supporter_vault.query("SELECT format FROM interactions") == [("phone",)]


def test_every_code_of_the_vocabulary_is_accepted_by_the_store(supporter_vault):
    interactions = [
        replace(GOOD, format=f, initiated_by=i, risk=r, primary_concern=c,
                outreach_reason=None if i is Initiator.STUDENT else o,
                concerns=frozenset(Concern), referrals=frozenset(Referral))
        for f in Format for i in Initiator for r in Risk for c in Concern
        for o in list(OutreachReason)[:1]
    ] + [replace(GOOD, outreach_reason=o, referrals=frozenset({f}))
         for o in OutreachReason for f in Referral]
    assert add_interactions(supporter_vault, interactions) == len(interactions)


def test_a_contact_with_a_year_outside_1_to_4_is_refused_naming_the_field(supporter_vault):
    with pytest.raises(InvalidRecord) as caught:
        add_contact(supporter_vault, Contact(name="A. B.", year_of_study=5))
    assert [p.field for p in caught.value.problems] == ["year_of_study"]
