"""The organisers' digest, as a job: gather what is new from the store, render it, queue it once a day.

`digest.build` decides what the digest says; this module only reads, renders (templates, chart,
attachments, MIME) and hands the mails to the store together with the day's marker, in one
transaction, so a restart or a second worker never sends a second digest for the same day.
"""

from __future__ import annotations

import dataclasses
import hashlib
import logging
from collections.abc import Sequence
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime

import jinja2

from . import digest, exports, lists, message, understand
from .digest import Digest, MailItem
from .digest_chart import ChartLabels, chart_png
from .event import Event
from .jobs import Context
from .models import AttendeeRecord, OutgoingMail
from .replies.headers import address, header_text, message_id, one_line
from .replies.render import SMTP_POLICY
from .store import reports

log = logging.getLogger(__name__)

XLSX_TYPE = ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet")


@dataclasses.dataclass(frozen=True)
class Rendered:
    subject: str
    text: str
    html: str
    chart: bytes | None
    attachments: tuple[tuple[str, bytes, tuple[str, str]], ...]  # (file name, data, (maintype, subtype))


def gather(ctx: Context, now: datetime) -> tuple[Digest, list[AttendeeRecord]]:
    """Everything not yet reported, plus all registrations for the totals and attachments."""
    records = ctx.store.attendee_records(include_inactive=True)
    activity = [dataclasses.replace(a, name=_clean(a.name), organisation=_clean(a.organisation),
                                    municipality=_clean(a.municipality), detail=_clean(a.detail))
                for a in reports.unreported_activity(ctx.store)]
    mails = [_mail_item(row) for row in reports.unreported_inbound(ctx.store)]
    gone = [dataclasses.replace(u, address=one_line(u.address, 320), reason=one_line(u.reason, 160))
            for u in reports.unreported_undeliverable(ctx.store)]
    return digest.build(records, activity, mails, gone, ctx.event, now), records


def _clean(value: str | None) -> str | None:
    return one_line(value, 300) if value else value


def _mail_item(row: reports.InboundForDigest) -> MailItem:
    """Sender and subject from the stored mail itself; for a question its first line says why."""
    try:
        mail = message.parse(row.raw)
        sender = f"{mail.from_name} <{mail.from_addr}>" if mail.from_name else mail.from_addr
        subject = mail.subject
        asked = (understand.read(mail).question or "") if row.kind == "question" else ""
    except Exception:  # noqa: BLE001 - an unreadable mail is still listed, with what we know
        sender, subject, asked = "", "", ""
    why = asked or row.reason
    return MailItem(id=row.id, kind=row.kind, at=row.at, sender=one_line(sender or "?", 200),
                    subject=one_line(subject or "–", 160), why=one_line(why, 160))


def _block(template: jinja2.Template, name: str, context: dict) -> str:
    return "".join(template.blocks[name](template.new_context(context))).strip()


def render(d: Digest, records: Sequence[AttendeeRecord], event: Event, now: datetime,
           env: jinja2.Environment) -> Rendered:
    """Text, HTML, chart and attachments; a day with nothing new gets the one line and nothing else."""
    stem = f"anmeldungen-{d.day.isoformat()}"
    names = () if d.empty else (f"{stem}.csv", f"{stem}.xlsx")
    context = {"event": event, "language": "de", "now": now, "d": d, "attachments": names,
               "chart_cid": chart_cid(d, event)}
    text_t, html_t = env.get_template("digest.txt.j2"), env.get_template("digest.html.j2")
    subject = header_text(_block(text_t, "subject", context))
    text = _tidy(text_t.render(context))
    html = html_t.render(context)
    if d.empty:
        return Rendered(subject, text, html, None, ())
    labels = ChartLabels(*(_block(text_t, f"chart_{k}", context) for k in ("title", "registrations", "capacity")))
    chart = chart_png(d.cumulative, event.capacity, labels, d.day)
    csv_data = exports.as_csv(records, event).encode("utf-8-sig")
    xlsx = lists.as_xlsx(records, event, now)
    return Rendered(subject, text, html, chart,
                    ((names[0], csv_data, ("text", "csv")), (names[1], xlsx, XLSX_TYPE)))


def chart_cid(d: Digest, event: Event) -> str:
    return f"chart-{d.day.isoformat()}@{event.sender.domain}"


def _tidy(text: str) -> str:
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").split("\n")]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip("\n") + "\n"


def assemble(rendered: Rendered, event: Event, to: str, key: str, d: Digest, now: datetime) -> OutgoingMail:
    """multipart/mixed: alternative(text, related(html, chart)), then the CSV and XLSX files."""
    mid = message_id(key, event.sender.domain)
    msg = EmailMessage(policy=SMTP_POLICY)
    msg["From"] = address(event.sender.address, event.sender.name)
    msg["To"] = address(to)
    msg["Subject"] = rendered.subject
    msg["Date"] = format_datetime(now.astimezone(event.tz))
    msg["Message-ID"] = mid
    msg["Auto-Submitted"] = "auto-generated"
    msg["X-Auto-Response-Suppress"] = "All"
    msg.set_content(rendered.text, subtype="plain", charset="utf-8", cte="quoted-printable")
    msg.add_alternative(rendered.html, subtype="html", charset="utf-8", cte="quoted-printable")
    if rendered.chart is not None:
        html_part = msg.get_payload()[1]
        html_part.add_related(rendered.chart, maintype="image", subtype="png", cid=f"<{chart_cid(d, event)}>",
                              filename="anmeldungen.png")
    for filename, data, (maintype, subtype) in rendered.attachments:
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    msg["Content-Language"] = "de"
    seed = hashlib.sha256(mid.encode()).hexdigest()[:24]
    for index, part in enumerate(msg.walk()):
        if part.is_multipart():
            part.set_boundary(f"=_{seed}_{index}")
        if index and "MIME-Version" in part:
            del part["MIME-Version"]
    return OutgoingMail(dedupe_key=key, kind="digest", recipient=to, message_id=mid,
                        raw=msg.as_bytes(policy=SMTP_POLICY))


def preview_text(ctx: Context, now: datetime) -> str:
    """The text part of the digest as it would go out now (nothing is written)."""
    d, records = gather(ctx, now)
    return render(d, records, ctx.event, now, ctx.templates).text


def queue_digest(ctx: Context, now: datetime, *, force: bool = False) -> int | None:
    """Queue today's digest to every organiser; None when it was already sent today (or not yet due).

    `force` sends before the configured time (`mailbot digest --send`); once a day holds either way.
    """
    event = ctx.event
    if not force and not digest.is_due(event, now):
        return None
    day = digest.digest_day(event, now)
    marker = digest.marker(day)
    if ctx.store.is_done(marker):
        return None
    d, records = gather(ctx, now)
    mails: list[OutgoingMail] = []
    if not (d.empty and event.organisers.skip_empty_digest):
        rendered = render(d, records, event, now, ctx.templates)
        for to in dict.fromkeys(a.strip() for a in event.organisers.addresses if a.strip()):
            mails.append(assemble(rendered, event, to, digest.dedupe_key(day, to), d, now))
    done = reports.commit_digest(ctx.store, mails, now, marker, d.activity_ids, d.inbound_ids,
                                 d.undeliverable_addresses)
    if not done:
        return None
    log.info("digest %s queued for %d organiser address(es)", day.isoformat(), len(mails))
    return len(mails)
