"""Merging supporters' bundles into the coordinator's vault, one transaction per bundle."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path

from sbs_desktop.core.errors import QT_TRANSLATE_NOOP, BundleRejected, SbsError, WrongRole
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
from sbs_desktop.store import merged as merged_store
from sbs_desktop.store.vault import Vault

OLDER_THAN_IMPORTED = QT_TRANSLATE_NOOP(
    "Errors",
    "this is an older export than the one already imported from the same supporter; "
    "the newer one is kept")


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
        survey_rows=bundle.survey.row_count, source_name=bundle.source)


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
        try:
            bundle = read_bundle(path, identity, instruments)
        except SbsError as error:
            report.outcomes.append(BundleOutcome(bundle_name(path), Outcome.REFUSED,
                                                 error=error))
            continue
        # The last check before writing: a cancel asked for while reading stores nothing.
        progress.check()
        report.outcomes.append(store_bundle(vault, bundle))
    progress.report(len(found), len(found), "")
    return report


def imported_bundles(vault: Vault) -> list[ImportedBundle]:
    """Provenance of every bundle imported, newest first."""
    return merged_store.list_bundles(vault)
