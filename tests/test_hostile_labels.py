"""Rich text from file names and other user data (issue 27 item 4): a file named
``IMG_2041.jpg<font color="#f5f5f5" style="font-size:2px">`` hid "...it has changed, so it was left alone" in a
label that guessed rich text (Qt's AutoText). Every label and message box that shows user data is plain text:
the markup shows as typed and the words after it are there to read."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget

from test_ui_journal import Modals, click, create_via_ui, finish, make_page

TAG = '<font color="#f5f5f5" style="font-size:2px">'
HOSTILE = f"IMG_2041.jpg{TAG}"


def rich_labels(*roots: QWidget) -> list[str]:
    """Labels showing the hostile markup that Qt would draw as rich text (every window if no root given)."""
    roots = roots or tuple(QApplication.topLevelWidgets())
    out = []
    for root in roots:
        for label in [root, *root.findChildren(QLabel)] if isinstance(root, QLabel) else root.findChildren(QLabel):
            if TAG in label.text() and label.textFormat() != Qt.TextFormat.PlainText:
                out.append(f"{label.objectName() or type(label.parent()).__name__}: {label.text()[:80]}")
    return out


def check_box(found: list) -> callable:
    """A Modals step that records the rich labels of the box on screen, then closes it with its first button."""
    def step(w: QWidget) -> bool:
        found.extend(rich_labels(w))
        found.append(("shown", w.text() if isinstance(w, QMessageBox) else ""))
        return click("Keep it")(w) or click("OK")(w) or click("Cancel")(w)
    return step


def test_the_original_bar_and_its_question_show_a_hostile_name_as_typed(qtbot, ctx, monkeypatch, tmp_path):
    ctx.settings.image_note_seen = True
    page = make_page(qtbot, ctx, monkeypatch)
    try:
        create_via_ui(qtbot, page)
        page.new_action.trigger()
        qtbot.keyClicks(page.editor.description, "He sent this")
        panel = page.editor.attachments
        pic = tmp_path / HOSTILE
        pic.write_bytes(b"\x89PNG" + bytes(100))
        panel.add_paths([pic])
        qtbot.waitUntil(lambda: panel.original_bar.isVisible(), timeout=60_000)
        assert rich_labels(panel) == [] and TAG in panel.original_text.text()
        pic.write_bytes(b"changed since")
        found: list = []
        m = Modals(lambda w: (found.extend(rich_labels(w)), click("Delete the original")(w))[1])
        assert panel.delete_originals() is True
        qtbot.waitUntil(lambda: m.done and not panel.deleting_originals(), timeout=60_000)
        assert found == []
        text = panel.original_text.text()
        assert TAG in text and text.endswith("it has changed since it was added, so it was left alone. You can "
                                             "delete it yourself with your file manager.")
        assert panel.original_text.textFormat() == Qt.TextFormat.PlainText
        # The file's details in the viewer, and the "remove it?" question.
        panel.list.setCurrentItem(panel.list.topLevelItem(0))
        viewer = panel.view_selected()
        assert rich_labels(viewer) == [] and TAG in viewer.info.text()
        viewer.close()
    finally:
        finish(page)


def test_message_boxes_of_the_journal_are_plain_text(qtbot, qapp):
    from iia_help.ui.common.dialog_helpers import ask, inform

    found: list = []
    Modals(check_box(found))
    inform(None, None, "File not added", f"“{HOSTILE}” could not be read. Nothing was added.")
    Modals(check_box(found))
    ask(None, None, "Remove the file?", f"Remove “{HOSTILE}” from this entry?", "Remove", "Cancel")
    assert [f for f in found if not isinstance(f, tuple)] == []
    assert [t for k, t in (f for f in found if isinstance(f, tuple))][0].endswith("Nothing was added.")


def test_end_session_names_a_hostile_path_as_typed(qtbot, qapp, tmp_path):
    from iia_help.ui.support.session import EndSessionDialog

    d = EndSessionDialog([tmp_path / HOSTILE])
    qtbot.addWidget(d)
    d.show()
    assert rich_labels(d) == [] and TAG in d.informativeText()


def test_search_words_and_export_status_are_plain_text(qtbot, ctx, tmp_path, monkeypatch):
    from iia_help.journal import Journal
    from iia_help.ui.guidance_page import GuidancePage
    from iia_help.ui.journal import export_dialog as ed
    from iia_help.vault import Vault

    page = GuidancePage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.search_field.setText(f"zz{TAG}")
    page.run_search()
    assert rich_labels(page) == [] and "Try a different or shorter word" in page.results_label.text()
    # "Check a bundle…" names the file it checks.
    bundle = tmp_path / f"{HOSTILE}.zip"
    bundle.write_bytes(b"not a zip")
    monkeypatch.setattr(ed, "open_files", lambda *a, **k: [bundle])
    vault = Vault.create(tmp_path / "notes.db", "pw", calibrate=False)
    try:
        dlg = ed.ExportDialog(ctx, Journal(vault))
        qtbot.addWidget(dlg)
        dlg.show()
        dlg.check_bundle()
        assert TAG in dlg.status.text() and rich_labels(dlg) == []
        qtbot.waitUntil(lambda: dlg.verify_result.isVisible(), timeout=60_000)
    finally:
        vault.close()
