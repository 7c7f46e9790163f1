"""The registration desk's rules, decided without servers: one small case per rule."""

from __future__ import annotations

import dataclasses

import itertools
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from mailbot.event import Event, load_event
from mailbot.models import (
    DeliveryReport, Failure, SentMail,
    Answered, InboundMail, Municipality, Person, PlannedReply, Registered, State, Understanding,
)
from mailbot.workflow import Case, decide

ROOT = Path(__file__).resolve().parent.parent
NOW = datetime.fromisoformat("2025-05-05T10:00:00+02:00")
SCHLEIZ = Municipality("Schleiz", "16075098", "Saale-Orla-Kreis")
SENDER = "anna.schmidt@stadt-schleiz.example"


@pytest.fixture(scope="module")
def event() -> Event:
    return load_event(ROOT / "config" / "event.toml")


def mail(**kw) -> InboundMail:
    values = dict(message_id="<m1@stadt-schleiz.example>", subject="Anmeldung", from_name="Anna Schmidt",
                  from_addr=SENDER, text="Hiermit melde ich mich an.")
    values.update(kw)
    return InboundMail(**values)


def signup(*people: Person, **kw) -> Understanding:
    values = dict(intent="registration", attendees=people or (Person("Anna Schmidt", SENDER),),
                  organisation="Stadtverwaltung Schleiz", organisation_type="municipality", municipality=SCHLEIZ)
    values.update(kw)
    return Understanding(**values)


def registered(n: int, status: str = "confirmed", email: str | None = SENDER, name: str = "Anna Schmidt",
               **kw) -> Registered:
    return Registered(attendee_id=n, registration_id=n, name=name, email=email, status=status,
                      code=f"ISEK-AAAA-{n:04d}", registration_sender=email, **kw)


def run(event: Event, understanding: Understanding, state: State = State(), m: InboundMail | None = None,
        now: datetime = NOW, **event_changes):
    codes = (f"ISEK-NEW{n}-CODE" for n in itertools.count(1))
    ev = event.model_copy(update=event_changes) if event_changes else event
    case = Case(mail=m or mail(), understanding=understanding, state=state, event=ev, now=now,
                own_addresses=frozenset({ev.sender.address}), code=lambda: next(codes))
    return decide(case)


def kinds(decision) -> list[str]:
    return [r.kind for r in decision.replies]


# ---- sign-ups and capacity -----------------------------------------------------------------------

def test_signup_with_free_seat_is_confirmed_with_calendar(event):
    """A sign-up while seats are free is confirmed, answered with a confirmation carrying an ICS REQUEST."""
    d = run(event, signup())
    assert d.kind == "Confirm"
    assert [n.status for n in d.new_attendees] == ["confirmed"]
    assert kinds(d) == ["confirmation"] and d.replies[0].ics_method == "REQUEST"
    assert d.details.municipality == SCHLEIZ


def test_full_event_puts_sign_up_on_waitlist_with_position(event):
    """Beyond capacity, the attendee is waitlisted with a position and gets a waitlist reply, not a confirmation."""
    d = run(event, signup(), State(seats_taken=3, waitlist_length=2), capacity=3)
    assert d.kind == "Waitlist"
    assert d.new_attendees[0].status == "waitlisted" and d.new_attendees[0].position == 3
    assert kinds(d) == ["waitlist"] and d.replies[0].ics_method is None


def test_several_attendees_split_between_seats_and_waitlist(event):
    """Three people, one seat left: the first is confirmed, the others waitlisted, one reply for all."""
    people = [Person(f"Person {i}", f"p{i}@stadt-schleiz.example") for i in range(3)]
    d = run(event, signup(*people), State(seats_taken=4), capacity=5)
    assert [n.status for n in d.new_attendees] == ["confirmed", "waitlisted", "waitlisted"]
    assert [n.position for n in d.new_attendees] == [None, 1, 2]
    assert kinds(d) == ["confirmation"] and len(d.replies[0].codes) == 3


def test_limit_per_municipality_waitlists_beyond_it(event):
    """With a per-municipality limit reached, a further attendee from there is waitlisted though seats are free."""
    d = run(event, signup(), State(seats_taken=10, seats_by_municipality={SCHLEIZ.ags: 2}), capacity_per_municipality=2)
    assert d.new_attendees[0].status == "waitlisted"


def test_already_registered_gets_no_second_seat(event):
    """The same person and address again: no new seat, a reply with the current registration."""
    d = run(event, signup(), State(seats_taken=1, existing=(registered(1),)))
    assert d.kind == "AlreadyRegistered" and d.new_attendees == ()
    assert kinds(d) == ["already_registered"] and d.replies[0].codes == ("ISEK-AAAA-0001",)


def test_missing_municipality_gives_provisional_seat_and_asks(event):
    """No municipality or organisation: a provisional seat is held and the reply asks for exactly that."""
    u = signup(organisation=None, organisation_type=None, municipality=None, missing=("municipality",),
               needs_review=True)
    d = run(event, u)
    assert d.kind == "AskForDetails" and d.new_attendees[0].status == "provisional"
    assert kinds(d) == ["missing_details"] and d.replies[0].extra["missing"] == ("municipality",)


def test_answer_to_details_request_completes_registration(event):
    """The answer to our request for details fills them in and confirms the provisional seat."""
    held = registered(1, status="provisional", missing=("municipality",))
    state = State(seats_taken=1, existing=(held,), answered=Answered("missing_details", (held.code,)))
    d = run(event, signup(), state)
    assert d.kind == "DetailsCompleted"
    assert [(c.code, c.status) for c in d.changes] == [(held.code, "confirmed")]
    assert d.update_registration[1].municipality == SCHLEIZ
    assert kinds(d) == ["confirmation"]


def test_unclear_sign_up_goes_to_review(event):
    """A sign-up without any recognisable attendee is set aside for a person: the organisers hear of it, the sender not."""
    d = run(event, signup(attendees=()))
    assert d.kind == "NeedsReview" and d.inbound_status == "review"
    assert [(r.kind, r.to) for r in d.replies] == [("desk_review", a) for a in event.organisers.addresses]


# ---- cancellations ----------------------------------------------------------------------------------

def test_cancellation_quoting_the_code_cancels_and_promotes(event):
    """A cancellation with the personal code cancels; the first waitlisted is promoted and told so."""
    mine, first, second = registered(1), registered(2, "waitlisted", "w1@x.example", "Wanda Eins"), \
        registered(3, "waitlisted", "w2@x.example", "Willi Zwei")
    state = State(seats_taken=3, waitlist_length=2, existing=(mine,), waitlist_head=(first, second))
    u = Understanding(intent="cancellation", codes=(mine.code,))
    d = run(event, u, state)
    assert d.kind == "Cancelled"
    assert [(c.code, c.status) for c in d.changes] == [(mine.code, "cancelled"), (first.code, "confirmed")]
    assert kinds(d) == ["cancelled", "promotion"]
    assert d.replies[0].ics_method == "CANCEL" and d.replies[1].to == "w1@x.example"


def test_cancellation_answering_our_mail_is_proof(event):
    """A cancellation that answers our confirmation (In-Reply-To) is accepted without the code."""
    mine = registered(1)
    state = State(existing=(mine,), answered=Answered("confirmation", (mine.code,)))
    d = run(event, Understanding(intent="cancellation"), state)
    assert d.kind == "Cancelled"


def test_cancellation_without_proof_asks_the_registered_address(event):
    """A forged From is trivial: without proof nothing is cancelled and the registered address is asked."""
    mine = registered(1, email="real@stadt-schleiz.example")
    state = State(existing=(mine,))
    forged = mail(from_addr="real@stadt-schleiz.example")
    d = run(event, Understanding(intent="cancellation"), state, forged)
    assert d.kind == "CancelRequested" and d.changes == ()
    assert kinds(d) == ["cancel_request"] and d.replies[0].to == "real@stadt-schleiz.example"
    assert d.replies[0].action == {"do": "cancel", "codes": [mine.code]}


def test_confirming_a_cancel_request_cancels(event):
    """The answer to our cancel request (sent to the registered address) is the proof: it cancels."""
    mine = registered(1)
    state = State(existing=(mine,), answered=Answered("cancel_request", (mine.code,),
                                                        {"do": "cancel", "codes": [mine.code]}))
    d = run(event, Understanding(intent="other"), state, mail(text="Ja, bitte stornieren."))
    assert d.kind == "Cancelled"


def test_refusing_a_cancel_request_cancels_nothing(event):
    """An answer to our cancel request that says no goes to a person and cancels nothing."""
    mine = registered(1)
    state = State(existing=(mine,), answered=Answered("cancel_request", (mine.code,),
                                                        {"do": "cancel", "codes": [mine.code]}))
    d = run(event, Understanding(intent="cancellation"), state,
            mail(text="Nein, ich möchte nicht stornieren, das war ich nicht."))
    assert d.kind == "NeedsReview" and d.changes == ()


def test_cancelling_one_of_several_leaves_the_others(event):
    """Naming one of two attendees cancels only that one."""
    a = registered(1, name="Anna Schmidt")
    b = replace(registered(2, name="Bernd Kurz", email="b.kurz@stadt-schleiz.example"), registration_id=1,
                registration_sender=SENDER)
    state = State(existing=(a, b), answered=Answered("confirmation", (a.code, b.code)))
    d = run(event, Understanding(intent="cancellation", attendees=(Person("Bernd Kurz"),)), state)
    assert [(c.code, c.status) for c in d.changes] == [(b.code, "cancelled")]


# ---- changes ----------------------------------------------------------------------------------------

def test_substitution_with_proof_keeps_the_seat(event):
    """"Statt Herrn X kommt Frau Y" with proof (X's code from the address that registered X): X is closed,
    Y takes the same seat with a new code."""
    x = dataclasses.replace(registered(1, name="Max Müller", email="max@stadt-schleiz.example"),
                            registration_sender=SENDER)
    u = Understanding(intent="change", attendees=(Person("Sabine Weber", "s.weber@stadt-schleiz.example"),),
                      replaces=(Person("Max Müller"),), codes=(x.code,))
    d = run(event, u, State(seats_taken=1, existing=(x,)))
    assert d.kind == "Substituted"
    assert [(c.code, c.why) for c in d.changes] == [(x.code, "substituted")]
    assert d.new_attendees[0].status == "confirmed" and d.new_attendees[0].registration_id == x.registration_id
    assert kinds(d) == ["change_confirmed"]


def test_substitution_without_proof_asks_first(event):
    """A substitution without proof replaces nobody; the registered address is asked to confirm."""
    x = registered(1, name="Max Müller", email="max@stadt-schleiz.example")
    u = Understanding(intent="change", attendees=(Person("Sabine Weber"),), replaces=(Person("Max Müller"),))
    d = run(event, u, State(existing=(x,)))
    assert d.kind == "CancelRequested" and d.new_attendees == ()
    assert d.replies[0].to == "max@stadt-schleiz.example"
    assert d.replies[0].action["do"] == "substitute" and d.replies[0].action["new"]["name"] == "Sabine Weber"


def test_addition_registers_another_attendee_in_the_same_registration(event):
    """"Zusätzlich meine Kollegin": one more seat in the sender's registration, no proof needed."""
    mine = registered(1)
    u = Understanding(intent="change", attendees=(Person("Sabine Weber", "s.weber@stadt-schleiz.example"),))
    d = run(event, u, State(seats_taken=1, existing=(mine,)))
    assert d.kind == "Added" and d.new_attendees[0].registration_id == mine.registration_id
    assert kinds(d) == ["change_confirmed"]


# ---- questions, dates, loops ------------------------------------------------------------------------

def test_question_is_forwarded_with_reply_to_and_acknowledged(event):
    """A question goes to every organiser with Reply-To the asker; the asker gets a short acknowledgement."""
    d = run(event, Understanding(intent="question", question="Gibt es vegetarisches Essen?"))
    assert kinds(d) == ["question_forward"] * len(event.organisers.addresses) + ["question_received"]
    forward = d.replies[0]
    assert forward.reply_to == SENDER and forward.extra["question"] == "Gibt es vegetarisches Essen?"


def test_signup_with_question_registers_and_forwards(event):
    """A question that also registers someone is a registration, and the question still reaches the organisers."""
    d = run(event, signup(question="Gibt es Parkplätze?"))
    assert d.kind == "Confirm" and "question_forward" in kinds(d)


def test_after_deadline_is_refused_politely(event):
    """After the registration deadline a sign-up is not registered; the reply names whom to contact."""
    d = run(event, signup(), now=event.registration_deadline + timedelta(minutes=1))
    assert d.kind == "Refuse" and d.new_attendees == () and kinds(d) == ["deadline_passed"]


def test_after_event_replies_that_it_took_place(event):
    """After the event, mail gets a reply that it has taken place and nothing is registered."""
    d = run(event, signup(), now=event.ends_at + timedelta(days=1))
    assert kinds(d) == ["event_over"] and d.new_attendees == ()


@pytest.mark.parametrize("understanding", [
    Understanding(intent="auto_reply", reasons=("Auto-Submitted: auto-replied",)),
    Understanding(intent="bounce", bounce_recipient="gone@example.org"),
])
def test_automatic_mail_is_never_answered(event, understanding):
    """Auto-replies and bounces cause no reply at all."""
    d = run(event, understanding)
    assert d.replies == () and d.inbound_status == "ignored"


def test_bounce_marks_address_undeliverable(event):
    """A bounce of one of our mails (no such user) marks the failed address as undeliverable."""
    report = DeliveryReport(failures=(Failure("gone@example.org", True, "failed", "5.1.1"),),
                            returned_ids=("<ours@transferveranstaltung.example>",))
    state = State(returned=(SentMail("<ours@transferveranstaltung.example>", "gone@example.org", "confirmation"),))
    d = run(event, Understanding(intent="bounce", bounce_recipient="gone@example.org"), state,
            m=mail(from_addr="mailer-daemon@example.org", report=report))
    assert d.undeliverable == "gone@example.org"
    assert run(event, Understanding(intent="bounce", bounce_recipient="gone@example.org"),
               m=mail(from_addr="mailer-daemon@example.org", report=report)).undeliverable is None


def test_mail_from_our_own_address_is_ignored(event):
    """Our own address never gets an answer, whatever the mail says."""
    d = run(event, signup(), m=mail(from_addr=event.sender.address))
    assert d.replies == () and d.inbound_status == "ignored"


def test_reply_limit_last_reply_says_so_then_silence(event):
    """At the limit, the last reply announces that no more come today; beyond it the sender gets nothing."""
    limit = event.max_replies_per_sender_per_day
    last = run(event, signup(), State(replies_today=limit - 1))
    assert kinds(last) == ["reply_limit"] and last.new_attendees  # the seat is still taken
    silent = run(event, signup(), State(replies_today=limit))
    assert silent.replies == () and silent.new_attendees


def test_reply_limit_does_not_stop_forwards_to_organisers(event):
    """Forwards to the organisers are not replies to the sender and are never capped."""
    d = run(event, Understanding(intent="question", question="Parken?"),
            State(replies_today=event.max_replies_per_sender_per_day))
    assert kinds(d) == ["question_forward"] * len(event.organisers.addresses)


def test_every_decision_reply_is_planned_reply(event):
    """Decisions carry plain PlannedReply values (the renderer takes it from there)."""
    assert all(isinstance(r, PlannedReply) for r in run(event, signup()).replies)


def test_list_mail_is_ignored_without_review(event):
    """A newsletter with List-Id is neither answered nor put in front of a person."""
    m = mail(headers=(("list-id", "<news.example.org>"),), subject="Newsletter Mai")
    d = run(event, Understanding(intent="other", needs_review=False), m=m)
    assert d.replies == () and d.inbound_status == "ignored"


def test_signup_through_a_list_is_registered_but_not_answered(event):
    """A sign-up that came through a mailing list takes its seat, but the list gets no automatic reply."""
    d = run(event, signup(), m=mail(headers=(("precedence", "list"),)))
    assert d.new_attendees and d.replies == ()


def test_promotion_respects_the_limit_per_municipality(event):
    """A freed seat skips a waitlisted person whose municipality is at its limit and goes to the next."""
    mine = registered(1, ags="16075098")
    full = registered(2, "waitlisted", "w1@x.example", "Wanda Eins", ags="16051000")
    free = registered(3, "waitlisted", "w2@x.example", "Willi Zwei", ags="16053000")
    state = State(seats_taken=3, existing=(mine,), waitlist_head=(full, free),
                  seats_by_municipality={"16051000": 2, "16075098": 1})
    d = run(event, Understanding(intent="cancellation", codes=(mine.code,)), state, capacity_per_municipality=2)
    assert [(c.code, c.status) for c in d.changes] == [(mine.code, "cancelled"), (free.code, "confirmed")]
