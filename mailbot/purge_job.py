"""The retention purge: once the retention period after the event has ended, personal data leaves the database,
the mailbox (the mails the bot filed in Processed and Review) and the outbox folder (the file transport's .eml
files), as every participant mail promises.

Each of the three parts is done once and noted in the schedule state; a part that fails (the IMAP server is
down) is tried again at the next tick, and the others do not wait for it. The log line gives counts only.
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import TYPE_CHECKING

from .intake import Mailbox, MailboxError
from .redact import redact
from .store import dedupe_key, message_id_of
from .transports import purge_outbox

if TYPE_CHECKING:
    from .jobs import Context

log = logging.getLogger(__name__)

DATABASE, OUTBOX, MAILBOX = "purge", "purge:outbox", "purge:mailbox"


def purge_expired(ctx: Context, now: datetime) -> None:
    """Whatever part of the purge is due and not done yet, then one line saying how much went (nobody named)."""
    if now < ctx.event.retention_ends():
        return
    said = [part for step in (purge_database, purge_outbox_folder, purge_mailbox) if (part := step(ctx, now))]
    if said:
        log.info("retention purge: %s", "; ".join(said))


def purge_database(ctx: Context, now: datetime) -> str | None:
    """Registrations, attendees, mail bodies, queued mails; the mails' dedupe keys stay (see purge_mailbox)."""
    if ctx.store.is_done(DATABASE):
        return None
    attendees = ctx.store.purge_personal_data()
    ctx.store.enqueue([], now, marker=DATABASE)
    return f"{attendees} attendee(s) and every stored mail from the database"


def purge_outbox_folder(ctx: Context, now: datetime) -> str | None:
    """The .eml files the file transport wrote: each is a mail to a participant."""
    if ctx.store.is_done(OUTBOX):
        return None
    files = purge_outbox(ctx.settings.outbox_dir)
    ctx.store.enqueue([], now, marker=OUTBOX)
    return f"{files} .eml file(s) from the outbox folder"


def purge_mailbox(ctx: Context, now: datetime) -> str | None:
    """The mails the bot stored, from the watched folder's Processed and Review folders; a server that cannot be
    reached is tried again at the next tick (a warning says so, in the redacted words of the server)."""
    imap = ctx.settings.imap
    if ctx.store.is_done(MAILBOX):
        return None
    if not imap.host:  # no mailbox: the mails came by `mailbot import`
        ctx.store.enqueue([], now, marker=MAILBOX)
        return None
    try:
        with Mailbox(imap, ctx.settings.ca_file) as box:
            counts = {folder: purge_folder(ctx, box, folder) for folder in (imap.processed_folder, imap.review_folder)}
    except MailboxError as exc:
        log.warning("retention purge: the mailbox is not purged yet (%s); trying again at the next tick",
                    redact(str(exc)))
        return None
    ctx.store.enqueue([], now, marker=MAILBOX)
    return (f"{sum(counts.values())} mail(s) from the mailbox ("
            + ", ".join(f"{folder} {n}" for folder, n in counts.items()) + ")")


def purge_folder(ctx: Context, box: Mailbox, folder: str) -> int:
    """Delete from `folder` what the bot stored, matched by content (the dedupe key, as jobs.tidy_review does):
    people move mail by hand, so remembered UIDs would miss some and hit others."""
    if not box.folder_exists(folder):
        return 0
    box.select(folder)
    keys = {m.uid: dedupe_key(message_id_of(m.raw), m.raw)
            for batch in box.all_mails(ctx.settings.imap.batch_size) for m in batch}
    ours = ctx.store.stored_among(set(keys.values()))
    uids = [uid for uid, key in keys.items() if key in ours]
    box.delete(uids)
    return len(uids)
