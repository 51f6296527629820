"""``--language cy|pl|ur``: every page and dialog of the pseudo-locale walk, in the real language, at 1024x768:
no English left (tests/language_walk.py says what counts), nothing clipped; Urdu mirrored, and every number in
groups (phone numbers) reads left to right."""

from __future__ import annotations

import pytest

from iia_help.ui.i18n import install_language

LANGUAGES = ("cy", "pl", "ur")

#: The allow-list: texts of the template whose translation is, on purpose, the English text itself. Anything else
#: a translation leaves as its English source fails test_no_translation_is_the_english_text_unless_listed.
SAME_AS_ENGLISH: dict[str, set[tuple[str, str]]] = {
    "cy": {
        ("core", "Canada"),  # a country's name, the same in Welsh
        ("NotesCover", "Notes"),  # the plain start page's neutral name, as the Welsh first-run question says it
    },
    "pl": {
        ("core", "Australia"),  # a country's name, the same in Polish
        ("HandoutDialog", "Region"), ("HandoutDialog", "&Region:"), ("SettingsPage", "Region: {v0}."),  # Polish word
        ("common", "OK"),
        ("report", "Link"),  # the evidence report's label: "link" is the Polish word too
    },
    "ur": {
        ("NotesCover", "Notes"),  # the plain start page's neutral name, as the Urdu first-run question says it
    },
}
#: Texts that are the same in every language: no word in them to translate.
_NO_WORD_TEXTS = {("EntryEditor", "https://…"), ("MainWindow", "{v0} (Ctrl+{i})"),
                  ("help_first", "{place}: <strong>{number}</strong>")}

#: The core's own texts (the evidence report, verify-bundle, the core's error messages, the advice under the
#: passphrase strength bar): another piece of work puts them into each language. Any the walk finds English is
#: listed here until then (none today: the walk types no passphrase and opens no broken journal).
CORETR: tuple[str, ...] = ()


def _data(ctx, language: str) -> set[str]:
    """What the walk shows that is data, not the app's words: the services' own names (each language's contacts
    file leaves them English: they are the names in the fact sheets) and their numbers and addresses, each
    language's own name, the window's neutral name, what the test journal holds."""
    import json

    from PySide6.QtGui import QGuiApplication

    from iia_help.language import NAMES
    from iia_help.resources import resources_dir
    from language_walk import plain

    own = json.loads((resources_dir() / "contacts" / f"{language}.json").read_text("utf-8"))["contacts"]
    out = {plain(c.name) for c in ctx.contacts.contacts if "name" not in own.get(c.id, {})}
    out |= {plain(v) for c in ctx.contacts.contacts for v in (c.phone, c.web, c.email) if v}
    out |= set(NAMES.values()) | {ctx.settings.window_title, QGuiApplication.applicationDisplayName()}
    out |= {"A chat app with a long name", "threat"}  # written in the test journal (layout_fit.write_data)
    return out


class _Screen1024:
    """A 1024x768 screen, for the dialogs that size themselves to the screen (the offscreen one is 800x600)."""

    @staticmethod
    def availableGeometry():  # noqa: N802 (Qt name)
        from PySide6.QtCore import QRect

        return QRect(0, 0, 1024, 768)


def _walk(qtbot, tmp_path, monkeypatch, language: str, *, guest: bool) -> dict[str, dict]:
    from iia_help.ui.journal.export_dialog import ExportDialog
    from language_walk import English, walk_language
    from pseudo_walk import walk_window

    monkeypatch.setattr(ExportDialog, "screen", lambda _self: _Screen1024())
    found: dict[str, dict] = {}

    def report(state, left, clipped, numbers, mirrored):
        left = [t for t in left if not t.startswith(CORETR)] if CORETR else left
        found[state] = {"english": left, "clipped": clipped, "numbers": numbers, "mirrored": mirrored}

    with walk_window(qtbot, tmp_path, guest=guest, language=language) as (app, window, ctx):
        walk_language(app, window, ctx, English(language, kept=SAME_AS_ENGLISH[language] | _NO_WORD_TEXTS),
                      _data(ctx, language), report)
    return found


@pytest.mark.parametrize("guest", [False, True], ids=["own-journal", "guest-session"])
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_and_dialog_in_the_language_has_no_english_left_and_nothing_clipped(
        qtbot, tmp_path, monkeypatch, language, guest, isolated_user_dirs):
    """Every page and state of the pseudo-locale walk (guidance, with and without a place, for under-18s and
    adults; contacts; the journal locked, its list, an entry, a new one; Settings with the support-worker panel;
    the first-run questions; in a guest session the guest bar) and every dialog it opens (export, history,
    passphrase, restore, handouts, centre lock, End session with and without handouts, links, About)."""
    import language_walk

    seen = language_walk.NUMBERS_SEEN
    found = _walk(qtbot, tmp_path, monkeypatch, language, guest=guest)
    assert len(found) >= 25
    assert {state: f["english"] for state, f in found.items() if f["english"]} == {}
    assert {state: f["clipped"] for state, f in found.items() if f["clipped"]} == {}
    if language == "ur":
        assert [state for state, f in found.items() if not f["mirrored"]] == []
        assert {state: f["numbers"] for state, f in found.items() if f["numbers"]} == {}
        assert language_walk.NUMBERS_SEEN - seen > 20  # phone numbers were there to check
    else:
        assert [state for state, f in found.items() if f["mirrored"]] == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_translation_is_the_english_text_unless_listed(language):
    """A translation that is its English text word for word is English left, unless the allow-list says why."""
    from language_walk import TRANSLATIONS, _ts_table, has_words

    own = _ts_table(TRANSLATIONS / f"iia_help_{language}.ts")
    same = {key for key, text in own.items() if text.strip() == key[1] and has_words(key[1])}
    assert same - _NO_WORD_TEXTS == SAME_AS_ENGLISH[language]


def test_the_walk_sees_english_a_reader_would_see(qtbot, qapp):
    """The check itself: an English label, an accessible name, a filled-in English template, a danger line with
    English country names and the title of an English guidance page are found; their Welsh are not."""
    from PySide6.QtWidgets import QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

    from iia_help.guidance import load_library
    from iia_help.ui.i18n import translate
    from language_walk import English, english_left

    english_page = load_library().page("threats-sextortion")
    try:
        install_language(qapp, "cy")
        root = QWidget()
        qtbot.addWidget(root)
        col = QVBoxLayout(root)
        welsh = QPushButton(translate("MainWindow", "Quick exit"))
        named = QPushButton(translate("MainWindow", "Quick exit"))
        named.setAccessibleName("Home: what is happening?")
        doc = QTextBrowser()
        doc.setHtml("<p><strong>UK and Ireland:</strong> 999</p><p>Showing 3 of 5 entries</p><p>1 entry</p>"
                    f"<h1>{english_page.title}</h1><p>{translate('core', 'Ireland')}: 999</p>")
        for w in (QLabel("Quick exit"), welsh, named, doc):
            col.addWidget(w)
        root.show()
        found = "\n".join(english_left(root, English("cy", kept=SAME_AS_ENGLISH["cy"] | _NO_WORD_TEXTS), set()))
    finally:
        install_language(qapp, "")
    assert "QLabel(): Quick exit [English]" in found
    assert "QPushButton(): Home: what is happening?" in found
    assert "UK and Ireland" in found and "Showing 3 of 5 entries" in found and "1 entry" in found
    assert english_page.title in found
    assert welsh.text() not in found and "Iwerddon" not in found


def test_the_walk_sees_a_phone_number_that_would_read_backwards(qtbot):
    """In right-to-left text a number in groups must be isolated (or follow a Latin letter), else its groups come
    out in reverse order."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

    from language_walk import unisolated_numbers

    root = QWidget()
    qtbot.addWidget(root)
    root.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    col = QVBoxLayout(root)
    for text in ("فون کریں 0808 80 10 800", "فون کریں \u20660808 80 10 801\u2069", "فون کریں Lifeline 13 11 14",
                 "9\u20118\u20118 پر", "ID: 5413 edf8 9b75"):
        col.addWidget(QLabel(text))
    root.show()
    found = unisolated_numbers(root)
    assert [f.split(": ", 1)[1].split(" in ")[0] for f in found] == ["'0808 80 10 800'", "'9‑8‑8'"]
