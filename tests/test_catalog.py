"""iia_help.catalog: the core's texts read from the .ts files (no Qt), and what it does with a broken or hostile
file (English, never a crash, never an entity expanded or an outside file read)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from iia_help import catalog
from iia_help.language import LRI, PDI

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="xx">
<context>
    <name>report</name>
    <message><source>Timeline</source><translation type="unfinished">Llinell amser</translation></message>
    <message><source>Page {number} of {count}</source><translation>Tudalen {number} o {count}</translation></message>
    <message><source>Entry {number}</source><translation>Cofnod {nubmer}</translation></message>
    <message><source>Empty</source><translation type="unfinished"></translation></message>
    <message><source>Gone</source><translation type="vanished">Wedi mynd</translation></message>
</context>
<context>
    <name>verify</name>
    <message><source>Timeline</source><translation>Another context</translation></message>
</context>
</TS>
"""


@pytest.fixture
def translations(tmp_path, monkeypatch):
    folder = tmp_path / "translations"
    folder.mkdir()
    monkeypatch.setattr(catalog, "resources_dir", lambda: tmp_path)
    catalog.forget()
    yield folder
    catalog.forget()


def test_texts_come_from_the_ts_file_by_context_and_fall_back_to_english(translations):
    (translations / "iia_help_xx.ts").write_text(TS, "utf-8")
    assert catalog.text("report", "Timeline", "xx") == "Llinell amser"  # unfinished ones are used too
    assert catalog.text("verify", "Timeline", "xx") == "Another context"
    assert catalog.texts("xx").translate("report", "Page {number} of {count}").format(number=1, count=2) == \
        "Tudalen 1 o 2"
    assert catalog.text("report", "Empty", "xx") == "Empty"  # not translated yet: English
    assert catalog.text("report", "Gone", "xx") == "Gone"  # vanished: not used
    assert catalog.text("report", "Not there", "xx") == "Not there"
    assert catalog.text("report", "Timeline", "en") == "Timeline"  # English is the source
    assert catalog.text("report", "Timeline", "zz") == "Timeline"  # no file
    assert catalog.text("report", "Timeline", "../xx") == "Timeline"  # never a path
    # a translation that lost or misspelt a placeholder would break .format(): English instead
    assert catalog.texts("xx").translate("report", "Entry {number}").format(number=3) == "Entry 3"


HOSTILE = {
    "billion laughs": '<?xml version="1.0"?><!DOCTYPE TS [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">'
                      '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;">]><TS><context><name>report</name><message>'
                      "<source>Timeline</source><translation>&c;</translation></message></context></TS>",
    "outside file": '<?xml version="1.0"?><!DOCTYPE TS [<!ENTITY x SYSTEM "file:///etc/passwd">]><TS><context>'
                    "<name>report</name><message><source>Timeline</source><translation>&x;</translation>"
                    "</message></context></TS>",
    "outside dtd": '<?xml version="1.0"?><!DOCTYPE TS SYSTEM "http://example.com/ts.dtd"><TS></TS>',
    "broken": '<?xml version="1.0"?><TS><context><name>report</name><message><source>Timeline',
    "not a ts": '<?xml version="1.0"?><html><body>Timeline</body></html>',
    "binary": "\x00\x01\x02 not xml at all \ufffd",
    "empty": "",
}


@pytest.mark.parametrize("case", list(HOSTILE))
def test_a_broken_or_hostile_file_means_english(translations, case):
    (translations / "iia_help_xx.ts").write_text(HOSTILE[case], "utf-8", errors="surrogatepass")
    with pytest.raises(ValueError):
        catalog.read_ts((translations / "iia_help_xx.ts").read_bytes())
    assert catalog.text("report", "Timeline", "xx") == "Timeline"


def test_an_oversized_file_is_not_parsed(translations):
    big = TS.replace("<context>", "<context>" + "<!-- padding -->" * (catalog.MAX_TS_BYTES // 16 + 1), 1)
    (translations / "iia_help_xx.ts").write_text(big, "utf-8")
    with pytest.raises(ValueError, match="too large"):
        catalog.read_ts(big.encode())
    assert catalog.text("report", "Timeline", "xx") == "Timeline"


def test_the_windows_read_the_files_with_the_same_parser(translations, qapp):
    from iia_help.ui import i18n

    (translations / "iia_help_xx.ts").write_text(HOSTILE["billion laughs"], "utf-8")
    with pytest.raises(ValueError):
        i18n.TsTranslator.read(translations / "iia_help_xx.ts")
    (translations / "iia_help_xx.ts").write_text(TS, "utf-8")
    assert i18n.TsTranslator.read(translations / "iia_help_xx.ts").table == \
        catalog.read_ts((translations / "iia_help_xx.ts").read_bytes())


def test_pseudo_and_right_to_left_isolation():
    assert catalog.text("report", "Timeline", "pseudo").startswith("\u27e6Timeline")
    urdu = catalog.texts("ur", isolate=True)
    assert urdu.number(12) == f"{LRI}12{PDI}"
    assert catalog.texts("ur").number(12) == "12"  # only where asked (HTML drawn right to left)
    assert catalog.texts("pl", isolate=True).number(12) == "12"
    # numbers in the words are isolated, the placeholders are left for .format
    out = urdu.translate("report", "Page {number} of {count}")
    assert "{number}" in out and "{count}" in out


def test_the_catalogue_needs_no_qt():
    code = ("import sys, iia_help.catalog as c; c.text('report', 'Timeline', 'cy'); "
            "c.texts('ur', isolate=True).translate('report', 'Timeline'); "
            "assert not any(m.startswith('PySide6') for m in sys.modules), sorted(sys.modules)")
    subprocess.run([sys.executable, "-c", code], check=True)


@pytest.mark.parametrize("code", ["cy", "pl", "ur"])
def test_the_bundled_files_read_and_translate_the_report(code):
    catalog.forget()
    table = catalog.read_ts(catalog.ts_path(code).read_bytes())
    assert sum(1 for (context, _s) in table if context == "report") > 80
    assert catalog.text("report", "Incident record", code) != "Incident record"
