"""``iia-help --self-test``: start offscreen, exercise the core in a throwaway folder, exit 0 (pass) or 1.

Used on the frozen build by the packaging script, so it checks what a broken bundle would break: Qt's
platform plugin, the bundled resources, and the crypto libraries.
"""

from __future__ import annotations

import os
import tempfile
import traceback
from datetime import UTC
from pathlib import Path


def _check_window(data_dir: Path) -> str:
    from iia_help.context import AppContext
    from iia_help.paths import AppPaths
    from iia_help.ui.app import build_main_window, create_application, finish_start
    from iia_help.ui.panic import install_panic

    app = create_application([])
    ctx = AppContext.load(AppPaths(data_dir))
    window = build_main_window(ctx, first_frame=True)  # the way run_app starts: light first frame, then the rest
    ctrl = install_panic(app, window, ctx, watchdog=False, first_frame=True)
    window.show()
    app.processEvents()
    finish_start(window)
    ctrl.start_filtering()
    app.processEvents()
    if window.current_page_name() != "guidance" or not ctrl.filtering:
        raise RuntimeError("the first page or the panic filter did not start")
    for name in ("guidance", "contacts", "journal", "settings"):
        window.navigate(name)
        app.processEvents()
    window.hide()
    app.removeEventFilter(ctrl)
    window.deleteLater()
    app.processEvents()
    return "window opened the way the app starts, and every section was shown"


def _check_guidance() -> str:
    from iia_help.guidance import load_library

    lib = load_library()
    html = lib.render("home")
    if not html or not lib.search("evidence"):
        raise RuntimeError("guidance pages did not load")
    return f"{len(lib.pages)} guidance pages loaded and searched"


def _check_vault(data_dir: Path) -> str:
    from datetime import datetime

    from iia_help.journal import Entry, Journal
    from iia_help.vault import Vault

    path = data_dir / "selftest.db"
    vault = Vault.create(path, "self-test passphrase", calibrate=False)
    journal = Journal(vault)
    entry_id = journal.add_entry(Entry(occurred_at=datetime.now(UTC), description="self-test"))
    journal.attach(entry_id, "a.bin", b"\x00\x01" * 40000)
    vault.close()
    vault = Vault.open(path, "self-test passphrase")
    entries = Journal(vault).entries()
    ok = len(entries) == 1 and entries[0].description == "self-test" and entries[0].attachments[0].size == 80000
    vault.close()
    if not ok:
        raise RuntimeError("the vault did not read back what was written")
    return "vault created, written, reopened and read back"


def _check_strength() -> str:
    # zxcvbn is imported lazily by the passphrase meter; this proves a frozen build carries it.
    from zxcvbn import zxcvbn

    if zxcvbn("sam123sam123")["score"] >= 3 or zxcvbn("lamp river orange cloud")["score"] < 3:
        raise RuntimeError("the passphrase strength estimator gave unexpected scores")
    return "passphrase strength estimator (zxcvbn) works"


def run_self_test() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    failures = 0
    with tempfile.TemporaryDirectory(prefix="st-") as tmp:
        data_dir = Path(tmp)
        checks = [("guidance", _check_guidance), ("vault", lambda: _check_vault(data_dir)),
                  ("strength", _check_strength),
                  ("window", lambda: _check_window(data_dir))]
        for name, check in checks:
            try:
                print(f"ok   {name}: {check()}")
            except Exception:  # noqa: BLE001 - report every failure, keep going
                failures += 1
                print(f"FAIL {name}:")
                traceback.print_exc()
    print("self-test passed" if failures == 0 else f"self-test failed ({failures} problem(s))")
    return 0 if failures == 0 else 1
