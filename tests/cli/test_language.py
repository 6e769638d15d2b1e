"""The report and the command line in the language chosen: `report --language`, the
program's setting, else LANG."""

from __future__ import annotations

import html
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from datetime import date
from pathlib import Path

import pytest

from sbs_desktop.app.demo import make_demo_vault
from sbs_desktop.cli import language, main
from sbs_desktop.core.shipped import shipped_file
from sbs_desktop.core.vocabulary import Role
from sbs_desktop.ui.settings import Settings  # loads QtCore, so conftest moves QSettings too

CATALOGUE = shipped_file("translations/sbs_fr.ts")
PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%\d")
REPORT = "side-by-side-report.html"


@pytest.fixture(autouse=True)
def language_read_afresh():
    """The command line reads its language once per process; each test sets its own."""
    language.command_language.cache_clear()
    yield
    language.command_language.cache_clear()


@pytest.fixture(scope="module")
def demo_vault(tmp_path_factory, passphrase_text="demo report lantern orbit maple") -> Path:
    path = tmp_path_factory.mktemp("demo") / "coordinator.sbsvault"
    make_demo_vault(path, passphrase_text, Role.COORDINATOR, interactions=150, seed=7,
                    today=date(2026, 6, 1)).close()
    return path


@pytest.fixture
def unlocked(demo_vault, monkeypatch) -> Path:
    monkeypatch.setenv("SBS_PASSPHRASE", "demo report lantern orbit maple")
    return demo_vault


def _report_text(folder: Path) -> str:
    page = (folder / REPORT).read_text(encoding="utf-8")
    page = re.sub(r"<svg.*?</svg>|<style>.*?</style>", " ", page, flags=re.S)
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", page)).split())


def _english_sentences(context: str) -> list[str]:
    """The English of every current message of a context in the catalogue, cut at its
    placeholders and sentence ends into pieces of three words or more."""
    pieces = []
    for element in ElementTree.parse(CATALOGUE).getroot().iter("context"):
        if element.findtext("name") != context:
            continue
        for message in element.iter("message"):
            if message.find("translation").get("type") in ("vanished", "obsolete"):
                continue
            for piece in re.split(r"[.:;()]\s|" + PLACEHOLDER.pattern,
                                  message.findtext("source")):
                piece = " ".join(piece.split()).strip(" .,:;\"")
                if len(piece.split()) >= 3:
                    pieces.append(piece)
    return pieces


def test_a_french_report_holds_no_english_sentence_of_the_catalogue(unlocked, tmp_path):
    out = tmp_path / "fr"
    assert main(["report", "--vault", str(unlocked), "--out", str(out), "--format", "html",
                 "--language", "fr"]) == 0
    text = _report_text(out)
    english = _english_sentences("Report")
    assert len(english) > 40  # the check has something to find
    left = [sentence for sentence in english if sentence in text]
    assert not left, f"English left in the French report: {left}"
    assert "Programme de soutien par les pairs" in text and "Méthodes" in text
    assert re.search(r"\d,\d", text), "French numbers take a decimal comma"
    assert "lang='fr'" in (out / REPORT).read_text(encoding="utf-8")
    # The barrier labels come from the survey instrument's own French.
    assert "Manque de temps" in text


def test_the_report_follows_the_programs_language_unless_told(unlocked, tmp_path):
    Settings(language="fr").save()
    assert main(["report", "--vault", str(unlocked), "--out", str(tmp_path / "set"),
                 "--format", "html"]) == 0
    assert "Méthodes" in _report_text(tmp_path / "set")
    assert main(["report", "--vault", str(unlocked), "--out", str(tmp_path / "told"),
                 "--format", "html", "--language", "en"]) == 0
    told = _report_text(tmp_path / "told")
    assert "Methods" in told and "Méthodes" not in told
    assert not re.search(r"\d,\d", told)


def test_command_line_messages_follow_the_programs_language(unlocked, tmp_path, capsys):
    Settings(language="fr").save()
    assert main(["report", "--vault", str(unlocked), "--out", str(tmp_path),
                 "--format", "csv"]) == 0
    assert "effectifs masqués parce qu'ils sont inférieurs à" in capsys.readouterr().out
    # A domain error, from its core/errors.py template.
    assert main(["report", "--vault", str(tmp_path / "none.sbsvault"), "--out",
                 str(tmp_path)]) == 2
    said = capsys.readouterr().err
    assert said.startswith("sbs-desktop: ") and "coffre" in said, said


def test_command_line_follows_lang_when_the_program_has_no_setting(unlocked, tmp_path):
    environment = {**os.environ, "LANG": "fr_CA.UTF-8", "LC_ALL": "", "LANGUAGE": "",
                   "LC_MESSAGES": ""}
    done = subprocess.run(
        [sys.executable, "-m", "sbs_desktop", "report", "--vault", str(unlocked), "--out",
         str(tmp_path), "--format", "csv"], env=environment, capture_output=True, text=True,
        timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    assert "effectifs masqués" in done.stdout, done.stdout
    english = {**environment, "LANG": "C.UTF-8"}
    done = subprocess.run(
        [sys.executable, "-m", "sbs_desktop", "report", "--vault", str(unlocked), "--out",
         str(tmp_path), "--format", "csv"], env=english, capture_output=True, text=True,
        timeout=300, check=False)
    assert "counts hidden because they are below" in done.stdout, done.stdout
