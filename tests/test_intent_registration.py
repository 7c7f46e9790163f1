"""What makes a mail a registration: a present-tense commitment ("melde mich an", "nehme teil", "bin dabei",
"merken Sie mich vor") however many words lie between its parts, a sign-up that also asks something, a sign-up
after thanks for an invitation, colleagues signed up by a sender who stays home; and the sign-up look-alikes
("Parkplätze", "die Teilnahme ist kostenlos", "ich nehme an, dass …") that register nobody. Sentences of our own,
not copies of corpus mails; who exactly attends is pinned down in test_people_*.py."""

from __future__ import annotations

import pytest
from reader_helpers import INVITATION, mail, names

from mailbot.understand import read

# --- a present-tense commitment registers, however many words lie between its parts -------------------

def test_present_commitment_with_a_long_date_phrase_registers() -> None:
    """"melde ich mich für die Stadt X zur Veranstaltung am 20. Mai an" is a registration, however long."""
    u = read(mail("Hiermit melde ich mich für die Stadt Schleiz zur Transferveranstaltung am 20. Mai 2025 an. "
                  "Gibt es Parkplätze?"))
    assert u.intent == "registration" and names(u) == ["Jana Vogt"]


def test_nehme_teil_across_a_date_registers() -> None:
    """"gern nehme ich an der Veranstaltung am 20.05.2025 teil" registers even with a dotted date inside."""
    u = read(mail("gern nehme ich an der Veranstaltung am 20.05.2025 teil.", subject="Hallo"))
    assert u.intent == "registration"


def test_confirming_the_participation_still_registers() -> None:
    """"Hiermit bestätige ich die Teilnahme von Frau X" is a commitment even with the definite article."""
    u = read(mail("Hiermit bestätige ich die Teilnahme von Frau Ines Rauch."))
    assert u.intent == "registration" and names(u) == ["Ines Rauch"]


def test_bin_dabei_with_a_date_between_registers() -> None:
    """"bin am 20.5. dabei" is a commitment even with the date in between."""
    u = read(mail("Hallo, bin am 20.5. gerne dabei.", subject="Veranstaltung"))
    assert u.intent == "registration" and names(u) == ["Jana Vogt"]


@pytest.mark.parametrize("text", [
    "Sehr gerne bin ich am 20.05. in Bad Lobenstein mit dabei.",
    "Wir sind am Dienstag gern mit zwei Leuten aus dem Bauamt dabei.",
    "Gerne komme ich.",
    "Ja, ich komme.",
    "Hiermit bestätige ich meine Teilnahme.",
    "Gern nehme ich teil.",
])
def test_short_commitments_register(text: str) -> None:
    """A short present-tense yes, however many words stand between verb and "dabei", registers the sender."""
    u = read(mail(text, subject="Re: Einladung"))
    assert u.intent == "registration" and names(u) == ["Jana Vogt"]


@pytest.mark.parametrize("text", [
    ("Hiermit melde ich mich als Sachbearbeiterin für Stadtsanierung der Stadt Schleiz für die Fachtagung am "
    "Dienstag, dem 20. Mai, an. Ich fahre mit dem Zug bis Saalburg. Fährt von dort ein Bus zum Tagungsort?"),
    ("Ich melde mich in meiner Funktion als Leiterin des Bauamtes der Stadt Schleiz zur Veranstaltung im Mai an. "
    "Ist der Bahnhof weit vom Saal entfernt?"),
])
def test_long_registration_sentence_with_station_question_registers(text: str) -> None:
    """Many words between "melde" and "an" do not hide the sign-up; a station question beside it stays a question."""
    u = read(mail(text))
    assert u.intent == "registration" and names(u) == ["Jana Vogt"]


@pytest.mark.parametrize("text", [
    "Bitte merken Sie mich für die Tagung im Mai vor.",
    "Merken Sie mich bitte für den 20.05. als Teilnehmerin vor.",
    "Ich nehme sehr gern an Ihrer Veranstaltung am 20. Mai in Bad Lobenstein teil.",
    "Ich nehme gern an der Veranstaltung am 20. Mai teil. Kann man dort parken?",
])
def test_reserve_me_and_long_take_part_register_the_sender(text: str) -> None:
    """Asking to be noted down, or "nehme … teil" with many words between, registers the sender."""
    u = read(mail(text))
    assert u.intent == "registration" and names(u) == ["Jana Vogt"]


@pytest.mark.parametrize("text", [
    "Für unsere Gemeinde nehmen Frau Anja Beck und Herr Uwe Kolb teil. Ich selbst kann nicht kommen.",
    "Ich nehme an der Transferveranstaltung am Dienstag, dem 20. Mai 2025 in Bad Lobenstein sehr gern teil.",
])
def test_long_take_part_sentences_register(text: str) -> None:
    """"nehmen … teil" registers however many words lie between, for colleagues as for the writer."""
    u = read(mail(text))
    assert u.intent == "registration" and names(u) in (["Anja Beck", "Uwe Kolb"], ["Jana Vogt"])


# --- a sign-up that also asks stays a sign-up and keeps the question ----------------------------------

def test_registration_with_an_indirect_question_stays_a_registration() -> None:
    """"Ich melde mich an. Teilen Sie mir bitte mit, ob …" registers and keeps the question for the organisers."""
    u = read(mail("Ich melde mich an. Teilen Sie mir bitte mit, ob es vor Ort Parkplätze gibt."))
    assert u.intent == "registration" and names(u) == ["Jana Vogt"]
    assert u.question is not None and "Parkplätze" in u.question


def test_registration_with_bracket_and_question_registers() -> None:
    """"melde mich … an (Gemeinde X)" followed by an access question registers and keeps the question."""
    u = read(mail("Hiermit melde ich mich für den 20. Mai an (Stadt Schleiz, Bauamt). Ich gehe mit Rollator. "
                  "Gibt es einen Aufzug zum Saal?"))
    assert u.intent == "registration" and names(u) == ["Jana Vogt"]
    assert u.question and "Aufzug" in u.question


def test_commitment_before_a_dash_question_registers() -> None:
    """"Ich melde mich an – gibt es Mittagessen?": the clause before the dash commits."""
    u = read(mail("Ich melde mich für die Veranstaltung an – gibt es ein Mittagessen vor Ort?"))
    assert u.intent == "registration" and u.question


# --- thanks, other people's registrations and the sender's own absence do not hide a sign-up ----------

def test_someone_else_registered_separately_does_not_block_a_sign_up() -> None:
    """"Für die Verwaltung hat sich bereits jemand angemeldet" beside "möchte ich teilnehmen" still registers."""
    u = read(mail("Ich möchte am 20. Mai teilnehmen. Für die Verwaltung hat sich bereits jemand angemeldet."))
    assert u.intent == "registration"


@pytest.mark.parametrize("text", ["Danke für die Info, ich nehme gern teil.", "Danke für die Mail – ich bin dabei.",
                                  "Vielen Dank für die Einladung, gerne komme ich."])
def test_thanks_for_the_invitation_then_yes_registers(text: str) -> None:
    """Thanking for an invitation (not our confirmation) and then saying yes is a sign-up, sender included."""
    u = read(mail(text, subject="AW: Einladung zur 9. Transferveranstaltung", quoted=INVITATION))
    assert u.intent == "registration" and names(u) == ["Jana Vogt"]


def test_absent_sender_registering_colleagues_across_a_date_registers() -> None:
    """"ich selbst kann am 20.05. nicht, melde aber …, … an" registers the colleagues however long the list."""
    u = read(mail("Ich selbst kann am 20.05. leider nicht teilnehmen, melde aber unsere Kollegen Herrn Tobias "
                  "Ranft-Wiegand und Herrn Lutz Kammler an."))
    assert u.intent == "registration" and names(u) == ["Tobias Ranft-Wiegand", "Lutz Kammler"]


def test_colleagues_take_part_while_the_sender_is_prevented() -> None:
    """"Es nehmen folgende Kollegen teil … Ich selbst bin verhindert" registers the colleagues, not the sender."""
    text = ("Von uns nehmen folgende Kollegen teil:\n\nHerr Malte Birnstiel, Bauamt – m.birnstiel@schleiz.example\n"
            "Frau Petra Quandt, Kämmerei – p.quandt@schleiz.example\n\nIch selbst bin leider verhindert.")
    u = read(mail(text))
    assert u.intent == "registration"
    assert names(u) == ["Malte Birnstiel", "Petra Quandt"]


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


# --- sign-up look-alikes register nobody --------------------------------------------------------------

def test_parking_word_is_not_a_registration() -> None:
    """"Parkplätze" contains "plätze" but is no sign-up; a plain parking question stays a question."""
    u = read(mail("Wir wollten nur wissen: Stehen am Veranstaltungsort genügend Parkplätze zur Verfügung?"))
    assert u.intent == "question"


def test_participation_mentioned_in_passing_does_not_register() -> None:
    """"Laut Programm ist die Teilnahme kostenlos" followed by questions asks, and registers nobody."""
    u = read(mail("Laut Programm ist die Teilnahme kostenlos. Bekommen wir dennoch eine Quittung für die Kasse? "
                  "Gibt es eine Teilnahmebescheinigung?"))
    assert u.intent == "question" and u.attendees == ()


def test_assuming_something_about_a_part_is_no_registration() -> None:
    """"ich nehme an, dass der zweite Teil …" is an assumption, not a sign-up."""
    u = read(mail("Ich nehme an, dass der zweite Teil der Veranstaltung am Nachmittag stattfindet?"))
    assert u.intent == "question"
