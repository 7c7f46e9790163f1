"""Personal data is deleted when the retention period after the event ends, and not before."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from mailbot.event import load_event
from mailbot.jobs import Context, import_mails, scheduled
from mailbot.settings import ImapSettings, Settings, SmtpSettings
from mailbot.store import Store

ROOT = Path(__file__).resolve().parent.parent


def test_purge_after_retention_period(database_url, tmp_path):
    """Until the retention period ends the registrations stay; right after it, they are gone."""
    event = load_event(ROOT / "config" / "event.toml")
    settings = Settings(database_url=database_url, outbox_dir=tmp_path / "outbox", imap=ImapSettings(),
                        smtp=SmtpSettings())
    ctx = Context.build(settings, event, Store(database_url))
    mails = [p.read_bytes() for p in sorted((ROOT / "examples" / "inbox").glob("*.eml"))[:3]]
    import_mails(ctx, mails, event.registration_deadline - timedelta(days=3))
    assert len(ctx.store.attendee_records()) >= 3

    scheduled(ctx, event.retention_ends() - timedelta(minutes=1))
    assert len(ctx.store.attendee_records()) >= 3

    scheduled(ctx, event.retention_ends() + timedelta(minutes=1))
    assert ctx.store.attendee_records(include_inactive=True) == []
    assert ctx.store.outbox_counts() == {}
    again = import_mails(ctx, mails[:1], event.retention_ends() + timedelta(hours=1))
    assert again.fetched == 0  # a re-delivered old mail is still recognised, not answered again
    ctx.store.close()
