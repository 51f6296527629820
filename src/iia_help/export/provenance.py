"""Which journal made a bundle, and what was done to it: the Ed25519 signature over ``SHA256SUMS``
(``SHA256SUMS.sig``, ``signing-key.pub.pem``) and the custody log (``custody.json``). Written by the export,
checked by ``verify-bundle``. See docs/export.md, "Signed bundles" and "The custody log".

Hostile input gives sentences, never a traceback: every value is bounded and type-checked before use.
"""

from __future__ import annotations

import json
import re
from typing import Any

from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from iia_help.catalog import ByLanguage, translate
from iia_help.display_text import bytes_text
from iia_help.export.bundle_names import shown
from iia_help.export.json_bounds import MAX_MANIFEST_ITEMS, count_json_items
from iia_help.vault import custody
from iia_help.vault.identity import JOURNAL_ID_HEX, journal_id_of, public_der

CUSTODY, SIG, PUBKEY = "custody.json", "SHA256SUMS.sig", "signing-key.pub.pem"
CUSTODY_FORMAT = "custody log"
MAX_CUSTODY = 16 * 1024 * 1024  # custody.json, read in a bounded way whatever the ZIP declares
MAX_PUBKEY = 4096
MAX_SIG = 1024
SIG_LEN = 64


def normalise_journal_id(text: str) -> str | None:
    """A journal ID as a person may type it (spaces, dashes, capitals) -> the grouped form, or None."""
    s = re.sub(r"[\s:-]+", "", text).lower()
    if not re.fullmatch(f"[0-9a-f]{{{JOURNAL_ID_HEX}}}", s):
        return None
    return " ".join(s[i:i + 4] for i in range(0, JOURNAL_ID_HEX, 4))


# ------------------------------------------------------------------------------------------------ writing
def custody_document(records: list[dict[str, Any]], journal_id: str, entry_ids: set[str]) -> tuple[bytes, dict]:
    """custody.json for an export of ``entry_ids``: every record, those about other entries without details.
    Returns the bytes and the summary the manifest carries (record count, hash of the last record)."""
    out = [custody.redacted(r) if _other_entry(r, entry_ids) else r for r in records]
    last = custody.record_hash(records[-1]) if records else custody.GENESIS
    summary = {"record_count": len(records), "last_record_sha256": last}
    doc = {
        "format": CUSTODY_FORMAT,
        "format_version": 1,
        "journal_id": journal_id,
        "hash_algorithm": "SHA-256",
        **summary,
        "records": out,
    }
    try:
        data = (json.dumps(doc, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate in a file name: \u escapes keep it (and its hash) exact
        data = (json.dumps(doc, ensure_ascii=True, indent=1) + "\n").encode("ascii")
    return data, summary


def _plain(text: str) -> str:
    return text.translate({0x2066: None, 0x2067: None, 0x2068: None, 0x2069: None})  # see verify.plain


def _other_entry(rec: dict[str, Any], entry_ids: set[str]) -> bool:
    entry = rec.get("d", {}).get("entry")
    return isinstance(entry, str) and entry not in entry_ids


# ------------------------------------------------------------------------------------------------ checking
def check_signature(seal: bytes, sig: bytes, pem: bytes, problems: list[str]) -> str | None:
    """Check ``sig`` over the exact bytes of SHA256SUMS with the key in ``pem``. Returns the journal ID of the key
    (also when the signature is wrong, so it can be shown), or None if the key cannot be read."""
    try:
        key = serialization.load_pem_public_key(pem)
    except (ValueError, TypeError, UnsupportedAlgorithm):
        problems.append(translate("verify", "{name} is not a public key the app writes, so the signature cannot be "
                                            "checked.").format(name=shown(PUBKEY)))
        return None
    if not isinstance(key, Ed25519PublicKey):
        problems.append(translate("verify", "{name} is not an Ed25519 key, so it is not one the app "
                                            "writes.").format(name=shown(PUBKEY)))
        return None
    jid = journal_id_of(public_der(key))
    if len(sig) != SIG_LEN:
        size = ByLanguage(lambda lang: _plain(bytes_text(SIG_LEN, lang)))
        problems.append(translate("verify", "{name} is not a signature the app writes (it should be exactly "
                                            "{size}).").format(name=shown(SIG), size=size))
        return jid
    try:
        key.verify(sig, seal)
    except InvalidSignature:
        problems.append(translate("verify", "The signature does not match: SHA256SUMS, its signature or the key was "
                                            "changed after the bundle was made."))
    return jid


def check_custody(data: bytes, doc: dict[str, Any] | None, journal_id: str | None, problems: list[str]) -> int:
    """Check custody.json: its form, its chain, that it is this journal's, and that it agrees with manifest.json
    (``doc``; None when the manifest is already known to be changed). Returns the number of records."""
    if count_json_items(data) > MAX_MANIFEST_ITEMS:  # bounds what parsing it would cost in memory
        problems.append(translate("verify", "{name} holds far more values than a custody log could, so it was not "
                                            "read.").format(name=shown(CUSTODY)))
        return 0
    try:
        log = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        problems.append(translate("verify", "{name} is damaged (it is not readable JSON).").format(name=shown(CUSTODY)))
        return 0
    try:
        return _check_log(log, doc, journal_id, problems)
    except (RecursionError, ValueError, TypeError, UnicodeEncodeError):  # hostile values the hashes cannot take
        problems.append(translate("verify", "{name} holds values a custody log cannot hold.").format(
            name=shown(CUSTODY)))
        return 0


def _check_log(log: Any, doc: dict[str, Any] | None, journal_id: str | None, problems: list[str]) -> int:
    if not isinstance(log, dict) or log.get("format") != CUSTODY_FORMAT or log.get("format_version") != 1:
        problems.append(translate("verify", "{name} is not a custody log the app writes.").format(name=shown(CUSTODY)))
        return 0
    records = log.get("records")
    chain, last = custody.check_chain(records, where=CUSTODY)
    problems.extend(chain)
    if chain:
        return len(records) if isinstance(records, list) else 0
    n = len(records)
    if log.get("last_record_sha256") != last or log.get("record_count") != n:
        problems.append(translate("verify", "{name} does not agree with itself (its count or last hash).").format(
            name=shown(CUSTODY)))
    if n and not isinstance(records[0].get("d"), dict):
        problems.append(translate("verify", "{name} hides the details of its first record, which names the "
                                            "journal.").format(name=shown(CUSTODY)))
    elif n and journal_id is not None:
        first_id = records[0]["d"].get("journal_id")
        if first_id != journal_id or log.get("journal_id") != journal_id:
            problems.append(translate("verify", "{name} belongs to another journal than the key that signed the "
                                                "bundle.").format(name=shown(CUSTODY)))
    if doc is None:
        return n
    summary = doc.get("custody")
    if not isinstance(summary, dict) or summary.get("record_count") != n or summary.get("last_record_sha256") != last:
        problems.append(translate("verify", "manifest.json and {name} do not agree on the history (its length or "
                                            "last record): a record was added, removed or changed.").format(
            name=shown(CUSTODY)))
    if doc.get("journal_id") != journal_id and journal_id is not None:
        problems.append(translate("verify", "manifest.json names another journal than the key that signed the "
                                            "bundle."))
    _check_contents(doc, records, problems)
    return n


def _check_contents(doc: dict[str, Any], records: list[dict[str, Any]], problems: list[str]) -> None:
    """Each exported entry's content hash, rebuilt from manifest.json, must be the one its last change logged."""
    logged: dict[str, str] = {}
    for rec in records:
        d = rec.get("d")
        if isinstance(d, dict) and isinstance(d.get("entry"), str) and isinstance(d.get("content_sha256"), str):
            logged[d["entry"]] = d["content_sha256"]
    for i, e in enumerate(doc.get("entries", []), 1):
        if not isinstance(e, dict) or not isinstance(e.get("fields"), dict):
            continue
        f = e["fields"]
        try:
            content = {"occurred_at": e["occurred_at"], "kind": f["kind"], "platform": f["platform"],
                       "account": f["account"], "urls": f["urls"], "description": f["description"],
                       "reports": f["reports"], "tags": f["tags"], "demand": f.get("demand", "")}
            got = custody.content_sha256(content)
        except (KeyError, TypeError, ValueError):
            problems.append(translate("verify", "entry {entry} in manifest.json is missing fields the history's "
                                                "content hash covers.").format(entry=i))
            continue
        if e.get("content_sha256") != got:
            problems.append(translate("verify", "entry {entry} in manifest.json does not match its own content hash: "
                                                "it was changed.").format(entry=i))
        elif e.get("id") in logged and logged[e["id"]] != got:
            problems.append(translate("verify", "entry {entry} in manifest.json is not what the history says it was "
                                                "when last saved.").format(entry=i))
