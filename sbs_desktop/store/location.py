"""Where a person's vault lives when they have not chosen another place."""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "Side-by-Side Desktop"
VAULT_FILE_SUFFIX = ".sbsvault"


def default_vault_path() -> Path:
    """The vault in the platform's per-user data folder."""
    return user_data_path(APP_NAME, appauthor=False) / f"vault{VAULT_FILE_SUFFIX}"
