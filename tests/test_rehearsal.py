"""Replies rendered before the seat lock (jobs.rehearse) are used under it only where the decision comes out
the same: a seat taken in between changes the answer, and the answer sent is the one decided under the lock."""

from __future__ import annotations

import email
import email.policy
from datetime import datetime
from pathlib import Path
from typing import Any

from mailbot import jobs, message, understand
from mailbot.event import load_event
from mailbot.models import Decision

ROOT = Path(__file__).resolve().parent.parent
NOW = datetime.fromisoformat("2025-05-05T10:00:00+02:00")


def signup(name: str, address: str) -> bytes:
    return (f"From: {name} <{address}>\r\nTo: anmeldung@transferveranstaltung.example\r\n"
            f"Subject: Anmeldung\r\nMessage-ID: <{address}>\r\nDate: Mon, 05 May 2025 09:00:00 +0200\r\n"
            "Content-Type: text/plain; charset=utf-8\r\n\r\n"
            f"Guten Tag,\r\nhiermit melde ich mich zur Transferveranstaltung am 20. Mai an.\r\n\r\n"
            f"Viele Grüße\r\n{name}\r\nBauamt Stadt Schleiz\r\n").encode()


def stored(ctx: jobs.Context, raw: bytes) -> int:
    ctx.store.record_imported(raw, message.parse(raw).message_id, NOW)
    row = ctx.store.claim_inbound(NOW)
    assert row is not None
    return row.id


def decide_with(ctx: jobs.Context, inbound_id: int, raw: bytes, rehearsed: list[jobs.Rendered],
                drawn: list[str]) -> tuple[Decision, list[Any]]:
    """The mail decided and stored under the seat lock, with this rehearsal; the replies as queued (kind, raw)."""
    from sqlalchemy import select

    from mailbot.store import tables as t

    mail = message.parse(raw)
    understanding = understand.read(mail, ctx.event_terms)
    lookup = jobs.lookup_for(mail, understanding, ctx.event, ctx.own_addresses)
    decision = jobs.decide_and_store(ctx, inbound_id, raw, mail, understanding, lookup, NOW,
                                     rehearsed=rehearsed, drawn=drawn)
    with ctx.store.engine.connect() as conn:
        rows = conn.execute(select(t.outbox.c.kind, t.outbox.c.raw).where(t.outbox.c.inbound_id == inbound_id)
                            .order_by(t.outbox.c.id)).all()
    return decision, list(rows)


def rehearsed_for(ctx: jobs.Context, inbound_id: int, raw: bytes) -> tuple[list[jobs.Rendered], list[str]]:
    mail = message.parse(raw)
    understanding = understand.read(mail, ctx.event_terms)
    lookup = jobs.lookup_for(mail, understanding, ctx.event, ctx.own_addresses)
    return jobs.rehearse(ctx, mail, understanding, lookup, NOW, None, inbound_id, raw)


def test_an_unchanged_decision_sends_the_rehearsed_mail(worker):
    ctx = worker()
    raw = signup("Jana Quellmalz", "j.quellmalz@schleiz.example")
    inbound = stored(ctx, raw)
    rehearsed, drawn = rehearsed_for(ctx, inbound, raw)
    assert [r.kind for r, _ in rehearsed] == ["confirmation"] and len(drawn) == 1
    decision, mails = decide_with(ctx, inbound, raw, rehearsed, drawn)
    assert decision.kind == "Confirm"
    assert mails[0].raw == rehearsed[0][1].raw  # the very mail rendered before the lock
    assert drawn[0] in mails[0].raw.decode("ascii", "replace")


def test_a_seat_taken_after_the_rehearsal_changes_the_answer(worker):
    ctx = worker(event=load_event(ROOT / "config" / "event.toml").model_copy(update={"capacity": 1}))
    late, early = (signup("Jana Quellmalz", "j.quellmalz@schleiz.example"),
                   signup("Ole Reinwarth", "o.reinwarth@schleiz.example"))
    late_id = stored(ctx, late)
    rehearsed, drawn = rehearsed_for(ctx, late_id, late)
    assert [r.kind for r, _ in rehearsed] == ["confirmation"]  # the seat was still free when rehearsed
    early_id = stored(ctx, early)
    assert decide_with(ctx, early_id, early, [], [])[0].kind == "Confirm"  # another worker takes the last seat
    decision, mails = decide_with(ctx, late_id, late, rehearsed, drawn)
    assert [m.kind for m in mails] == ["waitlist"]
    assert email.message_from_bytes(mails[0].raw, policy=email.policy.default)["Subject"].startswith("Warteliste")
    assert mails[0].raw != rehearsed[0][1].raw


def test_contention_is_one_wait_among_the_last_decisions_and_saturation_most_of_them():
    from mailbot.store.decisions import SATURATED_AFTER, contended, saturated

    assert not contended([])
    assert not contended([False] * 32)
    assert contended([False] * 31 + [True])
    assert not saturated([True] * (SATURATED_AFTER - 1))  # too few decisions to tell
    assert not saturated([True, False] * 16)
    assert saturated([True] * 17 + [False] * 15)


def test_a_worker_rehearses_only_while_others_keep_the_seat_lock_busy(worker, monkeypatch):
    """Alone, or with a lock that is free most of the time, a worker decides each mail once (a rehearsal would read
    and decide twice for nothing); once the lock was held by others in most of its last decisions, it rehearses.
    Finding the lock held is seen by the database (SKIP LOCKED), not timed. SQLite has one worker: never."""
    import threading

    from sqlalchemy import update

    from mailbot.store import tables as t
    from mailbot.store.decisions import SATURATED_AFTER

    ctx = worker()
    rehearsals: list[int] = []
    real = jobs.rehearse
    monkeypatch.setattr(jobs, "rehearse", lambda *args, **kw: rehearsals.append(args[6]) or real(*args, **kw))

    def process(name: str, address: str) -> int:
        raw = signup(name, address)
        inbound = stored(ctx, raw)
        assert jobs.process_one(ctx, inbound, raw, NOW) is not None
        return inbound

    process("Anna Weber", "anna.weber@stadt-schleiz.example")
    assert rehearsals == []

    locked, done = threading.Event(), threading.Event()

    def other_worker() -> None:
        with ctx.store.engine.begin() as conn:  # another worker, deciding: it holds the seat lock a while
            conn.execute(update(t.seat_lock).where(t.seat_lock.c.id == 1).values(version=t.seat_lock.c.version + 1))
            locked.set()
            done.wait(0.3)

    holder = threading.Thread(target=other_worker)
    holder.start()
    assert locked.wait(10)
    timer = threading.Timer(0.2, done.set)
    timer.start()
    process("Jan Krause", "jan.krause@stadt-schleiz.example")  # waits for the other's lock
    holder.join()
    assert list(ctx.store.lock_waits) == [False, ctx.store.is_postgres]
    process("Eva Lang", "eva.lang@stadt-schleiz.example")
    assert rehearsals == [] and ctx.store.contended() == ctx.store.is_postgres  # held once: no readers, no rehearsal
    ctx.store.lock_waits.extend([True] * SATURATED_AFTER)  # as after decisions that mostly found it held
    fourth = process("Ole Brandt", "ole.brandt@stadt-schleiz.example")
    assert rehearsals == ([fourth] if ctx.store.is_postgres else [])
