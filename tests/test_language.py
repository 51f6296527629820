"""Choosing a language (iia_help.language, --language, Settings.language, the visit's choice) and guidance
translations beside the English pages (resources/guidance/<code>/<id>.md)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import warnings
import zipfile
from html import escape as html_escape
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from iia_help import cli, language
from iia_help.context import AppContext
from iia_help.guidance import fixed_strings, load_library, source_sha256, translation_report
from iia_help.paths import AppPaths
from iia_help.settings import OPTIONS, load_settings

REPO = Path(__file__).resolve().parents[1]
GUIDANCE = REPO / "resources" / "guidance"


# --------------------------------------------------------------------------- the core choice


@pytest.mark.parametrize(("value", "code"), [
    ("cy", "cy"), ("CY", "cy"), ("cy_GB.UTF-8", "cy"), ("cy-GB", "cy"), ("pl_PL.utf8@euro", "pl"), ("pl", "pl"),
    ("ur_PK", "ur"), ("ur-Arab-PK", "ur"), ("en_GB.UTF-8", "en"), ("en", "en"), (" pl ", "pl"),
    ("fr_FR.UTF-8", None), ("C", None), ("POSIX", None), ("C.UTF-8", None), ("", None), ("x", None),
    ("cy;rm -rf /", None), ("../cy", None), ("cy\x00", None), ("c" * 10_000, None), (None, None), (7, None),
    (["cy"], None), ("ابجد", None), ("\u202ecy", None),
])  # fmt: skip
def test_normalise_known_codes_and_refuses_garbage(value, code):
    assert language.normalise(value) == code


@given(st.text(max_size=80))
def test_normalise_never_raises_and_only_returns_known_codes(value):
    assert language.normalise(value) in (None, *language.LANGUAGES)


@pytest.mark.parametrize(("env", "code"), [
    ({"LANG": "cy_GB.UTF-8"}, "cy"),
    ({"LANG": "en_GB.UTF-8", "LC_MESSAGES": "pl_PL.UTF-8"}, "pl"),
    ({"LANG": "pl_PL.UTF-8", "LC_ALL": "ur_PK.UTF-8"}, "ur"),
    ({"LANG": "en_GB.UTF-8", "LANGUAGE": "fr:ur:en"}, "ur"),  # the first of the list the app knows
    ({"LANG": "cy_GB.UTF-8", "LANGUAGE": "de:fr"}, "cy"),  # none known: the locale
    ({"LANG": "C", "LANGUAGE": "pl"}, None),  # gettext ignores LANGUAGE in the C locale
    ({"LANG": "C.UTF-8"}, None),
    ({}, None),
    ({"LANG": "garbage\x00\xff", "LANGUAGE": ":::"}, None),
    ({"LANG": "fr_FR.UTF-8"}, None),
])  # fmt: skip
def test_linux_environment(env, code):
    assert language.from_environment(env) == code
    assert language.system_language(env, platform="linux") == (code or "en")


@pytest.mark.parametrize(("langid", "code"), [
    (0x0452, "cy"), (0x0415, "pl"), (0x0420, "ur"), (0x0820, "ur"), (0x0809, "en"), (0x0409, "en"),
    (0x040C, None), (0, None), (-1, None), (0x10000, None), (True, None), ("0x0452", None), (None, None),
])  # fmt: skip
def test_windows_ui_language(langid, code):
    assert language.from_windows_langid(langid) == code
    if isinstance(langid, int) and not isinstance(langid, bool):
        # Windows' own UI language wins over any LANG a tool left in the environment.
        assert language.system_language({"LANG": "pl_PL"}, platform="win32", windows_langid=langid) == (code or "en")


def test_macos_preferred_languages_in_order_and_not_the_environment():
    assert language.system_language({"LANG": "pl_PL.UTF-8"}, platform="darwin",
                                    ui_languages=["de-DE", "ur-PK", "cy-GB"]) == "ur"
    assert language.system_language({}, platform="darwin", ui_languages=["de", "fr-CA"]) == "en"
    assert language.system_language({}, platform="darwin", ui_languages=["", "\x00", "cy-x-" + "a" * 999]) == "en"


def test_choice_order_visit_then_command_line_then_setting_then_system():
    assert language.choose() == "en"
    assert language.choose(system="pl") == "pl"
    assert language.choose(saved="cy", system="pl") == "cy"
    assert language.choose(command_line="ur", saved="cy", system="pl") == "ur"
    assert language.choose(visit="pl", command_line="ur", saved="cy", system="ur") == "pl"
    assert language.choose(visit="xx", command_line="zz", saved="", system="garbage") == "en"


def test_rtl_and_names():
    assert language.is_rtl("ur") and not any(language.is_rtl(c) for c in ("en", "cy", "pl"))
    assert set(language.NAMES) == set(language.LANGUAGES)
    assert {language.stale_note(c) for c in language.LANGUAGES} and language.stale_note("xx") == language.stale_note(
        "en")


# --------------------------------------------------------------------------- --language, the setting, the visit


def test_command_line_language_is_parsed_and_checked(capsys):
    args, _ = cli._parser().parse_known_args(["--language", "cy"])
    assert args.language == "cy"
    args, _ = cli._parser().parse_known_args(["--language", "ur_PK"])
    assert args.language == "ur"
    args, _ = cli._parser().parse_known_args([])
    assert args.language is None
    with pytest.raises(SystemExit) as exit_info:
        cli._parser().parse_known_args(["--language", "klingon"])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert "'klingon' is not a language this app has" in err and "cy, pl, ur" in err and "Traceback" not in err


def test_command_line_refuses_unknown_language_before_any_window(tmp_path):
    out = subprocess.run([sys.executable, "-m", "iia_help", "--data-dir", str(tmp_path / "d"), "--language", "xx"],
                         capture_output=True, text=True, timeout=120, cwd=REPO)
    assert out.returncode == 2 and "is not a language this app has" in out.stderr
    assert not (tmp_path / "d").exists()


def test_setting_takes_known_codes_and_repairs_a_bad_file(tmp_path):
    opt = OPTIONS["language"]
    assert opt.default == "" and opt.key == "language"
    for code in ("", "cy", "pl", "ur", "en"):
        assert opt.check(code) == code
    for bad in ("xx", "cy_GB", 3, None):
        with pytest.raises(ValueError):
            opt.check(bad)
    path = tmp_path / "settings.json"
    path.write_text('{"language": "<script>"}', encoding="utf-8")
    assert load_settings(path).language == ""
    path.write_text('{"language": "ur"}', encoding="utf-8")
    assert load_settings(path).language == "ur"


def test_visit_language_is_never_saved(tmp_path):
    ctx = AppContext.load(AppPaths(tmp_path / "data"))
    ctx.system_language = "pl"
    heard: list[frozenset] = []
    ctx.on_settings_changed(heard.append)
    assert ctx.language == "pl"
    ctx.update_settings(language="cy")
    assert ctx.language == "cy" and heard[-1] == {"language"}
    ctx.set_visit_language("ur")
    assert ctx.language == "ur" and heard[-1] == {"language"}
    assert load_settings(ctx.paths.settings_file).language == "cy"  # the saved choice is untouched
    ctx.set_visit_language("not a language")
    assert ctx.visit_language == "" and ctx.language == "cy"
    ctx.language_command_line = "pl"
    assert ctx.language == "pl"
    assert not (tmp_path / "data" / "settings.json").read_text().count("ur")


# --------------------------------------------------------------------------- guidance translations


def _english(root: Path, page_id: str, body: str, reviewed: str = "2026-11-01", extra: str = "") -> bytes:
    text = (f"---\nid: {page_id}\ntitle: English {page_id}\nsummary: An English page.\nregions: all\n"
            f"tags: one\nlast_reviewed: {reviewed}\n{extra}---\n{body}")
    (root / f"{page_id}.md").write_text(text, encoding="utf-8")
    return text.encode()


def _translation(root: Path, code: str, page_id: str, body: str, source: bytes | str) -> None:
    (root / code).mkdir(exist_ok=True)
    sha = source if isinstance(source, str) else source_sha256(source)
    (root / code / f"{page_id}.md").write_text(
        f"---\nid: {page_id}\ntitle: Teitl {page_id}\nsummary: Crynodeb.\ntranslated_from: {sha}\n---\n{body}",
        encoding="utf-8")


def test_translation_replaces_its_page_and_english_fills_the_rest(tmp_path):
    a = _english(tmp_path, "alpha", "Call 116 123 now.\n", extra="related: beta\norder: 3\n")
    _english(tmp_path, "beta", "Beta in English.\n")
    _translation(tmp_path, "cy", "alpha", "Ffoniwch 116 123 nawr.\n", a)
    lib = load_library(tmp_path, language="cy")
    alpha, beta = lib.page("alpha"), lib.page("beta")
    assert alpha.language == "cy" and alpha.title == "Teitl alpha" and not alpha.stale
    assert alpha.related == ("beta",) and alpha.order == 3 and alpha.regions == ("all",)  # from the English page
    assert "Ffoniwch 116 123" in lib.render("alpha")
    assert beta.language == "en" and "Beta in English" in lib.render("beta")
    assert load_library(tmp_path).page("alpha").language == "en"  # no language: English exactly
    assert load_library(tmp_path, language="pl").page("alpha").language == "en"  # no Polish yet
    assert lib.search("Ffoniwch")[0].page_id == "alpha"


def test_translation_of_a_changed_english_page_is_stale(tmp_path):
    old = _english(tmp_path, "alpha", "Old text.\n", reviewed="2026-10-01")
    _translation(tmp_path, "pl", "alpha", "Stary tekst.\n", old)
    _english(tmp_path, "alpha", "New text.\n", reviewed="2026-12-02")
    page = load_library(tmp_path, language="pl").page("alpha")
    assert page.language == "pl" and page.stale and page.english_reviewed.isoformat() == "2026-12-02"
    assert [(s.language, s.page_id, s.state) for s in translation_report(tmp_path)] == [("pl", "alpha", "stale")]


@pytest.mark.parametrize("bad", [
    "---\nid: alpha\ntitle: T\nsummary: S\n---\nno translated_from\n",
    "---\nid: alpha\ntitle: T\nsummary: S\ntranslated_from: md5:abc\n---\nbad hash\n",
    "---\nid: beta\ntitle: T\nsummary: S\ntranslated_from: sha256:" + "0" * 64 + "\n---\nwrong id\n",
    "---\nid: alpha\ntitle: T\nsummary: S\nregions: all\ntranslated_from: sha256:" + "0" * 64 + "\n---\nregions\n",
    "no front matter at all",
    "---\nid: alpha\ntitle: T\nsummary: S\ntranslated_from: sha256:" + "0" * 64 + "\n---\n::: region mars\nx\n",
])  # fmt: skip
def test_a_broken_translation_falls_back_to_english_and_is_reported(tmp_path, bad):
    _english(tmp_path, "alpha", "English body.\n")
    (tmp_path / "ur").mkdir()
    (tmp_path / "ur" / "alpha.md").write_text(bad, encoding="utf-8")
    (tmp_path / "ur" / "ghost.md").write_text(bad, encoding="utf-8")  # no English page of that name
    lib = load_library(tmp_path, language="ur")
    assert lib.page("alpha").language == "en" and "English body" in lib.render("alpha")
    assert "ghost" not in lib.pages
    states = {s.page_id: s.state for s in translation_report(tmp_path)}
    assert states == {"alpha": "broken", "ghost": "orphan"}


def test_translation_that_is_not_utf8_or_too_big_falls_back(tmp_path):
    a = _english(tmp_path, "alpha", "English body.\n")
    _english(tmp_path, "beta", "Beta body.\n")
    (tmp_path / "cy").mkdir()
    (tmp_path / "cy" / "alpha.md").write_bytes(b"---\nid: alpha\n\xff\xfe\n---\n")
    (tmp_path / "cy" / "beta.md").write_bytes(b"x" * (600 * 1024))
    lib = load_library(tmp_path, language="cy")
    assert lib.page("alpha").language == "en" and lib.page("beta").language == "en"
    assert a  # the English pages load as before


@pytest.mark.parametrize("code", ["..", "../x", "/etc", "", "CY", "cy/../.."])
def test_language_never_reaches_outside_the_guidance_folder(tmp_path, code):
    root = tmp_path / "guidance"
    root.mkdir()
    _english(root, "alpha", "English body.\n")
    _translation(tmp_path, "x", "alpha", "Outside.\n", "sha256:" + "0" * 64)
    assert load_library(root, language=code).page("alpha").language == "en"


def test_frozen_archive_holds_translations_in_folders(tmp_path):
    a = _english(tmp_path, "alpha", "English alpha.\n")
    _translation(tmp_path, "cy", "alpha", "Alffa Cymraeg.\n", a)
    archive = tmp_path / "library.dat"
    with zipfile.ZipFile(archive, "w") as z:
        z.write(tmp_path / "alpha.md", "alpha.md")
        z.write(tmp_path / "cy" / "alpha.md", "cy/alpha.md")
    from iia_help.guidance import _pages_from_archive

    assert [p.language for p in _pages_from_archive(archive)] == ["en"]  # English never reads cy/alpha.md
    assert [(p.id, p.language) for p in _pages_from_archive(archive, "cy")] == [("alpha", "cy")]
    assert [p.language for p in _pages_from_archive(archive, "pl")] == ["en"]


def test_fixed_strings_finds_numbers_addresses_and_link_targets():
    text = ("Call **116 123** or 0808 2000 247, text 85258. See [StopNCII](https://stopncii.org/how/) or "
            "StopNCII.org, email report@phishing.gov.uk, or [help](page:removal#first). Step 1. Section 33.")
    found = fixed_strings(text)
    for want in ("116 123", "0808 2000 247", "85258", "https://stopncii.org/how/", "StopNCII.org",
                 "report@phishing.gov.uk", "page:removal#first"):
        assert want in found, want
    assert "1" not in found and "33" not in found


def _bundled_translations() -> list[tuple[str, Path]]:
    return [(p.parent.name, p) for p in sorted(GUIDANCE.glob("*/*.md"))]


def test_bundled_translations_are_well_formed_and_stale_ones_are_listed():
    report = translation_report(GUIDANCE)
    broken = [s for s in report if s.state in ("broken", "orphan")]
    assert not broken, broken
    assert {s.language for s in report} <= set(language.LANGUAGES) - {"en"}
    stale = [f"{s.language}/{s.page_id}" for s in report if s.state == "stale"]
    if stale:  # listed for translators; the app shows these with the English "Last reviewed" and a note
        warnings.warn("Translations older than their English page: " + ", ".join(stale), stacklevel=1)


@pytest.mark.parametrize(("code", "path"), _bundled_translations() or [pytest.param("", None, marks=pytest.mark.skip(
    reason="no translated pages yet"))])
def test_every_number_and_address_of_the_english_page_is_in_its_translation(code, path):
    english = load_library(GUIDANCE).page(path.stem)
    translated = load_library(GUIDANCE, language=code)
    page = translated.page(path.stem)
    assert page.language == code
    missing = sorted(s for s in fixed_strings(english.body) if s not in page.body)
    assert not missing, f"{code}/{path.name} lacks, byte for byte: {missing}"
    extra = sorted(s for s in fixed_strings(page.body) - fixed_strings(english.body) if not s.isdigit() or len(s) > 4)
    assert not extra, f"{code}/{path.name} has numbers or addresses its English page does not: {extra}"
    for target in (t for t in fixed_strings(page.body) if t.startswith("page:") and "#" in t):
        page_id, anchor = target[5:].split("#", 1)
        assert anchor in translated.anchors(page_id), f"{code}/{path.name}: link {target} leads nowhere"


def test_translation_in_the_app_shows_english_last_reviewed_when_stale(qtbot, tmp_path, ctx):
    from iia_help.ui.guidance_page import GuidancePage

    root = tmp_path / "guidance"
    shutil.copytree(GUIDANCE, root, ignore=shutil.ignore_patterns("cy", "pl", "ur"))
    removal = (root / "removal.md").read_bytes()
    _translation(root, "cy", "removal", "Tynnu lluniau i lawr. 116 123\n", removal)
    _translation(root, "cy", "evidence", "Cadw tystiolaeth.\n", "sha256:" + "1" * 64)  # made from another text
    ctx._library, ctx._library_language, ctx.visit_language = load_library(root, language="cy"), "cy", "cy"
    page = GuidancePage(ctx)
    qtbot.addWidget(page)
    page.open_page("removal")
    html = page.current_html()
    note = html_escape(language.stale_note("cy"))
    assert "Tynnu lluniau i lawr" in html and note not in html
    page.open_page("evidence")
    html = page.current_html()
    english = load_library(root).page("evidence").last_reviewed
    assert "Cadw tystiolaeth" in html and note in html
    from iia_help.display_text import date_text

    assert f"Last reviewed: {date_text(english, 'cy')}" in html  # the English page's date, in Welsh
    page.open_page("police")  # not translated: English, as before
    assert "Police" in page.current_html() or "police" in page.current_html()


# --------------------------------------------------------------------------- the controls


def test_settings_language_choice_is_saved(qtbot, ctx):
    from iia_help.ui.settings_page import SettingsPage

    ctx.system_language = "pl"
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    combo = page.language_combo
    assert combo.currentData() == "" and "Polski" in combo.currentText()  # follows the computer by default
    assert [combo.itemData(i) for i in range(combo.count())] == ["", "en", "cy", "pl", "ur"]
    combo.setCurrentIndex(combo.findData("ur"))
    assert ctx.settings.language == "ur" and ctx.language == "ur"
    assert load_settings(ctx.paths.settings_file).language == "ur"
    ctx.update_settings(language="cy")  # changed elsewhere: the combo shows what is in force
    assert combo.currentData() == "cy"


def test_visit_language_in_the_top_bar_is_not_saved_and_end_session_forgets_it(qtbot, isolated_user_dirs):
    from PySide6.QtWidgets import QApplication

    from iia_help.settings import Settings
    from iia_help.ui.app import build_main_window
    from iia_help.ui.support.panel import install_worker_mode

    paths = AppPaths(isolated_user_dirs["XDG_DATA_HOME"] / "Fernleaf")
    AppContext(paths, Settings(region="wales", audience="worker", guest_sessions=True)).save_settings()
    ctx = AppContext.load(paths)
    window = build_main_window(ctx)
    qtbot.addWidget(window)
    mode = install_worker_mode(QApplication.instance(), window, ctx)
    window.show()
    qtbot.waitExposed(window)
    combo = mode.visit_language
    assert combo.isVisible() and combo.accessibleName() == "Language for this visit"
    guidance = window.navigate("guidance")
    before = guidance.library
    combo.setCurrentIndex(combo.findData("cy"))
    assert ctx.language == "cy" and ctx.settings.language == ""
    assert guidance.library is not before and guidance.library is ctx.library  # pages reloaded in Welsh
    assert load_settings(paths.settings_file).language == ""
    mode.end_session()
    assert ctx.visit_language == "" and ctx.language == "en" and combo.currentData() == ""
    mode.takeaway.close()


def test_no_language_chosen_keeps_english_exactly(tmp_path):
    ctx = AppContext.load(AppPaths(tmp_path / "data"))
    assert ctx.language == "en"
    english = load_library(GUIDANCE)
    assert all(p.language == "en" for p in ctx.library.pages.values())
    assert {p.id: p.body for p in ctx.library.pages.values()} == {p.id: p.body for p in english.pages.values()}


# --------------------------------------------------------------------------- right to left


def test_isolate_ltr_wraps_numbers_addresses_and_identifiers_only_in_text():
    src = ('<p>فون کریں 0808\u00a02000\u00a0247 یا <a href="https://stopncii.org/x">https://stopncii.org/how</a>، '
           "report@phishing.gov.uk یا StopNCII.org۔ حوالہ CRN-12345</p>")
    out = language.isolate_ltr(src)
    for run in ("0808\u00a02000\u00a0247", "https://stopncii.org/how", "report@phishing.gov.uk", "StopNCII.org",
                "CRN-12345"):
        assert language.LRI + run + language.PDI in out, run
    assert 'href="https://stopncii.org/x"' in out  # tags untouched
    assert language.isolate_ltr("بس اردو") == "بس اردو"
    assert out.count(language.LRI) == out.count(language.PDI)


@given(st.text(max_size=200))
def test_isolate_ltr_is_balanced_and_loses_nothing(text):
    out = language.isolate_ltr(text)
    assert out.count(language.LRI) - text.count(language.LRI) == out.count(language.PDI) - text.count(language.PDI)
    assert out.replace(language.LRI, "").replace(language.PDI, "") == text.replace(language.LRI, "").replace(
        language.PDI, "")


def test_isolate_ltr_never_searches_a_long_run_it_isolates_it_whole(monkeypatch):
    """The patterns try every start inside a run without spaces, so a pasted or hostile run of thousands of
    characters would cost its length squared (8,000 letters took 0.8 s, 100,000 minutes): such a run is isolated
    whole and never searched."""
    import re

    searched: list[str] = []
    real = language._LTR_RUN

    class Recording:
        def sub(self, repl, s):
            searched.append(s)
            return real.sub(repl, s)

    monkeypatch.setattr(language, "_LTR_RUN", Recording())
    long_run = "a." * 2000 + "b_" * 2000
    text = f"اردو {long_run} فون 0808 2000 247 <b>{'x' * 300}</b> CRN-12345"
    out = language.isolate_ltr(text)
    assert language.LRI + long_run + language.PDI in out
    assert language.LRI + "x" * 300 + language.PDI in out
    assert language.LRI + "0808 2000 247" + language.PDI in out and language.LRI + "CRN-12345" + language.PDI in out
    assert searched and max(len(r) for s in searched for r in re.findall(r"\S+", s)) <= language._LONG_RUN
    assert out.replace(language.LRI, "").replace(language.PDI, "") == text

def test_urdu_mirrors_the_window_and_keeps_numbers_left_to_right(qtbot, ctx):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from iia_help.ui.app import build_main_window

    window = build_main_window(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    try:
        assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
        ctx.set_visit_language("ur")
        assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft and window.isRightToLeft()
        guidance = window.navigate("guidance")
        guidance.open_page("home")
        html = guidance.current_html()
        assert 'dir="rtl"' in html and "ابھی مدد" in html
        assert language.LRI + "999" + language.PDI in html  # the emergency line's numbers read left to right
        ctx.set_visit_language("")
        assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
        guidance.open_page("home")
        assert 'dir="rtl"' not in guidance.current_html() and language.LRI not in guidance.current_html()
    finally:
        QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_sanitizer_keeps_only_ltr_or_rtl_direction(tmp_path):
    _english(tmp_path, "alpha", 'Text.\n{dir="rtl"}\n\nMore.\n{dir="javascript:x" onclick="y"}\n')
    out = load_library(tmp_path).render("alpha")
    assert 'dir="rtl"' in out and "javascript" not in out and "onclick" not in out
