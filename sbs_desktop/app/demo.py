"""Realistic synthetic vaults of either role, for trying the program and for benchmarks.

Everything is drawn from generators seeded from one seed, so the same seed gives the
same vault. The supporter's log is made in demo_supporter, hours and survey responses
in demo_schedule_survey, a coordinator's merged data in demo_merged; this module only
chooses by role, and imports those (never the reverse).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sbs_desktop.app.demo_merged import fill_merged_data
from sbs_desktop.app.demo_schedule_survey import fill_schedule_and_survey
from sbs_desktop.app.demo_supporter import (
    DEMO_PASSPHRASE,
    NOTE_FRAGMENTS,
    demo_contacts,
    demo_interactions,
    make_supporter_vault,
)
from sbs_desktop.app.vaults import create_vault
from sbs_desktop.core.vocabulary import Role
from sbs_desktop.store.vault import Vault

# Callers (the CLI, the self-test, benchmarks, tests) name these through this module.
__all__ = ["DEMO_PASSPHRASE", "NOTE_FRAGMENTS", "demo_contacts", "demo_interactions",
           "make_demo_vault"]


def make_demo_vault(
    path: Path,
    passphrase: str = DEMO_PASSPHRASE,
    role: Role = Role.SUPPORTER,
    interactions: int = 150,
    seed: int = 2022,
    today: date | None = None,
) -> Vault:
    """Create a vault at `path` filled with synthetic but believable data."""
    today = today or date.today()
    if role is Role.SUPPORTER:
        return make_supporter_vault(path, passphrase, interactions, seed, today)
    vault = create_vault(path, passphrase, role)
    try:
        fill_schedule_and_survey(vault, seed, today)
        fill_merged_data(vault, seed, interactions, today)
    except BaseException:
        vault.close()
        raise
    return vault
