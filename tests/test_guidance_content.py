"""The guidance library: every page loads, links resolve, search works, and hostile input is safe."""

from __future__ import annotations

import datetime
import re
from collections import deque
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from iia_help.guidance import REGION_CODES, GuidanceError, Library, Page, SearchHit, load_library
from iia_help.resources import resources_dir

EXPECTED_IDS = {
    "home", "what-is-it", "not-your-fault", "law", "law-england-wales", "law-scotland",
    "law-northern-ireland", "law-ireland", "law-us", "law-australia", "law-canada", "threats-sextortion",
    "removal", "evidence", "police", "grooming", "staying-safe", "self-care", "support-workers", "under-18",
    "contacts-help",
}  # fmt: skip
REGION_LAW_PAGES = {
    "england": "law-england-wales",
    "wales": "law-england-wales",
    "scotland": "law-scotland",
    "northern-ireland": "law-northern-ireland",
    "ireland": "law-ireland",
    "us": "law-us",
    "australia": "law-australia",
    "canada": "law-canada",
}
GUIDANCE_DIR = resources_dir() / "guidance"
HREF_RE = re.compile(r'href="([^"]*)"')


@pytest.fixture(scope="module")
def lib() -> Library:
    return load_library()


def _page_targets(href: str) -> tuple[str, str] | None:
    if not href.startswith("page:"):
        return None
    target, _, anchor = href[len("page:") :].partition("#")
    return target, anchor


# --------------------------------------------------------------------------- loading and front matter


def test_resources_dir_points_at_repo_resources():
    assert (resources_dir() / "guidance").is_dir()
    assert (resources_dir() / "contacts.json").is_file()


def test_every_expected_page_loads(lib):
    assert set(lib.pages) >= EXPECTED_IDS
    assert len(list(GUIDANCE_DIR.glob("*.md"))) == len(lib.pages)
    for page in lib.pages.values():
        assert isinstance(page, Page)
        assert page.body.strip()


def test_front_matter_is_valid(lib):
    for path in GUIDANCE_DIR.glob("*.md"):
        lines = path.read_text(encoding="utf-8").splitlines()
        assert lines[0] == "---", path.name
        end = lines.index("---", 1)
        keys = [line.split(":", 1)[0] for line in lines[1:end] if line.strip()]
        for key in ("id", "title", "summary", "regions", "tags", "last_reviewed"):
            assert key in keys, f"{path.name} lacks {key}"
    for page in lib.pages.values():
        assert page.title and page.summary and page.tags
        assert isinstance(page.last_reviewed, datetime.date)
        assert datetime.date(2024, 1, 31) <= page.last_reviewed <= datetime.date(2030, 1, 1)
        for region in page.regions:
            assert region == "all" or region in REGION_CODES, (page.id, region)
        for other in page.related:
            assert other in lib.pages, f"{page.id} relates to unknown page {other}"
            assert other != page.id


def test_region_law_pages_are_tagged_for_their_region(lib):
    for region, page_id in REGION_LAW_PAGES.items():
        page = lib.page(page_id)
        shared = {r for r, p in REGION_LAW_PAGES.items() if p == page_id}  # England and Wales share one law
        assert set(page.regions) == shared
        assert page in lib.pages_for_region(region)
        others = [r for r in REGION_LAW_PAGES if r not in shared]
        assert all(page not in lib.pages_for_region(other) for other in others)
    for_scotland = lib.pages_for_region("scotland")
    assert for_scotland[0].id == "home"
    assert [p.order for p in for_scotland] == sorted(p.order for p in for_scotland)


def test_unknown_page_gives_a_human_error(lib):
    with pytest.raises(GuidanceError, match="no guidance page called 'nope'"):
        lib.page("nope")
    with pytest.raises(GuidanceError):
        lib.render("nope")


# --------------------------------------------------------------------------- links and reachability


@pytest.mark.parametrize("region", [None, *REGION_CODES])
def test_every_internal_link_and_anchor_resolves(lib, region):
    for page_id in lib.pages:
        html = lib.render(page_id, region=region)
        for href in HREF_RE.findall(html):
            assert href.startswith(("page:", "app:", "https://", "mailto:", "#")), (page_id, href)
            if href.startswith("app:"):
                assert href in {"app:journal", "app:contacts"}, (page_id, href)
            target = _page_targets(href)
            if target is None:
                continue
            target_id, anchor = target
            assert target_id in lib.pages, f"{page_id} links to missing page {target_id}"
            if anchor:
                rendered = lib.render(target_id, region=region)
                assert f'id="{anchor}"' in rendered, f"{page_id} links to missing anchor {href} ({region})"


def test_links_lists_every_href(lib):
    links = lib.links("home")
    assert "page:threats-sextortion" in links
    assert "app:contacts" in links
    assert "page:police" in links


@pytest.mark.parametrize("region", [None, *REGION_CODES])
def test_every_page_is_reachable_from_home(lib, region):
    seen = {"home"}
    queue = deque(["home"])
    while queue:
        current = queue.popleft()
        for href in HREF_RE.findall(lib.render(current, region=region)):
            target = _page_targets(href)
            if target and target[0] not in seen:
                seen.add(target[0])
                queue.append(target[0])
    assert seen == set(lib.pages), f"not reachable for {region}: {set(lib.pages) - seen}"


def test_home_routes_to_the_big_choices_in_one_click(lib):
    links = set(lib.links("home"))
    for target in ("threats-sextortion", "removal", "under-18", "evidence", "police", "staying-safe", "self-care"):
        assert f"page:{target}" in links
    assert "app:contacts" in links
    assert "app:journal" in set(lib.links("evidence"))


def test_emergency_line_comes_first_and_matches_the_region(lib):
    expected = {
        "england": "999", "wales": "999", "scotland": "999", "northern-ireland": "999", "us": "911",
        "canada": "911", "australia": "000", "ireland": "999 or 112",
        "elsewhere": "local emergency number",
    }  # fmt: skip
    # The start page's line is the app's own (tests/test_help_first.py), built from the contacts list.
    for page_id in ("threats-sextortion", "police", "under-18"):
        for region, text in expected.items():
            html = lib.render(page_id, region=region)
            first = re.search(r"<p>(.*?)</p>", html, re.S).group(1)
            assert "In danger now" in first and text in first, (page_id, region, first)
            others = {v for v in expected.values() if v not in text}
            assert not any(f"Call {o}" in first for o in others)


# --------------------------------------------------------------------------- rendering safety


def _write_page(folder: Path, name: str, body: str, **meta: str) -> Path:
    fields = {
        "id": name,
        "title": "Test page",
        "summary": "A test.",
        "regions": "all",
        "tags": "test",
        "last_reviewed": "2026-11-23",
        **meta,
    }
    head = "".join(f"{k}: {v}\n" for k, v in fields.items())
    path = folder / f"{name}.md"
    path.write_text(f"---\n{head}---\n{body}", encoding="utf-8")
    return path


HOSTILE = """
## Title <script>alert(1)</script>

<div onclick="steal()">block html</div>

<img src="https://tracker.example/pixel.png">

Inline <b onmouseover="x()">bold</b> and <iframe src="https://evil.example"></iframe>

![remote](https://tracker.example/a.png) ![proto](//tracker.example/b.png) ![local](pic.png)

[bad](javascript:alert(1)) [data](data:text/html,hi) [file](file:///etc/passwd) [ok](page:home)

A paragraph with attributes
{: onclick="x()" style="color:red" }
"""


def test_no_raw_html_or_remote_images_pass_through(tmp_path):
    _write_page(tmp_path, "hostile", HOSTILE)
    lib = load_library(tmp_path)
    html = lib.render("hostile")
    for tag, attrs in re.findall(r"<([a-zA-Z0-9]+)([^>]*)>", html):
        assert tag.lower() not in {"script", "iframe", "div", "b"}, tag
        names = re.findall(r"\s([a-zA-Z-]+)=", attrs)
        assert set(names) <= {"id", "href", "src", "alt", "title", "start"}, (tag, attrs)
    assert not re.search(r"<img[^>]+src=\"(https?:)?//", html)
    assert "javascript:" not in html and "data:text" not in html and "file:" not in html
    assert "&lt;script&gt;" in html  # shown as text, not run
    assert 'href="page:home"' in html
    assert '<img alt="local" src="pic.png">' in html or '<img src="pic.png" alt="local">' in html
    assert all(not h.lower().startswith(("javascript", "data", "file")) for h in lib.links("hostile"))


def test_real_pages_have_no_images_or_raw_html(lib):
    for page_id, page in lib.pages.items():
        assert "<" not in page.body.replace("<https://", ""), f"{page_id} contains raw HTML"
        assert "<img" not in lib.render(page_id)


def test_highlight_marks_terms_without_breaking_links(lib):
    html = lib.render("threats-sextortion", highlight="sext")
    assert "<mark>sextortion</mark>" in html.lower()
    html = lib.render("home", highlight="police")
    assert 'href="page:police"' in html  # attributes untouched
    assert "<mark>police</mark>" in html
    html = lib.render("home", highlight='"><script>')
    assert "<script" not in html


def test_toc_lists_headings_with_stable_anchors(lib):
    toc = lib.toc("police")
    anchors = [anchor for _level, _text, anchor in toc]
    assert "deaf-or-speech-impaired-access" in anchors
    assert all(isinstance(level, int) and level >= 2 for level, _t, _a in toc)
    assert toc == lib.toc("police")  # stable
    html = lib.render("police")
    for _level, _text, anchor in toc:
        assert f'id="{anchor}"' in html
    assert ("Deaf or speech-impaired access" in [t for _l, t, _a in toc])
    assert "deaf-or-speech-impaired-access" not in [a for _l, _t, a in lib.toc("police", region="us")]


def test_region_parts_show_only_for_their_region(lib):
    scotland = lib.render("police", region="scotland")
    us = lib.render("police", region="us")
    everything = lib.render("police")
    assert "18001 101" in scotland and "18001 101" not in us
    assert "CyberTipline" in us and "CyberTipline" not in scotland
    assert "18001 101" in everything and "CyberTipline" in everything


# --------------------------------------------------------------------------- search


def test_search_finds_expected_pages(lib):
    def top(query: str, n: int = 1, **kw) -> list[str]:
        return [hit.page_id for hit in lib.search(query, **kw)[:n]]

    assert top("sextortion") == ["threats-sextortion"]
    assert "threats-sextortion" in top("sext", 2)
    assert top("stopncii") == ["removal"]
    assert top("101") == ["police"]
    assert top("webcam scam") == ["threats-sextortion"]
    assert top("coco") == ["law-ireland"]
    assert top("stalkerware") == ["staying-safe"]
    assert "law-ireland" in top("garda", 3)
    assert top("GROOMING") == ["grooming"]
    assert top("how do I get images removed") == ["removal"]
    assert top("samaritans 116 123") == ["self-care"]
    assert top("gardai") == top("Gardaí")  # accents do not matter


def test_search_hits_are_ranked_and_have_snippets(lib):
    hits = lib.search("evidence")
    assert hits and isinstance(hits[0], SearchHit)
    assert hits[0].page_id == "evidence"
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)
    assert all(h.title == lib.page(h.page_id).title for h in hits)
    blackmail = lib.search("blackmail")[0]
    assert "blackmail" in blackmail.snippet.lower()
    assert "<" not in blackmail.snippet
    assert len(lib.search("a", limit=3)) <= 3
    assert lib.search("") == []
    assert lib.search("   ") == []
    assert lib.search("zzzqqqxx") == []


def test_search_prefers_pages_for_the_chosen_region(lib):
    assert lib.search("law", region="scotland")[0].page_id in {"law-scotland", "law"}
    scotland_ids = [h.page_id for h in lib.search("law", region="scotland")]
    assert scotland_ids.index("law-scotland") < scotland_ids.index("law-canada")
    # Other regions' pages are still findable.
    assert "law-canada" in scotland_ids


# --------------------------------------------------------------------------- hostile files


_HEAD = "---\nid: broken\ntitle: T\nsummary: S\nregions: all\ntags: t\nlast_reviewed: 2026-11-23\n"


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("no front matter", "must start"),
        ("---\nid: broken\n", "no closing"),
        ("---\nid broken\n---\n", "key: value"),
        ("---\nid: broken\ntitle: T\n---\n", "missing"),
        (_HEAD.replace("regions: all", "regions: mars") + "---\nx", "region"),
        (_HEAD.replace("2026-11-23", "23/11/2026") + "---\nx", "date"),
        (_HEAD.replace("id: broken", "id: other") + "---\nx", "file name"),
        (_HEAD + "who: x\n---\n", "unknown"),
        (_HEAD + "order: x\n---\n", "order"),
        (_HEAD + "---\n::: region scotland\nx", "never closed"),
        (_HEAD + "---\n:::\nx", "never opened"),
        (_HEAD + "---\n::: region nowhere\nx\n:::", "unknown codes"),
    ],
)
def test_bad_pages_raise_a_human_error_naming_the_file(tmp_path, text, fragment):
    (tmp_path / "broken.md").write_text(text, encoding="utf-8")
    with pytest.raises(GuidanceError) as info:
        load_library(tmp_path)
    assert "broken.md" in str(info.value)
    assert fragment in str(info.value)


def test_non_utf8_and_missing_folder(tmp_path):
    (tmp_path / "bad.md").write_bytes(b"---\nid: bad\xff\xfe\n---\n")
    with pytest.raises(GuidanceError, match="bad.md"):
        load_library(tmp_path)
    with pytest.raises(GuidanceError, match="missing"):
        load_library(tmp_path / "nowhere")
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(GuidanceError, match="no guidance pages"):
        load_library(empty)


def test_deeply_nested_markdown_does_not_crash(tmp_path):
    _write_page(tmp_path, "deep", ">" * 3000 + " hi\n\n" + "- " * 2000 + "x\n")
    try:
        lib = load_library(tmp_path)
    except GuidanceError as exc:
        assert "deep.md" in str(exc)
    else:
        assert "hi" in lib.render("deep")


def _check_loader_on(folder: Path, text: str) -> None:
    (folder / "page.md").write_text(text, encoding="utf-8")
    try:
        lib = load_library(folder)
    except GuidanceError as exc:
        assert "page.md" in str(exc)
        return
    page = lib.page("page")
    lib.render("page", region="scotland", highlight=text[:20])
    lib.toc("page")
    lib.search(text[:30])
    assert page.id == "page"


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(text=st.text(max_size=400))
def test_random_text_never_crashes_the_loader(tmp_path, text):
    _check_loader_on(tmp_path, text)


_line = st.one_of(
    st.sampled_from(
        ["id: page", "title: T", "summary: S", "regions: all", "regions: scotland, us", "tags: a, b",
         "last_reviewed: 2026-11-23", "related: home", "order: 5", "order: -1", "::", "", "# note"]
    ),
    st.text(max_size=30).map(lambda s: s.replace("\n", " ")),
)  # fmt: skip
_body = st.lists(
    st.one_of(
        st.sampled_from(["::: region scotland", ":::", "::: region nowhere", "# H", "<b>x</b>", "[a](page:x)"]),
        st.text(max_size=60),
    ),
    max_size=12,
)


@settings(max_examples=80, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(head=st.lists(_line, max_size=10), body=_body)
def test_random_front_matter_never_crashes_the_loader(tmp_path, head, body):
    text = "---\n" + "\n".join(head) + "\n---\n" + "\n".join(body)
    _check_loader_on(tmp_path, text)


def test_lazy_library_matches_the_eager_one(tmp_path):
    """The app loads lazily for a fast first window; what it shows and finds must be exactly the same."""
    eager = load_library()
    lazy = load_library(lazy=True)
    assert list(lazy.pages) == list(eager.pages)
    assert lazy._indexed == {}  # nothing rendered yet
    first = next(iter(eager.pages))
    assert lazy.render(first) == eager.render(first)
    assert len(lazy._indexed) == 1
    # A search before any warm-up builds what it needs and ranks the same.
    assert lazy.search("police report") == eager.search("police report")
    while lazy.warm_up():
        pass
    for page_id in eager.pages:
        assert lazy.render(page_id, highlight="photo") == eager.render(page_id, highlight="photo")
        assert lazy.plain_text(page_id) == eager.plain_text(page_id)


def test_lazy_library_reports_a_broken_page_only_when_it_is_opened(tmp_path, monkeypatch):
    import iia_help.guidance as guidance

    _write_page(tmp_path, "good", "Nothing to see, just a page about photos.")
    _write_page(tmp_path, "bad", "This one breaks the renderer.")
    real = guidance._select_region

    def explode(body, region):
        if "breaks" in body:
            raise RecursionError("too deep")
        return real(body, region)

    monkeypatch.setattr(guidance, "_select_region", explode)
    with pytest.raises(GuidanceError, match="bad.md"):
        load_library(tmp_path)
    lib = load_library(tmp_path, lazy=True)
    while lib.warm_up():
        pass
    assert [hit.page_id for hit in lib.search("photos")] == ["good"]
    with pytest.raises(GuidanceError, match="bad.md"):
        lib.render("bad")


def test_frozen_app_reads_the_guidance_from_its_neutral_archive(tmp_path, monkeypatch):
    """A frozen build carries the pages in resources/library.dat (no telling file names on disk)."""
    import zipfile

    import iia_help.resources as resources
    from iia_help.guidance import GUIDANCE_ARCHIVE

    bundled = tmp_path / "resources"
    bundled.mkdir()
    with zipfile.ZipFile(bundled / GUIDANCE_ARCHIVE, "w") as z:
        for page in sorted((resources.resources_dir() / "guidance").glob("*.md")):
            z.writestr(page.name, page.read_bytes())
    reference = load_library()
    monkeypatch.setattr(resources, "resources_dir", lambda: bundled)
    lib = load_library()
    assert list(lib.pages) == list(reference.pages)
    assert lib.render("home") == reference.render("home")
    (bundled / GUIDANCE_ARCHIVE).write_bytes(b"not a zip file")
    with pytest.raises(GuidanceError, match=GUIDANCE_ARCHIVE):
        load_library()


# --------------------------------------------------------------------------- reading level

# Flesch-Kincaid grade, implemented here (no new dependency): 0.39 * words per sentence + 11.8 * syllables per
# word - 15.59. A sentence ends at . ! ? or a line break (headings and list items are their own units, as a
# reader sees them). Syllables: groups of vowels, less a silent final e / -es / -ed.
_FK_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


def _syllables(word: str) -> int:
    w = re.sub(r"[^a-z]", "", word.lower())
    if len(w) <= 3:
        return 1
    w = re.sub(r"(?:[^laeiouy]es|ed|[^laeiouy]e)$", "", w)
    w = re.sub(r"^y", "", w)
    return max(1, len(re.findall(r"[aeiouy]{1,2}", w)))


def fk_grade(text: str) -> float:
    sentences = [s for s in re.split(r"(?<=[.!?])\s+|\n+", text) if _FK_WORD.search(s)]
    words = _FK_WORD.findall(text)
    syllables = sum(_syllables(w) for w in words)
    return 0.39 * len(words) / len(sentences) + 11.8 * syllables / len(words) - 15.59


def test_fk_grade_measures_what_it_should():
    assert [_syllables(w) for w in ("cat", "police", "evidence", "community", "the", "threatened")] == \
        [1, 2, 3, 4, 1, 2]
    easy = "Do not pay. Stop replying. Tell someone you trust."
    hard = ("Notwithstanding jurisdictional considerations, prosecutorial authorities characteristically "
            "investigate nonconsensual dissemination of intimate photographic representations.")
    assert fk_grade(easy) < 3
    assert fk_grade(hard) > 20


def test_every_page_is_easy_to_read(lib):
    grades = {page_id: fk_grade(lib.plain_text(page_id)) for page_id in lib.pages}
    worst = max(grades, key=grades.get)
    assert grades[worst] <= 9, f"{worst} reads at grade {grades[worst]:.1f}"
    mean = sum(grades.values()) / len(grades)
    assert mean <= 6, f"mean grade {mean:.1f}: {sorted(grades.items(), key=lambda kv: -kv[1])[:5]}"


# --------------------------------------------------------------------------- region numbers in search results

_NUMBER = re.compile(r"(?<![\w.,/:€$£-])\d[\d \-]{1,16}\d(?![\w/:-]|\.\d)|(?<![\w.,/:€$£-])\d{3}(?![\w/:,.]\d)")
_REGION_WORDS = ("UK", "Ireland", "US", "United States", "Canada", "Australia", "England", "Scotland",
                 "Northern Ireland", "Wales")


def _digits_for(region: str) -> set[str]:
    from iia_help.contacts import load_contacts

    found: set[str] = set()
    for contact in load_contacts().for_region(region):
        for text in (contact.phone, contact.text, contact.for_, contact.name):
            for match in _NUMBER.finditer(text):
                found.add(re.sub(r"\D", "", match.group(0)))
    return found


@pytest.mark.parametrize("region", REGION_CODES)
def test_search_results_show_only_the_chosen_regions_numbers(lib, region):
    allowed = _digits_for(region)
    queries = ("call", "phone", "helpline", "police", "emergency", "crisis", "999", "911", "000", "116", "988",
               "childline", "samaritans", "under 18", "talk", "free", "any time", "report", "fake", "domestic abuse")
    checked = 0
    for query in queries:
        for hit in lib.search(query, region=region):
            snippet = re.sub(r"(?<!\d )\b(?:19|20)\d\d\b(?! \d)", " ", hit.snippet)  # years are not phone numbers
            for match in _NUMBER.finditer(snippet):
                digits = re.sub(r"\D", "", match.group(0))
                if len(digits) == 4 and 1900 <= int(digits) <= 2099 or len(digits) <= 2:
                    continue  # a year or a small number (ages, hours)
                checked += 1
                labelled = any(word in snippet[: match.start()] for word in _REGION_WORDS)
                assert digits in allowed or labelled, (region, query, hit.page_id, hit.snippet)
    assert checked or region == "elsewhere"


def test_search_snippet_for_a_region_hides_other_regions_parts(lib):
    uk = [h.snippet for h in lib.search("crisis", region="england")]
    assert not any("988" in s for s in uk)
    us = [h.snippet for h in lib.search("hurting yourself", region="us")]
    assert any("988" in s for s in us)
    assert not any("116 123" in s and not s.startswith("For ") for s in us)  # only on a page labelled UK
