"""The dialogs that unlock an existing vault or create a new one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from sbs_desktop.app.vaults import (
    VAULT_FILE_SUFFIX,
    Vault,
    VaultFileState,
    create_vault,
    discard_unfinished_vault,
    unlock_vault,
    vault_file_state,
)
from sbs_desktop.core.errors import SbsError
from sbs_desktop.core.vocabulary import Role
from sbs_desktop.ui.labels import label
from sbs_desktop.ui.language import interface_language
from sbs_desktop.ui.messages import confirm, describe
from sbs_desktop.ui.passphrase_fields import NewPassphrase
from sbs_desktop.ui.placeholders import fill
from sbs_desktop.ui.problem_style import mark_problem
from sbs_desktop.ui.restore_offer import RestoreOffer
from sbs_desktop.ui.settings import dialog_folder


def error_label() -> QLabel:
    """A problem's words under a field: hidden until there is one, in the problem colour."""
    error = QLabel()
    error.setObjectName("errorText")
    error.setWordWrap(True)
    mark_problem(error)
    error.hide()
    return error


class UnlockDialog(QDialog):
    """Asks for the passphrase of a vault; `vault` holds the opened vault on accept.

    Ends with CREATE_NEW instead when the person asks to create a new vault.
    """

    CREATE_NEW = 2

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Unlock your vault — Side-by-Side"))
        self.path = Path(path)
        self.vault: Vault | None = None

        self.path_label = QLabel()
        self.path_label.setWordWrap(True)
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        choose = QPushButton(self.tr("Open another vault…"))
        choose.clicked.connect(self._choose_file)
        create = QPushButton(self.tr("Create a new vault…"))
        create.clicked.connect(lambda: self.done(self.CREATE_NEW))
        # Enter in the passphrase field must unlock, never open a file chooser.
        for button in (choose, create):
            button.setAutoDefault(False)

        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("Passphrase"))
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.error = error_label()

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.unlock_button = buttons.addButton(self.tr("Unlock"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self._unlock)
        buttons.rejected.connect(self.reject)

        others = QHBoxLayout()
        others.addWidget(choose)
        others.addWidget(create)
        others.addStretch(1)
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Enter the passphrase for this vault:"))
        heading.setObjectName("dialogHeading")
        layout.addWidget(heading)
        layout.addWidget(self.path_label)
        layout.addWidget(self.passphrase)
        layout.addWidget(self.error)
        self.restore_offer = RestoreOffer()
        self.restore_offer.restore_button.clicked.connect(self.restore_backup)
        layout.addWidget(self.restore_offer)
        layout.addLayout(others)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)
        self._show_path()
        # Only once the button is inside the dialog does it become the dialog's default.
        self.unlock_button.setDefault(True)
        self.passphrase.setFocus()

    def _show_path(self) -> None:
        self.path_label.setText(str(self.path))

    def _choose_file(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open a vault"), str(dialog_folder(self.path.parent)),
            fill(self.tr("Side-by-Side vaults (*%1);;All files (*)"), VAULT_FILE_SUFFIX))
        if chosen:
            self.path = Path(chosen)
            self._show_path()
            self.error.hide()
            self.restore_offer.hide()
            self.passphrase.setFocus()

    def _unlock(self) -> None:
        try:
            self.vault = unlock_vault(self.path, self.passphrase.text())
        except SbsError as error:
            self.error.setText(describe(error))
            self.error.show()
            self.restore_offer.consider(self.path, error, self.passphrase.text())
            # A message that wraps (most do in French) needs the dialog to grow to be read.
            self.adjustSize()
            self.passphrase.selectAll()
            self.passphrase.setFocus()
            return
        self.passphrase.clear()
        self.accept()

    def restore_backup(self) -> None:
        """Restore the backup offered, then open it with the same passphrase."""
        try:
            aside = self.restore_offer.restore(self.path, self.passphrase.text())
        except SbsError as error:
            self.error.setText(describe(error))
            self.error.show()
            return
        self.error.setText(fill(self.tr("Restored. The damaged file is kept as %1."),
                                aside.name if aside else ""))
        self._unlock()


class CreateVaultDialog(QDialog):
    """Creates a vault: role, passphrase twice with its strength, and a plain warning.

    The cursor starts in the passphrase field: the file's place is already filled in.
    """

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Create a vault — Side-by-Side"))
        self.path = Path(path)
        self.vault: Vault | None = None

        self.path_edit = QLineEdit(str(self.path))
        # The start of a long path (the folder) matters more than its end.
        self.path_edit.setCursorPosition(0)
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._choose_file)
        browse.setAutoDefault(False)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)

        self.role_buttons = QButtonGroup(self)
        role_row = QVBoxLayout()
        explanations = {
            Role.SUPPORTER: self.tr("You talk with classmates and keep a log of it."),
            Role.COORDINATOR: self.tr("You run the programme and merge the supporters' "
                                      "anonymous exports into a report."),
        }
        for role in Role:
            button = QRadioButton(label(role))
            button.setProperty("role_code", role.value)
            self.role_buttons.addButton(button)
            # Only as wide as its words: a click beside them would not choose it.
            role_row.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
            about = QLabel(explanations.get(role, ""))
            about.setObjectName("hint")
            about.setWordWrap(True)
            about.setContentsMargins(22, 0, 0, 4)
            role_row.addWidget(about)
            if role is Role.SUPPORTER:
                button.setChecked(True)

        self.new_passphrase = NewPassphrase(self)
        self.passphrase = self.new_passphrase.passphrase
        self.confirmation = self.new_passphrase.confirmation
        self.strength = self.new_passphrase.strength
        self.strength_text = self.new_passphrase.strength_text
        self.mismatch = self.new_passphrase.mismatch

        warning = QLabel(self.tr(
            "<b>Nobody can recover a lost passphrase</b> — not the coordinator, not the "
            "developers. Without it, everything in this vault is gone for good. "
            "Write it down and keep it somewhere safe."))
        warning.setWordWrap(True)
        self.error = error_label()

        form = QFormLayout()
        form.addRow(self.tr("Vault file"), path_row)
        form.addRow(self.tr("I am a"), role_row)
        self.new_passphrase.add_rows(form, self.tr("Passphrase"), self.tr("Passphrase again"))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.create_button = buttons.addButton(self.tr("Create vault"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self._create)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(warning)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)
        self.create_button.setDefault(True)

        self.new_passphrase.changed.connect(self._update)
        self._update()
        self.passphrase.setFocus()

    @property
    def role(self) -> Role:
        return Role(self.role_buttons.checkedButton().property("role_code"))

    def choose_role(self, role: Role) -> None:
        for button in self.role_buttons.buttons():
            button.setChecked(button.property("role_code") == role.value)

    def _choose_file(self) -> None:
        typed = Path(self.path_edit.text())
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("New vault"), str(dialog_folder(typed.parent) / typed.name),
            fill(self.tr("Side-by-Side vaults (*%1)"), VAULT_FILE_SUFFIX))
        if chosen:
            if not chosen.endswith(VAULT_FILE_SUFFIX):
                chosen += VAULT_FILE_SUFFIX
            self.path_edit.setText(chosen)
            self.path_edit.setCursorPosition(0)

    def _update(self) -> None:
        self.create_button.setEnabled(self.new_passphrase.acceptable)
        self.error.hide()

    def _create(self) -> None:
        if not self.create_button.isEnabled():
            return
        path = Path(self.path_edit.text())
        if vault_file_state(path) is VaultFileState.UNFINISHED:
            # Left by a crash while a vault was being made: it holds no record, but it
            # is moved aside, never deleted, and only once the person says so.
            if not confirm(self, self.tr("Unfinished vault"), self.tr(
                    "An unfinished vault, left by an earlier crash while it was being "
                    "created, is in this place. It holds no record. Set it aside and "
                    "create the new vault?")):
                return
            discard_unfinished_vault(path)
        try:
            self.vault = create_vault(path, self.passphrase.text(),
                                      self.role, interface_language())
        except SbsError as error:
            self.error.setText(describe(error))
            self.error.show()
            return
        self.new_passphrase.clear()
        self.accept()
