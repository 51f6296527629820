"""The app in the pseudo-locale (every translated text ⟦bracketed and 40 % longer···⟧): what escaped translation
and what no longer fits, on every page (tests/layout_fit.py's walk) and in every dialog, at 1024x768.
Used by tests/test_i18n.py."""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator

from layout_fit import PW, WINDOW, problems, settle, walk, write_data

#: Texts that are data, not the app's words, and so never translated: what the person wrote in the test journal,
#: and things with no word in them (numbers, dates in digits, key names, fingerprints).
_NO_WORDS = re.compile(r"^[\W\d_]*$|^(?:F\d+|Ctrl\+.|Alt\+.*|A[+\u2212])$")


def texts_of(w) -> list[str]:
    """The texts ``w`` shows a reader (not what they typed)."""
    from PySide6.QtWidgets import (
        QAbstractButton,
        QComboBox,
        QGroupBox,
        QLabel,
        QLineEdit,
        QTableWidget,
        QTabWidget,
        QTextEdit,
        QTreeWidget,
    )

    out: list[str] = []
    if isinstance(w, QLabel | QAbstractButton):
        out.append(w.text())
    if isinstance(w, QGroupBox):
        out.append(w.title())
    if isinstance(w, QLineEdit | QTextEdit):
        out.append(w.placeholderText())
    if isinstance(w, QComboBox) and not w.isEditable():
        out += [w.itemText(i) for i in range(w.count())]
    if isinstance(w, QTabWidget):
        out += [w.tabText(i) for i in range(w.count())]
    if isinstance(w, QTableWidget):
        out += [w.horizontalHeaderItem(i).text() for i in range(w.columnCount()) if w.horizontalHeaderItem(i)]
    if isinstance(w, QTreeWidget):
        out += [w.headerItem().text(i) for i in range(w.columnCount())]
    if w.isWindow():
        out.append(w.windowTitle())
    return out


def _plain(text: str) -> str:
    text = re.sub(r"<[^>]*>", "", text).replace("&nbsp;", " ").replace("&amp;", "&").replace("&", "")
    text = re.sub(r"[\u00a0\u2007\u202f\u2060\u2066-\u2069]", lambda m: " " if m.group() != "\u2060" else "", text)
    return text.strip().rstrip(".")


def untranslated(root, data: set[str]) -> list[str]:
    """Each text shown in ``root`` (a window or dialog) that did not come through the translation system."""
    from PySide6.QtWidgets import QWidget

    from iia_help.ui.i18n import PSEUDO_OPEN

    out = []
    for w in [root, *root.findChildren(QWidget)]:
        if w is not root and not w.isVisibleTo(root):
            continue
        for text in texts_of(w):
            plain = _plain(text)
            if not plain or PSEUDO_OPEN in text or _NO_WORDS.match(plain) or plain in data:
                continue
            out.append(f"{type(w).__name__}({w.objectName()}): {plain[:70]}")
    return sorted(set(out))


def clipped_labels(root) -> list[str]:
    """Labels that do not wrap and are narrower than their text, and tool bars with actions pushed behind their
    "more" button (layout_fit checks buttons and edges)."""
    from PySide6.QtWidgets import QLabel, QToolBar, QToolButton

    out = [f"QToolBar({bar.objectName()}) hides actions behind its extension button"
           for bar in root.findChildren(QToolBar) if bar.isVisible()
           and any(b.isVisible() for b in bar.findChildren(QToolButton, "qt_toolbar_ext_button"))]
    for w in root.findChildren(QLabel):
        if w.isVisible() and not w.wordWrap() and w.text() and w.width() + 1 < w.minimumSizeHint().width():
            out.append(f"QLabel({w.objectName()}): {_plain(w.text())[:40]} ({w.width()} px of "
                       f"{w.minimumSizeHint().width()})")
    return out


def data_texts(ctx) -> set[str]:
    """What the app shows that is data, not its own words: contact names and details (resources/contacts.json, from
    the fact sheets), guidance titles (translated as pages), entries written in the test journal."""
    from iia_help.language import NAMES

    out: set[str] = set()
    for c in ctx.contacts.contacts:
        out |= {_plain(v) for v in vars(c).values() if isinstance(v, str)}
        out.add(_plain(" ".join(part for part in (c.for_, c.hours) if part)))
    out |= {page.title for page in ctx.library.pages.values()}  # guidance is translated as pages
    out |= set(NAMES.values())  # each language is listed by its own name, in every language
    out.add(ctx.settings.window_title)  # the neutral name the person chose for the window
    from PySide6.QtGui import QGuiApplication

    out.add(QGuiApplication.applicationDisplayName())  # every dialog's neutral title (ui/modal.neutral_title)
    out |= {"A chat app with a long name", "threat"}  # written in the test journal (layout_fit.write_data)
    return out


def walk_pages(app, window, ctx, report) -> None:
    """Every page and state of tests/layout_fit.py: ``report(state, untranslated, clipped)``."""
    data = data_texts(ctx)

    def check(state: str, bad: list[str]) -> None:
        report(state, untranslated(window, data), bad + clipped_labels(window))

    walk(app, window, check)


def dialogs(window, ctx) -> list:
    """(name, dialog) for every dialog the app opens, made as the app makes them (not shown yet)."""
    from iia_help.ui.about import AboutDialog
    from iia_help.ui.journal.history import HistoryDialog
    from iia_help.ui.journal.passphrase import ChangePassphraseDialog, RestoreDialog
    from iia_help.ui.links import LinkDialog
    from iia_help.ui.support.centre_lock import CentreLockDialog
    from iia_help.ui.support.handouts import HandoutDialog
    from iia_help.ui.support.session import EndSessionDialog

    out = [
        ("link", LinkDialog("https://www.example.org/help", window)),
        ("email link", LinkDialog("mailto:help@example.org", window)),
        ("centre lock (set)", CentreLockDialog(ctx, window, setting=True)),
        ("centre lock (unlock)", CentreLockDialog(ctx, window)),
        ("handout", HandoutDialog(ctx, window)),
        ("end session", EndSessionDialog([], window)),
        ("about", AboutDialog(window)),
    ]
    journal = window.built_pages().get("journal")
    if journal is not None and getattr(journal, "journal", None) is not None:
        from iia_help.ui.journal.export_dialog import ExportDialog

        out += [
            ("export", ExportDialog(ctx, journal.journal, parent=journal)),
            ("history", HistoryDialog(journal.journal.journal_id, journal.journal.custody_log(), journal)),
            ("change passphrase", ChangePassphraseDialog(journal.vault, journal.tracker, journal)),
            ("restore", RestoreDialog(ctx.paths.data_dir / "backup.db", journal.vault_path, journal.tracker, journal)),
        ]
    return out


def walk_dialogs(app, window, ctx, report) -> None:
    data = data_texts(ctx)
    for name, dialog in dialogs(window, ctx):
        dialog.resize(min(dialog.sizeHint().width(), 1024), min(dialog.sizeHint().height(), 768))
        dialog.show()
        settle(app)
        bad = problems(dialog) + clipped_labels(dialog)
        if dialog.width() > 1024 or dialog.height() > 768:
            bad.append(f"{name} needs {dialog.width()}x{dialog.height()}, more than the screen")
        report(f"dialog: {name}", untranslated(dialog, data), bad)
        dialog.hide()
        dialog.deleteLater()
        settle(app)


@contextlib.contextmanager
def walk_window(qtbot, tmp_path, *, guest: bool, language: str = "") -> Iterator[tuple]:
    """(app, window, ctx) for a walk: the test data folder of tests/layout_fit.py, support-worker mode on, the
    window at 1024x768. ``language``: as ``--language`` gives it (none: what the environment asks, e.g. the
    pseudo-locale). Afterwards the journal is locked, the take-away journal closed, and the app back in English,
    left to right, with its usual font."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from iia_help.context import AppContext
    from iia_help.paths import resolve_paths
    from iia_help.ui.app import build_main_window
    from iia_help.ui.i18n import install_language
    from iia_help.ui.language_choice import apply_direction, apply_script_font
    from iia_help.ui.support.panel import install_worker_mode

    app = QApplication.instance()
    data = tmp_path / "data"
    write_data(data, {}, guest=guest)
    try:
        ctx = AppContext.load(resolve_paths(data))
        if language:
            ctx.language_command_line = language  # as --language does (ui/app.run_app)
            apply_direction(ctx)
        window = build_main_window(ctx)
        qtbot.addWidget(window)
        mode = install_worker_mode(app, window, ctx)
        mode.refresh()
        window.resize(*WINDOW)
        window.show()
        qtbot.waitExposed(window)
        yield app, window, ctx
        journal = window.built_pages().get("journal")
        if journal is not None and hasattr(journal, "lock"):
            journal.lock()
        mode.takeaway.close()
    finally:
        install_language(app, "")
        apply_script_font(urdu=False)
        QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


__all__ = ["PW", "WINDOW", "dialogs", "untranslated", "walk_dialogs", "walk_pages", "walk_window"]
