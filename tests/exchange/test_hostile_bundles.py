"""The hostile corpus (tests/hostile_bundles.py): one `sbs-desktop merge` with a good bundle and
every hostile one imports the good one, refuses each other by its own message, exits 1."""

from __future__ import annotations

import pytest
from bundle_factory import bundle_files, supporter_pseudonym, write_zip
from hostile_bundles import HOSTILE, HOSTILE_SURVEYS, build_all

from sbs_desktop.app.survey_import import SurveyFileRejected, check_survey_file
from sbs_desktop.cli import main
from sbs_desktop.core.errors import BundleRejected
from sbs_desktop.core.instrument import shipped_instruments
from sbs_desktop.exchange.bundle_reader import read_bundle
from sbs_desktop.store.vault import Vault

INSTRUMENTS = {i.key: i for i in shipped_instruments()}


def lookup(identifier: str, version: str):
    return INSTRUMENTS.get((identifier, version))


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> dict[str, object]:
    return build_all(tmp_path_factory.mktemp("hostile"))


@pytest.mark.parametrize("case", HOSTILE, ids=[case.name for case in HOSTILE])
def test_each_hostile_bundle_is_refused_with_its_own_message(case, corpus):
    with pytest.raises(BundleRejected) as raised:
        read_bundle(corpus[case.name], None, lookup)
    assert case.expect in raised.value.message
    assert "row -" not in raised.value.message and "column -" not in raised.value.message


def test_one_merge_imports_the_good_bundle_and_refuses_every_hostile_one(
        corpus, coordinator_vault, passphrase, tmp_path, capsys, monkeypatch):
    good = write_zip(tmp_path / "good.zip", bundle_files(supporter_pseudonym(1), 12))
    vault_path = coordinator_vault.path
    coordinator_vault.close()
    monkeypatch.setenv("SBS_PASSPHRASE", passphrase)

    code = main(["merge", "--vault", str(vault_path), str(good),
                 *(str(corpus[case.name]) for case in HOSTILE)])

    out, err = capsys.readouterr()
    assert code == 1
    assert "Traceback" not in out + err
    lines = out.splitlines()
    assert any(line.startswith("imported") and "good.zip" in line for line in lines)
    refusals = [line for line in lines if line.startswith("refused")]
    assert len(refusals) == len(HOSTILE)
    for case, line in zip(HOSTILE, refusals, strict=True):
        assert corpus[case.name].name in line and case.expect in line, (case.name, line)
    with Vault.open(vault_path, passphrase) as vault:
        assert vault.query_one("SELECT count(*) FROM merged_bundles")[0] == 1
        assert vault.query_one("SELECT count(*) FROM merged_interactions")[0] == 12


@pytest.mark.parametrize(("name", "build", "expect"), HOSTILE_SURVEYS,
                         ids=[name for name, _, _ in HOSTILE_SURVEYS])
def test_each_hostile_survey_file_is_refused(name, build, expect, supporter_vault, tmp_path):
    path = tmp_path / f"{name}.csv"
    path.write_bytes(build())
    with pytest.raises(SurveyFileRejected) as raised:
        check_survey_file(supporter_vault, path)
    assert any(expect in problem.message for problem in raised.value.problems), \
        raised.value.message
