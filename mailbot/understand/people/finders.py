"""The attendee-finding rules as a named table: each finder reads one way of naming people, in the order tried.

A finder is a function of the sender's own words. Its name appears in `reasons` ("attendees found by:
list_items, sentences"), so a wrong reading points at the rule that made it. `must` holds texts with the
names the finder must find in them, `must_not` texts where it must find nobody; tests/test_people_finders.py
checks every example.

To add a way of naming people: write the finder in forms.py or mentions.py, add a `Finder` here with at
least one example of each kind, and run tests/test_people_finders.py and tests/test_reader_ratchet.py.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ...models import Person
from .forms import from_fields, from_table
from .mentions import from_enumeration, from_list, from_sentences


@dataclass(frozen=True)
class Finder:
    """One way a mail names its attendees."""

    name: str
    why: str  # one line: why this shape of text names attendees
    find: Callable[[str], list[Person]]
    must: tuple[tuple[str, tuple[str, ...]], ...]  # text → the names found (in order)
    must_not: tuple[str, ...] = ()  # texts where it finds nobody: the confusion it avoids


FINDERS: tuple[Finder, ...] = (
    Finder("form_fields", "a key–value form (\"Name: …\") is the sender's most explicit way to name a person",
           from_fields,
           must=(("Name: Jana Vogt\nFunktion: Bauamtsleiterin\nE-Mail: j.vogt@schleiz.example", ("Jana Vogt",)),
                 ("Vorname: Lutz\nNachname: Bredow\n\nVorname: Ina\nNachname: Kolbe", ("Lutz Bredow", "Ina Kolbe"))),
           must_not=("Betreff: Anmeldung zur Veranstaltung\nDatum: 20. Mai",)),
    Finder("table", "rows of a table with a header row (pasted from a spreadsheet or a Word table)",
           from_table,
           must=(("Name | Funktion | E-Mail\nKarin Ebert | Bauamt | k.ebert@gera.example", ("Karin Ebert",)),),
           must_not=("Zeit | Programmpunkt\n10:00 | Begrüßung\n11:30 | Mittagspause",)),
    Finder("list_items", "bulleted or numbered lines and lines that start with Herr/Frau or a title",
           from_list,
           must=(("Es kommen:\n- Herr Bernd Fiedler, Bürgermeister\n- Frau Sabine Reuß, Bauamt",
                  ("Bernd Fiedler", "Sabine Reuß")),),
           must_not=("- Parkplätze vorhanden?\n- Programm folgt",)),
    Finder("sentences", "a person introduced in a sentence (\"meine Kollegin Frau X\", \"Herrn Bürgermeister X\")",
           from_sentences,
           must=(("Hiermit melde ich meine Kollegin Frau Sabine Weber an.", ("Sabine Weber",)),),
           must_not=("Ich freue mich auf die Veranstaltung.",)),
    Finder("enumeration", "bare names listed where people are registered (\"wir (A und B) nehmen teil\")",
           from_enumeration,
           must=(("Wir (Simone Taubert und Lukas Sandig) nehmen teil.", ("Simone Taubert", "Lukas Sandig")),),
           must_not=("Wir nehmen gern teil.",)),
)
