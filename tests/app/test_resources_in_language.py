"""The shipped resource directory in the person's language; the French files in the build."""

from __future__ import annotations

import shutil
from dataclasses import replace

import pytest

from sbs_desktop.app.resources import default_resources, in_language, save_resource
from sbs_desktop.app.self_test import check_french
from sbs_desktop.core import shipped
from sbs_desktop.core.resource import Resource, ResourceKind
from sbs_desktop.store.resources import list_resources


def test_untouched_defaults_follow_the_language_and_edits_stay_as_written(supporter_vault):
    stored = list_resources(supporter_vault)  # created in English
    assert stored[0].name == "Emergency services"
    edited = save_resource(supporter_vault, replace(stored[1], hours="Mon-Fri 9-5"))
    own = save_resource(supporter_vault, Resource(name="Dr. Tremblay's clinic",
                                                  kind=ResourceKind.REFERRAL,
                                                  phone="613-555-0100"))
    stored = list_resources(supporter_vault)

    shown = {r.id: r for r in in_language(stored, "fr")}
    french = default_resources("fr")
    assert shown[stored[0].id].name == french[0].name == "Services d'urgence"
    assert shown[stored[0].id].hours == french[0].hours
    assert shown[stored[0].id].phone == "911" and shown[stored[0].id].position == 0
    # The person's edit makes the entry theirs: left in the words they wrote.
    assert shown[edited.id].name == stored[1].name and shown[edited.id].hours == "Mon-Fri 9-5"
    assert shown[own.id] == next(r for r in stored if r.id == own.id)
    # And back: French defaults read in English, nothing stored changes.
    assert [r.name for r in in_language(in_language(stored, "fr"), "en")] == [
        r.name for r in stored]
    assert list_resources(supporter_vault) == stored


def test_the_self_test_proves_the_french_files_are_in_the_build(tmp_path, monkeypatch):
    check_french(tmp_path)
    bundle = tmp_path / "resources"
    shutil.copytree(shipped.resources_dir(), bundle)
    (bundle / "translations" / "sbs_fr.qm").write_bytes(b"not compiled")
    monkeypatch.setattr(shipped, "resources_dir", lambda: bundle)
    with pytest.raises(AssertionError, match=r"sbs_fr\.qm"):
        check_french(tmp_path)


def test_the_crisis_text_line_says_text_in_the_persons_language(supporter_vault):
    stored = list_resources(supporter_vault)  # created in English
    line = next(r for r in stored if r.phone.endswith("686868"))
    assert line.phone == "Text 686868"
    shown = next(r for r in in_language(stored, "fr") if r.id == line.id)
    assert shown.phone == "Texto 686868" and shown.name == "Ligne de crise par texto"
    assert next(r for r in default_resources("fr") if r.phone.endswith("686868")).phone == (
        "Texto 686868")
