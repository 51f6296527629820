"""A bound on what parsing a JSON text from outside would cost, found before parsing it (manifest.json,
custody.json): shared by the bundle writer, its checker and the provenance checks, which import it from here so
that none of them imports another for it."""

from __future__ import annotations

import re

MAX_MANIFEST_ITEMS = 500_000  # JSON values (counted by "," "[" "{") before parsing: bounds parsed memory

_PLAIN_STRING = re.compile(rb'"[^"]*"')


def count_json_items(data: bytes) -> int:
    """An upper bound on the number of values in a JSON text (commas and brackets outside strings), found without
    parsing it: what parsing would cost in memory grows with this, not with the text's length.

    Linear time on any input: escaped backslashes, then escaped quotes, are dropped first (left to right, as JSON
    pairs them), so every quote left delimits a string and a regex without alternatives finds them."""
    plain = data.replace(b"\\\\", b"").replace(b'\\"', b"")
    bare = _PLAIN_STRING.sub(b'""', plain)
    return bare.count(b",") + bare.count(b"[") + bare.count(b"{")
