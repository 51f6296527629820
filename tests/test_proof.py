"""Issue 28: evidence you can prove. The journal's signing key, signed bundles checked with OpenSSL alone, the
custody log (edits, drops and reorders detected, in the vault and in custody.json) and failed unlock attempts."""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
import struct
import subprocess
import sys
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from iia_help.export import export_bundle, verify_bundle
from iia_help.journal import Entry, Journal
from iia_help.vault import Vault, VaultCorrupted, WrongPassphrase
from iia_help.vault import attempts as attempts_mod
from iia_help.vault.custody import check_chain, record_hash
from iia_help.vault.identity import public_pem

from conftest import REPO, subprocess_env
from vault_helpers import PASS, fast_kdf

OPENSSL = shutil.which("openssl") or "openssl"  # `bash dev` installs it in CI; missing elsewhere is a failure
Members = list[tuple[str, bytes]]


def _journal(path: Path) -> tuple[Vault, Journal, str]:
    vault = Vault.create(path, PASS, calibrate=False)
    j = Journal(vault)
    e1 = j.add_entry(Entry(occurred_at=datetime(2025, 3, 1, 21, 5, tzinfo=UTC), description="He said pay",
                           demand="£200 by Friday"))
    e2 = j.add_entry(Entry(occurred_at=datetime(2025, 3, 2, 9, 0, tzinfo=UTC), description="Second message"))
    j.attach(e1, "chat.txt", b"chat log")
    e = j.get_entry(e2)
    e.description = "Second message, corrected"
    j.update_entry(e)
    return vault, j, e1


@pytest.fixture(scope="module")
def signed(tmp_path_factory, qapp):
    """Two exports of one journal: (first path, second path, journal ID, the journal's keys)."""
    d = tmp_path_factory.mktemp("signed")
    vault, j, _ = _journal(d / "notes.db")
    first = export_bundle(j, d / "one.zip")
    j.add_entry(Entry(occurred_at=datetime(2025, 3, 3, 9, 0, tzinfo=UTC), description="Third"))
    second = export_bundle(j, d / "two.zip")
    ident = vault.identity()
    assert first.journal_id == second.journal_id == vault.journal_id == ident.journal_id
    vault.close()
    return first, second, ident


def members_of(path: Path) -> Members:
    with zipfile.ZipFile(path) as zf:
        return [(zi.filename, zf.read(zi)) for zi in zf.infolist()]


def write_zip(path: Path, members: Members) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members:
            zf.writestr(zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0)), data)
    return path


def replace(members: Members, name: str, data: bytes) -> Members:
    assert any(n == name for n, _ in members)
    return [(n, data if n == name else d) for n, d in members]


def resign(members: Members, key) -> Members:
    """New SHA256SUMS for the files as they are, signed with ``key`` (and its public key put in the bundle)."""
    body = [(n, d) for n, d in members if n not in ("SHA256SUMS", "SHA256SUMS.sig")]
    if not hasattr(key, "journal_id"):  # an outsider's own key: its public half replaces the journal's
        body = replace(body, "signing-key.pub.pem", public_pem(key.public_key()))
    sums = "".join(f"{hashlib.sha256(d).hexdigest()}  {n}\n" for n, d in body).encode()
    return [*body, ("SHA256SUMS", sums), ("SHA256SUMS.sig", key.sign(sums))]


def openssl_check(folder: Path) -> bool:
    """What README.txt tells an officer to do, with OpenSSL alone: the signature over SHA256SUMS, then every
    file's SHA-256 against its line."""
    sig = subprocess.run([OPENSSL, "pkeyutl", "-verify", "-pubin", "-inkey", "signing-key.pub.pem", "-rawin",
                          "-in", "SHA256SUMS", "-sigfile", "SHA256SUMS.sig"], cwd=folder, capture_output=True,
                         text=True, timeout=120)
    if sig.returncode != 0 or "Signature Verified Successfully" not in sig.stdout:
        return False
    for line in (folder / "SHA256SUMS").read_text().splitlines():
        digest, name = line.split("  ", 1)
        out = subprocess.run([OPENSSL, "dgst", "-sha256", "-r", name], cwd=folder, capture_output=True, text=True,
                             timeout=120)
        if out.returncode != 0 or out.stdout.split()[0] != digest:
            return False
    return True


def unzip(members: Members, folder: Path) -> Path:
    for name, data in members:
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(data)
    return folder


def cli(args: list[str], dirs) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "iia_help", "verify-bundle", *args], capture_output=True,
                          text=True, env=subprocess_env(dirs), cwd=REPO, timeout=300)


# ------------------------------------------------------------------------------------------------ signing
def test_a_bundle_verifies_with_openssl_alone_and_its_key_gives_the_journal_id(signed, tmp_path):
    first, _, ident = signed
    folder = unzip(members_of(first.path), tmp_path / "unzipped")
    assert openssl_check(folder)
    der = subprocess.run([OPENSSL, "pkey", "-pubin", "-in", "signing-key.pub.pem", "-outform", "DER"], cwd=folder,
                         capture_output=True, timeout=120).stdout
    assert hashlib.sha256(der).hexdigest()[:24] == ident.journal_id.replace(" ", "")
    readme = (folder / "README.txt").read_text()
    assert ident.journal_id in readme and "openssl pkeyutl -verify -pubin -inkey signing-key.pub.pem -rawin" in readme
    assert len((folder / "SHA256SUMS.sig").read_bytes()) == 64


def test_one_changed_byte_anywhere_is_refused_by_verify_bundle_and_by_openssl(signed, tmp_path):
    first, _, ident = signed
    members = members_of(first.path)
    names = [n for n, _ in members]
    assert {"custody.json", "SHA256SUMS.sig", "signing-key.pub.pem"} <= set(names)
    for i, name in enumerate(names):
        data = dict(members)[name]
        for pos in sorted({0, len(data) // 2, len(data) - 1}):
            bad = bytearray(data)
            bad[pos] ^= 0x01
            tampered = replace(members, name, bytes(bad))
            rep = verify_bundle(write_zip(tmp_path / f"b{i}-{pos}.zip", tampered))
            assert not rep.ok and rep.exit_code in (1, 2), (name, pos)
            folder = unzip(tampered, tmp_path / f"u{i}-{pos}")
            assert not openssl_check(folder), (name, pos)


def test_two_exports_of_one_journal_carry_the_same_key_and_check_by_journal_id(signed, isolated_user_dirs):
    first, second, ident = signed
    assert dict(members_of(first.path))["signing-key.pub.pem"] == dict(members_of(second.path))[
        "signing-key.pub.pem"] == ident.public_pem
    assert first.fingerprint != second.fingerprint
    for result in (first, second):
        rep = verify_bundle(result.path, journal_id=ident.journal_id.upper().replace(" ", "-"))
        assert rep.ok and rep.signed and rep.journal_id == ident.journal_id and rep.exit_code == 0
        assert "It is the journal ID you gave" in rep.summary()
    res = cli([str(second.path), "--journal-id", ident.journal_id], isolated_user_dirs)
    assert res.returncode == 0 and ident.journal_id in res.stdout, res.stdout
    other = "0000 1111 2222 3333 4444 5555"
    res = cli([str(second.path), "--journal-id", other], isolated_user_dirs)
    assert res.returncode == 1 and "another journal" in res.stdout, res.stdout
    res = cli([str(second.path), "--journal-id", "1234"], isolated_user_dirs)
    assert res.returncode == 2 and "24 characters" in res.stdout


def test_the_second_export_logs_the_first(signed):
    first, second, _ = signed
    log = json.loads(dict(members_of(second.path))["custody.json"])
    exports = [r for r in log["records"] if r["ev"] == "export made"]
    assert [r["d"]["fingerprint"] for r in exports] == [first.fingerprint]
    evs = [r["ev"] for r in log["records"]]
    assert evs[:2] == ["journal created", "entry created"] and "file added" in evs and "entry edited" in evs
    assert all("He said pay" not in json.dumps(r) for r in log["records"])  # hashes, never content


def test_an_outsiders_signature_is_refused_when_the_journal_id_is_given(signed, tmp_path):
    first, _, ident = signed
    members = members_of(first.path)
    forged = resign(replace(members, "report.pdf", b"%PDF-1.4 forged"), Ed25519PrivateKey.generate())
    p = write_zip(tmp_path / "forged.zip", forged)
    rep = verify_bundle(p, journal_id=ident.journal_id)
    assert rep.status == "mismatch" and any("another journal" in x for x in rep.problems)
    assert not verify_bundle(p).ok  # custody.json names the real journal, not the outsider's key


def test_a_stripped_signature_is_refused(signed, tmp_path):
    first, _, ident = signed
    members = [(n, d) for n, d in members_of(first.path) if n != "SHA256SUMS.sig"]
    rep = verify_bundle(write_zip(tmp_path / "nosig.zip", members))
    assert rep.status == "mismatch" and any("SHA256SUMS.sig" in x for x in rep.problems)


def test_an_unsigned_format_2_bundle_still_verifies_but_not_by_journal_id(signed, tmp_path, isolated_user_dirs):
    first, _, ident = signed
    members = members_of(first.path)
    m = json.loads(dict(members)["manifest.json"])
    m["format_version"] = 2
    for k in ("journal_id", "custody"):
        m.pop(k)
    body = [(n, d) for n, d in replace(members, "manifest.json", json.dumps(m).encode())
            if n not in ("custody.json", "signing-key.pub.pem", "SHA256SUMS.sig", "SHA256SUMS")]
    sums = "".join(f"{hashlib.sha256(d).hexdigest()}  {n}\n" for n, d in body).encode()
    p = write_zip(tmp_path / "v2.zip", [*body, ("SHA256SUMS", sums)])
    fp = hashlib.sha256(sums).hexdigest()
    res = cli([str(p), "--fingerprint", fp], isolated_user_dirs)
    assert res.returncode == 0 and "not signed" in res.stdout, res.stdout
    res = cli([str(p), "--journal-id", ident.journal_id], isolated_user_dirs)
    assert res.returncode == 1 and "not signed" in res.stdout, res.stdout


# ------------------------------------------------------------------------------------------------ custody.json
def _custody(members: Members) -> dict:
    return json.loads(dict(members)["custody.json"])


@pytest.mark.parametrize("attack", ["edit", "drop", "reorder", "edit-last", "drop-last"])
def test_custody_json_edited_dropped_or_reordered_is_detected_even_when_re_signed(signed, tmp_path, attack):
    """Re-signed with the journal's own key (someone with the passphrase): the chain and the manifest still catch
    it. Without re-signing, the signature does too."""
    first, _, ident = signed
    members = members_of(first.path)
    log = _custody(members)
    recs = log["records"]
    assert not check_chain(recs)[0]
    if attack == "edit":
        recs[2]["at"] = "2020-01-01T00:00:00+00:00"
    elif attack == "drop":
        del recs[2]
    elif attack == "reorder":
        recs[2], recs[3] = recs[3], recs[2]
    elif attack == "edit-last":  # fix the chain's own summary too: only the manifest still knows
        recs[-1]["ev"] = "locked"
        log["last_record_sha256"] = record_hash(recs[-1])
    else:
        del recs[-1]
        log["last_record_sha256"], log["record_count"] = record_hash(recs[-1]), len(recs)
    changed = replace(members, "custody.json", json.dumps(log).encode())
    rep = verify_bundle(write_zip(tmp_path / "c.zip", resign(changed, ident)))
    assert rep.status == "mismatch" and rep.exit_code == 1, rep.problems
    assert any("custody.json" in x for x in rep.problems)
    rep = verify_bundle(write_zip(tmp_path / "c2.zip", changed))
    assert rep.status == "mismatch" and any("custody.json" in x and "changed" in x for x in rep.problems)


def test_odd_file_names_keep_the_custody_log_checkable(tmp_path, qapp):
    vault, j, e1 = _journal(tmp_path / "notes.db")
    for name in ("bad\udc80name.txt", "emoji 😀 \u202egnp.exe", "ﬁle\x00.txt"):
        j.attach(e1, name, b"x")
    result = export_bundle(j, tmp_path / "odd.zip")
    vault.close()
    rep = verify_bundle(result.path, journal_id=result.journal_id)
    assert rep.ok and rep.custody_records > 0, rep.problems


def test_a_report_saved_on_its_own_is_logged_with_its_hash(tmp_path, qapp):
    from iia_help.export import write_report_pdf

    vault, j, _ = _journal(tmp_path / "notes.db")
    write_report_pdf(j, tmp_path / "report.pdf")
    (rec,) = [r for r in vault.custody_log() if r["ev"] == "export made"]
    vault.close()
    assert rec["d"] == {"report_sha256": hashlib.sha256((tmp_path / "report.pdf").read_bytes()).hexdigest(),
                        "entries": 2, "files": 0}


def test_a_custody_log_whose_first_record_is_hidden_is_refused(signed, tmp_path):
    first, _, ident = signed
    members = members_of(first.path)
    log = _custody(members)
    from iia_help.vault.custody import redacted

    log["records"][0] = redacted(log["records"][0])
    rep = verify_bundle(write_zip(tmp_path / "r.zip", resign(replace(members, "custody.json",
                                                                     json.dumps(log).encode()), ident)))
    assert rep.status == "mismatch" and any("first record" in x for x in rep.problems)


def test_an_entry_changed_in_the_manifest_disagrees_with_the_custody_log(signed, tmp_path):
    first, _, ident = signed
    members = members_of(first.path)
    m = json.loads(dict(members)["manifest.json"])
    m["entries"][0]["fields"]["description"] = "something else"
    m["entries"][0]["content_sha256"] = hashlib.sha256(b"made up").hexdigest()
    rep = verify_bundle(write_zip(tmp_path / "m.zip", resign(replace(members, "manifest.json",
                                                                     json.dumps(m).encode()), ident)))
    assert rep.status == "mismatch" and any("content hash" in x for x in rep.problems), rep.problems


def test_records_about_entries_not_exported_keep_only_their_kind_and_time(tmp_path, qapp):
    from iia_help.export import ExportOptions

    vault, j, e1 = _journal(tmp_path / "notes.db")
    result = export_bundle(j, tmp_path / "one.zip", ExportOptions(entry_ids=[e1]))
    vault.close()
    log = _custody(members_of(result.path))
    hidden = [r for r in log["records"] if "dh" in r]
    assert hidden and all("d" not in r and r["ev"] in ("entry created", "entry edited") for r in hidden)
    assert b"Second message" not in dict(members_of(result.path))["custody.json"]
    assert verify_bundle(result.path, journal_id=result.journal_id).ok


# ------------------------------------------------------------------------------------------------ in the vault
def test_vault_custody_log_records_are_chained_and_a_broken_chain_is_refused(tmp_path, monkeypatch):
    fast_kdf(monkeypatch)
    path = tmp_path / "notes.db"
    vault, j, _ = _journal(path)
    log = vault.custody_log()
    assert [r["ev"] for r in log] == ["journal created", "entry created", "entry created", "file added",
                                      "entry edited"]
    block_id = vault.slot_id("custody/0")
    original = vault.get(block_id)
    for attack in ("edit", "drop", "reorder"):
        block = json.loads(json.dumps(original))
        recs = block["r"]
        if attack == "edit":
            recs[1]["d"]["content_sha256"] = "0" * 64
        elif attack == "drop":
            del recs[2]
        else:
            recs[1], recs[2] = recs[2], recs[1]
        with vault.transaction() as txn:  # even written with the key (a bug, or someone with the passphrase)
            txn.put(block_id, block)
        with pytest.raises(VaultCorrupted):
            vault.custody_log()
    with vault.transaction() as txn:
        txn.put(block_id, original)
    assert vault.custody_log() == log
    vault.close()
    # Outside the app (no key): a custody record swapped, dropped or rolled back makes the file refuse to open.
    con = sqlite3.connect(path)
    rows = con.execute("SELECT a, b FROM t1").fetchall()
    con.close()
    for a, b in rows:
        con = sqlite3.connect(path, isolation_level=None)
        con.execute("DELETE FROM t1 WHERE a = ?", (a,))
        con.close()
        with pytest.raises(VaultCorrupted):
            Vault.open(path, PASS)
        con = sqlite3.connect(path, isolation_level=None)
        con.execute("INSERT INTO t1(a, b) VALUES (?, ?)", (a, b))
        con.close()
    Vault.open(path, PASS).close()


def test_every_kind_of_change_is_logged_without_content(tmp_path, monkeypatch):
    fast_kdf(monkeypatch)
    path = tmp_path / "notes.db"
    vault, j, e1 = _journal(path)
    aid = j.entries()[-1].attachments[0].id
    j.log_event("file opened", j.file_details(aid))
    j.delete_attachment(aid)
    j.delete_entry(e1)
    vault.backup_to(tmp_path / "backup.db")
    vault.change_passphrase(PASS, PASS + "2")
    vault.close()
    Vault.restore_backup(tmp_path / "backup.db", tmp_path / "restored.db", PASS)
    vault = Vault.open(path, PASS + "2")
    vault.start_session()
    vault.close()
    vault = Vault.open(path, PASS + "2")
    evs = [r["ev"] for r in vault.custody_log()]
    vault.close()
    assert evs[5:] == ["file opened", "file deleted", "entry deleted", "backup made", "passphrase changed",
                       "unlocked", "locked"]
    restored = Vault.open(tmp_path / "restored.db", PASS)
    assert [r["ev"] for r in restored.custody_log()][-2:] == ["entry deleted", "restored from a backup"]
    restored.close()
    raw = path.read_bytes()
    assert b"He said pay" not in raw and b"chat.txt" not in raw


def test_an_older_journal_gets_its_key_and_log_on_first_unlock(tmp_path, monkeypatch):
    fast_kdf(monkeypatch)
    path = tmp_path / "notes.db"
    vault = Vault.create(path, PASS, calibrate=False)
    Journal(vault).add_entry(Entry(occurred_at=datetime(2025, 3, 1, tzinfo=UTC), description="old"))
    # Make it what an older version wrote: no keys, no log, no attempt rows.
    with vault.transaction() as txn:
        for slot in ("identity", "custody/head", "custody/0"):
            txn.delete(vault.slot_id(slot))
        vault._conn.execute("DELETE FROM t0 WHERE k IN (2, 3)")
    vault.close()
    with pytest.raises(WrongPassphrase):  # nothing to seal to yet: nothing written, no error
        Vault.open(path, "wrong", record_failure=True)
    vault = Vault.open(path, PASS)
    assert vault.custody_log() == []
    found = vault.start_session()
    assert found.total == 0 and found.warning is None
    jid = vault.journal_id
    log = vault.custody_log()
    assert [r["ev"] for r in log] == ["log started", "unlocked"] and log[0]["d"] == {"journal_id": jid}
    vault.close()
    vault = Vault.open(path, PASS)
    assert vault.journal_id == jid
    vault.close()


# ------------------------------------------------------------------------------------------------ attempts
def _t0(path: Path, k: int) -> bytes | None:
    con = sqlite3.connect(path)
    row = con.execute("SELECT v FROM t0 WHERE k = ?", (k,)).fetchone()
    con.close()
    return row[0] if row else None


def _set_t0(path: Path, k: int, v: bytes | None) -> None:
    con = sqlite3.connect(path, isolation_level=None)
    if v is None:
        con.execute("DELETE FROM t0 WHERE k = ?", (k,))
    else:
        con.execute("INSERT OR REPLACE INTO t0(k, v) VALUES (?, ?)", (k, v))
    con.close()


@pytest.fixture
def fresh(tmp_path, monkeypatch):
    fast_kdf(monkeypatch)
    path = tmp_path / "notes.db"
    vault = Vault.create(path, PASS, calibrate=False)
    Journal(vault).add_entry(Entry(occurred_at=datetime(2025, 3, 1, tzinfo=UTC), description="secret words"))
    vault.close()
    return path


def _fail(path: Path, n: int) -> None:
    for _ in range(n):
        with pytest.raises(WrongPassphrase):
            Vault.open(path, "not it", record_failure=True)


def _records(path: Path) -> list:
    con = sqlite3.connect(path)
    rows = con.execute("SELECT a, b FROM t1 ORDER BY a").fetchall()
    con.close()
    return rows


def test_three_wrong_passphrases_are_reported_once_with_their_times(fresh):
    before = datetime.now(UTC).replace(microsecond=0)
    notes = _records(fresh)
    _fail(fresh, 3)
    assert _records(fresh) == notes  # the notes are untouched; only the sealed attempt row grew
    row = _t0(fresh, attempts_mod.META_ATTEMPTS)
    assert len(row) == 4 + 3 * attempts_mod.RECORD_LEN
    stamp = struct.pack(">q", int(before.timestamp()))[:6]
    assert stamp not in row  # a reader of the file sees no time
    vault = Vault.open(fresh, PASS)
    found = vault.start_session()
    after = datetime.now(UTC)
    assert found.total == 3 and len(found.times) == 3 and found.warning is None
    assert all(before <= t <= after for t in found.times) and found.times == sorted(found.times)
    msg = found.message(now=after, tz=UTC)
    assert msg.startswith("Someone tried to open your journal 3 times since you last used it: ")
    assert msg.count(":") == 4  # the three times, each "Monday 14:02"
    rec = [r for r in vault.custody_log() if r["ev"] == "failed unlock attempts"]
    assert rec[0]["d"]["count"] == 3 and len(rec[0]["d"]["times"]) == 3
    vault.close()
    vault = Vault.open(fresh, PASS)
    assert vault.start_session().message() is None  # reported once, then cleared
    vault.close()


def test_attempts_are_bounded(fresh):
    _fail(fresh, attempts_mod.MAX_KEPT + 5)
    assert len(_t0(fresh, attempts_mod.META_ATTEMPTS)) == attempts_mod.MAX_ROW
    vault = Vault.open(fresh, PASS)
    found = vault.start_session()
    vault.close()
    assert found.total == attempts_mod.MAX_KEPT + 5 and len(found.times) == attempts_mod.MAX_KEPT
    assert found.warning is None and "(the last 50 are listed)" in found.message()


@pytest.mark.parametrize("attack", ["delete-row", "truncate", "flip", "drop-middle", "swap-key", "delete-key",
                                    "garbage"])
def test_a_changed_or_removed_attempt_record_is_reported_and_never_blocks_the_journal(fresh, attack):
    _fail(fresh, 3)
    row = _t0(fresh, attempts_mod.META_ATTEMPTS)
    rl = attempts_mod.RECORD_LEN
    if attack == "delete-row":
        _set_t0(fresh, attempts_mod.META_ATTEMPTS, None)
    elif attack == "truncate":
        _set_t0(fresh, attempts_mod.META_ATTEMPTS, row[:-1])
    elif attack == "flip":
        _set_t0(fresh, attempts_mod.META_ATTEMPTS, row[:40] + bytes([row[40] ^ 1]) + row[41:])
    elif attack == "drop-middle":  # one attempt cut out, the count made to fit
        _set_t0(fresh, attempts_mod.META_ATTEMPTS, struct.pack(">I", 2) + row[4:4 + rl] + row[4 + 2 * rl:])
    elif attack == "swap-key":  # attempts sealed to someone else's key from now on
        from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
        from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

        other = X25519PrivateKey.generate().public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
        _set_t0(fresh, attempts_mod.META_BOX_KEY, other)
    elif attack == "delete-key":
        _set_t0(fresh, attempts_mod.META_BOX_KEY, None)
    else:
        _set_t0(fresh, attempts_mod.META_ATTEMPTS, b"\x00" * 10_000_000)
    _fail(fresh, 1)  # a later attempt either still counts or is refused by a changed row; never hides the change
    vault = Vault.open(fresh, PASS)  # the journal always opens
    found = vault.start_session()
    assert found.warning == attempts_mod.CHANGED, attack
    assert "changed or removed" in found.message()
    assert any(r["ev"] == "failed unlock attempts" and r["d"].get("warning") for r in vault.custody_log())
    vault.close()
    vault = Vault.open(fresh, PASS)  # repaired: the next unlock is clean and records work again
    assert vault.start_session().message() is None
    vault.close()
    _fail(fresh, 1)
    vault = Vault.open(fresh, PASS)
    assert vault.start_session().total == 1
    vault.close()


# ------------------------------------------------------------------------------------------------ hostile
@pytest.mark.parametrize("body", [
    b'{"format": "custody log", "format_version": 1, "records": [' + b",".join([b"{}"] * 600_000) + b"]}",
    b'{"format": "custody log", "format_version": 1, "records": [{"n": 0, "at": "x", "ev": "log started", "p": "'
    + b"0" * 64 + b'", "d": ' + b'{"a": ' * 900 + b"1" + b"}" * 900 + b"}]}",
    b'{"format": "custody log", "format_version": 1, "records": [' + b"[" * 100_000 + b"]" * 100_000 + b"]}",
    b"\xff\xfe not json",
    b'{"format": "custody log", "format_version": 1, "records": [{"n": true, "at": 1, "ev": [], "p": {}}]}',
])
def test_a_hostile_custody_log_gives_a_sentence_in_bounded_memory(signed, tmp_path, isolated_user_dirs, body):
    """Re-signed with the journal's key, so only the custody log's reader stands between it and the checker."""
    from test_hostile_bundle import bounded

    first, _, ident = signed
    p = write_zip(tmp_path / "hostile.zip", resign(replace(members_of(first.path), "custody.json", body), ident))
    out = bounded(p, isolated_user_dirs)
    assert out["status"] == "mismatch" and any("custody.json" in x for x in out["problems"]), out
