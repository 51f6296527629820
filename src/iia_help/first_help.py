"""What the first screen shows before any question: the place the help is for, its emergency number and the few
numbers to call, for the chosen place, the guessed one (``region_guess``), the UK with its nation unknown, or
nowhere known (then every number says its country).

Core module: no Qt. The UI turns these into HTML (``ui/help_first.py``).
"""

from __future__ import annotations

from dataclasses import dataclass

from iia_help.contacts import REGIONS, Contact, ContactsError, Directory
from iia_help.region_guess import UK, UK_NATIONS, region_label

__all__ = ["Place", "current_place", "emergency_lines", "uk_codes", "who_to_call_for"]

#: Countries whose emergency numbers are shown, labelled, when the place is not known.
EMERGENCY_COUNTRIES = (("UK", UK), ("Ireland", "ireland"), ("US", "us"), ("Canada", "canada"),
                       ("Australia", "australia"))


@dataclass(frozen=True)
class Place:
    """Where the help is for. ``region``: a region code, ``UK``, or "" (not known). ``guessed``: not chosen."""

    region: str
    guessed: bool

    @property
    def label(self) -> str:
        return region_label(self.region) if self.region else ""

    @property
    def for_pages(self) -> str | None:
        """The region the guidance pages are shown for (``UK``: the parts for any UK nation)."""
        return self.region or None


def current_place(chosen: str, guess: str) -> Place:
    """The chosen region wins; then the guess; then nothing."""
    if chosen in REGIONS:
        return Place(chosen, False)
    if guess == UK or guess in REGIONS:
        return Place(guess, True)
    return Place("", False)


def uk_codes() -> tuple[str, ...]:
    """The UK nations this app knows as regions (England, Wales, Scotland, Northern Ireland, or the older
    England and Wales)."""
    return tuple(code for code in UK_NATIONS if code in REGIONS)


def _uk_wide(contact: Contact) -> bool:
    return all(contact.applies_to(code) for code in uk_codes())


def _base(region: str) -> str:
    return uk_codes()[0] if region == UK else region


def who_to_call_for(directory: Directory, region: str, need: str | None, age: str | None,
                    limit: int = 3) -> list[Contact]:
    """``Directory.who_to_call`` for a region, or for the UK with its nation unknown (UK-wide services only)."""
    if not region:
        return []
    if region != UK:
        return directory.who_to_call(region, need, age, limit)
    chosen = [c for c in directory.who_to_call(_base(region), need, age, limit + 3) if _uk_wide(c)]
    phones = [c for c in chosen if c.phone][:limit]
    crisis = [c for c in chosen if c.phone and c.is_crisis_line and c not in phones]
    return phones + crisis[:1] if phones else chosen[:2]


def emergency_lines(directory: Directory, region: str) -> list[tuple[str, str]]:
    """(country label, number) for "In danger now?": one line for a known place (label ""), else one per
    country this app knows, each labelled."""
    def number(code: str) -> str:
        try:
            contact = directory.emergency(_base(code))
        except ContactsError:
            return ""
        if contact is None or not contact.phone:
            return ""
        # The contact's name says how to call ("In danger now: call 999 or 112"); its phone is the first number.
        said = contact.name.partition(": call ")[2]
        return said if said.startswith(contact.phone) else contact.phone

    if region and region != "elsewhere":
        found = number(region)
        return [("", found)] if found else []
    lines = [(label, number(code)) for label, code in EMERGENCY_COUNTRIES if code == UK or code in REGIONS]
    return [(label, n) for label, n in lines if n]
