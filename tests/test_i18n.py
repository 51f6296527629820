"""Every text through Qt's translation system (ui/i18n.py, tools/i18n_wrap.py, resources/translations/)."""

from __future__ import annotations

import ast
import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import PySide6
import pytest

from iia_help.ui import i18n
from iia_help.ui.i18n import PSEUDO_OPEN, install_language, translate

REPO = Path(__file__).resolve().parents[1]
UI = REPO / "src" / "iia_help" / "ui"
TOOLS = Path(PySide6.__file__).parent


def _wrapper():
    spec = importlib.util.spec_from_file_location("i18n_wrap", REPO / "tools" / "i18n_wrap.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture
def english(qapp):
    yield qapp
    install_language(qapp, "")


def test_no_text_is_passed_to_a_widget_unwrapped():
    """A new QLabel("..."), setText(f"..."), setToolTip("...") ... fails here: run tools/i18n_wrap.py."""
    wrap = _wrapper()
    paths = sorted(p for p in UI.rglob("*.py") if p.name != "i18n.py")
    assert wrap.unwrapped(paths) == []


def test_the_wrapper_wraps_literals_and_fstrings_once(tmp_path):
    wrap = _wrapper()
    sample = tmp_path / "sample.py"
    sample.write_text(
        "from PySide6.QtWidgets import QLabel\n\n\n"
        "class Box:\n"
        "    def build(self, name, n):\n"
        "        a = QLabel('Hello there')\n"
        "        a.setToolTip(f'{n} files for {name.title()} {{braces}}')\n"
        "        return a\n")
    assert wrap.wrap(sample) == 2
    first = sample.read_text()
    assert 'translate("Box", \'Hello there\')' in first
    assert 'translate("Box", "{n} files for {v1} {{braces}}").format(n=n, v1=name.title())' in first
    assert wrap.wrap(sample) == 0 and sample.read_text() == first  # re-runnable: nothing changes
    ast.parse(first)


def test_pseudo_locale_wraps_and_lengthens_every_text(english):
    assert install_language(english, "pseudo")
    out = translate("MainWindow", "Quick exit")
    assert out.startswith(PSEUDO_OPEN) and "Quick exit" in out and len(out) >= len("Quick exit") * 1.4
    assert install_language(english, "") and translate("MainWindow", "Quick exit") == "Quick exit"


def test_a_compiled_translation_is_loaded_by_its_code_and_a_missing_one_leaves_english(english, tmp_path,
                                                                                      monkeypatch, qtbot):
    ts = tmp_path / "iia_help_xx.ts"
    ts.write_text('<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="xx">'
                  "<context><name>MainWindow</name><message><source>Quick exit</source>"
                  "<translation>XX quick exit</translation></message></context></TS>", "utf-8")
    subprocess.run([str(TOOLS / "lrelease"), "-silent", str(ts), "-qm", str(tmp_path / "iia_help_xx.qm")],
                   check=True)
    monkeypatch.setattr(i18n, "translations_dir", lambda: tmp_path)
    assert not install_language(english, "zz")  # nothing for it: English stays
    assert translate("MainWindow", "Quick exit") == "Quick exit"
    assert install_language(english, "xx")
    from iia_help.context import AppContext
    from iia_help.paths import AppPaths
    from iia_help.ui.app import build_main_window

    window = build_main_window(AppContext(AppPaths(tmp_path / "data")))
    qtbot.addWidget(window)
    assert window.quick_exit_button.text() == "XX quick exit"


def test_lupdate_extracts_what_the_code_wraps(tmp_path):
    """pyside6-lupdate reads translate("Context", "text") from Python: every wrapped text reaches the template."""
    out = tmp_path / "all.ts"
    files = sorted(str(p) for p in UI.rglob("*.py"))
    subprocess.run([str(TOOLS / "lupdate"), *files, "-no-obsolete", "-locations", "none", "-ts", str(out)],
                   check=True, capture_output=True)
    text = out.read_text("utf-8")
    wrapped = set()
    for path in UI.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "translate"
                    and len(node.args) >= 2 and isinstance(node.args[1], ast.Constant)):
                wrapped.add((node.args[0].value, node.args[1].value))
    assert len(wrapped) > 300
    missing = [(c, s) for c, s in wrapped if f"<source>{_xml(s)}</source>" not in text]
    assert missing == []
    template = (REPO / "resources" / "translations" / "iia_help.ts").read_text("utf-8")
    assert template.count("<source>") > 300  # the committed template (refresh: see ui/i18n.py)


def _xml(s: str) -> str:
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
            .replace("'", "&apos;"))


#: Texts still shown untranslated in the pseudo-locale (kept in module-level constants or built from parts, so the
#: wrapper does not reach them yet). The list only shrinks: any other untranslated text on a screen fails the test
#: below. Contact details are data from resources/contacts.json (their labels "Phone:", "Hours:"... are built in the
#: core's contact text and are on this list too), and the window's name is the person's own choice.
KNOWN_UNTRANSLATED = (
    "NavButton:nav_", "QLabel:appTitle:", "QLabel:contact", "QLabel:emergencyHeadline:", "QLabel:panicHint:",
    "QLabel:placeLabel:", "QLabel:settingsNote:", "QCheckBox:startOnNotes:", "QRadioButton:afterPanic_",
    "QLabel:: Nothing is left on the screen", "QLabel:: The app goes to the taskbar",
    "QLabel:: The app stays hidden behind", "QLabel:: This is a private notebook",
    *(f"QPushButton:: {t}" for t in ("A+", "A\u2212", "Forward \u2192", "Home", "Print\u2026", "Save as PDF\u2026",
                                      "\u2190 Back")),
)
#: Controls too small for a 40 % longer text at 1024x768 (the text-size buttons; an unnamed tool button).
KNOWN_CLIPPED = ("QPushButton:: A+", "QPushButton:: A\u2212", "QToolButton:: ")


@pytest.mark.slow
def test_pseudo_locale_walk_of_every_page(tmp_path):
    proc = subprocess.run([sys.executable, str(REPO / "tests" / "pseudo_child.py"), str(tmp_path / "data")],
                          capture_output=True, text=True, timeout=300)
    screens = [json.loads(line) for line in proc.stdout.splitlines() if line.startswith("{")]
    assert len(screens) == 4, proc.stderr[-2000:]
    new_untranslated = [t for s in screens for t in s["untranslated"] if not t.startswith(KNOWN_UNTRANSLATED)]
    new_clipped = [t for s in screens for t in s["clipped"] if not t.startswith(KNOWN_CLIPPED)]
    assert new_untranslated == [] and new_clipped == []
