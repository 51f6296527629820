"""The journal's own keys: an Ed25519 signing key (signs every evidence bundle) and an X25519 key to which failed
unlock attempts are sealed. Both private halves live in one sealed vault record; see docs/vault-format.md.

The journal ID is a short fingerprint of the signing key's public half, read out in groups of four.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from iia_help.vault.errors import VaultCorrupted

#: Hex characters of SHA-256(SubjectPublicKeyInfo DER) that make the journal ID (96 bits).
JOURNAL_ID_HEX = 24


def journal_id_of(public_der: bytes) -> str:
    """The journal ID of a public key given as SubjectPublicKeyInfo DER: 24 hex characters in groups of four."""
    digest = hashlib.sha256(public_der).hexdigest()[:JOURNAL_ID_HEX]
    return " ".join(digest[i:i + 4] for i in range(0, JOURNAL_ID_HEX, 4))


def public_der(key: Ed25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)


def public_pem(key: Ed25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)


@dataclass(frozen=True)
class Identity:
    """The private halves (32 raw bytes each). Made once per journal; never leaves the vault unsealed."""

    signing_seed: bytes
    box_secret: bytes

    @classmethod
    def new(cls) -> Identity:
        raw = serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
        return cls(Ed25519PrivateKey.generate().private_bytes(*raw), X25519PrivateKey.generate().private_bytes(*raw))

    @classmethod
    def from_record(cls, obj: dict) -> Identity:
        try:
            s, x = bytes.fromhex(obj["s"]), bytes.fromhex(obj["x"])
        except (KeyError, TypeError, ValueError):
            raise VaultCorrupted() from None
        if len(s) != 32 or len(x) != 32:
            raise VaultCorrupted()
        return cls(s, x)

    def record(self) -> dict:
        return {"t": "k", "s": self.signing_seed.hex(), "x": self.box_secret.hex()}

    @property
    def signing_key(self) -> Ed25519PrivateKey:
        return Ed25519PrivateKey.from_private_bytes(self.signing_seed)

    @property
    def public_key(self) -> Ed25519PublicKey:
        return self.signing_key.public_key()

    @property
    def public_pem(self) -> bytes:
        return public_pem(self.public_key)

    @property
    def journal_id(self) -> str:
        return journal_id_of(public_der(self.public_key))

    def sign(self, data: bytes) -> bytes:
        """Ed25519 (RFC 8032, pure) signature of ``data``: 64 raw bytes."""
        return self.signing_key.sign(data)

    @property
    def box_key(self) -> X25519PrivateKey:
        return X25519PrivateKey.from_private_bytes(self.box_secret)

    @property
    def box_public(self) -> bytes:
        return self.box_key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
