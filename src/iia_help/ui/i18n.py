"""Every text a person reads goes through Qt's translation system.

UI code writes ``translate("Context", "Text")`` (Qt's own ``QCoreApplication.translate``, a name
``pyside6-lupdate`` recognises), with the enclosing class (or the module) as a stable context;
``tools/i18n_wrap.py`` wraps new literals and ``tests/test_i18n.py`` fails on any left unwrapped.
``pyside6-lupdate`` extracts them into ``resources/translations/iia_help.ts`` (the template a translator copies to
``iia_help_<code>.ts``; refresh it with the command in tools/i18n_wrap.py); ``pyside6-lrelease`` compiles each to
``.qm`` at build time (``packaging/iia-help.spec``) and the frozen app carries those.
``install_language(app, code)`` is the one place a language is switched on (``create_application`` calls it with
``start_language()``; issue 26 adds the choice). The code ``"pseudo"`` installs ``PseudoTranslator``: every text
wrapped in ⟦ ⟧ and about 40 % longer, so a screen shows at a glance which text escaped translation and which
control is too small for a longer language.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from iia_help.resources import resources_dir

translate = QCoreApplication.translate

PSEUDO = "pseudo"
PSEUDO_OPEN, PSEUDO_CLOSE = "\u27e6", "\u27e7"  # ⟦ ⟧
_installed: list[QTranslator] = []


def translations_dir() -> Path:
    return resources_dir() / "translations"


class PseudoTranslator(QTranslator):
    """Every text wrapped in ⟦ ⟧ and padded to about 1.4 times its length (markup, placeholders and the
    mnemonic ``&`` kept intact)."""

    def translate(self, context, source_text, disambiguation=None, n=-1):  # noqa: ARG002 (Qt's signature)
        if not source_text:
            return source_text
        return pseudo(source_text)

    def isEmpty(self) -> bool:  # noqa: N802 (Qt name)
        return False


def pseudo(text: str) -> str:
    pad = "\u00b7" * max(1, round(len(_visible(text)) * 0.4))  # · middle dots
    return f"{PSEUDO_OPEN}{text}{pad}{PSEUDO_CLOSE}"


def _visible(text: str) -> str:
    out, tag = [], False
    for c in text:
        if c == "<":
            tag = True
        elif c == ">":
            tag = False
        elif not tag:
            out.append(c)
    return "".join(out)


def start_language() -> str:
    """The language to start in: ``IIA_LANGUAGE`` if set (e.g. "pseudo" to look for untranslated text), else the
    computer's (used only if a translation for it is bundled)."""
    return os.environ.get("IIA_LANGUAGE") or QLocale.system().name().split("_")[0]


def install_language(app: QCoreApplication, code: str) -> bool:
    """Show the app in language ``code`` (``resources/translations/iia_help_<code>.qm``; "pseudo" for the
    pseudo-locale; "" or "en" for English, the source language). Replaces any language installed before.
    Returns False, leaving English, when there is no translation for ``code``."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    if code in ("", "en"):
        return True
    if code == PSEUDO:
        translator: QTranslator = PseudoTranslator(app)
    else:
        translator = QTranslator(app)
        if not translator.load(f"iia_help_{code}", str(translations_dir())):
            return False
    app.installTranslator(translator)
    _installed.append(translator)
    return True
