"""Encrypted vault: one SQLite file in which every stored value is sealed (see docs/vault-format.md).

No Qt here. Public API::

    vault = Vault.create(path, passphrase, calibrate=True)
    vault = Vault.open(path, passphrase)
    vault.change_passphrase(old, new); vault.backup_to(dest); Vault.restore_backup(backup, target, passphrase)
    vault.close()  # also vault.lock(); vault.is_open / vault.locked
"""

from iia_help.vault.errors import (
    AttachmentCancelled,
    AttachmentTooLarge,
    EmptyPassphrase,
    InvalidEntry,
    NotFound,
    VaultBusy,
    VaultCorrupted,
    VaultError,
    VaultExists,
    VaultIOError,
    VaultLocked,
    VaultNotFound,
    WrongPassphrase,
)
from iia_help.vault.format import FORMAT_VERSION, KdfParams
from iia_help.vault.store import MAX_ATTACHMENT_BYTES, Transaction, Vault

__all__ = [
    "FORMAT_VERSION",
    "MAX_ATTACHMENT_BYTES",
    "AttachmentCancelled",
    "AttachmentTooLarge",
    "EmptyPassphrase",
    "InvalidEntry",
    "KdfParams",
    "NotFound",
    "Transaction",
    "Vault",
    "VaultBusy",
    "VaultCorrupted",
    "VaultError",
    "VaultExists",
    "VaultIOError",
    "VaultLocked",
    "VaultNotFound",
    "WrongPassphrase",
]
