"""Plaintext leak scanning shared by the vault and journal-UI leak tests."""

from __future__ import annotations

import os
from pathlib import Path


def needles(markers: list[str]) -> list[bytes]:
    """Each marker as UTF-8, UTF-16-LE and UTF-16-BE bytes."""
    out = []
    for m in markers:
        out += [m.encode("utf-8"), m.encode("utf-16-le"), m.encode("utf-16-be")]
    return out


def byte_windows(data: bytes) -> set[bytes]:
    """Every 16-byte run of ``data``: a file holding any of them holds part of ``data`` in plaintext."""
    return {data[i:i + 16] for i in range(len(data) - 15)}


def scan(roots: list[Path], needles: list[bytes], windows: set[bytes], *, skip_unreadable: bool = False) -> list[str]:
    """Every file under ``roots`` that holds a needle or one of ``windows``. ``skip_unreadable``: a file that
    vanishes or cannot be read while the tree is walked is passed over instead of failing the scan."""
    hits = []
    for root in roots:
        for dirpath, _dirs, files in os.walk(root):
            for name in files:
                p = Path(dirpath) / name
                try:
                    data = p.read_bytes()
                except OSError:
                    if skip_unreadable:
                        continue
                    raise
                for n in needles:
                    if n in data:
                        hits.append(f"{p}: {n!r}")
                for i in range(len(data) - 15):
                    if data[i:i + 16] in windows:
                        hits.append(f"{p}: attachment bytes at {i}")
                        break
    return hits
