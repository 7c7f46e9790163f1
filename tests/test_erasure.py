"""Erasure requests, issue 11 item 11 (Art. 17 DSGVO): recognised in German and English, with the proof of a
cancellation; then the person's data goes at once — attendee and registration rows, stored mails, queued mails, their
mails in the IMAP folders with the request itself — the seat goes to the waitlist, they get a confirmation, and only
a record without personal data remains."""

from __future__ import annotations

import email
import email.policy
from datetime import datetime, timedelta

import mails
import pytest
from mails import address
from sqlalchemy import select

from mailbot.jobs import Context, poll
from mailbot.message import parse
from mailbot.store import tables as t
from mailbot.understand import read

T0 = datetime.fromisoformat("2025-05-05T10:00:00+02:00")
ORGANISER = "organisation@transferveranstaltung.example"


@pytest.mark.parametrize("text", [
    "Daten löschen",
    "Bitte löschen Sie meine Daten, ich komme nicht.",
    "Ich bitte um Löschung aller personenbezogenen Daten nach Art. 17 DSGVO.",
    "Please delete my data.",
])
def test_erasure_requests_are_cancellations_flagged_erasure(text):
    """Each wording is read as a cancellation with privacy "erasure" (INTERFACE's intents are fixed)."""
    u = read(parse(mails.compose(address(0), mails.name(0), "AW: Anmeldebestätigung", text).as_bytes()))
    assert (u.intent, u.privacy) == ("cancellation", "erasure")
    assert u.as_json()["privacy"] == "erasure"


@pytest.mark.parametrize("text", ["Bitte löschen Sie meine Anmeldung.", "Hiermit melde ich mich an.",
                                  "Leider muss ich absagen."])
def test_deleting_a_registration_is_no_erasure(text):
    """"löschen Sie meine Anmeldung" is a plain cancellation: only the data (or the article) makes an erasure."""
    assert read(parse(mails.compose(address(0), mails.name(0), "Anmeldung", text).as_bytes())).privacy is None


def _ctx(worker, dovecot, smtp_server, capacity: int = 1) -> Context:
    from mailbot.event import load_event
    from pathlib import Path

    event = load_event(Path(__file__).resolve().parent.parent / "config" / "event.toml")
    return worker(event.model_copy(update={"capacity": capacity}), imap=dovecot.imap_settings(),
                  smtp=smtp_server.smtp_settings())


def _to(smtp_server, who: str) -> list[email.message.EmailMessage]:
    return [email.message_from_bytes(r.raw, policy=email.policy.default)  # type: ignore[misc]
            for r in smtp_server.received() if who in r.rcpt_tos]


def _senders(dovecot, folder: str) -> list[str]:
    with dovecot.connect() as c:
        if not c.folder_exists(folder):
            return []
    return [str(email.message_from_bytes(raw)["From"]) for raw in dovecot.fetch_all(folder)]


def test_an_erasure_answering_our_mail_deletes_everything_and_promotes(worker, dovecot, smtp_server):
    """Anna (confirmed) answers her confirmation with "Daten löschen": her rows, mails (database and IMAP, the
    request included) and queued mails go; Thomas moves up from the waitlist; Anna gets a confirmation that is
    itself scrubbed once sent; the digest's activity has an erasure without a name; only a bare record stays."""
    ctx = _ctx(worker, dovecot, smtp_server)
    dovecot.append_many([mails.signup(0).as_bytes(), mails.signup(1).as_bytes()])
    poll(ctx, T0)
    confirmation = _to(smtp_server, address(0))[0]
    request = mails.compose(address(0), mails.name(0), "AW: " + str(confirmation["Subject"]), "Daten löschen\n",
                            in_reply_to=confirmation["Message-ID"]).as_bytes()
    dovecot.append(request)
    poll(ctx, T0 + timedelta(hours=1))
    poll(ctx, T0 + timedelta(hours=1, minutes=1))  # the pass after: the mailbox is clean

    with ctx.store.engine.begin() as conn:
        people = conn.execute(select(t.attendees.c.name, t.attendees.c.status)).all()
        registrations = conn.execute(select(t.registrations.c.sender_email)).scalars().all()
        raws = conn.execute(select(t.inbound_mail.c.raw)).scalars().all()
        outbox = conn.execute(select(t.outbox.c.kind, t.outbox.c.recipient, t.outbox.c.raw)).all()
        erasures = conn.execute(select(t.erasures)).all()
        activity = conn.execute(select(t.activity.c.kind, t.activity.c.detail)).all()
    assert [(p.name, p.status) for p in people] == [(mails.name(1), "confirmed")]
    assert registrations == [address(1)]
    assert not any(address(0).encode() in raw or mails.name(0).encode() in raw for raw in raws)
    assert not any(address(0) in o.recipient or address(0).encode() in o.raw for o in outbox)
    assert [o.kind for o in outbox if o.kind == "erased" and o.raw == b"" and o.recipient == ""] == ["erased"]
    assert len(erasures) == 1 and erasures[0].mail_keys is None and erasures[0].mailbox_done_at is not None
    assert ("erased", "2 mail(s)") in activity

    erased = _to(smtp_server, address(0))[-1]
    assert str(erased["Subject"]).startswith("Ihre Daten sind gelöscht")
    assert "nachgerückt" in _to(smtp_server, address(1))[-1].get_body(("plain",)).get_content()
    for folder in ("INBOX", "Processed", "Review"):
        assert not any(address(0) in s for s in _senders(dovecot, folder)), folder
    assert any(address(1) in s for s in _senders(dovecot, "Processed"))

    from mailbot.digest_job import gather, render
    d, records = gather(ctx, T0 + timedelta(days=1))
    text = render(d, records, ctx.event, T0 + timedelta(days=1), ctx.templates).text
    assert "Daten auf Wunsch gelöscht (Art. 17 DSGVO): 1" in text and mails.name(0) not in text


def test_an_unproven_erasure_asks_the_registered_address_first(worker, dovecot, smtp_server):
    """A new mail "Bitte löschen Sie meine Daten" (no answer to our mail, no code) deletes nothing; the registered
    address is asked; the answer to that question deletes."""
    ctx = _ctx(worker, dovecot, smtp_server, capacity=5)
    dovecot.append_many([mails.signup(2).as_bytes()])
    poll(ctx, T0)
    dovecot.append(mails.compose(address(2), mails.name(2), "Datenschutz",
                                 "Bitte löschen Sie meine Daten.\n").as_bytes())
    poll(ctx, T0 + timedelta(hours=1))
    with ctx.store.engine.begin() as conn:
        assert conn.execute(select(t.attendees.c.name)).scalars().all() == [mails.name(2)]
    ask = _to(smtp_server, address(2))[-1]
    subject = str(ask["Subject"])
    assert subject.startswith("Bitte bestätigen: Löschung Ihrer Daten")

    dovecot.append(mails.compose(address(2), mails.name(2), "AW: " + subject, "Löschung bestätigt\n",
                                 in_reply_to=ask["Message-ID"]).as_bytes())
    poll(ctx, T0 + timedelta(hours=2))
    poll(ctx, T0 + timedelta(hours=2, minutes=1))
    with ctx.store.engine.begin() as conn:
        assert conn.execute(select(t.attendees)).all() == []
        assert conn.execute(select(t.registrations)).all() == []
    for folder in ("INBOX", "Processed", "Review"):
        assert not any(address(2) in s for s in _senders(dovecot, folder)), folder


# ---- what the first version left: the organisers' audit, the outbox folder, colleagues ------------------------

def _group_signup() -> bytes:
    """Anna registers herself, Jens (who has an address of his own) and Birgit (who has none)."""
    return mails.compose(
        address(0), mails.name(0), "Anmeldung Transferveranstaltung",
        f"Sehr geehrte Damen und Herren,\n\nhiermit melde ich mich und meine Kollegen {mails.name(2)} "
        f"({address(2)}) und Frau {mails.name(3)} zur Transferveranstaltung am 20. Mai 2025 in Bad Lobenstein an.\n\n"
        f"Mit freundlichen Grüßen\n{mails.name(0)}\nBauamt\nStadtverwaltung Schleiz\n").as_bytes()


def _erase_by_answer(ctx, dovecot, smtp_server, at: datetime) -> None:
    confirmation = _to(smtp_server, address(0))[0]
    dovecot.append(mails.compose(address(0), mails.name(0), "AW: " + str(confirmation["Subject"]), "Daten löschen\n",
                                 in_reply_to=confirmation["Message-ID"]).as_bytes())
    poll(ctx, at)
    poll(ctx, at + timedelta(minutes=1))


def test_colleagues_stay_registered_without_the_requesters_address(worker, dovecot, smtp_server):
    """An erasure concerns the requester's own data: Anna's row goes (Thomas moves up into her seat), Jens and Birgit
    whom she registered stay, their registration no longer holds her address; Birgit, left with no address at all,
    is named to the organisers in the digest, Jens (who has his own) is not; Anna hears that they stay."""
    ctx = _ctx(worker, dovecot, smtp_server, capacity=3)
    dovecot.append_many([_group_signup(), mails.signup(1).as_bytes()])
    poll(ctx, T0)
    _erase_by_answer(ctx, dovecot, smtp_server, T0 + timedelta(hours=1))

    with ctx.store.engine.begin() as conn:
        people = conn.execute(select(t.attendees.c.name, t.attendees.c.email, t.attendees.c.status,
                                     t.registrations.c.sender_email)
                              .select_from(t.attendees.join(t.registrations)).order_by(t.attendees.c.name)).all()
        stranded = conn.execute(select(t.activity.c.attendee_id).where(t.activity.c.kind == "contact_erased")).all()
        raws = conn.execute(select(t.inbound_mail.c.raw)).scalars().all()
    assert [tuple(p) for p in people] == [(mails.name(3), None, "confirmed", None),
                                          (mails.name(2), address(2), "confirmed", None),
                                          (mails.name(1), address(1), "confirmed", address(1))]
    assert len(stranded) == 1
    assert not any(address(0).encode() in raw for raw in raws)
    erased = _to(smtp_server, address(0))[-1]
    assert "Die 2 Personen, die Sie angemeldet haben, bleiben angemeldet" in \
        erased.get_body(("plain",)).get_content().replace("\n", " ")

    from mailbot.digest_job import gather, render
    d, records = gather(ctx, T0 + timedelta(days=1))
    text = render(d, records, ctx.event, T0 + timedelta(days=1), ctx.templates).text
    section = text.split("Nach einer Löschung ohne Kontaktadresse (1)\n")[1].split("\n\n")[0]
    assert mails.name(3) in section and "bitte auf anderem Weg erreichen" in section
    assert mails.name(2) not in section and mails.name(0) not in section


def test_the_organisers_audit_keeps_the_action_but_not_the_person(worker, dovecot, smtp_server):
    """An organiser's note and edit on Anna's registration stay in the audit as actions ("noted", "edited"), but her
    name, address and code leave the command and the summary; the digest says "[gelöscht]"."""
    from mailbot.commands import Command
    from mailbot.jobs import desk_commands

    ctx = _ctx(worker, dovecot, smtp_server, capacity=5)
    dovecot.append_many([mails.signup(0).as_bytes(), mails.signup(1).as_bytes()])
    poll(ctx, T0)
    with ctx.store.engine.begin() as conn:
        anna = conn.execute(select(t.attendees.c.code).where(t.attendees.c.email == address(0))).scalar_one()
        thomas = conn.execute(select(t.attendees.c.code).where(t.attendees.c.email == address(1))).scalar_one()
    desk_commands(ctx, [Command("note", f"registrations note {anna}", target=anna, text="kommt mit Rollstuhl"),
                        Command("edit", f"ÄNDERN {anna}", target=anna, blocks=({"role": "Amtsleiterin"},)),
                        Command("note", f"NOTIZ {thomas} vegetarisch", target=thomas, text="vegetarisch")],
                  ORGANISER, T0 + timedelta(minutes=30))
    with ctx.store.engine.begin() as conn:
        before = conn.execute(select(t.desk_actions.c.summary)).scalars().all()
    assert any(mails.name(0) in s for s in before)
    _erase_by_answer(ctx, dovecot, smtp_server, T0 + timedelta(hours=1))

    with ctx.store.engine.begin() as conn:
        rows = conn.execute(select(t.desk_actions.c.command, t.desk_actions.c.summary, t.desk_actions.c.codes)
                            .order_by(t.desk_actions.c.id)).all()
    assert len(rows) == 3
    for row in rows[:2]:
        whole = " ".join(str(x) for x in row)
        assert mails.name(0) not in whole and address(0) not in whole and anna not in whole, whole
    assert [r.command for r in rows[:2]] == ["registrations note [erased]", "ÄNDERN"]
    assert rows[0].summary.startswith("noted: [erased]") and rows[1].summary.startswith("edited: [erased]")
    assert mails.name(1) in rows[2].summary and thomas in rows[2].codes  # Thomas's entry is untouched

    from mailbot.digest_job import gather, render
    d, records = gather(ctx, T0 + timedelta(days=1))
    text = render(d, records, ctx.event, T0 + timedelta(days=1), ctx.templates).text
    assert "„registrations note [gelöscht]“" in text and mails.name(0) not in text


def test_the_file_transports_eml_files_of_the_person_go(worker, tmp_path):
    """Without SMTP the replies are .eml files: after Anna's erasure her confirmation's file is gone at the same pass,
    Thomas's stays; the confirmation of the erasure itself is the delivered mail and stays."""
    from mailbot.jobs import import_mails

    ctx = worker()
    import_mails(ctx, [mails.signup(0).as_bytes(), mails.signup(1).as_bytes()], T0)
    outbox = tmp_path / "outbox"

    def files() -> dict[str, email.message.EmailMessage]:
        return {p.name: email.message_from_bytes(p.read_bytes(), policy=email.policy.default)  # type: ignore[misc]
                for p in sorted(outbox.glob("*.eml"))}

    before = files()
    [confirmation] = [m for m in before.values() if address(0) in str(m["To"])]
    request = mails.compose(address(0), mails.name(0), "AW: " + str(confirmation["Subject"]), "Daten löschen\n",
                            in_reply_to=confirmation["Message-ID"]).as_bytes()
    import_mails(ctx, [request], T0 + timedelta(hours=1))

    after = files()
    to_anna = [str(m["Subject"]) for m in after.values() if address(0) in str(m["To"])]
    assert to_anna == ["Ihre Daten sind gelöscht: 9. Transferveranstaltung"]
    assert [n for n, m in before.items() if address(1) in str(m["To"])] == \
        [n for n, m in after.items() if address(1) in str(m["To"])]
    with ctx.store.engine.begin() as conn:
        erasure = conn.execute(select(t.erasures)).one()
    assert erasure.mail_keys is None and erasure.mailbox_done_at is not None


# ---- the decision alone (pure): whose rows an erasure or an access request concerns -----------------------------

def _case(understanding, state):
    from pathlib import Path

    from mailbot.event import load_event
    from mailbot.models import InboundMail
    from mailbot.workflow import Case

    event = load_event(Path(__file__).resolve().parent.parent / "config" / "event.toml")
    mail = InboundMail(message_id="<r@x>", subject="AW: Anmeldebestätigung", from_name="Sekretariat",
                       from_addr=SECRETARY, text="Daten löschen")
    return Case(mail=mail, understanding=understanding, state=state, event=event, now=T0, code=lambda: "X-1",
                token=lambda: "tok")


SECRETARY = "sekretariat@stadt-schleiz.example"


def _registered(n: int, name: str, email_: str | None, sender: str):
    from mailbot.models import Registered

    return Registered(attendee_id=n, registration_id=1, name=name, email=email_, status="confirmed",
                      code=f"ISEK-AAAA-000{n}", registration_sender=sender)


def test_someone_who_only_registered_others_erases_only_their_own_address():
    """The secretary registered the mayor (no address of his own) and answers the confirmation with "Daten löschen":
    nobody's row goes, only the secretary's address and mails; the confirmation says one person stays."""
    from mailbot.models import Answered, Erasure, State, Understanding
    from mailbot.workflow import decide

    mayor = _registered(1, "Kurt Bürger", None, SECRETARY)
    state = State(existing=(mayor,), answered=Answered(kind="confirmation", codes=(mayor.code,)))
    decision = decide(_case(Understanding(intent="cancellation", privacy="erasure"), state))
    assert decision.kind == "Erased" and decision.erase == Erasure(address=SECRETARY, codes=())
    assert decision.changes == () and decision.replies[0].extra == {"attendees": 0, "colleagues": 1}


def test_confirming_an_old_erasure_request_keeps_the_colleagues_it_listed():
    """A request to confirm made before colleagues were kept may list them; confirming it erases only the rows with
    the confirming address."""
    from mailbot.models import Answered, State, Understanding
    from mailbot.workflow import decide

    own = _registered(1, "Sabine Sekretär", SECRETARY, SECRETARY)
    colleague = _registered(2, "Kurt Bürger", None, SECRETARY)
    action = {"do": "erase", "codes": [own.code, colleague.code]}
    state = State(existing=(own, colleague), answered=Answered(kind="erase_request", codes=(own.code, colleague.code),
                                                                action=action))
    decision = decide(_case(Understanding(intent="other"), state))
    assert decision.erase is not None and decision.erase.codes == (own.code,)
    assert [c.code for c in decision.changes] == []  # nobody waiting, and Kurt keeps his seat


def test_an_access_report_goes_only_to_the_address_it_is_about():
    """Answering our request to confirm, from whatever address, sends the report to the address we asked; a report
    read for another address is never sent (the decision parks the mail instead)."""
    from mailbot.access_report import AccessReport
    from mailbot.models import Answered, State, Understanding
    from mailbot.workflow import decide

    action = {"do": "access", "address": "anna@stadt-schleiz.example", "codes": []}
    asked = Answered(kind="access_request", codes=(), action=action)
    right = decide(_case(Understanding(intent="other"), State(answered=asked,
                                                              access=AccessReport(address=action["address"]))))
    assert [(r.kind, r.to) for r in right.replies] == [("access_report", action["address"])]
    wrong = decide(_case(Understanding(intent="other"), State(answered=asked, access=AccessReport(address=SECRETARY))))
    assert wrong.inbound_status == "review" and not any(r.kind == "access_report" for r in wrong.replies)


def test_a_guessed_answer_to_our_request_proves_nothing(worker, dovecot, smtp_server):
    """A stranger who quotes Anna's code makes us ask Anna; he cannot then answer our request in her place by
    computing its Message-ID from what he knows (kind, mail number, her address): the id holds a secret token."""
    from mailbot.replies.headers import message_id

    ctx = _ctx(worker, dovecot, smtp_server, capacity=5)
    dovecot.append(mails.signup(0).as_bytes())
    poll(ctx, T0)
    with ctx.store.engine.begin() as conn:
        code = conn.execute(select(t.attendees.c.code)).scalar_one()
    dovecot.append(mails.compose("fremd@example.org", "Max Fremd", "Datenschutz",
                                 f"Bitte löschen Sie die Daten zu {code}.\n").as_bytes())
    poll(ctx, T0 + timedelta(hours=1))
    assert str(_to(smtp_server, address(0))[-1]["Subject"]).startswith("Bitte bestätigen: Löschung Ihrer Daten")
    guesses = " ".join(message_id(f"{kind}:inbound{n}:{address(0)}", "transferveranstaltung.example")
                       for kind in ("erase_request", "cancel_request") for n in range(1, 40))
    forged = mails.compose("fremd@example.org", "Max Fremd", "AW: Bitte bestätigen", "Löschung bestätigt\n")
    forged["In-Reply-To"] = guesses.split()[0]
    forged["References"] = guesses
    dovecot.append(forged.as_bytes())
    poll(ctx, T0 + timedelta(hours=2))
    with ctx.store.engine.begin() as conn:
        assert conn.execute(select(t.attendees.c.name)).scalars().all() == [mails.name(0)]
