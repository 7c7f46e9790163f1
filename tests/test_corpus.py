"""Scores the mail understanding against a hand-labelled corpus of realistic registration-inbox mails.

Each tests/corpus/NNN-slug.eml has a NNN-slug.json with what a careful event secretary would record
(see tests/corpus/README.md). The figures are intent accuracy, loop safety, municipality accuracy and
attendee F1; run this file as a script to print the table without pytest.
"""

from __future__ import annotations

import csv
import json
import re
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import pytest

TESTS = Path(__file__).resolve().parent
CORPUS = TESTS / "corpus"
# Every labelled set is scored: the corpus the reader was built on, and the sets written blind by
# someone who never saw the reader (see each folder's README for when it was first scored blind).
CORPORA = {"corpus": CORPUS, "holdout": TESTS / "corpus_holdout", "blind": TESTS / "corpus_blind",
           "blind2": TESTS / "corpus_blind2", "blind3": TESTS / "corpus_blind3", "blind4": TESTS / "corpus_blind4",
           "blind5": TESTS / "corpus_blind5", "blind6": TESTS / "corpus_blind6",
           "blind7": TESTS / "corpus_blind7", "blind8": TESTS / "corpus_blind8", "blind9": TESTS / "corpus_blind9",
           "blind10": TESTS / "corpus_blind10", "blind11": TESTS / "corpus_blind11",
           "blind12": TESTS / "corpus_blind12", "blind13": TESTS / "corpus_blind13",
           "blind14": TESTS / "corpus_blind14", "blind15": TESTS / "corpus_blind15",
           "blind16": TESTS / "corpus_blind16", "blind17": TESTS / "corpus_blind17",
           "blind18": TESTS / "corpus_blind18", "blind19": TESTS / "corpus_blind19",
           "blind20": TESTS / "corpus_blind20", "blind21": TESTS / "corpus_blind21"}
CORPORA = {k: v for k, v in CORPORA.items() if v.is_dir()}
GAZETTEER = Path(__file__).resolve().parents[1] / "mailbot" / "understand" / "data" / "thueringen-gemeinden.csv"

INTENTS = {"registration", "cancellation", "change", "question", "auto_reply", "bounce", "other"}
ANSWERED = {"registration", "cancellation", "change", "question"}  # intents the bot replies to
LOOP_UNSAFE_EXPECTED = {"auto_reply", "bounce"}
ORG_TYPES = {"municipality", "planning_office", "authority", "other", None}

TARGET_INTENT = 0.97
TARGET_MUNICIPALITY = 0.95
TARGET_F1 = 0.95


def eml_files(corpus: Path = CORPUS) -> list[Path]:
    return sorted(corpus.glob("[0-9][0-9][0-9]-*.eml"))


def load_expected(eml: Path) -> dict[str, Any]:
    return json.loads(eml.with_suffix(".json").read_text(encoding="utf-8"))


def norm_name(name: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", name)).strip().casefold()


def norm_email(email: str | None) -> str | None:
    return email.strip().lower() if email else None


def pairs(attendees: list[dict[str, Any]]) -> Counter[tuple[str, str | None]]:
    return Counter((norm_name(a.get("name") or ""), norm_email(a.get("email"))) for a in attendees)


def ags_of(obj: dict[str, Any]) -> str | None:
    m = obj.get("municipality")
    return m.get("ags") if m else None


@dataclass
class Score:
    """The corpus run: per-file outcomes and the aggregate figures."""

    n: int = 0
    intent_ok: int = 0
    muni_n: int = 0
    muni_ok: int = 0
    tp: int = 0
    n_pred: int = 0
    n_exp: int = 0
    loop_violations: list[str] = field(default_factory=list)
    wrong_intent: list[tuple[str, str, str]] = field(default_factory=list)
    wrong_muni: list[tuple[str, str | None, str | None]] = field(default_factory=list)
    wrong_attendees: list[tuple[str, list[Any], list[Any]]] = field(default_factory=list)
    errors: list[tuple[str, str]] = field(default_factory=list)
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)

    @property
    def intent_accuracy(self) -> float:
        return self.intent_ok / self.n if self.n else 0.0

    @property
    def municipality_accuracy(self) -> float:
        return self.muni_ok / self.muni_n if self.muni_n else 0.0

    @property
    def precision(self) -> float:
        return self.tp / self.n_pred if self.n_pred else (1.0 if not self.n_exp else 0.0)

    @property
    def recall(self) -> float:
        return self.tp / self.n_exp if self.n_exp else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def table(self) -> str:
        lines = [
            f"corpus: {self.n} mails ({len(self.errors)} raised)",
            f"{'figure':<28}{'value':>10}{'target':>10}",
            f"{'intent accuracy':<28}{self.intent_accuracy:>10.3f}{TARGET_INTENT:>10.2f}",
            f"{'loop-safety violations':<28}{len(self.loop_violations):>10d}{0:>10d}",
            f"{'municipality accuracy':<28}{self.municipality_accuracy:>10.3f}{TARGET_MUNICIPALITY:>10.2f}"
            f"   (over {self.muni_n} mails)",
            f"{'attendee precision':<28}{self.precision:>10.3f}",
            f"{'attendee recall':<28}{self.recall:>10.3f}",
            f"{'attendee F1':<28}{self.f1:>10.3f}{TARGET_F1:>10.2f}",
        ]
        if self.errors:
            lines.append("raised:")
            lines += [f"  {f}: {e}" for f, e in self.errors]
        if self.wrong_intent:
            lines.append("misclassified (file: expected -> got):")
            lines += [f"  {f}: {e} -> {g}" for f, e, g in self.wrong_intent]
        if self.wrong_muni:
            lines.append("wrong municipality (file: expected -> got):")
            lines += [f"  {f}: {e} -> {g}" for f, e, g in self.wrong_muni]
        if self.wrong_attendees:
            lines.append("attendee differences (file: missed / extra):")
            lines += [f"  {f}: missed {m} extra {x}" for f, m, x in self.wrong_attendees]
        return "\n".join(lines)


def understand(raw: bytes) -> dict[str, Any]:
    """The same path the pipeline takes: raw bytes -> InboundMail -> Understanding -> JSON object."""
    from mailbot.message import parse
    from mailbot.understand import read

    return read(parse(raw)).as_json()


@lru_cache(maxsize=None)
def run_corpus(corpus: Path = CORPUS) -> Score:
    score = Score()
    for eml in eml_files(corpus):
        expected = load_expected(eml)
        score.n += 1
        try:
            got = understand(eml.read_bytes())
        except Exception as exc:  # a raise is a wrong answer on every figure, not a crash of the run
            score.errors.append((eml.name, f"{type(exc).__name__}: {exc}"))
            got = {"intent": "error", "attendees": [], "municipality": None}
        e_int, g_int = expected["intent"], got.get("intent")
        score.confusion[(e_int, str(g_int))] += 1
        if e_int == g_int:
            score.intent_ok += 1
        else:
            score.wrong_intent.append((eml.name, e_int, str(g_int)))
        if e_int in LOOP_UNSAFE_EXPECTED and g_int in ANSWERED:
            score.loop_violations.append(eml.name)
        if e_int in ANSWERED:
            score.muni_n += 1
            e_ags, g_ags = ags_of(expected), ags_of(got)
            if e_ags == g_ags:
                score.muni_ok += 1
            else:
                e_m, g_m = expected.get("municipality"), got.get("municipality")
                score.wrong_muni.append((eml.name, e_m and f"{e_m['name']} {e_m['ags']}",
                                         g_m and f"{g_m.get('name')} {g_m.get('ags')}"))
        exp_pairs, got_pairs = pairs(expected["attendees"]), pairs(got.get("attendees") or [])
        common = exp_pairs & got_pairs
        score.tp += sum(common.values())
        score.n_exp += sum(exp_pairs.values())
        score.n_pred += sum(got_pairs.values())
        if exp_pairs != got_pairs:
            score.wrong_attendees.append((eml.name, sorted((exp_pairs - got_pairs).elements()),
                                          sorted((got_pairs - exp_pairs).elements())))
    return score


# --- the corpus itself is well-formed --------------------------------------------------------------

def gazetteer() -> dict[str, dict[str, str]]:
    with GAZETTEER.open(encoding="utf-8") as fh:
        return {row["ags"]: row for row in csv.DictReader(fh)}


@pytest.fixture(params=sorted(CORPORA), scope="module")
def corpus(request: pytest.FixtureRequest) -> Path:
    return CORPORA[request.param]


def test_corpus_is_large_enough_and_paired(corpus: Path) -> None:
    """Every corpus .eml has its expected .json (and vice versa); the main corpus has at least 130 cases."""
    emls = {p.stem for p in eml_files(corpus)}
    jsons = {p.stem for p in corpus.glob("[0-9][0-9][0-9]-*.json")}
    assert emls == jsons, f"unpaired: {sorted(emls ^ jsons)}"
    assert len(emls) >= (130 if corpus == CORPUS else 50)


def test_expected_outputs_are_valid(corpus: Path) -> None:
    """Each expected object uses the contract's vocabulary and names a municipality exactly as the gazetteer has it."""
    gaz = gazetteer()
    problems: list[str] = []
    for eml in eml_files(corpus):
        exp = load_expected(eml)
        name = eml.name
        if exp.get("intent") not in INTENTS:
            problems.append(f"{name}: intent {exp.get('intent')!r}")
        if exp.get("organisation_type") not in ORG_TYPES:
            problems.append(f"{name}: organisation_type {exp.get('organisation_type')!r}")
        attendees = exp.get("attendees")
        if not isinstance(attendees, list):
            problems.append(f"{name}: attendees not a list")
            continue
        for a in attendees:
            if not isinstance(a.get("name"), str) or not a["name"].strip():
                problems.append(f"{name}: attendee without name {a}")
            elif re.match(r"(Herr|Frau|Dr\.|Prof\.|Dipl\.)\s", a["name"]):
                problems.append(f"{name}: salutation or title in name {a['name']!r}")
            if a.get("email") is not None and "@" not in a["email"]:
                problems.append(f"{name}: bad email {a['email']!r}")
        if exp["intent"] in {"auto_reply", "bounce", "other"} and attendees:
            problems.append(f"{name}: {exp['intent']} with attendees")
        m = exp.get("municipality")
        if m is not None:
            row = gaz.get(m.get("ags", ""))
            if row is None or row["name"] != m.get("name") or row["district"] != m.get("district"):
                problems.append(f"{name}: municipality {m} not in gazetteer")
        if "needs_review" in exp and not isinstance(exp["needs_review"], bool):
            problems.append(f"{name}: needs_review not bool")
        if "missing" in exp and not isinstance(exp["missing"], list):
            problems.append(f"{name}: missing not a list")
    assert not problems, "\n".join(problems)


def test_every_mail_is_a_complete_message(corpus: Path) -> None:
    """Each corpus mail carries From, Date and a unique Message-ID, as a real inbox delivers them."""
    from email import message_from_bytes, policy

    ids: Counter[str] = Counter()
    for eml in eml_files(corpus):
        msg = message_from_bytes(eml.read_bytes(), policy=policy.compat32)
        assert msg["From"] is not None and msg["Date"] is not None, eml.name
        assert msg["Message-ID"], eml.name
        ids[msg["Message-ID"].strip()] += 1
    assert [i for i, c in ids.items() if c > 1] == []


# --- the parser's figures on the corpus ------------------------------------------------------------

@pytest.fixture(scope="module")
def score(corpus: Path) -> Score:
    s = run_corpus(corpus)
    print(f"\n{corpus.name}:\n" + s.table())
    return s


def test_intent_accuracy(score: Score) -> None:
    """At least 97 % of corpus mails get the intent a careful person gave them."""
    assert score.intent_accuracy >= TARGET_INTENT, score.table()


def test_no_auto_reply_or_bounce_is_answered(score: Score) -> None:
    """No auto-reply or bounce is ever classified as something the bot answers (mail loops)."""
    assert score.loop_violations == [], score.table()


def test_municipality_accuracy(score: Score) -> None:
    """At least 95 % of registrations, changes, cancellations and questions get the right municipality (or none)."""
    assert score.municipality_accuracy >= TARGET_MUNICIPALITY, score.table()


def test_attendee_f1(score: Score) -> None:
    """Attendees as (name, email) pairs reach an F1 of at least 0.95 over the whole corpus."""
    assert score.f1 >= TARGET_F1, score.table()


def test_no_corpus_mail_raises(score: Score) -> None:
    """Every corpus mail yields an outcome; none makes the parser raise."""
    assert score.errors == [], score.table()


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from corpus_harm import score as harm_score

    for name in sys.argv[1:] or sorted(CORPORA):
        print(f"{name}:\n{run_corpus(CORPORA[name]).table()}\n{harm_score(eml_files(CORPORA[name])).line()}\n")
