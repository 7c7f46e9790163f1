"""The text the reader works on: hard-wrapped lines are joined into sentences (lists and key: value lines stay
lines), sentences do not end after dates, abbreviations or titles, and notes and the question come out as whole
sentences."""

from __future__ import annotations

from reader_helpers import mail

from mailbot.understand import read
from mailbot.understand.text import sentences, unwrap

# --- hard-wrapped lines and sentence ends -------------------------------------------------------------

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
