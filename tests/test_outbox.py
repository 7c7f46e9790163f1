"""The outbox sender's own rules, on the real database with the file transport."""

from __future__ import annotations

import asyncio
from datetime import datetime

from mailbot.jobs import send_due
from mailbot.models import Decision, OutgoingMail
from mailbot.store import Lookup

NOW = datetime.fromisoformat("2025-05-05T10:00:00+02:00")


def mail(key: str, to: str) -> OutgoingMail:
    return OutgoingMail(dedupe_key=key, kind="reminder", recipient=to, message_id=f"<{key}@bot.example>",
                        raw=b"Subject: x\r\n\r\nbody\r\n")


def test_no_mail_to_an_address_that_bounced(worker, tmp_path):
    """Once a bounce marked an address undeliverable, queued mail to it is given up, not sent again."""
    ctx = worker()
    ctx.store.record_imported(b"Message-ID: <b1@x>\r\n\r\nbounce\r\n", "<b1@x>", NOW)
    row = ctx.store.claim_inbound(NOW)
    bounce = Decision(kind="Bounce", reason="delivery failure", inbound_status="ignored",
                      undeliverable="gone@example.org")
    ctx.store.decide_and_apply(row.id, Lookup("mailer-daemon@example.org"), NOW, lambda state: (bounce, []))
    ctx.store.enqueue([mail("r1", "Gone@example.org"), mail("r2", "here@example.org")], NOW)

    report = asyncio.run(send_due(ctx, NOW))

    assert (report.sent, report.failed) == (1, 1)
    assert [p.name for p in (tmp_path / "outbox").glob("*.eml")] == [
        p.name for p in (tmp_path / "outbox").glob("*here@example.org*")]
    assert ctx.store.outbox_counts() == {"sent": 1, "failed": 1}
