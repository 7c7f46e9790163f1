"""The harm judge itself: an action that contradicts a label is called harm, parking never is."""

from __future__ import annotations

from corpus_harm import judge

from mailbot.models import Decision, PlannedReply, Registered, State, StatusChange


def label(intent: str, *names: str) -> dict:
    return {"intent": intent, "attendees": [{"name": n, "email": None} for n in names]}


def test_a_question_that_gets_a_confirmation_is_harm():
    assert judge(label("question"), Decision(kind="Confirm", reason=""), State()).harm


def test_a_cancellation_answered_already_registered_is_harm():
    assert judge(label("cancellation", "A B"), Decision(kind="AlreadyRegistered", reason=""), State()).harm


def test_a_sign_up_only_forwarded_is_harm_and_parked_is_not():
    assert judge(label("registration", "A B"), Decision(kind="ForwardQuestion", reason=""), State()).harm
    parked = judge(label("registration", "A B"), Decision(kind="NeedsReview", reason="", inbound_status="review"),
                   State())
    assert parked.harm is None and parked.action == "review"


def test_cancelling_a_colleague_not_meant_is_harm():
    """The label names Anna; the bot cancels Bernd too."""
    people = tuple(Registered(attendee_id=i, registration_id=1, name=n, email=None, status="confirmed",
                              code=f"ISEK-AAA{i}-BBBB") for i, n in enumerate(("Anna Alt", "Bernd Berg")))
    d = Decision(kind="Cancelled", reason="", changes=tuple(StatusChange(k.code, "cancelled", "cancelled")
                                                           for k in people))
    assert "Bernd Berg" in judge(label("cancellation", "Anna Alt"), d, State(existing=people)).harm
    asked = Decision(kind="CancelRequested", reason="",
                     replies=(PlannedReply(kind="cancel_request", to="x@y", to_name=None, codes=(people[0].code,)),))
    assert judge(label("cancellation", "Alt, Anna"), asked, State(existing=people)).harm is None
