"""What makes a mail a cancellation and whom it withdraws: short regrets and "nicht dabei", "fällt aus",
"weder ich noch X", "wir" answering our confirmation that lists a group; who still comes as registered is not
withdrawn, and cancellation look-alikes ("fällt kürzer aus") withdraw nobody. Sentences of our own, not copies of
corpus mails."""

from __future__ import annotations

import pytest
from reader_helpers import CODE_SUBJECT, INVITATION, LISTING, OUR_CONFIRMATION, REPLY_SUBJECT, mail, names

from mailbot.understand import read

# --- wordings that withdraw ---------------------------------------------------------------------------

def test_not_being_there_is_a_cancellation() -> None:
    """"Ich bin am 20. Mai leider nicht dabei" says no, so it is never a registration."""
    assert read(mail("Ich bin am 20. Mai leider nicht dabei.")).intent == "cancellation"


def test_short_no_to_the_invitation_is_a_cancellation() -> None:
    """"Leider kann ich nicht." answering the invitation says no; it is never a registration."""
    u = read(mail("Danke für die Einladung. Leider kann ich nicht.", subject="AW: Einladung", quoted=INVITATION))
    assert u.intent == "cancellation"


def test_real_cancellation_still_cancels() -> None:
    """Without the denial, the same reply that says "Absage" still withdraws the sender."""
    u = read(mail("Hiermit meine Absage, es ist etwas dazwischengekommen.", subject=REPLY_SUBJECT,
                  quoted=OUR_CONFIRMATION))
    assert u.intent == "cancellation"


def test_cannot_keep_the_appointment_is_a_cancellation() -> None:
    """"kann den Termin nicht wahrnehmen" withdraws the person named."""
    u = read(mail("Frau Bürgermeisterin Ute Sperling kann den Termin am 20. Mai leider nicht wahrnehmen.",
                  subject=CODE_SUBJECT))
    assert u.intent == "cancellation" and names(u) == ["Ute Sperling"]


def test_sender_alone_prevented_is_still_a_cancellation() -> None:
    """Without anyone else named, "ich bin leider verhindert" stays a cancellation of the sender."""
    u = read(mail("Ich bin an dem Tag leider verhindert und kann nicht teilnehmen."))
    assert u.intent == "cancellation"


@pytest.mark.parametrize("sentence", ["Leider ist eine Teilnahme unsererseits nicht möglich.",
                                      "Ich schaffe es leider doch nicht."])
def test_short_regrets_are_cancellations(sentence):
    """Short regrets without the word "absagen" still withdraw the sender instead of going unanswered."""
    u = read(mail(f"Guten Tag,\n\n{sentence}", signature="Viele Grüße\nPetra Lange",
                  from_addr="p.lange@stadt-beispiel.example", from_name="Petra Lange"))
    assert u.intent == "cancellation"


def test_thanks_with_a_withdrawal_still_cancels() -> None:
    """Thanking first does not hide a cancellation in the same reply."""
    u = read(mail("Danke für die Bestätigung. Leider kann ich nun doch nicht teilnehmen.", subject=REPLY_SUBJECT,
                  quoted=OUR_CONFIRMATION))
    assert u.intent == "cancellation"


def test_withdrawing_with_a_request_for_slides_still_cancels_a_registration() -> None:
    """Under a registration code the same words withdraw the registration (and the request reaches a person)."""
    u = read(mail("Ich kann leider nicht kommen, schicken Sie mir bitte die Folien.", subject=CODE_SUBJECT))
    assert u.intent == "cancellation" and names(u) == ["Jana Vogt"]


# --- who is withdrawn: the persons named, the sender among them when said -----------------------------

def test_english_colleague_cancellation_concerns_the_colleague() -> None:
    """"our colleague Mr Finn Walsh won't be able to attend" cancels Finn Walsh, not the sender."""
    u = read(mail("I'm afraid our colleague Mr Finn Walsh will not be able to attend on 20 May. "
                  "Please remove him from the list.", signature="Best regards\nNora Price\nPrice Planning GmbH",
                  from_addr="n.price@price-planning.example", from_name="Nora Price", subject="Event on 20 May"))
    assert u.intent == "cancellation" and names(u) == ["Finn Walsh"]


@pytest.mark.parametrize("text, expected", [
    ("Bitte streichen Sie Kai Brandt und Ute Lamm von der Teilnehmerliste.", ["Kai Brandt", "Ute Lamm"]),
    ("Wir, also Kai Brandt und ich, sagen ab.", ["Jana Vogt", "Kai Brandt"]),
    ("Herr Kai Brandt und Frau Ute Lamm können leider nicht teilnehmen.", ["Kai Brandt", "Ute Lamm"]),
])
def test_two_withdrawn_in_one_sentence(text: str, expected: list[str]) -> None:
    """Both people a cancelling sentence names are concerned, the second without an address too."""
    u = read(mail(text))
    assert u.intent == "cancellation" and names(u) == expected


@pytest.mark.parametrize("after", [
    "Das betrifft Herrn Kai Lindner und mich.",
    "Dies gilt für Frau Kerstin Abt und mich.",
])
def test_withdrawal_concerns_the_persons_named_next(after: str) -> None:
    """The sentence after a withdrawal that says whom it concerns adds those persons, the sender included."""
    u = read(mail(f"Wir müssen unsere Anmeldung leider zurückziehen, der Haushalt ist gesperrt. {after}",
                  subject="Absage Tagung"))
    assert u.intent == "cancellation" and len(u.attendees) == 2 and "Jana Vogt" in names(u)


@pytest.mark.parametrize("text", [
    "Leider müssen wir absagen. Betroffen sind Herr Lutz Kreher und ich.",
    "Wir ziehen die Anmeldung zurück, für Herrn Lutz Kreher und für mich.",
])
def test_withdrawal_of_a_colleague_and_the_sender(text: str) -> None:
    """Both the colleague named without an address and the sender are withdrawn."""
    u = read(mail(text, subject="Absage"))
    assert u.intent == "cancellation" and sorted(names(u)) == ["Jana Vogt", "Lutz Kreher"]


@pytest.mark.parametrize("text", [
    ("Kurze Korrektur zu unserer Anmeldung: Herr Tobias Kranich fällt krankheitsbedingt aus. Frau Lenz und ich "
    "bleiben dabei."),
    "Zu unserer Anmeldung: Frau Ines Rabe fällt leider aus, die anderen beiden kommen wie geplant.",
])
def test_one_person_dropping_out_is_a_cancellation_of_that_person(text: str) -> None:
    """"X fällt aus" withdraws X alone, even beside the word "Korrektur" and colleagues who still come."""
    u = read(mail(text, subject=CODE_SUBJECT))
    assert u.intent == "cancellation"
    assert len(names(u)) == 1 and names(u)[0] in ("Tobias Kranich", "Ines Rabe")


@pytest.mark.parametrize("text", [
    "Wir müssen absagen: weder ich noch Herr Olaf Tannert können am 20. Mai kommen.",
    "Leider können weder ich noch meine Kollegin Frau Anke Rothe teilnehmen, wir ziehen die Anmeldung zurück.",
])
def test_neither_i_nor_colleague_withdraws_both(text: str) -> None:
    """"weder ich noch X" concerns the sender as well as the colleague named."""
    u = read(mail(text, subject=CODE_SUBJECT))
    assert u.intent == "cancellation" and "Jana Vogt" in names(u) and len(names(u)) == 2


@pytest.mark.parametrize(("text", "who"), [
    ("Leider können weder Frau Anke Rothe (a.rothe@schleiz.example) noch ich kommen.",
     [("Jana Vogt", "j.vogt@schleiz.example"), ("Anke Rothe", "a.rothe@schleiz.example")]),
    ("Herr Uwe Kolb nimmt leider nicht teil, Frau Beck kommt aber wie geplant.", [("Uwe Kolb", None)]),
])
def test_neither_nor_and_nimmt_nicht_teil_withdraw_the_persons_named(text: str, who: list[tuple[str, str | None]]) -> None:
    """"weder X noch ich kommen" withdraws both (X with the address stated); "X nimmt nicht teil" withdraws X only."""
    u = read(mail(text, subject=CODE_SUBJECT))
    assert u.intent == "cancellation" and sorted((p.name, p.email) for p in u.attendees) == sorted(who)


def test_colleagues_who_will_not_attend_are_cancelled() -> None:
    """"Herr X und Frau Y werden nicht teilnehmen können" is a cancellation of both, not a registration."""
    u = read(mail("Leider sind wir verhindert: Herr Kai Lindner und Frau Sabine Pohl werden nicht teilnehmen können."))
    assert u.intent == "cancellation" and names(u) == ["Kai Lindner", "Sabine Pohl"]


def test_someone_else_will_not_attend_is_a_cancellation():
    """"Herr X wird leider nicht teilnehmen" withdraws X; it must never register him."""
    u = read(mail("Guten Tag,\n\nHerr Olaf Winter wird leider nicht an der Veranstaltung teilnehmen.",
                  signature="Viele Grüße\nPetra Lange", from_addr="p.lange@stadt-beispiel.example",
                  from_name="Petra Lange"))
    assert u.intent == "cancellation"
    assert names(u) == ["Olaf Winter"]


# --- those still coming are not withdrawn -------------------------------------------------------------

@pytest.mark.parametrize(("text", "who"), [
    ("Frau Kerstin Ahl kann leider doch nicht, Herr Roth und ich kommen wie angemeldet.", ["Kerstin Ahl"]),
    ("Bitte streichen Sie Frau Kerstin Ahl von der Liste, Herr Roth bleibt angemeldet.", ["Kerstin Ahl"]),
])
def test_those_still_coming_are_not_withdrawn(text: str, who: list[str]) -> None:
    """A clause saying who comes as registered keeps those persons out of the cancellation."""
    u = read(mail(text, subject=CODE_SUBJECT))
    assert u.intent == "cancellation" and names(u) == who


def test_colleague_staying_registered_is_not_withdrawn() -> None:
    """In a cancellation a colleague named only as "bleibt wie angemeldet" is not among those withdrawn."""
    u = read(mail("Zu unserer Anmeldung: Herr Ralf Ebersbach kann leider nicht teilnehmen, Frau Lindner bleibt wie "
                  "angemeldet.", subject=CODE_SUBJECT))
    assert u.intent == "cancellation" and names(u) == ["Ralf Ebersbach"]


def test_two_named_colleagues_cancel_while_the_sender_comes() -> None:
    """"… können Frau A und Herr B leider nicht teilnehmen; ich komme wie geplant" cancels A and B only."""
    u = read(mail("von unseren Angemeldeten können Frau Petra Hainich und Herr Ole Brettschneider leider nicht "
                  "teilnehmen. Ich selbst bleibe angemeldet.", subject="AW: Anmeldung bestätigt (ISEK-K7PM-R4TX)"))
    assert u.intent == "cancellation"
    assert names(u) == ["Petra Hainich", "Ole Brettschneider"]


# --- "wir" under our quoted confirmation withdraws the group it lists ---------------------------------

@pytest.mark.parametrize("text", ["Leider müssen wir beide absagen.", "Wir können am 20. Mai leider nicht teilnehmen."])
def test_we_cancel_everyone_our_confirmation_lists(text: str) -> None:
    """A listed sender who writes "wir" withdraws the whole group our quoted confirmation lists."""
    u = read(mail(text, subject=REPLY_SUBJECT, quoted=LISTING))
    assert u.intent == "cancellation"
    assert [(p.name, p.email) for p in u.attendees] == [("Jana Vogt", "j.vogt@schleiz.example"),
                                                         ("Henrik Saupe", "h.saupe@schleiz.example")]


def test_i_cancel_only_myself_despite_the_listing() -> None:
    """"Ich kann leider nicht" withdraws the sender alone, whoever else the confirmation lists."""
    u = read(mail("Ich kann leider doch nicht teilnehmen.", subject=REPLY_SUBJECT, quoted=LISTING))
    assert names(u) == ["Jana Vogt"]


def test_naming_one_of_the_group_cancels_only_that_one() -> None:
    """"Wir müssen Herrn Saupe abmelden" names whom; the group is not withdrawn."""
    u = read(mail("Wir müssen Herrn Henrik Saupe leider abmelden.", subject=REPLY_SUBJECT, quoted=LISTING))
    assert names(u) == ["Henrik Saupe"]


# --- cancellation look-alikes withdraw nobody ---------------------------------------------------------

def test_something_turning_out_shorter_is_no_cancellation() -> None:
    """"Die Pause fällt kürzer aus" is not someone dropping out; only "X fällt (leider) aus" is."""
    u = read(mail("Ich melde mich an. Falls die Mittagspause kürzer ausfällt, ist das kein Problem; "
                  "die Anreise fällt bei mir ohnehin kurz aus."))
    assert u.intent == "registration" and names(u) == ["Jana Vogt"]
