"""Settings: quick exit, how the app looks on screen, screen capture, journal lock, region, reading, and
removing everything. Every change applies at once and is saved (except in a guest session)."""

from __future__ import annotations

import contextlib
import enum

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QKeySequenceEdit,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from iia_help.contacts import REGIONS
from iia_help.context import AppContext
from iia_help.settings import ICONS, NEUTRAL_TITLES
from iia_help.ui.age_choice import age_combo
from iia_help.ui.capture_exclusion import supported as capture_supported
from iia_help.ui.core_texts import core, core_items
from iia_help.ui.i18n import current_language, translate
from iia_help.ui.icons import ICON_LABELS, app_icon
from iia_help.ui.modal import open_dialog
from iia_help.ui.shell import Page
from iia_help.worker_mode import audience_changes

CONFIRM_WORD = "DELETE"

AFTER_PANIC_TEXT = {
    "quit": (QT_TRANSLATE_NOOP("SettingsPage", "Close the app completely"),
             QT_TRANSLATE_NOOP("SettingsPage", "Nothing is left on the screen, in the taskbar or in the task "
                               "manager. This is the safest choice.")),
    "decoy": (QT_TRANSLATE_NOOP("SettingsPage", "Show a plain Notes window instead"),
              QT_TRANSLATE_NOOP("SettingsPage", "The app stays hidden behind an empty notes window. Closing that "
                                "window closes the app.")),
    "minimise": (QT_TRANSLATE_NOOP("SettingsPage", "Only make it small"),
                 QT_TRANSLATE_NOOP("SettingsPage", "The app goes to the taskbar with its plain name. When you open "
                                   "it again it starts at the beginning, with your journal locked.")),
}

AUDIENCE_TEXT = {"self": QT_TRANSLATE_NOOP("SettingsPage", "I'm looking for help for myself"),
                 "worker": QT_TRANSLATE_NOOP("SettingsPage", "I'm a support worker")}

# Keys used for typing or moving around: pressing them by accident must never hide the app.
_TYPING_KEYS = {
    Qt.Key.Key_Tab, Qt.Key.Key_Backtab, Qt.Key.Key_Backspace, Qt.Key.Key_Return, Qt.Key.Key_Enter,
    Qt.Key.Key_Escape, Qt.Key.Key_Space, Qt.Key.Key_Delete, Qt.Key.Key_Insert, Qt.Key.Key_Left, Qt.Key.Key_Right,
    Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Home, Qt.Key.Key_End, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown,
}
_EVERYDAY_CTRL = {Qt.Key[f"Key_{c}"] for c in "ACFNOPQSVWXYZ"}
_MODIFIER_KEYS = {Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_Meta, Qt.Key.Key_AltGr}


def check_panic_key(seq: QKeySequence) -> str:
    """Return "" if ``seq`` is a good panic key, else a short plain message saying why not."""
    if seq.isEmpty():
        return ""
    if seq.count() != 1:
        return translate("settings_page", "Please choose one key.")
    combo = seq[0]
    key, mods = combo.key(), combo.keyboardModifiers()
    if key in _MODIFIER_KEYS or key == Qt.Key.Key_unknown:
        return translate("settings_page", "Please choose a key, not only Shift, Ctrl or Alt.")
    strong = mods & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
                     | Qt.KeyboardModifier.MetaModifier)
    typing = int(key.value if isinstance(key, enum.Enum) else key) < 0x01000000 or key in _TYPING_KEYS
    if typing and not strong:
        return translate(
               "settings_page",
               "That key is used for typing. Choose a key like F12, or hold Ctrl or Alt with it.")
    if mods == Qt.KeyboardModifier.ControlModifier and key in _EVERYDAY_CTRL:
        return translate(
               "settings_page",
               "Ctrl with that key is used for copy, paste and other everyday things. Please choose another.")
    if mods == Qt.KeyboardModifier.ControlModifier and Qt.Key.Key_1 <= key <= Qt.Key.Key_9:
        return translate("settings_page", "Ctrl and a number already move between sections. Please choose another key.")
    return ""


def _note(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setObjectName("settingsNote")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                  | Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # so screen readers and Tab reach the explanation
    label.setAccessibleName(text)
    return label


class SettingsPage(Page):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._loading = True
        self._wipe_box: QGroupBox | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("settingsScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a Tab stop: an unnamed "filler" to a screen reader
        outer.addWidget(self.scroll)
        body = QWidget(self.scroll)
        self._column = QVBoxLayout(body)
        self._column.setContentsMargins(24, 16, 24, 24)
        self._column.setSpacing(16)
        heading = QLabel(translate("SettingsPage", "<h1>Settings</h1>"), body)
        heading.setAccessibleName(translate("SettingsPage", "Settings"))
        self._column.addWidget(heading)
        self.status = QLabel("", body)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setObjectName("settingsStatus")
        self.status.setWordWrap(True)
        self.status.hide()
        self._column.addWidget(self.status)
        if ctx.guest:
            self._column.addWidget(_note(translate(
                                         "SettingsPage",
                                         "This is a guest session. Changes last until the session ends and are "
                                         "not saved on this computer."), body))

        self.add_section(translate("SettingsPage", "Quick exit"), self._build_quick_exit())
        self.add_section(translate("SettingsPage", "How this app looks on the screen"), self._build_identity())
        self.add_section(translate("SettingsPage", "Screen capture"), self._build_capture())
        self.add_section(translate("SettingsPage", "Journal"), self._build_journal())
        self.add_section(translate("SettingsPage", "Your region"), self._build_region())
        self.add_section(translate("SettingsPage", "Who is using this?"), self._build_audience())
        # "Are you under 18?" (issue 17): a self-contained block from ui/age_choice.py.
        self.age_block = age_combo(self.ctx.settings, self, self._change)
        self.add_section(translate("SettingsPage", "Are you under 18?"), self.age_block)
        self.add_section(translate("SettingsPage", "Reading"), self._build_reading())
        self.add_section(translate("SettingsPage", "About this app"), self._build_about())
        self._wipe_box = self.add_section(translate("SettingsPage", "Remove everything"), self._build_wipe())
        # Sections added later (e.g. "Support worker") go above "Remove everything".
        self._column.addStretch(1)
        self.scroll.setWidget(body)
        self._loading = False

    # ----- extension point -----
    def add_section(self, title: str, widget: QWidget) -> QGroupBox:
        """Add a titled group of settings. Later sections are placed above "Remove everything"."""
        box = QGroupBox(title)
        box.setObjectName("settings_" + "".join(c for c in title.lower() if c.isalnum() or c == " ")
                          .replace(" ", "_"))
        box.setAccessibleName(title)
        box.setStyleSheet("QGroupBox::title { font-weight: bold; }")
        lay = QVBoxLayout(box)
        lay.addWidget(widget)
        if self._wipe_box is not None:
            self._column.insertWidget(self._column.indexOf(self._wipe_box), box)
        else:
            self._column.addWidget(box)
        return box

    # ----- page hooks called by the panic key -----
    def panic_cleanup(self) -> None:
        self.wipe_confirm.clear()

    def reset_to_home(self) -> None:
        self.wipe_confirm.clear()
        self._say("")
        self.scroll.verticalScrollBar().setValue(0)

    def clear_session(self) -> None:
        """End session (guest mode): the settings are back to the centre's (``settings_changed`` shows them)."""
        self.reset_to_home()

    # ----- what is shown is what is in force -----
    def settings_changed(self, _names: frozenset = frozenset()) -> None:
        """Any change, from here or elsewhere (first run, End session, the support-worker panel): show it."""
        self.sync_from_settings()

    def sync_from_settings(self) -> None:
        """Show every setting as it is in force now (no control reacts while it is updated)."""
        import shiboken6

        if not shiboken6.isValid(self):
            return
        s = self.ctx.settings
        was, self._loading = self._loading, True
        controls = (self.key_edit, self.triple_shift, *self.after_buttons.values(), self.title_combo,
                    self.icon_combo, self.start_notes, self.capture_box, self.autolock, self.region_combo,
                    self.audience_combo, self.large_text, self.high_contrast, self.language_combo)
        blocked = [(w, w.blockSignals(True)) for w in controls]
        try:
            if self.key_edit.keySequence().toString(QKeySequence.SequenceFormat.PortableText) != s.panic_key:
                self.key_edit.setKeySequence(QKeySequence(s.panic_key))
            self.triple_shift.setChecked(s.panic_triple_shift)
            for mode, b in self.after_buttons.items():
                b.setChecked(s.after_panic == mode)
            if self.title_combo.currentText() != s.window_title:
                self.title_combo.setCurrentText(s.window_title)
            self.icon_combo.setCurrentIndex(max(0, self.icon_combo.findData(s.icon)))
            self.start_notes.setChecked(s.start_screen == "notes")
            self.capture_box.setChecked(s.exclude_from_capture)
            self.autolock.setValue(s.autolock_minutes)
            self._choose(self.region_combo, s.region, translate("SettingsPage", "Choose where you are"))
            self._choose(self.audience_combo, s.audience, translate("SettingsPage", "Not chosen yet"))
            self.large_text.setChecked(s.large_text)
            self.high_contrast.setChecked(s.high_contrast)
            self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(s.language)))
        finally:
            for w, old in blocked:
                w.blockSignals(old)
            self._loading = was

    @staticmethod
    def _choose(combo: QComboBox, code: str, blank_text: str) -> None:
        """Select ``code`` in ``combo``; "" shows the blank choice (added back if needed)."""
        i = combo.findData(code)
        if i < 0 and not code:
            combo.insertItem(0, blank_text, "")
            i = 0
        if i >= 0:
            combo.setCurrentIndex(i)
        blank = combo.findData("")
        if code and blank >= 0:
            combo.removeItem(blank)

    # ----- helpers -----
    def _change(self, message: str = "Saved.", **changes) -> bool:
        """Change settings (saved, and every part of the app told); say so. False while loading."""
        if self._loading:
            return False
        try:
            self.ctx.update_settings(**changes)
        except OSError as exc:
            self._say(translate(
                      "SettingsPage",
                      "This change works for now, but it could not be saved: {v0}.",
                      ).format(v0=exc.strerror or exc))
            return True
        if self.ctx.guest:
            self._say(message.replace("Saved.", "Changed for this session."))
        else:
            self._say(message)
        return True

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.setAccessibleName(text)
        self.status.setVisible(bool(text))

    # ----- Quick exit -----
    def _build_quick_exit(self) -> QWidget:
        w = QWidget(self)
        col = QVBoxLayout(w)
        col.setContentsMargins(0, 0, 0, 0)
        col.addWidget(_note(translate(
                            "SettingsPage",
                            "These hide this app at once, from any window. Your journal is locked and nothing "
                            "you wrote is lost."), w))
        row = QHBoxLayout()
        label = QLabel(translate("SettingsPage", "Quick exit &key:"), w)
        self.key_edit = QKeySequenceEdit(QKeySequence(self.ctx.settings.panic_key), w)
        self.key_edit.setObjectName("panicKeyEdit")
        self.key_edit.setMaximumSequenceLength(1)
        self.key_edit.setClearButtonEnabled(True)
        self.key_edit.setAccessibleName(translate("SettingsPage", "Quick exit key"))
        self.key_edit.setAccessibleDescription(translate(
                                               "SettingsPage",
                                               "Click here, then press the key you want to use."))
        for inner in self.key_edit.findChildren(QLineEdit):  # the text field that really takes the focus
            inner.setPlaceholderText(translate("SettingsPage", "Press a key"))
            inner.setAccessibleName(translate("SettingsPage", "Quick exit key"))
            inner.setAccessibleDescription(translate("SettingsPage", "Click here, then press the key you want to use."))
            for clear in inner.findChildren(QToolButton):
                clear.setAccessibleName(translate("SettingsPage", "No quick exit key"))
        label.setBuddy(self.key_edit)
        self.key_edit.editingFinished.connect(self._key_chosen)
        self.key_edit.keySequenceChanged.connect(self._key_changed)
        row.addWidget(label)
        row.addWidget(self.key_edit, 1)
        self.key_default = QPushButton(translate("SettingsPage", "Use F12"), w)
        self.key_default.setObjectName("panicKeyDefault")
        self.key_default.setAccessibleName(translate("SettingsPage", "Use F12 as the quick exit key"))
        self.key_default.clicked.connect(lambda: self.set_panic_key(translate("SettingsPage", "F12")))
        row.addWidget(self.key_default)
        col.addLayout(row)
        self.key_message = _note(translate("SettingsPage",
            "Click the box, then press one key. F12 is a good choice."), w)
        self.key_message.setObjectName("panicKeyMessage")
        col.addWidget(self.key_message)

        self.triple_shift = QCheckBox(translate("SettingsPage", "Press Shi&ft 3 times quickly to hide the app"), w)
        self.triple_shift.setObjectName("tripleShift")
        self.triple_shift.setAccessibleName(translate("SettingsPage", "Press Shift 3 times quickly to hide the app"))
        self.triple_shift.setChecked(self.ctx.settings.panic_triple_shift)
        self.triple_shift.toggled.connect(self._triple_shift_toggled)
        col.addWidget(self.triple_shift)

        col.addWidget(QLabel(translate("SettingsPage", "<b>After a quick exit:</b>"), w))
        self.after_group = QButtonGroup(w)
        self.after_buttons: dict[str, QRadioButton] = {}
        for mode, (title, explain) in AFTER_PANIC_TEXT.items():
            title, explain = translate("SettingsPage", title), translate("SettingsPage", explain)
            b = QRadioButton(title, w)
            b.setObjectName(f"afterPanic_{mode}")
            b.setAccessibleName(title)
            b.setAccessibleDescription(explain)
            b.setChecked(self.ctx.settings.after_panic == mode)
            self.after_group.addButton(b)
            self.after_buttons[mode] = b
            b.toggled.connect(lambda on, m=mode: on and self.set_after_panic(m))
            col.addWidget(b)
            hint = QLabel(explain, w)
            hint.setWordWrap(True)
            hint.setIndent(24)
            col.addWidget(hint)
        return w

    def _key_changed(self, seq: QKeySequence) -> None:
        if seq.isEmpty() and not self._loading:
            self.set_panic_key("")

    def _key_chosen(self) -> None:
        self.set_panic_key(self.key_edit.keySequence().toString(QKeySequence.SequenceFormat.PortableText))

    def set_panic_key(self, text: str) -> bool:
        """Use ``text`` (e.g. "F12", "" for none) as the quick exit key. Returns False if it is not suitable."""
        seq = QKeySequence(text)
        problem = check_panic_key(seq)
        if problem:
            self.key_message.setText(problem)
            self.key_message.setAccessibleName(problem)
            self.key_edit.setKeySequence(QKeySequence(self.ctx.settings.panic_key))
            return False
        value = seq.toString(QKeySequence.SequenceFormat.PortableText)
        if self.key_edit.keySequence() != seq:
            self.key_edit.setKeySequence(seq)
        if value == self.ctx.settings.panic_key:
            return True
        if value:
            msg = f"The quick exit key is now {seq.toString(QKeySequence.SequenceFormat.NativeText)}."
        else:
            msg = "No quick exit key. You can still use the Quick exit button."
        self.key_message.setText(msg)
        self.key_message.setAccessibleName(msg)
        self._change(msg, panic_key=value)
        return True

    def _triple_shift_toggled(self, on: bool) -> None:
        self._change(panic_triple_shift=bool(on))

    def set_after_panic(self, mode: str) -> None:
        if not self.after_buttons[mode].isChecked():
            self.after_buttons[mode].setChecked(True)
        self._change(after_panic=mode)

    # ----- identity -----
    def _build_identity(self) -> QWidget:
        w = QWidget(self)
        col = QVBoxLayout(w)
        col.setContentsMargins(0, 0, 0, 0)
        col.addWidget(_note(translate(
                            "SettingsPage",
                            "Choose a plain name and picture, so the window and taskbar do not show what this "
                            "app is for."), w))
        row = QHBoxLayout()
        label = QLabel(translate("SettingsPage", "Window &name:"), w)
        self.title_combo = QComboBox(w)
        self.title_combo.setObjectName("windowTitle")
        self.title_combo.setEditable(True)
        self.title_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.title_combo.addItems(list(NEUTRAL_TITLES))
        self.title_combo.setCurrentText(self.ctx.settings.window_title)
        self.title_combo.lineEdit().setMaxLength(80)
        self.title_combo.setAccessibleName(translate("SettingsPage", "Window name"))
        self.title_combo.setAccessibleDescription(translate("SettingsPage", "Choose a name or type your own."))
        self.title_combo.lineEdit().setAccessibleName(translate("SettingsPage", "Window name"))
        label.setBuddy(self.title_combo)
        self.title_combo.activated.connect(lambda _i: self.set_window_title(self.title_combo.currentText()))
        self.title_combo.lineEdit().editingFinished.connect(
            lambda: self.set_window_title(self.title_combo.currentText()))
        row.addWidget(label)
        row.addWidget(self.title_combo, 1)
        col.addLayout(row)

        row = QHBoxLayout()
        label = QLabel(translate("SettingsPage", "&Picture:"), w)
        self.icon_combo = QComboBox(w)
        self.icon_combo.setObjectName("windowIcon")
        self.icon_combo.setAccessibleName(translate("SettingsPage", "Window picture"))
        for name in ICONS:
            self.icon_combo.addItem(app_icon(name), translate("icons", ICON_LABELS.get(name, name.title())), name)
        self.icon_combo.setCurrentIndex(max(0, self.icon_combo.findData(self.ctx.settings.icon)))
        label.setBuddy(self.icon_combo)
        self.icon_combo.currentIndexChanged.connect(lambda _i: self.set_icon(self.icon_combo.currentData()))
        row.addWidget(label)
        row.addWidget(self.icon_combo, 1)
        col.addLayout(row)

        from iia_help.ui.discreet import SETTING_EXPLAIN, SETTING_MNEMONIC, SETTING_TEXT

        self.start_notes = QCheckBox(translate("discreet", SETTING_MNEMONIC), w)
        self.start_notes.setObjectName("startOnNotes")
        self.start_notes.setAccessibleName(translate("discreet", SETTING_TEXT))
        self.start_notes.setAccessibleDescription(translate("discreet", SETTING_EXPLAIN))
        self.start_notes.setChecked(self.ctx.settings.start_screen == "notes")
        self.start_notes.toggled.connect(self.set_start_on_notes)
        col.addWidget(self.start_notes)
        col.addWidget(_note(translate("discreet", SETTING_EXPLAIN), w))
        return w

    def set_start_on_notes(self, on: bool) -> None:
        value = "notes" if on else ""
        if value == self.ctx.settings.start_screen:
            return
        self._change(translate("SettingsPage", "Saved. Next time the app opens on a plain Notes page.") if on else
                     translate("SettingsPage", "Saved. Next time the app opens on its help pages."), start_screen=value)

    def set_window_title(self, title: str) -> None:
        title = " ".join(title.split())[:80]
        if not title:
            self.title_combo.setCurrentText(self.ctx.settings.window_title)
            self._say(translate("SettingsPage", "The window needs a name. The old name is kept."))
            return
        if title == self.ctx.settings.window_title:
            return
        self._change(translate("SettingsPage", "The window is now called “{title}”.").format(title=title),
            window_title=title)

    def set_icon(self, name: str) -> None:
        if name not in ICONS or name == self.ctx.settings.icon:
            return
        self._change(icon=name)

    # ----- screen capture -----
    def _build_capture(self) -> QWidget:
        w = QWidget(self)
        col = QVBoxLayout(w)
        col.setContentsMargins(0, 0, 0, 0)
        self.capture_box = QCheckBox(translate("SettingsPage", "&Hide this window from screen recording"), w)
        self.capture_box.setObjectName("excludeFromCapture")
        self.capture_box.setAccessibleName(translate("SettingsPage", "Hide this window from screen recording"))
        self.capture_box.setChecked(self.ctx.settings.exclude_from_capture)
        self.capture_box.toggled.connect(self.set_capture_excluded)
        col.addWidget(self.capture_box)
        text = translate("SettingsPage", "This asks the computer to leave this app out of screenshots, screen "
                         "recordings and screen sharing. It works on Windows 10 (version 2004 or newer), Windows 11 "
                         "and macOS. It cannot stop a phone camera, someone looking at your screen, or every kind "
                         "of spying software.")
        if not capture_supported():
            text += " " + translate("SettingsPage", "This computer does not offer it, so here this setting does "
                                    "nothing. It will work if you use the app on Windows or a Mac.")
            self.capture_box.setAccessibleDescription(translate(
                                                      "SettingsPage",
                                                      "This computer does not offer this. It does nothing here."))
        col.addWidget(_note(text, w))
        return w

    def set_capture_excluded(self, on: bool) -> None:
        self._change(exclude_from_capture=bool(on))  # the main window applies it to every window

    # ----- journal -----
    def _build_journal(self) -> QWidget:
        w = QWidget(self)
        row = QHBoxLayout(w)
        row.setContentsMargins(0, 0, 0, 0)
        label = QLabel(translate("SettingsPage", "&Lock the journal after"), w)
        self.autolock = QSpinBox(w)
        self.autolock.setObjectName("autolockMinutes")
        self.autolock.setRange(0, 24 * 60)
        self.autolock.setSuffix(translate("SettingsPage", " minutes"))
        self.autolock.setSpecialValueText(translate("SettingsPage", "Never"))
        self.autolock.setValue(self.ctx.settings.autolock_minutes)
        self.autolock.setAccessibleName(translate(
                                        "SettingsPage",
                                        "Lock the journal after this many minutes of not using the app"))
        self.autolock.setAccessibleDescription(translate("SettingsPage", "0 means never."))
        label.setBuddy(self.autolock)
        self.autolock.valueChanged.connect(self._autolock_changed)
        row.addWidget(label)
        row.addWidget(self.autolock)
        row.addWidget(QLabel(translate("SettingsPage", "of not using the app."), w), 1)
        return w

    def _autolock_changed(self, minutes: int) -> None:
        self._change(autolock_minutes=int(minutes))

    # ----- region and audience -----
    def _build_region(self) -> QWidget:
        w = QWidget(self)
        col = QVBoxLayout(w)
        col.setContentsMargins(0, 0, 0, 0)
        col.addWidget(_note(translate("SettingsPage", "Guidance and contacts are shown for the place you choose."), w))
        self.region_combo = QComboBox(w)
        self.region_combo.setObjectName("region")
        self.region_combo.setAccessibleName(translate("SettingsPage", "Your region"))
        if not self.ctx.settings.region:
            self.region_combo.addItem(translate("SettingsPage", "Choose where you are"), "")
        for code, label in core_items(REGIONS):
            self.region_combo.addItem(label, code)
        self.region_combo.setCurrentIndex(max(0, self.region_combo.findData(self.ctx.settings.region)))
        self.region_combo.currentIndexChanged.connect(lambda _i: self.set_region(self.region_combo.currentData()))
        col.addWidget(self.region_combo)
        return w

    def set_region(self, code: str) -> None:
        if code not in REGIONS or code == self.ctx.settings.region:
            return
        blank = self.region_combo.findData("")
        if blank >= 0:
            self.region_combo.removeItem(blank)
        self._change(translate("SettingsPage", "Region: {v0}.").format(v0=core(REGIONS[code])), region=code)

    def _build_audience(self) -> QWidget:
        w = QWidget(self)
        col = QVBoxLayout(w)
        col.setContentsMargins(0, 0, 0, 0)
        self.audience_combo = QComboBox(w)
        self.audience_combo.setObjectName("audience")
        self.audience_combo.setAccessibleName(translate("SettingsPage", "Who is using this?"))
        if not self.ctx.settings.audience:
            self.audience_combo.addItem(translate("SettingsPage", "Not chosen yet"), "")
        for code, label in AUDIENCE_TEXT.items():
            self.audience_combo.addItem(translate("SettingsPage", label), code)
        self.audience_combo.setCurrentIndex(max(0, self.audience_combo.findData(self.ctx.settings.audience)))
        self.audience_combo.currentIndexChanged.connect(
            lambda _i: self.set_audience(self.audience_combo.currentData()))
        col.addWidget(self.audience_combo)
        return w

    def set_audience(self, code: str) -> None:
        if code not in AUDIENCE_TEXT or code == self.ctx.settings.audience:
            return
        if code == "worker" and not self.ctx.settings.guest_sessions:
            from iia_help.ui.journal_kept import ask_before_guest_sessions

            if not ask_before_guest_sessions(self.ctx, self):
                self.sync_from_settings()  # back to what is in force: nothing changed
                self._say(translate("SettingsPage", "Nothing was changed."))
                return
        blank = self.audience_combo.findData("")
        if blank >= 0:
            self.audience_combo.removeItem(blank)
        mode = self.shell.worker_mode if self.shell is not None else None
        if mode is not None:  # it also honours the centre lock and refreshes guest sessions
            mode.set_audience(code)
            return
        self._change(**audience_changes(self.ctx.settings, code))

    # ----- reading -----
    def _build_reading(self) -> QWidget:
        w = QWidget(self)
        col = QVBoxLayout(w)
        col.setContentsMargins(0, 0, 0, 0)
        # One name for this setting everywhere: "Large text" (the support-worker toggle in the top bar is the same
        # setting). A− and A+ on a guidance page are the zoom, named so.
        self.large_text = QCheckBox(translate("SettingsPage", "Large te&xt"), w)
        self.large_text.setObjectName("largeText")
        self.large_text.setAccessibleName(translate("SettingsPage", "Large text"))
        self.large_text.setChecked(self.ctx.settings.large_text)
        self.large_text.toggled.connect(self._large_text_toggled)
        col.addWidget(self.large_text)
        self.high_contrast = QCheckBox(translate("SettingsPage", "High c&ontrast (stronger colours)"), w)
        self.high_contrast.setObjectName("highContrast")
        self.high_contrast.setAccessibleName(translate("SettingsPage", "High contrast"))
        self.high_contrast.setChecked(self.ctx.settings.high_contrast)
        self.high_contrast.toggled.connect(self._high_contrast_toggled)
        col.addWidget(self.high_contrast)
        from iia_help.ui.language_choice import settings_combo

        lang_label = QLabel(translate("SettingsPage", "Lang&uage"), w)
        self.language_combo = settings_combo(self.ctx, w)
        lang_label.setBuddy(self.language_combo)
        self.language_combo.currentIndexChanged.connect(
            lambda _i: self._change(language=self.language_combo.currentData() or ""))
        col.addWidget(lang_label)
        col.addWidget(self.language_combo)
        return w

    def _large_text_toggled(self, on: bool) -> None:
        self._change(large_text=bool(on))  # the main window restyles the app

    def _high_contrast_toggled(self, on: bool) -> None:
        self._change(high_contrast=bool(on))

    def _build_about(self) -> QWidget:
        from iia_help import __version__

        w = QWidget(self)
        col = QVBoxLayout(w)
        col.setContentsMargins(0, 0, 0, 0)
        col.addWidget(_note(translate(
                            "SettingsPage",
                            "Version {version}. What this app is, that it sends nothing, and the licences of what it "
                            "ships.").format(version=__version__), w))
        self.about_button = QPushButton(translate("SettingsPage", "About this app…"), w)
        self.about_button.setObjectName("aboutButton")
        self.about_button.setAccessibleName(translate("SettingsPage", "About this app"))
        self.about_button.clicked.connect(self.show_about)
        row = QHBoxLayout()
        row.addWidget(self.about_button)
        row.addStretch(1)
        col.addLayout(row)
        return w

    def show_about(self):
        from iia_help.ui.about import show_about

        return show_about(self)

    # ----- remove everything -----
    def _build_wipe(self) -> QWidget:
        w = QWidget(self)
        col = QVBoxLayout(w)
        col.setContentsMargins(0, 0, 0, 0)
        col.addWidget(_note(
            translate(
            "SettingsPage",
            "This removes everything this app keeps on this computer: your journal, its drafts, your settings "
            "and backups the app made in its own folder. It cannot be undone. Backups you saved somewhere else, "
            "for example on a USB stick, are not touched."), w))
        col.addWidget(_note(
            translate(
            "SettingsPage",
            "Be aware: on many computers, especially ones with SSD drives, deleted files can sometimes be "
            "recovered with special tools. Your journal was always encrypted, so without your passphrase nobody "
            "can read it, even if they recover the file."), w))
        row = QHBoxLayout()
        label = QLabel(translate("SettingsPage",
            "To confirm, type {CONFIRM_WORD}:").format(CONFIRM_WORD=CONFIRM_WORD), w)
        self.wipe_confirm = QLineEdit(w)
        self.wipe_confirm.setObjectName("wipeConfirm")
        self.wipe_confirm.setAccessibleName(translate(
                                            "SettingsPage",
                                            "Type {CONFIRM_WORD} to confirm removing everything",
                                            ).format(CONFIRM_WORD=CONFIRM_WORD))
        label.setBuddy(self.wipe_confirm)
        self.wipe_button = QPushButton(translate("SettingsPage", "&Remove everything and close"), w)
        self.wipe_button.setObjectName("wipeButton")
        self.wipe_button.setAccessibleName(translate("SettingsPage", "Remove everything and close the app"))
        self.wipe_button.setEnabled(False)
        self.wipe_confirm.textChanged.connect(
            lambda t: self.wipe_button.setEnabled(t.strip().upper() == CONFIRM_WORD))
        self.wipe_button.clicked.connect(self._wipe_clicked)
        row.addWidget(label)
        row.addWidget(self.wipe_confirm)
        row.addWidget(self.wipe_button)
        row.addStretch(1)
        col.addLayout(row)
        return w

    def wipe_now(self):
        """Lock everything, remove the app's data, and stop saving anything. Returns the WipeReport."""
        from iia_help.wipe import wipe_all

        pages = self.shell.pages() if self.shell is not None else {}
        for page in pages.values():
            if page is not self:
                with contextlib.suppress(Exception):  # still remove what we can
                    page.panic_cleanup()
        was_guest, self.ctx.guest = self.ctx.guest, True  # from now on, nothing is written to disk
        report = wipe_all(self.ctx.paths)
        if report.in_use:  # another window has the journal open: nothing was removed, so carry on as before
            self.ctx.guest = was_guest
        return report

    def _wipe_clicked(self) -> None:
        if self.wipe_confirm.text().strip().upper() != CONFIRM_WORD:
            return
        report = self.wipe_now()
        self.wipe_confirm.clear()
        box = QMessageBox(self)
        box.setObjectName("wipeResult")
        box.setWindowTitle(self.ctx.settings.window_title)
        box.setTextFormat(Qt.TextFormat.PlainText)  # it may name files and folders
        # says what happened, links left outside included
        box.setText(report.summary(self.ctx.paths.data_dir, current_language() or "en"))
        if report.ok:
            box.setIcon(QMessageBox.Icon.Information)
            box.finished.connect(lambda _r: self._quit())
        else:
            box.setIcon(QMessageBox.Icon.Warning)
        open_dialog(box)

    def _quit(self) -> None:
        from PySide6.QtWidgets import QApplication

        QApplication.exit(0)

