"""Outage notices: an IMAP or SMTP server unreachable for longer than `outage_notice_minutes` (default 30) is said
once at WARNING and mailed once to the organisers (when SMTP works), and again once when it is over.

Each pass notes how IMAP and SMTP did (`note_pass`): the inbox reached or not (status.record_pass), mail sent
or the sending failed with nothing sent (a single refused recipient is no outage). `watch` then compares the
start of an ongoing outage with `now`: the clock is the caller's, so tests move it freely. What was told is a
`status:` row too, so a restarted worker neither repeats the notice nor forgets to say the outage is over.
"""

from __future__ import annotations

import email.policy
import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime, formataddr, make_msgid
from typing import TYPE_CHECKING

import jinja2

from .event import Event
from .models import OutgoingMail
from .redact import redact
from .store import Store
from .store.status import LAST_POLL, POLL_FAILED, Moment, StatusStore

if TYPE_CHECKING:
    from .jobs import Context, PassReport

log = logging.getLogger(__name__)

LAST_SEND_OK, SEND_FAILED = "status:last_send_ok", "status:send_failed"
TOLD = "status:outage_told:"  # + service: the start of the outage the organisers were told about
SERVICES = {"IMAP": (LAST_POLL, POLL_FAILED), "SMTP": (LAST_SEND_OK, SEND_FAILED)}
NAMES = {"IMAP": "der Posteingang (IMAP)", "SMTP": "der Postausgang (SMTP)"}


def note_sending(store: Store, problems: list[str], sent: int, now: datetime) -> None:
    """SMTP's part of a pass: a success when anything was sent, a failure when sending failed and nothing went."""
    smtp = [p for p in problems if p.startswith("SMTP")]
    view = StatusStore(store.engine)
    if sent:
        view.note_moment(LAST_SEND_OK, now)
    elif smtp:
        moments = view.moments()
        ok, failed = moments.get(LAST_SEND_OK), moments.get(SEND_FAILED)
        ongoing = failed is not None and (ok is None or failed.at > ok.at)
        view.note_moment(SEND_FAILED, failed.at if ongoing and failed else now, redact(smtp[0])[:500])


@dataclass(frozen=True)
class Change:
    service: str
    since: datetime
    over: bool
    reason: str | None
    until: datetime | None = None


def changes(moments: dict[str, Moment], threshold: timedelta, now: datetime) -> list[Change]:
    """What to tell now (pure): outages that just passed the threshold, outages told that are over."""
    found = []
    for service, (ok_name, failed_name) in SERVICES.items():
        ok, failed, told = moments.get(ok_name), moments.get(failed_name), moments.get(TOLD + service)
        ongoing = failed is not None and (ok is None or failed.at > ok.at)
        if ongoing and failed and now - failed.at >= threshold and (told is None or told.at != failed.at):
            found.append(Change(service, failed.at, over=False, reason=failed.detail))
        elif not ongoing and told is not None:
            found.append(Change(service, told.at, over=True, reason=None, until=ok.at if ok else now))
    return found


def notice(change: Change, to: str, event: Event, env: jinja2.Environment, now: datetime) -> OutgoingMail:
    """The organisers' mail about one change, rendered from templates/outage_notice.txt.j2 (German)."""
    template = env.get_template("ops/outage_notice.txt.j2")
    context = {"service": NAMES[change.service], "change": change, "event": event,
               "since": change.since.astimezone(event.tz), "until": (change.until or now).astimezone(event.tz)}
    subject = "".join(template.blocks["subject"](template.new_context(context)))
    body = "".join(template.blocks["body"](template.new_context(context))).strip() + "\n"
    msg = EmailMessage(policy=email.policy.SMTP)
    msg["From"] = formataddr((event.sender.name, event.sender.address))
    msg["To"] = to
    msg["Subject"] = " ".join(subject.split())
    msg["Date"] = format_datetime(now)
    message_id = make_msgid("outage", domain=event.sender.domain)
    msg["Message-ID"] = message_id
    msg["Auto-Submitted"] = "auto-generated"
    msg.set_content(body)
    state = "over" if change.over else "begin"
    return OutgoingMail(dedupe_key=f"outage:{change.service}:{change.since.isoformat()}:{state}:{to.lower()}",
                        kind="outage_notice", recipient=to, message_id=message_id, raw=msg.as_bytes())


def watch(store: Store, event: Event, env: jinja2.Environment, threshold: timedelta, now: datetime) -> int:
    """Log and queue what changed; returns how many mails were queued (the caller sends them)."""
    view = StatusStore(store.engine)
    moments = view.moments()
    ok, failed = moments.get(LAST_SEND_OK), moments.get(SEND_FAILED)
    smtp_works = failed is None or (ok is not None and ok.at > failed.at)
    queued = 0
    for change in changes(moments, threshold, now):
        minutes = int((((change.until or now) if change.over else now) - change.since).total_seconds() // 60)
        if change.over:
            log.warning("%s reachable again after an outage of %d min", change.service, minutes)
        else:
            log.warning("%s unreachable for %d min (since %s): %s", change.service, minutes,
                        change.since.isoformat(timespec="seconds"), change.reason or "no reason given")
        if smtp_works:  # (an SMTP outage that began is never mailed: SMTP does not work)
            addresses = sorted({a.strip().lower() for a in event.organisers.addresses if a.strip()})
            queued += store.enqueue([notice(change, to, event, env, now) for to in addresses], now)
        if change.over:
            view.forget(TOLD + change.service)
        else:
            view.note_moment(TOLD + change.service, change.since)
    return queued


def after_pass(ctx: Context, report: PassReport, now: datetime) -> None:
    """After each pass of `mailbot run` and `mailbot poll`: note how IMAP and SMTP did (for `mailbot status` and
    the notices), then tell what changed; the notices go out at once and count in the pass's report."""
    import asyncio

    from .jobs import send_due
    from .status import record_pass

    record_pass(ctx.store, report.problems, bool(ctx.settings.imap.host), now)
    if ctx.settings.smtp.host:  # the file transport has no outage
        note_sending(ctx.store, report.problems, report.sent, now)
    threshold = timedelta(minutes=ctx.settings.outage_notice_minutes)
    if watch(ctx.store, ctx.event, ctx.templates, threshold, now):
        asyncio.run(send_due(ctx, now, report))
