"""Work that does not grow with the burst (issue 13): index lookups and counters instead of scans, on SQLite and
PostgreSQL; IMAP commands of bounded length, against Dovecot. Speed itself is measured in bench/, not here."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from servers import ImapAccount, sample_mail
from sqlalchemy import create_engine, event, func, select, text

from mailbot.intake import MOVE_CHUNK, Mailbox
from mailbot.models import (
    Decision, Municipality, NewAttendee, OutgoingMail, Person, PlannedReply, RegistrationDetails, StatusChange,
)
from mailbot.store import Lookup, Store
from mailbot.store import tables as t
from mailbot.store.migrate import alembic_config

ROOT = Path(__file__).resolve().parent.parent
NOW = datetime.fromisoformat("2025-05-05T10:00:00+02:00")
GERA = Municipality("Gera", "16052000", "Gera")
JENA = Municipality("Jena", "16053000", "Jena")

# Tables that grow with the mail: a per-mail statement must never read them whole.
GROWING = {"inbound_mail", "outbox", "attendees", "registrations", "activity", "bounce_events", "desk_tokens",
           "undeliverable", "desk_actions"}


def raw(n: int) -> bytes:
    return f"Message-ID: <m{n}@example.org>\r\nFrom: a{n}@example.org\r\nSubject: Anmeldung\r\n\r\nHallo\r\n".encode()


def signup(n: int, status: str = "confirmed", where: Municipality | None = GERA) -> Decision:
    code = f"ISEK-TEST-{n:04d}"
    return Decision(
        kind="Confirm", reason="test", details=RegistrationDetails(municipality=where),
        new_attendees=(NewAttendee(Person(f"Person Nummer{n}", f"Person{n}@Example.org"), status, code),),
        replies=(PlannedReply("confirmation", f"person{n}@example.org", None, codes=(code,)),))


def reply(n: int) -> list[OutgoingMail]:
    return [OutgoingMail(dedupe_key=f"confirmation:{n}", kind="confirmation", recipient=f"Person{n}@Example.org",
                         message_id=f"<c{n}@bot.example>", raw=b"Subject: x\r\n\r\nbody\r\n", codes=(f"ISEK-TEST-{n:04d}",))]


def fill(store: Store, count: int, start: int = 0) -> None:
    """`count` mails stored, each deciding one sign-up with one reply, as the poll pass would."""
    store.record_fetched("INBOX", 1, [(n + 1, raw(n), f"<m{n}@example.org>") for n in range(start, start + count)],
                         NOW)
    for n in range(start, start + count):
        row = store.claim_inbound(NOW)
        assert row is not None
        where = GERA if n % 2 else JENA
        store.decide_and_apply(row.id, Lookup(f"person{n}@example.org", municipalities=(where.ags,)), NOW,
                               lambda state, n=n, where=where: (signup(n, where=where), reply(n)))


@contextmanager
def statements(store: Store) -> Iterator[list[tuple[str, Any]]]:
    """Every SQL statement the store sends inside the block, with its parameters."""
    seen: list[tuple[str, Any]] = []

    def note(conn: Any, cursor: Any, statement: str, parameters: Any, context: Any, executemany: bool) -> None:
        if not re.match(r"\s*(BEGIN|PRAGMA|SAVEPOINT|RELEASE|ROLLBACK|COMMIT)\b", statement, re.IGNORECASE):
            seen.append((statement, parameters))

    event.listen(store.engine, "before_cursor_execute", note)
    try:
        yield seen
    finally:
        event.remove(store.engine, "before_cursor_execute", note)


def _pg_full_reads(node: dict[str, Any]) -> set[str]:
    """Relations a PostgreSQL plan reads whole: a sequential scan, or an index scan with no condition."""
    found = set()
    kind = node.get("Node Type", "")
    if kind == "Seq Scan" or (kind in ("Index Scan", "Index Only Scan") and "Index Cond" not in node):
        found.add(node.get("Relation Name", "?"))
    if kind == "Bitmap Index Scan" and "Index Cond" not in node:
        found.add(node.get("Index Name", "?"))
    for child in node.get("Plans", []):
        found |= _pg_full_reads(child)
    return found


def full_reads(store: Store, executed: list[tuple[str, Any]]) -> list[str]:
    """The statements whose plan reads a growing table whole: "SCAN t" on SQLite (also of a covering index);
    on PostgreSQL, with sequential scans switched off, a "Seq Scan" (no index could serve) or an index scan
    without a condition (the whole index read instead)."""
    found = []
    with store.engine.connect() as conn:
        if store.is_postgres:
            conn.exec_driver_sql("SET enable_seqscan = off")
        for statement, parameters in executed:
            if store.is_postgres:
                plan = conn.exec_driver_sql("EXPLAIN (FORMAT JSON) " + statement, parameters).scalar_one()
                plan = plan if isinstance(plan, list) else json.loads(plan)
                scanned = {name for entry in plan for name in _pg_full_reads(entry["Plan"])}
                scanned = {name for name in scanned if any(name.startswith(g) for g in GROWING)}
            else:
                plan = [row[3] for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters)]
                aliases = dict(re.findall(r"\b(\w+) AS (\w+)\b", statement))
                scanned = {m.group(1) for line in plan for m in [re.match(r"SCAN (\w+)", line)] if m}
                scanned = {name for alias in scanned for name in (alias, *(k for k, v in aliases.items() if v == alias))}
            if scanned & GROWING or (store.is_postgres and scanned):
                found.append(f"{' '.join(statement.split())[:300]}\n    -> {plan}")
        conn.rollback()
    return found


def test_deciding_a_mail_reads_no_growing_table_whole(database_url):
    """Claiming a mail (alone and in a batch), the deciding transaction's reads (counts, people by address, name, code and sender, the
    replies to the sender, seats per municipality, the queue number) and writes, and claiming and recording its
    reply, are all index lookups: EXPLAIN shows no scan of inbound mail, outbox, attendees or registrations."""
    store = Store(database_url)
    fill(store, 30)
    store.record_fetched("INBOX", 1, [(100, raw(100), "<m100@example.org>")], NOW)
    lookup = Lookup(sender="Person100@Example.org", emails=("person7@example.org", "colleague@example.org"),
                    codes=("ISEK-TEST-0003",), references=("<c5@bot.example>",), people=("Person Nummer9",),
                    municipalities=(GERA.ags,))
    with statements(store) as executed:
        row = store.claim_inbound(NOW)
        assert row is not None and store.retry_later(row.id, "locked", "test", NOW - timedelta(hours=1))
        [row] = store.claim_inbound_batch(NOW, 25)
        store.decide_and_apply(row.id, lookup, NOW, lambda state: (signup(100), reply(100)))
        due = store.claim_due(NOW, 100)
        store.record_sent(due[0].id, NOW)
    text_of = " ".join(s for s, _ in executed)
    assert "attendee_counts" in text_of and "lower(outbox.recipient)" in text_of  # the reads under test ran
    assert full_reads(store, executed) == []
    store.close()


def test_the_state_still_finds_people_by_every_way_and_counts_right(database_url):
    """With indexes and counters the decision sees what it saw before: people by stated address (any case), by
    the registration's sender, by code and by name; seats taken and waiting; seats in the municipalities that
    matter; replies to the sender."""
    store = Store(database_url)
    fill(store, 6)
    seen: dict[str, Any] = {}

    def look(state):
        seen["state"] = state
        return Decision(kind="Ignore", reason="test", inbound_status="ignored"), []

    store.record_fetched("INBOX", 1, [(50, raw(50), "<m50@example.org>")], NOW)
    row = store.claim_inbound(NOW)
    store.decide_and_apply(row.id, Lookup(sender="PERSON1@example.ORG", emails=("person2@EXAMPLE.org",),
                                          codes=("isek-test-0003",), people=("person nummer4",),
                                          municipalities=(GERA.ags,)), NOW, look)
    state = seen["state"]
    assert sorted(k.code for k in state.existing) == ["ISEK-TEST-0001", "ISEK-TEST-0002", "ISEK-TEST-0003",
                                                      "ISEK-TEST-0004"]
    assert (state.seats_taken, state.waitlist_length) == (6, 0)
    # Gera (odd numbers: 1, 3, 5) asked for; Jena through the attendees found (2, 4)
    assert state.seats_by_municipality == {GERA.ags: 3, JENA.ags: 3}
    assert (state.replies_today, state.mails_to_sender) == (1, 1)
    store.close()


@pytest.mark.parametrize("limit", [1, None])
def test_seats_per_municipality_are_counted_when_the_event_limits_them(worker, limit: int | None) -> None:
    """With a limit per municipality the second sign-up from Gera waits; without one the decision does not
    count seats per municipality at all (one read less for every mail) and both get a seat."""
    from email.message import EmailMessage
    from email.policy import SMTP

    from mailbot.event import load_event
    from mailbot.jobs import message_id_of, process_all

    event = load_event(ROOT / "config" / "event.toml").model_copy(update={"capacity_per_municipality": limit})
    ctx = worker(event=event)
    for n, name in enumerate(("Anna Gerber", "Paul Weidner")):
        msg = EmailMessage(policy=SMTP)
        msg["From"], msg["To"], msg["Subject"] = f"{name} <{name.split()[1].lower()}@gera.example>", \
            "anmeldung@example.test", "Anmeldung"
        msg["Message-ID"] = f"<limit{n}@gera.example>"
        msg.set_content(f"Guten Tag,\n\nhiermit melde ich mich für die Veranstaltung an.\n\n"
                        f"Mit freundlichen Grüßen\n{name}\nStadtverwaltung Gera\n")
        mail = msg.as_bytes()
        ctx.store.record_imported(mail, message_id_of(mail), NOW)
    with statements(ctx.store) as executed:
        assert process_all(ctx, NOW) == 2
    with ctx.store.engine.connect() as conn:
        statuses = [s for (s,) in conn.execute(select(t.attendees.c.status).order_by(t.attendees.c.id))]
    assert statuses == (["confirmed", "waitlisted"] if limit else ["confirmed", "confirmed"])
    grouped = [s for s, _ in executed if "GROUP BY registrations.ags" in s]
    assert bool(grouped) == bool(limit)  # on PostgreSQL the rehearsal reads the state too


def counted(store: Store) -> tuple[dict[str, int], dict[str, int]]:
    """(the counters, the attendees counted row by row), without statuses nobody has."""
    with store.engine.connect() as conn:
        kept = {s: n for s, n in conn.execute(select(t.attendee_counts.c.status, t.attendee_counts.c.n)) if n}
        real = dict(conn.execute(select(t.attendees.c.status, func.count()).group_by(t.attendees.c.status)).all())
    return kept, real


def test_attendee_counters_follow_every_change(database_url):
    """The counters the decision reads stay equal to counting the rows: through new attendees, waitlisting, a
    cancellation with a promotion, a status written by hand, and the retention purge."""
    store = Store(database_url)
    fill(store, 4)
    store.record_fetched("INBOX", 1, [(60, raw(60), "<m60@example.org>"), (61, raw(61), "<m61@example.org>")], NOW)
    row = store.claim_inbound(NOW)
    store.decide_and_apply(row.id, Lookup("x@example.org"), NOW, lambda s: (signup(60, "waitlisted"), []))
    kept, real = counted(store)
    assert kept == real == {"confirmed": 4, "waitlisted": 1}
    row = store.claim_inbound(NOW)
    store.decide_and_apply(row.id, Lookup("x@example.org"), NOW, lambda s: (Decision(
        kind="Cancelled", reason="test", changes=(StatusChange("ISEK-TEST-0001", "cancelled", "cancelled"),
                                                  StatusChange("ISEK-TEST-0060", "confirmed", "promoted"))), []))
    kept, real = counted(store)
    assert kept == real == {"confirmed": 4, "cancelled": 1}
    with store.engine.begin() as conn:  # any writer, not only the deciding transaction
        conn.execute(t.attendees.update().where(t.attendees.c.code == "ISEK-TEST-0002").values(status="provisional"))
    kept, real = counted(store)
    assert kept == real == {"confirmed": 3, "provisional": 1, "cancelled": 1}
    store.purge_personal_data()
    assert counted(store) == ({}, {})
    store.close()


def test_the_migration_counts_the_attendees_already_there(database_url):
    """A database from before the counters (revision 0005) with attendees in it gets them counted on upgrade."""
    from alembic import command

    engine = create_engine(database_url)
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "0005")
        conn.execute(text("INSERT INTO registrations (id, language, created_at) VALUES (1, 'de', :now)"),
                     {"now": NOW.replace(tzinfo=None)})
        for n, status in enumerate(["confirmed", "confirmed", "waitlisted", "cancelled", "provisional"]):
            conn.execute(text("INSERT INTO attendees (registration_id, code, name, status, queue_seq, ics_sequence, "
                              "created_at, status_changed_at) VALUES (1, :code, :name, :status, :n, 0, :now, :now)"),
                         {"code": f"ISEK-OLD-{n}", "name": f"Alt {n}", "status": status, "n": n,
                          "now": NOW.replace(tzinfo=None)})
    engine.dispose()
    store = Store(database_url)
    kept, real = counted(store)
    assert kept == real == {"confirmed": 2, "waitlisted": 1, "cancelled": 1, "provisional": 1}
    store.close()


def test_replies_to_a_sender_are_counted_over_the_last_day_only(database_url):
    """The reply limit's count uses the recipient index and still honours the one-day window."""
    store = Store(database_url)
    fill(store, 1)
    store.enqueue([OutgoingMail(dedupe_key="old", kind="confirmation", recipient="person0@example.org",
                                message_id="<old@bot.example>", raw=b"x")], NOW - timedelta(days=2))
    seen: dict[str, Any] = {}

    def look(state):
        seen["state"] = state
        return Decision(kind="Ignore", reason="test", inbound_status="ignored"), []

    store.record_fetched("INBOX", 1, [(70, raw(70), "<m70@example.org>")], NOW)
    row = store.claim_inbound(NOW)
    store.decide_and_apply(row.id, Lookup(sender="person0@example.org"), NOW, look)
    assert (seen["state"].replies_today, seen["state"].mails_to_sender) == (1, 2)
    store.close()


# ---- moving out of the inbox in chunks ------------------------------------------------------------


def _expand(uid_set_text: str) -> list[int]:
    out: list[int] = []
    for part in uid_set_text.split(","):
        low, _, high = part.partition(":")
        out.extend(range(int(low), int(high or low) + 1))
    return out


@pytest.mark.servers
@pytest.mark.parametrize("how", ["move", "move_by_copy"])
def test_more_uids_than_one_command_takes_move_in_chunks(dovecot: ImapAccount, how: str) -> None:
    """Moving 1 050 mails (every other one of the first 1 000, then a run of 550) sends commands of at most 500
    UIDs each, written as ranges, and moves exactly those mails: a folder of any size is emptied (Dovecot refuses
    one command line with ~11 000 UIDs, and then nothing moves)."""
    dovecot.append_many([sample_mail(n) for n in range(1550)])
    with Mailbox(dovecot.imap_settings()) as box:
        box.select("INBOX")
        uids = box.all_uids()
        wanted = uids[0:1000:2] + uids[1000:]
        box.ensure_folder("Processed")
        sent: list[str] = []
        command = "move" if how == "move" else "copy"
        real = getattr(box.client, command)

        def noting(messages, folder):  # type: ignore[no-untyped-def]
            sent.append(messages)
            return real(messages, folder)

        setattr(box.client, command, noting)
        getattr(box, how)(wanted, "Processed")
    assert all(isinstance(s, str) and len(_expand(s)) <= MOVE_CHUNK for s in sent)
    assert sorted(uid for s in sent for uid in _expand(s)) == wanted
    assert len(sent) == 3 and sent[-1].count(",") == 0  # the run of 550 is written as ranges
    assert dovecot.uids() == sorted(set(uids) - set(wanted))
    assert len(dovecot.uids("Processed")) == len(wanted)


# ---- building a reply: constant parts once, the same bytes ------------------------------------------

HOSTILE_NAMES = ("Zoë Ødegård-Łukasiewicz", "=?utf-8?q?=0D=0ABcc:_x@evil.example?=", 'Dr. "Hans" <Wurst>, Jr.',
                 "Ä" * 90, "李小龍 Lee", "Anna\u202eWeber")


@pytest.mark.parametrize("language", ["de", "en"])
def test_replies_put_together_directly_are_the_bytes_the_email_package_writes(language: str) -> None:
    """Every kind of reply, with realistic and hostile names, put together directly with remembered header lines,
    twice (the second time from what was remembered), is byte for byte what the email package writes when it
    builds the message with a plain policy.SMTP."""
    import dataclasses

    from test_replies import TEMPLATES, realistic

    from mailbot.event import load_event
    from mailbot.replies import KINDS, make_environment, render

    event = load_event(ROOT / "config" / "event.toml")
    env = make_environment(TEMPLATES)
    requests = [realistic(kind, language) for kind in KINDS]
    requests += [dataclasses.replace(request, to_name=name,
                                     attendees=tuple(dataclasses.replace(a, name=name) for a in request.attendees))
                 for name in HOSTILE_NAMES for request in requests]
    fast = [render(request, event, NOW, env).raw for request in requests * 2]
    plain = [render(request, event, NOW, env, reference=True).raw for request in requests]
    assert fast == plain * 2


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet=st.sampled_from(" \t=aäZ.-€\u0085\x0c"), max_size=170), max_size=6))
def test_bodies_encoded_line_by_line_are_those_of_the_content_manager(lines: list[str]) -> None:
    """A body encoded one remembered line at a time is what set_content writes, also at the fold points (a
    '=' or a space where a soft break falls), for line separators hidden in the text and for the empty body."""
    from email.message import EmailMessage
    from email.policy import SMTP

    from mailbot.replies.render import _quoted_printable

    text = "\n".join(lines)
    msg = EmailMessage(policy=SMTP)
    msg.set_content(text, subtype="plain", charset="utf-8", cte="quoted-printable")
    expected = msg.as_bytes().split(b"\r\n\r\n", 1)[1]
    assert _quoted_printable(text) == expected
    assert _quoted_printable(text) == expected  # from what was remembered


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab \\^,;:öß€\U0001d11e"), min_size=60, max_size=400))
@example("a" * 73 + "\\" + "b" * 10)
@example("a" * 72 + "ö" + "b" * 10)
@example("a" * 71 + "€^" + "b" * 10)
def test_calendar_lines_are_folded_as_icalendar_folds_them(line: str) -> None:
    """The piecewise folding gives icalendar's bytes: at 75 octets, never inside a character of two, three or four
    octets, an escape character kept with what it escapes."""
    import icalendar

    from mailbot.replies.ics import fold

    assert fold(line).encode() == icalendar.parser.Contentline(line).to_ical()


@pytest.mark.parametrize("method", ["REQUEST", "CANCEL"])
def test_the_calendar_with_its_zone_put_in_is_the_calendar_icalendar_writes(method: str) -> None:
    """The VTIMEZONE text built once and put in front of the VEVENT gives the bytes icalendar writes for the
    calendar with the zone as its first component."""
    import dataclasses

    from test_replies import realistic

    from mailbot.event import load_event
    from mailbot.replies.ics import build_calendar, calendar_without_zone, timezone_component

    event = load_event(ROOT / "config" / "event.toml")
    request = dataclasses.replace(realistic("confirmation", "de"), ics_method=method)
    description = "Programm:\n09:30 Uhr  Ankommen, Kaffee; Anmeldecode: ISEK-7KQ2-M9XD\n" + "lang " * 40
    whole = calendar_without_zone(request, event, NOW, description)
    whole.subcomponents.insert(0, timezone_component(event.timezone, event.date.year))
    assert build_calendar(request, event, NOW, description) == whole.to_ical()
    assert build_calendar(request, event, NOW, description) == whole.to_ical()  # from what was remembered


_hostile_text = st.text(alphabet=st.sampled_from("aö ,;:\\^\"\n€\U0001d11e"), max_size=120)


@settings(max_examples=200, deadline=None)
@given(method=st.sampled_from(["REQUEST", "CANCEL"]), name=_hostile_text, description=_hostile_text,
       uid=st.one_of(st.none(), st.text(alphabet="abc-@.;:,", min_size=1, max_size=60)),
       sequence=st.integers(min_value=-2, max_value=10 ** 6), status=st.sampled_from(["confirmed", "cancelled"]),
       seconds=st.integers(min_value=0, max_value=10 ** 8))
def test_each_calendar_is_the_one_icalendar_writes_whole(method: str, name: str, description: str, uid: str | None,
                                                         sequence: int, status: str, seconds: int) -> None:
    """The frame built once per event and method, with the recipient's own lines put in, gives icalendar's bytes
    for every recipient, name, UID, sequence, time and description: nothing personal is in the frame."""
    from datetime import timedelta

    from mailbot.event import load_event
    from mailbot.replies.ics import build_calendar, calendar_without_zone, timezone_component
    from mailbot.replies.request import ReplyAttendee, ReplyRequest

    event = load_event(ROOT / "config" / "event.toml")
    person = ReplyAttendee(name=name or "X", salutation=None, title=None, email="p@stadt.example", status=status,
                           code="ISEK-7KQ2-M9XD", ics_uid=uid)
    request = ReplyRequest(kind="confirmation", to="p@stadt.example", to_name=name or None, dedupe_key="k",
                           attendees=(person,), ics_method=method, ics_sequence=sequence)
    now = NOW + timedelta(seconds=seconds)
    whole = calendar_without_zone(request, event, now, description)
    whole.subcomponents.insert(0, timezone_component(event.timezone, event.date.year))
    assert build_calendar(request, event, now, description) == whole.to_ical()


# ---- sending: results noted together; replies while the burst is read -------------------------------


def test_sent_replies_are_noted_at_once_and_failures_along_with_them(smtp_server, worker) -> None:
    """120 queued replies, one refused for good and one for now: every result is noted (sent, failed, retry); an
    accepted reply at once, before the next goes out (a crash sends at most that one again: tests/test_crash.py),
    the failures in the same transactions rather than in their own."""
    import asyncio

    from mailbot.jobs import send_due

    ctx = worker(smtp=smtp_server.smtp_settings())
    ctx.store.enqueue([OutgoingMail(dedupe_key=f"k{n}", kind="confirmation", recipient=f"r{n}@example.org",
                                    message_id=f"<k{n}@bot.example>", raw=b"Subject: x\r\n\r\nbody\r\n")
                       for n in range(120)], NOW)
    smtp_server.reject("r7@example.org", "550 5.1.1 no such user")
    smtp_server.reject("r8@example.org", "451 4.3.0 try again later")
    commits: list[int] = []
    event.listen(ctx.store.engine, "commit", lambda conn: commits.append(1))
    report = asyncio.run(send_due(ctx, NOW))
    assert (report.sent, report.failed, report.retrying) == (118, 1, 1)
    assert len(smtp_server.received()) == 118
    assert ctx.store.outbox_counts() == {"sent": 118, "failed": 1, "retry": 1}
    assert len(commits) <= 118 + 6  # one per accepted reply, claims and bounce checks per batch of 100


class _NotingTransport:
    """The worker's own transport, noting how many stored mails still wait when each batch goes out."""

    def __init__(self, ctx: Any) -> None:
        self.inner, self.ctx, self.waiting = ctx.transport, ctx, []

    async def send_batch(self, envelopes: Any, on_result: Any) -> None:
        self.waiting.append(self.ctx.store.inbound_counts().get("new", 0))
        await self.inner.send_batch(envelopes, on_result)


@pytest.mark.servers
def test_a_pass_sends_replies_while_the_burst_is_still_being_read(dovecot, smtp_server, worker) -> None:
    """130 mails in the inbox: one poll pass sends the first replies while most mail still waits to be decided
    (steps of PIPELINE_STEP), answers every mail once, and empties the inbox."""
    from mailbot.jobs import PIPELINE_STEP, poll

    dovecot.append_many([sample_mail(n, sender=f"person{n}@stadt-schleiz.de") for n in range(130)])
    ctx = worker(imap=dovecot.imap_settings(), smtp=smtp_server.smtp_settings())
    ctx.transport = noting = _NotingTransport(ctx)
    report = poll(ctx, NOW)
    assert (report.fetched, report.processed, report.moved) == (130, 130, 130)
    assert noting.waiting[0] == 130 - PIPELINE_STEP  # the first replies left with 80 mails still to decide
    assert report.sent == len(smtp_server.received()) == sum(ctx.store.outbox_counts().values())
    assert dovecot.uids() == []


@pytest.mark.servers
def test_a_pass_stops_waiting_on_an_smtp_server_that_takes_no_mail(dovecot, smtp_server, worker) -> None:
    """With the SMTP server down, the pass tries it after the first step, then only once more at its end: every
    mail is still decided and moved, the replies wait in the outbox."""
    from mailbot.jobs import poll

    dovecot.append_many([sample_mail(n, sender=f"person{n}@stadt-schleiz.de") for n in range(130)])
    ctx = worker(imap=dovecot.imap_settings(), smtp=smtp_server.smtp_settings())
    smtp_server.stop()
    ctx.transport = noting = _NotingTransport(ctx)
    report = poll(ctx, NOW)
    assert (report.processed, report.moved, report.sent) == (130, 130, 0)
    assert len(noting.waiting) == 2
    assert set(ctx.store.outbox_counts()) <= {"queued", "retry"}


def test_mails_claimed_in_batches_go_to_one_worker_each(database_url) -> None:
    """Two workers claiming batches of 7 at once from 60 mails get each mail exactly once, as claimed rows
    (status processing, their owner), none of a mail that waits after a fault."""
    import threading

    first, second = Store(database_url), Store(database_url)
    first.record_fetched("INBOX", 1, [(n + 1, raw(n), f"<m{n}@example.org>") for n in range(61)], NOW)
    waiting = first.claim_inbound(NOW)
    assert waiting is not None and first.retry_later(waiting.id, "locked", "test", NOW) is not None
    claimed: dict[str, list[int]] = {first.owner: [], second.owner: []}

    def work(store: Store) -> None:
        while rows := store.claim_inbound_batch(NOW, 7):
            claimed[store.owner].extend(row.id for row in rows)

    threads = [threading.Thread(target=work, args=(s,)) for s in (first, second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    every = claimed[first.owner] + claimed[second.owner]
    assert len(every) == len(set(every)) == 60 and waiting.id not in every
    with first.engine.connect() as conn:
        owners = dict(conn.execute(select(t.inbound_mail.c.id, t.inbound_mail.c.claimed_by)
                                   .where(t.inbound_mail.c.status == "processing")).all())
    assert {i: owners[i] for i in every} == {i: o for o, ids in claimed.items() for i in ids}
    first.close(), second.close()
