"""tools/fill_ts.py: a translator's draft goes into a .ts file only where it keeps the English's placeholders,
numbers and tags, and the file's layout is left as it was."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("fill_ts", REPO / "tools" / "fill_ts.py")
fill_ts = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(fill_ts)

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy">
<context>
    <name>MainWindow</name>
    <message>
        <source>Quick exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call {v0} &amp; press 55</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Other</name>
    <message>
        <source>Quick exit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
"""


def test_fills_matching_messages_only_and_keeps_the_layout():
    text, filled, refused = fill_ts.fill(TS, {("MainWindow", "Quick exit"): "Gadael yn gyflym",
                                              ("MainWindow", "Call {v0} & press 55"): "Ffoniwch {v0} a phwyswch 55 <"})
    assert filled == 2 and not refused
    assert '<translation type="unfinished">Gadael yn gyflym</translation>' in text
    assert "Ffoniwch {v0} a phwyswch 55 &lt;" in text  # escaped for XML
    assert text.count('<translation type="unfinished"></translation>') == 1  # the other context is untouched
    assert text.replace("Gadael yn gyflym", "").replace("Ffoniwch {v0} a phwyswch 55 &lt;", "") == TS


@pytest.mark.parametrize("bad", ["Ffoniwch a phwyswch 55", "Ffoniwch {v1} a phwyswch 55", "Ffoniwch {v0} a phwyswch 5",
                                 "Ffoniwch <b>{v0}</b> a phwyswch 55"])
def test_a_draft_that_changes_placeholders_numbers_or_tags_is_refused(bad):
    text, filled, refused = fill_ts.fill(TS, {("MainWindow", "Call {v0} & press 55"): bad})
    assert filled == 0 and len(refused) == 1 and text == TS


def test_the_welsh_draft_keeps_every_placeholder_number_and_tag():
    rows = json.loads((REPO / "tools" / "ts_drafts" / "cy.json").read_text(encoding="utf-8"))
    bad = [r["source"] for r in rows for t in (r["translation"] if isinstance(r["translation"], list)
                                               else [r["translation"]]) if not fill_ts._same_marks(r["source"], t)]
    assert rows and not bad


PLURAL_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl">
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>%n entries</source>
        <comment>%n entry</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
"""


def test_a_plural_text_takes_one_form_per_plural_category_each_with_the_count():
    forms = ["%n wpis", "%n wpisy", "%n wpisów"]
    text, filled, refused = fill_ts.fill(PLURAL_TS, {("ExportDialog", "%n entries"): forms})
    assert filled == 1 and not refused
    assert "<numerusform>%n wpis</numerusform>" in text and "<numerusform>%n wpisów</numerusform>" in text
    for bad in (forms[:2], "%n wpisów", ["%n wpis", "wpisy", "%n wpisów"]):  # a form missing, not a list, no count
        text, filled, refused = fill_ts.fill(PLURAL_TS, {("ExportDialog", "%n entries"): bad})
        assert filled == 0 and len(refused) == 1 and text == PLURAL_TS
