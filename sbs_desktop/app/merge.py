"""Merging supporters' bundles into the coordinator's vault, one transaction per bundle.

Each bundle is a unit of failure: whatever goes wrong while it is read, verified or
stored becomes the refusal of that bundle alone, and the merge goes on with the next.
"""

from __future__ import annotations

import functools
import logging
import traceback
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path

from sbs_desktop.app.audit import record_event
from sbs_desktop.app.bundle_trust import check_bundle_source
from sbs_desktop.core.audit import EventKind
from sbs_desktop.core.errors import (
    QT_TRANSLATE_NOOP,
    BundleRejected,
    Cancelled,
    SbsError,
    WrongRole,
)
from sbs_desktop.core.merged import ImportedBundle
from sbs_desktop.core.progress import Progress
from sbs_desktop.core.vocabulary import Role
from sbs_desktop.exchange.bundle_reader import (
    Bundle,
    InstrumentLookup,
    bundle_name,
    bundles_in,
    read_bundle,
)
from sbs_desktop.exchange.bundle_rejections import UNEXPECTED, Rejecter
from sbs_desktop.store import merged as merged_store
from sbs_desktop.store.vault import Vault

OLDER_THAN_IMPORTED = QT_TRANSLATE_NOOP(
    "Errors",
    "this is an older export than the one already imported from the same supporter; "
    "the newer one is kept")

log = logging.getLogger(__name__)


class Outcome(StrEnum):
    IMPORTED = "imported"
    REPLACED = "replaced"                  # imported, and replaced the supporter's older rows
    ALREADY_IMPORTED = "already_imported"  # same export id: nothing changed
    REFUSED = "refused"


@dataclass(frozen=True)
class BundleOutcome:
    """What happened to one bundle of a merge."""

    source: str
    outcome: Outcome
    bundle: ImportedBundle | None = None      # as stored (or as found, if already imported)
    replaced: ImportedBundle | None = None    # the earlier bundle whose rows it replaced
    error: SbsError | None = None             # why it was refused


@dataclass
class MergeReport:
    outcomes: list[BundleOutcome] = field(default_factory=list)

    def count(self, outcome: Outcome) -> int:
        return sum(1 for o in self.outcomes if o.outcome is outcome)

    @property
    def refused(self) -> list[BundleOutcome]:
        return [o for o in self.outcomes if o.outcome is Outcome.REFUSED]


def _identity(vault: Vault) -> str | None:
    # The key pair is the export issue's; a vault without one simply cannot open .age files.
    from sbs_desktop.app.keys import coordinator_identity

    return coordinator_identity(vault)


def _instrument_lookup(vault: Vault) -> InstrumentLookup:
    from sbs_desktop.app.survey import find_instrument

    # Every bundle of a merge asks for the same few versions: look each up once.
    return functools.cache(lambda identifier, version: find_instrument(vault, identifier,
                                                                        version))


def _provenance(bundle: Bundle, now: datetime) -> ImportedBundle:
    manifest = bundle.manifest
    first, last = manifest.period or ("", "")
    return ImportedBundle(
        export_id=manifest.export_id, supporter=manifest.supporter,
        export_sequence=manifest.export_sequence, exported_at=manifest.exported_at,
        imported_at=now, app_version=manifest.app_version, granularity=manifest.granularity,
        period_start=first, period_end=last,
        instrument_id=manifest.instrument.id if manifest.instrument else "",
        instrument_version=manifest.instrument.version if manifest.instrument else "",
        interaction_rows=bundle.interactions.row_count, schedule_rows=bundle.schedule.row_count,
        survey_rows=bundle.survey.row_count, source_name=bundle.source,
        signing_key=manifest.signing_key or "")


def store_bundle(vault: Vault, bundle: Bundle, now: datetime | None = None) -> BundleOutcome:
    """Store one verified bundle, applying the rules of idempotence and replacement."""
    manifest = bundle.manifest
    with vault.transaction():
        existing = merged_store.find_bundle(vault, manifest.export_id)
        if existing is not None:
            return BundleOutcome(bundle.source, Outcome.ALREADY_IMPORTED, existing)
        current = merged_store.current_bundle_of(vault, manifest.supporter)
        if current is not None and current.export_sequence >= manifest.export_sequence:
            error = BundleRejected(bundle=bundle.source, reason=OLDER_THAN_IMPORTED)
            return BundleOutcome(bundle.source, Outcome.REFUSED, current, error=error)
        stored = merged_store.add_bundle(
            vault, _provenance(bundle, now or datetime.now(UTC).replace(microsecond=0)),
            {"interactions": bundle.interactions, "schedule": bundle.schedule,
             "survey": bundle.survey},
            replaces=current)
    outcome = Outcome.REPLACED if current is not None else Outcome.IMPORTED
    return BundleOutcome(bundle.source, outcome, stored, replaced=current)


def verify_bundle_source(vault: Vault, bundle: Bundle) -> None:
    """Checks of who made a bundle that was read whole, against what the vault knows;
    raises BundleRejected. Format version 2 adds the signature and the supporter's pinned
    key here; a version 1 bundle has nothing more to prove."""
    check_bundle_source(vault, bundle)


def _unexpected(name: str, stage: str, error: Exception) -> BundleRejected:
    """The refusal for an error nobody foresaw, logged by type and place only: its text
    may hold the bundle's values."""
    frames = traceback.extract_tb(error.__traceback__)
    where = f"{Path(frames[-1].filename).name}:{frames[-1].lineno}" if frames else "?"
    log.error("bundle refused: unexpected %s while it was %s, at %s",
              type(error).__name__, stage, where)
    return Rejecter(name, "")(UNEXPECTED, value=type(error).__name__)


def _merge_one(vault: Vault, path: Path, identity: str | None, instruments: InstrumentLookup,
               progress: Progress) -> BundleOutcome:
    """Read, verify and store one bundle; any failure is this bundle's refusal."""
    name = bundle_name(path)
    stage = "read"
    try:
        bundle = read_bundle(path, identity, instruments)
        stage = "verified"
        verify_bundle_source(vault, bundle)
        # The last check before writing: a cancel asked for while reading stores nothing.
        progress.check()
        stage = "stored"
        # One transaction: store_bundle's joins it, so the bundle and its event go together.
        with vault.transaction():
            outcome = store_bundle(vault, bundle)
            _record_outcome(vault, outcome)
        return outcome
    except Cancelled:
        raise
    except SbsError as error:
        outcome = BundleOutcome(name, Outcome.REFUSED, error=error)
    except Exception as error:  # one bundle's failure, whatever it is, must not stop the merge
        outcome = BundleOutcome(name, Outcome.REFUSED, error=_unexpected(name, stage, error))
    _record_refusal(vault, outcome)
    return outcome


def _record_refusal(vault: Vault, outcome: BundleOutcome) -> None:
    try:
        _record_outcome(vault, outcome)
    except SbsError:
        # The refusal is reported either way; a vault that cannot take the record now
        # says so on the next write.
        log.error("the refusal of a bundle could not be recorded in the activity log")


def merge_bundles(vault: Vault, paths: Sequence[Path], progress: Progress) -> MergeReport:
    """Verify and import each bundle (folders of bundles are looked into).

    A refused bundle is reported and the others still import. Cancelling raises
    Cancelled between bundles: those finished stay, the one in progress leaves nothing.
    """
    if vault.role is not Role.COORDINATOR:
        raise WrongRole(needed=Role.COORDINATOR.value, actual=vault.role.value,
                        path=str(vault.path))
    identity = _identity(vault)
    instruments = _instrument_lookup(vault)
    found = bundles_in(paths)
    report = MergeReport()
    for done, path in enumerate(found):
        progress.report(done, len(found), bundle_name(path))
        report.outcomes.append(_merge_one(vault, path, identity, instruments, progress))
    progress.report(len(found), len(found), "")
    return report


def _record_outcome(vault: Vault, outcome: BundleOutcome) -> None:
    stored = outcome.bundle if outcome.outcome is not Outcome.REFUSED else None
    record_event(vault, EventKind.MERGE, stored.id if stored else None,
                 detail={"bundle": outcome.source, "outcome": str(outcome.outcome)})


def imported_bundles(vault: Vault) -> list[ImportedBundle]:
    """Provenance of every bundle imported, newest first."""
    return merged_store.list_bundles(vault)
