"""Guess where the person is from the computer's own settings (language + time zone), so help shows at once.

Core module: no Qt. Nothing here is saved: the guess is made again at each start and shown as a guess
("Showing help for: the UK (a guess)"), until the person chooses a place, which is saved as ``Settings.region``.

Rules, strongest first:
- the time zone says where the computer is (``Europe/London`` the UK, ``Europe/Dublin`` Ireland,
  ``America/Toronto`` Canada...); a UK time zone says nothing about the nation, so the language narrows it
  (``cy`` Welsh: Wales, ``gd`` Gaelic: Scotland) or the guess stays "the UK" (``UK``), with UK-wide numbers;
- with no useful time zone (none, ``UTC``, ``Etc/...``), the language's country (``en_GB``, ``fr_CA``...);
  ``en_US`` alone is no guess: it is the default of countless computers anywhere;
- anything else known: "somewhere else"; nothing usable, or garbage: no guess (``""``).
Every input may be hostile (any type, any length, control characters): it is cleaned or ignored, never trusted.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

__all__ = ["UK", "UK_NATIONS", "Guess", "guess_region", "region_label", "system_locale_and_zone"]

#: A UK region whose nation is not known: UK-wide numbers only.
UK = "uk"
UK_NATIONS = ("england", "wales", "england-wales", "scotland", "northern-ireland")
MAX_INPUT = 200

_TZ_OK = re.compile(r"^[A-Za-z][A-Za-z0-9_+\-]*(?:/[A-Za-z0-9_+\-]+){0,3}$")
_LOCALE = re.compile(r"^([A-Za-z]{2,3})(?:[_-]([A-Za-z]{2}|[0-9]{3}))?(?:[_-][A-Za-z]{4})?(?:\.[A-Za-z0-9_\-]*)?"
                     r"(?:@[A-Za-z0-9_\-]*)?$")

_UK_ZONES = {"Europe/London", "GB", "GB-Eire", "Europe/Belfast"}
_IRELAND_ZONES = {"Europe/Dublin", "Eire"}
_CANADA_ZONES = {
    "America/Toronto", "America/Montreal", "America/Vancouver", "America/Edmonton", "America/Winnipeg",
    "America/Halifax", "America/St_Johns", "America/Regina", "America/Moncton", "America/Whitehorse",
    "America/Yellowknife", "America/Iqaluit", "America/Glace_Bay", "America/Goose_Bay", "America/Swift_Current",
    "America/Dawson", "America/Dawson_Creek", "America/Fort_Nelson", "America/Creston", "America/Cambridge_Bay",
    "America/Inuvik", "America/Rankin_Inlet", "America/Resolute", "America/Atikokan", "America/Blanc-Sablon",
    "America/Nipigon", "America/Thunder_Bay", "America/Rainy_River", "America/Pangnirtung", "America/Coral_Harbour",
}
_US_ZONES = {
    "America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles", "America/Phoenix",
    "America/Anchorage", "America/Detroit", "America/Boise", "America/Juneau", "America/Sitka", "America/Nome",
    "America/Yakutat", "America/Metlakatla", "America/Adak", "America/Menominee", "America/Indianapolis",
    "America/Louisville", "America/Fort_Wayne", "America/Knox_IN", "America/Shiprock", "America/Atka",
    "Pacific/Honolulu", "Navajo", "EST5EDT", "CST6CDT", "MST7MDT", "PST8PDT",
}
_US_PREFIXES = ("America/Indiana/", "America/Kentucky/", "America/North_Dakota/", "US/")
_NO_PLACE = ("UTC", "UCT", "GMT", "Zulu", "Universal", "Greenwich", "Etc/", "Factory", "localtime")

#: A language's country (ISO 3166) -> region code.
_COUNTRIES = {"GB": UK, "UK": UK, "IE": "ireland", "US": "us", "CA": "canada", "AU": "australia"}
COUNTRY_NAMES = {UK: "the UK", "ireland": "Ireland", "us": "the United States", "canada": "Canada",
                 "australia": "Australia"}


@dataclass(frozen=True)
class Guess:
    """``region``: a region code (``regions``' keys), ``UK`` (nation not known), or "" (no guess)."""

    region: str
    why: str = ""  # "time zone", "language", "time zone and language" or "" (for tests and the About text)

    @property
    def is_uk(self) -> bool:
        return self.region == UK or self.region in UK_NATIONS


def _clean(value: object) -> str:
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    if not isinstance(value, str) or len(value) > MAX_INPUT:
        return ""
    value = value.strip()
    return value if value.isprintable() else ""


def _zone(value: object) -> str:
    tz = _clean(value).lstrip(":")
    if "/zoneinfo/" in tz:  # a path to the zone file, as /etc/localtime's link or TZ=:/usr/share/zoneinfo/...
        tz = tz.rsplit("/zoneinfo/", 1)[1]
    tz = tz.removeprefix("posix/").removeprefix("right/")
    return tz if _TZ_OK.match(tz) and ".." not in tz else ""


def _locale(value: object) -> tuple[str, str]:
    """(language, country) of a locale name such as ``en_GB.UTF-8``, ``cy-GB``, ``en_GB.utf8@euro``."""
    m = _LOCALE.match(_clean(value))
    if not m:
        return "", ""
    return m.group(1).lower(), (m.group(2) or "").upper()


def _zone_region(tz: str) -> str:
    if not tz or tz.startswith(_NO_PLACE) or tz in _NO_PLACE:
        return ""
    if tz in _UK_ZONES:
        return "northern-ireland" if tz == "Europe/Belfast" else UK
    if tz in _IRELAND_ZONES:
        return "ireland"
    if tz in _CANADA_ZONES or tz.startswith("Canada/"):
        return "canada"
    if tz in _US_ZONES or tz.startswith(_US_PREFIXES):
        return "us"
    if tz.startswith("Australia/"):
        return "australia"
    if "/" in tz:
        return "elsewhere"  # a real place (Europe/Paris, Asia/Kolkata...), just not one with its own numbers here
    return ""  # an old single-word name (EST, Japan, Cuba...): too vague to say


def _nation(language: str, regions: dict[str, str] | tuple[str, ...]) -> str:
    """The UK nation a language points to, if the app knows it as a region."""
    if language == "cy":
        return "wales" if "wales" in regions else "england-wales" if "england-wales" in regions else UK
    if language == "gd":
        return "scotland"
    return UK


def guess_region(locale_name: object, tz_name: object, regions: dict[str, str] | tuple[str, ...] | None = None
                 ) -> Guess:
    """The best guess from a locale name (``LANG``-style or Qt's ``en_GB``) and an IANA time-zone id."""
    if regions is None:
        from iia_help.contacts import REGIONS

        regions = REGIONS
    language, country = _locale(locale_name)
    from_zone = _zone_region(_zone(tz_name))
    from_language = _COUNTRIES.get(country, "elsewhere" if country and not country.isdigit() else "")
    if from_zone:
        region, why = from_zone, "time zone"
        if region == UK and (from_language == UK or language in ("cy", "gd")):
            why = "time zone and language"
    elif from_language and not (language == "en" and country == "US"):
        region, why = from_language, "language"
    else:
        return Guess("", "")
    if region == UK:
        region = _nation(language, regions)
    if region != UK and region not in regions:
        return Guess("", "")
    return Guess(region, why)


def region_label(code: str, regions: dict[str, str] | None = None) -> str:
    """How to name a region in a sentence: "England", "the UK", "the United States", "somewhere else"."""
    if regions is None:
        from iia_help.contacts import REGIONS

        regions = REGIONS
    if code in COUNTRY_NAMES:
        return COUNTRY_NAMES[code]
    if code == "elsewhere":
        return "somewhere else"
    return regions.get(code, "")


def _etc_zone() -> str:
    try:
        text = Path("/etc/timezone").read_text(encoding="utf-8", errors="replace")[:MAX_INPUT]
        if text.strip():
            return text.strip()
    except OSError:
        pass
    try:
        return os.readlink("/etc/localtime")
    except OSError:
        return ""


def system_locale_and_zone(environ: dict[str, str] | None = None) -> tuple[str, str]:
    """The locale and time zone as the C library would take them (``LC_ALL``, ``LC_MESSAGES``, ``LANG``; ``TZ``,
    then /etc/timezone or /etc/localtime's link). The UI asks Qt instead (which also knows Windows' names)."""
    env = os.environ if environ is None else environ
    loc = next((env[k] for k in ("LC_ALL", "LC_MESSAGES", "LANG") if env.get(k)), "")
    tz = env.get("TZ") or _etc_zone()
    return loc, tz
