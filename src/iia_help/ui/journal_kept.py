"""A personal journal is never lost to a settings change.

Guest sessions (support-worker mode) show a take-away journal in the Journal area instead of this computer's
journal. Someone who switches them on while a personal journal exists is asked first and told that the journal
is kept and how to get back to it; during guest sessions the Journal area says so too.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QLabel, QWidget

from iia_help.context import AppContext
from iia_help.ui.common.dialog_helpers import ask
from iia_help.ui.i18n import translate

BACK_TO_IT = QT_TRANSLATE_NOOP(
    "journal_kept",
    "To get back to it: in Settings, choose \u201cI'm looking for help for myself\u201d under \u201cWho is "
              "using this?\u201d, or untick \u201cGuest sessions\u201d. The Journal area then shows your journal "
              "again.")

QUESTION_TITLE = QT_TRANSLATE_NOOP("journal_kept", "Switch on guest sessions?")
QUESTION_TEXT = QT_TRANSLATE_NOOP("journal_kept",
    "There is a personal journal on this computer.\n\n"
    "\u201cI'm a support worker\u201d switches on guest sessions: each visit is forgotten, and the Journal area "
    "shows a take-away journal instead of the journal on this computer.\n\n"
    "Your journal is kept. Nothing in it is deleted or changed; it stays locked on this computer.")
YES_TEXT = QT_TRANSLATE_NOOP("journal_kept", "Switch on guest sessions")
NO_TEXT = QT_TRANSLATE_NOOP("journal_kept", "Keep things as they are")

NOTICE_TEXT = QT_TRANSLATE_NOOP("journal_kept", "A personal journal exists on this computer. It is kept, locked "
                                "and unchanged; it is not shown during guest sessions.")


def _t(text: str) -> str:
    return translate("journal_kept", text)


def personal_journal_exists(ctx: AppContext) -> bool:
    try:
        return ctx.paths.vault_file.is_file()
    except OSError:
        return False


def ask_before_guest_sessions(ctx: AppContext, parent: QWidget | None) -> bool:
    """True if guest sessions may be switched on: no personal journal here, or the person said yes."""
    if not personal_journal_exists(ctx):
        return True
    return ask(parent, None, _t(QUESTION_TITLE), _t(QUESTION_TEXT) + "\n\n" + _t(BACK_TO_IT), _t(YES_TEXT),
               _t(NO_TEXT), name="guestSessionsQuestion")


def journal_kept_notice(ctx: AppContext, parent: QWidget | None = None) -> QLabel | None:
    """For the Journal area during guest sessions: a note that a personal journal exists here and is kept
    (None when there is none)."""
    if not personal_journal_exists(ctx):
        return None
    text = _t(NOTICE_TEXT) + " " + _t(BACK_TO_IT)
    label = QLabel(text, parent)
    label.setObjectName("personalJournalKept")
    label.setWordWrap(True)
    label.setAccessibleName(text)
    return label
