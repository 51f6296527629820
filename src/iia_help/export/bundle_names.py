"""Names and text from a bundle, made safe: what a member may be called, which names clash on some system, and
how anything from a bundle is shown (control characters, line breaks and bidi overrides escaped)."""

from __future__ import annotations

import re
import unicodedata

from iia_help.catalog import translate

MAX_DEPTH = 16  # folder levels in a member name (the app writes at most 2)
HEX64 = re.compile(r"[0-9a-f]{64}")
_WINDOWS_DEVICES = re.compile(r"(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)(\..*)?", re.IGNORECASE)


# ------------------------------------------------------------------------------------------------ showing text
def _hidden(ch: str) -> bool:
    """Characters that must never reach a terminal or a text box raw: controls, format (bidi) characters, line
    and paragraph separators, surrogates, private use and unassigned code points."""
    return unicodedata.category(ch)[0] == "C" or unicodedata.category(ch) in ("Zl", "Zp")


def _escape_char(ch: str) -> str:
    o = ord(ch)
    return f"\\x{o:02x}" if o < 0x100 else f"\\u{o:04x}" if o < 0x10000 else f"\\U{o:08x}"


def printable(text: str) -> str:
    """``text`` with every control character, line break and bidi override written as an escape (\\x1b, \\u202e)."""
    return "".join(_escape_char(c) if _hidden(c) else c for c in text)


def shown(name: str) -> str:
    """A file name quoted for a message: quotes and backslashes escaped too, so the name cannot fake the message."""
    out = []
    for c in name:
        if c in '"\\':
            out.append("\\" + c)
        elif _hidden(c):
            out.append(_escape_char(c))
        else:
            out.append(c)
    return '"' + "".join(out) + '"'


def group_fingerprint(digest: str) -> str:
    """64 hex characters in 16 groups of 4, to read out or write down."""
    return " ".join(digest[i:i + 4] for i in range(0, len(digest), 4))


def normalise_fingerprint(text: str) -> str | None:
    """A fingerprint as a person may type it (spaces, dashes, capitals) -> 64 lower-case hex digits, or None."""
    s = re.sub(r"[\s:-]+", "", text).lower()
    return s if HEX64.fullmatch(s) else None


# ------------------------------------------------------------------------------------------------ names
def name_problem(name: str) -> str | None:
    """Why ``name`` is not a safe member name (None when it is). Names the app writes always pass."""
    if not name:
        return translate("verify", "it has no name")
    if len(name) > 1024:
        return translate("verify", "its name is far too long")
    if any(_hidden(c) or (unicodedata.category(c).startswith("Z") and c != " ") for c in name):
        return translate("verify", "its name holds control, invisible or direction-changing characters")
    if "\\" in name:
        return translate("verify", "its name holds a backslash (a folder separator on Windows)")
    if name.startswith("/") or ":" in name:
        return translate("verify", "its name is an absolute path or holds a colon")
    parts = name.split("/")
    if len(parts) > MAX_DEPTH:
        return translate("verify", "it is nested in far too many folders")
    if any(p in ("", ".", "..") for p in parts):
        return translate("verify", "its name climbs out of the folder or has an empty part")
    if any(p.endswith((".", " ")) or p.startswith(" ") for p in parts):
        return translate("verify", "its name ends in a dot or a space (Windows would drop them)")
    if any(_WINDOWS_DEVICES.fullmatch(p) for p in parts):
        return translate("verify", "its name is reserved on Windows")
    return None


def clash_key(name: str) -> str:
    """Names with the same key become the same file on some system (case folding, Unicode normalisation, trailing
    dots and spaces)."""
    folded = unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", name).casefold())
    return "/".join(p.rstrip(". ") for p in folded.split("/"))
