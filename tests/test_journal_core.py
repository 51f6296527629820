"""Journal API on the vault: round trips, attachments, history, deletion log, drafts, search."""

from __future__ import annotations

import hashlib
import os
import threading
from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from iia_help.journal import KIND_LABELS, KINDS, Entry, Journal, Report
from iia_help.vault import (
    AttachmentCancelled,
    AttachmentTooLarge,
    InvalidEntry,
    NotFound,
    Vault,
    VaultError,
    VaultLocked,
)

from vault_helpers import PASS, T0, sample_entry


@pytest.fixture(scope="module")
def shared(tmp_path_factory):
    vault = Vault.create(tmp_path_factory.mktemp("j") / "notes.db", PASS, calibrate=False)
    yield vault
    vault.close()


@pytest.fixture
def fresh(tmp_path):
    (tmp_path / "v").mkdir()
    path = tmp_path / "v" / "notes.db"
    vault = Vault.create(path, PASS, calibrate=False)
    yield path, vault
    vault.close()


def reopen(path, vault):
    vault.close()
    return Vault.open(path, PASS)


def test_kinds_and_labels():
    assert KINDS == ("message", "threat", "shared", "demand", "other")
    assert KIND_LABELS["threat"] == "Threat to share images"
    assert set(KIND_LABELS) == set(KINDS)


TEXT = st.text() | st.sampled_from([
    "😀👩🏽‍💻🏳️‍🌈", "مرحبا بالعالم", "שלום \u202eevil\u202c", "a\x00b\x00", "\ud800 lone", "", " ", "\r\n\t",
])


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(desc=TEXT, platform=TEXT, account=TEXT, urls=st.lists(TEXT, max_size=3), tags=st.lists(TEXT, max_size=3),
       ref=TEXT, kind=st.sampled_from(KINDS),
       offset=st.integers(-14 * 60, 14 * 60), micro=st.integers(0, 999_999))
def test_round_trip_text(shared, desc, platform, account, urls, tags, ref, kind, offset, micro):
    when = datetime(2023, 2, 3, 4, 5, 6, micro, tzinfo=timezone(timedelta(minutes=offset)))
    entry = Entry(occurred_at=when, kind=kind, platform=platform, account=account, urls=urls, description=desc,
                  reports=[Report(ref, ref, ref)], tags=tags)
    eid = Journal(shared).add_entry(entry)
    got = Journal(shared).get_entry(eid)  # new Journal: read from storage, not a cache
    assert (got.occurred_at, got.occurred_at.utcoffset()) == (when, when.utcoffset())
    assert (got.kind, got.platform, got.account, got.urls, got.description, got.tags) == (
        kind, platform, account, urls, desc, tags)
    assert got.reports == [Report(ref, ref, ref)]


def test_one_megabyte_description_survives_reopen(fresh):
    path, vault = fresh
    big = ("Ünïcødé 😀 مرحبا \x00" * 60000)[:1_000_000]
    eid = Journal(vault).add_entry(sample_entry(0, description=big))
    vault = reopen(path, vault)
    assert Journal(vault).get_entry(eid).description == big
    vault.close()


SIZES = [0, 1, 65535, 65536, 65537, 5 * 1024 * 1024]


def test_attachment_sizes_round_trip(fresh, tmp_path):
    path, vault = fresh
    journal = Journal(vault)
    eid = journal.add_entry(sample_entry(0))
    blobs = {}
    for n in SIZES:
        data = os.urandom(n)
        if n == 65536:  # also from a file path
            src = tmp_path / "in.bin"
            src.write_bytes(data)
            aid = journal.attach(eid, "dir/sub\\from_path.bin", src)
        else:
            aid = journal.attach(eid, f"file{n}.bin", data)
        blobs[aid] = data
    vault = reopen(path, vault)
    journal = Journal(vault)
    (entry,) = journal.entries()
    assert {a.id for a in entry.attachments} == set(blobs)
    for a in entry.attachments:
        data = blobs[a.id]
        assert a.size == len(data)
        assert a.sha256 == hashlib.sha256(data).hexdigest()
        assert a.added_at.tzinfo is not None and a.entry_id == eid
        assert journal.read_attachment(a.id) == data
        chunks = list(journal.iter_attachment(a.id))
        assert all(len(c) == 65536 for c in chunks[:-1]) and b"".join(chunks) == data
    assert "from_path.bin" in {a.name for a in entry.attachments}
    assert [h[1] for h in entry.history].count("attachment added") == len(SIZES)
    vault.close()


def test_attach_progress_and_cancel_leaves_nothing(fresh):
    path, vault = fresh
    journal = Journal(vault)
    eid = journal.add_entry(sample_entry(0))
    rev = vault.revision
    calls = []

    def progress(done, total):
        calls.append((done, total))
        return len(calls) < 3

    with pytest.raises(AttachmentCancelled) as info:
        journal.attach(eid, "big.bin", b"z" * (10 * 65536), progress=progress)
    assert "Nothing was saved" in str(info.value)
    assert calls == [(65536, 655360), (131072, 655360), (196608, 655360)]
    assert vault.revision == rev and journal.get_entry(eid).attachments == []
    assert vault._conn.execute("SELECT count(*) FROM t2").fetchone() == (0,)
    seen = []
    journal.attach(eid, "ok.bin", b"q" * 70000, progress=lambda d, t: seen.append(d))
    assert seen == [65536, 70000]
    vault.verify()


def test_attachment_too_large(fresh, monkeypatch, tmp_path):
    import iia_help.journal as jmod

    path, vault = fresh
    journal = Journal(vault)
    eid = journal.add_entry(sample_entry(0))
    monkeypatch.setattr(jmod, "MAX_ATTACHMENT_BYTES", 100_000)
    with pytest.raises(AttachmentTooLarge):
        journal.attach(eid, "a", b"x" * 100_001)
    f = tmp_path / "big.bin"
    f.write_bytes(b"x" * 200_000)
    with pytest.raises(AttachmentTooLarge):
        journal.attach(eid, "a", f)
    journal.attach(eid, "a", b"x" * 100_000)
    vault.verify()
    assert jmod.MAX_ATTACHMENT_BYTES == 100_000 and isinstance(AttachmentTooLarge(), VaultError)


def test_entries_order_update_history_delete_and_log(fresh):
    path, vault = fresh
    journal = Journal(vault)
    ids = [journal.add_entry(sample_entry(i)) for i in (2, 0, 1)]
    assert [e.account for e in journal.entries()] == ["@user2", "@user1", "@user0"]
    entry = journal.get_entry(ids[1])
    entry.description = "changed"
    entry.kind = "demand"
    journal.update_entry(entry)
    aid = journal.attach(ids[0], "x.png", b"png")
    journal.delete_attachment(aid)
    journal.delete_entry(ids[2])
    vault = reopen(path, vault)
    journal = Journal(vault)
    got = {e.id: e for e in journal.entries()}
    assert set(got) == {ids[0], ids[1]}
    assert got[ids[1]].description == "changed" and got[ids[1]].kind_label == "Demand for money or images"
    assert [a for _, a in got[ids[1]].history] == ["created", "edited"]
    assert [a for _, a in got[ids[0]].history] == ["created", "attachment added", "attachment removed"]
    assert got[ids[0]].attachments == []
    deleted = journal.deleted()
    assert [(d.kind, d.target_id) for d in deleted] == [("attachment", aid), ("entry", ids[2])]
    assert all(d.deleted_at.tzinfo for d in deleted)
    actions = [a for _, a, _ in journal.audit_log()]
    assert actions.count("created") == 2 and "entry deleted" in actions
    with pytest.raises(NotFound):
        journal.get_entry(ids[2])
    with pytest.raises(NotFound):
        journal.read_attachment(aid)
    with pytest.raises(NotFound):
        journal.delete_entry("not-an-id")
    vault.close()


def test_search(shared):
    journal = Journal(shared)
    eid = journal.add_entry(sample_entry(0, description="He said he would POST the photos", platform="Snapchat",
                                        tags=["sextortion"], reports=[Report("StopNCII", "CASE-77")]))
    journal.attach(eid, "Screenshot_evidence.png", b"img")
    for query in ("post photos", "snapchat", "SEXTORTION", "case-77", "screenshot_evidence", "threat to share"):
        assert eid in [e.id for e in journal.search(query)], query
    assert eid not in [e.id for e in journal.search("photos zebra")]


def test_drafts(fresh):
    path, vault = fresh
    journal = Journal(vault)
    assert journal.load_draft() is None
    journal.save_draft({"description": "half typed 😀", "n": 1})
    journal.save_draft({"description": "more typed", "n": 2})
    vault = reopen(path, vault)
    journal = Journal(vault)
    assert journal.load_draft() == {"description": "more typed", "n": 2}
    assert journal.entries() == []
    journal.clear_draft()
    journal.clear_draft()
    assert journal.load_draft() is None
    vault.verify()
    vault.close()


def test_validation(shared):
    journal = Journal(shared)
    with pytest.raises(InvalidEntry):
        journal.add_entry(Entry(occurred_at=datetime(2024, 1, 1), description="naive"))
    with pytest.raises(InvalidEntry):
        journal.add_entry(Entry(description="no time"))
    with pytest.raises(InvalidEntry):
        journal.add_entry(Entry(occurred_at=T0, kind="nonsense"))
    with pytest.raises(InvalidEntry):
        journal.add_entry(Entry(occurred_at=T0, urls="not a list"))
    assert isinstance(InvalidEntry(), ValueError)


def test_closed_vault_raises_locked(fresh):
    path, vault = fresh
    journal = Journal(vault)
    eid = journal.add_entry(sample_entry(0))
    aid = journal.attach(eid, "a", b"abc")
    assert vault.is_open and not vault.locked
    vault.close()
    vault.close()  # idempotent
    assert vault.locked and not vault.is_open
    for call in (journal.entries, lambda: journal.add_entry(sample_entry(1)), lambda: journal.read_attachment(aid),
                 journal.load_draft, lambda: journal.save_draft({}), lambda: vault.backup_to(path.parent / "b"),
                 lambda: vault.change_passphrase(PASS, "x"), vault.verify, lambda: vault.revision):
        with pytest.raises(VaultLocked) as info:
            call()
        assert str(info.value) == "Your notes are locked. Unlock them to carry on."
    assert journal._entries == {}  # cache dropped on close


def test_threads_share_one_vault(fresh):
    path, vault = fresh
    journal = Journal(vault)
    errors = []

    def writer(k):
        try:
            for i in range(20):
                journal.add_entry(sample_entry(k * 100 + i))
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(k,)) for k in range(4)]
    for t in threads:
        t.start()
    for _ in range(20):
        journal.entries()
    for t in threads:
        t.join()
    assert errors == []
    assert len(journal.entries()) == 80
    vault.verify()


def test_a_closed_or_dropped_journal_does_not_keep_its_entries_alive(fresh):
    """The vault only holds a weak link to each Journal made on it: decrypted entries go with the Journal."""
    import gc
    import weakref

    _path, vault = fresh
    journal = Journal(vault)
    journal.add_entry(sample_entry())
    cached = journal.entries()
    assert cached
    ref = weakref.ref(journal)
    del journal, cached
    gc.collect()
    assert ref() is None
    other = Journal(vault)
    assert len(other.entries()) == 1
    vault.close()  # its close callback still clears the live journal's cache
    assert other._entries == {}


def test_paused_gc_hands_new_objects_to_the_old_generation_without_losing_cycles():
    """After a bulk load the young generation is empty (no 40 ms scan on the next allocation), the collector is
    back on, and garbage cycles made meanwhile are still collected."""
    import gc
    import weakref

    from iia_help.journal import paused_gc

    class Node:
        pass

    assert gc.isenabled()
    with paused_gc():
        assert not gc.isenabled()
        kept = [[i] for i in range(50_000)]
        a, b = Node(), Node()
        a.other, b.other = b, a  # a cycle, garbage once the names go
        probe = weakref.ref(a)
        del a, b
    assert gc.isenabled()
    assert gc.get_count()[0] < 700  # nothing left for the next allocation to scan
    assert gc.get_freeze_count() == 0  # nothing stays frozen
    assert probe() is not None
    gc.collect()
    assert probe() is None
    assert len(kept) == 50_000


def test_demand_round_trips_and_entries_without_one_are_written_as_before(fresh):
    path, vault = fresh
    j = Journal(vault)
    with_demand = j.add_entry(sample_entry(0, demand="£500 by Friday 6 pm, bank transfer"))
    without = j.add_entry(sample_entry(1))
    # The stored record has the field "m" only when a demand was given (older app versions read it unchanged).
    assert "m" in vault.get(bytes.fromhex(with_demand)) and "m" not in vault.get(bytes.fromhex(without))
    vault = reopen(path, vault)
    j = Journal(vault)
    assert j.get_entry(with_demand).demand == "£500 by Friday 6 pm, bank transfer"
    assert j.get_entry(without).demand == ""
    assert [e.id for e in j.search("bank transfer")] == [with_demand]
    e = j.get_entry(with_demand)
    e.demand = ""
    j.update_entry(e)
    assert Journal(vault).get_entry(with_demand).demand == ""
    with pytest.raises(InvalidEntry):
        j.add_entry(sample_entry(2, demand=["not", "text"]))
    vault.close()


@pytest.mark.real_kdf  # the golden file was written with Argon2id
def test_golden_v1_vault_opens_with_empty_demands(tmp_path):
    import shutil
    from pathlib import Path

    data = Path(__file__).parent / "data"
    path = tmp_path / "golden.db"
    shutil.copyfile(data / "golden-v1.db", path)
    passphrase = "golden vault passphrase, format 1 ✓"  # tests/data/make_golden.py
    vault = Vault.open(path, passphrase)
    try:
        entries = Journal(vault).entries()
        assert entries and all(e.demand == "" for e in entries)
    finally:
        vault.close()


def test_a_damaged_demand_is_refused_as_corrupted(fresh):
    from iia_help.vault import VaultCorrupted

    path, vault = fresh
    eid = Journal(vault).add_entry(sample_entry(0, demand="x"))
    obj = vault.get(bytes.fromhex(eid))
    obj["m"] = 12
    with vault.transaction() as txn:
        txn.put(bytes.fromhex(eid), obj)
    with pytest.raises(VaultCorrupted):
        Journal(vault).entries()
