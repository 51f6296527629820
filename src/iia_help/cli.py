"""Command line: ``iia-help [--data-dir PATH] [--portable] [--language CODE] [--version] [--self-test]`` and
``iia-help verify-bundle PATH [--fingerprint HEX] [--journal-id ID]``.

Kept free of heavy imports: Qt and the crypto libraries load only once the chosen command needs them, so the
first window shows quickly.
"""

from __future__ import annotations

import argparse
import sys

from iia_help import __version__


def _codes() -> tuple[str, ...]:
    from iia_help.language import LANGUAGES

    return LANGUAGES


def _language(value: str) -> str:
    from iia_help.language import normalise

    code = normalise(value)
    if code is None:
        raise argparse.ArgumentTypeError(
            f"{value[:40]!r} is not a language this app has; use one of: {', '.join(_codes())}"
        )
    return code


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="iia-help",
        description="Private, offline guidance and an encrypted notebook.",
    )
    p.add_argument("--data-dir", metavar="PATH", help="keep every file the app writes under PATH")
    p.add_argument(
        "--portable", action="store_true", default=None,
        help="keep data in a 'Data' folder beside the app (for a USB stick)",
    )
    p.add_argument(
        "--language", metavar="CODE", type=_language,
        help="speak this language now, without changing the saved choice: " + ", ".join(_codes()),
    )
    p.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    p.add_argument(
        "--self-test", action="store_true",
        help="start offscreen, check the core works, and exit 0 (pass) or 1 (fail)",
    )
    return p


#: What prints text and ends: these need a console when the Windows build (a window program) runs them.
_TEXT_COMMANDS = {"verify-bundle", "--self-test", "--version", "-h", "--help"}


def _open_console_output():  # replaced in tests
    return open("CONOUT$", "w", encoding="utf-8", errors="backslashreplace", buffering=1)  # noqa: SIM115


def attach_console(argv: list[str]) -> bool:
    """Windows: the built app is a window program, so Windows gives it no console and ``sys.stdout`` is None;
    what ``verify-bundle``, ``--self-test`` or ``--version`` printed went nowhere. For those commands, write to
    the console the app was started from (Command Prompt, PowerShell), if there is one. Returns whether it did."""
    if sys.platform != "win32" or sys.stdout is not None or not _TEXT_COMMANDS.intersection(argv[:1] + argv):
        return False
    import ctypes

    if not ctypes.WinDLL("kernel32").AttachConsole(-1):  # type: ignore[attr-defined]  # ATTACH_PARENT_PROCESS
        return False
    try:
        sys.stdout = sys.stderr = _open_console_output()
    except OSError:
        return False
    return True


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    attach_console(argv)
    if argv and argv[0] == "verify-bundle":
        from iia_help.verify_cli import main as verify_main

        return verify_main(argv[1:])
    args, qt_args = _parser().parse_known_args(argv)
    from iia_help.paths import resolve_paths

    paths = resolve_paths(args.data_dir, args.portable)
    if args.self_test:
        from iia_help.selftest import run_self_test

        return run_self_test(paths)  # works inside the chosen data folder, not the system temp folder
    from iia_help.ui.app import run_app

    return run_app(paths, qt_args, language=args.language or "")
