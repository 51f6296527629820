"""The evidence checklist: which of the points a report needs an entry still lacks (core, no Qt)."""

from __future__ import annotations

from datetime import UTC, datetime

from iia_help import evidence_checklist as ec
from iia_help.journal import Attachment, Entry, Report

T = datetime(2026, 3, 1, 20, 15, tzinfo=UTC)


def states(entry) -> dict[str, str]:
    return {i.key: i.state for i in ec.checklist(entry)}


def test_a_complete_entry_lacks_nothing():
    e = Entry(occurred_at=T, kind="demand", platform="Instagram", account="@j4ke_pay_me_now",
              urls=["https://instagram.example/j4ke_pay_me_now"],
              description="Pay me 500 or I send the pictures to all your followers tonight",
              demand="£500 by bank transfer by Friday 6 pm", reports=[Report("Police", "CR/12/26", "2 Mar")])
    assert set(states(e).values()) == {ec.DONE}
    assert ec.lacking(e) == [] and not ec.is_empty(e)
    assert ec.summary(e) == "This entry has what a report usually needs."


def test_a_bare_entry_lists_every_point_in_order():
    e = Entry(occurred_at=T, kind="message")
    assert [i.key for i in ec.checklist(e)] == ["when", "platform", "account", "url", "message", "demand",
                                                "reported"]
    s = states(e)
    assert s["when"] == ec.DONE  # the time is always there; the journal records when it was written
    assert [s[k] for k in ("platform", "account", "url", "message", "reported")] == [ec.MISSING] * 5
    assert s["demand"] == ec.OPTIONAL  # no demand is not a gap in a message
    assert ec.is_empty(e) and ec.summary(e) == ec.OVERVIEW
    e.description = "he wrote"
    assert ec.summary(e).startswith("Could still help, if you have it: platform or app; exact username")
    assert "what they demanded" not in ec.summary(e) and "their exact words in full" in ec.summary(e)
    assert all(i.note for i in ec.lacking(e))  # each says what would help


def test_no_time_is_missing():
    assert states(Entry(kind="other", description="x"))["when"] == ec.MISSING


def test_display_names_are_questioned_usernames_and_numbers_are_not():
    for display in ("Jake Smith", "  My Ex  ", "Sarah from the gym"):
        assert ec.looks_like_display_name(display)
        assert states(Entry(occurred_at=T, account=display))["account"] == ec.CHECK
    assert "looks like a display name" in ec.summary(Entry(occurred_at=T, account="Jake Smith"))
    for ident in ("@jake", "jake_smith", "+44 7700 900123", "jake@example.org", "instagram.com/jake", "jake",
                  "ID 4471823"):
        assert not ec.looks_like_display_name(ident)
        assert states(Entry(occurred_at=T, account=ident))["account"] == ec.DONE


def test_web_address_may_be_written_anywhere():
    assert states(Entry(occurred_at=T, urls=["https://x.example/p/1"]))["url"] == ec.DONE
    assert states(Entry(occurred_at=T, description="posted at www.badsite.example/abc"))["url"] == ec.DONE
    assert states(Entry(occurred_at=T, account="instagram.com/jake"))["url"] == ec.DONE
    assert states(Entry(occurred_at=T, description="he posted it, I saw it"))["url"] == ec.MISSING
    assert states(Entry(occurred_at=T, urls=["  "]))["url"] == ec.MISSING


def test_full_message_short_note_or_screenshot():
    assert states(Entry(occurred_at=T, description="threat"))["message"] == ec.CHECK
    long = "you have until friday or everyone sees the photos"
    assert states(Entry(occurred_at=T, description=long))["message"] == ec.DONE
    att = Attachment("a" * 32, "e" * 32, "shot.png", 10, "0" * 64, T)
    assert states(Entry(occurred_at=T, description="see screenshot", attachments=[att]))["message"] == ec.DONE


def test_demand_needed_for_a_demand_and_reports_need_a_reference():
    assert states(Entry(occurred_at=T, kind="demand"))["demand"] == ec.MISSING
    assert states(Entry(occurred_at=T, kind="threat", demand="more pictures"))["demand"] == ec.DONE
    assert states(Entry(occurred_at=T, reports=[Report("Instagram", "")]))["reported"] == ec.CHECK
    assert states(Entry(occurred_at=T, reports=[Report("Police", "CR/1")]))["reported"] == ec.DONE
    assert states(Entry(occurred_at=T, reports=[Report("", "")]))["reported"] == ec.MISSING


def test_empty_means_nothing_but_a_time_kind_or_tags():
    assert ec.is_empty(Entry(occurred_at=T, kind="threat", tags=["money"], description="  \n "))
    assert not ec.is_empty(Entry(occurred_at=T, description="x"))
    assert not ec.is_empty(Entry(occurred_at=T, demand="£50"))
    assert not ec.is_empty(Entry(occurred_at=T, urls=["https://x.example"]))
    assert not ec.is_empty(Entry(occurred_at=T, reports=[Report("Police", "")]))
    att = Attachment("a" * 32, "e" * 32, "shot.png", 10, "0" * 64, T)
    assert not ec.is_empty(Entry(occurred_at=T, attachments=[att]))
    assert "Nothing to save yet" in ec.EMPTY_MESSAGE

