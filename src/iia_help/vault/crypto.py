"""Cryptography for the vault: Argon2id, key wrapping, AES-256-GCM records, STREAM chunks, set-hash.

Only standard primitives from pyca ``cryptography``. Keys live in ``bytearray``s that ``wipe()`` overwrites;
that is best effort in Python (the library and the interpreter may hold copies we cannot reach).
"""

from __future__ import annotations

import hashlib
import hmac
import os
import struct
import time
import unicodedata
from collections.abc import Iterable

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from iia_help.vault.errors import EmptyPassphrase, VaultCorrupted, WrongPassphrase
from iia_help.vault.format import (
    CALIBRATION_MAX_ITERATIONS,
    CALIBRATION_TARGET_S,
    FLOOR_ITERATIONS,
    HKDF_INFO_PREFIX,
    KEY_LEN,
    NONCE_LEN,
    Header,
    KdfParams,
)


def passphrase_bytes(passphrase: str) -> bytearray:
    """NFC-normalised UTF-8, so the same passphrase typed on another system still works."""
    if not isinstance(passphrase, str) or passphrase == "":
        raise EmptyPassphrase()
    return bytearray(unicodedata.normalize("NFC", passphrase).encode("utf-8", "surrogatepass"))


def derive_kek(passphrase: str, salt: bytes, params: KdfParams) -> bytearray:
    params.check()
    pw = passphrase_bytes(passphrase)
    try:
        kdf = Argon2id(
            salt=salt, length=KEY_LEN, iterations=params.iterations, lanes=params.lanes,
            memory_cost=params.memory_kib,
        )
        return bytearray(kdf.derive(bytes(pw)))
    finally:
        wipe(pw)


def calibrate(target_s: float = CALIBRATION_TARGET_S) -> KdfParams:
    """Floor memory and lanes, iterations raised so one derivation takes about ``target_s`` here."""
    floor = KdfParams()
    start = time.perf_counter()
    Argon2id(salt=os.urandom(16), length=KEY_LEN, iterations=floor.iterations, lanes=floor.lanes,
             memory_cost=floor.memory_kib).derive(b"calibration")
    per_iteration = max((time.perf_counter() - start) / floor.iterations, 1e-6)
    iterations = int(min(CALIBRATION_MAX_ITERATIONS, max(FLOOR_ITERATIONS, round(target_s / per_iteration))))
    return KdfParams(floor.memory_kib, iterations, floor.lanes)


def wipe(buf: bytearray | None) -> None:
    if buf is not None:
        for i in range(len(buf)):
            buf[i] = 0


def hkdf(key: bytes | bytearray, salt: bytes, label: bytes) -> bytearray:
    return bytearray(
        HKDF(algorithm=hashes.SHA256(), length=KEY_LEN, salt=salt, info=HKDF_INFO_PREFIX + label).derive(bytes(key))
    )


def wrap_key(kek: bytearray, data_key: bytearray, header_without_wrap: Header) -> tuple[bytes, bytes]:
    nonce = os.urandom(NONCE_LEN)
    return nonce, AESGCM(bytes(kek)).encrypt(nonce, bytes(data_key), header_without_wrap.wrap_aad())


def unwrap_key(kek: bytearray, header: Header) -> bytearray:
    try:
        return bytearray(AESGCM(bytes(kek)).decrypt(header.wrap_nonce, header.wrapped_key, header.wrap_aad()))
    except InvalidTag:
        raise WrongPassphrase() from None


class KeyRing:
    """The data key and its HKDF subkeys while the vault is open."""

    def __init__(self, data_key: bytearray, vault_id: bytes) -> None:
        self.data_key = data_key
        self.vault_id = vault_id
        self.k_records = hkdf(data_key, vault_id, b"records")
        self.k_streams = hkdf(data_key, vault_id, b"streams")
        self.k_manifest = hkdf(data_key, vault_id, b"manifest")
        self.k_slots = hkdf(data_key, vault_id, b"slots")
        self._records = AESGCM(bytes(self.k_records))

    def seal(self, plaintext: bytes, aad: bytes) -> bytes:
        nonce = os.urandom(NONCE_LEN)
        return nonce + self._records.encrypt(nonce, plaintext, aad)

    def open(self, sealed: object, aad: bytes) -> bytes:
        if not isinstance(sealed, bytes) or len(sealed) < NONCE_LEN + 16:
            raise VaultCorrupted()
        try:
            return self._records.decrypt(sealed[:NONCE_LEN], sealed[NONCE_LEN:], aad)
        except InvalidTag:
            raise VaultCorrupted() from None

    def set_element(self, rid: bytes, nonce: bytes) -> int:
        """One record's contribution to the manifest's XOR set-hash: keyed BLAKE2b-256(k_manifest, rid || nonce)."""
        return set_element(bytes(self.k_manifest), rid, nonce)

    def slot_id(self, name: str) -> bytes:
        return hmac.digest(bytes(self.k_slots), name.encode(), "sha256")[:16]

    def stream(self, stream_salt: bytes, rid: bytes) -> StreamCipher:
        key = hkdf(self.k_streams, stream_salt, b"stream" + rid)
        try:
            return StreamCipher(bytes(key))
        finally:
            wipe(key)

    def wipe(self) -> None:
        for k in (self.data_key, self.k_records, self.k_streams, self.k_manifest, self.k_slots):
            wipe(k)
        self._records = None  # type: ignore[assignment]


def set_element(key: bytes, rid: bytes, nonce: bytes) -> int:
    return int.from_bytes(hashlib.blake2b(rid + nonce, key=key, digest_size=32).digest(), "big")


def set_hash(key: bytes, pairs: Iterable[tuple[bytes, bytes]]) -> int:
    """XOR of ``set_element(key, rid, nonce)`` over ``pairs``. Copies one keyed hasher instead of keying a new
    one per record: the same digests, in about half the time (every record is hashed on each unlock)."""
    keyed = hashlib.blake2b(key=key, digest_size=32).copy
    from_bytes = int.from_bytes
    acc = 0
    for rid, nonce in pairs:
        h = keyed()
        h.update(rid + nonce)
        acc ^= from_bytes(h.digest(), "big")
    return acc


class StreamCipher:
    """age-style STREAM: nonce = 11-byte big-endian chunk counter || 1 byte last-chunk flag."""

    def __init__(self, key: bytes) -> None:
        self._aead = AESGCM(key)

    @staticmethod
    def nonce(index: int, last: bool) -> bytes:
        return struct.pack(">Q", index).rjust(11, b"\x00") + (b"\x01" if last else b"\x00")

    def encrypt(self, index: int, last: bool, chunk: bytes, aad: bytes) -> bytes:
        return self._aead.encrypt(self.nonce(index, last), chunk, aad)

    def decrypt(self, index: int, last: bool, sealed: object, aad: bytes) -> bytes:
        if not isinstance(sealed, bytes):
            raise VaultCorrupted()
        try:
            return self._aead.decrypt(self.nonce(index, last), sealed, aad)
        except InvalidTag:
            raise VaultCorrupted() from None
