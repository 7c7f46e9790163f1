"""`mailbot demo`: the whole job on the embedded defaults, no servers, as of a moment before the event."""

from __future__ import annotations

import email
import email.policy
import shutil
from datetime import datetime, timedelta
from pathlib import Path

from . import exports
from .event import Event
from .settings import Settings, SmtpSettings, ImapSettings


def demo_moment(event: Event) -> datetime:
    """A week before the registration deadline, mid-morning: sign-ups are open and nothing is late."""
    return (event.registration_deadline - timedelta(days=7)).replace(hour=10, minute=0, second=0, microsecond=0)


def text_part(raw: bytes) -> str:
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    head = "\n".join(f"{k}: {msg[k]}" for k in ("From", "To", "Subject", "Date") if msg[k])
    body = msg.get_body(("plain",))
    return head + "\n\n" + (body.get_content() if body is not None else "")


def run_demo(settings: Settings, event: Event, folder: Path, inbox: Path) -> int:
    from .digest_job import preview_text
    from .jobs import Context, import_mails
    from .cli import read_mail_files
    from .store import Store

    if folder.exists():
        shutil.rmtree(folder)
    outbox = folder / "outbox"
    outbox.mkdir(parents=True)
    demo_settings = settings.model_copy(update={
        "database_url": f"sqlite:///{(folder / 'mailbot.db').resolve()}",
        "outbox_dir": outbox,
        "smtp": SmtpSettings(),
        "imap": ImapSettings(),
    })
    now = demo_moment(event)
    ctx = Context.build(demo_settings, event, Store(demo_settings.database_url))
    mails = list(read_mail_files(inbox))
    report = import_mails(ctx, mails, now)
    print(f"mailbot demo — {event.title}, as of {now.isoformat()}")
    print(f"{len(mails)} example mails from {inbox}: {report.summary()}\n")
    print(exports.as_table(ctx.store.attendee_records(include_inactive=True), event))
    written = sorted(outbox.glob("*.eml"))
    first = next((p for p in written if "Anmeldebest" in text_part(p.read_bytes()).split("\n\n", 1)[0]), None)
    if first is not None:
        print("=" * 78)
        print(f"One confirmation ({first.name}):\n")
        print(text_part(first.read_bytes()))
    print("=" * 78)
    print("The organisers' digest:\n")
    print(preview_text(ctx, now))
    print("=" * 78)
    print(f"Database: {folder / 'mailbot.db'}")
    print(f"Outgoing mails ({len(written)} .eml files): {outbox}")
    return 0

