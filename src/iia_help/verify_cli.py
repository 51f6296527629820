"""``verify-bundle PATH [--fingerprint HEX] [--journal-id ID]``: re-check an evidence bundle and say exactly what
does not match, and check the journal's signature.

Exit codes: 0 everything matches (and, with --fingerprint, the bundle's fingerprint is the one given; with
--journal-id, the bundle is signed by that journal);
1 something does not match (named in the output); 2 the bundle could not be read at all; 3 an older bundle
(format 1) whose covered files match, but whose report.pdf and README.txt were never covered by its fingerprint.
Needs no Qt and no display. Everything printed is escaped: no name from a bundle can reach the terminal raw.
"""

from __future__ import annotations

import argparse
import sys


def main(argv: list[str]) -> int:
    p = argparse.ArgumentParser(
        prog="verify-bundle",
        description="Check an evidence bundle against its fingerprint: nothing changed, missing or extra.",
        epilog="Exit codes: 0 matches; 1 does not match; 2 could not be read; 3 older format, report not covered.",
    )
    p.add_argument("path", help="the evidence bundle (.zip), or the folder it was unzipped into")
    p.add_argument("--fingerprint", metavar="HEX",
                   help="the bundle's fingerprint as noted when it was made (64 characters; spaces are fine)")
    p.add_argument("--journal-id", metavar="ID",
                   help="the journal ID noted from the app or an earlier export (24 characters; spaces are fine): "
                        "the bundle must be signed by that journal")
    args = p.parse_args(argv)
    from iia_help.export.verify import verify_bundle

    report = verify_bundle(args.path, fingerprint=args.fingerprint, journal_id=args.journal_id)
    text = report.summary() + "\n"
    try:
        sys.stdout.write(text)
    except UnicodeEncodeError:  # a console that cannot show every character in a file name
        sys.stdout.write(text.encode("ascii", "backslashreplace").decode("ascii"))
    sys.stdout.flush()
    return report.exit_code
