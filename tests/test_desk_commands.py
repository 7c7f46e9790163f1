"""Organisers' answers → commands, tokens → proof: the pure part of the desk, case by case."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from mailbot import message, understand
from mailbot.commands import read_commands, referenced, subject_tag, tokens_in, without_tags
from mailbot.commands.tokens import desk_message_id, new_token
from mailbot.event import load_event
from mailbot.models import DeskItem, DeskState, DeskToken, State
from mailbot.workflow import Case, decide
from mailbot.workflow.desk_actions import persons_from

ROOT = Path(__file__).resolve().parent.parent
NOW = datetime.fromisoformat("2025-05-05T10:00:00+02:00")
ORGANISER = "organisation@transferveranstaltung.example"


# ---- reading commands ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, verbs", [
    ("OK", ["ok"]),
    ("ok, passt so\n\nViele Grüße", ["ok"]),
    ("Okay.", ["ok"]),
    ("Hallo,\n\nIGNORIEREN", ["ignore"]),
    ("#17 OK\n#18 ABMELDEN ISEK-AAAA-BBBB\n#19 anmelden\nName: X Y", ["ok", "cancel", "register"]),
    ("Erneut senden ISEK-AAAA-BBBB", ["resend"]),
    ("NACHRÜCKEN ISEK-AAAA-BBBB", ["promote"]),
    ("nachruecken ISEK-AAAA-BBBB", ["promote"]),
    ("Ändern ISEK-AAAA-BBBB\nKommune: Gera", ["edit"]),
    ("REPLY\nYes.", ["answer"]),
])
def test_keywords_on_the_first_lines_are_commands(text, verbs):
    """German keywords and their English aliases at the top of the answer, case-insensitive."""
    assert [c.verb for c in read_commands(text)] == verbs


@pytest.mark.parametrize("text", [
    "Danke, das hat geklappt!",
    "Vielen Dank.\nOK",  # a keyword below the organiser's own first words is no command
    "Hallo,\nich wollte fragen, ob ok.\nOK",
    "",
    "Sehr geehrte Damen und Herren,\nanbei die Liste.\nABMELDEN ISEK-AAAA-BBBB",
])
def test_text_that_does_not_start_with_a_keyword_is_no_command(text):
    """Prose, a thank-you, or a keyword further down: nothing is read as a command."""
    assert read_commands(text) == []


def test_anmelden_reads_one_block_per_person():
    """ANMELDEN takes field lines; a blank line (or a second Name:) starts the next person; prose ends it."""
    commands = read_commands("ANMELDEN\nName: Dr. Anna Schmidt\nE-Mail: a@schleiz.example\nKommune: Schleiz\n\n"
                             "Name: Bernd Berg\nFunktion: Bauamt\nName: Carla Cordes\n\nViele Grüße\nMaria")
    assert [dict(b) for b in commands[0].blocks] == [
        {"name": "Dr. Anna Schmidt", "email": "a@schleiz.example", "municipality": "Schleiz"},
        {"name": "Bernd Berg", "role": "Bauamt"}, {"name": "Carla Cordes"}]


def test_antwort_takes_all_the_organisers_words():
    """ANTWORT keeps every line below it (greeting, text, sign-off): it is the answer to the participant."""
    [command] = read_commands("ANTWORT\nSehr geehrte Frau Weber,\n\nja, es gibt Parkplätze.\n\nMaria Muster")
    assert command.text == "Sehr geehrte Frau Weber,\n\nja, es gibt Parkplätze.\n\nMaria Muster"


def test_notiz_splits_code_and_text():
    [command] = read_commands("NOTIZ ISEK-AAAA-BBBB kommt erst um 11 Uhr")
    assert (command.target, command.text) == ("ISEK-AAAA-BBBB", "kommt erst um 11 Uhr")


def test_referenced_names_codes_addresses_and_items():
    """What commands point at, so the deciding transaction reads exactly those rows."""
    ref = referenced(read_commands("#4 OK\nABMELDEN isek-aaaa-bbbb\nABMELDEN Anna Schmidt\n"
                                   "ANMELDEN\nName: Bernd Berg\nE-Mail: B@x.example"))
    assert ref.items == (4,) and ref.codes == ("ISEK-AAAA-BBBB",) and ref.emails == ("b@x.example",)
    assert ref.names == ("Anna Schmidt", "Bernd Berg")


def test_commands_round_trip_through_storage():
    """A proposal is stored as data and read back into the same commands."""
    from mailbot.commands import Command

    commands = read_commands("ANMELDEN\nName: A B\n\nName: C D\n#3 ANTWORT\nText")
    assert [Command.from_dict(c.as_dict()) for c in commands] == commands


# ---- tokens ------------------------------------------------------------------------------------------

def test_tokens_travel_in_message_id_and_subject():
    """A token is found in References and in the subject tag; a tag-less subject keeps no token."""
    token = new_token()
    assert len(token) == 12 and token != new_token()
    mid = desk_message_id(token, 2, "transferveranstaltung.example")
    assert tokens_in("AW: irgendwas", ["<other@x>", mid]) == (token,)
    assert tokens_in(f"AW: Zur Prüfung: Anmeldung {subject_tag(token, 17)}", []) == (token,)
    assert tokens_in(f"Re: Tagesübersicht {subject_tag(token)}", []) == (token,)
    assert tokens_in("Anmeldung [#17]", ["<abc@stadt.example>"]) == ()
    assert without_tags(f"AW: Zur Prüfung: Anmeldung {subject_tag(token, 17)}") == "AW: Zur Prüfung: Anmeldung"


# ---- persons from field lines ----------------------------------------------------------------------------

def test_persons_from_blocks_resolve_the_municipality():
    people, details, problem = persons_from([{"name": "Herr Dr. Jan Müller", "email": "J.Mueller@Gera.example",
                                              "municipality": "16052000"}])
    assert problem is None and details.municipality.name == "Gera" and details.by_desk
    assert (people[0].name, people[0].title, people[0].salutation, people[0].email) == (
        "Jan Müller", "Dr.", "Herr", "j.mueller@gera.example")


@pytest.mark.parametrize("block, problem", [
    ({"email": "a@b.example"}, "no_name"),
    ({"name": "A B", "email": "kein-at"}, "bad_email"),
    ({"name": "A B", "municipality": "Atlantis"}, "unknown_municipality"),
    ({"name": "A B", "municipality": "Eichenberg"}, "ambiguous_municipality"),
])
def test_persons_from_blocks_name_the_problem(block, problem):
    assert persons_from([block])[2] == problem


# ---- the rule: proof or proposal ---------------------------------------------------------------------

def case_for(raw: bytes, state: State = State()) -> Case:
    mail = message.parse(raw)
    event = load_event(ROOT / "config" / "event.toml")
    return Case(mail=mail, understanding=understand.read(mail), state=state, event=event, now=NOW,
                code=lambda: "ISEK-TEST-CODE", token=lambda: "tokentokento")


def organiser_mail(body: str, subject: str = "Telefonische Anmeldung", sender: str = ORGANISER) -> bytes:
    return (f"From: Maria <{sender}>\r\nTo: anmeldung@transferveranstaltung.example\r\nSubject: {subject}\r\n"
            f"Message-ID: <m1@transferveranstaltung.example>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
            f"{body}\r\n").encode()


def test_an_organiser_mail_without_proof_is_proposed_back():
    """A bare organiser From proves nothing: nothing is registered, the organisers are asked to confirm."""
    d = decide(case_for(organiser_mail("ANMELDEN\nName: Gerda Vogt\nKommune: Gefell")))
    assert d.kind == "DeskProposal" and d.new_attendees == ()
    assert [(r.kind, r.to) for r in d.replies] == [("desk_proposal", ORGANISER)]
    assert d.desk.tokens[0].proposal[0]["verb"] == "register"


def test_a_phone_registration_in_prose_becomes_a_proposed_anmelden():
    """An organiser's own words about a phone call are read, and proposed as the ANMELDEN they amount to."""
    d = decide(case_for(organiser_mail(
        "Hallo,\n\nFrau Gerda Vogt von der Stadtverwaltung Gefell (g.vogt@gefell.example) hat sich telefonisch "
        "zur Transferveranstaltung angemeldet.\n\nGruß\nMaria")))
    assert d.kind == "DeskProposal"
    [proposal] = d.desk.tokens[0].proposal
    assert proposal["verb"] == "register" and proposal["blocks"][0]["name"] == "Gerda Vogt"
    assert proposal["blocks"][0]["municipality"] == "Gefell"


def test_a_proven_answer_from_a_participant_address_is_parked():
    """A token in an answer from someone who is no organiser proves nothing: parked, no command carried out."""
    state = State(desk=DeskState(token=DeskToken("tokentokento", "review", item_id=3),
                                 items={3: DeskItem(3, "review", proposal="Confirm")}))
    d = decide(case_for(organiser_mail("OK", sender="someone@stadt.example"), state))
    assert d.kind == "NeedsReview" and d.code == "desk_foreign"
    assert d.new_attendees == () and d.changes == () and not [r for r in d.replies if r.kind != "desk_review"]


def test_ok_on_a_review_mail_sends_the_parked_mail_through_again():
    """OK with proof: the parked mail gets the instruction; the organiser's own mail changes nothing else."""
    state = State(desk=DeskState(token=DeskToken("tokentokento", "review", item_id=3),
                                 items={3: DeskItem(3, "review", proposal="Confirm")}))
    d = decide(case_for(organiser_mail("OK", subject="AW: Zur Prüfung [#3 tokentokento]"), state))
    assert [(r.item_id, r.instruction["do"]) for r in d.desk.requeue] == [(3, "proposal")]
    assert d.new_attendees == () and d.changes == ()


def test_ok_without_a_proposal_is_explained():
    state = State(desk=DeskState(token=DeskToken("tokentokento", "review", item_id=3),
                                 items={3: DeskItem(3, "review", proposal=None)}))
    d = decide(case_for(organiser_mail("OK"), state))
    assert d.desk.requeue == () and d.desk.audit[0].summary.startswith("no_proposal")
