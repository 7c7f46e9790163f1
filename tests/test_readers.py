"""Reader processes (mailbot/readers.py, jobs.read_ahead): a burst read and rehearsed beside the worker comes out
as in the worker; a reader that dies costs no mail; a killed worker leaves no reader behind."""

from __future__ import annotations

import functools
import os
import signal
import subprocess
import sys
import textwrap
import time
from datetime import datetime
from pathlib import Path

import pytest
from burst_mails import signup_mails

from mailbot.ahead import ahead, read_ahead, start_reader
from mailbot.jobs import CLAIM_BATCH, message_id_of, process_all, read_mail
from mailbot.readers import BREAKS_TOLERATED, WORTH_IT, Readers

ROOT = Path(__file__).resolve().parent.parent
NOW = datetime.fromisoformat("2025-05-05T10:00:00+02:00")


def burst() -> list[bytes]:
    """Sign-ups, the example inbox (questions, cancellations, auto-replies, bounces) and two broken mails."""
    examples = [p.read_bytes() for p in sorted((ROOT / "examples" / "inbox").glob("*.eml"))]
    return signup_mails(12) + examples + [b"\xff\xfe not a mail \x00", b"Content-Type: multipart/mixed\r\n\r\n--"]


def readers_of(ctx, count: int) -> Readers:
    return Readers(count, start_reader, (ctx.settings, ctx.event, ctx.store.secret))


def jobs_of(ctx, raws: list[bytes]) -> list[tuple]:
    """The mails stored as the inbox would store them, as the readers' jobs (rehearsing)."""
    for raw in raws:
        ctx.store.record_imported(raw, message_id_of(raw), NOW)
    rows = ctx.store.claim_inbound_batch(NOW, len(raws))
    ids = {row.raw: row.id for row in rows}
    return [(ids[raw], raw, None, NOW, True) for raw in raws if raw in ids]


def reading_here(ctx):
    """A mail's job done in the worker, reading only: what process_all falls back to."""
    return functools.partial(ahead, None, ctx.event_terms)


def outcome(call):
    try:
        return call()
    except Exception as exc:  # noqa: BLE001 - the same failure is part of reading the same
        return type(exc).__name__


def reading(result):
    return result[0] if isinstance(result, tuple) else result


def test_a_burst_done_by_readers_is_what_the_worker_does(worker):
    """The same readings; each reply rehearsed in a reader is the mail the worker renders for its request."""
    ctx = worker()
    jobs = jobs_of(ctx, burst())
    readers = readers_of(ctx, 2)
    try:
        by_readers = [outcome(call) for call in readers.readings(jobs, read_ahead, lambda job: ahead(ctx, ctx.event_terms, job))]
        assert readers._pool is not None  # the burst went to the readers
    finally:
        readers.close()
    here = [outcome(lambda job=job: ahead(ctx, ctx.event_terms, job)) for job in jobs]
    assert [reading(r) for r in by_readers] == [reading(r) for r in here]
    rehearsed = [pair for r in by_readers if isinstance(r, tuple) for pair in r[1]]
    assert sum(request.kind == "confirmation" for request, _mail in rehearsed) >= 12
    assert all(ctx.render(request, NOW) == mail for request, mail in rehearsed)


def test_a_small_batch_or_no_readers_is_done_in_the_worker(worker):
    ctx = worker()
    jobs = jobs_of(ctx, signup_mails(WORTH_IT * 2))
    here = reading_here(ctx)
    for readers, batch in ((readers_of(ctx, 2), jobs[:WORTH_IT - 1]), (readers_of(ctx, 0), jobs)):
        assert all(isinstance(outcome(call), tuple) for call in readers.readings(batch, read_ahead, here))
        assert readers._pool is None


def test_a_reader_that_dies_costs_no_mail_and_twice_dead_readers_are_given_up(worker):
    ctx = worker()
    jobs = jobs_of(ctx, signup_mails(WORTH_IT * 2))
    here = reading_here(ctx)
    expected = [read_mail(ctx, job[1]) for job in jobs]
    readers = readers_of(ctx, 1)
    for death in range(1, BREAKS_TOLERATED + 1):
        calls = readers.readings(jobs, read_ahead, here)
        pool = readers._pool
        assert pool is not None
        for pid in list(pool._processes):  # type: ignore[union-attr]
            os.kill(pid, signal.SIGKILL)
        assert [call()[0] for call in calls] == expected  # done in the worker instead, none lost
        assert readers._pool is None and readers._broken == death
    readers.readings(jobs, read_ahead, here)
    assert readers._pool is None  # given up: the worker does every mail alone


def test_readers_dead_before_the_batch_came_leave_it_to_the_worker(worker):
    ctx = worker()
    jobs = jobs_of(ctx, signup_mails(WORTH_IT))
    here = reading_here(ctx)
    readers = readers_of(ctx, 1)
    [call() for call in readers.readings(jobs, read_ahead, here)]
    pool = readers._pool
    assert pool is not None
    for pid in list(pool._processes):  # type: ignore[union-attr]
        os.kill(pid, signal.SIGKILL)
    deadline = time.monotonic() + 10
    while not pool._broken and time.monotonic() < deadline:  # type: ignore[attr-defined]
        time.sleep(0.02)
    assert [call()[0] for call in readers.readings(jobs, read_ahead, here)] == [read_mail(ctx, j[1]) for j in jobs]
    assert readers._broken == 1 and readers._pool is None


def test_a_killed_worker_leaves_no_reader_behind(tmp_path):
    script = tmp_path / "worker.py"
    script.write_text(textwrap.dedent(f"""
        import sys, time
        sys.path[:0] = [{str(ROOT)!r}, {str(ROOT / "tests")!r}]
        from datetime import datetime
        from pathlib import Path
        from burst_mails import signup_mails
        from mailbot.event import load_event
        from mailbot.ahead import read_ahead, start_reader
        from mailbot.readers import Readers
        from mailbot.settings import Settings
        from mailbot.store import Store

        if __name__ == "__main__":
            settings = Settings(database_url={f"sqlite:///{tmp_path / 'w.db'}"!r}, _env_file=None)
            store = Store(settings.database_url)
            event = load_event(Path({str(ROOT / "config" / "event.toml")!r}))
            readers = Readers(2, start_reader, (settings, event, store.secret))
            now = datetime.now().astimezone()
            [call() for call in readers.readings([(k, raw, None, now, True) for k, raw in enumerate(signup_mails(10))],
                                                 read_ahead, None)]
            print(" ".join(str(pid) for pid in readers._pool._processes), flush=True)
            time.sleep(600)
    """))
    worker = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True)
    try:
        pids = [int(pid) for pid in worker.stdout.readline().split()]  # type: ignore[union-attr]
        assert len(pids) == 2 and all(alive(pid) for pid in pids)
        worker.kill()
        worker.wait(10)
        deadline = time.monotonic() + 10
        while any(alive(pid) for pid in pids) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not any(alive(pid) for pid in pids)
    finally:
        if worker.poll() is None:
            worker.kill()


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    status = Path(f"/proc/{pid}/stat")
    return not status.exists() or status.read_text().split()[2] != "Z"  # a zombie has gone


@pytest.mark.parametrize("readers", [0, 2])
def test_a_burst_processed_with_and_without_readers_is_decided_alike(worker, readers: int) -> None:
    """49 sign-ups and the first sender's second mail in the same batch, answered as a repeat: with a reader, the
    worker renders at most that reply (when the reader rehearsed it before the first mail was stored)."""
    from sqlalchemy import select

    from mailbot.store import tables as t

    from mailbot.jobs import Context

    base = worker()
    ctx = Context.build(base.settings.model_copy(update={"readers": readers}), base.event, base.store)
    assert ctx.rehearse_ahead() == bool(readers)
    rendered_here: list[str] = []
    render = ctx.render
    ctx.render = lambda request, now: rendered_here.append(request.kind) or render(request, now)  # type: ignore[method-assign]
    first, *others = signup_mails(2 * CLAIM_BATCH - 1)  # two whole batches, each worth the readers
    again = first.replace(b"Message-ID: <", b"Message-ID: <again-", 1)
    assert again != first
    for raw in [first, *others[:10], again, *others[10:]]:
        ctx.store.record_imported(raw, message_id_of(raw), NOW)
    assert process_all(ctx, NOW) == 2 * CLAIM_BATCH
    assert (ctx.readers._pool is not None) == bool(readers)
    ctx.readers.close()
    with ctx.store.engine.connect() as conn:
        outcomes = conn.execute(select(t.inbound_mail.c.outcome).order_by(t.inbound_mail.c.id)).scalars().all()
        kinds = conn.execute(select(t.outbox.c.kind).order_by(t.outbox.c.id)).scalars().all()
        names = conn.execute(select(t.attendees.c.name)).scalars().all()
    assert outcomes[:11] + outcomes[12:] == ["Confirm"] * 49 and outcomes[11] != "Confirm"
    assert kinds[:11] + kinds[12:] == ["confirmation"] * 49 and kinds[11] == "already_registered"
    assert len(names) == len(set(names))  # the second mail added nobody twice
    assert rendered_here in ([], ["already_registered"]) if readers else rendered_here == kinds


def test_readers_rehearse_only_when_there_are_enough_of_them(worker) -> None:
    """One reader that also rehearses holds the worker up (it costs a reader twice what is left to the worker);
    codes or templates a test injects are never drawn or rendered in a reader."""
    from mailbot.ahead import REHEARSERS
    from mailbot.jobs import Context
    from mailbot.replies import make_environment

    ctx = worker()
    for count, expected in ((0, False), (1, False), (REHEARSERS, True), (REHEARSERS + 1, True)):
        built = Context.build(ctx.settings.model_copy(update={"readers": count}), ctx.event, ctx.store)
        assert built.rehearse_ahead() is expected and (built.readers.args[2] is not None) is expected
        assert built.readers.count == count
    many = ctx.settings.model_copy(update={"readers": REHEARSERS})
    assert not Context(many, ctx.event, ctx.store, ctx.transport, ctx.templates, code=lambda: "X-1").rehearse_ahead()
    other = make_environment(ROOT / "templates" / "en")
    assert not Context(many, ctx.event, ctx.store, ctx.transport, other).rehearse_ahead()
    built = Context.build(many, ctx.event, ctx.store)
    started_with = built.templates
    built.templates = other  # swapped after the readers started (as a test may): they no longer fit
    assert not built.rehearse_ahead()
    built.templates = started_with
    assert built.rehearse_ahead()
    built.code = lambda: "X-1"
    assert not built.rehearse_ahead()


def test_a_rehearsal_on_a_state_that_changed_before_its_turn_is_decided_and_rendered_anew(worker) -> None:
    """Both mails of one sender rehearsed ahead on the same state (as a reader may): the second is answered as
    the repeat it is by then, rendered in the worker, and nothing of its rehearsal is stored."""
    from sqlalchemy import select

    from mailbot.jobs import process_one
    from mailbot.store import tables as t

    ctx = worker()
    first = signup_mails(1)[0]
    jobs = jobs_of(ctx, [first, first.replace(b"Message-ID: <", b"Message-ID: <again-", 1)])
    done_ahead = [ahead(ctx, ctx.event_terms, job) for job in jobs]
    assert [[request.kind for request, _ in rehearsed] for _, rehearsed, _ in done_ahead] == [["confirmation"]] * 2
    rendered_here: list[str] = []
    render = ctx.render
    ctx.render = lambda request, now: rendered_here.append(request.kind) or render(request, now)  # type: ignore[method-assign]
    for job, result in zip(jobs, done_ahead):
        process_one(ctx, job[0], job[1], NOW, None, lambda result=result: result)
    with ctx.store.engine.connect() as conn:
        stored = conn.execute(select(t.outbox.c.kind, t.outbox.c.raw).order_by(t.outbox.c.id)).all()
    assert [kind for kind, _ in stored] == ["confirmation", "already_registered"] == ["confirmation", *rendered_here]
    assert stored[0].raw == done_ahead[0][1][0][1].raw  # the first one's rehearsal is what went out


def test_a_worker_among_others_reads_alone(worker) -> None:
    """Once another worker has held the seat lock (PostgreSQL), the cores are shared already: no readers."""
    ctx = worker()
    ctx.readers = readers_of(ctx, 1)
    for raw in signup_mails(2 * WORTH_IT):
        ctx.store.record_imported(raw, message_id_of(raw), NOW)
    ctx.store.lock_waits.append(True)  # as after waiting for another worker's seat lock
    assert process_all(ctx, NOW) == 2 * WORTH_IT
    assert (ctx.readers._pool is None) == ctx.store.is_postgres
    ctx.readers.close()
