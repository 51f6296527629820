"""Sample journals for the report layout tests and the docs/screenshots of the report (no real person's data)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from iia_help.journal import Entry, Journal, Report

TZ = timezone(timedelta(hours=1))

# Identifiers as people write them: the ones issue 18 saw broken ("@j4ke_pay_me_ / now", "+44770090012 / 3"),
# long ones, and ones that only appear inside the message text.
ACCOUNTS = ["@j4ke_pay_me_now", "+447700900123", "sam.k.0192", "@x_private_collector_account_2025_backup",
            "07700 900456", "user-4411-throwaway"]
URLS = ["https://www.instagram.com/j4ke_pay_me_now/",
        "https://example.com/share/a8f3c2d1-77b4-4e21-9c0a-5d6e7f8a9b0c?utm_source=copy&ref=dm",
        "https://t.example.net/p/8842"]
REFERENCES = [("Police (101)", "CAD/2025/0012345"), ("Instagram", "IG-REPORT-88213409"),
              ("A helpline", "HL-77210")]
TEXTS = [
    "He sent a screenshot of my photos and said he will post them to my followers unless I pay £300 by "
    "tonight. He told me to pay to paypal.me/j4kep4y or call +44 7700 900123.",
    "Same account again. Message said: you have 2 hours. Then a link: https://t.example.net/p/8842",
    "A new account (@x_private_collector_account_2025_backup) followed my sister and messaged her.",
    "I reported the account to Instagram; they gave me reference IG-REPORT-88213409 by email "
    "(noreply-support@example.com).",
    "Called the police on 101. The officer gave me the reference CAD/2025/0012345 and said to keep everything.",
]


def fill_sample(journal: Journal, n: int, start: datetime | None = None) -> list[str]:
    """``n`` entries that use every kind of identifier; returns their ids."""
    start = start or datetime(2025, 5, 3, 21, 14, tzinfo=TZ)
    ids = []
    for i in range(n):
        reports = []
        if i % 5 == 3:
            reports.append(Report(*REFERENCES[(i // 5) % len(REFERENCES)], "2025-05-10"))
        ids.append(journal.add_entry(Entry(
            occurred_at=start + timedelta(hours=9 * i + (i % 4)),
            kind=("threat", "message", "demand", "shared", "other")[i % 5],
            platform=("Instagram", "WhatsApp", "Snapchat", "Email")[i % 4],
            account=ACCOUNTS[i % len(ACCOUNTS)],
            urls=[URLS[i % len(URLS)]] if i % 2 == 0 else [],
            description=TEXTS[i % len(TEXTS)] + ("" if i % 3 else " " + "He kept writing the same thing. " * 6),
            reports=reports,
        )))
    return ids
