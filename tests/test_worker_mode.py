"""Support-worker mode core: audience defaults, guest state, and the centre lock verifier."""

from __future__ import annotations

import base64
import json
import unicodedata
from pathlib import Path

import pytest

from iia_help.settings import Settings, load_settings, save_settings
from iia_help.worker_mode import (
    HANDOUTS_KEY,
    LOCK_PARAMS,
    CentreLockError,
    GuestState,
    apply_audience_defaults,
    check_centre_passphrase,
    clear_centre_lock,
    handouts_prominent,
    has_centre_lock,
    set_centre_passphrase,
)


def test_worker_defaults_turn_guest_sessions_and_handouts_on():
    s = Settings(large_text=True, text_zoom=2)
    out = apply_audience_defaults(s, "worker")
    assert out is s
    assert s.audience == "worker" and s.guest_sessions is True
    assert handouts_prominent(s) is True
    # The person's own display choices are left alone.
    assert s.large_text is True and s.text_zoom == 2


def test_self_defaults_turn_guest_sessions_off_and_can_switch_back():
    s = apply_audience_defaults(Settings(), "worker")
    apply_audience_defaults(s, "self")
    assert s.audience == "self" and s.guest_sessions is False
    assert handouts_prominent(s) is False


def test_unknown_audience_is_refused():
    with pytest.raises(ValueError):
        apply_audience_defaults(Settings(), "visitor")


def test_audience_defaults_survive_a_save_and_load(tmp_path):
    s = apply_audience_defaults(Settings(extra={"other": 1}), "worker")
    save_settings(tmp_path / "settings.json", s)
    back = load_settings(tmp_path / "settings.json")
    assert back.guest_sessions is True and back.audience == "worker"
    assert back.extra == {"other": 1, HANDOUTS_KEY: True}


def test_guest_state_clear_forgets_everything():
    g = GuestState()
    assert g.is_clean
    g.note_search("deepfake")
    g.note_search("   ")  # blank searches are not recorded
    g.note_page("threats-sextortion")
    g.zoom = 3
    g.region_override = "scotland"
    g.takeaway_path = tmp = Path("/media/stick/notes.fern")
    assert not g.is_clean and g.search_terms == ["deepfake"] and g.takeaway_path == tmp
    g.clear()
    assert g.is_clean
    assert g.search_terms == [] and g.page_history == [] and g.zoom == 0
    assert g.region_override == "" and g.takeaway_path is None


# ------------------------------------------------------------------------------------------ centre lock
PASS = "Blue kettle 42 café"


@pytest.fixture(scope="module")
def locked() -> Settings:
    s = Settings()
    set_centre_passphrase(s, PASS)
    return s


def _record(s: Settings) -> dict:
    return json.loads(base64.b64decode(s.centre_lock))


def test_right_passphrase_accepted_wrong_refused(locked):
    assert has_centre_lock(locked)
    assert check_centre_passphrase(locked, PASS) is True
    assert check_centre_passphrase(locked, PASS + " ") is False
    assert check_centre_passphrase(locked, PASS.lower()) is False
    assert check_centre_passphrase(locked, "") is False


def test_passphrase_is_normalised_so_other_keyboards_match(locked):
    decomposed = unicodedata.normalize("NFD", PASS)
    assert decomposed != PASS
    assert check_centre_passphrase(locked, decomposed) is True


def test_verifier_never_contains_the_passphrase(locked):
    raw = locked.centre_lock
    decoded = base64.b64decode(raw).decode("ascii")
    for form in (PASS, PASS.encode("utf-8").hex(), base64.b64encode(PASS.encode()).decode()):
        assert form not in raw and form not in decoded
    rec = _record(locked)
    assert set(rec) == {"v", "kdf", "m", "t", "p", "salt", "hash"}
    assert rec["kdf"] == "argon2id"
    assert (rec["m"], rec["t"], rec["p"]) == (65536, 3, 4) == tuple(LOCK_PARAMS.values())
    assert len(base64.b64decode(rec["salt"])) == 16 and len(base64.b64decode(rec["hash"])) == 32


def test_verifiers_are_salted():
    a, b = Settings(), Settings()
    set_centre_passphrase(a, "same words")
    set_centre_passphrase(b, "same words")
    assert _record(a)["salt"] != _record(b)["salt"] and _record(a)["hash"] != _record(b)["hash"]


def test_lock_survives_settings_file_round_trip(tmp_path, locked):
    save_settings(tmp_path / "settings.json", locked)
    assert PASS not in (tmp_path / "settings.json").read_text(encoding="utf-8")
    back = load_settings(tmp_path / "settings.json")
    assert check_centre_passphrase(back, PASS) is True


@pytest.mark.parametrize("change", [
    {"m": 1024}, {"t": 1}, {"p": 1}, {"kdf": "scrypt"}, {"v": 2}, {"m": True}, {"hash": "AAAA"},
    {"m": 1 << 30},
])
def test_weakened_or_odd_verifier_is_refused(locked, change):
    rec = {**_record(locked), **change}
    s = Settings(centre_lock=base64.b64encode(json.dumps(rec).encode()).decode())
    assert check_centre_passphrase(s, PASS) is False


@pytest.mark.parametrize("junk", ["not base64!", base64.b64encode(b"[1,2]").decode(), "e30=", "Zm9v"])
def test_damaged_verifier_is_refused_not_crashing(junk):
    assert check_centre_passphrase(Settings(centre_lock=junk), "anything") is False


def test_empty_passphrase_cannot_be_set_and_clear_removes_lock(locked):
    s = Settings()
    with pytest.raises(CentreLockError):
        set_centre_passphrase(s, "")
    assert not has_centre_lock(s)
    assert check_centre_passphrase(s, "anything") is False  # no lock: nothing to match
    s.centre_lock = locked.centre_lock
    clear_centre_lock(s)
    assert not has_centre_lock(s) and s.centre_lock == ""
