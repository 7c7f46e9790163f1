"""Failure classes found on blind mails, pinned down with sentences of our own (not copies of those mails)."""

from __future__ import annotations

from mailbot.models import InboundMail
from mailbot.understand import read
from mailbot.understand.text import sentences, unwrap


def mail(text: str, signature: str = "Jana Vogt\nStadt Schleiz", subject: str = "Transferveranstaltung",
         from_addr: str = "j.vogt@schleiz.example", from_name: str = "Jana Vogt", quoted: str = "") -> InboundMail:
    return InboundMail(message_id="<g@x>", subject=subject, from_name=from_name, from_addr=from_addr,
                       text=text, signature=signature, quoted=quoted, full_text=f"{text}\n{signature}")


def names(u: object) -> list[str]:
    return [p.name for p in u.attendees]  # type: ignore[attr-defined]


# --- 1. a registration promised for later, or asked about, is a question ---------------------------

def test_registration_sent_later_is_a_question() -> None:
    """"Die Anmeldung reichen wir später nach" after a question registers nobody yet."""
    u = read(mail("Ist der Saal barrierefrei? Die Anmeldung reichen wir später nach."))
    assert u.intent == "question" and u.attendees == ()


def test_registering_after_an_answer_is_a_question() -> None:
    """"…bevor ich mich anmelde" makes the registration depend on the answer."""
    u = read(mail("Wie lange dauert die Veranstaltung etwa? Das würde ich gern wissen, bevor ich mich anmelde."))
    assert u.intent == "question"


def test_conditional_joining_is_a_question() -> None:
    """"Sofern es einen Stream gibt, schalten wir uns dazu" is conditional, hence a question."""
    u = read(mail("Gibt es einen Livestream der Vorträge?\nSofern das klappt, würden wir gerne teilnehmen."))
    assert u.intent == "question"


def test_parking_word_is_not_a_registration() -> None:
    """"Parkplätze" contains "plätze" but is no sign-up; a plain parking question stays a question."""
    u = read(mail("Wir wollten nur wissen: Stehen am Veranstaltungsort genügend Parkplätze zur Verfügung?"))
    assert u.intent == "question"


def test_present_commitment_with_a_long_date_phrase_registers() -> None:
    """"melde ich mich für die Stadt X zur Veranstaltung am 20. Mai an" is a registration, however long."""
    u = read(mail("Hiermit melde ich mich für die Stadt Schleiz zur Transferveranstaltung am 20. Mai 2025 an. "
                  "Gibt es Parkplätze?"))
    assert u.intent == "registration" and names(u) == ["Jana Vogt"]


def test_nehme_teil_across_a_date_registers() -> None:
    """"gern nehme ich an der Veranstaltung am 20.05.2025 teil" registers even with a dotted date inside."""
    u = read(mail("gern nehme ich an der Veranstaltung am 20.05.2025 teil.", subject="Hallo"))
    assert u.intent == "registration"


# --- 2. new contact data for an existing registration is a change ----------------------------------

def test_new_address_for_existing_registration_is_a_change() -> None:
    """"Bitte nutzen Sie ab sofort meine neue dienstliche Adresse" after signing up is a change."""
    u = read(mail("Ich bin bereits angemeldet. Bitte schreiben Sie mir künftig an meine Adresse im Rathaus: "
                  "jana.vogt@schleiz.example", subject="Kontaktdaten"))
    assert u.intent == "change"
    assert [p.email for p in u.attendees] == ["jana.vogt@schleiz.example"]


def test_signed_up_with_wrong_address_is_a_change() -> None:
    """Having registered "versehentlich" with a private address is a correction."""
    u = read(mail("Ich hatte mich irrtümlich mit meiner privaten Mail angemeldet, bitte nehmen Sie "
                  "jana.vogt@schleiz.example."))
    assert u.intent == "change"


# --- 9. hard-wrapped lines --------------------------------------------------------------------------

WRAPPED = ("ich melde mich zur Veranstaltung an. Weil ich auf einen Rollator angewiesen bin, bitte ich\n"
           "um einen Sitzplatz nahe am Eingang.\n\n"
           "Außerdem: Gibt es in der Nähe des Tagungsorts eine Möglichkeit, das Auto\n"
           "kostenlos abzustellen?")


def test_unwrap_joins_wrapped_sentences_but_keeps_lists() -> None:
    """Wrapped prose becomes one line; list items and key: value lines stay lines."""
    assert "bitte ich um einen Sitzplatz" in unwrap(WRAPPED)
    form = "Name: Jana Vogt\nFunktion: Bauamtsleiterin, zuständig für die Fortschreibung des ISEK der Stadt\nE-Mail: x@y.de"
    assert unwrap(form) == form
    listing = "Für uns nehmen an der Veranstaltung am 20. Mai 2025 teil, wie besprochen:\n1. Frau Jana Vogt\n2. Herr Ole Brandt"
    assert unwrap(listing) == listing


def test_notes_and_question_are_whole_sentences() -> None:
    """A note and a question that wrap over two lines come out whole."""
    u = read(mail(WRAPPED))
    assert any(n.endswith("nahe am Eingang.") and n.startswith("Weil ich") for n in u.notes)
    assert u.question is not None and u.question.startswith("Außerdem") or "Auto kostenlos abzustellen?" in (u.question or "")


def test_sentences_do_not_break_after_dates_and_abbreviations() -> None:
    """"am 20. Mai", "z. B." and "Dr." do not end a sentence."""
    assert sentences("Frau Dr. Vogt kommt am 20. Mai, z. B. mit dem Zug. Sie bleibt.") == [
        "Frau Dr. Vogt kommt am 20. Mai, z. B. mit dem Zug.", "Sie bleibt."]
