"""``iia-help verify-bundle PATH``: re-check an evidence bundle and say exactly what does not match."""

from __future__ import annotations

import argparse


def main(argv: list[str]) -> int:
    p = argparse.ArgumentParser(prog="iia-help verify-bundle",
                                description="Check that an evidence bundle's files match its manifest.")
    p.add_argument("path", help="the evidence bundle (.zip) to check")
    args = p.parse_args(argv)
    try:
        from iia_help.export import verify_bundle
    except ImportError:
        print("Bundle checking is not available in this version.")
        return 2
    report = verify_bundle(args.path)
    print(report.summary())
    return 0 if report.ok else 1
