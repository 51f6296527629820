"""Translators' helper for the contacts' descriptions (docs/translation.md, "Contacts").

    python tools/contact_translations.py cy             # each contact's state: current, stale, missing, broken
    python tools/contact_translations.py cy --todo      # JSON entries to translate: the English text and the hash

Paste an entry from --todo into resources/contacts/<code>.json under "contacts", translate its text fields (leave
out a field to keep it English, e.g. a service's own name) and keep "translated_from" as printed.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from iia_help.contacts import (  # noqa: E402
    TRANSLATABLE,
    contact_translation_report,
    english_sha256,
    load_contacts,
)


def main(argv: list[str]) -> int:
    if not argv or argv[0] in ("-h", "--help"):
        print(__doc__)
        return 0 if argv else 2
    code, todo = argv[0], "--todo" in argv[1:]
    directory = load_contacts()
    report = contact_translation_report(directory, code)
    if not todo:
        for status in report:
            print(f"{status.state:8} {status.contact_id}  {status.detail}".rstrip())
        return 0
    wanted = {s.contact_id for s in report if s.state in ("missing", "stale", "broken")}
    out = {}
    for contact in directory.contacts:
        if contact.id in wanted:
            entry = {"translated_from": english_sha256(contact)}
            entry.update({key: getattr(contact, attr) for key, attr in TRANSLATABLE.items() if getattr(contact, attr)})
            out[contact.id] = entry
    print(json.dumps(out, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
