"""Creating and unlocking vaults, with the passphrase rules that guard them.

The one place that names the vault handle for the layers above (ui, cli): they take
`Vault`, its default place and its file suffix from here, never from the store.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sbs_desktop.app.resources import install_default_resources
from sbs_desktop.core.errors import WeakPassphrase
from sbs_desktop.core.vocabulary import Role
from sbs_desktop.store.location import VAULT_FILE_SUFFIX as VAULT_FILE_SUFFIX
from sbs_desktop.store.location import default_vault_path as default_vault_path
from sbs_desktop.store.vault import Vault as Vault

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


def create_vault(path: Path, passphrase: str, role: Role, language: str = "en") -> Vault:
    """Create a vault after checking the passphrase; it holds the default resources."""
    strength = passphrase_strength(passphrase)
    if not strength.acceptable:
        advice = strength.warning or "Use four or more unrelated words."
        raise WeakPassphrase(advice=advice)
    vault = Vault.create(path, passphrase, role)
    install_default_resources(vault, language)
    return vault


def unlock_vault(path: Path, passphrase: str) -> Vault:
    """Open an existing vault; raises WrongPassphrase, NotAVault, VaultDamaged ..."""
    return Vault.open(path, passphrase)


def open_for_work(vault: Vault) -> Vault:
    """A connection of its own to `vault` for work on another thread.

    Open it on the thread that uses it and close it there: a connection is never
    shared between threads (ui/worker.py does this for every background task).
    """
    return vault.reopen()
