"""Every attendee-finding rule of the table (people/finders.py) finds what its examples say, and nothing in
the texts it exists to leave alone; the table's names are unique and appear in `reasons`."""

from __future__ import annotations

import pytest

from mailbot.understand import read
from mailbot.understand.people.finders import FINDERS, Finder
from reader_helpers import mail


@pytest.mark.parametrize("finder", FINDERS, ids=[f.name for f in FINDERS])
def test_finder_examples(finder: Finder) -> None:
    assert finder.why and finder.must, "a finder needs a reason and examples"
    for text, names in finder.must:
        assert [p.name for p in finder.find(text)] == list(names), (finder.name, text)
    for text in finder.must_not:
        assert finder.find(text) == [], (finder.name, text)


def test_finder_names_are_unique() -> None:
    assert len({f.name for f in FINDERS}) == len(FINDERS)


def test_the_finder_is_named_in_the_reasons() -> None:
    u = read(mail("Hiermit melde ich meine Kollegin Frau Sabine Weber verbindlich zur Transferveranstaltung an."))
    assert [p.name for p in u.attendees] == ["Sabine Weber"]
    assert "attendees found by: sentences" in u.reasons
