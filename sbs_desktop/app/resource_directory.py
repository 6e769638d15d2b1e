"""The resource directory: shipped defaults and the user's edits."""

from __future__ import annotations

import json

from sbs_desktop.core.resource import Resource, ResourceKind
from sbs_desktop.core.shipped import shipped_file
from sbs_desktop.store.resources import list_resources, replace_resources
from sbs_desktop.store.vault import Vault

DEFAULTS_FILE = "resources.json"


def default_resources(language: str = "en") -> list[Resource]:
    """The generic referral and crisis contacts shipped in resources/."""
    data = json.loads(shipped_file(DEFAULTS_FILE).read_text(encoding="utf-8"))
    resources = []
    for position, entry in enumerate(data["resources"]):
        words = entry.get(language) or entry["en"]
        resources.append(
            Resource(
                name=words["name"],
                kind=ResourceKind(entry["kind"]),
                phone=entry.get("phone", ""),
                website=entry.get("website", ""),
                hours=words.get("hours", ""),
                description=words.get("description", ""),
                position=position,
            )
        )
    return resources


def install_default_resources(vault: Vault, language: str = "en") -> None:
    replace_resources(vault, default_resources(language))


def crisis_resources(vault: Vault) -> list[Resource]:
    return [r for r in list_resources(vault) if r.kind is ResourceKind.CRISIS]
