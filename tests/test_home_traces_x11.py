"""Nothing appears in a fresh home folder (issue 27 item 10), on a real X11 display (slow).

The app ran in a home folder nobody had used: an empty ``~/.config/`` appeared once a file dialog had been used
(Qt makes it to save the dialog's history, which the app then removed, leaving the folder), and
``~/.dbus/session-bus/<id>`` on the first start (with no D-Bus session in the environment, libdbus started one
with dbus-launch for Qt's accessibility check). The test starts the app with a fresh home, no XDG folders and no
session bus, uses a file dialog, quits, and lists what appeared.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from test_calm_x11 import App, _needs_x, private_display

pytestmark = pytest.mark.slow


def listing(root: Path) -> list[str]:
    return sorted(str(p.relative_to(root)) for p in root.rglob("*"))


def test_a_fresh_home_folder_stays_empty(tmp_path):
    _needs_x()
    home = tmp_path / "home"
    home.mkdir()
    data = tmp_path / "usb" / "data"  # the data folder is chosen outside home: home must stay as it was
    data.mkdir(parents=True)
    env = {k: v for k, v in os.environ.items()
           if k not in ("DBUS_SESSION_BUS_ADDRESS", "XDG_RUNTIME_DIR", "XDG_CONFIG_HOME", "XDG_DATA_HOME",
                        "XDG_CACHE_HOME", "XDG_STATE_HOME", "AT_SPI_BUS_ADDRESS")}
    env.update(HOME=str(home), PYTHONPATH=str(Path(__file__).resolve().parents[1] / "src"), QT_QPA_PLATFORM="xcb",
               TMPDIR=str(tmp_path))
    with private_display() as display:
        env["DISPLAY"] = display
        app = App(data, env)
        try:
            app.wait_ready()
            assert json.loads(app.ask("bus", "BUS")) == "disabled:"  # no bus to start, so none is started
            app.ask("file-dialog", "DIALOG-CLOSED")
            app.ask("file-dialog", "DIALOG-CLOSED")
        finally:
            app.close()
        assert app.proc.returncode == 0
        assert listing(home) == []  # not ~/.config, not ~/.dbus/session-bus/<id>, nothing

