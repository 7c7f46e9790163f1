"""The organisers' digest: what it says for a known history, its attachments and chart, once per day."""

from __future__ import annotations

import csv
import email
import email.policy
import io
import re
import struct
from datetime import datetime, timedelta
from email.message import EmailMessage
from pathlib import Path

import mails
import openpyxl
import pytest
from mails import address

from mailbot import digest
from mailbot.commands import desk_message_id
from mailbot.digest import ActivityItem
from mailbot.digest_job import assemble, gather, queue_digest, render
from mailbot.event import load_event
from mailbot.jobs import Context, import_mails
from mailbot.models import OutgoingMail
from mailbot.store import tables as t

ROOT = Path(__file__).resolve().parent.parent
T0 = datetime.fromisoformat("2025-05-05T10:00:00+02:00")
MORNING = datetime.fromisoformat("2025-05-06T07:00:00+02:00")
INBOX = "anmeldung@transferveranstaltung.example"
ORGANISER = "organisation@transferveranstaltung.example"
DOMAIN = "transferveranstaltung.example"
CODE = re.compile(r"ISEK-[A-Z2-9]{4}-[A-Z2-9]{4}")


def signup(i: int) -> bytes:
    return mails.signup(i).as_bytes()


def compose(*args, **kw) -> bytes:
    return mails.compose(*args, **kw).as_bytes()


@pytest.fixture
def make_ctx(worker, smtp_server):
    """A fresh worker (Context + Store) on the same database each call; capacity 3 unless told."""

    def build(capacity: int = 3, **organisers) -> Context:
        event = load_event(ROOT / "config" / "event.toml")
        event = event.model_copy(update={"capacity": capacity, "organisers": event.organisers.model_copy(
            update=organisers)})
        return worker(event, smtp=smtp_server.smtp_settings())

    return build


def sent_to(smtp_server, to: str) -> list[EmailMessage]:
    return [m for m in smtp_server.messages() if m["To"].addresses[0].addr_spec == to]


def history(ctx: Context, smtp_server) -> None:
    """5 sign-ups for 3 seats, a cancellation, a substitution, a question, a newsletter, a bounce."""
    import_mails(ctx, [signup(i) for i in range(5)], T0)
    confirmation = sent_to(smtp_server, address(0))[0]
    cancel = compose(address(0), mails.name(0), "AW: " + str(confirmation["Subject"]),
                     "Hallo,\n\nleider muss ich meine Teilnahme absagen.\n\nGruß\nAnna Reichenbach\n",
                     in_reply_to=confirmation["Message-ID"])
    code = CODE.search(sent_to(smtp_server, address(1))[0].get_body(("plain",)).get_content()).group(0)
    substitute = compose(address(1), mails.name(1), "Änderung Teilnehmer",
                         f"Guten Tag,\n\nstatt Herrn Thomas Kellner kommt Frau Sabine Weber "
                         f"(sabine.weber@poessneck.example). Anmeldecode: {code}\n\nMit freundlichen Grüßen\n"
                         f"Thomas Kellner\n")
    question = compose("k.weiss@gmx.example", "Karin Weiß", "Frage <b>Anreise</b>",
                       "Guten Tag,\n\ngibt es am Veranstaltungsort Parkplätze für Elektroautos?\n\nKarin Weiß\n")
    newsletter = (b"From: Somebody <somebody@example.org>\r\nTo: anmeldung@transferveranstaltung.example\r\n"
                  b"Subject: Newsletter\r\nMessage-ID: <odd-1@example.org>\r\n\r\nBuy our product.\r\n")
    bounce = (ROOT / "tests" / "corpus" / "138-dsn-postfix-user-unknown.eml").read_bytes()
    sent_before(ctx, "k.lehmann@kaulsdorf.example", LEHMANN_MAIL)  # the mail the bounce returns
    import_mails(ctx, [cancel, substitute, question, newsletter, bounce], T0 + timedelta(hours=1))


LEHMANN_MAIL = "<confirm.k.lehmann.kaulsdorf.example@transferveranstaltung.example>"


def sent_before(ctx: Context, to: str, message_id: str) -> None:
    """A mail of ours to `to` went out earlier: only a bounce of a mail we sent counts (issue 11 item 7)."""
    ctx.store.enqueue([OutgoingMail(dedupe_key=f"earlier:{message_id}", kind="confirmation", recipient=to,
                                    message_id=message_id,
                                    raw=f"To: {to}\r\nMessage-ID: {message_id}\r\n\r\nx\r\n".encode())],
                      T0)


def test_digest_lists_every_section_for_a_known_history(make_ctx, smtp_server):
    """New, cancelled, promoted, substituted, questions, review and bounces appear, with totals and districts."""
    ctx = make_ctx()
    history(ctx, smtp_server)
    d, records = gather(ctx, MORNING)
    text = render(d, records, ctx.event, MORNING, ctx.templates).text

    assert [x.name for x in d.registrations] == [mails.name(i) for i in range(5)]
    assert [x.status for x in d.registrations] == ["confirmed"] * 3 + ["waitlisted"] * 2
    assert [x.name for x in d.cancellations] == ["Anna Reichenbach"]
    assert [x.name for x in d.promotions] == ["Birgit Sommerlatte"]
    assert [(x.name, x.replaced) for x in d.substitutions] == [("Sabine Weber", "Thomas Kellner")]
    assert [m.subject for m in d.questions] == ["Frage <b>Anreise</b>"]
    assert "Karin Weiß <k.weiss@gmx.example>" == d.questions[0].sender
    assert "Elektroautos" in d.questions[0].question
    assert [(m.sender, m.subject) for m in d.review] == [("Somebody <somebody@example.org>", "Newsletter")]
    assert [u.address for u in d.undeliverable] == ["k.lehmann@kaulsdorf.example"]
    assert (d.totals.confirmed, d.totals.waitlisted, d.totals.cancelled, d.totals.seats_left) == (3, 1, 2, 0)
    assert {x.name: x.count for x in d.districts}["Saalfeld-Rudolstadt"] == 2
    assert dict(d.org_types) == {"municipality": 3}
    for needle in ("Neue Anmeldungen (5)", "Abmeldungen (1)", "Von der Warteliste nachgerückt (1)",
                   "Sabine Weber", "statt Thomas Kellner", "Fragen, an Sie weitergeleitet (1)",
                   "„Frage <b>Anreise</b>“", "Newsletter", "k.lehmann@kaulsdorf.example",
                   "Bestätigt: 3", "Warteliste: 1", "Freie Plätze: 0 von 3", "Saalfeld-Rudolstadt: 2"):
        assert needle in text, needle


def test_digest_mail_parts_attachments_and_chart_parse_back(make_ctx, smtp_server):
    """Text and HTML (escaped) parts, the chart as a cid-linked PNG, CSV with BOM and ';', XLSX with filters."""
    ctx = make_ctx()
    history(ctx, smtp_server)
    d, records = gather(ctx, MORNING)
    mail = assemble(render(d, records, ctx.event, MORNING, ctx.templates, "abcdefghijk2"), ctx.event, ORGANISER,
                    digest.dedupe_key(d.day, ORGANISER), d, MORNING, desk_message_id("abcdefghijk2", 1, DOMAIN))
    msg = email.message_from_bytes(mail.raw, policy=email.policy.default)
    assert msg["Auto-Submitted"] == "auto-generated" and msg["From"].addresses[0].addr_spec == INBOX
    assert msg["Message-ID"] == "<desk.abcdefghijk2.1@transferveranstaltung.example>" and msg["Date"]
    assert str(msg["Subject"]).endswith("[Übersicht abcdefghijk2]")
    html = msg.get_body(("html",)).get_content()
    assert "Frage &lt;b&gt;Anreise&lt;/b&gt;" in html and "<b>Anreise" not in html
    image = next(p for p in msg.walk() if p.get_content_type() == "image/png")
    assert f'src="cid:{image["Content-ID"].strip("<>")}"' in html
    png = image.get_payload(decode=True)
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", png[16:24])
    assert width > 300 and height > 150

    files = {p.get_filename(): p.get_payload(decode=True) for p in msg.iter_attachments()}
    csv_name = next(n for n in files if n.endswith(".csv"))
    assert files[csv_name].startswith(b"\xef\xbb\xbf")
    table = list(csv.reader(io.StringIO(files[csv_name].decode("utf-8-sig")), delimiter=";"))
    assert table[0][:2] == ["Code", "Status"] and len(table) == 1 + len(records)
    assert {row[4] for row in table[1:]} >= {"Jens Oberländer", "Sabine Weber"}

    sheet = openpyxl.load_workbook(io.BytesIO(files[csv_name.replace(".csv", ".xlsx")])).active
    assert [c.value for c in sheet[1]][:2] == ["Code", "Status"] and sheet[1][0].font.bold
    assert sheet.auto_filter.ref == f"A1:N{len(records) + 1}"
    assert sheet.max_row == len(records) + 1
    assert sheet.column_dimensions["E"].width >= len("Birgit Sommerlatte")


def test_what_one_digest_reported_is_not_reported_again(make_ctx, smtp_server):
    """After the day's digest, the next day's says nothing new in one line, or nothing when skipping is set."""
    ctx = make_ctx()
    history(ctx, smtp_server)
    assert queue_digest(ctx, MORNING - timedelta(minutes=1)) is None  # before 07:00: not due
    assert queue_digest(ctx, MORNING) == 1
    assert queue_digest(make_ctx(), MORNING + timedelta(hours=3)) is None  # a restart, same day
    with ctx.store.engine.begin() as conn:
        assert conn.execute(t.activity.select().where(t.activity.c.reported_at.is_(None))).first() is None
        assert conn.execute(t.undeliverable.select().where(t.undeliverable.c.reported_at.is_(None))).first() is None

    next_day = MORNING + timedelta(days=1)
    d, records = gather(ctx, next_day)
    assert d.empty
    text = render(d, records, ctx.event, next_day, ctx.templates).text
    assert len(text.strip().splitlines()) == 1 and "nichts Neues" in text
    assert queue_digest(make_ctx(skip_empty_digest=True), next_day) == 0
    assert ctx.store.is_done("digest:2025-05-07")
    with ctx.store.engine.begin() as conn:
        keys = sorted(r.dedupe_key for r in conn.execute(t.outbox.select().where(t.outbox.c.kind == "digest")))
    assert keys == [f"digest:2025-05-06:{ORGANISER}"]


def test_substitution_pairs_with_the_newcomer_of_the_same_mail():
    """A substituted attendee and the one added by the same mail become one line "Y statt X", not two."""
    event = load_event(ROOT / "config" / "event.toml")
    items = [ActivityItem(1, "substituted", T0, 7, "Alt Person"), ActivityItem(2, "confirmed", T0, 7, "Neu Person"),
             ActivityItem(3, "confirmed", T0, 8, "Dritte Person")]
    d = digest.build([], items, [], [], event, MORNING)
    assert [(x.name, x.replaced) for x in d.substitutions] == [("Neu Person", "Alt Person")]
    assert [x.name for x in d.registrations] == ["Dritte Person"]
    assert digest.is_due(event, MORNING) and not digest.is_due(event, MORNING - timedelta(seconds=1))


def test_the_digest_stops_after_the_final_report():
    """The day after the event brings the last digest (the final report); from the next day on none is due."""
    from datetime import datetime, time

    event = load_event(ROOT / "config" / "event.toml")
    after = datetime.combine(event.date + timedelta(days=1), time(8, 0), event.tz)
    assert digest.is_due(event, after)
    assert not digest.is_due(event, after + timedelta(days=1))
    assert not digest.is_due(event, after + timedelta(days=30))
