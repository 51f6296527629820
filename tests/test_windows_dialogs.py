"""Windows: the empty registry keys Qt's file dialog leaves behind are removed, and nothing else (every platform,
against a stand-in for ``winreg``; tests/test_windows_wine.py checks the real registry under Wine)."""

from __future__ import annotations

import pytest

from iia_help.ui import dialogs

FD, ORG, TOP = dialogs.QT_REGISTRY_KEYS


class FakeRegistry:
    """The part of ``winreg`` the scrub uses, over {key path: {value name: data}} for HKEY_CURRENT_USER."""

    HKEY_CURRENT_USER = object()

    def __init__(self, keys: dict[str, dict]) -> None:
        self.keys = keys

    class _Handle:
        def __init__(self, path: str) -> None:
            self.path = path

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return False

    def OpenKey(self, root, path):  # noqa: N802 (winreg's names)
        assert root is self.HKEY_CURRENT_USER
        if path not in self.keys:
            raise FileNotFoundError(path)
        return self._Handle(path)

    def CloseKey(self, handle):  # noqa: N802
        pass

    def QueryInfoKey(self, handle):  # noqa: N802
        children = [k for k in self.keys if k.startswith(handle.path + "\\") and "\\" not in k[len(handle.path) + 1:]]
        return len(children), len(self.keys[handle.path]), 0

    def DeleteKey(self, root, path):  # noqa: N802
        if any(k.startswith(path + "\\") for k in self.keys):
            raise PermissionError("has subkeys")
        del self.keys[path]


@pytest.fixture
def registry(monkeypatch):
    def install(keys):
        reg = FakeRegistry(keys)
        monkeypatch.setattr(dialogs, "_winreg", lambda: reg)
        return reg
    return install


def test_keys_the_dialog_made_are_removed_once_empty(registry):
    reg = registry({})
    before = dialogs._registry_keys_present()
    assert before == frozenset()
    reg.keys.update({TOP: {}, ORG: {}, FD: {}})  # what Qt leaves after its values were scrubbed
    dialogs._remove_new_empty_registry_keys(before)
    assert reg.keys == {}


def test_another_qt_apps_keys_and_values_are_kept(registry):
    reg = registry({TOP: {}, TOP + "\\OtherApp": {"x": 1}})
    before = dialogs._registry_keys_present()
    assert before == {TOP}
    reg.keys.update({ORG: {}, FD: {}})
    dialogs._remove_new_empty_registry_keys(before)
    assert reg.keys == {TOP: {}, TOP + "\\OtherApp": {"x": 1}}


def test_a_key_that_still_holds_values_is_never_deleted(registry):
    reg = registry({})
    before = dialogs._registry_keys_present()
    reg.keys.update({TOP: {}, ORG: {"sidebar": "other app"}, FD: {"lastVisited": "C:/other"}})
    dialogs._remove_new_empty_registry_keys(before)
    assert reg.keys == {TOP: {}, ORG: {"sidebar": "other app"}, FD: {"lastVisited": "C:/other"}}


def test_keys_that_were_there_before_are_left_even_if_empty(registry):
    reg = registry({TOP: {}, ORG: {}, FD: {}})
    before = dialogs._registry_keys_present()
    dialogs._remove_new_empty_registry_keys(before)
    assert set(reg.keys) == {TOP, ORG, FD}


def test_off_windows_nothing_is_touched(monkeypatch):
    monkeypatch.setattr(dialogs.sys, "platform", "linux")
    assert dialogs._winreg() is None
    assert dialogs._registry_keys_present() == frozenset()
    dialogs._remove_new_empty_registry_keys(frozenset())  # no error, nothing to do
