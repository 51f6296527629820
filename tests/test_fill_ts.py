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
    bad = [r["source"] for r in rows if not all(fill_ts._same(p, r["source"], r["translation"])
                                                   for p in (r"\{[^}]*\}", r"\d{2,}", r"<[^>]+>"))]
    assert rows and not bad
