"""The reader reads for the event in its event file: code prefix, our addresses, title, venue, day, subjects.

The shipped event file gives exactly the reader's default terms, so the whole corpus reads the same with it
(and the ratchet pins the default). A second event file (tests/fixtures/event-2026.toml: another title, day,
venue, prefix and mailbox) reads every labelled mail, rewritten for that event, the way the original reads
for ours. The fixed words of our own subjects cannot drift from the templates.
"""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Callable
from datetime import UTC, datetime
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

import jinja2
import pytest
from test_corpus import CORPORA, eml_files, load_expected
from test_replies import realistic

from mailbot.event import Event, load_event
from mailbot.jobs import Context
from mailbot.message import parse
from mailbot.models import InboundMail, State, Understanding
from mailbot.replies import KINDS, LANGUAGES, make_environment, render
from mailbot.replies.request import ORGANISER_KINDS
from mailbot.understand import EventTerms, read
from mailbot.understand.classify import codes
from mailbot.understand.event_terms import OUR_SUBJECT_WORDS
from mailbot.workflow import Case, new_code

ROOT = Path(__file__).resolve().parent.parent
SHIPPED = load_event(ROOT / "config" / "event.toml")
EVENT_2026 = load_event(Path(__file__).resolve().parent / "fixtures" / "event-2026.toml")
TERMS_2026 = EventTerms.from_event(EVENT_2026)
MAILS = [(name, eml) for name, folder in sorted(CORPORA.items()) for eml in eml_files(folder)]
IDS = [f"{name}/{eml.stem}" for name, eml in MAILS]


# ---- the shipped event -----------------------------------------------------------------------------------

def test_shipped_event_file_gives_the_default_terms() -> None:
    """The constants `read` falls back on are the shipped event file's values: same prefix, addresses, words."""
    assert EventTerms.from_event(SHIPPED) == EventTerms.default()


def test_corpus_reads_the_same_with_the_shipped_event_file() -> None:
    """Every corpus mail reads field for field the same with the terms built from config/event.toml as without."""
    terms = EventTerms.from_event(SHIPPED)
    mails = {f"{name}/{eml.stem}": parse(eml.read_bytes()) for name, eml in MAILS}
    differ = [name for name, mail in mails.items() if read(mail, terms).as_json() != read(mail).as_json()]
    assert len(mails) > 700 and differ == []


# ---- a second event: every labelled mail rewritten for it -----------------------------------------------

def _like(m: re.Match[str], new: str) -> str:
    """The replacement in the case of the text it replaces: "isek-" → "trv-", "ISEK-" → "TRV-"."""
    return new.lower() if m.group(0).islower() else new


# From our event to the 2026 one, in this order: code prefix, our addresses and mailbox name, motto and number of
# the title, the day (German and English spellings), the venue. The series' name "Transferveranstaltung" stays.
REWRITES: tuple[tuple[str, str | Callable[[re.Match[str]], str]], ...] = (
    (r"(?i)\bisek-(?=[a-z0-9]{4}-)", lambda m: _like(m, "TRV-")),
    (r"(?i)isek-transfer@transferveranstaltung\.example", "transfer-team@transfer2026.example"),
    (r"(?i)transferveranstaltung\.example", "transfer2026.example"),
    (r"Transferveranstaltung ISEK – Anmeldung", "Transferveranstaltung 2026 – Anmeldung"),
    (r"(?i)zusammen[\s>]+denken[\s>]*[–-]?[\s>]*gemeinsam[\s>]+handeln", "Stadt und Land gemeinsam"),
    (r"\b9\.(\s*)Transferveranstaltung", r"10.\1Transferveranstaltung"),
    (r"\b20\.(\s*)Mai(\s+)2025\b", r"16.\1Juni\g<2>2026"),
    (r"(?i)\b20\.(\s*)mai\b", lambda m: _like(m, f"16.{m.group(1)}Juni")),
    (r"(?i)\b20(\s+)mai\b", lambda m: _like(m, f"16{m.group(1)}Juni")),
    (r"\b20\.05\.(20)?25\b", r"16.06.\g<1>26"),
    (r"\b20\.5\.(20)?25\b", r"16.6.\g<1>26"),
    (r"\b20\.05\.", "16.06."),
    (r"\b20\.5\.", "16.6."),
    (r"\bMay(\s+)20(th)?(,?\s+)2025\b", r"June\g<1>16\g<2>\g<3>2026"),
    (r"\bMay(\s+)20(th)?\b", r"June\g<1>16\g<2>"),
    (r"\b20(\s+)May(\s+)2025\b", r"16\1June\g<2>2026"),
    (r"\b20(\s+)May\b", r"16\1June"),
    (r"(?i)\bbad([\s>]+)lobenstein\b", lambda m: _like(m, "Sömmerda")),
)
_COMPILED = tuple((re.compile(pattern), repl) for pattern, repl in REWRITES)
# The venues' own municipalities: a mail from Bad Lobenstein or Sömmerda names its town both as home and (in
# the invitation) as the venue, and only a person can tell which mention is which when one becomes the other.
VENUE_TOWNS = {"16075062": "Bad Lobenstein", "16068051": "Sömmerda"}


def for_2026(text: str) -> str:
    """A text of our event's mail as the same person would have written it for the 2026 event."""
    for pattern, repl in _COMPILED:
        text = pattern.sub(repl, text)
    return text


def rewrite(mail: InboundMail) -> InboundMail:
    """The whole mail rewritten: headers, addresses, subject, text, quotes, signature and forwarded mails."""
    changes: dict[str, Any] = {}
    for f in dataclasses.fields(mail):
        value = getattr(mail, f.name)
        if isinstance(value, str):
            changes[f.name] = for_2026(value)
        elif f.name == "headers":
            changes[f.name] = tuple((name, for_2026(v)) for name, v in value)
        elif f.name == "forwarded":
            changes[f.name] = tuple(rewrite(inner) for inner in value)
        elif isinstance(value, tuple) and all(isinstance(v, str) for v in value):
            changes[f.name] = tuple(for_2026(v) for v in value)
    return dataclasses.replace(mail, **changes)


def essentials(u: Understanding, *, rewritten: bool = False) -> dict[str, Any]:
    """What a reading must keep: intent, municipality, attendees (name and address) and codes."""
    mapped = (lambda s: s) if rewritten else for_2026
    return {"intent": u.intent, "municipality": u.municipality.ags if u.municipality else None,
            "attendees": sorted((p.name, mapped(p.email) if p.email else None) for p in u.attendees),
            "codes": tuple(mapped(c) for c in u.codes)}


@cache
def _skip_reason(eml: Path) -> str | None:
    """Why a mail cannot be rewritten faithfully; None for all others."""
    label = load_expected(eml).get("municipality") or {}
    return f"from {VENUE_TOWNS[label['ags']]}, a venue town" if label.get("ags") in VENUE_TOWNS else None


@pytest.mark.parametrize("corpus, eml", MAILS, ids=IDS)
def test_mail_rewritten_for_another_event_reads_the_same(corpus: str, eml: Path) -> None:
    """Rewritten for the 2026 event and read with its terms, the mail has the original's intent, municipality,
    attendees and codes (with the 2026 prefix)."""
    reason = _skip_reason(eml)
    if reason:
        pytest.skip(reason)
    original = parse(eml.read_bytes())
    before = essentials(read(original))
    after = essentials(read(rewrite(original), TERMS_2026), rewritten=True)
    assert after == before


def test_rewrite_changes_what_it_should() -> None:
    """The rewrite reaches the code, our addresses, title, day and venue, also in quoted and wrapped text."""
    text = ("> am Dienstag, 20. Mai 2025 zur 9. Transferveranstaltung „Zusammen denken –\n> gemeinsam handeln“ "
            "nach Bad Lobenstein\nCode isek-ab2c-d3ef, anmeldung@transferveranstaltung.example, 20.05. / May 20")
    assert for_2026(text) == ("> am Dienstag, 16. Juni 2026 zur 10. Transferveranstaltung „Stadt und Land "
                              "gemeinsam“ nach Sömmerda\nCode trv-ab2c-d3ef, anmeldung@transfer2026.example, "
                              "16.06. / June 16")


def test_few_mails_are_left_out() -> None:
    """Only the venue towns' own mails are not rewritten (one in a hundred at most): the test covers the corpus."""
    skipped = [n for (_, eml), n in zip(MAILS, IDS) if _skip_reason(eml)]
    assert len(skipped) <= len(MAILS) // 100, skipped


def signup(text: str, signature: str) -> InboundMail:
    return InboundMail(message_id="<m@x.example>", subject="Anmeldung", from_name="Jana Vogt",
                       from_addr="j.vogt@web-post.example", text=text, full_text=text, signature=signature)


def test_the_venue_comes_from_the_event() -> None:
    """"Grüße aus <venue>" is our invitation's town, not the sender's: Sömmerda for 2026, Bad Lobenstein for ours."""
    text = "Hiermit melde ich mich zur Veranstaltung an."
    from_soemmerda, from_lobenstein = signup(text, "Grüße aus Sömmerda"), signup(text, "Grüße aus Bad Lobenstein")
    assert read(from_soemmerda, TERMS_2026).municipality is None
    assert read(from_lobenstein, TERMS_2026).municipality.name == "Bad Lobenstein"
    assert read(from_soemmerda).municipality.name == "Sömmerda" and read(from_lobenstein).municipality is None


def test_the_day_comes_from_the_event() -> None:
    """A workshop on the event's day is ours (a sign-up); on another day it is another event (set aside)."""
    mail = signup("Hiermit melde ich mich zum Workshop am 16. Juni an.", "Jana Vogt\nStadt Schleiz")
    assert read(mail, TERMS_2026).intent == "registration"
    assert read(mail).intent == "other"


def test_another_events_terms_do_not_read_ours() -> None:
    """With the 2026 terms our 2025 codes are no codes, and the 2025 venue is an ordinary town."""
    assert codes("Code ISEK-ABCD-2345", terms=TERMS_2026) == ()
    assert codes("Code TRV-ABCD-2345 und ISEK-ABCD-2345", terms=TERMS_2026) == ("TRV-ABCD-2345",)
    assert TERMS_2026.venue == "soemmerda" and TERMS_2026.day == (16, 6)
    assert TERMS_2026.our_event.search("Anmeldung für den 16.06. in Sömmerda")
    assert not TERMS_2026.our_event.search("Workshop am 20. Mai in Bad Lobenstein")
    assert TERMS_2026.our_address.search("Team <transfer-team@transfer2026.example>")


# ---- our own subjects ----------------------------------------------------------------------------------------

NOW = datetime(2025, 4, 2, 10, 0, tzinfo=UTC)
# Kinds whose subject carries no words of ours: the organisers' mails (answered through the desk's token in
# the subject) and the organisers' own answer, sent under the participant's subject ("AW: Anmeldung").
NOT_OUR_SUBJECT = ORGANISER_KINDS | {"desk_answer"}
PARTICIPANT_KINDS = [k for k in KINDS if k not in NOT_OUR_SUBJECT]


@lru_cache(maxsize=1)
def templates() -> jinja2.Environment:
    return make_environment(ROOT / "templates")


def subject(kind: str, language: str, event: Event) -> str:
    """The subject of that kind of mail, rendered from its template as the bot sends it."""
    return parse(render(realistic(kind, language), event, NOW, templates()).raw).subject


def test_every_template_with_a_subject_is_a_kind() -> None:
    """Every template with a subject block is a reply kind (or the digest), so the tests below see every subject."""
    with_subject = {p.name.removesuffix(".txt.j2") for p in (ROOT / "templates").rglob("*.txt.j2")
                    if "{% block subject %}" in p.read_text(encoding="utf-8")}
    # the digest and the outage notice (mailbot/outage.py) are organisers' mails outside the reply kinds, as
    # ORGANISER_KINDS are outside the subject-word check below
    assert with_subject - set(KINDS) == {"digest", "outage_notice"}


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", PARTICIPANT_KINDS)
def test_our_subjects_hold_our_subject_words(kind: str, language: str) -> None:
    """Each subject a participant gets holds one of OUR_SUBJECT_WORDS, and the reader takes it for ours, for
    the shipped event and for another one: the word list mirrors the templates."""
    for event in (SHIPPED, EVENT_2026):
        text = subject(kind, language, event)
        assert any(word.casefold() in text.casefold() for word in OUR_SUBJECT_WORDS), text
        terms = EventTerms.from_event(event)
        assert terms.our_subject.search(f"AW: {text}") and terms.from_us.search(text), text


# ---- codes -------------------------------------------------------------------------------------------------

def test_new_code_uses_the_prefix() -> None:
    """New personal codes carry the given prefix; without one, the shipped event's."""
    assert re.fullmatch(r"TRV-[A-Z2-9]{4}-[A-Z2-9]{4}", new_code("TRV"))
    assert new_code().startswith("ISEK-")


def test_cases_and_jobs_make_codes_with_the_events_prefix(worker: Callable[..., Context]) -> None:
    """A Case and the jobs' Context make codes with their event's prefix unless a code maker is injected."""
    mail = InboundMail(message_id=None, subject="", from_name="", from_addr="a@b.example")
    case = Case(mail=mail, understanding=Understanding(intent="other"), state=State(), event=EVENT_2026, now=NOW)
    assert case.code().startswith("TRV-")
    fixed = Case(mail=mail, understanding=Understanding(intent="other"), state=State(), event=EVENT_2026, now=NOW,
                 code=lambda: "X-1")
    assert fixed.code() == "X-1"
    ctx = worker(event=EVENT_2026)
    assert ctx.code().startswith("TRV-") and ctx.event_terms == TERMS_2026


def test_parse_reads_with_the_configured_event(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    """`mailbot parse` reads for the event file in the settings: its code prefix, without a database."""
    from mailbot.cli import main

    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("MAILBOT_DATABASE_URL", f"sqlite:///{tmp_path / 'db.sqlite'}")
    mail = tmp_path / "reply.eml"
    mail.write_bytes(b"From: Jana Vogt <j.vogt@schleiz.example>\r\nTo: anmeldung@transfer2026.example\r\n"
                     b"Subject: AW: Anmeldebestaetigung\r\n\r\nIch kann leider doch nicht kommen. Code TRV-ABCD-2345 "
                     b"(nicht ISEK-ABCD-2345)\r\n")
    for event_file, found in ((Path(__file__).parent / "fixtures" / "event-2026.toml", ["TRV-ABCD-2345"]),
                              (ROOT / "config" / "event.toml", ["ISEK-ABCD-2345"])):
        monkeypatch.setenv("MAILBOT_EVENT_FILE", str(event_file))
        assert main(["parse", "--json", str(mail)]) == 0
        assert json.loads(capsys.readouterr().out)["codes"] == found
    assert not (tmp_path / "db.sqlite").exists()
