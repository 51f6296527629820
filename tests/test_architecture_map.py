"""docs/architecture.md's file map names every module of the core and of ui/ (sub-packages by their folder), so a
newcomer reading it first finds every file, and a new module cannot be left out of it."""

from __future__ import annotations

import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PKG = REPO / "src" / "iia_help"


def test_every_module_and_sub_package_is_in_the_file_map():
    doc = (REPO / "docs" / "architecture.md").read_text(encoding="utf-8")
    block = doc[doc.index("```\nsrc/iia_help/"):]
    block = block[:block.index("\n```", 4)]
    named = set(re.findall(r"[\w]+(?:\.py|/)", block))
    wanted = set()
    for folder in (PKG, PKG / "ui"):
        for p in folder.iterdir():
            if p.suffix == ".py" and p.name != "__init__.py":
                wanted.add(p.name)
            elif p.is_dir() and (p / "__init__.py").exists():
                wanted.add(p.name + "/")
    missing = sorted(wanted - named)
    assert missing == [], f"not in docs/architecture.md's file map: {missing}"
