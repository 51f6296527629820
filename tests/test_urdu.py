"""Urdu on screen and on paper: the app's own Urdu font (iia_help.fonts), right-to-left layout details (the side
Quick exit is on, the app's own blocks, numbers left to right) and Urdu in the PDF report."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pypdf
import pytest

from iia_help import fonts, language

REPO = Path(__file__).resolve().parents[1]
FONTS = REPO / "resources" / "fonts"
URDU_LETTERS = "ٹڈڑںےہۓۃۂ۔ھگکچپژ،؟"


def test_the_urdu_font_and_its_licence_are_shipped():
    for name in fonts.FONT_FILES:
        assert (FONTS / name).read_bytes()[:4] == b"\x00\x01\x00\x00", name  # TrueType
    licence = (FONTS / "OFL.txt").read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE" in licence and "Version 1.1" in licence and "Noto Naskh Arabic" in licence


def test_has_arabic_script():
    assert fonts.has_arabic_script("بس اردو") and fonts.has_arabic_script("call 999 ے")
    assert not fonts.has_arabic_script("Call 999 now, café, Łódź, Ysgol")


def _no_urdu_fonts_config(tmp_path: Path) -> Path:
    """A fontconfig set-up with the system's DejaVu fonts only (basic Arabic, no Urdu letters), as on CI and many
    Linux systems, whatever else this computer has installed."""
    found = subprocess.run(["fc-match", "-f", "%{file}", "DejaVu Sans"], capture_output=True, text=True)
    dejavu = Path(found.stdout.strip())
    if found.returncode != 0 or dejavu.name != "DejaVuSans.ttf":
        pytest.skip("needs fontconfig and DejaVu Sans (bash dev installs fonts-dejavu-core)")
    conf = tmp_path / "fonts.conf"
    conf.write_text(f"""<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <dir>{dejavu.parent}</dir>
  <cachedir>{tmp_path / "fc-cache"}</cachedir>
</fontconfig>
""", encoding="utf-8")
    return conf


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fontconfig decides the system's fonts on Linux")
def test_urdu_is_drawn_by_the_shipped_font_on_a_system_without_one_and_english_never_loads_it(tmp_path):
    env = dict(os.environ, FONTCONFIG_FILE=str(_no_urdu_fonts_config(tmp_path)), QT_QPA_PLATFORM="offscreen",
               HOME=str(tmp_path), XDG_DATA_HOME=str(tmp_path / "share"), XDG_CONFIG_HOME=str(tmp_path / "config"))
    report = tmp_path / "report.pdf"
    run = subprocess.run([sys.executable, str(REPO / "tests" / "urdu_font_child.py"), str(tmp_path / "data"),
                          str(report)], capture_output=True, text=True, env=env, timeout=600)
    lines = [line for line in run.stdout.splitlines() if line.startswith("RESULT ")]
    assert run.returncode == 0 and lines, run.stdout + run.stderr
    out = json.loads(lines[0][len("RESULT "):])
    assert out["system_fonts_with_urdu"] == []  # the test really is on a system without an Urdu font
    assert out["english_registered"] == []  # English: the font file is never read
    # Urdu: every letter from the app's font, none a box; the usual font stays behind it for Latin letters.
    assert out["urdu_registered"] == [fonts.URDU_FAMILY]
    assert out["urdu_app_families"][0] == fonts.URDU_FAMILY and len(out["urdu_app_families"]) > 1
    assert out["urdu_runs"] and all(r["family"] == fonts.URDU_FAMILY for r in out["urdu_runs"])
    assert all(0 not in r["glyphs"] for r in out["urdu_runs"])
    assert out["urdu_bold_styles"] == ["Bold"]
    assert fonts.URDU_FAMILY not in out["back_app_families"]  # back to English: the usual font again
    # The report: Urdu words drawn with the embedded Urdu font (not boxes in DejaVu), the number left to right.
    reader = pypdf.PdfReader(io.BytesIO(report.read_bytes()))
    used = {str(f.get_object()["/BaseFont"]) for page in reader.pages
            for f in page["/Resources"].get("/Font", {}).values()}
    assert any("NotoNaskhArabic" in name for name in used), used
    text = " ".join("".join(page.extract_text() for page in reader.pages).split())
    assert "7700 900123" in text and "\x00" not in text and "\ufffd" not in text


def test_paper_marks_urdu_runs_and_turns_urdu_paragraphs_right_to_left(qapp):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QTextDocument

    from iia_help.export import report

    doc = QTextDocument()
    doc.setHtml("<p>English first, then اردو الفاظ ہے۔</p>"
                f"<p>{report.marked_text('اس نے کہا کہ +44 7700 900123 پر فون کرو۔')}</p><p>Only English.</p>")
    fonts.mark_right_to_left(doc)
    blocks = [doc.findBlockByNumber(i) for i in range(doc.blockCount())]
    assert [b.blockFormat().layoutDirection() == Qt.LayoutDirection.RightToLeft for b in blocks] == [
        False, True, False]
    for block in blocks:
        it = block.begin()
        while not it.atEnd():
            frag = it.fragment()
            urdu = fonts.has_arabic_script(frag.text())
            assert (frag.charFormat().fontFamilies() == [fonts.URDU_FAMILY]) == urdu, frag.text()
            if urdu:
                assert not any(ch.isascii() and ch.isalnum() for ch in frag.text())
            it += 1
    # A value with no letters reads left to right even among right-to-left words; one with letters follows them.
    assert report.val("+44 7700 900123").startswith(report.LRI)
    assert report.val("واٹس ایپ").startswith(report.FSI) and report.val("WhatsApp").startswith(report.FSI)


# --------------------------------------------------------------------------- right to left on screen


def test_quick_exit_side_follows_the_layout(qtbot, isolated_user_dirs):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from iia_help.context import AppContext
    from iia_help.paths import AppPaths
    from iia_help.ui.app import build_main_window
    from iia_help.ui.first_run import hide_keys_text, install_first_questions

    ctx = AppContext.load(AppPaths(isolated_user_dirs["XDG_DATA_HOME"] / "Fernleaf"))
    window = build_main_window(ctx)
    qtbot.addWidget(window)
    install_first_questions(ctx, window)
    window.show()
    qtbot.waitExposed(window)
    bar = window.shell.first_questions
    try:
        assert bar is not None and bar.step == "shared"
        assert "Quick exit (top right)" in bar.explain.text()
        quick = window.quick_exit_button
        assert quick.mapTo(window, quick.rect().center()).x() > window.width() / 2
        ctx.set_visit_language("ur")
        assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
        qtbot.waitUntil(lambda: quick.mapTo(window, quick.rect().center()).x() < window.width() / 2)  # moved
        # In Urdu words now (resources/translations/iia_help_ur.ts): "top left", and never "right".
        assert "(اوپر بائیں)" in hide_keys_text(ctx.settings)
        assert "(اوپر بائیں)" in bar.explain.text() and "دائیں)" not in bar.explain.text()
        ctx.set_visit_language("")
        assert "Quick exit (top right)" in bar.explain.text()
    finally:
        QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_app_blocks_take_the_direction_of_their_own_words():
    from iia_help.ui.guidance_page import _blocks_by_direction

    english = '<h3 id="who-to-call">Who to call</h3><ul id="l"><li><strong>Helpline</strong>: 0345</li></ul>'
    assert _blocks_by_direction(english) == (
        '<h3 dir="ltr" id="who-to-call">Who to call</h3><ul dir="ltr" id="l"><li dir="ltr">'
        "<strong>Helpline</strong>: 0345</li></ul>")
    mixed = ('<h3 id="w">کس کو فون کریں</h3><ul><li><strong>Revenge Porn Helpline</strong>: 0345 ہر روز</li>'
             "<li>More: Contacts</li></ul><p>&#1575; x</p>")
    out = _blocks_by_direction(mixed)
    assert '<h3 dir="rtl" id="w">' in out and '<ul dir="rtl">' in out  # a list follows its first item
    assert '<li dir="rtl"><strong>Revenge' in out and '<li dir="ltr">More' in out
    assert '<p dir="rtl">&#1575; x</p>' in out  # entities are read as the letters they stand for


def test_urdu_home_page_every_phone_number_isolated_and_boxes_in_their_own_direction(qtbot, ctx):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from iia_help.first_help import current_place
    from iia_help.ui import help_first
    from iia_help.ui.app import build_main_window
    from iia_help.ui.guidance_page import nowrap_numbers

    ctx.settings.region = "wales"
    window = build_main_window(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    try:
        ctx.set_visit_language("ur")
        guidance = window.navigate("guidance")
        guidance.open_page("home")
        html = guidance.current_html()
        shown = help_first.home_contacts(ctx.contacts, current_place("wales", ""), ctx.settings.age_group or None)
        phones = [c.phone for c in shown if c.phone]
        assert phones
        for phone in [*phones, "999"]:
            assert language.LRI + nowrap_numbers(phone) + language.PDI in html, phone
        assert html.count(language.LRI) == html.count(language.PDI)
        # The app's own boxes take the direction of their words: Urdu now that the .ts file has them (an English
        # one, with nothing translated, is marked left to right: test_app_blocks_take_the_direction_of_their_own_words).
        assert '<h3 dir="rtl" id="who-to-call">' in html
        assert html.startswith('<div dir="rtl">')
    finally:
        ctx.set_visit_language("")
        QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_urdu_contacts_are_in_urdu_with_every_phone_number_left_to_right(qtbot, ctx):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QLabel

    from iia_help.ui.app import build_main_window
    from iia_help.ui.guidance_page import nowrap_numbers

    ctx.settings.region = "wales"
    window = build_main_window(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    try:
        ctx.set_visit_language("ur")
        page = window.navigate("contacts")
        cards = [c for c in (page.emergency_card, *page.cards) if c is not None]
        assert cards
        for card in cards:
            texts = " ".join(label.text() for label in card.findChildren(QLabel))
            if card.contact.phone:
                assert language.LRI + nowrap_numbers(card.contact.phone) + language.PDI in texts, card.contact.id
            opened = sum(texts.count(mark) for mark in ("\u2066", "\u2067", "\u2068"))  # LRI, RLI, FSI
            assert opened == texts.count(language.PDI) and "\u2066\u2066" not in texts
        described = [c for c in cards if fonts.has_arabic_script(c.findChild(QLabel, "contactFor").text())]
        assert len(described) == len(cards)  # every description in Urdu (all 51 are translated)
        ctx.set_visit_language("")
        page = window.navigate("contacts")
        assert not any(language.LRI in label.text() for c in page.cards for label in c.findChildren(QLabel))
    finally:
        ctx.set_visit_language("")
        QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_flow_rows_start_at_the_right_edge_in_a_right_to_left_window(qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QPushButton, QWidget

    from iia_help.ui.flow import FlowLayout

    for direction, first_on_right in ((Qt.LayoutDirection.LeftToRight, False), (Qt.LayoutDirection.RightToLeft, True)):
        QApplication.setLayoutDirection(direction)
        holder = QWidget()
        qtbot.addWidget(holder)
        row = FlowLayout(holder)
        buttons = [QPushButton(f"Button {i}", holder) for i in range(3)]
        for b in buttons:
            row.addWidget(b)
        holder.resize(600, 100)
        holder.show()
        qtbot.waitExposed(holder)
        xs = [b.geometry().x() for b in buttons]
        assert (xs == sorted(xs, reverse=True)) == first_on_right, (direction, xs)
        assert (buttons[0].geometry().right() > 500) == first_on_right  # the row starts at the start edge
    QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_the_font_is_never_registered_from_a_worker_thread(tmp_path):
    """Qt's font database belongs to the GUI thread; an export renders on a worker thread (a fresh process, so
    nothing was registered before)."""
    code = (
        "import threading\n"
        "from PySide6.QtGui import QGuiApplication\n"
        "app = QGuiApplication(['x', '-platform', 'offscreen'])\n"
        "from iia_help import fonts\n"
        "got = []\n"
        "t = threading.Thread(target=lambda: got.append(fonts.register_urdu_font()))\n"
        "t.start(); t.join()\n"
        "print(got, fonts.registered_families(), fonts.register_urdu_font())\n"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=600,
                         env=dict(os.environ, HOME=str(tmp_path)))
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip().splitlines()[-1] == f"[None] () {fonts.URDU_FAMILY}"
