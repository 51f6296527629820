"""Hostile evidence bundles (issue 19, sections 1-3): each attack gets the exact refusal, bounded memory, no traceback.

The attacker's usual move is to change a file and rewrite SHA256SUMS to match ("reseal"). That changes the bundle's
fingerprint, which is the one thing the attacker cannot fake: the noted fingerprint must be given to catch it.
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
import struct
import subprocess
import sys
import unicodedata
import warnings
import zipfile
import zlib
from datetime import UTC, datetime
from pathlib import Path

import pytest

from iia_help.export import export_bundle, verify_bundle
from iia_help.export.bundle_names import printable
from iia_help.export.bundle_source import MAX_MEMBERS
from iia_help.export.verify import FORMAT_V1
from iia_help.journal import Entry, Journal
from iia_help.vault import Vault

from conftest import REPO, subprocess_env

Members = list[tuple[str, bytes]]
SIGNER: list = []  # the genuine journal's keys: reseal() re-signs with them (see reseal)


@pytest.fixture(scope="module")
def genuine(tmp_path_factory, qapp) -> tuple[Path, str, Members]:
    """A real bundle from the app: (path, its fingerprint, its members in order)."""
    d = tmp_path_factory.mktemp("genuine")
    vault = Vault.create(d / "notes.db", "correct horse", calibrate=False)
    j = Journal(vault)
    e1 = j.add_entry(Entry(occurred_at=datetime(2025, 3, 1, 21, 5, tzinfo=UTC), description="He said pay"))
    j.add_entry(Entry(occurred_at=datetime(2025, 3, 2, 9, 0, tzinfo=UTC), description="Second message"))
    j.attach(e1, "chat.txt", b"chat log")
    j.attach(e1, "shot.png", b"\x89PNG\r\n\x1a\nnot really a picture")
    result = export_bundle(j, d / "bundle.zip")
    SIGNER[:] = [vault.identity()]
    vault.close()
    with zipfile.ZipFile(result.path) as zf:
        members = [(zi.filename, zf.read(zi)) for zi in zf.infolist()]
    return result.path, result.fingerprint, members


def write_zip(path: Path, members: Members, symlinks: tuple[str, ...] = ()) -> Path:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about duplicate names: that is the attack
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
            for name, data in members:
                zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
                zi.compress_type = zipfile.ZIP_DEFLATED
                zi.create_system = 3
                zi.external_attr = ((stat.S_IFLNK | 0o777) if name in symlinks else (stat.S_IFREG | 0o644)) << 16
                zf.writestr(zi, data)
    return path


def reseal(members: Members) -> Members:
    """What an attacker does after changing files: a new SHA256SUMS that matches them all. It is re-signed with
    the journal's own key (as by someone who knows the passphrase), so these tests isolate what the fingerprint
    and the lists catch; an outsider's signature fails on its own (tests/test_proof.py)."""
    body = [(n, d) for n, d in members if n not in ("SHA256SUMS", "SHA256SUMS.sig")]
    sums = "".join(f"{hashlib.sha256(d).hexdigest()}  {n}\n" for n, d in body).encode()
    signed = any(n == "SHA256SUMS.sig" for n, _ in members)
    return [*body, ("SHA256SUMS", sums), *([("SHA256SUMS.sig", SIGNER[0].sign(sums))] if signed else [])]


def replace(members: Members, name: str, data: bytes) -> Members:
    assert any(n == name for n, _ in members)
    return [(n, data if n == name else d) for n, d in members]


def attachment(members: Members) -> str:
    return next(n for n, _ in members if n.startswith("attachments/") and n.endswith("chat.txt"))


def manifest_of(members: Members) -> bytes:
    return dict(members)["manifest.json"]


def cli(args: list[str], dirs) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "iia_help", "verify-bundle", *args], capture_output=True,
                          text=True, env=subprocess_env(dirs), cwd=REPO, timeout=300)


def has(rep, *words: str) -> bool:
    return any(all(w in p for w in words) for p in rep.problems)


# ------------------------------------------------------------------------------------------------ the genuine one
def test_genuine_bundle_matches_and_its_fingerprint_binds_the_seal(genuine, isolated_user_dirs):
    path, fp, members = genuine
    seal = dict(members)["SHA256SUMS"]
    assert fp == hashlib.sha256(seal).hexdigest()
    listed = {line.split("  ", 1)[1] for line in seal.decode().splitlines()}
    assert listed == {n for n, _ in members} - {"SHA256SUMS", "SHA256SUMS.sig"}  # report.pdf, README.txt too
    rep = verify_bundle(path, fingerprint=fp)
    assert rep.ok and rep.fingerprint == fp and rep.exit_code == 0
    assert "It is the fingerprint you gave." in rep.summary()
    spaced = " ".join(fp[i:i + 4] for i in range(0, 64, 4)).upper()
    res = cli([str(path), "--fingerprint", spaced], isolated_user_dirs)
    assert res.returncode == 0 and fp in res.stdout and "fingerprint you gave" in res.stdout, res.stdout
    readme = dict(members)["README.txt"].decode()
    assert "iia-help" not in readme.lower() and "sha256sum SHA256SUMS" in readme
    assert b"iia-help" not in manifest_of(members)
    # A malformed fingerprint is a sentence and exit 2, not a silent pass.
    res = cli([str(path), "--fingerprint", "1234"], isolated_user_dirs)
    assert res.returncode == 2 and "64 characters" in res.stdout


# ------------------------------------------------------------------------------------------------ section 1
def test_report_stub_with_resealed_sums_changes_the_fingerprint(genuine, tmp_path, isolated_user_dirs):
    path, fp, members = genuine
    manifest_sha = hashlib.sha256(manifest_of(members)).hexdigest()
    stub = b"%PDF-1.4\n% made with this manifest: " + manifest_sha.encode() + b"\n%%EOF\n"
    stub = stub.ljust(200, b" ")
    bad = write_zip(tmp_path / "stub.zip", reseal(replace(members, "report.pdf", stub)))
    rep = verify_bundle(bad)
    assert rep.fingerprint != fp  # the fingerprint shown is not the noted one
    assert "everything matches" in rep.summary() and rep.fingerprint in rep.summary()
    assert "exactly as they were" not in rep.summary()  # no claim the checker cannot make alone
    rep = verify_bundle(bad, fingerprint=fp)
    assert rep.status == "mismatch" and has(rep, "not the one you gave", "changed, added or removed")
    res = cli([str(bad), "--fingerprint", fp], isolated_user_dirs)
    assert res.returncode == 1 and "DOES NOT MATCH" in res.stdout and "Traceback" not in res.stderr


def test_report_edited_without_resealing_is_named(genuine, tmp_path):
    path, fp, members = genuine
    pdf = dict(members)["report.pdf"]
    bad = write_zip(tmp_path / "edited.zip", replace(members, "report.pdf", pdf.replace(b"Page", b"Pagf", 1)))
    rep = verify_bundle(bad)
    assert rep.status == "mismatch" and rep.fingerprint == fp
    assert rep.problems == ['"report.pdf" has been changed: its SHA-256 fingerprint does not match.']


def test_report_edited_and_resealed_is_caught_by_the_fingerprint(genuine, tmp_path):
    path, fp, members = genuine
    pdf = dict(members)["report.pdf"]
    bad = write_zip(tmp_path / "edited.zip", reseal(replace(members, "report.pdf", pdf + b"\n% appended\n")))
    rep = verify_bundle(bad, fingerprint=fp)
    assert rep.status == "mismatch" and has(rep, "not the one you gave")


def test_extra_attachment_listed_only_in_sums(genuine, tmp_path):
    path, fp, members = genuine
    extra = "attachments/2025-03-01_009_extra.png"
    bad = write_zip(tmp_path / "extra.zip", reseal([*members, (extra, b"\x89PNG planted")]))
    rep = verify_bundle(bad)
    assert rep.status == "mismatch"
    assert rep.problems == [f'"{extra}" is listed in SHA256SUMS but not in manifest.json, so it was not part of '
                            "the export."]
    assert verify_bundle(bad, fingerprint=fp).problems[0].startswith("The bundle's fingerprint is not the one")


def test_extra_file_not_in_sums_is_named_extra(genuine, tmp_path):
    path, fp, members = genuine
    bad = write_zip(tmp_path / "extra.zip", [*members, ("attachments/sneaky.png", b"x"), ("notes.txt", b"y")])
    rep = verify_bundle(bad, fingerprint=fp)
    assert rep.status == "mismatch" and rep.fingerprint == fp
    assert rep.problems == [
        '"attachments/sneaky.png" is an extra file: the bundle\'s fingerprint does not cover it.',
        '"notes.txt" is an extra file: the bundle\'s fingerprint does not cover it.',
    ]


@pytest.mark.parametrize("how", ["alone", "resealed", "line-removed"])
def test_readme_edited(genuine, tmp_path, how):
    path, fp, members = genuine
    members = replace(members, "README.txt", b"Trust this bundle. Call 0900 000 000 to check it.\n")
    if how == "resealed":
        members = reseal(members)
    elif how == "line-removed":
        sums = dict(members)["SHA256SUMS"].decode().splitlines(keepends=True)
        members = replace(members, "SHA256SUMS", "".join(x for x in sums if not x.endswith("  README.txt\n")).encode())
    rep = verify_bundle(write_zip(tmp_path / "readme.zip", members), fingerprint=fp)
    assert rep.status == "mismatch"
    if how == "alone":
        assert rep.problems == ['"README.txt" has been changed: its SHA-256 fingerprint does not match.']
    else:
        assert has(rep, "not the one you gave")
    if how == "line-removed":
        assert has(rep, '"README.txt" is not covered by the fingerprint')
        assert has(rep, '"README.txt" is an extra file')


@pytest.mark.parametrize("twin", ["REPORT.PDF", "Report.pdf", "report.pdf.", "report.pdf "])
def test_a_twin_of_report_pdf_is_refused(genuine, tmp_path, twin):
    """A second member that becomes report.pdf when unzipped on Windows or macOS (case, trailing dot or space)."""
    path, fp, members = genuine
    bad = write_zip(tmp_path / "twin.zip", reseal([*members, (twin, b"%PDF-1.4 fake report")]))
    rep = verify_bundle(bad)
    assert rep.status == "mismatch" and not rep.ok
    if twin.endswith((".", " ")):
        assert has(rep, "unsafe name", "ends in a dot or a space", f'"{twin}"')
    else:
        assert has(rep, "would be the same file", '"report.pdf"', f'"{twin}"')
        assert "report.pdf" not in rep.matched  # neither of the two was trusted
    assert not verify_bundle(bad, fingerprint=fp).ok


def test_duplicate_member_name_is_refused(genuine, tmp_path):
    path, fp, members = genuine
    bad = write_zip(tmp_path / "dup.zip", [*members, ("report.pdf", b"%PDF-1.4 second copy")])
    rep = verify_bundle(bad, fingerprint=fp)
    assert rep.status == "mismatch"
    assert has(rep, '"report.pdf" appears 2 times') and "report.pdf" not in rep.matched


@pytest.mark.parametrize(("a", "b"), [
    ("attachments/caf\u00e9.txt", "attachments/cafe\u0301.txt"),  # NFC and NFD
    ("attachments/\ufb01le.txt", "attachments/file.txt"),  # NFKC: the "fi" ligature
    ("attachments/STRASSE.txt", "attachments/stra\u00dfe.txt"),  # case folding beyond ASCII
])
def test_names_that_clash_under_normalisation_are_refused(genuine, tmp_path, a, b):
    path, fp, members = genuine
    rep = verify_bundle(write_zip(tmp_path / "clash.zip", reseal([*members, (a, b"one"), (b, b"two")])))
    assert rep.status == "mismatch" and has(rep, "would be the same file")


@pytest.mark.parametrize(("name", "why"), [
    ("/etc/passwd", "absolute path"),
    ("../../evil.txt", "climbs out"),
    ("attachments/../report.pdf", "climbs out"),
    ("attachments\\evil.txt", "backslash"),
    ("C:evil.txt", "colon"),
    ("attachments//x.txt", "empty part"),
    ("attachments/NUL.txt", "reserved on Windows"),
    ("attachments/a\u202egnp.exe", "direction-changing"),
    ("attachments/a\nb.txt", "control"),
    ("a/" * 40 + "deep.txt", "far too many folders"),
])
def test_unsafe_names_are_refused_and_never_opened(genuine, tmp_path, name, why):
    path, fp, members = genuine
    rep = verify_bundle(write_zip(tmp_path / "unsafe.zip", [*members, (name, b"x")]), fingerprint=fp)
    assert rep.status == "mismatch" and has(rep, "unsafe name", why)
    assert not (tmp_path.parent / "evil.txt").exists()


def test_a_symlink_member_is_not_followed(genuine, tmp_path):
    path, fp, members = genuine
    rep = verify_bundle(write_zip(tmp_path / "link.zip", [*members, ("attachments/link", b"/etc/passwd")],
                                  symlinks=("attachments/link",)))
    assert rep.status == "mismatch" and has(rep, "link to another file", '"attachments/link"')


def test_manifest_edited_without_resealing(genuine, tmp_path):
    path, fp, members = genuine
    m = manifest_of(members).replace(b"He said pay", b"He said hi!", 1)
    rep = verify_bundle(write_zip(tmp_path / "m.zip", replace(members, "manifest.json", m)))
    assert rep.problems == ['"manifest.json" has been changed: its SHA-256 fingerprint does not match.']


@pytest.mark.parametrize("form", ["crlf", "binary-star", "upper-case", "no-final-newline", "comment"])
def test_sums_not_in_the_exact_form_is_refused(genuine, tmp_path, form):
    path, fp, members = genuine
    text = dict(members)["SHA256SUMS"].decode()
    text = {"crlf": text.replace("\n", "\r\n"), "binary-star": text.replace("  ", " *", 1),
            "upper-case": text[:64].upper() + text[64:], "no-final-newline": text[:-1],
            "comment": "# made by the app\n" + text}[form]
    rep = verify_bundle(write_zip(tmp_path / "s.zip", replace(members, "SHA256SUMS", text.encode())))
    assert rep.status == "mismatch" and has(rep, "SHA256SUMS", "form the app writes")


def test_unzipped_folder_checks_the_same_and_refuses_fifos_and_links(genuine, tmp_path):
    path, fp, members = genuine
    folder = tmp_path / "unzipped"
    with zipfile.ZipFile(path) as zf:
        zf.extractall(folder)
    assert verify_bundle(folder, fingerprint=fp).ok
    os.mkfifo(folder / "attachments" / "pipe")
    (folder / "link.pdf").symlink_to(folder / "report.pdf")
    rep = verify_bundle(folder, fingerprint=fp)  # must not block on the pipe
    assert has(rep, "not a file", '"attachments/pipe"') and has(rep, "link to another file", '"link.pdf"')


# ------------------------------------------------------------------------------------------------ older format
def old_format(members: Members) -> Members:
    """The same bundle as the previous version of the app wrote it (format 1)."""
    m = json.loads(manifest_of(members))
    m["format"], m["format_version"] = FORMAT_V1, 1
    kept = [(n, d) for n, d in members if n not in ("custody.json", "signing-key.pub.pem", "SHA256SUMS.sig")]
    return reseal(replace(kept, "manifest.json", json.dumps(m, indent=2).encode()))


def test_older_format_is_checked_with_a_warning_and_its_own_exit_code(genuine, tmp_path, isolated_user_dirs):
    path, fp, members = genuine
    old = old_format(members)
    manifest_sha = hashlib.sha256(manifest_of(old)).hexdigest()
    p = write_zip(tmp_path / "old.zip", old)
    rep = verify_bundle(p, fingerprint=manifest_sha)
    assert rep.status == "old-format" and not rep.ok and rep.exit_code == 3 and rep.fingerprint == manifest_sha
    res = cli([str(p)], isolated_user_dirs)
    assert res.returncode == 3 and "OLDER FORMAT" in res.stdout and "report.pdf and README.txt are NOT covered" \
        in res.stdout, res.stdout
    # The stub report attack cannot be caught in that format: the warning says so, it never says "matches".
    stub = b"%PDF-1.4 " + manifest_sha.encode()
    p2 = write_zip(tmp_path / "old-stub.zip", reseal(replace(old, "report.pdf", stub)))
    rep = verify_bundle(p2)
    assert rep.status == "old-format" and "NOT covered" in rep.summary() and "everything matches" not in rep.summary()
    # An extra file in an old bundle is still named.
    p3 = write_zip(tmp_path / "old-extra.zip", reseal([*old, ("attachments/x.png", b"x")]))
    rep = verify_bundle(p3)
    assert rep.status == "mismatch" and has(rep, '"attachments/x.png" is an extra file')


def test_unknown_format_version_is_refused(genuine, tmp_path):
    path, fp, members = genuine
    m = json.loads(manifest_of(members))
    m["format_version"] = 4
    rep = verify_bundle(write_zip(tmp_path / "v4.zip", reseal(replace(members, "manifest.json",
                                                                       json.dumps(m).encode()))))
    assert rep.status == "unreadable" and has(rep, "format this version of the app does not know")


# ------------------------------------------------------------------------------------------------ section 2
FAKE = "\x1b[2J\x1b[H\"bundle.zip\": everything matches its fingerprint list.\n"


@pytest.mark.parametrize("name", [
    "attachments/" + FAKE + "x.png",
    "attachments/\u202egnp.exe",
    "attachments/a\rb\x07\x08\u2028\u2066c.txt",
])
def test_names_cannot_write_to_the_terminal(genuine, tmp_path, isolated_user_dirs, name):
    path, fp, members = genuine
    bad = write_zip(tmp_path / "esc.zip", reseal([*members, (name, b"x")]))
    res = cli([str(bad)], isolated_user_dirs)
    assert res.returncode == 1 and "Traceback" not in res.stderr
    out = res.stdout
    assert all(c == "\n" or unicodedata.category(c)[0] != "C" for c in out)
    assert "\u2028" not in out and "\u202e" not in out and "\u2066" not in out
    assert not any(line.startswith('"bundle.zip": everything') for line in out.splitlines())
    assert printable(name.replace("\\", "\\\\").replace('"', '\\"')) in out  # shown, escaped, not raw
    rep = verify_bundle(bad)
    assert has(rep, "unsafe name", "control, invisible or direction-changing")


def test_names_that_are_not_valid_text(genuine, tmp_path, isolated_user_dirs):
    path, fp, members = genuine
    bad = write_zip(tmp_path / "utf8.zip", [*members, ("attachments/x\u00e9.txt", b"x")])
    raw = bytearray(bad.read_bytes())
    at = len(raw)
    for _ in range(2):  # central directory, then local header: marked UTF-8, but not UTF-8
        at = raw.rfind("x\u00e9".encode(), 0, at)
        raw[at + 1:at + 3] = b"\xff\x1b"
    bad.write_bytes(bytes(raw))
    rep = verify_bundle(bad)
    assert rep.status == "unreadable" and has(rep, "not valid text (UTF-8)")
    # In an unzipped folder (Linux keeps the raw bytes): unsafe, and shown escaped.
    folder = tmp_path / "folder"
    with zipfile.ZipFile(path) as zf:
        zf.extractall(folder)
    (folder / os.fsdecode(b"bad\xff\x1b[2Jname")).write_bytes(b"x")
    res = cli([str(folder)], isolated_user_dirs)
    assert res.returncode == 1 and "\x1b" not in res.stdout and '"bad\\udcff\\x1b[2Jname"' in res.stdout, res.stdout


def test_path_and_manifest_text_are_escaped_too(genuine, tmp_path, isolated_user_dirs):
    path, fp, members = genuine
    m = json.loads(manifest_of(members))
    m["made_at"] = "\x1b]0;owned\x07 today"
    weird = tmp_path / "bundle\x1b[31m.zip"
    write_zip(weird, reseal(replace(members, "manifest.json", json.dumps(m).encode())))
    res = cli([str(weird)], isolated_user_dirs)
    assert res.returncode == 0 and "\x1b" not in res.stdout and "\x07" not in res.stdout
    assert "bundle\\x1b[31m.zip" in res.stdout


# ------------------------------------------------------------------------------------------------ section 3
def manifest_zip(path: Path, manifest: bytes | str) -> Path:
    data = manifest.encode() if isinstance(manifest, str) else manifest
    return write_zip(path, [("manifest.json", data), ("report.pdf", b"%PDF"), ("README.txt", b"r")])


def valid_manifest() -> dict:
    return {"format": "evidence bundle", "format_version": 2, "made_at": None, "entries": [
        {"id": "e1", "attachments": [{"id": "a", "name": "x", "included": True, "path": "attachments/x",
                                      "sha256": "0" * 64, "size": 1}]}],
        "files": [{"path": "attachments/x", "sha256": "0" * 64, "size": 1}]}


def _set(doc, where, value):
    *keys, last = where
    for k in keys:
        doc = doc[k]
    doc[last] = value


@pytest.mark.parametrize(("where", "value", "says"), [
    (("entries", 0, "attachments"), 5, '"attachments" should be a list'),
    (("entries", 0, "attachments", 0, "path"), ["a", "b"], '"path" should be text or empty'),
    (("entries", 0, "attachments", 0, "size"), True, '"size" should be a number'),
    (("entries", 0, "attachments", 0, "included"), "yes", '"included" should be yes or no'),
    (("entries", 0, "attachments", 0), 5, "attached file 1 should be a group of fields"),
    (("entries", 0, "id"), None, '"id" should be text'),
    (("entries",), {"a": 1}, '"entries" should be a list'),
    (("files",), "x", '"files" should be a list'),
    (("files", 0, "size"), "1", '"size" should be a whole number'),
    (("files", 0, "size"), -1, "should not be negative"),
    (("files", 0, "sha256"), 5, "SHA-256 fingerprint"),
    (("files", 0, "path"), "../x", "the path is not safe"),
    (("files", 0, "path"), "report.pdf", "should be in attachments/"),
    (("made_at",), 5, '"made_at" should be text or empty'),
])
def test_wrong_types_in_the_manifest_give_a_sentence(tmp_path, isolated_user_dirs, where, value, says):
    doc = valid_manifest()
    _set(doc, where, value)
    p = manifest_zip(tmp_path / "types.zip", json.dumps(doc))
    rep = verify_bundle(p)
    assert rep.status == "unreadable" and has(rep, "manifest.json is not in the expected form", says), rep.problems
    res = cli([str(p)], isolated_user_dirs)
    assert res.returncode == 2 and "Traceback" not in res.stderr and "expected form" in res.stdout


@pytest.mark.parametrize(("manifest", "says"), [
    ("[" * 100_000 + "]" * 100_000, "nested far too deeply"),
    ("[" + "0," * 600_000 + "0]", "far more values"),
    ('["not a manifest"]', "not the manifest of an evidence bundle"),
    (b"\xff\xfe{}", "not readable JSON"),
    ('{"format": "evidence bundle", "format_version": "2"}', "format this version of the app does not know"),
])
def test_odd_manifests_give_a_sentence(tmp_path, manifest, says):
    rep = verify_bundle(manifest_zip(tmp_path / "m.zip", manifest))
    assert rep.status == "unreadable" and has(rep, says), rep.problems


@pytest.mark.parametrize("what", ["dev-zero", "directory", "missing", "fifo"])
def test_special_paths_give_a_sentence_and_exit_2(tmp_path, isolated_user_dirs, what):
    p = {"dev-zero": Path("/dev/zero"), "directory": tmp_path / "empty", "missing": tmp_path / "gone.zip",
         "fifo": tmp_path / "pipe.zip"}[what]
    if what == "directory":
        p.mkdir()
    if what == "fifo":
        os.mkfifo(p)
    if what == "dev-zero" and not p.exists():
        pytest.skip("no /dev/zero on this system")
    res = cli([str(p)], isolated_user_dirs)  # a FIFO must not block: the child would never answer
    assert res.returncode == 2 and "Traceback" not in res.stderr
    expected = {"dev-zero": "It is not a file", "directory": "There is no usable manifest.json",
                "missing": "There is no file or folder there", "fifo": "It is not a file"}[what]
    assert expected in res.stdout, res.stdout


CHILD = """
import json, resource, sys
from iia_help.export.verify import verify_bundle
with open("/proc/self/status") as f:
    vm = next(int(l.split()[1]) * 1024 for l in f if l.startswith("VmSize:"))
limit = vm + int(sys.argv[2]) * 1024 * 1024
resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
try:
    rep = verify_bundle(sys.argv[1])
    print(json.dumps({"status": rep.status, "problems": rep.problems}))
except MemoryError:
    print(json.dumps({"status": "MemoryError", "problems": []}))
"""


def bounded(path: Path, dirs, headroom_mib: int = 160) -> dict:
    """verify_bundle in a child whose address space may grow by only ``headroom_mib`` beyond its start."""
    if not Path("/proc/self/status").exists():
        pytest.skip("needs Linux /proc to measure the starting address space")
    res = subprocess.run([sys.executable, "-c", CHILD, str(path), str(headroom_mib)], capture_output=True,
                         text=True, env=subprocess_env(dirs), cwd=REPO, timeout=300)
    assert res.returncode == 0 and "Traceback" not in res.stderr, res.stderr[-2000:]
    return json.loads(res.stdout)


def test_manifest_bomb_is_refused_in_bounded_memory(tmp_path, isolated_user_dirs):
    """A small ZIP whose manifest.json unpacks to 255 MiB (the issue's case took 5.9 GB)."""
    p = tmp_path / "bomb.zip"
    with zipfile.ZipFile(p, "w", zipfile.ZIP_DEFLATED) as zf, zf.open("manifest.json", "w", force_zip64=True) as f:
        f.write(b'{"format": "evidence bundle", "x": "')
        block = b" " * (1 << 20)
        for _ in range(255):
            f.write(block)
    assert p.stat().st_size < 2 * 1024 * 1024
    out = bounded(p, isolated_user_dirs)
    assert out["status"] == "unreadable" and any("manifest.json is far larger" in x for x in out["problems"])


def test_many_values_parse_in_bounded_memory_and_commas_in_text_do_not_count(genuine, tmp_path, isolated_user_dirs):
    # Just under the value limit, in the costliest shape (a small dict per value): parsed within +160 MiB.
    head = b'{"format": "evidence bundle", "format_version": 2, "x": ['
    many = manifest_zip(tmp_path / "many.zip", head + b",".join([b'{"a":1.5}'] * 240_000) + b"]}")
    out = bounded(many, isolated_user_dirs)
    assert out["status"] == "unreadable" and any('"files" should be a list' in x for x in out["problems"])
    # A long pasted message full of commas is text, not values: such a bundle is still checked.
    path, fp, members = genuine
    m = json.loads(manifest_of(members))
    m["prepared_by"]["contact"] = "pay, or else, " * 300_000  # not a field the custody log's hashes cover
    rep = verify_bundle(write_zip(tmp_path / "commas.zip", reseal(replace(members, "manifest.json",
                                                                          json.dumps(m).encode()))))
    assert rep.ok, rep.problems


def test_counting_values_never_backtracks(tmp_path, isolated_user_dirs):
    """An unterminated string of 4 million escaped quotes: a backtracking string pattern took hours on this; the
    child's generous timeout in ``bounded`` is only a guard against a hang."""
    p = manifest_zip(tmp_path / "quotes.zip", b'{"format": "evidence bundle", "x": "' + b'\\"' * 4_000_000)
    out = bounded(p, isolated_user_dirs)
    assert out["status"] == "unreadable" and any("not readable JSON" in x for x in out["problems"])


def test_manifest_with_a_lying_declared_size_is_not_trusted(tmp_path):
    """The ZIP says manifest.json holds 30 bytes; it holds 40 MiB: reading stops, a sentence follows."""
    p = tmp_path / "liar.zip"
    big = b'{"format": "evidence bundle"}' + b" " * (40 << 20)
    with zipfile.ZipFile(p, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("manifest.json", big)
    raw = bytearray(p.read_bytes())
    with zipfile.ZipFile(p) as zf:
        zi = zf.getinfo("manifest.json")
    struct.pack_into("<I", raw, zi.header_offset + 22, 30)  # local header: uncompressed size
    cd = raw.rfind(b"PK\x01\x02")
    struct.pack_into("<I", raw, cd + 24, 30)  # central directory: uncompressed size
    p.write_bytes(bytes(raw))
    rep = verify_bundle(p)
    assert rep.status == "unreadable" and has(rep, "manifest.json is damaged inside the bundle")


def huge_directory_zip(path: Path, members: int, declared: int) -> Path:
    """A ZIP whose central directory holds ``members`` records (tiny names, no data) and whose end record says
    ``declared``: built by hand, in seconds."""
    rec = struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, 0, 0, 0, 0, 0, 0, 7, 0, 0, 0, 0, 0, 0)
    names = (f"f{i:06d}".encode() for i in range(members))
    with open(path, "wb") as f:
        size = 0
        batch = []
        for n in names:
            batch.append(rec + n)
            if len(batch) == 50_000:
                size += f.write(b"".join(batch))
                batch.clear()
        size += f.write(b"".join(batch))
        f.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, min(declared, 0xFFFF), min(declared, 0xFFFF),
                            size, 0, 0))
    return path


@pytest.mark.parametrize("declared", ["honest", "lying"])
def test_a_million_members_are_refused_before_they_are_loaded(tmp_path, isolated_user_dirs, declared):
    p = huge_directory_zip(tmp_path / "million.zip", 1_000_000, 1_000_000 if declared == "honest" else 10)
    out = bounded(p, isolated_user_dirs, headroom_mib=160)
    assert out["status"] == "unreadable", out
    assert any("far too many to be an evidence bundle" in x and f"{MAX_MEMBERS:,}" in x for x in out["problems"])


def test_zip64_count_is_read_before_loading(tmp_path):
    """A ZIP64 end record announcing 2**40 members is refused from the count alone."""
    p = tmp_path / "z64.zip"
    z64 = struct.pack("<IQHHIIQQQQ", 0x06064B50, 44, 45, 45, 0, 0, 2**40, 2**40, 0, 0)
    loc = struct.pack("<IIQI", 0x07064B50, 0, 0, 1)
    eocd = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, 0xFFFF, 0xFFFF, 0xFFFFFFFF, 0xFFFFFFFF, 0)
    p.write_bytes(z64 + loc + eocd)
    rep = verify_bundle(p)
    assert rep.status == "unreadable" and has(rep, f"{2**40:,} files, far too many")


# ------------------------------------------------------------------------------------------------ issue 27 item 1
# ZIP ambiguity: zipfile reads the central directory from the end; streaming unzippers (Java's ZipInputStream,
# `jar x`) read local headers from the front. Bytes that are not one of the listed files can show the second kind
# a different report.pdf. The local entries must tile the file from offset 0 to the directory, end record last.
def deflated(data: bytes) -> bytes:
    c = zlib.compressobj(6, zlib.DEFLATED, -15)
    return c.compress(data) + c.flush()


def local_entry(name: str, data: bytes, body: bytes | None = None) -> bytes:
    """One local header and its deflated data (``body`` replaces the data, keeping the header's sizes)."""
    raw = deflated(data) if body is None else body
    n = name.encode()
    return struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0x800, 8, 0, 0x21, zlib.crc32(data), len(raw), len(data),
                       len(n), 0) + n + raw


def craft_zip(members: Members, *, before: bytes = b"", before_cd: bytes = b"", comment: bytes = b"",
              after: bytes = b"", bodies: dict[str, bytes] | None = None) -> bytes:
    """A ZIP written by hand, so that bytes can be put where zipfile never would. Offsets in the directory are
    those of the members as written after ``before`` (as a real attacker's tool would make them)."""
    out, cd = bytearray(before), bytearray()
    for name, data in members:
        offset = len(out)
        entry = local_entry(name, data, (bodies or {}).get(name))
        out += entry
        n = name.encode()
        csize = len(entry) - 30 - len(n)
        cd += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0x800, 8, 0, 0x21, zlib.crc32(data), csize,
                          len(data), len(n), 0, 0, 0, 0, 0o644 << 16, offset) + n
    out += before_cd
    cd_at = len(out)
    out += cd
    out += struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(members), len(members), len(cd), cd_at, len(comment))
    return bytes(out + comment + after)


def streamed(data: bytes) -> list[bytes]:
    """The report.pdf files a streaming unzipper meets, reading local headers front to back."""
    out, pos = [], 0
    while data[pos:pos + 4] == b"PK\x03\x04":
        _, _, flags, method, _, _, _, csize, _, nlen, elen = struct.unpack_from("<IHHHHHIIIHH", data, pos)
        name = data[pos + 30:pos + 30 + nlen].decode()
        body = data[pos + 30 + nlen + elen:pos + 30 + nlen + elen + csize]
        if name == "report.pdf":
            out.append(zlib.decompress(body, -15) if method == 8 else body)
        pos += 30 + nlen + elen + csize
    return out


FORGED = b"%PDF-1.4\n% a forged report: it says something else\n%%EOF\n"
NOT_TILED = ("Other ZIP programs could show different files from those bytes (a second report.pdf, say), so the "
             "bundle was not checked.")


def refused_as_untiled(path: Path, fp: str, where: str, dirs) -> None:
    rep = verify_bundle(path, fingerprint=fp)
    assert rep.status == "unreadable" and rep.exit_code == 2, rep.summary()
    assert rep.problems[0] == f"The ZIP holds bytes that are not one of the files in its list ({where}). {NOT_TILED}"
    res = cli([str(path), "--fingerprint", fp], dirs)
    assert res.returncode == 2 and "Traceback" not in res.stderr and where in res.stdout, res.stdout


def test_a_hand_made_zip_of_the_genuine_files_still_matches(genuine, tmp_path):
    """The control case: the same files tiled by another tool check as genuine (so the refusals below are about
    the hidden bytes, not about who wrote the ZIP)."""
    path, fp, members = genuine
    p = tmp_path / "again.zip"
    p.write_bytes(craft_zip(members))
    rep = verify_bundle(p, fingerprint=fp)
    assert rep.ok, rep.problems


def test_a_hidden_second_report_before_the_directory_is_refused(genuine, tmp_path, isolated_user_dirs):
    path, fp, members = genuine
    p = tmp_path / "hidden.zip"
    p.write_bytes(craft_zip(members, before_cd=local_entry("report.pdf", FORGED)))
    assert FORGED in streamed(p.read_bytes())  # what `jar x` would unpack
    with zipfile.ZipFile(p) as zf:
        assert zf.read("report.pdf") == dict(members)["report.pdf"]  # what the directory shows
    refused_as_untiled(p, fp, "between its last file and its list of files", isolated_user_dirs)


def test_a_whole_other_zip_in_front_is_refused(genuine, tmp_path, isolated_user_dirs):
    path, fp, members = genuine
    p = tmp_path / "front.zip"
    p.write_bytes(craft_zip([("report.pdf", FORGED)]) + path.read_bytes())
    assert FORGED in streamed(p.read_bytes())
    with zipfile.ZipFile(p) as zf:  # zipfile finds the genuine directory at the end and reads the genuine files
        assert zf.read("report.pdf") == dict(members)["report.pdf"]
    refused_as_untiled(p, fp, "before its first file: another ZIP or other data in front", isolated_user_dirs)
    # The same with the genuine directory's offsets moved to match (no "concatenation" for zipfile to notice).
    p.write_bytes(craft_zip(members, before=local_entry("report.pdf", FORGED)))
    assert FORGED in streamed(p.read_bytes())
    refused_as_untiled(p, fp, "before its first file", isolated_user_dirs)


@pytest.mark.parametrize(("how", "where"), [
    ("comment", "after its end: a comment or extra bytes"),
    ("after", "after its end: a comment or extra bytes"),
    ("gap", "between two of its files"),
])
def test_bytes_outside_the_listed_files_are_refused(genuine, tmp_path, isolated_user_dirs, how, where):
    path, fp, members = genuine
    p = tmp_path / f"{how}.zip"
    if how == "gap":  # a second report.pdf between two genuine files
        genuine_zip = craft_zip(members)
        first = len(local_entry(members[0][0], members[0][1]))
        hidden = local_entry("report.pdf", FORGED)
        data = bytearray(genuine_zip[:first] + hidden + genuine_zip[first:])
        cd = data.find(b"PK\x01\x02")
        pos = cd
        while data[pos:pos + 4] == b"PK\x01\x02":
            off = struct.unpack_from("<I", data, pos + 42)[0]
            if off >= first:
                struct.pack_into("<I", data, pos + 42, off + len(hidden))
            nlen, elen, clen = struct.unpack_from("<HHH", data, pos + 28)
            pos += 46 + nlen + elen + clen
        struct.pack_into("<I", data, len(data) - 6, cd)
        assert FORGED in streamed(bytes(data))
        p.write_bytes(bytes(data))
    else:
        p.write_bytes(craft_zip(members, comment=b"x" * 40 if how == "comment" else b"",
                                after=b"PK\x03\x04" + b"\0" * 60 if how == "after" else b""))
    refused_as_untiled(p, fp, where, isolated_user_dirs)


def test_a_file_hidden_after_a_deflate_stream_is_named(genuine, tmp_path):
    """A member whose compressed data ends early, with a local header for another report.pdf after the end of the
    deflate stream but inside the member's size: zipfile stops at the stream's end and never sees it."""
    path, fp, members = genuine
    data = dict(members)["README.txt"]
    p = tmp_path / "tail.zip"
    p.write_bytes(craft_zip(members, bodies={"README.txt": deflated(data) + local_entry("report.pdf", FORGED)}))
    with zipfile.ZipFile(p) as zf:
        assert zf.read("README.txt") == data  # the hidden bytes are invisible to zipfile
    rep = verify_bundle(p, fingerprint=fp)
    assert rep.status == "mismatch" and rep.exit_code == 1
    assert rep.problems == ['"README.txt" is damaged inside the bundle and cannot be read (bytes are hidden after '
                            'the end of its compressed data).']


def test_a_local_header_naming_another_file_is_refused(genuine, tmp_path, isolated_user_dirs):
    """The directory says README.txt; the local header (what a streaming unzipper reads) says report.pdf."""
    path, fp, members = genuine
    raw = bytearray(craft_zip(members))
    at = raw.find(b"README.txt")  # the local header's name comes before the directory's
    raw[at:at + len("README.txt")] = b"report.pdf"  # same length
    p = tmp_path / "renamed.zip"
    p.write_bytes(bytes(raw))
    refused_as_untiled(p, fp, "a file's own header does not match its line in the list of files", isolated_user_dirs)
