"""Every named phrase of the intent wording does what its examples say (mailbot/understand/classify/phrasebook).

One test per phrase: its `must` sentences match its own pattern and its table, its `must_not` sentences do not
match its own pattern, and at least one `must` sentence is read by the table as this very phrase (so no
phrase is hidden behind an earlier one). The per-mail ratchet (test_reader_ratchet.py) checks that the
tables together still read every labelled mail as before.
"""

from __future__ import annotations

import re

import pytest

from mailbot.understand.classify.phrasebook import TABLES as INTENT_TABLES
from mailbot.understand.classify.wording import refuses
from mailbot.understand.people.wording import NOT_SELF, SELF
from mailbot.understand.phrases import Phrase, Phrases, which

TABLES = (*INTENT_TABLES, SELF, NOT_SELF)  # the intent wording and the self-cue wording of people/

PHRASES = [(table, phrase) for table in TABLES for phrase in table]
IDS = [f"{table.name}.{phrase.name}" for table, phrase in PHRASES]


@pytest.mark.parametrize("table, phrase", PHRASES, ids=IDS)
def test_phrase_matches_its_examples(table: Phrases, phrase: Phrase) -> None:
    """Each example that must match does, by the phrase's own pattern and by its table; none that must not does."""
    own = table.compiled(phrase)
    for sentence in phrase.must:
        assert own.search(sentence), f"{phrase.name} does not match its example {sentence!r}"
        assert table.search(sentence), f"table {table.name} does not match {sentence!r}"
    for sentence in phrase.must_not:
        assert not own.search(sentence), f"{phrase.name} matches {sentence!r}, which it must not"


@pytest.mark.parametrize("table, phrase", PHRASES, ids=IDS)
def test_phrase_is_reachable(table: Phrases, phrase: Phrase) -> None:
    """The table reads at least one of the phrase's examples as this phrase: no earlier phrase hides it."""
    read_as = [which(m) for m in (table.search(s) for s in phrase.must) if m]
    assert phrase.name in read_as, f"{phrase.name}: its examples are read as {read_as}"


@pytest.mark.parametrize("table", TABLES, ids=[t.name for t in TABLES])
def test_table_is_well_formed(table: Phrases) -> None:
    """Every phrase has a reason and an example; names are unique snake_case; the table names its phrases."""
    names = [p.name for p in table]
    assert len(names) == len(set(names)) and len(table) >= 1
    for phrase in table:
        assert phrase.why.strip(), f"{phrase.name} has no reason"
        assert phrase.must, f"{phrase.name} has no example that must match"
        assert re.fullmatch(r"[a-z][a-z0-9_]*", phrase.name)
    assert table.regex.groupindex.keys() == set(names)


def test_table_names_are_unique() -> None:
    """Each table has its own name, so a reason names one rule."""
    assert len({t.name for t in TABLES}) == len(TABLES)


def test_duplicate_phrase_names_are_refused() -> None:
    """A table with two phrases of one name is an error when it is built, not a silent shadow."""
    twice = Phrase("same", "why", r"a", must=("a",))
    with pytest.raises(ValueError):
        Phrases("test_phrase", twice, twice)


def test_which_names_the_phrase_and_cite_quotes_it() -> None:
    """A match names its phrase, and a table cites it as '<table> <phrase>: „…“'."""
    table = Phrases("demo_phrase", Phrase("first", "x", r"ab(c)?", must=("ab",)), Phrase("second", "y", r"b+", must=("b",)))
    assert [which(m) for m in table.finditer("abc bb")] == ["first", "second"]
    m = table.search("xx bb")
    assert m is not None and table.cite(m) == "demo_phrase second: „bb“"


@pytest.mark.parametrize("text, phrase", [
    ("Nein, bitte nicht.", "no_de"),
    ("Bitte nicht abmelden, das war ein Versehen.", "do_not_de"),
    ("Das war ich nicht.", "was_not_me"),
    ("Please do not cancel.", "do_not_cancel_en"),
    ("Ja, bitte so ausführen.", None),
])
def test_refuses_names_the_refusal(text: str, phrase: str | None) -> None:
    """The reader, not the workflow, knows the wording of a refusal; `refuses` names the phrase that refuses."""
    reason = refuses(text)
    assert (reason is None) if phrase is None else (reason is not None and f" {phrase}: " in reason)
