from __future__ import annotations

import json

from iia_help.settings import Settings, load_settings, save_settings


def test_round_trip(tmp_path):
    p = tmp_path / "settings.json"
    s = Settings(window_title="Reader", after_panic="decoy", autolock_minutes=10, region="scotland")
    save_settings(p, s)
    assert load_settings(p) == s


def test_missing_file_gives_defaults(tmp_path):
    assert load_settings(tmp_path / "nope.json") == Settings()


def test_damaged_file_is_set_aside_not_lost(tmp_path):
    p = tmp_path / "settings.json"
    p.write_bytes(b"{not json")
    assert load_settings(p) == Settings()
    assert (tmp_path / "settings.json.damaged").read_bytes() == b"{not json"


def test_bad_values_fall_back_to_defaults(tmp_path):
    p = tmp_path / "settings.json"
    p.write_text(json.dumps({"after_panic": "explode", "autolock_minutes": "soon", "window_title": "  ",
                             "text_zoom": 99, "panic_triple_shift": 1, "unknown": 3}))
    s = load_settings(p)
    d = Settings()
    assert s.after_panic == d.after_panic
    assert s.autolock_minutes == d.autolock_minutes
    assert s.window_title == d.window_title
    assert s.text_zoom == 10
    assert s.panic_triple_shift is True


def test_the_old_joint_england_and_wales_region_is_asked_again(tmp_path):
    """England and Wales became two choices (Wales has its own domestic-abuse line). An old saved
    "england-wales" is not guessed into one of them: the region goes back to "not chosen", so the question is
    asked again, and every other setting is kept."""
    p = tmp_path / "settings.json"
    p.write_text(json.dumps({"region": "england-wales", "audience": "self", "age_group": "adult"}))
    s = load_settings(p)
    assert s.region == "" and s.audience == "self" and s.age_group == "adult"
    for region in ("england", "wales", "scotland"):
        p.write_text(json.dumps({"region": region}))
        assert load_settings(p).region == region
    p.write_text(json.dumps({"region": "mars"}))
    assert load_settings(p).region == ""
