"""Wrap the user-visible strings the UI passes to widgets in Qt's translation call (re-runnable).

    python tools/i18n_wrap.py [--check] [FILES...]        (default: every file under src/iia_help/ui)

A string literal (or an f-string) given as the text of a widget (``QLabel("...")``, ``setText("...")``,
``setToolTip(...)``, ``addItem(...)`` and the like, see ``TEXT_CALLS``) becomes
``translate("Context", "...")``: the context is the enclosing class, else the module's name, so it stays stable
while the code around it changes. An f-string becomes ``translate("Context", "... {name} ...").format(name=...)``.
Strings already wrapped are left alone, so running it again changes nothing. ``--check`` changes nothing and lists
what would be wrapped (exit status 1 if anything): ``tests/test_i18n.py`` runs the same check, so a new unwrapped
text fails the tests. ``pyside6-lupdate`` then extracts every wrapped string into the template::

    .venv/bin/pyside6-lupdate $(find src/iia_help/ui -name '*.py' | sort) -no-obsolete -locations none \
        -ts resources/translations/iia_help.ts
"""

from __future__ import annotations

import argparse
import ast
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
UI = REPO / "src" / "iia_help" / "ui"

#: Calls whose first argument (or the argument at the given index) is text a person reads.
TEXT_CALLS: dict[str, tuple[int, ...]] = {
    # widgets made with their text
    "QLabel": (0,), "QPushButton": (0,), "QCheckBox": (0,), "QRadioButton": (0,), "QGroupBox": (0,),
    "QAction": (0,), "QMenu": (0,),
    # setters
    "setText": (0,), "setWindowTitle": (0,), "setToolTip": (0,), "setAccessibleName": (0,),
    "setAccessibleDescription": (0,), "setPlaceholderText": (0,), "setStatusTip": (0,), "setTitle": (0,),
    "setInformativeText": (0,), "setSuffix": (0,), "setPrefix": (0,), "setSpecialValueText": (0,),
    "setLabelText": (0,), "setHeaderLabels": (0,), "setTabText": (1,), "setItemText": (1,),
    "addItem": (0,), "insertItem": (1,), "addTab": (1,), "addAction": (0,), "addRow": (0,),
    "addButton": (0,),
    # the app's own helpers that put text on screen
    "_note": (0,), "_say": (0,), "say": (0,), "set_error": (0,), "show_notice": (0,), "add_section": (0,),
    "named": (1, 2),
}
TRANSLATE = "translate"
MAX_LINE = 120
IMPORT = "from iia_help.ui.i18n import translate\n"


def _is_text(node: ast.AST) -> bool:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return any(c.isalpha() for c in node.value)
    if isinstance(node, ast.JoinedStr):
        return any(isinstance(v, ast.Constant) and any(c.isalpha() for c in v.value) for v in node.values)
    return False


def _call_name(call: ast.Call) -> str:
    f = call.func
    return f.attr if isinstance(f, ast.Attribute) else f.id if isinstance(f, ast.Name) else ""


def find(tree: ast.Module) -> list[tuple[ast.AST, str]]:
    """(string node, context) for every unwrapped text argument."""
    found: list[tuple[ast.AST, str]] = []

    def visit(node: ast.AST, context: str) -> None:
        if isinstance(node, ast.ClassDef):
            context = node.name
        if isinstance(node, ast.Call):
            name = _call_name(node)
            for i in TEXT_CALLS.get(name, ()):
                if i < len(node.args) and _is_text(node.args[i]):
                    # addItem(icon, "text"): the text is the second argument when the first is not text
                    found.append((node.args[i], context))
            if name in ("addItem", "addAction") and len(node.args) > 1 and not _is_text(node.args[0]) \
                    and _is_text(node.args[1]):
                found.append((node.args[1], context))
        for child in ast.iter_child_nodes(node):
            visit(child, context)

    visit(tree, "")
    return found


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
    """``text`` cut after spaces into pieces of at most about ``width`` characters (joined again by Python)."""
    out, cur = [], ""
    for word in text.split(" "):
        piece = word if not cur else " " + word
        if cur and len(json.dumps(cur + piece, ensure_ascii=False)) > width:
            out.append(cur + " ")
            cur = word
        else:
            cur += piece
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

    for node, context in find(tree):
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


def _fold_long_lines(src: str) -> str:
    """Break a line the wrapping made too long: before a ``translate(`` (always inside a call's brackets, where a
    line may break), or between the arguments of ``.format(``."""
    out = []
    for line in src.splitlines(keepends=True):
        while len(line.rstrip("\n")) > MAX_LINE:
            indent = len(line) - len(line.lstrip(" "))
            cut = line.rfind(f"{TRANSLATE}(", indent + 1, MAX_LINE)
            if cut <= indent or not line[:cut].rstrip().endswith((",", "(")):
                cut = line.rfind(", ", indent + 1, MAX_LINE) + 2 if ".format(" in line else -1
            if cut <= indent + 1:
                break
            out.append(line[:cut].rstrip() + "\n")
            line = " " * (indent + 4) + line[cut:].lstrip()
        out.append(line)
    return "".join(out)


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
            out.append(f"{path.relative_to(REPO)}:{node.lineno}: {ast.get_source_segment(src, node)[:70]}")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    ap.add_argument("files", nargs="*", type=Path)
    args = ap.parse_args(argv)
    paths = [p.resolve() for p in args.files] or sorted(p for p in UI.rglob("*.py") if p.name != "i18n.py")
    if args.check:
        left = unwrapped(paths)
        print("\n".join(left))
        return 1 if left else 0
    total = sum(wrap(p) for p in paths)
    print(f"wrapped {total} strings")
    return 0


if __name__ == "__main__":
    sys.exit(main())
