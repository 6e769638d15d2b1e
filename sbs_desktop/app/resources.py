"""The resource directory: shipped defaults and the user's edits."""

from __future__ import annotations

import json
from dataclasses import replace

from sbs_desktop.core.instrument import LANGUAGES
from sbs_desktop.core.resource import Resource, ResourceKind, validate_resource
from sbs_desktop.core.shipped import shipped_file
from sbs_desktop.store import resources as resource_store
from sbs_desktop.store.resources import list_resources as list_resources
from sbs_desktop.store.resources import replace_resources
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
                # A number is the same in every language, but "Text 686868" is not.
                phone=words.get("phone", entry.get("phone", "")),
                website=entry.get("website", ""),
                hours=words.get("hours", ""),
                description=words.get("description", ""),
                position=position,
            )
        )
    return resources


def install_default_resources(vault: Vault, language: str = "en") -> None:
    replace_resources(vault, default_resources(language))


def in_language(resources: list[Resource], language: str) -> list[Resource]:
    """The resources, with each shipped default that is still as shipped in `language`.

    The vault holds the defaults in the language it was created in; a person who
    later switches language should read them in theirs. A default they edited is
    their own text and stays as written.
    """
    wanted = default_resources(language)
    shipped: dict[tuple, int] = {}
    for other in LANGUAGES:
        for position, default in enumerate(default_resources(other)):
            shipped[_wording(default)] = position
    shown = []
    for resource in resources:
        position = shipped.get(_wording(resource))
        if position is not None:
            words = wanted[position]
            resource = replace(resource, name=words.name, phone=words.phone,
                               hours=words.hours, description=words.description)
        shown.append(resource)
    return shown


def _wording(resource: Resource) -> tuple:
    return (resource.kind, resource.name, resource.phone, resource.website, resource.hours,
            resource.description)


def crisis_resources(vault: Vault) -> list[Resource]:
    return [r for r in list_resources(vault) if r.kind is ResourceKind.CRISIS]


def save_resource(vault: Vault, resource: Resource) -> Resource:
    """Add a new resource at the end of its kind, or change an existing one."""
    resource = validate_resource(resource)
    existing = list_resources(vault)
    last = max((r.position for r in existing if r.kind is resource.kind), default=-1)
    if resource.id is None:
        return resource_store.add_resource(vault, replace(resource, position=last + 1))
    before = next((r for r in existing if r.id == resource.id), None)
    if before is not None and before.kind is not resource.kind:
        # A resource that changes kind goes to the end of its new group.
        resource = replace(resource, position=last + 1)
    resource_store.update_resource(vault, resource)
    return resource


def remove_resource(vault: Vault, resource_id: int) -> None:
    resource_store.delete_resource(vault, resource_id)


def move_resource(vault: Vault, resource_id: int, step: int) -> None:
    """Move a resource up (step -1) or down (+1) among those of its kind."""
    resources = list_resources(vault)
    moving = next((r for r in resources if r.id == resource_id), None)
    if moving is None:
        return
    same_kind = [r for r in resources if r.kind is moving.kind]
    index = same_kind.index(moving)
    target = index + step
    if not 0 <= target < len(same_kind):
        return
    same_kind.insert(target, same_kind.pop(index))
    with vault.transaction():
        for position, resource in enumerate(same_kind):
            if resource.position != position:
                resource_store.update_resource(vault, replace(resource, position=position))
