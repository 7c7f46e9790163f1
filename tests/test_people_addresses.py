"""Which e-mail address each attendee gets: an address stated in another sentence or line goes to the person it
belongs to (by spelling, "seine Adresse", "erreichbar unter"), an address only for confirmations goes to nobody
named, a shared mailbox goes to the attendee who signs it, and Cc and Reply-To headers complete names and
addresses without overriding a stated one. Sentences of our own, not copies of corpus mails."""

from __future__ import annotations

import pytest
from reader_helpers import CODE_SUBJECT, mail

from mailbot.models import InboundMail, Person
from mailbot.understand import read
from mailbot.understand.people.replyto import reply_to_owner

# --- an address stated apart from the person ----------------------------------------------------------

def test_address_in_a_later_sentence_belongs_to_the_named_person() -> None:
    """"Die Bestätigung bitte an Herrn Kurz: m.kurz@…" gives Herr Kurz that address."""
    u = read(mail("Wir melden Herrn Michael Kurz, Sachgebiet Planung, zur Veranstaltung an.\n\n"
                  "Die Bestätigung bitte direkt an ihn: michael.kurz@schleiz.example", signature="i. A. J. Vogt\nStadt Schleiz"))
    assert [(p.name, p.email) for p in u.attendees] == [("Michael Kurz", "michael.kurz@schleiz.example")]


def test_address_wrapped_onto_the_next_line() -> None:
    """A person line whose address a mail client pushed onto the next line still gets the address."""
    u = read(mail("Zur Veranstaltung melde ich an:\n\nFrau Dipl.-Ing. Paula Winter, Fachdienst Bauverwaltung und Liegenschaften,\n"
                  "paula.winter@schleiz.example"))
    assert [(p.name, p.email) for p in u.attendees] == [("Paula Winter", "paula.winter@schleiz.example")]


def test_address_goes_to_the_person_it_spells_not_the_nearest() -> None:
    """In one line naming two people, the address after the second belongs to her, and the sender keeps his own."""
    u = read(mail("wir kommen zu zweit: ich (Ralf Kunze, Bauhof) und meine Kollegin Frau Ute Brand, "
                  "ute.brand@schleiz.example.", signature="Ralf", from_name="Ralf Kunze",
                  from_addr="ralf.kunze@web.example", subject="Anmeldung"))
    got = {(p.name, p.email) for p in u.attendees}
    assert got == {("Ralf Kunze", "ralf.kunze@web.example"), ("Ute Brand", "ute.brand@schleiz.example")}


def test_role_mailbox_stated_for_a_named_person() -> None:
    """"Herr Albrecht ist unter chef@… erreichbar" gives him that address although it does not spell his name."""
    u = read(mail("Ich melde unseren Bürgermeister, Herrn Jens Albrecht, und mich selbst an. "
                  "Herr Albrecht ist per Mail unter chef@stadt-schleiz.example erreichbar."))
    got = {(p.name, p.email) for p in u.attendees}
    assert ("Jens Albrecht", "chef@stadt-schleiz.example") in got and ("Jana Vogt", "j.vogt@schleiz.example") in got


def test_possessive_address_goes_to_the_man_named_last() -> None:
    """"Statt Frau Berg kommt Herr Ott; seine E-Mail-Adresse: buergermeister@…" is Ott's address."""
    u = read(mail("Statt Frau Anke Berg kommt nun Herr Lars Ott; seine E-Mail-Adresse: buergermeister@kahla.example.",
                  quoted="> Ihre Anmeldung ist bestätigt."))
    assert u.intent == "change"
    assert sorted((p.name, p.email) for p in u.attendees) == [("Anke Berg", None),
                                                              ("Lars Ott", "buergermeister@kahla.example")]


def test_possessive_before_address_is_no_name() -> None:
    """"Seine Adresse: x@…" after a named colleague gives him the address and adds no person "Seine Adresse"."""
    u = read(mail("Ich bin schon angemeldet. Kann ich noch meinen Kollegen Herrn Ralf Ebersbach mitbringen? Seine "
                  "Adresse: r.ebersbach@schleiz.example", subject=CODE_SUBJECT))
    assert [(p.name, p.email) for p in u.attendees] == [("Ralf Ebersbach", "r.ebersbach@schleiz.example")]


def test_each_address_on_its_own_to_the_person_it_spells() -> None:
    """Two people, one address in brackets: it goes to the person whose surname it spells, the sender keeps From."""
    u = read(mail("wir melden uns zu zweit an:\nJana Vogt (Bauamt) und Lisa Wenige (Kämmerei, wenige@schleiz.example).",
                  from_addr="vogt@schleiz.example"))
    assert {p.name: p.email for p in u.attendees} == {"Jana Vogt": "vogt@schleiz.example",
                                                      "Lisa Wenige": "wenige@schleiz.example"}


def test_his_address_in_the_next_sentence_is_his() -> None:
    """A secretary registers the mayor and then gives "seine E-Mail-Adresse": the (office) address is his."""
    u = read(mail("hiermit melde ich unsere Bürgermeisterin, Frau Karin Mühlpfort, an. Ihre E-Mail-Adresse lautet "
                  "buergermeisterin@schleiz.example.", signature="Jana Vogt\nSekretariat\nStadt Schleiz",
                  from_addr="sekretariat@schleiz.example", from_name="Sekretariat Schleiz"))
    assert [(p.name, p.email) for p in u.attendees] == [("Karin Mühlpfort", "buergermeisterin@schleiz.example")]


# --- addresses for confirmations only belong to nobody named ------------------------------------------

def test_secretariat_mailbox_is_not_claimed_by_the_person_named() -> None:
    """"Bestätigung für Herrn Albrecht bitte an sekretariat@…" does not make the secretariat his address."""
    u = read(mail("Ich melde Herrn Jens Albrecht an. Die Bestätigung für Herrn Albrecht bitte an "
                  "sekretariat@stadt-schleiz.example senden."))
    assert [(p.name, p.email) for p in u.attendees] == [("Jens Albrecht", None)]


def test_shared_address_for_confirmations_only_is_nobodys() -> None:
    """"Die Bestätigung für beide bitte an bauamt@…" names where to send, not the colleagues' addresses."""
    u = read(mail("Ich melde Frau Eva Lorenz und Herrn Kai Brandt an. Die Bestätigung für beide bitte an "
                  "bauamt@kahla.example."))
    assert [(p.name, p.email) for p in u.attendees] == [("Eva Lorenz", None), ("Kai Brandt", None)]


def test_possessive_address_for_confirmation_stays_the_senders() -> None:
    """"Die Bestätigung bitte an meine Adresse …" does not give that address to the person just named."""
    u = read(mail("ich melde Herrn Uwe Rabich an. Die Bestätigung senden Sie bitte an mich: j.vogt@schleiz.example.",
                  from_addr="j.vogt@schleiz.example"))
    assert [(p.name, p.email) for p in u.attendees] == [("Uwe Rabich", None)]


# --- shared mailboxes: the address goes to the one who signs ------------------------------------------

def test_shared_address_stated_for_both_colleagues() -> None:
    """"Beide sind über bauamt@… erreichbar" gives that shared address to both colleagues just named."""
    u = read(mail("Ich melde Frau Eva Lorenz und Herrn Kai Brandt an. Beide sind über bauamt@kahla.example erreichbar."))
    assert [(p.name, p.email) for p in u.attendees] == [("Eva Lorenz", "bauamt@kahla.example"),
                                                         ("Kai Brandt", "bauamt@kahla.example")]


def test_mayor_signing_from_the_shared_mailbox_gets_its_address() -> None:
    """From `gemeinde@…` (no person's name), "ich selbst, Bürgermeisterin X", signed "E. X": the address is hers."""
    u = read(mail("Die Gemeinde nimmt teil. Anmelden möchte ich mich selbst, Bürgermeisterin Erika Dornbusch.",
                  signature="E. Dornbusch\nBürgermeisterin", from_addr="gemeinde@goerkwitz.example",
                  from_name="Gemeinde Görkwitz"))
    assert u.intent == "registration"
    assert [(p.name, p.email) for p in u.attendees] == [("Erika Dornbusch", "gemeinde@goerkwitz.example")]


def test_signer_of_a_shared_box_gets_its_address_when_named() -> None:
    """From bauamt@ (no personal display name), signed "K. Pflugbeil": the named Katrin Pflugbeil gets bauamt@."""
    text = ("leider müssen wir unsere Anmeldung (Frau Katrin Pflugbeil und Herr Enrico Salzmann) stornieren, "
            "beide sind dienstlich verhindert.")
    u = read(mail(text, signature="K. Pflugbeil\nStadt Schleiz, Bauamt", from_name="Bauamt Schleiz",
                  from_addr="bauamt@schleiz.example"))
    assert u.intent == "cancellation"
    got = {p.name: p.email for p in u.attendees}
    assert got == {"Katrin Pflugbeil": "bauamt@schleiz.example", "Enrico Salzmann": None}


def test_signature_initial_of_another_given_name_does_not_claim_the_box() -> None:
    """A signer "M. Pflugbeil" is not Katrin Pflugbeil: nobody gets the shared address."""
    text = "hiermit melden wir Frau Katrin Pflugbeil und Herrn Enrico Salzmann für den 20. Mai an."
    u = read(mail(text, signature="M. Pflugbeil\nStadt Schleiz, Bauamt", from_name="Bauamt Schleiz",
                  from_addr="bauamt@schleiz.example"))
    assert all(p.email is None for p in u.attendees) and len(u.attendees) == 2


def test_secretariat_signature_gives_the_box_to_nobody() -> None:
    """A secretariat signing for the mayor keeps its own box: the mayor gets no secretariat address."""
    text = "hiermit melden wir Herrn Bürgermeister Enrico Salzmann für den 20. Mai an."
    u = read(mail(text, signature="Salzmann\nSekretariat des Bürgermeisters", from_name="Sekretariat Schleiz",
                  from_addr="sekretariat@schleiz.example"))
    assert [(p.name, p.email) for p in u.attendees] == [("Enrico Salzmann", None)]


def test_shared_box_gives_its_address_to_the_signer_only() -> None:
    """Three colleagues from the shared bauamt@ box: the signer gets the box address, the others none."""
    u = read(mail("für die Stadt kommen:\n\nBürgermeister Otto Wiegleb\nFrau Jana Vogt (Bauamt)\nHerr Rico Gansler",
                  subject="Anmeldung Transferveranstaltung", from_addr="bauamt@schleiz.example",
                  from_name="Bauamt Schleiz", signature="Jana Vogt\nStadtverwaltung Schleiz"))
    got = {p.name: p.email for p in u.attendees}
    assert got == {"Otto Wiegleb": None, "Jana Vogt": "bauamt@schleiz.example", "Rico Gansler": None}


# --- Cc and Reply-To headers complete names and addresses ---------------------------------------------

def _headed(text: str, headers: tuple[tuple[str, str], ...], quoted: str = "", **kw: str) -> InboundMail:
    base = mail(text, quoted=quoted, **kw)
    return InboundMail(**{**base.__dict__, "headers": headers})


def test_surname_completed_from_cc_display_name() -> None:
    """"meinen Kollegen Herrn Pfaff" with Cc "Pfaff, Jürgen <…>" is Jürgen Pfaff with that address."""
    u = read(_headed("Ich melde mich und meinen Kollegen Herrn Pfaff an; er ist in Kopie.",
                     (("cc", '"Pfaff, Jürgen" <j.pfaff@schleiz.example>'),)))
    assert [(p.name, p.email) for p in u.attendees] == [("Jana Vogt", "j.vogt@schleiz.example"),
                                                         ("Jürgen Pfaff", "j.pfaff@schleiz.example")]


def test_person_named_in_reply_to_gets_name_and_address() -> None:
    """A shared mailbox writes "Frau Lindner nimmt teil" and sets Reply-To to her: her full name and address."""
    u = read(_headed("Frau Lindner nimmt an der Veranstaltung teil.",
                     (("reply-to", "Carola Lindner <c.lindner@schleiz.example>"),),
                     from_name="Stadt Schleiz", from_addr="info@schleiz.example", signature="Stadt Schleiz"))
    assert [(p.name, p.email) for p in u.attendees] == [("Carola Lindner", "c.lindner@schleiz.example")]


def test_other_family_name_in_cc_changes_nothing() -> None:
    """A Cc person with another family name neither renames nor readdresses the attendee."""
    u = read(_headed("Ich melde Herrn Pfaff an.", (("cc", "Jürgen Pfeiffer <j.pfeiffer@schleiz.example>"),)))
    assert [(p.name, p.email) for p in u.attendees] == [("Pfaff", None)]


def _shared(reply_to: str, display: str = "") -> InboundMail:
    header = f'"{display}" <{reply_to}>' if display else reply_to
    text = "Frau Sabine Pohl, Bauamt, meldet sich hiermit zur Transferveranstaltung an."
    return InboundMail(message_id="<r@x>", subject="Anmeldung", from_name="Zentrale Poststelle",
                       from_addr="poststelle@pößneck.example", reply_to=reply_to,
                       headers=(("reply-to", header),), text=text, signature="Stadt Pößneck",
                       full_text=f"{text}\nStadt Pößneck")


@pytest.mark.parametrize("reply_to, display", [
    ("s.pohl@poessneck.example", ""),
    ("sabine-pohl@poessneck.example", ""),
    ("spohl@poessneck.example", ""),
    ("bauamt3@poessneck.example", "Pohl, Sabine"),
    ("bauamt3@poessneck.example", "Sabine Pohl"),
])
def test_reply_to_naming_the_attendee_is_her_address(reply_to: str, display: str) -> None:
    """A Reply-To whose local part or display name names the only attendee becomes her address."""
    u = read(_shared(reply_to, display))
    assert [(p.name, p.email) for p in u.attendees] == [("Sabine Pohl", reply_to)]


def test_reply_to_naming_someone_else_is_ignored() -> None:
    """A Reply-To of a different person leaves the attendee without an address of her own."""
    u = read(_shared("m.krause@poessneck.example"))
    assert [p.email for p in u.attendees] != ["m.krause@poessneck.example"]


def test_reply_to_never_overrides_a_stated_address() -> None:
    """An address already given for the attendee outranks the Reply-To header."""
    mail_ = _shared("s.pohl@poessneck.example")
    mine = [Person("Sabine Pohl", "sabine.pohl@privat.example")]
    assert reply_to_owner(mine, mail_) == mine


def test_reply_to_matching_two_attendees_is_ambiguous() -> None:
    """When the Reply-To could be either of two attendees sharing a family name, nobody gets it."""
    mail_ = _shared("pohl@poessneck.example")
    two = [Person("Sabine Pohl"), Person("Stefan Pohl")]
    assert reply_to_owner(two, mail_) == two
