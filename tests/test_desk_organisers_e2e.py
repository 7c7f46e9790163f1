"""The organisers' desk end to end: parked mail → review mail → an organiser's answer → carried out.

Real Dovecot in, real database (SQLite, and PostgreSQL when configured), real aiosmtpd out. The
organisers answer as a mail client would: a reply to the bot's mail, command on the first line,
the quoted original below.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from email.message import EmailMessage
from pathlib import Path

import pytest
from mails import address, compose, name, signup

from mailbot.event import Organisers, load_event
from mailbot.jobs import poll
from mailbot.store import reports, tables as t

ROOT = Path(__file__).resolve().parent.parent
NOW = datetime.fromisoformat("2025-05-05T10:00:00+02:00")
ORGANISER = "organisation@transferveranstaltung.example"
SECOND = "referat@transferveranstaltung.example"
CODE = re.compile(r"ISEK-[A-Z2-9]{4}-[A-Z2-9]{4}")

pytestmark = pytest.mark.servers


@pytest.fixture
def desk(worker, dovecot, smtp_server):
    """Put mails into the inbox and run a pass as a fresh worker; read what went out and what is stored."""

    class Desk:
        organisers = [ORGANISER]
        clock = NOW

        def poll(self, *mails: EmailMessage):
            if mails:
                dovecot.append_many([m.as_bytes() for m in mails])
            event = load_event(ROOT / "config" / "event.toml")
            event = event.model_copy(update={"organisers": Organisers(addresses=self.organisers)})
            self.ctx = worker(event, imap=dovecot.imap_settings(), smtp=smtp_server.smtp_settings())
            self.clock += timedelta(minutes=1)
            report = poll(self.ctx, self.clock)
            assert report.problems == []
            return report

        def sent(self, to: str | None = None, subject: str = "") -> list[EmailMessage]:
            return [m for m in smtp_server.messages()
                    if (to is None or m["To"].addresses[0].addr_spec == to) and str(m["Subject"]).startswith(subject)]

        def statuses(self) -> dict[str, str]:
            return {r.name: r.status for r in self.ctx.store.attendee_records(include_inactive=True)}

        def actions(self) -> list:
            with self.ctx.store.engine.begin() as conn:
                return conn.execute(t.desk_actions.select().order_by(t.desk_actions.c.id)).all()

        def folder(self, name: str) -> list[int]:
            return dovecot.uids(name) if name in dovecot.folders() else []

    return Desk()


def text(msg: EmailMessage) -> str:
    return msg.get_body(("plain",)).get_content()


def answer(to: EmailMessage, body: str, sender: str = ORGANISER, references: bool = True,
           subject: str | None = None) -> EmailMessage:
    """An organiser's reply from a mail client: command on top, the bot's mail quoted below."""
    quoted = "\n".join("> " + line for line in text(to).splitlines())
    reply = compose(sender, "Maria Organisation", subject or f"AW: {to['Subject']}",
                    f"{body}\n\nAm 05.05.2025 um 10:01 schrieb Anmeldepostfach:\n{quoted}\n",
                    in_reply_to=str(to["Message-ID"]) if references else None)
    return reply


def unclear_signup() -> EmailMessage:
    """A sign-up the reader is not sure about (two municipalities named): parked, with a proposal."""
    return compose("k.wendt@abtsbessingen.example", "Karin Wendt", "Anmeldung Transferveranstaltung",
                   "Sehr geehrte Damen und Herren,\n\nfuer die Gemeinde Abtsbessingen melde ich mich zur "
                   "Transferveranstaltung am 20.05.2025 an. Die Verwaltung laeuft bei uns ueber die erfuellende "
                   "Gemeinde Ebeleben, ich komme aber als Buergermeisterin selbst.\n\nMit freundlichen Gruessen\n"
                   "Karin Wendt\n")


def newsletter() -> EmailMessage:
    return compose("info@werbung.example", "Werbung", "Unser Angebot", "Kaufen Sie unser Produkt.\n")


def test_parked_mail_reaches_organisers_then_anmelden_registers_two(desk):
    """A parked mail → review mail with the original attached → ANMELDEN with two persons → both confirmed."""
    desk.poll(newsletter())
    review = desk.sent(ORGANISER, "Zur Prüfung: Unser Angebot")
    assert len(review) == 1 and desk.folder("Review") and not desk.folder("INBOX")
    attached = [p for p in review[0].iter_attachments() if p.get_content_type() == "message/rfc822"]
    assert len(attached) == 1 and "Kaufen Sie" in attached[0].as_string()
    assert re.search(r"\[#\d+ [a-z2-7]{12}\]$", str(review[0]["Subject"]))
    assert "Der Bot hat keinen Vorschlag" in text(review[0])

    desk.poll(answer(review[0], "ANMELDEN\nName: Dr. Anna Schmidt\nE-Mail: anna.schmidt@stadt-schleiz.example\n"
                                "Kommune: Schleiz\nFunktion: Leiterin Bauamt\n\nName: Bernd Berg\n"
                                "E-Mail: bernd.berg@stadt-schleiz.example\n"))

    assert desk.statuses() == {"Anna Schmidt": "confirmed", "Bernd Berg": "confirmed"}
    for person in ("anna.schmidt@stadt-schleiz.example", "bernd.berg@stadt-schleiz.example"):
        confirmation = desk.sent(person)
        assert len(confirmation) == 1 and str(confirmation[0]["Subject"]).startswith("Anmeldebestätigung")
        assert CODE.search(text(confirmation[0]))
    assert not desk.sent("info@werbung.example")  # the advertiser hears nothing
    done = desk.sent(ORGANISER, "Erledigt")
    assert len(done) == 1 and "Anna Schmidt" in text(done[0]) and "Bernd Berg" in text(done[0])
    records = {r.name: r for r in desk.ctx.store.attendee_records()}
    assert records["Anna Schmidt"].municipality == "Schleiz" and records["Anna Schmidt"].title == "Dr."
    assert [a.outcome for a in desk.actions()] == ["done"] and desk.actions()[0].by == ORGANISER
    assert desk.folder("Processed") and not desk.folder("Review")  # resolved: out of Review


def test_ok_carries_out_the_proposal(desk):
    """OK on the review mail of an unsure sign-up registers the sender as proposed, confirmation in her thread."""
    signup_mail = unclear_signup()
    desk.poll(signup_mail)
    review = desk.sent(ORGANISER, "Zur Prüfung")
    assert len(review) == 1 and not desk.sent("k.wendt@abtsbessingen.example")
    assert "Vorschlag des Bots: anmelden und bestätigen" in text(review[0])

    desk.poll(answer(review[0], "OK"))

    assert desk.statuses() == {"Karin Wendt": "confirmed"}
    confirmation = desk.sent("k.wendt@abtsbessingen.example")
    assert len(confirmation) == 1 and confirmation[0]["In-Reply-To"] == signup_mail["Message-ID"]
    assert len(desk.sent(ORGANISER, "Erledigt: Nr.")) == 1


def test_antwort_reaches_the_participant_in_her_thread(desk):
    """ANTWORT + text on a parked mail: the text goes to the sender, In-Reply-To her mail; the mail is resolved."""
    question = compose(address(0), name(0), "Rückfrage", "Guten Tag, wie ist das mit dem Mittagessen geregelt, "
                                                         "und wer zahlt das eigentlich am Ende?\n")
    desk.poll(newsletter(), question)
    reviews = desk.sent(ORGANISER, "Zur Prüfung: Unser Angebot")
    assert len(reviews) == 1

    desk.poll(answer(reviews[0], "ANTWORT\nSehr geehrte Damen und Herren,\nbitte nehmen Sie uns aus dem "
                                 "Verteiler.\nMaria Organisation"))

    reply = desk.sent("info@werbung.example")
    assert len(reply) == 1
    assert "bitte nehmen Sie uns aus dem Verteiler" in text(reply[0])
    assert text(reply[0]).startswith("Sehr geehrte Damen und Herren,")  # her own greeting, not a second one
    assert "Am 05.05.2025" not in text(reply[0])  # the quoted review mail stays out
    assert str(reply[0]["Subject"]) == "AW: Unser Angebot"


def test_forged_organiser_from_applies_nothing(desk, smtp_server):
    """An organiser From without a token, or with a reference to a participant's mail only, acts on nothing."""
    desk.poll(signup(0))
    confirmation = desk.sent(address(0))[0]
    code = CODE.search(text(confirmation))[0]
    before = len(smtp_server.messages())

    forged_new = compose(ORGANISER, "Organisation", "Abmeldung", f"ABMELDEN {code}\n")
    forged_reply = answer(confirmation, f"ABMELDEN {code}")  # references our mail to the participant
    desk.poll(forged_new, forged_reply)

    assert desk.statuses() == {name(0): "confirmed"}
    new = smtp_server.messages()[before:]
    assert {m["To"].addresses[0].addr_spec for m in new} == {ORGANISER}  # nothing to the participant
    assert all(str(m["Subject"]).startswith("Bitte bestätigen") for m in new)
    assert not [a for a in desk.actions() if a.outcome == "done"]


def test_phone_registration_by_new_organiser_mail_needs_ok(desk):
    """A new organiser mail with ANMELDEN → 'Bitte bestätigen' to the configured address → OK → registered."""
    phone = compose(ORGANISER, "Maria Organisation", "Telefonische Anmeldung",
                    "ANMELDEN\nName: Gerda Vogt\nE-Mail: g.vogt@gemeinde-gefell.example\nKommune: Gefell\n\n"
                    "Name: Otto Sauer\nKommune: Gefell\n")
    desk.poll(phone)
    assert desk.statuses() == {}
    proposal = desk.sent(ORGANISER, "Bitte bestätigen: Telefonische Anmeldung")
    assert len(proposal) == 1 and "Name: Gerda Vogt" in text(proposal[0])

    desk.poll(answer(proposal[0], "ok"))

    assert desk.statuses() == {"Gerda Vogt": "confirmed", "Otto Sauer": "confirmed"}
    assert len(desk.sent("g.vogt@gemeinde-gefell.example", "Anmeldebestätigung")) == 1
    done = desk.sent(ORGANISER, "Erledigt")
    assert len(done) == 1 and "ohne E-Mail: Otto Sauer" in text(done[0])
    targets = {r.name: r.to for r in reports.reminder_targets(desk.ctx.store)}
    assert targets["Otto Sauer"] is None  # no address: no reminder, and none to the organiser either

    desk.poll(answer(proposal[0], "OK"))  # the same OK again (a second organiser, a resend)
    assert len(desk.statuses()) == 2
    assert "Bereits erledigt von organisation@" in text(desk.sent(ORGANISER)[-1])


def test_second_organiser_is_told_it_was_done(desk):
    """Two organisers answer the same review mail: it is applied once; the second hears who did it."""
    desk.organisers = [ORGANISER, SECOND]
    desk.poll(unclear_signup())
    first, second = desk.sent(ORGANISER, "Zur Prüfung")[0], desk.sent(SECOND, "Zur Prüfung")[0]
    assert first["Message-ID"] != second["Message-ID"]

    desk.poll(answer(first, "OK"), answer(second, "IGNORIEREN", sender=SECOND))

    assert desk.statuses() == {"Karin Wendt": "confirmed"}
    # the answer to the second organiser's own mail (mails of one pass go out in the order they were decided)
    told = [m for m in desk.sent(SECOND) if m["Subject"].startswith("Erledigt: AW:")]
    assert len(told) == 1
    assert "Bereits erledigt von organisation@transferveranstaltung.example" in text(told[0])


def test_code_commands_cancel_edit_promote_resend_note(desk):
    """ABMELDEN, ÄNDERN, NACHRÜCKEN, ERNEUT SENDEN and NOTIZ in one answer act on the codes they name."""
    desk.poll(*[signup(i) for i in range(3)])
    codes = {name(i): CODE.search(text(desk.sent(address(i))[0]))[0] for i in range(3)}
    desk.poll(newsletter())
    review = desk.sent(ORGANISER, "Zur Prüfung")[0]

    desk.poll(answer(review, f"ÄNDERN {codes[name(0)]}\nKommune: Gera\nFunktion: Amtsleiterin\n\n"
                             f"NOTIZ {codes[name(1)]} kommt mit dem Rollstuhl\n"
                             f"ERNEUT SENDEN {codes[name(1)]}\n"
                             f"ABMELDEN {name(2)}\n"))

    records = {r.name: r for r in desk.ctx.store.attendee_records(include_inactive=True)}
    assert records[name(0)].municipality == "Gera" and records[name(0)].role == "Amtsleiterin"
    assert any("Rollstuhl" in n for n in records[name(1)].notes)
    assert records[name(2)].status == "cancelled"
    assert len(desk.sent(address(1), "Anmeldebestätigung")) == 2  # the confirmation once more
    assert [str(m["Subject"]).split(":")[0] for m in desk.sent(address(2))] == ["Anmeldebestätigung",
                                                                                 "Abmeldung bestätigt"]
    assert [a.outcome for a in desk.actions()] == ["done"] * 4


def test_nachruecken_beyond_capacity(desk, worker):
    """NACHRÜCKEN moves a waitlisted person up even when the event is full, and tells her."""
    desk.poll(*[signup(i) for i in range(2)])
    # fill the event: capacity 1 means the second is waitlisted
    with desk.ctx.store.engine.begin() as conn:
        conn.execute(t.attendees.update().where(t.attendees.c.name == name(1)).values(status="waitlisted"))
    code = CODE.search(text(desk.sent(address(1))[0]))[0]
    desk.poll(newsletter())
    review = desk.sent(ORGANISER, "Zur Prüfung")[0]

    desk.poll(answer(review, f"NACHRÜCKEN {code}"))

    assert desk.statuses()[name(1)] == "confirmed"
    assert len(desk.sent(address(1))) == 2  # confirmation, then the promotion


def test_failed_command_gets_one_explanation(desk):
    """An unknown code is explained once to the organisers; the explanation itself is no command."""
    desk.poll(newsletter())
    review = desk.sent(ORGANISER, "Zur Prüfung")[0]
    desk.poll(answer(review, "ABMELDEN ISEK-ZZZZ-ZZZZ"))
    failed = desk.sent(ORGANISER, "Nicht ausgeführt")
    assert len(failed) == 1 and "Zu diesem Code gibt es keine Anmeldung" in text(failed[0])
    assert "[#" not in str(failed[0]["Subject"])  # no token: answering it proves nothing

    count = len(desk.sent())
    desk.poll(answer(failed[0], "Danke!"))
    assert len(desk.sent()) == count  # a thank-you to the explanation starts no conversation


def test_out_of_office_of_an_organiser_is_no_command(desk):
    """An organiser's auto-reply to a review mail is a robot: ignored, nothing applied, nothing sent."""
    desk.poll(newsletter())
    review = desk.sent(ORGANISER, "Zur Prüfung")[0]
    auto = answer(review, "OK")
    auto["Auto-Submitted"] = "auto-replied"
    auto.replace_header("Subject", "Automatische Antwort: Abwesend")
    count = len(desk.sent())
    desk.poll(auto)
    assert len(desk.sent()) == count and desk.actions() == []


def test_token_from_a_participant_address_is_parked(desk):
    """A review mail's token in an answer from someone else's address is no command: parked for the organisers."""
    desk.poll(newsletter())
    review = desk.sent(ORGANISER, "Zur Prüfung")[0]
    desk.poll(answer(review, "OK", sender="info@werbung.example"))
    assert desk.statuses() == {}
    assert len(desk.sent(ORGANISER, "Zur Prüfung")) == 2
    assert "nicht zum Organisationsteam gehört" in text(desk.sent(ORGANISER, "Zur Prüfung")[-1])


def test_mail_dragged_back_from_review_is_read_again(desk, dovecot):
    """A parked mail an organiser drags from Review back to the inbox is read again, not moved straight back."""
    desk.poll(newsletter())
    assert len(desk.folder("Review")) == 1
    client = dovecot.connect()
    client.select_folder("Review")
    client.move(client.search("ALL"), "INBOX")
    client.logout()

    desk.poll()

    assert len(desk.sent(ORGANISER, "Zur Prüfung")) == 2  # read again, parked again, a fresh review mail
    with desk.ctx.store.engine.begin() as conn:
        assert conn.execute(t.inbound_mail.select()).all()[0].status == "review"


def test_forwarded_participant_mail_is_read_as_hers_after_ok(desk):
    """An organiser forwards a participant's sign-up: proposed back, and after OK processed as her own mail."""
    forward = compose(ORGANISER, "Maria Organisation", "WG: Anmeldung",
                      "zur Info, kam an meine Adresse.\n\n-----Ursprüngliche Nachricht-----\n"
                      "Von: Ines Brückner <i.brueckner@stadt-greiz.example>\nGesendet: Montag, 5. Mai 2025 08:12\n"
                      "An: organisation@transferveranstaltung.example\nBetreff: Anmeldung\n\n"
                      "Sehr geehrte Damen und Herren,\n\nhiermit melde ich mich zur Transferveranstaltung am "
                      "20. Mai an.\n\nMit freundlichen Grüßen\nInes Brückner\nBauamt, Stadtverwaltung Greiz\n")
    desk.poll(forward)
    assert desk.statuses() == {} and not desk.sent("i.brueckner@stadt-greiz.example")
    proposal = desk.sent(ORGANISER, "Bitte bestätigen: WG: Anmeldung")
    assert len(proposal) == 1 and "Ines Brückner" in text(proposal[0])

    desk.poll(answer(proposal[0], "OK"))

    assert desk.statuses() == {"Ines Brückner": "confirmed"}
    confirmation = desk.sent("i.brueckner@stadt-greiz.example")
    assert len(confirmation) == 1 and str(confirmation[0]["Subject"]).startswith("Anmeldebestätigung")
    assert desk.ctx.store.attendee_records()[0].municipality == "Greiz"
    assert any("der Vorschlag des Bots wurde ausgeführt" in text(m) for m in desk.sent(ORGANISER, "Erledigt"))


def test_numbered_commands_in_a_reply_to_the_digest(desk, smtp_server):
    """#N OK, #N ABMELDEN and #N ANMELDEN + block in one reply to the digest, each on its parked mail."""
    import asyncio

    from mailbot.digest_job import queue_digest
    from mailbot.jobs import send_due

    desk.poll(signup(0))
    code = CODE.search(text(desk.sent(address(0))[0]))[0]
    desk.poll(unclear_signup(), newsletter(), compose("x@stadt-gera.example", "X", "Hallo", "Hallo\n"))
    with desk.ctx.store.engine.begin() as conn:
        parked = conn.execute(t.inbound_mail.select().where(t.inbound_mail.c.status == "review")).all()
    unsure, advert, hello = sorted(r.id for r in parked)
    assert queue_digest(desk.ctx, desk.clock, force=True)
    asyncio.run(send_due(desk.ctx, desk.clock))
    digest = [m for m in smtp_server.messages() if str(m["Subject"]).startswith("Tagesübersicht")][0]
    assert f"#{unsure}" in text(digest) and f"#{advert}" in text(digest)
    assert "[Übersicht " in str(digest["Subject"])

    desk.poll(answer(digest, f"#{unsure} OK\n#{advert} IGNORIEREN\n#{hello} ANMELDEN\nName: Xaver Xylander\n"
                             f"E-Mail: x@stadt-gera.example\nKommune: Gera\nABMELDEN {code}\n"))

    assert desk.statuses() == {name(0): "cancelled", "Karin Wendt": "confirmed", "Xaver Xylander": "confirmed"}
    with desk.ctx.store.engine.begin() as conn:
        statuses = {r.id: r.status for r in conn.execute(t.inbound_mail.select())}
    assert statuses[unsure] == "done" and statuses[advert] == "ignored" and statuses[hello] == "done"
    assert len(desk.sent("x@stadt-gera.example", "Anmeldebestätigung")) == 1
    assert sorted(a.outcome for a in desk.actions()) == ["done"] * 4
    assert not desk.folder("Review")

    count = len(desk.sent())
    desk.poll(answer(digest, "Danke!"))
    assert len(desk.sent()) == count  # a thank-you to the digest: nothing to explain


def test_an_instruction_that_cannot_be_carried_out_leaves_the_mail_waiting(desk):
    """ABMELDEN on a parked mail that concerns nobody registered: explained once, the mail stays in Review."""
    desk.poll(newsletter())
    review = desk.sent(ORGANISER, "Zur Prüfung")[0]
    desk.poll(answer(review, "ABMELDEN"))
    failed = desk.sent(ORGANISER, "Nicht ausgeführt")
    assert len(failed) == 1 and "keine Anmeldung, die diese E-Mail betrifft" in text(failed[0])
    assert len(desk.sent(ORGANISER, "Zur Prüfung")) == 1  # no second review mail
    assert len(desk.folder("Review")) == 1
    desk.poll(answer(review, "IGNORIEREN"))  # still open: a second answer is carried out
    assert not desk.folder("Review")


def test_anmelden_with_an_unknown_municipality_is_refused_at_once(desk):
    """A mistyped ANMELDEN block is explained and the parked mail is not touched."""
    desk.poll(newsletter())
    review = desk.sent(ORGANISER, "Zur Prüfung")[0]
    desk.poll(answer(review, "ANMELDEN\nName: Gerda Vogt\nKommune: Atlantis"))
    assert desk.statuses() == {}
    assert "nicht im Gemeindeverzeichnis" in text(desk.sent(ORGANISER, "Nicht ausgeführt")[0])
    assert desk.folder("Review")
