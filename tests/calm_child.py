"""Child process for test_calm_x11.py: runs the real app (``iia_help.cli.main``) on an X display and answers the
test's questions, one command a line on stdin, one answer a line on stdout. The test moves the mouse and turns
the wheel with xdotool (XTest), as a person would; this child only reports what the app now shows and holds.

    python tests/calm_child.py [--first-frame] -- <app args>

Commands: ``ready?`` (``READY`` once the app is fully started), ``wheels`` (``WHEELS n``: wheel events that
reached the app's windows), ``where`` (``WHERE {json}``: current section, nav buttons and the wheel-sensitive
controls visible now, in screen coordinates), ``scroll f`` (scroll every scroll area of the current section to
fraction f, then ``SCROLLED``), ``state`` (``STATE {json}``: settings in memory and on disk, every control's value,
the journal's entries), ``unlock PW`` (``UNLOCKED``), ``open-entry`` (``OPENED``), ``save-handout PATH``
(``SAVED``), ``guest`` (``GUEST {json}``: the guest bar's text, the handouts End session would name, where End
session is), ``end-dialog`` (``END-DIALOG {json}``: its text and buttons, or ``NOT-YET``), ``file-dialog`` (opens
Qt's file dialog and cancels it: ``DIALOG-CLOSED``), ``bus`` (``BUS "address"``), ``quit``; for the keyboard tests
``focus-on NAME``, ``focus``, ``journal-view``, ``close-dialogs`` and ``rect NAME``; for tests/test_proof_x11.py
``show-journal`` and ``journal?`` (``JSTATE {json}``: the journal page's state, failed unlocks seen, the attempts
notice).
With ``--first-frame``: ``FIRST-FRAME {json}`` (what the first painted frame shows), then waits for ``go``.
"""

from __future__ import annotations

import json
import sys
import threading


def visible_texts(window) -> list[str]:
    from PySide6.QtWidgets import QWidget

    out = []
    for w in [window, *window.findChildren(QWidget)]:
        if not w.isVisible():
            continue
        for attr in ("text", "title", "windowTitle", "accessibleName", "toolTip", "placeholderText"):
            fn = getattr(w, attr, None)
            if callable(fn):
                try:
                    value = fn()
                except TypeError:
                    continue
                if isinstance(value, str) and value.strip():
                    out.append(value.replace("&", ""))
    return out


def _centre(w) -> list[int]:
    p = w.mapToGlobal(w.rect().center())
    return [p.x(), p.y()]


def _value(w):
    from PySide6.QtWidgets import QAbstractSlider, QAbstractSpinBox, QComboBox, QTabBar

    if isinstance(w, QComboBox):
        return [w.currentIndex(), w.currentText()]
    if isinstance(w, QAbstractSpinBox):
        return w.text()
    if isinstance(w, QAbstractSlider):
        return w.value()
    if isinstance(w, QTabBar):
        return w.currentIndex()
    return None


def _key(w, page_name: str) -> str:
    return f"{page_name}/{type(w).__name__}/{w.objectName() or w.accessibleName()}"


def _describe(w) -> dict:
    if w is None:
        return {}
    return {"class": type(w).__name__, "name": w.objectName(), "accessible": w.accessibleName()}


def _find(window, name: str):
    from PySide6.QtWidgets import QWidget

    for w in window.findChildren(QWidget):
        if w.isVisible() and name in (w.objectName(), w.accessibleName()):
            return w
    raise LookupError(name)


class Child:
    def __init__(self, window) -> None:
        self.window = window
        self.wheels = 0

    def page_name(self) -> str:
        from iia_help.ui.discreet import cover_of

        return "cover" if cover_of(self.window) is not None else self.window.current_page_name()

    def guarded_now(self) -> list:
        from PySide6.QtWidgets import QWidget

        from iia_help.ui.wheel_guard import is_guarded

        win = self.window
        area = win.stack.rect().translated(win.stack.mapTo(win, win.stack.rect().topLeft()))
        out = []
        for w in win.stack.currentWidget().findChildren(QWidget):
            if not (is_guarded(w) and w.isVisible() and not w.visibleRegion().isEmpty()):
                continue
            c = w.mapTo(win, w.rect().center())
            if area.contains(c):
                out.append(w)
        return out

    def state(self) -> dict:
        from PySide6.QtWidgets import QWidget

        from iia_help.ui.wheel_guard import is_guarded

        win, ctx = self.window, self.window.ctx
        controls = {}
        for name, page in win.built_pages().items():
            seen: dict[str, int] = {}
            for w in page.findChildren(QWidget):
                if is_guarded(w):
                    k = _key(w, name)
                    seen[k] = seen.get(k, 0) + 1
                    controls[f"{k}#{seen[k]}"] = _value(w)
        try:
            on_disk = ctx.paths.settings_file.read_text(encoding="utf-8")
        except OSError:
            on_disk = ""
        entries = []
        journal = getattr(win.built_pages().get("journal"), "journal", None)
        if journal is not None:
            entries = [[e.id, e.kind, e.platform, e.occurred_at.isoformat(), e.description]
                       for e in journal.entries()]
        return {"settings": {k: v for k, v in vars(ctx.settings).items()}, "on_disk": on_disk,
                "controls": controls, "entries": entries, "guest": ctx.guest}

    def journal_state(self) -> dict:
        from PySide6.QtWidgets import QApplication

        page = self.window.built_pages()["journal"]
        focus = QApplication.focusWidget()
        notice = page.attempts_notice
        return {"unlocked": page.is_unlocked(), "busy": page.is_busy(), "failures": getattr(page, "_failures_seen", 0),
                "error": page.unlock_error.text(), "field": _centre(page.unlock_pw),
                "in_field": focus is page.unlock_pw,
                "attempts": notice.text() if notice.isVisible() else "",
                "journal_id": page.journal_id_label.text()}

    def handle(self, line: str) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QAbstractScrollArea, QApplication

        cmd, _, arg = line.strip().partition(" ")
        win = self.window
        if cmd == "ready?":
            from iia_help.ui import wheel_guard

            if wheel_guard._guard is not None and win.panic_controller.filtering:
                print("READY", flush=True)
            else:
                print("NOT-YET", flush=True)
        elif cmd == "wheels":
            print(f"WHEELS {self.wheels}", flush=True)
        elif cmd == "where":
            nav = {n: _centre(b) for n, b in win.nav_buttons.items() if b.isVisible()}
            controls = [{"name": _key(w, self.page_name()), "at": _centre(w)} for w in self.guarded_now()]
            stack = win.stack
            tl = stack.mapToGlobal(stack.rect().topLeft())
            focus = QApplication.focusWidget()
            print("WHERE " + json.dumps({"page": self.page_name(), "nav": nav, "controls": controls,
                                         "area": [tl.x(), tl.y(), stack.width(), stack.height()],
                                         "focus": type(focus).__name__ if focus else ""}), flush=True)
        elif cmd == "scroll":
            frac = float(arg)
            for area in win.stack.currentWidget().findChildren(QAbstractScrollArea):
                if area.isVisible():
                    bar = area.verticalScrollBar()
                    bar.setValue(round(bar.minimum() + frac * (bar.maximum() - bar.minimum())))
            QApplication.processEvents()
            print("SCROLLED", flush=True)
        elif cmd == "scrollpos":
            page = win.stack.currentWidget()
            values = [a.verticalScrollBar().value() for a in page.findChildren(QAbstractScrollArea) if a.isVisible()]
            print(f"SCROLLPOS {json.dumps(values)}", flush=True)
        elif cmd == "state":
            print("STATE " + json.dumps(self.state(), default=str, sort_keys=True), flush=True)
        elif cmd == "unlock":
            page = win.navigate("journal")
            page.unlock_pw.setText(arg)
            page.submit_unlock()

            def wait() -> None:
                from PySide6.QtCore import QTimer

                if page.is_unlocked():
                    win.nav_buttons["journal"].setFocus()  # not on a control the wheel may change
                    print("UNLOCKED", flush=True)
                else:
                    QTimer.singleShot(50, wait)

            wait()
        elif cmd == "open-entry":
            page = win.built_pages()["journal"]
            page.open_entry(page.journal.entries()[0].id)
            win.nav_buttons["journal"].setFocus()
            print("OPENED", flush=True)
        elif cmd == "save-handout":  # a contacts card saved where the test says (the file dialog is tested apart)
            from iia_help.ui.support.handouts import save_handout_pdf

            dialog = win.worker_mode.open_handouts()
            body, title = dialog.handout()
            dialog.pdf_saved.emit(save_handout_pdf(body, arg, title, one_page=False))
            dialog.close()
            print("SAVED", flush=True)
        elif cmd == "guest":
            mode = win.worker_mode
            print("GUEST " + json.dumps({"bar": mode.bar.text.text(), "saved": [str(p) for p in
                                         mode.session.saved_files()], "end": _centre(mode.bar.end_button)}),
                  flush=True)
        elif cmd == "end-dialog":
            d = win.worker_mode.end_dialog
            if d is None or not d.isVisible():
                print("NOT-YET", flush=True)
            else:
                print("END-DIALOG " + json.dumps({"text": d.text() + "\n" + d.informativeText(),
                                                  "buttons": {c: _centre(b) for b, c in d._buttons.items()}}),
                      flush=True)
        elif cmd == "bus":  # the D-Bus session address the app left for Qt
            import os

            print("BUS " + json.dumps(os.environ.get("DBUS_SESSION_BUS_ADDRESS")), flush=True)
        elif cmd == "file-dialog":  # Qt's own file dialog, opened and cancelled, as "Add file…" does
            from PySide6.QtCore import QTimer
            from PySide6.QtWidgets import QFileDialog

            from iia_help.ui.dialogs import open_files

            def cancel() -> None:
                for w in QApplication.topLevelWidgets():
                    if isinstance(w, QFileDialog) and w.isVisible():
                        w.reject()
                        return
                QTimer.singleShot(20, cancel)

            QTimer.singleShot(20, cancel)
            open_files(win, "Choose a file")
            print("DIALOG-CLOSED", flush=True)
        elif cmd == "focus-on":  # focus the widget with this object or accessible name (keyboard tests)
            target = _find(win, arg)
            target.activateWindow()
            target.setFocus(Qt.FocusReason.TabFocusReason)
            print("FOCUSED", flush=True)
        elif cmd == "focus":
            print("FOCUS " + json.dumps(_describe(QApplication.focusWidget())), flush=True)
        elif cmd == "journal-view":  # which part of the journal shows, the "When" box, any dialog open
            page = win.built_pages()["journal"]
            dialogs = [w.objectName() or type(w).__name__ for w in QApplication.topLevelWidgets()
                       if w.isVisible() and w.isWindow() and w is not win]
            print("JOURNAL " + json.dumps({
                "view": "editor" if page.inner.currentWidget() is page.editor else "timeline",
                "when": page.editor.when.text(), "dialogs": dialogs}), flush=True)
        elif cmd == "close-dialogs":
            for w in QApplication.topLevelWidgets():
                if w.isVisible() and w is not win and hasattr(w, "reject"):
                    w.reject()
            print("CLOSED", flush=True)
        elif cmd == "rect":  # a widget's place on screen: [x, y, w, h]
            w = _find(win, arg)
            tl = w.mapToGlobal(w.rect().topLeft())
            print("RECT " + json.dumps([tl.x(), tl.y(), w.width(), w.height()]), flush=True)
        elif cmd == "show-journal":  # the journal page, focus in its passphrase field (tests/test_proof_x11.py)
            page = win.navigate("journal")
            if not hasattr(page, "_failures_seen"):
                page._failures_seen = 0
                failed = page._open_failed

                def counted(exc, failed=failed, page=page) -> None:
                    page._failures_seen += 1
                    failed(exc)

                page._open_failed = counted  # read by _start for the next unlock
            page.unlock_pw.setFocus()
            QApplication.processEvents()
            print("JSTATE " + json.dumps(self.journal_state()), flush=True)
        elif cmd == "journal?":
            print("JSTATE " + json.dumps(self.journal_state()), flush=True)
        elif cmd == "quit":
            QApplication.quit()


def main() -> int:
    args = sys.argv[1:]
    first_frame = "--first-frame" in args
    app_args = args[args.index("--") + 1:] if "--" in args else []

    from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot

    from iia_help.cli import main as cli_main
    from iia_help.ui import app as A

    class Lines(QObject):
        line = Signal(str)

    class Relay(QObject):
        def __init__(self, child: Child, parent) -> None:
            super().__init__(parent)
            self.child = child

        @Slot(str)
        def on_line(self, line: str) -> None:
            self.child.handle(line)

    lines = Lines()
    state: dict = {}

    class WheelCounter(QObject):  # test instrumentation: wheel events the X server delivered to our windows
        def eventFilter(self, obj, event) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Wheel and obj.isWindowType():
                state["child"].wheels += 1
            return False

    def marker(app, window, mode) -> None:
        child = Child(window)
        state["child"] = child
        relay = Relay(child, window)  # runs each command on the GUI thread
        lines.line.connect(relay.on_line, Qt.ConnectionType.QueuedConnection)
        counter = WheelCounter(app)
        state["counter"] = counter
        app.installEventFilter(counter)

        def first_paint() -> None:
            if first_frame:
                from iia_help.ui.discreet import cover_of

                print("FIRST-FRAME " + json.dumps({
                    "texts": visible_texts(window), "cover": cover_of(window) is not None,
                    "quick_exit_visible": window.quick_exit_button.isVisible(),
                    "pages": sorted(window.built_pages()),
                    "continue": _centre(cover_of(window).continue_button) if cover_of(window) else None,
                }), flush=True)
                sys.stdin.readline()  # hold this frame on screen until the test has its screenshot ("go")
            threading.Thread(target=read_stdin, daemon=True).start()

        A._call_after_first_paint(window, first_paint, fallback_ms=None)

    def read_stdin() -> None:
        for raw in sys.stdin:
            lines.line.emit(raw)

    A._bench_marker = marker
    import os

    os.environ["IIA_BENCH_EXIT_AFTER_SHOW"] = "child"  # makes run_app call the marker; it never quits here
    return cli_main(app_args)


if __name__ == "__main__":
    sys.exit(main())
