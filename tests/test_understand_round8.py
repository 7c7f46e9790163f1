"""Failure classes of the eighth blind round, pinned down with sentences of our own (not copies of those mails)."""

from __future__ import annotations

import pytest
from test_understand_generalise import mail, names

from mailbot.understand import read
from mailbot.understand.names import looks_like_name
from mailbot.understand.people import others

# --- 1. a registration that depends on an answer ("sonst", "andernfalls") is a question ----------------------


@pytest.mark.parametrize("text", [
    "Gibt es vor Ort einen Aufzug? Unsere Mitarbeiterin nutzt einen Rollator und würde sich sonst nicht anmelden.",
    "Wird es ein vegetarisches Mittagessen geben? Andernfalls würde ich mich lieber nicht anmelden.",
])
def test_registration_on_a_condition_is_a_question(text: str) -> None:
    """"… würde sich sonst nicht anmelden" beside a question commits nobody: it is a question, nobody attends."""
    u = read(mail(text))
    assert u.intent == "question" and u.attendees == ()


# --- 2. a new (official) address from someone already registered is a change -----------------------------


def test_official_address_from_a_private_one_is_a_change() -> None:
    """"Ich hatte mich privat angemeldet; bitte künftig an meine Dienstadresse X" changes the sender's address."""
    u = read(mail("ich hatte mich über mein privates Postfach angemeldet. Senden Sie die Unterlagen bitte an "
                  "meine dienstliche Adresse jana.vogt@stadt-schleiz.example.",
                  from_addr="jana.vogt@web.example"))
    assert u.intent == "change"
    assert [(p.name, p.email) for p in u.attendees] == [("Jana Vogt", "jana.vogt@stadt-schleiz.example")]


def test_office_address_in_a_fresh_sign_up_is_no_change() -> None:
    """A first sign-up that asks for mail to the office address stays a registration."""
    u = read(mail("hiermit melde ich mich zur Veranstaltung an. Schreiben Sie bitte an meine Dienstadresse "
                  "jana.vogt@stadt-schleiz.example.", from_addr="jana.vogt@web.example"))
    assert u.intent == "registration"


# --- 3. cancelling some of several registered persons by name is a cancellation of those ---------------


def test_two_named_colleagues_cancel_while_the_sender_comes() -> None:
    """"… können Frau A und Herr B leider nicht teilnehmen; ich komme wie geplant" cancels A and B only."""
    u = read(mail("von unseren Angemeldeten können Frau Petra Hainich und Herr Ole Brettschneider leider nicht "
                  "teilnehmen. Ich selbst bleibe angemeldet.", subject="AW: Anmeldung bestätigt (ISEK-K7PM-R4TX)"))
    assert u.intent == "cancellation"
    assert names(u) == ["Petra Hainich", "Ole Brettschneider"]


# --- 4. adding a colleague to one's own registration is a change --------------------------------------


@pytest.mark.parametrize("text", [
    ("ich bin schon angemeldet. Meine Kollegin Frau Ute Brandis würde ebenfalls teilnehmen, "
     "bitte setzen Sie sie noch mit auf: u.brandis@schleiz.example"),
    "ich bin bereits angemeldet. Herr Lutz Vollrath möchte ebenfalls kommen – nehmen Sie ihn bitte mit auf.",
])
def test_colleague_added_to_an_existing_registration_is_a_change(text: str) -> None:
    """"Ebenfalls teilnehmen/kommen" and "mit auf(nehmen)" from someone registered add a person: a change."""
    u = read(mail(text))
    assert u.intent == "change"
    assert len(u.attendees) == 1 and u.attendees[0].name != "Jana Vogt"


# --- 5. an office before the name on a list line ---------------------------------------------------------


def test_office_before_the_name_in_a_list() -> None:
    """"Bürgermeister X" as a line among "Frau Y"/"Herr Z" lines is a listed person with that role."""
    people = others("Aus unserer Verwaltung kommen:\n\nBürgermeisterin Doreen Klapproth\n"
                    "Herr Sven Ohnesorge (Stadtplanung)\n")
    assert [(p.name, p.role) for p in people][:1] == [("Doreen Klapproth", "Bürgermeisterin")]
    assert [p.name for p in people] == ["Doreen Klapproth", "Sven Ohnesorge"]


def test_office_word_in_running_text_is_no_list_line() -> None:
    """A sentence that starts with an office is not taken for a list line."""
    assert others("Bürgermeister haben wenig Zeit, deshalb schreibe ich Ihnen.") == []


def test_shared_box_gives_its_address_to_the_signer_only() -> None:
    """Three colleagues from the shared bauamt@ box: the signer gets the box address, the others none."""
    u = read(mail("für die Stadt kommen:\n\nBürgermeister Otto Wiegleb\nFrau Jana Vogt (Bauamt)\nHerr Rico Gansler",
                  subject="Anmeldung Transferveranstaltung", from_addr="bauamt@schleiz.example",
                  from_name="Bauamt Schleiz", signature="Jana Vogt\nStadtverwaltung Schleiz"))
    got = {p.name: p.email for p in u.attendees}
    assert got == {"Otto Wiegleb": None, "Jana Vogt": "bauamt@schleiz.example", "Rico Gansler": None}


# --- 6. adjective-shaped family names after a known given name -----------------------------------------


@pytest.mark.parametrize("name", ["Lisa Wenige", "Peter Billige", "Anna Heilige"])
def test_adjective_shaped_family_name_after_given_name(name: str) -> None:
    """After a known given name a family name shaped like an adjective (-ige) is still a name."""
    assert looks_like_name(name)


@pytest.mark.parametrize("phrase", ["Zuständige Stelle", "Lisa Verwaltung", "Weitere Anmeldungen"])
def test_noun_heads_stay_no_names(phrase: str) -> None:
    """A noun head or an adjective first never makes a name, given name or not."""
    assert not looks_like_name(phrase)


def test_each_address_on_its_own_to_the_person_it_spells() -> None:
    """Two people, one address in brackets: it goes to the person whose surname it spells, the sender keeps From."""
    u = read(mail("wir melden uns zu zweit an:\nJana Vogt (Bauamt) und Lisa Wenige (Kämmerei, wenige@schleiz.example).",
                  from_addr="vogt@schleiz.example"))
    assert {p.name: p.email for p in u.attendees} == {"Jana Vogt": "vogt@schleiz.example",
                                                      "Lisa Wenige": "wenige@schleiz.example"}


# --- 7. "Seine E-Mail-Adresse lautet …" after one named person ------------------------------------------


def test_his_address_in_the_next_sentence_is_his() -> None:
    """A secretary registers the mayor and then gives "seine E-Mail-Adresse": the (office) address is his."""
    u = read(mail("hiermit melde ich unsere Bürgermeisterin, Frau Karin Mühlpfort, an. Ihre E-Mail-Adresse lautet "
                  "buergermeisterin@schleiz.example.", signature="Jana Vogt\nSekretariat\nStadt Schleiz",
                  from_addr="sekretariat@schleiz.example", from_name="Sekretariat Schleiz"))
    assert [(p.name, p.email) for p in u.attendees] == [("Karin Mühlpfort", "buergermeisterin@schleiz.example")]


def test_possessive_address_for_confirmation_stays_the_senders() -> None:
    """"Die Bestätigung bitte an meine Adresse …" does not give that address to the person just named."""
    u = read(mail("ich melde Herrn Uwe Rabich an. Die Bestätigung senden Sie bitte an mich: j.vogt@schleiz.example.",
                  from_addr="j.vogt@schleiz.example"))
    assert [(p.name, p.email) for p in u.attendees] == [("Uwe Rabich", None)]
