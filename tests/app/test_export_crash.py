"""An export killed at any moment never yields two bundles with one sequence number."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from datetime import date
from pathlib import Path

import pytest
from bundle_files import files_of

from sbs_desktop.app.export import export_bundle, export_history
from sbs_desktop.app.vaults import unlock_vault
from sbs_desktop.exchange.bundle_writer import STALE_AFTER_SECONDS
from sbs_desktop.exchange.manifest import validate_manifest

# The child exports and is killed (SIGKILL: no clean-up runs) at one moment of it.
CHILD = textwrap.dedent("""
    import os, signal, sys
    from datetime import date
    from pathlib import Path
    from sbs_desktop.app import export
    from sbs_desktop.app.vaults import unlock_vault
    from sbs_desktop.exchange import bundle_writer
    from sbs_desktop.store import exports

    vault_path, passphrase, out, moment = sys.argv[1:]

    def die(*args, **kwargs):
        os.kill(os.getpid(), signal.SIGKILL)

    def after(function):
        def wrapped(*args, **kwargs):
            function(*args, **kwargs)
            die()
        return wrapped

    if moment == "tables written":
        bundle_writer.BundleWriter.finish = die
    elif moment == "history recorded, not committed":
        exports.record_export = after(exports.record_export)
    elif moment == "committed, not renamed":
        bundle_writer.BundleWriter.publish = die
    elif moment == "renamed":
        bundle_writer._sync_folder = die
    vault = unlock_vault(Path(vault_path), passphrase)
    export.export_bundle(vault, Path(out), form="zip", today=date(2026, 3, 31))
    raise SystemExit("the export was not killed")
""")
MOMENTS = ("tables written", "history recorded, not committed", "committed, not renamed",
           "renamed")


def kill_an_export(vault_path: Path, passphrase: str, out: Path, moment: str) -> None:
    child = subprocess.run([sys.executable, "-c", CHILD, str(vault_path), passphrase, str(out),
                            moment], capture_output=True, text=True, timeout=120, check=False)
    assert child.returncode == -9, child.stderr


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_exports_killed_around_the_rename_leave_unique_numbers_and_no_leftovers(
        supporter_vault, passphrase, tmp_path):
    vault_path = supporter_vault.path
    supporter_vault.close()
    folder = tmp_path / "exports"
    folder.mkdir()
    for number, moment in enumerate(MOMENTS):
        kill_an_export(vault_path, passphrase, folder / f"killed-{number}", moment)

    with unlock_vault(vault_path, passphrase) as vault:
        export_bundle(vault, folder / "after", form="zip", today=date(2026, 3, 31))
        history = {record.sequence for record in export_history(vault)}
    published = {path.name: validate_manifest(files_of(path)["manifest.json"]).export_sequence
                 for path in folder.glob("*.zip")}
    # Only the export killed after its rename published a bundle, and it kept its number.
    assert sorted(published) == ["after.zip", "killed-3.zip"]
    assert len(set(published.values())) == len(published)
    # Every published bundle is in the history; the numbers taken by exports killed after
    # their commit are never given again.
    assert set(published.values()) <= history
    assert published["after.zip"] == 3 and published["killed-3.zip"] == 2

    leftovers = [path for path in folder.iterdir() if path.name.startswith(".")]
    assert leftovers  # what the killed exports left under their hidden names
    old = (leftovers[0].stat().st_mtime - STALE_AFTER_SECONDS - 1)
    for leftover in leftovers:
        for path in [leftover, *(leftover.iterdir() if leftover.is_dir() else [])]:
            os.utime(path, (old, old))
    with unlock_vault(vault_path, passphrase) as vault:
        again = export_bundle(vault, folder / "again", form="zip", today=date(2026, 3, 31))
    assert sorted(path.name for path in folder.iterdir()) == [
        "after.zip", "again.zip", "killed-3.zip"]
    assert again.manifest.export_sequence == 4
