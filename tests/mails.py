"""Mails for tests that run the desk: sign-ups and answers from a few invented municipal staff."""

from __future__ import annotations

import email.policy
from email.message import EmailMessage
from email.utils import make_msgid

INBOX = "anmeldung@transferveranstaltung.example"
PEOPLE = [("Anna Reichenbach", "Schleiz", "stadt-schleiz"), ("Thomas Kellner", "Pößneck", "poessneck"),
          ("Jens Oberländer", "Rudolstadt", "rudolstadt"), ("Birgit Sommerlatte", "Saalfeld/Saale", "saalfeld"),
          ("Uwe Lindner", "Greiz", "greiz"), ("Petra Hanisch", "Sonneberg", "sonneberg")]


def name(i: int) -> str:
    return PEOPLE[i][0]


def address(i: int) -> str:
    first, last = PEOPLE[i][0].lower().replace("ä", "ae").replace("ö", "oe").split()
    return f"{first}.{last}@{PEOPLE[i][2]}.example"


def compose(sender: str, display_name: str, subject: str, body: str, in_reply_to: str | None = None,
            date: str = "Mon, 05 May 2025 09:00:00 +0200") -> EmailMessage:
    msg = EmailMessage(policy=email.policy.SMTP)
    msg["From"] = f"{display_name} <{sender}>"
    msg["To"] = INBOX
    msg["Subject"] = subject
    msg["Message-ID"] = make_msgid(domain=sender.split("@")[1])
    msg["Date"] = date
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
        msg["References"] = in_reply_to
    msg.set_content(body)
    return msg


def signup(i: int, date: str = "Mon, 05 May 2025 09:00:00 +0200") -> EmailMessage:
    person, town, _ = PEOPLE[i]
    return compose(address(i), person, "Anmeldung Transferveranstaltung",
                   f"Sehr geehrte Damen und Herren,\n\nhiermit melde ich mich zur Transferveranstaltung am "
                   f"20. Mai 2025 in Bad Lobenstein an.\n\nMit freundlichen Grüßen\n{person}\nBauamt\n"
                   f"Stadtverwaltung {town}\n", date=date)
