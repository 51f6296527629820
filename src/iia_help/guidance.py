"""Guidance library: Markdown pages with simple front matter, safe rendering and fast search.

Core module: no Qt. Pages live in ``resources/guidance/*.md``. Each starts with front matter::

    ---
    id: removal
    title: Getting images taken down
    summary: One plain sentence.
    regions: all
    tags: removal, takedown, stopncii
    last_reviewed: 2026-11-23
    related: evidence, police
    order: 40
    ---

A page may hold region-only parts between ``::: region scotland, northern-ireland`` and ``:::`` lines.
With no region chosen every part is shown.

A "what do I do now" page sets ``call_first: <need>`` (a contacts need code) and puts a ``{{who-to-call}}`` line
after its first steps: the app fills it with the chosen region's numbers (``render(call_block=...)``); without a
block the line is dropped.
"""

from __future__ import annotations

import bisect
import contextlib
import dataclasses
import datetime
import html
import math
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import markdown

__all__ = [
    "REGION_CODES",
    "GuidanceError",
    "Library",
    "Page",
    "SearchHit",
    "TranslationStatus",
    "load_library",
    "fixed_strings",
    "source_sha256",
    "translation_report",
]

# Same codes as iia_help.contacts.REGIONS (kept here too so this module stands alone).
REGION_CODES: tuple[str, ...] = (
    "england",
    "wales",
    "scotland",
    "northern-ireland",
    "ireland",
    "us",
    "australia",
    "canada",
    "elsewhere",
)

#: A place in the UK whose nation is not known: the parts for any UK nation are shown (iia_help.region_guess.UK).
UK = "uk"
UK_NATIONS = ("england", "wales", "england-wales", "scotland", "northern-ireland")

REGION_NAMES: dict[str, str] = {
    "england": "England", "wales": "Wales", "scotland": "Scotland", "northern-ireland": "Northern Ireland",
    "ireland": "Ireland", "us": "United States", "australia": "Australia", "canada": "Canada",
    "elsewhere": "Somewhere else",
}  # fmt: skip

_REQUIRED = ("id", "title", "summary", "regions", "tags", "last_reviewed")
_OPTIONAL = ("related", "order", "call_first")
WHO_TO_CALL = "{{who-to-call}}"
_WHO_TO_CALL_P = re.compile(r"<p>\s*\{\{who-to-call\}\}\s*</p>")
#: The other blocks the app fills in (the start page's "In danger now?" line): ``render(blocks={name: html})``.
_BLOCK_P = re.compile(r"<p>\s*\{\{([a-z][a-z-]{0,30})\}\}\s*</p>")
_ID_RE = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")
_MAX_PAGE_BYTES = 512 * 1024
_REGION_OPEN = re.compile(r"^:::\s*region\s+(.+?)\s*$")
_REGION_CLOSE = re.compile(r"^:::\s*$")
_SAFE_SCHEMES = ("https:", "http:", "page:", "app:", "mailto:", "tel:")


class GuidanceError(Exception):
    """A guidance page is missing or broken. The message is written for people."""


@dataclass(frozen=True)
class Page:
    id: str
    title: str
    summary: str
    regions: tuple[str, ...]
    tags: tuple[str, ...]
    last_reviewed: datetime.date
    related: tuple[str, ...] = ()
    order: int = 1000
    call_first: str = ""  # a contacts need code: this page opens with "who to call" for that need
    body: str = ""
    source: Path | None = field(default=None, compare=False)
    #: The language the page is written in; a translation also has the SHA-256 of the English source it was
    #: translated from (``translated_from``), whether the English page changed since (``stale``), and the
    #: English page's own last_reviewed (shown instead of its own when stale).
    language: str = "en"
    sha256: str = field(default="", compare=False)  # of this page's source bytes
    translated_from: str = ""
    stale: bool = False
    english_reviewed: datetime.date | None = None

    def applies_to(self, region: str | None) -> bool:
        """True if the page is meant for this region (or for everyone)."""
        return region is None or "all" in self.regions or region in self.regions or (
            region == UK and any(r in UK_NATIONS for r in self.regions))


@dataclass(frozen=True)
class SearchHit:
    page_id: str
    title: str
    score: float
    snippet: str


# --------------------------------------------------------------------------- parsing


def _split_list(value: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in value.split(",") if part.strip())


def _front_matter(path: Path, text: str, allowed: tuple[str, ...]) -> tuple[dict[str, str], str]:
    """A page's details (key: value lines between two --- lines) and its body."""
    name = path.name
    if text.startswith("\ufeff"):
        text = text[1:]
    lines = text.splitlines()
    if not lines or lines[0].strip() != "---":
        raise GuidanceError(f"The guidance page {name} must start with a line of three dashes (---).")
    try:
        end = next(i for i in range(1, len(lines)) if lines[i].strip() == "---")
    except StopIteration:
        raise GuidanceError(
            f"The guidance page {name} has no closing line of three dashes (---) after its details."
        ) from None
    meta: dict[str, str] = {}
    for number, line in enumerate(lines[1:end], start=2):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        key, sep, value = line.partition(":")
        key = key.strip().lower()
        if not sep or not key:
            raise GuidanceError(f"Line {number} of the guidance page {name} should look like 'key: value'.")
        if key not in allowed:
            raise GuidanceError(f"Line {number} of the guidance page {name} has an unknown key '{key}'.")
        if key in meta:
            raise GuidanceError(f"The guidance page {name} gives '{key}' more than once.")
        meta[key] = value.strip()
    body = "\n".join(lines[end + 1 :]).strip("\n") + "\n"
    return meta, body


def _parse_page(path: Path, text: str) -> Page:
    name = path.name
    meta, body = _front_matter(path, text, _REQUIRED + _OPTIONAL)
    missing = [key for key in _REQUIRED if not meta.get(key)]
    if missing:
        raise GuidanceError(f"The guidance page {name} is missing: {', '.join(missing)}.")

    page_id = meta["id"]
    if not _ID_RE.match(page_id):
        raise GuidanceError(
            f"The guidance page {name} has a bad id '{page_id}' (use lower-case letters, digits and dashes)."
        )
    if path.suffix == ".md" and path.stem != page_id:
        raise GuidanceError(f"The guidance page {name} has id '{page_id}', but its file name says '{path.stem}'.")
    try:
        reviewed = datetime.date.fromisoformat(meta["last_reviewed"])
    except ValueError:
        raise GuidanceError(
            f"The guidance page {name} has a bad last_reviewed date (use YYYY-MM-DD)."
        ) from None
    regions = _split_list(meta["regions"])
    bad = [r for r in regions if r != "all" and r not in REGION_CODES]
    if not regions or bad:
        raise GuidanceError(f"The guidance page {name} has unknown region codes: {', '.join(bad) or '(none)'}.")
    related = _split_list(meta.get("related", ""))
    bad_related = [r for r in related if not _ID_RE.match(r)]
    if bad_related:
        raise GuidanceError(f"The guidance page {name} lists bad related page ids: {', '.join(bad_related)}.")
    try:
        order = int(meta.get("order") or 1000)
    except ValueError:
        raise GuidanceError(f"The guidance page {name} has an order that is not a whole number.") from None
    _check_region_blocks(name, body)
    call_first = meta.get("call_first", "")
    if call_first and not _ID_RE.match(call_first):
        raise GuidanceError(f"The guidance page {name} has a bad call_first value '{call_first}'.")
    return Page(
        id=page_id,
        title=meta["title"],
        summary=meta["summary"],
        regions=regions,
        tags=_split_list(meta["tags"]),
        last_reviewed=reviewed,
        related=related,
        order=order,
        call_first=call_first,
        body=body,
        source=path,
    )


#: Front matter of a translation (resources/guidance/<code>/<id>.md). Everything else (regions, order, related,
#: call_first) comes from the English page, which stays the one authority for them.
_TRANSLATION_KEYS = ("id", "title", "summary", "tags", "last_reviewed", "translated_from")
_SHA_RE = re.compile(r"^sha256:([0-9a-f]{64})$")


def source_sha256(data: bytes) -> str:
    """What a translation's ``translated_from`` holds for an English page's source bytes."""
    import hashlib

    return "sha256:" + hashlib.sha256(data).hexdigest()


def _parse_translation(path: Path, text: str, english: Page, language: str) -> Page:
    """A translated page over its English one (GuidanceError if it is broken: the loader then keeps English)."""
    name = f"{language}/{path.name}"
    meta, body = _front_matter(path, text, _TRANSLATION_KEYS)
    missing = [key for key in ("id", "title", "summary", "translated_from") if not meta.get(key)]
    if missing:
        raise GuidanceError(f"The translated page {name} is missing: {', '.join(missing)}.")
    if meta["id"] != english.id:
        raise GuidanceError(f"The translated page {name} has id '{meta['id']}', not '{english.id}'.")
    if not _SHA_RE.match(meta["translated_from"]):
        raise GuidanceError(f"The translated page {name} has a bad translated_from (use sha256:<64 hex digits>).")
    reviewed = english.last_reviewed
    if meta.get("last_reviewed"):
        try:
            reviewed = datetime.date.fromisoformat(meta["last_reviewed"])
        except ValueError:
            raise GuidanceError(f"The translated page {name} has a bad last_reviewed date.") from None
    _check_region_blocks(name, body)
    stale = meta["translated_from"] != english.sha256
    return Page(
        id=english.id, title=meta["title"], summary=meta["summary"], regions=english.regions,
        tags=_split_list(meta.get("tags", "")) + english.tags, last_reviewed=reviewed, related=english.related,
        order=english.order, call_first=english.call_first, body=body, source=path, language=language,
        translated_from=meta["translated_from"], stale=stale, english_reviewed=english.last_reviewed,
    )


def _check_region_blocks(name: str, body: str) -> None:
    inside = False
    for line in body.splitlines():
        opened = _REGION_OPEN.match(line)
        if opened:
            if inside:
                raise GuidanceError(f"The guidance page {name} opens a region part inside another one.")
            codes = _split_list(opened.group(1))
            bad = [c for c in codes if c != "all" and c not in REGION_CODES]
            if not codes or bad:
                raise GuidanceError(f"The guidance page {name} has a region part with unknown codes.")
            inside = True
        elif _REGION_CLOSE.match(line):
            if not inside:
                raise GuidanceError(f"The guidance page {name} closes a region part that was never opened.")
            inside = False
    if inside:
        raise GuidanceError(f"The guidance page {name} has a region part that is never closed (:::).")


#: A page's opening region parts that each start like this are its danger lines, one per place.
_DANGER_START = "**In danger now?"
DANGER_BLOCK = "danger-now"


def _collapse_danger(body: str) -> str:
    """With no place known: the page's opening run of per-place danger lines becomes one ``{{danger-now}}`` line
    (the app fills it with one line giving each country's number, labelled), so the page does not open with six
    unlabelled lines. A page that does not open that way is returned unchanged."""
    lines = body.splitlines()
    i, parts = 0, 0
    while i < len(lines):
        if not lines[i].strip():
            i += 1
            continue
        if not _REGION_OPEN.match(lines[i]) or not lines[i + 1:i + 2] or \
                not lines[i + 1].startswith(_DANGER_START):
            break
        end = next((j for j in range(i + 1, len(lines)) if _REGION_CLOSE.match(lines[j])), None)
        if end is None:
            break
        i, parts = end + 1, parts + 1
    if parts < 2:
        return body
    return "{{" + DANGER_BLOCK + "}}\n" + "\n".join(lines[i:]) + "\n"


#: The short names a region part's label uses beside REGION_NAMES (the UI translates them: ui/help_first.py).
SHORT_PLACE_NAMES: dict[str, str] = {"uk": "UK", "us": "US", "elsewhere": "Anywhere else"}


def place_names(codes: list[str]) -> list[str]:
    """Who a region part is for, as English names: ["UK"], ["UK", "Ireland"], ["US"], ["Anywhere else"]..."""
    names: list[str] = []
    nations = [c for c in codes if c in UK_NATIONS]
    if {"england", "wales", "scotland", "northern-ireland"} <= set(nations):
        names.append(SHORT_PLACE_NAMES["uk"])
    else:
        names += [REGION_NAMES.get(c, c) for c in nations]
    names += [SHORT_PLACE_NAMES.get(c, REGION_NAMES.get(c, c)) for c in codes if c not in UK_NATIONS and c != "all"]
    return names


def english_names(names: list[str]) -> str:
    """``["UK", "Ireland"]`` -> "UK and Ireland" (the UI passes its own, in the reader's language)."""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _place_label(codes: list[str], join: Callable[[list[str]], str] = english_names) -> str:
    """Who a region part is for, in a few words: "UK", "UK and Ireland", "US", "Anywhere else"..."""
    return join(place_names(codes))


def _label_parts(body: str, join: Callable[[list[str]], str] = english_names) -> str:
    """With no place known, each region part says whose it is: "**US:** Call or text 988..." (a list gets the
    label as its own line), so no number is shown without its country."""
    out: list[str] = []
    label = ""
    for line in body.splitlines():
        opened = _REGION_OPEN.match(line)
        if opened:
            codes = _split_list(opened.group(1))
            label = "" if "all" in codes else _place_label(codes, join)
            out.append(line)
            continue
        if _REGION_CLOSE.match(line):
            label = ""
        elif label and line.strip():
            if re.match(r"\s*([-*+]|\d+\.|#)", line):
                out += [f"**{label}:**", ""]
            else:
                line = f"**{label}:** {line}"
            label = ""
        out.append(line)
    return "\n".join(out) + "\n"


def _select_region(body: str, region: str | None) -> str:
    out: list[str] = []
    keep = True
    for line in body.splitlines():
        opened = _REGION_OPEN.match(line)
        if opened:
            codes = _split_list(opened.group(1))
            keep = region is None or region in codes or "all" in codes or (
                region == UK and any(c in UK_NATIONS for c in codes))
            out.append("")
            continue
        if _REGION_CLOSE.match(line):
            keep = True
            out.append("")
            continue
        if keep:
            out.append(line)
    return "\n".join(out) + "\n"


# --------------------------------------------------------------------------- rendering


class _NoRawHtml(markdown.Extension):
    """Raw HTML in a page is shown as text, never trusted."""

    def extendMarkdown(self, md: markdown.Markdown) -> None:  # noqa: N802 (markdown's API name)
        for name in ("html_block",):
            if name in md.preprocessors:
                md.preprocessors.deregister(name)
        if "html" in md.inlinePatterns:
            md.inlinePatterns.deregister("html")


def _new_markdown() -> markdown.Markdown:
    # Extension objects, not names: a name makes markdown scan every installed package's entry points, which
    # costs more than the whole first page at start-up. These are "extra" + "toc" + "sane_lists" without fenced
    # code blocks: no page holds code, and that extension imports the code highlighter (and Pygments, where it is
    # installed) before the first page can be shown.
    from markdown.extensions import abbr, attr_list, def_list, footnotes, md_in_html, sane_lists, tables
    from markdown.extensions import toc as toc_ext

    return markdown.Markdown(
        extensions=[
            footnotes.FootnoteExtension(), attr_list.AttrListExtension(),
            def_list.DefListExtension(), tables.TableExtension(), abbr.AbbrExtension(),
            md_in_html.MarkdownInHtmlExtension(), toc_ext.TocExtension(permalink=False),
            sane_lists.SaneListExtension(), _NoRawHtml(),
        ],
        output_format="html",
    )


_ALLOWED_TAGS = {
    "p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "a", "strong", "em", "b", "i", "code",
    "pre", "blockquote", "hr", "br", "mark", "dl", "dt", "dd", "abbr", "table", "thead", "tbody", "tr",
    "th", "td", "sup", "sub", "div", "span", "img",
}  # fmt: skip
_VOID_TAGS = {"br", "hr", "img"}
_DROP_CONTENT = {"script", "style", "iframe", "object", "embed", "template", "svg", "math"}
_BLOCK_TAGS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "pre", "blockquote", "tr", "div", "br"}


def _safe_href(href: str) -> str | None:
    value = href.strip()
    lowered = re.sub(r"[\x00-\x20]", "", value).lower()
    if lowered.startswith("#"):
        return value
    if any(lowered.startswith(scheme) for scheme in _SAFE_SCHEMES):
        return value
    return None


def _local_image(src: str) -> bool:
    value = re.sub(r"[\x00-\x20]", "", src).lower()
    return bool(value) and ":" not in value and not value.startswith(("/", "\\"))


class _Sanitizer(HTMLParser):
    """Rebuilds HTML keeping only known-safe tags and attributes; optionally marks search terms."""

    def __init__(self, highlight: re.Pattern[str] | None = None) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.text: list[str] = []
        self.hrefs: list[str] = []
        self._highlight = highlight
        self._drop_depth = 0
        self._open: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _DROP_CONTENT:
            self._drop_depth += 1
            return
        if self._drop_depth or tag not in _ALLOWED_TAGS:
            return
        kept: list[tuple[str, str]] = []
        for key, value in attrs:
            if value is None:
                continue
            # dir: the app marks English blocks inside Urdu pages left to right.
            if (key == "id" or (key == "dir" and value in ("ltr", "rtl")) or (key == "title" and tag in {"a", "abbr"})
                    or (key == "start" and tag == "ol")):
                kept.append((key, value))
            elif key == "href" and tag == "a":
                safe = _safe_href(value)
                if safe is not None:
                    kept.append((key, safe))
                    self.hrefs.append(safe)
            elif tag == "img" and key in {"src", "alt"}:
                kept.append((key, value))
        if tag == "img":
            src = dict(kept).get("src", "")
            if not _local_image(src):
                return
        attr_text = "".join(f' {k}="{html.escape(v, quote=True)}"' for k, v in kept)
        self.out.append(f"<{tag}{attr_text}>")
        if tag in _BLOCK_TAGS:
            self.text.append("\n")
        if tag not in _VOID_TAGS:
            self._open.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _DROP_CONTENT:
            return
        self.handle_starttag(tag, attrs)
        if tag not in _VOID_TAGS and self._open and self._open[-1] == tag:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in _DROP_CONTENT:
            self._drop_depth = max(0, self._drop_depth - 1)
            return
        if self._drop_depth or tag not in _ALLOWED_TAGS or tag in _VOID_TAGS:
            return
        if tag not in self._open:
            return
        while self._open:
            top = self._open.pop()
            self.out.append(f"</{top}>")
            if top == tag:
                break
        if tag in _BLOCK_TAGS:
            self.text.append("\n")

    def handle_data(self, data: str) -> None:
        if self._drop_depth:
            return
        self.text.append(data)
        if self._highlight is None:
            self.out.append(html.escape(data, quote=False))
            return
        pos = 0
        for match in self._highlight.finditer(data):
            self.out.append(html.escape(data[pos : match.start()], quote=False))
            self.out.append("<mark>" + html.escape(match.group(0), quote=False) + "</mark>")
            pos = match.end()
        self.out.append(html.escape(data[pos:], quote=False))

    def result(self) -> str:
        while self._open:
            self.out.append(f"</{self._open.pop()}>")
        return "".join(self.out)


def _sanitize(raw_html: str, highlight: re.Pattern[str] | None = None) -> _Sanitizer:
    sanitizer = _Sanitizer(highlight)
    sanitizer.feed(raw_html)
    sanitizer.close()
    return sanitizer


# --------------------------------------------------------------------------- search helpers

_WORD_RE = re.compile(r"\w+", re.UNICODE)
_STOPWORDS = frozenset(
    {
        "a", "an", "and", "are", "as", "at", "be", "can", "do", "does", "for", "from", "how", "i", "if", "in",
        "is", "it", "me", "my", "of", "on", "or", "so", "the", "this", "to", "what", "when", "where", "who",
        "why", "will", "with", "you", "your",
    }
)  # fmt: skip


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _tokens(text: str) -> list[str]:
    return _WORD_RE.findall(_fold(text))


def _query_terms(query: str) -> list[str]:
    terms = list(dict.fromkeys(_tokens(query[:200])))[:12]
    useful = [t for t in terms if t not in _STOPWORDS]
    return useful or terms


def _highlight_pattern(query: str | None) -> re.Pattern[str] | None:
    if not query:
        return None
    terms = [t for t in _tokens(query[:200]) if len(t) >= 2 or t.isdigit()]
    terms = [t for t in dict.fromkeys(terms) if t not in _STOPWORDS] or terms
    if not terms:
        return None
    alternatives = "|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})\w*", re.IGNORECASE)


_WEIGHTS = {"title": 10.0, "tags": 6.0, "summary": 4.0, "headings": 3.0, "body": 1.0}


@dataclass
class _Indexed:
    html: str  # rendered with no region chosen
    text: str  # plain text of that rendering
    toc: list[tuple[int, str, str]]


# --------------------------------------------------------------------------- library


class Library:
    """All guidance pages, rendered and indexed for search.

    ``lazy=False`` (the default) renders every page at once, so a page Markdown cannot handle is reported when
    the library loads. ``lazy=True`` (the app) renders a page when it is first shown and builds the search index
    on the first search or ``warm_up()``, so the first window appears without waiting for all of them.
    """

    def __init__(self, pages: Iterable[Page], *, lazy: bool = False) -> None:
        ordered = sorted(pages, key=lambda p: (p.order, p.title.casefold(), p.id))
        self.pages: dict[str, Page] = {}
        for page in ordered:
            if page.id in self.pages:
                where = page.source.name if page.source else page.id
                raise GuidanceError(f"Two guidance pages use the id '{page.id}' (one is {where}).")
            self.pages[page.id] = page
        self._render_cache: dict[tuple[str, str | None, bool], tuple[str, list[tuple[int, str, str]]]] = {}
        self._indexed: dict[str, _Indexed] = {}
        self._failed: dict[str, GuidanceError] = {}  # lazy mode: pages Markdown could not handle
        self._region_text: dict[tuple[str, str], str] = {}
        self._index_ready = False
        if not lazy:
            for page_id in self.pages:
                self._entry(page_id)
            self._build_index()

    def _entry(self, page_id: str) -> _Indexed:
        """The page rendered with no region chosen, its plain text and headings (made on first use)."""
        entry = self._indexed.get(page_id)
        if entry is None:
            if page_id in self._failed:
                raise self._failed[page_id]
            body_html, toc = self._render_body(self.pages[page_id], None)
            cleaned = _sanitize(_BLOCK_P.sub("", _WHO_TO_CALL_P.sub("", body_html)))
            text = re.sub(r"[ \t]+", " ", "".join(cleaned.text))
            text = re.sub(r"\s*\n\s*", "\n", text).strip()
            entry = self._indexed[page_id] = _Indexed(html=cleaned.result(), text=text, toc=toc)
        return entry

    def warm_up(self, page_id: str | None = None) -> bool:
        """Prepare one more page (or ``page_id``), or the search index once every page is ready.

        Returns True while there is more to do, so a caller can spread the work over idle moments.
        """
        if page_id is None:
            page_id = next((pid for pid in self.pages if pid not in self._indexed and pid not in self._failed), None)
        if page_id is not None:
            try:
                self._entry(page_id)
            except GuidanceError as exc:  # shown as a message when that page is opened; not searchable
                self._failed[page_id] = exc
            return True
        if not self._index_ready:
            self._build_index()
        return False

    # ----- pages

    def page(self, page_id: str) -> Page:
        try:
            return self.pages[page_id]
        except KeyError:
            raise GuidanceError(f"There is no guidance page called '{page_id}'.") from None

    def pages_for_region(self, region: str | None) -> list[Page]:
        return [p for p in self.pages.values() if p.applies_to(region)]

    # ----- rendering

    def _render_body(self, page: Page, region: str | None, one_danger_line: bool = False,
                     place_names: Callable[[list[str]], str] = english_names,
                     ) -> tuple[str, list[tuple[int, str, str]]]:
        body = _label_parts(_collapse_danger(page.body), place_names) if one_danger_line and region is None \
            else page.body
        key = (page.id, region, one_danger_line, body if one_danger_line and region is None else "")
        cached = self._render_cache.get(key)
        if cached is not None:
            return cached
        md = _new_markdown()
        try:
            raw = md.convert(_select_region(body, region))
        except Exception as exc:  # markdown can fail on pathological input
            where = page.source.name if page.source else page.id
            raise GuidanceError(f"The guidance page {where} could not be read ({type(exc).__name__}).") from exc
        toc: list[tuple[int, str, str]] = []

        def walk(tokens: list[dict]) -> None:
            for token in tokens:
                toc.append((int(token["level"]), html.unescape(str(token["name"])), str(token["id"])))
                walk(token.get("children", []))

        walk(getattr(md, "toc_tokens", []))
        self._render_cache[key] = (raw, toc)
        return raw, toc

    def render(self, page_id: str, *, region: str | None = None, highlight: str | None = None,
               call_block: str | None = None, blocks: dict[str, str] | None = None,
               place_names: Callable[[list[str]], str] = english_names) -> str:
        """Safe HTML fragment for a page: a title heading, then the body.

        `page:` and `app:` links keep their hrefs; raw HTML is escaped; remote images are dropped;
        `highlight` wraps matching words in <mark>. `call_block` (HTML, sanitised like the rest) takes the place
        of the page's ``{{who-to-call}}`` line; ``blocks`` fill other ``{{name}}`` lines (unfilled ones are dropped).
        With no region and a ``danger-now`` block, the page's opening per-place danger lines give way to that block,
        and each region part is labelled with its places, joined by ``place_names`` (English by default).
        """
        page = self.page(page_id)
        raw, _toc = self._render_body(page, region, one_danger_line=DANGER_BLOCK in (blocks or {}),
                                      place_names=place_names)
        title = f'<h1 id="top">{html.escape(page.title, quote=False)}</h1>\n'
        pattern = _highlight_pattern(highlight)
        if pattern is None and region is None and not call_block and not blocks:
            return title + self._entry(page_id).html
        raw = _WHO_TO_CALL_P.sub(lambda _m: call_block or "", raw)
        raw = _BLOCK_P.sub(lambda m: (blocks or {}).get(m.group(1), ""), raw)
        return _sanitize(title + raw, pattern).result()

    def toc(self, page_id: str, *, region: str | None = None) -> list[tuple[int, str, str]]:
        """(level, text, anchor) for each heading in the page body."""
        page = self.page(page_id)
        return list(self._render_body(page, region)[1])

    def anchors(self, page_id: str) -> set[str]:
        """Every id in the rendered page (headings and the title)."""
        return {"top", *re.findall(r'\sid="([^"]+)"', self._entry(self.page(page_id).id).html)}

    def links(self, page_id: str) -> list[str]:
        """Every href in the page as rendered with no region chosen."""
        page = self.page(page_id)
        return _sanitize(self._render_body(page, None)[0]).hrefs

    def plain_text(self, page_id: str, region: str | None = None) -> str:
        """The page's text with no markup; with a region, only the parts shown for that region."""
        if region is None:
            return self._entry(self.page(page_id).id).text
        key = (page_id, region)
        text = self._region_text.get(key)
        if text is None:
            raw, _toc = self._render_body(self.page(page_id), region)
            cleaned = _sanitize(_BLOCK_P.sub("", _WHO_TO_CALL_P.sub("", raw)))
            text = re.sub(r"[ \t]+", " ", "".join(cleaned.text))
            text = self._region_text[key] = re.sub(r"\s*\n\s*", "\n", text).strip()
        return text

    # ----- search

    def _build_index(self) -> None:
        for page_id in self.pages:
            if page_id not in self._indexed and page_id not in self._failed:
                self.warm_up(page_id)
        empty = _Indexed(html="", text="", toc=[])
        postings: dict[str, dict[int, float]] = {}
        self._order = list(self.pages)
        for number, page_id in enumerate(self._order):
            page = self.pages[page_id]
            fields = {
                "title": page.title,
                "tags": " ".join(page.tags),
                "summary": page.summary,
                "headings": " ".join(text for _level, text, _anchor in self._indexed.get(page_id, empty).toc),
                "body": self._indexed.get(page_id, empty).text,
            }
            for name, text in fields.items():
                counts: dict[str, int] = {}
                for token in _tokens(text):
                    counts[token] = counts.get(token, 0) + 1
                weight = _WEIGHTS[name]
                for token, count in counts.items():
                    score = weight * (1.0 + math.log(count)) if name == "body" else weight
                    bucket = postings.setdefault(token, {})
                    bucket[number] = bucket.get(number, 0.0) + score
        self._vocab = sorted(postings)
        self._postings = [postings[token] for token in self._vocab]
        self._folded_text = {pid: _fold(self._indexed.get(pid, empty).text) for pid in self._order}
        self._index_ready = True

    def _matches(self, term: str) -> dict[int, float]:
        found: dict[int, float] = {}
        start = bisect.bisect_left(self._vocab, term)
        for index in range(start, len(self._vocab)):
            token = self._vocab[index]
            if not token.startswith(term):
                break
            factor = 1.0 if token == term else 0.6
            for page_number, weight in self._postings[index].items():
                value = weight * factor
                if value > found.get(page_number, 0.0):
                    found[page_number] = value
        return found

    def search(self, query: str, *, region: str | None = None, limit: int = 20) -> list[SearchHit]:
        """Ranked pages for a query. Each word may be the start of a word ("sext" finds "sextortion")."""
        terms = _query_terms(query or "")
        if not terms or limit <= 0:
            return []
        if not self._index_ready:
            self._build_index()
        scores: dict[int, float] = {}
        matched: dict[int, int] = {}
        for term in terms:
            for page_number, value in self._matches(term).items():
                scores[page_number] = scores.get(page_number, 0.0) + value
                matched[page_number] = matched.get(page_number, 0) + 1
        hits: list[tuple[float, int]] = []
        for page_number, score in scores.items():
            coverage = matched[page_number] / len(terms)
            score *= coverage * coverage
            if not self.pages[self._order[page_number]].applies_to(region):
                score *= 0.6
            hits.append((score, page_number))
        hits.sort(key=lambda item: (-item[0], item[1]))
        results = []
        for score, page_number in hits[:limit]:
            page = self.pages[self._order[page_number]]
            snippet = self._snippet(page, terms, region)
            if region is not None and not page.applies_to(region):
                # Another region's page: say whose numbers these are.
                places = " and ".join(REGION_NAMES[r] for r in page.regions if r in REGION_NAMES)
                snippet = f"For {places}: {snippet}"
            results.append(SearchHit(page.id, page.title, round(score, 3), snippet))
        return results

    def _snippet(self, page: Page, terms: list[str], region: str | None = None, width: int = 160) -> str:
        """A piece of the page around the first search word. With a region, only text shown for that region is
        used, so another region's phone numbers never appear in a result."""
        if region is None:
            folded = self._folded_text[page.id]
            text = self._indexed[page.id].text if page.id in self._indexed else ""
        else:
            text = self.plain_text(page.id, region)
            folded = _fold(text)
        best = -1
        for term in terms:
            match = re.search(rf"(?<!\w){re.escape(term)}", folded)
            if match and (best < 0 or match.start() < best):
                best = match.start()
        if best < 0 or len(folded) != len(text):
            if best < 0:
                return page.summary
            # Folding changed the length (accents); fall back to a case-insensitive search on the original.
            for term in terms:
                match = re.search(rf"(?<!\w){re.escape(term)}", text, re.IGNORECASE)
                if match:
                    best = match.start()
                    break
            else:
                return page.summary
        line_start = text.rfind("\n", 0, best) + 1
        if best - line_start <= width // 2:  # keep the start of the line: it often names the region
            best = line_start + width // 3
        start = max(0, best - width // 3)
        end = min(len(text), start + width)
        if start > 0:
            space = max(text.rfind(" ", 0, start), text.rfind("\n", 0, start))
            start = space + 1 if space >= 0 else 0
            while start >= 2 and text[start - 1] in " -" and text[start - 2].isdigit():  # never half a number
                start = _number_start(text, start - 2)
        if end < len(text):
            space = text.find(" ", end)
            end = space if 0 <= space < end + 20 else end
            while end < len(text) - 1 and text[end] in " -" and text[end - 1].isdigit() and text[end + 1].isdigit():
                space = text.find(" ", end + 1)
                end = space if space >= 0 else len(text)
        snippet = " ".join(text[start:end].split())
        return ("…" if start > 0 else "") + snippet + ("…" if end < len(text) else "")


def _number_start(text: str, index: int) -> int:
    """Where the word holding text[index] starts."""
    while index > 0 and not text[index - 1].isspace():
        index -= 1
    return index


#: In the frozen app the pages travel in one archive with a neutral name, so nobody browsing the app's folder (or
#: the one-file build's temporary folder) sees file names like "threats-sextortion.md". packaging/iia-help.spec
#: writes it.
GUIDANCE_ARCHIVE = "library.dat"


def _decode(name: str, data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise GuidanceError(f"The guidance page {name} is not saved as UTF-8 text.") from None


def _read_page(name: str, data: bytes) -> Page:
    page = _parse_page(Path(name), _decode(name, data))
    return dataclasses.replace(page, sha256=source_sha256(data))


def _translate(pages: list[Page], translated: dict[str, bytes], language: str) -> list[Page]:
    """``pages`` with each page that has a usable translation replaced by it. A page with none, or a broken one,
    stays English (``translation_report`` lists the broken ones; the app never fails over a translation)."""
    out = []
    for page in pages:
        data = translated.get(page.id)
        if data is not None:
            with contextlib.suppress(GuidanceError):
                page = _parse_translation(Path(f"{page.id}.md"), _decode(f"{page.id}.md", data), page, language)
        out.append(page)
    return out


def _pages_from_archive(archive: Path, language: str = "en") -> list[Page]:
    import zipfile  # only the frozen app needs it

    try:
        with zipfile.ZipFile(archive) as z:
            pages, translated = [], {}
            for info in sorted(z.infolist(), key=lambda i: i.filename):
                if not info.filename.endswith(".md"):
                    continue
                folder, _, base = info.filename.rpartition("/")
                if folder not in ("", language):
                    continue
                if info.file_size > _MAX_PAGE_BYTES:
                    raise GuidanceError(f"The guidance page {info.filename} is too large.")
                if folder:
                    translated[base[:-3]] = z.read(info)
                else:
                    pages.append(_read_page(info.filename, z.read(info)))
            return _translate(pages, translated, language) if translated else pages
    except (OSError, zipfile.BadZipFile) as exc:
        raise GuidanceError(f"The guidance could not be read from {archive.name} ({type(exc).__name__}).") from None


def _read_file(path: Path) -> bytes:
    try:
        if path.stat().st_size > _MAX_PAGE_BYTES:
            raise GuidanceError(f"The guidance page {path.name} is too large.")
        return path.read_bytes()
    except OSError as exc:
        raise GuidanceError(f"The guidance page {path.name} could not be opened ({exc.strerror}).") from None


def _translations(root: Path, language: str) -> dict[str, bytes]:
    """The translated pages' sources (id -> bytes) in ``root/<language>/``; a page that cannot be read is left
    out (English is shown)."""
    folder = root / language
    if language == "en" or not _ID_RE.match(language) or not folder.is_dir():
        return {}
    out = {}
    for path in sorted(folder.glob("*.md")):
        try:
            out[path.stem] = _read_file(path)
        except GuidanceError:
            continue
    return out


def load_library(root: Path | None = None, *, lazy: bool = False, language: str = "en") -> Library:
    """Load every ``*.md`` page under ``root`` (default: the bundled guidance, a folder or, when frozen, the
    ``GUIDANCE_ARCHIVE``). See ``Library`` for lazy. ``language``: pages translated into it (``root/<code>/``)
    replace their English ones; every other page stays English."""
    if root is None:
        from iia_help.resources import resources_dir

        root = resources_dir() / "guidance"
        archive = resources_dir() / GUIDANCE_ARCHIVE
        if not root.is_dir() and archive.is_file():
            pages = _pages_from_archive(archive, language)
            if not pages:
                raise GuidanceError(f"There are no guidance pages in {archive.name}.")
            return Library(pages, lazy=lazy)
    root = Path(root)
    if not root.is_dir():
        raise GuidanceError(f"The guidance folder {root} is missing.")
    pages = [_read_page(path.name, _read_file(path)) for path in sorted(root.glob("*.md"))]
    if not pages:
        raise GuidanceError(f"There are no guidance pages in {root}.")
    translated = _translations(root, language)
    return Library(_translate(pages, translated, language) if translated else pages, lazy=lazy)


_FIXED_RES = (
    re.compile(r"\]\(([^)\s]+)\)"),  # every link target: page:..., app:..., https://..., tel:..., mailto:...
    re.compile(r"https?://[^\s)<>\]\"']+[^\s)<>\]\"'.,;:!?]"),  # web addresses written out
    re.compile(r"[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+"),  # email addresses
    re.compile(r"\b[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:org|uk|com|net|ie|gov|au|ca|nz|eu|info)\b"),  # StopNCII.org
    re.compile(r"(?<![\w+])\+?\d(?:[\d ]*\d)?(?![\w])"),  # numbers, spaced as written ("116 123", "0800 1111")
)


def fixed_strings(text: str) -> set[str]:
    """What a translation must copy byte for byte from its English page: link targets, web and email
    addresses, and every number of three or more digits (phone numbers as spaced in the facts, section numbers,
    years)."""
    out: set[str] = set()
    for pattern in _FIXED_RES:
        for match in pattern.finditer(text):
            value = (match.group(1) if match.groups() else match.group(0)).strip()
            if pattern is _FIXED_RES[-1] and sum(ch.isdigit() for ch in value) < 3:
                continue
            out.add(value)
    return out


@dataclass(frozen=True)
class TranslationStatus:
    language: str
    page_id: str
    state: str  # "current", "stale" (the English page changed since), "orphan" (no English page), "broken"
    detail: str = ""


def translation_report(root: Path) -> list[TranslationStatus]:
    """Every translated page under ``root/<code>/`` and its state, for tests and translators."""
    english = {p.id: p for p in (_read_page(path.name, _read_file(path)) for path in sorted(root.glob("*.md")))}
    out = []
    for folder in sorted(p for p in root.iterdir() if p.is_dir()):
        for path in sorted(folder.glob("*.md")):
            code, page_id = folder.name, path.stem
            if page_id not in english:
                out.append(TranslationStatus(code, page_id, "orphan", "no English page with this id"))
                continue
            try:
                page = _parse_translation(path, _decode(path.name, _read_file(path)), english[page_id], code)
            except GuidanceError as exc:
                out.append(TranslationStatus(code, page_id, "broken", str(exc)))
                continue
            out.append(TranslationStatus(code, page_id, "stale" if page.stale else "current"))
    return out
