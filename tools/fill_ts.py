"""Fill a language's .ts file from a draft (tools/ts_drafts/<code>.json: a list of {context, source, translation};
also <code>.<part>.json, e.g. <code>.core.json: the report's, verify-bundle's and the core's messages).

    .venv/bin/python tools/fill_ts.py cy      # fills resources/translations/iia_help_cy.ts in place

Only messages whose context and English source match exactly are filled; each stays type="unfinished" (machine-
assisted, not yet checked by an adviser: docs/translation.md). A draft line is refused if its placeholders ({v0}),
numbers of two or more digits or HTML tags differ from the English. A plural text (``%n``) takes a list, one form
per plural category of the language (Welsh 5, Polish 3, Urdu 2: ``iia_help.ui.i18n.plural_form``), each with
``%n``. The file's layout is kept (text edit, not a
rewrite), so the diff shows only the translations.
"""

from __future__ import annotations

import html
import json
import re
import sys
from pathlib import Path
from xml.sax.saxutils import escape

REPO = Path(__file__).resolve().parents[1]


def _same(pattern: str, a: str, b: str) -> bool:
    return sorted(re.findall(pattern, a)) == sorted(re.findall(pattern, b))


def _same_marks(source: str, text: str) -> bool:
    return all(_same(p, source, text) for p in (r"\{[^}]*\}", r"\d{2,}", r"<[^>]+>"))


def fill(ts_text: str, draft: dict[tuple[str, str], str]) -> tuple[str, int, list[str]]:
    filled, refused = 0, []

    def context(match: re.Match) -> str:
        nonlocal filled
        block = match.group(0)
        name = html.unescape(re.search(r"<name>(.*?)</name>", block, re.S).group(1))

        def message(mm: re.Match) -> str:
            nonlocal filled
            msg = mm.group(0)
            source = html.unescape(re.search(r"<source>(.*?)</source>", msg, re.S).group(1))
            text = draft.get((name, source))
            if text is None:
                return msg
            forms = re.findall(r"<numerusform>", msg)
            if forms:  # a plural text: a list of forms, one per plural category of the language
                ok = isinstance(text, list) and len(text) == len(forms) and all(
                    "%n" in t and _same_marks(source, t) for t in text)
            else:
                ok = isinstance(text, str) and _same_marks(source, text)
            if not ok:
                refused.append(f"{name}: {source[:60]!r}")
                return msg
            filled += 1
            if forms:
                pad = re.search(r"\n( *)<numerusform>", msg).group(1)
                body = "".join(f"\n{pad}<numerusform>{escape(t)}</numerusform>" for t in text) + "\n" + pad[4:]
            else:
                body = escape(text, {'"': "&quot;", "'": "&apos;"})
            return re.sub(r"<translation[^>]*?(?:/>|>.*?</translation>)",
                          lambda _t: f'<translation type="unfinished">{body}</translation>', msg, count=1, flags=re.S)

        return re.sub(r"<message.*?</message>", message, block, flags=re.S)

    return re.sub(r"<context>.*?</context>", context, ts_text, flags=re.S), filled, refused


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__)
        return 2
    code = argv[0]
    drafts = REPO / "tools" / "ts_drafts"
    rows = [row for path in [drafts / f"{code}.json", *sorted(drafts.glob(f"{code}.*.json"))] if path.is_file()
            for row in json.loads(path.read_text(encoding="utf-8"))]
    draft = {(r["context"], r["source"]): r["translation"] for r in rows}
    path = REPO / "resources" / "translations" / f"iia_help_{code}.ts"
    text, filled, refused = fill(path.read_text(encoding="utf-8"), draft)
    path.write_text(text, encoding="utf-8")
    print(f"{path.name}: {filled} filled from {len(rows)} draft lines; {len(refused)} refused")
    for line in refused:
        print("  refused", line)
    return 1 if refused else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
