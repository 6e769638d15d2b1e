"""Storing the resource directory: referral and crisis contacts."""

from __future__ import annotations

from dataclasses import replace

from sbs_desktop.core.resource import Resource, ResourceKind
from sbs_desktop.store.vault import Vault

_COLUMNS = "name, kind, phone, website, hours, description, position"


def _values(r: Resource) -> tuple:
    return (r.name, r.kind.value, r.phone, r.website, r.hours, r.description, r.position)


def list_resources(vault: Vault) -> list[Resource]:
    """Crisis contacts first, then referrals, each in the order the user set."""
    rows = vault.query(
        f"SELECT id, {_COLUMNS} FROM resources "
        "ORDER BY kind = 'referral', position, name COLLATE NOCASE"
    )
    return [
        Resource(id=r[0], name=r[1], kind=ResourceKind(r[2]), phone=r[3], website=r[4],
                 hours=r[5], description=r[6], position=r[7])
        for r in rows
    ]


def add_resource(vault: Vault, resource: Resource) -> Resource:
    with vault.transaction() as sql:
        cursor = sql.execute(
            f"INSERT INTO resources ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)", _values(resource)
        )
    return replace(resource, id=cursor.lastrowid)


def update_resource(vault: Vault, resource: Resource) -> None:
    with vault.transaction() as sql:
        sql.execute(
            "UPDATE resources SET name = ?, kind = ?, phone = ?, website = ?, hours = ?, "
            "description = ?, position = ? WHERE id = ?",
            (*_values(resource), resource.id),
        )


def delete_resource(vault: Vault, resource_id: int) -> None:
    with vault.transaction() as sql:
        sql.execute("DELETE FROM resources WHERE id = ?", (resource_id,))


def replace_resources(vault: Vault, resources: list[Resource]) -> None:
    """Make the directory exactly `resources` (used for the shipped defaults)."""
    with vault.transaction() as sql:
        sql.execute("DELETE FROM resources")
        sql.executemany(
            f"INSERT INTO resources ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [_values(r) for r in resources],
        )
