"""Format constants and the header codec. docs/vault-format.md is the normative description."""

from __future__ import annotations

import hashlib
import hmac
import struct
from dataclasses import dataclass

from iia_help.catalog import translate
from iia_help.vault.errors import VaultCorrupted

MAGIC = b"FERNVLT\x00"
FORMAT_VERSION = 1
KDF_ARGON2ID = 1

# RFC 9106 section 4, second recommended option: the floor, never lower (also refused on open).
FLOOR_MEMORY_KIB = 64 * 1024
FLOOR_ITERATIONS = 3
FLOOR_LANES = 4
CALIBRATION_TARGET_S = 0.5
CALIBRATION_MAX_ITERATIONS = 60
# Ceilings refused on open (before the KDF runs), so a damaged or hostile header cannot make one attempt eat the
# machine. The app only ever writes the floor's memory and lanes with at most CALIBRATION_MAX_ITERATIONS passes;
# the ceilings leave headroom for a later version (4x the memory, 2x the lanes) but bound the total work
# (memory x passes) to what this version can write, plus a little.
MAX_MEMORY_KIB = 4 * FLOOR_MEMORY_KIB
MAX_ITERATIONS = 64
MAX_LANES = 2 * FLOOR_LANES
MAX_WORK_KIB = FLOOR_MEMORY_KIB * MAX_ITERATIONS  # memory_kib * iterations

SALT_LEN = 16
VAULT_ID_LEN = 16
RECORD_ID_LEN = 16
NONCE_LEN = 12
TAG_LEN = 16
KEY_LEN = 32
CHUNK_SIZE = 64 * 1024
PAD_BLOCK = 256

# SQLite layout: names carry no meaning on purpose.
TABLE_META = 0  # t0(k INTEGER PRIMARY KEY, v BLOB): k=0 header, k=1 sealed manifest
TABLE_RECORDS = 1  # t1(a BLOB PRIMARY KEY, b BLOB) WITHOUT ROWID: sealed records
TABLE_CHUNKS = 2  # t2(a BLOB, b INTEGER, c BLOB, PRIMARY KEY(a, b)): stream chunks
META_HEADER = 0
META_MANIFEST = 1

SCHEMA = (
    "CREATE TABLE t0(k INTEGER PRIMARY KEY, v BLOB NOT NULL)",
    "CREATE TABLE t1(a BLOB PRIMARY KEY, b BLOB NOT NULL) WITHOUT ROWID",
    "CREATE TABLE t2(a BLOB NOT NULL, b INTEGER NOT NULL, c BLOB NOT NULL, PRIMARY KEY(a, b))",
)

HKDF_INFO_PREFIX = b"fernleaf-vault/v1/"

# magic, version, kdf id, memory KiB, iterations, lanes, salt, vault id, wrap nonce, wrapped key + tag
_HEADER_BODY = struct.Struct(">8sHBIII16s16s12s48s")
HEADER_LEN = _HEADER_BODY.size + 32
# The part of the header the key wrap authenticates (everything before the wrap nonce).
WRAP_AAD_LEN = _HEADER_BODY.size - NONCE_LEN - KEY_LEN - TAG_LEN

MANIFEST_STRUCT = struct.Struct(">QQ32s")  # revision, record count, set-hash


@dataclass(frozen=True)
class KdfParams:
    memory_kib: int = FLOOR_MEMORY_KIB
    iterations: int = FLOOR_ITERATIONS
    lanes: int = FLOOR_LANES

    def check(self) -> None:
        """Refuse parameters below the floor (downgrade) or above the ceilings (damage, denial of service)."""
        if not (
            FLOOR_MEMORY_KIB <= self.memory_kib <= MAX_MEMORY_KIB
            and FLOOR_ITERATIONS <= self.iterations <= MAX_ITERATIONS
            and FLOOR_LANES <= self.lanes <= MAX_LANES
            and self.memory_kib * self.iterations <= MAX_WORK_KIB
        ):
            raise VaultCorrupted()


@dataclass(frozen=True)
class Header:
    params: KdfParams
    salt: bytes
    vault_id: bytes
    wrap_nonce: bytes
    wrapped_key: bytes
    version: int = FORMAT_VERSION

    def pack(self) -> bytes:
        body = _HEADER_BODY.pack(
            MAGIC, self.version, KDF_ARGON2ID, self.params.memory_kib, self.params.iterations,
            self.params.lanes, self.salt, self.vault_id, self.wrap_nonce, self.wrapped_key,
        )
        return body + hashlib.sha256(body).digest()

    def wrap_aad(self) -> bytes:
        return self.pack()[:WRAP_AAD_LEN]

    @classmethod
    def unpack(cls, data: object) -> Header:
        """Parse and sanity-check a header; any problem is ``VaultCorrupted`` (checked before the KDF runs)."""
        if not isinstance(data, bytes) or len(data) != HEADER_LEN:
            raise VaultCorrupted()
        body, checksum = data[:-32], data[-32:]
        if not hmac.compare_digest(hashlib.sha256(body).digest(), checksum):
            raise VaultCorrupted()
        magic, version, kdf, mem, its, lanes, salt, vid, nonce, wrapped = _HEADER_BODY.unpack(body)
        if magic != MAGIC or kdf != KDF_ARGON2ID:
            raise VaultCorrupted()
        if version != FORMAT_VERSION:
            raise VaultCorrupted(translate("errors", "This notes file was made by a newer version of the app. Please "
                                                     "update the app."))
        params = KdfParams(mem, its, lanes)
        params.check()
        return cls(params, salt, vid, nonce, wrapped, version)


def record_aad(vault_id: bytes, table: int, rid: bytes) -> bytes:
    """Associated data for every sealed value: vault id, format version, table number and record id."""
    return vault_id + struct.pack(">HB", FORMAT_VERSION, table) + rid


def meta_rid(k: int) -> bytes:
    return struct.pack(">Q", k)
