"""What makes a journal entry useful to the police or a helpline, and which of it an entry still lacks.

From the guidance on keeping evidence (resources/guidance/evidence.md): when it happened and when it was
written down, the platform, the exact username, ID or number (not a display name, which can change), the web
address, the full message, any demand (money, how much, a deadline), and who it was reported to with their
reference. No Qt here: the editor shows the result quietly; nothing is ever required except "something".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

DONE, MISSING, CHECK, OPTIONAL = "done", "missing", "check", "optional"

# A web address written anywhere (description, account): scheme, www., or a domain with a path.
_URL = re.compile(r"(?i)\b(?:https?://|www\.)\S+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}/\S*")
# Things that make an account look like an identifier rather than a display name.
_IDENTIFIER = re.compile(r"[@\d_./:+#]")
#: A description this long (in words) is taken as a written-out message or account of events.
FULL_MESSAGE_WORDS = 8


@dataclass(frozen=True)
class Item:
    key: str
    label: str  # what it is, e.g. "Web address"
    state: str  # DONE, MISSING, CHECK (there, but may not be enough) or OPTIONAL (only if it happened)
    note: str = ""  # for MISSING / CHECK / OPTIONAL: what would help, in plain words
    short: str = ""  # for the one-line summary, when it says more than the label (CHECK items)


def _text(entry: Any, name: str) -> str:
    value = getattr(entry, name, "") or ""
    return value.strip() if isinstance(value, str) else ""


def _reports(entry: Any) -> list[tuple[str, str]]:
    out = []
    for r in getattr(entry, "reports", None) or []:
        to, ref = (getattr(r, "to", ""), getattr(r, "reference", "")) if not isinstance(r, list | tuple) \
            else (list(r) + ["", ""])[:2]
        to, ref = str(to or "").strip(), str(ref or "").strip()
        if to or ref:
            out.append((to, ref))
    return out


def looks_like_display_name(account: str) -> bool:
    """True for "Jake Smith" (words with spaces, nothing that marks a username, number, email or link)."""
    a = account.strip()
    return bool(a) and " " in a and not _IDENTIFIER.search(a)


def has_web_address(entry: Any) -> bool:
    if any(str(u).strip() for u in getattr(entry, "urls", None) or []):
        return True
    return any(_URL.search(_text(entry, f)) for f in ("account", "description"))


def checklist(entry: Any) -> list[Item]:
    """Every point, in the order a report would want them. ``entry`` is an ``Entry`` (or anything with its
    fields, e.g. what the editor holds before saving)."""
    items: list[Item] = []
    when_ok = getattr(entry, "occurred_at", None) is not None
    items.append(Item("when", "When it happened, and when you wrote it down", DONE if when_ok else MISSING,
                      "" if when_ok else "When it happened; a rough time is fine. The journal notes the rest."))

    platform = _text(entry, "platform")
    items.append(Item("platform", "Platform or app", DONE if platform else MISSING,
                      "" if platform else "Where it happened, for example Instagram or a text message."))

    account = _text(entry, "account")
    if not account:
        items.append(Item("account", "Exact username, ID or number", MISSING,
                          "Their exact username, profile link, phone number or email, copied as shown."))
    elif looks_like_display_name(account):
        items.append(Item("account", "Exact username, ID or number", CHECK,
                          "This looks like a display name, which can change. The exact username (like @name), "
                          "profile link or number helps more.",
                          "their exact username or number (this looks like a display name)"))
    else:
        items.append(Item("account", "Exact username, ID or number", DONE))

    items.append(Item("url", "Web address", DONE if has_web_address(entry) else MISSING,
                      "" if has_web_address(entry) else
                      "The link to the profile, post or chat, from the address bar or the Share menu."))

    description = _text(entry, "description")
    files = bool(getattr(entry, "attachments", None))
    if len(description.split()) >= FULL_MESSAGE_WORDS or files:
        items.append(Item("message", "The full message", DONE))
    elif description:
        items.append(Item("message", "The full message", CHECK,
                          "If there was a message, paste its exact words in full, or add a screenshot.",
                          "their exact words in full"))
    else:
        items.append(Item("message", "The full message", MISSING,
                          "Their exact words, pasted in full, or a screenshot."))

    demand = _text(entry, "demand")
    if demand:
        items.append(Item("demand", "What they demanded", DONE))
    else:
        asked = getattr(entry, "kind", "") == "demand"
        items.append(Item("demand", "What they demanded", MISSING if asked else OPTIONAL,
                          "If they asked for anything: money (how much, and any payment details they gave), "
                          "more images, and any deadline."))

    reports = _reports(entry)
    if reports and all(ref for _to, ref in reports):
        items.append(Item("reported", "Who it was reported to, and the reference", DONE))
    elif reports:
        items.append(Item("reported", "Who it was reported to, and the reference", CHECK,
                          "Add the reference or case number they gave you, if there was one.",
                          "the reference number from your report"))
    else:
        items.append(Item("reported", "Who it was reported to, and the reference", MISSING,
                          "Only if you have reported it: who you told and any reference number."))
    return items


def lacking(entry: Any) -> list[Item]:
    """The points still missing or worth checking (not the optional ones)."""
    return [i for i in checklist(entry) if i.state in (MISSING, CHECK)]


def is_empty(entry: Any) -> bool:
    """True when there is nothing worth keeping: a time and a kind alone say nothing."""
    if any(_text(entry, f) for f in ("description", "platform", "account", "demand")):
        return False
    if any(str(u).strip() for u in getattr(entry, "urls", None) or []):
        return False
    return not (_reports(entry) or getattr(entry, "attachments", None))


EMPTY_MESSAGE = "Nothing to save yet: write what happened, or add who it was, a web address or a file."
OVERVIEW = ("What helps a report: when, where, their exact username or number, web addresses, their exact words, "
            "any demand, and who you told. Write what you have; add more later.")


def summary(entry: Any) -> str:
    """One quiet line for the editor: an overview for an empty entry, then what could still help, or that the
    main points are there."""
    if is_empty(entry):
        return OVERVIEW
    items = lacking(entry)
    if not items:
        return "This entry has what a report usually needs."
    names = [i.short or i.label[0].lower() + i.label[1:] for i in items]
    return "Could still help, if you have it: " + "; ".join(names) + "."


__all__ = ["CHECK", "DONE", "EMPTY_MESSAGE", "MISSING", "OPTIONAL", "OVERVIEW", "Item", "checklist", "has_web_address",
           "is_empty", "lacking", "looks_like_display_name", "summary"]
