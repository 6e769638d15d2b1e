"""The errors a person can act on, each carrying its own message.

Every message is an English template marked with QT_TRANSLATE_NOOP so that
pyside6-lupdate collects it; the UI translates the template and fills in the
parameters. Nothing here imports Qt.
"""

from __future__ import annotations

from typing import Any, ClassVar


# Named as Qt names it, because pyside6-lupdate finds strings by this name.
def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark text for translation without translating it here."""
    return text


class SbsError(Exception):
    """An error whose message tells a person what went wrong and what to do."""

    template: ClassVar[str] = QT_TRANSLATE_NOOP("Errors", "Something went wrong.")

    def __init__(self, **params: Any) -> None:
        self.params = params
        super().__init__(self.message)

    @property
    def message(self) -> str:
        return self.template.format(**self.params)


class WrongPassphrase(SbsError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "The passphrase is not the one for the vault {path}. Check it and try again."
    )


class NotAVault(SbsError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "{path} is not a Side-by-Side vault ({reason})."
    )


class VaultDamaged(SbsError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The vault {path} is damaged ({reason}). Restore it from a backup; "
        "the file has not been changed.",
    )


class VaultInUse(SbsError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The vault {path} is already open in another Side-by-Side window. "
        "Close that window first.",
    )


class VaultExists(SbsError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "A file already exists at {path}. Choose another name for the new vault."
    )


class VaultTooNew(SbsError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The vault {path} was made by a newer version of Side-by-Side (schema {found}, "
        "this version knows up to {known}). Update the program to open it.",
    )


class WeakPassphrase(SbsError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "This passphrase is too easy to guess. {advice}"
    )


class StorageFailed(SbsError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "Could not save to {path}: {reason}. Nothing was changed."
    )


class DiskFull(SbsError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The disk holding {path} is full. Nothing was changed; free some space and try again.",
    )


class WrongRole(SbsError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "This needs a {needed} vault, and {path} is a {actual} vault."
    )


class Cancelled(SbsError):
    template = QT_TRANSLATE_NOOP("Errors", "Cancelled. Nothing was changed.")


class FieldProblem(SbsError):
    """One field of a record holds a value that is not allowed.

    `field` is a stable code: a member of the record's field enum (InteractionField,
    ContactField, ...) or, for a survey answer, the question's code. The UI shows
    the field's label, so rewording a label never detaches a problem from its field.
    """

    template = QT_TRANSLATE_NOOP("Errors", "{field}: {reason}")

    def __init__(self, field: str, reason: str) -> None:
        super().__init__(field=field, reason=reason)

    @property
    def field(self) -> str:
        return self.params["field"]

    @property
    def reason(self) -> str:
        return self.params["reason"]


class InvalidRecord(SbsError):
    """A record failed validation; `problems` names every bad field."""

    template = QT_TRANSLATE_NOOP("Errors", "Please correct: {details}")

    def __init__(self, problems: list[FieldProblem]) -> None:
        self.problems = problems
        super().__init__(details="; ".join(p.message for p in problems))


class BundleRejected(SbsError):
    """A bundle, or one of its files, failed verification and was not imported."""

    template = QT_TRANSLATE_NOOP(
        "Errors", "{bundle}: {file}, row {row}, column {column}: {reason}"
    )
    # A problem names only what it is about: a row, a field of the manifest, a whole
    # file, or the whole bundle (no dashes for what does not apply).
    ROW_TEMPLATE = QT_TRANSLATE_NOOP("Errors", "{bundle}: {file}, row {row}: {reason}")
    FIELD_TEMPLATE = QT_TRANSLATE_NOOP("Errors", "{bundle}: {file}, field {column}: {reason}")
    FILE_TEMPLATE = QT_TRANSLATE_NOOP("Errors", "{bundle}: {file} (whole file): {reason}")
    BUNDLE_TEMPLATE = QT_TRANSLATE_NOOP("Errors", "{bundle} (whole bundle): {reason}")

    def __init__(
        self, bundle: str, reason: str, file: str = "", row: int | str = "", column: str = ""
    ) -> None:
        if not file:
            self.template = self.BUNDLE_TEMPLATE
        elif row and not column:
            self.template = self.ROW_TEMPLATE
        elif column and not row:
            self.template = self.FIELD_TEMPLATE
        elif not row:
            self.template = self.FILE_TEMPLATE
        super().__init__(bundle=bundle, file=file, row=row, column=column, reason=reason)


class FileRejected(SbsError):
    """An imported file (such as survey answers in CSV) failed validation."""

    template = QT_TRANSLATE_NOOP("Errors", "{file}, row {row}, column {column}: {reason}")

    def __init__(self, file: str, reason: str, row: int | str = "", column: str = "") -> None:
        super().__init__(file=file, row=row or "-", column=column or "-", reason=reason)


class ShippedFilesMissing(SbsError):
    """The program's own files (resources/) are not where this installation should have them."""

    template = QT_TRANSLATE_NOOP(
        "Errors",
        "This installation is incomplete: the program's own files ({name}) are missing. "
        "Reinstall Side-by-Side Desktop.",
    )


class RecordGone(SbsError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "This record is no longer in the vault (it may have just been deleted)."
    )


class InvalidRetention(SbsError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "Keep records for 1 to {most} months, or turn retention off ({months} given)."
    )


class VaultDamagedOrWrongPassphrase(WrongPassphrase):
    """The first page does not open: a wrong passphrase and damage there look the same."""

    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The vault {path} did not open. Either the passphrase is wrong or the start of the "
        "file is damaged: the two cannot be told apart. Check the passphrase; if it is "
        "right, restore the vault from a backup.",
    )


class RecentChangesMissing(SbsError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The vault {path} is missing its {missing} most recent saved changes: the journal "
        "file beside it was damaged or deleted. Restore the newest backup, or open the "
        "vault without those changes.",
    )


class BackupFailed(SbsError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "The backup {path} could not be made: {reason}. The vault is unchanged."
    )


class BackupDamaged(SbsError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "The backup {path} cannot be used: {reason}. Nothing was changed."
    )


class NoBackupFolder(SbsError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "No backup folder is chosen for the vault {path}. Choose one first."
    )


class VaultBusy(SbsError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "Other work is still using the vault {path}. Let it finish, then try again. "
        "Nothing was changed.",
    )


class SavedKeyUnreadable(SbsError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The key file {path} could not be opened: {reason}. Check the key's passphrase "
        "and that this is a coordinator key saved by Side-by-Side.",
    )


class SignerChanged(SbsError):
    """A bundle under a known supporter pseudonym, signed by another key than the pinned one."""

    template = QT_TRANSLATE_NOOP(
        "Errors",
        "{bundle}: signed with the key {key}, but bundles of supporter {supporter} are signed "
        "with the key {pinned}. It was not made by that supporter's vault and is refused; "
        "compare the fingerprints with the supporter.")


class UnsignedRefused(SbsError):
    """An unsigned (format version 1) bundle the coordinator's vault does not accept."""

    template = QT_TRANSLATE_NOOP("Errors", "{bundle}: the bundle is not signed. {why}")



class CoordinatorKeyExists(SbsError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The vault {path} already has another coordinator key. Using the saved key would "
        "leave every bundle encrypted to the present one unreadable, so nothing was changed.",
    )
