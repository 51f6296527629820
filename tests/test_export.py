"""Evidence export: the PDF report, the ZIP bundle, its manifest and fingerprints, and verify-bundle."""

from __future__ import annotations

import hashlib
import io
import json
import re
import shutil
import struct
import subprocess
import sys
import unicodedata
import zipfile
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pypdf
import pytest

from iia_help.export import (
    ExportCancelled,
    ExportError,
    ExportOptions,
    export_bundle,
    sanitise_name,
    verify_bundle,
    write_report_pdf,
)
from iia_help.journal import Entry, Journal, Report
from iia_help.vault import Vault

from conftest import REPO, subprocess_env

TZ = timezone(timedelta(hours=1))
LONG_MIDDLE = "MIDDLE-MARKER-7f3a"
LONG_END = "END-MARKER-b21c"
EMOJI = "He sent 😀 then 🔥 and said pay or else"
DESCRIPTIONS = [
    EMOJI,
    "قال إنه سينشر الصور إذا لم أدفع",  # Arabic
    "הוא איים לשתף את התמונות",  # Hebrew
    "他威胁要把照片发给我的家人",  # Chinese
    "写真を公開すると脅された",  # Japanese
    "Ordinary message\nwith two lines & <html> chars",
    ("long message " * 2500) + LONG_MIDDLE + (" and more words" * 2500) + " " + LONG_END,
]


def image_bytes(fmt: str, w: int = 320, h: int = 200, color: str = "#336699") -> bytes:
    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtGui import QColor, QImage, QPainter

    img = QImage(w, h, QImage.Format.Format_RGB32)
    img.fill(QColor(color))
    p = QPainter(img)
    p.fillRect(10, 10, w // 3, h // 3, QColor("white"))
    p.end()
    buf = QBuffer()
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    assert img.save(buf, fmt)
    return bytes(buf.data())


@pytest.fixture
def journal(tmp_path, qapp):
    vault = Vault.create(tmp_path / "notes.db", "correct horse", calibrate=False)
    j = Journal(vault)
    yield j
    vault.close()


def fill(journal: Journal) -> dict[str, bytes]:
    """Entries with every kind of text, and PNG, JPEG, a text file and a damaged image. Returns id -> bytes."""
    files: dict[str, bytes] = {}
    ids = []
    for i, text in enumerate(DESCRIPTIONS):
        ids.append(journal.add_entry(Entry(
            occurred_at=datetime(2025, 3, 1 + i, 21, 5, tzinfo=TZ), kind=("message", "threat", "demand")[i % 3],
            platform="Instagram", account=f"@user_{i}", urls=[f"https://example.com/post/{i}"], description=text,
            reports=[Report("Police", f"CRN-{1000 + i}", "2025-03-10")], tags=["sextortion"],
        )))
    png, jpg = image_bytes("PNG"), image_bytes("JPEG", 1600, 1200, "#993333")
    for name, data, eid in (("screen shot 1.png", png, ids[0]), ("photo.jpg", jpg, ids[1]),
                            ("chat.txt", "chat log ✓".encode(), ids[2]),
                            ("broken.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 200, ids[3]),
                            ("فاتورة.png", png, ids[4])):
        files[journal.attach(eid, name, data)] = data
    return files


def pdf_text(data: bytes) -> tuple[str, int]:
    reader = pypdf.PdfReader(io.BytesIO(data))
    # Qt's PDF maps the space glyph to a tab for text extraction: read any run of blanks as one space.
    text = "\n".join(p.extract_text() for p in reader.pages)
    return re.sub(r"[ \t]+", " ", text), len(reader.pages)


def squash(text: str) -> str:
    """Compare text as shown: Arabic presentation forms folded (NFKC), no white space."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def shows(text: str, pdf: str) -> bool:
    """True if ``text`` is in the PDF's text, in reading order or (right-to-left scripts) in visual order."""
    s, hay = squash(text), squash(pdf)
    if s in hay:
        return True
    words = unicodedata.normalize("NFKC", text).split()
    return "".join(w[::-1] for w in reversed(words)) in hay


def run_verify(path: Path, isolated_user_dirs) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "iia_help", "verify-bundle", str(path)], capture_output=True,
                          text=True, env=subprocess_env(isolated_user_dirs), cwd=REPO, timeout=300)


def rewrite_zip(src: Path, dst: Path, member: str, change) -> None:
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for zi in zin.infolist():
            data = zin.read(zi)
            if zi.filename == member:
                data = change(data)
            if data is not None:
                zout.writestr(zi.filename, data)


def flip_one_byte(data: bytes) -> bytes:
    i = len(data) // 2
    return data[:i] + bytes([data[i] ^ 0x01]) + data[i + 1:]


# ------------------------------------------------------------------------------------------------ the bundle
@pytest.mark.qt_log_ignore("libpng", "Corrupt", "Premature", "QImageIOHandler")
def test_bundle_report_manifest_and_verify(journal, tmp_path, isolated_user_dirs):
    files = fill(journal)
    out = tmp_path / "usb" / "export.zip"
    out.parent.mkdir()
    seen = []
    result = export_bundle(journal, out, ExportOptions(name="Sam Example", contact="sam@example.org"),
                           progress=lambda d, t: seen.append((d, t)))
    assert out.is_file() and [p.name for p in out.parent.iterdir()] == ["export.zip"]
    assert seen and seen[-1][0] == seen[-1][1] and all(a[0] <= b[0] for a, b in zip(seen, seen[1:], strict=False))

    with zipfile.ZipFile(out) as zf:
        names = set(zf.namelist())
        manifest_bytes = zf.read("manifest.json")
        manifest = json.loads(manifest_bytes)
        pdf = zf.read("report.pdf")
        sums = zf.read("SHA256SUMS").decode()
        readme = zf.read("README.txt").decode()
        members = {n: zf.read(n) for n in names}
    manifest_sha = hashlib.sha256(manifest_bytes).hexdigest()
    assert result.manifest_sha256 == manifest_sha
    assert result.fingerprint == hashlib.sha256(members["SHA256SUMS"]).hexdigest()  # the seal: the one fingerprint

    # The manifest lists every entry and every file, and matches the ZIP's bytes and the originals.
    entries = {e.id: e for e in journal.entries()}
    assert [e["id"] for e in manifest["entries"]] == sorted(entries, key=lambda i: entries[i].occurred_at)
    for rec in manifest["entries"]:
        e = entries[rec["id"]]
        assert rec["fields"]["description"] == e.description
        assert rec["occurred_at"] == e.occurred_at.isoformat() and rec["created_at"] == e.created_at.isoformat()
        assert [h["action"] for h in rec["history"]] == [a for _, a in e.history]
    assert len(manifest["files"]) == len(files)
    file_paths = set()
    for rec in manifest["files"]:
        data = members[rec["path"]]
        assert hashlib.sha256(data).hexdigest() == rec["sha256"] and len(data) == rec["size"]
        assert data == files[rec["attachment_id"]]
        assert rec["path"].startswith("attachments/2025-03-0")
        file_paths.add(rec["path"])
    assert names == file_paths | {"manifest.json", "report.pdf", "SHA256SUMS", "README.txt", "custody.json",
                                  "signing-key.pub.pem", "SHA256SUMS.sig"}
    sums_map = {line[66:]: line[:64] for line in sums.splitlines()}
    assert set(sums_map) == names - {"SHA256SUMS", "SHA256SUMS.sig"}
    assert all(hashlib.sha256(members[n]).hexdigest() == h for n, h in sums_map.items())
    assert manifest_sha in readme and "sha256sum -c SHA256SUMS" in readme and "Get-FileHash" in readme
    assert "shasum -a 256" in readme and "sha256sum SHA256SUMS" in readme
    assert "iia-help" not in readme.lower() and manifest["app"]["name"] == "Fernleaf"  # neutral names (issue 16)
    assert manifest["format_version"] == 3

    # The PDF: cover, timeline, one page or more per entry; every description and every fingerprint in its text.
    text, pages = pdf_text(pdf)
    # Cover + timeline + a page per entry, plus the long message (~70,000 characters: roughly 8 to 20 pages).
    assert 2 + len(DESCRIPTIONS) + 6 <= pages <= 2 + len(DESCRIPTIONS) + 30
    assert f"Page 1 of {pages}" in text and f"Page {pages} of {pages}" in text
    for d in DESCRIPTIONS[1:6]:
        assert shows(d, text), d
    assert shows("He sent", text) and shows("and said pay or else", text)
    assert shows("grinning face (U+1F600)", text) and shows("fire (U+1F525)", text)  # emoji named in words
    assert shows(LONG_MIDDLE, text) and shows(LONG_END, text)
    flat = squash(text)
    assert manifest_sha in flat
    for rec in manifest["files"]:
        assert rec["sha256"] in flat
    assert "Sam Example" in text and "sam@example.org" in text
    assert "could not be shown" in text  # the damaged PNG is listed, not drawn
    assert "CRN-1000" in text and "Timeline" in text

    # verify-bundle (the real CLI) passes ...
    ok = run_verify(out, isolated_user_dirs)
    assert ok.returncode == 0, ok.stdout + ok.stderr
    assert "everything matches" in ok.stdout and manifest_sha in ok.stdout and result.fingerprint in ok.stdout

    # ... and fails, naming the file, once one byte of one attachment changes.
    victim = sorted(file_paths)[1]
    bad = tmp_path / "changed.zip"
    rewrite_zip(out, bad, victim, flip_one_byte)
    res = run_verify(bad, isolated_user_dirs)
    assert res.returncode == 1
    assert victim in res.stdout and "changed" in res.stdout and "Traceback" not in res.stderr
    # One byte of the report, too.
    bad2 = tmp_path / "changed-report.zip"
    rewrite_zip(out, bad2, "report.pdf", flip_one_byte)
    rep = verify_bundle(bad2)
    assert not rep.ok and any("report.pdf" in p for p in rep.problems)

    # Standard tools agree, once unzipped.
    unzipped = tmp_path / "unzipped"
    with zipfile.ZipFile(out) as zf:
        zf.extractall(unzipped)
    assert verify_bundle(unzipped, fingerprint=result.fingerprint).ok
    if shutil.which("sha256sum"):  # the check by hand that docs/export.md and README.txt describe
        seal = subprocess.run(["sha256sum", "SHA256SUMS"], cwd=unzipped, capture_output=True, text=True)
        assert seal.stdout.split()[0] == result.fingerprint
        done = subprocess.run(["sha256sum", "-c", "SHA256SUMS"], cwd=unzipped, capture_output=True, text=True)
        assert done.returncode == 0, done.stdout
        assert done.stdout.count(": OK") == len(names) - 2  # all but SHA256SUMS and its signature


def test_verify_names_changed_manifest_missing_and_extra_files(journal, tmp_path):
    fill(journal)
    out = tmp_path / "b.zip"
    export_bundle(journal, out)
    assert verify_bundle(out).ok
    with zipfile.ZipFile(out) as zf:
        victim = next(n for n in zf.namelist() if n.endswith("chat.txt"))

    missing = tmp_path / "missing.zip"
    rewrite_zip(out, missing, victim, lambda d: None)
    rep = verify_bundle(missing)
    assert rep.status == "mismatch" and any(victim in p and "missing" in p for p in rep.problems)

    extra = tmp_path / "extra.zip"
    shutil.copy(out, extra)
    with zipfile.ZipFile(extra, "a") as zf:
        zf.writestr("attachments/sneaky.png", b"x")
    rep = verify_bundle(extra)
    assert rep.status == "mismatch" and any("attachments/sneaky.png" in p and "extra" in p for p in rep.problems)

    edited = tmp_path / "manifest.zip"
    rewrite_zip(out, edited, "manifest.json", lambda d: d.replace(b"Instagram", b"Instagrum", 1))
    rep = verify_bundle(edited)
    assert rep.status == "mismatch" and any("manifest.json" in p for p in rep.problems)

    # A raw byte flip inside the stored ZIP data: caught by the fingerprint or ZIP's own check, file named.
    raw = bytearray(out.read_bytes())
    with zipfile.ZipFile(out) as zf:
        zi = zf.getinfo(victim)
    name_len, extra_len = struct.unpack("<HH", raw[zi.header_offset + 26: zi.header_offset + 30])
    start = zi.header_offset + 30 + name_len + extra_len
    raw[start + zi.compress_size // 2] ^= 0xFF
    flipped = tmp_path / "flipped.zip"
    flipped.write_bytes(bytes(raw))
    rep = verify_bundle(flipped)
    assert not rep.ok and any(victim in p for p in rep.problems)


@pytest.mark.parametrize("case", ["not-zip", "empty", "no-manifest", "traversal", "bomb", "nothing"])
def test_verify_hostile_or_broken_input_gives_sentences(tmp_path, case, isolated_user_dirs):
    p = tmp_path / "bundle.zip"
    if case == "not-zip":
        p.write_bytes(b"%PDF-1.4 this is not a zip")
    elif case == "empty":
        p.write_bytes(b"")
    elif case == "no-manifest":
        with zipfile.ZipFile(p, "w") as zf:
            zf.writestr("report.pdf", b"%PDF")
    elif case == "traversal":
        manifest = {"format": "iia-help evidence bundle", "entries": [], "files": [
            {"path": "../../evil.txt", "sha256": hashlib.sha256(b"x").hexdigest(), "size": 1}]}
        with zipfile.ZipFile(p, "w") as zf:
            zf.writestr("manifest.json", json.dumps(manifest))
            zf.writestr("../../evil.txt", b"x")
            zf.writestr("/etc/passwd", b"x")
    elif case == "bomb":
        manifest = {"format": "iia-help evidence bundle", "entries": [], "files": [
            {"path": "attachments/a.bin", "sha256": hashlib.sha256(b"small").hexdigest(), "size": 5}]}
        with zipfile.ZipFile(p, "w", zipfile.ZIP_DEFLATED) as zf:
            zf.writestr("manifest.json", json.dumps(manifest))
            with zf.open("attachments/a.bin", "w", force_zip64=True) as f:
                block = b"\x00" * (1 << 20)
                for _ in range(64):  # 64 MiB of zeros, a few KB compressed
                    f.write(block)
    rep = verify_bundle(p)
    assert not rep.ok and rep.problems and rep.summary()
    if case in ("not-zip", "empty", "no-manifest", "nothing"):
        assert rep.status == "unreadable"
    if case == "traversal":
        assert any("unsafe" in x and "../../evil.txt" in x for x in rep.problems)
        assert any("/etc/passwd" in x for x in rep.problems)
        assert not (tmp_path.parent / "evil.txt").exists()
    if case == "bomb":
        assert any("attachments/a.bin" in x for x in rep.problems)
    res = subprocess.run([sys.executable, "-m", "iia_help", "verify-bundle", str(p)], capture_output=True,
                         text=True, env=subprocess_env(isolated_user_dirs), cwd=REPO, timeout=300)
    assert res.returncode == (2 if rep.status == "unreadable" else 1)
    assert "Traceback" not in res.stderr and res.stdout.strip()


def test_a_manifest_the_checker_would_refuse_is_never_written(journal, tmp_path, monkeypatch):
    import iia_help.export.bundle as bundle

    fill(journal)
    monkeypatch.setattr(bundle, "MAX_MANIFEST", 4096)
    folder = tmp_path / "usb"
    folder.mkdir()
    with pytest.raises(ExportError, match="too large for one bundle"):
        export_bundle(journal, folder / "export.zip")
    assert list(folder.iterdir()) == []


# ------------------------------------------------------------------------------------------------ atomic writes
def test_cancelled_export_leaves_nothing(journal, tmp_path):
    fill(journal)
    folder = tmp_path / "usb"
    folder.mkdir()
    calls = []

    def progress(done, total):
        calls.append(done)
        return len(calls) < 3

    with pytest.raises(ExportCancelled):
        export_bundle(journal, folder / "export.zip", progress=progress)
    assert list(folder.iterdir()) == []
    # Cancelling while the PDF is drawn (late in the export) also leaves nothing.
    calls.clear()
    with pytest.raises(ExportCancelled):
        export_bundle(journal, folder / "export.zip", progress=lambda d, t: d < t * 0.9)
    assert list(folder.iterdir()) == []


@pytest.mark.parametrize("where", ["attachment", "report"])
def test_failure_mid_write_leaves_nothing_and_keeps_old_file(journal, tmp_path, monkeypatch, where):
    fill(journal)
    folder = tmp_path / "usb"
    folder.mkdir()
    old = folder / "export.zip"
    old.write_bytes(b"the previous export")
    if where == "attachment":
        real = journal.iter_attachment

        def broken(aid):
            it = real(aid)
            yield next(it)
            raise OSError(28, "No space left on device")

        monkeypatch.setattr(journal, "iter_attachment", broken)
    else:
        import iia_help.export.report as report

        def boom(*a, **k):
            raise OSError(28, "No space left on device")

        monkeypatch.setattr(report, "render_pdf", boom)
    with pytest.raises(ExportError) as info:
        export_bundle(journal, old, ExportOptions())
    assert "space" in str(info.value)
    assert [p.name for p in folder.iterdir()] == ["export.zip"] and old.read_bytes() == b"the previous export"


def test_export_to_missing_folder_or_over_the_vault_is_refused(journal, tmp_path):
    fill(journal)
    with pytest.raises(ExportError, match="folder"):
        export_bundle(journal, tmp_path / "gone" / "x.zip")
    vault_file = journal.vault.path
    before = vault_file.read_bytes()
    with pytest.raises(ExportError, match="notes file"):
        export_bundle(journal, vault_file)
    with pytest.raises(ExportError, match="notes file"):
        write_report_pdf(journal, vault_file)
    assert vault_file.read_bytes() == before and len(journal.entries()) == len(DESCRIPTIONS)


# ------------------------------------------------------------------------------------------------ selection
def test_selection_date_range_ids_and_leaving_files_out(journal, tmp_path):
    fill(journal)
    all_entries = sorted(journal.entries(), key=lambda e: e.occurred_at)

    out = tmp_path / "range.zip"
    r = export_bundle(journal, out, ExportOptions(date_from=date(2025, 3, 2), date_to=date(2025, 3, 3)))
    m = json.loads(zipfile.ZipFile(out).read("manifest.json"))
    assert r.entries == 2 and [e["id"] for e in m["entries"]] == [e.id for e in all_entries[1:3]]
    assert m["selection"]["mode"] == "date range"

    out = tmp_path / "chosen.zip"
    export_bundle(journal, out, ExportOptions(entry_ids=[all_entries[0].id]))
    m = json.loads(zipfile.ZipFile(out).read("manifest.json"))
    assert [e["id"] for e in m["entries"]] == [all_entries[0].id] and len(m["files"]) == 1

    # Photos left out: the text file stays, images are only listed (with their fingerprints).
    out = tmp_path / "noimages.zip"
    r = export_bundle(journal, out, ExportOptions(include_images=False))
    with zipfile.ZipFile(out) as zf:
        m = json.loads(zf.read("manifest.json"))
        names = zf.namelist()
        text, _ = pdf_text(zf.read("report.pdf"))
    assert [f["original_name"] for f in m["files"]] == ["chat.txt"]
    assert not any(n.endswith((".png", ".jpg")) for n in names)
    assert r.files_left_out == 4
    left = [a for e in m["entries"] for a in e["attachments"] if not a["included"]]
    assert len(left) == 4 and all(a["left_out_reason"] and a["path"] is None for a in left)
    assert "photos and videos were left out" in text and all(squash(a["sha256"]) in squash(text) for a in left)
    assert verify_bundle(out).ok

    # No attached files at all.
    out = tmp_path / "nofiles.zip"
    export_bundle(journal, out, ExportOptions(include_attachments=False))
    with zipfile.ZipFile(out) as zf:
        assert not any(n.startswith("attachments/") for n in zf.namelist())
    assert verify_bundle(out).ok

    with pytest.raises(ExportError, match="start date"):
        export_bundle(journal, tmp_path / "x.zip", ExportOptions(date_from=date(2025, 4, 1), date_to=date(2025, 3, 1)))
    assert not (tmp_path / "x.zip").exists()


def test_renamed_image_is_still_treated_as_a_photo(journal, tmp_path):
    eid = journal.add_entry(Entry(occurred_at=datetime(2025, 1, 1, tzinfo=TZ), description="x"))
    journal.attach(eid, "innocent.dat", image_bytes("PNG"))
    out = tmp_path / "o.zip"
    r = export_bundle(journal, out, ExportOptions(include_images=False))
    assert r.files_left_out == 1 and r.files_included == 0


@pytest.mark.qt_log_ignore("libpng", "Corrupt", "Premature", "QImageIOHandler")
def test_huge_and_corrupt_images_are_listed_not_drawn(journal, tmp_path):
    import zlib

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    def giant_png(side: int) -> bytes:
        """A valid 1-bit PNG of side x side pixels: tiny on disk, huge once decoded."""
        rows = (b"\x00" + b"\x00" * ((side + 7) // 8)) * side
        return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", side, side, 1, 0, 0, 0, 0))
                + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b""))

    eid = journal.add_entry(Entry(occurred_at=datetime(2025, 1, 1, tzinfo=TZ), description="images"))
    journal.attach(eid, "giant.png", giant_png(20000))
    jpg = image_bytes("JPEG", 400, 300)
    journal.attach(eid, "cut.jpg", jpg[: len(jpg) // 3])
    journal.attach(eid, "ok.png", image_bytes("PNG"))
    out = tmp_path / "o.zip"
    export_bundle(journal, out)
    with zipfile.ZipFile(out) as zf:
        text, _ = pdf_text(zf.read("report.pdf"))
    assert "too large to show" in text and "could not be shown" in text
    assert "shown below (the original is 320 × 200 pixels)" in text
    assert verify_bundle(out).ok


def test_standalone_pdf(journal, tmp_path):
    fill(journal)
    out = tmp_path / "report.pdf"
    pages = write_report_pdf(journal, out, ExportOptions(include_images=False))
    text, n = pdf_text(out.read_bytes())
    assert n == pages and n >= 2 + len(DESCRIPTIONS)
    assert "saved on its own" in text
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".pdf"] == ["report.pdf"]


def test_empty_journal_exports_a_clear_report(journal, tmp_path):
    out = tmp_path / "empty.zip"
    r = export_bundle(journal, out)
    assert r.entries == 0 and verify_bundle(out).ok
    text, n = pdf_text(zipfile.ZipFile(out).read("report.pdf"))
    assert n == 1 and "No entries were chosen" in text  # cover and empty timeline share the page


@pytest.mark.parametrize(("name", "expected"), [
    ("../../etc/passwd", "passwd"),
    ("C:\\Users\\x\\shot.png", "shot.png"),
    ("screen shot (1).PNG", "screen_shot_1.PNG"),
    ("gnp\u202e.exe", "gnp.exe"),
    ("..hidden", "hidden"),
    ("صورة.jpg", "صورة.jpg"),
    ("", "file"),
    ("a" * 300 + ".jpeg", "a" * 75 + ".jpeg"),
])
def test_sanitise_name(name, expected):
    assert sanitise_name(name) == expected


def test_long_report_does_not_drain_none_refcount(journal, tmp_path):
    """PySide6 6.12.0 on Python 3.11 dropped a reference to None on each void C++ call; a long report made
    thousands of them and aborted the process ("deallocating None"). pyproject.toml excludes that release."""
    for i in range(40):
        journal.add_entry(Entry(occurred_at=datetime(2025, 1, 1, tzinfo=TZ) + timedelta(days=i), description="x"))
    before = sys.getrefcount(None)
    result = export_bundle(journal, tmp_path / "long.zip")
    assert result.entries == 40 and result.pages >= 4
    assert sys.getrefcount(None) >= before - 50
