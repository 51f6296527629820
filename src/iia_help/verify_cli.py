"""``iia-help verify-bundle PATH``: re-check an evidence bundle and say exactly what does not match.

Exit codes: 0 everything matches, 1 something does not match (named in the output), 2 the bundle could not be
read at all. Needs no Qt and no display.
"""

from __future__ import annotations

import argparse
import sys


def main(argv: list[str]) -> int:
    p = argparse.ArgumentParser(
        prog="iia-help verify-bundle",
        description="Check that an evidence bundle's files match its manifest and fingerprints.",
    )
    p.add_argument("path", help="the evidence bundle (.zip), or the folder it was unzipped into")
    args = p.parse_args(argv)
    from iia_help.export.verify import verify_bundle

    report = verify_bundle(args.path)
    try:
        print(report.summary())
    except UnicodeEncodeError:  # a console that cannot show every character in a file name
        sys.stdout.write(report.summary().encode("ascii", "backslashreplace").decode("ascii") + "\n")
    if report.ok:
        return 0
    return 2 if report.status == "unreadable" else 1
