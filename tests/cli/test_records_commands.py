"""`sbs-desktop survey list|delete`, `audit`, `retention apply` and `retire` on real vaults."""

from __future__ import annotations

import pytest
from records_data import CANARY_NOTE, fill_records

from sbs_desktop.app.interactions import InteractionFilter, find_interaction_ids, interaction_rows
from sbs_desktop.app.survey import current_instrument, list_responses, record_response
from sbs_desktop.app.vaults import unlock_vault
from sbs_desktop.cli import main


@pytest.fixture
def closed_vault(supporter_vault, passphrase, monkeypatch):
    monkeypatch.setenv("SBS_PASSPHRASE", passphrase)
    fill_records(supporter_vault)
    instrument = current_instrument(supporter_vault)
    for year in ("1", "2"):
        record_response(supporter_vault, instrument, [("year_of_study", year)])
    supporter_vault.close()
    return supporter_vault.path


def test_survey_list_then_delete(closed_vault, passphrase, capsys):
    assert main(["survey", "list", "--vault", str(closed_vault)]) == 0
    out = capsys.readouterr().out
    assert "typed" in out and "2 responses." in out
    with unlock_vault(closed_vault, passphrase) as vault:
        first, second = (r.id for r in list_responses(vault))
    assert main(["survey", "delete", "--vault", str(closed_vault), str(first), "404"]) == 2
    captured = capsys.readouterr()
    assert "Deleted 1 responses." in captured.out and "404" in captured.err
    with unlock_vault(closed_vault, passphrase) as vault:
        assert [r.id for r in list_responses(vault)] == [second]


def test_audit_prints_events_without_values(closed_vault, capsys):
    assert main(["audit", "--vault", str(closed_vault)]) == 0
    out = capsys.readouterr().out
    assert "interaction_added" in out and "contact_added" in out and "8 events." in out
    assert CANARY_NOTE not in out
    assert main(["audit", "--vault", str(closed_vault), "--since", "2999-01-01"]) == 0
    assert capsys.readouterr().out.strip() == "0 events."


def test_retention_dry_run_changes_nothing_then_apply_clears(closed_vault, passphrase, capsys):
    command = ["retention", "apply", "--vault", str(closed_vault), "--older-than-months", "12"]
    assert main([*command, "--dry-run"]) == 0
    assert "Would clear 5 fields: 2 interactions" in capsys.readouterr().out
    assert main(command) == 0
    assert "Cleared 5 fields: 2 interactions" in capsys.readouterr().out
    with unlock_vault(closed_vault, passphrase) as vault:
        rows = interaction_rows(vault, find_interaction_ids(vault, InteractionFilter()))
        assert CANARY_NOTE not in {r.interaction.notes for r in rows}


def test_retire_asks_first_and_destroys_with_yes(closed_vault, tmp_path, capsys, monkeypatch):
    handed_over = tmp_path / "handover"
    handed_over.mkdir()
    command = ["retire", "--vault", str(closed_vault), "--export-to", str(handed_over)]
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr("builtins.input", lambda _prompt: "no")
    assert main(command) == 1
    assert closed_vault.exists() and not list(handed_over.iterdir())
    capsys.readouterr()
    assert main([*command, "--yes"]) == 0
    out = capsys.readouterr().out
    assert not closed_vault.exists()
    assert [p.suffix for p in handed_over.iterdir()] == [".zip"]
    assert f"Destroyed {closed_vault}" in out and "synced folder" in out
