"""The person's preferences for this program; never any user data."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QByteArray, QSettings

ORGANISATION = "Side-by-Side"
APPLICATION = "Side-by-Side Desktop"
DEFAULT_AUTO_LOCK_MINUTES = 10
MAX_AUTO_LOCK_MINUTES = 240


def _store() -> QSettings:
    # Named explicitly so that tests and the packaged app use the same place.
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                     ORGANISATION, APPLICATION)


@dataclass
class Settings:
    """Preferences kept in QSettings: how the window looks and when it locks.

    Only settings belong here. Anything a person typed about a classmate lives
    in the vault and nowhere else.
    """

    auto_lock_minutes: int = DEFAULT_AUTO_LOCK_MINUTES  # 0 never locks
    language: str = ""  # a locale name such as "fr"; empty follows the system
    window_geometry: bytes = b""

    @classmethod
    def load(cls) -> Settings:
        store = _store()
        try:
            minutes = int(store.value("lock/auto_lock_minutes", DEFAULT_AUTO_LOCK_MINUTES))
        except (TypeError, ValueError):
            minutes = DEFAULT_AUTO_LOCK_MINUTES
        geometry = store.value("window/geometry", QByteArray())
        return cls(
            auto_lock_minutes=max(0, min(minutes, MAX_AUTO_LOCK_MINUTES)),
            language=str(store.value("general/language", "") or ""),
            window_geometry=bytes(geometry.data()) if isinstance(geometry, QByteArray) else b"",
        )

    def save(self) -> None:
        store = _store()
        store.setValue("lock/auto_lock_minutes", self.auto_lock_minutes)
        store.setValue("general/language", self.language)
        store.setValue("window/geometry", QByteArray(self.window_geometry))
        store.sync()
