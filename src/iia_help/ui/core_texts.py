"""Texts the Qt-free core gives the UI to show, marked for Qt's translation template (the core
cannot import Qt). Written by ``tools/i18n_wrap.py --update-ts`` from the core's tables; do not edit the list by hand.
The UI shows each with ``core(text)`` (context "core"); tests/test_i18n.py fails when this list is out of date."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from iia_help.ui.i18n import Text, translate

TEXTS = (
    QT_TRANSLATE_NOOP("core", "England"),
    QT_TRANSLATE_NOOP("core", "Wales"),
    QT_TRANSLATE_NOOP("core", "Scotland"),
    QT_TRANSLATE_NOOP("core", "Northern Ireland"),
    QT_TRANSLATE_NOOP("core", "Ireland"),
    QT_TRANSLATE_NOOP("core", "United States"),
    QT_TRANSLATE_NOOP("core", "Australia"),
    QT_TRANSLATE_NOOP("core", "Canada"),
    QT_TRANSLATE_NOOP("core", "Somewhere else"),
    QT_TRANSLATE_NOOP("core", "In danger now"),
    QT_TRANSLATE_NOOP("core", "Under 18"),
    QT_TRANSLATE_NOOP("core", "Adult (18 or over)"),
    QT_TRANSLATE_NOOP("core", "Threats or blackmail"),
    QT_TRANSLATE_NOOP("core", "Getting images taken down"),
    QT_TRANSLATE_NOOP("core", "Domestic abuse"),
    QT_TRANSLATE_NOOP("core", "Someone to talk to"),
    QT_TRANSLATE_NOOP("core", "Reporting a crime"),
    QT_TRANSLATE_NOOP("core", "Deaf or speech-impaired access"),
    QT_TRANSLATE_NOOP("core", "Scam or blackmail email"),
    QT_TRANSLATE_NOOP("core", "18 or over"),
    QT_TRANSLATE_NOOP("core", "Message"),
    QT_TRANSLATE_NOOP("core", "Threat to share images"),
    QT_TRANSLATE_NOOP("core", "Images shared"),
    QT_TRANSLATE_NOOP("core", "Demand for money or images"),
    QT_TRANSLATE_NOOP("core", "Other"),
    QT_TRANSLATE_NOOP("core", "the UK"),
    QT_TRANSLATE_NOOP("core", "the United States"),
    QT_TRANSLATE_NOOP("core", "Journal created"),
    QT_TRANSLATE_NOOP("core", "History started (the journal was made by an older version)"),
    QT_TRANSLATE_NOOP("core", "Unlocked"),
    QT_TRANSLATE_NOOP("core", "Locked"),
    QT_TRANSLATE_NOOP("core", "Failed attempts to unlock"),
    QT_TRANSLATE_NOOP("core", "Entry written"),
    QT_TRANSLATE_NOOP("core", "Entry changed"),
    QT_TRANSLATE_NOOP("core", "Entry deleted"),
    QT_TRANSLATE_NOOP("core", "File added"),
    QT_TRANSLATE_NOOP("core", "File opened"),
    QT_TRANSLATE_NOOP("core", "File saved out of the journal"),
    QT_TRANSLATE_NOOP("core", "File deleted"),
    QT_TRANSLATE_NOOP("core", "Evidence export made"),
    QT_TRANSLATE_NOOP("core", "Backup made"),
    QT_TRANSLATE_NOOP("core", "Restored from a backup"),
    QT_TRANSLATE_NOOP("core", "Passphrase changed"),
    QT_TRANSLATE_NOOP("core", "Guest session started"),
    QT_TRANSLATE_NOOP("core", "Guest session ended"),
    QT_TRANSLATE_NOOP("core", "Accounts and usernames"),
    QT_TRANSLATE_NOOP("core", "Phone numbers"),
    QT_TRANSLATE_NOOP("core", "Email addresses"),
    QT_TRANSLATE_NOOP("core", "Web addresses"),
    QT_TRANSLATE_NOOP("core", "Report references"),
    QT_TRANSLATE_NOOP("core", "Nothing to save yet: write what happened, or add who it was, a web address or a file."),
    QT_TRANSLATE_NOOP("core", "What helps a report: when, where, their exact username or number, web addresses, their exact words, any demand, and who you told. Write what you have; add more later."),  # noqa: E501
    QT_TRANSLATE_NOOP("core", "Could still help, if you have it: "),
    QT_TRANSLATE_NOOP("core", "This entry has what a report usually needs."),
    QT_TRANSLATE_NOOP("core", "When it happened, and when you wrote it down"),
    QT_TRANSLATE_NOOP("core", "When it happened; a rough time is fine. The journal notes the rest."),
    QT_TRANSLATE_NOOP("core", "Platform or app"),
    QT_TRANSLATE_NOOP("core", "Where it happened, for example Instagram or a text message."),
    QT_TRANSLATE_NOOP("core", "Web address"),
    QT_TRANSLATE_NOOP("core", "The link to the profile, post or chat, from the address bar or the Share menu."),
    QT_TRANSLATE_NOOP("core", "Exact username, ID or number"),
    QT_TRANSLATE_NOOP("core", "Their exact username, profile link, phone number or email, copied as shown."),
    QT_TRANSLATE_NOOP("core", "The full message"),
    QT_TRANSLATE_NOOP("core", "What they demanded"),
    QT_TRANSLATE_NOOP("core", "If they asked for anything: money (how much, and any payment details they gave), more images, and any deadline."),  # noqa: E501
    QT_TRANSLATE_NOOP("core", "Who it was reported to, and the reference"),
    QT_TRANSLATE_NOOP("core", "This looks like a display name, which can change. The exact username (like @name), profile link or number helps more."),  # noqa: E501
    QT_TRANSLATE_NOOP("core", "their exact username or number (this looks like a display name)"),
    QT_TRANSLATE_NOOP("core", "If there was a message, paste its exact words in full, or add a screenshot."),
    QT_TRANSLATE_NOOP("core", "their exact words in full"),
    QT_TRANSLATE_NOOP("core", "Their exact words, pasted in full, or a screenshot."),
    QT_TRANSLATE_NOOP("core", "Add the reference or case number they gave you, if there was one."),
    QT_TRANSLATE_NOOP("core", "the reference number from your report"),
    QT_TRANSLATE_NOOP("core", "Only if you have reported it: who you told and any reference number."),
)


def core(text: str) -> Text:
    """A text from the core (a region's name, a kind of entry, a checklist line) in the language of the moment."""
    return translate("core", text)


def core_items(table: dict[str, str]) -> list[tuple[str, Text]]:
    """``table.items()`` with each name translated (for filling a drop-down)."""
    return [(code, core(name)) for code, name in table.items()]


def checklist_summary(entry) -> str:
    """``evidence_checklist.summary(entry)`` in the language of the moment."""
    from iia_help import evidence_checklist as ec

    if ec.is_empty(entry):
        return core(ec.OVERVIEW)
    items = ec.lacking(entry)
    if not items:
        return core("This entry has what a report usually needs.")
    names = [core(i.short) if i.short else _lower_first(core(i.label)) for i in items]
    return translate("core", "Could still help, if you have it: {items}.").format(items="; ".join(names))


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]
