"""Creating and unlocking a vault through the real dialogs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from sbs_desktop.app.vaults import unlock_vault
from sbs_desktop.core.vocabulary import Role
from sbs_desktop.ui.vault_dialogs import CreateVaultDialog, UnlockDialog

STRONG = "quiet lantern orchard seventy ribbon"


def test_create_refuses_weak_and_mismatched_then_creates_with_the_chosen_role(qtbot, tmp_path):
    path = tmp_path / "new.sbsvault"
    dialog = CreateVaultDialog(path)
    qtbot.addWidget(dialog)
    dialog.show()
    coordinator = next(b for b in dialog.role_buttons.buttons()
                       if b.property("role_code") == Role.COORDINATOR.value)
    qtbot.mouseClick(coordinator, Qt.MouseButton.LeftButton)

    qtbot.keyClicks(dialog.passphrase, "password1")
    qtbot.keyClicks(dialog.confirmation, "password1")
    assert not dialog.create_button.isEnabled()
    assert dialog.strength_text.text().startswith(("Very weak", "Weak"))
    assert "lost passphrase" not in dialog.strength_text.text()
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert not path.exists()

    dialog.passphrase.clear()
    dialog.confirmation.clear()
    qtbot.keyClicks(dialog.passphrase, STRONG)
    qtbot.keyClicks(dialog.confirmation, STRONG[:-1] + "x")
    assert dialog.mismatch.isVisible()
    assert "not the same" in dialog.mismatch.text()
    assert not dialog.create_button.isEnabled()

    qtbot.keyClick(dialog.confirmation, Qt.Key.Key_Backspace)
    assert not dialog.mismatch.isVisible()  # still being typed: not said yet
    qtbot.keyClicks(dialog.confirmation, STRONG[-1])
    assert dialog.create_button.isEnabled() and not dialog.mismatch.isVisible()
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.vault.role is Role.COORDINATOR
    assert dialog.passphrase.text() == "" and dialog.confirmation.text() == ""
    dialog.vault.close()
    with unlock_vault(path, STRONG) as reopened:
        assert reopened.role is Role.COORDINATOR


def test_the_create_dialog_says_a_lost_passphrase_cannot_be_recovered(qtbot, tmp_path):
    dialog = CreateVaultDialog(tmp_path / "v.sbsvault")
    qtbot.addWidget(dialog)
    texts = " ".join(label.text() for label in dialog.findChildren(type(dialog.error)))
    assert "Nobody can recover a lost passphrase" in texts


def test_unlock_refuses_a_wrong_passphrase_then_opens(qtbot, supporter_vault, passphrase):
    path = Path(supporter_vault.path)
    supporter_vault.close()
    before = path.read_bytes()
    dialog = UnlockDialog(path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.passphrase, "not the passphrase at all")
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    assert dialog.vault is None
    assert dialog.error.isVisible() and "passphrase" in dialog.error.text()
    assert path.read_bytes() == before

    dialog.passphrase.clear()
    qtbot.keyClicks(dialog.passphrase, passphrase)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    assert dialog.vault is not None and dialog.vault.role is Role.SUPPORTER
    assert dialog.passphrase.text() == ""
    dialog.vault.close()
