"""Create/open rules, passphrase change, backup and restore, and the golden vault of format v1."""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

import pytest

from iia_help.journal import Journal
from iia_help.vault import (
    EmptyPassphrase,
    KdfParams,
    Vault,
    VaultBusy,
    VaultCorrupted,
    VaultError,
    VaultExists,
    VaultNotFound,
    WrongPassphrase,
)
from iia_help.vault.format import FLOOR_ITERATIONS, FLOOR_LANES, FLOOR_MEMORY_KIB

from vault_helpers import PASS, build_vault, read_all, sample_entry

DATA = Path(__file__).parent / "data"


@pytest.fixture
def folder(tmp_path):
    d = tmp_path / "v"
    d.mkdir()
    return d


def test_create_refuses_to_overwrite(folder):
    path = folder / "notes.db"
    path.write_bytes(b"precious")
    with pytest.raises(VaultExists):
        Vault.create(path, PASS, calibrate=False)
    assert path.read_bytes() == b"precious"
    with pytest.raises(EmptyPassphrase):
        Vault.create(folder / "n2.db", "", calibrate=False)
    assert sorted(p.name for p in folder.iterdir()) == ["notes.db"]


@pytest.mark.real_kdf  # about the KDF parameters and calibration
def test_floor_and_calibration(folder):
    v = Vault.create(folder / "a.db", PASS, calibrate=False)
    assert v.kdf_params == KdfParams(FLOOR_MEMORY_KIB, FLOOR_ITERATIONS, FLOOR_LANES) == KdfParams(65536, 3, 4)
    v.close()
    v = Vault.create(folder / "b.db", PASS)
    p = v.kdf_params
    assert p.memory_kib == 65536 and p.lanes == 4 and p.iterations >= 3
    v.close()
    assert Vault.open(folder / "b.db", PASS).kdf_params == p


def test_open_errors(folder):
    with pytest.raises(VaultNotFound):
        Vault.open(folder / "missing.db", PASS)
    with pytest.raises(VaultNotFound):
        Vault.open(folder, PASS)
    path = folder / "notes.db"
    v = Vault.create(path, PASS, calibrate=False)
    with pytest.raises(VaultBusy):  # a second window cannot open it at the same time
        Vault.open(path, PASS)
    v.close()
    for exc in (WrongPassphrase(), VaultCorrupted(), VaultExists(), VaultBusy(), VaultNotFound()):
        text = str(exc)
        assert isinstance(exc, VaultError) and 10 < len(text) < 200 and "sqlite" not in text.lower()


def test_change_passphrase(folder):
    path = folder / "notes.db"
    expected = build_vault(path, n_entries=2, attachments={"a.bin": b"abc" * 30000})
    v = Vault.open(path, PASS)
    with pytest.raises(WrongPassphrase):
        v.change_passphrase("not it", "new passphrase")
    with pytest.raises(EmptyPassphrase):
        v.change_passphrase(PASS, "")
    v.change_passphrase(PASS, "new passphrase ✓")
    Journal(v).add_entry(sample_entry(9))  # still usable after the change
    v.close()
    with pytest.raises(WrongPassphrase):
        Vault.open(path, PASS)
    got = read_all(path, "new passphrase ✓")
    assert {k: v for k, v in got.items() if k in expected} == expected
    assert len(got) == len(expected) + 1
    # NFC and NFD spellings of the same passphrase both work
    assert Vault.open(path, "new passphrase \u2713").is_open


def test_backup_and_restore(folder, tmp_path):
    path = folder / "notes.db"
    expected = build_vault(path, n_entries=3, attachments={"a.bin": bytes(range(256)) * 600})
    usb = tmp_path / "usb"
    usb.mkdir()
    v = Vault.open(path, PASS)
    with pytest.raises(VaultError):
        v.backup_to(path)
    v.backup_to(usb / "backup.fern")
    v.backup_to(usb / "backup.fern")  # replacing an older backup is fine
    v.close()
    assert sorted(p.name for p in usb.iterdir()) == ["backup.fern"]
    assert read_all(usb / "backup.fern") == expected

    with pytest.raises(VaultExists):  # never overwrite an existing vault
        Vault.restore_backup(usb / "backup.fern", path, PASS)
    with pytest.raises(WrongPassphrase):
        Vault.restore_backup(usb / "backup.fern", folder / "restored.db", "wrong")
    assert sorted(p.name for p in folder.iterdir()) == ["notes.db"]  # nothing left behind
    Vault.restore_backup(usb / "backup.fern", folder / "restored.db", PASS)
    assert read_all(folder / "restored.db") == expected

    damaged = usb / "damaged.fern"
    data = bytearray((usb / "backup.fern").read_bytes())
    data[len(data) // 2] ^= 0xFF
    damaged.write_bytes(bytes(data))
    with pytest.raises(VaultCorrupted):
        Vault.restore_backup(damaged, folder / "r2.db", PASS)
    with pytest.raises(VaultNotFound):
        Vault.restore_backup(usb / "nope", folder / "r3.db", PASS)
    assert sorted(p.name for p in folder.iterdir()) == ["notes.db", "restored.db"]


def _golden_module():
    spec = importlib.util.spec_from_file_location("make_golden", DATA / "make_golden.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.mark.real_kdf  # the golden file was written with Argon2id
def test_golden_vault_v1_opens_with_expected_contents(tmp_path):
    golden = _golden_module()
    path = tmp_path / "golden.db"
    shutil.copyfile(DATA / "golden-v1.db", path)  # never modify the checked-in file
    v = Vault.open(path, golden.PASSPHRASE)
    try:
        v.verify(full=True)
        assert golden.describe(Journal(v)) == golden.EXPECTED
    finally:
        v.close()
