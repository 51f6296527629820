"""The start page's own blocks: the "In danger now?" line, the numbers to call and "Showing help for: ... Change".

Built from the core (``iia_help.first_help``) as HTML for the guidance reader; no widgets here except the small
"Change" menu of places, shown by ``choose_place``.
"""

from __future__ import annotations

import contextlib
import html

from iia_help.contacts import REGIONS, Contact, Directory
from iia_help.first_help import Place, emergency_lines, who_to_call_for
from iia_help.region_guess import UK

PLACE_LINK = "app:place"
DEAF_ACCESS = "page:police#deaf-or-speech-impaired-access"


def _join(labels: list[str]) -> str:
    return labels[0] if len(labels) == 1 else ", ".join(labels[:-1]) + " and " + labels[-1]


def danger_html(directory: Directory, place: Place) -> str:
    """One line: the emergency number for the place; with no place, each country's, labelled."""
    lines = emergency_lines(directory, place.region)
    if place.region and place.region != "elsewhere" and lines:
        return f"<p><strong>In danger now? Call {html.escape(lines[0][1])}.</strong></p>"
    if place.region == "elsewhere":
        return ("<p><strong>In danger now? Call your local emergency number</strong>, or go to the nearest police "
                "station.</p>")
    grouped: dict[str, list[str]] = {}
    for label, number in lines:
        grouped.setdefault(number, []).append(label)
    parts = "; ".join(f"{html.escape(_join(labels))}: <strong>{html.escape(number)}</strong>"
                      for number, labels in grouped.items())
    return (f"<p><strong>In danger now?</strong> Call the emergency number where you are: {parts}; "
            "anywhere else: your local number.</p>")


def home_contacts(directory: Directory, place: Place, age: str | None) -> list[Contact]:
    """The numbers on the start page: helplines first (with no age known, the under-18 one leads: it is the
    shortest line), police numbers left to the police page, the crisis line last."""
    found = who_to_call_for(directory, place.region, "sextortion", age, limit=4)
    police = [c for c in found if "reporting" in c.needs and "adult" in c.needs and "under-18" in c.needs]
    rest = [c for c in found if c not in police]
    if not age:
        rest.sort(key=lambda c: (not c.only_for_under_18, c.is_crisis_line))
    return rest or found


def is_uk(place: Place) -> bool:
    return place.region == UK or place.region in ("england", "wales", "england-wales", "scotland", "northern-ireland")


def deaf_access_html() -> str:
    """For the UK: the 999 Silent Solution (facts, 2026-12-07) and the page on deaf and speech-impaired access."""
    return ("<p>Cannot speak on the phone? On a mobile, call 999 and press <strong>55</strong> when asked. "
            f'Or see <a href="{DEAF_ACCESS}">police help for deaf or speech-impaired people</a>.</p>')


def place_text(place: Place) -> str:
    """For the side panel: "Showing help for: the UK (a guess)"."""
    if not place.region:
        return "Showing help for: no place chosen"
    return f"Showing help for: {place.label}" + (" (a guess from this computer’s settings)" if place.guessed else "")


def place_html(place: Place) -> str:
    """ "Showing help for: the UK (a guess). Change" (a link that opens the list of places)."""
    if not place.region:
        return (f'<p class="meta" id="place">Where are you? <a href="{PLACE_LINK}">Choose a place</a> to see its '
                "numbers.</p>")
    guess = " (a guess from this computer\u2019s settings)" if place.guessed else ""
    return (f'<p class="meta" id="place">Showing help for: {html.escape(place.label)}{guess}. '
            f'<a href="{PLACE_LINK}">Change</a></p>')


def choose_place(anchor_widget, ctx, on_chosen) -> None:
    """A small menu of places under ``anchor_widget``'s pointer or text cursor; choosing saves it as the region."""
    from PySide6.QtGui import QCursor
    from PySide6.QtWidgets import QMenu

    menu = QMenu(anchor_widget)
    menu.setObjectName("placeMenu")
    menu.setAccessibleName("Where are you?")
    for code, label in REGIONS.items():
        action = menu.addAction(label)
        action.setCheckable(True)
        action.setChecked(code == ctx.settings.region)
        action.triggered.connect(lambda _=False, c=code: _chosen(ctx, c, on_chosen))
    menu.aboutToHide.connect(menu.deleteLater)
    pos = QCursor.pos()
    geometry = anchor_widget.rect()
    if not anchor_widget.rect().contains(anchor_widget.mapFromGlobal(pos)):  # by keyboard: near the text cursor
        cursor_rect = getattr(anchor_widget, "cursorRect", None)
        at = cursor_rect().bottomLeft() if callable(cursor_rect) else geometry.center()
        pos = anchor_widget.mapToGlobal(at)
    menu.popup(pos)
    if menu.actions():
        menu.setActiveAction(next((a for a in menu.actions() if a.isChecked()), menu.actions()[0]))


def _chosen(ctx, code: str, on_chosen) -> None:
    with contextlib.suppress(OSError):  # still used for this session if it cannot be saved
        ctx.update_settings(region=code)  # saved (not in a guest session); every open page follows
    on_chosen()
