"""`sbs-desktop survey template|import` on a real vault."""

from __future__ import annotations

import pytest

from sbs_desktop.app.survey_import import template_columns
from sbs_desktop.cli import main
from sbs_desktop.core.instrument import default_instrument
from sbs_desktop.store.survey import list_responses
from sbs_desktop.store.vault import Vault


@pytest.fixture
def closed_vault(supporter_vault, passphrase, monkeypatch):
    monkeypatch.setenv("SBS_PASSPHRASE", passphrase)
    supporter_vault.close()
    return supporter_vault.path


def _count(path, passphrase) -> int:
    with Vault.open(path, passphrase) as vault:
        return len(list_responses(vault))


def test_template_then_import_then_import_again(closed_vault, passphrase, tmp_path, capsys):
    template = tmp_path / "template.csv"
    assert main(["survey", "template", "--vault", str(closed_vault), "--out", str(template)]) == 0
    lines = template.read_text(encoding="utf-8").splitlines()
    assert lines[0].split(",") == template_columns(default_instrument())

    assert main(["survey", "import", "--vault", str(closed_vault), str(template),
                 "--dry-run"]) == 0
    assert _count(closed_vault, passphrase) == 0
    assert main(["survey", "import", "--vault", str(closed_vault), str(template)]) == 0
    assert "Imported 1 new responses." in capsys.readouterr().out
    assert main(["survey", "import", "--vault", str(closed_vault), str(template)]) == 0
    assert "1 already imported" in capsys.readouterr().out
    assert _count(closed_vault, passphrase) == 1


def test_a_bad_file_lists_every_problem_and_imports_nothing(closed_vault, passphrase, tmp_path,
                                                           capsys):
    columns = template_columns(default_instrument())
    bad = tmp_path / "bad.csv"
    rows = [",".join(columns),
            ",".join(["a", "2026-04-01", "9"] + [""] * (len(columns) - 3)),
            ",".join(["b", "yesterday", "1"] + [""] * (len(columns) - 3))]
    bad.write_text("\n".join(rows) + "\n", encoding="utf-8")
    assert main(["survey", "import", "--vault", str(closed_vault), str(bad)]) == 2
    errors = capsys.readouterr().err
    assert "bad.csv, row 2, column year_of_study" in errors
    assert "bad.csv, row 3, column answered_on" in errors
    assert "nothing was imported" in errors
    assert _count(closed_vault, passphrase) == 0
