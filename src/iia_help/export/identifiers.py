"""Accounts, numbers, web addresses and references in the chosen entries. No Qt.

``collect(entries)`` lists each one once, with the entries it appears in (for the report's list page).
``keep_whole_spans(text)`` finds the stretches of free text that must never be broken across two lines (addresses,
usernames, numbers, references, any word with a digit or a symbol in it), so the report can keep them whole.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

KIND_TITLES = {
    "account": "Accounts and usernames",
    "phone": "Phone numbers",
    "email": "Email addresses",
    "url": "Web addresses",
    "reference": "Report references",
}

_TRAIL = ".,;:!?)]}'\"»”’…"
# Invisible and direction-changing characters stay inside the identifier they are hidden in (so "@acc<ZWSP>ount"
# is one identifier, shown with a marker, never "@acc"): H is added to every character class below.
_H = "\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff"
_URL = re.compile(r"(?:https?://|www\.|(?<![\w@.-])(?:[a-z0-9-]+\.)+[a-z]{2,}/)[^\s<>\"'`]*", re.IGNORECASE)
_EMAIL = re.compile(rf"(?<![\w.+-])[\w.+{_H}-]+@[\w{_H}-]+(?:\.[\w{_H}-]+)+")
_HANDLE = re.compile(rf"(?<![\w@./])@\w[\w.{_H}]*")
_PHONE = re.compile(rf"(?<![\w+])\+?\(?\d[\d ().{_H}-]{{5,}}\d(?!\w)")
_TOKEN = re.compile(r"\S+")
_SYMBOLS = set("0123456789/_@:?=&#%+~.-\\|")


def _digits(s: str) -> int:
    return sum(ch.isdigit() for ch in s)


def _trim(s: str, start: int, end: int) -> tuple[int, int]:
    while end > start and s[end - 1] in _TRAIL:
        end -= 1
    return start, end


def _is_phone(s: str) -> bool:
    return 9 <= _digits(s) <= 15 and not re.search(r"\d[.]\d{1,2}$", s)


def find_in_text(text: str) -> list[tuple[str, int, int]]:
    """(kind, start, end) of each web address, email address, @username and phone number in ``text``."""
    found: list[tuple[str, int, int]] = []
    taken = [False] * len(text)

    def add(kind: str, s: int, e: int) -> None:
        if e - s >= 3 and not any(taken[s:e]):
            found.append((kind, s, e))
            for i in range(s, e):
                taken[i] = True

    for m in _URL.finditer(text):
        add("url", *_trim(text, *m.span()))
    for m in _EMAIL.finditer(text):
        add("email", *_trim(text, *m.span()))
    for m in _HANDLE.finditer(text):
        add("account", *_trim(text, *m.span()))
    for m in _PHONE.finditer(text):
        s, e = _trim(text, *m.span())
        if _is_phone(text[s:e]):
            add("phone", s, e)
    found.sort(key=lambda t: t[1])
    return found


def keep_whole_spans(text: str) -> list[tuple[int, int]]:
    """Sorted, non-overlapping (start, end) stretches of ``text`` that must stay on one line."""
    spans = [(s, e) for _, s, e in find_in_text(text)]
    taken = [False] * len(text)
    for s, e in spans:
        for i in range(s, e):
            taken[i] = True
    for m in _TOKEN.finditer(text):
        s, e = m.span()
        while s < e and text[s] in "([{\"'«“‘":
            s += 1
        s, e = _trim(text, s, e)
        if e - s >= 4 and not any(taken[s:e]) and any(ch in _SYMBOLS for ch in text[s:e]):
            spans.append((s, e))
    spans.sort()
    return spans


def classify(value: str) -> str:
    """What kind of identifier an "account" field holds: "phone", "email", "url" or "account"."""
    v = value.strip()
    if _EMAIL.fullmatch(v):
        return "email"
    if _URL.fullmatch(v) or re.fullmatch(r"[\w-]+(\.[\w-]+)+/\S*", v):
        return "url"
    if re.fullmatch(r"\+?[\d ().-]+", v) and _is_phone(v):
        return "phone"
    return "account"


def _key(kind: str, text: str) -> tuple[str, str]:
    if kind == "phone":
        return kind, ("+" if text.lstrip().startswith("+") else "") + re.sub(r"\D", "", text)
    if kind == "url":
        return kind, text.rstrip("/")
    return kind, text.casefold()


@dataclass
class Identifier:
    kind: str
    text: str
    entries: list[int] = field(default_factory=list)  # entry numbers in the report (1-based), in order
    where: list[str] = field(default_factory=list)  # platforms, or who a reference is from


def collect(entries: Iterable[Any]) -> dict[str, list[Identifier]]:
    """Every identifier in the entries (account fields, links, report references, and those written in the
    description), once each, by kind in ``KIND_TITLES`` order, each kind in order of first appearance."""
    seen: dict[tuple[str, str], Identifier] = {}

    def add(kind: str, text: str, number: int, where: str = "") -> None:
        text = text.strip()
        if not text:
            return
        ident = seen.setdefault(_key(kind, text), Identifier(kind, text))
        if number not in ident.entries:
            ident.entries.append(number)
        if where.strip() and where.strip() not in ident.where:
            ident.where.append(where.strip())

    for number, e in enumerate(entries, 1):
        if e.account.strip():
            add(classify(e.account), e.account, number, e.platform)
        for url in e.urls:
            add("url", url, number)
        for r in e.reports:
            if r.reference.strip():
                add("reference", r.reference, number, r.to)
        for text in (getattr(e, "demand", ""), e.description):
            for kind, s, end in find_in_text(text):
                add(kind, text[s:end], number)
    out: dict[str, list[Identifier]] = {k: [] for k in KIND_TITLES}
    for ident in seen.values():
        out[ident.kind].append(ident)
    return {k: v for k, v in out.items() if v}
