"""Rebuild and validate the fourteenth blind corpus (tests/corpus_blind14/).

Written from the invitation, INTERFACE.md, the gazetteer and the labelling conventions of tests/corpus/README.md,
tests/corpus_blind8/README.md and tests/corpus_blind11/README.md only, without reading or running the parser, by a
fourteenth writer. Each case is one mail as the registration inbox receives it over the whole registration period
(invitation on 22 April 2025, deadline 9 May, event 20 May), built by the byte-exact MIME writer of
tests/corpus_kit.py, with what a careful event secretary records from that mail alone.

    .venv/bin/python tests/corpus_blind14/make_blind14.py          # rewrite all files, then validate
    .venv/bin/python tests/corpus_blind14/make_blind14.py --check  # validate the files as they are, and check
                                                                   # that a rebuild would be byte-identical

Besides the checks of corpus_kit.validate (MIME parses without defects, surnames/addresses occur in the mail,
municipalities in the gazetteer, no attendee surname of an earlier set, nothing repeated inside this set), this
script checks that every label has the required fields and that every attendee surname starts with A–K (a
fifteenth set, written at the same time, takes L–Z).
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import sys
from datetime import datetime
from email import message_from_bytes, policy
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from corpus_kit import (  # noqa: E402
    GAZ,
    INBOX,
    INVITATION,
    INVITE_FROM,
    INVITE_SUBJECT,
    OUR_NAME,
    Cases,
    P,
    addr,
    alt,
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
    ox,
    quote,
    report,
    rfc822,
    rfc822_headers,
    rfcdate,
    roundcube,
    sig,
    table_html,
    tb,
    text,
    thunderbird_quote,
    waitlist,
    webde_html_only,
    word_html,
)

HERE = Path(__file__).resolve().parent
CASES: Cases = []
case = case_registry(CASES)
SEED = 20250422

MFG = "Mit freundlichen Grüßen"
EVENT = "9. Transferveranstaltung am 20. Mai 2025"
WEEKDAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
          "November", "Dezember"]


# --------------------------------------------------------------------------------------------------
# our own mails (subjects as the brief gives them) and how clients quote them
# --------------------------------------------------------------------------------------------------

def conf_subject(code: str) -> str:
    return f"Anmeldebestätigung: {EVENT} ({code})"


def wait_subject(code: str) -> str:
    return f"Warteliste: {EVENT} ({code})"


def cancel_subject(code: str) -> str:
    return f"Abmeldung bestätigt: {EVENT} ({code})"


def missing_subject(code: str) -> str:
    return f"Fehlende Angaben zu Ihrer Anmeldung: {EVENT} ({code})"


def missing_body(salutation: str, code: str) -> str:
    return (f"{salutation},\n\n"
            "vielen Dank für Ihre Nachricht zur 9. Transferveranstaltung „Zusammen denken – gemeinsam handeln“ am "
            "Dienstag, 20. Mai 2025, in Bad Lobenstein.\n\n"
            "Damit wir Ihre Anmeldung abschließen können, fehlt uns noch folgende Angabe:\n"
            "- für welche Kommune oder Organisation Sie teilnehmen\n\n"
            f"Bitte antworten Sie einfach auf diese E-Mail. Ihr vorläufiger Code: {code}\n\n"
            "Mit freundlichen Grüßen\nIhr Organisationsteam der Transferveranstaltung")


def cancel_body(salutation: str, persons: list[str], code: str) -> str:
    listed = "\n".join(f"- {p}" for p in persons)
    return (f"{salutation},\n\n"
            "wir haben Ihre Abmeldung von der 9. Transferveranstaltung am 20. Mai 2025 in Bad Lobenstein erhalten.\n\n"
            f"Abgemeldet:\n{listed}\n\nIhr Code {code} ist damit nicht mehr gültig. Schade, dass Sie nicht dabei "
            "sein können.\n\nMit freundlichen Grüßen\nIhr Organisationsteam der Transferveranstaltung")


def de_long(when: str) -> str:
    """'2025-04-23 10:12' → 'Mittwoch, 23. April 2025 10:12' (Outlook's quote header)."""
    dt = datetime.strptime(when, "%Y-%m-%d %H:%M")
    return f"{WEEKDAYS[dt.weekday()]}, {dt.day}. {MONTHS[dt.month - 1]} {dt.year} {dt:%H:%M}"


def de_short(when: str) -> str:
    """'2025-04-23 10:12' → '23.04.25 um 10:12' (Thunderbird's quote header)."""
    dt = datetime.strptime(when, "%Y-%m-%d %H:%M")
    return f"{dt:%d.%m.%y} um {dt:%H:%M}"


def de_apple(when: str) -> str:
    dt = datetime.strptime(when, "%Y-%m-%d %H:%M")
    return f"{dt:%d.%m.%Y} um {dt:%H:%M}"


def ol_conf(to: str, code: str, salutation: str, persons: list[str], when: str) -> str:
    return outlook_quote(de_long(when), to, conf_subject(code), confirmation(salutation, persons, code))


def new_outlook_quote(frm: str, when: str, to: str, subject: str, body: str) -> str:
    """The newer Outlook reply/forward header: a rule, then Von/Gesendet/An/Betreff."""
    return ("________________________________\n"
            f"Von: {frm}\nGesendet: {de_long(when)}\nAn: {to}\nBetreff: {subject}\n\n{body}")


INVITE_WHEN = "2025-04-22 07:30"
OUR = f"{OUR_NAME} <{INBOX}>"


# --------------------------------------------------------------------------------------------------
# client shapes not in the kit
# --------------------------------------------------------------------------------------------------

def notes_mail(slug: str, frm: str, subject: str, when: str, body: str, extra: tuple[str, ...] = ()) -> bytes:
    """HCL Notes: alternative of ISO-8859-1 QP plain and Notes' font-tag HTML, X-MIMETrack headers."""
    dt = datetime.strptime(when, "%Y-%m-%d %H:%M")
    stamp = f"{dt:%d.%m.%Y %H:%M}:41"
    h = envelope(slug, frm, subject, when, subject_enc=("ISO-8859-1", "Q"),
                 extra=("X-Mailer: HCL Notes Release 12.0.2FP3 May 03, 2024",
                        f"X-MIMETrack: Serialize by Router on NOTES01/KV/DE at {stamp},",
                        f"\tSerialize complete at {stamp}",
                        "X-KeepSent: 6F1C2A80:4E0D3B21-C1258C7E:002F1A9D; type=4; name=$KeepSent", *extra))
    html_body = ('<font size=2 face="sans-serif">'
                 + "<br>\n".join(esc(l) if l.strip() else "" for l in body.split("\n")) + "</font>\n")
    b = "=_alternative " + hashlib.md5(slug.encode()).hexdigest()[:16].upper() + "_="
    return message(h, multi("alternative", [text(body, "ISO-8859-1", "quoted-printable"),
                                            text(html_body, "ISO-8859-1", "quoted-printable", sub="html")], b))


def iphone_reply(slug: str, frm: str, subject: str, when: str, body: str, quoted_when: str, quoted_body: str,
                 quoted_from: str = OUR) -> bytes:
    h = envelope(slug, frm, subject, when, extra=("X-Mailer: iPhone Mail (22E252)",))
    full = (f"{body}\n\nVon meinem iPhone gesendet\n\n> Am {de_apple(quoted_when)} schrieb {quoted_from}:\n> \n"
            + quote(quoted_body))
    return message(h, text(full, "utf-8", "quoted-printable"))


def apple_reply(slug: str, frm: str, subject: str, when: str, body: str, quoted_when: str, quoted_body: str) -> bytes:
    """Apple Mail reply: plain with '>' quotes, HTML with a cite blockquote."""
    b = "Apple-Mail=_" + hashlib.md5(slug.encode()).hexdigest()[:8].upper() + "-2B4C-4D6E-8F01-23456789ABCD"
    head = f"Am {de_apple(quoted_when)} schrieb {OUR}:"
    plain = f"{body}\n\n> {head}\n> \n" + quote(quoted_body)
    lines = "\n".join(f"<div>{esc(l) if l.strip() else '<br>'}</div>" for l in body.split("\n"))
    cited = "\n".join(f"<div>{esc(l) if l.strip() else '<br>'}</div>" for l in quoted_body.split("\n"))
    html_body = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
                 '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
                 f"\n{lines}\n<div><br><blockquote type=\"cite\"><div>{esc(head)}</div><br>\n{cited}\n"
                 "</blockquote></div><br></body></html>\n")
    h = envelope(slug, frm, subject, when, extra=("X-Mailer: Apple Mail (2.3826.500.181.1.5)",
                                                  "In-Reply-To: " + msgid("our-" + slug, "transferveranstaltung.example")))
    return message(h, multi("alternative", [text(plain, "utf-8", "quoted-printable"),
                                            text(html_body, "utf-8", "quoted-printable", sub="html")], b))


def apple_new(slug: str, frm: str, subject: str, when: str, body: str) -> bytes:
    b = "Apple-Mail=_" + hashlib.md5(slug.encode()).hexdigest()[:8].upper() + "-5E6F-4A1B-9C2D-3E4F5A6B7C8D"
    h = envelope(slug, frm, subject, when, extra=("X-Mailer: Apple Mail (2.3826.500.181.1.5)",))
    return message(h, multi("alternative", [text(body, "utf-8", "quoted-printable"),
                                            text(apple_html(body), "utf-8", "quoted-printable", sub="html")], b))


def gmail(slug: str, frm: str, subject: str, when: str, body: str) -> bytes:
    b = "000000000000" + hashlib.md5(slug.encode()).hexdigest()[:16]
    html_body = '<div dir="ltr">' + "".join(
        f"<div>{esc(l)}</div>" if l.strip() else "<div><br></div>" for l in body.split("\n")) + "</div>\n"
    h = envelope(slug, frm, subject, when)
    return message(h, multi("alternative", [text(body, "UTF-8", "quoted-printable"),
                                            text(html_body, "UTF-8", "quoted-printable", sub="html")], b))


def vcard(name: str, family: str, given: str, org: str, role: str, phone: str, mail: str) -> bytes:
    return ("BEGIN:VCARD\r\nVERSION:2.1\r\n"
            f"N;CHARSET=utf-8:{family};{given}\r\nFN;CHARSET=utf-8:{name}\r\nORG;CHARSET=utf-8:{org}\r\n"
            f"TITLE;CHARSET=utf-8:{role}\r\nTEL;WORK;VOICE:{phone}\r\nEMAIL;PREF;INTERNET:{mail}\r\n"
            "END:VCARD\r\n").encode("utf-8")


def our_to(slug: str, rcpt: str, subject: str, when: str, body: str) -> bytes:
    """One of our outgoing mails as a mail server returns it."""
    return message([f"From: {addr(OUR_NAME, INBOX)}", f"To: {rcpt}", f"Subject: {hval(subject)}",
                    f"Date: {rfcdate(when)}", f"Message-ID: {msgid('our-' + slug, 'transferveranstaltung.example')}",
                    "Auto-Submitted: auto-replied"], text(body))


# ==================================================================================================
# registrations
# ==================================================================================================


@case("rudolstadt-outlook-signature")
def _(slug):
    a = "u.adelhardt@rudolstadt.example"
    body = f"""Sehr geehrte Damen und Herren,

hiermit melde ich mich für die 9. Transferveranstaltung am 20. Mai 2025 an. Wir stehen gerade am Anfang der ISEK-Fortschreibung und sind sehr an dem Austausch interessiert.

{MFG}
Im Auftrag

""" + sig("Ulrike Adelhardt", "Fachdienst Stadtplanung und Stadtsanierung", "Stadtverwaltung Rudolstadt",
          "Marktstraße 7", "07407 Rudolstadt", "03672 486-615", a,
          "www.rudolstadt.example\n\nBitte prüfen Sie, ob diese E-Mail wirklich ausgedruckt werden muss.")
    return ol(slug, addr("Adelhardt, Ulrike", a), "Anmeldung Transferveranstaltung 20.05.2025", "2025-04-23 08:47", body), \
        label("registration", [P("Ulrike Adelhardt", a, "Fachdienst Stadtplanung und Stadtsanierung")],
              "Stadtverwaltung Rudolstadt", "municipality", "Rudolstadt")


@case("gotha-reply-invitation-new-outlook")
def _(slug):
    a = "h.gebser@gotha.example"
    body = f"""Sehr geehrte Damen und Herren,

vielen Dank für die Einladung. Gern nehme ich an der Veranstaltung teil.

{MFG}

Henrik Gebser
Stadtverwaltung Gotha
Fachbereich Stadtentwicklung | Abteilung Stadtplanung
Tel. 03621 222-418

""" + new_outlook_quote(INVITE_FROM, INVITE_WHEN, "Verteiler Kommunen", INVITE_SUBJECT, INVITATION)
    return ol(slug, addr("Gebser, Henrik", a), "AW: " + INVITE_SUBJECT, "2025-04-22 10:05", body), \
        label("registration", [P("Henrik Gebser", a, None)], "Stadtverwaltung Gotha", "municipality", "Gotha")


@case("zella-mehlis-two-outlook-plain")
def _(slug):
    a = "f.diezel@zella-mehlis.example"
    body = f"""Sehr geehrte Damen und Herren,

für die Stadt Zella-Mehlis melde ich mich sowie meine Kollegin Frau Anja Kolbig (Sachbearbeiterin Stadtsanierung, a.kolbig@zella-mehlis.example) zur Transferveranstaltung am 20.05.2025 in Bad Lobenstein an.

{MFG}

Frank Diezel
Amtsleiter Bauamt

Stadtverwaltung Zella-Mehlis
Rathausstraße 4
98544 Zella-Mehlis
Tel.: 03682 852-140
Fax: 03682 852-199"""
    return ol_plain(slug, addr("Diezel, Frank", a), "Anmeldung 2 Personen - Transferveranstaltung ISEK",
                    "2025-04-23 11:32", body), \
        label("registration", [P("Frank Diezel", a, "Amtsleiter Bauamt"),
                               P("Anja Kolbig", "a.kolbig@zella-mehlis.example", "Sachbearbeiterin Stadtsanierung")],
              "Stadtverwaltung Zella-Mehlis", "municipality", "Zella-Mehlis")


@case("bad-berka-thunderbird-sig")
def _(slug):
    a = "c.bettenhausen@bad-berka.example"
    body = """Sehr geehrte Damen und Herren,

unser ISEK stammt aus dem Jahr 2014 und soll in den nächsten beiden Jahren fortgeschrieben werden. Deshalb möchte ich mich gern für die Transferveranstaltung am 20. Mai anmelden.

Mit freundlichen Grüßen
Christoph Bettenhausen

-- 
Christoph Bettenhausen
Stadtverwaltung Bad Berka
Bauamt / Stadtentwicklung
Am Markt 10
99438 Bad Berka
Telefon 036458 57-214"""
    return tb(slug, addr("Christoph Bettenhausen", a), "Anmeldung zur Transferveranstaltung", "2025-04-24 14:18", body), \
        label("registration", [P("Christoph Bettenhausen", a, "Bauamt / Stadtentwicklung")], "Stadtverwaltung Bad Berka",
              "municipality", "Bad Berka")


@case("leinefelde-worbis-table-html-only")
def _(slug):
    a = "sekretariat.bau@leinefelde-worbis.example"
    before = ("Sehr geehrte Damen und Herren,\n\nzur 9. Transferveranstaltung am 20. Mai 2025 melden wir aus dem "
              "Fachbereich Bau und Stadtentwicklung folgende Personen an:\n")
    rows = [["Name", "Funktion", "E-Mail"],
            ["Ines Fahlbusch", "Fachbereichsleiterin", "i.fahlbusch@leinefelde-worbis.example"],
            ["Markus Hentrich", "Stadtplanung", "m.hentrich@leinefelde-worbis.example"],
            ["Dr. Katja Kieslich", "Klimaschutzmanagement", "k.kieslich@leinefelde-worbis.example"]]
    after = f"\n{MFG}\ni. A. Petra Reinhardt\nSekretariat Fachbereich Bau und Stadtentwicklung\nStadt Leinefelde-Worbis"
    plain = before + "\n".join("\t".join(r) for r in rows) + "\n" + after
    return ol(slug, addr("Sekretariat Bau Leinefelde-Worbis", a), "Anmeldung Transferveranstaltung - 3 Personen",
              "2025-04-24 09:40", plain, html_only=True, inner=table_html(rows, before, after)), \
        label("registration", [P("Ines Fahlbusch", "i.fahlbusch@leinefelde-worbis.example", "Fachbereichsleiterin"),
                               P("Markus Hentrich", "m.hentrich@leinefelde-worbis.example", "Stadtplanung"),
                               P("Katja Kieslich", "k.kieslich@leinefelde-worbis.example", "Klimaschutzmanagement",
                                 "Dr.")],
              "Stadt Leinefelde-Worbis", "municipality", "Leinefelde-Worbis")


@case("waltershausen-secretary-mayor")
def _(slug):
    a = "vorzimmer.bgm@waltershausen.example"
    body = f"""Sehr geehrte Damen und Herren,

hiermit melde ich Herrn Bürgermeister Michael Jagemann zur 9. Transferveranstaltung am 20.05.2025 in Bad Lobenstein an.

Die Bestätigung senden Sie bitte an mich, ich leite sie dann weiter.

{MFG}
i. A.
Sabine Ruppert
Vorzimmer Bürgermeister

Stadtverwaltung Waltershausen
Markt 1
99880 Waltershausen
Tel.: 03622 630-101"""
    return ol(slug, addr("Ruppert, Sabine", a), "Anmeldung Bürgermeister Jagemann - Transferveranstaltung",
              "2025-04-25 10:22", body), \
        label("registration", [P("Michael Jagemann", None, "Bürgermeister")], "Stadtverwaltung Waltershausen",
              "municipality", "Waltershausen")


@case("ellrich-iphone-mayor")
def _(slug):
    a = "buergermeister@stadt-ellrich.example"
    body = """Guten Abend,
ich melde mich für den 20.5. an.
Gruß
Torsten Heublein
Bürgermeister Stadt Ellrich"""
    return iphone(slug, addr("Torsten Heublein", a), "Anmeldung Transferveranstaltung", "2025-04-24 21:51", body), \
        label("registration", [P("Torsten Heublein", a, "Bürgermeister")], "Stadt Ellrich", "municipality", "Ellrich")


@case("ranis-samsung-typo")
def _(slug):
    a = "d.ettig@stadt-ranis.example"
    body = """Guten Tag, hiermit melde ich mich zur Tranferveranstaltung in Bad Lobenstein am 20.5. an. Ist ja bei uns um die Ecke.
Mfg Doreen Ettig
Stadt Ranis, Bauamt"""
    return droid(slug, addr("Doreen Ettig", a), "Anmeldung", "2025-04-26 08:03", body), \
        label("registration", [P("Doreen Ettig", a, "Bauamt")], "Stadt Ranis", "municipality", "Ranis")


@case("planning-office-apple-client-schwarzatal")
def _(slug):
    a = "dornberger@stadtlabor-nordost.example"
    body = """Sehr geehrte Damen und Herren,

wir begleiten derzeit die Fortschreibung des ISEK der Stadt Schwarzatal und würden gern mit zwei Personen an der Transferveranstaltung teilnehmen:

Jan Dornberger (dornberger@stadtlabor-nordost.example)
Lisa Claußnitzer (claussnitzer@stadtlabor-nordost.example)

Beste Grüße aus Leipzig
Jan Dornberger

Stadtlabor Nordost – Büro für Stadtplanung und Beteiligung
Karl-Heine-Straße 88
04229 Leipzig
0341 2468 3310"""
    return apple_new(slug, addr("Jan Dornberger", a), "Anmeldung Transferveranstaltung am 20. Mai", "2025-04-28 16:37",
                     body), \
        label("registration", [P("Jan Dornberger", a, None),
                               P("Lisa Claußnitzer", "claussnitzer@stadtlabor-nordost.example", None)],
              "Stadtlabor Nordost – Büro für Stadtplanung und Beteiligung", "planning_office", "Schwarzatal")


@case("rohrberg-honorary-mayor-gmx")
def _(slug):
    a = "bernd.kirchhoff@gmx.example"
    body = """Sehr geehrte Damen und Herren,

ich bin ehrenamtlicher Bürgermeister der Gemeinde Rohrberg (VG Hanstein-Rusteberg). Wir arbeiten gerade mit unseren Nachbargemeinden an einem gemeinsamen Entwicklungskonzept (IGEK), deshalb würde ich gern an der Veranstaltung am 20. Mai teilnehmen.

Mit freundlichen Grüßen
Bernd Kirchhoff
Bürgermeister Gemeinde Rohrberg"""
    return gmx(slug, addr("Bernd Kirchhoff", a), "Anmeldung Transferveranstaltung", "2025-04-27 19:12", body), \
        label("registration", [P("Bernd Kirchhoff", a, "ehrenamtlicher Bürgermeister")], "Gemeinde Rohrberg",
              "municipality", "Rohrberg")


@case("steinach-webde-councillor")
def _(slug):
    a = "sandra.kessler@web.example"
    body = """Sehr geehrte Damen und Herren,

als Mitglied des Bau- und Umweltausschusses der Stadt Steinach möchte ich mich für die Transferveranstaltung am 20.05.2025 anmelden. Unser Bürgermeister hat mir die Einladung weitergeleitet.

Freundliche Grüße
Sandra Keßler
Stadträtin Steinach"""
    return webde_html_only(slug, addr("Sandra Keßler", a), "Anmeldung Transferveranstaltung", "2025-04-29 20:44",
                           body), \
        label("registration", [P("Sandra Keßler", a, "Stadträtin")], "Stadt Steinach", "municipality", "Steinach")


@case("bad-frankenhausen-ox-keyvalue")
def _(slug):
    a = "bauamt@bad-frankenhausen.example"
    body = """Anmeldung zur 9. Transferveranstaltung am 20.05.2025

Name: Engelmann
Vorname: Carola
Dienststelle: Stadtverwaltung Bad Frankenhausen/Kyffhäuser, Bauamt
Funktion: Sachbearbeiterin Städtebauförderung
Telefon: 034671 620-32
E-Mail: c.engelmann@bad-frankenhausen.example

Mit freundlichen Grüßen
C. Engelmann"""
    return ox(slug, addr("Bauamt Bad Frankenhausen", a), "Anmeldung Transferveranstaltung 20.05.2025",
              "2025-04-25 13:15", body), \
        label("registration", [P("Carola Engelmann", "c.engelmann@bad-frankenhausen.example",
                                 "Sachbearbeiterin Städtebauförderung")],
              "Stadtverwaltung Bad Frankenhausen/Kyffhäuser", "municipality", "Bad Frankenhausen/Kyffhäuser")


@case("an-der-schmuecke-roundcube-latin1")
def _(slug):
    a = "m.beinroth@an-der-schmuecke.example"
    body = """Hallo,

ich würde gern an der Transferveranstaltung am 20. Mai in Bad Lobenstein teilnehmen und melde mich hiermit an.
Wir haben nach der Gemeindefusion ein ISEK für die ganze Stadt auf den Weg gebracht und ich bin gespannt auf die Erfahrungen der anderen.

Viele Grüße

Matthias Beinroth
Stadt An der Schmücke
Bau- und Ordnungsamt
OT Heldrungen, Schloßstraße 2
Tel. 034673 912-20"""
    return roundcube(slug, addr("Matthias Beinroth", a, "ISO-8859-1"), "Anmeldung Transferveranstaltung",
                     "2025-04-30 07:58", body), \
        label("registration", [P("Matthias Beinroth", a, "Bau- und Ordnungsamt")], "Stadt An der Schmücke",
              "municipality", "An der Schmücke")


@case("landratsamt-altenburger-land-notes")
def _(slug):
    a = "r.conradi@lra-altenburger-land.example"
    body = """Sehr geehrte Damen und Herren,

vom Landratsamt Altenburger Land nehmen an der Transferveranstaltung am 20.05.2025 teil:

- Herr Dr. Reinhard Conradi, Fachdienstleiter Kreisentwicklung
- Frau Birgit Augustin, Sachgebiet Regionalplanung/Förderung (b.augustin@lra-altenburger-land.example)

Mit freundlichen Grüßen

Dr. Reinhard Conradi
Fachdienstleiter Kreisentwicklung

Landratsamt Altenburger Land
Am Landratsamt 1
04600 Altenburg
Telefon: 03447 586-410
E-Mail: r.conradi@lra-altenburger-land.example"""
    return notes_mail(slug, addr("Reinhard Conradi", a, "ISO-8859-1"), "Anmeldung Transferveranstaltung am 20.05.2025",
                      "2025-04-29 09:12", body), \
        label("registration", [P("Reinhard Conradi", a, "Fachdienstleiter Kreisentwicklung", "Dr."),
                               P("Birgit Augustin", "b.augustin@lra-altenburger-land.example",
                                 "Sachgebiet Regionalplanung/Förderung")],
              "Landratsamt Altenburger Land", "authority", None)


@case("meiningen-forward-mayor")
def _(slug):
    a = "j.dobenecker@meiningen.example"
    inner = ("Von: Frankenberg, Thomas\nGesendet: Mittwoch, 23. April 2025 16:02\nAn: Dobenecker, Jörg\n"
             f"Betreff: WG: {INVITE_SUBJECT}\n\n"
             "Herr Dobenecker,\n\nda sollten wir beide hin. Bitte melden Sie uns an.\n\nTF\n\n"
             f"Von: {INVITE_FROM}\nGesendet: Dienstag, 22. April 2025 07:30\nAn: Verteiler Kommunen\n"
             f"Betreff: {INVITE_SUBJECT}\n\n{INVITATION}")
    body = f"""Sehr geehrte Damen und Herren,

wie unten ersichtlich, melde ich hiermit Herrn Bürgermeister Thomas Frankenberg und mich zur Transferveranstaltung am 20. Mai an.

{MFG}
i. A. Jörg Dobenecker
Fachbereichsleiter Bau und Stadtentwicklung

Stadt Meiningen
Rathausgasse 3
98617 Meiningen
Tel.: 03693 454-310
E-Mail: {a}

""" + inner
    return ol(slug, addr("Dobenecker, Jörg", a), "WG: " + INVITE_SUBJECT, "2025-04-24 08:15", body), \
        label("registration", [P("Thomas Frankenberg", None, "Bürgermeister"),
                               P("Jörg Dobenecker", a, "Fachbereichsleiter Bau und Stadtentwicklung")],
              "Stadt Meiningen", "municipality", "Meiningen")


@case("planning-office-no-client-erfurt")
def _(slug):
    a = "s.bockisch@planundraum-erfurt.example"
    body = f"""Sehr geehrte Damen und Herren,

wir sind als Planungsbüro für mehrere Thüringer Kommunen mit der Erarbeitung und Fortschreibung von ISEK befasst und würden gern mit zwei Personen an der Transferveranstaltung teilnehmen:

- Dipl.-Ing. Steffen Bockisch (Geschäftsführer)
- Anne Gerboth, M.Sc. (Projektleiterin), a.gerboth@planundraum-erfurt.example

{MFG}

Steffen Bockisch
Plan & Raum Ingenieurgesellschaft mbH
Juri-Gagarin-Ring 120
99084 Erfurt
Tel. 0361 5504-30
www.planundraum-erfurt.example"""
    return ol(slug, addr("Steffen Bockisch", a), "Anmeldung Plan & Raum", "2025-04-28 11:05", body), \
        label("registration", [P("Steffen Bockisch", a, "Geschäftsführer", "Dipl.-Ing."),
                               P("Anne Gerboth", "a.gerboth@planundraum-erfurt.example", "Projektleiterin")],
              "Plan & Raum Ingenieurgesellschaft mbH", "planning_office", None)


@case("planning-office-english-soemmerda")
def _(slug):
    a = "s.achterberg@stadtwerkstatt-weimar.example"
    body = """Dear Sir or Madam,

I would like to register for the 9th transfer event on 20 May in Bad Lobenstein. I am an urban planner at Stadtwerkstatt Weimar and I am currently working on the update of the ISEK for the town of Sömmerda.

I understand German quite well, but I am not yet confident writing it, so I hope English is fine.

Kind regards,
Sanne Achterberg

-- 
Sanne Achterberg, MSc
Stadtwerkstatt Weimar GmbH – Stadtplanung und Moderation
Schwanseestraße 41, 99423 Weimar"""
    return tb(slug, addr("Sanne Achterberg", a), "Registration transfer event 20 May", "2025-04-30 15:26", body), \
        label("registration", [P("Sanne Achterberg", a, "urban planner")], "Stadtwerkstatt Weimar GmbH",
              "planning_office", "Sömmerda", language="en")


@case("bad-salzungen-parking-note")
def _(slug):
    a = "k.feustel@bad-salzungen.example"
    body = f"""Sehr geehrte Damen und Herren,

hiermit melde ich mich zur Transferveranstaltung am 20. Mai 2025 an. Ich komme mit dem Dienstwagen – gibt es am Veranstaltungsort Parkplätze?

{MFG}

""" + sig("Kathrin Feustel", "Sachgebiet Stadtplanung", "Stadtverwaltung Bad Salzungen", "Ratsstraße 2",
          "36433 Bad Salzungen", "03695 671-233", a)
    return ol_plain(slug, addr("Feustel, Kathrin", a), "Anmeldung + Frage zum Parken", "2025-05-02 09:27", body), \
        label("registration", [P("Kathrin Feustel", a, "Sachgebiet Stadtplanung")], "Stadtverwaltung Bad Salzungen",
              "municipality", "Bad Salzungen", notes=["gibt es am Veranstaltungsort Parkplätze?"])


@case("schleiz-vegan-thunderbird-qp")
def _(slug):
    a = "m.frauenstein@schleiz.example"
    body = """Sehr geehrte Damen und Herren,

ich möchte mich für die Transferveranstaltung am 20. Mai verbindlich anmelden.

Falls es eine Verpflegung gibt: Ich ernähre mich vegan.

Vielen Dank und freundliche Grüße
Maria Frauenstein

-- 
Stadt Schleiz
Bauverwaltung – Stadtentwicklung
Bahnhofstraße 1, 07907 Schleiz"""
    return tb(slug, addr("Maria Frauenstein", a), "Anmeldung Transferveranstaltung", "2025-05-05 10:41", body,
              cte="quoted-printable"), \
        label("registration", [P("Maria Frauenstein", a, None)], "Stadt Schleiz", "municipality", "Schleiz",
              notes=["Ich ernähre mich vegan."])


@case("poessneck-iphone-until-noon")
def _(slug):
    a = "r.bernhardt@poessneck.example"
    body = """Hallo,
hiermit melde ich mich für die Veranstaltung am 20.05. an. Ich kann allerdings nur bis ca. 13 Uhr bleiben.
Viele Grüße
René Bernhardt
Stadt Pösneck, Bauamt"""
    return iphone(slug, addr("René Bernhardt", a), "Anmeldung 20.05.", "2025-05-06 18:09", body), \
        label("registration", [P("René Bernhardt", a, "Bauamt")], "Stadt Pößneck", "municipality", "Pößneck",
              notes=["Ich kann allerdings nur bis ca. 13 Uhr bleiben."])


@case("vg-feldstein-for-themar")
def _(slug):
    a = "bauamt@vg-feldstein.example"
    body = f"""Sehr geehrte Damen und Herren,

für die Stadt Themar melde ich mich zur Transferveranstaltung am 20.05.2025 an. Die Stadt plant die Fortschreibung ihres ISEK ab 2026.

{MFG}

Gabriele Döring
Bauamt

Verwaltungsgemeinschaft Feldstein
Tel.: 036873 643-21
E-Mail: {a}"""
    return ol(slug, addr("Döring, Gabriele", a), "Anmeldung Transferveranstaltung - Stadt Themar", "2025-04-29 13:50",
              body), \
        label("registration", [P("Gabriele Döring", a, "Bauamt")], "Verwaltungsgemeinschaft Feldstein", "municipality",
              "Themar")


@case("vg-laendereck-no-member")
def _(slug):
    a = "bauverwaltung@vg-laendereck.example"
    body = """Sehr geehrte Damen und Herren,

ich melde mich und meinen Kollegen Herrn Heiko Bufler zur Transferveranstaltung am 20. Mai an. Viele unserer Gemeinden stehen vor der Frage, ob ein gemeinsames Entwicklungskonzept sinnvoll ist.

Mit freundlichen Grüßen

Jana Duckstein
Bauverwaltung
Verwaltungsgemeinschaft Ländereck
Tel. 036608 910-13"""
    return ox(slug, addr("VG Ländereck Bauverwaltung", a), "Anmeldung Transferveranstaltung", "2025-05-02 11:36",
              body), \
        label("registration", [P("Jana Duckstein", a, "Bauverwaltung"), P("Heiko Bufler", None, None)],
              "Verwaltungsgemeinschaft Ländereck", "municipality", None)


@case("roemhild-domain-only-outlook-plain")
def _(slug):
    a = "k.arnoldi@stadt-roemhild.example"
    body = """Sehr geehrte Damen und Herren,

hiermit melde ich mich zur Transferveranstaltung am 20.05. an.

Mit freundlichen Grüßen
Katrin Arnoldi"""
    return ol_plain(slug, addr("Arnoldi, Katrin", a), "Anmeldng Transferveranstaltung", "2025-04-28 07:44", body), \
        label("registration", [P("Katrin Arnoldi", a, None)], "Stadt Römhild", "municipality", "Römhild")


@case("muehlhausen-ascii")
def _(slug):
    a = "j.ilgner@muehlhausen.example"
    body = """Sehr geehrte Damen und Herren,

hiermit melde ich mich fuer die Transferveranstaltung am 20.05.2025 in Bad Lobenstein an.
Wir haben unser ISEK 2023 fortgeschrieben und koennen gern auch ueber unsere Erfahrungen mit der Buergerbeteiligung berichten.

Mit freundlichen Gruessen
Joerg Ilgner
Stadtverwaltung Muehlhausen
Amt fuer Stadtentwicklung und Bauordnung"""
    h = envelope(slug, addr("Joerg Ilgner", a), "Anmeldung Transferveranstaltung", "2025-04-23 13:02")
    return message(h, text(body, "us-ascii", "7bit")), \
        label("registration", [P("Joerg Ilgner", a, None)], "Stadtverwaltung Mühlhausen", "municipality",
              "Mühlhausen/Thüringen")


@case("auma-weidatal-surname-first")
def _(slug):
    a = "s.graebeduenkel@auma-weidatal.example"
    body = f"""Sehr geehrte Damen und Herren,

gern nehme ich an der Transferveranstaltung am 20. Mai teil und melde mich hiermit an.

{MFG}

Gräbedünkel, Silke
SB Bauleitplanung/Städtebau
Stadt Auma-Weidatal
Markt 1
07955 Auma-Weidatal
Tel. 036626 200-14"""
    return ol(slug, addr("Gräbedünkel, Silke", a), "Anmeldung Transferveranstaltung", "2025-04-30 08:19", body), \
        label("registration", [P("Silke Gräbedünkel", a, "SB Bauleitplanung/Städtebau")], "Stadt Auma-Weidatal",
              "municipality", "Auma-Weidatal")


@case("berga-wuenschendorf-ox-mayor")
def _(slug):
    a = "c.escher@berga-wuenschendorf.example"
    body = """Guten Tag,

für die Stadt Berga-Wünschendorf melde ich unseren Bürgermeister, Herrn Dirk Jentsch, und mich zur Transferveranstaltung am 20.05.2025 an.

Viele Grüße
Claudia Escher
Bauamt
Stadt Berga-Wünschendorf"""
    return ox(slug, addr("Claudia Escher", a), "Anmeldung Transferveranstaltung", "2025-05-05 14:03", body), \
        label("registration", [P("Dirk Jentsch", None, "Bürgermeister"), P("Claudia Escher", a, "Bauamt")],
              "Stadt Berga-Wünschendorf", "municipality", "Berga-Wünschendorf")


@case("jena-dashed-list-titles")
def _(slug):
    a = "stadtentwicklung@jena.example"
    body = f"""Sehr geehrte Damen und Herren,

aus dem Fachdienst Stadtentwicklung der Stadt Jena nehmen an der Transferveranstaltung am 20. Mai 2025 teil:

- Dr.-Ing. Friederike von Heygendorf, Teamleiterin Stadtplanung, f.heygendorf@jena.example
- Dipl.-Geogr. Paul Jähnert, Stadtumbau/Städtebauförderung, p.jaehnert@jena.example
- Tom Kapphan, Klimaanpassung, t.kapphan@jena.example

{MFG}
i. A. Monika Zapf
Sekretariat Fachdienst Stadtentwicklung
Stadtverwaltung Jena"""
    return ol(slug, addr("Fachdienst Stadtentwicklung Jena", a), "Anmeldung Transferveranstaltung 20.05. (3 Personen)",
              "2025-05-06 10:12", body), \
        label("registration", [P("Friederike von Heygendorf", "f.heygendorf@jena.example", "Teamleiterin Stadtplanung",
                                 "Dr.-Ing."),
                               P("Paul Jähnert", "p.jaehnert@jena.example", "Stadtumbau/Städtebauförderung",
                                 "Dipl.-Geogr."),
                               P("Tom Kapphan", "t.kapphan@jena.example", "Klimaanpassung")],
              "Stadtverwaltung Jena", "municipality", "Jena")


@case("weissensee-late-crlf")
def _(slug):
    a = "a.bohnhardt-lenz@weissensee.example"
    body = f"""Sehr geehrte Damen und Herren,

ich weiß, die Anmeldefrist ist bereits abgelaufen – ich würde trotzdem sehr gern noch an der Transferveranstaltung am 20. Mai teilnehmen und melde mich hiermit an. Die Einladung hatte leider etwas länger in unserem Haus gebraucht.

{MFG}
Anne-Kathrin Bohnhardt-Lenz
Bauamt
Stadt Weißensee"""
    h = envelope(slug, addr("Bohnhardt-Lenz, Anne-Kathrin", a), "Nachträgliche Anmeldung Transferveranstaltung",
                 "2025-05-12 08:31", extra=outlook_headers())
    return message(h, outlook_alt(slug, body), crlf=True), \
        label("registration", [P("Anne-Kathrin Bohnhardt-Lenz", a, "Bauamt")], "Stadt Weißensee", "municipality",
              "Weißensee")


@case("saalfeld-reply-missing-details")
def _(slug):
    a = "nadine.guentsch@t-online.example"
    code = code_for("saalfeld-missing")
    body = """Guten Tag,

Entschuldigung, das hatte ich vergessen: Ich arbeite bei der Stadtverwaltung Saalfeld/Saale im Fachdienst Stadtplanung und nehme für die Stadt teil.

Viele Grüße
Nadine Güntsch

""" + outlook_quote(de_long("2025-05-02 17:48"), a, missing_subject(code),
                    missing_body("Guten Tag Frau Güntsch", code))
    return ol(slug, addr("Nadine Güntsch", a), "AW: " + missing_subject(code), "2025-05-05 07:55", body), \
        label("registration", [P("Nadine Güntsch", a, "Fachdienst Stadtplanung")], "Stadtverwaltung Saalfeld/Saale",
              "municipality", "Saalfeld/Saale")


@case("oberhof-vcard")
def _(slug):
    a = "s.burkhardt@oberhof.example"
    body = f"""Sehr geehrte Damen und Herren,

zur Transferveranstaltung am 20.05.2025 melde ich mich hiermit an. Meine Kontaktdaten finden Sie in der angehängten Visitenkarte.

{MFG}
Stefan Burkhardt
Bauverwaltung Stadt Oberhof"""
    h = envelope(slug, addr("Burkhardt, Stefan", a), "Anmeldung Transferveranstaltung ISEK", "2025-05-07 12:26",
                 extra=outlook_headers())
    card = vcard("Stefan Burkhardt", "Burkhardt", "Stefan", "Stadt Oberhof", "Bauverwaltung", "+49 36842 521-30", a)
    part = multi("mixed", [outlook_alt(slug, body), attachment("text/x-vcard", "Stefan Burkhardt.vcf", card)],
                 "----=_NextPart_001_" + hashlib.md5(slug.encode()).hexdigest()[:16].upper())
    return message(h, part), \
        label("registration", [P("Stefan Burkhardt", a, "Bauverwaltung")], "Stadt Oberhof", "municipality", "Oberhof")


@case("apolda-three-colleagues-not-self")
def _(slug):
    a = "h.tannert@apolda.example"
    body = f"""Sehr geehrte Damen und Herren,

aus meinem Fachbereich werden Frau Yvonne Eschrich, Herr Lars Dähne und Herr Kevin Fickenscher an der Transferveranstaltung am 20. Mai teilnehmen. Ich selbst bin an diesem Tag leider im Urlaub.

{MFG}

""" + sig("Heike Tannert", "Fachbereichsleiterin Bau und Umwelt", "Stadtverwaltung Apolda", "Markt 1", "99510 Apolda",
          "03644 650-300", a)
    return ol(slug, addr("Tannert, Heike", a), "Anmeldung Transferveranstaltung - FB Bau", "2025-05-07 09:03", body), \
        label("registration", [P("Yvonne Eschrich", None, None), P("Lars Dähne", None, None),
                               P("Kevin Fickenscher", None, None)],
              "Stadtverwaltung Apolda", "municipality", "Apolda")


@case("dingelstaedt-poststelle-reply-to")
def _(slug):
    a = "poststelle@dingelstaedt.example"
    r = "s.falkenberg@dingelstaedt.example"
    body = f"""Sehr geehrte Damen und Herren,

im Auftrag von Frau Sophie Falkenberg, Stadtplanung, übersenden wir ihre Anmeldung zur Transferveranstaltung am 20.05.2025. Rückfragen bitte direkt an Frau Falkenberg ({r}).

{MFG}
Poststelle
Stadt Dingelstädt"""
    h = envelope(slug, addr("Poststelle Stadt Dingelstädt", a), "Anmeldung Transferveranstaltung", "2025-05-08 10:50",
                 extra=outlook_headers((f"Reply-To: {r}",)))
    return message(h, outlook_alt(slug, body)), \
        label("registration", [P("Sophie Falkenberg", r, "Stadtplanung")], "Stadt Dingelstädt", "municipality",
              "Dingelstädt")


@case("bad-lobenstein-host-town")
def _(slug):
    a = "s.immisch@bad-lobenstein.example"
    body = f"""Sehr geehrte Damen und Herren,

wir freuen uns, dass die Transferveranstaltung in diesem Jahr bei uns stattfindet. Von der Stadt Bad Lobenstein nehmen meine Kollegin Frau Romy Geißler (r.geissler@bad-lobenstein.example) und ich teil.

{MFG}

Sven Immisch
Bauamtsleiter
Stadt Bad Lobenstein
Tel. 036651 57-120"""
    return ol(slug, addr("Immisch, Sven", a), "Anmeldung Stadt Bad Lobenstein", "2025-04-25 08:11", body), \
        label("registration", [P("Romy Geißler", "r.geissler@bad-lobenstein.example", None),
                               P("Sven Immisch", a, "Bauamtsleiter")],
              "Stadt Bad Lobenstein", "municipality", "Bad Lobenstein")


# ==================================================================================================
# cancellations
# ==================================================================================================


@case("cancel-bad-langensalza-reply-confirmation")
def _(slug):
    a = "p.altrogge@bad-langensalza.example"
    code = code_for("bad-langensalza-conf")
    body = f"""Sehr geehrte Damen und Herren,

leider muss ich meine Teilnahme an der Transferveranstaltung absagen, da am 20. Mai kurzfristig eine Sondersitzung des Stadtrates angesetzt wurde.

{MFG}
Petra Altrogge
Stadtverwaltung Bad Langensalza
Fachbereich Stadtentwicklung

""" + ol_conf(a, code, "Sehr geehrte Frau Altrogge", ["Petra Altrogge"], "2025-04-24 10:16")
    return ol(slug, addr("Altrogge, Petra", a), "AW: " + conf_subject(code), "2025-05-13 15:20", body), \
        label("cancellation", [P("Petra Altrogge", a, None)], "Stadtverwaltung Bad Langensalza", "municipality",
              "Bad Langensalza")


@case("cancel-hermsdorf-colleague-sick-tb")
def _(slug):
    a = "k.vollrath@hermsdorf.example"
    code = code_for("hermsdorf-conf")
    body = """Guten Morgen,

Herr Marco Drechsler ist leider längerfristig erkrankt und kann am 20. Mai nicht teilnehmen. Bitte streichen Sie ihn von der Liste. Ich selbst komme wie angemeldet.

Viele Grüße
Kerstin Vollrath
Stadt Hermsdorf, Bauamt

""" + thunderbird_quote(de_short("2025-04-28 09:02"), OUR,
                        confirmation("Sehr geehrte Frau Vollrath", ["Kerstin Vollrath", "Marco Drechsler"], code))
    return tb(slug, addr("Kerstin Vollrath", a), "Re: " + conf_subject(code), "2025-05-15 07:38", body), \
        label("cancellation", [P("Marco Drechsler", None, None)], "Stadt Hermsdorf", "municipality", "Hermsdorf")


@case("cancel-tanna-iphone-code")
def _(slug):
    a = "s.buchwald@stadt-tanna.example"
    code = code_for("tanna-conf")
    body = """Guten Tag, ich muss meine Anmeldung für den 20.5. leider zurückziehen, Termin im Landratsamt.
VG Steffen Buchwald"""
    return iphone(slug, addr("Steffen Buchwald", a), f"Absage {code}", "2025-05-14 18:22", body), \
        label("cancellation", [P("Steffen Buchwald", a, None)], "Stadt Tanna", "municipality", "Tanna")


@case("cancel-muenchenbernsdorf-waitlist-tb")
def _(slug):
    a = "u.albrecht@muenchenbernsdorf.example"
    code = code_for("muenchenbernsdorf-wait")
    body = """Sehr geehrte Damen und Herren,

bitte nehmen Sie mich von der Warteliste. Am 20. Mai haben wir inzwischen einen anderen Termin, den ich nicht verschieben kann.

Mit freundlichen Grüßen
Uwe Albrecht
Stadt Münchenbernsdorf
Bauverwaltung

""" + thunderbird_quote(de_short("2025-05-09 16:40"), OUR, waitlist("Sehr geehrter Herr Albrecht", code))
    return tb(slug, addr("Uwe Albrecht", a), "Re: " + wait_subject(code), "2025-05-12 10:04", body), \
        label("cancellation", [P("Uwe Albrecht", a, "Bauverwaltung")], "Stadt Münchenbernsdorf", "municipality",
              "Münchenbernsdorf")


@case("cancel-ilmenau-notes-two")
def _(slug):
    a = "sekretariat.bauamt@ilmenau.example"
    code = code_for("ilmenau-conf")
    body = f"""Sehr geehrte Damen und Herren,

leider müssen wir die Anmeldung von Herrn Dr. Jens Colditz und Frau Maren Gentzsch (Code {code}) zurückziehen. Beide sind am 20. Mai durch einen Ortstermin mit dem Fördermittelgeber gebunden.

Mit freundlichen Grüßen
i. A. Birgit Wolfram
Sekretariat Bauamt
Stadtverwaltung Ilmenau"""
    return notes_mail(slug, addr("Sekretariat Bauamt", a), f"Abmeldung Transferveranstaltung {code}",
                      "2025-05-16 11:27", body), \
        label("cancellation", [P("Jens Colditz", None, None, "Dr."), P("Maren Gentzsch", None, None)],
              "Stadtverwaltung Ilmenau", "municipality", "Ilmenau")


# ==================================================================================================
# changes
# ==================================================================================================


@case("change-arnstadt-substitute-outlook")
def _(slug):
    a = "h.kotsch@arnstadt.example"
    code = code_for("arnstadt-conf")
    body = f"""Sehr geehrte Damen und Herren,

ich bin am 20. Mai leider verhindert. An meiner Stelle wird meine Kollegin Frau Lea Hillmann (l.hillmann@arnstadt.example) an der Veranstaltung teilnehmen.

{MFG}
Holger Kotsch
Stadtverwaltung Arnstadt
Stadtplanungsamt

""" + ol_conf(a, code, "Sehr geehrter Herr Kotsch", ["Holger Kotsch"], "2025-04-23 14:51")
    return ol(slug, addr("Kotsch, Holger", a), "AW: " + conf_subject(code), "2025-05-08 13:37", body), \
        label("change", [P("Lea Hillmann", "l.hillmann@arnstadt.example", None), P("Holger Kotsch", a, None)],
              "Stadtverwaltung Arnstadt", "municipality", "Arnstadt")


@case("change-eisenberg-add-colleague-ox")
def _(slug):
    a = "m.sperling@stadt-eisenberg.example"
    code = code_for("eisenberg-conf")
    body = f"""Guten Tag,

zu meiner Anmeldung ({code}) möchte ich noch meinen Kollegen Herrn Patrick Beckert nachmelden: p.beckert@stadt-eisenberg.example. Er betreut bei uns die Städtebauförderung.

Vielen Dank und viele Grüße
Manuela Sperling
Stadt Eisenberg, Bauamt"""
    return ox(slug, addr("Manuela Sperling", a), "Nachmeldung Kollege Transferveranstaltung", "2025-05-06 08:52", body), \
        label("change", [P("Patrick Beckert", "p.beckert@stadt-eisenberg.example", "Städtebauförderung")],
              "Stadt Eisenberg", "municipality", "Eisenberg")


@case("change-greiz-new-address-roundcube")
def _(slug):
    a = "ronny.dunkel@freenet.example"
    new = "r.dunkel@greiz.example"
    body = f"""Sehr geehrte Damen und Herren,

ich habe mich vor zwei Wochen von meiner privaten Adresse aus angemeldet, weil mein dienstliches Postfach gerade umgestellt wurde. Bitte senden Sie alle weiteren Informationen an meine dienstliche Adresse: {new}

Danke und viele Grüße
Ronny Dunkel
Stadt Greiz, Fachbereich Bau"""
    return roundcube(slug, addr("Ronny Dunkel", a, "ISO-8859-1"), "Änderung meiner E-Mail-Adresse",
                     "2025-05-07 19:15", body), \
        label("change", [P("Ronny Dunkel", new, "Fachbereich Bau")], "Stadt Greiz", "municipality", "Greiz")


@case("change-sonneberg-late-arrival-android")
def _(slug):
    a = "m.deubel@sonneberg.example"
    body = """Hallo, ich bin für den 20.5. angemeldet, komme aber erst gegen 11 Uhr, weil der Zug aus Sonneberg nicht früher passt. Bitte nicht als Absage werten 🙂
Gruß Melanie Deubel, Stadt Sonneberg"""
    return droid(slug, addr("Melanie Deubel", a), "Spätere Ankunft", "2025-05-16 07:20", body), \
        label("change", [P("Melanie Deubel", a, None)], "Stadt Sonneberg", "municipality", "Sonneberg",
              notes=["komme aber erst gegen 11 Uhr"])


@case("change-neustadt-orla-diet-apple")
def _(slug):
    a = "j.bieberbach@neustadt-orla.example"
    code = code_for("neustadt-orla-conf")
    body = """Guten Tag,

vielen Dank für die Bestätigung. Eine Bitte noch: Ich vertrage kein Gluten. Können Sie das bei der Verpflegung vermerken?

Beste Grüße
Johanna Bieberbach
Stadtverwaltung Neustadt/Orla
Bauamt"""
    return apple_reply(slug, addr("Johanna Bieberbach", a), "Re: " + conf_subject(code), "2025-05-09 17:02", body,
                       "2025-05-05 11:30", confirmation("Sehr geehrte Frau Bieberbach", ["Johanna Bieberbach"], code)), \
        label("change", [P("Johanna Bieberbach", a, "Bauamt")], "Stadtverwaltung Neustadt an der Orla", "municipality",
              "Neustadt an der Orla", notes=["Ich vertrage kein Gluten."])


# ==================================================================================================
# questions
# ==================================================================================================


@case("question-ohrdruf-parking")
def _(slug):
    a = "s.hartleb@ohrdruf.example"
    body = f"""Sehr geehrte Damen und Herren,

meine Kollegin und ich sind für den 20. Mai angemeldet. Wir kommen mit zwei Dienstfahrzeugen – gibt es am Veranstaltungsort ausreichend Parkplätze oder sollten wir besser an anderer Stelle parken?

{MFG}
Simone Hartleb
Stadt Ohrdruf
Bau- und Liegenschaftsamt"""
    return ol_plain(slug, addr("Hartleb, Simone", a), "Frage Parkmöglichkeiten 20.05.", "2025-05-14 09:33", body), \
        label("question", [], "Stadt Ohrdruf", "municipality", "Ohrdruf")


@case("question-friedrichroda-programme-ox")
def _(slug):
    a = "t.wiegand@friedrichroda.example"
    body = """Guten Tag,

gibt es schon ein Programm mit Uhrzeiten? Ich müsste am 20. Mai spätestens gegen 14 Uhr wieder los. Je nachdem würde ich mich dann anmelden.

Viele Grüße
Tino Wiegand
Stadt Friedrichroda, Bauverwaltung"""
    return ox(slug, addr("Tino Wiegand", a), "Programm Transferveranstaltung?", "2025-04-29 10:48", body), \
        label("question", [], "Stadt Friedrichroda", "municipality", "Friedrichroda")


@case("question-heiligenstadt-accessibility-gmx")
def _(slug):
    a = "bauamt@heilbad-heiligenstadt.example"
    body = """Sehr geehrte Damen und Herren,

ist der Veranstaltungsort barrierefrei zugänglich? Ein Kollege aus unserem Amt, der bereits angemeldet ist, ist auf einen Rollstuhl angewiesen. Gibt es einen Aufzug und einen Behindertenparkplatz in der Nähe?

Mit freundlichen Grüßen
Angelika Nolte
Stadt Heilbad Heiligenstadt
Bauamt"""
    return gmx(slug, addr("Bauamt Heiligenstadt", a), "Frage Barrierefreiheit Veranstaltungsort", "2025-05-12 13:40",
               body), \
        label("question", [], "Stadt Heilbad Heiligenstadt", "municipality", "Heilbad Heiligenstadt")


@case("question-planning-office-certificate")
def _(slug):
    a = "buero@architekten-saaletal.example"
    body = f"""Sehr geehrte Damen und Herren,

zwei Mitarbeiterinnen unseres Büros sind für die Transferveranstaltung angemeldet. Erhalten die Teilnehmenden eine Teilnahmebescheinigung? Wir würden die Veranstaltung gern bei der Architektenkammer Thüringen als Fortbildung anerkennen lassen.

{MFG}
Martina Scholz
Büroleitung
Architekten Saaletal Partnerschaft mbB
Löbdergraben 12, 07743 Jena"""
    return ol(slug, addr("Architekten Saaletal", a), "Teilnahmebescheinigung Transferveranstaltung?", "2025-05-15 11:58",
              body), \
        label("question", [], "Architekten Saaletal Partnerschaft mbB", "planning_office", None)


@case("question-english-partner-town")
def _(slug):
    a = "p.novakova@kraslice-mesto.example"
    body = """Dear organisers,

one of our partner municipalities in Thuringia forwarded your invitation to us. We are working on a similar urban development strategy in our town and two of our planners would be very interested in the event on 20 May.

Would it be possible for guests from abroad to attend? Will the presentations be in German only, or is there any interpretation into English? And what is the best way to reach Bad Lobenstein by train?

Thank you very much and best regards,
Petra Nováková
Department of Development and Investment
Town of Kraslice, Czech Republic"""
    return gmail(slug, addr("Petra Nováková", a), "Question about the transfer event on 20 May", "2025-04-30 12:14",
                 body), \
        label("question", [], "Town of Kraslice", "other", None, language="en")


# ==================================================================================================
# other
# ==================================================================================================


@case("thanks-schleusingen-outlook")
def _(slug):
    a = "d.heyn@schleusingen.example"
    code = code_for("schleusingen-conf")
    body = f"""Vielen Dank für die schnelle Bestätigung, wir freuen uns auf die Veranstaltung!

{MFG}
Dana Heyn
Stadt Schleusingen

""" + ol_conf(a, code, "Sehr geehrte Frau Heyn", ["Dana Heyn"], "2025-04-25 09:05")
    return ol(slug, addr("Heyn, Dana", a), "AW: " + conf_subject(code), "2025-04-25 09:41", body), \
        label("other", [], "Stadt Schleusingen", "municipality", "Schleusingen")


@case("thanks-schalkau-iphone")
def _(slug):
    a = "o.zitzmann@schalkau.example"
    code = code_for("schalkau-conf")
    body = "Danke, passt! 👍\nOliver Zitzmann"
    return iphone_reply(slug, addr("Oliver Zitzmann", a), "Re: " + conf_subject(code), "2025-04-29 12:07", body,
                        "2025-04-29 11:52", confirmation("Sehr geehrter Herr Zitzmann", ["Oliver Zitzmann"], code)), \
        label("other", [], "Stadt Schalkau", "municipality", "Schalkau")


@case("newsletter-forum-stadtumbau")
def _(slug):
    a = "newsletter@forum-stadtumbau.example"
    body = """Infobrief Stadtumbau Mitteldeutschland – Ausgabe Mai 2025

Liebe Leserinnen und Leser,

in dieser Ausgabe:

1. Fachtagung „Innenstädte im Wandel“ am 17. Juni 2025 in Halle (Saale) – jetzt anmelden
2. Neue Arbeitshilfe: Kommunale Wärmeplanung und Quartierskonzepte
3. Termine: Transferveranstaltung ISEK am 20. Mai in Bad Lobenstein (Anmeldung beim Veranstalter)
4. Praxisbeispiel: Beteiligung junger Menschen in Kleinstädten

Sie erhalten diesen Infobrief, weil Sie sich dafür angemeldet haben.
Abbestellen: https://forum-stadtumbau.example/infobrief/abbestellen?u=8f3a21

Forum Stadtumbau Mitteldeutschland e. V., Magdeburger Straße 7, 06112 Halle (Saale)"""
    html_body = "<html><body><h2>Infobrief Stadtumbau Mitteldeutschland</h2>" + "".join(
        f"<p>{esc(l)}</p>" for l in body.split("\n") if l.strip()) + "</body></html>\n"
    h = envelope(slug, addr("Forum Stadtumbau Mitteldeutschland", a), "Infobrief Stadtumbau – Ausgabe Mai 2025",
                 "2025-05-06 06:00",
                 extra=("Precedence: bulk", "List-Id: Infobrief Stadtumbau <infobrief.forum-stadtumbau.example>",
                        "List-Unsubscribe: <https://forum-stadtumbau.example/infobrief/abbestellen?u=8f3a21>, "
                        "<mailto:abmelden@forum-stadtumbau.example>",
                        "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "X-Mailer: CleverReach"))
    return message(h, alt(slug, body, html_body, prefix="_cr_")), label("other", [], None, None, None)


@case("misdirected-internal-mail")
def _(slug):
    a = "k.kaiser-ott@stadt-kahla.example"
    body = f"""Hallo Jens,

anbei wie besprochen die Unterlagen für den Bauausschuss am Donnerstag. Kannst du bitte bis morgen Mittag noch einmal über die Beschlussvorlage zur Sanierung der Stadtmauer schauen?

Danke dir und Gruß
Kerstin

--
Kerstin Kaiser-Ott
Stadt Kahla, Hauptamt"""
    h = envelope(slug, addr("Kaiser-Ott, Kerstin", a), "Unterlagen Bauausschuss", "2025-05-13 14:26",
                 extra=outlook_headers())
    part = multi("mixed", [outlook_alt(slug, body),
                           attachment("application/pdf", "BV_2025-041_Stadtmauer.pdf", dummy_pdf("BV 2025-041"))],
                 "----=_NextPart_001_" + hashlib.md5(slug.encode()).hexdigest()[:16].upper())
    return message(h, part), label("other", [], None, None, None)


@case("phishing-shared-document")
def _(slug):
    a = "no-reply@sharepoint-dokumente.example"
    body = """Sabine hat eine Datei für Sie freigegeben

Teilnehmerliste_Transferveranstaltung_2025.xlsx

Um das Dokument anzuzeigen, melden Sie sich bitte mit Ihrem Microsoft-365-Konto an:
https://login-microsoftonline.sharepoint-dokumente.example/s/Teilnehmerliste

Dieser Link läuft in 24 Stunden ab.

Microsoft respektiert Ihre Privatsphäre. Datenschutzerklärung"""
    html_body = ('<html><body style="font-family:Segoe UI,sans-serif"><table width="600"><tr><td>'
                 "<p><b>Sabine hat eine Datei für Sie freigegeben</b></p>"
                 "<p>Teilnehmerliste_Transferveranstaltung_2025.xlsx</p>"
                 '<p><a href="https://login-microsoftonline.sharepoint-dokumente.example/s/Teilnehmerliste" '
                 'style="background:#0078d4;color:#fff;padding:8px 16px">Öffnen</a></p>'
                 "<p>Dieser Link läuft in 24 Stunden ab.</p>"
                 "<p style=\"font-size:10px\">Microsoft respektiert Ihre Privatsphäre. Datenschutzerklärung</p>"
                 "</td></tr></table></body></html>\n")
    h = envelope(slug, addr("SharePoint Online", a), "Sabine hat „Teilnehmerliste_Transferveranstaltung_2025.xlsx“ "
                 "für Sie freigegeben", "2025-05-10 03:17")
    return message(h, alt(slug, body, html_body, prefix="--b2_")), label("other", [], None, None, None)


# ==================================================================================================
# auto replies
# ==================================================================================================


@case("auto-exchange-confirmation")
def _(slug):
    a = "a.kolbig@zella-mehlis.example"
    code = code_for("zella-mehlis-conf")
    body = """Sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 02.05.2025 nicht im Hause. Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an bauamt@zella-mehlis.example.

Mit freundlichen Grüßen
Anja Kolbig"""
    h = envelope(slug, addr("Kolbig, Anja", a), "Automatische Antwort: " + conf_subject(code), "2025-04-23 11:40",
                 extra=outlook_headers(("Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All",
                                        "X-MS-Exchange-Inbox-Rules-Loop: a.kolbig@zella-mehlis.example")))
    return message(h, outlook_alt(slug, body)), label("auto_reply", [], None, None, None)


@case("auto-notes-abwesenheit-missing")
def _(slug):
    a = "w.hoffmeister@kreis-sonneberg.example"
    code = code_for("notes-missing")
    body = """Ich bin vom 05.05. bis 16.05.2025 nicht im Büro. Ihre Nachricht wird nicht weitergeleitet.
In dringenden Fällen wenden Sie sich bitte an das Sekretariat (Tel. 03675 871-200).

Wolfgang Hoffmeister"""
    return notes_mail(slug, addr("Wolfgang Hoffmeister", a), "Abwesenheitsnotiz: " + missing_subject(code),
                      "2025-05-06 14:02", body), label("auto_reply", [], None, None, None)


@case("auto-english-ooo-cancel-confirmation")
def _(slug):
    a = "j.watzlawik@urbanconsult-jena.example"
    code = code_for("urbanconsult-cancel")
    body = """Thank you for your message. I am out of the office until 26 May 2025 with limited access to e-mail.
For urgent matters please contact office@urbanconsult-jena.example.

Best regards
Julia Watzlawik"""
    h = envelope(slug, addr("Julia Watzlawik", a), "Out of Office: " + cancel_subject(code), "2025-05-14 16:45",
                 extra=outlook_headers(("Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All")))
    return message(h, outlook_alt(slug, body)), label("auto_reply", [], None, None, None, language="en")


@case("auto-poststelle-receipt-waitlist")
def _(slug):
    a = "noreply-poststelle@landkreis-greiz.example"
    code = code_for("greiz-kv-wait")
    body = f"""Sehr geehrte Damen und Herren,

Ihre E-Mail mit dem Betreff „{wait_subject(code)}“ ist bei der zentralen Poststelle der Kreisverwaltung eingegangen und wird an die zuständige Stelle weitergeleitet.

Dies ist eine automatisch erzeugte Nachricht. Bitte antworten Sie nicht auf diese E-Mail.

Kreisverwaltung – Zentrale Poststelle"""
    h = envelope(slug, addr("Zentrale Poststelle", a), "Eingangsbestätigung: " + wait_subject(code), "2025-05-09 16:43",
                 extra=("Auto-Submitted: auto-generated", "Precedence: bulk", "X-Auto-Response-Suppress: All"))
    return message(h, text(body, "utf-8", "quoted-printable")), label("auto_reply", [], None, None, None)


# ==================================================================================================
# bounces
# ==================================================================================================


@case("bounce-postfix-user-unknown")
def _(slug):
    rcpt = "m.lindner@ziegenrueck.example"
    code = code_for("ziegenrueck-conf")
    ours = our_to(slug, rcpt, conf_subject(code), "2025-05-06 18:12",
                  confirmation("Sehr geehrter Herr Lindner", ["Mario Lindner"], code))
    human = f"""This is the mail system at host mx02.transferveranstaltung.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<{rcpt}>: host mail.ziegenrueck.example[192.0.2.44] said: 550 5.1.1
    <{rcpt}>: Recipient address rejected: User unknown in virtual
    mailbox table (in reply to RCPT TO command)"""
    dsn = f"""Reporting-MTA: dns; mx02.transferveranstaltung.example
X-Postfix-Queue-ID: 4ZbQ2k1xR7z9sWp
X-Postfix-Sender: rfc822; {INBOX}
Arrival-Date: {rfcdate('2025-05-06 18:12')}

Final-Recipient: rfc822; {rcpt}
Original-Recipient: rfc822;{rcpt}
Action: failed
Status: 5.1.1
Remote-MTA: dns; mail.ziegenrueck.example
Diagnostic-Code: smtp; 550 5.1.1 <{rcpt}>: Recipient address rejected: User
    unknown in virtual mailbox table
"""
    part = report(slug, (["Content-Description: Notification", "Content-Type: text/plain; charset=us-ascii"],
                         human.encode() + b"\n"), dsn, rfc822_headers(ours))
    h = ["Return-Path: <>", f"From: {addr('Mail Delivery System', 'MAILER-DAEMON@mx02.transferveranstaltung.example')}",
         f"To: {INBOX}", "Subject: Undelivered Mail Returned to Sender", f"Date: {rfcdate('2025-05-06 18:12')}",
         f"Message-ID: {msgid(slug, 'mx02.transferveranstaltung.example')}", "Auto-Submitted: auto-replied"]
    return message(h, part), label("bounce", [], None, None, None, language="en", bounce_recipient=rcpt)


@case("bounce-exchange-german-mailbox-full")
def _(slug):
    rcpt = "sekretariat@stadt-kranichfeld.example"
    code = code_for("kranichfeld-wait")
    ours = our_to(slug, rcpt, wait_subject(code), "2025-05-09 15:02", waitlist("Sehr geehrte Damen und Herren", code))
    human = f"""Die Nachricht konnte nicht an folgende Empfänger zugestellt werden:

{rcpt}
Das Postfach des Empfängers ist voll und kann zurzeit keine Nachrichten annehmen. Versuchen Sie später, die Nachricht erneut zu senden, oder wenden Sie sich direkt an den Empfänger.

Diagnoseinformationen für Administratoren:

Generierender Server: EXCH02.stadt-kranichfeld.example

{rcpt}
Remoteserver hat '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException' zurückgegeben."""
    dsn = f"""Reporting-MTA: dns;EXCH02.stadt-kranichfeld.example
Received-From-MTA: dns;mx02.transferveranstaltung.example
Arrival-Date: {rfcdate('2025-05-09 15:02')}

Final-Recipient: rfc822;{rcpt}
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException
"""
    part = report(slug, (["Content-Type: text/plain; charset=\"utf-8\"", "Content-Transfer-Encoding: quoted-printable"],
                         encode_body(human, "utf-8", "quoted-printable")), dsn, rfc822(ours))
    h = [f"From: {addr('Microsoft Outlook', 'postmaster@stadt-kranichfeld.example')}", f"To: {INBOX}",
         f"Subject: {hval('Unzustellbar: ' + wait_subject(code))}", f"Date: {rfcdate('2025-05-09 15:03')}",
         f"Message-ID: {msgid(slug, 'stadt-kranichfeld.example')}", "Auto-Submitted: auto-replied",
         "Content-Language: de-DE", "X-MS-Exchange-Message-Is-Ndr:"]
    return message(h, part), label("bounce", [], None, None, None, bounce_recipient=rcpt)


@case("bounce-postfix-delayed")
def _(slug):
    rcpt = "info@planungsgruppe-saaleland.example"
    code = code_for("saaleland-cancel")
    ours = our_to(slug, rcpt, cancel_subject(code), "2025-05-15 08:10",
                  cancel_body("Sehr geehrte Damen und Herren", ["Frank Irrgang"], code))
    human = f"""This is the mail system at host mx02.transferveranstaltung.example.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

For further assistance, please send mail to postmaster.

                   The mail system

<{rcpt}>: connect to mail.planungsgruppe-saaleland.example[198.51.100.23]:25:
    Connection timed out"""
    dsn = f"""Reporting-MTA: dns; mx02.transferveranstaltung.example
X-Postfix-Queue-ID: 4ZcX0m3Hq1z7tBn
X-Postfix-Sender: rfc822; {INBOX}
Arrival-Date: {rfcdate('2025-05-15 08:10')}

Final-Recipient: rfc822; {rcpt}
Original-Recipient: rfc822;{rcpt}
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mail.planungsgruppe-saaleland.example[198.51.100.23]:25: Connection timed out
Will-Retry-Until: {rfcdate('2025-05-20 08:10')}
"""
    part = report(slug, (["Content-Description: Notification", "Content-Type: text/plain; charset=us-ascii"],
                         human.encode() + b"\n"), dsn, rfc822_headers(ours))
    h = ["Return-Path: <>", f"From: {addr('Mail Delivery System', 'MAILER-DAEMON@mx02.transferveranstaltung.example')}",
         f"To: {INBOX}", "Subject: Delayed Mail (still being retried)", f"Date: {rfcdate('2025-05-15 12:14')}",
         f"Message-ID: {msgid(slug, 'mx02.transferveranstaltung.example')}", "Auto-Submitted: auto-replied"]
    return message(h, part), label("bounce", [], None, None, None, language="en", bounce_recipient=rcpt)


# ==================================================================================================
# validation beyond the kit
# ==================================================================================================

EARLIER = ("corpus", "corpus_holdout", "corpus_blind", "corpus_blind2", "corpus_blind3", "corpus_blind4",
           "corpus_blind5", "corpus_blind6", "corpus_blind7", "corpus_blind8", "corpus_blind9", "corpus_blind10",
           "corpus_blind11", "corpus_blind12", "corpus_blind13")
REQUIRED = ("intent", "language", "attendees", "organisation", "organisation_type", "municipality")
OTYPES = (None, "municipality", "planning_office", "authority", "other")
SURNAME_FIRST = re.compile(r"^[A-K]")


def earlier_surnames() -> set[str]:
    """Every attendee surname in the labels of the earlier sets, sub-folders included (labels only, no mails)."""
    found: set[str] = set()
    for folder in EARLIER:
        for js in (HERE.parent / folder).rglob("*.json"):
            try:
                data = json.loads(js.read_text(encoding="utf-8"))
            except (ValueError, UnicodeDecodeError):
                continue
            if isinstance(data, dict) and "intent" in data:
                found.update(p["name"].split()[-1].lower() for p in data.get("attendees", []))
    return found


def extra_checks() -> list[str]:
    problems: list[str] = []
    old = earlier_surnames()
    counts: dict[str, int] = {}
    for js in sorted(HERE.glob("[0-9][0-9][0-9]-*.json")):
        data = json.loads(js.read_text(encoding="utf-8"))
        eml = js.with_suffix(".eml")
        message_from_bytes(eml.read_bytes(), policy=policy.default)  # parses (defects are checked by the kit)
        for field in REQUIRED:
            if field not in data:
                problems.append(f"{js.name}: field {field} missing")
        if data.get("organisation_type") not in OTYPES:
            problems.append(f"{js.name}: unknown organisation_type {data.get('organisation_type')}")
        if data.get("intent") == "bounce" and not data.get("bounce_recipient"):
            problems.append(f"{js.name}: bounce without bounce_recipient")
        m = data.get("municipality")
        if m is not None:
            if set(m) != {"name", "ags", "district"}:
                problems.append(f"{js.name}: municipality needs exactly name, ags, district")
            elif not any(r["ags"] == m["ags"] and r["district"] == m["district"] for r in GAZ.get(m["name"], [])):
                problems.append(f"{js.name}: municipality {m} not in the gazetteer")
        for person in data.get("attendees", []):
            for field in ("name", "email", "role"):
                if field not in person:
                    problems.append(f"{js.name}: attendee without {field}")
            surname = person["name"].split()[-1]
            if not SURNAME_FIRST.match(surname):
                problems.append(f"{js.name}: surname {surname!r} does not start with A–K")
            if surname.lower() in old:
                problems.append(f"{js.name}: surname {surname!r} already in an earlier set")
            counts[surname.lower()] = counts.get(surname.lower(), 0) + 1
    problems += [f"surname {s!r} occurs {n} times in this set" for s, n in counts.items() if n > 1]
    return problems


def rebuild_differs() -> list[str]:
    """Files whose bytes a fresh build would change."""
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
    extra = extra_checks()
    for p in extra:
        print("PROBLEM:", p)
    if "--check" in sys.argv[1:]:
        differing = rebuild_differs()
        for name in differing:
            print("PROBLEM: a rebuild would change", name)
        extra += differing
        if not differing:
            print("rebuild is byte-identical")
    if extra:
        raise SystemExit(1)
    print("surnames A–K, new, unique; labels complete")
