"""``iia-help --self-test``: start offscreen, exercise the core in a throwaway folder, exit 0 (pass) or 1.

Used on the frozen build by the packaging script, so it checks what a broken bundle would break: Qt's
platform plugin, the bundled resources, and the crypto libraries.

The throwaway folder is made inside the app's data folder (``--data-dir``, portable mode or the default), never
in the system temp folder, and removed afterwards; a data folder the test had to create is removed too.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
import traceback
from datetime import UTC
from pathlib import Path

from iia_help.fsutil import TEMP_PREFIX
from iia_help.paths import AppPaths


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


def _check_translations() -> str:
    """The core reads each language's .ts itself (iia_help.catalog): a frozen build must carry them."""
    from iia_help import catalog
    from iia_help.language import DEFAULT, LANGUAGES

    catalog.forget()
    codes = [code for code in LANGUAGES if code != DEFAULT]
    missing = [code for code in codes if catalog.text("report", "Incident record", code) == "Incident record"]
    if missing:
        raise RuntimeError(f"the core's texts could not be read in: {', '.join(missing)}")
    return "the core's texts (report, verify-bundle, messages) read in " + ", ".join(codes)


def _check_strength() -> str:
    # zxcvbn is imported lazily by the passphrase meter; this proves a frozen build carries it.
    from zxcvbn import zxcvbn

    if zxcvbn("sam123sam123")["score"] >= 3 or zxcvbn("lamp river orange cloud")["score"] < 3:
        raise RuntimeError("the passphrase strength estimator gave unexpected scores")
    return "passphrase strength estimator (zxcvbn) works"


def run_self_test(paths: AppPaths | None = None) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if paths is None:
        from iia_help.paths import resolve_paths

        paths = resolve_paths()
    failures = 0
    data_dir = Path(paths.data_dir)
    made_data_dir = not data_dir.exists()
    try:
        paths.ensure_data_dir()
        work = Path(tempfile.mkdtemp(prefix=TEMP_PREFIX + "st-", dir=data_dir))
    except OSError as exc:
        print(f"FAIL data folder: {data_dir} could not be used ({exc.strerror or exc})")
        print("self-test failed (1 problem(s))")
        return 1
    print(f"     working in {work}")
    try:
        checks = [("guidance", _check_guidance), ("vault", lambda: _check_vault(work)),
                  ("strength", _check_strength), ("translations", _check_translations),
                  ("window", lambda: _check_window(work))]
        for name, check in checks:
            try:
                print(f"ok   {name}: {check()}")
            except Exception:  # noqa: BLE001 - report every failure, keep going
                failures += 1
                print(f"FAIL {name}:")
                traceback.print_exc()
    finally:
        shutil.rmtree(work, ignore_errors=True)
        if made_data_dir:
            with contextlib.suppress(OSError):
                data_dir.rmdir()  # only if empty
    print("self-test passed" if failures == 0 else f"self-test failed ({failures} problem(s))")
    return 0 if failures == 0 else 1
