"""Observable settings: one registry of options, one ``update(**changes)`` that checks, saves and tells."""

from __future__ import annotations

import ast
import json
from dataclasses import fields
from pathlib import Path

import pytest

from iia_help import settings as settings_mod
from iia_help.context import AppContext
from iia_help.paths import AppPaths
from iia_help.settings import OPTIONS, Settings, load_settings

SRC = Path(__file__).resolve().parents[1] / "src" / "iia_help"


@pytest.fixture
def ctx(tmp_path):
    return AppContext(AppPaths(data_dir=tmp_path / "data", portable=False))


def test_the_registry_holds_every_field_with_a_usable_default():
    assert list(OPTIONS) == [f.name for f in fields(Settings)]
    d = Settings()
    for name, opt in OPTIONS.items():
        assert opt.check(opt.default) == getattr(d, name), name
        assert opt.repair(getattr(d, name)) == getattr(d, name), name
    assert OPTIONS["panic_key"].key == "hotkey" and OPTIONS["region"].key == "region"
    assert OPTIONS["text_zoom"].range == (-4, 10)
    assert "minimise" in OPTIONS["after_panic"].choices


def test_update_saves_and_tells_the_names_that_changed(ctx):
    heard = []
    ctx.on_settings_changed(heard.append)
    changed = ctx.update_settings(region="scotland", panic_key="F9", text_zoom=0)  # text_zoom: already 0
    assert changed == {"region", "panic_key"} and heard == [changed]
    saved = json.loads(ctx.paths.settings_file.read_text())
    assert saved["hotkey"] == "F9" and saved["region"] == "scotland"
    assert ctx.update_settings(region="scotland") == frozenset()  # no change: nobody told, nothing written
    assert len(heard) == 1


@pytest.mark.parametrize("changes", [
    {"after_panic": "explode"}, {"text_zoom": 99}, {"autolock_minutes": "soon"}, {"window_title": "   "},
    {"panic_triple_shift": 1}, {"no_such_setting": 1}, {"centre_lock": "x" * 5000}, {"icon": "skull"},
])
def test_bad_changes_are_refused_whole(ctx, changes):
    heard = []
    ctx.on_settings_changed(heard.append)
    before = Settings(**{f.name: getattr(ctx.settings, f.name) for f in fields(Settings)})
    with pytest.raises(ValueError):
        ctx.update_settings(region="wales", **changes)  # the good change is not applied either
    assert ctx.settings == before and heard == []
    assert not ctx.paths.settings_file.exists()


def test_a_guest_session_changes_but_never_saves(ctx):
    ctx.guest = True
    heard = []
    ctx.on_settings_changed(heard.append)
    ctx.update_settings(high_contrast=True)
    assert ctx.settings.high_contrast and heard == [{"high_contrast"}]
    assert not ctx.paths.data_dir.exists()


def test_a_failed_save_keeps_the_change_for_now_and_says_so(ctx, monkeypatch):
    def refuse(*_a, **_k):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(settings_mod, "atomic_write_bytes", refuse)
    heard = []
    ctx.on_settings_changed(heard.append)
    with pytest.raises(OSError):
        ctx.update_settings(large_text=True)
    assert ctx.settings.large_text is True and heard == [{"large_text"}]


def test_unsubscribe_stops_a_listener(ctx):
    heard = []
    stop = ctx.on_settings_changed(heard.append)
    stop()
    ctx.update_settings(large_text=True)
    assert heard == []


def test_window_title_is_tidied_and_loading_repairs_rather_than_refuses(ctx, tmp_path):
    ctx.update_settings(window_title="  My   notes ")
    assert ctx.settings.window_title == "My notes"
    p = tmp_path / "s.json"
    p.write_text(json.dumps({"hotkey_then": "explode", "text_zoom": -50, "window_title": "R" * 200}))
    s = load_settings(p)
    assert (s.after_panic, s.text_zoom, s.window_title) == ("quit", -4, "R" * 80)


def test_the_ui_never_writes_a_setting_directly():
    """Every change goes through update_settings, so every part of the app hears of it."""
    offenders = []
    for path in (SRC / "ui").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            targets = node.targets if isinstance(node, ast.Assign) else (
                [node.target] if isinstance(node, ast.AugAssign | ast.AnnAssign) else [])
            for t in targets:
                if (isinstance(t, ast.Attribute) and isinstance(t.value, ast.Attribute)
                        and t.value.attr == "settings" and t.attr in OPTIONS):
                    offenders.append(f"{path.name}:{node.lineno}")
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr == "save_settings" and path.name != "session.py"):
                offenders.append(f"{path.name}:{node.lineno} save_settings")
    assert offenders == []


def test_no_page_polls_settings_when_shown():
    def show_handler(text: str) -> str:
        return text.split("def showEvent", 1)[1].split("\n    def ", 1)[0] if "def showEvent" in text else ""

    polling = [p.name for p in (SRC / "ui").rglob("*.py") if "settings" in show_handler(p.read_text("utf-8"))]
    assert polling == []
