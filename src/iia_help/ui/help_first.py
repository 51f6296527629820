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
from iia_help.ui.core_texts import core, core_items
from iia_help.ui.i18n import and_list, translate

PLACE_LINK = "app:place"
DEAF_ACCESS = "page:police#deaf-or-speech-impaired-access"


def join_places(names: list[str]) -> str:
    """English place names from the core (``["UK", "Ireland"]``) as the reader says them: "UK and Ireland",
    "DU ac Iwerddon". Used for the danger line's countries and for a region part's label."""
    return and_list([core(name) for name in names])


def danger_html(directory: Directory, place: Place) -> str:
    """One line: the emergency number for the place; with no place, each country's, labelled."""
    lines = emergency_lines(directory, place.region)
    if place.region and place.region != "elsewhere" and lines:
        return translate(
               "help_first",
               "<p><strong>In danger now? Call {v0}.</strong></p>",
               ).format(v0=html.escape(lines[0][1]))
    if place.region == "elsewhere":
        return (translate(
                "help_first",
                "<p><strong>In danger now? Call your local emergency number</strong>, or go to the nearest police "
                "station.</p>"))
    grouped: dict[str, list[str]] = {}
    for label, number in lines:
        grouped.setdefault(number, []).append(label)
    parts = translate("help_first", "; ").join(
        translate("help_first", "{place}: <strong>{number}</strong>").format(
            place=html.escape(join_places(labels)), number=html.escape(number))
        for number, labels in grouped.items())
    return (translate(
            "help_first",
            "<p><strong>In danger now?</strong> Call the emergency number where you are: {parts}; anywhere else: "
            "your local number.</p>",
            ).format(parts=parts))


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
    return (translate(
            "help_first",
            "<p>Cannot speak on the phone? On a mobile, call 999 and press <strong>55</strong> when asked. Or see "
            "<a href=\"{DEAF_ACCESS}\">police help for deaf or speech-impaired people</a>.</p>",
            ).format(DEAF_ACCESS=DEAF_ACCESS))


def place_text(place: Place) -> str:
    """For the side panel: "Showing help for: the UK (a guess)"."""
    if not place.region:
        return translate("help_first", "Showing help for: no place chosen")
    return translate("help_first", "Showing help for: {v0}").format(v0=core(place.label)) + (translate("help_first",
        " (a guess from this computer’s settings)") if place.guessed else "")


def place_html(place: Place) -> str:
    """ "Showing help for: the UK (a guess). Change" (a link that opens the list of places)."""
    if not place.region:
        return (translate(
                "help_first",
                "<p class=\"meta\" id=\"place\">Where are you? <a href=\"{PLACE_LINK}\">Choose a place</a> to see "
                "its numbers.</p>",
                ).format(PLACE_LINK=PLACE_LINK))
    guess = " (a guess from this computer\u2019s settings)" if place.guessed else ""
    return (translate(
            "help_first",
            "<p class=\"meta\" id=\"place\">Showing help for: {v0}{guess}. <a href=\"{PLACE_LINK}\">Change</a></p>",
            ).format(v0=html.escape(core(place.label)), guess=guess, PLACE_LINK=PLACE_LINK))


def choose_place(anchor_widget, ctx, on_chosen) -> None:
    """A small menu of places under ``anchor_widget``'s pointer or text cursor; choosing saves it as the region."""
    from PySide6.QtGui import QCursor
    from PySide6.QtWidgets import QMenu

    menu = QMenu(anchor_widget)
    menu.setObjectName("placeMenu")
    menu.setAccessibleName(translate("help_first", "Where are you?"))
    for code, label in core_items(REGIONS):
        action = menu.addAction(label)
        action.setCheckable(True)
        action.setChecked(code == ctx.settings.region)
        action.triggered.connect(lambda _=False, c=code: _chosen(ctx, c, on_chosen))
    menu.aboutToHide.connect(menu.deleteLater)
    pos = QCursor.pos()
    geometry = anchor_widget.rect()
    if not anchor_widget.rect().contains(anchor_widget.mapFromGlobal(pos)):  # by keyboard: near the text cursor
        # a text browser has a text cursor to open the menu at; a plain label or button does not
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
