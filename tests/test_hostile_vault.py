"""Hostile vault and backup files (issue 19, sections 4 and 6): crafted SQLite schemas, absurd KDF parameters,
huge or sparse backups, read-only folders. Each attack asserts the exact refusal, that nothing was written, and
that time and memory stay bounded (in a child process under an address-space limit, killed only after a
generous timeout: a hang is a failure, never a timing verdict)."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import sqlite3
import struct
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

import pytest

from iia_help.journal import Journal
from iia_help.vault import Vault, VaultCorrupted, VaultError, VaultIOError, WrongPassphrase, crypto, store
from iia_help.vault.errors import VaultNotFound
from iia_help.vault.format import FLOOR_MEMORY_KIB, MAX_WORK_KIB, KdfParams

from vault_helpers import PASS, build_vault, fast_kdf, read_all, sample_entry

REPO = Path(__file__).resolve().parents[1]
DAMAGED = VaultCorrupted.default_message
BAD_BACKUP = store.BAD_BACKUP_MESSAGE

# An endless recursive CTE: never finishes, and with growing rows eats memory without limit.
ENDLESS_T0 = ("CREATE VIEW t0(k, v) AS WITH RECURSIVE r(k, v) AS (SELECT 0, x'00' UNION ALL "
              "SELECT k + 1, v FROM r) SELECT k, v FROM r")
GROWING_T1 = ("CREATE VIEW t1(a, b) AS WITH RECURSIVE r(a, b) AS (SELECT randomblob(16), zeroblob(64) UNION ALL "
              "SELECT randomblob(16), b || zeroblob(1024) FROM r) SELECT a, b FROM r")
IGNORE_TRIGGER = "CREATE TRIGGER z BEFORE INSERT ON t1 BEGIN SELECT RAISE(IGNORE); END"


@pytest.fixture(scope="module")
def genuine(tmp_path_factory):
    """A real vault (entries, an attachment, a draft) and a real backup of it."""
    folder = tmp_path_factory.mktemp("genuine")
    path = folder / "notes.db"
    expected = build_vault(path, n_entries=3, attachments={"a.bin": b"x" * 70000})
    vault = Vault.open(path, PASS)
    try:
        vault.backup_to(folder / "backup.db")
    finally:
        vault.close()
    return path, folder / "backup.db", expected


def _copy(src: Path, folder: Path, name: str = "notes.db") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    dest = folder / name
    shutil.copyfile(src, dest)
    return dest


def _sql(path: Path, *statements: str) -> None:
    con = sqlite3.connect(path, isolation_level=None)
    try:
        for stmt in statements:
            con.execute(stmt)
    finally:
        con.close()


def _replace_table_with_view(path: Path, table: str, view_sql: str) -> None:
    _sql(path, "PRAGMA journal_mode=DELETE", f"DROP TABLE {table}", view_sql)


def _no_kdf(monkeypatch) -> list:
    """Make the KDF fail the test if it runs: each attack must be refused before it."""
    calls: list = []

    def boom(*a, **k):
        calls.append(a)
        raise AssertionError("the KDF ran on a hostile file")

    monkeypatch.setattr(crypto, "derive_kek", boom)
    return calls


def _run_child(code: str, *, memory_mib: int = 1024, timeout: float = 300) -> dict:
    """Run ``code`` in a child Python under RLIMIT_AS; it must print one JSON line. A hang fails the test
    (after a generous timeout), memory beyond the limit shows as MemoryError or a killed child."""
    prelude = textwrap.dedent(f"""
        import json, resource, sys
        sys.path.insert(0, {str(REPO / 'tests')!r})
        limit = {memory_mib} * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    """)
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    try:
        proc = subprocess.run([sys.executable, "-c", prelude + textwrap.dedent(code)], capture_output=True,
                              text=True, timeout=timeout, env=env)
    except subprocess.TimeoutExpired:
        pytest.fail("the child did not finish: the hostile file made the app hang")
    assert proc.returncode == 0, proc.stderr[-3000:]
    return json.loads(proc.stdout.strip().splitlines()[-1])


_OPEN_IN_CHILD = """
    from iia_help.vault import Vault, VaultError
    try:
        Vault.open({path!r}, "correct horse battery staple")
        out = {{"result": "opened"}}
    except VaultError as exc:
        out = {{"result": type(exc).__name__, "message": str(exc)}}
    except MemoryError:
        out = {{"result": "MemoryError"}}
    print(json.dumps(out))
"""


# ----------------------------------------------------------------- section 4: the schema is not trusted
@pytest.mark.skipif(sys.platform == "win32", reason="resource limits are POSIX")
def test_recursive_view_as_t0_is_refused_at_once_in_bounded_memory(genuine, tmp_path):
    """Attack: t0 is an endless recursive VIEW. Before: Vault.open spun forever, before the KDF."""
    path = _copy(genuine[0], tmp_path / "v")
    _replace_table_with_view(path, "t0", ENDLESS_T0)
    before = path.read_bytes()
    out = _run_child(_OPEN_IN_CHILD.format(path=str(path)), memory_mib=768)
    assert out == {"result": "VaultCorrupted", "message": DAMAGED}
    assert path.read_bytes() == before


@pytest.mark.skipif(sys.platform == "win32", reason="resource limits are POSIX")
def test_growing_view_as_t1_behind_the_real_header_is_refused_in_bounded_memory(genuine, tmp_path):
    """Attack: the victim's own header, t1 an endless view of growing rows. Before: memory grew ~35 MB/s."""
    path = _copy(genuine[0], tmp_path / "v")
    _replace_table_with_view(path, "t1", GROWING_T1)
    out = _run_child(_OPEN_IN_CHILD.format(path=str(path)), memory_mib=768)
    assert out == {"result": "VaultCorrupted", "message": DAMAGED}


@pytest.mark.parametrize("attack", [
    pytest.param([IGNORE_TRIGGER], id="trigger-ignore-inserts"),
    pytest.param(["CREATE TRIGGER z AFTER DELETE ON t1 BEGIN DELETE FROM t2; END"], id="trigger-after-delete"),
    pytest.param(["CREATE INDEX i ON t1(b)"], id="extra-index"),
    pytest.param(["CREATE TABLE t3(x)"], id="extra-table"),
    pytest.param(["CREATE VIEW w AS SELECT 1"], id="extra-view"),
    pytest.param(["ANALYZE"], id="sqlite-stat-table"),
    pytest.param(["DROP TABLE t2",
                  "CREATE TABLE t2(a BLOB, b INTEGER, c BLOB, PRIMARY KEY(a, b))"], id="changed-table-sql"),
    pytest.param(["DROP TABLE t2"], id="missing-table"),
])
def test_any_schema_the_app_did_not_create_is_refused_before_the_kdf(genuine, tmp_path, monkeypatch, attack):
    path = _copy(genuine[0], tmp_path / "v")
    _sql(path, "PRAGMA journal_mode=DELETE", *attack)
    kdf_calls = _no_kdf(monkeypatch)
    with pytest.raises(VaultCorrupted) as info:
        Vault.open(path, PASS)
    assert str(info.value) == DAMAGED
    assert kdf_calls == []


def test_backup_with_an_ignore_trigger_is_refused_and_nothing_is_restored(genuine, tmp_path, monkeypatch):
    """Attack: a genuine backup plus ``BEFORE INSERT ON t1 ... RAISE(IGNORE)``. Before: it restored
    "successfully", then add_entry returned ids that were never stored and the next unlock refused everything."""
    backup = _copy(genuine[1], tmp_path / "b", "backup.db")
    _sql(backup, IGNORE_TRIGGER)
    kdf_calls = _no_kdf(monkeypatch)
    target = tmp_path / "data" / "notes.db"
    target.parent.mkdir()
    with pytest.raises(VaultCorrupted) as info:
        Vault.restore_backup(backup, target, PASS)
    assert str(info.value) == BAD_BACKUP
    assert "backup" in str(info.value) and "your notes file" not in str(info.value)
    assert list(target.parent.iterdir()) == []  # nothing copied, nothing published
    assert kdf_calls == []


def test_genuine_backup_still_restores_and_keeps_working(genuine, tmp_path, monkeypatch):
    fast_kdf(monkeypatch)
    target = tmp_path / "data" / "notes.db"
    target.parent.mkdir()
    Vault.restore_backup(genuine[1], target, PASS)
    assert read_all(target) == genuine[2]
    vault = Vault.open(target, PASS)
    try:
        new_id = Journal(vault).add_entry(sample_entry(9))
    finally:
        vault.close()
    vault = Vault.open(target, PASS)
    try:
        assert new_id in {e.id for e in Journal(vault).entries()}
    finally:
        vault.close()


def test_backup_refuses_to_copy_a_schema_the_app_did_not_create(genuine, tmp_path, monkeypatch):
    """An open vault whose file gained a trigger (from outside, between open and backup) is not copied."""
    fast_kdf(monkeypatch)
    path = _copy(genuine[0], tmp_path / "v")
    vault = Vault.open(path, PASS)
    try:
        vault._conn.execute(IGNORE_TRIGGER)  # the same connection: the exclusive lock keeps others out
        with pytest.raises(VaultCorrupted):
            vault.backup_to(tmp_path / "out.db")
        with pytest.raises(VaultCorrupted):
            vault.verify(full=False)
    finally:
        vault.close()
    assert not (tmp_path / "out.db").exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".tmp-")] == []


def _recording_work_limit(monkeypatch) -> list:
    """Wrap ``store._work_limit`` to keep every block's step counter."""
    blocks: list = []
    real = store._work_limit

    @contextlib.contextmanager
    def recording(conn, path):
        with real(conn, path) as work:
            blocks.append(work)
            yield work

    monkeypatch.setattr(store, "_work_limit", recording)
    return blocks


def test_the_work_limit_stops_an_endless_read_even_without_the_schema_check(genuine, tmp_path, monkeypatch):
    """Defence in depth: with the schema check switched off, the endless t0 view is still stopped by the SQLite
    progress handler, counted in virtual-machine steps (the same verdict on a slow or a fast machine)."""
    path = _copy(genuine[0], tmp_path / "v")
    _replace_table_with_view(path, "t0", ENDLESS_T0)
    monkeypatch.setattr(store, "_check_schema", lambda conn: None)
    blocks = _recording_work_limit(monkeypatch)
    kdf_calls = _no_kdf(monkeypatch)
    with pytest.raises(VaultCorrupted) as info:
        Vault.open(path, PASS)
    assert str(info.value) == DAMAGED and kdf_calls == []
    assert len(blocks) == 1 and blocks[0].ticks == blocks[0].budget + 1  # stopped by the limit, nothing else


def test_the_work_limit_leaves_room_for_a_real_vault(tmp_path, monkeypatch):
    """A genuine vault's open and full check use far less than the budget (so the limit never refuses it)."""
    fast_kdf(monkeypatch)
    path = tmp_path / "notes.db"
    vault = Vault.create(path, PASS, calibrate=False)
    journal = Journal(vault)
    for i in range(300):
        journal.add_entry(sample_entry(i))
    journal.attach(journal.entries()[0].id, "big.bin", os.urandom(600_000))
    vault.close()
    monkeypatch.setattr(store, "_STEP_GRAIN", 10)
    blocks = _recording_work_limit(monkeypatch)
    vault = Vault.open(path, PASS)
    try:
        vault.verify(full=True)
    finally:
        vault.close()
    assert len(blocks) == 3  # header, manifest, full check
    for work in blocks:
        assert 0 < work.ticks < work.budget // 20


# ----------------------------------------------------------------- section 6: KDF parameters from a header
def _reseal(path: Path, memory: int, iterations: int, lanes: int) -> None:
    import hashlib

    con = sqlite3.connect(path, isolation_level=None)
    try:
        (hdr,) = con.execute("SELECT v FROM t0 WHERE k = 0").fetchone()
        body = bytearray(hdr[:-32])
        struct.pack_into(">III", body, 11, memory, iterations, lanes)
        con.execute("UPDATE t0 SET v = ? WHERE k = 0", (bytes(body) + hashlib.sha256(body).digest(),))
    finally:
        con.close()


@pytest.mark.parametrize("memory,iterations,lanes", [
    pytest.param(1024 * 1024, 200, 16, id="1GiB-t200-p16"),
    pytest.param(1024 * 1024, 3, 4, id="1GiB"),
    pytest.param(FLOOR_MEMORY_KIB, 200, 4, id="t200"),
    pytest.param(FLOOR_MEMORY_KIB, 3, 16, id="p16"),
    pytest.param(4 * FLOOR_MEMORY_KIB, 60, 4, id="256MiB-t60-too-much-work"),
])
def test_kdf_parameters_beyond_what_the_app_writes_are_refused_before_the_kdf(
        genuine, tmp_path, monkeypatch, memory, iterations, lanes):
    """Before: 1 GiB / t=200 / p=16 from a header was accepted (~10 min per attempt)."""
    path = _copy(genuine[0], tmp_path / "v")
    _reseal(path, memory, iterations, lanes)
    kdf_calls = _no_kdf(monkeypatch)
    with pytest.raises(VaultCorrupted) as info:
        Vault.open(path, PASS)
    assert str(info.value) == DAMAGED and kdf_calls == []


def test_the_kdf_ceilings_still_admit_everything_the_app_writes():
    from iia_help.vault.format import CALIBRATION_MAX_ITERATIONS, FLOOR_ITERATIONS, FLOOR_LANES

    for t in range(FLOOR_ITERATIONS, CALIBRATION_MAX_ITERATIONS + 1):
        KdfParams(FLOOR_MEMORY_KIB, t, FLOOR_LANES).check()
    KdfParams(4 * FLOOR_MEMORY_KIB, MAX_WORK_KIB // (4 * FLOOR_MEMORY_KIB), 8).check()  # headroom


# ----------------------------------------------------------------- section 6: restore checks before copying
def test_restore_checks_the_header_before_copying_a_huge_sparse_file(tmp_path, monkeypatch):
    """Attack: a 1 GiB sparse file as the backup. Before: 10 s of copying, a full disk, then 'could not be read'."""
    backup = tmp_path / "b" / "huge.db"
    backup.parent.mkdir()
    with open(backup, "wb") as f:
        f.truncate(1024**3)
    target = tmp_path / "data" / "notes.db"
    target.parent.mkdir()
    copied: list = []
    real_open = open

    def watching_open(file, mode="r", *a, **k):
        if "x" in mode or "w" in mode:
            copied.append(file)
        return real_open(file, mode, *a, **k)

    monkeypatch.setattr("builtins.open", watching_open)
    with pytest.raises(VaultCorrupted) as info:
        Vault.restore_backup(backup, target, PASS)
    assert str(info.value) == BAD_BACKUP
    assert copied == [] and list(target.parent.iterdir()) == []


def test_restore_refuses_a_backup_bigger_than_the_free_space_before_copying(genuine, tmp_path, monkeypatch):
    target = tmp_path / "data" / "notes.db"
    target.parent.mkdir()
    monkeypatch.setattr(store.shutil, "disk_usage", lambda p: shutil._ntuple_diskusage(10**9, 10**9 - 1000, 1000))
    with pytest.raises(VaultIOError) as info:
        Vault.restore_backup(genuine[1], target, PASS)
    assert "not enough free space" in str(info.value)
    assert list(target.parent.iterdir()) == []


@pytest.mark.parametrize("content", [b"", b"SQLite format 3\x00" + b"\x00" * 100, b"\x00" * 4096, b"PK\x03\x04junk"])
def test_restore_names_the_backup_file_not_your_notes(tmp_path, content):
    """A bad backup in the restore dialog is "that backup file ...", not "your notes file looks damaged"."""
    backup = tmp_path / "bad.db"
    backup.write_bytes(content)
    target = tmp_path / "data" / "notes.db"
    target.parent.mkdir()
    with pytest.raises(VaultError) as info:
        Vault.restore_backup(backup, target, PASS)
    assert str(info.value) == BAD_BACKUP
    assert list(target.parent.iterdir()) == []


def test_restore_wrong_passphrase_still_says_passphrase(genuine, tmp_path, monkeypatch):
    fast_kdf(monkeypatch)
    target = tmp_path / "data" / "notes.db"
    target.parent.mkdir()
    with pytest.raises(WrongPassphrase):
        Vault.restore_backup(genuine[1], target, PASS + "x")
    assert list(target.parent.iterdir()) == []


def test_restore_from_a_missing_backup(tmp_path):
    (tmp_path / "data").mkdir()
    with pytest.raises(VaultNotFound, match="backup file could not be found"):
        Vault.restore_backup(tmp_path / "nope.db", tmp_path / "data" / "notes.db", PASS)


# ----------------------------------------------------------------- section 6: a read-only data folder
READ_ONLY_CHILD = r"""
import sys
from datetime import datetime, timezone
from iia_help.journal import Entry, Journal
from iia_help.vault import Vault, VaultError, store

folder, backup, passphrase, drop = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4] == "drop"
if drop:  # after the imports: root's own folders (the interpreter, the venv) stay out of reach of 'nobody'
    import os

    os.setgid(65534)
    os.setuid(65534)


def message(fn):
    try:
        fn()
    except VaultError as exc:
        return str(exc)
    return "no error"


def open_and_write():
    vault = Vault.open(f"{folder}/old/notes.db", passphrase)
    try:  # some SQLite builds open read-only and refuse the first write instead
        Journal(vault).add_entry(Entry(occurred_at=datetime.now(timezone.utc), description="x"))
    finally:
        vault.close()


print("CREATE", message(lambda: Vault.create(f"{folder}/new/notes.db", passphrase, calibrate=False)))
print("RESTORE", message(lambda: Vault.restore_backup(backup, f"{folder}/new/notes.db", passphrase)))
print("OPEN", message(open_and_write))
print("EXPECTED", store.READ_ONLY_MESSAGE)
"""


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
@pytest.mark.real_kdf  # the child opens a vault written with Argon2id
def test_a_read_only_data_folder_is_named_as_the_cause(genuine, tmp_path, isolated_user_dirs):
    """Before: "Check there is free space". Now the message says the folder cannot be written to. Root ignores
    folder permissions, so under root (as on CI) the child drops to the unprivileged user 'nobody'."""
    from conftest import subprocess_env

    base = Path(tempfile.mkdtemp(prefix="ro-", dir="/tmp"))  # reachable by 'nobody', unlike tmp_path
    try:
        (base / "new").mkdir()
        _copy(genuine[0], base / "old")
        backup = shutil.copy(genuine[1], base / "backup.db")
        as_root = os.geteuid() == 0
        for p in (base, base / "new", base / "old", base / "old" / "notes.db", Path(backup)):
            if as_root:
                os.chown(p, 65534, 65534)
            os.chmod(p, 0o644 if p.is_file() else 0o755)
        os.chmod(base / "new", 0o555)
        os.chmod(base / "old", 0o555)

        env = {**subprocess_env(isolated_user_dirs), "HOME": str(base), "TMPDIR": str(base)}
        r = subprocess.run([sys.executable, "-c", READ_ONLY_CHILD, str(base), str(backup), PASS,
                            "drop" if as_root else "stay"], env=env, capture_output=True, text=True, timeout=300)
        assert r.returncode == 0, r.stdout + r.stderr
        said = dict(line.split(" ", 1) for line in r.stdout.splitlines())
        assert said["CREATE"] == said["RESTORE"] == said["OPEN"] == said["EXPECTED"], said
        assert list((base / "new").iterdir()) == []
    finally:
        for p in (base / "new", base / "old"):
            with contextlib.suppress(OSError):
                os.chmod(p, 0o755)
        shutil.rmtree(base, ignore_errors=True)


def _schema_text_not_utf8(path: Path) -> None:
    """One byte of sqlite_master's CREATE text made invalid UTF-8 (found by the flipped-bytes fuzz test: Python's
    sqlite3 then raised UnicodeDecodeError, which no caller expected)."""
    data = bytearray(path.read_bytes())
    at = data.find(b"CREATE TABLE t0")
    assert at > 0
    data[at + 7] = 0xFF  # "CREATE \xffABLE t0"
    path.write_bytes(bytes(data))


def test_schema_text_that_is_not_utf8_is_refused_as_damaged(genuine, tmp_path, monkeypatch):
    path = _copy(genuine[0], tmp_path / "v")
    _schema_text_not_utf8(path)
    kdf_calls = _no_kdf(monkeypatch)
    with pytest.raises(VaultCorrupted) as info:
        Vault.open(path, PASS)
    assert str(info.value) == DAMAGED
    assert kdf_calls == []


def test_backup_whose_schema_text_is_not_utf8_is_refused_and_nothing_is_restored(genuine, tmp_path, monkeypatch):
    backup = _copy(genuine[1], tmp_path / "b", "backup.db")
    _schema_text_not_utf8(backup)
    _no_kdf(monkeypatch)
    target = tmp_path / "data" / "notes.db"
    target.parent.mkdir()
    with pytest.raises(VaultCorrupted) as info:
        Vault.restore_backup(backup, target, PASS)
    assert str(info.value) == BAD_BACKUP
    assert list(target.parent.iterdir()) == []
