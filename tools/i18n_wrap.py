"""Wrap the user-visible strings the UI passes to widgets in Qt's translation call (re-runnable).

    python tools/i18n_wrap.py [--check] [FILES...]        (default: every file under src/iia_help/ui)

A string literal (or an f-string) given as the text of a widget (``QLabel("...")``, ``setText("...")``,
``setToolTip(...)``, ``addItem(...)`` and the like, see ``TEXT_CALLS``) becomes
``translate("Context", "...")``: the context is the enclosing class, else the module's name, so it stays stable
while the code around it changes. An f-string becomes ``translate("Context", "... {name} ...").format(name=...)``.
Strings already wrapped are left alone, so running it again changes nothing. ``--check`` changes nothing and lists
what would be wrapped (exit status 1 if anything): ``tests/test_i18n.py`` runs the same check, so a new unwrapped
text fails the tests. ``--update-ts`` then extracts every wrapped text with ``pyside6-lupdate`` into the template
``resources/translations/iia_help.ts`` and each language's ``iia_help_<code>.ts`` (translations kept)::

    .venv/bin/python tools/i18n_wrap.py && .venv/bin/ruff check --fix src
    .venv/bin/python tools/i18n_wrap.py --update-ts
"""

from __future__ import annotations

import argparse
import ast
import json
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
UI = REPO / "src" / "iia_help" / "ui"

#: Qt calls whose argument at the given index is text a person reads.
TEXT_CALLS: dict[str, tuple[int, ...]] = {
    # widgets made with their text
    "QLabel": (0,), "QPushButton": (0,), "QCheckBox": (0,), "QRadioButton": (0,), "QGroupBox": (0,),
    "QAction": (0,), "QMenu": (0,), "QListWidgetItem": (0,), "QProgressDialog": (0, 1),
    # setters
    "setText": (0,), "setWindowTitle": (0,), "setToolTip": (0,), "setAccessibleName": (0,),
    "setAccessibleDescription": (0,), "setPlaceholderText": (0,), "setStatusTip": (0,), "setTitle": (0,),
    "setWhatsThis": (0,), "setInformativeText": (0,), "setSuffix": (0,), "setPrefix": (0,),
    "setSpecialValueText": (0,), "setLabelText": (0,), "setCancelButtonText": (0,), "setHeaderLabels": (0,),
    "setHorizontalHeaderLabels": (0,), "setTabText": (1,), "setItemText": (1,),
    "addItem": (0,), "insertItem": (1,), "addTab": (1,), "addAction": (0,), "addRow": (0,),
    "addButton": (0,),
    # the app's own helpers whose parameter holding text is not named like one (see TEXT_PARAMS)
    "named": (1, 2), "_named": (1, 2), "passphrase_edit": (1,),
}
#: ``QMessageBox.warning(parent, title, text)`` and its siblings.
MESSAGE_BOX = {"warning": (1, 2), "information": (1, 2), "question": (1, 2), "critical": (1, 2)}
#: A call to a function defined in ui/ has the arguments for these parameters wrapped (by position or keyword).
TEXT_PARAMS = frozenset({
    "text", "title", "tip", "label", "description", "message", "note", "hint_text", "blank_text", "yes", "no",
    "purpose", "intro", "ok_text", "one", "many", "accessible", "name_filter", "heading",
})
#: Inside a function, text given to a variable of one of these names (``text = "..."``, ``info += "..."``).
TEXT_VARIABLES = frozenset({"text", "info", "warning", "message", "tip", "title", "label", "explain", "meta",
                            "note", "intro", "heading", "prefix", "body", "where"})
#: Lists of sentences joined into one text: ``parts.append("...")``.
TEXT_LISTS = frozenset({"parts", "ways", "lines", "items"})
TRANSLATE = "translate"
MAX_LINE = 120
IMPORT = "from iia_help.ui.i18n import translate\n"


def _words(text: str) -> bool:
    """Whether ``text`` has words a person reads: not a colour, a style sheet or markup alone."""
    if re.fullmatch(r"#[0-9a-fA-F]{3,8}", text) or "{{" in text or re.search(r";\s*}", text):
        return False
    return any(c.isalpha() for c in re.sub(r"<[^>]*>|&\w+;", "", text))


def _is_text(node: ast.AST) -> bool:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return _words(node.value)
    if isinstance(node, ast.JoinedStr):
        return _words("".join(v.value if isinstance(v, ast.Constant) else "{}" for v in node.values))
    return False


def _literal_text(node: ast.AST) -> str:
    if isinstance(node, ast.Constant):
        return node.value
    return "".join(v.value for v in node.values if isinstance(v, ast.Constant))


def _texts(node: ast.AST) -> list[ast.AST]:
    """The text literals an argument is made of: itself, either branch of ``a if c else b``, the parts of
    ``x or "y"`` and of ``"a" + b``, the items of a list or tuple."""
    if _is_text(node):
        return [node]
    if isinstance(node, ast.IfExp):
        return _texts(node.body) + _texts(node.orelse)
    if isinstance(node, ast.BoolOp):
        return [t for v in node.values for t in _texts(v)]
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):  # "Text: " + value
        return _texts(node.left) + _texts(node.right)
    if isinstance(node, ast.List | ast.Tuple):
        return [t for v in node.elts for t in _texts(v)]
    return []


def _call_name(call: ast.Call) -> str:
    f = call.func
    return f.attr if isinstance(f, ast.Attribute) else f.id if isinstance(f, ast.Name) else ""


Signature = tuple[list[str], set[str]]


def _signature(fn: ast.FunctionDef) -> Signature:
    names = [a.arg for a in (*fn.args.posonlyargs, *fn.args.args)]
    if names and names[0] in ("self", "cls"):
        names = names[1:]
    return names, {*names, *(a.arg for a in fn.args.kwonlyargs)}


def definitions(tree: ast.Module) -> dict[tuple[str, str], Signature]:
    """(class or "", name) -> signature of every function and method defined in ``tree``."""
    out: dict[tuple[str, str], Signature] = {}

    def visit(node: ast.AST, cls: str) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.ClassDef):
                visit(child, child.name)
            elif isinstance(child, ast.FunctionDef):
                out.setdefault((cls if isinstance(node, ast.ClassDef) else "", child.name), _signature(child))
                visit(child, cls)
            else:
                visit(child, cls)

    visit(tree, "")
    return out


_UI_DEFS: dict[str, list[Signature]] | None = None


def _ui_definitions() -> dict[str, list[Signature]]:
    """name -> signatures of every function of that name in ui/ (a call elsewhere resolves only if they agree)."""
    global _UI_DEFS
    if _UI_DEFS is None:
        _UI_DEFS = {}
        for path in sorted(UI.rglob("*.py")):
            for (_cls, name), sig in definitions(ast.parse(path.read_text("utf-8"))).items():
                if sig not in _UI_DEFS.setdefault(name, []):
                    _UI_DEFS[name].append(sig)
    return _UI_DEFS


def find(tree: ast.Module) -> list[tuple[ast.AST, str]]:
    """(string node, context) for every unwrapped text argument."""
    found: list[tuple[ast.AST, str]] = []
    local = definitions(tree)

    def signature(call: ast.Call, cls: str) -> Signature | None:
        name = _call_name(call)
        if not name or name in TEXT_CALLS:
            return None
        f = call.func
        if isinstance(f, ast.Attribute) and isinstance(f.value, ast.Name) and f.value.id == "self" \
                and (cls, name) in local:
            return local[(cls, name)]
        if isinstance(f, ast.Name) and ("", name) in local:
            return local[("", name)]
        if isinstance(f, ast.Attribute) and name == "__init__":
            return None  # super().__init__(...): keywords only, below
        sigs = _ui_definitions().get(name, [])
        if len(sigs) == 1 and not (isinstance(f, ast.Attribute) and not (isinstance(f.value, ast.Name)
                                                                         and f.value.id == "self")):
            return sigs[0]
        return None

    def visit(node: ast.AST, context: str, in_function: bool) -> None:
        if isinstance(node, ast.ClassDef):
            context = node.name
        if isinstance(node, ast.Call):
            name = _call_name(node)
            args: list[ast.AST] = []
            indices = TEXT_CALLS.get(name, ())
            if isinstance(node.func, ast.Attribute) and isinstance(node.func.value, ast.Name) \
                    and node.func.value.id == "QMessageBox":
                indices = MESSAGE_BOX.get(name, indices)
            args += [node.args[i] for i in indices if i < len(node.args)]
            if name in ("addItem", "addAction") and len(node.args) > 1 and not _texts(node.args[0]):
                args.append(node.args[1])  # addItem(icon, "text")
            sig = signature(node, context)
            if sig is not None:
                positional, known = sig
                args += [a for a, p in zip(node.args, positional, strict=False) if p in TEXT_PARAMS]
                args += [k.value for k in node.keywords if k.arg in TEXT_PARAMS and k.arg in known]
            elif name == "__init__":
                args += [k.value for k in node.keywords if k.arg in TEXT_PARAMS]
            for arg in args:
                found.extend((t, context) for t in _texts(arg))
        if in_function and isinstance(node, ast.Return) and node.value is not None:
            # a function that returns a sentence (an identifier such as "notes" has no space: left alone)
            found.extend((t, context) for t in _texts(node.value) if " " in _literal_text(t).strip())
        if isinstance(node, ast.Call) and _call_name(node) == "append" and isinstance(node.func, ast.Attribute) \
                and isinstance(node.func.value, ast.Name) and node.func.value.id in TEXT_LISTS and node.args:
            found.extend((t, context) for t in _texts(node.args[0]))
        if in_function and isinstance(node, ast.Assign | ast.AugAssign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            if any(isinstance(t, ast.Name) and t.id in TEXT_VARIABLES for t in targets) and node.value is not None:
                found.extend((t, context) for t in _texts(node.value))
        for child in ast.iter_child_nodes(node):
            visit(child, context, in_function or isinstance(node, ast.FunctionDef))

    visit(tree, "", False)
    seen: set[int] = set()
    return [(n, c) for n, c in found if not (id(n) in seen or seen.add(id(n)))]


def _fstring(node: ast.JoinedStr, src: str) -> tuple[str, list[tuple[str, str]]]:
    """An f-string as (template, [(name, expression source)]) for str.format."""
    parts: list[str] = []
    args: list[tuple[str, str]] = []
    for v in node.values:
        if isinstance(v, ast.Constant):
            parts.append(v.value.replace("{", "{{").replace("}", "}}"))
            continue
        assert isinstance(v, ast.FormattedValue)
        expr = ast.get_source_segment(src, v.value) or ast.unparse(v.value)
        name = v.value.id if isinstance(v.value, ast.Name) else None
        if name is None or any(n == name and e != expr for n, e in args):
            name = f"v{len(args)}"
        if (name, expr) not in args:
            args.append((name, expr))
        conv = {115: "!s", 114: "!r", 97: "!a"}.get(v.conversion, "")
        spec = ""
        if v.format_spec is not None:
            spec = ":" + "".join(c.value for c in v.format_spec.values if isinstance(c, ast.Constant))
        parts.append("{" + name + conv + spec + "}")
    return "".join(parts), args


def _chunks(text: str, width: int) -> list[str]:
    """``text`` cut after spaces into pieces of at most about ``width`` characters (joined again by Python;
    every space kept, leading and trailing ones too)."""
    out, cur = [], ""
    for token in re.findall(r"[^ ]+ *| +", text):
        if cur and len(json.dumps(cur + token, ensure_ascii=False)) > width:
            out.append(cur)
            cur = token
        else:
            cur += token
    out.append(cur)
    return out


def wrap(path: Path) -> int:
    src = path.read_text("utf-8")
    tree = ast.parse(src)
    context_default = path.stem
    edits = []
    lines = src.splitlines(keepends=True)
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line))

    def pos(lineno: int, col: int) -> int:
        return offsets[lineno - 1] + len(lines[lineno - 1].encode("utf-8")[:col].decode("utf-8", "replace"))

    found = find(tree)
    spans = [(n.lineno, n.col_offset, n.end_lineno, n.end_col_offset) for n, _c in found]

    def nested(n: ast.AST) -> bool:  # inside another text (a literal inside an f-string's {...}): next round
        me = (n.lineno, n.col_offset, n.end_lineno, n.end_col_offset)
        return any(s != me and s[:2] <= me[:2] and me[2:] <= s[2:] for s in spans)

    for node, context in found:
        if nested(node):
            continue
        ctx = context or context_default
        start, end = pos(node.lineno, node.col_offset), pos(node.end_lineno, node.end_col_offset)
        line_start = offsets[node.lineno - 1]
        col = start - line_start
        if isinstance(node, ast.Constant):
            new = f'{TRANSLATE}("{ctx}", {src[start:end]})'
            first = src[line_start:start] + new.split("\n", 1)[0]
            if len(first) > MAX_LINE:  # the text on its own line, where it was: no line gets longer
                new = f'{TRANSLATE}(\n{" " * col}"{ctx}",\n{" " * col}{src[start:end]})'
        else:
            template, args = _fstring(node, src)
            fmt = ", ".join(f"{n}={e}" for n, e in args)
            chunks = _chunks(template, max(40, MAX_LINE - col - 4))
            quoted = f"\n{' ' * col}".join(json.dumps(c, ensure_ascii=False) for c in chunks)
            new = f'{TRANSLATE}("{ctx}", {quoted}).format({fmt})'
            if len(chunks) > 1 or len(src[line_start:start] + new) > MAX_LINE:
                new = f'{TRANSLATE}(\n{" " * col}"{ctx}",\n{" " * col}{quoted},\n{" " * col}).format({fmt})'
        edits.append((start, end, new))
    if not edits:
        return 0
    for start, end, new in sorted(edits, reverse=True):
        src = src[:start] + new + src[end:]
    src = _fold_long_lines(src)
    if IMPORT.strip() not in src:
        src = _add_import(src)
    path.write_text(src, "utf-8")
    return len(edits)


def _bracket_starts(src: str) -> dict[tuple[int, int], int]:
    """(row, column) where each token starts -> how many brackets are open there."""
    import io
    import tokenize

    out, depth = {}, 0
    for tok in tokenize.generate_tokens(io.StringIO(src).readline):
        out[tok.start] = depth
        if tok.type == tokenize.OP and tok.string in "([{":
            depth += 1
        elif tok.type == tokenize.OP and tok.string in ")]}":
            depth -= 1
    return out


def _fold_long_lines(src: str) -> str:
    """Break each line the wrapping made too long, inside brackets (where Python lets a line break): before the
    last ``translate(`` that fits, else after the last comma that fits (only where a token starts, never inside a
    string)."""
    for _ in range(1000):
        lines = src.splitlines(keepends=True)
        starts = _bracket_starts(src)
        for row, line in enumerate(lines, start=1):
            if len(line.rstrip("\n")) <= MAX_LINE:
                continue
            indent = len(line) - len(line.lstrip(" "))
            cuts = [i for i in range(indent + 1, MAX_LINE) if line.startswith(f"{TRANSLATE}(", i)]
            cuts += [i + 2 for i in range(indent + 1, MAX_LINE - 2) if line.startswith(", ", i)]
            good = [c for c in cuts if starts.get((row, c), 0) > 0 and line[:c].strip()]
            if good:
                cut = max(good)
                lines[row - 1] = line[:cut].rstrip() + "\n" + " " * (indent + 4) + line[cut:].lstrip()
                src = "".join(lines)
                break
        else:
            return src
    return src


def _add_import(src: str) -> str:
    tree = ast.parse(src)
    last = 0
    for node in tree.body:
        if isinstance(node, ast.ImportFrom | ast.Import):
            last = node.end_lineno
        elif last and not isinstance(node, ast.Expr):
            break
    lines = src.splitlines(keepends=True)
    lines.insert(last, IMPORT)
    return "".join(lines)


def unwrapped(paths: list[Path]) -> list[str]:
    out = []
    for path in paths:
        src = path.read_text("utf-8")
        for node, _ctx in find(ast.parse(src)):
            first = ast.get_source_segment(src, node).splitlines()[0]
            out.append(f"{path.relative_to(REPO)}:{node.lineno}: {first[:70]}")
    return out


TRANSLATIONS = REPO / "resources" / "translations"


def ts_files() -> list[Path]:
    """The template and one file per language the app knows (``iia_help.language.LANGUAGES``, English aside)."""
    sys.path.insert(0, str(REPO / "src"))
    from iia_help.language import DEFAULT, LANGUAGES

    return [TRANSLATIONS / "iia_help.ts", *(TRANSLATIONS / f"iia_help_{c}.ts" for c in LANGUAGES if c != DEFAULT)]


CORE_TEXTS = UI / "core_text_list.py"
_CORE_HEAD = '''"""Texts the Qt-free core gives the UI to show, marked for Qt's translation template (the core
cannot import Qt). Written by ``tools/i18n_wrap.py --update-ts`` from the core's tables; do not edit it by hand.
The UI shows each through ``ui/core_texts.py`` (context "core"); tests/test_i18n.py fails when this list is out of
date."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

TEXTS = (
'''
_CORE_TAIL = ")\n"


def core_texts() -> list[str]:
    """Every text of the core's tables the UI shows: places, needs, ages, kinds of entry, the evidence checklist's
    lines (the strings of its ``Item(...)`` calls and its module-level sentences)."""
    sys.path.insert(0, str(REPO / "src"))
    from iia_help import contacts, first_help, guidance, journal, region_guess, worker_mode
    from iia_help.export import identifiers
    from iia_help.vault import custody

    out: list[str] = []
    for table in (contacts.REGIONS, contacts.NEEDS, contacts.AGES, guidance.REGION_NAMES, journal.KIND_LABELS,
                  region_guess.COUNTRY_NAMES, guidance.SHORT_PLACE_NAMES, custody.EVENTS, identifiers.KIND_TITLES):
        out += table.values()
    out += [label for label, _code in first_help.EMERGENCY_COUNTRIES]
    out += worker_mode.GUEST_FORGETS
    src = (REPO / "src" / "iia_help" / "evidence_checklist.py").read_text("utf-8")
    for node in ast.walk(ast.parse(src)):
        values: list[ast.AST] = []
        if isinstance(node, ast.Call) and _call_name(node) == "Item":
            values = [*node.args[1:], *(k.value for k in node.keywords)]
        elif isinstance(node, ast.Assign | ast.Return) and node.value is not None:
            values = [node.value]
        for v in values:
            out += [t.value for t in _texts(v) if isinstance(t, ast.Constant) and " " in t.value.strip()]
    return list(dict.fromkeys(t for t in out if t.strip()))


def write_core_texts() -> bool:
    """Rewrite ui/core_text_list.py; True if it changed."""
    lines = [f"    QT_TRANSLATE_NOOP(\"core\", {json.dumps(t, ensure_ascii=False)})," for t in core_texts()]
    body = "".join(line + ("  # noqa: E501" if len(line) > MAX_LINE else "") + "\n"
                   for line in lines)
    new = _CORE_HEAD + body + _CORE_TAIL
    old = CORE_TEXTS.read_text("utf-8") if CORE_TEXTS.exists() else ""
    if new != old:
        CORE_TEXTS.write_text(new, "utf-8")
    return new != old


def lupdate_sources() -> list[Path]:
    """Every module whose texts go into the template: the UI's (``translate("Context", ...)``) and the core's
    (``texts(language).translate("Context", ...)`` and ``QT_TRANSLATE_NOOP``, read by ``iia_help.catalog``)."""
    return sorted((REPO / "src" / "iia_help").rglob("*.py"))


def update_ts() -> int:
    """Every wrapped text into the template and each language's file (new texts added untranslated, texts no longer
    in the code dropped, translations kept): PySide6's lupdate."""
    import subprocess

    import PySide6

    lupdate = Path(PySide6.__file__).parent / ("lupdate.exe" if sys.platform == "win32" else "lupdate")
    sources = [str(p) for p in lupdate_sources()]
    write_core_texts()
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    for ts in ts_files():
        code = "" if ts.stem == "iia_help" else ts.stem.removeprefix("iia_help_")
        lang = ["-target-language", code] if code else []
        kept = plural_translations(ts.read_text("utf-8")) if ts.exists() else {}
        subprocess.run([str(lupdate), *sources, "-no-obsolete", "-locations", "none", "-silent", *lang,
                        "-ts", str(ts)], check=True)
        # lupdate reads the code's "#:" comments as notes to translators: they are notes to programmers
        text = ts.read_text("utf-8")
        text = re.sub(r"\n *<extracomment>.*?</extracomment>", "", text, flags=re.S)
        ts.write_text(mark_plurals(text, code, kept), "utf-8")
        print(ts.relative_to(REPO))
    return 0


_MESSAGE = re.compile(r"<message[^>]*>.*?</message>", re.S)
_CONTEXT = re.compile(r"<context>.*?</context>", re.S)


def _messages_of(text: str):
    """(context name, source, message XML, its span) for each message of a .ts text."""
    import html

    for ctx in _CONTEXT.finditer(text):
        name = html.unescape(re.search(r"<name>(.*?)</name>", ctx.group(0), re.S).group(1))
        for msg in _MESSAGE.finditer(ctx.group(0)):
            source = html.unescape(re.search(r"<source>(.*?)</source>", msg.group(0), re.S).group(1))
            yield name, source, msg.group(0), (ctx.start() + msg.start(), ctx.start() + msg.end())


def plural_translations(text: str) -> dict[tuple[str, str], tuple[str, list[str]]]:
    """Each plural text's translation (its type attribute and forms) in a .ts text, before lupdate (which knows
    no plurals in Python code) turns it into a plain one."""
    import html

    out = {}
    for name, source, msg, _span in _messages_of(text):
        if "%n" not in source:
            continue
        tr = re.search(r"<translation([^>]*?)(?:/>|>(.*?)</translation>)", msg, re.S)
        if tr is None:
            continue
        forms = [html.unescape(f) for f in re.findall(r"<numerusform>(.*?)</numerusform>", tr.group(2) or "", re.S)]
        if not forms and (tr.group(2) or "").strip():
            forms = [html.unescape(tr.group(2))]
        out[(name, source)] = (tr.group(1), forms)
    return out


def mark_plurals(text: str, code: str, kept: dict[tuple[str, str], tuple[str, list[str]]]) -> str:
    """Every text with ``%n`` (``translate(context, "%n entries", "%n entry", n)``) as a plural message, with one
    form per plural category of the language (``i18n.PLURAL_FORMS``); forms translated before are kept."""
    from xml.sax.saxutils import escape

    sys.path.insert(0, str(REPO / "src"))
    from iia_help.ui.i18n import PLURAL_FORMS

    count = PLURAL_FORMS.get(code, 2)
    out, at = [], 0
    for name, source, msg, (start, end) in _messages_of(text):
        if "%n" not in source:
            continue
        attrs, forms = kept.get((name, source), (' type="unfinished"', []))
        forms = (forms + [""] * count)[:count] if forms else [""] * count
        if not code:  # the template: no translations
            attrs, forms = ' type="unfinished"', [""] * count
        indent = re.search(r"\n( *)<translation", msg)
        pad = indent.group(1) if indent else "        "
        body = "".join(f"\n{pad}    <numerusform>{escape(f)}</numerusform>" for f in forms)
        new = re.sub(r"^<message[^>]*>", '<message numerus="yes">', msg)
        new = re.sub(r"<translation[^>]*?(?:/>|>.*?</translation>)",
                     lambda _m, a=attrs, b=body, p=pad: f"<translation{a}>{b}\n{p}</translation>", new, count=1,
                     flags=re.S)
        out += [text[at:start], new]
        at = end
    return "".join(out) + text[at:]


def ui_files() -> list[Path]:
    """Every UI module whose texts are wrapped (not the translation machinery itself)."""
    return sorted(p for p in UI.rglob("*.py") if p.name not in ("i18n.py", "core_texts.py", "core_text_list.py"))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true", help="change nothing; list texts left to wrap")
    ap.add_argument("--update-ts", action="store_true", help="refresh resources/translations/*.ts (lupdate)")
    ap.add_argument("files", nargs="*", type=Path)
    args = ap.parse_args(argv)
    if args.update_ts:
        return update_ts()
    paths = [p.resolve() for p in args.files] or ui_files()
    if args.check:
        left = unwrapped(paths)
        print("\n".join(left))
        return 1 if left else 0
    total = 0
    for p in paths:
        while n := wrap(p):  # a text inside another's {...} is wrapped in a second round
            total += n
    print(f"wrapped {total} strings")
    return 0


if __name__ == "__main__":
    sys.exit(main())
