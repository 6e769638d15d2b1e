"""A demo coordinator vault's merged data: synthetic supporters' vaults, exported and merged."""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

from sbs_desktop.app.demo_supporter import DEMO_PASSPHRASE, make_supporter_vault
from sbs_desktop.app.export import export_bundle
from sbs_desktop.app.merge import merge_bundles
from sbs_desktop.core.progress import Progress
from sbs_desktop.store.vault import Vault

DEMO_SUPPORTERS = 5


def fill_merged_data(vault: Vault, seed: int, interactions: int, today: date,
                     supporters: int = DEMO_SUPPORTERS) -> None:
    """Make `supporters` throw-away supporter vaults (their own seeds), export each with
    the real export and merge the bundles, so the demo shows what a coordinator sees."""
    if interactions <= 0:
        return
    with tempfile.TemporaryDirectory(prefix="sbs-demo-") as folder:
        bundles: list[Path] = []
        # Supporters log different amounts, the busiest more than the quietest;
        # together about `interactions`.
        weights = [6 + number for number in range(supporters)]
        for number in range(supporters):
            path = Path(folder) / f"supporter-{number + 1}.sbsvault"
            count = max(1, interactions * weights[number] // sum(weights))
            with make_supporter_vault(path, DEMO_PASSPHRASE, count, seed * 100 + number,
                                      today) as supporter:
                result = export_bundle(supporter, Path(folder) / f"bundle-{number + 1}",
                                       form="zip", progress=Progress())
            bundles.append(result.path)
        merge_bundles(vault, bundles, Progress())
