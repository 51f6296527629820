"""Write the app's neutral icon files into ``packaging/icons/``.

    python packaging/make_icons.py

The icon is the same leaf the app draws at run time (``iia_help.ui.icons._draw``), so the file on disk and the
window icon match. Writes PNGs, a Windows ``.ico`` and a macOS ``.icns``. Both containers hold PNG-compressed
images and are written here directly (both formats are a small header plus a table of PNG blobs), so no
image plugin or extra package is needed and the output is the same on every OS.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "icons"
NAME = "fernleaf"  # neutral, matches the executable name
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
PNG_SIZES = (32, 256, 512)
# ICNS entry types that may hold PNG data (macOS 10.7+), keyed by pixel size. Retina types reuse a size.
ICNS_TYPES = (
    (b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256), (b"ic09", 512),
    (b"ic10", 1024), (b"ic11", 32), (b"ic12", 64), (b"ic13", 256), (b"ic14", 512),
)


def render_png(size: int, icon: str = "leaf") -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    from iia_help.ui.icons import _draw

    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    if not _draw(icon, size).toImage().save(buf, "PNG"):
        raise RuntimeError(f"could not encode a {size}px PNG")
    buf.close()
    return bytes(data.data())


def ico_bytes(images: dict[int, bytes]) -> bytes:
    """An ICO file whose entries are PNG images (supported since Windows Vista)."""
    sizes = sorted(images)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = 6 + 16 * len(sizes)
    table, blobs = b"", b""
    for size in sizes:
        png = images[size]
        dim = 0 if size >= 256 else size  # 0 means 256
        table += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(png), offset)
        blobs += png
        offset += len(png)
    return header + table + blobs


def icns_bytes(images: dict[int, bytes]) -> bytes:
    body = b"".join(kind + struct.pack(">I", 8 + len(images[size])) + images[size] for kind, size in ICNS_TYPES)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def _write(path: Path, data: bytes) -> None:
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    OUT.mkdir(exist_ok=True)
    wanted = set(ICO_SIZES) | set(PNG_SIZES) | {size for _, size in ICNS_TYPES}
    images = {size: render_png(size) for size in sorted(wanted)}
    _write(OUT / f"{NAME}.ico", ico_bytes({s: images[s] for s in ICO_SIZES}))
    _write(OUT / f"{NAME}.icns", icns_bytes(images))
    for size in PNG_SIZES:
        _write(OUT / f"{NAME}-{size}.png", images[size])
    for f in sorted(OUT.iterdir()):
        print(f"{f.relative_to(HERE.parent)}  {f.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
