"""Adversarial tests: wrong passphrase, byte flips, swaps, deletions, chunk attacks. All must be detected."""

from __future__ import annotations

import random
import shutil
import sqlite3

import pytest

from iia_help.vault import FORMAT_VERSION, Vault, VaultCorrupted, VaultError, WrongPassphrase
from iia_help.vault.attempts import META_ATTEMPTS, META_BOX_KEY
from iia_help.vault.format import CHUNK_SIZE, HEADER_LEN, NONCE_LEN

from vault_helpers import PASS, build_vault, fast_kdf, flip, outcome, raw_rows, read_all, set_value

ATTACHMENTS = {"one.bin": bytes(range(256)) * 1024 + b"tail", "empty.bin": b"", "small.txt": b"hi"}


@pytest.fixture(scope="module")
def pristine(tmp_path_factory):
    path = tmp_path_factory.mktemp("pristine") / "notes.db"
    expected = build_vault(path, n_entries=3, attachments=ATTACHMENTS)
    return path, expected


@pytest.fixture
def work(pristine, tmp_path, monkeypatch):
    fast_kdf(monkeypatch)
    src, expected = pristine
    (tmp_path / "v").mkdir()
    path = tmp_path / "v" / "notes.db"
    shutil.copyfile(src, path)
    return path, expected


def test_pristine_reads_back(work):
    path, expected = work
    assert outcome(path, expected) == "intact"
    assert sum(len(v[-1]) for k, v in expected.items() if not k.startswith("_")) == 3


def test_wrong_passphrase_leaves_file_unchanged(work):
    path, _ = work
    before = path.read_bytes()
    with pytest.raises(WrongPassphrase) as info:
        Vault.open(path, PASS + "x")
    assert "passphrase" in str(info.value)
    assert path.read_bytes() == before
    assert sorted(p.name for p in path.parent.iterdir()) == ["notes.db"]


def _positions(value: bytes) -> list[int]:
    n = len(value)
    picks = {0, 1, n // 2, n - 1, n - 16, n - 17}
    if n > NONCE_LEN:
        picks |= {NONCE_LEN - 1, NONCE_LEN}
    return sorted(p for p in picks if 0 <= p < n)


def test_value_level_flip_sweep(work):
    """Flip bytes in every stored value (header, salt, KDF params, wrap, manifest, records, chunks)."""
    path, expected = work
    results = {}
    for table, column, key, value in raw_rows(path):
        assert isinstance(value, bytes)
        if table == "t0" and key[1] in (META_BOX_KEY, META_ATTEMPTS):
            continue  # written without the key by design: test_proof.py checks a change is reported, not refused
        positions = _positions(value)
        if table == "t0" and key[1] == 0:  # the header: every single byte
            assert len(value) == HEADER_LEN
            positions = range(len(value))
        for pos in positions:
            try:
                set_value(path, table, column, key, flip(value, pos))
            except sqlite3.IntegrityError:  # flipped id collides with another row: cannot exist in a file
                continue
            res = outcome(path, expected)
            assert res in ("corrupted", "wrong"), (table, column, pos)
            results[res] = results.get(res, 0) + 1
            # put the original back through the opposite update
            tampered_key = key if not (table == "t2" and column == "a") else ("rowid-ab", (flip(value, pos), key[1][1]))
            if table == "t1" and column == "a":
                tampered_key = ("a", flip(value, pos))
            set_value(path, table, column, tampered_key, value)
        assert outcome(path, expected) == "intact"
    assert results.get("corrupted", 0) > 100


def test_header_truncated_or_extended(work):
    path, expected = work
    (hdr,) = [v for t, c, k, v in raw_rows(path) if t == "t0" and k[1] == 0]
    for bad in (hdr[:-1], hdr + b"\x00", b"", hdr[:40]):
        set_value(path, "t0", "v", ("k", 0), bad)
        assert outcome(path, expected) == "corrupted"


def _reseal_header(hdr: bytes, **changes) -> bytes:
    import hashlib
    import struct

    body = bytearray(hdr[:-32])
    if "version" in changes:
        struct.pack_into(">H", body, 8, changes["version"])
    if "memory" in changes:
        struct.pack_into(">I", body, 11, changes["memory"])
    if "iterations" in changes:
        struct.pack_into(">I", body, 15, changes["iterations"])
    if "lanes" in changes:
        struct.pack_into(">I", body, 19, changes["lanes"])
    return bytes(body) + hashlib.sha256(bytes(body)).digest()


@pytest.mark.parametrize("change", [
    {"memory": 32 * 1024}, {"iterations": 2}, {"lanes": 1}, {"iterations": 1}, {"memory": 8},
    {"memory": 2**31}, {"iterations": 10**6}, {"lanes": 255},
])
def test_kdf_downgrade_or_absurd_params_refused_before_kdf(work, change):
    """A header re-checksummed with weaker (or absurd) parameters is refused as corrupted, without the KDF."""
    path, _ = work
    (hdr,) = [v for t, c, k, v in raw_rows(path) if t == "t0" and k[1] == 0]
    set_value(path, "t0", "v", ("k", 0), _reseal_header(hdr, **change))
    with pytest.raises(VaultCorrupted):
        Vault.open(path, PASS)


def test_stronger_params_with_valid_checksum_is_wrong_passphrase(work):
    path, _ = work
    (hdr,) = [v for t, c, k, v in raw_rows(path) if t == "t0" and k[1] == 0]
    set_value(path, "t0", "v", ("k", 0), _reseal_header(hdr, iterations=4))
    with pytest.raises(WrongPassphrase):  # the key wrap authenticates the parameters
        Vault.open(path, PASS)


def test_newer_version_has_clear_message(work):
    path, _ = work
    (hdr,) = [v for t, c, k, v in raw_rows(path) if t == "t0" and k[1] == 0]
    set_value(path, "t0", "v", ("k", 0), _reseal_header(hdr, version=FORMAT_VERSION + 1))
    with pytest.raises(VaultCorrupted, match="newer version"):
        Vault.open(path, PASS)


def _records(path):
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT a, b FROM t1").fetchall()
    finally:
        con.close()


def _exec(path, sql, args=()):
    con = sqlite3.connect(path, isolation_level=None)
    try:
        con.execute(sql, args)
    finally:
        con.close()


def test_swap_two_records_ciphertexts(work):
    path, expected = work
    (a1, b1), (a2, b2) = _records(path)[:2]
    _exec(path, "UPDATE t1 SET b = ? WHERE a = ?", (b2, a1))
    _exec(path, "UPDATE t1 SET b = ? WHERE a = ?", (b1, a2))
    assert outcome(path, expected) == "corrupted"


@pytest.mark.parametrize("index", [0, 1, 2, -1])
def test_delete_a_row_is_detected(work, index):
    path, expected = work
    rid = _records(path)[index][0]
    _exec(path, "DELETE FROM t1 WHERE a = ?", (rid,))
    assert outcome(path, expected) == "corrupted"


def test_duplicate_record_under_new_id_is_detected(work):
    path, expected = work
    _, b = _records(path)[0]
    _exec(path, "INSERT INTO t1(a, b) VALUES (?, ?)", (b"\x07" * 16, b))
    assert outcome(path, expected) == "corrupted"


def test_record_rollback_to_older_version_is_detected(tmp_path, monkeypatch):
    """Replace a record by its own older ciphertext (valid under the key): the manifest catches it."""
    fast_kdf(monkeypatch)
    from iia_help.journal import Journal

    from vault_helpers import sample_entry

    path = tmp_path / "notes.db"
    vault = Vault.create(path, PASS, calibrate=False)
    journal = Journal(vault)
    eid = journal.add_entry(sample_entry(1, description="first version"))
    vault.close()
    old = dict(_records(path))[bytes.fromhex(eid)]
    vault = Vault.open(path, PASS)
    journal = Journal(vault)
    entry = journal.get_entry(eid)
    entry.description = "second version"
    journal.update_entry(entry)
    vault.close()
    _exec(path, "UPDATE t1 SET b = ? WHERE a = ?", (old, bytes.fromhex(eid)))
    with pytest.raises(VaultCorrupted):
        Vault.open(path, PASS)


def _chunks(path):
    con = sqlite3.connect(path)
    try:
        rows = con.execute("SELECT a, b, length(c) FROM t2 ORDER BY a, b").fetchall()
    finally:
        con.close()
    by: dict[bytes, list[int]] = {}
    for a, b, _n in rows:
        by.setdefault(a, []).append(b)
    return by


def _big_stream(path):
    return max(_chunks(path).items(), key=lambda kv: len(kv[1]))


def test_truncate_attachment_chunk(work):
    path, expected = work
    aid, idx = _big_stream(path)
    _exec(path, "UPDATE t2 SET c = substr(c, 1, length(c) - 1) WHERE a = ? AND b = ?", (aid, idx[-1]))
    assert outcome(path, expected) == "corrupted"
    _exec(path, "UPDATE t2 SET c = substr(c, 1, 100) WHERE a = ? AND b = ?", (aid, idx[0]))
    assert outcome(path, expected) == "corrupted"


def test_drop_last_chunk(work):
    path, expected = work
    aid, idx = _big_stream(path)
    assert len(idx) >= 3
    _exec(path, "DELETE FROM t2 WHERE a = ? AND b = ?", (aid, idx[-1]))
    assert outcome(path, expected) == "corrupted"


def test_drop_middle_chunk_and_renumber(work):
    path, expected = work
    aid, idx = _big_stream(path)
    _exec(path, "DELETE FROM t2 WHERE a = ? AND b = ?", (aid, idx[1]))
    _exec(path, "UPDATE t2 SET b = b - 1 WHERE a = ? AND b > 1", (aid,))
    assert outcome(path, expected) == "corrupted"


def test_append_a_chunk(work):
    path, expected = work
    aid, idx = _big_stream(path)
    _exec(path, "INSERT INTO t2(a, b, c) SELECT a, ?, c FROM t2 WHERE a = ? AND b = ?", (idx[-1] + 1, aid, idx[0]))
    assert outcome(path, expected) == "corrupted"


def test_reorder_chunks(work):
    path, expected = work
    aid, idx = _big_stream(path)
    _exec(path, "UPDATE t2 SET b = -1 WHERE a = ? AND b = 0", (aid,))
    _exec(path, "UPDATE t2 SET b = 0 WHERE a = ? AND b = 1", (aid,))
    _exec(path, "UPDATE t2 SET b = 1 WHERE a = ? AND b = -1", (aid,))
    assert outcome(path, expected) == "corrupted"


def test_move_chunk_between_attachments(work):
    path, expected = work
    streams = sorted(_chunks(path).items(), key=lambda kv: len(kv[1]))
    small_aid, big_aid = streams[0][0], streams[-1][0]
    _exec(path, "UPDATE t2 SET c = (SELECT c FROM t2 WHERE a = ? AND b = 0) WHERE a = ? AND b = 0",
          (big_aid, small_aid))
    assert outcome(path, expected) == "corrupted"


def test_stray_chunks_are_reported_by_verify(work):
    path, _ = work
    _exec(path, "INSERT INTO t2(a, b, c) VALUES (?, 0, ?)", (b"\x09" * 16, b"\x00" * 40))
    with pytest.raises(VaultCorrupted):
        read_all(path)


def test_chunk_size_is_64k(work):
    path, _ = work
    con = sqlite3.connect(path)
    try:
        sizes = [n for (n,) in con.execute("SELECT length(c) FROM t2")]
    finally:
        con.close()
    assert max(sizes) == CHUNK_SIZE + 16


def _file_flip_trials(path, expected, rng, trials):
    original = path.read_bytes()
    counts: dict[str, int] = {}
    positions = list(range(0, 100)) + [rng.randrange(len(original)) for _ in range(trials)]
    for pos in positions:
        data = bytearray(original)
        data[pos] ^= 1 << rng.randrange(8)
        path.write_bytes(bytes(data))
        for extra in ("-wal", "-shm"):
            (path.parent / (path.name + extra)).unlink(missing_ok=True)
        res = outcome(path, expected)  # VaultCorrupted / WrongPassphrase / identical data; nothing else
        counts[res] = counts.get(res, 0) + 1
    path.write_bytes(original)
    return counts


def test_raw_file_flips_surface_as_vault_errors(work):
    path, expected = work
    counts = _file_flip_trials(path, expected, random.Random(1234), trials=150)
    assert counts.get("corrupted", 0) > 0
    for file_len_cut in (0, 100, 4096, len(path.read_bytes()) // 2):
        data = path.read_bytes()
        path.write_bytes(data[:file_len_cut])
        with pytest.raises(VaultError) as info:
            read_all(path)
        assert isinstance(info.value, VaultCorrupted)
        path.write_bytes(data)


@pytest.mark.slow
def test_raw_file_flips_long(work):
    path, expected = work
    counts = _file_flip_trials(path, expected, random.Random(99), trials=1200)
    assert counts.get("corrupted", 0) > 0


def test_not_a_vault_file(tmp_path):
    for content in (b"", b"hello world", b"SQLite format 3\x00" + b"\x00" * 200):
        p = tmp_path / "x.db"
        p.write_bytes(content)
        with pytest.raises(VaultCorrupted):
            Vault.open(p, PASS)
        assert p.read_bytes() == content
    con = sqlite3.connect(tmp_path / "other.db")
    con.execute("CREATE TABLE t0(k, v)")
    con.commit()
    con.close()
    with pytest.raises(VaultCorrupted):
        Vault.open(tmp_path / "other.db", PASS)


def test_manifest_set_hash_matches_per_record_elements():
    """The unlock-time set-hash (one keyed hasher, copied) equals the XOR of the per-write elements."""
    import os

    from iia_help.vault import crypto

    key = os.urandom(32)
    pairs = [(os.urandom(16), os.urandom(12)) for _ in range(50)]
    expected = 0
    for rid, nonce in pairs:
        expected ^= crypto.set_element(key, rid, nonce)
    assert crypto.set_hash(key, pairs) == expected
    assert crypto.set_hash(key, pairs[1:]) != expected  # a missing record changes it
    assert crypto.set_hash(key, []) == 0


def test_record_plaintext_must_be_one_json_object_then_padding():
    from iia_help.vault.store import _decode, _encode

    obj = {"t": 1, "d": "text\ud800 with a lone surrogate"}
    assert _decode(_encode(obj)) == obj
    for bad in (b'{"a":1} {"b":2}', b'{"a":1}x', b' {"a":1}', b"[1]", b"\xff", b"", b'{"a":'):
        with pytest.raises(VaultCorrupted):
            _decode(bad)
