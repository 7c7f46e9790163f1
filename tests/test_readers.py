"""Reader processes (mailbot/readers.py): a burst read beside the worker reads exactly as in the worker; a reader
that dies costs no mail; a killed worker leaves no reader behind."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from burst_mails import signup_mails

from mailbot.event import load_event
from mailbot.readers import BREAKS_TOLERATED, WORTH_IT, Readers, read, _start

ROOT = Path(__file__).resolve().parent.parent
EVENT = load_event(ROOT / "config" / "event.toml")


def burst() -> list[bytes]:
    """Sign-ups, the example inbox (questions, cancellations, auto-replies, bounces) and two broken mails."""
    examples = [p.read_bytes() for p in sorted((ROOT / "examples" / "inbox").glob("*.eml"))]
    return signup_mails(12) + examples + [b"\xff\xfe not a mail \x00", b"Content-Type: multipart/mixed\r\n\r\n--"]


def in_worker(raw: bytes):
    _start(EVENT)
    return read(raw)


def outcome(call):
    try:
        return call()
    except Exception as exc:  # noqa: BLE001 - the same failure is part of reading the same
        return type(exc).__name__


def test_a_burst_read_by_readers_reads_as_in_the_worker():
    raws = burst()
    readers = Readers(EVENT, 2)
    try:
        by_readers = [outcome(call) for call in readers.readings(raws, in_worker)]
        assert readers._pool is not None  # the burst went to the readers
    finally:
        readers.close()
    here = [outcome(lambda raw=raw: in_worker(raw)) for raw in raws]
    assert by_readers == here
    assert sum(isinstance(o, tuple) and o[1].intent == "registration" for o in here) >= 12


def test_a_small_batch_or_no_readers_is_read_in_the_worker():
    raws = signup_mails(WORTH_IT - 1)
    for readers in (Readers(EVENT, 2), Readers(EVENT, 0)):
        calls = readers.readings(raws if readers.count else signup_mails(WORTH_IT * 2), in_worker)
        assert all(isinstance(outcome(call), tuple) for call in calls)
        assert readers._pool is None


def test_a_reader_that_dies_costs_no_mail_and_twice_dead_readers_are_given_up():
    raws = signup_mails(WORTH_IT * 2)
    expected = [in_worker(raw) for raw in raws]
    readers = Readers(EVENT, 1)
    for death in range(1, BREAKS_TOLERATED + 1):
        calls = readers.readings(raws, in_worker)
        pool = readers._pool
        assert pool is not None
        for pid in list(pool._processes):  # type: ignore[union-attr]
            os.kill(pid, signal.SIGKILL)
        assert [call() for call in calls] == expected  # read in the worker instead, none lost
        assert readers._pool is None and readers._broken == death
    readers.readings(raws, in_worker)
    assert readers._pool is None  # given up: the worker reads alone


def test_readers_dead_before_the_batch_came_leave_it_to_the_worker():
    raws = signup_mails(WORTH_IT)
    readers = Readers(EVENT, 1)
    [call() for call in readers.readings(raws, in_worker)]
    pool = readers._pool
    assert pool is not None
    for pid in list(pool._processes):  # type: ignore[union-attr]
        os.kill(pid, signal.SIGKILL)
    deadline = time.monotonic() + 10
    while not pool._broken and time.monotonic() < deadline:  # type: ignore[attr-defined]
        time.sleep(0.02)
    assert [call() for call in readers.readings(raws, in_worker)] == [in_worker(raw) for raw in raws]
    assert readers._broken == 1 and readers._pool is None


def test_a_killed_worker_leaves_no_reader_behind(tmp_path):
    script = tmp_path / "worker.py"
    script.write_text(textwrap.dedent(f"""
        import sys, time
        sys.path[:0] = [{str(ROOT)!r}, {str(ROOT / "tests")!r}]
        from burst_mails import signup_mails
        from mailbot.event import load_event
        from mailbot.readers import Readers, read

        if __name__ == "__main__":
            readers = Readers(load_event(__import__("pathlib").Path({str(ROOT / "config" / "event.toml")!r})), 2)
            [call() for call in readers.readings(signup_mails(10), read)]
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


@pytest.mark.parametrize("readers", [0, 1])
def test_a_burst_processed_with_and_without_readers_is_decided_alike(worker, readers: int) -> None:
    from sqlalchemy import select

    from mailbot.jobs import message_id_of, process_all
    from mailbot.store import tables as t

    ctx = worker()
    ctx.readers = Readers(ctx.event, readers)
    now = __import__("datetime").datetime.fromisoformat("2025-05-05T10:00:00+02:00")
    for raw in signup_mails(30):
        ctx.store.record_imported(raw, message_id_of(raw), now)
    assert process_all(ctx, now) == 30
    assert (ctx.readers._pool is not None) == bool(readers)
    ctx.readers.close()
    with ctx.store.engine.connect() as conn:
        outcomes = sorted(conn.execute(select(t.inbound_mail.c.outcome)).scalars())
        names = sorted(conn.execute(select(t.attendees.c.name)).scalars())
    assert outcomes == ["Confirm"] * 30
    assert len(names) == 30


def test_a_worker_among_others_reads_alone(worker) -> None:
    """Once another worker has held the seat lock (PostgreSQL), the cores are shared already: no readers."""
    from mailbot.jobs import message_id_of, process_all

    ctx = worker()
    ctx.readers = Readers(ctx.event, 1)
    now = __import__("datetime").datetime.fromisoformat("2025-05-05T10:00:00+02:00")
    for raw in signup_mails(2 * WORTH_IT):
        ctx.store.record_imported(raw, message_id_of(raw), now)
    ctx.store.lock_waits.append(True)  # as after waiting for another worker's seat lock
    assert process_all(ctx, now) == 2 * WORTH_IT
    assert (ctx.readers._pool is None) == ctx.store.is_postgres
    ctx.readers.close()
