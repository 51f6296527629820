"""The main window: a top bar with the always-visible Quick exit button, navigation, and the page stack."""

from __future__ import annotations

import contextlib
import importlib
from dataclasses import dataclass

from PySide6 import QtCore
from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from iia_help.context import AppContext
from iia_help.ui.i18n import install_language, translate, ui_language
from iia_help.ui.settings_bridge import settings_bridge
from iia_help.ui.shell import Page, Shell
from iia_help.ui.stack import CurrentStack


@dataclass(frozen=True)
class PageSpec:
    name: str
    label: str  # with a mnemonic (&)
    target: str  # "module:Class", imported only when the page is first shown
    description: str


#: Labels and descriptions are marked for the translation template here and translated where they are shown.
PAGES: tuple[PageSpec, ...] = (
    PageSpec("guidance", QT_TRANSLATE_NOOP("MainWindow", "&Guidance"), "iia_help.ui.guidance_page:GuidancePage",
             QT_TRANSLATE_NOOP("MainWindow", "Plain-language help on what is happening and what to do next")),
    PageSpec("contacts", QT_TRANSLATE_NOOP("MainWindow", "&Contacts"), "iia_help.ui.contacts_page:ContactsPage",
             QT_TRANSLATE_NOOP("MainWindow", "People and services who can help, for your region")),
    PageSpec("journal", QT_TRANSLATE_NOOP("MainWindow", "&Journal"), "iia_help.ui.journal_page:JournalPage",
             QT_TRANSLATE_NOOP("MainWindow", "A private, encrypted notebook for keeping a record of what happened")),
    PageSpec("settings", QT_TRANSLATE_NOOP("MainWindow", "&Settings"), "iia_help.ui.settings_page:SettingsPage",
             QT_TRANSLATE_NOOP("MainWindow", "Quick exit keys, privacy and display settings")),
)


def page_class(spec: PageSpec) -> type[Page]:
    """The page class ``spec`` names (its module is imported now, the first time the page is needed)."""
    module_name, _, cls_name = spec.target.partition(":")
    cls = vars(importlib.import_module(module_name))[cls_name]
    if not (isinstance(cls, type) and issubclass(cls, Page)):
        raise TypeError(f"{spec.target} is not a Page")
    return cls


def retire_page(stack: QStackedWidget, page: Page) -> None:
    """Seal and lock ``page`` (a failing hook never blocks this), then take it out of ``stack`` and delete it."""
    for hook in (page.panic_cleanup, page.lock):
        with contextlib.suppress(Exception):
            hook()
    stack.removeWidget(page)
    page.hide()
    page.deleteLater()


def initial_size(available) -> tuple[int, int]:
    """1000 x 700, or less on a smaller screen (room left for the window frame and title bar)."""
    return min(1000, available.width() - 16), min(700, available.height() - 48)


def _focus_into(page: Page) -> None:
    """Put the keyboard focus on the first control of ``page`` a person can use, so typing works at once
    (the passphrase box of a locked journal, for example). A page may choose with ``focus_first()``."""
    if page.focus_first():
        return
    w = page.nextInFocusChain()
    qt = QtCore.Qt
    while w is not None and w is not page:
        if (page.isAncestorOf(w) and w.isVisible() and w.isEnabled()
                and w.focusPolicy() & qt.FocusPolicy.TabFocus):
            w.setFocus(qt.FocusReason.ShortcutFocusReason)
            return
        w = w.nextInFocusChain()
    page.setFocus(qt.FocusReason.ShortcutFocusReason)


class NavButton(QPushButton):
    """A section button. Not checkable: Qt would announce a checkable button as a check box, and a section is
    somewhere to go, not an option to tick. Which section is on screen shows as the ``current`` property (styled
    in resources/styles) and in the accessible description; ``isChecked()`` answers the same question."""

    def __init__(self, text: str, description: str, parent: QWidget) -> None:
        super().__init__(translate("MainWindow", text), parent)
        self._source_description = description  # English: put in the language of the moment when shown
        self._description = translate("MainWindow", description)
        self._current = False
        self._live = False  # see go_live()
        self.setProperty("current", False)
        self.setAccessibleDescription(description)

    def go_live(self) -> None:
        """From now on restyle at once when the current section changes. Until then (the first frame) the first
        polish reads the property; restyling needs QStyle, which builds PySide6's costly ``Qt`` namespace."""
        self._live = True
        self._restyle()

    def _restyle(self) -> None:
        style = self.style()  # style sheets read properties when a widget is polished: polish it again
        style.unpolish(self)
        style.polish(self)

    def is_current(self) -> bool:
        return self._current

    def set_current(self, current: bool) -> None:
        if current == self._current:
            return
        self._current = current
        self.setProperty("current", current)
        self._description = translate("MainWindow", self._source_description)
        self.setAccessibleDescription(
            translate("MainWindow", "Current section. {v0}").format(v0=self._description) if current
            else self._description)
        if self._live:
            self._restyle()

    isChecked = is_current  # noqa: N815 (the name tests and callers already use)
    setChecked = set_current  # noqa: N815


class MainWindow(QMainWindow):
    """``defer_first_page=True`` (what ``run_app`` uses) makes a light first frame: the top bar with Quick exit
    and the section buttons, but no page yet, and nothing from PySide6's ``Qt`` namespace (building it costs
    about 12 ms). ``finish_start()``, called once that frame is on screen, builds the first page."""

    #: Emitted with the page name after navigation.
    navigated = Signal(str)

    def __init__(self, ctx: AppContext, *, defer_first_page: bool = False) -> None:
        super().__init__()
        self.ctx = ctx
        # The texts' language, before any is made (English: nothing installed; a change later: settings_changed).
        install_language(QApplication.instance(), ui_language(ctx.language))
        #: What pages, the panic controller and support-worker mode use of this window (ui/shell.py).
        self.shell = Shell(ctx, self)
        self.setObjectName("mainWindow")
        self._started = False
        self.title_label: QLabel | None = None
        self.apply_identity()
        self.resize(*initial_size(self.screen().availableGeometry().size()))
        self._pages: dict[str, Page] = {}
        #: The size policy of each page not on screen (it gets Ignored meanwhile; see _size_to_current_page).
        self._own_policies: dict[QWidget, QSizePolicy] = {}

        central = QWidget(self)
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self._build_top_bar())

        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        body.addWidget(self._build_nav())
        # The pages sit in a scroll area, so a page wider or taller than the window scrolls instead of making the
        # window grow (the window once grew 1000 -> 1058 -> 1145 px as pages were built, running off a small
        # screen). Quick exit and the section buttons stay outside it, always in view.
        self.page_scroll = QScrollArea(self)
        self.page_scroll.setObjectName("pageScroll")
        self.page_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.page_scroll.setWidgetResizable(True)
        self.stack = CurrentStack()  # as tall as the page on show needs (ui/stack.py)
        self.stack.setObjectName("pageStack")
        self.page_scroll.setWidget(self.stack)
        body.addWidget(self.page_scroll, 1)
        outer.addLayout(body, 1)
        self.setCentralWidget(central)

        for i, spec in enumerate(PAGES, start=1):
            sc = QShortcut(QKeySequence(f"Ctrl+{i}"), self)
            sc.activated.connect(lambda name=spec.name: self.navigate(name, focus=True))
        settings_bridge(ctx).changed.connect(self.settings_changed)
        if defer_first_page:
            self.nav_buttons[PAGES[0].name].set_current(True)
        else:
            self.finish_start()

    def finish_start(self) -> None:
        """Finish what the first frame left out: the first page, the window icon and the pointing-hand cursor
        on Quick exit. Does nothing the second time; keeps a section someone has already gone to."""
        if self._started:
            return
        self._started = True
        self.title_label.setTextFormat(QtCore.Qt.TextFormat.PlainText)  # a title typed in Settings (not before:
        self.apply_identity()  # the first frame never builds the Qt namespace)
        self.quick_exit_button.setCursor(QtCore.Qt.CursorShape.PointingHandCursor)
        # Not a Tab stop of its own (an unnamed "filler" to a screen reader); Tab still scrolls to what it reaches.
        self.page_scroll.setFocusPolicy(QtCore.Qt.FocusPolicy.NoFocus)
        for button in self.nav_buttons.values():
            button.go_live()
        if self.stack.currentWidget() is None:
            self.navigate(PAGES[0].name)

    # ----- construction -----
    def _build_top_bar(self) -> QWidget:
        bar = QFrame(self)
        bar.setObjectName("topBar")
        row = QHBoxLayout(bar)
        row.setContentsMargins(12, 8, 12, 8)
        self.title_label = QLabel(self.ctx.settings.window_title, bar)
        self.title_label.setObjectName("appTitle")
        row.addWidget(self.title_label)
        row.addStretch(1)
        self.panic_hint = QLabel(bar)
        self.panic_hint.setObjectName("panicHint")
        self.panic_hint.setWordWrap(True)  # wraps rather than widening the window (large text, small screens)
        self.update_panic_hint()
        row.addWidget(self.panic_hint)
        self.quick_exit_button = QPushButton(translate("MainWindow", "Quick exit"), bar)
        self.quick_exit_button.setObjectName("quickExit")
        self.quick_exit_button.setAccessibleName(translate("MainWindow", "Quick exit"))
        self.quick_exit_button.setAccessibleDescription(
            translate("MainWindow", "Hides this app at once and closes it."))
        self.quick_exit_button.setToolTip(translate("MainWindow", "Hide this app at once"))
        self.quick_exit_button.clicked.connect(lambda: self.quick_exit("button"))
        row.addWidget(self.quick_exit_button)
        self.shell.quick_exit_button = self.quick_exit_button  # live while a dialog makes the window inert
        return bar

    def _build_nav(self) -> QWidget:
        nav = QFrame(self)
        nav.setObjectName("navBar")
        nav.setAccessibleName(translate("MainWindow", "Sections"))
        col = QVBoxLayout(nav)
        col.setContentsMargins(8, 12, 8, 12)
        # No QButtonGroup: Qt moves between grouped buttons with arrow keys and skips them on Tab, and every
        # section must be reachable with Tab alone. navigate() keeps exactly one checked.
        self.nav_buttons: dict[str, NavButton] = {}
        for i, spec in enumerate(PAGES, start=1):
            b = NavButton(spec.label, spec.description, nav)
            b.setObjectName(f"nav_{spec.name}")
            b.setAccessibleName(translate("MainWindow", spec.label).replace("&", ""))
            b.setToolTip(translate("MainWindow", "{v0} (Ctrl+{i})").format(
                v0=translate("MainWindow", spec.description), i=i))
            b.clicked.connect(lambda _=False, name=spec.name: self.navigate(name))
            self.nav_buttons[spec.name] = b
            col.addWidget(b)
        col.addStretch(1)
        return nav

    # ----- public API -----
    def settings_changed(self, names: frozenset) -> None:
        """Follow a settings change made anywhere: the name and picture, the panic hint, the theme, capture."""
        if names & {"window_title", "icon"}:  # noqa: SIM102
            from PySide6.QtWidgets import QApplication

            from iia_help.ui.icons import app_icon

            QApplication.setApplicationDisplayName(self.ctx.settings.window_title)
            QApplication.setWindowIcon(app_icon(self.ctx.settings.icon))
            self.apply_identity()
        if names & {"panic_key", "panic_triple_shift"}:
            self.update_panic_hint()
        if names & {"large_text", "high_contrast"}:
            from iia_help.ui.theme import apply_theme

            apply_theme(self.ctx)
        if "language" in names:
            from PySide6.QtWidgets import QApplication

            from iia_help.ui.i18n import install_language, retranslate, ui_language
            from iia_help.ui.language_choice import apply_direction

            # The texts first (pages following this change later read the new language), then the ones on screen.
            install_language(QApplication.instance(), ui_language(self.ctx.language))
            retranslate()
            apply_direction(self.ctx)  # Urdu mirrors the layout
        if "exclude_from_capture" in names:
            ctrl = self.shell.panic
            if ctrl is not None:
                ctrl.apply_capture_exclusion()
            else:
                from iia_help.ui.capture_exclusion import set_capture_excluded

                set_capture_excluded(self, self.ctx.settings.exclude_from_capture)

    def apply_identity(self) -> None:
        """Show the neutral title and icon chosen in Settings (the icon once the first frame is up: drawing it
        builds PySide6's ``Qt`` namespace)."""
        self.setWindowTitle(self.ctx.settings.window_title)
        if self._started:
            from iia_help.ui.icons import app_icon

            self.setWindowIcon(app_icon(self.ctx.settings.icon))
        if self.title_label is not None:
            self.title_label.setText(self.ctx.settings.window_title)

    def update_panic_hint(self) -> None:
        s = self.ctx.settings
        ways = []
        if s.panic_key:
            ways.append(translate("MainWindow", "press {key}").format(key=s.panic_key))
        if s.panic_triple_shift:
            ways.append(translate("MainWindow", "press Shift 3 times"))
        text = (translate("MainWindow", "To hide this fast: {ways}.").format(
                    ways=translate("MainWindow", " or ").join(ways)) if ways
                else translate("MainWindow", "To hide this fast, use Quick exit."))
        self.panic_hint.setText(text)
        self.panic_hint.setAccessibleName(text)

    # Set by the installers through the shell; read here by older callers and tests.
    @property
    def panic_controller(self):
        return self.shell.panic

    @property
    def worker_mode(self):
        return self.shell.worker_mode

    def page(self, name: str) -> Page:
        """Return the page widget, building it on first use."""
        if name not in self._pages:
            spec = next(s for s in PAGES if s.name == name)
            widget = page_class(spec)(self.ctx, self.stack)
            widget.shell = self.shell
            widget.setObjectName(f"page_{name}")
            self._pages[name] = widget
            self.stack.addWidget(widget)
            self._size_to_current_page()
        return self._pages[name]

    def replace_page(self, name: str, widget: Page | None) -> None:
        """Swap the widget shown for ``name`` (support-worker mode puts its take-away journal in the Journal area).

        ``None`` drops the page, so the usual one is built again next time. The old page is locked first.
        """
        old = self._pages.pop(name, None)
        was_current = old is not None and self.stack.currentWidget() is old
        if old is not None:
            retire_page(self.stack, old)
        if widget is not None:
            widget.shell = self.shell
            widget.setObjectName(f"page_{name}")
            widget.setParent(self.stack)
            self.stack.addWidget(widget)
            self._pages[name] = widget
            self._size_to_current_page()
        if was_current:
            self.navigate(name if widget is not None else PAGES[0].name)

    def built_pages(self) -> dict[str, Page]:
        return dict(self._pages)

    def current_page_name(self) -> str:
        for name, w in self._pages.items():
            if w is self.stack.currentWidget():
                return name
        return ""

    def _size_to_current_page(self) -> None:
        """Let only the page on screen set the page area's minimum size. A stacked widget is as wide as its
        widest page, built or not on screen, so one wide page made Settings as wide, its text running off."""
        current = self.stack.currentWidget()
        pages = [self.stack.widget(i) for i in range(self.stack.count())]
        for page in list(self._own_policies):
            if page not in pages:
                del self._own_policies[page]  # gone from the stack
        for page in pages:
            own = self._own_policies.get(page)
            if page is current and own is not None:
                page.setSizePolicy(self._own_policies.pop(page))
            elif page is not current and own is None:
                self._own_policies[page] = page.sizePolicy()
                page.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.stack.updateGeometry()

    def navigate(self, name: str, *, focus: bool = False) -> Page:
        widget = self.page(name)
        self.stack.setCurrentWidget(widget)
        self._size_to_current_page()
        for other, button in self.nav_buttons.items():
            button.set_current(other == name)
        if focus:
            _focus_into(widget)
        self.navigated.emit(name)
        return widget

    def quick_exit(self, source: str = "button") -> None:
        self.shell.quick_exit(source)
