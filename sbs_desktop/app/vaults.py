"""Creating and unlocking vaults, with the passphrase rules that guard them.

The one place that names the vault handle for the layers above (ui, cli): they take
`Vault`, its default place and its file suffix from here, never from the store.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sbs_desktop.app.audit import record_event
from sbs_desktop.app.resources import install_default_resources
from sbs_desktop.app.retention import apply_retention_setting
from sbs_desktop.core.audit import EventKind
from sbs_desktop.core.errors import WeakPassphrase, WrongPassphrase
from sbs_desktop.core.vocabulary import Role
from sbs_desktop.store import vault_file
from sbs_desktop.store.cipher import normalise_passphrase
from sbs_desktop.store.exports import signing_seed
from sbs_desktop.store.location import VAULT_FILE_SUFFIX as VAULT_FILE_SUFFIX
from sbs_desktop.store.location import default_vault_path as default_vault_path
from sbs_desktop.store.vault import Vault as Vault
from sbs_desktop.store.vault_file import VaultFileState as VaultFileState

# zxcvbn scores 0 to 4; 3 means "safely unguessable: moderate protection from an
# offline slow-hash scenario", which is the attack a stolen laptop allows.
MIN_SCORE = 3


@dataclass(frozen=True)
class PassphraseStrength:
    score: int  # 0 (too guessable) to 4 (very unguessable)
    warning: str
    suggestions: tuple[str, ...]

    @property
    def acceptable(self) -> bool:
        return self.score >= MIN_SCORE


def passphrase_strength(passphrase: str) -> PassphraseStrength:
    """Estimate how hard the passphrase is to guess (zxcvbn)."""
    if not passphrase:
        return PassphraseStrength(0, "", ())
    # Imported here: zxcvbn loads its word lists in 20 ms, which unlocking does
    # without; only creating a vault rates a passphrase (benchmarks/bench_startup.py).
    from zxcvbn import zxcvbn

    # zxcvbn is quadratic in length; past 100 characters length alone is plenty.
    result = zxcvbn(passphrase[:100])
    feedback = result.get("feedback", {})
    return PassphraseStrength(
        score=int(result["score"]),
        warning=feedback.get("warning", "") or "",
        suggestions=tuple(feedback.get("suggestions", ())),
    )


def require_strength(passphrase: str) -> None:
    """Raise WeakPassphrase unless the passphrase is hard enough to guess."""
    strength = passphrase_strength(normalise_passphrase(passphrase))
    if not strength.acceptable:
        advice = strength.warning or "Use four or more unrelated words."
        raise WeakPassphrase(advice=advice)


def create_vault(path: Path, passphrase: str, role: Role, language: str = "en") -> Vault:
    """Create a vault after checking the passphrase; it holds the default resources.

    It is made under a temporary name beside `path` and renamed into place once
    complete (a crash leaves nothing at `path`); raises VaultExists if a file is there.
    """
    require_strength(passphrase)
    return Vault.create(path, passphrase, role,
                        prepare=lambda vault: _fill_new_vault(vault, role, language))


def _fill_new_vault(vault: Vault, role: Role, language: str) -> None:
    """What a new vault holds before it is renamed into place."""
    install_default_resources(vault, language)
    if role is Role.SUPPORTER:
        signing_seed(vault)  # the key its bundles are signed with (exchange/signing.py)


def unlock_vault(path: Path, passphrase: str, accept_missing_changes: bool = False) -> Vault:
    """Open an existing vault; raises WrongPassphrase, NotAVault, VaultDamaged ...

    RecentChangesMissing when its journal lost commits: offer the backups, or open
    it as it is with `accept_missing_changes`.

    Opening applies the vault's retention setting (app/retention.py), so old notes
    are cleared whether the GUI or a command opened it.
    """
    vault = Vault.open(path, passphrase, accept_missing_changes)
    try:
        apply_retention_setting(vault)
    except BaseException:
        vault.close()
        raise
    return vault


def change_passphrase(vault: Vault, current: str, new: str) -> None:
    """Give the open vault a new passphrase; raises WrongPassphrase if `current` is
    not its passphrase, WeakPassphrase if `new` is too easy to guess, VaultBusy while
    other work uses the vault. Killed at any moment, the vault opens afterwards with
    the old passphrase or the new one."""
    if not vault.check_passphrase(current):
        raise WrongPassphrase(path=str(vault.path))
    require_strength(new)
    vault.change_passphrase(new)
    # After the change, which copies the vault: the trail never claims one that failed.
    record_event(vault, EventKind.PASSPHRASE_CHANGED)


def vault_file_state(path: Path) -> VaultFileState:
    """MISSING, PRESENT, or UNFINISHED: an empty or partial file a crash during the
    creation of a vault left (it cannot hold any record)."""
    return vault_file.file_state(Path(path))


def discard_unfinished_vault(path: Path) -> Path | None:
    """Move an UNFINISHED file out of the way (renamed `<stem>.unfinished-<date>`, so
    nothing is ever deleted unasked); returns its new name. A file in any other state
    is left alone (None)."""
    path = Path(path)
    if vault_file.file_state(path) is not VaultFileState.UNFINISHED:
        return None
    return vault_file.set_aside(path, "unfinished")


def open_for_work(vault: Vault) -> Vault:
    """A connection of its own to `vault` for work on another thread.

    Open it on the thread that uses it and close it there: a connection is never
    shared between threads (ui/worker.py does this for every background task).
    """
    return vault.reopen()
