"""Rebuild and validate the eighteenth blind corpus (tests/corpus_blind18/).

Written from the invitation, INTERFACE.md, the labelling conventions of tests/corpus/README.md,
tests/corpus_blind8/README.md and tests/corpus_blind11/README.md, tests/corpus_kit.py and the generators of
blind8/blind11 only, without reading or running the parser, by an eighteenth writer. Each case is one mail as the
registration inbox receives it over the whole registration period (22 April - 19 May 2025), built by the
byte-exact MIME writer of tests/corpus_kit.py, with what a careful event secretary records from that mail alone.

Every attendee surname starts with A-K (a parallel writer uses L-Z for tests/corpus_blind19/).

    .venv/bin/python tests/corpus_blind18/make_blind18.py          # rewrite all files, then validate
    .venv/bin/python tests/corpus_blind18/make_blind18.py --check  # validate the files as they are, and check
                                                                   # that a rebuild would be byte-identical
"""

from __future__ import annotations

import hashlib
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from corpus_kit import (  # noqa: E402
    INBOX,
    INVITATION,
    INVITE_FROM,
    INVITE_SUBJECT,
    OUR_NAME,
    Cases,
    Part,
    P,
    addr,
    alt,
    apple,
    apple_html,
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
SEED = 20250418

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


def rem_subject(code: str) -> str:
    return f"Erinnerung: {EVENT} ({code})"


MISSING_SUBJECT = f"Fehlende Angaben zu Ihrer Anmeldung: {EVENT}"


def missing_body(salutation: str) -> str:
    return (f"{salutation},\n\nvielen Dank für Ihre Nachricht zur {EVENT} in Bad Lobenstein.\n\n"
            "Damit wir Ihre Anmeldung erfassen können, fehlen uns noch folgende Angaben:\n"
            "- Vor- und Nachname jeder teilnehmenden Person\n"
            "- Ihre Kommune bzw. Organisation\n\n"
            "Bitte antworten Sie einfach auf diese E-Mail.\n\n"
            "Mit freundlichen Grüßen\nIhr Organisationsteam der Transferveranstaltung")


def conf_ol(to: str, code: str, salutation: str, persons: list[str], when_de: str) -> str:
    return outlook_quote(when_de, to, conf_subject(code), confirmation(salutation, persons, code))


def conf_tb(code: str, salutation: str, persons: list[str], when_de: str) -> str:
    return thunderbird_quote(when_de, f"{OUR_NAME} <{INBOX}>", confirmation(salutation, persons, code))


def new_outlook_quote(frm: str, when_de: str, to: str, subject: str, body: str) -> str:
    """The newer Outlook reply header: a rule, then Von/Gesendet/An/Betreff."""
    return ("________________________________\n"
            f"Von: {frm}\nGesendet: {when_de}\nAn: {to}\nBetreff: {subject}\n\n{body}")


INV_QUOTE_OLD = ("-----Ursprüngliche Nachricht-----\nVon: " + INVITE_FROM + "\nGesendet: Dienstag, 22. April 2025 07:30\n"
                 "An: Verteiler Kommunen\nBetreff: " + INVITE_SUBJECT + "\n\n" + INVITATION)
INV_QUOTE_NEW = new_outlook_quote(INVITE_FROM, "Dienstag, 22. April 2025 07:30", "Verteiler Kommunen",
                                  INVITE_SUBJECT, INVITATION)


def iphone_reply(slug: str, frm: str, subject: str, when: str, body: str, quoted_head: str,
                 quoted_body: str) -> bytes:
    h = envelope(slug, frm, subject, when, extra=("X-Mailer: iPhone Mail (22E252)",))
    full = f"{body}\n\nVon meinem iPhone gesendet\n\n> {quoted_head}\n> \n" + quote(quoted_body)
    return message(h, text(full, "utf-8", "quoted-printable"))


def notes(slug: str, frm: str, subject: str, when: str, body: str, extra: tuple[str, ...] = ()) -> bytes:
    """HCL Notes: alternative, ISO-8859-1 quoted-printable plain + a <font> HTML part."""
    h = envelope(slug, frm, subject, when, subject_enc=("ISO-8859-1", "Q"),
                 extra=("X-Mailer: HCL Notes Release 12.0.2 November 03, 2022",
                        "X-MIMETrack: Serialize by Router on NOTES01/Verwaltung(Release 12.0.2|November 03, 2022)",
                        *extra))
    html_body = ('<font size=2 face="sans-serif">' + "<br>\n".join(esc(l) for l in body.split("\n"))
                 + "</font>\n")
    b = "=_alternative " + hashlib.md5(slug.encode()).hexdigest()[:16].upper() + "_="
    return message(h, multi("alternative", [text(body, "ISO-8859-1", "quoted-printable"),
                                            text(html_body, "ISO-8859-1", "quoted-printable", sub="html")], b))


def outlook_crlf(slug: str, frm: str, subject: str, when: str, body: str) -> bytes:
    h = envelope(slug, frm, subject, when, extra=outlook_headers())
    return message(h, outlook_alt(slug, body), crlf=True)


def vcard(name: str, given: str, family: str, org: str, tel: str, mail: str) -> bytes:
    return (f"BEGIN:VCARD\r\nVERSION:3.0\r\nN:{family};{given};;;\r\nFN:{name}\r\nORG:{org}\r\n"
            f"TEL;TYPE=WORK,VOICE:{tel}\r\nEMAIL;TYPE=INTERNET:{mail}\r\nEND:VCARD\r\n").encode("utf-8")


# ==================================================================================================
# registrations
# ==================================================================================================


@case("gotha-outlook-one")
def _(slug):
    a = "susanne.arlt@gotha.example"
    body = f"""Sehr geehrte Damen und Herren,

hiermit melde ich mich zur 9. Transferveranstaltung „Zusammen denken – gemeinsam handeln“ am 20. Mai 2025 an.

{MFG}
i. A.

""" + sig("Susanne Arlt", "Fachdienst Stadtentwicklung und Stadtsanierung", "Stadtverwaltung Gotha",
          "Ekhofplatz 24", "99867 Gotha", "03621 222-417", a)
    return ol(slug, addr("Arlt, Susanne", a), "Anmeldung Transferveranstaltung 20.05.2025", "2025-04-23 09:12", body), \
        label("registration", [P("Susanne Arlt", a, "Fachdienst Stadtentwicklung und Stadtsanierung")],
              "Stadtverwaltung Gotha", "municipality", "Gotha")


@case("muehlhausen-two-sentence")
def _(slug):
    a = "t.ahlig@muehlhausen.example"
    body = f"""Guten Tag,

für die Stadt Mühlhausen melde ich mich und meine Kollegin Frau Katja Blaufuß (k.blaufuss@muehlhausen.example) zur Transferveranstaltung am 20.05. in Bad Lobenstein an. Wir sind gerade mitten in der ISEK-Fortschreibung und freuen uns auf den Austausch.

{MFG}

Thomas Ahlig
Sachgebietsleiter Stadtplanung
Stadtverwaltung Mühlhausen/Thüringen
Ratsstraße 19
99974 Mühlhausen
Tel. 03601 452-310"""
    return ol(slug, addr("Ahlig, Thomas", a), "Anmeldung ISEK-Transferveranstaltung", "2025-04-23 10:47", body), \
        label("registration", [P("Thomas Ahlig", a, "Sachgebietsleiter Stadtplanung"),
                               P("Katja Blaufuß", "k.blaufuss@muehlhausen.example", None)],
              "Stadtverwaltung Mühlhausen/Thüringen", "municipality", "Mühlhausen/Thüringen")


@case("saalfeld-thunderbird")
def _(slug):
    a = "markus.buhl@saalfeld.example"
    body = """Sehr geehrte Damen und Herren,

vielen Dank für die Einladung. Ich nehme gern an der Transferveranstaltung am 20. Mai teil und melde mich hiermit an.

Mit freundlichen Grüßen
Markus Buhl

-- 
Markus Buhl
Stadtverwaltung Saalfeld/Saale
Fachdienst Stadtplanung und Bauordnung
Markt 1, 07318 Saalfeld/Saale
Telefon: 03671 598-362"""
    return tb(slug, addr("Markus Buhl", a), "Anmeldung 9. Transferveranstaltung", "2025-04-24 14:05", body), \
        label("registration", [P("Markus Buhl", a, None)], "Stadtverwaltung Saalfeld/Saale", "municipality",
              "Saalfeld/Saale")


@case("rudolstadt-html-table-three")
def _(slug):
    a = "bauverwaltung@rudolstadt.example"
    before = ("Sehr geehrte Damen und Herren,\n\nzur Transferveranstaltung am 20. Mai 2025 in Bad Lobenstein melden "
              "wir folgende Personen der Stadt Rudolstadt an:\n")
    rows = [["Name", "Funktion", "E-Mail"],
            ["Annett Dannhauer", "Fachbereichsleiterin Bauen", "a.dannhauer@rudolstadt.example"],
            ["Ralf Döll", "Stadtplaner", "r.doell@rudolstadt.example"],
            ["Christin Emde", "Städtebauförderung", "c.emde@rudolstadt.example"]]
    after = f"\n{MFG}\ni. A. Marlen Oswald\nSekretariat Fachbereich Bauen\nStadtverwaltung Rudolstadt\nMarkt 7, 07407 Rudolstadt"
    plain = before + "\n".join("\t".join(r) for r in rows) + "\n" + after
    return ol(slug, addr("Bauverwaltung Rudolstadt", a), "Anmeldung Stadt Rudolstadt (3 Personen)", "2025-04-25 08:33",
              plain, html_only=True, inner=table_html(rows, before, after)), \
        label("registration", [P("Annett Dannhauer", "a.dannhauer@rudolstadt.example", "Fachbereichsleiterin Bauen"),
                               P("Ralf Döll", "r.doell@rudolstadt.example", "Stadtplaner"),
                               P("Christin Emde", "c.emde@rudolstadt.example", "Städtebauförderung")],
              "Stadtverwaltung Rudolstadt", "municipality", "Rudolstadt")


@case("sondershausen-secretary-mayor")
def _(slug):
    a = "buergermeisterbuero@sondershausen.example"
    body = f"""Sehr geehrte Damen und Herren,

im Auftrag von Herrn Bürgermeister Steffen Engler melde ich ihn zur Transferveranstaltung am 20. Mai 2025 in Bad Lobenstein an.

Bitte senden Sie die Bestätigung an diese Adresse, ich leite sie weiter.

{MFG}
i. A. Marlies Wohlfarth
Sekretariat des Bürgermeisters
Stadtverwaltung Sondershausen
Markt 7
99706 Sondershausen
Tel.: 03632 622-101"""
    return ol_plain(slug, addr("Bürgermeisterbüro Sondershausen", a), "Anmeldung Bürgermeister Engler",
                    "2025-04-24 11:20", body), \
        label("registration", [P("Steffen Engler", None, "Bürgermeister")], "Stadtverwaltung Sondershausen",
              "municipality", "Sondershausen")


@case("bad-salzungen-iphone-invitation")
def _(slug):
    a = "d.faerber@badsalzungen.example"
    body = "Hallo, ich melde mich hiermit an.\nGruß Dirk Färber\nStadt Bad Salzungen, Bauamt"
    return iphone_reply(slug, addr("Färber, Dirk", a), "AW: " + INVITE_SUBJECT, "2025-04-22 18:41", body,
                        "Am 22.04.2025 um 07:30 schrieb Referat Städtebau und Städtebauförderung "
                        "<isek-transfer@transferveranstaltung.example>:", INVITATION), \
        label("registration", [P("Dirk Färber", a, None)], "Stadt Bad Salzungen", "municipality", "Bad Salzungen")


@case("ilmenau-android-short")
def _(slug):
    a = "nicole.fleck@ilmenau.example"
    body = """Guten Abend,
hiermit melde ich mich für die Transferveranstaltung am 20.5. an.
Nicole Fleck
Stadtverwaltung Ilmenau, Stadtplanung"""
    return droid(slug, addr("Nicole Fleck", a), "Anmeldung", "2025-04-28 19:52", body), \
        label("registration", [P("Nicole Fleck", a, None)], "Stadtverwaltung Ilmenau", "municipality", "Ilmenau")


@case("zella-mehlis-apple")
def _(slug):
    a = "ulrich.froehlich@zella-mehlis.example"
    body = """Sehr geehrte Damen und Herren,

ich möchte mich gern für die Transferveranstaltung zum Thema ISEK am 20. Mai anmelden.

Viele Grüße

Ulrich Fröhlich
Stadtplaner
Stadt Zella-Mehlis
Rathausstraße 4
98544 Zella-Mehlis"""
    return apple(slug, addr("Ulrich Fröhlich", a), "Anmeldung Transferveranstaltung", "2025-04-26 16:08", body), \
        label("registration", [P("Ulrich Fröhlich", a, "Stadtplaner")], "Stadt Zella-Mehlis", "municipality",
              "Zella-Mehlis")


@case("heiligenstadt-ox-form")
def _(slug):
    a = "stadtbauamt@heiligenstadt.example"
    body = """Anmeldung 9. Transferveranstaltung, 20.05.2025, Bad Lobenstein

Name: Geipel
Vorname: Martina
Kommune: Stadt Heilbad Heiligenstadt
Funktion: Sachbearbeiterin Städtebauförderung
E-Mail: m.geipel@heiligenstadt.example
Telefon: 03606 677-254

Mit freundlichen Grüßen
im Auftrag
M. Geipel"""
    return ox(slug, addr("Stadtbauamt Heiligenstadt", a), "Anmeldung Transferveranstaltung Heiligenstadt",
              "2025-04-29 09:15", body), \
        label("registration", [P("Martina Geipel", "m.geipel@heiligenstadt.example", "Sachbearbeiterin Städtebauförderung")],
              "Stadt Heilbad Heiligenstadt", "municipality", "Heilbad Heiligenstadt")


@case("schmoelln-roundcube-latin1")
def _(slug):
    a = "f.glaeser@schmoelln.example"
    body = """Sehr geehrte Damen und Herren,

ich melde mich für die Veranstaltung am 20. Mai 2025 in Bad Lobenstein an. Unser ISEK ist von 2014 und soll im nächsten Jahr fortgeschrieben werden.

Mit freundlichen Grüßen

Frank Gläser
Bauamt
Stadt Schmölln
Markt 1, 04626 Schmölln"""
    return roundcube(slug, addr("Frank Gläser", a, "ISO-8859-1"), "Anmeldung Transferveranstaltung",
                     "2025-04-30 10:02", body), \
        label("registration", [P("Frank Gläser", a, "Bauamt")], "Stadt Schmölln", "municipality", "Schmölln")


@case("eisfeld-notes")
def _(slug):
    a = "Petra.Gliemann@eisfeld.example"
    body = """Sehr geehrte Damen und Herren,

hiermit melde ich mich verbindlich zur 9. Transferveranstaltung am 20.05.2025 an.

Mit freundlichen Grüßen

Petra Gliemann
Stadtverwaltung Eisfeld
Bauverwaltung / Städtebau
Markt 2
98673 Eisfeld
Telefon: 03686 3839-22
E-Mail: Petra.Gliemann@eisfeld.example"""
    return notes(slug, addr("Petra Gliemann", a, "ISO-8859-1"), "Anmeldung Transferveranstaltung", "2025-04-25 13:44", body), \
        label("registration", [P("Petra Gliemann", a, "Bauverwaltung / Städtebau")], "Stadtverwaltung Eisfeld",
              "municipality", "Eisfeld")


@case("weimar-dashed-list-titles")
def _(slug):
    a = "stadtentwicklung@weimar.example"
    body = f"""Sehr geehrte Damen und Herren,

für die Stadt Weimar nehmen an der Transferveranstaltung am 20. Mai 2025 teil:

- Herr Dr. Henrik Heckel, Amtsleiter Stadtentwicklung (h.heckel@weimar.example)
- Frau Dipl.-Ing. Sabine Hirschfeld, Abteilung Stadterneuerung (s.hirschfeld@weimar.example)

{MFG}
im Auftrag
Jacqueline Oertel
Stadtverwaltung Weimar
Amt für Stadtentwicklung
Schwanseestraße 17, 99423 Weimar"""
    return ol(slug, addr("Stadtentwicklung Weimar", a), "Anmeldung Transferveranstaltung - Stadt Weimar",
              "2025-04-28 12:30", body), \
        label("registration", [P("Henrik Heckel", "h.heckel@weimar.example", "Amtsleiter Stadtentwicklung", "Dr."),
                               P("Sabine Hirschfeld", "s.hirschfeld@weimar.example", "Abteilung Stadterneuerung",
                                 "Dipl.-Ing.")],
              "Stadtverwaltung Weimar", "municipality", "Weimar")


@case("planning-office-client-schleiz")
def _(slug):
    a = "t.hoesselbarth@planwerk-saale.example"
    body = f"""Sehr geehrte Damen und Herren,

unser Büro bearbeitet derzeit die Fortschreibung des ISEK für die Stadt Schleiz. Für die Transferveranstaltung am 20. Mai melden wir an:

Tobias Hößelbarth (t.hoesselbarth@planwerk-saale.example)
Lisa Jäger (l.jaeger@planwerk-saale.example)

{MFG}

Tobias Hößelbarth
Dipl.-Ing. Stadtplanung
PLANWERK Saale GmbH
Löbdergraben 11
07743 Jena
Tel. 03641 55 87 20"""
    return ol(slug, addr("Tobias Hößelbarth", a), "Anmeldung Transferveranstaltung ISEK", "2025-04-29 15:21", body), \
        label("registration", [P("Tobias Hößelbarth", a, None), P("Lisa Jäger", "l.jaeger@planwerk-saale.example", None)],
              "PLANWERK Saale GmbH", "planning_office", "Schleiz")


@case("planning-office-no-client")
def _(slug):
    a = "junker@stadtraum-erfurt.example"
    body = """Guten Tag,

als Planungsbüro begleiten wir mehrere Thüringer Kommunen bei ISEK-Fortschreibungen und würden gern an der Transferveranstaltung teilnehmen. Ich melde mich hiermit an.

Mit freundlichen Grüßen

-- 
Andreas Junker
Stadtraum Junker & Partner
Architekten und Stadtplaner PartGmbB
Johannesstraße 42, 99084 Erfurt
Tel. 0361 6 01 55 30"""
    return tb(slug, addr("Andreas Junker", a), "Anmeldung Transferveranstaltung", "2025-05-02 08:50", body), \
        label("registration", [P("Andreas Junker", a, None)], "Stadtraum Junker & Partner", "planning_office", None)


@case("vg-feldstein-for-themar")
def _(slug):
    a = "k.keil@vg-feldstein.example"
    body = f"""Sehr geehrte Damen und Herren,

für die Stadt Themar melde ich mich zur Transferveranstaltung am 20. Mai 2025 an. Die Stadt beginnt in diesem Jahr mit der Fortschreibung ihres ISEK.

{MFG}

""" + sig("Kerstin Keil", "Bauamt", "Verwaltungsgemeinschaft Feldstein", "Markt 1", "98660 Themar",
          "036873 610-31", a)
    return ol(slug, addr("Keil, Kerstin", a), "Anmeldung Transferveranstaltung", "2025-04-30 11:05", body), \
        label("registration", [P("Kerstin Keil", a, "Bauamt")], "Verwaltungsgemeinschaft Feldstein", "municipality",
              "Themar")


@case("vg-without-member")
def _(slug):
    a = "bauamt@vg-westerwald-obereichsfeld.example"
    body = f"""Sehr geehrte Damen und Herren,

aus unserer Verwaltungsgemeinschaft möchte Herr Bernd Kempe (Bauamt) an der Veranstaltung am 20.05.2025 teilnehmen.

{MFG}
Bernd Kempe
Bauamt
Verwaltungsgemeinschaft Westerwald-Obereichsfeld
Küllstedt"""
    return ol(slug, addr("Bauamt VG Westerwald-Obereichsfeld", a), "Teilnahme Transferveranstaltung",
              "2025-05-05 09:40", body), \
        label("registration", [P("Bernd Kempe", a, "Bauamt")], "Verwaltungsgemeinschaft Westerwald-Obereichsfeld",
              "municipality", None)


@case("landratsamt-saale-orla")
def _(slug):
    a = "ines.kochhan@lra-sok.example"
    body = f"""Sehr geehrte Damen und Herren,

seitens des Landratsamtes (Kreisentwicklung) möchte ich gern an der Transferveranstaltung am 20. Mai teilnehmen. Da die Veranstaltung in unserem Landkreis stattfindet, komme ich gern.

{MFG}
Dr. Ines Kochhan
Sachgebietsleiterin Kreisentwicklung und Regionalplanung
Landratsamt Saale-Orla-Kreis
Oschitzer Straße 4
07907 Schleiz"""
    return ol(slug, addr("Kochhan, Ines Dr.", a), "Anmeldung Transferveranstaltung", "2025-04-24 10:18", body), \
        label("registration", [P("Ines Kochhan", a, "Sachgebietsleiterin Kreisentwicklung und Regionalplanung", "Dr.")],
              "Landratsamt Saale-Orla-Kreis", "authority", None)


@case("rastenberg-domain-only")
def _(slug):
    a = "r.kreutzer@stadt-rastenberg.example"
    body = """Guten Morgen,

ich melde mich zur Transferveranstaltung am 20. Mai an.

Gruß
R. Kreutzer"""
    return ol_plain(slug, addr("Kreutzer, Rainer", a), "Anmeldung", "2025-05-06 07:58", body), \
        label("registration", [P("Rainer Kreutzer", a, None)], "Stadt Rastenberg", "municipality", "Rastenberg")


@case("bad-frankenhausen-signature-only")
def _(slug):
    a = "h.kurzhals@bad-frankenhausen.example"
    body = f"""Hallo,

gern nehme ich an Ihrer Veranstaltung teil.

{MFG}

""" + sig("Heike Kurzhals", "Sachgebiet Bauverwaltung", "Stadt Bad Frankenhausen", "Markt 1",
          "06567 Bad Frankenhausen", "034671 620-45", a)
    return ol(slug, addr("Kurzhals, Heike", a), "AW: Einladung Transferveranstaltung", "2025-04-23 13:37", body), \
        label("registration", [P("Heike Kurzhals", a, "Sachgebiet Bauverwaltung")], "Stadt Bad Frankenhausen",
              "municipality", "Bad Frankenhausen/Kyffhäuser")


@case("poessneck-ascii-no-umlauts")
def _(slug):
    a = "j.anacker@poessneck.example"
    body = """Sehr geehrte Damen und Herren,

hiermit melde ich mich fuer die Transferveranstaltung am 20.05.2025 in Bad Lobenstein an.

Mit freundlichen Gruessen
Juergen Anacker
Stadtverwaltung Poessneck
Fachbereich Bau- und Stadtentwicklung"""
    h = envelope(slug, addr("Juergen Anacker", a), "Anmeldung Transferveranstaltung", "2025-05-07 14:26")
    return message(h, text(body, "us-ascii", "7bit")), \
        label("registration", [P("Juergen Anacker", a, None)], "Stadtverwaltung Pößneck", "municipality", "Pößneck")


@case("meiningen-typos")
def _(slug):
    a = "c.bergmann@meiningen.example"
    body = """Sehr geehrte Damen und Herrn,

hiermit melde ich mich zur Tranferveranstaltung am 20.Mai an.

Mit freundlcihen Grüßen
Carsten Bergmann
Stadverwaltung Meinigen
Fachbereich Stadtentwicklung"""
    return ol(slug, addr("Bergmann, Carsten", a), "Anmedlung 20.05.", "2025-04-25 16:51", body), \
        label("registration", [P("Carsten Bergmann", a, None)], "Stadtverwaltung Meiningen", "municipality", "Meiningen")


@case("arnstadt-quotes-invitation")
def _(slug):
    a = "stefanie.brauer@arnstadt.example"
    body = f"""Sehr geehrte Damen und Herren,

vielen Dank für die Einladung, ich melde mich gern an.

{MFG}
Stefanie Brauer
Stadtverwaltung Arnstadt
Stadtplanungsamt
Tel. 03628 745-612

""" + INV_QUOTE_OLD
    return ol(slug, addr("Brauer, Stefanie", a), "AW: " + INVITE_SUBJECT, "2025-04-22 09:03", body), \
        label("registration", [P("Stefanie Brauer", a, None)], "Stadtverwaltung Arnstadt", "municipality", "Arnstadt")


@case("leinefelde-worbis-internal-forward")
def _(slug):
    a = "s.boehm@leinefelde-worbis.example"
    inner = new_outlook_quote("Tasch, Gerold <buergermeister@leinefelde-worbis.example>",
                              "Dienstag, 22. April 2025 11:16", "Böhm, Sandra <s.boehm@leinefelde-worbis.example>",
                              "WG: " + INVITE_SUBJECT,
                              "Hallo Frau Böhm,\n\nich selbst kann an dem Termin nicht. Bitte melden Sie sich an "
                              "und berichten danach im Bauausschuss.\n\nGruß\nG. Tasch\n\n" + INV_QUOTE_NEW)
    body = f"""Sehr geehrte Damen und Herren,

wie unten von unserem Bürgermeister gewünscht, melde ich mich für die Transferveranstaltung am 20. Mai an.

{MFG}
Sandra Böhm
Sachgebiet Stadtentwicklung
Stadt Leinefelde-Worbis

""" + inner
    return ol(slug, addr("Böhm, Sandra", a), "WG: " + INVITE_SUBJECT, "2025-04-23 08:14", body), \
        label("registration", [P("Sandra Böhm", a, "Sachgebiet Stadtentwicklung")], "Stadt Leinefelde-Worbis",
              "municipality", "Leinefelde-Worbis")


@case("altenburg-numbered-four")
def _(slug):
    a = "m.ditzel@altenburg.example"
    body = f"""Sehr geehrte Damen und Herren,

aus der Stadtverwaltung Altenburg möchten folgende Personen an der Transferveranstaltung am 20.05.2025 teilnehmen:

1. Matthias Ditzel, Fachdienstleiter Stadtentwicklung, m.ditzel@altenburg.example
2. Yvonne Dölle, Stadtplanung, y.doelle@altenburg.example
3. Kai Eckert, Sanierungsgebiete, k.eckert@altenburg.example
4. Dr. Simone Ettenhuber, Klimaschutzmanagement, s.ettenhuber@altenburg.example

Falls die Teilnehmerzahl je Kommune begrenzt ist, geben Sie uns bitte kurz Bescheid.

{MFG}

""" + sig("Matthias Ditzel", "Fachdienstleiter Stadtentwicklung", "Stadtverwaltung Altenburg", "Markt 1",
          "04600 Altenburg", "03447 594-610", a)
    return ol(slug, addr("Ditzel, Matthias", a), "Anmeldung Stadt Altenburg - 4 Personen", "2025-04-28 10:09", body), \
        label("registration", [P("Matthias Ditzel", a, "Fachdienstleiter Stadtentwicklung"),
                               P("Yvonne Dölle", "y.doelle@altenburg.example", "Stadtplanung"),
                               P("Kai Eckert", "k.eckert@altenburg.example", "Sanierungsgebiete"),
                               P("Simone Ettenhuber", "s.ettenhuber@altenburg.example", "Klimaschutzmanagement", "Dr.")],
              "Stadtverwaltung Altenburg", "municipality", "Altenburg",
              notes=["Falls die Teilnehmerzahl je Kommune begrenzt ist, geben Sie uns bitte kurz Bescheid."])


@case("dillstaedt-gmx-honorary-mayor")
def _(slug):
    a = "horst.eyring@gmx.example"
    body = """Sehr geehrte Damen und Herren,

als ehrenamtlicher Bürgermeister der Gemeinde Dillstädt möchte ich mich für die Veranstaltung am 20. Mai anmelden. Wir sind zwar kein ISEK-Standort, arbeiten aber an unserem Gemeindlichen Entwicklungskonzept und das Thema Dorfentwicklung interessiert mich sehr.

Mit freundlichen Grüßen
Horst Eyring
Bürgermeister Gemeinde Dillstädt"""
    return gmx(slug, addr("Horst Eyring", a), "Anmeldung", "2025-04-27 20:14", body), \
        label("registration", [P("Horst Eyring", a, "Bürgermeister")], "Gemeinde Dillstädt", "municipality", "Dillstädt")


@case("ranis-webde")
def _(slug):
    a = "gottwald.ranis@web.example"
    body = """Guten Tag,

ich möchte mich für die Transferveranstaltung am 20.05.2025 anmelden.

Mit freundlichen Grüßen
Marion Gottwald
Bauverwaltung Stadt Ranis"""
    return webde_html_only(slug, addr("Marion Gottwald", a), "Anmeldung Transferveranstaltung", "2025-05-03 09:27", body), \
        label("registration", [P("Marion Gottwald", a, "Bauverwaltung")], "Stadt Ranis", "municipality", "Ranis")


@case("greiz-secretary-mayor-and-head")
def _(slug):
    a = "sekretariat@greiz.example"
    body = f"""Sehr geehrte Damen und Herren,

für die Stadt Greiz melde ich folgende Teilnehmer zur Transferveranstaltung am 20. Mai 2025 an:

Herr Thomas Heidler, Bürgermeister, t.heidler@greiz.example
Frau Ute Henkel, Leiterin Fachbereich Bau und Stadtentwicklung, u.henkel@greiz.example

Die beiden reisen gemeinsam mit dem Dienstwagen an.

{MFG}
i. A. Sylke Rothe
Sekretariat Bürgermeister
Stadtverwaltung Greiz
Markt 12, 07973 Greiz"""
    return ol(slug, addr("Sekretariat Bürgermeister Greiz", a), "Anmeldung Transferveranstaltung Stadt Greiz",
              "2025-04-29 11:48", body), \
        label("registration", [P("Thomas Heidler", "t.heidler@greiz.example", "Bürgermeister"),
                               P("Ute Henkel", "u.henkel@greiz.example", "Leiterin Fachbereich Bau und Stadtentwicklung")],
              "Stadtverwaltung Greiz", "municipality", "Greiz", notes=["reisen gemeinsam mit dem Dienstwagen an"])


@case("weida-outlook-plain-qp")
def _(slug):
    a = "g.huether@weida.example"
    body = f"""Sehr geehrte Damen und Herren,

ich melde mich für die Veranstaltung „Zusammen denken – gemeinsam handeln“ am 20.05.2025 an.

{MFG}
Gunter Hüther
Bauamtsleiter
Stadt Weida
Markt 1
07570 Weida
Tel. 036603 543-30"""
    return ol_plain(slug, addr("Hüther, Gunter", a), "Anmeldung Transferveranstaltung", "2025-05-02 13:12", body), \
        label("registration", [P("Gunter Hüther", a, "Bauamtsleiter")], "Stadt Weida", "municipality", "Weida")


@case("soemmerda-outlook-crlf")
def _(slug):
    a = "diana.jeschke@soemmerda.example"
    body = f"""Sehr geehrte Damen und Herren,

hiermit melde ich mich für die 9. Transferveranstaltung in Bad Lobenstein an.

{MFG}

""" + sig("Diana Jeschke", "Sachbearbeiterin Stadtentwicklung", "Stadtverwaltung Sömmerda", "Marktplatz 3-4",
          "99610 Sömmerda", "03634 350-281", a)
    return outlook_crlf(slug, addr("Jeschke, Diana", a), "Anmeldung", "2025-04-30 14:40", body), \
        label("registration", [P("Diana Jeschke", a, "Sachbearbeiterin Stadtentwicklung")], "Stadtverwaltung Sömmerda",
              "municipality", "Sömmerda")


@case("schmalkalden-vegetarian")
def _(slug):
    a = "lars.jochmann@schmalkalden.example"
    body = f"""Sehr geehrte Damen und Herren,

ich melde mich zur Transferveranstaltung am 20. Mai an. Ich ernähre mich vegetarisch, falls es eine Verpflegung gibt.

{MFG}
Lars Jochmann
Stadtverwaltung Schmalkalden
Bauamt / Stadtsanierung
Altmarkt 1, 98574 Schmalkalden"""
    return ol(slug, addr("Jochmann, Lars", a), "Anmeldung Transferveranstaltung", "2025-05-05 15:33", body), \
        label("registration", [P("Lars Jochmann", a, "Bauamt / Stadtsanierung")], "Stadtverwaltung Schmalkalden",
              "municipality", "Schmalkalden", notes=["Ich ernähre mich vegetarisch"])


@case("apolda-wheelchair")
def _(slug):
    a = "b.kittler@apolda.example"
    body = f"""Sehr geehrte Damen und Herren,

ich möchte mich zur Transferveranstaltung am 20.05.2025 anmelden. Ich bin Rollstuhlfahrerin und wäre dankbar, wenn Sie mir kurz mitteilen könnten, ob der Veranstaltungsraum stufenlos erreichbar ist und ob es einen Behindertenparkplatz gibt.

{MFG}

""" + sig("Birgit Kittler", "Stadtplanung", "Stadtverwaltung Apolda", "Markt 1", "99510 Apolda", "03644 650-316", a)
    return ol(slug, addr("Kittler, Birgit", a), "Anmeldung Transferveranstaltung / Barrierefreiheit",
              "2025-04-28 09:55", body), \
        label("registration", [P("Birgit Kittler", a, "Stadtplanung")], "Stadtverwaltung Apolda", "municipality", "Apolda",
              notes=["Ich bin Rollstuhlfahrerin", "ob der Veranstaltungsraum stufenlos erreichbar ist",
                     "Behindertenparkplatz"])


@case("hildburghausen-parking")
def _(slug):
    a = "o.kreissig@hildburghausen.example"
    body = f"""Guten Tag,

hiermit melde ich mich für den 20. Mai an. Kann man am Veranstaltungsort parken oder sollte ich besser mit dem Zug kommen?

{MFG}
Olaf Kreißig
Stadt Hildburghausen
Bauamt"""
    return ol_plain(slug, addr("Kreißig, Olaf", a), "Anmeldung + Frage Parkplatz", "2025-05-06 10:31", body), \
        label("registration", [P("Olaf Kreißig", a, "Bauamt")], "Stadt Hildburghausen", "municipality", "Hildburghausen",
              notes=["Kann man am Veranstaltungsort parken?"])


@case("koelleda-morning-only")
def _(slug):
    a = "anja.ahrens@koelleda.example"
    body = """Sehr geehrte Damen und Herren,

ich melde mich für die Transferveranstaltung an, muss aber gegen 13 Uhr wieder los (Stadtratssitzung am Abend). Ich nehme also nur am Vormittag teil.

Beste Grüße
Anja Ahrens

-- 
Anja Ahrens
Bauamt
Stadt Kölleda
Markt 1, 99625 Kölleda"""
    return tb(slug, addr("Anja Ahrens", a), "Anmeldung (nur vormittags)", "2025-05-07 16:02", body,
              cte="quoted-printable"), \
        label("registration", [P("Anja Ahrens", a, "Bauamt")], "Stadt Kölleda", "municipality", "Kölleda",
              notes=["nur am Vormittag"])


@case("waltershausen-reply-to")
def _(slug):
    a = "poststelle@waltershausen.example"
    r = "t.baumgaertel@waltershausen.example"
    body = f"""Sehr geehrte Damen und Herren,

Herr Tino Baumgärtel, Sachgebiet Stadtentwicklung, meldet sich zur Transferveranstaltung am 20.05.2025 an. Rückfragen bitte direkt an ihn.

{MFG}
Stadtverwaltung Waltershausen
Poststelle"""
    h = envelope(slug, addr("Poststelle Stadt Waltershausen", a), "Anmeldung Transferveranstaltung", "2025-05-05 08:22",
                 extra=outlook_headers((f"Reply-To: {addr('Baumgärtel, Tino', r)}",)))
    return message(h, outlook_alt(slug, body)), \
        label("registration", [P("Tino Baumgärtel", r, "Sachgebiet Stadtentwicklung")], "Stadtverwaltung Waltershausen",
              "municipality", "Waltershausen")


@case("gera-private-stated-office")
def _(slug):
    a = "conny.bauerschmidt@t-online.example"
    stated = "cornelia.bauerschmidt@gera.example"
    body = """Sehr geehrte Damen und Herren,

ich schreibe von zu Hause, da unser Mailserver heute gestört ist. Ich möchte mich für die Transferveranstaltung am 20. Mai anmelden. Bitte schicken Sie die Bestätigung an meine Dienstadresse cornelia.bauerschmidt@gera.example.

Mit freundlichen Grüßen
Cornelia Bauerschmidt
Stadtverwaltung Gera, Fachdienst Stadtplanung"""
    return gmx(slug, addr("Conny Bauerschmidt", a), "Anmeldung Transferveranstaltung", "2025-04-24 07:48", body), \
        label("registration", [P("Cornelia Bauerschmidt", stated, None)], "Stadtverwaltung Gera", "municipality", "Gera")


@case("eisenberg-surname-first")
def _(slug):
    a = "bendix.m@eisenberg.example"
    body = f"""Sehr geehrte Damen und Herren,

zur Transferveranstaltung am 20.05. melde ich mich hiermit an.

{MFG}

Bendix, Michael
Stadtverwaltung Eisenberg
Fachbereich Bauen und Stadtentwicklung
Markt 27
07607 Eisenberg"""
    return ol(slug, addr("Bendix, Michael", a), "Anmeldung", "2025-05-08 11:11", body), \
        label("registration", [P("Michael Bendix", a, None)], "Stadtverwaltung Eisenberg", "municipality", "Eisenberg")


@case("nordhausen-double-name")
def _(slug):
    a = "k.beringer-fimmel@nordhausen.example"
    body = f"""Guten Tag,

ich melde mich zur Transferveranstaltung am 20. Mai 2025 an.

{MFG}

""" + sig("Katrin Beringer-Fimmel", "Amt für Stadtentwicklung", "Stadtverwaltung Nordhausen", "Markt 1",
          "99734 Nordhausen", "03631 696-455", a)
    return ol(slug, addr("Beringer-Fimmel, Katrin", a), "Anmeldung Transferveranstaltung", "2025-04-25 10:40", body), \
        label("registration", [P("Katrin Beringer-Fimmel", a, "Amt für Stadtentwicklung")], "Stadtverwaltung Nordhausen",
              "municipality", "Nordhausen")


@case("bad-berka-von-name")
def _(slug):
    a = "f.vonbornschein@bad-berka.example"
    body = """Sehr geehrte Damen und Herren,

gern melde ich mich für die 9. Transferveranstaltung an.

Mit freundlichen Grüßen

Friederike von Bornschein
Stadtplanung / Städtebauförderung
Stadt Bad Berka
Am Markt 10, 99438 Bad Berka"""
    return apple(slug, addr("Friederike von Bornschein", a), "Anmeldung Transferveranstaltung", "2025-05-04 17:25", body), \
        label("registration", [P("Friederike von Bornschein", a, "Stadtplanung / Städtebauförderung")], "Stadt Bad Berka",
              "municipality", "Bad Berka")


@case("dingelstaedt-landgemeinde")
def _(slug):
    a = "p.dippold@dingelstaedt.example"
    body = f"""Sehr geehrte Damen und Herren,

die Landgemeinde Stadt Dingelstädt meldet Herrn Peter Dippold (Bauamtsleiter) zur Transferveranstaltung am 20. Mai 2025 an.

{MFG}
Peter Dippold
Bauamt
Landgemeinde Stadt Dingelstädt"""
    return ol(slug, addr("Dippold, Peter", a), "Anmeldung Transferveranstaltung", "2025-04-30 08:05", body), \
        label("registration", [P("Peter Dippold", a, "Bauamtsleiter")], "Landgemeinde Stadt Dingelstädt",
              "municipality", "Dingelstädt")


@case("planning-office-client-lucka")
def _(slug):
    a = "eckold@urbanplan-leipzig.example"
    body = f"""Sehr geehrte Damen und Herren,

im Auftrag der Stadt Lucka erarbeiten wir derzeit das neue ISEK. Ich würde gern an der Transferveranstaltung am 20.05.2025 teilnehmen.

{MFG}
Sebastian Eckold
M.Sc. Stadtplanung
urbanplan Eckold & Wendt GmbH
Karl-Liebknecht-Straße 88, 04275 Leipzig"""
    return ol(slug, addr("Sebastian Eckold", a), "Anmeldung Transferveranstaltung (ISEK Lucka)", "2025-05-02 10:44",
              body), \
        label("registration", [P("Sebastian Eckold", a, None)], "urbanplan Eckold & Wendt GmbH", "planning_office", "Lucka")


@case("jena-thunderbird-two")
def _(slug):
    a = "johanna.ehrler@jena.example"
    body = """Sehr geehrte Damen und Herren,

für die Stadt Jena melden sich zur Transferveranstaltung am 20. Mai an:

- Johanna Ehrler, Team Stadtentwicklung (johanna.ehrler@jena.example)
- Felix Eifert, Team Stadterneuerung (felix.eifert@jena.example)

Vielen Dank und viele Grüße
Johanna Ehrler

-- 
Johanna Ehrler
Stadtverwaltung Jena
Dezernat Stadtentwicklung und Umwelt
Team Stadtentwicklung
Am Anger 26, 07743 Jena"""
    return tb(slug, addr("Johanna Ehrler", a), "Anmeldung Stadt Jena", "2025-04-29 13:58", body, cte="quoted-printable"), \
        label("registration", [P("Johanna Ehrler", a, "Team Stadtentwicklung"),
                               P("Felix Eifert", "felix.eifert@jena.example", "Team Stadterneuerung")],
              "Stadtverwaltung Jena", "municipality", "Jena")


@case("suhl-new-outlook-quote")
def _(slug):
    a = "m.ender@suhl.example"
    body = f"""Guten Tag,

hiermit melde ich mich an.

{MFG}
Manuela Ender
Stadtverwaltung Suhl
Amt für Stadtentwicklung und Bauordnung

""" + INV_QUOTE_NEW
    return ol(slug, addr("Ender, Manuela", a), "AW: " + INVITE_SUBJECT, "2025-04-23 15:19", body), \
        label("registration", [P("Manuela Ender", a, None)], "Stadtverwaltung Suhl", "municipality", "Suhl")


@case("erfurt-ox")
def _(slug):
    a = "christoph.graeser@erfurt.example"
    body = """Sehr geehrte Damen und Herren,

das Amt für Stadtentwicklung und Stadtplanung der Landeshauptstadt Erfurt nimmt gern an der Transferveranstaltung teil. Ich melde mich hiermit an.

Mit freundlichen Grüßen
Christoph Gräser
Abteilung Stadtentwicklung

Landeshauptstadt Erfurt
Stadtverwaltung
Amt für Stadtentwicklung und Stadtplanung
Löberstraße 34, 99096 Erfurt"""
    return ox(slug, addr("Christoph Gräser", a), "Anmeldung Transferveranstaltung 20.05.2025", "2025-04-24 12:50", body), \
        label("registration", [P("Christoph Gräser", a, "Abteilung Stadtentwicklung")], "Landeshauptstadt Erfurt",
              "municipality", "Erfurt")


@case("bad-koestritz-late")
def _(slug):
    a = "r.hahnel@badkoestritz.example"
    body = f"""Sehr geehrte Damen und Herren,

ich weiß, die Anmeldefrist ist schon abgelaufen – ich habe die Einladung erst heute von einer Kollegin bekommen. Wenn es noch möglich ist, melde ich mich hiermit für den 20. Mai an.

{MFG}
Ronny Hahnel
Bauamt
Stadt Bad Köstritz"""
    return ol(slug, addr("Hahnel, Ronny", a), "Nachmeldung Transferveranstaltung", "2025-05-12 09:06", body), \
        label("registration", [P("Ronny Hahnel", a, "Bauamt")], "Stadt Bad Köstritz", "municipality", "Bad Köstritz",
              notes=["Anmeldefrist schon abgelaufen"])


@case("sonneberg-colleague-not-self")
def _(slug):
    a = "stadtplanung@sonneberg.example"
    body = f"""Sehr geehrte Damen und Herren,

an der Transferveranstaltung am 20.05.2025 wird von unserer Seite Frau Doreen Hanke teilnehmen. Ich selbst bin an diesem Tag im Urlaub.

{MFG}
Ralf Neubauer
Fachbereichsleiter Stadtplanung
Stadt Sonneberg"""
    return ol(slug, addr("Stadtplanung Sonneberg", a), "Teilnahme Transferveranstaltung", "2025-05-06 14:15", body), \
        label("registration", [P("Doreen Hanke", None, None)], "Stadt Sonneberg", "municipality", "Sonneberg")


@case("lauscha-self-and-colleague")
def _(slug):
    a = "m.haupt@lauscha.example"
    body = f"""Hallo,

ich komme zusammen mit meinem Kollegen Herrn Uwe Kessel (Stadtbauhof) zur Veranstaltung am 20. Mai. Bitte uns beide anmelden.

{MFG}
Martin Haupt
Stadt Lauscha
Bauverwaltung
Bahnhofstraße 12, 98724 Lauscha"""
    return ol_plain(slug, addr("Haupt, Martin", a), "Anmeldung 2 Personen", "2025-05-07 10:20", body), \
        label("registration", [P("Martin Haupt", a, None), P("Uwe Kessel", None, "Stadtbauhof")], "Stadt Lauscha",
              "municipality", "Lauscha")


@case("tanna-android-very-short")
def _(slug):
    a = "e.hoyer@stadt-tanna.example"
    body = "Melde mich für den 20.5. an.\nHoyer, Stadt Tanna"
    return droid(slug, addr("Enrico Hoyer", a), "Anmeldung", "2025-05-08 21:37", body), \
        label("registration", [P("Enrico Hoyer", a, None)], "Stadt Tanna", "municipality", "Tanna")


@case("stadtilm-long-polite")
def _(slug):
    a = "buergermeister@stadtilm.example"
    body = f"""Sehr geehrte Damen und Herren,

haben Sie vielen Dank für die Einladung zur 9. Transferveranstaltung. Das Thema trifft bei uns genau den Nerv: Stadtilm hat mit den Eingemeindungen der vergangenen Jahre eine ganze Reihe dörflich geprägter Ortsteile hinzubekommen, und bei der anstehenden Fortschreibung unseres ISEK stellt sich genau die Frage, wie wir Städtebauförderung und Dorfentwicklung sinnvoll zusammenbringen. Auch die kommunale Wärmeplanung beschäftigt uns derzeit sehr, zumal wir personell – wie viele kleinere Städte – nicht üppig ausgestattet sind.

Ich würde daher gern selbst teilnehmen und melde mich hiermit an. Begleiten wird mich unsere Stadtplanerin, Frau Carola Knöfel (c.knoefel@stadtilm.example), die die ISEK-Fortschreibung fachlich betreut.

Für die Organisation der Veranstaltung schon jetzt herzlichen Dank. Wir freuen uns auf einen anregenden Austausch in Bad Lobenstein.

{MFG}

Lutz Joost
Bürgermeister

Stadt Stadtilm
Straße der Einheit 1
99326 Stadtilm
Tel.: 03629 6683-0"""
    return ol(slug, addr("Joost, Lutz", a), "Anmeldung zur 9. Transferveranstaltung am 20. Mai 2025", "2025-04-26 11:02",
              body), \
        label("registration", [P("Lutz Joost", a, "Bürgermeister"),
                               P("Carola Knöfel", "c.knoefel@stadtilm.example", "Stadtplanerin")],
              "Stadt Stadtilm", "municipality", "Stadtilm")


@case("floh-seligenthal-iphone-reply")
def _(slug):
    a = "j.kuehnert@floh-seligenthal.example"
    body = "Guten Morgen, ich komme gern. Bitte mich anmelden.\n\nJens Kühnert\nGemeinde Floh-Seligenthal\nBauamt"
    return iphone_reply(slug, addr("Jens Kühnert", a), "Re: " + INVITE_SUBJECT, "2025-04-25 06:52", body,
                        "Am 22.04.2025 um 07:30 schrieb Referat Städtebau und Städtebauförderung "
                        "<isek-transfer@transferveranstaltung.example>:", INVITATION), \
        label("registration", [P("Jens Kühnert", a, "Bauamt")], "Gemeinde Floh-Seligenthal", "municipality",
              "Floh-Seligenthal")


@case("blankenhain-apple-vcard")
def _(slug):
    a = "uta.apfelstedt@blankenhain.example"
    body = """Sehr geehrte Damen und Herren,

hiermit melde ich mich für die Transferveranstaltung am 20. Mai 2025 an. Meine Kontaktdaten finden Sie in der angehängten Visitenkarte.

Freundliche Grüße
Uta Apfelstedt
Stadt Blankenhain"""
    b = "Apple-Mail=_" + hashlib.md5(slug.encode()).hexdigest()[:8].upper() + "-3C1D-4E2F-8A9B-C0D1E2F3A4B5"
    inner = multi("alternative", [text(body, "utf-8", "quoted-printable"),
                                  text(apple_html(body), "utf-8", "quoted-printable", sub="html")],
                  "Apple-Mail=_" + hashlib.md5((slug + "alt").encode()).hexdigest()[:8].upper() + "-1111-2222-3333-444455556666")
    card = attachment("text/vcard", "Uta Apfelstedt.vcf",
                      vcard("Uta Apfelstedt", "Uta", "Apfelstedt", "Stadt Blankenhain", "036459 440-27", a))
    h = envelope(slug, addr("Uta Apfelstedt", a), "Anmeldung Transferveranstaltung", "2025-05-05 18:12",
                 extra=("X-Mailer: Apple Mail (2.3826.500.181.1.5)",))
    return message(h, multi("mixed", [inner, card], b)), \
        label("registration", [P("Uta Apfelstedt", a, None)], "Stadt Blankenhain", "municipality", "Blankenhain")


@case("bad-langensalza-ox-surname-first-form")
def _(slug):
    a = "stadtplanung@bad-langensalza.example"
    body = """Guten Tag,

anbei unsere Anmeldung zur Transferveranstaltung:

Name, Vorname: Feuchtenberger, Katja
Dienststelle: Stadtverwaltung Bad Langensalza, Amt für Stadtplanung
E-Mail: k.feuchtenberger@bad-langensalza.example
Telefon: 03603 859-214

Viele Grüße
Katja Feuchtenberger"""
    return ox(slug, addr("Stadtplanung Bad Langensalza", a), "Anmeldung Transferveranstaltung 20.05.", "2025-05-06 13:33",
              body), \
        label("registration", [P("Katja Feuchtenberger", "k.feuchtenberger@bad-langensalza.example", None)],
              "Stadtverwaltung Bad Langensalza", "municipality", "Bad Langensalza")


@case("heringen-short-form")
def _(slug):
    a = "h.holzheu@heringen-helme.example"
    body = f"""Sehr geehrte Damen und Herren,

für die Stadt Heringen melde ich mich zur Transferveranstaltung am 20. Mai an.

{MFG}
Holger Holzheu
Bauverwaltung
Stadt Heringen/Helme
Bahnhofstraße 9, 99765 Heringen"""
    return ol(slug, addr("Holzheu, Holger", a), "Anmeldung Transferveranstaltung", "2025-05-02 09:17", body), \
        label("registration", [P("Holger Holzheu", a, "Bauverwaltung")], "Stadt Heringen/Helme", "municipality",
              "Heringen/Helme")


@case("ebeleben-roundcube-utf8")
def _(slug):
    a = "s.juettner@ebeleben.example"
    body = """Hallo zusammen,

ich würde gern an der Transferveranstaltung „Zusammen denken – gemeinsam handeln“ teilnehmen und melde mich hiermit an.

Viele Grüße
Silke Jüttner
Stadt Ebeleben – Bauamt"""
    return roundcube(slug, addr("Silke Jüttner", a), "Anmeldung", "2025-04-29 17:46", body, cs="UTF-8",
                     cte="quoted-printable"), \
        label("registration", [P("Silke Jüttner", a, "Bauamt")], "Stadt Ebeleben", "municipality", "Ebeleben")


@case("association-ronneburg")
def _(slug):
    a = "vorstand@altstadtverein-ronneburg.example"
    body = """Sehr geehrte Damen und Herren,

unser Verein engagiert sich seit vielen Jahren für die Belebung der Altstadt und hat sich aktiv an der Bürgerbeteiligung zum ISEK beteiligt. Gern würde ich als Vorsitzende an der Veranstaltung am 20. Mai teilnehmen, sofern auch Vertreter der Zivilgesellschaft willkommen sind.

Hiermit melde ich mich an.

Mit freundlichen Grüßen
Dagmar Kämmler
Vorsitzende
Altstadtverein Ronneburg e. V."""
    return gmx(slug, addr("Dagmar Kämmler", a), "Anmeldung Transferveranstaltung", "2025-05-03 11:40", body), \
        label("registration", [P("Dagmar Kämmler", a, "Vorsitzende")], "Altstadtverein Ronneburg e. V.", "other", None)


@case("schalkau-answers-missing-details")
def _(slug):
    a = "bauamt@schalkau.example"
    body = f"""Sehr geehrte Damen und Herren,

entschuldigen Sie bitte, hier die fehlenden Angaben:

Teilnehmer: Kay Dörfel, Bauamt (k.doerfel@schalkau.example)
Kommune: Stadt Schalkau

{MFG}
Kay Dörfel

""" + outlook_quote("Donnerstag, 24. April 2025 14:02", a, MISSING_SUBJECT, missing_body("Guten Tag"))
    return ol(slug, addr("Bauamt Schalkau", a), "AW: " + MISSING_SUBJECT, "2025-04-25 07:44", body), \
        label("registration", [P("Kay Dörfel", "k.doerfel@schalkau.example", "Bauamt")], "Stadt Schalkau",
              "municipality", "Schalkau")


# ==================================================================================================
# cancellations
# ==================================================================================================


@case("triptis-cancel-reply-confirmation")
def _(slug):
    a = "i.altmann@triptis.example"
    code = code_for("triptis-conf")
    body = f"""Sehr geehrte Damen und Herren,

leider muss ich meine Teilnahme absagen, am 20. Mai ist kurzfristig eine Stadtratssitzung angesetzt worden.

{MFG}
Ines Altmann
Stadt Triptis, Bauamt

""" + conf_ol(a, code, "Sehr geehrte Frau Altmann", ["Ines Altmann (Stadt Triptis)"], "Montag, 28. April 2025 09:14")
    return ol(slug, addr("Altmann, Ines", a), "AW: " + conf_subject(code), "2025-05-09 12:35", body), \
        label("cancellation", [P("Ines Altmann", a, None)], "Stadt Triptis", "municipality", "Triptis")


@case("neustadt-orla-withdraw-colleague")
def _(slug):
    a = "j.axthelm@neustadt-orla.example"
    code = code_for("neustadt-orla-conf")
    body = """Guten Tag,

bitte streichen Sie meinen Kollegen Sven Arendt von der Teilnehmerliste, er ist länger erkrankt. Ich selbst komme wie angemeldet.

Viele Grüße
Jörg Axthelm

-- 
Jörg Axthelm
Stadtverwaltung Neustadt an der Orla
Bauamt
Markt 1, 07806 Neustadt/Orla

""" + conf_tb(code, "Sehr geehrter Herr Axthelm", ["Jörg Axthelm", "Sven Arendt"], "29.04.25 um 08:03")
    return tb(slug, addr("Jörg Axthelm", a), "Re: " + conf_subject(code), "2025-05-13 10:12", body), \
        label("cancellation", [P("Sven Arendt", None, None)], "Stadtverwaltung Neustadt an der Orla", "municipality",
              "Neustadt an der Orla")


@case("gefell-iphone-cancel-reminder")
def _(slug):
    a = "m.baade@gefell.example"
    code = code_for("gefell-rem")
    body = "Hallo, ich bin leider krank und muss für Dienstag absagen. Sorry!\nMaik Baade\nStadt Gefell"
    return iphone_reply(slug, addr("Maik Baade", a), "AW: " + rem_subject(code), "2025-05-16 07:31", body,
                        f"Am 13.05.2025 um 08:00 schrieb {OUR_NAME} <{INBOX}>:",
                        reminder("Sehr geehrter Herr Baade", code)), \
        label("cancellation", [P("Maik Baade", a, None)], "Stadt Gefell", "municipality", "Gefell")


@case("hermsdorf-cancel-two")
def _(slug):
    a = "a.backhaus@hermsdorf.example"
    body = f"""Sehr geehrte Damen und Herren,

wegen eines kurzfristig angesetzten Fördermittel-Termins müssen mein Kollege Herr Ronald Bäßler und ich unsere Teilnahme an der Transferveranstaltung am 20. Mai leider absagen.

Wir bitten um Verständnis.

{MFG}
Anke Backhaus
Stadtverwaltung Hermsdorf
Bauamt
Eisenberger Straße 56, 07629 Hermsdorf"""
    return ol_plain(slug, addr("Backhaus, Anke", a), "Absage Transferveranstaltung 20.05.", "2025-05-14 15:48", body), \
        label("cancellation", [P("Anke Backhaus", a, None), P("Ronald Bäßler", None, None)],
              "Stadtverwaltung Hermsdorf", "municipality", "Hermsdorf")


@case("bad-liebenstein-secretary-cancels-mayor")
def _(slug):
    a = "hauptamt@bad-liebenstein.example"
    body = f"""Sehr geehrte Damen und Herren,

Herr Bürgermeister Gerd Bechstein muss seine Teilnahme an der Transferveranstaltung am 20.05.2025 leider aus terminlichen Gründen absagen.

{MFG}
i. A. Ramona Trautvetter
Hauptamt
Stadt Bad Liebenstein"""
    return ol(slug, addr("Hauptamt Bad Liebenstein", a), "Absage Bürgermeister Bechstein - Transferveranstaltung",
              "2025-05-12 11:02", body), \
        label("cancellation", [P("Gerd Bechstein", None, "Bürgermeister")], "Stadt Bad Liebenstein", "municipality",
              "Bad Liebenstein")


@case("ohrdruf-off-waitlist")
def _(slug):
    a = "c.bellmann@ohrdruf.example"
    code = code_for("ohrdruf-wait")
    body = f"""Sehr geehrte Damen und Herren,

vielen Dank, Sie können mich von der Warteliste nehmen – ich habe an dem Tag inzwischen einen anderen Termin.

{MFG}
Claudia Bellmann
Stadt Ohrdruf

""" + outlook_quote("Freitag, 9. Mai 2025 16:40", a, wait_subject(code), waitlist("Sehr geehrte Frau Bellmann", code))
    return ol(slug, addr("Bellmann, Claudia", a), "AW: " + wait_subject(code), "2025-05-13 08:55", body), \
        label("cancellation", [P("Claudia Bellmann", a, None)], "Stadt Ohrdruf", "municipality", "Ohrdruf")


@case("planning-office-cancels-for-kahla")
def _(slug):
    a = "benkenstein@ingenieurbuero-bh.example"
    body = f"""Sehr geehrte Damen und Herren,

wir hatten uns für die Stadt Kahla (ISEK-Fortschreibung) mit zwei Personen angemeldet: Frau Lea Berbig und ich. Leider müssen wir beide absagen, da am 20. Mai die Abschlusspräsentation bei einem anderen Auftraggeber stattfindet.

{MFG}
Dipl.-Ing. Frank Benkenstein
Ingenieurbüro Benkenstein & Hartleb
Stadt- und Regionalplanung
Rudolstädter Straße 7, 07745 Jena"""
    return ol(slug, addr("Frank Benkenstein", a), "Absage Transferveranstaltung", "2025-05-15 09:30", body), \
        label("cancellation", [P("Frank Benkenstein", a, None, "Dipl.-Ing."), P("Lea Berbig", None, None)],
              "Ingenieurbüro Benkenstein & Hartleb", "planning_office", "Kahla")


@case("ziegenrueck-android-short-cancel")
def _(slug):
    a = "v.bertuch@ziegenrueck.example"
    body = """Guten Abend,
ich kann morgen leider nicht kommen, Wasserrohrbruch im Bauhof. Bitte streichen.
Volker Bertuch
Stadt Ziegenrück"""
    return droid(slug, addr("Volker Bertuch", a), "Absage morgen", "2025-05-19 20:18", body), \
        label("cancellation", [P("Volker Bertuch", a, None)], "Stadt Ziegenrück", "municipality", "Ziegenrück")


@case("landratsamt-wartburgkreis-notes-cancel")
def _(slug):
    a = "Kerstin.Beutel@wartburgkreis.example"
    body = """Sehr geehrte Damen und Herren,

hiermit sage ich meine Anmeldung zur Transferveranstaltung am 20.05.2025 ab. Leider kann auch niemand aus unserem Fachdienst an meiner Stelle teilnehmen.

Mit freundlichen Grüßen

Kerstin Beutel
Landratsamt Wartburgkreis
Fachdienst Kreisentwicklung
Erzberger Allee 14
36433 Bad Salzungen"""
    return notes(slug, addr("Kerstin Beutel", a, "ISO-8859-1"), "Absage Transferveranstaltung", "2025-05-08 14:04", body), \
        label("cancellation", [P("Kerstin Beutel", a, None)], "Landratsamt Wartburgkreis", "authority", None)


@case("friedrichroda-ox-code")
def _(slug):
    a = "h.biedermann@friedrichroda.example"
    code = code_for("friedrichroda-conf")
    body = f"""Sehr geehrte Damen und Herren,

bitte stornieren Sie meine Anmeldung mit dem Code {code}. Ich kann am 20. Mai leider nicht teilnehmen.

Mit freundlichen Grüßen
Hendrik Biedermann
Stadtverwaltung Friedrichroda
Bauamt"""
    return ox(slug, addr("Hendrik Biedermann", a), f"Stornierung Anmeldung {code}", "2025-05-06 11:25", body), \
        label("cancellation", [P("Hendrik Biedermann", a, None)], "Stadtverwaltung Friedrichroda", "municipality",
              "Friedrichroda")


# ==================================================================================================
# changes
# ==================================================================================================


@case("graefenthal-substitute")
def _(slug):
    a = "a.bieler@graefenthal.example"
    code = code_for("graefenthal-conf")
    body = f"""Sehr geehrte Damen und Herren,

ich kann am 20. Mai leider doch nicht teilnehmen. An meiner Stelle kommt mein Kollege Herr Tom Bittorf (t.bittorf@graefenthal.example). Bitte ändern Sie die Anmeldung entsprechend.

{MFG}
Andrea Bieler
Stadt Gräfenthal

""" + conf_ol(a, code, "Sehr geehrte Frau Bieler", ["Andrea Bieler (Stadt Gräfenthal)"], "Freitag, 25. April 2025 10:31")
    return ol(slug, addr("Bieler, Andrea", a), "AW: " + conf_subject(code), "2025-05-12 13:20", body), \
        label("change", [P("Tom Bittorf", "t.bittorf@graefenthal.example", None), P("Andrea Bieler", a, None)],
              "Stadt Gräfenthal", "municipality", "Gräfenthal")


@case("eisenach-add-colleague-code")
def _(slug):
    a = "r.kallweit@eisenach.example"
    code = code_for("eisenach-conf")
    body = f"""Sehr geehrte Damen und Herren,

zu meiner Anmeldung ({code}) möchte ich noch meine Kollegin Frau Lena Bleyer (l.bleyer@eisenach.example) aus der Abteilung Stadtsanierung nachmelden. Ist das noch möglich?

{MFG}
Rico Kallweit
Stadtverwaltung Eisenach
Amt für Stadtentwicklung"""
    return ol(slug, addr("Kallweit, Rico", a), f"Nachmeldung zu {code}", "2025-05-07 11:38", body), \
        label("change", [P("Lena Bleyer", "l.bleyer@eisenach.example", "Abteilung Stadtsanierung")],
              "Stadtverwaltung Eisenach", "municipality", "Eisenach")


@case("steinach-new-address")
def _(slug):
    a = "mario.bloethner@gmx.example"
    new = "m.bloethner@stadt-steinach.example"
    code = code_for("steinach-conf")
    body = f"""Guten Tag,

ich hatte mich über meine private Adresse angemeldet. Bitte schicken Sie künftige Informationen zur Veranstaltung an meine dienstliche Adresse: {new}

Danke und viele Grüße
Mario Blöthner
Stadt Steinach, Bauamt"""
    return gmx(slug, addr("Mario Blöthner", a), f"Änderung E-Mail-Adresse ({code})", "2025-05-05 19:02", body), \
        label("change", [P("Mario Blöthner", new, "Bauamt")], "Stadt Steinach", "municipality", "Steinach")


@case("bad-sulza-late-arrival-iphone")
def _(slug):
    a = "g.bonitz@bad-sulza.example"
    code = code_for("bad-sulza-conf")
    body = "Guten Morgen, ich schaffe es am Dienstag erst gegen 11 Uhr, vorher habe ich noch eine Baustellenbegehung. Ich komme aber.\nGrit Bonitz\nStadt Bad Sulza"
    return iphone_reply(slug, addr("Grit Bonitz", a), "AW: " + conf_subject(code), "2025-05-15 07:12", body,
                        f"Am 30.04.2025 um 11:20 schrieb {OUR_NAME} <{INBOX}>:",
                        confirmation("Sehr geehrte Frau Bonitz", ["Grit Bonitz (Stadt Bad Sulza)"], code)), \
        label("change", [P("Grit Bonitz", a, None)], "Stadt Bad Sulza", "municipality", "Bad Sulza",
              notes=["erst gegen 11 Uhr"])


@case("kranichfeld-vegan")
def _(slug):
    a = "r.brandl@kranichfeld.example"
    code = code_for("kranichfeld-conf")
    body = f"""Sehr geehrte Damen und Herren,

ich bin für die Transferveranstaltung angemeldet (Code {code}). Ich ernähre mich vegan – wäre es möglich, das beim Mittagessen zu berücksichtigen?

{MFG}
René Brandl
Stadt Kranichfeld
Bauverwaltung"""
    return ol(slug, addr("Brandl, René", a), "Verpflegung - vegan", "2025-05-09 08:47", body), \
        label("change", [P("René Brandl", a, "Bauverwaltung")], "Stadt Kranichfeld", "municipality", "Kranichfeld",
              notes=["Ich ernähre mich vegan"])


@case("leutenberg-accessibility-note")
def _(slug):
    a = "m.braungart@leutenberg.example"
    code = code_for("leutenberg-conf")
    body = f"""Sehr geehrte Damen und Herren,

zu meiner Anmeldung noch ein Hinweis: Ich bin nach einer Knie-OP derzeit auf Unterarmstützen angewiesen. Bitte reservieren Sie mir, wenn möglich, einen Platz nahe am Eingang und teilen Sie mir mit, ob es einen Aufzug gibt.

{MFG}
Monika Braungart
Stadt Leutenberg

""" + conf_ol(a, code, "Sehr geehrte Frau Braungart", ["Monika Braungart (Stadt Leutenberg)"],
              "Dienstag, 29. April 2025 15:05")
    return ol(slug, addr("Braungart, Monika", a), "AW: " + conf_subject(code), "2025-05-10 10:16", body), \
        label("change", [P("Monika Braungart", a, None)], "Stadt Leutenberg", "municipality", "Leutenberg",
              notes=["auf Unterarmstützen angewiesen", "Platz nahe am Eingang", "ob es einen Aufzug gibt"])


@case("muenchenbernsdorf-name-spelling")
def _(slug):
    a = "d.brehme@muenchenbernsdorf.example"
    code = code_for("muenchenbernsdorf-conf")
    body = f"""Sehr geehrte Damen und Herren,

in Ihrer Bestätigung ({code}) ist mein Name falsch geschrieben: richtig ist Dörte Brehme (mit e am Ende), nicht Brehm. Könnten Sie das für das Namensschild bitte korrigieren?

Mit freundlichen Grüßen
Dörte Brehme
Stadt Münchenbernsdorf
Bau- und Ordnungsamt"""
    return roundcube(slug, addr("Dörte Brehme", a), "Korrektur Name Anmeldung", "2025-05-14 09:58", body), \
        label("change", [P("Dörte Brehme", a, None)], "Stadt Münchenbernsdorf", "municipality", "Münchenbernsdorf",
              notes=["richtig ist Dörte Brehme, nicht Brehm"])


@case("auma-weidatal-deputy-for-mayor")
def _(slug):
    a = "sekretariat@auma-weidatal.example"
    body = f"""Sehr geehrte Damen und Herren,

Herr Bürgermeister Klaus Breitung ist am 20. Mai leider verhindert. An seiner Stelle nimmt der erste Beigeordnete, Herr Heiko Buchheim, an der Transferveranstaltung teil. Die Bestätigung können Sie gern an diese Adresse senden.

{MFG}
i. A. Petra Schwalbe
Sekretariat
Stadt Auma-Weidatal"""
    return ol(slug, addr("Sekretariat Auma-Weidatal", a), "Änderung Teilnehmer Transferveranstaltung",
              "2025-05-13 14:27", body), \
        label("change", [P("Heiko Buchheim", None, "erster Beigeordneter"), P("Klaus Breitung", None, "Bürgermeister")],
              "Stadt Auma-Weidatal", "municipality", "Auma-Weidatal")


@case("geisa-morning-only-change")
def _(slug):
    a = "s.busse@geisa.example"
    code = code_for("geisa-conf")
    body = """Hallo,

kurze Info zu meiner Anmeldung: Ich kann leider nur bis zur Mittagspause bleiben, nachmittags habe ich einen Ortstermin.

Viele Grüße
Sabrina Busse

-- 
Sabrina Busse
Stadt Geisa · Bauamt
Marktplatz 27, 36419 Geisa

""" + conf_tb(code, "Sehr geehrte Frau Busse", ["Sabrina Busse (Stadt Geisa)"], "02.05.25 um 09:44")
    return tb(slug, addr("Sabrina Busse", a), "Re: " + conf_subject(code), "2025-05-16 12:03", body), \
        label("change", [P("Sabrina Busse", a, None)], "Stadt Geisa", "municipality", "Geisa",
              notes=["nur bis zur Mittagspause"])


@case("planning-office-substitute-vacha")
def _(slug):
    a = "curth@stadtlabor-fulda.example"
    body = f"""Sehr geehrte Damen und Herren,

für die Stadt Vacha hatte ich mich zur Transferveranstaltung angemeldet. Leider bin ich am 20. Mai verhindert; statt meiner wird mein Kollege Philipp Butz (butz@stadtlabor-fulda.example) teilnehmen, der das ISEK Vacha ebenfalls mit bearbeitet.

{MFG}
Julia Curth
Stadtlabor Curth Architekten + Stadtplaner
Heinrichstraße 31, 36037 Fulda"""
    return ol(slug, addr("Julia Curth", a), "Teilnehmerwechsel Transferveranstaltung (ISEK Vacha)", "2025-05-14 16:09",
              body), \
        label("change", [P("Philipp Butz", "butz@stadtlabor-fulda.example", None), P("Julia Curth", a, None)],
              "Stadtlabor Curth Architekten + Stadtplaner", "planning_office", "Vacha")


# ==================================================================================================
# questions
# ==================================================================================================


@case("wurzbach-parking-question")
def _(slug):
    a = "bauamt@wurzbach.example"
    body = f"""Sehr geehrte Damen und Herren,

wir sind für die Transferveranstaltung bereits angemeldet. Können Sie uns sagen, wo wir in Bad Lobenstein am besten parken? Wir kommen mit zwei Fahrzeugen.

{MFG}
Holger Pietzsch
Stadt Wurzbach, Bauamt"""
    return ol_plain(slug, addr("Bauamt Wurzbach", a), "Frage Parkmöglichkeiten", "2025-05-14 10:44", body), \
        label("question", [], "Stadt Wurzbach", "municipality", "Wurzbach")


@case("grossbreitenbach-programme-question")
def _(slug):
    a = "s.wiegand@grossbreitenbach.example"
    body = f"""Guten Tag,

gibt es schon ein detailliertes Programm mit den Referenten und Zeiten? Ich würde das gern vorab unserem Bürgermeister vorlegen, bevor wir entscheiden, wer von uns fährt.

{MFG}
Sandra Wiegand
Landgemeinde Stadt Großbreitenbach
Bauverwaltung"""
    return ol(slug, addr("Wiegand, Sandra", a), "Programm Transferveranstaltung?", "2025-04-28 14:03", body), \
        label("question", [], "Landgemeinde Stadt Großbreitenbach", "municipality", "Großbreitenbach")


@case("rossleben-wiehe-accessibility-conditional")
def _(slug):
    a = "t.seifarth@rossleben-wiehe.example"
    body = """Sehr geehrte Damen und Herren,

ein Kollege aus unserem Bauamt nutzt einen Rollstuhl. Ist der Veranstaltungsort barrierefrei zugänglich (Eingang, Toiletten)? Wenn ja, würden wir uns zu zweit anmelden.

Mit freundlichen Grüßen
Thomas Seifarth
Stadt Roßleben-Wiehe"""
    return tb(slug, addr("Thomas Seifarth", a), "Barrierefreiheit Veranstaltungsort", "2025-04-30 09:36", body), \
        label("question", [], "Stadt Roßleben-Wiehe", "municipality", "Roßleben-Wiehe")


@case("planning-office-certificate-question")
def _(slug):
    a = "info@architekten-weimar.example"
    body = f"""Sehr geehrte Damen und Herren,

wird die Transferveranstaltung bei der Architektenkammer Thüringen als Fortbildung anerkannt, und erhalten die Teilnehmenden eine Teilnahmebescheinigung? Das wäre für unsere Mitarbeiterinnen wichtig.

{MFG}
Dipl.-Ing. Architektin Anja Rosenbusch
Rosenbusch + Wagner Architekten
Erfurter Straße 9, 99423 Weimar"""
    return ol(slug, addr("Rosenbusch + Wagner Architekten", a), "Teilnahmebescheinigung / Fortbildungspunkte",
              "2025-05-02 11:57", body), \
        label("question", [], "Rosenbusch + Wagner Architekten", "planning_office", None)


@case("hirschberg-travel-question")
def _(slug):
    a = "m.zschaler@hirschberg-saale.example"
    body = """Hallo,

ich bin angemeldet und würde gern mit der Bahn anreisen. Wie weit ist der Veranstaltungsort vom Bahnhof Bad Lobenstein entfernt, und gibt es eventuell einen Shuttle?

Danke und Gruß
Mandy Zschaler
Stadt Hirschberg"""
    return iphone(slug, addr("Mandy Zschaler", a), "Anreise mit der Bahn", "2025-05-15 18:22", body), \
        label("question", [], "Stadt Hirschberg", "municipality", "Hirschberg")


@case("krayenberggemeinde-costs")
def _(slug):
    a = "bauamt@krayenberggemeinde.example"
    body = """Guten Tag,

fallen für die Teilnahme Kosten an, zum Beispiel für die Verpflegung? Das müssten wir vorher bei uns im Haushalt klären.

Mit freundlichen Grüßen
Silvio Wenzel
Gemeinde Krayenberggemeinde
Bauamt"""
    return webde_html_only(slug, addr("Bauamt Krayenberggemeinde", a), "Kosten Teilnahme?", "2025-04-24 13:10", body), \
        label("question", [], "Gemeinde Krayenberggemeinde", "municipality", "Krayenberggemeinde")


@case("wasungen-how-many-persons")
def _(slug):
    a = "r.ullrich@wasungen.example"
    body = f"""Sehr geehrte Damen und Herren,

dürfen pro Kommune mehrere Personen teilnehmen? Wir würden gern mit drei Mitarbeitern aus Bauamt und Kämmerei kommen, wollen aber niemandem den Platz wegnehmen.

{MFG}
Rainer Ullrich
Stadt Wasungen
Bauamtsleiter"""
    return ol(slug, addr("Ullrich, Rainer", a), "Anzahl Teilnehmer pro Kommune", "2025-04-25 12:12", body), \
        label("question", [], "Stadt Wasungen", "municipality", "Wasungen")


@case("tambach-dietharz-slides-question")
def _(slug):
    a = "stadtverwaltung@tambach-dietharz.example"
    body = """Sehr geehrte Damen und Herren,

leider kann an dem Termin niemand von uns teilnehmen. Werden die Vorträge bzw. eine Dokumentation der Veranstaltung im Nachgang zur Verfügung gestellt? Dann würden wir uns darüber freuen.

Mit freundlichen Grüßen
Yvonne Schellhorn
Stadt Tambach-Dietharz"""
    return ox(slug, addr("Stadtverwaltung Tambach-Dietharz", a), "Dokumentation der Veranstaltung", "2025-05-08 10:21",
              body), \
        label("question", [], "Stadt Tambach-Dietharz", "municipality", "Tambach-Dietharz/Thür. Wald")


# ==================================================================================================
# automatic replies
# ==================================================================================================


@case("auto-exchange-ooo-confirmation")
def _(slug):
    a = "k.pfeifer@stadt-schwarzatal.example"
    code = code_for("schwarzatal-conf")
    body = """Sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 09.05.2025 nicht im Dienst. Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an bauamt@stadt-schwarzatal.example.

Mit freundlichen Grüßen
Kathrin Pfeifer
Stadt Schwarzatal"""
    h = envelope(slug, addr("Pfeifer, Kathrin", a), "Automatische Antwort: " + conf_subject(code), "2025-04-30 11:21",
                 extra=outlook_headers(("Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All")))
    return message(h, outlook_alt(slug, body)), label("auto_reply", [], None, None, None)


@case("auto-notes-abwesenheit-reminder")
def _(slug):
    a = "Bernd.Ludwig@kreis-hildburghausen.example"
    code = code_for("lra-hbn-rem")
    body = """Ich bin bis zum 19.05.2025 abwesend. Ihre Nachricht wird nach meiner Rückkehr bearbeitet.
In dringenden Angelegenheiten wenden Sie sich bitte an das Sekretariat unter 03685 445-100.

Bernd Ludwig
Landratsamt Hildburghausen"""
    return notes(slug, addr("Bernd Ludwig", a), "Abwesenheitsnotiz: " + rem_subject(code), "2025-05-13 08:01", body), \
        label("auto_reply", [], None, None, None)


@case("auto-ticket-system")
def _(slug):
    a = "noreply@servicedesk-kommunal.example"
    body = """Sehr geehrte Damen und Herren,

Ihre Nachricht ist bei uns eingegangen und wurde unter der Vorgangsnummer 2025042910000417 erfasst.
Bitte geben Sie diese Nummer bei Rückfragen im Betreff an. Eine Antwort auf diese E-Mail ist nicht möglich.

Ihr Bürgerservice
Stadt Bad Tennstedt

-- 
Diese Nachricht wurde automatisch erzeugt."""
    h = envelope(slug, addr("Bürgerservice", a), "[Ticket#2025042910000417] Ihre Nachricht ist eingegangen",
                 "2025-04-29 16:02", extra=("Auto-Submitted: auto-generated", "Precedence: bulk",
                                           "X-Loop: servicedesk-kommunal.example"))
    return message(h, text(body, "utf-8", "quoted-printable")), label("auto_reply", [], None, None, None)


def _mdn(slug: str, human: str, fields: str, charset: str = "UTF-8") -> Part:
    b = "------------" + hashlib.md5(slug.encode()).hexdigest()[:24].upper()
    return multi("report", [text(human, charset, "quoted-printable"),
                            (["Content-Type: message/disposition-notification; name=\"MDNPart2.txt\"",
                              "Content-Disposition: inline"], fields.encode())],
                 b, " report-type=disposition-notification;")


@case("auto-read-receipt-thunderbird")
def _(slug):
    a = "b.eckhardt-mai@kaltennordheim.example"
    code = code_for("kaltennordheim-conf")
    human = (f"Dies ist eine Empfangsbestätigung für die Nachricht, die Sie an {a} gesendet haben.\n\n"
             "Hinweis: Diese Empfangsbestätigung sagt nur aus, dass die Nachricht angezeigt wurde. Es gibt keine "
             "Garantie, dass der Inhalt gelesen oder verstanden wurde.")
    fields = (f"Reporting-UA: kaltennordheim.example; Thunderbird 128.9.0\nFinal-Recipient: rfc822;{a}\n"
              f"Original-Message-ID: {msgid('our-kaltennordheim-conf', 'transferveranstaltung.example')}\n"
              "Disposition: manual-action/MDN-sent-manually; displayed\n")
    h = envelope(slug, addr("Birgit Eckhardt-Mai", a), "Empfangsbestätigung (angezeigt) - " + conf_subject(code),
                 "2025-05-02 08:17", extra=("User-Agent: Mozilla Thunderbird",))
    return message(h, _mdn(slug, human, fields)), label("auto_reply", [], None, None, None)


@case("auto-read-receipt-outlook")
def _(slug):
    a = "poststelle@stadt-uder.example"
    code = code_for("uder-rem")
    human = (f"Ihre Nachricht\n\n  An: {a}\n  Betreff: {rem_subject(code)}\n  Gesendet: Dienstag, 13. Mai 2025 08:00:00 "
             "(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien\n\nwurde am Dienstag, 13. Mai 2025 09:42:11 "
             "(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien gelesen.")
    fields = (f"Reporting-UA: EXCH02.stadt-uder.example; Microsoft Exchange Server 2019\nFinal-Recipient: rfc822;{a}\n"
              f"Original-Message-ID: {msgid('our-uder-rem', 'transferveranstaltung.example')}\n"
              "Disposition: automatic-action/MDN-sent-automatically; displayed\n")
    h = envelope(slug, addr("Poststelle Uder", a), "Gelesen: " + rem_subject(code), "2025-05-13 09:42",
                 extra=outlook_headers())
    return message(h, _mdn(slug, human, fields)), label("auto_reply", [], None, None, None)


@case("auto-english-ooo-reminder")
def _(slug):
    a = "m.hartleb@regioplan-consult.example"
    code = code_for("regioplan-rem")
    body = """Thank you for your message. I am out of the office until 16 May 2025 with limited access to e-mail.
For urgent matters please contact office@regioplan-consult.example.

Best regards
Michael Hartleb"""
    h = envelope(slug, addr("Michael Hartleb", a), "Out of Office: " + rem_subject(code), "2025-05-13 08:03",
                 extra=outlook_headers(("Auto-Submitted: auto-replied",)))
    return message(h, outlook_alt(slug, body)), label("auto_reply", [], None, None, None, language="en")


@case("auto-sieve-vacation-missing")
def _(slug):
    a = "info@gemeinde-unstruttal.example"
    body = """Guten Tag,

das Postfach wird vom 28.04. bis 02.05.2025 nicht regelmäßig gelesen. Ihre Nachricht wird danach bearbeitet.

Gemeinde Unstruttal"""
    h = envelope(slug, addr("Gemeinde Unstruttal", a), "Abwesend: " + MISSING_SUBJECT, "2025-04-28 12:06",
                 extra=("X-Autoreply: yes", "Auto-Submitted: auto-replied (vacation)"))
    return message(h, text(body, "utf-8", "quoted-printable")), label("auto_reply", [], None, None, None)


# ==================================================================================================
# bounces
# ==================================================================================================


@case("bounce-postfix-user-unknown")
def _(slug):
    rcpt = "j.kleeberg@stadt-greussen.example"
    code = code_for("bounce-greussen")
    human = f"""This is the mail system at host mx01.transferveranstaltung.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

<{rcpt}>: host mail.stadt-greussen.example[192.0.2.41] said: 550 5.1.1
    <{rcpt}>: Recipient address rejected: User unknown in virtual
    mailbox table (in reply to RCPT TO command)"""
    dsn = f"""Reporting-MTA: dns; mx01.transferveranstaltung.example
Arrival-Date: {rfcdate('2025-04-30 10:05')}

Final-Recipient: rfc822; {rcpt}
Original-Recipient: rfc822;{rcpt}
Action: failed
Status: 5.1.1
Remote-MTA: dns; mail.stadt-greussen.example
Diagnostic-Code: smtp; 550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown
"""
    ours = our_mail("bounce-greussen", rcpt, conf_subject(code), "2025-04-30 10:05",
                    confirmation("Sehr geehrter Herr Kleeberg", ["Jan Kleeberg"], code))
    part = report(slug, (["Content-Description: Notification", "Content-Type: text/plain; charset=us-ascii"],
                         human.encode() + b"\n"), dsn, rfc822(ours))
    h = ["Return-Path: <>", f"From: {addr('Mail Delivery System', 'MAILER-DAEMON@mx01.transferveranstaltung.example')}",
         f"To: {INBOX}", "Subject: Undelivered Mail Returned to Sender", f"Date: {rfcdate('2025-04-30 10:05')}",
         f"Message-ID: {msgid(slug, 'mx01.transferveranstaltung.example')}", "Auto-Submitted: auto-replied"]
    return message(h, part), label("bounce", [], None, None, None, language="en", bounce_recipient=rcpt)


@case("bounce-exchange-german-reminder")
def _(slug):
    rcpt = "stadtplanung@zeulenroda-triebes.example"
    code = code_for("bounce-zeulenroda")
    human = f"""Ihre Nachricht hat folgende Empfänger nicht erreicht:

{rcpt} (stadtplanung@zeulenroda-triebes.example)
Das Postfach des Empfängers ist voll und kann derzeit keine Nachrichten annehmen. Versuchen Sie es später erneut, oder wenden Sie sich direkt an den Empfänger.

Diagnoseinformationen für Administratoren:
Generierender Server: EXCH01.zeulenroda-triebes.example
Remoteserver hat '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException' zurückgegeben."""
    dsn = f"""Reporting-MTA: dns;EXCH01.zeulenroda-triebes.example
Received-From-MTA: dns;mx01.transferveranstaltung.example
Arrival-Date: {rfcdate('2025-05-13 08:00')}

Final-Recipient: rfc822;{rcpt}
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException
"""
    ours = our_mail("bounce-zeulenroda", rcpt, rem_subject(code), "2025-05-13 08:00",
                    reminder("Sehr geehrte Damen und Herren", code))
    part = report(slug, (["Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: quoted-printable"],
                         encode_body(human, "utf-8", "quoted-printable")), dsn, rfc822_headers(ours))
    h = [f"From: {addr('Microsoft Outlook', 'postmaster@zeulenroda-triebes.example')}", f"To: {INBOX}",
         f"Subject: {hval('Unzustellbar: ' + rem_subject(code))}", f"Date: {rfcdate('2025-05-13 08:01')}",
         f"Message-ID: {msgid(slug, 'zeulenroda-triebes.example')}", "Auto-Submitted: auto-replied"]
    return message(h, part), label("bounce", [], None, None, None, bounce_recipient=rcpt)


@case("bounce-exim-plain")
def _(slug):
    rcpt = "gemeinde@nobitz-post.example"
    body = f"""This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  {rcpt}
    host mx.nobitz-post.example [198.51.100.23]
    SMTP error from remote mail server after RCPT TO:<{rcpt}>:
    550 No such user here

------ This is a copy of the message, including all the headers. ------

From: {addr(OUR_NAME, INBOX)}
To: {rcpt}
Subject: {hval(MISSING_SUBJECT)}
Date: {rfcdate('2025-04-26 09:12')}
Auto-Submitted: auto-replied

{missing_body('Guten Tag')}
"""
    h = ["Return-Path: <>", f"From: {addr('Mail Delivery System', 'Mailer-Daemon@mx01.transferveranstaltung.example')}",
         f"To: {INBOX}", "Subject: Mail delivery failed: returning message to sender",
         f"Date: {rfcdate('2025-04-26 09:12')}", f"Message-ID: {msgid(slug, 'mx01.transferveranstaltung.example')}",
         "Auto-Submitted: auto-replied", "X-Failed-Recipients: " + rcpt]
    return message(h, text(body, "utf-8", "8bit")), label("bounce", [], None, None, None, language="en",
                                                          bounce_recipient=rcpt)


@case("bounce-postfix-delayed")
def _(slug):
    rcpt = "bauamt@vg-dolmar-salzbruecke.example"
    code = code_for("bounce-dolmar")
    human = f"""This is the mail system at host mx01.transferveranstaltung.example.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

For further assistance, please send mail to postmaster.

<{rcpt}>: connect to mail.vg-dolmar-salzbruecke.example[203.0.113.8]:25:
    Connection timed out"""
    dsn = f"""Reporting-MTA: dns; mx01.transferveranstaltung.example
Arrival-Date: {rfcdate('2025-05-02 10:30')}

Final-Recipient: rfc822; {rcpt}
Original-Recipient: rfc822;{rcpt}
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mail.vg-dolmar-salzbruecke.example[203.0.113.8]:25: Connection timed out
Will-Retry-Until: {rfcdate('2025-05-07 10:30')}
"""
    ours = our_mail("bounce-dolmar", rcpt, conf_subject(code), "2025-05-02 10:30",
                    confirmation("Sehr geehrte Damen und Herren", ["Bauamt VG Dolmar-Salzbrücke"], code))
    part = report(slug, (["Content-Description: Notification", "Content-Type: text/plain; charset=us-ascii"],
                         human.encode() + b"\n"), dsn, rfc822_headers(ours))
    h = ["Return-Path: <>", f"From: {addr('Mail Delivery System', 'MAILER-DAEMON@mx01.transferveranstaltung.example')}",
         f"To: {INBOX}", "Subject: Delayed Mail (still being retried)", f"Date: {rfcdate('2025-05-02 14:35')}",
         f"Message-ID: {msgid(slug, 'mx01.transferveranstaltung.example')}", "Auto-Submitted: auto-replied"]
    return message(h, part), label("bounce", [], None, None, None, language="en", bounce_recipient=rcpt)


# ==================================================================================================
# other mail
# ==================================================================================================


@case("thanks-orlamuende-outlook")
def _(slug):
    a = "k.dehne@orlamuende.example"
    code = code_for("orlamuende-conf")
    body = f"""Vielen Dank für die schnelle Bestätigung!

{MFG}
Kornelia Dehne
Stadt Orlamünde

""" + conf_ol(a, code, "Sehr geehrte Frau Dehne", ["Kornelia Dehne (Stadt Orlamünde)"], "Mittwoch, 30. April 2025 08:51")
    return ol(slug, addr("Dehne, Kornelia", a), "AW: " + conf_subject(code), "2025-04-30 09:07", body), \
        label("other", [], "Stadt Orlamünde", "municipality", "Orlamünde")


@case("thanks-plaue-iphone")
def _(slug):
    a = "t.saalfeld@stadt-plaue.example"
    code = code_for("plaue-conf")
    body = "Danke, passt! 👍\nTorsten"
    return iphone_reply(slug, addr("Torsten Saalfeld", a), "AW: " + conf_subject(code), "2025-05-06 17:40", body,
                        f"Am 06.05.2025 um 16:55 schrieb {OUR_NAME} <{INBOX}>:",
                        confirmation("Sehr geehrter Herr Saalfeld", ["Torsten Saalfeld (Stadt Plaue)"], code)), \
        label("other", [], "Stadt Plaue", "municipality", "Plaue")


@case("newsletter-list-unsubscribe")
def _(slug):
    a = "newsletter@kommunalpraxis-verlag.example"
    body = """KOMMUNALPRAXIS THÜRINGEN – Newsletter 05/2025

Liebe Leserinnen und Leser,

in dieser Ausgabe:

1. Städtebauförderung 2025: Programmaufruf veröffentlicht
2. Kommunale Wärmeplanung – Fristen für kleinere Gemeinden
3. Termine: 9. Transferveranstaltung „Zusammen denken – gemeinsam handeln“ am 20. Mai in Bad Lobenstein (Anmeldung bis 9. Mai)
4. Praxisbeispiel: Leerstandsmanagement in der Innenstadt

Den vollständigen Newsletter lesen Sie online: https://kommunalpraxis-verlag.example/nl/2025-05

Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben. Abmelden: https://kommunalpraxis-verlag.example/abmelden"""
    h = envelope(slug, addr("Kommunalpraxis Thüringen", a), "Newsletter 05/2025: Städtebauförderung, Wärmeplanung, Termine",
                 "2025-05-02 06:00",
                 extra=("List-Id: Kommunalpraxis Newsletter <newsletter.kommunalpraxis-verlag.example>",
                        "List-Unsubscribe: <https://kommunalpraxis-verlag.example/abmelden>, "
                        "<mailto:abmelden@kommunalpraxis-verlag.example>",
                        "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "Precedence: bulk"))
    return message(h, alt(slug, body, simple_html(body, "font-family: Arial;"), prefix="=_nl_")), \
        label("other", [], "Kommunalpraxis Verlag", "other", None)


@case("misdirected-internal")
def _(slug):
    a = "a.wolf@schleusegrund.example"
    body = """Hallo Frank,

anbei wie besprochen die Aufstellung der Straßenlampen im Ortsteil Schönbrunn, die im Sommer umgerüstet werden sollen. Kannst du bitte bis Freitag noch die Angebote vom Bauhof dazulegen?

Danke und Gruß
Anja

Anja Wolf
Gemeinde Schleusegrund
Bauverwaltung"""
    b = "----=_NextPart_000_" + hashlib.md5(slug.encode()).hexdigest()[:20].upper()
    inner = outlook_alt(slug + "-alt", body)
    pdf = attachment("application/pdf", "Aufstellung_Strassenlampen.pdf", dummy_pdf("Aufstellung Strassenlampen"))
    h = envelope(slug, addr("Wolf, Anja", a), "Aufstellung Straßenlampen Schönbrunn", "2025-05-14 13:26",
                 extra=outlook_headers())
    return message(h, multi("mixed", [inner, pdf], b)), \
        label("other", [], "Gemeinde Schleusegrund", "municipality", "Schleusegrund",
              notes=["an einen Kollegen gerichtet, versehentlich an uns"])


@case("phishing-mailbox-quota")
def _(slug):
    a = "support@mail-kontoservice.example"
    body = f"""Sehr geehrter Nutzer,

Ihr Postfach {INBOX} hat das Speicherlimit von 98 % erreicht. Eingehende Nachrichten werden in Kürze abgewiesen.

Bitte bestätigen Sie Ihr Konto innerhalb von 24 Stunden, um eine Sperrung zu vermeiden:

https://kontoservice-mail-verifizierung.example/login?user={INBOX}

Ihr IT-Support-Team"""
    html_body = (f"<html><body><p>Sehr geehrter Nutzer,</p><p>Ihr Postfach {INBOX} hat das Speicherlimit von 98 % "
                 "erreicht. Eingehende Nachrichten werden in Kürze abgewiesen.</p><p>"
                 f"<a href=\"https://kontoservice-mail-verifizierung.example/login?user={INBOX}\">"
                 "Jetzt Konto bestätigen</a></p><p>Ihr IT-Support-Team</p></body></html>\n")
    h = envelope(slug, addr("IT-Support Postfachverwaltung", a), "WARNUNG: Ihr Postfach ist fast voll",
                 "2025-05-10 03:14")
    return message(h, alt(slug, body, html_body, prefix="b2_")), label("other", [], None, None, None)


@case("vendor-advertising")
def _(slug):
    a = "vertrieb@foerdermittel-profis.example"
    body = """Sehr geehrte Damen und Herren,

Fördermittel sicher beantragen – ohne Personalaufwand! Unsere Experten übernehmen für Ihre Kommune die komplette Antragstellung in der Städtebauförderung und der Dorfentwicklung.

Jetzt kostenloses Erstgespräch vereinbaren: https://foerdermittel-profis.example/termin

Ihr Team der Fördermittel-Profis GmbH

Sie möchten keine weiteren Informationen erhalten? Antworten Sie mit „Abmelden“."""
    h = envelope(slug, addr("Fördermittel-Profis GmbH", a), "Fördermittel für Ihre Kommune – ohne Personalaufwand",
                 "2025-04-29 10:00")
    return message(h, alt(slug, body, simple_html(body), prefix="b3_")), \
        label("other", [], "Fördermittel-Profis GmbH", "other", None)


# ==================================================================================================

EARLIER = ("corpus", "corpus_holdout", "corpus_blind") + tuple(f"corpus_blind{i}" for i in range(2, 18))


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


def check_own_rules() -> list[str]:
    """Rules of this set beyond the kit's validator: A-K surnames, required fields, gazetteer district names."""
    problems = []
    required = ("intent", "language", "attendees", "organisation", "organisation_type", "municipality")
    for js in sorted(HERE.glob("[0-9][0-9][0-9]-*.json")):
        data = json.loads(js.read_text(encoding="utf-8"))
        for key in required:
            if key not in data:
                problems.append(f"{js.name}: no field {key!r}")
        for person in data.get("attendees", []):
            for key in ("name", "email", "role"):
                if key not in person:
                    problems.append(f"{js.name}: attendee without {key!r}")
            surname = person["name"].split()[-1]
            if not ("A" <= surname[0].upper() <= "K"):
                problems.append(f"{js.name}: surname {surname!r} does not start with A-K")
        if data.get("intent") == "bounce" and not data.get("bounce_recipient"):
            problems.append(f"{js.name}: bounce without bounce_recipient")
    return problems


if __name__ == "__main__":
    main(HERE, CASES, seed=SEED, earlier=tuple(e for e in EARLIER if (HERE.parent / e).is_dir()),
         unique_within=True, repeats_allowed=True)
    own = check_own_rules()
    for p in own:
        print("PROBLEM:", p)
    if own:
        raise SystemExit(1)
    print("A-K surnames and required fields ok")
    if "--check" in sys.argv[1:]:
        differing = rebuild_differs()
        for name in differing:
            print("PROBLEM: a rebuild would change", name)
        if differing:
            raise SystemExit(1)
        print("rebuild is byte-identical")
