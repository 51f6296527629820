"""Texts the Qt-free core gives the UI to show, marked for Qt's translation template (the core
cannot import Qt). Written by ``tools/i18n_wrap.py --update-ts`` from the core's tables; do not edit it by hand.
The UI shows each through ``ui/core_texts.py`` (context "core"); tests/test_i18n.py fails when this list is out of
date."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

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
