"""When the event file's date, time or venue changes: one update mail per confirmed attendee, once.

The version attendees were last told about is a fingerprint in `schedule_state`; the first one seen
is stored silently (the confirmations described it). A new version queues update mails with the same
calendar UID and a higher SEQUENCE, raises each attendee's stored sequence and stores the new
version — one transaction — and leaves an `event_changed` activity row for the digest.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, datetime
from types import SimpleNamespace

import jinja2

from . import event_changes
from .event import Event
from .event_changes import Change
from .jobs import Context
from .commands import Command, desk_message_id, new_token, subject_tag
from .models import DeskToken, OutgoingMail
from .plan import ics_uid
from .reminders import ReminderTarget
from .replies import ReplyAttendee, ReplyRequest
from .store import Store, reports
from .store.desk import RELEASED, ask_once

log = logging.getLogger(__name__)


def pending_changes(store: Store, event: Event) -> tuple[str | None, list[Change]]:
    """(the announced fingerprint as stored, what differs from the event file now)."""
    announced = reports.announced_fingerprint(store)
    old = event_changes.decode(announced)
    if old is None:
        return announced, []
    return announced, event_changes.changes(old, event_changes.fingerprint(event))


def worded(changes: list[Change], env: jinja2.Environment, event: Event) -> list[str]:
    """One German line per change, from templates/_event_changes.txt.j2."""
    macros = env.get_template("_event_changes.txt.j2").make_module({"event": event, "language": "de"})
    line = _macro(macros, "line")
    lines = []
    for change in changes:
        shown: Change | SimpleNamespace = change
        if change.field == "date":
            shown = SimpleNamespace(field=change.field, old=date.fromisoformat(change.old),
                                    new=date.fromisoformat(change.new))
        lines.append(" ".join(str(line(shown)).split()))
    return lines


def _macro(module: jinja2.environment.TemplateModule, name: str) -> Callable[..., object]:
    """A macro of a template module: jinja2 sets them as instance attributes, which its types do not declare."""
    macro: Callable[..., object] = getattr(module, name)
    return macro


def update_mails(ctx: Context, targets: list[ReminderTarget], lines: list[str], version: str,
                 now: datetime) -> tuple[list[OutgoingMail], dict[str, int]]:
    mails, sequences = [], {}
    for target in targets:
        if not target.to:
            continue
        sequence = target.ics_sequence + 1
        person = ReplyAttendee(name=target.name, salutation=target.salutation, title=target.title,
                               email=target.email, status="confirmed", code=target.code,
                               ics_uid=ics_uid(target.code, ctx.event))
        request = ReplyRequest(
            kind="event_update", to=target.to, to_name=target.name,
            dedupe_key=f"event_update:{target.code}:{version}", language=target.language,
            attendees=(person,), ics_method="REQUEST", ics_sequence=sequence, extra={"changes": list(lines)},
        )
        mail = ctx.render(request, now)
        mails.append(OutgoingMail(dedupe_key=mail.dedupe_key, kind=mail.kind, recipient=mail.recipient,
                                  message_id=mail.message_id, raw=mail.raw, codes=(target.code,)))
        sequences[target.code] = sequence
    return mails, sequences


def announce_changes(ctx: Context, now: datetime) -> int:
    """Queue the update mails if the event changed since it was last announced; returns how many."""
    current = event_changes.fingerprint(ctx.event)
    announced, changes = pending_changes(ctx.store, ctx.event)
    if announced is None or event_changes.decode(announced) is None:
        reports.remember_fingerprint(ctx.store, event_changes.encode(current), now)
        return 0
    if not changes or now >= ctx.event.ends_at:
        return 0
    lines = worded(changes, ctx.templates, ctx.event)
    targets = reports.reminder_targets(ctx.store, statuses=("confirmed",))
    version = event_changes.fingerprint_id(current)
    if not ctx.store.is_done(RELEASED + version):
        return ask_organisers(ctx, version, lines, sum(1 for t in targets if t.to), now)
    mails, sequences = update_mails(ctx, targets, lines, version, now)
    macros = ctx.templates.get_template("_event_changes.txt.j2").make_module({"event": ctx.event, "language": "de"})
    summary = " ".join(str(_macro(macros, "summary")(lines, len(mails))).split())
    if not reports.commit_event_update(ctx.store, announced, event_changes.encode(current), mails, sequences,
                                       summary, now):
        return 0
    log.info("event changed (%s): %d update mails queued", ", ".join(c.field for c in changes), len(mails))
    return len(mails)


def ask_organisers(ctx: Context, version: str, lines: list[str], count: int, now: datetime) -> int:
    """A changed date, time or venue goes to everyone only on an organiser's OK: a typo in the event file
    must not send mass mail. The question goes once per version; its token makes the OK a command."""
    token = DeskToken(token=new_token(), kind="proposal",
                      proposal=(Command("announce", "OK: Änderung senden", target=version).as_dict(),))
    mails = []
    for index, address in enumerate(sorted({a.strip().lower() for a in ctx.event.organisers.addresses}), start=1):
        request = ReplyRequest(kind="desk_announce", to=address, to_name=None,
                               dedupe_key=f"desk_announce:{version}:{address}",
                               message_id=desk_message_id(token.token, index, ctx.event.sender.domain),
                               extra={"changes": list(lines), "count": count, "token": token.token,
                                      "tag": subject_tag(token.token, label="Änderung")})
        mails.append(ctx.render(request, now))
    asked = ask_once(ctx.store.engine, version, token, mails, now, ctx.store._enqueue)
    if not asked:
        return 0
    log.info("event changed: %d organiser address(es) asked before %d update mails go out", len(mails), count)
    return len(mails)


def release(ctx: Context, now: datetime, actor: str) -> int:
    """`mailbot announce`: the administrator's OK, through the same desk command as the organisers' mail."""
    from .jobs import desk_commands

    current = event_changes.fingerprint(ctx.event)
    desk_commands(ctx, [Command("announce", "mailbot announce", target=event_changes.fingerprint_id(current))],
                  actor, now)
    return announce_changes(ctx, now)


def check_lines(store: Store, event: Event) -> list[str]:
    """For `mailbot check`: what would go out at the next tick because the event file changed."""
    announced, changes = pending_changes(store, event)
    if announced is None:
        return ["event updates: no version announced yet; the current one will be stored without mails"]
    if not changes:
        return []
    confirmed = [t for t in reports.reminder_targets(store, statuses=("confirmed",)) if t.to]
    fields = ", ".join(f"{c.field} {c.old!r} → {c.new!r}" for c in changes)
    released = store.is_done(RELEASED + event_changes.fingerprint_id(event_changes.fingerprint(event)))
    return [f"event updates: the event file changed ({fields}); would send {len(confirmed)} update mails "
            f"to confirmed attendees with the calendar update"
            + ("" if released else " once an organiser answers OK (or `mailbot announce`)")]
