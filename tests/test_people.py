"""Attendees: name and title splitting, forms, tables, lists, sentences, and when the sender counts."""

from __future__ import annotations

import pytest

from mailbot.models import InboundMail
from mailbot.understand import people
from mailbot.understand.names import looks_like_name, split_name


@pytest.mark.parametrize("raw,name,title,sal", [
    ("Herr Dr. Max Müller", "Max Müller", "Dr.", "Herr"),
    ("Frau Prof. Dr.-Ing. Anna von der Heide", "Anna von der Heide", "Prof. Dr.-Ing.", "Frau"),
    ("Dipl.-Ing. (FH) Peter Lange", "Peter Lange", "Dipl.-Ing. (FH)", None),
    ("Sabine Weber, M.Sc.", "Sabine Weber", "M.Sc.", None),
    ("Müller, Max", "Max Müller", None, None),
    ("Herrn Jens-Uwe Schäfer", "Jens-Uwe Schäfer", None, "Herr"),
])
def test_split_name(raw: str, name: str, title: str | None, sal: str | None) -> None:
    """Salutation and academic titles come off the name and are kept separately."""
    assert split_name(raw) == (name, title, sal)


@pytest.mark.parametrize("text", ["Mit freundlichen", "Stadt Schleiz", "Sehr geehrte", "Leiterin Bauamt", "Anmeldung"])
def test_common_words_are_not_names(text: str) -> None:
    """Greetings, organisations and roles are not taken for a person's name."""
    assert not looks_like_name(*split_name(text)[::2])


def test_numbered_list_with_roles_and_addresses() -> None:
    """A numbered list gives each person with title, role and stated address."""
    found = people.others("Teilnehmer:\n1. Herr Dr. Max Müller, Bürgermeister, max@x.de\n"
                          "2. Frau Anna Kurz (Bauamt), anna.kurz@x.de\n")
    assert [(p.name, p.email, p.title) for p in found] == [("Max Müller", "max@x.de", "Dr."),
                                                          ("Anna Kurz", "anna.kurz@x.de", None)]
    assert found[0].role == "Bürgermeister" and found[0].salutation == "Herr"


def test_key_value_form_with_two_people() -> None:
    """A repeated "Name:" key starts the next person in a form."""
    found = people.others("Name: Max Müller\nFunktion: Leiter Bauamt\nE-Mail: m@x.de\n\n"
                          "Vorname: Eva\nNachname: Lang\nE-Mail: e@x.de")
    assert [(p.name, p.email, p.role) for p in found] == [("Max Müller", "m@x.de", "Leiter Bauamt"),
                                                         ("Eva Lang", "e@x.de", None)]


def test_table_with_header_row() -> None:
    """HTML tables arrive as " | " separated lines; the header row names the columns."""
    found = people.others("Name | Funktion | E-Mail\nMax Müller | Bürgermeister | m@x.de\n"
                          "Dr. Eva Lang | Sachbearbeiterin | e@x.de")
    assert [(p.name, p.email, p.role, p.title) for p in found] == [
        ("Max Müller", "m@x.de", "Bürgermeister", None), ("Eva Lang", "e@x.de", "Sachbearbeiterin", "Dr.")]


def test_colleague_in_a_sentence() -> None:
    """"ich und meine Kollegin Frau Sabine Weber, sabine.weber@…" names the colleague with her address."""
    found = people.others("Hiermit melde ich mich und meine Kollegin Frau Sabine Weber, "
                          "sabine.weber@stadt-schleiz.de, an.")
    assert [(p.name, p.email, p.salutation) for p in found] == [("Sabine Weber", "sabine.weber@stadt-schleiz.de",
                                                                 "Frau")]


def test_greeting_is_not_an_attendee() -> None:
    """"Sehr geehrte Frau Schulze" addresses the organiser and is no attendee."""
    assert people.others("Sehr geehrte Frau Schulze,\nhiermit melde ich mich an.") == []


def _mail(text: str, signature: str = "", from_name: str = "Anna Schmidt",
          from_addr: str = "anna.schmidt@stadt-schleiz.de", reply_to: str | None = None) -> InboundMail:
    return InboundMail(message_id=None, subject="Anmeldung", from_name=from_name, from_addr=from_addr,
                       reply_to=reply_to, text=text, signature=signature)


def test_sender_and_colleague() -> None:
    """"ich und meine Kollegin": both attend, the sender with the From address."""
    text = "hiermit melde ich mich und meine Kollegin Frau Sabine Weber an."
    found, _ = people.attendees(_mail(text), text, [], registering=True)
    assert [(p.name, p.email) for p in found] == [("Anna Schmidt", "anna.schmidt@stadt-schleiz.de"),
                                                  ("Sabine Weber", None)]


def test_registering_a_colleague_only() -> None:
    """"hiermit melde ich Herrn Bürgermeister Peter Lange an": the sender does not attend."""
    text = "hiermit melde ich Herrn Bürgermeister Peter Lange zur Veranstaltung an."
    found, _ = people.attendees(_mail(text), text, [], registering=True)
    assert [(p.name, p.email, p.role) for p in found] == [("Peter Lange", None, "Bürgermeister")]


def test_sender_name_and_role_from_signature() -> None:
    """A functional From name gives way to the signature's name and role."""
    text = "Hiermit melde ich mich zur Veranstaltung an."
    m = _mail(text, from_name="Bauamt Stadt Schleiz", from_addr="bauamt@stadt-schleiz.de")
    found, _ = people.attendees(m, text, ["Dipl.-Ing. Karl Brandt", "Sachgebietsleiter Stadtplanung",
                                          "Stadtverwaltung Schleiz"], registering=True)
    assert [(p.name, p.title, p.role, p.email) for p in found] == [
        ("Karl Brandt", "Dipl.-Ing.", "Sachgebietsleiter Stadtplanung", "bauamt@stadt-schleiz.de")]


def test_reply_to_wins_over_functional_from() -> None:
    """A personal Reply-To is the sender's address when From is a shared mailbox."""
    text = "Ich melde mich an."
    m = _mail(text, from_name="Karl Brandt", from_addr="poststelle@stadt-schleiz.de",
              reply_to="karl.brandt@stadt-schleiz.de")
    found, _ = people.attendees(m, text, [], registering=True)
    assert found[0].email == "karl.brandt@stadt-schleiz.de"


def test_sender_in_the_list_gets_the_from_address() -> None:
    """When the sender lists themself without an address, the From address is theirs."""
    text = "Wir kommen zu zweit:\n- Anna Schmidt, Leiterin Bauamt\n- Max Müller, Bürgermeister"
    found, _ = people.attendees(_mail(text), text, [], registering=True)
    assert [(p.name, p.email) for p in found] == [("Anna Schmidt", "anna.schmidt@stadt-schleiz.de"),
                                                  ("Max Müller", None)]


def test_last_name_first_display_name() -> None:
    """"Schmidt, Anna" in From is turned into "Anna Schmidt"."""
    found, _ = people.attendees(_mail("Ich melde mich an.", from_name="Schmidt, Anna"), "Ich melde mich an.", [],
                                registering=True)
    assert found[0].name == "Anna Schmidt"


def test_form_value_with_role_after_comma() -> None:
    """"Teilnehmer 1: Herr Bernd Lutz, Bauamtsleiter" gives name and role separately."""
    found = people.others("Teilnehmer 1: Herr Bernd Lutz, Bauamtsleiter\nTeilnehmer 2: Frau Eva Kraus, Stadtplanerin")
    assert [(p.name, p.role) for p in found] == [("Bernd Lutz", "Bauamtsleiter"), ("Eva Kraus", "Stadtplanerin")]


def test_surname_first_display_name_matches_the_text() -> None:
    """A From name "Horn Birgit" and "Birgit Horn" in the text are one person, not two."""
    text = "Für die Gemeinde Nobitz nehme ich, Birgit Horn, teil."
    found, _ = people.attendees(_mail(text, from_name="Horn Birgit", from_addr="horn@nobitz.de"), text, [],
                                registering=True)
    assert [(p.name, p.email) for p in found] == [("Birgit Horn", "horn@nobitz.de")]
