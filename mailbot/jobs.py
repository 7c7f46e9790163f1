"""The steps of the hallway, each repairable by running it again: fetch, process, move, send.

Jobs wire the pure core to the adapters; they never decide anything themselves.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import traceback
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

import jinja2

from . import message, retry
from .commands import Command, new_token, read_commands, referenced, tokens_in
from .event import Event
from .intake import MOVE_CHUNK, Mailbox, MailboxError
from .logs import log_mail
from .redact import redact
from .models import Decision, DeskState, DeskToken, InboundMail, OutgoingMail, State, Understanding
from .plan import plan_replies
from .ahead import REHEARSERS, Ahead, Job, Read, Rendered, ahead, read_ahead, read_with, start_reader
from .readers import Readers, default_count
from .replies import ReplyRequest, make_environment, render
from .settings import Settings
from .smtp import Envelope, SendResult
from .store import RETRY_DELAYS, Lookup, OutboxRow, Store, dedupe_key, fault_of, message_id_of
from .transports import Transport, make_transport
from .workflow import Case, decide, new_code
from .understand import EventTerms
from .erasure_job import erase_from_mailbox
from .workflow.bounce import verp_ids, verp_sender
from .workflow.case import event_codes, reply_address, review
from .workflow.desk import carry_out, with_review_mail

log = logging.getLogger(__name__)


@dataclass
class Context:
    """What every job needs, built once by the CLI."""

    settings: Settings
    event: Event
    store: Store
    transport: Transport
    templates: jinja2.Environment
    code: Callable[[], str] = field(default=new_code)
    # what the reader needs to know of the event (code prefix, our addresses, title, venue, day), built once
    event_terms: EventTerms = field(init=False, repr=False)
    readers: Readers[Job, Ahead] = field(init=False, repr=False)  # a burst is read on the other cores
    # what readers that rehearse render with (see rehearse_ahead); None: they only read
    _rehearsed_with: tuple[Event, jinja2.Environment, Callable[[], str]] | None = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.event_terms = EventTerms.from_event(self.event)
        count = default_count() if self.settings.readers is None else self.settings.readers
        # Readers draw the event's codes and render the settings' templates: not for a test's own
        rehearsing = (count >= REHEARSERS and self.code is new_code and
                      getattr(self.templates.loader, "searchpath", None) == [str(self.settings.templates_dir)])
        self.readers = Readers(count, start_reader, (self.settings, self.event, self.store.secret if rehearsing else None))
        if self.code is new_code:  # not injected: codes carry the event's prefix
            self.code = event_codes(self.event)
        self._rehearsed_with = (self.event, self.templates, self.code) if rehearsing else None

    def rehearse_ahead(self) -> bool:
        """Whether readers rehearse the next batch too (REHEARSERS): only while this Context still has the event,
        templates and codes its readers were started with (a rehearsed mail is taken for the one the worker would
        render)."""
        return self._rehearsed_with is not None and all(
            a is b for a, b in zip(self._rehearsed_with, (self.event, self.templates, self.code)))

    @classmethod
    def build(cls, settings: Settings, event: Event, store: Store | None = None) -> Context:
        return cls(
            settings=settings, event=event, store=store or Store(settings.database_url),
            transport=make_transport(settings), templates=make_environment(settings.templates_dir),
        )

    def render(self, request: ReplyRequest, now: datetime) -> OutgoingMail:
        """A reply as final bytes, with this installation's Message-ID key."""
        return render(request, self.event, now, self.templates, mid_key=self.store.secret)

    @property
    def own_addresses(self) -> frozenset[str]:
        own = {self.event.sender.address.lower(), *(a.lower() for a in self.event.organisers.addresses)}
        if self.settings.imap.username and "@" in self.settings.imap.username:
            own.add(self.settings.imap.username.lower())
        return frozenset(own)


@dataclass
class PassReport:
    fetched: int = 0
    processed: int = 0
    moved: int = 0
    sent: int = 0
    retrying: int = 0
    failed: int = 0
    problems: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return (f"fetched {self.fetched}, processed {self.processed}, moved {self.moved}, sent {self.sent}, "
                f"retrying {self.retrying}, failed {self.failed}")


# ---- intake ----------------------------------------------------------------------------------------

def fetch_new(ctx: Context, box: Mailbox, now: datetime) -> int:
    """Copy new mail from the watched folder into the database, batch by batch; returns how many."""
    return sum(fetched_batches(ctx, box, now))


def fetched_batches(ctx: Context, box: Mailbox, now: datetime) -> Iterator[int]:
    """Copy new mail into the database one UID FETCH batch at a time, committing each; yields how many were new,
    so the caller can work off each batch before the next is read."""
    folder = ctx.settings.imap.folder
    uidvalidity = box.select(folder)
    position = ctx.store.mailbox_position(folder)
    if position is None or position[0] != uidvalidity:
        if position is not None:
            log.warning("UIDVALIDITY of %s changed; re-reading the folder (known mail is not answered again)",
                        folder)
        ctx.store.reset_mailbox(folder, uidvalidity)
        position = (uidvalidity, 0)
    for batch in box.fetch_new(position[1], ctx.settings.imap.batch_size):
        yield ctx.store.record_fetched(
            folder, uidvalidity, [(m.uid, m.raw, message_id_of(m.raw)) for m in batch], now)


def move_handled(ctx: Context, box: Mailbox) -> int:
    """Move mail whose processing is committed out of the inbox: to Processed, or Review for a person."""
    imap = ctx.settings.imap
    uidvalidity = box.select(imap.folder)
    pending = ctx.store.pending_moves(imap.folder, uidvalidity)
    for target, folder in (("processed", imap.processed_folder), ("review", imap.review_folder)):
        group = [p for p in pending if p.target == target]
        if group:
            box.ensure_folder(folder)
        for start in range(0, len(group), MOVE_CHUNK):  # each chunk noted at once: a failure later keeps it
            chunk = group[start:start + MOVE_CHUNK]
            box.move([p.uid for p in chunk], folder)
            ctx.store.mark_moved(p.inbound_id for p in chunk)
    return len(pending)


def tidy_review(ctx: Context, box: Mailbox, now: datetime) -> int:
    """Mail an organiser has resolved leaves the Review folder for Processed.

    The Review folder is small and people move mail in it, so it is matched by content (the same
    dedupe key as on intake), not by remembered UIDs.
    """
    imap = ctx.settings.imap
    if not ctx.store.review_tidy_due() or not box.folder_exists(imap.review_folder):
        return 0
    box.select(imap.review_folder)
    keys = {m.uid: dedupe_key(message_id_of(m.raw), m.raw)
            for batch in box.all_mails(imap.batch_size) for m in batch}
    resolved = ctx.store.resolved_among(set(keys.values()))
    uids = [uid for uid, key in keys.items() if key in resolved]
    if uids:
        box.ensure_folder(imap.processed_folder)
        box.move(uids, imap.processed_folder)
    ctx.store.review_tidied(now)
    return len(uids)


# ---- processing ------------------------------------------------------------------------------------

#: Mails claimed together (one transaction) before they are processed one by one.
CLAIM_BATCH = 25


def process_all(ctx: Context, now: datetime, limit: int | None = None) -> int:
    """Process every stored mail not yet handled (at most `limit`); a mail that fails is set aside, never
    retried in a loop."""
    done = 0
    while limit is None or done < limit:
        rows = ctx.store.claim_inbound_batch(now, CLAIM_BATCH if limit is None else min(CLAIM_BATCH, limit - done))
        if not rows:
            break
        rehearsing = ctx.rehearse_ahead()
        jobs = [(row.id, row.raw, row.instruction, now, rehearsing) for row in rows]
        aheads = ctx.readers.readings(jobs, read_ahead, functools.partial(ahead, None, ctx.event_terms),
                                      alone=not ctx.store.contended())
        for row, done_ahead in zip(rows, aheads):
            process_one(ctx, row.id, row.raw, now, row.instruction, done_ahead)
            done += 1
    return done


def read_mail(ctx: Context, raw: bytes) -> Read:
    """Parse and understand a mail here, in the worker."""
    return read_with(ctx.event_terms, raw)


def lookup_for(mail: InboundMail, understanding: Understanding, event: Event,
               own: frozenset[str] = frozenset(), verp: bool = False) -> Lookup:
    """What the deciding transaction must read: people by address and code, threads, desk tokens and commands;
    for a delivery report the mails it returns (quoted Message-IDs, and VERP return paths when switched on)."""
    references = tuple(r for r in (mail.in_reply_to, *mail.references) if r)
    returned: tuple[str, ...] = ()
    if understanding.intent == "bounce" and mail.report is not None:
        returned = mail.report.returned_ids + (verp_ids(mail.report.delivered_to, event.sender.address) if verp else ())
    organisers = {a.strip().lower() for a in event.organisers.addresses}
    ref = referenced(read_commands(mail.text + "\n" + mail.signature)) if mail.from_addr in organisers else None
    return Lookup(
        sender=reply_address(mail, own | organisers),
        emails=tuple(p.email for p in (*understanding.attendees, *understanding.replaces) if p.email)
        + (ref.emails if ref else ()),
        codes=understanding.codes + (ref.codes if ref else ()),
        references=references,
        tokens=tokens_in(mail.subject, references),
        items=ref.items if ref else (),
        names=ref.names if ref else (),
        people=tuple(p.name for p in understanding.attendees),
        returned=returned,
        access=understanding.privacy == "access",
        municipalities=(understanding.municipality.ags,) if understanding.municipality else (),
        per_municipality=bool(event.capacity_per_municipality),
    )


def render_replies(ctx: Context, decision: Decision, mail: InboundMail, understanding: Understanding,
                   state: State, now: datetime, inbound_id: int | None, raw: bytes | None = None,
                   source: str | None = None, rehearsed: Sequence[Rendered] = ()) -> list[OutgoingMail]:
    """The decision's replies as mails; a reply whose request equals a rehearsed one is that rehearsed mail (a
    mail is a function of its request, the event, `now` and the templates)."""
    requests = plan_replies(decision, mail, understanding, state, ctx.event, inbound_id=inbound_id, raw=raw,
                            source=source)
    return [
        replace(next((m for r, m in rehearsed if r == request), None) or ctx.render(request, now),
                codes=planned.codes, action=planned.action)
        for request, planned in zip(requests, decision.replies)
    ]


def _case(ctx: Context, mail: InboundMail, understanding: Understanding, state: State, now: datetime,
          instruction: Mapping[str, Any] | None, code: Callable[[], str]) -> Case:
    return Case(mail=mail, understanding=understanding, state=state, event=ctx.event, now=now,
                own_addresses=ctx.own_addresses, code=code, instruction=instruction)


def rehearse(ctx: Context, mail: InboundMail, understanding: Understanding, lookup: Lookup, now: datetime,
             instruction: Mapping[str, Any] | None, inbound_id: int, raw: bytes) -> tuple[list[Rendered], list[str]]:
    """Decide and render once on the state read without the seat lock; returns the rendered replies and the codes
    drawn. Under the lock the decision is taken again with the same codes (decide_and_store): where the requests
    come out equal (nearly always), the rendering, the costly part, is not repeated there, so several workers
    render at once instead of one after the other."""
    drawn: list[str] = []

    def draw() -> str:
        drawn.append(ctx.code())
        return drawn[-1]

    try:
        state = ctx.store.peek(lookup, now)
        decision = decide(_case(ctx, mail, understanding, state, now, instruction, draw))
        requests = plan_replies(decision, mail, understanding, state, ctx.event, inbound_id=inbound_id, raw=raw)
        return [(r, ctx.render(r, now)) for r in requests], drawn
    except Exception:  # noqa: BLE001 - only a saving: the decision under the lock meets any real error again
        log.debug("rehearsal of mail %s failed", inbound_id, exc_info=True)
        return [], []


def decide_and_store(ctx: Context, inbound_id: int, raw: bytes, mail: InboundMail, understanding: Understanding,
                     lookup: Lookup, now: datetime, instruction: Mapping[str, Any] | None = None,
                     rehearsed: Sequence[Rendered] = (), drawn: Sequence[str] = ()) -> Decision:
    """Under the seat lock: state → decide (with the rehearsal's codes first) → plan → render → store, one
    transaction."""

    def decide_and_render(state: State) -> tuple[Decision, list[OutgoingMail]]:
        again = iter(drawn)
        decision = decide(_case(ctx, mail, understanding, state, now, instruction,
                                lambda: next(again, None) or ctx.code()))
        return decision, render_replies(ctx, decision, mail, understanding, state, now, inbound_id, raw,
                                        rehearsed=rehearsed)

    return ctx.store.decide_and_apply(inbound_id, lookup, now, decide_and_render)


def process_one(ctx: Context, inbound_id: int, raw: bytes, now: datetime,
                instruction: Mapping[str, Any] | None = None,
                done_ahead: Callable[[], Ahead] | None = None) -> Decision | None:
    """parse → understand (→ rehearse) (here, or by `done_ahead`: a reader process's) → decide_and_store."""
    try:
        done: Ahead = done_ahead() if done_ahead is not None else (read_mail(ctx, raw), [], [])
        (mail, understanding), rehearsed, drawn = done
        lookup = lookup_for(mail, understanding, ctx.event, ctx.own_addresses, ctx.settings.verp)
        # In the worker only while other workers keep the seat lock busy: else it only adds work here
        if not rehearsed and not drawn and ctx.store.saturated():
            rehearsed, drawn = rehearse(ctx, mail, understanding, lookup, now, instruction, inbound_id, raw)
        decision = decide_and_store(ctx, inbound_id, raw, mail, understanding, lookup, now, instruction,
                                    rehearsed, drawn)
        log_mail(log, inbound_id, decision)  # id, outcome, reason key: never an address or content
        return decision
    except Exception as exc:  # noqa: BLE001 - one bad mail must not stop the others
        if (fault := fault_of(exc)) is not None:
            retry_later(ctx, inbound_id, raw, fault, str(exc).splitlines()[0], now)
            return None
        # The log gets no traceback (its values may hold personal data); the database keeps it.
        log.error("mail %s set aside after an error (%s)", inbound_id, type(exc).__name__)
        trace = "".join(traceback.format_exception(exc)[-6:])
        set_aside(ctx, inbound_id, raw, f"error while processing: {type(exc).__name__}: {exc}\n{trace}", now)
        return None


def retry_later(ctx: Context, inbound_id: int, raw: bytes, fault: str, error: str, now: datetime) -> None:
    """The database failed in passing (disk full, locked, connection lost, conflict): nothing is wrong with
    the mail, so it is tried again after a delay; only the same fault once more than there are delays parks it.

    When the database cannot even take that note, its error ends the pass (the worker logs it, the CLI
    says it in one line) and the next pass puts the claim back (Store.release_stale).
    """
    at = ctx.store.retry_later(inbound_id, fault, error, now)
    if at is not None:
        log.warning("mail %s: the database failed (%s); trying again at %s", inbound_id, fault,
                    at.isoformat(timespec="seconds"))
        return
    times = len(RETRY_DELAYS) + 1
    log.error("mail %s set aside: the database failed (%s) %d times in a row", inbound_id, fault, times)
    set_aside(ctx, inbound_id, raw, f"error while processing: the database failed ({fault}) {times} times in a row; "
                                    f"last: {error}", now, code=f"db_{fault}")


def set_aside(ctx: Context, inbound_id: int, raw: bytes, reason: str, now: datetime, code: str = "error") -> None:
    """A mail that failed: parked for the organisers, with a review mail when that can still be made."""
    try:
        try:
            mail = message.parse(raw)
        except Exception:  # noqa: BLE001 - the mail may be what failed
            mail = InboundMail(message_id=None, subject="", from_name="", from_addr="")
        understanding = Understanding(intent="other")
        parked = review(reason, code)

        def park(state: State) -> tuple[Decision, list[OutgoingMail]]:
            case = Case(mail=mail, understanding=understanding, state=state, event=ctx.event, now=now)
            decision = with_review_mail(parked, case, lambda _case: parked)
            return decision, render_replies(ctx, decision, mail, understanding, state, now, inbound_id, raw)

        ctx.store.decide_and_apply(inbound_id, Lookup(sender=""), now, park)
    except Exception as exc:  # noqa: BLE001 - at least keep the mail parked, without the review mail
        log.error("no review mail for mail %s (%s)", inbound_id, type(exc).__name__)
        ctx.store.set_aside(inbound_id, reason, now, code)


# ---- sending ---------------------------------------------------------------------------------------

#: Failed attempts noted together, in one transaction (a failure not yet noted is only tried again). A mail the
#: server accepted is noted at once, before the next is handed over: a crash between the server's 250 and that
#: commit sends this one mail again, never more (the window SMTP leaves; tests/test_crash.py, bench/bench_crash.py).
RECORD_EVERY = 50


async def send_due(ctx: Context, now: datetime, report: PassReport | None = None) -> PassReport:
    """Send what the outbox holds and is due; each accepted mail is committed as sent before the next is handed
    over (with the failures noted so far), failures RECORD_EVERY at a time and when the connection's batch ends."""
    report = report or PassReport()
    while rows := ctx.store.claim_due(now, ctx.settings.smtp.batch_size):
        bounced = ctx.store.undeliverable_among(row.recipient for row in rows)
        # an address that bounced gets no more mail, except the answer to a mail its owner wrote since:
        # the mailbox works again, and once the server accepts the answer the mark is cleared (_record_all)
        answers = ctx.store.answers_to_their_writer(r.id for r in rows if r.recipient.lower() in bounced)
        for row in (r for r in rows if r.recipient.lower() in bounced and r.id not in answers):
            ctx.store.record_failure(row.id, "not sent: the address bounced before", None, now)
            report.failed += 1
        rows = [r for r in rows if r.recipient.lower() not in bounced or r.id in answers]
        by_id = {row.id: row for row in rows}
        pending: list[tuple[OutboxRow, SendResult]] = []

        def on_result(result: SendResult, rows_by_id: dict[int, OutboxRow] = by_id,
                      pending: list[tuple[OutboxRow, SendResult]] = pending,
                      marked: frozenset[int] = frozenset(answers)) -> None:
            pending.append((rows_by_id[result.key], result))
            if result.ok or len(pending) >= RECORD_EVERY:
                _record_all(ctx, pending, marked, now, report)

        try:
            await ctx.transport.send_batch(
                [Envelope(row.id, _envelope_sender(ctx, row), row.recipient, row.raw) for row in rows], on_result)
        finally:
            _record_all(ctx, pending, frozenset(answers), now, report)
    return report


def _envelope_sender(ctx: Context, row: OutboxRow) -> str:
    """Our address, or with VERP switched on our address tagged with the mail's Message-ID (workflow/bounce.py)."""
    sender = ctx.event.sender.address
    if not ctx.settings.verp:
        return sender
    mid = message_id_of(row.raw)
    return verp_sender(sender, mid) if mid else sender


def _record_all(ctx: Context, results: list[tuple[OutboxRow, SendResult]], marked: frozenset[int], now: datetime,
                report: PassReport) -> None:
    """Note the results of these attempts in one transaction (and empty the list); then, for a mail the server
    accepted, clear its address's bounce mark when it answered the address's owner, and scrub an erasure's
    confirmation."""
    if not results:
        return
    sent: list[OutboxRow] = []
    failures: list[tuple[int, str, datetime | None]] = []
    for row, result in results:
        outcome = retry.classify(result)
        if outcome == "sent":
            sent.append(row)
            continue
        retry_at = retry.next_attempt(row.attempts + 1, now) if outcome == "retry" else None
        failures.append((row.id, result.error or "unknown error", retry_at))
        if retry_at is None:
            report.failed += 1
        else:
            report.retrying += 1
            problem = redact(f"SMTP: {result.error or 'temporary failure'}; will retry")
            if problem not in report.problems:
                report.problems.append(problem)
    results.clear()
    ctx.store.record_results([row.id for row in sent], failures, now)
    report.sent += len(sent)
    for row in sent:
        if row.id in marked:
            ctx.store.clear_undeliverable(row.recipient)
        if row.kind == "erased":  # the confirmation of an erasure does not stay either
            ctx.store.scrub_sent(row.id)


# ---- whole passes ----------------------------------------------------------------------------------

#: Mails processed between two sends in a pass: the first replies leave while the burst is still being read.
PIPELINE_STEP = 50


def work_off(ctx: Context, now: datetime, report: PassReport, sending: bool = True) -> bool:
    """Process what is stored PIPELINE_STEP mails at a time, sending the outbox after each step.

    Each mail's decision and replies are committed before its replies can be claimed, as always; only the
    sending comes sooner, and memory holds one step, not the burst. When a step's sending only met a server
    that does not take mail, the pass stops waiting on it (the end of the pass tries once more); returns
    whether to go on sending.
    """
    while True:
        done = process_all(ctx, now, PIPELINE_STEP)
        report.processed += done
        if sending and done:
            sent, retrying = report.sent, report.retrying
            asyncio.run(send_due(ctx, now, report))
            sending = not (report.sent == sent and report.retrying > retrying)
        if done < PIPELINE_STEP:
            return sending


def poll(ctx: Context, now: datetime) -> PassReport:
    """One pass: fetch, and after each fetched batch process and send in steps (work_off); then move and send
    what is left. Server problems are reported, not raised, so the worker goes on; a database that cannot be
    used at all ends the pass with its error (the next pass starts over)."""
    report = PassReport()
    ctx.store.release_stale(now)
    sending = True
    if ctx.settings.imap.host:
        try:
            with Mailbox(ctx.settings.imap, ctx.settings.ca_file) as box:
                for fetched in fetched_batches(ctx, box, now):
                    report.fetched += fetched
                    sending = work_off(ctx, now, report, sending)
                sending = work_off(ctx, now, report, sending)  # stored before this pass: retried, imported
                report.moved = move_handled(ctx, box)
                report.moved += tidy_review(ctx, box, now)
                erase_from_mailbox(ctx, box, now)
        except MailboxError as exc:
            report.problems.append(redact(f"IMAP: {exc}"))
    work_off(ctx, now, report, sending=False)
    if not ctx.settings.imap.host:
        erase_from_mailbox(ctx, None, now)
    asyncio.run(send_due(ctx, now, report))
    return report


def assist(ctx: Context, now: datetime) -> PassReport:
    """The pass of a worker that does not hold the inbox watch (mailbot/store/lease.py): process what another
    worker fetched and send what is due. It never touches the mailbox or the schedule, so any number can run."""
    report = PassReport()
    ctx.store.release_stale(now)
    work_off(ctx, now, report)
    asyncio.run(send_due(ctx, now, report))
    return report


def scheduled(ctx: Context, now: datetime, report: PassReport | None = None) -> None:
    """Time-driven work, each step idempotent: event updates, reminders, the daily digest, the purge.

    Update mails go first so reminders carry the raised calendar SEQUENCE; what is queued here is
    sent at once. A failing step is logged and does not keep the others from running.
    """
    from .digest_job import queue_digest
    from .event_update_job import announce_changes
    from .purge_job import purge_expired
    from .remind_job import queue_reminders

    queued = 0
    for step in (announce_changes, queue_reminders, queue_digest):
        try:
            queued += step(ctx, now) or 0
        except Exception as exc:  # noqa: BLE001 - one broken step must not stop the schedule
            log.error("scheduled step %s failed (%s)", step.__name__, type(exc).__name__)
            log.debug("details of the failure", exc_info=True)  # debug only: values may be personal data
    if queued:
        asyncio.run(send_due(ctx, now, report))  # counted in the pass's report: updates, reminders, digests
    purge_expired(ctx, now)  # after the retention period: database, mailbox folders, outbox folder


def import_mails(ctx: Context, mails: Iterable[bytes], now: datetime) -> PassReport:
    """Take mails from files as if they had arrived in the inbox, then process and send them."""
    report = PassReport()
    for raw in mails:
        report.fetched += ctx.store.record_imported(raw, message_id_of(raw), now)
    report.processed = process_all(ctx, now)
    if not ctx.settings.imap.host:  # the mails came from files: no mailbox to clean after an erasure
        erase_from_mailbox(ctx, None, now)
    asyncio.run(send_due(ctx, now, report))
    return report


# ---- the organisers' desk on the command line --------------------------------------------------------

def desk_commands(ctx: Context, commands: Sequence[Command], actor: str, now: datetime) -> Decision:
    """Apply commands given on the command line exactly as if an organiser had answered by mail.

    The administrator who can run mailbot is proven already; the rest (lookup, the desk's decision,
    one transaction, the acknowledgement to the organisers) is the mail path's own code.
    """
    mail = InboundMail(message_id=None, subject="Kommandozeile", from_name="", from_addr=actor)
    understanding = Understanding(intent="other")
    ref = referenced(list(commands))
    lookup = Lookup(sender="", emails=ref.emails, codes=ref.codes, items=ref.items, names=ref.names)
    token = DeskToken(token="cli", kind="cli")
    source = "cli-" + new_token()

    def decide_and_render(state: State) -> tuple[Decision, list[OutgoingMail]]:
        state = replace(state, desk=replace(state.desk or DeskState(), token=token))
        case = Case(mail=mail, understanding=understanding, state=state, event=ctx.event, now=now, code=ctx.code)
        decision = carry_out(case, token, commands)
        return decision, render_replies(ctx, decision, mail, understanding, state, now, None, source=source)

    decision = ctx.store.decide_and_apply(None, lookup, now, decide_and_render)
    process_all(ctx, now)  # a parked mail the commands sent through again
    return decision
