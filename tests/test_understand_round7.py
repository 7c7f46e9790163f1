"""Failure classes of the seventh blind round, pinned down with sentences of our own (not copies of those mails)."""

from __future__ import annotations

import pytest
from test_understand_generalise import mail, names

from mailbot.understand import read
from mailbot.understand.names import common_word, known_given, looks_like_name
from mailbot.understand.people import others

CODE_SUBJECT = "Unsere Anmeldung ISEK-K7PM-R4TX"


# --- 1. capitalised German noun phrases are no person names ----------------------------------------

@pytest.mark.parametrize("phrase", [
    "Obere Denkmalschutzbehörde", "Zuständige Stelle", "Städtebauliche Rahmenplanung", "Tagungsort Stellplätze",
    "Regionale Entwicklungskonzepte", "Integriertes Klimaschutzkonzept", "Untere Wasserbehörde",
    "Sanierungsgebiet Altstadt", "Ordnungsamt Kreisverwaltung",
])
def test_noun_phrases_do_not_look_like_names(phrase: str) -> None:
    """Compound nouns (-behörde, -konzept, -plätze, …ungs…) and inflected adjectives never make a person's name."""
    assert not looks_like_name(phrase)


@pytest.mark.parametrize("name", [
    "Kerstin Hartung", "Rüdiger Fleischer", "Mandy Große", "Kai-Uwe Schönheit", "Marlies Nebelung",
    "Hedwig Ortlepp", "Ludwig Amthor",
])
def test_real_names_with_noun_like_endings_stay_names(name: str) -> None:
    """Family and given names that end like nouns or adjectives (-ung, -heit, -iger, Große) are still names."""
    assert looks_like_name(name)
    assert not any(common_word(w) for w in name.split())


def test_authority_unit_beside_a_listed_person_is_no_attendee() -> None:
    """A list item naming a person and their unit ("Untere Naturschutzbehörde") yields the person only."""
    text = ("vom Landratsamt nehmen teil:\n- Frau Carla Wendisch, Untere Naturschutzbehörde, c.wendisch@lra.example\n"
            "- Herr Timo Fraas, Regionalplanung, t.fraas@lra.example")
    u = read(mail(text, signature="i. A. Wendisch\nLandratsamt", from_name="Wendisch, Carla",
                  from_addr="naturschutz@lra.example"))
    assert u.intent == "registration"
    assert names(u) == ["Carla Wendisch", "Timo Fraas"]


def test_planning_concept_named_in_a_sentence_is_no_attendee() -> None:
    """"Wir erstellen das Integrierte Städtebauliche Entwicklungskonzept und möchten teilnehmen" names no person."""
    text = ("wir erstellen gerade für die Stadt Schleiz das Integrierte Städtebauliche Entwicklungskonzept und "
            "möchten gern teilnehmen.\n\nTeilnehmerin: Frau Jana Vogt, j.vogt@schleiz.example")
    u = read(mail(text))
    assert names(u) == ["Jana Vogt"]


def test_question_about_parking_at_the_venue_names_nobody() -> None:
    """"Gibt es am Tagungsort Stellplätze, bevor wir uns anmelden?" is a question and names no attendee."""
    u = read(mail("Bevor wir uns anmelden: Gibt es in Bad Lobenstein am Tagungsort Stellplätze, oder fahren wir "
                  "besser mit der Bahn?"))
    assert u.intent == "question" and u.attendees == ()


# --- 2. "Kann ich noch meinen Kollegen mitbringen?" from someone registered adds the colleague -----

@pytest.mark.parametrize("text", [
    ("Ich bin schon angemeldet. Darf ich noch meine Kollegin Frau Romy Leisner mitbringen? Ihre Adresse: "
     "r.leisner@schleiz.example"),
    ("Wir sind bereits angemeldet. Können wir noch Herrn Udo Brettschneider (u.brettschneider@schleiz.example) "
     "mitnehmen?"),
])
def test_asking_to_bring_a_colleague_is_a_change_listing_the_colleague(text: str) -> None:
    """A registered sender asking whether a named colleague may come too changes the registration, for that colleague."""
    u = read(mail(text, subject="Nachmeldung"))
    assert u.intent == "change"
    assert len(u.attendees) == 1 and u.attendees[0].email in ("r.leisner@schleiz.example",
                                                              "u.brettschneider@schleiz.example")


def test_bringing_someone_unnamed_before_registering_is_a_question() -> None:
    """Asking whether one may bring a colleague, naming nobody and not registered yet, is a question."""
    u = read(mail("Kann man zu der Veranstaltung auch einen Kollegen mitbringen?"))
    assert u.intent == "question" and u.attendees == ()


# --- 3. in a change, someone named only as unchanged is not concerned --------------------------------

@pytest.mark.parametrize("text", [
    "zu unserer Anmeldung: Frau Vogt kommt erst gegen 11 Uhr, Herr Ralf Ebersbach bleibt wie angemeldet.",
    "Kleine Änderung: Ich komme erst nach der Mittagspause; bei Herrn Ebersbach ändert sich nichts.",
    "Ich reise erst zur Mittagszeit an – Herr Ebersbach kommt wie geplant schon am Vormittag.",
])
def test_person_who_stays_as_registered_is_not_part_of_a_change(text: str) -> None:
    """A change that names a colleague only to say they come as registered concerns the sender alone."""
    u = read(mail(text, subject=CODE_SUBJECT))
    assert u.intent == "change"
    assert names(u) == ["Jana Vogt"]


def test_person_coming_as_planned_but_later_is_still_concerned() -> None:
    """"Kommt wie geplant, aber erst ab Mittag" still changes something for that person."""
    u = read(mail("Zu unserer Anmeldung: Herr Ralf Ebersbach kommt wie geplant, aber erst ab 13 Uhr.",
                  subject=CODE_SUBJECT))
    assert u.intent == "change"
    assert "Ralf Ebersbach" in names(u)


def test_possessive_before_address_is_no_name() -> None:
    """"Seine Adresse: x@…" after a named colleague gives him the address and adds no person "Seine Adresse"."""
    u = read(mail("Ich bin schon angemeldet. Kann ich noch meinen Kollegen Herrn Ralf Ebersbach mitbringen? Seine "
                  "Adresse: r.ebersbach@schleiz.example", subject=CODE_SUBJECT))
    assert [(p.name, p.email) for p in u.attendees] == [("Ralf Ebersbach", "r.ebersbach@schleiz.example")]


# --- 4. "ich als Bürgermeisterin und Herr X": the sender is one of those coming ---------------------

@pytest.mark.parametrize("text", [
    "Aus unserer Gemeinde kommen zwei: ich als Bürgermeister und unser Bauamtsleiter Herr Ole Tischendorf.",
    "Für die Stadt nehmen teil: ich (Sachgebiet Stadtplanung) sowie meine Kollegin Frau Ilka Rehbein.",
])
def test_ich_als_role_und_colleague_includes_the_sender(text: str) -> None:
    """The sender listing themself by role beside a colleague is an attendee with their own address."""
    u = read(mail(text, from_addr="buergermeister@schleiz.example"))
    assert u.intent == "registration"
    assert names(u)[0] == "Jana Vogt" and len(names(u)) == 2
    assert u.attendees[0].email == "buergermeister@schleiz.example"


# --- 5. a shared office box signed by one of the named attendees ----------------------------------

def test_signer_of_a_shared_box_gets_its_address_when_named() -> None:
    """From bauamt@ (no personal display name), signed "K. Pflugbeil": the named Katrin Pflugbeil gets bauamt@."""
    text = ("leider müssen wir unsere Anmeldung (Frau Katrin Pflugbeil und Herr Enrico Salzmann) stornieren, "
            "beide sind dienstlich verhindert.")
    u = read(mail(text, signature="K. Pflugbeil\nStadt Schleiz, Bauamt", from_name="Bauamt Schleiz",
                  from_addr="bauamt@schleiz.example"))
    assert u.intent == "cancellation"
    got = {p.name: p.email for p in u.attendees}
    assert got == {"Katrin Pflugbeil": "bauamt@schleiz.example", "Enrico Salzmann": None}


def test_signature_initial_of_another_given_name_does_not_claim_the_box() -> None:
    """A signer "M. Pflugbeil" is not Katrin Pflugbeil: nobody gets the shared address."""
    text = "hiermit melden wir Frau Katrin Pflugbeil und Herrn Enrico Salzmann für den 20. Mai an."
    u = read(mail(text, signature="M. Pflugbeil\nStadt Schleiz, Bauamt", from_name="Bauamt Schleiz",
                  from_addr="bauamt@schleiz.example"))
    assert all(p.email is None for p in u.attendees) and len(u.attendees) == 2


def test_secretariat_signature_gives_the_box_to_nobody() -> None:
    """A secretariat signing for the mayor keeps its own box: the mayor gets no secretariat address."""
    text = "hiermit melden wir Herrn Bürgermeister Enrico Salzmann für den 20. Mai an."
    u = read(mail(text, signature="Salzmann\nSekretariat des Bürgermeisters", from_name="Sekretariat Schleiz",
                  from_addr="sekretariat@schleiz.example"))
    assert [(p.name, p.email) for p in u.attendees] == [("Enrico Salzmann", None)]


# --- 6. bare names (no Herr/Frau) need a given name's shape ---------------------------------------

@pytest.mark.parametrize("text", [
    "Wir reisen mit dem Regionalexpress Gera Saalfeld an und nehmen zu zweit teil.",
    "Wir kommen mit dem Dienstfahrzeug Kennzeichen SLF und nehmen teil.",
    "Wir melden uns für den Workshop Innenstadt Belebung an.",
])
def test_capitalised_nouns_without_a_given_name_are_no_attendees(text: str) -> None:
    """A run of capitalised words whose first word is a long noun, not a given name, names nobody."""
    assert others(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Teilnehmen werden die Mitarbeiterinnen Doris Pflaum und Heike Hartung.", ["Doris Pflaum", "Heike Hartung"]),
    ("Zur Tagung kommen Henning Roßbach sowie Anke Leistung.", ["Henning Roßbach", "Anke Leistung"]),
    ("Es nehmen teil: Juergen Moeckel und Baerbel Wohlfahrt.", ["Juergen Moeckel", "Baerbel Wohlfahrt"]),
])
def test_known_given_names_carry_noun_like_family_names(text: str, expected: list[str]) -> None:
    """After a known given name the family name may end like a noun, and a role noun before it is dropped."""
    assert [p.name for p in others(text)] == expected


@pytest.mark.parametrize(("word", "known"), [
    ("Kai-Uwe", True), ("Juergen", True), ("Sabine", True), ("Veranstaltungsort", False), ("Regionalexpress", False),
])
def test_known_given_names(word: str, known: bool) -> None:
    """Given names are known part by part and in ae/oe/ue spelling; nouns are not given names."""
    assert known_given(word) is known


def test_registered_sender_asking_if_a_colleague_may_come_too_is_a_change() -> None:
    """"Meine Kollegin Frau X würde auch gern kommen, geht das noch?" under our code adds X: a change, not a sign-up."""
    u = read(mail("Ich bin schon angemeldet. Meine Kollegin Frau Romy Leisner würde auch gern kommen, geht das noch?",
                  subject=CODE_SUBJECT))
    assert u.intent == "change" and names(u) == ["Romy Leisner"]


def test_colleague_staying_registered_is_not_withdrawn() -> None:
    """In a cancellation a colleague named only as "bleibt wie angemeldet" is not among those withdrawn."""
    u = read(mail("Zu unserer Anmeldung: Herr Ralf Ebersbach kann leider nicht teilnehmen, Frau Lindner bleibt wie "
                  "angemeldet.", subject=CODE_SUBJECT))
    assert u.intent == "cancellation" and names(u) == ["Ralf Ebersbach"]


@pytest.mark.parametrize(("name", "ok"), [
    ("Kreisentwicklung Regionalmanagement", False), ("Stadtplanung Jena", False), ("Städtebau Mitte", False),
    ("Hartung Kerstin", True), ("Kerstin Hartung", True),
])
def test_a_given_name_never_ends_like_a_unit(name: str, ok: bool) -> None:
    """A first word ending like a unit ("-entwicklung", "-planung", "-bau") is no given name, unless the name is
    written family name first with a known given name last."""
    assert looks_like_name(name) is ok
