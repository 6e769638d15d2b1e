"""A quick check that this installation works: it uses a throw-away vault."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

from sbs_desktop.app.demo import DEMO_PASSPHRASE, make_demo_vault
from sbs_desktop.app.interaction_log import record_interaction
from sbs_desktop.app.vaults import unlock_vault
from sbs_desktop.core.errors import WrongPassphrase
from sbs_desktop.core.interaction import Interaction
from sbs_desktop.core.vocabulary import Concern, Format, Initiator, Risk, Role
from sbs_desktop.store.interactions import count_interactions, get_interaction

Check = Callable[[Path], None]


def check_vault_round_trip(folder: Path) -> None:
    path = folder / "self-test.sbsvault"
    with make_demo_vault(path, role=Role.SUPPORTER, interactions=20) as vault:
        written = record_interaction(vault, Interaction(
            occurred_at=datetime.now().replace(second=0, microsecond=0) - timedelta(hours=1),
            duration_minutes=25, format=Format.VIDEO, initiated_by=Initiator.STUDENT,
            primary_concern=Concern.EXAMS, concerns=frozenset({Concern.EXAMS}),
            risk=Risk.NONE, notes="self-test"))
    if path.read_bytes()[:16] == b"SQLite format 3\x00":
        raise AssertionError("the vault file is not encrypted")
    with unlock_vault(path, DEMO_PASSPHRASE) as vault:
        if get_interaction(vault, written.id) != written:
            raise AssertionError("an interaction did not read back as written")
        if count_interactions(vault) != 21:
            raise AssertionError("the vault does not hold the interactions written")
    try:
        unlock_vault(path, DEMO_PASSPHRASE + " wrong").close()
    except WrongPassphrase:
        pass
    else:
        raise AssertionError("a wrong passphrase opened the vault")


# Later features add their own checks here so that a frozen build proves them.
CHECKS: list[tuple[str, Check]] = [
    ("vault: create, write, read back, refuse a wrong passphrase", check_vault_round_trip),
]


def run_self_test(report: Callable[[str, bool, str], None]) -> bool:
    """Run every check in a temporary folder; `report(name, passed, detail)` for each."""
    all_passed = True
    for name, check in CHECKS:
        with tempfile.TemporaryDirectory(prefix="sbs-self-test-") as folder:
            try:
                check(Path(folder))
            except Exception as error:
                all_passed = False
                report(name, False, f"{type(error).__name__}: {error}")
            else:
                report(name, True, "")
    return all_passed
