"""What the reader takes for a person's name: nouns, units, places, codes and form labels are none; known given
names carry noun- or adjective-like family names; titles, salutations and colleague words come off; names written
family name first, in lower case or transliterated are put right. Sentences of our own, not copies of corpus
mails; the unit-level name splitting is in test_people.py."""

from __future__ import annotations

import pytest
from reader_helpers import mail, names

from mailbot.understand import read
from mailbot.understand.names import common_word, known_given, looks_like_name, split_name
from mailbot.understand.people import others

# --- what is no person's name: nouns, units, places, codes --------------------------------------------

@pytest.mark.parametrize("text", ["Code ISEK-TQ4M-7HXP", "Ihre Antwort", "SG Stadterneuerung", "FB Bauwesen",
                                  "Ihren Bescheid"])
def test_codes_possessives_and_unit_abbreviations_are_no_names(text: str) -> None:
    """A registration code, "Ihre Antwort" or a unit's abbreviation before a word has no given+family name shape."""
    from mailbot.understand.names import looks_like_name, split_name

    assert not looks_like_name(*split_name(text)[::2])


def test_code_in_parentheses_registers_nobody() -> None:
    """"(Code ISEK-…)" beside a cancellation of one named person adds no attendee called "Code …"."""
    u = read(mail("Zu unserer Anmeldung (Code ISEK-TQ4M-7HXP): Herr Udo Wenzel kann leider nicht teilnehmen."))
    assert u.intent == "cancellation" and names(u) == ["Udo Wenzel"]


def test_a_place_is_never_an_attendee() -> None:
    """"… to the event in Bad Lobenstein." reads like two capitalised words but is the venue, not a person."""
    u = read(mail("We would like to register Mr Tom Hale for the event on 20 May in Bad Lobenstein.",
                  from_name="Tom Hale", from_addr="tom@hale.example", signature="Tom Hale"))
    assert names(u) == ["Tom Hale"]


def test_form_labels_pasted_with_tabs_are_no_names() -> None:
    """A Word form pasted as text: only the name field gives an attendee, "Übernachtung Hotel" does not."""
    u = read(mail("Anmeldung:\n\nName, Vorname:\t\tVogt, Jana\nFunktion:\tBauamtsleiterin\n"
                  "Übernachtung Hotel:\t☐ ja ☒ nein\nBesondere Wünsche:\tkeine\nE-Mail:\tj.vogt@schleiz.example"))
    assert names(u) == ["Jana Vogt"]


def test_a_name_does_not_run_into_the_next_form_line() -> None:
    """"Teilnehmerin: Frau Dr. Eva Krüger" followed by "Bemerkung: …" gives Eva Krüger, not "Eva Krüger Bemerkung"."""
    u = read(mail("Teilnehmerin: Frau Dr. Eva Krüger\nBemerkung: Ich reise mit der Bahn an.", subject="Anmeldung"))
    assert names(u) == ["Eva Krüger"] and u.notes == ("Ich reise mit der Bahn an.",)


def test_place_after_a_travel_noun_is_no_attendee() -> None:
    """"Abfahrt Rosenthal am Rennsteig …, Ankunft Bad Lobenstein …" names places, not people."""
    u = read(mail("Ich melde mich an, Abfahrt Rosenthal am Rennsteig gegen 7 Uhr, Ankunft Bad Lobenstein 9 Uhr."))
    assert names(u) == ["Jana Vogt"]


def test_town_plurals_and_units_are_no_names() -> None:
    """"die Städte Kahla und Orlamünde" names towns, not a person "Städte Kahla"."""
    u = read(mail("Ich melde mich an; ich spreche auch für die Städte Kahla und Orlamünde."))
    assert names(u) == ["Jana Vogt"]


@pytest.mark.parametrize("phrase", [
    "Obere Denkmalschutzbehörde", "Zuständige Stelle", "Städtebauliche Rahmenplanung", "Tagungsort Stellplätze",
    "Regionale Entwicklungskonzepte", "Integriertes Klimaschutzkonzept", "Untere Wasserbehörde",
    "Sanierungsgebiet Altstadt", "Ordnungsamt Kreisverwaltung",
])
def test_noun_phrases_do_not_look_like_names(phrase: str) -> None:
    """Compound nouns (-behörde, -konzept, -plätze, …ungs…) and inflected adjectives never make a person's name."""
    assert not looks_like_name(phrase)


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


@pytest.mark.parametrize("text", [
    "Wir reisen mit dem Regionalexpress Gera Saalfeld an und nehmen zu zweit teil.",
    "Wir kommen mit dem Dienstfahrzeug Kennzeichen SLF und nehmen teil.",
    "Wir melden uns für den Workshop Innenstadt Belebung an.",
])
def test_capitalised_nouns_without_a_given_name_are_no_attendees(text: str) -> None:
    """A run of capitalised words whose first word is a long noun, not a given name, names nobody."""
    assert others(text) == []


@pytest.mark.parametrize(("name", "ok"), [
    ("Kreisentwicklung Regionalmanagement", False), ("Stadtplanung Jena", False), ("Städtebau Mitte", False),
    ("Hartung Kerstin", True), ("Kerstin Hartung", True),
])
def test_a_given_name_never_ends_like_a_unit(name: str, ok: bool) -> None:
    """A first word ending like a unit ("-entwicklung", "-planung", "-bau") is no given name, unless the name is
    written family name first with a known given name last."""
    assert looks_like_name(name) is ok


@pytest.mark.parametrize("phrase", ["Zuständige Stelle", "Lisa Verwaltung", "Weitere Anmeldungen"])
def test_noun_heads_stay_no_names(phrase: str) -> None:
    """A noun head or an adjective first never makes a name, given name or not."""
    assert not looks_like_name(phrase)


def test_office_word_in_running_text_is_no_list_line() -> None:
    """A sentence that starts with an office is not taken for a list line."""
    assert others("Bürgermeister haben wenig Zeit, deshalb schreibe ich Ihnen.") == []


# --- what is a name: given names, noun-like family names, apostrophes, capitals -----------------------

@pytest.mark.parametrize("text", ["Siobhan O'Keeffe", "Lea Oberländer-Stoll", "Max MÜLLER", "KARL OTTO"])
def test_apostrophes_double_names_and_capitals_are_names(text: str) -> None:
    """Apostrophes, hyphenated family names and a family name (or whole name) in capitals are name shapes."""
    from mailbot.understand.names import looks_like_name

    assert looks_like_name(text)


@pytest.mark.parametrize("name", [
    "Kerstin Hartung", "Rüdiger Fleischer", "Mandy Große", "Kai-Uwe Schönheit", "Marlies Nebelung",
    "Hedwig Ortlepp", "Ludwig Amthor",
])
def test_real_names_with_noun_like_endings_stay_names(name: str) -> None:
    """Family and given names that end like nouns or adjectives (-ung, -heit, -iger, Große) are still names."""
    assert looks_like_name(name)
    assert not any(common_word(w) for w in name.split())


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


@pytest.mark.parametrize("name", ["Lisa Wenige", "Peter Billige", "Anna Heilige"])
def test_adjective_shaped_family_name_after_given_name(name: str) -> None:
    """After a known given name a family name shaped like an adjective (-ige) is still a name."""
    assert looks_like_name(name)


# --- titles, salutations and colleague words come off the name ----------------------------------------

def test_title_without_dot_and_english_salutation() -> None:
    """"Dr Ruth Adler" and "Ms Kate Lowe" lose title and salutation; both are attendees."""
    u = read(mail("We would like to register:\n1. Dr Ruth Adler, Head of Planning - r.adler@x-plan.example\n"
                  "2. Ms Kate Lowe - k.lowe@x-plan.example", from_name="Ruth Adler", from_addr="r.adler@x-plan.example",
                  signature="Ruth Adler\nX Plan GmbH"))
    assert sorted(names(u)) == ["Kate Lowe", "Ruth Adler"]
    assert {p.email for p in u.attendees} == {"r.adler@x-plan.example", "k.lowe@x-plan.example"}


def test_job_title_between_academic_title_and_name_is_the_role() -> None:
    """"Dipl.-Ing. Stadtplaner Jonas Ebert" is Jonas Ebert with role Stadtplaner."""
    u = read(mail("Für uns nehmen teil:\n\nDipl.-Ing. Stadtplaner Jonas Ebert (j.ebert@plan.example)\nM.A. Greta Lang",
                  signature="Büro für Stadtplanung Ebert\nErfurt", from_addr="info@plan.example", from_name="Büro"))
    assert sorted(names(u)) == ["Greta Lang", "Jonas Ebert"]
    ebert = next(p for p in u.attendees if p.name == "Jonas Ebert")
    assert ebert.role == "Stadtplaner" and ebert.email == "j.ebert@plan.example"


def test_colleague_word_is_stripped_like_a_salutation() -> None:
    """"Kollegen Benjamin Knauer" is Benjamin Knauer, once, with his address."""
    u = read(mail("Ich melde mich und meinen Kollegen Rainer Stolle (r.stolle@schleiz.example) an."))
    assert [(p.name, p.email) for p in u.attendees] == [("Jana Vogt", "j.vogt@schleiz.example"),
                                                         ("Rainer Stolle", "r.stolle@schleiz.example")]
    assert split_name("Kollegin Ute Brand") == ("Ute Brand", None, "Frau")


# --- name order and spelling: family name first, lower case, umlauts ----------------------------------

def test_lower_case_display_name_is_the_sender() -> None:
    """A webmail sender "kurt weise" with no signature is still Kurt Weise."""
    u = read(mail("melde mich an fuer den 20.5.", signature="", from_name="kurt weise",
                  from_addr="kurt.weise@web.example", subject="anmeldung"))
    assert [(p.name, p.email) for p in u.attendees] == [("Kurt Weise", "kurt.weise@web.example")]


def test_calendar_word_family_name_in_display_name() -> None:
    """"Eva Mai" in the From header is a person even though "Mai" is a month."""
    u = read(mail("Hiermit melde ich mich an.", signature="", from_name="Eva Mai", from_addr="eva.mai@web.example"))
    assert [(p.name, p.email) for p in u.attendees] == [("Eva Mai", "eva.mai@web.example")]


def test_surname_first_list_is_turned_round() -> None:
    """Lines "Family, Given - Role" under "(Name, Vorname)" are recorded as given name and family name."""
    text = "wir melden für die Gemeinde an (Name, Vorname):\n\nGrünewald, Heike - Bürgermeisterin\nVogt, Jana - Bauamt"
    u = read(mail(text))
    assert sorted(names(u)) == ["Heike Grünewald", "Jana Vogt"]


def test_surname_first_block_without_header_is_turned_round() -> None:
    """Two "Family, Given" lines under a colon are read the same way without the "(Name, Vorname)" hint."""
    text = "Folgende Personen nehmen teil:\nHaberkorn, Sigrid, Kämmerin\nVogt, Jana, Bauamt"
    assert sorted(names(read(mail(text)))) == ["Jana Vogt", "Sigrid Haberkorn"]


def test_numbered_surname_first_list_with_units() -> None:
    """"1. Family, Given (Unit)" lines under a colon are turned round and keep their unit."""
    u = read(mail("Folgende Kolleginnen nehmen teil:\n1. Reichardt, Nora (Bauamt)\n2. Voigtländer, Ilse (Kämmerei)"))
    assert sorted(names(u)) == ["Ilse Voigtländer", "Nora Reichardt"]


def test_umlaut_name_in_signature_wins_over_transliterated_display_name() -> None:
    """"Jürgen Müßig" signed in lower case beats the "juergen muessig" the address book shows."""
    u = read(mail("melde mich an, komme mit dem auto", signature="gruss\njürgen müßig\nbauamt",
                  from_name="juergen muessig", from_addr="bauamt@oppurg.example"))
    assert names(u) == ["Jürgen Müßig"]


def test_family_name_first_display_name_takes_the_signatures_order() -> None:
    """From "Saalbach Rainer" (no comma) signed "Rainer Saalbach": the attendee is Rainer Saalbach, From's address."""
    u = read(mail("Bitte merken Sie mich für den 20. Mai vor. Ich bin Bürgermeister der Gemeinde Görkwitz.",
                  signature="Rainer Saalbach", from_name="Saalbach Rainer",
                  from_addr="gemeinde-goerkwitz@mail-provider.example"))
    assert u.intent == "registration" and u.municipality is not None and u.municipality.name == "Görkwitz"
    assert [(p.name, p.email) for p in u.attendees] == [("Rainer Saalbach", "gemeinde-goerkwitz@mail-provider.example")]
