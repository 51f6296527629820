"""verify-bundle in Welsh, Polish and Urdu (issue 26): the person's language, or --language; the same exit codes and
the same fingerprints in every language; every problem it can name is a sentence a translator can reach."""

from __future__ import annotations

import re
import subprocess
import sys
import zipfile
from datetime import datetime, timedelta, timezone

import pytest

from iia_help import catalog
from iia_help.catalog import ByLanguage, Said
from iia_help.export import export_bundle, verify_bundle
from iia_help.journal import Entry, Journal, Report
from iia_help.vault import Vault

from conftest import REPO, subprocess_env

TZ = timezone(timedelta(hours=1))


@pytest.fixture(scope="module")
def bundles(tmp_path_factory, qapp):
    """A good bundle, one with a changed file and an extra one, and a file that is not a ZIP."""
    folder = tmp_path_factory.mktemp("verify")
    vault = Vault.create(folder / "notes.db", "correct horse", calibrate=False)
    journal = Journal(vault)
    eid = journal.add_entry(Entry(occurred_at=datetime(2025, 3, 1, 21, 5, tzinfo=TZ), kind="threat",
                                  platform="Instagram", account="@x_2025", description="12:30",
                                  reports=[Report("101", "CRN-42", "2025-03-10")]))
    journal.attach(eid, "chat.txt", b"chat log")
    good = folder / "good.zip"
    result = export_bundle(journal, good)
    vault.close()
    bad = folder / "bad.zip"
    with zipfile.ZipFile(good) as zin, zipfile.ZipFile(bad, "w") as zout:
        for zi in zin.infolist():
            data = zin.read(zi)
            zout.writestr(zi.filename, data + b"!" if zi.filename.endswith("chat.txt") else data)
        zout.writestr("attachments/extra.png", b"x")
    junk = folder / "junk.zip"
    junk.write_bytes(b"%PDF-1.4 not a zip")
    return {"good": good, "bad": bad, "junk": junk, "result": result}


def _run(path, *args, env_language=None, isolated_user_dirs=None):
    env = subprocess_env(isolated_user_dirs)
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        env.pop(name, None)
    if env_language:
        env["LANG"] = env_language
    return subprocess.run([sys.executable, "-m", "iia_help", "verify-bundle", str(path), *args], capture_output=True,
                          text=True, encoding="utf-8", env=env, cwd=REPO, timeout=300)


@pytest.mark.parametrize("case, code", [("good", 0), ("bad", 1), ("junk", 2)])
def test_verify_bundle_speaks_polish_with_the_same_exit_codes_and_fingerprints(bundles, case, code,
                                                                               isolated_user_dirs):
    english = _run(bundles[case], "--language", "en", isolated_user_dirs=isolated_user_dirs)
    polish = _run(bundles[case], "--language", "pl", isolated_user_dirs=isolated_user_dirs)
    from_system = _run(bundles[case], env_language="pl_PL.UTF-8", isolated_user_dirs=isolated_user_dirs)
    assert english.returncode == polish.returncode == from_system.returncode == code
    assert polish.stdout == from_system.stdout  # the computer's language, as the app itself reads it
    assert "Traceback" not in polish.stderr
    hexes = re.compile(r"\b[0-9a-f]{64}\b|(?:[0-9a-f]{4} ){15}[0-9a-f]{4}")
    assert hexes.findall(polish.stdout) == hexes.findall(english.stdout)  # every fingerprint, unchanged
    words = {"good": "wszystko zgadza się", "bad": "NIE ZGADZA SIĘ", "junk": "Nie udało się sprawdzić"}
    assert words[case] in polish.stdout
    # No English sentence left: each line with words is another line in Polish (file names and hashes aside)
    for en_line, pl_line in zip(english.stdout.splitlines(), polish.stdout.splitlines(), strict=True):
        if re.search(r"[a-z]{3,} [a-z]{3,}", hexes.sub("", en_line)):
            assert en_line != pl_line, en_line


def test_the_fingerprint_check_keeps_its_contract_in_every_language(bundles, isolated_user_dirs):
    good, fingerprint = bundles["good"], bundles["result"].fingerprint
    for code in ("cy", "pl", "ur"):
        ok = _run(good, "--fingerprint", fingerprint, "--language", code, isolated_user_dirs=isolated_user_dirs)
        wrong = _run(good, "--fingerprint", "0" * 64, "--language", code, isolated_user_dirs=isolated_user_dirs)
        assert (ok.returncode, wrong.returncode) == (0, 1), code
        assert fingerprint in ok.stdout and "0" * 64 in wrong.stdout
    refused = _run(good, "--language", "xx", isolated_user_dirs=isolated_user_dirs)
    assert refused.returncode == 2 and "not a language" in refused.stderr


def test_every_problem_is_a_sentence_a_translator_can_reach(bundles):
    for case in ("bad", "junk"):
        report = verify_bundle(bundles[case])
        assert report.problems and all(isinstance(p, Said) and p.context for p in report.problems), report.problems
        for code in ("cy", "pl", "ur"):
            text = report.summary(code)
            for problem in report.problems:
                assert catalog.render(problem, code) in text
                assert str(problem) not in text, (code, str(problem))  # the English sentence is not shown


def test_said_sentences_are_said_again_in_any_language(monkeypatch):
    template = catalog.translate("verify", "{name} is missing from the bundle.")
    said = template.format(name='"a.png"')
    assert said == '"a.png" is missing from the bundle.'  # English, a plain str for code that compares
    assert catalog.render(said, "pl") == 'W paczce brakuje pliku "a.png".'
    nested = catalog.translate("verify", "{absent} Without it the bundle's signature cannot be checked.").format(
        absent=said)
    assert catalog.render(nested, "pl").startswith('W paczce brakuje pliku "a.png". Bez niego')
    size = ByLanguage(lambda language: f"12 {'bajtów' if language == 'pl' else 'bytes'}")
    changed = catalog.translate("verify", "{name} has been changed: it is {size}, but should be {expected}.").format(
        name='"b"', size=size, expected=size)
    assert "12 bytes" in changed and catalog.render(changed, "pl").count("12 bajtów") == 2
    assert catalog.message(ValueError(said), "pl") == catalog.render(said, "pl")
    assert catalog.message(ValueError("plain"), "pl") == "plain"


def test_urdu_lines_read_right_to_left_even_when_they_start_with_a_file_name(bundles):
    report = verify_bundle(bundles["bad"])
    urdu = [line for line in report.summary("ur").splitlines() if line]
    assert urdu and all(line.startswith("\u200f") for line in urdu)  # a right-to-left mark, then the line
    assert any(line.startswith('\u200f"bad.zip"') for line in urdu)
    assert "\u200f" not in report.summary("pl") and "\u200f" not in report.summary()
