"""About this app (from Settings): what the app is, that it works offline and sends nothing, its version, the
licences of what it ships, and, in a translated language, that the translation is machine-assisted and not yet
checked by a native-speaking adviser. Shown through ``ui/modal.py`` like every dialog, with the neutral title."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from iia_help import __version__
from iia_help.ui.i18n import current_language, translate
from iia_help.ui.modal import neutral_title, open_dialog

#: What the app and its packaged build ship, and each one's licence (names: never translated).
LICENCES: tuple[tuple[str, str], ...] = (  # SPDX licence identifiers
    ("iia-help", "GPL-3.0-or-later"),
    ("Qt 6, PySide6", "LGPL-3.0-only"),
    ("Python", "PSF-2.0"),
    ("Python-Markdown", "BSD-3-Clause"),
    ("platformdirs", "MIT"),
    ("cryptography", "Apache-2.0 OR BSD-3-Clause"),
    ("OpenSSL", "Apache-2.0"),
    ("zxcvbn", "MIT"),
    ("PyInstaller", "GPL-2.0-or-later WITH Bootloader-exception"),
    ("Noto Naskh Arabic", "OFL-1.1"),
)
URDU_FONT = "Noto Naskh Arabic"


def _line(text: str, parent: QWidget, name: str, *, rich: bool = False) -> QLabel:
    """A paragraph a screen reader and Tab reach, named with its own words."""
    label = QLabel(text, parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                  | Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    return label


def translated() -> bool:
    """Whether the app speaks a language other than English now (a machine-assisted translation)."""
    return current_language() not in ("", "en")


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(neutral_title())  # what the dialog is about is said inside it, never in its title
        self.setAccessibleName(translate("AboutDialog", "About this app"))
        outer = QVBoxLayout(self)
        self.scroll = QScrollArea(self)  # the text scrolls, never cut off, on a small screen or at Large text
        self.scroll.setObjectName("aboutScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        body = QWidget(self.scroll)
        col = QVBoxLayout(body)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(10)
        heading = QLabel(translate("AboutDialog", "<h2>About this app</h2>"), body)
        heading.setAccessibleName(translate("AboutDialog", "About this app"))
        col.addWidget(heading)
        paragraphs = [
            ("aboutWhat", translate(
                "AboutDialog",
                "This app helps people facing intimate image abuse: when intimate pictures are shared, or someone "
                "threatens to share them. It has plain guidance, services who can help, and a private journal "
                "locked with a passphrase.")),
            ("aboutOffline", translate(
                "AboutDialog",
                "It works without the internet and sends nothing: it never connects to a network. A web link opens "
                "in your browser only if you choose to open it.")),
            ("aboutVersion", translate("AboutDialog", "Version {version}").format(version=__version__)),
        ]
        if translated():
            paragraphs.append(("aboutTranslation", translate(
                "AboutDialog",
                "This translation was made with the help of a machine. An adviser who speaks the language as their "
                "first language has not checked it yet.")))
        for name, text in paragraphs:
            label = _line(text, body, name)
            label.setAccessibleName(text)
            col.addWidget(label)
        items = "".join(
            f"<li>{html.escape(name)}"
            + ("\u2068" + html.escape(translate("AboutDialog", " (the letters for Urdu)")) + "\u2069"
               if name == URDU_FONT else "")  # isolated: in its own direction among the Latin names
            + f": {html.escape(licence)}</li>" for name, licence in LICENCES)
        intro = translate("AboutDialog", "It is free software. It ships with these parts, each under its licence:")
        self.licences = _line(f"<p>{html.escape(intro)}</p><ul>{items}</ul>", body, "aboutLicences", rich=True)
        self.licences.setAccessibleName(intro + " " + "; ".join(f"{n}: {lic}" for n, lic in LICENCES))
        col.addWidget(self.licences)
        col.addStretch(1)
        self.scroll.setWidget(body)
        outer.addWidget(self.scroll, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.close_button = QPushButton(translate("AboutDialog", "Close"), self)
        self.close_button.setAccessibleName(translate("AboutDialog", "Close"))
        self.close_button.setDefault(True)
        self.close_button.clicked.connect(self.accept)
        row.addWidget(self.close_button)
        outer.addLayout(row)
        self.close_button.setFocus()
        self._fit(body)

    def _fit(self, body: QWidget) -> None:
        """About 600 px wide and as tall as its text there (at most the screen's height; the text scrolls)."""
        margins = self.layout().contentsMargins()
        width = 600
        inner = width - margins.left() - margins.right() - self.scroll.verticalScrollBar().sizeHint().width()
        height = (body.layout().totalHeightForWidth(inner) + self.close_button.sizeHint().height()
                  + self.layout().spacing() + margins.top() + margins.bottom() + 4)
        screen = self.screen()
        if screen is not None:
            height = min(height, screen.availableGeometry().height() - 60)
        self.resize(width, height)


def show_about(parent: QWidget | None) -> AboutDialog:
    """Open the About dialog (without Qt modality, through ``ui/modal.py``); it is deleted when closed."""
    dialog = AboutDialog(parent)
    open_dialog(dialog, lambda _result: dialog.deleteLater())
    return dialog
