"""The store on real databases (SQLite, and PostgreSQL when configured): dedupe, claims, one-transaction apply."""

from __future__ import annotations

import threading
from datetime import datetime, timedelta

from sqlalchemy import inspect

from mailbot.models import Decision, NewAttendee, OutgoingMail, Person, PlannedReply, RegistrationDetails, State
from mailbot.store import Lookup, Store

NOW = datetime.fromisoformat("2025-05-05T10:00:00+02:00")


def raw(n: int, with_id: bool = True) -> bytes:
    head = f"Message-ID: <m{n}@example.org>\r\n" if with_id else ""
    return f"{head}From: a{n}@example.org\r\nSubject: Anmeldung\r\n\r\nHallo {n}\r\n".encode()


def outgoing(key: str, to: str = "a@example.org") -> OutgoingMail:
    return OutgoingMail(dedupe_key=key, kind="confirmation", recipient=to, message_id=f"<{key}@bot.example>",
                        raw=b"Subject: x\r\n\r\nbody\r\n")


def confirm(name: str, code: str) -> Decision:
    return Decision(kind="Confirm", reason="test", details=RegistrationDetails(),
                    new_attendees=(NewAttendee(Person(name, f"{code.lower()}@example.org"), "confirmed", code),),
                    replies=(PlannedReply("confirmation", "a@example.org", None, codes=(code,)),))


def test_migrations_create_the_schema_and_run_twice(database_url):
    """Opening the store applies the Alembic migrations; opening it again changes nothing."""
    Store(database_url).close()
    store = Store(database_url)
    tables = set(inspect(store.engine).get_table_names())
    assert {"inbound_mail", "registrations", "attendees", "outbox", "schedule_state", "alembic_version"} <= tables
    store.close()


def test_inbound_mail_is_deduplicated_by_message_id_or_bytes(database_url):
    """The same Message-ID (or, without one, the same bytes) is stored once, however often it is fetched."""
    store = Store(database_url)
    assert store.record_fetched("INBOX", 7, [(1, raw(1), "<m1@example.org>"), (2, raw(2, False), None)], NOW) == 2
    assert store.record_fetched("INBOX", 7, [(3, raw(1), "<m1@example.org>"), (4, raw(2, False), None)], NOW) == 0
    assert store.mailbox_position("INBOX") == (7, 4)
    assert store.inbound_counts() == {"new": 2}
    assert store.record_imported(raw(1), "<m1@example.org>", NOW) is False
    store.close()


def test_a_claimed_mail_goes_to_one_worker_only(database_url):
    """Two workers claiming at once never get the same mail."""
    first, second = Store(database_url), Store(database_url)
    first.record_fetched("INBOX", 1, [(n, raw(n), f"<m{n}@example.org>") for n in range(1, 11)], NOW)
    claimed: list[int] = []

    def work(store: Store) -> None:
        while (row := store.claim_inbound(NOW)) is not None:
            claimed.append(row.id)

    threads = [threading.Thread(target=work, args=(s,)) for s in (first, second)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(claimed) == sorted(set(claimed)) and len(claimed) == 10
    first.close(), second.close()


def test_apply_writes_registration_replies_and_status_together(database_url):
    """A decision's registration, outbox rows and the mail's new status land in one transaction."""
    store = Store(database_url)
    store.record_fetched("INBOX", 1, [(1, raw(1), "<m1@example.org>")], NOW)
    row = store.claim_inbound(NOW)
    store.decide_and_apply(row.id, Lookup("a@example.org"), NOW,
                           lambda state: (confirm("Anna Schmidt", "ISEK-AAAA-0001"), [outgoing("confirmation:1")]))
    assert [r.name for r in store.attendee_records()] == ["Anna Schmidt"]
    assert store.outbox_counts() == {"queued": 1}
    assert store.inbound_counts() == {"done": 1}
    store.close()


def test_a_failing_decision_leaves_nothing_behind(database_url):
    """When deciding or rendering fails midway, no half registration and no reply are stored."""
    store = Store(database_url)
    store.record_fetched("INBOX", 1, [(1, raw(1), "<m1@example.org>")], NOW)
    row = store.claim_inbound(NOW)

    def broken(state: State):
        raise RuntimeError("template missing")

    try:
        store.decide_and_apply(row.id, Lookup("a@example.org"), NOW, broken)
    except RuntimeError:
        store.set_aside(row.id, "error while processing", NOW)
    assert store.attendee_records(include_inactive=True) == []
    assert store.outbox_counts() == {}
    assert store.inbound_counts() == {"review": 1}
    store.close()


def test_same_reply_is_queued_once(database_url):
    """Two mails with the same dedupe key: the second is dropped, so nobody gets the same reply twice."""
    store = Store(database_url)
    assert store.enqueue([outgoing("digest:2025-05-05")], NOW, marker="digest:2025-05-05") == 1
    assert store.enqueue([outgoing("digest:2025-05-05")], NOW) == 0
    assert store.is_done("digest:2025-05-05")
    store.close()


def test_outbox_retry_and_give_up(database_url):
    """A temporary failure waits for its retry time; a permanent one is recorded and never retried."""
    store = Store(database_url)
    store.enqueue([outgoing("a"), outgoing("b", "b@example.org")], NOW)
    first, second = store.claim_due(NOW, 10)
    store.record_failure(first.id, "451 try later", NOW + timedelta(minutes=1), NOW)
    store.record_failure(second.id, "550 no such user", None, NOW)
    assert store.claim_due(NOW + timedelta(seconds=30), 10) == []
    again = store.claim_due(NOW + timedelta(minutes=2), 10)
    assert [r.id for r in again] == [first.id] and again[0].attempts == 1
    store.record_sent(first.id, NOW + timedelta(minutes=2))
    assert store.outbox_counts() == {"sent": 1, "failed": 1}
    store.close()


def test_seats_are_never_handed_out_twice_by_parallel_workers(database_url):
    """Several workers deciding at once see each other's seats: capacity 3 and 8 sign-ups → exactly 3 seats."""
    stores = [Store(database_url) for _ in range(4)]
    stores[0].record_fetched("INBOX", 1, [(n, raw(n), f"<m{n}@example.org>") for n in range(1, 9)], NOW)

    def decide(state: State, n: int) -> tuple[Decision, list[OutgoingMail]]:
        status = "confirmed" if state.seats_taken < 3 else "waitlisted"
        code = f"ISEK-PAR{n}-0000"
        d = Decision(kind="x", reason="x", details=RegistrationDetails(),
                     new_attendees=(NewAttendee(Person(f"P {n}"), status, code),))
        return d, []

    def work(store: Store) -> None:
        while (row := store.claim_inbound(NOW)) is not None:
            store.decide_and_apply(row.id, Lookup(f"p{row.id}@example.org"), NOW,
                                   lambda state, n=row.id: decide(state, n))

    threads = [threading.Thread(target=work, args=(s,)) for s in stores]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    statuses = [r.status for r in stores[0].attendee_records(include_inactive=True)]
    assert sorted(statuses) == ["confirmed"] * 3 + ["waitlisted"] * 5
    for s in stores:
        s.close()


def test_purge_removes_personal_data_but_remembers_mails(database_url):
    """After the retention period people's data is gone, yet a re-delivered mail is still recognised."""
    store = Store(database_url)
    store.record_fetched("INBOX", 1, [(1, raw(1), "<m1@example.org>")], NOW)
    row = store.claim_inbound(NOW)
    store.decide_and_apply(row.id, Lookup("a@example.org"), NOW,
                           lambda state: (confirm("Anna Schmidt", "ISEK-AAAA-0001"), [outgoing("c:1")]))
    store.purge_personal_data()
    assert store.attendee_records(include_inactive=True) == []
    assert store.outbox_counts() == {}
    assert store.record_fetched("INBOX", 1, [(2, raw(1), "<m1@example.org>")], NOW) == 0
    store.close()
