"""The Qt binding itself must not corrupt the interpreter.

PySide6 6.12.0 on Python 3.11 dropped a reference to None on some calls; after a few thousand calls the process
aborted with "Fatal Python error: none_dealloc". pyproject.toml excludes that release; this test fails if a
binding with the same bug is installed again.
"""

from __future__ import annotations

import sys


def test_qt_calls_do_not_leak_or_steal_references_to_none(qtbot):
    from PySide6.QtWidgets import QLabel

    label = QLabel("x")
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(5000):
        label.setVisible(False)
        label.isVisible()
        label.setText("a")
    # A healthy binding leaves the count where it was (give or take a few references held elsewhere).
    assert abs(sys.getrefcount(None) - before) < 100
