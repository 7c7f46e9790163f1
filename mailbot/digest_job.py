"""The organisers' digest, as a job: gather what is new from the store, render it, queue it once a day.

`digest.build` decides what the digest says; this module only reads, renders (templates, chart,
attachments, MIME) and hands the mails to the store together with the day's marker, in one
transaction, so a restart or a second worker never sends a second digest for the same day.

A digest is answerable like a review mail: one desk token per digest, in every copy's Message-ID
and at the end of the subject, so `#17 OK` in a reply is proven (commands/tokens.py).
"""

from __future__ import annotations

import dataclasses
import hashlib
import logging
import re
from collections.abc import Sequence
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime

import jinja2

from . import digest, exports, lists, message
from .commands import desk_message_id, new_token, subject_tag
from .digest import Digest, MailItem, UndeliverableItem
from .digest_chart import ChartLabels, chart_png
from .event import Event
from .jobs import Context
from .models import AttendeeRecord, OutgoingMail
from .replies.headers import address, header_text, one_line
from .replies.render import SMTP_POLICY
from .store import reports

log = logging.getLogger(__name__)

XLSX_TYPE = ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet")
SUBJECT_LIMIT = 220  # leaves room for the token tag, which must never be cut off
_DSN_FIELD = re.compile(r"^(final-recipient|status|diagnostic-code)\s*:\s*(.*(?:\n[ \t].*)*)",
                        re.IGNORECASE | re.MULTILINE)


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
    gone = [_undeliverable_item(row) for row in reports.unreported_undeliverable(ctx.store)]
    actions = [dataclasses.replace(a, by=one_line(a.by, 320), command=one_line(a.command, 200),
                                   summary=one_line(a.summary, 300))
               for a in reports.unreported_desk_actions(ctx.store)]
    return digest.build(records, activity, mails, gone, ctx.event, now, actions), records


def _clean(value: str | None) -> str | None:
    return one_line(value, 300) if value else value


def _mail_item(row: reports.InboundForDigest) -> MailItem:
    """Sender and subject from the stored mail; the question as stored when it was decided (not re-read,
    so a later reader cannot make the digest say something else than the forward said)."""
    try:
        mail = message.parse(row.raw)
        sender = f"{mail.from_name} <{mail.from_addr}>" if mail.from_name else mail.from_addr
        subject = mail.subject
    except Exception:  # noqa: BLE001 - an unreadable mail is still listed, with what we know
        sender, subject = "", ""
    return MailItem(id=row.id, kind=row.kind, at=row.at, sender=one_line(sender or "?", 200),
                    subject=one_line(subject or "–", 160), reason_code=row.reason_code,
                    question=one_line(row.question, 300) if row.question else "")


def _undeliverable_item(row: reports.UndeliverableForDigest) -> UndeliverableItem:
    """The address with the server's status, from the bounce's report or else the SMTP rejection."""
    found = (_bounce_status(raw, row.address) for raw in row.bounces)
    status = next((s for s in found if s), "") or row.smtp_error
    return UndeliverableItem(address=one_line(row.address, 320), at=row.at,
                             status=one_line(status, 200) if status else "")


def _bounce_status(raw: bytes, address: str) -> str:
    """What the failing server said about `address`, from a bounce's delivery-status part ("" if it does not say).

    Organisers need the server's own words (`550 5.1.1 … User unknown`) to judge a typo from a
    full mailbox; our internal reason text would tell them nothing.
    """
    try:
        report = message.parse(raw).delivery_status
    except Exception:  # noqa: BLE001 - an unreadable bounce still marks the address; it just says less
        return ""
    for fields in _dsn_recipients(report):
        recipient = fields.get("final-recipient", "").rpartition(";")[2].strip(" <>").lower()
        if recipient in ("", address.lower()) and _status_text(fields):
            return _status_text(fields)
    return ""


def _dsn_recipients(report: str) -> list[dict[str, str]]:
    """The delivery-status blocks (RFC 3464: blank-line separated) as lower-cased field → unfolded value."""
    blocks = re.split(r"\n\s*\n", report.replace("\r\n", "\n"))
    return [{k.lower(): " ".join(v.split()) for k, v in _DSN_FIELD.findall(block)} for block in blocks]


def _status_text(fields: dict[str, str]) -> str:
    """Diagnostic-Code without its type prefix ("smtp;"), led by the Status code when it does not repeat it."""
    status = fields.get("status", "")
    diagnostic = re.sub(r"^[a-z0-9-]+;\s*", "", fields.get("diagnostic-code", ""), flags=re.IGNORECASE)
    if diagnostic and status and status not in diagnostic:
        return f"{status} {diagnostic}"
    return diagnostic or status


def _block(template: jinja2.Template, name: str, context: dict) -> str:
    return "".join(template.blocks[name](template.new_context(context))).strip()


def render(d: Digest, records: Sequence[AttendeeRecord], event: Event, now: datetime,
           env: jinja2.Environment, token: str | None = None) -> Rendered:
    """Text, HTML, chart and attachments; a day with nothing new gets the one line and nothing else.

    With a `token` the subject ends with its tag, so an answer is proven even when references are lost.
    """
    stem = f"anmeldungen-{d.day.isoformat()}"
    names: tuple[str, ...] = () if d.empty else (f"{stem}.csv", f"{stem}.xlsx")
    context = {"event": event, "language": "de", "now": now, "d": d, "attachments": names,
               "chart_cid": chart_cid(d, event)}
    text_t, html_t = env.get_template("digest.txt.j2"), env.get_template("digest.html.j2")
    subject = header_text(_block(text_t, "subject", context), SUBJECT_LIMIT)
    if token is not None:
        subject = f"{subject} {subject_tag(token)}"
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


def assemble(rendered: Rendered, event: Event, to: str, key: str, d: Digest, now: datetime,
             mid: str) -> OutgoingMail:
    """multipart/mixed: alternative(text, related(html, chart)), then the CSV and XLSX files.

    `mid` is the copy's Message-ID: `desk_message_id(token, n, domain)`, the proof an answer carries.
    """
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
        html_part = msg.get_body(("html",))
        assert html_part is not None  # added just above
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
    addresses = list(dict.fromkeys(a.strip() for a in event.organisers.addresses if a.strip()))
    mails: list[OutgoingMail] = []
    token: str | None = None
    if addresses and not (d.empty and event.organisers.skip_empty_digest):
        token = new_token()
        rendered = render(d, records, event, now, ctx.templates, token)
        for index, to in enumerate(addresses, start=1):
            mid = desk_message_id(token, index, event.sender.domain)
            mails.append(assemble(rendered, event, to, digest.dedupe_key(day, to), d, now, mid))
    done = reports.commit_digest(ctx.store, mails, now, marker, d.activity_ids, d.inbound_ids,
                                 d.undeliverable_addresses, d.desk_action_ids, token)
    if not done:
        return None
    log.info("digest %s queued for %d organiser address(es)", day.isoformat(), len(mails))
    return len(mails)
