"""Greetings: a person's name in the usual order, never a mailbox's display name (new sentences)."""

from __future__ import annotations

import email
import email.policy
from datetime import datetime

import pytest

from mailbot.jobs import import_mails

NOW = datetime.fromisoformat("2025-05-05T10:00:00+02:00")


def signup(display: str, address: str, body: str) -> bytes:
    return (f"From: {display} <{address}>\r\nTo: anmeldung@transferveranstaltung.example\r\n"
            f"Subject: Anmeldung\r\nMessage-ID: <{abs(hash(display))}@x.example>\r\n"
            f"Content-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n").encode()


@pytest.mark.parametrize("display, address, body, greeting", [
    ('"Kühn, Matthias"', "m.kuehn@stadt-roda.example",
     "Guten Tag,\n\nich melde mich zur Transferveranstaltung am 20. Mai an.\n\nGrüße\nMatthias Kühn\nBauamt Stadtroda",
     ("Guten Tag Matthias Kühn,", "Sehr geehrter Herr Kühn,")),
    ("Sekretariat Bürgermeister Pößneck", "sekretariat@poessneck.example",
     "Sehr geehrte Damen und Herren,\n\nhiermit melden wir Herrn Bürgermeister Roland Tischer zur "
     "Transferveranstaltung an.\n\nMit freundlichen Grüßen\ni. A. Sekretariat\nStadtverwaltung Pößneck",
     ("Guten Tag,", "Sehr geehrte Damen und Herren,")),
    ("Gemeinde Remptendorf - Bauamt", "bauamt@remptendorf.example",
     "Hallo,\n\nwir melden Frau Susanne Liebold für die Veranstaltung am 20.05. an.\n\nGemeinde Remptendorf",
     ("Guten Tag,", "Sehr geehrte Damen und Herren,")),
])
def test_greeting_never_uses_a_mailbox_display_name(worker, tmp_path, display, address, body, greeting):
    """The confirmation greets the person (Herr/Frau when known) or no one by name — never 'Guten Tag Sekretariat …'."""
    ctx = worker()
    import_mails(ctx, [signup(display, address, body)], NOW)
    [eml] = sorted((tmp_path / "outbox").rglob("*.eml"))
    msg = email.message_from_bytes(eml.read_bytes(), policy=email.policy.default)
    first = msg.get_body(("plain",)).get_content().splitlines()[0]
    assert first.startswith(greeting), first
    assert "Sekretariat" not in first and "Bauamt" not in first and "," not in first[:-1]
