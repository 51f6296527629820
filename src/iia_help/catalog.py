"""The app's own texts in the reader's language, for the Qt-free core (the evidence report, ``verify-bundle``, the
core's messages): the same ``resources/translations/iia_help_<code>.ts`` files the windows use, read with the
standard library's XML parser.

Core code writes ``texts(language).translate("Context", "Text")`` (a call ``pyside6-lupdate`` recognises, so the
text lands in the template beside the UI's, see tools/i18n_wrap.py), or marks a module-level constant with
``QT_TRANSLATE_NOOP("Context", "Text")`` and shows it with ``text("Context", CONSTANT, language)``. A text with
parts is ``.translate("C", "{n} files").format(n=n)``. English (the source language), an unknown language, a
message not translated yet, and a broken, oversized or hostile file all give the English text: a translation
never stops the app. ``ui/i18n.TsTranslator`` reads the files with ``read_ts`` too.

Where the language is not known when a text is made (an exception's message, a problem found while checking a
bundle), core code writes ``translate("verify", "{name} is missing.").format(name=...)``: an English ``str`` that
remembers how it was made (``Said``), which ``render(text, language)`` (or ``message(exc, language)``) says again in
the reader's language when it is shown. Values that are themselves ``Said`` are put into that language too.

``"pseudo"`` (the developers' pseudo-locale) brackets and lengthens every text, as the windows do, so a report
shows at a glance which of its words escaped translation.

No Qt here.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from pathlib import Path

from iia_help.language import LRI, PDI, is_rtl, isolate_ltr
from iia_help.resources import resources_dir

__all__ = ["PSEUDO", "QT_TRANSLATE_NOOP", "ByLanguage", "Said", "Template", "Texts", "later", "message", "parse_ts",
           "pseudo", "read_ts", "render", "text", "texts", "translate", "ts_path"]

PSEUDO = "pseudo"
PSEUDO_OPEN, PSEUDO_CLOSE = "\u27e6", "\u27e7"  # ⟦ ⟧
MAX_TS_BYTES = 8 * 1024 * 1024  # the bundled files are about 150 KB; anything far larger is not ours
_MARKUP_ENDS = re.compile(r"^((?:<[^>]*>)*)(.*?)((?:</[^>]*>|\s)*)$", re.S)
_PLACEHOLDER = re.compile(r"(\{[A-Za-z_][A-Za-z0-9_]*\})")
_FIELD = re.compile(r"\{[^{}]*\}")
_lock = threading.Lock()
_tables: dict[str, dict[tuple[str, str], str | list[str]]] = {}


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 (the name lupdate looks for)
    """Marks ``source`` for the translation template (context ``context``); returns it unchanged."""
    return source


def parse_ts(data: bytes) -> tuple[dict[tuple[str, str], str | list[str]], str]:
    """(context, English text) -> translation, and the file's language, from the bytes of a Qt Linguist ``.ts``
    file: finished and unfinished translations alike (a translator sees their work at once); empty, obsolete and
    vanished ones are left out; a plural text is the list of its forms, only when every form is filled. Raises
    ``ValueError`` for anything that is not a plain, well-formed ``.ts`` file: too large, a document type that
    declares entities (expansion bombs, outside files), broken XML, another root."""
    from xml.etree import ElementTree

    if len(data) > MAX_TS_BYTES:
        raise ValueError("translation file too large")
    if re.search(rb"<!ENTITY|<!DOCTYPE[^>]*(?:\[|SYSTEM|PUBLIC)", data):
        raise ValueError("translation file declares entities")
    try:
        root = ElementTree.fromstring(data)  # noqa: S314 (size-checked, no entity declarations: see above)
    except ElementTree.ParseError as exc:
        raise ValueError(f"translation file is not well-formed XML ({exc})") from None
    if root.tag != "TS":
        raise ValueError("not a translation file")
    table: dict[tuple[str, str], str | list[str]] = {}
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            source, tr = msg.findtext("source"), msg.find("translation")
            if source is None or tr is None or tr.get("type") in ("obsolete", "vanished"):
                continue
            forms = [f.text or "" for f in tr.iter("numerusform")]
            if forms:  # a plural text: every form filled, or English
                if all(f.strip() for f in forms):
                    table[(name, source)] = forms
                continue
            translated = tr.text or ""
            if translated.strip():
                table[(name, source)] = translated
    return table, root.get("language") or ""


def read_ts(data: bytes) -> dict[tuple[str, str], str | list[str]]:
    """The translations of a ``.ts`` file (``parse_ts``)."""
    return parse_ts(data)[0]


def ts_path(language: str) -> Path:
    return resources_dir() / "translations" / f"iia_help_{language}.ts"


def _table(language: str) -> dict[tuple[str, str], str | list[str]]:
    """The language's translations, read once per process; empty when there are none or the file is broken."""
    with _lock:
        if language not in _tables:
            table: dict[tuple[str, str], str | list[str]] = {}
            if re.fullmatch(r"[a-z]{2,3}", language or "") and language != "en":
                try:
                    table = read_ts(ts_path(language).read_bytes())
                except (OSError, ValueError):
                    table = {}  # a missing or broken file: English
            _tables[language] = table
        return _tables[language]


def forget() -> None:
    """Read the files again on next use (a test, or a translator editing a file while the app runs)."""
    with _lock:
        _tables.clear()


def text(context: str, source: str, language: str) -> str:
    """``source`` (English) in ``language``; English when there is no translation."""
    if language == PSEUDO:
        return pseudo(source)
    out = _table(language).get((context, source), source)
    if isinstance(out, list):
        return source  # a plural text: the core words its texts so that none needs one
    if out is not source and sorted(_FIELD.findall(out)) != sorted(_FIELD.findall(source)):
        return source  # a translation that lost or misspelt a {placeholder} would break .format(): English
    return out


class Texts:
    """The app's texts in one language: ``texts("pl").translate("verify", "The bundle is intact.")``.

    ``isolate=True`` (for HTML drawn right to left, such as the Urdu report) wraps every number, address and
    identifier in a translated text in Unicode isolates, so it reads left to right inside right-to-left words
    (placeholders such as ``{n}`` are left as they are for ``.format``)."""

    def __init__(self, language: str = "en", *, isolate: bool = False) -> None:
        self.language = language or "en"
        self.rtl = is_rtl(self.language)
        self._isolate = isolate and self.rtl

    def translate(self, context: str, source: str) -> str:
        out = text(context, source, self.language)
        if self._isolate:
            out = "".join(p if _PLACEHOLDER.fullmatch(p) else isolate_ltr(p) for p in _PLACEHOLDER.split(out))
        return out

    def number(self, value: object) -> str:
        """A number (a count, a page) to fill into a translated text: left to right in right-to-left text."""
        return f"{LRI}{value}{PDI}" if self._isolate else str(value)


def texts(language: str = "en", *, isolate: bool = False) -> Texts:
    return Texts(language, isolate=isolate)


class Said(str):
    """A sentence made in English (``later.translate(...).format(...)``) that remembers how it was made, so that
    ``render`` can say it again in any language. It is a ``str``: code and tests that compare English still can."""

    context = source = ""
    values: dict[str, object] = {}  # noqa: RUF012 (replaced per instance)


class Template(Said):
    """An English text not yet filled in (``later.translate("verify", "{name} is missing.")``)."""

    def format(self, *args: object, **values: object) -> Said:  # noqa: A003 (str's own name)
        if args:
            raise TypeError("name every value: .format(name=...)")
        said = Said(str.format(self, **values))
        said.context, said.source, said.values = self.context, self.source, values
        return said


class ByLanguage(str):
    """A value whose words depend on the language (a size: "12 bytes", "12 bajtów"); English as a ``str``."""

    def __new__(cls, make: Callable[[str], str]) -> ByLanguage:
        out = super().__new__(cls, make("en"))
        out.make = make
        return out


class _Later:
    """``later.translate("Context", "Text")``: the English text now (``pyside6-lupdate`` reads the call, so it is in
    the template), to be put into the reader's language when it is shown (``render``). For messages made where
    the language is not known: an exception's message, a problem found while checking a bundle."""

    def translate(self, context: str, source: str) -> Template:
        out = Template(source)
        out.context, out.source, out.values = context, source, {}
        return out


later = _Later()


def translate(context: str, source: str) -> Template:
    """``source`` (English now) to be said in the reader's language when it is shown (``render``, ``message``).
    Core code writes ``translate("verify", "Text")``: the name ``pyside6-lupdate`` reads."""
    return later.translate(context, source)


def render(value: object, language: str) -> str:
    """``value`` in ``language``: a ``Said`` (or ``Template``) translated and filled in again (its values too); a
    ``ByLanguage`` value in that language; anything else as it is."""
    if isinstance(value, ByLanguage):
        return value.make(language)
    if isinstance(value, Said) and value.context:
        template = text(value.context, value.source, language)
        if isinstance(value, Template):
            return template
        values = {k: render(v, language) if isinstance(v, str) else v for k, v in value.values.items()}
        try:
            return template.format(**values)
        except (KeyError, IndexError, ValueError):
            return str(value)  # a translation whose placeholders do not fit: the English
    return str(value)


def message(exc: BaseException, language: str) -> str:
    """An exception's message (``later.translate(...)`` in the core) in ``language``."""
    if exc.args and isinstance(exc.args[0], Said):
        return render(exc.args[0], language)
    return str(exc)


def pseudo(source: str) -> str:
    """``source`` bracketed and padded to about 1.4 times its length; inside any markup that opens and closes it
    (``<h1>⟦Settings··⟧</h1>``)."""
    pad = "\u00b7" * max(1, round(len(_visible(source)) * 0.4))  # · middle dots
    lead, body, trail = _MARKUP_ENDS.match(source).groups()
    return f"{lead}{PSEUDO_OPEN}{body}{pad}{PSEUDO_CLOSE}{trail}"


def _visible(source: str) -> str:
    out, tag = [], False
    for c in source:
        if c == "<":
            tag = True
        elif c == ">":
            tag = False
        elif not tag:
            out.append(c)
    return "".join(out)
