"""Named phrases: the reader's wording rules, one alternative each, with a reason and example sentences.

A `Phrase` is one alternative of a wording regex: a snake_case name, why it means what it means, the
pattern, sentences it must match and, where it exists to avoid a confusion, sentences it must not
match. A `Phrases` table joins its phrases, in order, into ONE regex of named groups; like a
hand-written alternation, the leftmost match wins and, at one position, the first phrase listed.
`which(match)` names the phrase that matched, so a reason can point at its rule.

To add a rule: add a `Phrase` to the right table (its place in the order matters only where two
phrases match at the same position), with at least one new example sentence; tests/test_intent_wording.py
checks every example, and tests/test_reader_ratchet.py checks that no labelled mail reads differently.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

_NAME = re.compile(r"[a-z][a-z0-9_]*")


@dataclass(frozen=True)
class Phrase:
    """One alternative of a wording rule, with its reason and example sentences."""

    name: str  # snake_case, unique in its table; appears in the reasons of `mailbot parse`
    why: str  # one line: why this wording means what the table stands for
    pattern: str  # a regular expression (the table's flags apply, case-insensitive by default)
    must: tuple[str, ...]  # sentences the pattern must match
    must_not: tuple[str, ...] = ()  # sentences it must not match: the confusion the pattern avoids


def words(*alternatives: str) -> str:
    """A word list as one non-capturing alternation: words("kann", "können") → "(?:kann|können)"."""
    return "(?:" + "|".join(alternatives) + ")"


class Phrases:
    """A named, ordered table of phrases, compiled once into one regex of named groups."""

    def __init__(self, name: str, *phrases: Phrase, flags: int = re.IGNORECASE) -> None:
        seen: set[str] = set()
        for phrase in phrases:
            if not _NAME.fullmatch(phrase.name) or phrase.name in seen:
                raise ValueError(f"{name}: phrase name {phrase.name!r} is not snake_case or not unique")
            if "(?P<" in phrase.pattern:
                raise ValueError(f"{name}.{phrase.name}: a phrase holds no named group of its own")
            seen.add(phrase.name)
        self.name = name
        self.phrases = phrases
        self.flags = flags
        self.regex = re.compile("|".join(f"(?P<{p.name}>{p.pattern})" for p in phrases), flags)

    def __iter__(self) -> Iterator[Phrase]:
        return iter(self.phrases)

    def __len__(self) -> int:
        return len(self.phrases)

    def __repr__(self) -> str:
        return f"Phrases({self.name!r}, {len(self.phrases)} phrases)"

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        """The leftmost match of any phrase (at one position, the first phrase listed)."""
        return self.regex.search(text, pos)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """Every non-overlapping match, left to right; `which(m)` names each one's phrase."""
        return self.regex.finditer(text)

    def sub(self, replacement: str, text: str) -> str:
        """The text with every match replaced."""
        return self.regex.sub(replacement, text)

    def compiled(self, phrase: Phrase) -> re.Pattern[str]:
        """One phrase's own pattern, with the table's flags (for its examples)."""
        return re.compile(phrase.pattern, self.flags)

    def cite(self, m: re.Match[str]) -> str:
        """A reason that points at the rule: 'cancel_phrase withdraw_split: „ziehe … zurück“'."""
        return f"{self.name} {which(m)}: „{' '.join(m.group(0).split())}“"


def which(m: re.Match[str]) -> str:
    """The name of the phrase that matched (the table's outer named group; phrases add no named groups)."""
    if m.lastgroup is None:
        raise ValueError("not a match of a Phrases table")
    return m.lastgroup
