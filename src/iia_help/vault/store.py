"""The vault: one SQLite file in which every stored value is sealed. See docs/vault-format.md."""

from __future__ import annotations

import contextlib
import errno
import hashlib
import hmac
import io
import json
import os
import shutil
import sqlite3
import threading
import urllib.parse
import weakref
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO

from iia_help import fsutil
from iia_help.catalog import translate
from iia_help.fsutil import fsync_dir, fsync_file, publish_no_clobber, remove_quietly
from iia_help.vault import attempts, crypto, custody
from iia_help.vault.errors import (
    AttachmentCancelled,
    AttachmentTooLarge,
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
from iia_help.vault.format import (
    CHUNK_SIZE,
    MANIFEST_STRUCT,
    META_HEADER,
    META_MANIFEST,
    NONCE_LEN,
    PAD_BLOCK,
    RECORD_ID_LEN,
    SALT_LEN,
    SCHEMA,
    TABLE_CHUNKS,
    TABLE_META,
    TABLE_RECORDS,
    TAG_LEN,
    VAULT_ID_LEN,
    Header,
    KdfParams,
    meta_rid,
    record_aad,
)
from iia_help.vault.identity import Identity

#: Largest attachment accepted (bytes). Checked before and while streaming.
MAX_ATTACHMENT_BYTES = 2 * 1024**3
#: Reserved key in a record's JSON holding the stream metadata of a record that owns a chunk stream.
STREAM_KEY = "_s"
#: Slot names (keyed ids, docs/vault-format.md section 12) of the journal's keys and of its custody log.
IDENTITY_SLOT = "identity"
CUSTODY_HEAD_SLOT = "custody/head"
CUSTODY_BLOCK = 64  # custody records per sealed record: block k holds records 64k .. 64k+63

Progress = Callable[[int, int], "bool | None"]

_BUSY = {"SQLITE_BUSY", "SQLITE_LOCKED"}
_IO_PREFIXES = ("SQLITE_FULL", "SQLITE_IOERR", "SQLITE_CANTOPEN", "SQLITE_READONLY", "SQLITE_PERM")
_SQLITE_MAGIC = b"SQLite format 3\x00"


#: Said when the folder (or the file) cannot be written to: the real cause, not "check there is free space".
READ_ONLY_MESSAGE = translate("errors", "The folder for your notes cannot be written to (it is read-only, or this "
                                        "account may not change it). Nothing was changed.")
DISK_FULL_MESSAGE = translate("errors", "There is not enough free space on the drive. Free some space and try again.")
#: Said when a backup chosen for restoring is damaged, tampered with, or not a backup at all.
BAD_BACKUP_MESSAGE = translate("errors", "That backup file looks damaged, or it is not a backup made by this app, so "
                                         "nothing was restored. Your journal was not changed.")


def _map_sqlite_error(exc: sqlite3.Error, path: Path | None = None) -> VaultError:
    name = getattr(exc, "sqlite_errorname", "") or ""
    if name in _BUSY:
        return VaultBusy()
    if name.startswith("SQLITE_FULL"):
        return VaultIOError(DISK_FULL_MESSAGE)
    if name.startswith(("SQLITE_READONLY", "SQLITE_PERM")):
        return VaultIOError(READ_ONLY_MESSAGE)
    if name.startswith(_IO_PREFIXES) and not name.startswith("SQLITE_IOERR_SHORT_READ"):
        if path is not None and not _writable_dir(path.parent):
            return VaultIOError(READ_ONLY_MESSAGE)
        return VaultIOError()
    return VaultCorrupted()  # SQLITE_INTERRUPT (the work limit) included


def _writable_dir(folder: Path) -> bool:
    try:
        return os.access(folder, os.W_OK | os.X_OK)
    except (OSError, ValueError):
        return False


@contextlib.contextmanager
def _sqlite_errors(path: Path | None = None) -> Iterator[None]:
    try:
        yield
    except sqlite3.Error as exc:
        raise _map_sqlite_error(exc, path) from None
    except UnicodeDecodeError:  # text in the file that is not UTF-8 (sqlite_master of a damaged or crafted file)
        raise VaultCorrupted() from None


# ----------------------------------------------------------------- untrusted files: schema and work limit
#: sqlite_master of a vault, exactly: (type, name, tbl_name, sql). Anything else (a view, a trigger, an index,
#: another table, a changed definition) is refused before any other read, because SQLite would run it.
EXPECTED_SCHEMA = frozenset(
    [("table", f"t{i}", f"t{i}", sql) for i, sql in enumerate(SCHEMA)]
    + [("index", "sqlite_autoindex_t2_1", "t2", None)]
)
#: The work limit while reading a file not yet proven genuine, in SQLite virtual-machine steps (not seconds,
#: so the verdict is the same on a slow or a fast computer): a base plus an allowance per byte of the file.
#: Reading a real vault costs far less than a step per byte (measured: docs/vault-format.md, section 1).
WORK_STEPS_BASE = 2_000_000
WORK_STEPS_PER_BYTE = 4
_STEP_GRAIN = 1000  # the handler runs every this many steps


def _file_size(path: Path) -> int:
    total = 0
    for p in (path, Path(f"{path}-wal")):
        with contextlib.suppress(OSError):
            total += os.stat(p).st_size
    return total


class _Work:
    """Steps counted under one ``_work_limit`` block (in units of ``_STEP_GRAIN``)."""

    def __init__(self, budget_steps: int) -> None:
        self.budget = budget_steps // _STEP_GRAIN
        self.ticks = 0

    def tick(self) -> int:
        self.ticks += 1
        return 1 if self.ticks > self.budget else 0  # non-zero: SQLite aborts the statement (SQLITE_INTERRUPT)

    @property
    def steps(self) -> int:
        return self.ticks * _STEP_GRAIN


@contextlib.contextmanager
def _work_limit(conn: sqlite3.Connection, path: Path) -> Iterator[_Work]:
    """Abort (as ``VaultCorrupted``) any SQLite statement once the reads under this block exceed the budget."""
    work = _Work(WORK_STEPS_BASE + WORK_STEPS_PER_BYTE * _file_size(path))
    conn.set_progress_handler(work.tick, _STEP_GRAIN)
    try:
        yield work
    finally:
        conn.set_progress_handler(None, 0)


def _check_schema(conn: sqlite3.Connection) -> None:
    """Refuse a file whose SQLite schema is not exactly the vault's (see ``EXPECTED_SCHEMA``)."""
    with _sqlite_errors():
        rows = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master LIMIT 64").fetchall()
    if len(rows) != len(EXPECTED_SCHEMA) or set(rows) != EXPECTED_SCHEMA:
        raise VaultCorrupted()


def _connect(path: Path) -> sqlite3.Connection:
    with _sqlite_errors(path):
        conn = sqlite3.connect(str(path), timeout=0.5, isolation_level=None, check_same_thread=False)
        try:
            for pragma in (
                "locking_mode=EXCLUSIVE",  # one process at a time; a second app window gets VaultBusy
                "synchronous=FULL",
                "secure_delete=ON",  # zero deleted ciphertext in the file
                "temp_store=MEMORY",  # SQLite never writes its own temp files
                "trusted_schema=OFF",
                "cell_size_check=ON",
            ):
                conn.execute("PRAGMA " + pragma)
        except BaseException:
            conn.close()
            raise
    return conn


def _encode(obj: dict[str, Any]) -> bytes:
    raw = json.dumps(obj, ensure_ascii=False, separators=(",", ":")).encode("utf-8", "surrogatepass")
    return raw + b" " * (-len(raw) % PAD_BLOCK)  # JSON ignores trailing spaces; hides exact lengths


_raw_decode = json.JSONDecoder().raw_decode


def _decode(plaintext: bytes) -> dict[str, Any]:
    # raw_decode, then a check that only padding follows: what json.loads does, with less work per record.
    try:
        text = plaintext.decode("utf-8", "surrogatepass")
        obj, end = _raw_decode(text)
    except (UnicodeDecodeError, ValueError):
        raise VaultCorrupted() from None
    if not isinstance(obj, dict) or (end != len(text) and not text[end:].isspace()):
        raise VaultCorrupted()
    return obj


def _sniff(path: Path) -> None:
    """Refuse, without opening it in SQLite, a file that is clearly not a vault (so nothing writes to it)."""
    try:
        with open(path, "rb") as f:
            head = f.read(len(_SQLITE_MAGIC))
    except FileNotFoundError:
        raise VaultNotFound() from None
    except IsADirectoryError:
        raise VaultNotFound() from None
    except OSError:
        raise VaultIOError() from None
    if head != _SQLITE_MAGIC:
        raise VaultCorrupted()


class _Source:
    """Reads an attachment source in chunks: bytes-like, a file path, or a binary file object."""

    def __init__(self, data: bytes | bytearray | memoryview | str | os.PathLike[str] | BinaryIO) -> None:
        self._file: BinaryIO | None = None
        self._owned = False
        if isinstance(data, (bytes, bytearray, memoryview)):
            self._file = io.BytesIO(bytes(data)) if not isinstance(data, bytes) else io.BytesIO(data)
            self.total = len(data) if not isinstance(data, memoryview) else data.nbytes
        elif isinstance(data, (str, os.PathLike)):
            try:
                self._file = open(data, "rb")  # noqa: SIM115 - closed in close()
            except FileNotFoundError:
                raise NotFound(translate("errors", "That file could not be found.")) from None
            except OSError:
                raise VaultIOError(translate("errors", "That file could not be read.")) from None
            self._owned = True
            self.total = os.fstat(self._file.fileno()).st_size
        elif hasattr(data, "read"):
            self._file = data
            self.total = 0
        else:
            raise TypeError("attachment data must be bytes, a path or a binary file")

    def read(self) -> bytes:
        assert self._file is not None
        parts: list[bytes] = []
        need = CHUNK_SIZE
        while need:
            try:
                b = self._file.read(need)
            except OSError:
                raise VaultIOError(translate("errors", "That file could not be read.")) from None
            if not b:
                break
            parts.append(b)
            need -= len(b)
        return b"".join(parts)

    def close(self) -> None:
        if self._owned and self._file is not None:
            self._file.close()
        self._file = None


class Transaction:
    """Changes made inside ``Vault.transaction()``; the manifest is updated when the block commits."""

    def __init__(self, vault: Vault, count: int, sethash: int) -> None:
        self._v = vault
        self.count = count
        self.sethash = sethash

    def _old_nonce(self, rid: bytes) -> bytes | None:
        row = self._v._conn.execute("SELECT substr(b, 1, ?) FROM t1 WHERE a = ?", (NONCE_LEN, rid)).fetchone()
        if row is None:
            return None
        if not isinstance(row[0], bytes):
            raise VaultCorrupted()
        return row[0]

    def put(self, rid: bytes, obj: dict[str, Any]) -> None:
        """Insert or replace one record (fresh nonce every write)."""
        keys = self._v._keys_or_raise()
        old = self._old_nonce(rid)
        if old is None:
            self.count += 1
        else:
            self.sethash ^= keys.set_element(rid, old)
        sealed = keys.seal(_encode(obj), record_aad(keys.vault_id, TABLE_RECORDS, rid))
        self._v._conn.execute("INSERT OR REPLACE INTO t1(a, b) VALUES (?, ?)", (rid, sealed))
        self.sethash ^= keys.set_element(rid, sealed[:NONCE_LEN])

    def delete(self, rid: bytes) -> None:
        """Delete a record and any chunk stream it owns. Missing records raise ``NotFound``."""
        keys = self._v._keys_or_raise()
        old = self._old_nonce(rid)
        if old is None:
            raise NotFound()
        self._v._conn.execute("DELETE FROM t1 WHERE a = ?", (rid,))
        self._v._conn.execute("DELETE FROM t2 WHERE a = ?", (rid,))
        self.count -= 1
        self.sethash ^= keys.set_element(rid, old)

    # ------------------------------------------------------------- custody log
    def identity(self, first_event: str = "log started") -> Identity:
        """The journal's keys, made now (with the first custody record) if this journal has none yet."""
        v = self._v
        obj = v.get(v.slot_id(IDENTITY_SLOT))
        if obj is not None:
            if obj.get("t") != "k":
                raise VaultCorrupted()
            return Identity.from_record(obj)
        ident = Identity.new()
        self.put(v.slot_id(IDENTITY_SLOT), ident.record())
        attempts.reset(v._conn, ident.box_public)  # type: ignore[arg-type]
        if v.get(v.slot_id(CUSTODY_HEAD_SLOT)) is None:
            self._append(first_event, {"journal_id": ident.journal_id})
        return ident

    def log(self, event: str, details: dict[str, Any] | None = None) -> None:
        """Append one record to the custody log, committed with the rest of this transaction."""
        self.identity()
        self._append(event, details or {})

    def _append(self, event: str, details: dict[str, Any]) -> None:
        v = self._v
        head_id = v.slot_id(CUSTODY_HEAD_SLOT)
        head = v.get(head_id) or {"t": "ch", "n": 0, "h": custody.GENESIS}
        try:
            n, prev = int(head["n"]), str(head["h"])
        except (KeyError, TypeError, ValueError):
            raise VaultCorrupted() from None
        k, i = divmod(n, CUSTODY_BLOCK)
        block_id = v.slot_id(f"custody/{k}")
        block = v.get(block_id) if i else {"t": "c", "b": k, "r": []}
        if block is None or not isinstance(block.get("r"), list) or len(block["r"]) != i:
            raise VaultCorrupted()
        rec = custody.make_record(n, _now_s(), event, details, prev)
        block["r"].append(rec)
        self.put(block_id, block)
        self.put(head_id, {"t": "ch", "n": n + 1, "h": custody.record_hash(rec)})

    def put_stream(
        self,
        rid: bytes,
        obj: dict[str, Any],
        data: bytes | bytearray | memoryview | str | os.PathLike[str] | BinaryIO,
        *,
        progress: Progress | None = None,
        max_bytes: int = MAX_ATTACHMENT_BYTES,
    ) -> dict[str, Any]:
        """Write a new record that owns an encrypted chunk stream of ``data``; returns the stream metadata.

        ``progress(done, total)`` returning ``False`` raises ``AttachmentCancelled`` (the transaction rolls back).
        """
        keys = self._v._keys_or_raise()
        if self._old_nonce(rid) is not None:
            raise VaultError(translate("errors", "That file is already saved."))
        src = _Source(data)
        try:
            if src.total > max_bytes:
                raise AttachmentTooLarge()
            salt = os.urandom(SALT_LEN)
            cipher = keys.stream(salt, rid)
            aad = record_aad(keys.vault_id, TABLE_CHUNKS, rid)
            digest = hashlib.sha256()
            done = 0
            index = 0
            cur = src.read()
            conn = self._v._conn
            while True:
                nxt = src.read() if len(cur) == CHUNK_SIZE else b""
                last = not nxt
                done += len(cur)
                if done > max_bytes:
                    raise AttachmentTooLarge()
                digest.update(cur)
                conn.execute(
                    "INSERT INTO t2(a, b, c) VALUES (?, ?, ?)", (rid, index, cipher.encrypt(index, last, cur, aad))
                )
                index += 1
                if progress is not None and progress(done, max(src.total, done)) is False:
                    raise AttachmentCancelled()
                if last:
                    break
                cur = nxt
        finally:
            src.close()
        meta = {"k": salt.hex(), "n": index, "z": done, "h": digest.hexdigest()}
        self.put(rid, {**obj, STREAM_KEY: meta})
        return meta


class Vault:
    """An open, unlocked vault. Create with ``Vault.create`` or ``Vault.open``; never construct directly.

    Thread-safe: one SQLite connection (``check_same_thread=False``) guarded by an ``RLock``, so it may be
    opened in a worker thread and used from the UI thread, and read from an export thread.
    """

    def __init__(self, path: Path, conn: sqlite3.Connection, header: Header, keys: crypto.KeyRing,
                 manifest: tuple[int, int, int]) -> None:
        self._path = path
        self._conn: sqlite3.Connection | None = conn
        self._header = header
        self._keys: crypto.KeyRing | None = keys
        self._revision, self._count, self._sethash = manifest
        self._lock = threading.RLock()
        self._close_callbacks: list[weakref.WeakMethod | Callable[[], None]] = []
        self._session = False  # start_session() was called: close() logs "locked"

    # ----------------------------------------------------------------- create / open
    @classmethod
    def create(cls, path: str | os.PathLike[str], passphrase: str, *, calibrate: bool = True) -> Vault:
        """Create a new vault at ``path`` and return it open.

        Refuses to replace anything already at ``path`` (``VaultExists``). With ``calibrate=True`` Argon2id
        iterations are raised so one unlock takes about 0.5 s here; with ``calibrate=False`` exactly the RFC 9106
        floor (64 MiB, t=3, p=4) is used. Never below the floor.
        """
        path = Path(path)
        crypto.passphrase_bytes(passphrase)  # refuse an empty passphrase before any work
        if os.path.lexists(path):
            raise VaultExists()
        if not path.parent.is_dir():
            raise VaultIOError(translate("errors", "The folder for your notes could not be found."))
        params = crypto.calibrate() if calibrate else KdfParams()
        salt, vault_id = os.urandom(SALT_LEN), os.urandom(VAULT_ID_LEN)
        data_key = bytearray(os.urandom(32))
        kek = crypto.derive_kek(passphrase, salt, params)
        try:
            unwrapped = Header(params, salt, vault_id, b"", b"")
            nonce, wrapped = crypto.wrap_key(kek, data_key, unwrapped)
        finally:
            crypto.wipe(kek)
        header = Header(params, salt, vault_id, nonce, wrapped)
        keys = crypto.KeyRing(data_key, vault_id)
        tmp = path.parent / f".tmp-{os.urandom(6).hex()}"
        try:
            conn = _connect(tmp)
            try:
                with _sqlite_errors():
                    conn.execute("PRAGMA journal_mode=WAL")
                    conn.execute("BEGIN IMMEDIATE")
                    for stmt in SCHEMA:
                        conn.execute(stmt)
                    conn.execute("INSERT INTO t0(k, v) VALUES (?, ?)", (META_HEADER, header.pack()))
                    conn.execute("INSERT INTO t0(k, v) VALUES (?, ?)", (META_MANIFEST, _seal_manifest(keys, 0, 0, 0)))
                    conn.execute("COMMIT")
                born = cls(tmp, conn, header, keys, (0, 0, 0))
                with born.transaction() as txn:  # the journal's keys and the first custody record
                    txn.identity("journal created")
                manifest = born._revision, born._count, born._sethash
            finally:
                conn.close()
            if os.name == "posix":
                os.chmod(tmp, 0o600)
            fsync_file(tmp)
            try:
                publish_no_clobber(tmp, path)
            except FileExistsError:
                raise VaultExists() from None
        except BaseException:
            keys.wipe()
            remove_quietly(tmp, f"{tmp}-wal", f"{tmp}-shm", f"{tmp}-journal")
            raise
        try:
            conn = _connect(path)
        except BaseException:
            keys.wipe()
            raise
        return cls(path, conn, header, keys, manifest)

    @classmethod
    def open(cls, path: str | os.PathLike[str], passphrase: str, *, record_failure: bool = False) -> Vault:
        """Unlock the vault at ``path``. Runs the KDF (call it off the UI thread).

        Raises ``WrongPassphrase`` (the notes are not modified; with ``record_failure`` a sealed attempt record
        is appended, which only the next successful unlock can read), ``VaultCorrupted`` for damage, tampering or
        KDF parameters below the floor, ``VaultNotFound``, ``VaultBusy`` if another window has it open.
        """
        path = Path(path)
        crypto.passphrase_bytes(passphrase)
        _sniff(path)
        conn = _connect(path)
        try:
            with _work_limit(conn, path):
                header = _read_header(conn)  # checks the schema first
            kek = crypto.derive_kek(passphrase, header.salt, header.params)
            try:
                data_key = crypto.unwrap_key(kek, header)
            except WrongPassphrase:
                if record_failure:
                    with _work_limit(conn, path):
                        attempts.record_failure(conn, header.vault_id)
                raise
            finally:
                crypto.wipe(kek)
            keys = crypto.KeyRing(data_key, header.vault_id)
            try:
                with _work_limit(conn, path):
                    manifest = _check_manifest(conn, keys)
                with _sqlite_errors(path):
                    conn.execute("PRAGMA journal_mode=WAL")  # a restored backup is stored in DELETE mode
            except BaseException:
                keys.wipe()
                raise
        except BaseException:
            conn.close()
            raise
        return cls(path, conn, header, keys, manifest)

    # ----------------------------------------------------------------- state
    @property
    def path(self) -> Path:
        return self._path

    @property
    def is_open(self) -> bool:
        return self._keys is not None

    @property
    def locked(self) -> bool:
        return self._keys is None

    @property
    def revision(self) -> int:
        """Manifest revision: goes up by one with every committed change."""
        self._keys_or_raise()
        return self._revision

    @property
    def record_count(self) -> int:
        self._keys_or_raise()
        return self._count

    @property
    def kdf_params(self) -> KdfParams:
        return self._header.params

    @property
    def vault_id(self) -> bytes:
        return self._header.vault_id

    def _keys_or_raise(self) -> crypto.KeyRing:
        keys = self._keys
        if keys is None:
            raise VaultLocked()
        return keys

    def add_close_callback(self, callback: Callable[[], None]) -> None:
        """Call ``callback`` when the vault closes (bound methods are held weakly), e.g. to drop caches."""
        ref = weakref.WeakMethod(callback) if hasattr(callback, "__self__") else callback
        with self._lock:
            self._close_callbacks.append(ref)  # type: ignore[arg-type]

    def close(self) -> None:
        """Lock: close the file and overwrite the keys held in memory (best effort in Python). Idempotent."""
        with self._lock:
            if self._keys is None:
                return
            if self._session:
                self._session = False
                with contextlib.suppress(Exception):  # locking must never fail (a full or read-only drive)
                    self.log_event("locked")
            callbacks, self._close_callbacks = self._close_callbacks, []
            keys, self._keys = self._keys, None
            keys.wipe()
            conn, self._conn = self._conn, None
            with contextlib.suppress(sqlite3.Error):
                if conn is not None:
                    conn.close()
        for ref in callbacks:
            fn = ref() if isinstance(ref, weakref.WeakMethod) else ref
            if fn is not None:
                with contextlib.suppress(Exception):
                    fn()

    lock = close

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<Vault {'open' if self.is_open else 'locked'}>"

    # ----------------------------------------------------------------- records
    def new_id(self) -> bytes:
        return os.urandom(RECORD_ID_LEN)

    def slot_id(self, name: str) -> bytes:
        """A fixed record id for a named slot (e.g. the draft), keyed so it looks like any other id."""
        return self._keys_or_raise().slot_id(name)

    # ----------------------------------------------------------------- keys, custody log, attempts
    def identity(self) -> Identity:
        """The journal's signing and attempt keys (made now, and logged, if this journal has none yet)."""
        with self._lock:
            obj = self.get(self.slot_id(IDENTITY_SLOT))
            if obj is not None:
                if obj.get("t") != "k":
                    raise VaultCorrupted()
                return Identity.from_record(obj)
            with self.transaction() as txn:
                return txn.identity()

    @property
    def journal_id(self) -> str:
        return self.identity().journal_id

    def log_event(self, event: str, details: dict[str, Any] | None = None) -> None:
        """Append one record to the custody log (its own transaction)."""
        with self.transaction() as txn:
            txn.log(event, details)

    def custody_log(self) -> list[dict[str, Any]]:
        """Every custody record, oldest first, with its chain checked (``VaultCorrupted`` if it is broken)."""
        with self._lock:
            head = self.get(self.slot_id(CUSTODY_HEAD_SLOT))
            if head is None:
                return []
            try:
                n, last = int(head["n"]), str(head["h"])
            except (KeyError, TypeError, ValueError):
                raise VaultCorrupted() from None
            records: list[dict[str, Any]] = []
            for k in range(-(-n // CUSTODY_BLOCK)):
                block = self.get(self.slot_id(f"custody/{k}"))
                if block is None or block.get("t") != "c" or not isinstance(block.get("r"), list):
                    raise VaultCorrupted()
                records.extend(block["r"])
        problems, got = custody.check_chain(records)
        if problems or len(records) != n or got != last:
            raise VaultCorrupted()
        return records

    def start_session(self) -> attempts.Attempts:
        """Call once after a person unlocks: makes the journal's keys if it has none (an older journal), reads and
        clears the failed unlock attempts, and logs them and "unlocked" (``close()`` then logs "locked")."""
        with self._lock:
            vid = self._header.vault_id
            with self.transaction() as txn:
                ident = txn.identity()
                with _sqlite_errors():
                    found = attempts.read(self._conn, ident.box_key, vid)  # type: ignore[arg-type]
                if found.total or found.warning:
                    details: dict[str, Any] = {"count": found.total, "times": [t.isoformat() for t in found.times]}
                    if found.warning:
                        details["warning"] = found.warning
                    txn.log("failed unlock attempts", details)
                attempts.reset(self._conn, ident.box_public)  # type: ignore[arg-type]
                txn.log("unlocked")
            self._session = True
            return found

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Transaction]:
        """One atomic, durable change. Everything inside commits together (or not at all) with the manifest."""
        with self._lock:
            keys = self._keys_or_raise()
            conn = self._conn
            assert conn is not None
            try:
                conn.execute("BEGIN IMMEDIATE")
                revision, count, sethash = _read_manifest(conn, keys)
                txn = Transaction(self, count, sethash)
                yield txn
                conn.execute(
                    "UPDATE t0 SET v = ? WHERE k = ?",
                    (_seal_manifest(keys, revision + 1, txn.count, txn.sethash), META_MANIFEST),
                )
                conn.execute("COMMIT")
            except BaseException as exc:
                with contextlib.suppress(sqlite3.Error):
                    if conn.in_transaction:
                        conn.execute("ROLLBACK")
                if isinstance(exc, sqlite3.Error):
                    raise _map_sqlite_error(exc) from None
                raise
            self._revision, self._count, self._sethash = revision + 1, txn.count, txn.sethash

    def get(self, rid: bytes) -> dict[str, Any] | None:
        with self._lock:
            keys = self._keys_or_raise()
            with _sqlite_errors():
                row = self._conn.execute("SELECT b FROM t1 WHERE a = ?", (rid,)).fetchone()  # type: ignore[union-attr]
            if row is None:
                return None
            return _decode(keys.open(row[0], record_aad(keys.vault_id, TABLE_RECORDS, rid)))

    def records(self) -> list[tuple[bytes, dict[str, Any]]]:
        """Every record, decrypted. Raises ``VaultCorrupted`` if any fails to authenticate."""
        with self._lock:
            keys = self._keys_or_raise()
            with _sqlite_errors():
                rows = self._conn.execute("SELECT a, b FROM t1").fetchall()  # type: ignore[union-attr]
            prefix = record_aad(keys.vault_id, TABLE_RECORDS, b"")
            out = []
            for rid, sealed in rows:
                if not isinstance(rid, bytes) or len(rid) != RECORD_ID_LEN:
                    raise VaultCorrupted()
                out.append((rid, _decode(keys.open(sealed, prefix + rid))))
            return out

    def iter_stream(self, rid: bytes) -> Iterator[bytes]:
        """Yield the decrypted chunks of the stream owned by record ``rid``; every chunk is authenticated and
        truncation, reordering, dropped or appended chunks raise ``VaultCorrupted``."""
        obj = self.get(rid)
        if obj is None:
            raise NotFound()
        return self._iter_stream(rid, obj)

    def _iter_stream(self, rid: bytes, obj: dict[str, Any]) -> Iterator[bytes]:
        meta = obj.get(STREAM_KEY)
        try:
            salt = bytes.fromhex(meta["k"])
            n, size, want = int(meta["n"]), int(meta["z"]), str(meta["h"])
        except (TypeError, KeyError, ValueError):
            raise VaultCorrupted() from None
        if n < 1:
            raise VaultCorrupted()
        with self._lock:
            keys = self._keys_or_raise()
            with _sqlite_errors():
                (have,) = self._conn.execute("SELECT count(*) FROM t2 WHERE a = ?", (rid,)).fetchone()  # type: ignore[union-attr]
            if have != n:
                raise VaultCorrupted()
            cipher = keys.stream(salt, rid)
            aad = record_aad(keys.vault_id, TABLE_CHUNKS, rid)
        digest = hashlib.sha256()
        total = 0
        batch = 16  # chunks per query (1 MiB): bounded memory, few round trips
        for first in range(0, n, batch):
            want_idx = list(range(first, min(first + batch, n)))
            with self._lock:
                self._keys_or_raise()
                with _sqlite_errors():
                    rows = self._conn.execute(  # type: ignore[union-attr]
                        "SELECT b, c FROM t2 WHERE a = ? AND b >= ? AND b <= ? ORDER BY b",
                        (rid, want_idx[0], want_idx[-1]),
                    ).fetchall()
            if [r[0] for r in rows] != want_idx:
                raise VaultCorrupted()
            for index, sealed in rows:
                last = index == n - 1
                chunk = cipher.decrypt(index, last, sealed, aad)
                if (not last and len(chunk) != CHUNK_SIZE) or (last and n > 1 and not chunk):
                    raise VaultCorrupted()
                digest.update(chunk)
                total += len(chunk)
                yield chunk
        if total != size or not hmac.compare_digest(digest.hexdigest(), want):
            raise VaultCorrupted()

    # ----------------------------------------------------------------- maintenance
    def verify(self, *, full: bool = True) -> None:
        """Check the whole vault: manifest against the stored records, and with ``full`` every record and every
        chunk decrypts, and no stray chunks exist. Raises ``VaultCorrupted`` on any problem."""
        with self._lock:
            keys = self._keys_or_raise()
            conn = self._conn
            assert conn is not None
            with _work_limit(conn, self._path):
                _check_schema(conn)
                manifest = _check_manifest(conn, keys)
                if manifest[1:] != (self._count, self._sethash):
                    raise VaultCorrupted()
                if not full:
                    return
                records = self.records()
                owners = {rid for rid, obj in records if STREAM_KEY in obj}
                with _sqlite_errors():
                    stray = {r[0] for r in conn.execute("SELECT DISTINCT a FROM t2")}
            if stray - owners:
                raise VaultCorrupted()
        for rid, obj in records:
            if STREAM_KEY in obj:
                for _ in self._iter_stream(rid, obj):
                    pass

    def change_passphrase(self, old: str, new: str) -> None:
        """Re-wrap the data key under ``new`` (the data itself is not re-encrypted).

        ``old`` must be the current passphrase (``WrongPassphrase`` otherwise). Atomic: on failure the old
        passphrase still works.
        """
        keys = self._keys_or_raise()
        crypto.passphrase_bytes(new)
        header = self._header
        kek = crypto.derive_kek(old, header.salt, header.params)
        try:
            check = crypto.unwrap_key(kek, header)
        finally:
            crypto.wipe(kek)
        same = hmac.compare_digest(bytes(check), bytes(keys.data_key))
        crypto.wipe(check)
        if not same:
            raise WrongPassphrase()
        salt = os.urandom(SALT_LEN)
        kek = crypto.derive_kek(new, salt, header.params)
        try:
            draft = Header(header.params, salt, header.vault_id, b"", b"")
            nonce, wrapped = crypto.wrap_key(kek, keys.data_key, draft)
        finally:
            crypto.wipe(kek)
        new_header = Header(header.params, salt, header.vault_id, nonce, wrapped)
        with self._lock, self.transaction() as txn:  # the header and its custody record commit together
            self._conn.execute("UPDATE t0 SET v = ? WHERE k = ?", (new_header.pack(), META_HEADER))  # type: ignore[union-attr]
            txn.log("passphrase changed")
        self._header = new_header

    def backup_to(self, dest_path: str | os.PathLike[str]) -> None:
        """Write a compact, consistent copy of the vault to ``dest_path`` (atomically; replaces a file there).

        The backup is itself a vault file (same format, same passphrase), checked before it is put in place.
        """
        dest = Path(dest_path)
        if dest.resolve() == self._path.resolve():
            raise VaultError(translate("errors", "Choose a different place for the backup."))
        if not dest.parent.is_dir():
            raise VaultIOError(translate("errors", "That folder could not be found."))
        tmp = dest.parent / f".tmp-{os.urandom(6).hex()}"
        try:
            with self._lock:
                keys = self._keys_or_raise()
                conn = self._conn
                assert conn is not None
                with _work_limit(conn, self._path):
                    _check_schema(conn)  # never copy a view, trigger or index into a backup
                with _sqlite_errors(dest):
                    conn.execute("VACUUM INTO ?", (str(tmp),))
                check = sqlite3.connect(str(tmp), isolation_level=None)
                try:
                    with _sqlite_errors(dest):
                        check.execute("PRAGMA journal_mode=DELETE")  # a single self-contained file
                    with _work_limit(check, tmp):
                        header = _read_header(check)
                        if header.pack() != self._header.pack():
                            raise VaultCorrupted()
                        copied = _check_manifest(check, keys)
                finally:
                    check.close()
                if copied != (self._revision, self._count, self._sethash):
                    raise VaultCorrupted()
            if os.name == "posix":
                os.chmod(tmp, 0o600)
            fsync_file(tmp)
            fsutil.replace(tmp, dest)
            fsync_dir(dest.parent)
            with contextlib.suppress(VaultError):  # the backup is made; a full drive must not say otherwise
                self.log_event("backup made")
        except OSError:
            remove_quietly(tmp, f"{tmp}-wal", f"{tmp}-shm", f"{tmp}-journal")
            raise VaultIOError(translate("errors", "The backup could not be written there. Check the drive and try "
                                                   "again.")) from None
        except BaseException:
            remove_quietly(tmp, f"{tmp}-wal", f"{tmp}-shm", f"{tmp}-journal")
            raise

    @staticmethod
    def restore_backup(backup_path: str | os.PathLike[str], target_path: str | os.PathLike[str],
                       passphrase: str) -> None:
        """Check a backup with ``passphrase`` and copy it to ``target_path``.

        Never replaces an existing file: raises ``VaultExists`` (delete the old vault first if the person agrees).
        Before copying anything, the backup's schema and header are checked (``VaultCorrupted`` with
        ``BAD_BACKUP_MESSAGE``) and the drive must have room for it (``VaultIOError``). The copy is then fully
        verified (every record and chunk) before anything appears at ``target_path``.
        """
        src, target = Path(backup_path), Path(target_path)
        if os.path.lexists(target):
            raise VaultExists()
        if not src.is_file():
            raise VaultNotFound(translate("errors", "The backup file could not be found."))
        if not target.parent.is_dir():
            raise VaultIOError(translate("errors", "The folder for your notes could not be found."))
        crypto.passphrase_bytes(passphrase)
        size = _precheck_backup(src)
        if not _writable_dir(target.parent):
            raise VaultIOError(READ_ONLY_MESSAGE)
        try:
            free = shutil.disk_usage(target.parent).free
        except OSError:
            free = None
        if free is not None and free < size + RESTORE_SPARE_BYTES:
            raise VaultIOError(translate("errors", "There is not enough free space on this drive to restore that "
                                                   "backup. "
                                         "Nothing was changed."))
        tmp = target.parent / f".tmp-{os.urandom(6).hex()}"
        try:
            try:
                with open(src, "rb") as fin, open(tmp, "xb") as fout:
                    while block := fin.read(1024 * 1024):
                        fout.write(block)
                    fout.flush()
                    os.fsync(fout.fileno())
                if os.name == "posix":
                    os.chmod(tmp, 0o600)
            except OSError as exc:
                if exc.errno == errno.ENOSPC:
                    raise VaultIOError(DISK_FULL_MESSAGE) from None
                if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
                    raise VaultIOError(READ_ONLY_MESSAGE) from None
                raise VaultIOError(translate("errors", "The backup could not be read.")) from None
            try:
                vault = Vault.open(tmp, passphrase)
                try:
                    vault.verify(full=True)
                    vault.log_event("restored from a backup")
                finally:
                    vault.close()
            except VaultCorrupted as exc:
                raise _bad_backup(exc) from None
            fsync_file(tmp)
            try:
                publish_no_clobber(tmp, target)
            except FileExistsError:
                raise VaultExists() from None
            except OSError:
                raise VaultIOError() from None
        finally:
            remove_quietly(tmp, f"{tmp}-wal", f"{tmp}-shm", f"{tmp}-journal")


#: Room kept free beyond the backup's own size when restoring (SQLite's WAL and our own writes need some).
RESTORE_SPARE_BYTES = 8 * 1024 * 1024


def _now_s() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def _bad_backup(exc: VaultCorrupted) -> VaultCorrupted:
    """Name the backup, not "your notes file", in the message; keep a more specific one (e.g. newer version)."""
    return VaultCorrupted(BAD_BACKUP_MESSAGE) if str(exc) == VaultCorrupted.default_message else exc


def _read_header(conn: sqlite3.Connection) -> Header:
    """Check the schema, then read and parse the header (KDF parameters bounded) - all before any KDF."""
    _check_schema(conn)
    with _sqlite_errors():
        row = conn.execute("SELECT v FROM t0 WHERE k = ?", (META_HEADER,)).fetchone()
    if row is None:
        raise VaultCorrupted()
    return Header.unpack(row[0])


def _precheck_backup(src: Path) -> int:
    """Check a backup file read-only, without copying it: SQLite magic, schema, header. Returns its size."""
    try:
        _sniff(src)
    except VaultCorrupted as exc:
        raise _bad_backup(exc) from None
    except VaultNotFound:
        raise VaultNotFound(translate("errors", "The backup file could not be found.")) from None
    except VaultIOError:
        raise VaultIOError(translate("errors", "The backup file could not be read.")) from None
    uri = "file:" + urllib.parse.quote(str(src.resolve())) + "?mode=ro&immutable=1"
    try:
        with contextlib.closing(sqlite3.connect(uri, uri=True, isolation_level=None)) as conn:
            conn.execute("PRAGMA trusted_schema=OFF")
            with _work_limit(conn, src):
                _read_header(conn)
    except sqlite3.Error:
        raise VaultCorrupted(BAD_BACKUP_MESSAGE) from None
    except VaultCorrupted as exc:
        raise _bad_backup(exc) from None
    except VaultError:
        raise VaultIOError(translate("errors", "The backup file could not be read.")) from None
    try:
        return os.stat(src).st_size
    except OSError:
        raise VaultIOError(translate("errors", "The backup file could not be read.")) from None


def _seal_manifest(keys: crypto.KeyRing, revision: int, count: int, sethash: int) -> bytes:
    plain = MANIFEST_STRUCT.pack(revision, count, sethash.to_bytes(32, "big"))
    return keys.seal(plain, record_aad(keys.vault_id, TABLE_META, meta_rid(META_MANIFEST)))


def _read_manifest(conn: sqlite3.Connection, keys: crypto.KeyRing) -> tuple[int, int, int]:
    with _sqlite_errors():
        row = conn.execute("SELECT v FROM t0 WHERE k = ?", (META_MANIFEST,)).fetchone()
    if row is None:
        raise VaultCorrupted()
    plain = keys.open(row[0], record_aad(keys.vault_id, TABLE_META, meta_rid(META_MANIFEST)))
    if len(plain) != MANIFEST_STRUCT.size:
        raise VaultCorrupted()
    revision, count, sethash = MANIFEST_STRUCT.unpack(plain)
    return revision, count, int.from_bytes(sethash, "big")


def _check_manifest(conn: sqlite3.Connection, keys: crypto.KeyRing) -> tuple[int, int, int]:
    """Recompute the set-hash over the stored records and compare with the sealed manifest."""
    manifest = _read_manifest(conn, keys)
    with _sqlite_errors():
        rows = conn.execute("SELECT a, substr(b, 1, ?), length(b) FROM t1", (NONCE_LEN,)).fetchall()
    for rid, nonce, length in rows:
        if not (isinstance(rid, bytes) and isinstance(nonce, bytes) and len(rid) == RECORD_ID_LEN
                and len(nonce) == NONCE_LEN and isinstance(length, int) and length >= NONCE_LEN + TAG_LEN):
            raise VaultCorrupted()
    acc = crypto.set_hash(bytes(keys.k_manifest), ((rid, nonce) for rid, nonce, _ in rows))
    if len(rows) != manifest[1] or acc != manifest[2]:
        raise VaultCorrupted()
    return manifest

