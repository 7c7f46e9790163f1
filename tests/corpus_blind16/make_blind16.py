"""Rebuild and validate the sixteenth blind corpus (tests/corpus_blind16/).

Written blind, by a sixteenth writer, from the invitation (/work/shared/seed/), /work/shared/design/INTERFACE.md,
the gazetteer (/work/shared/data/), the conventions in the READMEs of tests/corpus/, tests/corpus_blind8/ and
tests/corpus_blind11/, and the MIME kit tests/corpus_kit.py only. The writer did not read or run the parser. Each case
is one mail as the registration inbox receives it over the whole registration period (22 April – 19 May 2025). The
case is built byte-exactly by the kit's MIME writer and comes with what a careful event secretary records from that
mail alone.

    .venv/bin/python tests/corpus_blind16/make_blind16.py          # rewrite all files, then validate
    .venv/bin/python tests/corpus_blind16/make_blind16.py --check  # validate the files as they are, and check
                                                                   # that a rebuild would be byte-identical

Besides the kit's checks (MIME parses without defects, labels match the gazetteer, no attendee surname of an earlier
set, no surname or municipality twice in this set), this validator checks the required fields of every label and
that every attendee surname starts with a letter A–K. The A–K rule exists because blind set 17 is written at the same
time and takes the other letters.
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
    ox,
    quote,
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
SEED = 20250516

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


MISSING_SUBJECT = f"Fehlende Angaben zu Ihrer Anmeldung: {EVENT}"


def missing_details(salutation: str) -> str:
    return (f"{salutation},\n\n"
            "vielen Dank für Ihre Nachricht zur 9. Transferveranstaltung am 20. Mai 2025 in Bad Lobenstein. "
            "Damit wir Ihre Anmeldung vollständig erfassen können, fehlt uns noch folgende Angabe:\n\n"
            "- für welche Kommune, Verwaltung oder Organisation Sie teilnehmen\n\n"
            "Bitte antworten Sie einfach auf diese E-Mail.\n\n"
            "Mit freundlichen Grüßen\nIhr Organisationsteam der Transferveranstaltung")


def cancel_confirmation(salutation: str, persons: list[str], code: str) -> str:
    listed = "\n".join(f"- {p}" for p in persons)
    return (f"{salutation},\n\n"
            "wir haben Ihre Abmeldung von der 9. Transferveranstaltung am 20. Mai 2025 erhalten.\n\n"
            f"Abgemeldet:\n{listed}\n\nIhr Code war: {code}\n\n"
            "Schade, dass Sie nicht dabei sein können.\n\n"
            "Mit freundlichen Grüßen\nIhr Organisationsteam der Transferveranstaltung")


def conf_ol(to: str, code: str, salutation: str, persons: list[str], when_de: str) -> str:
    """Our confirmation as older Outlook quotes it ("-----Ursprüngliche Nachricht-----")."""
    return outlook_quote(when_de, to, conf_subject(code), confirmation(salutation, persons, code))


def conf_tb(code: str, salutation: str, persons: list[str], when_de: str) -> str:
    return thunderbird_quote(when_de, f"{OUR_NAME} <{INBOX}>", confirmation(salutation, persons, code))


def new_outlook_quote(frm: str, when_de: str, to: str, subject: str, body: str) -> str:
    """The newer Outlook reply/forward header: a rule, then Von/Gesendet/An/Betreff."""
    return ("________________________________\n"
            f"Von: {frm}\nGesendet: {when_de}\nAn: {to}\nBetreff: {subject}\n\n{body}")


INV_QUOTE_NEW = new_outlook_quote(INVITE_FROM, "Dienstag, 22. April 2025 07:30", "Verteiler Kommunen",
                                  INVITE_SUBJECT, INVITATION)


# --------------------------------------------------------------------------------------------------
# client shapes not in the kit
# --------------------------------------------------------------------------------------------------

def iphone_reply(slug: str, frm: str, subject: str, when: str, body: str, quoted_head: str,
                 quoted_body: str) -> bytes:
    """iPhone reply: the short text, the iPhone line, then the quoted mail with '>'."""
    h = envelope(slug, frm, subject, when, extra=("X-Mailer: iPhone Mail (22E252)",))
    full = f"{body}\n\nVon meinem iPhone gesendet\n\n> {quoted_head}\n> \n" + quote(quoted_body)
    return message(h, text(full, "utf-8", "quoted-printable"))


def notes(slug: str, frm: str, subject: str, when: str, body: str, extra: tuple[str, ...] = ()) -> bytes:
    """HCL Notes: ISO-8859-1 QP plain + a <font> HTML part, '=_alternative' boundary, X-MIMETrack."""
    stamp = when[8:10] + "." + when[5:7] + "." + when[0:4] + " " + when[11:] + ":07"
    h = envelope(slug, frm, subject, when, subject_enc=("ISO-8859-1", "Q"), extra=(
        "X-Mailer: HCL Notes Release 12.0.2FP2 September 21, 2023",
        "X-KeepSent: 5C7A1E2B:9D4F6A30-00C1258C:0036A1F2; type=4; name=$KeepSent",
        f"X-MIMETrack: Serialize by Router on NOTES01/SRV/KV(Release 12.0.2FP2|September 21, 2023) at {stamp}",
        *extra))
    html_body = ('<font size=2 face="sans-serif">' + "<br>".join(esc(l) for l in body.split("\n")) + "</font>\n")
    b = "=_alternative 00" + hashlib.md5(slug.encode()).hexdigest()[:14].upper() + "_="
    return message(h, multi("alternative", [text(body, "ISO-8859-1", "quoted-printable"),
                                            text(html_body, "ISO-8859-1", "quoted-printable", sub="html")], b))


def outlook_crlf(slug: str, frm: str, subject: str, when: str, body: str) -> bytes:
    h = envelope(slug, frm, subject, when, extra=outlook_headers())
    return message(h, outlook_alt(slug, body), crlf=True)


def gmx_quote(when_de: str, frm: str, to: str, subject: str, body: str) -> str:
    """GMX/web.de web mailer: a header block of the quoted mail, the text itself not '>'-prefixed."""
    return (f"\n\nGesendet: {when_de}\nVon: {frm}\nAn: {to}\nBetreff: {subject}\n\n{body}")


# ==================================================================================================
# registrations (33)
# ==================================================================================================


@case("schleiz-outlook-one")
def _(slug):
    a = "a.bischof@schleiz.example"
    body = f"""Sehr geehrte Damen und Herren,

hiermit melde ich mich für die 9. Transferveranstaltung „Zusammen denken – gemeinsam handeln“ am 20. Mai 2025 an. Wir haben unser ISEK im vergangenen Jahr fortgeschrieben und bringen gern unsere Erfahrungen ein.

{MFG}
Im Auftrag

""" + sig("Anke Bischof", "Sachbearbeiterin Stadtplanung / Städtebauförderung", "Stadtverwaltung Schleiz",
          "Bahnhofstraße 1", "07907 Schleiz", "03663 4809-34", a,
          "\nBitte denken Sie an die Umwelt, bevor Sie diese E-Mail ausdrucken.")
    return ol(slug, addr("Bischof, Anke", a), "Anmeldung Transferveranstaltung 20.05.2025", "2025-04-23 08:47", body), \
        label("registration", [P("Anke Bischof", a, "Sachbearbeiterin Stadtplanung / Städtebauförderung")],
              "Stadtverwaltung Schleiz", "municipality", "Schleiz")


@case("rudolstadt-reply-invitation-two")
def _(slug):
    a = "t.gernhardt@rudolstadt.example"
    body = """Sehr geehrte Damen und Herren,

vielen Dank für die Einladung. Von der Stadt Rudolstadt nehmen ich und meine Kollegin Frau Katja Fröhner (k.froehner@rudolstadt.example) teil.

Freundliche Grüße
Thomas Gernhardt
Fachdienst Stadtentwicklung
Stadtverwaltung Rudolstadt
Markt 7, 07407 Rudolstadt
Tel. 03672 486-612

""" + INV_QUOTE_NEW
    return ol(slug, addr("Gernhardt, Thomas", a), "AW: " + INVITE_SUBJECT, "2025-04-22 10:05", body), \
        label("registration", [P("Thomas Gernhardt", a, "Fachdienst Stadtentwicklung"),
                               P("Katja Fröhner", "k.froehner@rudolstadt.example", None)],
              "Stadtverwaltung Rudolstadt", "municipality", "Rudolstadt")


@case("graefenthal-secretary-registers-mayor")
def _(slug):
    a = "sekretariat@graefenthal.example"
    body = f"""Sehr geehrte Damen und Herren,

im Auftrag von Herrn Bürgermeister Ralf Döbling melde ich ihn zur Transferveranstaltung am 20.05.2025 in Bad Lobenstein an. Herr Döbling reist mit dem Dienstwagen an.

Für Rückfragen stehe ich Ihnen gern zur Verfügung.

{MFG}

i. A. Sabine Rothämel
Sekretariat Bürgermeister
Stadt Gräfenthal
Marktstraße 5
98743 Gräfenthal
Tel.: 036703 876-0"""
    return ol_plain(slug, addr("Sekretariat Bürgermeister Gräfenthal", a), "Anmeldung Bürgermeister Döbling",
                    "2025-04-25 11:20", body), \
        label("registration", [P("Ralf Döbling", None, "Bürgermeister")], "Stadt Gräfenthal", "municipality",
              "Gräfenthal", notes=["Herr Döbling reist mit dem Dienstwagen an."])


@case("stadtilm-thunderbird-sig")
def _(slug):
    a = "m.dittrich@stadtilm.example"
    body = """Guten Tag,

ich möchte mich gern zur Transferveranstaltung am 20. Mai in Bad Lobenstein anmelden. Die Stadt Stadtilm steht gerade am Anfang der ISEK-Fortschreibung, daher kommt das Thema für uns genau richtig.

Viele Grüße
Maik Dittrich

-- 
Maik Dittrich
Bauamt / Stadtentwicklung
Stadtverwaltung Stadtilm
Straße der Einheit 1
99326 Stadtilm
Tel. 03629 6687-22"""
    return tb(slug, addr("Maik Dittrich", a), "Anmeldung 9. Transferveranstaltung", "2025-04-24 14:02", body), \
        label("registration", [P("Maik Dittrich", a, "Bauamt / Stadtentwicklung")], "Stadtverwaltung Stadtilm",
              "municipality", "Stadtilm")


@case("ranis-iphone-mayor-short")
def _(slug):
    a = "buergermeister@ranis.example"
    body = """Hallo,
ich melde mich für den 20.05. an.
Gruß
Jens Karnstedt
Bürgermeister Stadt Ranis"""
    return iphone(slug, addr("Jens Karnstedt", a), "Anmeldung Transferveranstaltung", "2025-04-26 19:41", body), \
        label("registration", [P("Jens Karnstedt", a, "Bürgermeister")], "Stadt Ranis", "municipality", "Ranis")


@case("bad-berka-samsung-two")
def _(slug):
    a = "s.heymel@bad-berka.example"
    body = """Guten Morgen, hiermit melden wir uns für die Veranstaltung am 20. Mai an: Susann Heymel und Andreas Kluge, beide Bauamt Stadt Bad Berka. Vielen Dank!
Susann Heymel"""
    return droid(slug, addr("Susann Heymel", a), "Anmeldung", "2025-04-28 07:15", body), \
        label("registration", [P("Susann Heymel", a, "Bauamt"), P("Andreas Kluge", None, "Bauamt")],
              "Stadt Bad Berka", "municipality", "Bad Berka")


@case("planning-office-client-eisfeld-apple")
def _(slug):
    a = "h.eberlein@stadtraum-jena.example"
    body = """Sehr geehrte Damen und Herren,

wir betreuen derzeit die Fortschreibung des ISEK der Stadt Eisfeld und möchten uns deshalb gern zur Transferveranstaltung am 20. Mai anmelden:

Dr. Hanna Eberlein, h.eberlein@stadtraum-jena.example
Paul Jurke, p.jurke@stadtraum-jena.example

Beste Grüße aus Jena
Hanna Eberlein

stadtraum Planungsgesellschaft mbH
Löbdergraben 18, 07743 Jena
www.stadtraum-jena.example"""
    return apple(slug, addr("Hanna Eberlein", a), "Anmeldung Transferveranstaltung (ISEK Eisfeld)", "2025-04-29 16:30",
                 body), \
        label("registration", [P("Hanna Eberlein", a, None, "Dr."), P("Paul Jurke", "p.jurke@stadtraum-jena.example", None)],
              "stadtraum Planungsgesellschaft mbH", "planning_office", "Eisfeld")


@case("schwabhausen-gmx-honorary-mayor")
def _(slug):
    a = "gerd.foertsch@gmx.example"
    body = f"""Sehr geehrte Damen und Herren,

als ehrenamtlicher Bürgermeister der Gemeinde Schwabhausen (Landkreis Gotha) möchte ich an der Veranstaltung am 20. Mai teilnehmen. Uns beschäftigt vor allem die Frage, wie kleine Gemeinden in den Entwicklungskonzepten der Nachbarstädte mitgedacht werden.

{MFG}
Gerd Förtsch
Bürgermeister Gemeinde Schwabhausen"""
    return gmx(slug, addr("Gerd Förtsch", a), "Teilnahme Transferveranstaltung", "2025-04-27 20:55", body), \
        label("registration", [P("Gerd Förtsch", a, "Bürgermeister")], "Gemeinde Schwabhausen", "municipality",
              "Schwabhausen")


@case("leutenberg-webde-private")
def _(slug):
    a = "c.endter@web.example"
    body = f"""Sehr geehrte Damen und Herren,
hiermit melde ich mich zur 9. Transferveranstaltung am 20.05.2025 an.
Da unser Dienstpostfach gerade umgestellt wird, schreibe ich Ihnen von dieser Adresse.
{MFG}
Carola Endter
Stadt Leutenberg
Bauverwaltung"""
    return webde_html_only(slug, addr("Carola Endter", a), "Anmeldung", "2025-04-30 09:12", body), \
        label("registration", [P("Carola Endter", a, "Bauverwaltung")], "Stadt Leutenberg", "municipality", "Leutenberg")


@case("buttstaedt-keyvalue-two-ox")
def _(slug):
    a = "f.abicht@buttstaedt.example"
    body = """Anmeldung zur 9. Transferveranstaltung am 20.05.2025 in Bad Lobenstein

Kommune: Landgemeinde Buttstädt

Teilnehmer 1
Name, Vorname: Adlung, Sebastian
Funktion: Bürgermeister
E-Mail: s.adlung@buttstaedt.example

Teilnehmer 2
Name, Vorname: Abicht, Franziska
Funktion: Bauamt, Städtebauförderung
E-Mail: f.abicht@buttstaedt.example

Mit freundlichen Grüßen
F. Abicht"""
    return ox(slug, addr("Abicht, Franziska", a), "Anmeldung Transferveranstaltung Buttstädt", "2025-05-02 10:40", body), \
        label("registration", [P("Sebastian Adlung", "s.adlung@buttstaedt.example", "Bürgermeister"),
                               P("Franziska Abicht", a, "Bauamt, Städtebauförderung")],
              "Landgemeinde Buttstädt", "municipality", "Buttstädt")


@case("landratsamt-wartburgkreis-notes")
def _(slug):
    a = "ines.jauch@lra-wak.example"
    body = """Sehr geehrte Damen und Herren,

für das Landratsamt Wartburgkreis, Fachdienst Kreisentwicklung und Wirtschaftsförderung, melde ich mich zur Transferveranstaltung am 20.05.2025 an.

Mit freundlichen Grüßen
Im Auftrag

Ines Jauch
Sachbearbeiterin Regionalentwicklung

Landratsamt Wartburgkreis
Fachdienst Kreisentwicklung und Wirtschaftsförderung
Erzberger Allee 14
36433 Bad Salzungen
Telefon: 03695 61-5218
E-Mail: ines.jauch@lra-wak.example"""
    return notes(slug, addr("Ines Jauch", a, "ISO-8859-1"), "Anmeldung Transferveranstaltung am 20.05.2025",
                 "2025-04-24 10:12", body), \
        label("registration", [P("Ines Jauch", a, "Sachbearbeiterin Regionalentwicklung")],
              "Landratsamt Wartburgkreis", "authority", None)


@case("association-roundcube-latin1")
def _(slug):
    a = "vorstand@netzwerk-oberland.example"
    body = f"""Sehr geehrte Damen und Herren,

unser Verein begleitet seit einigen Jahren Bürgerbeteiligungen zur Dorf- und Stadtentwicklung im Saale-Orla-Kreis. Ich möchte mich hiermit als Gast zur Transferveranstaltung am 20. Mai anmelden.

{MFG}
Ronald Döhler
Vorsitzender
Netzwerk Ländlicher Raum Oberland e.V.
www.netzwerk-oberland.example"""
    return roundcube(slug, addr("Ronald Döhler", a, "ISO-8859-1"), "Anmeldung Transferveranstaltung", "2025-05-05 18:05",
                     body), \
        label("registration", [P("Ronald Döhler", a, "Vorsitzender")], "Netzwerk Ländlicher Raum Oberland e.V.",
              "other", None)


@case("heiligenstadt-outlook-html-table-three")
def _(slug):
    a = "m.hildebrandt@heiligenstadt.example"
    before = ("Sehr geehrte Damen und Herren,\n\nvielen Dank für die Einladung zur 9. Transferveranstaltung. Die Stadt "
              "Heiligenstadt hat ihr ISEK 2024 fortgeschrieben; gern bringen wir unsere Erfahrungen ein. Zur "
              "Veranstaltung am 20. Mai 2025 melden wir folgende Personen an:\n")
    rows = [["Name", "Funktion", "E-Mail"],
            ["Martina Hildebrandt", "Fachbereichsleiterin Bauen und Stadtentwicklung", a],
            ["Felix Conrad", "Stadtplaner", "f.conrad@heiligenstadt.example"],
            ["Daniela Gruner", "Klimaschutzmanagerin", "d.gruner@heiligenstadt.example"]]
    after = (f"\nFür Rückfragen stehe ich Ihnen gern zur Verfügung.\n\n{MFG}\n\nMartina Hildebrandt\n"
             "Fachbereichsleiterin Bauen und Stadtentwicklung\n\nStadtverwaltung Heilbad Heiligenstadt\n"
             "Aegidienstraße 22\n37308 Heilbad Heiligenstadt\nTel.: 03606 677-401")
    plain = before + "\n".join("\t".join(r) for r in rows) + "\n" + after
    return ol(slug, addr("Hildebrandt, Martina", a), "Anmeldung zur Transferveranstaltung am 20. Mai 2025",
              "2025-04-30 13:55", plain, html_only=True, inner=table_html(rows, before, after)), \
        label("registration", [P("Martina Hildebrandt", a, "Fachbereichsleiterin Bauen und Stadtentwicklung"),
                               P("Felix Conrad", "f.conrad@heiligenstadt.example", "Stadtplaner"),
                               P("Daniela Gruner", "d.gruner@heiligenstadt.example", "Klimaschutzmanagerin")],
              "Stadtverwaltung Heilbad Heiligenstadt", "municipality", "Heilbad Heiligenstadt")


@case("ellrich-domain-only")
def _(slug):
    a = "s.hochhaus@stadt-ellrich.example"
    body = """Guten Morgen,

ich würde gern an der Transferveranstaltung am 20. Mai teilnehmen und melde mich hiermit an.

Vielen Dank und freundliche Grüße
Stefanie Hochhaus
Bauverwaltung"""
    return ol(slug, addr("Hochhaus, Stefanie", a), "Anmeldung", "2025-05-06 08:05", body), \
        label("registration", [P("Stefanie Hochhaus", a, "Bauverwaltung")], "Stadt Ellrich", "municipality", "Ellrich")


@case("unterwellenborn-thunderbird-signature-only")
def _(slug):
    a = "fahrig@unterwellenborn.example"
    body = f"""Sehr geehrte Damen und Herren,

gern nehme ich an der Veranstaltung am 20.05. teil. Bitte merken Sie mich vor.

{MFG}
Uwe Fahrig

-- 
Gemeinde Unterwellenborn
Bau- und Ordnungsamt
Uwe Fahrig
Tel. 03671 5712-40
fahrig@unterwellenborn.example"""
    return tb(slug, addr("Uwe Fahrig", a), "Transferveranstaltung 20.05.", "2025-04-25 13:30", body), \
        label("registration", [P("Uwe Fahrig", a, "Bau- und Ordnungsamt")], "Gemeinde Unterwellenborn", "municipality",
              "Unterwellenborn")


@case("muehlhausen-ascii")
def _(slug):
    a = "t.haase@muehlhausen.example"
    body = """Sehr geehrte Damen und Herren,

hiermit melde ich mich fuer die Transferveranstaltung am 20.05.2025 an.

Mit freundlichen Gruessen

Torsten Haase
Stadtplanungsamt
Stadtverwaltung Muehlhausen
Ratsstrasse 19
99974 Muehlhausen"""
    h = envelope(slug, addr("Torsten Haase", a), "Anmeldung Transferveranstaltung", "2025-05-07 11:48",
                 extra=("User-Agent: Mutt/2.2.12 (2023-09-09)",))
    return message(h, text(body, "us-ascii", "7bit")), \
        label("registration", [P("Torsten Haase", a, "Stadtplanungsamt")], "Stadtverwaltung Mühlhausen", "municipality",
              "Mühlhausen/Thüringen")


@case("bad-frankenhausen-short-name")
def _(slug):
    a = "k.bolze@bad-frankenhausen.example"
    body = f"""Sehr geehrte Damen und Herren,

die Stadt Bad Frankenhausen möchte gern an der Transferveranstaltung teilnehmen. Ich melde mich dafür an: Kristin Bolze, Sachgebiet Bauverwaltung und Stadtentwicklung.

{MFG}

K. Bolze
Stadt Bad Frankenhausen
Markt 1
06567 Bad Frankenhausen"""
    return ol_plain(slug, addr("Bolze, Kristin", a), "Anmeldung Tranferveranstaltung", "2025-04-29 10:05", body), \
        label("registration", [P("Kristin Bolze", a, "Sachgebiet Bauverwaltung und Stadtentwicklung")],
              "Stadt Bad Frankenhausen", "municipality", "Bad Frankenhausen/Kyffhäuser")


@case("meiningen-three-in-sentence")
def _(slug):
    a = "l.brauns@meiningen.example"
    body = f"""Sehr geehrte Damen und Herren,

für die Stadt Meiningen nehmen an der 9. Transferveranstaltung am 20. Mai 2025 drei Personen teil: unsere Fachbereichsleiterin Frau Dr. Heike Fischbach, Herr Tobias Amende aus dem Sachgebiet Stadtplanung und ich.

Wir reisen gemeinsam mit dem Dienstwagen an.

{MFG}

""" + sig("Lisa Brauns", "Sachgebiet Städtebauförderung", "Stadt Meiningen\nFachbereich Bau und Stadtentwicklung",
          "Schloßplatz 1", "98617 Meiningen", "03693 454-318", a)
    return ol(slug, addr("Brauns, Lisa", a), "Anmeldung Stadt Meiningen – Transferveranstaltung", "2025-04-28 14:22",
              body), \
        label("registration", [P("Heike Fischbach", None, "Fachbereichsleiterin", "Dr."),
                               P("Tobias Amende", None, "Sachgebiet Stadtplanung"),
                               P("Lisa Brauns", a, "Sachgebiet Städtebauförderung")],
              "Stadt Meiningen", "municipality", "Meiningen", notes=["Wir reisen gemeinsam mit dem Dienstwagen an."])


@case("weida-forward-chain-mayor-not-coming")
def _(slug):
    a = "m.kietz@weida.example"
    mayor = new_outlook_quote("Hartenstein, Bernd <buergermeister@weida.example>", "Donnerstag, 24. April 2025 16:48",
                              "Kietz, Marcel; Elsner, Nadine", "WG: " + INVITE_SUBJECT,
                              "Hallo Herr Kietz, hallo Frau Elsner,\n\nbitte nehmen Sie den Termin wahr und melden "
                              "sich beide an. Ich selbst bin am 20.05. im Kreistag.\n\nGruß\nB. Hartenstein\n\n"
                              + INV_QUOTE_NEW)
    body = f"""Sehr geehrte Damen und Herren,

wie unten besprochen melden wir uns für die Stadt Weida zur Transferveranstaltung an: Frau Nadine Elsner und ich.

{MFG}
Marcel Kietz
Bauamt
Stadtverwaltung Weida
Markt 1, 07570 Weida

""" + mayor
    return ol(slug, addr("Kietz, Marcel", a), "WG: " + INVITE_SUBJECT, "2025-04-25 09:30", body), \
        label("registration", [P("Marcel Kietz", a, "Bauamt"), P("Nadine Elsner", None, None)],
              "Stadtverwaltung Weida", "municipality", "Weida")


@case("altenburg-office-head-registers-two")
def _(slug):
    a = "stadtentwicklung@altenburg.example"
    body = f"""Sehr geehrte Damen und Herren,

aus dem Amt für Stadtentwicklung und Bauordnung der Stadt Altenburg werden Frau Bettina Heiland (b.heiland@altenburg.example) und Herr Jan Frenzel (j.frenzel@altenburg.example) an der Transferveranstaltung am 20. Mai teilnehmen. Ich selbst bin an diesem Tag leider anderweitig gebunden, wünsche Ihnen aber eine gelungene Veranstaltung.

{MFG}

Dr. Matthias Oswald
Amtsleiter
Amt für Stadtentwicklung und Bauordnung
Stadtverwaltung Altenburg
Markt 1
04600 Altenburg"""
    return ol(slug, addr("Amt für Stadtentwicklung Altenburg", a), "Anmeldung Transferveranstaltung – 2 Personen",
              "2025-05-05 10:20", body), \
        label("registration", [P("Bettina Heiland", "b.heiland@altenburg.example", None),
                               P("Jan Frenzel", "j.frenzel@altenburg.example", None)],
              "Stadtverwaltung Altenburg", "municipality", "Altenburg")


@case("waltershausen-poststelle-reply-to")
def _(slug):
    a = "poststelle@waltershausen.example"
    r = "c.jordan@waltershausen.example"
    body = f"""Sehr geehrte Damen und Herren,

Herr Christian Jordan, Sachgebietsleiter Stadtentwicklung, meldet sich hiermit zur Transferveranstaltung am 20.05.2025 an. Bitte richten Sie Ihre Antwort direkt an Herrn Jordan.

{MFG}
Poststelle
Stadtverwaltung Waltershausen
Markt 1
99880 Waltershausen"""
    h = envelope(slug, addr("Poststelle Stadt Waltershausen", a), "Anmeldung Transferveranstaltung", "2025-05-06 14:40",
                 extra=outlook_headers((f"Reply-To: {addr('Jordan, Christian', r)}",)))
    return message(h, outlook_alt(slug, body)), \
        label("registration", [P("Christian Jordan", r, "Sachgebietsleiter Stadtentwicklung")],
              "Stadtverwaltung Waltershausen", "municipality", "Waltershausen")


@case("bad-klosterlausnitz-vegetarian")
def _(slug):
    a = "j.engert@bad-klosterlausnitz.example"
    body = f"""Sehr geehrte Damen und Herren,

hiermit melde ich mich zur Transferveranstaltung am 20. Mai 2025 an. Ich ernähre mich vegetarisch – falls es ein Mittagessen gibt, wäre es schön, wenn das berücksichtigt werden könnte.

{MFG}
Julia Engert
Gemeinde Bad Klosterlausnitz
Bauamt
Markt 8
07639 Bad Klosterlausnitz"""
    return ol(slug, addr("Engert, Julia", a), "Anmeldung", "2025-05-07 09:02", body), \
        label("registration", [P("Julia Engert", a, "Bauamt")], "Gemeinde Bad Klosterlausnitz", "municipality",
              "Bad Klosterlausnitz", notes=["Ich ernähre mich vegetarisch"])


@case("hermsdorf-register-and-parking")
def _(slug):
    a = "b.frommann@hermsdorf.example"
    body = f"""Guten Tag,

ich melde mich für die Veranstaltung am 20.05.2025 an. Gibt es vor Ort Parkplätze, oder sollte ich besser mit dem Zug anreisen?

{MFG}
Björn Frommann
Stadt Hermsdorf
Bauamt"""
    return ol_plain(slug, addr("Frommann, Björn", a), "Anmeldung + Frage Parken", "2025-05-08 11:15", body), \
        label("registration", [P("Björn Frommann", a, "Bauamt")], "Stadt Hermsdorf", "municipality", "Hermsdorf",
              notes=["Gibt es vor Ort Parkplätze, oder sollte ich besser mit dem Zug anreisen?"])


@case("wasungen-iphone-deadline-evening")
def _(slug):
    a = "a.daubitz@wasungen.example"
    body = """Guten Abend, ich hoffe es ist noch nicht zu spät: ich würde gern am 20.5. teilnehmen.
Anja Daubitz
Stadt Wasungen, Bauverwaltung"""
    return iphone(slug, addr("Anja Daubitz", a), "Anmeldung 20.5.", "2025-05-09 21:47", body), \
        label("registration", [P("Anja Daubitz", a, "Bauverwaltung")], "Stadt Wasungen", "municipality", "Wasungen")


@case("belrieth-vg-registers-mayor")
def _(slug):
    a = "bauamt@vg-dolmar-salzbruecke.example"
    body = f"""Sehr geehrte Damen und Herren,

für die Gemeinde Belrieth melde ich Herrn Bürgermeister Holger Feistkorn zur Transferveranstaltung am 20. Mai 2025 an. Die Gemeinde erarbeitet derzeit gemeinsam mit den Nachbargemeinden ein Integriertes Gemeindliches Entwicklungskonzept.

{MFG}
im Auftrag
Kerstin Sauerbrey
Bauamt
Verwaltungsgemeinschaft Dolmar-Salzbrücke"""
    return ol(slug, addr("Sauerbrey, Kerstin", a), "Anmeldung Gemeinde Belrieth", "2025-05-02 08:40", body), \
        label("registration", [P("Holger Feistkorn", None, "Bürgermeister")], "Verwaltungsgemeinschaft Dolmar-Salzbrücke",
              "municipality", "Belrieth")


@case("vg-huegelland-taeler-no-member")
def _(slug):
    a = "i.gensel@vg-huegelland-taeler.example"
    body = f"""Sehr geehrte Damen und Herren,

hiermit melde ich mich zur Transferveranstaltung am 20.05.2025 an. Viele unserer Mitgliedsgemeinden beschäftigen sich mit der Dorfentwicklung, deshalb interessiert uns die Verknüpfung mit den ISEK der Städte.

{MFG}
Ines Gensel
Bauamt
Verwaltungsgemeinschaft Hügelland/Täler
Tel.: 036428 5411-23"""
    return ol_plain(slug, addr("Gensel, Ines", a), "Anmeldung Transferveranstaltung", "2025-05-05 15:10", body), \
        label("registration", [P("Ines Gensel", a, "Bauamt")], "Verwaltungsgemeinschaft Hügelland/Täler",
              "municipality", None)


@case("gotha-numbered-titles-secretary")
def _(slug):
    a = "stadtplanung@gotha.example"
    body = f"""Sehr geehrte Damen und Herren,

vielen Dank für die Einladung. Für die Stadt Gotha melden wir folgende Teilnehmer an:

1. Dipl.-Ing. Michael Bärwolf, Leiter Stadtplanungsamt, m.baerwolf@gotha.example
2. Sandra Dönicke, M.A., Sachgebiet Städtebauförderung, s.doenicke@gotha.example
3. Dr. Karl Faulstich, Beigeordneter, k.faulstich@gotha.example

{MFG}
i. A. Ramona Eckardt
Sekretariat Stadtplanungsamt
Stadtverwaltung Gotha
Ekhofplatz 24
99867 Gotha"""
    return ol(slug, addr("Sekretariat Stadtplanungsamt", a), "Anmeldung Stadt Gotha", "2025-04-23 13:35", body), \
        label("registration", [P("Michael Bärwolf", "m.baerwolf@gotha.example", "Leiter Stadtplanungsamt", "Dipl.-Ing."),
                               P("Sandra Dönicke", "s.doenicke@gotha.example", "Sachgebiet Städtebauförderung"),
                               P("Karl Faulstich", "k.faulstich@gotha.example", "Beigeordneter", "Dr.")],
              "Stadtverwaltung Gotha", "municipality", "Gotha")


@case("tambach-dietharz-surname-only-signature")
def _(slug):
    a = "p.kornhaas@tambach-dietharz.example"
    body = f"""Sehr geehrte Damen und Herren,

ich melde mich hiermit zur Transferveranstaltung am 20. Mai an.

{MFG}

Kornhaas
Stadtverwaltung Tambach-Dietharz
Bauverwaltung
Burgstallstraße 31a
99897 Tambach-Dietharz"""
    return ol(slug, addr("Kornhaas, Petra", a), "Anmeldung", "2025-04-30 11:30", body), \
        label("registration", [P("Petra Kornhaas", a, "Bauverwaltung")], "Stadtverwaltung Tambach-Dietharz",
              "municipality", "Tambach-Dietharz/Thür. Wald")


@case("bad-liebenstein-outlook-crlf")
def _(slug):
    a = "r.appelfeller@bad-liebenstein.example"
    body = f"""Sehr geehrte Damen und Herren,

zur Transferveranstaltung am Dienstag, 20. Mai 2025, melde ich mich verbindlich an.

{MFG}

""" + sig("Ronny Appelfeller", "Bauamtsleiter", "Stadt Bad Liebenstein", "Herzog-Georg-Straße 2",
          "36448 Bad Liebenstein", "036961 361-20", a)
    return outlook_crlf(slug, addr("Appelfeller, Ronny", a), "Verbindliche Anmeldung 20.05.2025", "2025-04-24 08:20",
                        body), \
        label("registration", [P("Ronny Appelfeller", a, "Bauamtsleiter")], "Stadt Bad Liebenstein", "municipality",
              "Bad Liebenstein")


@case("dornburg-camburg-thunderbird-qp")
def _(slug):
    a = "s.illgen@dornburg-camburg.example"
    body = """Hallo zusammen,

ich melde mich für die Transferveranstaltung am 20.05. an. Wir stehen in Dornburg-Camburg kurz vor der Vergabe der ISEK-Fortschreibung und wollen vorher möglichst viel mitnehmen.

Viele Grüße
Sabine Illgen

-- 
Sabine Illgen
Sachgebiet Bauwesen
Stadt Dornburg-Camburg
Tel. 036421 343-15"""
    return tb(slug, addr("Sabine Illgen", a), "Anmeldung ISEK-Transferveranstaltung", "2025-05-06 17:05", body,
              cte="quoted-printable"), \
        label("registration", [P("Sabine Illgen", a, "Sachgebiet Bauwesen")], "Stadt Dornburg-Camburg", "municipality",
              "Dornburg-Camburg")


@case("rossleben-wiehe-ss-spelling")
def _(slug):
    a = "d.keilhauer@rossleben-wiehe.example"
    body = """Sehr geehrte Damen und Herren,

hiermit melde ich mich für die Stadt Rossleben-Wiehe zur 9. Transferveranstaltung an.

Mit freundlichen Grüssen
Dirk Keilhauer
Stadtverwaltung Rossleben-Wiehe
Bau- und Liegenschaftsamt"""
    return ol_plain(slug, addr("Keilhauer, Dirk", a), "Anmeldung", "2025-05-08 07:55", body), \
        label("registration", [P("Dirk Keilhauer", a, "Bau- und Liegenschaftsamt")], "Stadtverwaltung Roßleben-Wiehe",
              "municipality", "Roßleben-Wiehe")


@case("schwarzatal-reply-missing-details-gmx")
def _(slug):
    a = "yvonne.baeuerle@gmx.example"
    body = """Hallo,

Entschuldigung, das hatte ich vergessen: Ich arbeite im Bauamt der Stadt Schwarzatal (Sachbearbeitung Stadtentwicklung) und nehme für die Stadt teil.

Viele Grüße
Yvonne Bäuerle""" + gmx_quote("Freitag, 02. Mai 2025 um 16:41 Uhr", f'"{OUR_NAME}" <{INBOX}>', a, MISSING_SUBJECT,
                              missing_details("Sehr geehrte Frau Bäuerle"))
    return gmx(slug, addr("Yvonne Bäuerle", a), "Aw: " + MISSING_SUBJECT, "2025-05-03 12:20", body), \
        label("registration", [P("Yvonne Bäuerle", a, "Sachbearbeitung Stadtentwicklung")], "Stadt Schwarzatal",
              "municipality", "Schwarzatal")


@case("hirschberg-iphone-reply-invitation")
def _(slug):
    a = "a.bielefeld@hirschberg.example"
    body = "Hallo, ich melde mich und unseren Bürgermeister Klaus Jeske an. Viele Grüße Anne Bielefeld, Stadt Hirschberg"
    return iphone_reply(slug, addr("Anne Bielefeld", a), "Re: " + INVITE_SUBJECT, "2025-04-23 18:12", body,
                        f"Am 22.04.2025 um 07:30 schrieb {INVITE_FROM}:", INVITATION), \
        label("registration", [P("Anne Bielefeld", a, None), P("Klaus Jeske", None, "Bürgermeister")],
              "Stadt Hirschberg", "municipality", "Hirschberg")


# ==================================================================================================
# cancellations (5)
# ==================================================================================================


@case("sonneberg-cancel-reply-confirmation")
def _(slug):
    a = "k.fleischmann@sonneberg.example"
    code = code_for("b16-sonneberg")
    body = f"""Sehr geehrte Damen und Herren,

leider muss ich meine Teilnahme an der Transferveranstaltung absagen, da am 20. Mai kurzfristig eine Sondersitzung des Bauausschusses angesetzt wurde.

{MFG}
Katja Fleischmann
Stadt Sonneberg
Fachbereich Bau

""" + conf_ol(a, code, "Sehr geehrte Frau Fleischmann", ["Katja Fleischmann"], "Donnerstag, 24. April 2025 09:03")
    return ol(slug, addr("Fleischmann, Katja", a), "AW: " + conf_subject(code), "2025-05-13 08:30", body), \
        label("cancellation", [P("Katja Fleischmann", a, None)], "Stadt Sonneberg", "municipality", "Sonneberg")


@case("schkoelen-iphone-ill-day-before")
def _(slug):
    a = "a.krause@stadt-schkoelen.example"
    body = "Guten Morgen, ich bin leider krank und kann morgen nicht kommen. Bitte streichen Sie mich. Gruß Andrea Krause"
    return iphone(slug, addr("Andrea Krause", a), "Absage morgen", "2025-05-19 06:48", body), \
        label("cancellation", [P("Andrea Krause", a, None)], "Stadt Schkölen", "municipality", "Schkölen")


@case("lucka-cancel-colleague-thunderbird")
def _(slug):
    a = "h.bechstedt@lucka.example"
    code = code_for("b16-lucka")
    body = """Hallo,

Frau Maria Jöckel kann am 20. Mai leider nicht teilnehmen, sie ist an dem Tag im Urlaub. Ich selbst komme wie geplant.

Viele Grüße
Henrik Bechstedt
Stadt Lucka, Bauamt

""" + conf_tb(code, "Sehr geehrter Herr Bechstedt", ["Henrik Bechstedt", "Maria Jöckel"], "25.04.25 um 08:14")
    return tb(slug, addr("Henrik Bechstedt", a), "Re: " + conf_subject(code), "2025-05-14 10:10", body), \
        label("cancellation", [P("Maria Jöckel", None, None)], "Stadt Lucka", "municipality", "Lucka")


@case("heringen-cancel-two-with-code")
def _(slug):
    a = "bauamt@heringen-helme.example"
    code = code_for("b16-heringen")
    body = f"""Sehr geehrte Damen und Herren,

leider müssen wir die Anmeldung von Herrn Steffen Bauchspieß und Frau Nicole Emmrich ({code}) zurückziehen. Wegen einer Sitzung des Stadtrates am selben Tag ist eine Teilnahme nicht möglich.

{MFG}
Bauamt
Stadt Heringen/Helme
Tel. 036333 602-14"""
    return ol_plain(slug, addr("Bauamt Heringen", a), f"Absage Transferveranstaltung {code}", "2025-05-12 13:40", body), \
        label("cancellation", [P("Steffen Bauchspieß", None, None), P("Nicole Emmrich", None, None)],
              "Stadt Heringen/Helme", "municipality", "Heringen/Helme")


@case("planning-office-cancel-client-gefell")
def _(slug):
    a = "l.jungklaus@jungklaus-partner.example"
    body = f"""Sehr geehrte Damen und Herren,

ich hatte mich als Bearbeiter des ISEK für die Stadt Gefell zur Transferveranstaltung angemeldet. Aus terminlichen Gründen muss ich leider absagen.

{MFG}
Lars Jungklaus
Planungsbüro Jungklaus & Partner
Stadt- und Regionalplanung
Plauen"""
    return ol_plain(slug, addr("Lars Jungklaus", a), "Absage Transferveranstaltung", "2025-05-15 09:20", body), \
        label("cancellation", [P("Lars Jungklaus", a, None)], "Planungsbüro Jungklaus & Partner", "planning_office",
              "Gefell")


# ==================================================================================================
# changes (6)
# ==================================================================================================


@case("zella-mehlis-substitute-reply-confirmation")
def _(slug):
    a = "j.flemming@zella-mehlis.example"
    code = code_for("b16-zella-mehlis")
    body = f"""Sehr geehrte Damen und Herren,

ich bin am 20. Mai leider verhindert. An meiner Stelle wird meine Kollegin Frau Tanja Hennicke (t.hennicke@zella-mehlis.example) teilnehmen. Bitte schicken Sie ihr die Unterlagen direkt zu.

{MFG}
Jörg Flemming
Stadt Zella-Mehlis
Stadtentwicklung

""" + conf_ol(a, code, "Sehr geehrter Herr Flemming", ["Jörg Flemming"], "Montag, 28. April 2025 11:40")
    return ol(slug, addr("Flemming, Jörg", a), "AW: " + conf_subject(code), "2025-05-12 15:05", body), \
        label("change", [P("Tanja Hennicke", "t.hennicke@zella-mehlis.example", None), P("Jörg Flemming", a, None)],
              "Stadt Zella-Mehlis", "municipality", "Zella-Mehlis")


@case("neustadt-orla-add-colleague-ox")
def _(slug):
    a = "k.albers@neustadt-orla.example"
    code = code_for("b16-neustadt")
    body = f"""Sehr geehrte Damen und Herren,

zu meiner Anmeldung ({code}) möchte ich noch meinen Kollegen Herrn Marco Gabler (m.gabler@neustadt-orla.example) nachmelden. Ist das noch möglich?

Viele Grüße
Kathrin Albers
Stadtverwaltung Neustadt/Orla
Bauamt"""
    return ox(slug, addr("Kathrin Albers", a), "Nachmeldung Kollege", "2025-05-07 13:25", body), \
        label("change", [P("Marco Gabler", "m.gabler@neustadt-orla.example", None)], "Stadtverwaltung Neustadt an der Orla",
              "municipality", "Neustadt an der Orla")


@case("weissensee-new-address-t-online")
def _(slug):
    a = "doreen.anger@t-online.example"
    new = "d.anger@weissensee.example"
    body = f"""Guten Tag,

ich habe mich vor einigen Tagen von meiner privaten E-Mail-Adresse aus angemeldet. Bitte senden Sie alle weiteren Informationen an meine dienstliche Adresse: {new}

Vielen Dank!
Doreen Anger
Stadt Weißensee, Bauverwaltung"""
    return gmx(slug, addr("Doreen Anger", a), "Änderung meiner E-Mail-Adresse", "2025-05-06 19:30", body), \
        label("change", [P("Doreen Anger", new, "Bauverwaltung")], "Stadt Weißensee", "municipality", "Weißensee")


@case("bad-koestritz-late-arrival-iphone")
def _(slug):
    a = "r.boettcher@bad-koestritz.example"
    code = code_for("b16-bad-koestritz")
    body = ("Hallo, ich schaffe es am 20. erst gegen 11 Uhr, der Zug kommt nicht früher an. Bitte nicht wundern.\n"
            "Rico Böttcher, Stadt Bad Köstritz")
    return iphone_reply(slug, addr("Rico Böttcher", a), "Re: " + conf_subject(code), "2025-05-16 12:40", body,
                        f"Am 29.04.2025 um 14:02 schrieb {OUR_NAME} <{INBOX}>:",
                        confirmation("Sehr geehrter Herr Böttcher", ["Rico Böttcher"], code)), \
        label("change", [P("Rico Böttcher", a, None)], "Stadt Bad Köstritz", "municipality", "Bad Köstritz",
              notes=["ich schaffe es am 20. erst gegen 11 Uhr"])


@case("themar-gluten-free-thunderbird")
def _(slug):
    a = "c.jakob@themar.example"
    code = code_for("b16-themar")
    body = """Guten Tag,

zu meiner Anmeldung noch ein Nachtrag: Ich muss mich glutenfrei ernähren. Vielleicht lässt sich das beim Mittagessen berücksichtigen.

Danke und viele Grüße
Carmen Jakob
Stadt Themar

""" + conf_tb(code, "Sehr geehrte Frau Jakob", ["Carmen Jakob"], "30.04.25 um 10:26")
    return tb(slug, addr("Carmen Jakob", a), "Re: " + conf_subject(code), "2025-05-13 09:50", body), \
        label("change", [P("Carmen Jakob", a, None)], "Stadt Themar", "municipality", "Themar",
              notes=["Ich muss mich glutenfrei ernähren."])


@case("gera-wheelchair-colleague")
def _(slug):
    a = "u.bretschneider@gera.example"
    body = f"""Sehr geehrte Damen und Herren,

Herr Uwe Dornbusch aus unserem Fachdienst Stadtplanung ist für die Transferveranstaltung angemeldet. Ich möchte Ihnen vorab mitteilen, dass Herr Dornbusch auf einen Rollstuhl angewiesen ist. Wir wären dankbar, wenn ein Parkplatz nahe am Eingang und ein gut erreichbarer Platz im Saal vorgesehen werden könnten.

{MFG}

""" + sig("Ute Bretschneider", "Fachdienstleiterin Stadtplanung", "Stadt Gera\nDezernat Bau und Umwelt",
          "Gagarinstraße 99/101", "07545 Gera", "0365 838-4210", a)
    return ol(slug, addr("Bretschneider, Ute", a), "Teilnahme Herr Dornbusch – Hinweis Barrierefreiheit",
              "2025-05-14 11:05", body), \
        label("change", [P("Uwe Dornbusch", None, "Fachdienst Stadtplanung")], "Stadt Gera", "municipality", "Gera",
              notes=["dass Herr Dornbusch auf einen Rollstuhl angewiesen ist"])


# ==================================================================================================
# questions (5)
# ==================================================================================================


@case("ziegenrueck-question-parking-train")
def _(slug):
    a = "hauptamt@ziegenrueck.example"
    body = """Guten Tag,

ich bin für die Transferveranstaltung angemeldet und hätte zwei Fragen zur Anreise: Gibt es am Veranstaltungsort Parkplätze? Und falls ich mit dem Zug komme – wie weit ist es vom Bahnhof Bad Lobenstein bis zum Veranstaltungsort, gibt es eventuell einen Shuttle?

Vielen Dank und viele Grüße
Doris Hentschel

-- 
Stadt Ziegenrück
Hauptamt/Bauverwaltung"""
    return tb(slug, addr("Doris Hentschel", a), "Frage zur Anreise", "2025-05-15 14:30", body), \
        label("question", [], "Stadt Ziegenrück", "municipality", "Ziegenrück")


@case("koenigsee-question-programme")
def _(slug):
    a = "g.ebert@koenigsee.example"
    body = f"""Sehr geehrte Damen und Herren,

gibt es zur Transferveranstaltung am 20. Mai bereits ein Programm oder eine Tagesordnung? Ich würde gern vorab wissen, ob es Workshops oder Arbeitsgruppen gibt und wann die Veranstaltung endet, um die Rückfahrt zu planen.

{MFG}
Gunnar Ebert
Stadt Königsee
Bauamt"""
    return ol(slug, addr("Ebert, Gunnar", a), "Programm Transferveranstaltung?", "2025-04-28 09:15", body), \
        label("question", [], "Stadt Königsee", "municipality", "Königsee")


@case("eisenberg-question-accessibility")
def _(slug):
    a = "fb-bau@stadt-eisenberg.example"
    body = f"""Sehr geehrte Damen und Herren,

ist der Veranstaltungsort in Bad Lobenstein barrierefrei zugänglich? Eine Kollegin von uns ist gehbehindert und würde sich gern anmelden, wenn das möglich ist.

{MFG}
Thomas Arnold
Stadt Eisenberg
Fachbereich Bau"""
    return ol_plain(slug, addr("Arnold, Thomas", a), "Barrierefreiheit Veranstaltungsort", "2025-04-30 15:45", body), \
        label("question", [], "Stadt Eisenberg", "municipality", "Eisenberg")


@case("planning-office-question-certificate-apple")
def _(slug):
    a = "j.haferkorn@haferkorn-landschaft.example"
    body = """Sehr geehrte Damen und Herren,

wir sind ein Planungsbüro aus Erfurt und überlegen, mit zwei Personen an der Transferveranstaltung teilzunehmen. Erhalten die Teilnehmenden eine Teilnahmebescheinigung? Und ist die Veranstaltung bei der Architektenkammer Thüringen als Fortbildung anerkannt?

Beste Grüße
Judith Haferkorn
Haferkorn Landschaft + Stadt
Erfurt"""
    return apple(slug, addr("Judith Haferkorn", a), "Teilnahmebescheinigung / Fortbildungspunkte?", "2025-05-02 11:05",
                 body), \
        label("question", [], "Haferkorn Landschaft + Stadt", "planning_office", None)


@case("nobitz-question-costs-roundcube")
def _(slug):
    a = "bauamt@nobitz.example"
    body = """Guten Tag,

bevor ich mich anmelde, eine kurze Frage: Fallen für die Teilnahme Kosten an, zum Beispiel für die Verpflegung? Und muss man sich für das Mittagessen gesondert anmelden?

Viele Grüße
Heiko Brandl
Gemeinde Nobitz
Bauamt"""
    return roundcube(slug, addr("Heiko Brandl", a), "Frage Kosten Transferveranstaltung", "2025-04-26 10:30", body,
                     "UTF-8", "quoted-printable"), \
        label("question", [], "Gemeinde Nobitz", "municipality", "Nobitz")


# ==================================================================================================
# auto replies (4)
# ==================================================================================================


@case("auto-exchange-invitation")
def _(slug):
    a = "j.kaestner@stadt-poessneck.example"
    body = """Sehr geehrte Damen und Herren,

ich bin bis einschließlich 02.05.2025 nicht im Dienst. Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an bauamt@stadt-poessneck.example.

Mit freundlichen Grüßen
Jana Kästner"""
    h = envelope(slug, addr("Kästner, Jana", a), "Automatische Antwort: " + INVITE_SUBJECT, "2025-04-22 07:34",
                 extra=outlook_headers(("Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All")))
    return message(h, outlook_alt(slug, body)), label("auto_reply", [], None, None, None)


@case("auto-sieve-cancellation-confirmed")
def _(slug):
    a = "d.koehler@gemeinde-remptendorf.example"
    code = code_for("b16-remptendorf")
    body = """Ich bin vom 12.05. bis 23.05.2025 im Urlaub. Ihre Nachricht wird nicht weitergeleitet.
Vertretung: Frau Gabriele Eckstein, bauamt@gemeinde-remptendorf.example

Dirk Köhler
Gemeinde Remptendorf"""
    h = envelope(slug, addr("Dirk Köhler", a), "Auto: " + cancel_subject(code), "2025-05-13 08:32",
                 extra=("Auto-Submitted: auto-replied (vacation)", "Precedence: bulk"))
    return message(h, text(body, "utf-8", "quoted-printable")), label("auto_reply", [], None, None, None)


@case("auto-notes-ausser-haus-no-headers")
def _(slug):
    a = "karin.hebestreit@lra-sok.example"
    body = """Ich werde ab  28.04.2025 nicht im Büro sein. Ich kehre zurück am  05.05.2025.

Ich werde Ihre Nachricht nach meiner Rückkehr beantworten. In dringenden Fällen wenden Sie sich bitte an das Sekretariat des Fachdienstes Bauen, Telefon 03663 488-501."""
    return notes(slug, addr("Karin Hebestreit", a, "ISO-8859-1"), "Karin Hebestreit ist außer Haus.", "2025-04-29 11:02",
                 body), label("auto_reply", [], None, None, None)


@case("auto-outlook-missing-details-no-auto-submitted")
def _(slug):
    a = "f.kirchhof@kaltennordheim.example"
    body = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 06.05.2025 nicht erreichbar. Ihre E-Mail wird nach meiner Rückkehr bearbeitet.

Freundliche Grüße
Frank Kirchhof
Stadt Kaltennordheim"""
    h = envelope(slug, addr("Kirchhof, Frank", a), "Automatische Antwort: " + MISSING_SUBJECT, "2025-05-02 16:43",
                 extra=outlook_headers(("X-Auto-Response-Suppress: All",)))
    return message(h, outlook_alt(slug, body)), label("auto_reply", [], None, None, None)


# ==================================================================================================
# bounces (3)
# ==================================================================================================


def _our(slug: str, to: str, subject: str, when: str, body: str) -> bytes:
    return message([f"From: {addr(OUR_NAME, INBOX)}", f"To: {to}", f"Subject: {hval(subject)}",
                    f"Date: {rfcdate(when)}", f"Message-ID: {msgid('our-' + slug, 'transferveranstaltung.example')}",
                    "Auto-Submitted: auto-replied"], text(body))


@case("bounce-postfix-user-unknown-confirmation")
def _(slug):
    rcpt = "h.dietzsch@vg-seenplatte.example"
    code = code_for("b16-seenplatte")
    original = _our(slug, rcpt, conf_subject(code), "2025-04-30 14:01",
                    confirmation("Sehr geehrter Herr Dietzsch", ["Hartmut Dietzsch"], code))
    human = f"""This is the mail system at host mx01.transferveranstaltung.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<{rcpt}>: host mail.vg-seenplatte.example[192.0.2.41] said:
    550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown in
    virtual mailbox table (in reply to RCPT TO command)"""
    dsn = f"""Reporting-MTA: dns; mx01.transferveranstaltung.example
X-Postfix-Queue-ID: 4Zb7Qm1x2Sz9sWn
Arrival-Date: Wed, 30 Apr 2025 14:01:12 +0200 (CEST)

Final-Recipient: rfc822; {rcpt}
Original-Recipient: rfc822;{rcpt}
Action: failed
Status: 5.1.1
Remote-MTA: dns; mail.vg-seenplatte.example
Diagnostic-Code: smtp; 550 5.1.1 <{rcpt}>: Recipient address rejected: User
    unknown in virtual mailbox table
"""
    part = report(slug, (["Content-Description: Notification", "Content-Type: text/plain; charset=us-ascii"],
                         human.encode() + b"\n"), dsn, rfc822_headers(original))
    h = ["Return-Path: <>", f"From: {addr('Mail Delivery System', 'MAILER-DAEMON@mx01.transferveranstaltung.example')}",
         f"To: {INBOX}", "Subject: Undelivered Mail Returned to Sender", f"Date: {rfcdate('2025-04-30 14:02')}",
         f"Message-ID: {msgid(slug, 'mx01.transferveranstaltung.example')}", "Auto-Submitted: auto-replied"]
    return message(h, part), label("bounce", [], None, None, None, language="en", bounce_recipient=rcpt)


@case("bounce-exchange-german-waitlist-mailbox-full")
def _(slug):
    rcpt = "bauverwaltung@stadt-kahla.example"
    code = code_for("b16-kahla-wait")
    original = _our(slug, rcpt, wait_subject(code), "2025-05-08 10:14", waitlist("Sehr geehrte Damen und Herren", code))
    human = f"""Die Nachricht konnte nicht zugestellt werden.

Das Postfach des Empfängers ist voll und kann derzeit keine Nachrichten annehmen. Versuchen Sie später erneut, die Nachricht zu senden, oder wenden Sie sich direkt an den Empfänger.

Diagnoseinformationen für Administratoren:

Generierender Server: EXCH02.stadt-kahla.example

{rcpt}
Remoteserver hat '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded' zurückgegeben."""
    dsn = f"""Reporting-MTA: dns;EXCH02.stadt-kahla.example
Received-From-MTA: dns;mx.stadt-kahla.example
Arrival-Date: Thu, 8 May 2025 08:14:31 +0000

Final-Recipient: rfc822;{rcpt}
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;554 5.2.2 mailbox full;
 STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded
"""
    part = report(slug, (["Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: quoted-printable"],
                         encode_body(human, "utf-8", "quoted-printable")), dsn, rfc822(original))
    h = [f"From: {addr('Microsoft Outlook', 'postmaster@stadt-kahla.example')}", f"To: {INBOX}",
         f"Subject: {hval('Unzustellbar: ' + wait_subject(code))}", f"Date: {rfcdate('2025-05-08 10:15')}",
         f"Message-ID: {msgid(slug, 'stadt-kahla.example')}", "Auto-Submitted: auto-replied",
         "Content-Language: de-DE"]
    return message(h, part), label("bounce", [], None, None, None, bounce_recipient=rcpt)


@case("bounce-postfix-delayed-confirmation")
def _(slug):
    rcpt = "sekretariat@gemeinde-krayenberg.example"
    code = code_for("b16-krayenberg")
    original = _our(slug, rcpt, conf_subject(code), "2025-05-06 08:10",
                    confirmation("Sehr geehrte Damen und Herren", ["Elke Hanke"], code))
    human = f"""This is the mail system at host mx01.transferveranstaltung.example.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

For further assistance, please send mail to postmaster.

                   The mail system

<{rcpt}>: connect to mail.gemeinde-krayenberg.example[198.51.100.23]:25:
    Connection timed out"""
    dsn = f"""Reporting-MTA: dns; mx01.transferveranstaltung.example
X-Postfix-Queue-ID: 4ZcR2k0pQmz8tVb
Arrival-Date: Tue, 6 May 2025 08:10:44 +0200 (CEST)

Final-Recipient: rfc822; {rcpt}
Original-Recipient: rfc822;{rcpt}
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mail.gemeinde-krayenberg.example[198.51.100.23]:25:
    Connection timed out
Will-Retry-Until: Sun, 11 May 2025 08:10:44 +0200 (CEST)
"""
    part = report(slug, (["Content-Description: Notification", "Content-Type: text/plain; charset=us-ascii"],
                         human.encode() + b"\n"), dsn, rfc822_headers(original))
    h = ["Return-Path: <>", f"From: {addr('Mail Delivery System', 'MAILER-DAEMON@mx01.transferveranstaltung.example')}",
         f"To: {INBOX}", "Subject: Delayed Mail (still being retried)", f"Date: {rfcdate('2025-05-06 12:12')}",
         f"Message-ID: {msgid(slug, 'mx01.transferveranstaltung.example')}", "Auto-Submitted: auto-replied"]
    return message(h, part), label("bounce", [], None, None, None, language="en", bounce_recipient=rcpt)


# ==================================================================================================
# other (4)
# ==================================================================================================


@case("oberhof-thanks-iphone")
def _(slug):
    a = "s.kaltwasser@oberhof.example"
    code = code_for("b16-oberhof")
    return iphone_reply(slug, addr("Sven Kaltwasser", a), "Re: " + conf_subject(code), "2025-04-24 12:30",
                        "Vielen Dank, bis zum 20.!\nSven Kaltwasser, Stadt Oberhof",
                        f"Am 24.04.2025 um 12:11 schrieb {OUR_NAME} <{INBOX}>:",
                        confirmation("Sehr geehrter Herr Kaltwasser", ["Sven Kaltwasser"], code)), \
        label("other", [], "Stadt Oberhof", "municipality", "Oberhof")


@case("other-newsletter-kommunalforum")
def _(slug):
    a = "newsletter@kommunalforum-thueringen.example"
    body = """Kommunalforum Thüringen – Newsletter Mai 2025

Liebe Leserinnen und Leser,

in dieser Ausgabe:

- Städtebauförderung 2025: Programmaufruf veröffentlicht, Anträge bis 30. Juni
- Kommunale Wärmeplanung: Leitfaden für kleine Gemeinden erschienen
- Termine: 20.05. Transferveranstaltung ISEK in Bad Lobenstein (Anmeldung bis 9. Mai), 12.06. Fachtag Klimaanpassung im Quartier, Erfurt

Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben.
Abmelden: https://kommunalforum-thueringen.example/newsletter/abmelden?id=88213"""
    h = envelope(slug, addr("Kommunalforum Thüringen", a), "Newsletter Mai 2025: Städtebauförderung, Wärmeplanung, Termine",
                 "2025-05-05 06:00",
                 extra=("Precedence: bulk", "List-Id: Kommunalforum Newsletter <newsletter.kommunalforum-thueringen.example>",
                        "List-Unsubscribe: <https://kommunalforum-thueringen.example/newsletter/abmelden?id=88213>",
                        "List-Unsubscribe-Post: List-Unsubscribe=One-Click"))
    return message(h, alt(slug, body, simple_html(body, "font-family: Arial, sans-serif;"), prefix="nl_")), \
        label("other", [], None, None, None)


@case("other-misdirected-committee-papers")
def _(slug):
    a = "m.engel@kahla.example"
    body = f"""Hallo Frank,

anbei wie besprochen die Beschlussvorlage für den Bauausschuss am 08.05. Die Kostenschätzung reiche ich morgen nach.

Viele Grüße
Martina

Martina Engel
Stadtverwaltung Kahla
Bauamt"""
    b = "----=_NextPart_001_" + hashlib.md5(slug.encode()).hexdigest()[:20].upper()
    mixed = multi("mixed", [outlook_alt(slug, body),
                            attachment("application/pdf", "BV_2025-031_Sanierung_Rosengasse.pdf",
                                       dummy_pdf("Beschlussvorlage 2025-031"))], b)
    h = envelope(slug, addr("Engel, Martina", a), "AW: Unterlagen Bauausschuss 08.05.", "2025-04-29 15:12",
                 extra=outlook_headers())
    return message(h, mixed), label("other", [], "Stadtverwaltung Kahla", "municipality", "Kahla")


@case("other-phishing-mailbox-locked")
def _(slug):
    a = "admin@secure-mailcheck.example"
    html_body = f"""<html><body style="font-family:Arial">
<p><b>Letzte Warnung</b></p>
<p>Sehr geehrter Nutzer von {INBOX},</p>
<p>Ihr Postfach hat das Speicherlimit erreicht. Eingehende Nachrichten werden ab heute zurückgehalten und nach 24 Stunden gelöscht.</p>
<p>Um Ihr Postfach zu behalten, bestätigen Sie bitte Ihr Konto:</p>
<p><a href="https://mailcheck-verify.example/login?u=anmeldung">Jetzt Konto bestätigen</a></p>
<p>Webmail Administrator</p>
</body></html>
"""
    h = envelope(slug, addr("Webmail Administrator", a), f"Letzte Warnung: Ihr Postfach {INBOX} wird gesperrt",
                 "2025-05-10 03:14", extra=("X-Priority: 1",))
    return message(h, text(html_body, "utf-8", "quoted-printable", sub="html")), label("other", [], None, None, None)


# ==================================================================================================
# validation beyond the kit
# ==================================================================================================

EARLIER = ("corpus", "corpus_holdout", "corpus_blind", "corpus_blind2", "corpus_blind3", "corpus_blind4",
           "corpus_blind5", "corpus_blind6", "corpus_blind7", "corpus_blind8", "corpus_blind9", "corpus_blind10",
           "corpus_blind11", "corpus_blind12", "corpus_blind13", "corpus_blind14", "corpus_blind15")
REQUIRED = ("intent", "language", "attendees", "organisation", "organisation_type", "municipality")
PERSON_FIELDS = ("name", "email", "role")
OTYPES = (None, "municipality", "planning_office", "authority", "other")
ALLOWED_INITIALS = set("ABCDEFGHIJK")


def extra_problems() -> list[str]:
    """Required fields, the A–K rule for attendee surnames, and the earlier folders really being there."""
    problems: list[str] = []
    for folder in EARLIER:
        if not (HERE.parent / folder).is_dir():
            problems.append(f"earlier set {folder} not found")
    for js in sorted(HERE.glob("[0-9][0-9][0-9]-*.json")):
        data = json.loads(js.read_text(encoding="utf-8"))
        for key in REQUIRED:
            if key not in data:
                problems.append(f"{js.name}: no field {key}")
        if data.get("organisation_type") not in OTYPES:
            problems.append(f"{js.name}: organisation_type {data.get('organisation_type')!r}")
        m = data.get("municipality")
        if m is not None and set(m) != {"name", "ags", "district"}:
            problems.append(f"{js.name}: municipality fields {sorted(m)}")
        if data.get("intent") == "bounce" and not data.get("bounce_recipient"):
            problems.append(f"{js.name}: bounce without bounce_recipient")
        for person in data.get("attendees", []):
            for key in PERSON_FIELDS:
                if key not in person:
                    problems.append(f"{js.name}: attendee without {key}")
            surname = person["name"].split()[-1]
            if surname[0].upper() not in ALLOWED_INITIALS:
                problems.append(f"{js.name}: surname {surname!r} does not start with A–K")
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
    main(HERE, CASES, seed=SEED, earlier=EARLIER, unique_within=True, repeats_allowed=True)
    extra = extra_problems()
    if "--check" in sys.argv[1:]:
        extra += [f"a rebuild would change {name}" for name in rebuild_differs()]
    for p in extra:
        print("PROBLEM:", p)
    if extra:
        raise SystemExit(1)
    print("required fields present, attendee surnames A–K" +
          (", rebuild is byte-identical" if "--check" in sys.argv[1:] else ""))
