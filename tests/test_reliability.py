"""Reliability: hostile input and resource use (what the vault, journal and UI tests do not already cover).

Already elsewhere (not repeated here): field round trips on one open vault, tamper sweeps and raw byte flips
(tests/test_vault_tamper.py), SIGKILL during saves (tests/test_vault_crash.py), plaintext scan
(tests/test_vault_leak.py). Long crash trials for passphrase change and restore: tests/test_reliability_long.py.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import struct
import subprocess
import sys
import zlib
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from iia_help.journal import KINDS, Entry, Journal, Report
from iia_help.vault import Vault, VaultCorrupted, VaultError, WrongPassphrase
from iia_help.vault.format import HEADER_LEN, META_HEADER, META_MANIFEST, Header

from conftest import REPO, subprocess_env
from vault_helpers import PASS, build_vault, fast_kdf, read_all, sample_entry


def fuzz(examples: int) -> settings:
    return settings(max_examples=examples, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])

# Text that has broken real programs: lone surrogates, NUL, RTL overrides, combining marks, huge code points.
NASTY = st.text() | st.sampled_from([
    "\ud800", "\udfff x", "\x00", "a\x00\x00b", "\u202e\u2066evil\u2069", "e\u0301\u0301\u0301", "\U0010ffff",
    "\ufeff", "\r\n\r\n", "'); DROP TABLE t1; --", '{"t": "e"}', "\\u0000", "  ", "🏳️‍🌈" * 50,
])


def _new_vault(tmp_path: Path) -> Path:
    folder = tmp_path / "v"
    folder.mkdir(exist_ok=True)
    return folder / f"notes-{os.urandom(4).hex()}.db"


entries_st = st.lists(
    st.builds(
        lambda desc, plat, acct, urls, tags, reps, kind, mins: Entry(
            occurred_at=datetime(2024, 1, 1, tzinfo=timezone(timedelta(minutes=mins))) + timedelta(seconds=mins),
            kind=kind, platform=plat, account=acct, urls=urls, description=desc,
            reports=[Report(*r) for r in reps], tags=tags),
        NASTY, NASTY, NASTY, st.lists(NASTY, max_size=3), st.lists(NASTY, max_size=3),
        st.lists(st.tuples(NASTY, NASTY, NASTY), max_size=2), st.sampled_from(KINDS),
        st.integers(-14 * 60, 14 * 60)),
    min_size=1, max_size=4)


def _fields(e: Entry) -> tuple:
    return (e.occurred_at, e.occurred_at.utcoffset(), e.kind, e.platform, e.account, e.urls, e.description,
            e.reports, e.tags)


@fuzz(25)
@given(first=entries_st, second=entries_st, query=NASTY)
def test_fuzzed_entries_survive_update_close_and_reopen(tmp_path, monkeypatch, first, second, query):
    """Add, then overwrite every entry with other hostile fields, close, reopen: exactly the last values."""
    fast_kdf(monkeypatch)
    path = _new_vault(tmp_path)
    vault = Vault.create(path, PASS, calibrate=False)
    journal = Journal(vault)
    ids = [journal.add_entry(e) for e in first]
    want = {}
    for eid, new in zip(ids, second * len(ids), strict=False):
        new.id = eid
        journal.update_entry(new)
        want[eid] = _fields(new)
    for eid, e in zip(ids, first, strict=True):
        want.setdefault(eid, _fields(e))
    journal.search(query)  # any query, however odd, just returns a list
    vault.close()
    vault = Vault.open(path, PASS)
    try:
        vault.verify(full=True)
        got = {e.id: _fields(e) for e in Journal(vault).entries()}
        assert got == want
        for e in Journal(vault).entries():
            assert [a for _t, a in e.history][0] == "created"
        hits = Journal(vault).search(query)
        assert {h.id for h in hits} <= set(want)
    finally:
        vault.close()


@fuzz(30)
@given(name=NASTY, data=st.binary(max_size=70_000))
def test_fuzzed_attachment_names_and_bytes(tmp_path, monkeypatch, name, data):
    fast_kdf(monkeypatch)
    path = _new_vault(tmp_path)
    vault = Vault.create(path, PASS, calibrate=False)
    try:
        journal = Journal(vault)
        eid = journal.add_entry(sample_entry(0))
        aid = journal.attach(eid, name, data)
        (att,) = journal.get_entry(eid).attachments
        assert att.id == aid and att.size == len(data) and att.sha256 == hashlib.sha256(data).hexdigest()
        assert att.name and "/" not in att.name and "\\" not in att.name  # never a path
        assert journal.read_attachment(aid) == data
    finally:
        vault.close()


# ------------------------------------------------------------------ hostile attachment files


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def _png_claiming(w: int, h: int) -> bytes:
    """A well-formed PNG (valid CRCs) that claims huge dimensions: a decompression-bomb shape."""
    return (b"\x89PNG\r\n\x1a\n" + _png_chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 6, 0, 0, 0))
            + _png_chunk(b"IDAT", zlib.compress(b"\x00" * 4096)) + _png_chunk(b"IEND", b""))


def _encoded(fmt: str) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QColor, QImage

    img = QImage(40, 30, QImage.Format.Format_RGB32)
    img.fill(QColor(10, 200, 30))
    ba = QByteArray()
    buf = QBuffer(ba)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    assert img.save(buf, fmt)
    buf.close()
    return bytes(ba.data())


def hostile_files() -> dict[str, tuple[bytes, bool]]:
    """name -> (bytes, decodes as a picture?)."""
    png, jpg, bmp = _encoded("PNG"), _encoded("JPEG"), _encoded("BMP")
    sof = jpg.index(b"\xff\xc0")
    jpg_huge = bytearray(jpg)
    jpg_huge[sof + 5:sof + 9] = struct.pack(">HH", 65500, 65500)
    bmp_huge = bytearray(bmp)
    bmp_huge[18:26] = struct.pack("<ii", 60000, 60000)
    gif_huge = (b"GIF89a" + struct.pack("<HH", 65535, 65535) + b"\x80\x00\x00" + b"\x00" * 6 + b",\x00\x00\x00\x00"
                + struct.pack("<HH", 65535, 65535) + b"\x00\x02\x02D\x01\x00;")
    flipped = png[:60] + bytes(b ^ 0xFF for b in png[60:80]) + png[80:]
    return {
        "control.png": (png, True),
        "control.jpg": (jpg, True),
        "control.bmp": (bmp, True),
        "truncated.png": (png[: len(png) // 2], False),
        "header-only.png": (png[:33], False),
        "truncated.jpg": (jpg[: len(jpg) // 2], False),
        "corrupt.png": (flipped, False),
        "huge-100000x100000.png": (_png_claiming(100_000, 100_000), False),
        "huge-max.png": (_png_claiming(2**31 - 1, 2**31 - 1), False),
        "huge.jpg": (bytes(jpg_huge), False),
        "huge.gif": (gif_huge, False),
        "huge.bmp": (bytes(bmp_huge), False),
        "empty.png": (b"", False),
        "notes.txt.jpg": (b"This is not a picture at all.\n" * 10, False),
        "random.png": (os.urandom(5000), False),
        "archive.png": (b"PK\x03\x04" + os.urandom(300), False),
        "program.gif": (b"\x7fELF\x02\x01\x01" + b"\x00" * 200, False),
    }


DECODER_NOISE = ("Corrupt JPEG", "Invalid JPEG", "Premature end of JPEG", "QImageIOHandler: Rejecting",
                 "libpng", "Unsupported", "Not a JPEG", "Bogus", "Empty input")


@pytest.mark.qt_log_ignore(*DECODER_NOISE)
def test_hostile_attachment_files_are_kept_exactly_and_never_crash_the_decoder(qapp, tmp_path):
    from PySide6.QtGui import QImage

    files = hostile_files()
    path = _new_vault(tmp_path)
    vault = Vault.create(path, PASS, calibrate=False)
    journal = Journal(vault)
    eid = journal.add_entry(sample_entry(0))
    ids = {}
    for name, (data, _ok) in files.items():
        src = tmp_path / "in" / name
        src.parent.mkdir(exist_ok=True)
        src.write_bytes(data)
        ids[name] = journal.attach(eid, name, src if len(data) % 2 else data)  # from a path and from bytes
    vault.close()
    vault = Vault.open(path, PASS)
    journal = Journal(vault)
    try:
        for name, (data, decodes) in files.items():
            got = journal.read_attachment(ids[name])
            assert got == data, name
            image = QImage.fromData(got)  # the path the attachment viewer uses
            assert image.isNull() is not decodes, name
            if decodes:
                assert (image.width(), image.height()) == (40, 30)
            assert QImage().loadFromData(got) is decodes, name
    finally:
        vault.close()


@pytest.mark.qt_log_ignore(*DECODER_NOISE)
def test_viewer_shows_a_calm_message_for_broken_or_huge_pictures(qtbot, tmp_path):
    from iia_help.ui.journal import attachments as viewer_mod
    files = {k: v for k, v in hostile_files().items() if k in ("control.png", "huge-max.png", "corrupt.png",
                                                                  "empty.png", "notes.txt.jpg")}
    vault = Vault.create(_new_vault(tmp_path), PASS, calibrate=False)
    journal = Journal(vault)
    eid = journal.add_entry(sample_entry(0))
    try:
        for name, (data, decodes) in files.items():
            att = journal.attachment(journal.attach(eid, name, data))
            viewer = viewer_mod.AttachmentViewer(journal, att)  # deletes itself on close
            qtbot.waitUntil(lambda v=viewer: v.picture.text() != "Opening…" or v.is_image, timeout=5000)
            assert viewer.is_image is decodes, name
            if not decodes:
                text = viewer.picture.text()
                assert "cannot be shown" in text and "Traceback" not in text
            viewer.close()
    finally:
        vault.close()


# ------------------------------------------------------------------ fuzzed headers and backups


@fuzz(200)
@given(data=st.binary(max_size=HEADER_LEN + 8) | st.binary(min_size=HEADER_LEN, max_size=HEADER_LEN))
def test_header_parser_only_raises_vault_corrupted(data):
    try:
        Header.unpack(data)
    except VaultCorrupted:
        return
    pytest.fail("random bytes parsed as a valid header")  # a SHA-256 checksum makes this practically impossible


@pytest.fixture(scope="module")
def small_vault(tmp_path_factory):
    path = tmp_path_factory.mktemp("small") / "notes.db"
    expected = build_vault(path, n_entries=2, attachments={"pic.png": bytes(range(256)) * 300, "e.bin": b""})
    return path, expected


def _copy(src: Path, tmp_path: Path) -> Path:
    d = tmp_path / f"w{os.urandom(3).hex()}"
    d.mkdir()
    dst = d / "notes.db"
    shutil.copyfile(src, dst)
    return dst


def _set_meta(path: Path, key: int, value: object) -> None:
    con = sqlite3.connect(path, isolation_level=None)
    try:
        con.execute("UPDATE t0 SET v = ? WHERE k = ?", (value, key))
    finally:
        con.close()


@fuzz(40)
@given(key=st.sampled_from([META_HEADER, META_MANIFEST]),
       value=st.binary(max_size=200) | st.integers(-(2**63), 2**63 - 1) | st.text(max_size=50) | st.none())
def test_fuzzed_header_or_manifest_values_give_vault_errors_and_change_nothing(
        small_vault, tmp_path, monkeypatch, key, value):
    fast_kdf(monkeypatch)
    src, expected = small_vault
    path = _copy(src, tmp_path)
    try:
        _set_meta(path, key, value)
    except sqlite3.IntegrityError:  # NOT NULL
        assume(False)
    before = path.read_bytes()
    with pytest.raises(VaultError) as info:
        read_all(path)
    assert isinstance(info.value, (VaultCorrupted, WrongPassphrase))
    assert path.read_bytes() == before  # a failed open never writes to the file


@pytest.fixture(scope="module")
def backup(small_vault, tmp_path_factory):
    src, expected = small_vault
    vault = Vault.open(src, PASS)
    dest = tmp_path_factory.mktemp("usb") / "backup.fern"
    vault.backup_to(dest)
    vault.close()
    return dest, expected


def _restore_outcome(backup_bytes: bytes, tmp_path: Path) -> str:
    """Restore a (damaged) backup: 'error' with nothing left behind, or 'intact' with identical data."""
    d = tmp_path / f"r{os.urandom(3).hex()}"
    d.mkdir()
    bfile = d / "backup.fern"
    bfile.write_bytes(backup_bytes)
    target = d / "restored" / "notes.db"
    target.parent.mkdir()
    try:
        Vault.restore_backup(bfile, target, PASS)
    except VaultError as exc:
        assert str(exc) and "sqlite" not in str(exc).lower()
        assert list(target.parent.iterdir()) == []  # no half-restored vault, no temp file left
        return "error"
    return "intact"


def test_truncated_backups_are_refused_cleanly(backup, tmp_path, monkeypatch):
    fast_kdf(monkeypatch)
    path, expected = backup
    data = path.read_bytes()
    cuts = sorted({0, 1, 15, 16, 99, 100, 101, 512, 4095, 4096, 4097, len(data) - 1, len(data) // 2,
                   *range(0, len(data), max(1, len(data) // 40))})
    outcomes = {}
    for cut in cuts:
        if cut >= len(data):
            continue
        outcomes[cut] = _restore_outcome(data[:cut], tmp_path)
    assert set(outcomes.values()) == {"error"}, outcomes
    # and the intact backup still restores, with exactly the same contents
    assert _restore_outcome(data, tmp_path) == "intact"


@fuzz(60)
@given(garbage=st.binary(max_size=3000) | st.just(b"SQLite format 3\x00") | st.builds(
    lambda b: b"SQLite format 3\x00" + b, st.binary(min_size=84, max_size=5000)))
def test_random_bytes_as_backup_are_refused_cleanly(tmp_path, monkeypatch, garbage):
    fast_kdf(monkeypatch)
    assert _restore_outcome(garbage, tmp_path) == "error"


@fuzz(60)
@given(flips=st.lists(st.tuples(st.floats(0, 1, exclude_max=True), st.integers(1, 255)), min_size=1, max_size=4))
def test_flipped_backup_bytes_never_restore_altered_data(backup, tmp_path, monkeypatch, flips):
    fast_kdf(monkeypatch)
    path, expected = backup
    data = bytearray(path.read_bytes())
    for where, mask in flips:
        data[int(where * len(data))] ^= mask
    if _restore_outcome(bytes(data), tmp_path) == "intact":
        # A flip SQLite ignores (free space, unused header bytes) may restore: then the data must be identical.
        restored = sorted(tmp_path.glob("r*/restored/notes.db"), key=lambda p: p.stat().st_mtime)[-1]
        assert read_all(restored) == expected


# ------------------------------------------------------------------ resource use

MEASURE = r'''
import hashlib, json, os, sys, time
from datetime import UTC, datetime, timedelta
from iia_help.journal import Entry, Journal, Report, _entry_obj
from iia_help.vault import Vault

def rss(field):
    for line in open("/proc/self/status"):
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
def reset_peak():
    with open("/proc/self/clear_refs", "w") as f:
        f.write("5")

mode, path = sys.argv[1], sys.argv[2]
out = {}
if mode == "entries":
    n = int(sys.argv[3])
    vault = Vault.create(path, "pw for memory", calibrate=False)
    base = datetime(2024, 1, 1, tzinfo=UTC)
    with vault.transaction() as txn:  # bulk fill in one transaction (same record format as add_entry)
        for i in range(n):
            e = Entry(occurred_at=base + timedelta(minutes=i), kind="message", platform="Platform",
                      account=f"@acct{i}", urls=[f"https://example.org/{i}"], description=f"entry {i} " * 60,
                      reports=[Report("Police", f"CR/{i}")], tags=["t"])
            txn.put(vault.new_id(), _entry_obj(e, base, [(base, "created")]))
    vault.close()
    vault = Vault.open(path, "pw for memory")  # the KDF's 64 MiB peak happens before the measurement
    journal = Journal(vault)
    reset_peak()
    before = rss("VmRSS")
    entries = journal.entries()
    hits = journal.search("entry 4242")
    out = {"count": len(entries), "hits": sorted(e.account for e in hits),
           "first": entries[0].description, "growth_mib": rss("VmHWM") - before}
else:
    size = int(sys.argv[3])
    src = path + ".src"
    block = hashlib.sha256(b"seed").digest() * 32768  # 1 MiB
    with open(src, "wb") as f:
        for i in range(size // len(block)):
            f.write(block[i % 7:] + block[: i % 7])
    vault = Vault.create(path, "pw for memory", calibrate=False)
    journal = Journal(vault)
    eid = journal.add_entry(Entry(occurred_at=datetime.now(UTC), description="big"))
    reset_peak()
    before = rss("VmRSS")
    aid = journal.attach(eid, "big.bin", src)
    os.unlink(src)
    digest = hashlib.sha256()
    n = 0
    for chunk in journal.iter_attachment(aid):
        digest.update(chunk)
        n += len(chunk)
    out = {"size": n, "match": digest.hexdigest() == journal.attachment(aid).sha256,
           "growth_mib": rss("VmHWM") - before}
    vault.close()
print(json.dumps(out))
'''

linux_only = pytest.mark.skipif(not Path("/proc/self/clear_refs").exists(),
                                reason="peak-memory reset needs Linux /proc/self/clear_refs")


def _measure(tmp_path: Path, isolated_user_dirs, *args: str, timeout: int) -> dict:
    script = tmp_path / "measure.py"
    script.write_text(MEASURE)
    (tmp_path / "m").mkdir()
    proc = subprocess.run([sys.executable, str(script), args[0], str(tmp_path / "m" / "notes.db"), *args[1:]],
                          capture_output=True, text=True, timeout=timeout, cwd=REPO,
                          env=subprocess_env(isolated_user_dirs))
    assert proc.returncode == 0, proc.stderr[-2000:]
    return json.loads(proc.stdout.strip().splitlines()[-1])


@linux_only
def test_ten_thousand_entries_load_within_a_memory_bound(tmp_path, isolated_user_dirs):
    out = _measure(tmp_path, isolated_user_dirs, "entries", "10000", timeout=240)
    assert out["count"] == 10_000
    assert out["hits"] == ["@acct4242"]
    assert out["first"] == "entry 9999 " * 60  # newest first, exact text
    # ~6 MB of text: the decrypted, parsed journal must stay far below the +150 MiB budget.
    assert out["growth_mib"] < 100, out


@linux_only
def test_streamed_attachment_memory_does_not_grow_with_file_size(tmp_path, isolated_user_dirs):
    size = 96 * 1024 * 1024
    out = _measure(tmp_path, isolated_user_dirs, "stream", str(size), timeout=240)
    assert out["size"] == size and out["match"]
    assert out["growth_mib"] < 48, out  # holding the file in memory would cost >= 96 MiB


@linux_only
@pytest.mark.slow
def test_one_gib_attachment_is_streamed_in_bounded_memory(tmp_path, isolated_user_dirs):
    size = 1024**3
    out = _measure(tmp_path, isolated_user_dirs, "stream", str(size), timeout=1800)
    assert out["size"] == size and out["match"]
    assert out["growth_mib"] < 200, out


def test_journal_keeps_working_after_a_refused_attachment(tmp_path):
    """A vanished source file is a clear error, and the journal carries on saving."""
    vault = Vault.create(_new_vault(tmp_path), PASS, calibrate=False)
    try:
        journal = Journal(vault)
        eid = journal.add_entry(sample_entry(0))
        with pytest.raises(VaultError) as info:
            journal.attach(eid, "gone.png", tmp_path / "does-not-exist.png")
        assert "could not be found" in str(info.value)
        assert journal.get_entry(eid).attachments == []
        journal.add_entry(sample_entry(1, occurred_at=datetime.now(UTC)))
        assert len(journal) == 2
        vault.verify(full=True)
    finally:
        vault.close()
