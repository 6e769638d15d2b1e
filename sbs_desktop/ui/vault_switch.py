"""The Vault menu's other vaults: a new one, another file, and the recent ones."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QMenu

from sbs_desktop.app.vaults import VAULT_FILE_SUFFIX, Vault
from sbs_desktop.ui.placeholders import fill
from sbs_desktop.ui.settings import Settings, dialog_folder


def unused_vault_path(beside: Path) -> Path:
    """A vault file name not taken yet, in the folder of `beside`."""
    number = 2
    while True:
        candidate = beside.with_name(f"vault-{number}{beside.suffix or VAULT_FILE_SUFFIX}")
        if not candidate.exists():
            return candidate
        number += 1


def switch_to(window: Any, vault: Vault) -> Any:
    """Show `vault` in a window of its own and close this one (its day's backup, its drafts).

    If this window stays open (the person kept an unsaved form), the new one closes again.
    """
    # A window of the same kind as this one (the main window), without importing it back.
    successor = type(window)(vault, Settings.load())
    # Kept from here: a window without a parent lives only as long as a reference to it.
    window.successor = successor
    successor.show()
    if not window.close():
        successor.close()
        return None
    return successor


def unlock_and_switch(window: Any, path: Path) -> Any:
    from sbs_desktop.ui.vault_dialogs import UnlockDialog

    if Path(path).absolute() == Path(window.path).absolute():
        return None
    dialog = UnlockDialog(Path(path), window)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.vault is None:
        return None
    return switch_to(window, dialog.vault)


def open_vault(window: Any) -> Any:
    chosen, _ = QFileDialog.getOpenFileName(
        window, QCoreApplication.translate("VaultSwitch", "Open a vault"),
        str(dialog_folder(Path(window.path).parent)),
        fill(QCoreApplication.translate(
            "VaultSwitch", "Side-by-Side vaults (*%1);;All files (*)"), VAULT_FILE_SUFFIX))
    return unlock_and_switch(window, Path(chosen)) if chosen else None


def new_vault(window: Any) -> Any:
    from sbs_desktop.ui.vault_dialogs import CreateVaultDialog

    dialog = CreateVaultDialog(unused_vault_path(Path(window.path)), window)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.vault is None:
        return None
    return switch_to(window, dialog.vault)


def recent_vaults_menu(window: Any, menu: QMenu) -> QMenu:
    """A submenu of the vaults opened before, filled afresh each time it opens."""
    recent = menu.addMenu(QCoreApplication.translate("VaultSwitch", "&Recent vaults"))

    def fill_menu() -> None:
        recent.clear()
        paths = [p for p in Settings.load().recent_vaults
                 if p != Path(window.path).absolute()]
        for number, path in enumerate(paths, 1):
            action = recent.addAction(f"&{number} {path.name} — {path.parent}")
            action.setData(str(path))
            action.setEnabled(path.exists())
            action.triggered.connect(lambda _checked=False, p=path: unlock_and_switch(window, p))
        if not paths:
            recent.addAction(QCoreApplication.translate("VaultSwitch",
                                                          "No other vaults yet")).setEnabled(False)

    recent.aboutToShow.connect(fill_menu)
    fill_menu()
    return recent
