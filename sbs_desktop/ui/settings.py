"""The person's preferences for this program; never any user data."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, QStandardPaths

ORGANISATION = "Side-by-Side"
APPLICATION = "Side-by-Side Desktop"
DEFAULT_AUTO_LOCK_MINUTES = 10
MAX_AUTO_LOCK_MINUTES = 240
MAX_RECENT_VAULTS = 8
# Qt's INI files keep keys outside any group in a section called [General], and write a
# group of that name (in any case) as [%General]: "general/language" written by an
# earlier version came back as "General/language" after a restart, never as what was
# asked for, so the language did not stick. No key lives in a group of that name now;
# the old spellings are read once, then removed.
LANGUAGE_KEY = "interface/language"
OLD_LANGUAGE_KEYS = ("General/language", "general/language")


def dialog_folder(remembered: Path | str | None = None) -> Path:
    """Where a file dialog opens: `remembered` while it is still a folder, otherwise the
    person's documents folder (their home folder if there is none), never the program's."""
    if remembered and Path(remembered).is_dir():
        return Path(remembered)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


def _store() -> QSettings:
    # Named explicitly so that tests and the packaged app use the same place.
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                     ORGANISATION, APPLICATION)


def _paths(value: object) -> list[Path]:
    # QSettings hands back one string for a one-item list, and None for an empty one.
    items = [value] if isinstance(value, str) else list(value or [])
    return [Path(str(item)) for item in items if str(item)]


@dataclass
class Settings:
    """Preferences kept in QSettings: how the window looks, when it locks, which vaults.

    Only settings belong here. Anything a person typed about a classmate lives in the
    vault and nowhere else; a vault's backup folder is kept here as well as in the vault
    so that a vault that no longer opens can still find its backups.
    """

    auto_lock_minutes: int = DEFAULT_AUTO_LOCK_MINUTES  # 0 never locks
    language: str = ""  # a locale name such as "fr"; empty follows the system
    window_geometry: bytes = b""
    recent_vaults: list[Path] = field(default_factory=list)  # the last opened first
    backup_folders: dict[str, str] = field(default_factory=dict)  # vault path: folder

    @property
    def last_vault(self) -> Path | None:
        return self.recent_vaults[0] if self.recent_vaults else None

    def remember_vault(self, path: Path) -> None:
        """Put `path` first among the recent vaults (saved by `save`)."""
        path = Path(path).absolute()
        self.recent_vaults = [path, *[p for p in self.recent_vaults if p != path]]
        del self.recent_vaults[MAX_RECENT_VAULTS:]

    def backup_folder(self, vault_path: Path) -> Path | None:
        folder = self.backup_folders.get(str(Path(vault_path).absolute()))
        return Path(folder) if folder else None

    def set_backup_folder(self, vault_path: Path, folder: Path | None) -> None:
        key = str(Path(vault_path).absolute())
        if folder is None:
            self.backup_folders.pop(key, None)
        else:
            self.backup_folders[key] = str(folder)

    @classmethod
    def load(cls) -> Settings:
        store = _store()
        try:
            minutes = int(store.value("lock/auto_lock_minutes", DEFAULT_AUTO_LOCK_MINUTES))
        except (TypeError, ValueError):
            minutes = DEFAULT_AUTO_LOCK_MINUTES
        geometry = store.value("window/geometry", QByteArray())
        language = store.value(LANGUAGE_KEY)
        for old in OLD_LANGUAGE_KEYS:
            if language is None:
                language = store.value(old)
        store.beginGroup("backups")
        folders = {store.value(f"{key}/vault"): store.value(f"{key}/folder")
                   for key in store.childGroups()}
        store.endGroup()
        return cls(
            auto_lock_minutes=max(0, min(minutes, MAX_AUTO_LOCK_MINUTES)),
            language=str(language or ""),
            window_geometry=bytes(geometry.data()) if isinstance(geometry, QByteArray) else b"",
            recent_vaults=_paths(store.value("vaults/recent"))[:MAX_RECENT_VAULTS],
            backup_folders={str(vault): str(folder) for vault, folder in folders.items()
                            if vault and folder},
        )

    def save(self) -> None:
        store = _store()
        store.setValue("lock/auto_lock_minutes", self.auto_lock_minutes)
        for old in OLD_LANGUAGE_KEYS:
            store.remove(old)
        store.setValue(LANGUAGE_KEY, self.language)
        store.setValue("window/geometry", QByteArray(self.window_geometry))
        store.setValue("vaults/recent", [str(path) for path in self.recent_vaults])
        # A path is no key (slashes make groups), so each vault gets a numbered group.
        store.remove("backups")
        for number, (vault, folder) in enumerate(sorted(self.backup_folders.items()), 1):
            store.setValue(f"backups/{number}/vault", vault)
            store.setValue(f"backups/{number}/folder", folder)
        store.sync()
