"""``verify-bundle PATH [--fingerprint HEX] [--journal-id ID] [--language CODE]``: re-check an evidence bundle and
say exactly what does not match, and check the journal's signature.

Exit codes: 0 everything matches (and, with --fingerprint, the bundle's fingerprint is the one given; with
--journal-id, the bundle is signed by that journal);
1 something does not match (named in the output); 2 the bundle could not be read at all; 3 an older bundle
(format 1) whose covered files match, but whose report.pdf and README.txt were never covered by its fingerprint.
Needs no Qt and no display. Everything printed is escaped: no name from a bundle can reach the terminal raw.
The lines are in the computer's language (``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES``, ``LANG``; Windows' UI language),
or ``--language CODE`` (en, cy, pl, ur); the exit codes and the fingerprints printed are the same in every language.
"""

from __future__ import annotations

import argparse
import sys

from iia_help.language import DEFAULT, LANGUAGES, normalise, system_language


def _language(value: str) -> str:
    code = normalise(value)
    if code is None:
        raise argparse.ArgumentTypeError(f"{value[:40]!r} is not a language this app has; use one of: "
                                         + ", ".join(LANGUAGES))
    return code


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
    p.add_argument("--language", metavar="CODE", type=_language,
                   help="say it in this language (default: the computer's): " + ", ".join(LANGUAGES))
    args = p.parse_args(argv)
    from iia_help.export.verify import verify_bundle

    report = verify_bundle(args.path, fingerprint=args.fingerprint, journal_id=args.journal_id)
    text = report.summary(args.language or system_language() or DEFAULT) + "\n"
    try:
        sys.stdout.write(text)
    except UnicodeEncodeError:  # a console that cannot show every character in a file name
        sys.stdout.write(text.encode("ascii", "backslashreplace").decode("ascii"))
    sys.stdout.flush()
    return report.exit_code
