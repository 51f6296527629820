"""Hostile settings files (issue 19, section 5) and neutral keys in settings.json (issue 16).

``load_settings`` must return usable settings whatever is at the path, quickly and in bounded memory: the
memory and no-hang cases run in a child process under an address-space limit, killed only after a generous
timeout (a hang is a failure, never a timing verdict)."""

from __future__ import annotations

import base64
import json
import os
import subprocess
import sys
import textwrap
from dataclasses import fields
from pathlib import Path

import pytest

from iia_help import settings as settings_mod
from iia_help import worker_mode
from iia_help.settings import MAX_SETTINGS_BYTES, Settings, load_settings, save_settings

REPO = Path(__file__).resolve().parents[1]
POSIX = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="resource limits, FIFOs, /dev and /proc")


def _child_load(path: Path, *, memory_mib: int = 400, timeout: float = 300) -> dict:
    """load_settings(path) in a child under RLIMIT_AS; returns what it loaded and its peak memory."""
    code = textwrap.dedent(f"""
        import json, resource
        limit = {memory_mib} * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
        from dataclasses import asdict
        from iia_help.settings import Settings, load_settings
        s = load_settings({str(path)!r})
        # Peak memory of this process image (VmHWM; ru_maxrss would carry the parent's peak across exec).
        hwm = [int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmHWM:")]
        print(json.dumps({{"defaults": s == Settings(), "settings": asdict(s), "maxrss_kib": hwm[0]}}))
    """)
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    try:
        proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=timeout, env=env)
    except subprocess.TimeoutExpired:
        pytest.fail("load_settings did not return: the settings file made the app hang before its first window")
    assert proc.returncode == 0, proc.stderr[-3000:]
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _aside(path: Path) -> Path:
    return path.with_name(path.name + ".damaged")


# ----------------------------------------------------------------- the attacks of the review
@POSIX
def test_json_nested_200k_deep_gives_defaults(tmp_path):
    """Before: RecursionError in json.loads, no window."""
    p = tmp_path / "settings.json"
    p.write_bytes(b"[" * 200_000 + b"]" * 200_000)
    out = _child_load(p)
    assert out["defaults"] is True
    assert not p.exists() and _aside(p).stat().st_size == 400_000  # set aside, kept for the person


def test_json_nested_200k_deep_in_process(tmp_path):
    p = tmp_path / "settings.json"
    p.write_bytes(b'{"extra": ' + b"[" * 200_000 + b"]" * 200_000 + b"}")
    assert load_settings(p) == Settings()


def test_extra_nested_500_deep_is_flattened_and_the_rest_kept(tmp_path):
    """Before: a valid ``extra`` nested 500 deep raised RecursionError in asdict, no window."""
    p = tmp_path / "settings.json"
    deep: object = 1
    for _ in range(500):
        deep = {"a": deep}
    p.write_text(json.dumps({"region": "scotland", "extra": {"deep": deep, "ok": True, "n": 3}}))
    s = load_settings(p)
    assert s.region == "scotland"
    assert s.extra == {"ok": True, "n": 3}
    save_settings(p, s)  # and it saves again
    assert load_settings(p) == s


@POSIX
def test_100_mb_extra_list_is_not_read_and_memory_stays_small(tmp_path):
    """Before: a 100 MB ``extra`` list delayed the first window by over 60 s."""
    p = tmp_path / "settings.json"
    with open(p, "wb") as f:
        f.write(b'{"region": "scotland", "extra": {"x": [')
        f.write(b"1," * (50 * 1024 * 1024))
        f.write(b"1]}}")
    size = p.stat().st_size
    assert size > 100 * 1024 * 1024
    out = _child_load(p, memory_mib=300)
    assert out["defaults"] is True
    assert out["maxrss_kib"] < 100 * 1024  # the file is 100 MB; reading it alone would pass this
    assert _aside(p).stat().st_size == size


def test_oversized_file_reads_at_most_the_cap(tmp_path, monkeypatch):
    p = tmp_path / "settings.json"
    p.write_bytes(b" " * (5 * MAX_SETTINGS_BYTES) + b"{}")
    read: list[int] = []
    real_read = os.read
    monkeypatch.setattr(settings_mod.os, "read", lambda fd, n: read.append(n) or real_read(fd, n))
    assert load_settings(p) == Settings()
    assert sum(read) <= MAX_SETTINGS_BYTES + 1


@POSIX
def test_a_fifo_at_the_settings_path_does_not_hang(tmp_path):
    """Before: a FIFO at the path hung the app forever (open() blocks until a writer appears)."""
    p = tmp_path / "settings.json"
    os.mkfifo(p)
    out = _child_load(p)
    assert out["defaults"] is True
    assert p.exists() and not _aside(p).exists()  # a special file is left alone


@POSIX
@pytest.mark.parametrize("target", ["/dev/zero", "/dev/urandom"])
def test_a_link_to_an_endless_device_gives_defaults(tmp_path, target):
    if not os.path.exists(target):
        pytest.skip(f"{target} missing")
    p = tmp_path / "settings.json"
    p.symlink_to(target)
    out = _child_load(p)
    assert out["defaults"] is True
    assert p.is_symlink()


def test_a_folder_or_a_dangling_link_gives_defaults(tmp_path):
    p = tmp_path / "settings.json"
    p.mkdir()
    assert load_settings(p) == Settings()
    p.rmdir()
    p.symlink_to(tmp_path / "nowhere")
    assert load_settings(p) == Settings()


@pytest.mark.parametrize("content", [
    b"\xff\xfe{\x00}\x00", b"\x00" * 100, b"[]", b"3", b"null", b'"text"', b"{" * 10 + b"}",
    b'{"text_zoom": 1e999}', b'{"text_zoom": ' + b"9" * 5000 + b"}", b'{"a": NaN}', b"\xef\xbb\xbf{}",
])
def test_damaged_or_odd_json_gives_defaults_without_raising(tmp_path, content):
    p = tmp_path / "settings.json"
    p.write_bytes(content)
    s = load_settings(p)
    assert isinstance(s, Settings)
    assert s.text_zoom == 0 and s.extra == {}


@pytest.mark.parametrize("extra,kept", [
    ([1, 2, 3], {}),
    ("text", {}),
    ({"a": [1], "b": {"c": 1}, "d": "x" * 5000, "e": 1.5, "f": None, "g": 2**60, "": 1}, {"e": 1.5, "f": None}),
    ({f"k{i}": i for i in range(1000)}, {f"k{i}": i for i in range(settings_mod.MAX_EXTRA_ITEMS)}),
])
def test_extra_stays_flat_scalar_and_small(tmp_path, extra, kept):
    p = tmp_path / "settings.json"
    p.write_text(json.dumps({"extra": extra}))
    assert load_settings(p).extra == kept


def test_wrong_types_and_huge_strings_fall_back_per_field(tmp_path):
    p = tmp_path / "settings.json"
    p.write_text(json.dumps({"hotkey": "x" * 100_000, "title": ["Notes"], "autolock_minutes": True,
                             "region": "scotland", "settings_lock": "y" * 10_000}))
    s = load_settings(p)
    d = Settings()
    assert (s.panic_key, s.window_title, s.autolock_minutes, s.centre_lock) == (
        d.panic_key, d.window_title, d.autolock_minutes, "")
    assert s.region == "scotland"


def test_an_unexpected_error_still_gives_defaults(tmp_path, monkeypatch):
    p = tmp_path / "settings.json"
    p.write_text("{}")

    def boom(data):
        raise MemoryError

    monkeypatch.setattr(settings_mod, "from_json_dict", boom)
    assert load_settings(p) == Settings()


# ----------------------------------------------------------------- neutral keys (issue 16)
REVEALING = ("panic", "decoy", "abuse", "intimate", "image", "sextort", "evidence", "victim", "escape", "exit",
             "hide", "hidden", "centre", "center", "worker", "police", "safe", "capture", "secret", "discreet",
             "threat", "crisis", "help", "support", "stealth", "journal", "iia")


def _every_field_set() -> Settings:
    s = Settings(window_title="Reader", icon="page", region="scotland", audience="worker", text_zoom=2,
                 high_contrast=True, panic_key="F9", panic_triple_shift=False, after_panic="decoy",
                 autolock_minutes=10, image_note_seen=True, exclude_from_capture=True, guest_sessions=True,
                 large_text=True, centre_lock="abc", extra={"o": 1})
    worker_mode.apply_audience_defaults(s, "worker")
    return s


def test_every_key_written_is_neutral(tmp_path):
    """settings.json may be read by whoever shares the computer: no key (nor the decoy value) says what the app
    is for. Checks every field, including any added later."""
    p = tmp_path / "settings.json"
    save_settings(p, _every_field_set())
    text = p.read_text()
    data = json.loads(text)
    keys = list(data) + list(data["extra"])
    assert len(data) == len(fields(Settings))
    for key in keys:
        assert not any(word in key.lower() for word in REVEALING), key
    for word in ("panic", "decoy", "after_panic", "worker_handouts", "centre", "capture"):
        assert word not in text.lower(), word


def test_neutral_keys_round_trip(tmp_path):
    p = tmp_path / "settings.json"
    s = _every_field_set()
    save_settings(p, s)
    assert load_settings(p) == s.validated()
    assert json.loads(p.read_text())["hotkey_then"] == "notes"  # the decoy choice, in neutral words


def test_old_files_with_the_old_keys_are_read_and_rewritten_neutral(tmp_path):
    """Migration: a settings.json written before the neutral keys keeps every choice."""
    p = tmp_path / "settings.json"
    p.write_text(json.dumps({"panic_key": "F9", "panic_triple_shift": False, "after_panic": "decoy",
                             "image_note_seen": True, "exclude_from_capture": True, "centre_lock": "abc",
                             "window_title": "Reader", "extra": {"worker_handouts": True, "other": 2}}))
    s = load_settings(p)
    assert (s.panic_key, s.panic_triple_shift, s.after_panic, s.image_note_seen, s.exclude_from_capture,
            s.centre_lock, s.window_title) == ("F9", False, "decoy", True, True, "abc", "Reader")
    assert s.extra == {worker_mode.HANDOUTS_KEY: True, "other": 2}
    assert worker_mode.handouts_prominent(s) is True
    save_settings(p, s)
    data = json.loads(p.read_text())
    assert "panic_key" not in data and "after_panic" not in data and data["hotkey"] == "F9"
    assert load_settings(p) == s


def test_new_key_wins_over_an_old_one(tmp_path):
    p = tmp_path / "settings.json"
    p.write_text(json.dumps({"panic_key": "F9", "hotkey": "F8"}))
    assert load_settings(p).panic_key == "F8"


# ----------------------------------------------------------------- the centre-lock verifier
def _verifier(**record) -> str:
    return base64.b64encode(json.dumps(record).encode()).decode()


def _no_argon(monkeypatch) -> list:
    calls: list = []
    monkeypatch.setattr(worker_mode, "_derive", lambda *a: calls.append(a) or b"")
    return calls


@pytest.mark.parametrize("verifier", [
    pytest.param(base64.b64encode(b"[" * 100_000).decode(), id="nested-200k"),
    pytest.param("A" * 2_000_000, id="two-megabytes"),
    pytest.param(_verifier(v=1, kdf="argon2id", m=1024 * 1024, t=3, p=4, salt="A" * 24, hash="A" * 44), id="1GiB"),
    pytest.param(_verifier(v=1, kdf="argon2id", m=65536, t=64, p=4, salt="A" * 24, hash="A" * 44), id="t64"),
    pytest.param(_verifier(v=1, kdf="argon2id", m=65536, t=3, p=64, salt="A" * 24, hash="A" * 44), id="p64"),
    pytest.param(_verifier(v=1, kdf="argon2id", m=65536, t=3, p=4, salt=[1], hash="A" * 44), id="salt-list"),
    pytest.param(_verifier(v=1, kdf="argon2id", m="65536", t=3, p=4, salt="A" * 24, hash="A" * 44), id="m-str"),
    pytest.param("é", id="not-ascii"),
])
def test_hostile_centre_lock_verifiers_are_refused_without_running_argon2(monkeypatch, verifier):
    calls = _no_argon(monkeypatch)
    s = Settings()
    s.centre_lock = verifier
    assert worker_mode.check_centre_passphrase(s, "anything") is False
    assert calls == []


def test_the_verifier_ceilings_admit_what_the_app_writes(monkeypatch):
    s = Settings()
    worker_mode.set_centre_passphrase(s, "centre pass")
    assert worker_mode._parse(s.centre_lock) is not None
    assert worker_mode.check_centre_passphrase(s, "centre pass") is True


def test_hostile_verifier_in_a_settings_file_loads_and_refuses(tmp_path, monkeypatch):
    calls = _no_argon(monkeypatch)
    p = tmp_path / "settings.json"
    p.write_text(json.dumps({"settings_lock": base64.b64encode(b"[" * 3000).decode()}))
    s = load_settings(p)
    assert worker_mode.check_centre_passphrase(s, "x") is False and calls == []


# ----------------------------------------------------------------- issue 27 item 8
OLD_FILE = {"panic_key": "F9", "panic_triple_shift": False, "after_panic": "decoy", "centre_lock": "",
            "exclude_from_capture": True, "extra": {"worker_handouts": True}}


def test_old_revealing_keys_are_rewritten_at_the_first_start(tmp_path):
    """Before, panic_key, after_panic, ... stayed in settings.json until the person changed a setting."""
    p = tmp_path / "settings.json"
    p.write_text(json.dumps(OLD_FILE))
    s = load_settings(p)  # what the app does at start
    on_disk = p.read_text()
    for word in ("panic", "after_panic", "centre_lock", "capture", "decoy", "worker"):
        assert word not in on_disk, word
    data = json.loads(on_disk)
    assert data["hotkey"] == "F9" and data["hotkey_then"] == "notes"
    assert load_settings(p) == s and (s.panic_key, s.after_panic) == ("F9", "decoy")


def test_a_neutral_file_is_not_rewritten_and_a_read_only_one_still_loads(tmp_path):
    p = tmp_path / "settings.json"
    save_settings(p, Settings(panic_key="F9"))
    before = (p.read_bytes(), p.stat().st_mtime_ns, p.stat().st_ino)
    assert load_settings(p).panic_key == "F9"
    assert (p.read_bytes(), p.stat().st_mtime_ns, p.stat().st_ino) == before  # read, never written
    p.write_text(json.dumps(OLD_FILE))
    os.chmod(tmp_path, 0o500)
    try:
        assert load_settings(p).panic_key == "F9"  # cannot be rewritten here: still read, no error
    finally:
        os.chmod(tmp_path, 0o700)
