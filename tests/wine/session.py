"""A journal session through the scripting API, run by Windows CPython (tests/test_windows_wine.py, under Wine).

    python session.py PICKED_FILE USB_FOLDER

Uses the default data folder (so paths.py's Windows answer is what runs). Steps: create a journal, add an entry
with the picked file (and two files whose names Windows reserves), save the settings twice (the second replaces
the first while another handle holds it open), lock, unlock, export a bundle to the "USB stick", verify it with
its fingerprint (and a tampered copy, and the unzipped folder), back up, delete the journal and restore the
backup, change the passphrase, then Remove everything. Prints ``STEP <name> <seconds> <detail>`` per step and
``SESSION OK`` at the end; any failure prints ``SESSION FAILED`` with the traceback.
"""

from __future__ import annotations

import faulthandler
import io
import os
import sys
import time
import traceback
import zipfile
from contextlib import redirect_stdout
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "src"))
faulthandler.dump_traceback_later(1800, exit=True)  # only a hang: prints its stack instead of stalling the run

PASS, NEW_PASS = "correct horse battery staple", "a different, longer passphrase 42"


def step(name: str, started: float, detail: str = "") -> None:
    print(f"STEP {name} {time.perf_counter() - started:.2f} {detail}".rstrip(), flush=True)


def check(ok: bool, what: str) -> None:
    if not ok:
        raise AssertionError(what)


def verify(path: Path, fingerprint: str | None) -> tuple[int, str]:
    from iia_help.cli import main

    out = io.StringIO()
    with redirect_stdout(out):
        code = main(["verify-bundle", str(path), *(["--fingerprint", fingerprint] if fingerprint else [])])
    return code, out.getvalue()


def session(picked: Path, usb: Path) -> None:
    from iia_help import fsutil
    from iia_help.export.bundle import export_bundle
    from iia_help.journal import Entry, Journal
    from iia_help.paths import DATA_DIR_NAME, resolve_paths
    from iia_help.settings import Settings, load_settings, save_settings
    from iia_help.vault import Vault, WrongPassphrase
    from iia_help.wipe import wipe_all

    check(sys.platform == "win32" and fsutil.WINDOWS, "not running as Windows")
    t = time.perf_counter()
    paths = resolve_paths()
    local = Path(os.environ["LOCALAPPDATA"])
    check(paths.data_dir == local / DATA_DIR_NAME, f"data folder {paths.data_dir} is not in {local}")
    paths.ensure_data_dir()
    step("data-folder", t, str(paths.data_dir))

    t = time.perf_counter()
    vault = Vault.create(paths.vault_file, PASS, calibrate=False)
    step("create", t)

    t = time.perf_counter()
    journal = Journal(vault)
    data = picked.read_bytes()
    entry_id = journal.add_entry(Entry(occurred_at=datetime.now(UTC), platform="Chat app", account="@someone",
                                       description="Threatened to share a picture unless I paid."))
    journal.attach(entry_id, picked.name, data)
    journal.attach(entry_id, "CON.png", b"reserved name on Windows")
    journal.attach(entry_id, "report.pdf.", b"trailing dot")
    step("entry-with-files", t, f"{len(data)} bytes")

    t = time.perf_counter()
    settings_path = paths.settings_file
    save_settings(settings_path, Settings(region="scotland"))
    held = open(settings_path, "rb")  # noqa: SIM115 - held open on purpose, like a scanner reading the file
    real_replace, denied = os.replace, []

    def replace_while_held(src, dst):
        try:
            real_replace(src, dst)
        except PermissionError:
            denied.append(dst)
            held.close()  # the other program lets go; the write tries again
            raise

    os.replace = replace_while_held
    try:
        save_settings(settings_path, Settings(region="wales"))
    finally:
        os.replace = real_replace
        held.close()
    check(load_settings(settings_path).region == "wales", "settings not replaced")
    step("settings-replaced-while-open", t, f"denied={len(denied)}")

    t = time.perf_counter()
    vault.close()
    step("lock", t)
    t = time.perf_counter()
    try:
        Vault.open(paths.vault_file, "wrong passphrase")
        raise AssertionError("a wrong passphrase opened the journal")
    except WrongPassphrase:
        pass
    vault = Vault.open(paths.vault_file, PASS)
    journal = Journal(vault)
    [entry] = journal.entries()
    check(journal.read_attachment(entry.attachments[0].id) == data, "the picked file came back changed")
    step("unlock", t)

    t = time.perf_counter()
    bundle = usb / "evidence.zip"
    result = export_bundle(journal, bundle)
    step("export-bundle", t, f"{bundle.stat().st_size} bytes, {result.pages} pages")

    t = time.perf_counter()
    code, text = verify(bundle, result.fingerprint)
    check(code == 0, f"verify-bundle said {code}: {text}")
    with zipfile.ZipFile(bundle) as z:
        names = z.namelist()
        z.extractall(usb / "unzipped")
    for name in names:
        stem = name.rsplit("/", 1)[-1].split(".")[0].upper()
        check(stem not in {"CON", "PRN", "AUX", "NUL"} and not name.endswith((".", " ")), f"unsafe name {name}")
    code_dir, text_dir = verify(usb / "unzipped", result.fingerprint)
    check(code_dir == 0, f"verify-bundle of the unzipped folder said {code_dir}: {text_dir}")
    tampered = usb / "tampered.zip"
    with zipfile.ZipFile(bundle) as src, zipfile.ZipFile(tampered, "w") as dst:
        for info in src.infolist():
            body = src.read(info)
            dst.writestr(info, body + b" " if info.filename.endswith("manifest.json") else body)
    code_bad, _ = verify(tampered, result.fingerprint)
    check(code_bad == 1, f"a tampered bundle gave {code_bad}")
    step("verify-bundle", t, f"fingerprint {result.fingerprint[:16]}..., tampered copy refused")

    t = time.perf_counter()
    backup = usb / "notes-backup.db"
    vault.backup_to(backup)
    vault.close()
    step("backup", t, f"{backup.stat().st_size} bytes")

    t = time.perf_counter()
    os.remove(paths.vault_file)
    Vault.restore_backup(backup, paths.vault_file, PASS)
    vault = Vault.open(paths.vault_file, PASS)
    restored = Journal(vault).entries()
    check([e.id for e in restored] == [entry_id], "the restored journal is not the one backed up")
    step("restore", t)

    t = time.perf_counter()
    vault.change_passphrase(PASS, NEW_PASS)
    vault.close()
    try:
        Vault.open(paths.vault_file, PASS)
        raise AssertionError("the old passphrase still opens the journal")
    except WrongPassphrase:
        pass
    Vault.open(paths.vault_file, NEW_PASS).close()
    step("change-passphrase", t)

    t = time.perf_counter()
    report = wipe_all(paths)
    check(report.ok and report.data_dir_removed, f"Remove everything: {report.summary(paths.data_dir)}")
    check(not paths.data_dir.exists(), "the data folder is still there")
    check(picked.read_bytes() == data, "the picked file was changed")
    step("remove-everything", t, f"{len(report.removed)} files removed")


def main() -> int:
    picked, usb = Path(sys.argv[1]), Path(sys.argv[2])
    try:
        session(picked, usb)
    except BaseException:  # noqa: BLE001 - the parent test reads this
        traceback.print_exc(file=sys.stdout)
        print("SESSION FAILED", flush=True)
        return 1
    print("SESSION OK", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
