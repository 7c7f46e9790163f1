"""Rebuild and validate the fifteenth blind corpus (tests/corpus_blind15/).

Written from the invitation, INTERFACE.md, the labelling conventions of tests/corpus/README.md,
tests/corpus_blind8/README.md and tests/corpus_blind11/README.md, tests/corpus_kit.py and the generators of
blind8/blind11 only, without reading or running the parser, by a fifteenth writer. Each case is one mail as the
registration inbox receives it in the last days before and after the registration deadline (9 May 2025) and in
the week before the event (20 May 2025), built by the byte-exact MIME writer of tests/corpus_kit.py, with what a
careful event secretary records from that mail alone.

    .venv/bin/python tests/corpus_blind15/make_blind15.py          # rewrite all files, then validate
    .venv/bin/python tests/corpus_blind15/make_blind15.py --check  # validate the files as they are, and check
                                                                   # that a rebuild would be byte-identical

Besides the checks of corpus_kit.validate (MIME parses without defects, labels against the gazetteer, no attendee
surname of an earlier set, no surname or municipality twice in this set), this script checks the required fields
of every label and that every attendee surname starts with a letter L–Z (Ö and Ü count as O and U): a parallel
writer of tests/corpus_blind14/ uses A–K.
"""

from __future__ import annotations

import json
import random
import re
import sys
import unicodedata
from email import message_from_bytes, policy
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from corpus_kit import (  # noqa: E402
    GAZ,
    INBOX,
    INTENTS,
    INVITATION,
    INVITE_FROM,
    INVITE_SUBJECT,
    OUR_NAME,
    Cases,
    P,
    addr,
    alt,
    apple,
    attachment,
    case_registry,
    code_for,
    confirmation,
    droid,
    dummy_pdf,
    encode_body,
    envelope,
    esc,
    gmx,
    hval,
    iphone,
    label,
    main,
    message,
    msgid,
    multi,
    ol,
    ol_plain,
    outlook_alt,
    outlook_headers,
    outlook_quote,
    our_mail,
    ox,
    quote,
    reminder,
    report,
    rfc822,
    rfc822_headers,
    rfcdate,
    roundcube,
    sig,
    simple_html,
    table_html,
    tb,
    text,
    thunderbird_quote,
    waitlist,
    webde_html_only,
)

HERE = Path(__file__).resolve().parent
CASES: Cases = []
case = case_registry(CASES)
SEED = 20250520

MFG = "Mit freundlichen Grüßen"
EVENT = "9. Transferveranstaltung am 20. Mai 2025"


# --------------------------------------------------------------------------------------------------
# our own mails, with the subjects the brief gives
# --------------------------------------------------------------------------------------------------

def conf_subject(code: str) -> str:
    return f"Anmeldebestätigung: {EVENT} ({code})"


def wait_subject(code: str) -> str:
    return f"Warteliste: {EVENT} ({code})"


def cancel_subject(code: str) -> str:
    return f"Abmeldung bestätigt: {EVENT} ({code})"


def remind_subject(code: str) -> str:
    return f"Erinnerung: {EVENT} ({code})"


MISSING_SUBJECT = f"Fehlende Angaben zu Ihrer Anmeldung: {EVENT}"


def missing_body(salutation: str, what: list[str]) -> str:
    listed = "\n".join(f"- {w}" for w in what)
    return (f"{salutation},\n\nvielen Dank für Ihre E-Mail zur 9. Transferveranstaltung am 20. Mai 2025 in Bad Lobenstein. "
            f"Damit wir Ihre Anmeldung bearbeiten können, fehlen uns noch folgende Angaben:\n\n{listed}\n\n"
            "Bitte antworten Sie einfach auf diese E-Mail.\n\n"
            "Mit freundlichen Grüßen\nIhr Organisationsteam der Transferveranstaltung")


def cancelled_body(salutation: str, code: str) -> str:
    return (f"{salutation},\n\nwir haben Ihre Abmeldung von der 9. Transferveranstaltung am 20. Mai 2025 erhalten und "
            f"Ihre Anmeldung ({code}) storniert. Schade, dass Sie nicht dabei sein können.\n\n"
            "Mit freundlichen Grüßen\nIhr Organisationsteam der Transferveranstaltung")


def conf_ol(to: str, code: str, salutation: str, persons: list[str], when_de: str) -> str:
    """Our confirmation as Outlook quotes it ("-----Ursprüngliche Nachricht-----")."""
    return outlook_quote(when_de, to, conf_subject(code), confirmation(salutation, persons, code))


def new_outlook_quote(frm: str, when_de: str, to: str, subject: str, body: str) -> str:
    """The newer Outlook reply header: a rule, then Von/Gesendet/An/Betreff."""
    return ("________________________________\n"
            f"Von: {frm}\nGesendet: {when_de}\nAn: {to}\nBetreff: {subject}\n\n{body}")


OUR_FROM = f"{OUR_NAME} <{INBOX}>"
INV_QUOTE_NEW = new_outlook_quote(INVITE_FROM, "Dienstag, 22. April 2025 07:30", "Verteiler Kommunen",
                                  INVITE_SUBJECT, INVITATION)
INV_QUOTE_OLD = ("-----Ursprüngliche Nachricht-----\nVon: " + INVITE_FROM + "\nGesendet: Dienstag, 22. April 2025 07:30\n"
                 "An: Verteiler Kommunen\nBetreff: " + INVITE_SUBJECT + "\n\n" + INVITATION)


def iphone_reply(slug: str, frm: str, subject: str, when: str, body: str, quoted_head: str,
                 quoted_body: str) -> bytes:
    """iPhone reply: the short text, the iPhone line, then the quoted mail with '>'."""
    h = envelope(slug, frm, subject, when, extra=("X-Mailer: iPhone Mail (22E252)",))
    full = f"{body}\n\nVon meinem iPhone gesendet\n\n> {quoted_head}\n> \n" + quote(quoted_body)
    return message(h, text(full, "utf-8", "quoted-printable"))


def notes(slug: str, frm: str, subject: str, when: str, body: str, extra: tuple[str, ...] = ()) -> bytes:
    """HCL Notes: ISO-8859-1 quoted-printable, plain + simple HTML, Q-encoded subject, MIMETrack header."""
    h = envelope(slug, frm, subject, when, subject_enc=("ISO-8859-1", "Q"),
                 extra=("X-Mailer: HCL Notes Release 12.0.2 FP2 March 15, 2023",
                        "X-MIMETrack: Serialize by Router on NOTES01/SRV/DE at " + _de_stamp(when),
                        *extra))
    html_body = ('<html><body><font size="2" face="sans-serif">' +
                 "<br>\n".join(esc(l) for l in body.split("\n")) + "</font></body></html>\n")
    b = "=_alternative 00" + hashlib_hex(slug)[:14].upper() + "_="
    return message(h, multi("alternative", [text(body, "ISO-8859-1", "quoted-printable"),
                                            text(html_body, "ISO-8859-1", "quoted-printable", sub="html")], b))


def _de_stamp(when: str) -> str:
    """'2025-05-06 09:41' → '06.05.2025 09:41:00', as Notes writes it."""
    day, clock = when.split()
    y, m, d = day.split("-")
    return f"{d}.{m}.{y} {clock}:00"


def hashlib_hex(s: str) -> str:
    import hashlib
    return hashlib.md5(s.encode()).hexdigest()


def gmx_reply(slug: str, frm: str, subject: str, when: str, body: str, quoted_when: str, quoted_to: str,
              quoted_subject: str, quoted_body: str) -> bytes:
    """GMX/web.de webmail reply: the text, then the quoted mail under a 'Gesendet:/Von:/An:/Betreff:' block."""
    full = (f"{body}\n\n\nGesendet: {quoted_when}\nVon: \"{OUR_NAME}\" <{INBOX}>\nAn: {quoted_to}\n"
            f"Betreff: {quoted_subject}\n\n" + quote(quoted_body))
    h = envelope(slug, frm, subject, when, extra=("X-Priority: 3", "Importance: normal"))
    return message(h, alt(slug, full, simple_html(full, "font-family: Verdana;font-size: 12.0px;"), prefix="--=_ui-"))


# ==================================================================================================
# registrations
# ==================================================================================================


@case("heldburg-late-after-deadline-outlook")
def _(slug):
    a = "k.leuschner@heldburg.example"
    body = f"""Sehr geehrte Damen und Herren,

ich weiß, dass die Anmeldefrist am 9. Mai abgelaufen ist. Trotzdem möchte ich mich noch für die Transferveranstaltung am 20. Mai 2025 anmelden – die Einladung hat mich erst nach meinem Urlaub erreicht. Sollte kein Platz mehr frei sein, geben Sie mir bitte kurz Bescheid.

{MFG}

""" + sig("Kerstin Leuschner", "Sachbearbeiterin Bauverwaltung", "Stadt Heldburg", "Marktplatz 1",
          "98663 Heldburg", "036871 2 31-15", a)
    return ol(slug, addr("Leuschner, Kerstin", a), "Nachträgliche Anmeldung Transferveranstaltung 20.05.2025",
              "2025-05-12 08:47", body), \
        label("registration", [P("Kerstin Leuschner", a, "Sachbearbeiterin Bauverwaltung")], "Stadt Heldburg",
              "municipality", "Heldburg")


@case("themar-deadline-day-thunderbird")
def _(slug):
    a = "g.nennstiel@stadt-themar.example"
    body = """Sehr geehrte Damen und Herren,

gerade noch rechtzeitig, hoffe ich: Hiermit melde ich mich für die 9. Transferveranstaltung am 20. Mai in Bad Lobenstein an. Unser ISEK ist von 2016 und soll im nächsten Jahr fortgeschrieben werden, daher kommt die Veranstaltung für uns genau richtig.

Mit freundlichen Grüßen

-- 
Gerd Nennstiel
Bauamtsleiter
Stadt Themar
Markt 1, 98660 Themar
Tel. 036873 6 12-30"""
    return tb(slug, addr("Gerd Nennstiel", a), "Anmeldung Transferveranstaltung", "2025-05-09 16:41", body), \
        label("registration", [P("Gerd Nennstiel", a, "Bauamtsleiter")], "Stadt Themar", "municipality", "Themar")


@case("graefenthal-secretary-registers-mayor-html")
def _(slug):
    a = "sekretariat@graefenthal.example"
    body = f"""Sehr geehrte Damen und Herren,

im Auftrag unseres Bürgermeisters, Herrn Thomas Weißbrodt, melde ich ihn für die Transferveranstaltung am 20. Mai 2025 an. Er reist mit dem Dienstwagen an.

Die Anmeldebestätigung senden Sie bitte an diese Adresse, ich leite sie weiter.

{MFG}
i. A. Laura Nöthlich
Sekretariat Bürgermeister

Stadt Gräfenthal
Marktstraße 1
98743 Gräfenthal
Tel. 036703 8 79-0"""
    return ol(slug, addr("Sekretariat Stadt Gräfenthal", a), "Anmeldung Bürgermeister Weißbrodt", "2025-05-08 10:22",
              body, html_only=True), \
        label("registration", [P("Thomas Weißbrodt", None, "Bürgermeister")], "Stadt Gräfenthal", "municipality",
              "Gräfenthal", notes=["Er reist mit dem Dienstwagen an."])


@case("rastenberg-two-reply-to-invitation")
def _(slug):
    a = "a.paessler@rastenberg.example"
    body = f"""Sehr geehrte Damen und Herren,

für die Stadt Rastenberg melden wir uns zur Veranstaltung an:

Anja Päßler, Bauverwaltung (ich)
Jörg Mittag, Ortsteilentwicklung

Kurz vor Fristende – wir hoffen, das klappt noch.

{MFG}
Anja Päßler

Stadt Rastenberg
Bauverwaltung
Markt 1
99636 Rastenberg

""" + INV_QUOTE_NEW
    return ol(slug, addr("Päßler, Anja", a), "AW: " + INVITE_SUBJECT, "2025-05-08 15:12", body), \
        label("registration", [P("Anja Päßler", a, "Bauverwaltung"), P("Jörg Mittag", None, "Ortsteilentwicklung")],
              "Stadt Rastenberg", "municipality", "Rastenberg")


@case("sproetau-iphone-mayor-private")
def _(slug):
    a = "sven.zippel@t-online.example"
    body = """Hallo,
melde mich noch für die Veranstaltung am 20.5. in Bad Lobenstein an.
Sven Zippel
Bürgermeister Gemeinde Sprötau (VG Gramme-Vippach)"""
    return iphone(slug, addr("Sven Zippel", a), "Anmeldung", "2025-05-08 21:04", body), \
        label("registration", [P("Sven Zippel", a, "Bürgermeister")], "Gemeinde Sprötau", "municipality", "Sprötau")


@case("artern-samsung-after-deadline")
def _(slug):
    a = "r.wirth@artern.example"
    body = ("Guten Morgen, ich wollte mich eigentlich schon letzte Woche anmelden, ist leider untergegangen. "
            "Bitte melden Sie mich noch für die Transferveranstaltung am 20.05. an. Danke!\n"
            "Ronny Wirth\nStadt Artern, Bauamt")
    return droid(slug, addr("Ronny Wirth", a), "Anmeldung Transferveranstaltung", "2025-05-10 08:12", body), \
        label("registration", [P("Ronny Wirth", a, "Bauamt")], "Stadt Artern", "municipality", "Artern")


@case("hohenleuben-keyvalue-ox")
def _(slug):
    a = "stadt@hohenleuben.example"
    b = "d.lemke@hohenleuben.example"
    body = f"""Anmeldung zur 9. Transferveranstaltung am 20.05.2025

Name: Lemke
Vorname: Doreen
Kommune: Stadt Hohenleuben
Funktion: Sachbearbeiterin Bau und Liegenschaften
Telefon: 036622 7 30-14
E-Mail: {b}

{MFG}
D. Lemke"""
    return ox(slug, addr("Stadt Hohenleuben", a), "Anmeldung Transferveranstaltung", "2025-05-07 11:30", body), \
        label("registration", [P("Doreen Lemke", b, "Sachbearbeiterin Bau und Liegenschaften")], "Stadt Hohenleuben",
              "municipality", "Hohenleuben")


@case("planning-office-client-ziegenrueck-gmx")
def _(slug):
    a = "j.stadermann@raumwerk-vogtland.example"
    b = "p.tuchscherer@raumwerk-vogtland.example"
    body = f"""Guten Tag,

unser Büro ist von der Stadt Ziegenrück mit der Fortschreibung des ISEK beauftragt. Wir möchten uns deshalb gern zur Transferveranstaltung am 20. Mai anmelden:

Jana Stadermann – {a}
Paul Tuchscherer – {b}

Viele Grüße aus Plauen
Jana Stadermann
Raumwerk Vogtland – Stadtplanung und Architektur"""
    return gmx(slug, addr("Jana Stadermann", a), "Anmeldung Transferveranstaltung (ISEK Ziegenrück)",
               "2025-05-07 14:55", body), \
        label("registration", [P("Jana Stadermann", a, None), P("Paul Tuchscherer", b, None)],
              "Raumwerk Vogtland – Stadtplanung und Architektur", "planning_office", "Ziegenrück")


@case("rossleben-wiehe-webde-ortsteilbuergermeister")
def _(slug):
    a = "h.oelschlaegel@web.example"
    body = """Sehr geehrte Damen und Herren,

ich bin ehrenamtlicher Ortsteilbürgermeister von Bottendorf in der Landgemeinde Stadt Roßleben-Wiehe und sitze im Bauausschuss. Gern würde ich an der Transferveranstaltung am 20. Mai teilnehmen und melde mich hiermit an.

Mit freundlichen Grüßen
Hartmut Oelschlägel"""
    return webde_html_only(slug, addr("Hartmut Oelschlägel", a), "Anmeldung 20. Mai", "2025-05-06 19:37", body), \
        label("registration", [P("Hartmut Oelschlägel", a, "Ortsteilbürgermeister")], "Stadt Roßleben-Wiehe",
              "municipality", "Roßleben-Wiehe")


@case("leutenberg-roundcube-latin1-typos")
def _(slug):
    a = "f.tietze@leutenberg.example"
    body = """Sehr geehrte Damen und Herren,

hiermit möchte ich mich für die Transferveranstalung am 20.05. anmleden. Bitte schicken sie mir die Bestätigung an diese Adresse.

Mit freundlichen Grüßen
Frank Tietze
Stadt Leutenberg
Bauamt"""
    return roundcube(slug, addr("Frank Tietze", a, "ISO-8859-1"), "Anmeldung Transferveranstalung", "2025-05-09 11:18",
                     body), \
        label("registration", [P("Frank Tietze", a, "Bauamt")], "Stadt Leutenberg", "municipality", "Leutenberg")


@case("heiligenstadt-notes-two")
def _(slug):
    a = "k.scheller@heiligenstadt.example"
    b = "m.wabnitz@heiligenstadt.example"
    body = f"""Sehr geehrte Damen und Herren,

für die Stadt Heiligenstadt melde ich folgende Personen zur Transferveranstaltung am 20.05.2025 an:

Dr. Katrin Scheller, Fachbereichsleiterin Stadtentwicklung, {a}
Mario Wabnitz, Sachbearbeiter Sanierung, {b}

Mit freundlichen Grüßen

Im Auftrag
Dr. Katrin Scheller

Stadtverwaltung Heilbad Heiligenstadt
Fachbereich Stadtentwicklung
Aegidienstraße 14
37308 Heilbad Heiligenstadt
Telefon: 03606 6 77-410"""
    return notes(slug, addr("Katrin Scheller", a, "ISO-8859-1"), "Anmeldung Transferveranstaltung - Stadt Heiligenstadt",
                 "2025-05-06 09:41", body), \
        label("registration", [P("Katrin Scheller", a, "Fachbereichsleiterin Stadtentwicklung", "Dr."),
                               P("Mario Wabnitz", b, "Sachbearbeiter Sanierung")],
              "Stadtverwaltung Heilbad Heiligenstadt", "municipality", "Heilbad Heiligenstadt")


@case("geisa-apple-mayor-plus-colleague")
def _(slug):
    a = "buergermeister@geisa.example"
    b = "y.rasch@geisa.example"
    body = f"""Sehr geehrte Damen und Herren,

für die Stadt Geisa nehmen an der Transferveranstaltung am 20. Mai teil: ich selbst und Frau Yvonne Rasch aus dem Bauamt ({b}).

Beste Grüße
Martin Stolze
Bürgermeister der Stadt Geisa"""
    return apple(slug, addr("Martin Stolze", a), "Anmeldung Stadt Geisa", "2025-05-06 17:26", body), \
        label("registration", [P("Martin Stolze", a, "Bürgermeister"), P("Yvonne Rasch", b, "Bauamt")],
              "Stadt Geisa", "municipality", "Geisa")


@case("weissensee-signature-only-outlook-plain")
def _(slug):
    a = "s.pflugbeil@weissensee-thueringen.example"
    body = f"""Guten Tag,

ich würde gern an der Transferveranstaltung am 20. Mai teilnehmen und melde mich hiermit an.

{MFG}
Sabine Pflugbeil

Stadtverwaltung Weissensee
Bauamt / Stadtplanung
Marktplatz 26
99631 Weissensee
Tel. 036374 2 20-31"""
    return ol_plain(slug, addr("Pflugbeil, Sabine", a), "Anmeldung", "2025-05-08 13:50", body), \
        label("registration", [P("Sabine Pflugbeil", a, "Bauamt / Stadtplanung")], "Stadtverwaltung Weißensee",
              "municipality", "Weißensee")


@case("buttstaedt-domain-only-thunderbird")
def _(slug):
    a = "u.schleevoigt@buttstaedt.example"
    body = """Guten Tag,

ich melde mich für die Transferveranstaltung am 20. Mai an.

Viele Grüße

-- 
Uwe Schleevoigt
Bauverwaltung
Tel. 036373 9 11-20"""
    return tb(slug, addr("Uwe Schleevoigt", a), "Anmeldung", "2025-05-07 10:03", body), \
        label("registration", [P("Uwe Schleevoigt", a, "Bauverwaltung")], "Stadt Buttstädt", "municipality",
              "Buttstädt")


@case("muenchenbernsdorf-forward-internal")
def _(slug):
    a = "sekretariat@muenchenbernsdorf.example"
    z = "l.zander@muenchenbernsdorf.example"
    internal = ("-----Ursprüngliche Nachricht-----\n"
                f"Von: Zander, Lutz <{z}>\nGesendet: Mittwoch, 7. Mai 2025 07:52\n"
                f"An: Sekretariat <{a}>\nBetreff: WG: {INVITE_SUBJECT}\n\n"
                "Frau Ziesche,\n\nbitte melden Sie Frau Reif und mich für den 20.05. in Bad Lobenstein an. "
                "Frist ist der 9. Mai.\n\nDanke\nL. Zander\nBauamtsleiter\n\n" + INV_QUOTE_OLD)
    body = f"""Sehr geehrte Damen und Herren,

anbei leite ich Ihnen die Anmeldung von Herrn Zander weiter (siehe unten). Er nimmt gemeinsam mit Frau Manja Reif aus der Bauverwaltung an der Veranstaltung teil.

{MFG}
i. A. Simone Ziesche
Sekretariat
Stadt Münchenbernsdorf

""" + internal
    return ol(slug, addr("Sekretariat Münchenbernsdorf", a), "WG: WG: " + INVITE_SUBJECT, "2025-05-07 08:30", body), \
        label("registration", [P("Lutz Zander", z, "Bauamtsleiter"), P("Manja Reif", None, "Bauverwaltung")],
              "Stadt Münchenbernsdorf", "municipality", "Münchenbernsdorf")


@case("bad-liebenstein-three-table-html")
def _(slug):
    a = "bauamt@bad-liebenstein.example"
    rows = [["Name", "Funktion", "E-Mail"],
            ["Dipl.-Ing. Cornelia Teuscher", "Fachbereichsleiterin Bau", "c.teuscher@bad-liebenstein.example"],
            ["Philipp Söllner", "Stadtplanung", "p.soellner@bad-liebenstein.example"],
            ["Marlen Volkmann", "Klimaschutzmanagerin", "m.volkmann@bad-liebenstein.example"]]
    before = """Sehr geehrte Damen und Herren,

zur Transferveranstaltung am 20. Mai 2025 melden wir aus der Stadtverwaltung Bad Liebenstein folgende Personen an:
"""
    after = f"""
{MFG}
i. A. Gabriele Wahl
Sekretariat Fachbereich Bau
Stadt Bad Liebenstein"""
    plain = before + "\n" + "\n".join("\t".join(r) for r in rows) + "\n" + after
    return ol(slug, addr("Bauamt Bad Liebenstein", a), "Anmeldung Stadt Bad Liebenstein (3 Personen)",
              "2025-05-07 09:14", plain, html_only=True, inner=table_html(rows, before, after)), \
        label("registration", [P("Cornelia Teuscher", "c.teuscher@bad-liebenstein.example", "Fachbereichsleiterin Bau",
                                 "Dipl.-Ing."),
                               P("Philipp Söllner", "p.soellner@bad-liebenstein.example", "Stadtplanung"),
                               P("Marlen Volkmann", "m.volkmann@bad-liebenstein.example", "Klimaschutzmanagerin")],
              "Stadtverwaltung Bad Liebenstein", "municipality", "Bad Liebenstein")


@case("ellrich-surname-first-outlook-plain")
def _(slug):
    a = "a.rinke@ellrich.example"
    body = """Sehr geehrte Damen und Herren,

hiermit melde ich mich zur Transferveranstaltung „Zusammen denken – gemeinsam handeln“ am 20.05.2025 an.

Mit freundlichen Grüßen
im Auftrag

Rinke
SG Bauverwaltung / Stadtentwicklung
Stadtverwaltung Ellrich
Tel. 036332 2 07-19"""
    return ol_plain(slug, addr("Rinke, Andreas", a), "Anmeldung Transferveranstaltung", "2025-05-08 07:58", body), \
        label("registration", [P("Andreas Rinke", a, "SG Bauverwaltung / Stadtentwicklung")], "Stadtverwaltung Ellrich",
              "municipality", "Ellrich")


@case("nottertal-ascii-no-umlauts")
def _(slug):
    a = "j.schuetz@nottertal-heilinger-hoehen.example"
    body = """Sehr geehrte Damen und Herren,

hiermit melde ich mich fuer die Transferveranstaltung am 20.05.2025 an. Wir arbeiten gerade an einem Entwicklungskonzept fuer unsere Ortsteile und wuerden gern von den Erfahrungen anderer Kommunen hoeren.

Mit freundlichen Gruessen
Juergen Schuetz
Landgemeinde Stadt Nottertal-Heilinger Hoehen
Bauverwaltung"""
    h = envelope(slug, addr("Juergen Schuetz", a), "Anmeldung Transferveranstaltung", "2025-05-06 14:09",
                 extra=("X-Mailer: Microsoft Outlook 14.0",))
    return message(h, text(body, "us-ascii", "7bit")), \
        label("registration", [P("Juergen Schuetz", a, "Bauverwaltung")], "Landgemeinde Stadt Nottertal-Heilinger Höhen",
              "municipality", "Nottertal-Heilinger Höhen")


@case("schalkau-register-and-parking")
def _(slug):
    a = "b.nickol@schalkau.example"
    body = f"""Sehr geehrte Damen und Herren,

ich melde mich zur 9. Transferveranstaltung am 20. Mai 2025 an. Kann man in der Nähe des Veranstaltungsortes parken? Ich komme mit dem Auto aus Schalkau.

{MFG}

""" + sig("Birgit Nickol", "Sachgebietsleiterin Bauen und Stadtentwicklung", "Stadt Schalkau", "Markt 1",
          "96528 Schalkau", "036766 8 40-22", a)
    return ol(slug, addr("Nickol, Birgit", a), "Anmeldung und Frage Parken", "2025-05-06 10:31", body), \
        label("registration", [P("Birgit Nickol", a, "Sachgebietsleiterin Bauen und Stadtentwicklung")], "Stadt Schalkau",
              "municipality", "Schalkau", notes=["Kann man in der Nähe des Veranstaltungsortes parken?"])


@case("steinach-vegetarian-train")
def _(slug):
    a = "h.mollenhauer@stadt-steinach.example"
    body = f"""Sehr geehrte Damen und Herren,

hiermit melde ich mich für die Transferveranstaltung am 20.05.2025 an. Ich reise mit der Bahn an und ernähre mich vegetarisch.

{MFG}
Heike Mollenhauer
Stadt Steinach
Bauamt
Marktplatz 4, 96523 Steinach"""
    return ol_plain(slug, addr("Mollenhauer, Heike", a), "Anmeldung Transferveranstaltung 20.05.", "2025-05-07 12:46",
                    body), \
        label("registration", [P("Heike Mollenhauer", a, "Bauamt")], "Stadt Steinach", "municipality", "Steinach",
              notes=["Ich reise mit der Bahn an", "ernähre mich vegetarisch"])


@case("nessetal-reply-missing-details-thunderbird")
def _(slug):
    a = "ines.waechter@web.example"
    body = """Guten Tag,

Entschuldigung, das hatte ich vergessen: Ich bin Sachbearbeiterin in der Bauverwaltung der Gemeinde Nessetal und melde mich für die Gemeinde an. Eine dienstliche Adresse habe ich gerade nicht, bitte schreiben Sie weiter an diese.

Viele Grüße
Ines Wächter

""" + thunderbird_quote("08.05.25 um 17:02", f"{OUR_NAME}", missing_body(
        "Sehr geehrte Frau Wächter", ["für welche Kommune oder Organisation Sie teilnehmen"]))
    return tb(slug, addr("Ines Wächter", a), "Re: " + MISSING_SUBJECT, "2025-05-09 07:36", body), \
        label("registration", [P("Ines Wächter", a, "Bauverwaltung")], "Gemeinde Nessetal", "municipality", "Nessetal")


@case("suedeichsfeld-mayor-plus-colleague")
def _(slug):
    a = "buergermeister@suedeichsfeld.example"
    b = "k.marquardt@suedeichsfeld.example"
    body = f"""Sehr geehrte Damen und Herren,

für die Gemeinde Südeichsfeld melde ich mich und unsere Mitarbeiterin für Bau und Gemeindeentwicklung, Frau Kathrin Marquardt ({b}), zur Transferveranstaltung am 20. Mai an.

{MFG}

Bernd Zeiß
Bürgermeister
Gemeinde Südeichsfeld
Tel. 036023 5 09-0"""
    return ol(slug, addr("Zeiß, Bernd", a), "Anmeldung Gemeinde Südeichsfeld", "2025-05-06 11:05", body), \
        label("registration", [P("Bernd Zeiß", a, "Bürgermeister"),
                               P("Kathrin Marquardt", b, "Bau und Gemeindeentwicklung")],
              "Gemeinde Südeichsfeld", "municipality", "Südeichsfeld")


@case("planning-office-no-client-erfurt")
def _(slug):
    a = "wittig@stadtbau-mitte.example"
    body = f"""Sehr geehrte Damen und Herren,

wir betreuen derzeit mehrere ISEK-Fortschreibungen in Mittelthüringen und möchten gern am Austausch teilnehmen. Bitte melden Sie mich für den 20. Mai an.

{MFG}

Dr. Susanne Wittig
Geschäftsführerin
StadtBau Mitte – Planungsgesellschaft mbH
Juri-Gagarin-Ring 90
99084 Erfurt"""
    return ol(slug, addr("Dr. Susanne Wittig", a), "Anmeldung Transferveranstaltung", "2025-05-08 16:20", body), \
        label("registration", [P("Susanne Wittig", a, "Geschäftsführerin", "Dr.")],
              "StadtBau Mitte – Planungsgesellschaft mbH", "planning_office", None)


@case("landratsamt-greiz-authority")
def _(slug):
    a = "o.rumpf@landkreis-greiz.example"
    body = f"""Sehr geehrte Damen und Herren,

vom Landratsamt Greiz, Fachdienst Kreisentwicklung, würde ich gern an der Transferveranstaltung teilnehmen. Wir beraten die kreisangehörigen Gemeinden bei ihren Entwicklungskonzepten.

{MFG}
Im Auftrag

Olaf Rumpf
Fachdienst Kreisentwicklung
Landratsamt Greiz
Dr.-Rathenau-Platz 11
07973 Greiz"""
    return ol(slug, addr("Rumpf, Olaf", a), "Anmeldung Landratsamt Greiz", "2025-05-09 09:02", body), \
        label("registration", [P("Olaf Rumpf", a, "Fachdienst Kreisentwicklung")], "Landratsamt Greiz", "authority", None)


@case("roemhild-colleague-not-self")
def _(slug):
    a = "bauamt@roemhild.example"
    b = "f.lichtenheld@roemhild.example"
    body = f"""Guten Tag,

unsere Kollegin Frau Franziska Lichtenheld (Stadtplanung) möchte gern an der Transferveranstaltung am 20. Mai teilnehmen. Ihre E-Mail-Adresse lautet {b}. Ich selbst bin an dem Tag leider im Urlaub.

{MFG}
Holger Sack
Bauamtsleiter
Stadt Römhild"""
    return ol_plain(slug, addr("Bauamt Römhild", a), "Anmeldung Frau Lichtenheld", "2025-05-08 14:07", body), \
        label("registration", [P("Franziska Lichtenheld", b, "Stadtplanung")], "Stadt Römhild", "municipality",
              "Römhild")


@case("auma-weidatal-iphone-reply-invitation")
def _(slug):
    a = "buergermeister@auma-weidatal.example"
    head = f"Am 22.04.2025 um 07:30 schrieb {INVITE_FROM}:"
    return iphone_reply(slug, addr("Rainer Mierisch", a), "AW: " + INVITE_SUBJECT, "2025-05-09 21:15",
                        "Melde mich an, hoffentlich noch rechtzeitig.\nR. Mierisch\nBürgermeister Auma-Weidatal",
                        head, INVITATION), \
        label("registration", [P("Rainer Mierisch", a, "Bürgermeister")], "Stadt Auma-Weidatal", "municipality",
              "Auma-Weidatal")


@case("berga-wuenschendorf-dashed-list")
def _(slug):
    a = "n.russwurm@berga-wuenschendorf.example"
    body = f"""Sehr geehrte Damen und Herren,

von der Stadt Berga-Wünschendorf nehmen an der Transferveranstaltung am 20.05.2025 teil:

- Herr Bürgermeister Stephan Raab
- Frau Dipl.-Ing. Nadine Rußwurm, Bauamt ({a})
- Herr Kevin Schirmer, Kämmerei

Wir kommen gemeinsam mit einem Fahrzeug.

{MFG}
Nadine Rußwurm
Stadt Berga-Wünschendorf
Bauamt"""
    return ol(slug, addr("Rußwurm, Nadine", a), "Anmeldung 3 Personen – Berga-Wünschendorf", "2025-05-07 13:33", body), \
        label("registration", [P("Stephan Raab", None, "Bürgermeister"),
                               P("Nadine Rußwurm", a, "Bauamt", "Dipl.-Ing."),
                               P("Kevin Schirmer", None, "Kämmerei")],
              "Stadt Berga-Wünschendorf", "municipality", "Berga-Wünschendorf")


@case("kranichfeld-gmx-councillor")
def _(slug):
    a = "petra.mannschatz@gmx.example"
    body = """Hallo,

ich bin Stadträtin in Kranichfeld und dort im Ausschuss für Bau und Stadtentwicklung. Ich würde gern an der Veranstaltung am 20. Mai teilnehmen, bitte melden Sie mich an.

Viele Grüße
Petra Mannschatz"""
    return gmx(slug, addr("Petra Mannschatz", a), "Anmeldung Transferveranstaltung", "2025-05-06 20:48", body), \
        label("registration", [P("Petra Mannschatz", a, "Stadträtin")], "Stadt Kranichfeld", "municipality",
              "Kranichfeld")


@case("bleicherode-ox-landgemeinde")
def _(slug):
    a = "j.loetzsch@bleicherode.example"
    body = f"""Sehr geehrte Damen und Herren,

ich möchte mich für die 9. Transferveranstaltung am 20. Mai 2025 anmelden. Bei uns steht die Fortschreibung des ISEK für die Kernstadt und die eingegliederten Ortsteile an.

{MFG}
Jens Lötzsch
Sachgebiet Stadtentwicklung
Landgemeinde Stadt Bleicherode
Hauptstraße 4, 99752 Bleicherode"""
    return ox(slug, addr("Jens Lötzsch", a), "Anmeldung zur Transferveranstaltung", "2025-05-09 10:44", body), \
        label("registration", [P("Jens Lötzsch", a, "Sachgebiet Stadtentwicklung")], "Landgemeinde Stadt Bleicherode",
              "municipality", "Bleicherode")


@case("dornburg-camburg-apple-late-two")
def _(slug):
    a = "m.rubach@dornburg-camburg.example"
    b = "s.pester@dornburg-camburg.example"
    body = f"""Sehr geehrte Damen und Herren,

wir haben die Anmeldefrist leider verpasst – die Einladung lag bei uns im Urlaubsstapel. Wenn es irgendwie noch geht, würden meine Kollegin Sandra Pester ({b}) und ich gern am 20. Mai dabei sein. Hiermit melde ich uns beide an.

Viele Grüße
Michael Rubach
Stadt Dornburg-Camburg
Bauverwaltung"""
    return apple(slug, addr("Michael Rubach", a), "Anmeldung – noch möglich?", "2025-05-12 15:22", body), \
        label("registration", [P("Michael Rubach", a, "Bauverwaltung"), P("Sandra Pester", b, None)],
              "Stadt Dornburg-Camburg", "municipality", "Dornburg-Camburg")


# ==================================================================================================
# cancellations
# ==================================================================================================


@case("koenigsee-cancel-ill-reply-confirmation")
def _(slug):
    a = "m.schade@koenigsee.example"
    code = code_for("koenigsee-b15-conf")
    body = f"""Sehr geehrte Damen und Herren,

leider bin ich seit gestern krankgeschrieben und kann am 20. Mai nicht teilnehmen. Bitte streichen Sie meine Anmeldung.

{MFG}
Michaela Schade
Stadt Königsee – Bauamt

""" + conf_ol(a, code, "Sehr geehrte Frau Schade", ["Michaela Schade"], "Dienstag, 29. April 2025 10:52")
    return ol(slug, addr("Schade, Michaela", a), "AW: " + conf_subject(code), "2025-05-15 08:06", body), \
        label("cancellation", [P("Michaela Schade", a, "Bauamt")], "Stadt Königsee", "municipality", "Königsee")


@case("heringen-secretary-cancels-mayor-ox")
def _(slug):
    a = "sekretariat@heringen-helme.example"
    body = f"""Sehr geehrte Damen und Herren,

Herr Bürgermeister Steffen Scharf ist für die Transferveranstaltung am 20. Mai angemeldet. Wegen einer kurzfristig angesetzten Sitzung des Stadtrates kann er leider nicht teilnehmen. Bitte melden Sie ihn ab.

{MFG}
i. A. Katja Wendt
Sekretariat Bürgermeister
Stadt Heringen/Helme"""
    return ox(slug, addr("Sekretariat Heringen/Helme", a), "Abmeldung Bürgermeister Scharf", "2025-05-13 11:40", body), \
        label("cancellation", [P("Steffen Scharf", None, "Bürgermeister")], "Stadt Heringen/Helme", "municipality",
              "Heringen/Helme")


@case("gefell-ill-iphone-reply-reminder")
def _(slug):
    a = "l.traenkner@gefell.example"
    code = code_for("gefell-b15-conf")
    head = f"Am 13.05.2025 um 08:00 schrieb {OUR_NAME} <{INBOX}>:"
    return iphone_reply(slug, addr("Lars Tränkner", a), "AW: " + remind_subject(code), "2025-05-19 06:58",
                        "Guten Morgen, ich liege leider mit Grippe flach und muss für morgen absagen. Sorry!\n"
                        "Gruß Lars Tränkner\nStadt Gefell", head,
                        reminder("Sehr geehrter Herr Tränkner", code)), \
        label("cancellation", [P("Lars Tränkner", a, None)], "Stadt Gefell", "municipality", "Gefell")


@case("eisenberg-two-of-three-withdrawn-thunderbird")
def _(slug):
    a = "c.pusch@stadt-eisenberg.example"
    code = code_for("eisenberg-b15-conf")
    body = f"""Sehr geehrte Damen und Herren,

zu unserer Anmeldung ({code}): Herr Falk Remde und Frau Tina Reichardt können am 20. Mai leider doch nicht teilnehmen, bitte streichen Sie die beiden. Ich selbst komme wie angemeldet.

Freundliche Grüße

-- 
Claudia Pusch
Stadtverwaltung Eisenberg
Fachbereich Bau und Stadtentwicklung"""
    return tb(slug, addr("Claudia Pusch", a), f"Änderung Anmeldung {code}", "2025-05-14 09:51", body), \
        label("cancellation", [P("Falk Remde", None, None), P("Tina Reichardt", None, None)],
              "Stadtverwaltung Eisenberg", "municipality", "Eisenberg")


@case("muehlhausen-notes-cancel")
def _(slug):
    a = "dirk.zwinscher@muehlhausen.example"
    body = f"""Sehr geehrte Damen und Herren,

hiermit melde ich mich von der Transferveranstaltung am 20.05.2025 ab. Aufgrund einer Terminüberschneidung ist mir die Teilnahme leider nicht möglich.

Mit freundlichen Grüßen

Dirk Zwinscher
Stadtverwaltung Mühlhausen
Amt für Stadtentwicklung
Ratsstraße 19
99974 Mühlhausen/Thüringen"""
    return notes(slug, addr("Dirk Zwinscher", a, "ISO-8859-1"), "Abmeldung Transferveranstaltung 20.05.2025",
                 "2025-05-12 14:25", body), \
        label("cancellation", [P("Dirk Zwinscher", a, None)], "Stadtverwaltung Mühlhausen", "municipality",
              "Mühlhausen/Thüringen")


@case("grammetal-off-waitlist-gmx")
def _(slug):
    a = "a.lotze@gemeinde-grammetal.example"
    code = code_for("grammetal-b15-wait")
    body = """Guten Tag,

danke für die Info. Sie können mich von der Warteliste streichen, ich habe den Termin inzwischen anderweitig vergeben.

Viele Grüße
Anett Lotze
Gemeinde Grammetal"""
    return gmx_reply(slug, addr("Anett Lotze", a), "Re: " + wait_subject(code), "2025-05-13 16:10", body,
                     "Freitag, 09. Mai 2025 um 18:22 Uhr", a, wait_subject(code),
                     waitlist("Sehr geehrte Frau Lotze", code)), \
        label("cancellation", [P("Anett Lotze", a, None)], "Gemeinde Grammetal", "municipality", "Grammetal")


@case("stadtroda-cancel-html-only")
def _(slug):
    a = "r.nolte@stadtroda.example"
    body = f"""Sehr geehrte Damen und Herren,

leider muss ich meine Teilnahme an der Transferveranstaltung am 20. Mai absagen, da ich an diesem Tag dienstlich nach Erfurt muss. Ich bitte um eine kurze Bestätigung.

{MFG}
Robert Nolte
Stadtverwaltung Stadtroda
Bauamt"""
    return ol(slug, addr("Nolte, Robert", a), "Absage Transferveranstaltung", "2025-05-14 13:17", body,
              html_only=True), \
        label("cancellation", [P("Robert Nolte", a, "Bauamt")], "Stadtverwaltung Stadtroda", "municipality", "Stadtroda")


# ==================================================================================================
# changes
# ==================================================================================================


@case("oberhof-substitute-ill-colleague")
def _(slug):
    a = "bauamt@oberhof.example"
    b = "m.obst@oberhof.example"
    body = f"""Sehr geehrte Damen und Herren,

Frau Karin Zahn aus unserem Bauamt ist für die Transferveranstaltung am 20. Mai angemeldet, ist aber leider erkrankt. An ihrer Stelle wird Herr Mathias Obst (Sachgebiet Stadtentwicklung, {b}) teilnehmen. Bitte ändern Sie die Anmeldung entsprechend.

{MFG}
i. A. Marion Sturm
Bauamt
Stadt Oberhof"""
    return ol(slug, addr("Bauamt Oberhof", a), "Teilnehmerwechsel Transferveranstaltung", "2025-05-16 10:12", body), \
        label("change", [P("Mathias Obst", b, "Sachgebiet Stadtentwicklung"), P("Karin Zahn", None, None)],
              "Stadt Oberhof", "municipality", "Oberhof")


@case("neuhaus-later-arrival-reply-reminder")
def _(slug):
    a = "s.planert@neuhaus-am-rennweg.example"
    code = code_for("neuhaus-b15-conf")
    body = f"""Guten Tag,

vielen Dank für die Erinnerung. Ich werde leider erst gegen 11:30 Uhr in Bad Lobenstein sein, da ich vormittags noch einen Ortstermin habe. Ich hoffe, das ist in Ordnung.

{MFG}
Steffen Planert
Stadt Neuhaus am Rennweg
Bau- und Ordnungsamt

""" + new_outlook_quote(OUR_FROM, "Dienstag, 13. Mai 2025 08:00", f"Planert, Steffen <{a}>", remind_subject(code),
                        reminder("Sehr geehrter Herr Planert", code))
    return ol(slug, addr("Planert, Steffen", a), "AW: " + remind_subject(code), "2025-05-13 09:24", body), \
        label("change", [P("Steffen Planert", a, "Bau- und Ordnungsamt")], "Stadt Neuhaus am Rennweg", "municipality",
              "Neuhaus am Rennweg", notes=["erst gegen 11:30 Uhr"])


@case("friedrichroda-add-colleague-thunderbird")
def _(slug):
    a = "t.wolfsteller@friedrichroda.example"
    b = "m.rauch@friedrichroda.example"
    code = code_for("friedrichroda-b15-conf")
    body = f"""Sehr geehrte Damen und Herren,

zu meiner Anmeldung mit dem Code {code} möchte ich noch meine Kollegin Melanie Rauch ({b}) nachmelden. Sie ist seit April bei uns für die Städtebauförderung zuständig.

Viele Grüße

-- 
Tobias Wolfsteller
Stadtverwaltung Friedrichroda
Bauverwaltung"""
    return tb(slug, addr("Tobias Wolfsteller", a), f"Nachmeldung zu {code}", "2025-05-12 11:48", body), \
        label("change", [P("Melanie Rauch", b, "Städtebauförderung")], "Stadtverwaltung Friedrichroda", "municipality",
              "Friedrichroda")


@case("brotterode-trusetal-new-address-roundcube")
def _(slug):
    a = "k.zorn@brotterode-trusetal.example"
    old = "katja.zorn@gmx.example"
    body = f"""Guten Tag,

ich hatte mich für die Transferveranstaltung am 20. Mai von meiner privaten Adresse ({old}) angemeldet. Bitte verwenden Sie für alle weiteren Informationen ab sofort meine dienstliche Adresse {a}.

Freundliche Grüße
Katja Zorn
Stadt Brotterode-Trusetal
Bauverwaltung"""
    return roundcube(slug, addr("Katja Zorn", a), "Änderung E-Mail-Adresse Anmeldung", "2025-05-12 09:37", body,
                     "UTF-8", "quoted-printable"), \
        label("change", [P("Katja Zorn", a, "Bauverwaltung")], "Stadt Brotterode-Trusetal", "municipality",
              "Brotterode-Trusetal")


@case("hoersel-only-morning-iphone")
def _(slug):
    a = "a.schieck@gemeinde-hoersel.example"
    body = """Hallo,
ich bin für Dienstag angemeldet, kann aber nur bis zur Mittagspause bleiben, nachmittags habe ich Gemeinderat. Nur zur Info für Ihre Planung.
Gruß
Andrea Schieck
Gemeinde Hörsel"""
    return iphone(slug, addr("Andrea Schieck", a), "Transferveranstaltung – nur vormittags", "2025-05-16 17:52", body), \
        label("change", [P("Andrea Schieck", a, None)], "Gemeinde Hörsel", "municipality", "Hörsel",
              notes=["kann aber nur bis zur Mittagspause bleiben"])


@case("steinbach-hallenberg-swap-reply-confirmation")
def _(slug):
    a = "t.menz@steinbach-hallenberg.example"
    b = "c.stier@steinbach-hallenberg.example"
    code = code_for("steinbach-hallenberg-b15-conf")
    body = f"""Sehr geehrte Damen und Herren,

ich kann am 20. Mai leider nicht selbst kommen. Statt mir nimmt mein Kollege Christian Stier ({b}) teil. Bitte tragen Sie ihn an meiner Stelle ein.

{MFG}
Thomas Menz
Stadt Steinbach-Hallenberg
Bauamt

""" + conf_ol(a, code, "Sehr geehrter Herr Menz", ["Thomas Menz"], "Freitag, 2. Mai 2025 13:44")
    return ol(slug, addr("Menz, Thomas", a), "AW: " + conf_subject(code), "2025-05-14 10:39", body), \
        label("change", [P("Christian Stier", b, None), P("Thomas Menz", a, "Bauamt")], "Stadt Steinbach-Hallenberg",
              "municipality", "Steinbach-Hallenberg")


# ==================================================================================================
# questions
# ==================================================================================================


@case("bad-frankenhausen-still-possible-samsung")
def _(slug):
    a = "f.willing@bad-frankenhausen.example"
    body = ("Guten Tag, ist eine Anmeldung für die Transferveranstaltung am 20.5. noch möglich? Ich habe gesehen, dass "
            "die Frist schon vorbei ist. Falls ja, würden ein Kollege und ich gern kommen. Kurze Rückmeldung wäre nett.\n"
            "Frank Willing\nStadt Bad Frankenhausen, Bauamt")
    return droid(slug, addr("Frank Willing", a), "Anmeldung noch möglich?", "2025-05-13 07:44", body), \
        label("question", [], "Stadt Bad Frankenhausen/Kyffhäuser", "municipality", "Bad Frankenhausen/Kyffhäuser")


@case("greussen-question-parking")
def _(slug):
    a = "m.wurzbacher@greussen.example"
    body = f"""Sehr geehrte Damen und Herren,

wir sind zu dritt für den 20. Mai angemeldet und kommen mit zwei Autos. Gibt es am Veranstaltungsort ausreichend Parkplätze, oder sollten wir besser auf einen öffentlichen Parkplatz ausweichen?

{MFG}
Maik Wurzbacher
Landgemeinde Stadt Greußen
Bauverwaltung"""
    return ol_plain(slug, addr("Wurzbacher, Maik", a), "Frage Parkplätze Bad Lobenstein", "2025-05-14 08:22", body), \
        label("question", [], "Landgemeinde Stadt Greußen", "municipality", "Greußen")


@case("drei-gleichen-question-programme")
def _(slug):
    a = "a.lehmkuhl@drei-gleichen.example"
    body = f"""Sehr geehrte Damen und Herren,

ich bin für die Transferveranstaltung angemeldet. Gibt es inzwischen ein Programm mit den genauen Zeiten? Ich müsste wissen, wann die Veranstaltung endet, da ich am Nachmittag noch einen Termin habe.

{MFG}
Antje Lehmkuhl
Gemeinde Drei Gleichen
Bau- und Ordnungsamt"""
    return ol(slug, addr("Lehmkuhl, Antje", a), "Programm Transferveranstaltung?", "2025-05-15 10:05", body), \
        label("question", [], "Gemeinde Drei Gleichen", "municipality", "Drei Gleichen")


@case("planning-office-question-apple")
def _(slug):
    a = "nussbaum@nussbaum-stadtplanung.example"
    body = """Guten Tag,

dürfen auch Planungsbüros teilnehmen, die derzeit noch keinen ISEK-Auftrag in Thüringen haben? Wir bewerben uns gerade auf mehrere Ausschreibungen und würden uns gern über die Anforderungen informieren. Ist die Anmeldung nach Fristende überhaupt noch möglich?

Viele Grüße
Martin Nußbaum
Nußbaum Stadtplanung, Coburg"""
    return apple(slug, addr("Martin Nußbaum", a), "Teilnahme Planungsbüro?", "2025-05-12 18:31", body), \
        label("question", [], "Nußbaum Stadtplanung", "planning_office", None)


@case("unstrut-hainich-question-lunch-latin1")
def _(slug):
    a = "l.quietzsch@unstrut-hainich.example"
    body = """Guten Tag,

ich bin für den 20. Mai angemeldet und wollte fragen, ob es ein Mittagessen gibt und ob auch etwas Vegetarisches dabei ist. Sonst würde ich mir etwas mitnehmen.

Freundliche Grüße
Lydia Quietzsch
Gemeinde Unstrut-Hainich"""
    return roundcube(slug, addr("Lydia Quietzsch", a, "ISO-8859-1"), "Frage zur Verpflegung", "2025-05-15 14:48", body), \
        label("question", [], "Gemeinde Unstrut-Hainich", "municipality", "Unstrut-Hainich")


# ==================================================================================================
# other
# ==================================================================================================


@case("tanna-thanks-confirmation")
def _(slug):
    a = "u.saenger@tanna.example"
    code = code_for("tanna-b15-conf")
    body = f"""Vielen Dank für die Bestätigung, wir freuen uns auf den 20. Mai!

{MFG}
Ulrike Sänger
Stadt Tanna

""" + conf_ol(a, code, "Sehr geehrte Frau Sänger", ["Ulrike Sänger"], "Donnerstag, 8. Mai 2025 09:15")
    return ol(slug, addr("Sänger, Ulrike", a), "AW: " + conf_subject(code), "2025-05-08 09:41", body), \
        label("other", [], "Stadt Tanna", "municipality", "Tanna")


@case("schleusingen-thanks-reminder-iphone")
def _(slug):
    a = "r.ungelenk@schleusingen.example"
    code = code_for("schleusingen-b15-conf")
    head = f"Am 13.05.2025 um 08:00 schrieb {OUR_NAME} <{INBOX}>:"
    return iphone_reply(slug, addr("Rolf Ungelenk", a), "AW: " + remind_subject(code), "2025-05-13 12:17",
                        "Danke für die Erinnerung, steht im Kalender.", head,
                        reminder("Sehr geehrter Herr Ungelenk", code)), \
        label("other", [], None, None, "Schleusingen")


@case("newsletter-staedtebau-aktuell")
def _(slug):
    a = "info@staedtebau-aktuell.example"
    body = """Städtebau aktuell – Informationsdienst für Thüringer Kommunen
Ausgabe 5/2025

Liebe Leserinnen und Leser,

die Themen dieser Ausgabe:

- Programmjahr 2026: Antragsfristen in der Städtebauförderung
- Kommunale Wärmeplanung und ISEK – wie passt das zusammen?
- Rückblick: Werkstattgespräch „Leerstand im Ortskern“
- Termine im Mai und Juni

Zum Weiterlesen: https://staedtebau-aktuell.example/ausgabe-5-2025

Sie erhalten diesen Informationsdienst, weil Ihre Adresse in unserem Verteiler eingetragen ist.
Abmelden: https://staedtebau-aktuell.example/abmelden?id=8812"""
    h = envelope(slug, addr("Städtebau aktuell", a), "Städtebau aktuell 5/2025: Antragsfristen, Wärmeplanung, Termine",
                 "2025-05-15 06:30",
                 extra=("Precedence: bulk", "List-Id: Staedtebau aktuell <verteiler.staedtebau-aktuell.example>",
                        "List-Unsubscribe: <https://staedtebau-aktuell.example/abmelden?id=8812>",
                        "List-Unsubscribe-Post: List-Unsubscribe=One-Click"))
    return message(h, alt(slug, body, simple_html(body), prefix="nl_")), label("other", [], None, None, None)


@case("misdirected-verwendungsnachweis-wurzbach")
def _(slug):
    a = "kaemmerei@wurzbach.example"
    body = f"""Sehr geehrte Frau Seliger,

wie telefonisch besprochen erhalten Sie anbei die fehlenden Belege zum Verwendungsnachweis 2024 für die Maßnahme „Sanierung Marktplatz, 2. BA“.

Bitte bestätigen Sie uns kurz den Eingang.

{MFG}
i. A. Peggy Wagenführ
Kämmerei
Stadt Wurzbach"""
    h = envelope(slug, addr("Kämmerei Wurzbach", a), "Verwendungsnachweis 2024 – fehlende Belege", "2025-05-14 12:02",
                 extra=outlook_headers())
    b = "----=_NextPart_001_" + hashlib_hex(slug)[:20].upper()
    part = multi("mixed", [outlook_alt(slug, body),
                           attachment("application/pdf", "Belege_VN2024_Wurzbach.pdf",
                                      dummy_pdf("Belege Verwendungsnachweis 2024"))], b)
    return message(h, part), label("other", [], "Stadt Wurzbach", "municipality", "Wurzbach")


@case("phishing-invoice-link")
def _(slug):
    a = "buchhaltung@rechnungsportal-online.example"
    html_body = """<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Sehr geehrter Kunde,</p>
<p>zu Ihrem Auftrag <b>RE-2025-77413</b> ist noch ein Betrag von <b>1.284,60&nbsp;EUR</b> offen.</p>
<p>Die Rechnung und den Zahlungsbeleg finden Sie hier:</p>
<p><a href="http://rechnung-download.example/re-2025-77413.zip">Rechnung herunterladen (ZIP)</a></p>
<p>Erfolgt keine Zahlung innerhalb von 48 Stunden, übergeben wir den Vorgang an unser Inkassobüro.</p>
<p>Mit freundlichen Grüßen<br>Buchhaltung</p>
</body></html>
"""
    h = envelope(slug, addr("Buchhaltung", a), "Letzte Mahnung: offene Rechnung RE-2025-77413", "2025-05-11 03:48")
    return message(h, text(html_body, "utf-8", "quoted-printable", sub="html")), label("other", [], None, None, None)


# ==================================================================================================
# auto replies
# ==================================================================================================


@case("auto-exchange-confirmation-ooo")
def _(slug):
    a = "t.muench@saalfeld.example"
    code = code_for("saalfeld-b15-conf")
    body = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 19.05.2025 nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an stadtplanung@saalfeld.example.

Mit freundlichen Grüßen
Tilo Münch"""
    h = envelope(slug, addr("Münch, Tilo", a), "Automatische Antwort: " + conf_subject(code), "2025-05-09 10:03",
                 extra=outlook_headers(("Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All",
                                        f"X-MS-Exchange-Inbox-Rules-Loop: {a}")))
    return message(h, outlook_alt(slug, body)), label("auto_reply", [], None, None, None)


@case("auto-notes-abwesenheit-reminder")
def _(slug):
    a = "w.schoenfeld@lra-ilm-kreis.example"
    code = code_for("ilmkreis-b15-conf")
    body = """Abwesenheitsnotiz

Ich bin vom 12.05.2025 bis 23.05.2025 nicht im Büro.

Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an das Sekretariat des Fachbereichs Bau, Tel. 03628 738-400."""
    h = envelope(slug, addr("Wolfgang Schönfeld", a, "ISO-8859-1"), "Abwesenheitsnotiz: " + remind_subject(code),
                 "2025-05-13 08:01", extra=("X-Mailer: HCL Notes Release 12.0.2 FP2 March 15, 2023",),
                 subject_enc=("ISO-8859-1", "Q"))
    return message(h, text(body, "ISO-8859-1", "quoted-printable")), label("auto_reply", [], None, None, None)


@case("auto-ticket-system-waitlist")
def _(slug):
    a = "noreply@servicedesk.kreis-nordhausen.example"
    code = code_for("nordhausen-b15-wait")
    body = f"""Sehr geehrte Damen und Herren,

Ihre Nachricht ist bei uns eingegangen und wurde unter der Ticketnummer 2025051310000417 erfasst.

Betreff: {wait_subject(code)}

Wir bearbeiten Ihr Anliegen so schnell wie möglich. Bitte antworten Sie nicht auf diese automatisch erzeugte E-Mail; geben Sie bei Rückfragen die Ticketnummer an.

Ihr Servicedesk
Landratsamt Nordhausen"""
    h = envelope(slug, addr("Servicedesk Landratsamt", a), f"[Ticket#2025051310000417] Eingang: {wait_subject(code)}",
                 "2025-05-09 18:23", extra=("Auto-Submitted: auto-generated", "Precedence: bulk",
                                            "X-Loop: servicedesk.kreis-nordhausen.example"))
    return message(h, text(body, "utf-8", "quoted-printable")), label("auto_reply", [], None, None, None)


@case("auto-sieve-left-office-missing-details")
def _(slug):
    a = "m.schmalz@vg-oberes-sprottental.example"
    body = """Diese E-Mail-Adresse wird nicht mehr betreut.

Ich bin seit dem 1. Mai 2025 nicht mehr bei der Verwaltungsgemeinschaft tätig. Bitte wenden Sie sich künftig an bauamt@vg-oberes-sprottental.example.

Ihre Nachricht wurde nicht weitergeleitet."""
    h = envelope(slug, addr(None, a), "Re: " + MISSING_SUBJECT, "2025-05-07 15:31",
                 extra=("X-Autoreply: yes", "Auto-Submitted: auto-replied (vacation)",
                        "User-Agent: Roundcube Webmail/1.6.6"))
    return message(h, text(body, "UTF-8", "quoted-printable")), label("auto_reply", [], None, None, None)


# ==================================================================================================
# bounces
# ==================================================================================================


@case("bounce-postfix-user-unknown-reminder")
def _(slug):
    rcpt = "j.oswald@ruhla.example"
    code = code_for("ruhla-b15-conf")
    original = our_mail(slug, rcpt, remind_subject(code), "2025-05-13 08:00",
                        reminder("Sehr geehrter Herr Oswald", code))
    human = f"""This is the mail system at host mx01.transferveranstaltung.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

                   The mail system

<{rcpt}>: host mx.ruhla.example[192.0.2.77] said: 550 5.1.1
    <{rcpt}>: Recipient address rejected: User unknown in local recipient
    table (in reply to RCPT TO command)"""
    dsn = f"""Reporting-MTA: dns; mx01.transferveranstaltung.example
X-Postfix-Queue-ID: 4Zx8Kq1mT2z9sWd
Arrival-Date: {rfcdate('2025-05-13 08:00')}

Final-Recipient: rfc822; {rcpt}
Original-Recipient: rfc822;{rcpt}
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.ruhla.example
Diagnostic-Code: smtp; 550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown in local recipient table
"""
    part = report(slug, (["Content-Description: Notification", "Content-Type: text/plain; charset=us-ascii"],
                         human.encode() + b"\n"), dsn, rfc822_headers(original))
    h = ["Return-Path: <>", f"From: {addr('Mail Delivery System', 'MAILER-DAEMON@mx01.transferveranstaltung.example')}",
         f"To: {INBOX}", "Subject: Undelivered Mail Returned to Sender", f"Date: {rfcdate('2025-05-13 08:01')}",
         f"Message-ID: {msgid(slug, 'mx01.transferveranstaltung.example')}", "Auto-Submitted: auto-replied"]
    return message(h, part), label("bounce", [], None, None, None, language="en", bounce_recipient=rcpt)


@case("bounce-exchange-german-cancel-confirmation")
def _(slug):
    rcpt = "b.vogel@stadt-schmoelln.example"
    code = code_for("schmoelln-b15-cancel")
    original = our_mail(slug, rcpt, cancel_subject(code), "2025-05-12 10:40",
                        cancelled_body("Sehr geehrter Herr Vogel", code))
    human = f"""Ihre Nachricht hat folgende Empfänger nicht erreicht:

{rcpt} am 12.05.2025 10:40
Die E-Mail-Adresse, die Sie eingegeben haben, wurde nicht gefunden. Überprüfen Sie die E-Mail-Adresse des Empfängers, und versuchen Sie, die Nachricht erneut zu senden.

Diagnoseinformationen für Administratoren:
Generierender Server: MAIL01.stadt-schmoelln.example
{rcpt}
Remoteserver hat '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup' zurückgegeben."""
    dsn = f"""Reporting-MTA: dns;MAIL01.stadt-schmoelln.example
Received-From-MTA: dns;mx01.transferveranstaltung.example
Arrival-Date: {rfcdate('2025-05-12 10:40')}

Final-Recipient: rfc822;{rcpt}
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
"""
    part = report(slug, (["Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: quoted-printable"],
                         encode_body(human, "utf-8", "quoted-printable")), dsn, rfc822(original))
    h = [f"From: {addr('Microsoft Outlook', 'postmaster@stadt-schmoelln.example')}", f"To: {INBOX}",
         f"Subject: {hval('Unzustellbar: ' + cancel_subject(code))}", f"Date: {rfcdate('2025-05-12 10:41')}",
         f"Message-ID: {msgid(slug, 'stadt-schmoelln.example')}", "Auto-Submitted: auto-replied",
         "Content-Language: de-DE"]
    return message(h, part), label("bounce", [], None, None, None, bounce_recipient=rcpt)


@case("bounce-postfix-delayed-confirmation")
def _(slug):
    rcpt = "poststelle@gemeinde-tissa.example"
    code = code_for("tissa-b15-conf")
    original = our_mail(slug, rcpt, conf_subject(code), "2025-05-09 14:02",
                        confirmation("Sehr geehrte Damen und Herren", ["Ralf Tissauer"], code))
    human = f"""This is the mail system at host mx01.transferveranstaltung.example.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

For further assistance, please send mail to postmaster.

                   The mail system

<{rcpt}>: connect to mail.gemeinde-tissa.example[192.0.2.130]:25:
    Connection timed out"""
    dsn = f"""Reporting-MTA: dns; mx01.transferveranstaltung.example
X-Postfix-Queue-ID: 4ZvR2m0Pq4z3fLk
Arrival-Date: {rfcdate('2025-05-09 14:02')}

Final-Recipient: rfc822; {rcpt}
Original-Recipient: rfc822;{rcpt}
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mail.gemeinde-tissa.example[192.0.2.130]:25: Connection timed out
Will-Retry-Until: {rfcdate('2025-05-14 14:02')}
"""
    part = report(slug, (["Content-Description: Notification", "Content-Type: text/plain; charset=us-ascii"],
                         human.encode() + b"\n"), dsn, rfc822_headers(original))
    h = ["Return-Path: <>", f"From: {addr('Mail Delivery System', 'MAILER-DAEMON@mx01.transferveranstaltung.example')}",
         f"To: {INBOX}", "Subject: Delayed Mail (still being retried)", f"Date: {rfcdate('2025-05-09 18:05')}",
         f"Message-ID: {msgid(slug, 'mx01.transferveranstaltung.example')}", "Auto-Submitted: auto-replied"]
    return message(h, part), label("bounce", [], None, None, None, language="en", bounce_recipient=rcpt)


# ==================================================================================================
# validation beyond corpus_kit.validate
# ==================================================================================================

EARLIER = ("corpus", "corpus_holdout", "corpus_blind", "corpus_blind2", "corpus_blind3", "corpus_blind4",
           "corpus_blind5", "corpus_blind6", "corpus_blind7", "corpus_blind8", "corpus_blind9", "corpus_blind10",
           "corpus_blind11", "corpus_blind12", "corpus_blind13")
REQUIRED = ("intent", "language", "attendees", "organisation", "organisation_type", "municipality")
OTYPES = {"municipality", "planning_office", "authority", "other", None}


def initial(surname: str) -> str:
    """First letter of a surname, Ä/Ö/Ü folded to A/O/U."""
    return unicodedata.normalize("NFD", surname)[0].upper()


def extra_problems() -> list[str]:
    problems: list[str] = []
    for js in sorted(HERE.glob("[0-9][0-9][0-9]-*.json")):
        name = js.name
        data = json.loads(js.read_text(encoding="utf-8"))
        for key in REQUIRED:
            if key not in data:
                problems.append(f"{name}: no field {key}")
        if data.get("intent") not in INTENTS:
            problems.append(f"{name}: bad intent {data.get('intent')!r}")
        if data.get("organisation_type") not in OTYPES:
            problems.append(f"{name}: bad organisation_type {data.get('organisation_type')!r}")
        if not isinstance(data.get("attendees"), list):
            problems.append(f"{name}: attendees is not a list")
            continue
        for person in data["attendees"]:
            for key in ("name", "email", "role"):
                if key not in person:
                    problems.append(f"{name}: attendee without {key}")
            if person.get("email") is not None and not re.fullmatch(r"[^@\s]+@[^@\s]+\.example", person["email"]):
                problems.append(f"{name}: address {person['email']!r} is not an .example address")
            surname = person["name"].split()[-1]
            if not "L" <= initial(surname) <= "Z":
                problems.append(f"{name}: surname {surname!r} does not start with L–Z")
        m = data.get("municipality")
        if m is not None:
            if set(m) != {"name", "ags", "district"}:
                problems.append(f"{name}: municipality fields {sorted(m)}")
            elif not any(r["ags"] == m["ags"] and r["district"] == m["district"] for r in GAZ.get(m["name"], [])):
                problems.append(f"{name}: municipality {m} not in gazetteer")
        if data.get("intent") == "bounce" and not data.get("bounce_recipient"):
            problems.append(f"{name}: bounce without bounce_recipient")
        eml = js.with_suffix(".eml")
        msg = message_from_bytes(eml.read_bytes(), policy=policy.default)
        for part in msg.walk():  # every text part must decode in its declared charset
            if part.get_content_maintype() == "text":
                payload = part.get_payload(decode=True) or b""
                try:
                    payload.decode(part.get_content_charset() or "ascii")
                except (LookupError, UnicodeDecodeError) as exc:
                    problems.append(f"{name}: text part does not decode: {exc}")
    return problems


def rebuild_differs() -> list[str]:
    """Files whose bytes a fresh build would change (the --check half of 'byte-identical rebuild')."""
    order = list(CASES)
    random.Random(SEED).shuffle(order)
    wanted: dict[str, bytes] = {}
    for number, (slug, make) in enumerate(order, 1):
        raw, expected = make(slug)
        stem = f"{number:03d}-{slug}"
        wanted[f"{stem}.eml"] = raw
        wanted[f"{stem}.json"] = (json.dumps(expected, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    on_disk = {p.name for p in HERE.glob("[0-9][0-9][0-9]-*.*")}
    diffs = sorted(on_disk ^ set(wanted))
    diffs += sorted(n for n in wanted if n in on_disk and (HERE / n).read_bytes() != wanted[n])
    return diffs


if __name__ == "__main__":
    main(HERE, CASES, seed=SEED, earlier=tuple(e for e in EARLIER if (HERE.parent / e).is_dir()),
         unique_within=True, repeats_allowed=True)
    extra = extra_problems()
    for p in extra:
        print("PROBLEM:", p)
    if extra:
        raise SystemExit(1)
    print("required fields, L–Z surnames, charsets: ok")
    if "--check" in sys.argv[1:]:
        differing = rebuild_differs()
        for name in differing:
            print("PROBLEM: a rebuild would change", name)
        if differing:
            raise SystemExit(1)
        print("rebuild is byte-identical")
