"""The desk on the command line: the same actions as by mail, through the same code, on SQLite and PostgreSQL."""

from __future__ import annotations

import email
import email.policy
from pathlib import Path

import pytest

from mailbot.cli import main
from mailbot.store import Store
from mailbot.store import tables as t

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "inbox"
NOW = "2025-05-05T10:00:00+02:00"
LATER = "2025-05-05T11:00:00+02:00"
ORGANISER = "organisation@transferveranstaltung.example"
NEWSLETTER = (b"From: Werbung <info@werbung.example>\r\nTo: anmeldung@transferveranstaltung.example\r\n"
              b"Subject: Unser Angebot\r\nMessage-ID: <ad-1@werbung.example>\r\n\r\nKaufen Sie unser Produkt.\r\n")


@pytest.fixture
def desk(monkeypatch, tmp_path, database_url):
    """Three example sign-ups and one parked mail in a database the CLI is pointed at (file outbox)."""
    monkeypatch.chdir(tmp_path)
    for key in ("MAILBOT_IMAP__HOST", "MAILBOT_SMTP__HOST"):
        monkeypatch.delenv(key, raising=False)
    monkeypatch.setenv("MAILBOT_DATABASE_URL", database_url)
    monkeypatch.setenv("MAILBOT_OUTBOX_DIR", str(tmp_path / "outbox"))
    monkeypatch.setenv("MAILBOT_EVENT_FILE", str(ROOT / "config" / "event.toml"))
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for source in sorted(EXAMPLES.glob("*.eml"))[:3]:
        (inbox / source.name).write_bytes(source.read_bytes())
    (inbox / "99-newsletter.eml").write_bytes(NEWSLETTER)
    assert main(["import", str(inbox), "--now", NOW, "-q"]) == 0

    class Desk:
        store = Store(database_url)

        def records(self) -> dict[str, object]:
            return {r.name: r for r in self.store.attendee_records(include_inactive=True)}

        def mails(self, to: str | None = None) -> list[email.message.EmailMessage]:
            out = [email.message_from_bytes(p.read_bytes(), policy=email.policy.default)
                   for p in sorted((tmp_path / "outbox").rglob("*.eml"))]
            return [m for m in out if to is None or m["To"].addresses[0].addr_spec == to]

        def parked_id(self) -> int:
            with self.store.engine.begin() as conn:
                return conn.execute(t.inbound_mail.select().where(t.inbound_mail.c.status == "review")).one().id

    yield Desk()
    Desk.store.close()


def text(msg) -> str:
    return msg.get_body(("plain",)).get_content()


def test_registrations_add_registers_and_confirms(desk, capsys):
    """`registrations add` registers a phone sign-up; she gets the confirmation, the organisers the acknowledgement."""
    assert main(["registrations", "add", "--name", "Gerda Vogt", "--email", "g.vogt@gefell.example",
                 "--municipality", "Gefell", "--role", "Bauamt", "--now", LATER]) == 0
    assert capsys.readouterr().out.startswith("done")
    gerda = desk.records()["Gerda Vogt"]
    assert (gerda.status, gerda.municipality, gerda.role) == ("confirmed", "Gefell", "Bauamt")
    assert str(desk.mails("g.vogt@gefell.example")[0]["Subject"]).startswith("Anmeldebestätigung")
    assert any(str(m["Subject"]).startswith("Erledigt") for m in desk.mails(ORGANISER))


def test_registrations_edit_cancel_note_resend_promote(desk, capsys):
    """edit, note, resend, cancel and promote act on a code; a wrong code fails with exit status 1."""
    names = list(desk.records())
    first, second = (desk.records()[n] for n in names[:2])
    assert main(["registrations", "edit", first.code, "--municipality", "Gera", "--now", LATER]) == 0
    assert desk.records()[first.name].municipality == "Gera"
    assert main(["registrations", "note", first.code, "bringt", "Rollstuhl", "mit", "--now", LATER]) == 0
    assert any("bringt Rollstuhl mit" in n for n in desk.records()[first.name].notes)
    before = len(desk.mails())
    assert main(["registrations", "resend", second.code, "--now", LATER]) == 0
    assert len(desk.mails()) == before + 2  # the confirmation again, and the acknowledgement
    assert main(["registrations", "cancel", second.code, "--now", LATER]) == 0
    assert desk.records()[second.name].status == "cancelled"
    assert main(["registrations", "promote", first.code, "--now", LATER]) == 1  # not on the waitlist
    assert "not_waitlisted" in capsys.readouterr().out
    assert main(["registrations", "cancel", "ISEK-ZZZZ-ZZZZ", "--now", LATER]) == 1


def test_review_list_show_and_resolve(desk, capsys):
    """`review` lists the parked mail, `show` tells what the bot read, `resolve N ANTWORT` answers the sender."""
    item = desk.parked_id()
    assert main(["review"]) == 0
    listing = capsys.readouterr().out
    assert f"#{item}" in listing and "Unser Angebot" in listing and "1 mail(s)" in listing
    assert main(["review", "show", str(item)]) == 0
    assert "Kaufen Sie unser Produkt" in capsys.readouterr().out

    assert main(["review", "resolve", str(item), "ANTWORT", "--text", "Bitte keine Werbung.", "--now", LATER]) == 0
    reply = desk.mails("info@werbung.example")
    assert len(reply) == 1 and "Bitte keine Werbung." in text(reply[0])
    assert reply[0]["In-Reply-To"] == "<ad-1@werbung.example>"
    assert main(["review"]) == 0
    assert "0 mail(s)" in capsys.readouterr().out
    assert main(["review", "resolve", str(item), "IGNORIEREN", "--now", LATER]) == 0  # already: nothing to do
    assert "already" in capsys.readouterr().out


def test_review_resolve_anmelden(desk):
    """`review resolve N ANMELDEN --name …` registers exactly that person for the parked mail."""
    item = desk.parked_id()
    assert main(["review", "resolve", str(item), "ANMELDEN", "--name", "Otto Sauer", "--municipality", "Gefell",
                 "--now", LATER]) == 0
    assert desk.records()["Otto Sauer"].status == "confirmed"
    assert desk.mails("info@werbung.example") == []  # the advertiser is not the attendee


def test_history_lists_mail_in_out_and_desk(desk, capsys):
    """`history CODE` and `history ADDRESS` show the sign-up, its confirmation and the organisers' actions."""
    person = next(iter(desk.records().values()))
    assert main(["registrations", "note", person.code, "Vegetarier", "--now", LATER]) == 0
    capsys.readouterr()
    assert main(["history", person.code]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split()[2] for line in lines] == ["IN", "OUT", "DESK", "OUT"]
    assert "Confirm" in lines[0] and "confirmation" in lines[1] and "Vegetarier" in lines[2]
    assert "desk_done" in lines[3] and ORGANISER in lines[3]  # the organisers were told
    assert main(["history", person.email]) == 0
    assert "confirmation" in capsys.readouterr().out
    assert main(["history", "nobody@nowhere.example"]) == 1
