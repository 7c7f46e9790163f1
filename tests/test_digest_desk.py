"""The digest as part of the organisers' desk: numbered items, a token to answer it, German reasons,
questions, the organisers' own actions, promotions nobody was told about, and no reminders to dead addresses."""

from __future__ import annotations

import email
import email.policy
from datetime import datetime, timedelta
from email.message import EmailMessage
from pathlib import Path

import mails
from mails import address
from sqlalchemy import select, update
from test_digest import (  # noqa: F401
    LEHMANN_MAIL, MORNING, ORGANISER, T0, compose, history, make_ctx, sent_before, sent_to, signup)

from mailbot import digest
from mailbot.commands import desk_message_id, tokens_in
from mailbot.digest import ActivityItem, DeskActionItem
from mailbot.digest_job import gather, queue_digest, render
from mailbot.event import load_event
from mailbot.jobs import Context, import_mails
from mailbot.remind_job import pending
from mailbot.store import tables as t

ROOT = Path(__file__).resolve().parent.parent
DOMAIN = "transferveranstaltung.example"
SECOND = "leitung@transferveranstaltung.example"
NEXT_DAY = MORNING + timedelta(days=1)
SEVEN_DAYS_BEFORE = datetime.fromisoformat("2025-05-13T09:00:00+02:00")
BOUNCE = (ROOT / "tests" / "corpus" / "138-dsn-postfix-user-unknown.eml").read_bytes()


def text_of(ctx: Context, now: datetime) -> str:
    d, records = gather(ctx, now)
    return render(d, records, ctx.event, now, ctx.templates).text


def inbound_ids(ctx: Context, **where: str) -> list[int]:
    c = t.inbound_mail.c
    with ctx.store.engine.begin() as conn:
        query = select(c.id).order_by(c.id)
        for column, value in where.items():
            query = query.where(c[column] == value)
        return list(conn.execute(query).scalars())


def bounce_for(ctx: Context, addr: str) -> bytes:
    """The Postfix DSN of the corpus, about `addr` instead (its own Message-ID, so it is a new mail), returning
    the last mail we sent to `addr` (one is sent first when there was none: only such a bounce counts)."""
    o = t.outbox.c
    with ctx.store.engine.begin() as conn:
        mid = conn.execute(select(o.message_id).where(o.recipient == addr).order_by(o.id.desc())).scalar()
    if mid is None:
        mid = f"<earlier.{addr.replace('@', '.')}@{DOMAIN}>"
        sent_before(ctx, addr, mid)
    return BOUNCE.replace(LEHMANN_MAIL.encode(), mid.encode()).replace(
        b"k.lehmann@kaulsdorf.example", addr.encode()).replace(b"<34BA310E.", f"<{addr.split('@')[0]}.".encode())


def cancel_mail(smtp_server, i: int) -> bytes:
    """A proven cancellation: an answer to the person's own confirmation."""
    confirmation = sent_to(smtp_server, address(i))[0]
    return compose(address(i), mails.name(i), "AW: " + str(confirmation["Subject"]),
                   f"Hallo,\n\nleider muss ich meine Teilnahme absagen.\n\nGruß\n{mails.name(i)}\n",
                   in_reply_to=confirmation["Message-ID"])


def organiser_reply(to: EmailMessage, body: str) -> bytes:
    return compose(ORGANISER, "Orga Team", "AW: " + str(to["Subject"]), body, in_reply_to=to["Message-ID"])


def test_digest_shows_the_number_of_every_review_and_question_item(make_ctx, smtp_server):
    """Each question and each parked mail is listed with #<inbound id>, and the help block uses that form."""
    ctx = make_ctx()
    history(ctx, smtp_server)
    question_id, = inbound_ids(ctx, outcome="ForwardQuestion")
    review_id, = inbound_ids(ctx, status="review")
    d, records = gather(ctx, MORNING)
    rendered = render(d, records, ctx.event, MORNING, ctx.templates)

    assert [m.id for m in d.questions] == [question_id] and [m.id for m in d.review] == [review_id]
    lines = rendered.text.splitlines()
    assert any(line.startswith(f"- #{question_id} ") and "Frage <b>Anreise</b>" in line for line in lines)
    assert any(line.startswith(f"- #{review_id} ") and "Newsletter" in line for line in lines)
    assert f"#{review_id} OK " in rendered.text and f"#{review_id} IGNORIEREN" in rendered.text
    assert f"<strong>#{question_id}</strong>" in rendered.html and f"<strong>#{review_id}</strong>" in rendered.html
    assert "&lt;Code oder Name&gt;" in rendered.html


def test_digest_carries_one_token_in_every_message_id_and_subject(make_ctx, smtp_server):
    """One digest token per digest (kind digest, no item), in each copy's Message-ID and at the subject's end."""
    ctx = make_ctx(addresses=[ORGANISER, SECOND])
    history(ctx, smtp_server)
    assert queue_digest(ctx, MORNING) == 2

    with ctx.store.engine.begin() as conn:
        tokens = conn.execute(select(t.desk_tokens).where(t.desk_tokens.c.kind == "digest")).all()
        rows = conn.execute(select(t.outbox.c.recipient, t.outbox.c.message_id, t.outbox.c.raw)
                            .where(t.outbox.c.kind == "digest").order_by(t.outbox.c.id)).all()
    assert len(tokens) == 1 and tokens[0].item_id is None
    token = tokens[0].token
    assert [(r.recipient, r.message_id) for r in rows] == [
        (ORGANISER, desk_message_id(token, 1, DOMAIN)), (SECOND, desk_message_id(token, 2, DOMAIN))]
    for row in rows:
        msg = email.message_from_bytes(row.raw, policy=email.policy.default)
        assert msg["Message-ID"] == row.message_id
        assert str(msg["Subject"]).endswith(f"[Übersicht {token}]")
        assert tokens_in("AW: " + str(msg["Subject"]), []) == (token,)
        assert tokens_in("", [msg["Message-ID"]]) == (token,)


def test_a_digest_that_is_not_queued_leaves_no_token(make_ctx, smtp_server):
    """A skipped empty digest sends nothing, so it stores no token that could prove an answer."""
    ctx = make_ctx(skip_empty_digest=True)
    assert queue_digest(ctx, MORNING) == 0
    with ctx.store.engine.begin() as conn:
        assert conn.execute(select(t.desk_tokens)).all() == []


def test_review_reason_is_german_and_old_rows_get_a_generic_sentence(make_ctx, smtp_server):
    """The parked newsletter shows the German sentence of its reason code; a row without a code a generic one."""
    ctx = make_ctx()
    history(ctx, smtp_server)
    review_id, = inbound_ids(ctx, status="review")
    text = text_of(ctx, MORNING)
    assert "Der Bot erkennt weder Anmeldung noch Abmeldung, Änderung oder Frage." in text
    with ctx.store.engine.begin() as conn:
        english = conn.execute(select(t.inbound_mail.c.reason).where(t.inbound_mail.c.id == review_id)).scalar_one()
        conn.execute(update(t.inbound_mail).where(t.inbound_mail.c.id == review_id).values(reason_code=None))
    assert english and english not in text

    old = text_of(ctx, MORNING)
    assert "Der Bot ist sich nicht sicher." in old and "Der Bot erkennt weder" not in old


def test_bounce_is_worded_in_german_with_the_servers_status(make_ctx, smtp_server):
    """An undeliverable address reads "Zustellung gescheitert" with the server's own status, not our English reason;
    two bounces decided in one pass each keep their own status."""
    ctx = make_ctx()
    history(ctx, smtp_server)
    others = ("a.one@erste.example", "b.two@zweite.example")
    import_mails(ctx, [bounce_for(ctx, a) for a in others], T0 + timedelta(hours=3))
    text = text_of(ctx, MORNING)
    for addr in ("k.lehmann@kaulsdorf.example", *others):
        line = next(line for line in text.splitlines() if line.startswith(f"- {addr} "))
        assert "Zustellung gescheitert" in line
        assert f"550 5.1.1 <{addr}>: Recipient address rejected: User unknown" in line
    assert "delivery failure" not in text


def test_question_of_a_signup_with_a_question_appears_once(make_ctx, smtp_server):
    """A sign-up that also asks something registers, and its question is listed once, from the stored text."""
    ctx = make_ctx(capacity=10)
    asking = compose(address(4), mails.name(4), "Anmeldung mit Frage",
                     "Sehr geehrte Damen und Herren,\n\nhiermit melde ich mich zur Transferveranstaltung am "
                     "20. Mai 2025 in Bad Lobenstein an.\n\nGibt es vor Ort eine Möglichkeit, ein Elektroauto "
                     "zu laden?\n\nMit freundlichen Grüßen\nUwe Lindner\nBauamt\nStadtverwaltung Greiz\n")
    import_mails(ctx, [asking], T0)
    mail_id, = inbound_ids(ctx)
    with ctx.store.engine.begin() as conn:
        row = conn.execute(select(t.inbound_mail).where(t.inbound_mail.c.id == mail_id)).one()
    assert row.outcome == "Confirm" and "Elektroauto" in (row.question or "")

    d, records = gather(ctx, MORNING)
    text = render(d, records, ctx.event, MORNING, ctx.templates).text
    assert [m.id for m in d.questions] == [mail_id] and d.review == ()
    assert [x.name for x in d.registrations] == ["Uwe Lindner"]
    assert text.count("Elektroauto") == 1
    assert [line for line in text.splitlines() if line.startswith("- #")] == [
        next(line for line in text.splitlines() if line.startswith(f"- #{mail_id} ") and "Anmeldung mit Frage" in line)]
    assert "Fragen, an Sie weitergeleitet (1)" in text

    assert queue_digest(ctx, MORNING) == 1
    assert gather(ctx, NEXT_DAY)[0].questions == ()


def test_a_reply_to_the_digest_acts_and_the_next_digest_lists_it_once(make_ctx, smtp_server):
    """`#N IGNORIEREN` answering the digest resolves the item; the next digest lists the actions once, then never."""
    ctx = make_ctx()
    history(ctx, smtp_server)
    review_id, = inbound_ids(ctx, status="review")
    assert queue_digest(ctx, MORNING) == 1
    import_mails(ctx, [], MORNING)
    sent = next(m for m in sent_to(smtp_server, ORGANISER) if str(m["Subject"]).startswith("Tagesübersicht"))
    import_mails(ctx, [organiser_reply(sent, f"#{review_id} IGNORIEREN\n#99999 OK\n")], MORNING + timedelta(hours=1))

    with ctx.store.engine.begin() as conn:
        status = conn.execute(select(t.inbound_mail.c.status).where(t.inbound_mail.c.id == review_id)).scalar_one()
        actions = conn.execute(select(t.desk_actions).order_by(t.desk_actions.c.id)).all()
    assert status == "ignored"
    assert sorted(a.outcome for a in actions) == ["done", "failed"]

    d, records = gather(ctx, NEXT_DAY)
    text = render(d, records, ctx.event, NEXT_DAY, ctx.templates).text
    assert not d.empty and len(d.desk_actions) == len(actions)
    assert text.count("Von der Organisation bearbeitet") == 1
    assert f"{ORGANISER}: „#{review_id} IGNORIEREN“ – erledigt: ohne Antwort als erledigt markiert" in text
    assert "„#99999 OK“ – nicht ausgeführt: keine E-Mail mit dieser Nummer" in text

    assert queue_digest(ctx, NEXT_DAY) == 1
    with ctx.store.engine.begin() as conn:
        reported = conn.execute(select(t.desk_actions.c.reported_at)).scalars().all()
    assert reported and all(r is not None for r in reported)
    later = gather(ctx, NEXT_DAY + timedelta(days=1))[0]
    assert later.desk_actions == () and later.empty


def test_desk_action_summary_keys_are_split_for_german_wording():
    """The audit's "key: names (detail)" summary becomes a key the templates word and the rest as written."""
    item = DeskActionItem(1, T0, ORGANISER, "ANMELDEN", "done", "registered: Anna Schmidt (ohne E-Mail: Anna Schmidt)")
    assert (item.what, item.detail) == ("registered", "Anna Schmidt (ohne E-Mail: Anna Schmidt)")
    assert (DeskActionItem(2, T0, ORGANISER, "OK", "failed", "no_item").what,
            DeskActionItem(2, T0, ORGANISER, "OK", "failed", "no_item").detail) == ("no_item", "")
    bare = DeskActionItem(3, T0, ORGANISER, "ABMELDEN X", "done", "cancelled (ISEK-AAAA-BBBB)")
    assert (bare.what, bare.detail) == ("cancelled", "ISEK-AAAA-BBBB")
    assert DeskActionItem(4, T0, ORGANISER, "x", "failed", "Freier Text").what == ""


def test_promotion_nobody_was_told_about_is_flagged(make_ctx, smtp_server):
    """Promoted, but the promotion mail was rejected or the address bounced later: "NICHT benachrichtigt"."""
    ctx = make_ctx(capacity=3)
    import_mails(ctx, [signup(i) for i in range(6)], T0)  # 0-2 confirmed, 3-5 waitlisted
    smtp_server.reject(address(4), "550 5.1.1 <%s>: Recipient address rejected" % address(4))
    import_mails(ctx, [cancel_mail(smtp_server, i) for i in range(3)], T0 + timedelta(hours=1))
    import_mails(ctx, [bounce_for(ctx, address(5))], T0 + timedelta(hours=2))  # bounced after it was sent

    d, records = gather(ctx, MORNING)
    assert {x.name: x.unnotified for x in d.promotions} == {mails.name(3): False, mails.name(4): True,
                                                           mails.name(5): True}
    text = render(d, records, ctx.event, MORNING, ctx.templates).text
    flagged = [line for line in text.splitlines() if "NICHT benachrichtigt" in line]
    assert len(flagged) == 2
    assert all(line.endswith("nachgerückt – NICHT benachrichtigt (E-Mail unzustellbar)") for line in flagged)
    assert any(mails.name(4) in line for line in flagged) and any(mails.name(5) in line for line in flagged)
    assert not any(mails.name(3) in line for line in flagged)


def test_only_promotions_carry_the_undelivered_flag():
    """`build` marks a promotion line from its activity item; other kinds never say "not told"."""
    event = load_event(ROOT / "config" / "event.toml")
    items = [ActivityItem(1, "promoted", T0, 7, "Told Person"),
             ActivityItem(2, "promoted", T0, 8, "Untold Person", undelivered=True)]
    d = digest.build([], items, [], [], event, MORNING)
    assert [(x.name, x.unnotified) for x in d.promotions] == [("Told Person", False), ("Untold Person", True)]


def test_no_reminder_is_planned_for_an_undeliverable_address(make_ctx, smtp_server):
    """A confirmed attendee whose address bounced gets no reminder; the others still do."""
    ctx = make_ctx(capacity=10)
    import_mails(ctx, [signup(i) for i in range(3)], T0)
    assert {r.target.to for r in pending(ctx, SEVEN_DAYS_BEFORE)} == {address(0), address(1), address(2)}
    import_mails(ctx, [bounce_for(ctx, address(1))], T0 + timedelta(hours=1))
    planned = pending(ctx, SEVEN_DAYS_BEFORE)
    assert {r.target.to for r in planned} == {address(0), address(2)}
    assert all(r.kind == "reminder" for r in planned)


def test_no_waitlist_note_for_an_undeliverable_address(make_ctx, smtp_server):
    """The waitlist status note skips a bounced address just like the reminder does."""
    ctx = make_ctx(capacity=1)
    import_mails(ctx, [signup(i) for i in range(3)], T0)  # 0 confirmed, 1 and 2 waitlisted
    import_mails(ctx, [bounce_for(ctx, address(2))], T0 + timedelta(hours=1))
    planned = pending(ctx, SEVEN_DAYS_BEFORE)
    assert sorted((r.kind, r.target.to) for r in planned) == [("reminder", address(0)),
                                                             ("waitlist_status", address(1))]
