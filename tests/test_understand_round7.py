"""Failure classes of the seventh blind round, pinned down with sentences of our own (not copies of those mails)."""

from __future__ import annotations

import pytest
from test_understand_generalise import mail, names

from mailbot.understand import read
from mailbot.understand.names import common_word, looks_like_name

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
