"""Which language the app speaks: the one place that turns a command line, a setting, a visit's choice or the
computer's own language into a language code.

Core module: no Qt. The UI passes in what only Qt knows (macOS' preferred languages via ``QLocale.uiLanguages``).

Order, first that is set wins:

1. a support worker's choice for this visit (in memory only, never saved; like Large text),
2. ``--language CODE`` on the command line,
3. the saved setting (``Settings.language``; "" = follow the computer),
4. the computer's language (Linux ``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES``, ``LANG``; Windows' UI language;
   macOS' preferred languages),
5. English.

English is also the fallback for anything a language does not have yet (a string, a guidance page).
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Iterable, Mapping

__all__ = [
    "DEFAULT",
    "LANGUAGES",
    "NAMES",
    "RTL",
    "choose",
    "from_environment",
    "from_windows_langid",
    "is_rtl",
    "isolate_ltr",
    "normalise",
    "stale_note",
    "system_language",
]

DEFAULT = "en"
#: Every language the app knows, by ISO 639-1 code. Adding one: docs/translation.md.
LANGUAGES: tuple[str, ...] = ("en", "cy", "pl", "ur")
#: Each language's name in itself (what a person looks for in a list).
NAMES: dict[str, str] = {"en": "English", "cy": "Cymraeg", "pl": "Polski", "ur": "اردو"}
#: Languages written right to left: the layout mirrors.
RTL: frozenset[str] = frozenset({"ur"})

#: Windows' primary language ids (the low 10 bits of a LANGID) -> code.
_WINDOWS_PRIMARY: dict[int, str] = {0x09: "en", 0x52: "cy", 0x15: "pl", 0x20: "ur"}
_CODE_RE = re.compile(r"^([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]{1,8})*$")


def normalise(value: object) -> str | None:
    """The app's code for a language name such as ``cy``, ``cy_GB.UTF-8``, ``pl-PL``, ``ur_PK@latin``, ``CY``;
    None for anything else (unknown languages, ``C``, ``POSIX``, empty, not a string, garbage)."""
    if not isinstance(value, str) or len(value) > 64:
        return None
    text = value.strip().split(".", 1)[0].split("@", 1)[0]
    match = _CODE_RE.match(text)
    if not match:
        return None
    code = match.group(1).lower()
    return code if code in LANGUAGES else None


def from_environment(env: Mapping[str, str]) -> str | None:
    """The language the C library's variables ask for, as gettext reads them: ``LANGUAGE`` (a colon-separated
    list of preferences, the first the app knows wins) unless the locale is ``C``/``POSIX``, then ``LC_ALL``,
    ``LC_MESSAGES``, ``LANG``."""
    locale = next((env.get(k, "") for k in ("LC_ALL", "LC_MESSAGES", "LANG") if env.get(k)), "")
    if locale.split(".", 1)[0] not in ("C", "POSIX"):
        for part in str(env.get("LANGUAGE", "")).split(":"):
            code = normalise(part)
            if code:
                return code
    return normalise(locale)


def from_windows_langid(langid: object) -> str | None:
    """The code for a Windows LANGID (``GetUserDefaultUILanguage``), e.g. 0x0452 -> ``cy``."""
    if not isinstance(langid, int) or isinstance(langid, bool) or not 0 < langid <= 0xFFFF:
        return None
    return _WINDOWS_PRIMARY.get(langid & 0x3FF)


def _windows_ui_langid() -> int | None:
    try:
        import ctypes

        return int(ctypes.windll.kernel32.GetUserDefaultUILanguage())  # type: ignore[attr-defined]
    except Exception:  # noqa: BLE001 (a guess is never worth a failed start)
        return None


def system_language(env: Mapping[str, str] | None = None, *, platform: str | None = None,
                    windows_langid: int | None = None, ui_languages: Iterable[str] = ()) -> str:
    """The computer's language if the app has it, else English. ``ui_languages``: the system's preferred
    languages in order (Qt's ``QLocale.uiLanguages()``; macOS' list), tried after the platform's own source."""
    env = os.environ if env is None else env
    platform = sys.platform if platform is None else platform
    if platform == "win32":
        code = from_windows_langid(_windows_ui_langid() if windows_langid is None else windows_langid)
        if code:
            return code
    elif platform != "darwin":
        code = from_environment(env)
        if code:
            return code
    for name in ui_languages:
        code = normalise(name)
        if code:
            return code
    return DEFAULT


def choose(*, visit: str | None = None, command_line: str | None = None, saved: str = "",
           system: str = DEFAULT) -> str:
    """The language to speak (see the module notes for the order). Unknown values are skipped, never fatal."""
    for value in (visit, command_line, saved, system):
        code = normalise(value) if value else None
        if code:
            return code
    return DEFAULT


#: Shown under a translated guidance page whose English page changed since it was translated (machine-assisted,
#: not yet checked by a native-speaking adviser: docs/translation.md).
_STALE_NOTES: dict[str, str] = {
    "en": "This translation may be older than the English page.",
    "cy": "Efallai fod y cyfieithiad hwn yn hŷn na'r dudalen Saesneg.",
    "pl": "To tłumaczenie może być starsze niż strona po angielsku.",
    "ur": "یہ ترجمہ انگریزی صفحے سے پرانا ہو سکتا ہے۔",
}


def stale_note(code: str) -> str:
    """One line saying a translated page may be older than its English page, in that page's language."""
    return _STALE_NOTES.get(code, _STALE_NOTES[DEFAULT])


def is_rtl(code: str) -> bool:
    return code in RTL


LRI, PDI = "\u2066", "\u2069"  # Unicode isolates: left-to-right inside right-to-left text
_LTR_RUN = re.compile(
    r"(?:https?://|mailto:|tel:)[^\s<>\"']+[^\s<>\"'.,;:!?\u060c\u06d4)]"  # web addresses
    r"|[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+"  # email
    r"|\b[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:org|uk|com|net|ie|gov|au|ca|nz|eu|info)\b(?:/[^\s<>\"']*[^\s<>\"'.,;:!?])?"
    r"|\+?\d[\d\u00a0\u2011 -]*\d"  # numbers, phone numbers as spaced ("116 123", "0808-2000")
    r"|[A-Za-z][A-Za-z0-9_.-]*\d[A-Za-z0-9_.-]*"  # identifiers such as ABC-123
)

_LONG_RUN = 256
_LONG = re.compile(r"(\S{%d,})" % (_LONG_RUN + 1))  # noqa: UP031 (braces are the pattern's)


def isolate_ltr(text: str) -> str:
    """``text`` (plain or HTML: only text between tags changes) with every number, phone number, web or email
    address and identifier wrapped in Unicode isolates (LRI ... PDI), so it reads left to right, in its own order,
    inside right-to-left text. Done when rendering, never in the Markdown (translators copy numbers as they are)."""
    def wrap(m: re.Match[str]) -> str:
        s, a, b = m.string, m.start(), m.end()
        if a and s[a - 1] in "\u2066\u2068" and s[b:b + 1] == PDI:  # already isolated (display_text did it)
            return m.group(0)
        return LRI + m.group(0) + PDI

    def text_part(part: str) -> str:
        # A run of more than _LONG_RUN characters without a space is isolated whole, never searched: the patterns
        # above try every start inside a run, so a long one (hostile or pasted) would cost its length squared.
        pieces = _LONG.split(part)
        return "".join(LRI + p + PDI if i % 2 else _LTR_RUN.sub(wrap, p) for i, p in enumerate(pieces))

    parts = re.split(r"(<[^>]*>)", text)
    return "".join(part if part.startswith("<") else text_part(part) for part in parts)
