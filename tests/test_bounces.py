"""Bounces, issue 11 item 7: only a report that returns a mail we sent counts; delays never; no such user marks at
once; a full mailbox or a temporary failure only on two different days; a policy refusal goes to the organisers;
a new mail from a marked address is answered and clears the mark once the server accepts the answer.

The real bounces are the samples shipped in flufl.bounce's source distribution (tests/fixtures/bounces/flufl,
Apache 2.0, see its LICENSE): none may be answered, and the failed address is found wherever flufl.bounce finds one.
"""

from __future__ import annotations

import asyncio
import email
from collections import Counter
from datetime import datetime, timedelta
from email.policy import compat32
from pathlib import Path

import mails
import pytest
from flufl.bounce import all_failures
from mails import address
from sqlalchemy import select
from test_digest import make_ctx, sent_to  # noqa: F401

from mailbot.event import load_event
from mailbot.jobs import Context, import_mails, send_due
from mailbot.message import parse
from mailbot.message.report import read_report
from mailbot.models import DeliveryReport, Failure, SentMail, State
from mailbot.store import tables as t
from mailbot.understand import read
from mailbot.workflow import Case, decide
from mailbot.workflow.bounce import severity, verp_ids, verp_sender

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted((ROOT / "tests" / "fixtures" / "bounces" / "flufl").glob("*.txt"))
INBOX = "anmeldung@transferveranstaltung.example"
ORGANISER = "organisation@transferveranstaltung.example"
T0 = datetime.fromisoformat("2025-05-05T10:00:00+02:00")
OURS = "<abc123@transferveranstaltung.example>"


def dsn(failed: str, returned_id: str | None, action: str = "failed", status: str = "5.1.1",
        diagnostic: str = "smtp; 550 5.1.1 <{a}>: Recipient address rejected: User unknown",
        subject: str = "Undelivered Mail Returned to Sender", n: int = 0) -> bytes:
    """A Postfix-style DSN about `failed`, returning the headers of the mail `returned_id` (none: a forgery)."""
    returned = (f"From: {INBOX}\r\nTo: {failed}\r\nSubject: =?utf-8?q?Anmeldebest=C3=A4tigung?=\r\n"
                + (f"Message-ID: {returned_id}\r\n" if returned_id else ""))
    return (
        f"From: Mail Delivery System <MAILER-DAEMON@mx.example>\r\nTo: {INBOX}\r\nSubject: {subject}\r\n"
        f"Message-ID: <dsn.{n}.{abs(hash((failed, returned_id, action, status)))}@mx.example>\r\n"
        "Date: Mon, 05 May 2025 10:30:00 +0200\r\nAuto-Submitted: auto-replied\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/report; report-type=delivery-status; boundary="B"\r\n\r\n'
        "--B\r\nContent-Type: text/plain\r\n\r\nThis is the mail system at host mx.example.\r\n"
        "Your message could not be delivered to one or more recipients.\r\n\r\n"
        "--B\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.example\r\n\r\n"
        f"Final-Recipient: rfc822; {failed}\r\nAction: {action}\r\nStatus: {status}\r\n"
        f"Diagnostic-Code: {diagnostic.format(a=failed)}\r\n\r\n"
        f"--B\r\nContent-Type: text/rfc822-headers\r\n\r\n{returned}\r\n--B--\r\n"
    ).encode()


def plain_bounce(failed: str) -> bytes:
    """A plain mail titled like a bounce, no DSN, quoting nothing of ours (a forgery, or someone else's)."""
    return (f"From: Mail Delivery System <MAILER-DAEMON@mx.example>\r\nTo: {INBOX}\r\n"
            "Subject: Undelivered Mail Returned to Sender\r\nMessage-ID: <plain.1@mx.example>\r\n\r\n"
            f"I'm sorry to have to inform you that your message could not be delivered.\r\n\r\n<{failed}>: "
            "host mx said: 550 5.1.1 User unknown\r\n").encode()


# ---- the shipped samples of flufl.bounce ---------------------------------------------------------------------

def flufl_finds(raw: bytes) -> set[str]:
    temporary, permanent = all_failures(email.message_from_bytes(raw, policy=compat32))
    return {a.decode("utf-8", "replace").lower() for a in temporary | permanent}


def test_the_samples_are_all_there():
    """The 117 messages of flufl.bounce 6.0.0's tests/data are the fixtures, with their licence."""
    assert len(SAMPLES) == 117
    assert (SAMPLES[0].parent / "LICENSE").read_text().startswith("Copyright 2004-2026 Barry Warsaw")


def test_the_failed_address_is_found_wherever_flufl_bounce_finds_one():
    """Every sample in which flufl.bounce finds a failed address is read as a bounce naming one of them."""
    found, missed = 0, []
    for sample in SAMPLES:
        raw = sample.read_bytes()
        expected = flufl_finds(raw)
        if not expected:
            continue
        understanding = read(parse(raw))
        if understanding.intent == "bounce" and understanding.bounce_recipient in expected:
            found += 1
        else:
            missed.append((sample.name, understanding.intent, understanding.bounce_recipient))
    assert missed == [] and found == 112


def test_how_the_samples_read():
    """114 bounces; the rest are an auto reply with nothing flufl.bounce finds either, and a hotel's booking
    answer in Spanish that is parked for the organisers (read as a sign-up, but never answered)."""
    readings = Counter(read(parse(s.read_bytes())).intent for s in SAMPLES)
    assert readings == Counter({"bounce": 114, "auto_reply": 2, "registration": 1})


def test_no_sample_is_answered_and_none_marks_an_address(make_ctx, smtp_server):
    """Through the whole hallway (real database, real SMTP server) no sample gets an answer, and since none
    returns a mail we sent, no address is marked; only the organisers hear of the one parked mail."""
    ctx = make_ctx()
    report = import_mails(ctx, [s.read_bytes() for s in SAMPLES], T0)
    assert report.processed == len(SAMPLES)
    recipients = {r for m in smtp_server.received() for r in m.rcpt_tos}
    assert recipients <= {ORGANISER}
    assert len(smtp_server.received()) == 1
    with ctx.store.engine.begin() as conn:
        assert conn.execute(select(t.undeliverable)).all() == []
        assert conn.execute(select(t.bounce_events)).all() == []
        outcomes = Counter(conn.execute(select(t.inbound_mail.c.outcome)).scalars())
    assert outcomes == Counter({"Bounce": 114, "Ignore": 2, "NeedsReview": 1})


# ---- reading a report ------------------------------------------------------------------------------------------

def test_a_dsn_gives_action_status_and_the_returned_message_id():
    """Final-Recipient, Action, Status and the server's words of a DSN, and the Message-ID of the returned mail."""
    r = read_report(dsn("Weg@Stadt.example", OURS))
    assert r.returned_ids == (OURS,)
    (f,) = r.failures
    assert (f.address, f.permanent, f.action, f.status) == ("weg@stadt.example", True, "failed", "5.1.1")
    assert "User unknown" in f.diagnostic


def test_a_delay_notice_is_temporary():
    """`Action: delayed` with a 4.x status is a temporary failure, which never counts."""
    (f,) = read_report(dsn("a@b.example", OURS, action="delayed", status="4.4.1",
                           diagnostic="smtp; 451 4.4.1 connection timed out")).failures
    assert (f.permanent, f.action, f.status, severity(f)) == (False, "delayed", "4.4.1", "delay")


def test_returned_ids_from_an_attached_mail_and_from_quoted_headers():
    """The returned mail's Message-ID is found in an attached message/rfc822 and in headers quoted in the text."""
    attached = (f"From: MAILER-DAEMON@mx.example\r\nTo: {INBOX}\r\nSubject: Mail delivery failed\r\n"
                "Message-ID: <own@mx.example>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=X\r\n\r\n"
                "--X\r\nContent-Type: text/plain\r\n\r\n<x@y.example>: User unknown\r\n"
                f"--X\r\nContent-Type: message/rfc822\r\n\r\nFrom: {INBOX}\r\nMessage-ID: {OURS}\r\n\r\nHallo\r\n--X--\r\n")
    assert read_report(attached.encode()).returned_ids == (OURS,)
    quoted = (f"From: MAILER-DAEMON@mx.example\r\nTo: {INBOX}\r\nSubject: failure notice\r\n"
              "Message-ID: <own2@mx.example>\r\n\r\n<x@y.example>:\r\nSorry, no mailbox here by that name.\r\n\r\n"
              f"--- Below this line is a copy of the message.\r\n\r\nFrom: {INBOX}\r\nMessage-Id:\r\n {OURS}\r\n")
    assert read_report(quoted.encode()).returned_ids == (OURS,)


@pytest.mark.parametrize("failure, expected", [
    (Failure("a@b", True, "failed", "5.1.1"), "hard"),
    (Failure("a@b", True, "failed", "5.1.2"), "hard"),
    (Failure("a@b", True, "failed", "5.2.2"), "soft"),
    (Failure("a@b", True, "failed", "4.4.7"), "soft"),
    (Failure("a@b", False, "failed", "4.2.2"), "soft"),
    (Failure("a@b", True, "failed", "5.7.1", "550 5.7.1 Message rejected as spam"), "policy"),
    (Failure("a@b", False, "delayed", "4.4.1"), "delay"),
    (Failure("a@b", False, "", ""), "delay"),  # flufl.bounce's "temporary": a warning, still trying
    (Failure("a@b", True, "", "", "550 unknown user <a@b>"), "hard"),
    (Failure("a@b", True, "", "", "mailbox is full"), "soft"),
    (Failure("a@b", True, "", "", "rejected: listed in a blocklist"), "policy"),
    (Failure("a@b", True, "", "", "something went wrong"), "soft"),
    (Failure("a@b", True, "failed", "5.0.0", "User unknown in local recipient table"), "hard"),
])
def test_severity(failure, expected):
    """What a failed recipient means: hard marks at once, soft after two days, policy for the organisers."""
    assert severity(failure) == expected


# ---- deciding (pure) -------------------------------------------------------------------------------------------

EVENT = load_event(ROOT / "config" / "event.toml")


def decide_on(raw: bytes, returned: tuple[SentMail, ...] = (), history: dict | None = None,
              now: datetime = T0):
    mail = parse(raw)
    state = State(returned=returned, bounce_history=history or {})
    return decide(Case(mail=mail, understanding=read(mail), state=state, event=EVENT, now=now,
                       own_addresses=frozenset({INBOX})))


def test_a_forged_dsn_for_a_mail_we_never_sent_marks_nothing():
    """A DSN quoting a Message-ID that is not in our outbox (forged, or another sender's) cuts no one off."""
    d = decide_on(dsn("anna@stadt.example", "<never-sent@elsewhere.example>"))
    assert (d.kind, d.undeliverable, d.bounce, d.replies) == ("Bounce", None, None, ())
    assert "no mail we sent" in d.reason


def test_a_plain_undelivered_mail_without_a_dsn_of_ours_marks_nothing():
    """"Undelivered Mail Returned to Sender" as plain text, returning nothing of ours, marks nothing."""
    d = decide_on(plain_bounce("anna@stadt.example"))
    assert (d.undeliverable, d.bounce, d.replies) == (None, None, ())


def test_no_such_user_of_our_mail_marks_the_address():
    """5.1.1 for a mail we sent to that address marks it at once."""
    sent = (SentMail(OURS, "anna@stadt.example", "confirmation"),)
    d = decide_on(dsn("anna@stadt.example", OURS), sent)
    assert d.undeliverable == "anna@stadt.example" and d.bounce and d.bounce.severity == "hard"


def test_a_delay_of_our_mail_never_marks():
    """`Action: delayed`, 4.4.1: nothing marked, nothing counted."""
    sent = (SentMail(OURS, "anna@stadt.example", "confirmation"),)
    d = decide_on(dsn("anna@stadt.example", OURS, action="delayed", status="4.4.1",
                      subject="Delayed Mail (still being retried)"), sent)
    assert (d.undeliverable, d.bounce, d.inbound_status) == (None, None, "ignored")


def test_a_full_mailbox_marks_only_on_the_second_day():
    """5.2.2 is counted; a second one the same day still does not mark; one on another day does."""
    sent = (SentMail(OURS, "anna@stadt.example", "confirmation"),)
    full = dsn("anna@stadt.example", OURS, status="5.2.2", diagnostic="smtp; 552 5.2.2 Mailbox full")
    first = decide_on(full, sent)
    assert first.undeliverable is None and first.bounce and first.bounce.severity == "soft"
    same_day = decide_on(full, sent, {"anna@stadt.example": (T0,)}, T0 + timedelta(hours=5))
    assert same_day.undeliverable is None and same_day.bounce is not None
    next_day = decide_on(full, sent, {"anna@stadt.example": (T0, T0 + timedelta(hours=5))}, T0 + timedelta(days=1))
    assert next_day.undeliverable == "anna@stadt.example"


def test_a_policy_refusal_goes_to_the_organisers_not_onto_the_address():
    """5.7.1 (a content filter): parked for the organisers with its own reason; the address stays usable."""
    sent = (SentMail(OURS, "anna@stadt.example", "confirmation"),)
    d = decide_on(dsn("anna@stadt.example", OURS, status="5.7.1",
                      diagnostic="smtp; 550 5.7.1 Message rejected: spam content"), sent)
    assert (d.kind, d.inbound_status, d.code, d.undeliverable, d.bounce) == (
        "NeedsReview", "review", "bounce_policy", None, None)
    assert [r.to for r in d.replies] == [ORGANISER]


def test_verp_return_path_round_trip():
    """With VERP our envelope sender carries the Message-ID; the address a bounce goes to gives it back."""
    tagged = verp_sender(INBOX, "<k3f9q2abc@transferveranstaltung.example>")
    assert tagged == "anmeldung+k3f9q2abc@transferveranstaltung.example"
    assert verp_ids((tagged, "other@x.example"), INBOX) == ("<k3f9q2abc@transferveranstaltung.example>",)
    assert verp_sender(INBOX, "<x@other.example>") == INBOX  # an id of another domain is not put in the path
    assert verp_ids(("anmeldung+k3f9q2abc@evil.example",), INBOX) == ()


# ---- the whole hallway ----------------------------------------------------------------------------------------

def confirmation_id(smtp_server, i: int) -> str:
    return str(sent_to(smtp_server, address(i))[0]["Message-ID"])


def marked(ctx: Context) -> set[str]:
    with ctx.store.engine.begin() as conn:
        return set(conn.execute(select(t.undeliverable.c.address)).scalars())


def test_forged_bounces_do_not_cut_anyone_off(make_ctx, smtp_server):
    """A forged DSN, a delay notice and a plain "Undelivered" text mark nothing; the person's next mail is answered."""
    ctx = make_ctx(capacity=10)
    import_mails(ctx, [mails.signup(0).as_bytes()], T0)
    ours = confirmation_id(smtp_server, 0)
    import_mails(ctx, [dsn(address(0), "<forged@elsewhere.example>", n=1),
                       dsn(address(0), ours, action="delayed", status="4.4.1", n=2),
                       plain_bounce(address(0))], T0 + timedelta(hours=1))
    assert marked(ctx) == set()
    question = mails.compose(address(0), mails.name(0), "Frage", "Guten Tag,\n\ngibt es Parkplätze?\n\nGruß\n"
                             + mails.name(0) + "\n").as_bytes()
    import_mails(ctx, [question], T0 + timedelta(hours=2))
    answers = sent_to(smtp_server, address(0))[1:]
    assert len(answers) == 1 and answers[0]["In-Reply-To"]


def test_a_real_bounce_marks_and_a_new_mail_from_the_address_clears_the_mark(make_ctx, smtp_server):
    """5.1.1 returning our confirmation marks the address: a reminder is not sent; when the person writes
    again, the answer goes out and, once the server accepted it, the address is no longer marked."""
    ctx = make_ctx(capacity=10)
    import_mails(ctx, [mails.signup(i).as_bytes() for i in range(2)], T0)
    import_mails(ctx, [dsn(address(0), confirmation_id(smtp_server, 0))], T0 + timedelta(hours=1))
    assert marked(ctx) == {address(0)}

    from mailbot.models import OutgoingMail
    ctx.store.enqueue([OutgoingMail("reminder:test", "reminder", address(0), "<rem@transferveranstaltung.example>",
                                    f"To: {address(0)}\r\nSubject: Erinnerung\r\n\r\nx\r\n".encode())], T0)
    assert asyncio.run(send_due(ctx, T0 + timedelta(hours=2))).failed == 1
    assert len(sent_to(smtp_server, address(0))) == 1  # the confirmation only

    smtp_server.reject(address(0), "550 5.1.1 <%s>: Recipient address rejected: User unknown" % address(0))
    question = mails.compose(address(0), mails.name(0), "Frage", "Guten Tag,\n\ngibt es Parkplätze?\n\nGruß\n"
                             + mails.name(0) + "\n").as_bytes()
    import_mails(ctx, [question], T0 + timedelta(hours=3))
    assert marked(ctx) == {address(0)}  # the answer was refused: the mailbox does not work again

    smtp_server.handler.rejects.clear()
    again = mails.compose(address(0), mails.name(0), "Nochmal", "Guten Tag,\n\nsind noch Plätze frei?\n\nGruß\n"
                          + mails.name(0) + "\n", date="Mon, 05 May 2025 15:00:00 +0200").as_bytes()
    import_mails(ctx, [again], T0 + timedelta(hours=4))
    assert marked(ctx) == set()
    answers = sent_to(smtp_server, address(0))[1:]  # the refused answer never arrived
    assert len(answers) == 1 and answers[0]["In-Reply-To"] == email.message_from_bytes(again)["Message-ID"]
    with ctx.store.engine.begin() as conn:
        assert conn.execute(select(t.bounce_events)).all() == []


def test_a_full_mailbox_on_two_days_marks(make_ctx, smtp_server):
    """5.2.2 for our mail marks the address only when it happens again on another day."""
    ctx = make_ctx(capacity=10)
    import_mails(ctx, [mails.signup(1).as_bytes()], T0)
    ours = confirmation_id(smtp_server, 1)
    full = dict(status="5.2.2", diagnostic="smtp; 552 5.2.2 Mailbox full")
    import_mails(ctx, [dsn(address(1), ours, n=1, **full), dsn(address(1), ours, n=2, **full)], T0 + timedelta(hours=1))
    assert marked(ctx) == set()
    import_mails(ctx, [dsn(address(1), ours, n=3, **full)], T0 + timedelta(days=1))
    assert marked(ctx) == {address(1)}


def test_a_policy_refusal_reaches_the_organisers_at_once(make_ctx, smtp_server):
    """5.7.1 for our mail: a review mail to the organisers with the German reason; the address is not marked."""
    ctx = make_ctx(capacity=10)
    import_mails(ctx, [mails.signup(2).as_bytes()], T0)
    import_mails(ctx, [dsn(address(2), confirmation_id(smtp_server, 2), status="5.7.1",
                           diagnostic="smtp; 550 5.7.1 Message rejected as spam")], T0 + timedelta(hours=1))
    assert marked(ctx) == set()
    review = [m for m in sent_to(smtp_server, ORGANISER) if str(m["Subject"]).startswith("Zur Prüfung")]
    assert len(review) == 1
    assert "aus Richtlinien- oder Spamgründen abgelehnt" in review[0].get_body(("plain",)).get_content()


def test_verp_bounce_without_quoted_headers_marks(make_ctx, smtp_server):
    """With VERP on, mail goes out from anmeldung+<id>@…; a bounce sent there marks the address even when it
    quotes nothing of our mail. With VERP off the same bounce marks nothing."""
    ctx = make_ctx(capacity=10)
    ctx.settings.verp = True
    import_mails(ctx, [mails.signup(3).as_bytes()], T0)
    envelope = next(r for r in smtp_server.received() if address(3) in r.rcpt_tos)
    token = envelope.mail_from.split("+", 1)[1].split("@")[0]
    assert f"<{token}@transferveranstaltung.example>" == confirmation_id(smtp_server, 3)
    bounce = dsn(address(3), None).replace(f"To: {INBOX}\r\nSubject".encode(),
                                           f"To: {envelope.mail_from}\r\nSubject".encode(), 1)

    ctx.settings.verp = False
    import_mails(ctx, [bounce], T0 + timedelta(hours=1))
    assert marked(ctx) == set()
    ctx.settings.verp = True
    import_mails(ctx, [bounce.replace(b"Message-ID: <dsn.", b"Message-ID: <dsn.again.")], T0 + timedelta(hours=2))
    assert marked(ctx) == {address(3)}


def test_unused_report_fields_default_empty():
    """A mail that is no report carries none (the reader pays for reading reports only where they may be)."""
    assert parse(mails.signup(0).as_bytes()).report is None
    assert DeliveryReport().failures == ()
