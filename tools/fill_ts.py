"""Copy draft UI translations into a language's .ts file (docs/translation.md, "Buttons, menus and dialogs").

    python tools/fill_ts.py tools/ui_drafts/ur.json resources/translations/iia_help_ur.ts

Each draft message is matched by its context and English text; a message whose English changed is left as it is
(untranslated), and listed. Translations stay marked unfinished until an adviser checks them. Run
``tools/i18n_wrap.py --update-ts`` afterwards to write the file in the usual layout.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__)
        return 2
    drafts = json.loads(Path(argv[0]).read_text(encoding="utf-8"))
    wanted = {(m["context"], m["source"]): m["translation"] for m in drafts["messages"]}
    tree = ET.parse(argv[1])  # noqa: S314 (the project's own .ts file, not outside data)
    filled = 0
    for context in tree.getroot().findall("context"):
        name = context.findtext("name")
        for message in context.findall("message"):
            text = wanted.get((name, message.findtext("source") or ""))
            if text is not None:
                message.find("translation").text = text
                filled += 1
    body = ET.tostring(tree.getroot(), encoding="unicode")
    Path(argv[1]).write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    print(f"{filled} messages filled; {len(wanted) - filled} drafts matched no message")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
