"""Abuse the desk must withstand (issue 11): codes from strangers, Reply-To pointing at our own mailbox."""

from __future__ import annotations

import email
import email.policy
import re
from datetime import datetime
from pathlib import Path

from mailbot.jobs import import_mails

ROOT = Path(__file__).resolve().parent.parent
NOW = datetime.fromisoformat("2025-05-05T10:00:00+02:00")
CODE = re.compile(r"ISEK-[A-Z2-9]{4}-[A-Z2-9]{4}")


def mail(sender: str, body: str, mid: str, reply_to: str | None = None) -> bytes:
    extra = f"Reply-To: {reply_to}\r\n" if reply_to else ""
    return (f"From: {sender}\r\nTo: anmeldung@transferveranstaltung.example\r\n{extra}Subject: Anmeldung\r\n"
            f"Message-ID: <{mid}@x.example>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n").encode()


def sent(tmp_path) -> list[email.message.EmailMessage]:
    return [email.message_from_bytes(p.read_bytes(), policy=email.policy.default)
            for p in sorted((tmp_path / "outbox").rglob("*.eml"))]


def test_a_stranger_quoting_a_valid_code_only_makes_us_ask_the_registered_address(worker, tmp_path):
    """'Bitte stornieren Sie ISEK-…' from another address cancels nothing; the registered person is asked."""
    ctx = worker()
    import_mails(ctx, [mail("Petra Hanke <p.hanke@stadt-gera.example>",
                            "Guten Tag,\n\nich melde mich zur Transferveranstaltung an.\n\nPetra Hanke\nStadt Gera",
                            "a1")], NOW)
    code = CODE.search(sent(tmp_path)[0].get_body(("plain",)).get_content())[0]
    import_mails(ctx, [mail("Unbekannt <troll@anonym.example>", f"Bitte stornieren Sie {code}.", "a2")], NOW)
    assert [r.status for r in ctx.store.attendee_records(include_inactive=True)] == ["confirmed"]
    asked = [m for m in sent(tmp_path) if m["To"].addresses[0].addr_spec == "p.hanke@stadt-gera.example"]
    assert len(asked) == 2 and "Bisher haben wir nichts geändert" in asked[1].get_body(("plain",)).get_content()
    assert not [m for m in sent(tmp_path) if m["To"].addresses[0].addr_spec == "troll@anonym.example"
                and "bestätigt" in str(m["Subject"])]


def test_a_strangers_reply_to_the_confirmation_proves_nothing(worker, tmp_path):
    """A stranger who knows (or computes) our confirmation's Message-ID and answers it "Leider muss ich absagen"
    cancels nothing: only an answer from the address our mail went to proves a right; the person is asked."""
    ctx = worker()
    import_mails(ctx, [mail("Petra Hanke <p.hanke@stadt-gera.example>",
                            "Guten Tag,\n\nich melde mich zur Transferveranstaltung an.\n\nPetra Hanke\nStadt Gera",
                            "c1")], NOW)
    confirmation = sent(tmp_path)[0]
    forged = (f"From: Unbekannt <troll@anonym.example>\r\nTo: anmeldung@transferveranstaltung.example\r\n"
              f"Subject: AW: {confirmation['Subject']}\r\nMessage-ID: <c2@x.example>\r\n"
              f"In-Reply-To: {confirmation['Message-ID']}\r\nReferences: {confirmation['Message-ID']}\r\n"
              f"Content-Type: text/plain; charset=utf-8\r\n\r\nLeider muss ich absagen.\r\n").encode()
    import_mails(ctx, [forged], NOW)
    assert [r.status for r in ctx.store.attendee_records(include_inactive=True)] == ["confirmed"]
    asked = [m for m in sent(tmp_path) if m["To"].addresses[0].addr_spec == "p.hanke@stadt-gera.example"]
    assert len(asked) == 2


def test_our_message_ids_cannot_be_computed_from_a_code(worker, tmp_path):
    """The confirmation's Message-ID is keyed with this installation's secret: knowing the code (and so the reply's
    dedupe key) and our domain does not give it; every worker on the database uses the same key, and another
    installation a different one."""
    from mailbot.replies.headers import message_id
    from mailbot.store import Store

    ctx = worker()
    import_mails(ctx, [mail("Petra Hanke <p.hanke@stadt-gera.example>",
                            "Guten Tag,\n\nich melde mich zur Transferveranstaltung an.\n\nPetra Hanke\nStadt Gera",
                            "k1")], NOW)
    confirmation = sent(tmp_path)[0]
    code = CODE.search(confirmation.get_body(("plain",)).get_content())[0]
    from sqlalchemy import select

    from mailbot.store import tables as t

    with ctx.store.engine.connect() as conn:
        key = conn.execute(select(t.outbox.c.dedupe_key)).scalar_one()
    assert code in key  # what a stranger with the code can rebuild
    domain = ctx.event.sender.domain
    assert confirmation["Message-ID"] == message_id(key, domain, ctx.store.secret)
    assert confirmation["Message-ID"] != message_id(key, domain)  # the unkeyed, computable form
    second_worker = Store(ctx.settings.database_url)
    other_installation = Store(f"sqlite:///{tmp_path / 'other.sqlite'}")
    try:
        assert second_worker.secret == ctx.store.secret and len(ctx.store.secret) == 32
        assert other_installation.secret != ctx.store.secret
    finally:
        second_worker.close()
        other_installation.close()


def test_the_registered_address_quoting_its_code_cancels(worker, tmp_path):
    ctx = worker()
    import_mails(ctx, [mail("Petra Hanke <p.hanke@stadt-gera.example>",
                            "Guten Tag,\n\nich melde mich zur Transferveranstaltung an.\n\nPetra Hanke\nStadt Gera",
                            "b1")], NOW)
    code = CODE.search(sent(tmp_path)[0].get_body(("plain",)).get_content())[0]
    import_mails(ctx, [mail("Petra Hanke <p.hanke@stadt-gera.example>", f"Bitte stornieren Sie {code}.", "b2")], NOW)
    assert [r.status for r in ctx.store.attendee_records(include_inactive=True)] == ["cancelled"]


def test_a_reply_to_pointing_at_our_mailbox_is_not_used(worker, tmp_path):
    """Reply-To: anmeldung@… (our own inbox) would send the confirmation to ourselves: From is used instead."""
    ctx = worker()
    import_mails(ctx, [mail("Jörg Sander <j.sander@gemeinde-kraftsdorf.example>",
                            "Guten Tag,\n\nich melde mich zur Transferveranstaltung an.\n\nJörg Sander\nGemeinde Kraftsdorf",
                            "c1", reply_to="anmeldung@transferveranstaltung.example")], NOW)
    assert [m["To"].addresses[0].addr_spec for m in sent(tmp_path)] == ["j.sander@gemeinde-kraftsdorf.example"]


def test_redact_hides_the_person_keeps_the_domain():
    from mailbot.redact import redact

    assert redact("450 4.2.0 <anna.lange0@stadt-gera.example>: Recipient address rejected") == \
        "450 4.2.0 <…@stadt-gera.example>: Recipient address rejected"


def test_a_refused_recipient_reaches_no_log_and_no_terminal(worker, smtp_server, caplog, tmp_path):
    """A real SMTP refusal: the problems printed by poll and every log line hold no participant address."""
    import logging

    smtp_server.reject("p.hanke@stadt-gera.example", "450 4.2.0 <p.hanke@stadt-gera.example>: Recipient address rejected")
    ctx = worker(smtp=smtp_server.smtp_settings())
    caplog.set_level(logging.DEBUG)
    report = import_mails(ctx, [mail("Petra Hanke <p.hanke@stadt-gera.example>",
                                     "Guten Tag,\n\nich melde mich zur Transferveranstaltung an.\n\nPetra Hanke\n"
                                     "Stadt Gera", "r1")], NOW)
    ours = [r.getMessage() for r in caplog.records if not r.name.startswith("mail.log")]  # not the test server
    everything = "\n".join(report.problems + ours)
    assert "4.2.0" in everything  # the refusal is reported …
    assert "p.hanke@" not in everything  # … without the person


# ---- codes from strangers (item 8): substitutions too; the registered person's answer is the proof ----------

PETRA = "Petra Hanke <p.hanke@stadt-gera.example>"
PETRA_SIGNUP = "Guten Tag,\n\nich melde mich zur Transferveranstaltung an.\n\nPetra Hanke\nStadt Gera"


def to(message: email.message.EmailMessage) -> str:
    return message["To"].addresses[0].addr_spec


def test_a_stranger_substituting_by_code_only_makes_us_ask_the_registered_address(worker, tmp_path):
    """'Petra Hanke (ISEK-…) kann nicht, an ihrer Stelle kommt …' from another address replaces nobody: the
    registered address is asked, and no new person is registered."""
    ctx = worker()
    import_mails(ctx, [mail(PETRA, PETRA_SIGNUP, "s1")], NOW)
    code = CODE.search(sent(tmp_path)[0].get_body(("plain",)).get_content())[0]
    import_mails(ctx, [mail("Unbekannt <troll@anonym.example>",
                            f"Guten Tag,\n\nPetra Hanke ({code}) kann leider nicht teilnehmen. An ihrer Stelle kommt "
                            "Frau Sabine Weber, s.weber@stadt-gera.example.\n\nGruß\nK. Troll", "s2")], NOW)
    records = ctx.store.attendee_records(include_inactive=True)
    assert [(r.name, r.status) for r in records] == [("Petra Hanke", "confirmed")]
    asked = [m for m in sent(tmp_path) if to(m) == "p.hanke@stadt-gera.example"]
    assert len(asked) == 2 and "Bisher haben wir nichts geändert" in asked[1].get_body(("plain",)).get_content()
    assert {to(m) for m in sent(tmp_path)} == {"p.hanke@stadt-gera.example"}  # the stranger learns nothing


def test_the_registered_person_answering_our_question_cancels_and_is_told(worker, tmp_path):
    """The answer to our own mail stays proof: Petra answers the confirmation request, the cancellation is done,
    and the confirmation of it goes to her."""
    ctx = worker()
    import_mails(ctx, [mail(PETRA, PETRA_SIGNUP, "t1")], NOW)
    code = CODE.search(sent(tmp_path)[0].get_body(("plain",)).get_content())[0]
    import_mails(ctx, [mail("Unbekannt <troll@anonym.example>", f"Bitte stornieren Sie {code}.", "t2")], NOW)
    question = [m for m in sent(tmp_path) if to(m) == "p.hanke@stadt-gera.example"][-1]
    answer = mail(PETRA, "Ja, bitte stornieren.", "t3").replace(
        b"Subject: Anmeldung\r\n", f"Subject: Re: {question['Subject']}\r\nIn-Reply-To: {question['Message-ID']}\r\n"
        .encode())
    import_mails(ctx, [answer], NOW)
    assert [r.status for r in ctx.store.attendee_records(include_inactive=True)] == ["cancelled"]
    assert {to(m) for m in sent(tmp_path)} == {"p.hanke@stadt-gera.example"}
    assert len(sent(tmp_path)) == 3


# ---- Reply-To pointing at our own addresses (item 9) -------------------------------------------------

KRAFTSDORF = "Jörg Sander <j.sander@gemeinde-kraftsdorf.example>"
KRAFTSDORF_SIGNUP = "Guten Tag,\n\nich melde mich zur Transferveranstaltung an.\n\nJörg Sander\nGemeinde Kraftsdorf"


def test_a_reply_to_pointing_at_an_organiser_is_not_used(worker, tmp_path):
    """Reply-To: an organiser's address is ours too: the confirmation goes to From, not to the organisers."""
    ctx = worker()
    organiser = ctx.event.organisers.addresses[0]
    import_mails(ctx, [mail(KRAFTSDORF, KRAFTSDORF_SIGNUP, "o1", reply_to=organiser)], NOW)
    assert [to(m) for m in sent(tmp_path)] == ["j.sander@gemeinde-kraftsdorf.example"]


def test_the_first_answer_to_a_from_behind_our_reply_to_carries_the_privacy_notice(worker, tmp_path):
    """Whoever gets our first mail gets the data-protection notice, also when a Reply-To at our inbox was
    passed over for From."""
    ctx = worker()
    import_mails(ctx, [mail(KRAFTSDORF, KRAFTSDORF_SIGNUP, "p1", reply_to="anmeldung@transferveranstaltung.example")],
                 NOW)
    [confirmation] = sent(tmp_path)
    assert "Hinweis zum Datenschutz" in confirmation.get_body(("plain",)).get_content()


def test_reply_address_never_is_the_bots_own_inbox():
    """From an organiser with Reply-To at our inbox (a shared mailbox set as reply address): answers go to the
    organiser, never into our own inbox, where they would be lost behind the loop guard."""
    from mailbot.models import InboundMail
    from mailbot.workflow.case import reply_address

    own = {"anmeldung@transferveranstaltung.example", "organisation@transferveranstaltung.example"}
    mail_ = InboundMail(message_id=None, subject="", from_name="", from_addr="organisation@transferveranstaltung.example",
                        reply_to="anmeldung@transferveranstaltung.example")
    assert reply_address(mail_, own) == "organisation@transferveranstaltung.example"
    stranger = InboundMail(message_id=None, subject="", from_name="", from_addr="a@b.example", reply_to="c@d.example")
    assert reply_address(stranger, own) == "c@d.example"


# ---- redaction (item 10) ------------------------------------------------------------------------------

def test_redact_hides_every_kind_of_local_part():
    """Whatever the local part holds (apostrophe, %, #, =, /, quotes, 80 characters) none of it is left, and
    addresses at a host without a dot or at an IP literal are hidden too; the rest of the line stays."""
    from mailbot.redact import redact

    cases = {
        "550 <o'brien@x.example> no": "550 <…@x.example> no",
        "550 <anna%lange@x.example>": "550 <…@x.example>",
        "550 <ANNA#1=2/3@X.EXAMPLE>": "550 <…@X.EXAMPLE>",
        "550 <\"anna lange\"@x.example>": "550 <…@x.example>",
        f"550 <{'a' * 80}@x.example>": "550 <…@x.example>",
        "550 <anna@localhost>: unknown": "550 <…@localhost>: unknown",
        "550 <anna@[192.0.2.1]>": "550 <…@[192.0.2.1]>",
        "jörg.müller@gemeinde-möhrenbach.example rejected": "…@gemeinde-möhrenbach.example rejected",
        "to=<anna.lange@stadt-gera.example>, relay=x": "to=<…@stadt-gera.example>, relay=x",
        "from mailto:anna@x.example (and b@y.example)": "from mailto:…@x.example (and …@y.example)",
        "451 4.3.0 try later (queue 3@12)": "451 4.3.0 try later (queue …@12)",
        "421 4.7.0 too many connections": "421 4.7.0 too many connections",
    }
    assert {text: redact(text) for text in cases} == cases


def test_a_refusal_printed_by_mailbot_poll_names_no_one(worker, smtp_server, caplog, capsys, tmp_path, monkeypatch):
    """`mailbot import` against a real SMTP server refusing the recipient (4xx, then 5xx for another): what the
    command prints and every log line say why, without the person's address."""
    import logging

    from mailbot import cli

    smtp_server.reject("p.hanke@stadt-gera.example", "450 4.2.0 <p.hanke@stadt-gera.example>: Recipient address rejected")
    smtp_server.reject("j.sander@gemeinde-kraftsdorf.example",
                       "550 5.1.1 <j.sander@gemeinde-kraftsdorf.example>: no such user")
    smtp = smtp_server.smtp_settings()
    monkeypatch.chdir(tmp_path)
    for key, value in {"MAILBOT_DATABASE_URL": worker().settings.database_url, "MAILBOT_SMTP__HOST": smtp.host,
                       "MAILBOT_EVENT_FILE": str(ROOT / "config" / "event.toml"),
                       "MAILBOT_SMTP__PORT": str(smtp.port), "MAILBOT_SMTP__SECURITY": smtp.security}.items():
        monkeypatch.setenv(key, value)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "1.eml").write_bytes(mail(PETRA, PETRA_SIGNUP, "cli1"))
    (tmp_path / "in" / "2.eml").write_bytes(mail(KRAFTSDORF, KRAFTSDORF_SIGNUP, "cli2"))
    caplog.set_level(logging.DEBUG)
    assert cli.main(["import", "--quiet", "--now", NOW.isoformat(), str(tmp_path / "in")]) == 1
    printed = capsys.readouterr()
    logged = [r.getMessage() for r in caplog.records if not r.name.startswith("mail.log")]  # not the test server
    everything = "\n".join([printed.out, printed.err, *logged])
    assert "4.2.0" in printed.err  # the refusal is reported …
    assert "p.hanke@" not in everything and "j.sander@" not in everything  # … without the person
