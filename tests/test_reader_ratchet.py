"""The reader's ratchet: every labelled mail that reads right keeps reading right, field by field.

One test per labelled mail in tests/corpus*/ (780 and counting), named after the mail, so a change
to the reader that breaks one mail fails with that mail's name and the field it broke. The totals in
test_corpus.py are a summary only. A field that does not read right yet is listed in KNOWN_MISSES;
when a change makes it right, the test fails until the entry is removed — the ratchet only tightens.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import pytest
from corpus_harm import outcome
from test_corpus import ANSWERED, CORPORA, ags_of, eml_files, load_expected, pairs, understand

# (set, file stem) → fields that do not read right today, with why. Keep it short; fix them as classes.
KNOWN_MISSES: dict[tuple[str, str], set[str]] = {
    ("blind", "004-grossrudestedt-no-punctuation"): {"attendees"},  # a colleague named without punctuation
    # blind18/19 (first met at the end of a session; to be fixed as classes):
    ("blind18", "100-vendor-advertising"): {"intent"},  # a vendor's advert read as a question
    ("blind19", "055-change-weissensee-add-colleague-reminder"): {"attendees"},  # the registered writer listed again
    ("blind19", "070-leader-association-thunderbird"): {"municipality"},  # an association's own town
    ("blind19", "076-change-apolda-replacement"): {"intent", "attendees"},  # a replacement read as a cancellation
    ("blind19", "090-university-thunderbird"): {"municipality"},  # a university's own town
    # blind20/21 (first met this session; to be fixed as classes):
    ("blind20", "029-planning-office-question"): {"intent"},  # an eligibility question with „würden gerne teilnehmen“
    ("blind21", "093-treffurt-answer-missing-info"): {"intent", "attendees"},  # the answer to „Fehlende Angaben“
    # a new address: the label keeps the registered (old) address on the attendee, the reader the new one
    ("blind15", "034-brotterode-trusetal-new-address-roundcube"): {"attendees"},
}

MAILS = [(name, eml) for name, folder in sorted(CORPORA.items()) for eml in eml_files(folder)]


@lru_cache(maxsize=None)
def reading(eml: Path) -> dict[str, Any]:
    return understand(eml.read_bytes())


def fields(expected: dict[str, Any], got: dict[str, Any]) -> dict[str, tuple[Any, Any]]:
    """(expected, got) for each field the labels fix: intent, municipality (where it counts), attendees."""
    out: dict[str, tuple[Any, Any]] = {"intent": (expected["intent"], got.get("intent"))}
    if expected["intent"] in ANSWERED:
        out["municipality"] = (ags_of(expected), ags_of(got))
    out["attendees"] = (sorted(pairs(expected["attendees"]).elements()),
                        sorted(pairs(got.get("attendees") or []).elements()))
    return out


@pytest.mark.parametrize("corpus, eml", MAILS, ids=[f"{name}/{eml.stem}" for name, eml in MAILS])
def test_mail_reads_as_labelled(corpus: str, eml: Path) -> None:
    """This mail's intent, municipality and attendees are what its label says (or still a known miss)."""
    known = KNOWN_MISSES.get((corpus, eml.stem), set())
    results = fields(load_expected(eml), reading(eml))
    wrong = {name: pair for name, pair in results.items() if pair[0] != pair[1]}
    regressions = {name: pair for name, pair in wrong.items() if name not in known}
    assert not regressions, "\n".join(f"{name}: expected {e!r}, got {g!r}" for name, (e, g) in regressions.items())
    fixed = known - set(wrong)
    assert not fixed, f"now reads right, remove from KNOWN_MISSES: {sorted(fixed)}"


@pytest.mark.parametrize("corpus, eml", MAILS, ids=[f"{name}/{eml.stem}" for name, eml in MAILS])
def test_mail_causes_no_harm(corpus: str, eml: Path) -> None:
    """Through the real workflow, this mail leads to no action that contradicts its label (see corpus_harm.py)."""
    result = outcome(eml)
    assert result.harm is None, f"{result.action}: {result.harm}"


def test_known_misses_name_real_mails() -> None:
    """Every known miss points at a labelled mail that exists, so the list cannot go stale silently."""
    stems = {(name, eml.stem) for name, eml in MAILS}
    assert set(KNOWN_MISSES) <= stems
