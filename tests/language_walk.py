"""The app in a real language (``--language cy|pl|ur``): which English is left, on every page and in every dialog
of the pseudo-locale walk (tests/pseudo_walk.py), and what no longer fits at 1024x768. Used by
tests/test_language_walk.py.

A text shown is *English left* when it is, unchanged, one of:
- an English text of the ``.ts`` template (a whole text, a paragraph or line of one, or the fixed words of one
  with its ``{placeholders}`` filled in), while the language's ``.ts`` file translates it or leaves it empty;
- a line of an English guidance page that the page's translation does not have (the pages are all translated);
- a contact's English description (or name, where the translation gives one);
- a name the app builds from English words (the danger line's countries, a region part's label);
- a word of the core's English date and contact tables ("Phone", "Hours", month names).
Proper names from the fact sheets (services, laws) are allowed only through the short list in the test.
"""

from __future__ import annotations

import html
import json
import re
from functools import cache
from pathlib import Path
from xml.etree import ElementTree

from layout_fit import problems, settle, walk
from pseudo_walk import _NO_WORDS, clipped_labels, dialogs, texts_of

REPO = Path(__file__).resolve().parents[1]
TRANSLATIONS = REPO / "resources" / "translations"
_BLOCK_TAG = re.compile(r"</?(?:p|h[1-6]|li|ul|ol|br|div|tr|td|th|table)\b[^>]*>", re.I)
_PLACEHOLDER = re.compile(r"\{[^{}]*\}")
_LETTER = re.compile(r"[^\W\d_]{2,}")
_ISOLATES = re.compile(r"[\u200e\u200f\u2066-\u2069\u202a-\u202e\u2060]")


def plain(text: str) -> str:
    """What a reader sees of ``text``: no tags, entities, mnemonic ``&``, isolates; spaces collapsed."""
    text = re.sub(r"<[^>]*>", "", text)
    text = html.unescape(text.replace("&&", "\0").replace("&amp;", "\0").replace("&", "").replace("\0", "&"))
    text = _ISOLATES.sub("", text).replace("\u00a0", " ").replace("\u202f", " ").replace("\u2007", " ")
    return re.sub(r"\s+", " ", text).strip()


def blocks(text: str) -> list[str]:
    """The paragraphs and lines of ``text`` (plain or HTML), each plain."""
    parts = _BLOCK_TAG.split(text) if "<" in text else [text]
    out = []
    for part in parts:
        for line in part.split("\n"):
            p = plain(line)
            if p:
                out.append(p)
    return out


def pieces(text: str) -> list[str]:
    """``text`` cut at ``:``, ``;``, ``,`` and " and " (a labelled number "UK and Ireland: 999; US: 911"), each
    stripped."""
    return [p.strip(" .") for p in re.split(r"[:;,\u060c\u061b]| and ", text) if p.strip(" .")]


def has_words(text: str) -> bool:
    """Whether ``text`` has a word to translate (not only placeholders, signs and digits)."""
    return bool(_LETTER.search(_PLACEHOLDER.sub("", re.sub(r"<[^>]*>", "", text))))


def _ts_table(path: Path) -> dict[tuple[str, str], str]:
    root = ElementTree.parse(path).getroot()
    out = {}
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if tr is not None and tr.get("type") in ("obsolete", "vanished"):
                continue
            forms = [] if tr is None else [f.text or "" for f in tr.iter("numerusform")]
            text = "" if tr is None else (tr.text or "")
            out[(name, msg.findtext("source") or "")] = " | ".join(forms) if forms else text
    return out


def _singulars(path: Path) -> dict[tuple[str, str], str]:
    """The English singular (the comment) of each plural text of a .ts file."""
    root = ElementTree.parse(path).getroot()
    return {(ctx.findtext("name") or "", msg.findtext("source") or ""): msg.findtext("comment") or ""
            for ctx in root.iter("context") for msg in ctx.iter("message") if msg.get("numerus") == "yes"}


class English:
    """Every English text the app can show, for one language's walk."""

    def __init__(self, language: str, *, kept: set[tuple[str, str]] = frozenset()) -> None:
        """``kept``: (context, source) of texts whose translation is the English text on purpose."""
        self.language = language
        template = _ts_table(TRANSLATIONS / "iia_help.ts")
        self.exact: set[str] = set()
        self.templates: list[tuple[re.Pattern, str]] = []
        singular = _singulars(TRANSLATIONS / "iia_help.ts")
        for (context, source) in template:
            if (context, source) in kept:
                continue
            # a plural text: its English plural and singular, the count a placeholder like the others
            english = [source, singular[(context, source)]] if (context, source) in singular else [source]
            for block in (b.replace("%n", "{n}") for text in english for b in blocks(text)):
                if not has_words(block):
                    continue  # nothing but placeholders and signs
                if _PLACEHOLDER.search(block):
                    literal = [re.escape(part).replace(r"\ ", r"\s+") for part in _PLACEHOLDER.split(block)]
                    self.templates.append((re.compile("(.+?)".join(literal), re.S), f"{context}: {block}"))
                else:
                    self.exact.add(block)
        self.exact |= _guidance_english(language) | _contacts_english(language) | _core_english(language)

    def english(self, text: str) -> str | None:
        """Why ``text`` (one plain block) is English left, or None."""
        if not text or _NO_WORDS.match(text):
            return None
        if text in self.exact or text.rstrip(".:") in self.exact:
            return "English"
        for piece in pieces(text):
            if " " not in piece and piece.islower():
                continue  # one small word ("to") can be a word of the language too
            if piece in self.exact and not _NO_WORDS.match(piece):
                return f"English words {piece!r}"
        for pattern, source in self.templates:
            m = pattern.fullmatch(text)
            # English only if the template's own words are most of the text ("{places} and {last}" is not English
            # because a service's English name has "and" in it)
            if m and 2 * (len(text) - sum(len(g) for g in m.groups())) >= len(text):
                return f"English template {source[:60]!r}"
        return None


@cache
def _guidance_pages(language: str) -> dict[str, tuple[str, set[str]]]:
    from iia_help.guidance import load_library

    lib = load_library(language=language)
    return {pid: (p.title, set(blocks(lib.plain_text(pid)))) for pid, p in lib.pages.items()}


@cache
def _guidance_english(language: str) -> set[str]:
    """The English pages' lines their translations do not have."""
    english, translated = _guidance_pages("en"), _guidance_pages(language)
    out: set[str] = set()
    for pid, (title, lines) in english.items():
        t_title, t_lines = translated.get(pid, ("", set()))
        out |= {line for line in lines | {title} if line not in t_lines and line != t_title}
    return out


@cache
def _contacts_english(language: str) -> set[str]:
    """Each contact's English descriptive fields (every contact has a translation), and its English name where
    any language translates it (a descriptive name such as "In danger now: call 999"; a service's own name is
    left English by every language)."""
    english = json.loads((REPO / "resources" / "contacts.json").read_text("utf-8"))
    rows = english["contacts"] if isinstance(english, dict) else english

    def translations(code: str) -> dict:
        return json.loads((REPO / "resources" / "contacts" / f"{code}.json").read_text("utf-8"))["contacts"]

    own = translations(language)
    named = {cid for code in ("cy", "pl", "ur") for cid, entry in translations(code).items() if "name" in entry}
    out: set[str] = set()
    for row in rows:
        mine = own.get(row["id"], {})
        for field in ("for", "who", "hours", "note", "text", "name"):
            if isinstance(row.get(field), str) and (field != "name" or row["id"] in named) \
                    and mine.get(field) != row[field]:
                out |= set(blocks(row[field]))
    return out


@cache
def _core_english(language: str) -> set[str]:
    """Words of the core's tables the reader sees (display_text's labels, month and day names)."""
    from iia_help import display_text

    en, own = display_text._LOCALES["en"], display_text._LOCALES[language]
    out: set[str] = set()
    for field in ("months", "weekdays"):
        out |= {a for a, b in zip(getattr(en, field), getattr(own, field), strict=True) if a != b}
    out |= {v.replace("{date}", "").strip(" .:") for k, v in en.labels.items() if own.labels.get(k) != v}
    return out


def document_blocks(browser) -> list[str]:
    """The paragraphs of a text view's document, each as shown."""
    doc = browser.document()
    out = []
    block = doc.begin()
    while block.isValid():
        text = plain(block.text().replace("\u2029", "\n").replace("\u2028", "\n"))
        if text:
            out.append(text)
        block = block.next()
    return out


def english_left(root, english: English, data: set[str]) -> list[str]:
    """Each English text shown in ``root`` (a window or dialog): labels, buttons, titles, items, and the
    documents of its text views (guidance pages, handouts)."""
    from PySide6.QtWidgets import QTextBrowser, QWidget

    out = []
    for w in [root, *root.findChildren(QWidget)]:
        if w is not root and not w.isVisibleTo(root):
            continue
        texts = [b for t in texts_of(w) for b in blocks(t)]
        if isinstance(w, QTextBrowser):
            texts += document_blocks(w)
        tip = w.toolTip()
        texts += blocks(tip) if tip else []
        name = w.accessibleName()
        texts += [plain(name)] if name else []
        for text in texts:
            if text in data:
                continue
            why = english.english(text)
            if why:
                out.append(f"{type(w).__name__}({w.objectName()}): {text[:80]} [{why}]")
    return sorted(set(out))


def is_mirrored(window) -> bool:
    from PySide6.QtCore import Qt

    return window.layoutDirection() == Qt.LayoutDirection.RightToLeft


def cut_short(root) -> list[str]:
    """Word-wrapped labels shorter than their text needs at their width (the last lines cut off), and scroll areas
    whose content is wider than their view with no way to scroll sideways (cut off on the right)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel, QScrollArea

    out = []
    for area in root.findChildren(QScrollArea):
        inner = area.widget()
        if area.isVisible() and inner is not None and inner.width() > area.viewport().width() + 1 \
                and area.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff:
            out.append(f"QScrollArea({area.objectName()}): content {inner.width()} px wide in a view of "
                       f"{area.viewport().width()}, cut off")
    for w in root.findChildren(QLabel):
        if w.isVisible() and w.wordWrap() and w.text() and w.height() + 2 < w.heightForWidth(w.width()):
            out.append(f"QLabel({w.objectName()}): {plain(w.text())[:40]} ({w.height()} px high of "
                       f"{w.heightForWidth(w.width())})")
    return out


def walk_language(app, window, ctx, english: English, data: set[str], report) -> None:
    """Every page and state of the layout walk, then every dialog: ``report(state, english_left, clipped,
    numbers, mirrored)`` (numbers: grouped numbers that would read backwards in right-to-left text; mirrored: the
    window or dialog is laid out right to left)."""

    def check(state: str, bad: list[str]) -> None:
        settle(app, 20)
        report(state, english_left(window, english, data), bad + clipped_labels(window) + cut_short(window),
               unisolated_numbers(window),
               is_mirrored(window))

    walk(app, window, check)
    first_questions(app, window, ctx, check)
    no_place(app, window, ctx, check)
    ages(app, window, ctx, check)
    viewer = with_files(app, window, ctx, check)
    from PySide6.QtCore import Qt

    for name, dialog in dialogs(window, ctx) + more_dialogs(window, ctx) + viewer:
        if not dialog.testAttribute(Qt.WidgetAttribute.WA_Resized):  # as show() sizes it, on a 1024x768 screen
            dialog.resize(min(dialog.sizeHint().width(), 1024), min(dialog.sizeHint().height(), 768))
        dialog.show()
        settle(app)
        bad = problems(dialog) + clipped_labels(dialog) + cut_short(dialog)
        if dialog.width() > 1024 or dialog.height() > 768:
            bad.append(f"{name} needs {dialog.width()}x{dialog.height()}, more than the screen")
        report(f"dialog: {name}", english_left(dialog, english, data), bad, unisolated_numbers(dialog),
               is_mirrored(dialog))
        dialog.hide()
        dialog.deleteLater()
        settle(app)


def first_questions(app, window, ctx, check) -> None:
    """The first-run questions at the foot of the window, each in turn."""
    from iia_help.ui.first_run import FirstQuestions

    window.navigate("guidance")
    bar = FirstQuestions(ctx, window)
    window.centralWidget().layout().addWidget(bar)
    bar.show()
    for step, note in (("shared", ""), ("audience", "x"), ("age", "")):
        bar._show(step, note)
        if note:  # the note after "Yes, open on a plain page"
            bar._shared_yes()
            ctx.update_settings(start_screen="")
        settle(app)
        check(f"first-run question: {step}", problems(window))
    bar.hide()
    window.centralWidget().layout().removeWidget(bar)
    bar.deleteLater()
    settle(app)


def with_files(app, window, ctx, check) -> list:
    """The journal with files kept with an entry (counts: "2 files"), a search that finds one entry and one that
    finds none; returns the file viewer, to walk with the dialogs."""
    from iia_help.ui.journal.attachments import AttachmentViewer

    journal = window.navigate("journal")
    if not hasattr(journal, "is_unlocked") or not journal.is_unlocked():
        return []
    eid = journal.journal.entries()[0].id
    ids = [journal.journal.attach(eid, f"screenshot-{i}.txt", b"not a picture") for i in (1, 2)]
    journal.timeline.model.upsert(journal.journal.get_entry(eid))
    journal.show_timeline()
    settle(app)
    check("journal list, an entry with files", problems(window))
    for words in ("paid", "nothing like this"):
        journal.timeline.search.setText(words)
        settle(app)
        check(f"journal list, searched for {words!r}", problems(window))
    journal.timeline.search.clear()
    journal.open_entry(eid)
    settle(app)
    check("journal entry with files", problems(window))
    journal.show_timeline()
    return [("file viewer", AttachmentViewer(journal.journal, journal.journal.attachment(ids[0]), journal,
                                             language=ctx.language))]


def ages(app, window, ctx, check) -> None:
    """The start page and the contacts for someone who said they are under 18, and for an adult."""
    for age in ("under-18", "adult"):
        ctx.update_settings(age_group=age)
        guidance = window.navigate("guidance")
        guidance.go_home()
        settle(app)
        check(f"guidance home, age {age}", problems(window))
        window.navigate("contacts")
        settle(app)
        check(f"contacts, age {age}", problems(window))
    ctx.update_settings(age_group="")


def more_dialogs(window, ctx) -> list:
    """Dialogs the pseudo walk opens in one state only, in their other states: End session with one handout saved,
    and with two."""
    from iia_help.ui.support.session import EndSessionDialog

    saved = [ctx.paths.data_dir / "handout-1.pdf", ctx.paths.data_dir / "handout-2.pdf"]
    return [("end session, one handout", EndSessionDialog(saved[:1], window)),
            ("end session, two handouts", EndSessionDialog(saved, window))]


def no_place(app, window, ctx, check) -> None:
    """The guidance with no place chosen (every number labelled with its country) and with "somewhere else"."""
    region = ctx.settings.region
    guidance = window.navigate("guidance")
    for place in ("", "elsewhere"):
        ctx.update_settings(region=place)
        for page in ("home", "threats-sextortion", "removal"):
            guidance.open_page(page)
            settle(app)
            check(f"guidance {page}, place {place or 'not chosen'}", problems(window))
    ctx.update_settings(region=region)
    guidance.go_home()
    settle(app)


#: A number in groups ("0808 80 10 800", "+44 7700 900123", "9‑8‑8"): inside right-to-left text its groups come out
#: in reverse order unless it is isolated left to right.
_GROUPED_NUMBER = re.compile(r"\+?\d+(?:[ \u00a0\u202f\u2011-]\d+)+")
_RTL_LETTER = re.compile(r"[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
_LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f]")
#: How many grouped numbers in right-to-left text the walk has checked (so a test knows there were some).
NUMBERS_SEEN = 0


def _reads_ltr(text: str, start: int, base_rtl: bool) -> bool:
    """Whether a number starting at ``start`` reads left to right: inside a left-to-right isolate or embedding,
    or after a Latin letter in the same run (the Unicode rule W7: such digits take the letter's direction), or in
    left-to-right text with no right-to-left letter before it."""
    stack: list[str] = []
    scope = 0  # where the innermost isolate (or the paragraph) starts
    starts: list[int] = []
    for i, c in enumerate(text[:start]):
        if c in "\u2066\u202a\u202d\u2067\u202b\u202e\u2068":
            if c in "\u2066\u202a\u202d":
                stack.append("L")
            elif c == "\u2068":  # FSI: the direction of the first strong letter inside it
                first = next((ch for ch in text[i + 1:] if _RTL_LETTER.match(ch) or _LATIN_LETTER.match(ch)), "")
                stack.append("R" if first and _RTL_LETTER.match(first) else "L")
            else:
                stack.append("R")
            starts.append(scope)
            scope = i + 1
        elif c in "\u2069\u202c" and stack:  # PDI, PDF
            stack.pop()
            scope = starts.pop()
    before = [ch for ch in text[scope:start] if _RTL_LETTER.match(ch) or _LATIN_LETTER.match(ch)]
    if before:
        return bool(_LATIN_LETTER.match(before[-1]))
    return stack[-1] == "L" if stack else not base_rtl


def unisolated_numbers(root) -> list[str]:
    """Every grouped number shown in right-to-left text without a left-to-right isolate around it."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QTextBrowser, QWidget

    out = []
    for w in [root, *root.findChildren(QWidget)]:
        if w is not root and not w.isVisibleTo(root):
            continue
        rtl = w.layoutDirection() == Qt.LayoutDirection.RightToLeft
        texts = [(html.unescape(re.sub(r"<[^>]*>", "", t)), rtl) for t in texts_of(w)]
        if isinstance(w, QTextBrowser):
            block = w.document().begin()
            while block.isValid():
                texts.append((block.text(), block.textDirection() == Qt.LayoutDirection.RightToLeft))
                block = block.next()
        for text, base_rtl in texts:
            for m in _GROUPED_NUMBER.finditer(text):
                global NUMBERS_SEEN
                NUMBERS_SEEN += base_rtl or bool(_RTL_LETTER.search(text))
                if not _reads_ltr(text, m.start(), base_rtl):
                    out.append(f"{type(w).__name__}({w.objectName()}): {m.group(0)!r} in {plain(text)[:60]!r}")
    return sorted(set(out))
