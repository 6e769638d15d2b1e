"""The interaction repository: filters, sorting and paging agree with a plain-Python reading."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sbs_desktop.app.vaults import create_vault
from sbs_desktop.core.contact import Contact
from sbs_desktop.core.interaction import Interaction
from sbs_desktop.core.vocabulary import (
    Concern,
    Format,
    Initiator,
    OutreachReason,
    Referral,
    Risk,
    Role,
)
from sbs_desktop.store.contacts import add_contact, delete_contact
from sbs_desktop.store.interactions import (
    InteractionFilter,
    SortKey,
    add_interaction,
    count_interactions,
    delete_interaction,
    find_interaction_ids,
    find_interactions,
    get_interaction,
    interaction_rows,
    last_used_format,
    restore_interaction,
    summarise_period,
    update_interaction,
)

FIRST_DAY = datetime(2025, 9, 1, 8, 0)
WORDS = ["osce", "sleep", "Match", "rent", "Grief", "call"]
RISK_ORDER = list(Risk)


@pytest.fixture(scope="module")
def shared_vault(tmp_path_factory):
    vault = create_vault(tmp_path_factory.mktemp("store") / "v.sbsvault",
                         "correct horse battery staple forty two", Role.SUPPORTER)
    contacts = [add_contact(vault, Contact(name=name, reach=reach)) for name, reach in
                (("Amira K.", "amira@example.org"), ("ben t.", ""), ("Chloé P.", "call 555"))]
    yield vault, contacts
    vault.close()


def interactions(contact_ids: list[int]):
    concern = st.sampled_from(list(Concern))
    return st.builds(
        lambda minutes, duration, format_, risk, primary, due_days, done, contact, year, notes:
        Interaction(
            occurred_at=FIRST_DAY + timedelta(minutes=minutes), duration_minutes=duration,
            format=format_, initiated_by=Initiator.STUDENT, primary_concern=primary,
            concerns=frozenset({primary}), risk=risk,
            follow_up_due=None if due_days is None
            else (FIRST_DAY + timedelta(minutes=minutes)).date() + timedelta(days=due_days),
            follow_up_done=done and due_days is not None, contact_id=contact,
            year_of_study=year, notes=notes),
        st.integers(0, 60 * 24 * 40), st.integers(1, 600), st.sampled_from(list(Format)),
        st.sampled_from(list(Risk)), concern, st.none() | st.integers(0, 30), st.booleans(),
        st.none() | st.sampled_from(contact_ids), st.none() | st.integers(1, 4),
        st.lists(st.sampled_from(WORDS), max_size=3).map(" ".join),
    )


filters = st.builds(
    InteractionFilter,
    start=st.none() | st.dates(date(2025, 9, 1), date(2025, 10, 15)),
    end=st.none() | st.dates(date(2025, 9, 1), date(2025, 10, 15)),
    formats=st.frozensets(st.sampled_from(list(Format)), max_size=2),
    risks=st.frozensets(st.sampled_from(list(Risk)), max_size=2),
    follow_up_due_by=st.none() | st.dates(date(2025, 9, 1), date(2025, 11, 15)),
    text=st.sampled_from(["", "OSCE", "grief", "amira", "555", "%", "_", "t."]),
)


def matches(f: InteractionFilter, i: Interaction, name: str, reach: str) -> bool:
    day = i.occurred_at.date()
    if (f.start and day < f.start) or (f.end and day > f.end):
        return False
    if (f.formats and i.format not in f.formats) or (f.risks and i.risk not in f.risks):
        return False
    if f.follow_up_due_by and not (i.follow_up_due and not i.follow_up_done
                                   and i.follow_up_due <= f.follow_up_due_by):
        return False
    text = f.text.strip().lower()
    return not text or any(text in s.lower() for s in (i.notes, i.action_taken, name, reach))


def sort_value(sort: SortKey, i: Interaction, name: str | None):
    value = {
        SortKey.OCCURRED_AT: i.occurred_at, SortKey.DURATION: i.duration_minutes,
        SortKey.FORMAT: i.format.value, SortKey.RISK: RISK_ORDER.index(i.risk),
        SortKey.FOLLOW_UP_DUE: i.follow_up_due, SortKey.YEAR_OF_STUDY: i.year_of_study,
        SortKey.CONTACT: name.lower() if name is not None else None,
        SortKey.PRIMARY_CONCERN: i.primary_concern.value,
        SortKey.INITIATED_BY: i.initiated_by.value,
    }[sort]
    # SQLite puts NULL before every value in ascending order.
    return (value is not None, value if value is not None else 0)


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_filter_sort_and_pages_agree_with_python(shared_vault, data):
    vault, contacts = shared_vault
    by_id = {c.id: c for c in contacts}
    for old in find_interaction_ids(vault):
        delete_interaction(vault, old)
    stored = [add_interaction(vault, i) for i in
              data.draw(st.lists(interactions(list(by_id)), max_size=25))]
    filter_ = data.draw(filters)
    sort = data.draw(st.sampled_from(list(SortKey)))
    descending = data.draw(st.booleans())

    def name_of(i):
        return by_id[i.contact_id].name if i.contact_id else None

    expected = [i for i in stored if matches(
        filter_, i, name_of(i) or "", by_id[i.contact_id].reach if i.contact_id else "")]
    expected.sort(key=lambda i: (sort_value(sort, i, name_of(i)), i.id), reverse=descending)
    expected_ids = [i.id for i in expected]

    assert list(find_interaction_ids(vault, filter_, sort, descending)) == expected_ids
    assert count_interactions(vault, filter_) == len(expected_ids)
    page_size = data.draw(st.integers(1, 7))
    paged = []
    for offset in range(0, len(expected_ids) + page_size, page_size):
        paged += [r.interaction.id for r in find_interactions(
            vault, filter_, sort, descending, offset=offset, limit=page_size)]
    assert paged == expected_ids
    rows = interaction_rows(vault, expected_ids)
    assert [r.interaction for r in rows] == expected
    assert [r.contact_name for r in rows] == [name_of(i) or "" for i in expected]


def test_an_interaction_reads_back_changes_and_comes_back_after_delete(supporter_vault):
    first = add_interaction(supporter_vault, Interaction(
        occurred_at=datetime(2026, 1, 5, 10, 30), duration_minutes=45, format=Format.VIDEO,
        initiated_by=Initiator.SUPPORTER, outreach_reason=OutreachReason.NOTICED_CHANGE,
        primary_concern=Concern.MOOD_ANXIETY,
        concerns=frozenset({Concern.MOOD_ANXIETY, Concern.EXAMS}), risk=Risk.CONCERNED,
        follow_up_due=date(2026, 1, 12), notes="Ça va mieux — 好"))
    assert get_interaction(supporter_vault, first.id) == first
    changed = Interaction(**{**first.__dict__, "follow_up_done": True, "notes": "done"})
    update_interaction(supporter_vault, changed)
    assert get_interaction(supporter_vault, first.id) == changed
    assert last_used_format(supporter_vault) is Format.VIDEO
    deleted = delete_interaction(supporter_vault, first.id)
    assert get_interaction(supporter_vault, first.id) is None
    restore_interaction(supporter_vault, deleted)
    assert get_interaction(supporter_vault, first.id) == changed


def test_deleting_a_contact_keeps_their_interactions_unlinked(supporter_vault):
    contact = add_contact(supporter_vault, Contact(name="Dana R.", year_of_study=2))
    kept = add_interaction(supporter_vault, Interaction(
        occurred_at=datetime(2026, 1, 5, 10, 30), duration_minutes=20, format=Format.PHONE,
        initiated_by=Initiator.STUDENT, primary_concern=Concern.FINANCES,
        concerns=frozenset({Concern.FINANCES}), risk=Risk.NONE, contact_id=contact.id,
        year_of_study=2))
    delete_contact(supporter_vault, contact.id)
    assert get_interaction(supporter_vault, kept.id).contact_id is None
    assert get_interaction(supporter_vault, kept.id).year_of_study == 2


def test_a_week_is_summarised_from_monday_to_sunday_inclusive(supporter_vault):
    contact = add_contact(supporter_vault, Contact(name="Eli M."))

    def log(when: datetime, minutes: int, with_contact: bool, referred: bool) -> None:
        add_interaction(supporter_vault, Interaction(
            occurred_at=when, duration_minutes=minutes, format=Format.IN_PERSON,
            initiated_by=Initiator.STUDENT, primary_concern=Concern.EXAMS,
            concerns=frozenset({Concern.EXAMS}), risk=Risk.NONE,
            contact_id=contact.id if with_contact else None,
            referrals=frozenset({Referral.FACULTY_WELLNESS}) if referred else frozenset()))

    log(datetime(2026, 3, 2, 0, 0), 30, True, True)      # Monday
    log(datetime(2026, 3, 8, 23, 59), 45, True, False)   # Sunday night
    log(datetime(2026, 3, 9, 0, 0), 60, False, True)     # the next Monday
    log(datetime(2026, 3, 1, 23, 59), 60, False, False)  # the Sunday before
    summary = summarise_period(supporter_vault, date(2026, 3, 2), date(2026, 3, 8))
    assert (summary.interactions, summary.minutes, summary.classmates, summary.referrals) == (
        2, 75, 1, 1)
