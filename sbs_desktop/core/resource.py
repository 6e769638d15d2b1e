"""A referral or crisis contact in the resource directory."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


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
