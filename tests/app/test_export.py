"""The export a supporter sends: nothing identifying leaves, and the coordinator can read it."""

from __future__ import annotations

import hashlib
import hmac
import io
from datetime import date, datetime, time, timedelta

import pandas as pd
import pytest
from bundle_files import files_of

from sbs_desktop.app.export import export_bundle, export_history, preview_export
from sbs_desktop.app.interactions import record_interaction
from sbs_desktop.app.keys import (
    coordinator_identity,
    generate_coordinator_keys,
    set_coordinator_recipient,
)
from sbs_desktop.app.schedule import record_term
from sbs_desktop.app.survey import current_instrument, record_response
from sbs_desktop.app.vaults import create_vault
from sbs_desktop.core.contact import Contact
from sbs_desktop.core.errors import Cancelled, WrongRole
from sbs_desktop.core.interaction import Interaction
from sbs_desktop.core.progress import Progress
from sbs_desktop.core.schedule import ScheduleMode, ScheduleSlot, Term
from sbs_desktop.core.survey import SurveyResponse
from sbs_desktop.core.vocabulary import (
    Concern,
    Format,
    Initiator,
    OutreachReason,
    Referral,
    Risk,
    Role,
)
from sbs_desktop.exchange.anonymise import classmate_pseudonym
from sbs_desktop.exchange.encryption import KeyDoesNotFit, decrypt, generate_identity
from sbs_desktop.exchange.format import COLUMN_TYPES, TABLES
from sbs_desktop.exchange.manifest import validate_manifest
from sbs_desktop.store.contacts import add_contact
from sbs_desktop.store.survey import add_response

NAME = "Zephyrine Quasimodo-Thistlewood"
REACH = "zephyrine.q.8841@example.org, 613-555-0199"
NOTE = "Disclosed panic attacks before the KESTREL-7731 rotation"
ACTION = "Walked them to the ED at HALCYON-4412 hospital"
PLACE = "Room ORIOLE-3390, Roger Guindon Hall"
WHEN = datetime(2025, 3, 14, 13, 37)
SECRETS = (NAME, "Zephyrine", "Thistlewood", "zephyrine.q.8841", "613-555-0199", "KESTREL",
           "HALCYON", "ORIOLE", "13:37", "2025-03-14", "Roger Guindon")


def interaction(contact_id: int | None, **changes) -> Interaction:
    fields = dict(
        occurred_at=WHEN, duration_minutes=45, format=Format.IN_PERSON,
        initiated_by=Initiator.SUPPORTER, outreach_reason=OutreachReason.NOTICED_CHANGE,
        primary_concern=Concern.MOOD_ANXIETY,
        concerns=frozenset({Concern.MOOD_ANXIETY, Concern.CLERKSHIP}), risk=Risk.IMMEDIATE,
        referrals=frozenset({Referral.EMERGENCY, Referral.CRISIS_LINE}),
        follow_up_due=date(2025, 3, 16), contact_id=contact_id, year_of_study=3,
        notes=NOTE, action_taken=ACTION)
    fields.update(changes)
    return Interaction(**fields)


def fill(vault) -> tuple[int, int]:
    """A distinctive classmate with two interactions, another classmate, hours and a survey."""
    first = add_contact(vault, Contact(name=NAME, year_of_study=3, reach=REACH)).id
    second = add_contact(vault, Contact(name="Other Person", year_of_study=1)).id
    record_interaction(vault, interaction(first))
    record_interaction(vault, interaction(first, occurred_at=WHEN + timedelta(days=2)))
    record_interaction(vault, interaction(second, risk=Risk.NONE, action_taken="",
                                          initiated_by=Initiator.STUDENT, outreach_reason=None,
                                          follow_up_due=None, year_of_study=None))
    record_interaction(vault, interaction(None, risk=Risk.NONE, action_taken="",
                                          referrals=frozenset()))
    record_term(vault, Term(date(2025, 3, 3), date(2025, 3, 23), slots=(
        ScheduleSlot(0, time(12), time(13, 30), ScheduleMode.IN_PERSON, PLACE),
        ScheduleSlot(2, time(18), time(19), ScheduleMode.ONLINE)),
        exceptions=frozenset({date(2025, 3, 10)})))
    instrument = current_instrument(vault)
    record_response(vault, instrument, [("year_of_study", "3")], date(2025, 4, 2))
    return first, second


def frame(files: dict[str, bytes], table: str) -> pd.DataFrame:
    file, columns = TABLES[table]
    return pd.read_csv(io.BytesIO(files[file]), keep_default_na=False, na_values={
        c: [""] for c in columns if COLUMN_TYPES[c] != "text"},
        dtype={c: {"text": str, "integer": "Int64", "decimal": float}[COLUMN_TYPES[c]]
               for c in columns})


@pytest.fixture
def filled(supporter_vault):
    ids = fill(supporter_vault)
    return supporter_vault, ids


@pytest.mark.parametrize("form", ["folder", "zip", "zip.age"])
def test_names_contact_details_notes_and_times_appear_in_no_bundle_file(
        filled, tmp_path, coordinator_vault, form):
    vault, _ = filled
    identity = None
    if form == "zip.age":
        set_coordinator_recipient(vault, generate_coordinator_keys(coordinator_vault))
        identity = coordinator_identity(coordinator_vault)
    result = export_bundle(vault, tmp_path / "bundle", form="folder" if form == "zip.age"
                           else form, today=date(2025, 6, 1))
    assert result.record.form == form
    raw = result.path.read_bytes() if result.path.is_file() else b""
    files = files_of(result.path, identity)
    assert set(files) == {"manifest.json", "manifest.sig", *(file for file, _ in TABLES.values())}
    for secret in SECRETS:
        for name, data in [*files.items(), ("(the bundle file)", raw)]:
            assert secret.encode("utf-8") not in data, f"{secret!r} leaked into {name}"
    # manifest.sig is 64 bytes of signature, not text; the secret search above covered it.
    everything = b"".join(data for name, data in files.items()
                          if name != "manifest.sig").decode("utf-8").casefold()
    assert "zephyrine" not in everything and "kestrel" not in everything


def test_the_same_classmate_keeps_a_pseudonym_across_exports_and_others_differ(
        filled, tmp_path):
    vault, (first, second) = filled
    one = frame(files_of(export_bundle(vault, tmp_path / "one").path), "interactions")
    two = frame(files_of(export_bundle(vault, tmp_path / "two", granularity="month").path),
                "interactions")
    for bundle in (one, two):
        classmates = bundle["classmate"].tolist()
        assert classmates[0] == classmates[1]          # both interactions with NAME
        assert classmates[2] != classmates[0]          # another classmate
        assert classmates[0] == classmate_pseudonym(vault.pseudonym_secret, first)
        assert classmates[2] == classmate_pseudonym(vault.pseudonym_secret, second)
        assert classmates[3] == ""                     # not linked to anyone
    assert one["classmate"].tolist()[:3] == two["classmate"].tolist()[:3]
    assert one["interaction"].tolist() == two["interaction"].tolist()
    assert one["supporter"].nunique() == 1
    assert one["supporter"].tolist() == two["supporter"].tolist()


def test_pseudonyms_cannot_be_recomputed_without_the_vaults_secret(filled, tmp_path,
                                                                 passphrase):
    vault, (first, _) = filled
    bundle = frame(files_of(export_bundle(vault, tmp_path / "mine").path), "interactions")
    pseudonym = bundle["classmate"][0]
    # It is the keyed hash with this vault's secret ...
    keyed = hmac.new(vault.pseudonym_secret, f"classmate:{first}".encode(), hashlib.sha256)
    assert pseudonym == "C-" + keyed.hexdigest()[:16]
    # ... and neither a plain hash of the id nor another vault's secret gives it.
    assert pseudonym[2:] not in {hashlib.sha256(str(first).encode()).hexdigest()[:16],
                                 hashlib.sha256(f"classmate:{first}".encode()).hexdigest()[:16]}
    with create_vault(tmp_path / "other.sbsvault", passphrase, Role.SUPPORTER) as other:
        fill(other)
        assert other.pseudonym_secret != vault.pseudonym_secret
        theirs = frame(files_of(export_bundle(other, tmp_path / "theirs").path),
                       "interactions")
    for column in ("classmate", "interaction", "supporter"):
        assert not (set(bundle[column]) & set(theirs[column])) - {""}
    # Same records, same coarse facts: only the pseudonyms differ.
    assert bundle["period"].tolist() == theirs["period"].tolist()


def test_manifest_hashes_and_row_counts_match_the_files(filled, tmp_path):
    vault, _ = filled
    result = export_bundle(vault, tmp_path / "bundle", form="zip", today=date(2025, 6, 1))
    files = files_of(result.path)
    manifest = validate_manifest(files["manifest.json"])
    assert manifest == result.manifest
    for name, (file, _) in TABLES.items():
        assert manifest.tables[name].sha256 == hashlib.sha256(files[file]).hexdigest()
        assert manifest.tables[name].rows == len(frame(files, name))
    assert manifest.tables["interactions"].rows == 4
    # Hours on 3 to 23 March, Monday 10 March off: 2 x 1.5 h in person, 3 x 1 h online.
    assert manifest.tables["schedule"].rows == 5
    assert manifest.tables["survey"].rows == 1
    assert manifest.period == ("2025-W10", "2025-W14")
    assert manifest.instrument.id == "sbs-barriers"


def test_the_csvs_read_back_with_pandas_to_the_values_and_types_described(filled, tmp_path):
    vault, _ = filled
    files = files_of(export_bundle(vault, tmp_path / "bundle", today=date(2025, 6, 1)).path)
    interactions = frame(files, "interactions")
    assert list(interactions.columns) == list(TABLES["interactions"][1])
    first = interactions.iloc[0]
    assert first["period"] == "2025-W11"
    assert first["academic_year"] == "2024-2025"
    assert first["duration_minutes"] == 45
    assert first["format"] == "in_person"
    assert first["concerns"] == "clerkship;mood_anxiety"
    assert first["referrals"] == "crisis_line;emergency"
    assert first["risk"] == "immediate"
    assert first["follow_up"] == "open"
    assert first["year_of_study"] == 3
    assert interactions["duration_minutes"].dtype == "Int64"
    assert interactions["year_of_study"].isna().tolist() == [False, False, True, False]
    assert interactions["outreach_reason"].tolist()[2] == ""
    # Read without any help, pandas still sees numbers where the format has numbers.
    plain = pd.read_csv(io.BytesIO(files["interactions.csv"]))
    assert plain["duration_minutes"].dtype.kind == "i"
    assert plain["year_of_study"].dtype.kind == "f"  # NaN for the unknown year
    schedule = frame(files, "schedule")
    assert schedule["hours_offered"].dtype == float
    assert schedule.to_dict("records")[:2] == [
        {"supporter": first["supporter"], "period": "2025-W10", "mode": "in_person",
         "hours_offered": 1.5},
        {"supporter": first["supporter"], "period": "2025-W10", "mode": "online",
         "hours_offered": 1.0},
    ]
    survey = frame(files, "survey")
    assert survey[["instrument", "instrument_version", "period", "question", "answer"]].iloc[
        0].tolist() == ["sbs-barriers", "1", "2025-W14", "year_of_study", "3"]


def test_a_formula_like_cell_is_neutralised_and_a_negative_number_stays_a_number(
        supporter_vault, tmp_path):
    add_response(supporter_vault, SurveyResponse(
        "f" * 32, "sbs-barriers", "1", date(2025, 4, 2),
        (("comment", '=HYPERLINK("http://evil.example","x")'), ("score", "-3"),
         ("other", "@SUM(A1)"))))
    files = files_of(export_bundle(supporter_vault, tmp_path / "bundle").path)
    survey = pd.read_csv(io.BytesIO(files["survey.csv"]), keep_default_na=False)
    answers = dict(zip(survey["question"], survey["answer"], strict=True))
    assert answers["comment"] == '\'=HYPERLINK("http://evil.example","x")'
    assert answers["other"] == "'@SUM(A1)"
    assert answers["score"] == "-3"
    assert pd.to_numeric(answers["score"]) == -3


def test_a_cancelled_export_leaves_nothing_and_is_not_in_the_history(filled, tmp_path):
    vault, _ = filled
    out = tmp_path / "out"
    out.mkdir()
    progress = Progress()
    progress.cancel()
    for form in ("folder", "zip"):
        with pytest.raises(Cancelled):
            export_bundle(vault, out / "bundle", form=form, progress=progress)
    assert list(out.iterdir()) == []
    assert export_history(vault) == []


def test_an_encrypted_bundle_opens_with_the_coordinators_key_and_no_other(
        filled, tmp_path, coordinator_vault, passphrase):
    vault, _ = filled
    public = generate_coordinator_keys(coordinator_vault)
    set_coordinator_recipient(vault, public)
    result = export_bundle(vault, tmp_path / "bundle", form="zip")
    assert result.path.name == "bundle.zip.age"
    assert result.record.recipient == public
    assert list(tmp_path.glob("*bundle*")) == [result.path]
    files = files_of(result.path, coordinator_identity(coordinator_vault))
    assert validate_manifest(files["manifest.json"]) == result.manifest
    other_identity, _ = generate_identity()
    with pytest.raises(KeyDoesNotFit):
        decrypt(result.path.read_bytes(), other_identity)
    with create_vault(tmp_path / "c2.sbsvault", passphrase, Role.COORDINATOR) as other:
        generate_coordinator_keys(other)
        with pytest.raises(KeyDoesNotFit):
            decrypt(result.path.read_bytes(), coordinator_identity(other))


def test_a_recipient_given_for_one_export_overrides_none_stored(filled, tmp_path):
    vault, _ = filled
    identity, public = generate_identity()
    result = export_bundle(vault, tmp_path / "bundle", recipient=public)
    assert result.path.name == "bundle.zip.age"
    assert "manifest.json" in files_of(result.path, identity)


def test_each_export_is_recorded_with_a_growing_sequence(filled, tmp_path):
    vault, _ = filled
    first = export_bundle(vault, tmp_path / "a", form="zip")
    second = export_bundle(vault, tmp_path / "b", granularity="month")
    history = export_history(vault)
    assert [r.sequence for r in history] == [2, 1]
    assert [r.export_id for r in history] == [second.manifest.export_id,
                                              first.manifest.export_id]
    assert history[1].destination == str((tmp_path / "a.zip").resolve())
    assert history[1].form == "zip" and history[0].form == "folder"
    assert history[0].granularity == "month"
    assert history[0].interaction_rows == 4
    assert second.manifest.export_sequence == 2


def test_the_preview_shows_the_rows_as_they_will_be_written(filled, tmp_path):
    vault, _ = filled
    preview = preview_export(vault, "month", today=date(2025, 6, 1))
    files = files_of(export_bundle(vault, tmp_path / "b", granularity="month",
                                   today=date(2025, 6, 1)).path)
    for table in preview.tables:
        lines = files[table.file].decode("utf-8").split("\r\n")[1:-1]
        assert table.rows == len(lines)
        assert [",".join(row) for row in table.first_rows] == lines[:len(table.first_rows)]
    assert preview.table("interactions").rows == 4
    assert not preview.encrypted


def test_an_empty_vault_exports_headers_only(supporter_vault, tmp_path):
    result = export_bundle(supporter_vault, tmp_path / "bundle")
    assert {entry.rows for entry in result.manifest.tables.values()} == {0}
    assert result.manifest.period is None
    assert result.manifest.instrument is None


def test_a_coordinator_vault_does_not_export(coordinator_vault, tmp_path):
    with pytest.raises(WrongRole):
        export_bundle(coordinator_vault, tmp_path / "bundle")
    assert list(tmp_path.glob("*bundle*")) == []
