"""Failure classes of the ninth blind round, pinned down with sentences of our own (not copies of those mails)."""

from __future__ import annotations

import pytest
from test_understand_generalise import mail, names

from mailbot.models import InboundMail, Person
from mailbot.understand import read
from mailbot.understand.people.replyto import reply_to_owner

# --- 1. the sender's own absence beside colleagues who "werden … teilnehmen" is a registration -------------


@pytest.mark.parametrize("text", [
    "Von unserer Bauverwaltung werden Herr Kai Lindner und Frau Sabine Pohl zur Veranstaltung teilnehmen. "
    "Ich persönlich bin an diesem Termin leider verhindert.",
    "Ich selbst kann leider nicht kommen, aber Frau Sabine Pohl wird an der Veranstaltung teilnehmen.",
])
def test_colleagues_registered_while_sender_stays_away(text: str) -> None:
    """Colleagues who "werden/wird … teilnehmen" are registered although the sender says she cannot come."""
    u = read(mail(text))
    assert u.intent == "registration"
    assert "Jana Vogt" not in names(u) and "Sabine Pohl" in names(u)


def test_sender_alone_prevented_is_still_a_cancellation() -> None:
    """Without anyone else named, "ich bin leider verhindert" stays a cancellation of the sender."""
    u = read(mail("Ich bin an dem Tag leider verhindert und kann nicht teilnehmen."))
    assert u.intent == "cancellation"


def test_colleagues_who_will_not_attend_are_cancelled() -> None:
    """"Herr X und Frau Y werden nicht teilnehmen können" is a cancellation of both, not a registration."""
    u = read(mail("Leider sind wir verhindert: Herr Kai Lindner und Frau Sabine Pohl werden nicht teilnehmen können."))
    assert u.intent == "cancellation" and names(u) == ["Kai Lindner", "Sabine Pohl"]


# --- 2. a shared mailbox with the attendee's own Reply-To: her address is the Reply-To -----------------------


def _shared(reply_to: str, display: str = "") -> InboundMail:
    header = f'"{display}" <{reply_to}>' if display else reply_to
    text = "Frau Sabine Pohl, Bauamt, meldet sich hiermit zur Transferveranstaltung an."
    return InboundMail(message_id="<r@x>", subject="Anmeldung", from_name="Zentrale Poststelle",
                       from_addr="poststelle@pößneck.example", reply_to=reply_to,
                       headers=(("reply-to", header),), text=text, signature="Stadt Pößneck",
                       full_text=f"{text}\nStadt Pößneck")


@pytest.mark.parametrize("reply_to, display", [
    ("s.pohl@poessneck.example", ""),
    ("sabine-pohl@poessneck.example", ""),
    ("spohl@poessneck.example", ""),
    ("bauamt3@poessneck.example", "Pohl, Sabine"),
    ("bauamt3@poessneck.example", "Sabine Pohl"),
])
def test_reply_to_naming_the_attendee_is_her_address(reply_to: str, display: str) -> None:
    """A Reply-To whose local part or display name names the only attendee becomes her address."""
    u = read(_shared(reply_to, display))
    assert [(p.name, p.email) for p in u.attendees] == [("Sabine Pohl", reply_to)]


def test_reply_to_naming_someone_else_is_ignored() -> None:
    """A Reply-To of a different person leaves the attendee without an address of her own."""
    u = read(_shared("m.krause@poessneck.example"))
    assert [p.email for p in u.attendees] != ["m.krause@poessneck.example"]


def test_reply_to_never_overrides_a_stated_address() -> None:
    """An address already given for the attendee outranks the Reply-To header."""
    mail_ = _shared("s.pohl@poessneck.example")
    mine = [Person("Sabine Pohl", "sabine.pohl@privat.example")]
    assert reply_to_owner(mine, mail_) == mine


def test_reply_to_matching_two_attendees_is_ambiguous() -> None:
    """When the Reply-To could be either of two attendees sharing a family name, nobody gets it."""
    mail_ = _shared("pohl@poessneck.example")
    two = [Person("Sabine Pohl"), Person("Stefan Pohl")]
    assert reply_to_owner(two, mail_) == two



def test_someone_else_will_not_attend_is_a_cancellation():
    """"Herr X wird leider nicht teilnehmen" withdraws X; it must never register him."""
    u = read(mail("Guten Tag,\n\nHerr Olaf Winter wird leider nicht an der Veranstaltung teilnehmen.",
                  signature="Viele Grüße\nPetra Lange", from_addr="p.lange@stadt-beispiel.example",
                  from_name="Petra Lange"))
    assert u.intent == "cancellation"
    assert names(u) == ["Olaf Winter"]


@pytest.mark.parametrize("sentence", ["Leider ist eine Teilnahme unsererseits nicht möglich.",
                                      "Ich schaffe es leider doch nicht."])
def test_short_regrets_are_cancellations(sentence):
    """Short regrets without the word "absagen" still withdraw the sender instead of going unanswered."""
    u = read(mail(f"Guten Tag,\n\n{sentence}", signature="Viele Grüße\nPetra Lange",
                  from_addr="p.lange@stadt-beispiel.example", from_name="Petra Lange"))
    assert u.intent == "cancellation"
