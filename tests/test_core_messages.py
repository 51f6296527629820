"""The core's messages a person can see (vault, journal, export, unlock attempts, "remove everything") and the
passphrase advice, in Welsh, Polish and Urdu (issue 26): English stays exactly what it was; each message is said
in the reader's language where it is shown."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from xml.etree import ElementTree

import pytest

from iia_help import catalog
from iia_help.catalog import Said
from iia_help.export import ExportError, ExportOptions, export_bundle
from iia_help.journal import Journal
from iia_help.vault import Vault, VaultLocked, WrongPassphrase
from iia_help.vault.attempts import CHANGED, Attempts

LANGUAGES = ("cy", "pl", "ur")
#: The same word in the language (checked by hand).
SAME = {("pl", "Link")}
TEMPLATE = catalog.resources_dir() / "translations" / "iia_help.ts"


def _template(context: str) -> list[str]:
    root = ElementTree.parse(TEMPLATE).getroot()
    return [m.findtext("source") for c in root.iter("context") if c.findtext("name") == context
            for m in c.iter("message")]


@pytest.mark.parametrize("context", ["errors", "PassphraseStrength", "report", "verify", "custody"])
def test_every_core_text_is_in_the_template_and_translated_in_every_language(context):
    sources = _template(context)
    assert len(sources) >= 5
    for code in LANGUAGES:
        left = [s for s in sources if catalog.text(context, s, code) == s and (code, s) not in SAME
                and re.sub(r"\{\w+\}|\W", "", s)]  # "{line}: {times}." has no words to translate
        assert left == [], (code, left[:3])


def test_a_wrong_passphrase_is_said_in_the_readers_language(tmp_path):
    Vault.create(tmp_path / "notes.db", "correct horse", calibrate=False).close()
    with pytest.raises(WrongPassphrase) as caught:
        Vault.open(tmp_path / "notes.db", "wrong horse")
    exc = caught.value
    assert str(exc) == "That passphrase did not work. Check it and try again."  # English: exactly as before
    assert isinstance(exc.args[0], Said)
    said = {code: catalog.message(exc, code) for code in LANGUAGES}
    assert said["pl"] == "To hasło nie zadziałało. Sprawdź je i spróbuj jeszcze raz."
    assert len(set(said.values())) == 3 and str(exc) not in said.values()
    assert catalog.message(exc, "en") == str(exc)


def test_an_export_error_and_the_vault_error_inside_it_are_both_translated(tmp_path, qapp):
    vault = Vault.create(tmp_path / "notes.db", "correct horse", calibrate=False)
    journal = Journal(vault)
    with pytest.raises(ExportError) as folder:
        export_bundle(journal, tmp_path, ExportOptions())  # a folder, not a file name
    assert str(folder.value) == "Please choose a file name, not a folder."
    assert catalog.message(folder.value, "cy") == "Dewiswch enw ffeil, nid ffolder."

    from iia_help.export.bundle import _wrap_errors

    wrapped = _wrap_errors(VaultLocked())
    assert catalog.message(wrapped, "pl").startswith("Eksport się zatrzymał")
    inner = _wrap_errors(WrongPassphrase())  # "{message} Nothing was saved." with the vault's own sentence inside
    assert str(inner) == "That passphrase did not work. Check it and try again. Nothing was saved."
    assert catalog.message(inner, "pl") == ("To hasło nie zadziałało. Sprawdź je i spróbuj jeszcze raz. "
                                            "Nic nie zapisano.")
    vault.close()


def test_failed_unlock_attempts_are_told_in_the_readers_language():
    now = datetime(2026, 12, 7, 12, 0, tzinfo=UTC)
    seen = Attempts(times=[now - timedelta(days=2), now - timedelta(days=1)], total=3)
    english = seen.message(now=now, tz=UTC)
    assert english.startswith("Someone tried to open your journal 3 times since you last used it (the last 2 are "
                              "listed): ")
    polish = seen.message(now=now, tz=UTC, language="pl")
    assert "liczba prób: 3" in polish and "sobota" in polish and "Someone" not in polish
    urdu = Attempts(times=[now - timedelta(hours=1)], total=1, warning=CHANGED).message(now=now, tz=UTC,
                                                                                       language="ur")
    assert "ڈائری" in urdu and "Someone" not in urdu


def test_remove_everything_says_what_happened_in_the_readers_language(tmp_path):
    from iia_help.wipe import WipeReport

    report = WipeReport()
    assert report.summary(tmp_path) == ("Everything this app kept on this computer has been removed.\n"
                                        "The app will now close.")
    welsh = report.summary(tmp_path, "cy")
    assert welsh.startswith("Mae popeth") and welsh.endswith("Bydd yr ap yn cau nawr.")


@pytest.mark.parametrize("language", LANGUAGES)
def test_passphrase_advice_is_in_the_language_with_no_english_left(qapp, language):
    from iia_help.ui.i18n import install_language
    from iia_help.ui.journal.passphrase import LABELS, estimate_strength

    english = estimate_strength("password")
    assert english.label == "Too weak" and "Try three or four ordinary words" in english.advice
    try:
        assert install_language(qapp, language)
        for pw in ("password", "qwertyuiop", "aaaaaaaa", "Sam1990", "abcabcabcabc"):
            s = estimate_strength(pw)
            assert s.label not in LABELS and s.advice, (pw, s)
            assert not any(word in s.advice for word in ("guess", "Avoid", "password", "words", "Try")), (pw, s)
    finally:
        install_language(qapp, "")
