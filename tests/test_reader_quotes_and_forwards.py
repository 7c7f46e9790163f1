"""How forwarded and quoted text is read: a forwarded or attached mail is read for its original writer (their
address, their withdrawal), our own invitation passed on registers nobody, and our quoted confirmation completes
surnames and addresses of the persons it lists. Sentences of our own, not copies of corpus mails."""

from __future__ import annotations

import dataclasses

from reader_helpers import mail, names

from mailbot.models import InboundMail
from mailbot.understand import read

# --- forwarded mails: the original writer is the one concerned ----------------------------------------

def test_forwarded_registration_is_read_from_the_original() -> None:
    """A secretary forwarding a colleague's mail registers the colleague, not themself."""
    inner = InboundMail(message_id=None, subject="Anmeldung", from_name="Peter Lange",
                        from_addr="p.lange@stadt-triptis.de", text="Hiermit melde ich mich an.",
                        signature="Peter Lange\nBürgermeister\nStadt Triptis")
    outer = InboundMail(message_id="<2@x>", subject="WG: Anmeldung", from_name="Vorzimmer",
                        from_addr="vorzimmer@stadt-triptis.de", text="Zur Kenntnis.", forwarded=(inner,))
    u = read(outer)
    assert u.intent == "registration"
    assert [(p.name, p.email) for p in u.attendees] == [("Peter Lange", "p.lange@stadt-triptis.de")]
    assert u.municipality is not None and u.municipality.name == "Triptis"


def test_forwarded_colleague_gets_the_address_of_her_own_mail() -> None:
    """A forward "anbei die Anmeldung unserer Kollegin Frau X" takes X's address from the attached original."""
    inner = InboundMail(message_id="<i@x>", subject="Anmeldung", from_name="Ute Brand",
                        from_addr="u.brand@schleiz.example", text="bitte melde mich an.", full_text="")
    outer = InboundMail(message_id="<o@x>", subject="WG: Anmeldung", from_name="Hauptamt",
                        from_addr="hauptamt@schleiz.example", text="anbei die Anmeldung unserer Kollegin Frau Ute Brand.",
                        signature="i. A. Jana Vogt\nStadt Schleiz", full_text="", forwarded=(inner,))
    u = read(outer)
    assert [(p.name, p.email) for p in u.attendees] == [("Ute Brand", "u.brand@schleiz.example")]


def test_forwarded_colleague_request_is_no_reply_to_us() -> None:
    """A colleague's attached mail about the event is no confirmation: "ich selbst bin verhindert" cancels nothing."""
    inner = InboundMail(message_id="<i@x>", subject="Transferveranstaltung", from_name="Ute Brand",
                        from_addr="u.brand@schleiz.example", text="Kannst du mich zur Transferveranstaltung anmelden?",
                        full_text="Kannst du mich zur Transferveranstaltung anmelden?")
    outer = InboundMail(message_id="<o@x>", subject="Fwd: Transferveranstaltung", from_name="Jana Vogt",
                        from_addr="j.vogt@schleiz.example",
                        text="bitte melden Sie Frau Brand (siehe Anhang) an. Ich selbst bin leider verhindert.",
                        quoted=inner.full_text, signature="Jana Vogt\nStadt Schleiz", full_text="", forwarded=(inner,))
    u = read(outer)
    assert u.intent == "registration"
    assert [(p.name, p.email) for p in u.attendees] == [("Ute Brand", "u.brand@schleiz.example")]


def test_attached_sign_up_with_forwarder_absent_is_a_registration() -> None:
    """"Anbei die Anmeldung von Herrn X. Ich bin leider verhindert." with X's request attached registers X only."""
    inner = InboundMail(message_id="<i@x>", subject="Veranstaltung Bad Lobenstein", from_name="Tino Albrecht",
                        from_addr="t.albrecht@kahla.example", text="Hallo Bernd, bitte melde mich zur Veranstaltung an.",
                        full_text="Hallo Bernd, bitte melde mich zur Veranstaltung an.")
    outer = InboundMail(message_id="<o@x>", subject="Fwd: Anmeldung", from_name="Bernd Sauer",
                        from_addr="b.sauer@kahla.example",
                        text="Anbei die Anmeldung von Herrn Albrecht. Ich bin an dem Tag leider verhindert.",
                        quoted=inner.full_text, signature="Bernd Sauer\nStadt Kahla", full_text="", forwarded=(inner,))
    u = read(outer)
    assert u.intent == "registration"
    assert [(p.name, p.email) for p in u.attendees] == [("Tino Albrecht", "t.albrecht@kahla.example")]


def test_forwarded_cancellation_stays_a_cancellation() -> None:
    """A forwarded colleague's own withdrawal is no sign-up: the forward still cancels."""
    inner = InboundMail(message_id="<i@x>", subject="Absage", from_name="Tino Albrecht",
                        from_addr="t.albrecht@kahla.example", text="Ich kann leider doch nicht teilnehmen.",
                        full_text="Ich kann leider doch nicht teilnehmen.")
    outer = InboundMail(message_id="<o@x>", subject="WG: Absage", from_name="Bernd Sauer",
                        from_addr="b.sauer@kahla.example",
                        text="Herr Tino Albrecht kann leider nicht teilnehmen, siehe unten.",
                        quoted=inner.full_text, signature="Bernd Sauer\nStadt Kahla", full_text="", forwarded=(inner,))
    u = read(outer)
    assert u.intent == "cancellation" and names(u) == ["Tino Albrecht"]


def test_inline_forward_with_informal_request_registers_its_writer() -> None:
    """"Meldet ihr mich bitte … an?" forwarded by an office registers the original writer with their address."""
    forwarded = ("Von: Olaf Brenner <o.brenner@schleiz.example>\nGesendet: Montag, 14. April 2025 08:12\n"
                 "An: Hauptamt <hauptamt@schleiz.example>\nBetreff: Tagung\n\nHallo zusammen,\n\n"
                 "meldet ihr mich bitte für die Tagung im Mai an? Danke!\n\nGruß\nOlaf Brenner\nBürgermeister")
    m = mail("anbei die Anmeldung unseres Bürgermeisters, bitte bestätigen Sie direkt an ihn.",
             signature="Hauptamt\nStadt Schleiz", subject="WG: Tagung", from_addr="hauptamt@schleiz.example",
             from_name="Hauptamt Schleiz", quoted=forwarded)
    m = dataclasses.replace(m, forwarded_text=forwarded)
    u = read(m)
    assert u.intent == "registration"
    assert [(p.name, p.email) for p in u.attendees] == [("Olaf Brenner", "o.brenner@schleiz.example")]


def test_attached_forward_takes_the_forwarders_municipality() -> None:
    """A colleague's attached request without a place is for the municipality the forwarding mayor signs for."""
    inner = mail("Kannst du mich bitte für die Tagung anmelden?", signature="Gruß Rita", from_name="Rita Kühn",
                 from_addr="rita.kuehn@privat.example")
    outer = mail("im Anhang die Bitte unserer Gemeinderätin. Bitte melden Sie sie an, ich selbst kann nicht.",
                 signature="Holger Beispiel\nBürgermeister der Gemeinde Kammerforst",
                 from_addr="buergermeister@kammerforst.example", from_name="Holger Beispiel")
    u = read(dataclasses.replace(outer, forwarded=(inner,)))
    assert u.intent == "registration" and names(u) == ["Rita Kühn"]
    assert u.municipality is not None and u.municipality.name == "Kammerforst"


# --- our own invitation passed on registers nobody ----------------------------------------------------

def test_internal_forward_of_our_invitation_is_other() -> None:
    """Our invitation passed on internally ("schau mal, ob das was für uns ist") registers nobody."""
    inline = ("Von: Transferveranstaltung <einladung@transferveranstaltung.example>\nGesendet: Dienstag, 22. April\n"
              "Betreff: Einladung\n\nSehr geehrte Damen und Herren, wir laden Sie herzlich ein. Die Einladung richtet "
              "sich insbesondere an Bürgermeister. Bitte melden Sie sich bis 9. Mai an.")
    m = InboundMail(message_id="<f@x>", subject="WG: Einladung", from_name="Jana Vogt",
                    from_addr="j.vogt@schleiz.example", text="Hallo Kai,\n\nzur Info – schau mal, ob das was für uns "
                    "ist.", signature="Jana", full_text="", forwarded_text=inline)
    u = read(m)
    assert u.intent == "other" and u.attendees == ()


def test_attached_forward_of_our_invitation_is_other_but_own_words_still_register() -> None:
    """An attached copy of our invitation ("bitte schau mal drüber") is other; "melde mich an" above it registers."""
    body = "Die Einladung richtet sich insbesondere an Bürgermeister. Melden Sie sich bis 9. Mai an."
    invitation = InboundMail(message_id="<i@x>", subject="Einladung", from_name="Referat",
                             from_addr="einladung@transferveranstaltung.example", text=body, full_text=body)
    passed_on = InboundMail(message_id="<f@x>", subject="WG: Einladung", from_name="Anett Kühn",
                            from_addr="hauptamt@schleiz.example", text="Hallo Jens,\n\nbitte schau mal drüber.",
                            signature="Gruß Anett", full_text="", forwarded=(invitation,))
    assert read(passed_on).intent == "other"
    own = dataclasses.replace(passed_on, text="Hiermit melde ich mich an.", signature="Anett Kühn\nStadt Schleiz")
    u = read(own)
    assert u.intent == "registration" and names(u) == ["Anett Kühn"]


# --- our quoted confirmation completes names and addresses --------------------------------------------

def test_surname_only_is_completed_from_our_quoted_confirmation() -> None:
    """"Herr Krause ist verhindert" answering our confirmation for "Herr Peter Krause" names Peter Krause."""
    u = read(mail("Herr Krause ist leider verhindert, statt ihm kommt Frau Ina Roth.", subject="AW: Anmeldebestätigung",
                  quoted="Angemeldet: Herr Peter Krause (Stadt Schleiz)\nIhr Anmeldecode: ISEK-ABCD-EFGH"))
    assert u.intent == "change" and sorted(names(u)) == ["Ina Roth", "Peter Krause"]


def test_address_from_our_quoted_confirmation() -> None:
    """Cancelling "Herr Kunze und ich" takes Kunze's address from the attendee list of our quoted confirmation."""
    quoted = ("> Ihre Anmeldung ist bestätigt.\n> Angemeldet:\n> - Jana Vogt\n"
              "> - Dirk Kunze (d.kunze@schleiz.example)\n")
    u = read(mail("Herr Kunze und ich müssen leider absagen.", quoted=quoted))
    assert u.intent == "cancellation"
    assert sorted((p.name, p.email) for p in u.attendees) == [("Dirk Kunze", "d.kunze@schleiz.example"),
                                                              ("Jana Vogt", "j.vogt@schleiz.example")]
