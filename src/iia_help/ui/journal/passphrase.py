"""Passphrases: a small local strength estimate, the show/hide toggle, changing the passphrase, and encrypted
backup / restore of the whole journal file."""

from __future__ import annotations

import contextlib
import math
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEventLoop, Qt
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
from iia_help.ui.journal.common import DialogTracker, ask, hint, inform, named
from iia_help.ui.journal.workers import Task
from iia_help.vault import Vault, VaultError, VaultExists, WrongPassphrase

MIN_LENGTH = 8
# A few of the passwords people try first (lists of leaked passwords start like this).
_COMMON = frozenset(str.split("""password password1 passw0rd
123456 1234567 12345678 123456789 1234567890 qwerty qwertyuiop
letmein iloveyou welcome admin monkey dragon football abc123 111111 000000 sunshine princess baseball
trustno1 superman starwars whatever computer michael jessica charlie shadow master hello123 qwerty123 iloveyou1
"""))
_SEQUENCES = ("abcdefghijklmnopqrstuvwxyz", "qwertyuiopasdfghjklzxcvbnm", "01234567890")


@dataclass(frozen=True)
class Strength:
    score: int  # 0 (too weak) .. 4 (strong)
    label: str
    advice: str
    bits: float


LABELS = ("Too weak", "Weak", "OK", "Good", "Strong")
ADVICE = "Try three or four ordinary words that have nothing to do with each other. Longer is stronger."


def _sequence_run(pw: str) -> int:
    """Length of the longest stretch that follows the alphabet, a keyboard row or digits (either way)."""
    s = pw.casefold()
    best = 1 if s else 0
    for seq in _SEQUENCES:
        for text in (s, s[::-1]):
            run = 1
            for a, b in zip(text, text[1:], strict=False):
                i = seq.find(a)
                run = run + 1 if i >= 0 and i + 1 < len(seq) and seq[i + 1] == b else 1
                best = max(best, run)
    return best


def estimate_strength(pw: str) -> Strength:
    """A rough, local guess of how hard ``pw`` is to guess. Never sends or stores it."""
    if not pw:
        return Strength(0, "", "", 0.0)
    n = len(pw)
    if n < MIN_LENGTH:
        return Strength(0, "Too short", f"Use at least {MIN_LENGTH} characters. " + ADVICE, 0.0)
    if pw.casefold() in _COMMON or len(set(pw)) <= 2:
        return Strength(0, "Too easy to guess", "This is one of the first things people try. " + ADVICE, 0.0)
    pool = 0
    pool += 26 if any(c.islower() for c in pw) else 0
    pool += 26 if any(c.isupper() for c in pw) else 0
    pool += 10 if any(c.isdigit() for c in pw) else 0
    pool += 33 if any(not c.isalnum() and c.isascii() for c in pw) else 0
    pool += 100 if any(not c.isascii() for c in pw) else 0
    # Repeats and sequences carry little: count only the "surprising" characters.
    effective = min(n, len(set(pw)) * 2) - max(0, _sequence_run(pw) - 2)
    bits = max(0.0, effective) * math.log2(max(pool, 2))
    words = [w for w in pw.replace("-", " ").replace(".", " ").split() if len(w) >= 3]
    if len(words) >= 3:  # a passphrase of words: count words, not letters
        bits = max(bits * 0.5, len(words) * 11.0 + (n - sum(map(len, words))))
    score = 1 if bits < 40 else 2 if bits < 56 else 3 if bits < 72 else 4
    advice = ADVICE if score < 3 else ""
    return Strength(score, LABELS[score], advice, bits)


class StrengthMeter(QWidget):
    """A bar and plain words: 'Too short', 'Weak', 'OK', 'Good', 'Strong'."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 4)
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(8)
        named(self.bar, "Passphrase strength")
        self.label = QLabel(self)
        self.label.setObjectName("strengthLabel")
        self.label.setWordWrap(True)
        layout.addWidget(self.bar)
        layout.addWidget(self.label)
        self.strength = estimate_strength("")
        self.update_for("")

    def update_for(self, pw: str) -> Strength:
        s = estimate_strength(pw)
        self.strength = s
        self.bar.setValue(s.score if pw else 0)
        colour = ("#b3261e", "#c05a00", "#8a6d00", "#2e7d32", "#1b5e20")[s.score]
        self.bar.setStyleSheet(f"QProgressBar::chunk {{ background: {colour}; }}")
        text = f"Strength: {s.label}." + (f" {s.advice}" if s.advice else "") if pw else \
            "Strength: type a passphrase to see how strong it is."
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
    box = QCheckBox("Show passphrase", parent)
    named(box, "Show passphrase", "Shows the letters you type. Make sure nobody is looking.")

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
    dlg.setWindowTitle("Please wait")
    dlg.setCancelButton(None)
    dlg.setWindowModality(Qt.WindowModality.WindowModal)
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
        self.setWindowTitle("Change passphrase")
        self.vault = vault
        self.tracker = tracker
        layout = QVBoxLayout(self)
        layout.addWidget(hint("Your notes stay as they are. Only the passphrase that opens them changes. "
                              "Nobody can reset it for you, so choose one you will remember.", self))
        form = QFormLayout()
        self.current = passphrase_edit(self, "Current passphrase")
        self.new = passphrase_edit(self, "New passphrase")
        self.confirm = passphrase_edit(self, "Type the new passphrase again")
        form.addRow(_buddy("&Current passphrase", self.current), self.current)
        form.addRow(_buddy("&New passphrase", self.new), self.new)
        self.meter = StrengthMeter(self)
        form.addRow("", self.meter)
        form.addRow(_buddy("Type it &again", self.confirm), self.confirm)
        layout.addLayout(form)
        self.show_box = show_toggle(self, [self.current, self.new, self.confirm])
        layout.addWidget(self.show_box)
        self.error = QLabel(self)
        self.error.setObjectName("errorLabel")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e;")
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(self)
        self.ok = self.buttons.addButton("Change passphrase", QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = self.buttons.addButton("Cancel", QDialogButtonBox.ButtonRole.RejectRole)
        named(self.ok, "Change passphrase")
        named(cancel, "Cancel")
        self.buttons.accepted.connect(self.try_change)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.new.textChanged.connect(self.meter.update_for)

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setAccessibleName(text)

    def try_change(self) -> bool:
        old, new = self.current.text(), self.new.text()
        if not old:
            self._show_error("Please type your current passphrase.")
            return False
        problem = new_passphrase_problem(new, self.confirm.text())
        if problem:
            self._show_error(problem)
            return False
        vault = self.vault
        out = run_busy(self, self.tracker, "Changing your passphrase…",
                       lambda _t: vault.change_passphrase(old, new))
        if "cancelled" in out:
            return False
        err = out.get("error")
        if isinstance(err, WrongPassphrase):
            self._show_error("Your current passphrase is not right. Nothing was changed.")
            self.current.selectAll()
            self.current.setFocus()
            return False
        if err is not None:
            self._show_error(str(err) if isinstance(err, VaultError) else "The passphrase could not be changed.")
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
    """A plain sentence saying what is wrong with a new passphrase, or "" if it can be used."""
    if not pw:
        return "Please choose a passphrase."
    s = estimate_strength(pw)
    if s.score == 0:
        return f"{s.label}. {s.advice}"
    if pw != confirm:
        return "The two passphrases are not the same. Please type them again."
    return ""


# ----------------------------------------------------------------- backup / restore
def make_backup(parent: QWidget, tracker: DialogTracker, vault: Vault) -> Path | None:
    """Ask where, then write an encrypted copy of the whole journal there. Returns the path, or None."""
    dest = dialogs.save_file(parent, "Save an encrypted backup", f"notes-backup-{date.today():%Y-%m-%d}.db",
                             "Backup files (*.db);;All files (*)")
    if dest is None or not vault.is_open:
        return None
    out = run_busy(parent, tracker, "Making your backup…", lambda _t: vault.backup_to(dest))
    if "cancelled" in out:
        return None
    err = out.get("error")
    if err is not None:
        inform(parent, tracker, "Backup not made",
               str(err) if isinstance(err, VaultError) else "The backup could not be written there.", warning=True)
        return None
    inform(parent, tracker, "Backup made",
           f"Your backup is saved as “{dest.name}”. It is encrypted and opens only with your passphrase. "
           "Keep it somewhere safe, like a USB stick only you use.")
    return dest


class RestoreDialog(QDialog):
    """Restore a backup file to ``target``. Never replaces an existing journal without asking first."""

    def __init__(self, backup: Path, target: Path, tracker: DialogTracker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setWindowTitle("Restore a backup")
        self.backup, self.target, self.tracker = Path(backup), Path(target), tracker
        layout = QVBoxLayout(self)
        layout.addWidget(hint(f"Backup file: {self.backup.name}\nType the passphrase that opened the journal "
                              "when the backup was made.", self))
        row = QHBoxLayout()
        self.passphrase = passphrase_edit(self, "Passphrase of the backup")
        row.addWidget(_buddy("&Passphrase", self.passphrase))
        row.addWidget(self.passphrase, 1)
        layout.addLayout(row)
        layout.addWidget(show_toggle(self, [self.passphrase]))
        self.error = QLabel(self)
        self.error.setObjectName("errorLabel")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e;")
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(self)
        ok = buttons.addButton("Restore", QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = buttons.addButton("Cancel", QDialogButtonBox.ButtonRole.RejectRole)
        named(ok, "Restore")
        named(cancel, "Cancel")
        buttons.accepted.connect(self.try_restore)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def try_restore(self) -> bool:
        pw = self.passphrase.text()
        if not pw:
            self.error.setText("Please type the passphrase.")
            return False
        replace = self.target.exists()
        if replace and not ask(self, self.tracker, "Replace the journal on this computer?",
                               "There is already a journal on this computer. Restoring the backup replaces it, "
                               "and anything written in it since the backup will be lost. Replace it?",
                               "Replace it", "Keep my journal"):
            return False
        backup, target = self.backup, self.target
        out = run_busy(self, self.tracker, "Checking and restoring your backup…",
                       lambda _t: restore_file(backup, target, pw, replace=replace))
        if "cancelled" in out:
            return False
        err = out.get("error")
        if isinstance(err, WrongPassphrase):
            self.error.setText("That passphrase did not open this backup. Check it and try again.")
            return False
        if err is not None:
            self.error.setText(str(err) if isinstance(err, VaultError) else "The backup could not be restored.")
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


__all__ = ["VaultExists", "ChangePassphraseDialog", "RestoreDialog", "StrengthMeter", "estimate_strength",
           "make_backup", "new_passphrase_problem", "restore_file", "run_busy"]
