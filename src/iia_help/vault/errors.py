"""Vault errors. Each ``str()`` is a short, calm sentence that can be shown in a dialog as it is (in English; the UI
shows it in the reader's language with ``catalog.message(exc, language)``)."""

from __future__ import annotations

from iia_help.catalog import translate


class VaultError(Exception):
    """Base class for everything the vault raises on purpose."""

    default_message = translate("errors", "Something went wrong with your notes file.")

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or self.default_message)


class WrongPassphrase(VaultError):
    default_message = translate("errors", "That passphrase did not work. Check it and try again.")


class VaultCorrupted(VaultError):
    default_message = translate(
        "errors", "Your notes file looks damaged or was changed outside the app, so it was not opened. "
        "If you have a backup, you can restore it.")


class VaultExists(VaultError):
    default_message = translate("errors", "A notes file is already there. Nothing was replaced.")


class VaultNotFound(VaultError):
    default_message = translate("errors", "The notes file could not be found.")


class VaultLocked(VaultError):
    default_message = translate("errors", "Your notes are locked. Unlock them to carry on.")


class VaultBusy(VaultError):
    default_message = translate("errors", "Your notes are open in another window. Close it and try again.")


class VaultIOError(VaultError):
    default_message = translate("errors", "Your notes could not be saved or read. Check there is free space and try "
                                          "again.")


class EmptyPassphrase(VaultError):
    default_message = translate("errors", "Please type a passphrase.")


class AttachmentTooLarge(VaultError):
    default_message = translate("errors", "This file is too big to add.")


class AttachmentCancelled(VaultError):
    default_message = translate("errors", "Adding the file was stopped. Nothing was saved.")


class InvalidEntry(VaultError, ValueError):
    default_message = translate("errors", "This note is missing something it needs.")


class NotFound(VaultError, KeyError):
    default_message = translate("errors", "That note or file is no longer there.")

    def __str__(self) -> str:  # KeyError would otherwise quote the message
        return str(self.args[0]) if self.args else self.default_message
