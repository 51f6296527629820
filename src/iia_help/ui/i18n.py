"""Every text a person reads goes through Qt's translation system.

UI code writes ``translate("Context", "Text")`` (a name ``pyside6-lupdate`` recognises), with the enclosing class
(or the module) as a stable context; ``tools/i18n_wrap.py`` wraps new literals and ``tests/test_i18n.py`` fails on
any left unwrapped. A text built from parts is ``translate("Context", "{n} files").format(n=n)``; facts (phone
numbers, addresses, names from resources/contacts.json) are never passed through it.

``install_language(app, code)`` is the one place a language goes on: ``resources/translations/iia_help_<code>.qm``
in the frozen build (compiled by ``pyside6-lrelease`` in packaging/iia-help.spec), else the ``.ts`` file itself,
read here (a run from source needs no build step and writes no compiled file anywhere). English is the source
language: no translator at all. ``"pseudo"`` (``IIA_LANGUAGE=pseudo``) shows every text bracketed ⟦ ⟧ and about
40 % longer, so a screen shows which text escaped translation and which control is too small.

A count is a *plural* text: ``translate("Context", "%n entries", "%n entry", n)``: the English plural as the source,
the English singular as the third argument (Qt's "disambiguation", which Qt Linguist shows the translator), the
count last; Qt puts the count in place of ``%n``. Each language's file gives one form per plural category of the
language (``numerusform``; Qt's rules: ``plural_form``), so Polish gets its three forms and Welsh its five.

``retranslate()`` changes the texts already on screen after a switch: every text ``translate`` returned is
remembered with its source, so each widget's text, tool tip, accessible name... is looked up and put in the new
language. Nothing a person typed is touched (only labels, titles, placeholders and items).
"""

from __future__ import annotations

import os
import re
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

from iia_help.catalog import PSEUDO, PSEUDO_CLOSE, PSEUDO_OPEN, parse_ts, pseudo  # noqa: F401 (the UI's names)
from iia_help.resources import resources_dir

_QT_CONTEXT = re.compile(r"^Q[A-Z]")
_installed: list[QTranslator] = []
_retired: list[QTranslator] = []
_language = ""
#: Each text ``translate`` returned (in any language) -> (context, source, disambiguation, count): how
#: ``retranslate`` finds it again.
_sources: dict[str, tuple[str, str, str | None, int]] = {}
#: Formatted texts (numbers and other translated texts filled in) -> (context, source, arguments). Bounded; a text
#: with anything else filled in (what a person wrote, a file name) is never remembered here.
_formatted: dict[str, tuple[str, str, str | None, int, tuple, dict]] = {}
_FORMATTED_MAX = 2000


class Text(str):
    """A translated text that remembers where it came from (so ``.format`` results can be translated again)."""

    context = source = ""
    disambiguation: str | None = None
    n = -1

    def format(self, *args, **kwargs) -> str:  # noqa: A003 (str's own name)
        out = str.format(self, *args, **kwargs)
        if all(_safe(v) for v in (*args, *kwargs.values())):
            if len(_formatted) >= _FORMATTED_MAX:
                _formatted.pop(next(iter(_formatted)))
            _formatted[out] = (self.context, self.source, self.disambiguation, self.n, args, kwargs)
        return out


def _safe(value: object) -> bool:
    return isinstance(value, Text | int | float) and not isinstance(value, bool) or value is None


def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> Text:
    """``source`` in the language installed now (itself in English). With a count ``n`` (0 or more): a plural
    text, ``disambiguation`` its English singular (see the module notes)."""
    out = QCoreApplication.translate(context, source, disambiguation, n)
    if n == 1 and disambiguation and "%n" in source and out == source.replace("%n", "1"):
        out = disambiguation.replace("%n", "1")  # not translated: English, in the singular
    _sources.setdefault(out, (context, source, disambiguation, n))
    text = Text(out)
    text.context, text.source, text.disambiguation, text.n = context, source, disambiguation, n
    return text


def and_list(items: list[str]) -> str:
    """``["a", "b", "c"]`` as the reader's language lists them: "a, b and c" ("a, b i c", "a، b اور c")."""
    items = [str(i) for i in items]
    if len(items) <= 1:
        return "".join(items)
    return translate("lists", "{items} and {last}").format(items=translate("lists", ", ").join(items[:-1]),
                                                          last=items[-1])


def plural_form(language: str, n: int) -> int:
    """Which of a language's plural forms (``numerusform``, in order) Qt uses for ``n``: Qt's own rules, so a
    ``.ts`` read from source and its compiled ``.qm`` agree (tests/test_i18n.py compares them)."""
    n = abs(n)
    if language == "cy":  # Welsh: 0, 1, 2 to 5, 6, any other
        return 0 if n == 0 else 1 if n == 1 else 2 if 2 <= n <= 5 else 3 if n == 6 else 4
    if language == "pl":  # Polish: 1; 2-4, 22-24... (not 12-14); any other
        return 0 if n == 1 else 1 if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14 else 2
    return 0 if n == 1 else 1  # English, Urdu: 1; any other


#: How many plural forms each language has (``plural_form``): what ``tools/i18n_wrap.py --update-ts`` gives each
#: plural text in the language's file.
PLURAL_FORMS = {"cy": 5, "pl": 3, "ur": 2, "": 2}


def fixed(value: str) -> Text:
    """``value`` (a name from the app's own tables, never what a person wrote) filled into a translated text that
    ``retranslate`` may redo: ``translate("C", "Language ({name})").format(name=fixed(NAMES[code]))``."""
    text = Text(value)
    text.context, text.source = "", value
    return text


def translations_dir() -> Path:
    return resources_dir() / "translations"


class PseudoTranslator(QTranslator):
    """Every text wrapped in ⟦ ⟧ and padded to about 1.4 times its length (markup, placeholders and the
    mnemonic ``&`` kept intact)."""

    def translate(self, context, source_text, disambiguation=None, n=-1):  # noqa: ARG002 (Qt's signature)
        if not source_text or _QT_CONTEXT.match(context or ""):
            return None  # Qt's own texts (key names, standard menus) are Qt's translations' business
        return pseudo(source_text)

    def isEmpty(self) -> bool:  # noqa: N802 (Qt name)
        return False


class TsTranslator(QTranslator):
    """A translation read straight from its ``.ts`` file (Qt Linguist's XML): finished and unfinished
    translations alike (a translator sees their work at once); an empty one leaves the English text."""

    def __init__(self, table: dict[tuple[str, str], str | list[str]], parent=None, language: str = "") -> None:
        super().__init__(parent)
        self.table = table
        self.language = language

    @classmethod
    def read(cls, path: Path, parent=None) -> TsTranslator:
        """Raises OSError or ValueError (a broken or hostile file: ``catalog.parse_ts``)."""
        table, language = parse_ts(path.read_bytes())
        return cls(table, parent, language)

    def translate(self, context, source_text, disambiguation=None, n=-1):  # noqa: ARG002 (Qt's signature)
        found = self.table.get((context, source_text))
        if isinstance(found, list):
            return found[min(plural_form(self.language, max(n, 0)), len(found) - 1)]
        return found

    def isEmpty(self) -> bool:  # noqa: N802 (Qt name)
        return not self.table


def ui_language(code: str) -> str:
    """The language the UI's texts use for ``code``: ``IIA_LANGUAGE=pseudo`` (a developer's check) wins."""
    return PSEUDO if os.environ.get("IIA_LANGUAGE") == PSEUDO else code


def current_language() -> str:
    return _language


def install_language(app: QCoreApplication, code: str) -> bool:
    """Show the app's texts in language ``code`` ("pseudo" for the pseudo-locale; "" or "en" for English, the
    source language). Replaces any language installed before. Returns False, leaving English, when there is no
    translation for ``code``. Texts already on screen change with ``retranslate()``."""
    global _language
    for old in _installed:
        app.removeTranslator(old)
    _retired.extend(_installed)  # Qt never holds a translator we let go of: each is kept for the process's life
    del _retired[:-8]
    _installed.clear()
    _language = ""
    if code in ("", "en"):
        return True
    translators: list[QTranslator] = []
    if code == PSEUDO:
        translators.append(PseudoTranslator())
    else:
        folder = translations_dir()
        compiled = QTranslator()
        if compiled.load(f"iia_help_{code}.qm", str(folder)):
            translators.append(compiled)
        else:
            ts = folder / f"iia_help_{code}.ts"
            if not ts.is_file():
                return False
            try:
                from_source = TsTranslator.read(ts)
            except (OSError, ValueError):
                return False  # a broken file never stops the app: English
            if not from_source.isEmpty():  # nothing translated yet: no translator to ask for every text
                translators.append(from_source)
        qt_own = QTranslator()  # Qt's own texts (a line's Copy/Paste menu, file dialogs), where Qt has them
        if qt_own.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            translators.append(qt_own)
    for translator in translators:
        app.installTranslator(translator)
        _installed.append(translator)
    _language = code
    return True


def again(text: str) -> str | None:
    """``text`` (shown by ``translate`` earlier, in any language) in the language installed now; None if it did
    not come from ``translate``."""
    if isinstance(text, Text) and not text.context:
        return text  # fixed(): the same in every language
    if text in _sources:
        return translate(*_sources[text])
    if text in _formatted:
        context, source, disambiguation, n, args, kwargs = _formatted[text]
        args = tuple(_again_arg(a) for a in args)
        kwargs = {k: _again_arg(v) for k, v in kwargs.items()}
        return translate(context, source, disambiguation, n).format(*args, **kwargs)
    return None


def _again_arg(value):
    if isinstance(value, Text) and value.context:
        return translate(value.context, value.source, value.disambiguation, value.n)
    return value


def retranslate(roots=None) -> int:
    """Put every text shown in the app's windows (or under ``roots``) into the language installed now. Returns how
    many texts changed."""
    from PySide6.QtWidgets import (
        QAbstractButton,
        QApplication,
        QComboBox,
        QGroupBox,
        QLabel,
        QLineEdit,
        QPlainTextEdit,
        QTabBar,
        QTextEdit,
        QWidget,
    )

    changed = 0

    def redo(get, put) -> None:
        nonlocal changed
        old = get()
        if old:
            new = again(old)
            if new is not None and new != old:
                put(new)
                changed += 1

    seen_actions: set[int] = set()
    for root in roots if roots is not None else QApplication.topLevelWidgets():
        for w in [root, *root.findChildren(QWidget)]:
            if isinstance(w, QLabel | QAbstractButton):
                redo(w.text, w.setText)
            if isinstance(w, QGroupBox):
                redo(w.title, w.setTitle)
            if isinstance(w, QLineEdit | QTextEdit | QPlainTextEdit):
                redo(w.placeholderText, w.setPlaceholderText)
            if isinstance(w, QComboBox):
                for i in range(w.count()):
                    redo(partial(w.itemText, i), partial(w.setItemText, i))
            if isinstance(w, QTabBar):
                for i in range(w.count()):
                    redo(partial(w.tabText, i), partial(w.setTabText, i))
            redo(w.toolTip, w.setToolTip)
            redo(w.accessibleName, w.setAccessibleName)
            redo(w.accessibleDescription, w.setAccessibleDescription)
            redo(w.windowTitle, w.setWindowTitle)
            for action in w.actions():
                if id(action) not in seen_actions:
                    seen_actions.add(id(action))
                    redo(action.text, action.setText)
                    redo(action.toolTip, action.setToolTip)
    return changed
