"""Shared pieces of the reader's topic tests (test_intent_*.py, test_people_*.py, test_places.py, …): the `mail()`
helper that builds an InboundMail from Jana Vogt of Stadt Schleiz, `names()` of the attendees read, and the quoted
texts and subjects those tests answer (our confirmation, its listing of a group, an invitation, a code subject)."""

from __future__ import annotations

from mailbot.models import InboundMail


def mail(text: str, signature: str = "Jana Vogt\nStadt Schleiz", subject: str = "Transferveranstaltung",
         from_addr: str = "j.vogt@schleiz.example", from_name: str = "Jana Vogt", quoted: str = "") -> InboundMail:
    return InboundMail(message_id="<g@x>", subject=subject, from_name=from_name, from_addr=from_addr,
                       text=text, signature=signature, quoted=quoted, full_text=f"{text}\n{signature}")


def names(u: object) -> list[str]:
    return [p.name for p in u.attendees]  # type: ignore[attr-defined]


# Our confirmation quoted back in a reply, the subject of that reply, and a subject naming a registration code.
OUR_CONFIRMATION = ("-----Ursprüngliche Nachricht-----\nVon: Anmeldung <anmeldung@transferveranstaltung.example>\n"
                    "Betreff: Anmeldung bestätigt (ISEK-K7PM-R4TX)\n\nGuten Tag, Ihre Anmeldung ist bestätigt.")
REPLY_SUBJECT = "AW: Anmeldung bestätigt: Transferveranstaltung (ISEK-K7PM-R4TX)"
CODE_SUBJECT = "Unsere Anmeldung ISEK-K7PM-R4TX"

# Our confirmation listing a group of two: the sender and a colleague.
LISTING = ("-----Ursprüngliche Nachricht-----\nVon: Anmeldung <anmeldung@transferveranstaltung.example>\n"
           "Betreff: Anmeldung bestätigt (ISEK-K7PM-R4TX)\n\nGuten Tag Frau Vogt,\n\nAngemeldet sind:\n\n"
           "- Jana Vogt: Teilnahme bestätigt\n  Persönlicher Anmeldecode: ISEK-K7PM-R4TX\n"
           "- Henrik Saupe (h.saupe@schleiz.example): Teilnahme bestätigt\n\nMit freundlichen Grüßen")

# The ministry's invitation quoted back in a reply (not a mail of ours).
INVITATION = ("-----Ursprüngliche Nachricht-----\nVon: Ministerium <poststelle@tmdi.example>\nBetreff: Einladung zur "
              "9. Transferveranstaltung\n\nWir laden Sie herzlich zur Transferveranstaltung am 20. Mai 2025 in Bad "
              "Lobenstein ein.")
