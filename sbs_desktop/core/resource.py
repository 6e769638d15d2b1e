"""A referral or crisis contact in the resource directory."""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum

from sbs_desktop.core.errors import QT_TRANSLATE_NOOP, FieldProblem, InvalidRecord


class ResourceField(StrEnum):
    """The field a problem with a resource can name."""

    NAME = "name"


class ResourceKind(StrEnum):
    CRISIS = "crisis"
    REFERRAL = "referral"


@dataclass(frozen=True)
class Resource:
    name: str
    kind: ResourceKind
    phone: str = ""
    website: str = ""
    hours: str = ""
    description: str = ""
    position: int = 0
    id: int | None = None


def validate_resource(resource: Resource) -> Resource:
    """Return the resource with its text trimmed, or raise InvalidRecord naming the field."""
    name = " ".join(resource.name.split())
    if not name:
        raise InvalidRecord([FieldProblem(ResourceField.NAME,
                                          QT_TRANSLATE_NOOP("Errors", "cannot be empty"))])
    return replace(resource, name=name, phone=resource.phone.strip(),
                   website=resource.website.strip(), hours=resource.hours.strip(),
                   description=resource.description.strip())
