"""Hostile text in the PDF report (issue 27 items 2 and 3): values the person typed (or pasted from an abuser's
message) cannot hide part of themselves, reverse the report's own words, or shrink out of sight. Checked in the
text that pypdf reads out of the PDF, as a reader copying from it would get it."""

from __future__ import annotations

import io
from datetime import UTC, datetime

import pypdf
import pytest

from iia_help.export import write_report_pdf
from iia_help.export.report import entry_html
from iia_help.export.selection import ExportOptions, select
from iia_help.journal import Entry, Journal, Report
from iia_help.vault import Vault

RLO, ZWSP, FSI, PDI = "\u202e", "\u200b", "\u2068", "\u2069"
HIDDEN = {chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x200B, 0x200E, 0x200F, 0x2060, 0xFEFF)}


@pytest.fixture
def journal(tmp_path, qapp):
    vault = Vault.create(tmp_path / "notes.db", "pw", calibrate=False)
    yield Journal(vault)
    vault.close()


def pdf_text(journal: Journal, tmp_path) -> str:
    write_report_pdf(journal, tmp_path / "r.pdf")
    reader = pypdf.PdfReader(io.BytesIO((tmp_path / "r.pdf").read_bytes()))
    return "\n".join(p.extract_text() for p in reader.pages).replace("\t", " ")


def lines(text: str) -> list[str]:
    return [ln.strip() for ln in text.splitlines() if ln.strip()]


def test_a_right_to_left_override_in_a_file_name_is_shown_not_obeyed(journal, tmp_path):
    """``invoice<U+202E>fdp.exe`` was drawn as "invoiceexe.pdf" and reversed the labels under it."""
    e = journal.add_entry(Entry(occurred_at=datetime(2025, 3, 1, 21, 5, tzinfo=UTC), description="They sent it"))
    journal.attach(e, f"invoice{RLO}fdp.exe", b"MZ\x90\x00 not a picture")
    text = pdf_text(journal, tmp_path)
    assert "invoice[U+202E]fdp.exe" in text
    assert "invoiceexe.pdf" not in text and not HIDDEN & set(text)
    assert "Size: 18 bytes" in text and "SHA-256 fingerprint:" in text  # the labels under it read the right way


def test_an_override_in_an_account_cannot_turn_4321_into_1234(journal, tmp_path):
    journal.add_entry(Entry(occurred_at=datetime(2025, 3, 1, tzinfo=UTC), platform="Instagram",
                            account=f"user{RLO}4321", description="Messages from that account"))
    text = pdf_text(journal, tmp_path)
    assert "user[U+202E]4321" in text and "user1234" not in text and RLO not in text
    # In the list that says it copies identifiers exactly, the marker is there too.
    listed = text.split("Accounts and usernames", 1)[1]
    assert "user[U+202E]4321" in listed


def test_a_zero_width_space_cannot_cut_an_account_short(journal, tmp_path):
    journal.add_entry(Entry(occurred_at=datetime(2025, 3, 1, tzinfo=UTC),
                            description=f"It came from @acc{ZWSP}ount again, and from @other_one."))
    text = pdf_text(journal, tmp_path)
    listed = lines(text.split("Accounts and usernames", 1)[1])
    assert "@acc[U+200B]ount" in listed and "@acc" not in listed, listed
    assert ZWSP not in text


def test_every_value_the_person_wrote_is_isolated(journal, tmp_path):
    """Right-to-left text (or an unpaired override) in one value cannot reorder the words after it: every value is
    wrapped in FSI ... PDI, and the hidden characters inside are markers."""
    values = {"platform": "פייסבוק", "account": f"@ab{RLO}cd", "url": "https://example.org/x",
              "reference": f"CAD{RLO}123", "to": f"Police{RLO}", "tag": f"tag{RLO}"}
    e = journal.add_entry(Entry(occurred_at=datetime(2025, 3, 1, tzinfo=UTC), platform=values["platform"],
                                account=values["account"], urls=[values["url"]], tags=[values["tag"]],
                                description=f"see {RLO}here", reports=[Report(values["to"], values["reference"])]))
    journal.attach(e, f"a{RLO}b.png", b"not a picture")
    sel = select(journal, ExportOptions())
    html = entry_html(1, 1, sel.entries[0], sel.files_of(sel.entries[0].id), {}, (2000.0, 3000.0), UTC)
    assert RLO not in html
    for v in [*values.values(), f"a{RLO}b.png"]:
        shown = v.replace(RLO, "[U+202E]")
        assert f"{FSI}{shown}{PDI}" in html, v


# ------------------------------------------------------------------------------------------------ item 3
# A realistic 409-character share link (tracking parameters and all), and a 2,000-character one: these were drawn
# at about 2 pt and 1 pt. Now they are broken after / ? & or = with a mark at the end of each line, at body size.
SHARE = ("https://www.facebook.com/share/p/1AbCdEfGhIjK/?mibextid=WC7FNe&fbclid=" + "IwZXh0bgNhZW0CMTEAAR" * 8
         + "&utm_source=share&utm_medium=member_android&story_fbid=" + "1234567890" * 6 + "&id=100089"
         + "x" * 54)
HUGE = "https://example.org/track?" + "&".join(f"p{i:03d}=value{i:03d}" for i in range(150))


def sized_text(journal: Journal, tmp_path) -> tuple[str, list[tuple[float, str]]]:
    """The report's text (pypdf) and every piece of text drawn with its size on the page, in points."""
    write_report_pdf(journal, tmp_path / "r.pdf")
    sizes: list[tuple[float, str]] = []

    def visit(text, cm, tm, _font, size):
        if text.strip():
            sizes.append((abs(size * tm[3] * cm[3]), text.strip()))

    reader = pypdf.PdfReader(str(tmp_path / "r.pdf"))
    text = "\n".join(p.extract_text(visitor_text=visit) for p in reader.pages)
    return text.replace("\t", " "), sizes


def link_at_body_size_in_pieces(journal: Journal, tmp_path, url: str) -> tuple[list[str], list[str]]:
    """Checks that no piece of ``url`` in the report is drawn below the body size, and that in the list of
    addresses its lines, the marks removed, give it exactly. Returns those lines and the pieces without marks."""
    text, sizes = sized_text(journal, tmp_path)
    body = min(s for s, t in sizes if t.startswith("Posted"))
    parts = [(s, t) for s, t in sizes if len(t) >= 6 and t.rstrip(" →") in url]
    assert parts, "the link is not in the text"
    assert min(s for s, _ in parts) >= body * 0.99, sorted(parts)[:3]  # never below the body size
    listed = text.split("Web addresses (1)", 1)[1].split("(above)", 1)[0]
    lines = [ln.strip() for ln in listed.splitlines() if ln.strip() and ln.strip() not in ("As written", "In entries")]
    pieces = [ln for ln in lines if ln != "→"]
    assert "".join(pieces) == url
    return lines, pieces


@pytest.mark.parametrize("url", [SHARE, HUGE], ids=["409-characters", "2000-characters"])
def test_a_long_link_is_broken_with_a_mark_never_shrunk(journal, tmp_path, url):
    assert len(SHARE) == 409 and len(HUGE) > 2000
    journal.add_entry(Entry(occurred_at=datetime(2025, 3, 1, tzinfo=UTC), urls=[url],
                            description=f"Posted here {url} today."))
    lines, pieces = link_at_body_size_in_pieces(journal, tmp_path, url)
    # Each line that continues ends after / ? & or = (or, in a run of more than a line without them, anywhere).
    assert len(pieces) > 2 and lines.count("→") == len(pieces) - 1
    assert sum(p[-1] in "/?&=" for p in pieces[:-1]) >= len(pieces) // 2


def test_a_link_a_little_too_long_for_a_line_is_broken_not_set_in_smaller_type(journal, tmp_path):
    """Between one line at body size and one line at the smallest type (about 100 to 140 characters): it used to
    be shrunk to 7.5 pt to stay on one line; now it is broken like a longer one, and every piece is body size."""
    url = "https://example.org/share/" + "/".join(f"part{i:02d}abcdefghi" for i in range(6)) + "?id=abcdef&x=1"
    assert 100 <= len(url) <= 140
    journal.add_entry(Entry(occurred_at=datetime(2025, 3, 1, tzinfo=UTC), urls=[url],
                            description=f"Posted here {url} today."))
    _lines, pieces = link_at_body_size_in_pieces(journal, tmp_path, url)
    assert len(pieces) >= 2
