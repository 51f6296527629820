"""Child for tests/test_i18n.py: the app in the pseudo-locale at 1024x768; prints one JSON line per screen with
the texts shown that escaped translation and the controls too small for their text."""

from __future__ import annotations

import json
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def texts_of(w):
    from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QLineEdit

    if isinstance(w, QLabel):
        return [w.text()]
    if isinstance(w, QAbstractButton):
        return [w.text()]
    if isinstance(w, QGroupBox):
        return [w.title()]
    if isinstance(w, QLineEdit):
        return [w.placeholderText()]
    return []


def clipped(w) -> bool:
    from PySide6.QtWidgets import QAbstractButton, QLabel

    if isinstance(w, QLabel) and (w.wordWrap() or not w.text()):
        return False
    if not isinstance(w, QLabel | QAbstractButton):
        return False
    return w.width() + 1 < w.minimumSizeHint().width()


def survey(root, name: str, data_texts: set[str]) -> dict:
    from PySide6.QtWidgets import QWidget

    from iia_help.ui.i18n import PSEUDO_OPEN

    untranslated, small = [], []
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisibleTo(root) and w is not root:
            continue
        for text in texts_of(w):
            plain = text.replace("&", "").strip()
            if any(c.isalpha() for c in plain) and PSEUDO_OPEN not in text and plain not in data_texts:
                untranslated.append(f"{type(w).__name__}:{w.objectName()}: {plain[:60]}")
        if clipped(w):
            small.append(f"{type(w).__name__}:{w.objectName()}: {texts_of(w)[0][:40]}")
    return {"screen": name, "untranslated": sorted(set(untranslated)), "clipped": sorted(set(small))}


def main() -> int:
    from PySide6.QtWidgets import QApplication

    from iia_help.ui.app import create_application
    from iia_help.ui.i18n import install_language

    app = create_application([])
    install_language(app, "pseudo")  # before any UI module is imported: module-level texts are translated too
    from iia_help.context import AppContext
    from iia_help.paths import AppPaths
    from iia_help.settings import Settings
    from iia_help.ui.app import build_main_window
    from iia_help.ui.main_window import PAGES

    ctx = AppContext(AppPaths(__import__("pathlib").Path(sys.argv[1])),
                     Settings(region="scotland", audience="self"))
    data_texts = {c.name for c in ctx.contacts.contacts} if hasattr(ctx.contacts, "contacts") else set()
    window = build_main_window(ctx)
    window.resize(1024, 768)
    window.show()
    for spec in PAGES:
        window.navigate(spec.name)
        for _ in range(3):
            app.processEvents()
        print(json.dumps(survey(window, spec.name, data_texts)), flush=True)
    QApplication.closeAllWindows()
    return 0


if __name__ == "__main__":
    sys.exit(main())
