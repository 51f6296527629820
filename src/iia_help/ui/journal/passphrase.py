"""Passphrases: a local strength estimate (zxcvbn), the show/hide toggle, changing the passphrase, and encrypted
backup / restore of the whole journal file."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEventLoop, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QProgressDialog,
    QVBoxLayout,
    QWidget,
)

from iia_help.ui import dialogs
from iia_help.ui.common.dialog_helpers import DialogTracker, ReservedLabel, ask, hint, inform, named
from iia_help.ui.common.tasks import Task
from iia_help.ui.core_texts import core_message
from iia_help.ui.i18n import current_language, translate
from iia_help.ui.modal import present
from iia_help.vault import Vault, VaultError, VaultExists, WrongPassphrase

#: zxcvbn is slow on long input (and refuses more than 72 characters): only this many are analysed. A passphrase
#: longer than this is judged by its start, which still catches "aaaa…" and "password1password1…".
MAX_ANALYSED = 64
#: The meter waits this long after the last key press before it scores (a long passphrase can take ~0.1 s).
METER_DELAY_MS = 200


@dataclass(frozen=True)
class Strength:
    score: int  # 0 (too weak) .. 4 (strong), zxcvbn's score
    label: str
    advice: str  # plain words: what is weak about it and what would help; "" when it is fine


LABELS = (QT_TRANSLATE_NOOP("PassphraseStrength", "Too weak"), QT_TRANSLATE_NOOP("PassphraseStrength", "Weak"),
          QT_TRANSLATE_NOOP("PassphraseStrength", "OK"), QT_TRANSLATE_NOOP("PassphraseStrength", "Good"),
          QT_TRANSLATE_NOOP("PassphraseStrength", "Strong"))
ADVICE = QT_TRANSLATE_NOOP("PassphraseStrength", "Try three or four ordinary words that have nothing to do with each "
                                                 "other. Longer is stronger.")
#: From this score on, a passphrase is used without a question.
GOOD = 3

# zxcvbn's feedback, said more plainly and translated (context "PassphraseStrength"); its own English wording is
# kept for anything not listed here, in English only (in another language only the plain advice is shown).
_PLAIN = {
    "Straight rows of keys are easy to guess.":
        QT_TRANSLATE_NOOP("PassphraseStrength", "Rows of keys next to each other, like qwerty, are easy to guess."),
    "Short keyboard patterns are easy to guess.":
        QT_TRANSLATE_NOOP("PassphraseStrength", "Patterns on the keyboard are easy to guess."),
    'Repeats like "aaa" are easy to guess.':
        QT_TRANSLATE_NOOP("PassphraseStrength", "The same letter or number over and over is easy to guess."),
    'Repeats like "abcabcabc" are only slightly harder to guess than "abc".':
        QT_TRANSLATE_NOOP("PassphraseStrength", "Repeating the same part twice adds almost nothing."),
    'Sequences like "abc" or "6543" are easy to guess.':
        QT_TRANSLATE_NOOP("PassphraseStrength", "Runs like abc or 6543 are easy to guess."),
    "Recent years are easy to guess.":
        QT_TRANSLATE_NOOP("PassphraseStrength", "Recent years are easy to guess."),
    "Dates are often easy to guess.":
        QT_TRANSLATE_NOOP("PassphraseStrength", "Dates are easy to guess, especially ones linked to you."),
    "This is a top-10 common password.":
        QT_TRANSLATE_NOOP("PassphraseStrength", "This is one of the first passwords people try."),
    "This is a top-100 common password.":
        QT_TRANSLATE_NOOP("PassphraseStrength", "This is one of the first passwords people try."),
    "This is a very common password.":
        QT_TRANSLATE_NOOP("PassphraseStrength", "Many people use this password."),
    "This is similar to a commonly used password.":
        QT_TRANSLATE_NOOP("PassphraseStrength", "This is close to a password many people use."),
    "A word by itself is easy to guess.":
        QT_TRANSLATE_NOOP("PassphraseStrength", "One word on its own is easy to guess."),
    "Names and surnames by themselves are easy to guess.":
        QT_TRANSLATE_NOOP("PassphraseStrength", "A name on its own is easy to guess."),
    "Common names and surnames are easy to guess.":
        QT_TRANSLATE_NOOP("PassphraseStrength", "Common names are easy to guess."),
    "Use a few words, avoid common phrases.":
        ADVICE,
    "Add another word or two. Uncommon words are better.":
        QT_TRANSLATE_NOOP("PassphraseStrength", "Add another word or two; unusual words are better."),
    "Use a longer keyboard pattern with more turns.":
        ADVICE,
    "Avoid repeated words and characters.":
        QT_TRANSLATE_NOOP("PassphraseStrength", "Avoid repeating words or characters."),
    "Avoid sequences.":
        QT_TRANSLATE_NOOP("PassphraseStrength", "Avoid runs like abc or 123."),
    "Avoid recent years.":
        QT_TRANSLATE_NOOP("PassphraseStrength", "Avoid years and dates linked to you."),
    "Avoid years that are associated with you.":
        QT_TRANSLATE_NOOP("PassphraseStrength", "Avoid years and dates linked to you."),
    "Avoid dates and years that are associated with you.":
        QT_TRANSLATE_NOOP("PassphraseStrength", "Avoid years and dates linked to you."),
    "Capitalization doesn't help very much.":
        QT_TRANSLATE_NOOP("PassphraseStrength", "A capital letter at the start does not help much."),
    "All-uppercase is almost as easy to guess as all-lowercase.":
        QT_TRANSLATE_NOOP("PassphraseStrength", "All capitals are about as easy to guess."),
    "Reversed words aren't much harder to guess.":
        QT_TRANSLATE_NOOP("PassphraseStrength", "Words spelt backwards are not much harder to guess."),
    "Predictable substitutions like '@' instead of 'a' don't help very much.":
        QT_TRANSLATE_NOOP("PassphraseStrength", "Swapping letters for look-alikes, like @ for a, does not help much."),
}


def _plain(text: str) -> str:
    """zxcvbn's sentence said plainly, in the language of the moment; one it has and this table has not stays
    English in English and is left out in any other language (the advice after it still says what helps)."""
    if text in _PLAIN:
        return translate("PassphraseStrength", _PLAIN[text])
    return text if current_language() in ("", "en") else ""


def estimate_strength(pw: str) -> Strength:
    """How hard ``pw`` is to guess, with zxcvbn (the estimator KeePassXC uses). Local only; never stored."""
    if not pw:
        return Strength(0, "", "")
    from zxcvbn import zxcvbn  # imported on first use: its word lists take a moment to load

    result = zxcvbn(pw[:MAX_ANALYSED])
    score = int(result["score"])
    label = translate("PassphraseStrength", LABELS[score])
    if score >= GOOD:
        return Strength(score, label, "")
    fb = result.get("feedback") or {}
    parts: list[str] = []
    for text in [fb.get("warning") or "", *(fb.get("suggestions") or [])]:
        text = _plain(text.strip())
        if text and text not in parts:
            parts.append(text)
    advice = translate("PassphraseStrength", ADVICE)
    if advice not in parts:
        parts.append(advice)
    return Strength(score, label, " ".join(parts[:3]))


class ErrorLine(ReservedLabel):
    """A red error line with room kept for it, that goes away as soon as what it says is fixed.

    ``show_problem(text, check)``: ``check()`` returns the problem as it stands now ("" once fixed); each
    ``recheck()`` (connected to typing) clears the line when that is no longer ``text``. Without ``check`` any
    typing clears it (for answers from the vault, like "not right")."""

    STYLE = "color: #b3261e; font-weight: 600;"

    def __init__(self, parent: QWidget | None = None, lines: int = 2) -> None:
        super().__init__(lines, parent)
        self.setObjectName("errorLabel")
        self.setStyleSheet(self.STYLE)
        self._check: Callable[[], str] | None = None

    def show_problem(self, text: str, check: Callable[[], str] | None = None) -> None:
        self._check = check
        self.setText(text)
        self.setAccessibleName(text)

    def recheck(self, *_: Any) -> None:
        if not self.text():
            return
        if self._check is None or self._check() != self.text():
            self.clear_problem()

    def clear_problem(self) -> None:
        self._check = None
        self.clear()
        self.setAccessibleName("")


class StrengthMeter(QWidget):
    """A bar and plain words: 'Too weak', 'Weak', 'OK', 'Good', 'Strong', with what would make it stronger.

    ``schedule(pw)`` (connected to typing) scores after a short pause, so long passphrases never make typing
    stutter; ``update_for(pw)`` scores at once."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 4)
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(8)
        named(self.bar, translate("StrengthMeter", "Passphrase strength"))
        self.label = ReservedLabel(3, self)
        self.label.setObjectName("strengthLabel")
        layout.addWidget(self.bar)
        layout.addWidget(self.label)
        self._pending = ""
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(METER_DELAY_MS)
        self.timer.timeout.connect(lambda: self.update_for(self._pending))
        self.strength = estimate_strength("")
        self.update_for("")

    def schedule(self, pw: str) -> None:
        self._pending = pw
        if not pw:
            self.update_for("")
        else:
            self.timer.start()

    def update_for(self, pw: str) -> Strength:
        self.timer.stop()
        self._pending = ""
        s = estimate_strength(pw)
        self.strength = s
        self.bar.setValue(s.score if pw else 0)
        colour = ("#b3261e", "#c05a00", "#8a6d00", "#2e7d32", "#1b5e20")[s.score]
        self.bar.setStyleSheet(f"QProgressBar::chunk {{ background: {colour}; }}")
        text = translate("StrengthMeter",
            "Strength: {v0}.").format(v0=s.label) + (f" {s.advice}" if s.advice else "") if pw else \
            translate("StrengthMeter", "Strength: type a passphrase to see how strong it is.")
        self.label.setText(text)
        self.bar.setAccessibleDescription(text)
        return s


def passphrase_edit(parent: QWidget, name: str) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setInputMethodHints(Qt.InputMethodHint.ImhHiddenText | Qt.InputMethodHint.ImhNoPredictiveText
                             | Qt.InputMethodHint.ImhSensitiveData)
    named(edit, name)
    return edit


def show_toggle(parent: QWidget, edits: list[QLineEdit]) -> QCheckBox:
    box = QCheckBox(translate("passphrase", "Show passphrase"), parent)
    named(box, translate("passphrase", "Show passphrase"), translate("passphrase",
        "Shows the letters you type. Make sure nobody is looking."))

    def apply(on: bool) -> None:
        for e in edits:
            e.setEchoMode(QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password)

    box.toggled.connect(apply)
    return box


def run_busy(parent: QWidget, tracker: DialogTracker, text: str, fn: Callable[[Task], Any],
             discard: Callable[[Any], None] | None = None) -> dict[str, Any]:
    """Run ``fn`` in a worker while a small 'please wait' window shows; the app stays responsive.

    Returns {"result": …} or {"error": exc}, or {"cancelled": True} if the window was closed by a lock.
    """
    dlg = QProgressDialog(text, "", 0, 0, parent)
    dlg.setObjectName("busyDialog")
    dlg.setWindowTitle(translate("passphrase", "Please wait"))
    dlg.setCancelButton(None)
    present(dlg)  # no Qt modality: the window behind is made inert instead
    dlg.setMinimumDuration(0)
    dlg.setAutoClose(False)
    dlg.setAutoReset(False)
    loop = QEventLoop()
    out: dict[str, Any] = {}

    def done(r: Any) -> None:
        out["result"] = r
        loop.quit()

    def failed(e: BaseException) -> None:
        out["error"] = e
        loop.quit()

    task = Task(fn, on_done=done, on_error=failed, discard=discard)

    def closed(*_: Any) -> None:
        if not task.finished:
            task.cancel()
            out["cancelled"] = True
            loop.quit()

    dlg.finished.connect(closed)
    dlg.canceled.connect(closed)
    tracker.add(dlg)
    dlg.show()
    task.start()
    if not (task.finished or out):
        loop.exec()
    dlg.blockSignals(True)
    dlg.close()
    dlg.deleteLater()
    return out


class ChangePassphraseDialog(QDialog):
    def __init__(self, vault: Vault, tracker: DialogTracker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("changePassphraseDialog")
        self.setWindowTitle(translate("ChangePassphraseDialog", "Change passphrase"))
        self.vault = vault
        self.tracker = tracker
        layout = QVBoxLayout(self)
        layout.addWidget(hint(translate(
                              "ChangePassphraseDialog",
                              "Your notes stay as they are. Only the passphrase that opens them changes. "
                              "Nobody can reset it for you, so choose one you will remember."), self))
        form = QFormLayout()
        self.current = passphrase_edit(self, translate("ChangePassphraseDialog", "Current passphrase"))
        self.new = passphrase_edit(self, translate("ChangePassphraseDialog", "New passphrase"))
        self.confirm = passphrase_edit(self, translate("ChangePassphraseDialog", "Type the new passphrase again"))
        form.addRow(_buddy(translate("ChangePassphraseDialog", "&Current passphrase"), self.current), self.current)
        form.addRow(_buddy(translate("ChangePassphraseDialog", "&New passphrase"), self.new), self.new)
        self.meter = StrengthMeter(self)
        form.addRow("", self.meter)
        form.addRow(_buddy(translate("ChangePassphraseDialog", "Type it &again"), self.confirm), self.confirm)
        layout.addLayout(form)
        self.show_box = show_toggle(self, [self.current, self.new, self.confirm])
        layout.addWidget(self.show_box)
        self.error = ErrorLine(self)
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(self)
        self.ok = self.buttons.addButton(translate("ChangePassphraseDialog", "Change passphrase"),
            QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = self.buttons.addButton(translate("ChangePassphraseDialog", "Cancel"),
            QDialogButtonBox.ButtonRole.RejectRole)
        named(self.ok, translate("ChangePassphraseDialog", "Change passphrase"))
        named(cancel, translate("ChangePassphraseDialog", "Cancel"))
        self.buttons.accepted.connect(self.try_change)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.new.textChanged.connect(self.meter.schedule)
        for edit in (self.current, self.new, self.confirm):
            edit.textChanged.connect(self.error.recheck)

    def _show_error(self, text: str, check: Callable[[], str] | None = None) -> None:
        self.error.show_problem(text, check)

    def try_change(self) -> bool:
        old, new = self.current.text(), self.new.text()
        if not old:
            self._show_error(translate("ChangePassphraseDialog", "Please type your current passphrase."),
                             lambda: "" if self.current.text() else "Please type your current passphrase.")
            return False
        problem = new_passphrase_problem(new, self.confirm.text())
        if problem:
            self._show_error(problem, lambda: new_passphrase_problem(self.new.text(), self.confirm.text()))
            return False
        if not confirm_weak(self, self.tracker, new):
            self.new.setFocus()
            self.new.selectAll()
            return False
        vault = self.vault
        out = run_busy(self, self.tracker, translate("ChangePassphraseDialog", "Changing your passphrase…"),
                       lambda _t: vault.change_passphrase(old, new))
        if "cancelled" in out:
            return False
        err = out.get("error")
        if isinstance(err, WrongPassphrase):
            self._show_error(translate(
                             "ChangePassphraseDialog",
                             "Your current passphrase is not right. Nothing was changed."))
            self.current.selectAll()
            self.current.setFocus()
            return False
        if err is not None:
            self._show_error(core_message(err) if isinstance(err, VaultError) else translate(
                                                                          "ChangePassphraseDialog",
                                                                          "The passphrase could not be changed."))
            return False
        self.current.clear()
        self.new.clear()
        self.confirm.clear()
        self.accept()
        return True


def _buddy(text: str, w: QWidget) -> QLabel:
    lab = QLabel(text)
    lab.setBuddy(w)
    return lab


def new_passphrase_problem(pw: str, confirm: str) -> str:
    """A plain sentence saying what stops a new passphrase being used, or "" if it can be used. Only an empty
    passphrase or two that differ stop it: a weak one is explained (``confirm_weak``), never refused."""
    if not pw:
        return translate("passphrase", "Please choose a passphrase.")
    if pw != confirm:
        return translate("passphrase", "The two passphrases are not the same. Please type them again.")
    return ""


def weakness(pw: str) -> str:
    """Why ``pw`` is weak, in plain words, or "" if it is good enough to use without asking."""
    s = estimate_strength(pw)
    if not pw or s.score >= GOOD:
        return ""
    return (translate(
            "passphrase",
            "This passphrase is rated “{v0}”. Anyone who gets a copy of the journal file could try passphrases like "
            "it very fast, and might guess it. {v1}",
            ).format(v0=s.label, v1=s.advice))


def confirm_weak(parent: QWidget, tracker: DialogTracker | None, pw: str) -> bool:
    """For a weak passphrase, explain and ask; True if it is good enough or the person chooses to use it."""
    text = weakness(pw)
    if not text:
        return True
    return ask(parent, tracker, translate("passphrase", "Use a weak passphrase?"),
               text + translate(
                      "passphrase",
                      "\n\nYou can still use it. You can change it later under Change passphrase."),
               translate("passphrase", "Use it anyway"), translate("passphrase", "Choose another"))


# ----------------------------------------------------------------- backup / restore
def make_backup(parent: QWidget, tracker: DialogTracker, vault: Vault) -> Path | None:
    """Ask where, then write an encrypted copy of the whole journal there. Returns the path, or None."""
    dest = dialogs.save_file(parent, "Save an encrypted backup", f"notes-backup-{date.today():%Y-%m-%d}.db",
                             "Backup files (*.db);;All files (*)")
    if dest is None or not vault.is_open:
        return None
    out = run_busy(parent, tracker, translate("passphrase", "Making your backup…"), lambda _t: vault.backup_to(dest))
    if "cancelled" in out:
        return None
    err = out.get("error")
    if err is not None:
        inform(parent, tracker, translate("passphrase", "Backup not made"),
               core_message(err) if isinstance(err, VaultError) else translate(
                                                            "passphrase",
                                                            "The backup could not be written there."), warning=True)
        return None
    inform(parent, tracker, translate("passphrase", "Backup made"),
           translate(
           "passphrase",
           "Your backup is saved as “{v0}”. It is encrypted and opens only with your passphrase. Keep it somewhere "
           "safe, like a USB stick only you use.",
           ).format(v0=dest.name))
    return dest


class RestoreDialog(QDialog):
    """Restore a backup file to ``target``. Never replaces an existing journal without asking first."""

    def __init__(self, backup: Path, target: Path, tracker: DialogTracker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setWindowTitle(translate("RestoreDialog", "Restore a backup"))
        self.backup, self.target, self.tracker = Path(backup), Path(target), tracker
        layout = QVBoxLayout(self)
        layout.addWidget(hint(translate(
                              "RestoreDialog",
                              "Backup file: {v0}\nType the passphrase that opened the journal when the backup was "
                              "made.",
                              ).format(v0=self.backup.name), self))
        row = QHBoxLayout()
        self.passphrase = passphrase_edit(self, translate("RestoreDialog", "Passphrase of the backup"))
        row.addWidget(_buddy(translate("RestoreDialog", "&Passphrase"), self.passphrase))
        row.addWidget(self.passphrase, 1)
        layout.addLayout(row)
        layout.addWidget(show_toggle(self, [self.passphrase]))
        self.error = QLabel(self)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setObjectName("errorLabel")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e;")
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(self)
        ok = buttons.addButton(translate("RestoreDialog", "Restore"), QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = buttons.addButton(translate("RestoreDialog", "Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        named(ok, translate("RestoreDialog", "Restore"))
        named(cancel, translate("RestoreDialog", "Cancel"))
        buttons.accepted.connect(self.try_restore)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.passphrase.textChanged.connect(lambda _t: self.error.clear())  # no stale error while retyping

    def try_restore(self) -> bool:
        pw = self.passphrase.text()
        if not pw:
            self.error.setText(translate("RestoreDialog", "Please type the passphrase."))
            return False
        replace = self.target.exists()
        if replace and not ask(self, self.tracker, translate("RestoreDialog", "Replace the journal on this computer?"),
                               translate(
                               "RestoreDialog",
                               "There is already a journal on this computer. Restoring the backup replaces it, "
                               "and anything written in it since the backup will be lost. Replace it?"),
                               translate("RestoreDialog", "Replace it"), translate("RestoreDialog", "Keep my journal")):
            return False
        backup, target = self.backup, self.target
        out = run_busy(self, self.tracker, translate("RestoreDialog", "Checking and restoring your backup…"),
                       lambda _t: restore_file(backup, target, pw, replace=replace))
        if "cancelled" in out:
            return False
        err = out.get("error")
        if isinstance(err, WrongPassphrase):
            self.error.setText(translate(
                               "RestoreDialog",
                               "That passphrase did not open this backup. Check it and try again."))
            return False
        if err is not None:
            self.error.setText(core_message(err) if isinstance(err, VaultError) else translate(
                                                                            "RestoreDialog",
                                                                            "The backup could not be restored."))
            return False
        self.passphrase.clear()
        self.accept()
        return True


def restore_file(backup: Path, target: Path, passphrase: str, *, replace: bool) -> None:
    """Check ``backup`` fully, then put it at ``target``. With ``replace`` an existing (closed) journal there is
    replaced; without it an existing file raises ``VaultExists``. Runs in a worker."""
    if not replace:
        Vault.restore_backup(backup, target, passphrase)
        return
    tmp = target.parent / f".tmp-{os.urandom(6).hex()}"
    Vault.restore_backup(backup, tmp, passphrase)
    try:
        for side in ("-wal", "-shm", "-journal"):  # leftovers of the old file must not be applied to the new one
            with contextlib.suppress(FileNotFoundError):
                os.unlink(f"{target}{side}")
        os.replace(tmp, target)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise VaultError("The backup could not be put in place. Your journal was not changed.") from None


__all__ = ["VaultExists", "ChangePassphraseDialog", "ErrorLine", "RestoreDialog", "StrengthMeter", "confirm_weak",
           "estimate_strength", "make_backup", "new_passphrase_problem", "restore_file",
           "run_busy", "weakness"]
