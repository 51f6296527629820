"""Command line: ``iia-help [--data-dir PATH] [--portable] [--version] [--self-test]`` and
``iia-help verify-bundle PATH [--fingerprint HEX] [--journal-id ID]``.

Kept free of heavy imports: Qt and the crypto libraries load only once the chosen command needs them, so the
first window shows quickly.
"""

from __future__ import annotations

import argparse
import sys

from iia_help import __version__


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
    p.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    p.add_argument(
        "--self-test", action="store_true",
        help="start offscreen, check the core works, and exit 0 (pass) or 1 (fail)",
    )
    return p


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
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

    return run_app(paths, qt_args)
