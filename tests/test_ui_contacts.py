"""The contacts screen: emergency first, region and need filters, copy, links, the printable card."""

from __future__ import annotations

import re
from html import escape

import pypdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from iia_help.contacts import NEEDS, REGIONS
from iia_help.settings import load_settings
from iia_help.ui import printing
from iia_help.ui.contacts_page import ContactsPage
from test_ui_guidance import answer_link_dialog, answer_save_dialog, pdf_text


@pytest.fixture
def page(qtbot, ctx):
    p = ContactsPage(ctx)
    qtbot.addWidget(p)
    p.resize(900, 700)
    p.show()
    qtbot.waitExposed(p)
    return p


def card_for(page, contact_id):
    return next(c for c in page.cards if c.contact.id == contact_id)


def test_starts_on_the_chosen_region_with_999_first(page, ctx):
    assert page.region() == "england"
    first = page.shown_contacts()[0]
    assert first.phone == "999"
    assert page.emergency_card.accessibleName() == "In danger now? Call 999"
    headline = page.emergency_card.findChild(type(page.count_label), "emergencyHeadline")
    assert headline.text() == "In danger now? Call 999"
    # It sits above the filters and the list.
    from PySide6.QtCore import QPoint

    def y(w, at_bottom=False):
        return w.mapTo(page, QPoint(0, w.height() - 1 if at_bottom else 0)).y()

    assert y(page.emergency_card, True) < y(page.region_combo)


@pytest.mark.parametrize("region", list(REGIONS))
def test_emergency_contact_first_for_every_region_and_choice_saved(page, ctx, region):
    page.region_combo.setFocus()
    if region == page.region():
        page.set_region("elsewhere" if region != "elsewhere" else "us")
    page.set_region(region)
    expected = ctx.contacts.emergency(region)
    shown = page.shown_contacts()
    assert expected is not None and shown[0] == expected
    assert expected not in shown[1:]
    assert shown == ctx.contacts.for_region(region)
    assert ctx.settings.region == region
    assert load_settings(ctx.paths.settings_file).region == region


def test_region_change_in_guest_mode_is_not_saved(page, ctx):
    ctx.guest = True
    page.set_region("scotland")
    assert ctx.settings.region == "scotland"
    assert not ctx.paths.settings_file.exists()


@pytest.mark.parametrize("need", list(NEEDS))
def test_need_filter(page, ctx, need):
    page.set_need(need)
    shown = page.shown_contacts()
    assert shown == ctx.contacts.for_region("england", need)
    assert shown[0].phone == "999"  # still first, whatever the need
    assert all(need in c.needs for c in shown[1:])


def test_need_filter_by_keyboard(qtbot, page, ctx):
    everything = len(page.shown_contacts())
    page.need_combo.setFocus()
    target = page.need_combo.findData("under-18")
    for _ in range(target):
        qtbot.keyClick(page.need_combo, Qt.Key.Key_Down)
    assert page.need() == "under-18"
    assert len(page.shown_contacts()) < everything
    assert "childline" in [c.id for c in page.shown_contacts()]
    assert "revenge-porn-helpline" not in [c.id for c in page.shown_contacts()]


def test_copy_button_copies_the_number_digits(qtbot, page):
    card = card_for(page, "revenge-porn-helpline")
    shown = card.findChild(type(page.count_label), "contactPhone").text()
    assert shown == "Phone: 0345\u00a06000\u00a0459"  # no-break spaces: the number never wraps
    qtbot.mouseClick(card.copy_button, Qt.MouseButton.LeftButton)
    copied = QApplication.clipboard().text()
    assert copied == "03456000459"
    assert copied == "".join(ch for ch in shown if ch.isdigit())
    assert card.copy_button.text() == "Copied ✓"


def test_copy_button_by_keyboard(qtbot, page):
    card = card_for(page, "samaritans")
    card.copy_button.setFocus()
    qtbot.keyClick(card.copy_button, Qt.Key.Key_Space)
    assert QApplication.clipboard().text() == "116123"


def test_card_shows_every_detail_and_check_date(page, ctx):
    card = card_for(page, "victim-support")
    texts = " ".join(label.text() for label in card.findChildren(type(page.count_label))).replace("\u00a0", " ")
    reviewed = "As published by the service. Last reviewed: 23 November 2026."
    for part in ("Victim Support", "Phone: 08 08 16 89 111", "Hours:", "Please check:", reviewed, "Who it is for:"):
        assert part in texts
    assert "Checked:" not in texts
    assert "victimsupport.org.uk" in card.web_button.text()
    assert reviewed in card.accessibleDescription()
    assert "08 08 16 89 111" in card.accessibleDescription()


def test_website_goes_through_the_link_dialog(qtbot, page, opened):
    card = card_for(page, "revenge-porn-helpline")
    seen = answer_link_dialog("cancel")
    qtbot.mouseClick(card.web_button, Qt.MouseButton.LeftButton)
    assert seen and seen[0] == card.contact.web
    assert opened == []
    answer_link_dialog("open")
    card.web_button.click()
    assert opened == [card.contact.web]


def test_email_goes_through_the_link_dialog(qtbot, page, opened):
    page.set_need("scam-email")
    card = card_for(page, "report-phishing")
    assert card.email_button is not None
    answer_link_dialog("copy")
    card.email_button.click()
    assert QApplication.clipboard().text() == card.contact.email
    assert opened == []


def test_contacts_card_html_puts_emergency_first(ctx):
    for region in REGIONS:
        html = printing.contacts_card_html(ctx.contacts, region)
        emergency = ctx.contacts.emergency(region)
        others = [c for c in ctx.contacts.for_region(region) if c is not emergency]
        first_other = min(html.find(escape(c.name)) for c in others)
        assert 0 < html.find(emergency.name) < first_other


def test_save_contacts_card_as_one_page_pdf(qtbot, page, tmp_path):
    out = tmp_path / "cards"
    out.mkdir()
    answer_save_dialog(out, "handout.pdf")
    path = page.save_pdf()
    assert path == out / "handout.pdf" and path.is_file()
    assert sorted(p.name for p in out.iterdir()) == ["handout.pdf"]
    reader = pypdf.PdfReader(str(path))
    assert len(reader.pages) == 1
    assert reader.metadata.title == "Notes"  # neutral metadata (issue 16)
    text = pdf_text(path)
    assert "In danger now: call 999" in text
    assert "0345 6000 459" in text and "0300 123 2040" in text
    assert text.index("999") < text.index("0345 6000 459")


@pytest.mark.parametrize("region", list(REGIONS))
def test_contacts_card_fits_one_page_in_every_region(qapp, ctx, tmp_path, region):
    path = printing.save_html_as_pdf(printing.contacts_card_html(ctx.contacts, region), tmp_path / "c.pdf",
                                     "Contacts", fit_one_page=True)
    assert len(pypdf.PdfReader(str(path)).pages) == 1
    emergency = ctx.contacts.emergency(region)
    assert emergency.name.split(":")[0] in pdf_text(path)


def test_clear_session_returns_to_saved_region_and_all_needs(page, ctx):
    ctx.guest = True
    page.set_region("us")
    page.set_need("under-18")
    ctx.settings.region = "england"  # what a guest session restores
    page.clear_session()
    assert page.region() == "england" and page.need() is None
    assert page.shown_contacts()[0].phone == "999"


# --------------------------------------------------------------------------- ordered for the person (issue 17)


def test_an_adult_for_themself_sees_adult_services_first(page, ctx):
    ctx.settings.age_group = "adult"
    page.rebuild()
    ids = [c.id for c in page.shown_contacts()]
    assert ids[:3] == ["uk-emergency", "uk-police-101", "revenge-porn-helpline"]
    assert ids.index("childline") > ids.index("stopncii")
    assert "Services for adults come first." in page.count_label.text()


def test_a_young_person_sees_childline_before_adult_services(page, ctx):
    ctx.settings.age_group = "under-18"
    page.rebuild()
    ids = [c.id for c in page.shown_contacts()]
    assert ids.index("childline") < ids.index("revenge-porn-helpline")
    assert ids.index("ceop") < ids.index("stopncii")
    assert "young people come first" in page.count_label.text()


def test_changing_the_age_in_settings_reorders_on_the_next_visit(qtbot, main_window, ctx):
    contacts = main_window.navigate("contacts")
    before = [c.id for c in contacts.shown_contacts()]
    settings = main_window.navigate("settings")
    combo = settings.age_block.age_combo
    combo.setCurrentIndex(combo.findData("under-18"))
    assert ctx.settings.age_group == "under-18"
    assert load_settings(ctx.paths.settings_file).age_group == "under-18"  # saved
    contacts = main_window.navigate("contacts")
    after = [c.id for c in contacts.shown_contacts()]
    assert after != before and after.index("childline") < after.index("revenge-porn-helpline")
    combo.setCurrentIndex(combo.findData(""))  # "I'd rather not say" is always there
    assert ctx.settings.age_group == ""


def test_first_run_asks_the_optional_age_question(qtbot, ctx, main_window):
    from iia_help.ui.first_run import install_first_questions

    ctx.settings.age_group = ""
    ctx.settings.audience = ""
    bar = install_first_questions(ctx, main_window)
    bar.buttons["skip"].click()
    bar.buttons["self"].click()
    assert bar.step == "age" and all(b.accessibleName() for b in bar.buttons.values())  # nothing assumed
    bar.buttons["under-18"].click()
    assert ctx.settings.age_group == "under-18"
    # A support worker is not asked about their own age.
    ctx.settings.audience = ""
    ctx.settings.intro_done = False
    main_window.shell.first_questions = None
    bar = install_first_questions(ctx, main_window)
    bar.buttons["skip"].click()
    bar.buttons["worker"].click()
    assert ctx.settings.age_group == "" and bar.step == ""


def test_bad_age_in_the_settings_file_is_repaired(ctx, data_dir):
    from iia_help.settings import Settings

    assert Settings(age_group="teen").validated().age_group == ""
    assert Settings(age_group="adult").validated().age_group == "adult"


def test_what_you_need_filter_text_is_never_cut_off(qtbot, main_window):
    main_window.resize(1024, 768)
    contacts = main_window.navigate("contacts")
    combo = contacts.need_combo
    qtbot.waitUntil(lambda: combo.width() > 0)
    metrics = combo.fontMetrics()
    for index in range(combo.count()):
        combo.setCurrentIndex(index)
        qtbot.waitUntil(lambda: True)
        text = combo.itemText(index)
        # The box shows the whole choice: its width covers the text plus the arrow.
        assert combo.width() >= metrics.horizontalAdvance(text) + 20, text
    # ...and the whole page still fits a 1024 x 768 screen.
    assert main_window.minimumSizeHint().width() <= 1024
    assert main_window.width() <= 1024
    assert contacts.pdf_button.geometry().right() <= contacts.width()
    assert combo.geometry().right() <= contacts.width()


def test_phone_numbers_never_wrap_on_cards(page):
    for card in page.cards:
        for label in card.findChildren(type(page.count_label)):
            assert not re.search(r"\d[ -]\d", label.text()), label.text()
