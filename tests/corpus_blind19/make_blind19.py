"""Rebuild and validate the nineteenth blind corpus (tests/corpus_blind19/).

Written from the invitation, INTERFACE.md, the gazetteer and the labelling conventions of tests/corpus/README.md,
tests/corpus_blind8/README.md and tests/corpus_blind11/README.md only, with the MIME writer of tests/corpus_kit.py,
without reading or running the parser, by a nineteenth writer. Each case is one mail as the registration inbox
receives it over the whole registration period (invitation on 22 April 2025, deadline 9 May, event 20 May, a few
mails after the event), with what a careful event secretary records from that mail alone.

    .venv/bin/python tests/corpus_blind19/make_blind19.py          # rewrite all files, then validate
    .venv/bin/python tests/corpus_blind19/make_blind19.py --check  # validate the files as they are, and check
                                                                   # that a rebuild would be byte-identical
"""

from __future__ import annotations

import hashlib
import json
import random
import sys
from datetime import datetime
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
    tiny_png,
    waitlist,
    webde_html_only,
    word_html,
    word_paragraphs,
)

HERE = Path(__file__).resolve().parent
CASES: Cases = []
case = case_registry(CASES)
SEED = 20250519

MFG = "Mit freundlichen Grüßen"
EVENT = "9. Transferveranstaltung am 20. Mai 2025"

# --------------------------------------------------------------------------------------------------
# our own mails, as the brief gives their subjects
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
    return (f"{salutation},\n\n"
            "vielen Dank für Ihre Nachricht zur 9. Transferveranstaltung am 20. Mai 2025 in Bad Lobenstein. "
            "Damit wir Ihre Anmeldung erfassen können, fehlt uns noch folgende Angabe:\n\n"
            "- für welche Kommune bzw. Organisation Sie teilnehmen\n\n"
            "Bitte antworten Sie einfach auf diese E-Mail.\n\n"
            "Mit freundlichen Grüßen\nIhr Organisationsteam der Transferveranstaltung")


def cancel_body(salutation: str, code: str) -> str:
    return (f"{salutation},\n\n"
            "wir haben Ihre Abmeldung von der 9. Transferveranstaltung am 20. Mai 2025 in Bad Lobenstein erhalten "
            "und Ihre Anmeldung storniert.\n\n"
            f"Ihr Code: {code}\n\n"
            "Mit freundlichen Grüßen\nIhr Organisationsteam der Transferveranstaltung")


WEEKDAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
          "November", "Dezember"]


def de_long(when: str) -> str:
    """'2025-04-23 10:12' → 'Mittwoch, 23. April 2025 10:12' (Outlook's quote header)."""
    dt = datetime.strptime(when, "%Y-%m-%d %H:%M")
    return f"{WEEKDAYS[dt.weekday()]}, {dt.day}. {MONTHS[dt.month - 1]} {dt.year} {dt:%H:%M}"


def de_short(when: str) -> str:
    """'2025-04-23 10:12' → '23.04.25 um 10:12' (Thunderbird's quote header)."""
    dt = datetime.strptime(when, "%Y-%m-%d %H:%M")
    return f"{dt:%d.%m.%y} um {dt:%H:%M}"


def conf_ol(to: str, code: str, salutation: str, persons: list[str], when: str) -> str:
    return outlook_quote(de_long(when), to, conf_subject(code), confirmation(salutation, persons, code))


def conf_tb(code: str, salutation: str, persons: list[str], when: str) -> str:
    return thunderbird_quote(de_short(when), OUR_NAME, confirmation(salutation, persons, code))


def new_outlook_quote(frm: str, when: str, to: str, subject: str, body: str) -> str:
    """The newer Outlook reply header: a rule, then Von/Gesendet/An/Betreff."""
    return ("________________________________\n"
            f"Von: {frm}\nGesendet: {de_long(when)}\nAn: {to}\nBetreff: {subject}\n\n{body}")


OUR_FROM = f"{OUR_NAME} <{INBOX}>"
INV_WHEN = "2025-04-22 07:30"
INV_QUOTE = outlook_quote(de_long(INV_WHEN), "Verteiler Kommunen", INVITE_SUBJECT, INVITATION).replace(
    f"Von: {OUR_NAME} <{INBOX}>", f"Von: {INVITE_FROM}")
INV_QUOTE_NEW = new_outlook_quote(INVITE_FROM, INV_WHEN, "Verteiler Kommunen", INVITE_SUBJECT, INVITATION)


def iphone_reply(slug: str, frm: str, subject: str, when: str, body: str, quoted_head: str,
                 quoted_body: str) -> bytes:
    """iPhone reply: the short text, the iPhone line, then the quoted mail with '>'."""
    h = envelope(slug, frm, subject, when, extra=("X-Mailer: iPhone Mail (22E252)",))
    full = f"{body}\n\nVon meinem iPhone gesendet\n\n> {quoted_head}\n> \n" + quote(quoted_body)
    return message(h, text(full, "utf-8", "quoted-printable"))


def notes(slug: str, frm: str, subject: str, when: str, body: str, extra: tuple[str, ...] = ()) -> bytes:
    """HCL Notes: ISO-8859-1 QP, plain plus a font-tag HTML part, Notes' own boundary."""
    h = envelope(slug, frm, subject, when, subject_enc=("ISO-8859-1", "Q"),
                 extra=("X-Mailer: HCL Notes Release 12.0.2FP3 April 10, 2024",
                        f"X-MIMETrack: Serialize by Router on SRV-MAIL02/KV at {when[8:10]}.{when[5:7]}.{when[:4]} "
                        f"{when[11:]}:41", *extra))
    html_body = ('<font size=2 face="sans-serif">' + "<br>\n".join(esc(line) for line in body.split("\n"))
                 + "</font>\n")
    b = "=_alternative " + hashlib.md5(slug.encode()).hexdigest()[:16].upper() + "_="
    return message(h, multi("alternative", [text(body, "ISO-8859-1", "quoted-printable"),
                                            text(html_body, "ISO-8859-1", "quoted-printable", sub="html")], b))


def ol_mixed(slug: str, frm: str, subject: str, when: str, body: str, parts: list, extra: tuple[str, ...] = ()) -> bytes:
    """Outlook alternative plus attachments in multipart/mixed."""
    h = envelope(slug, frm, subject, when, extra=outlook_headers(extra))
    b = "----=_NextPart_001_" + hashlib.md5((slug + "mixed").encode()).hexdigest()[:20].upper()
    return message(h, multi("mixed", [outlook_alt(slug, body), *parts], b))


def ol_logo(slug: str, frm: str, subject: str, when: str, body: str) -> bytes:
    """Outlook with the town's logo inline: related(alternative(plain, html with cid image), png)."""
    cid = "image001.png@01DBB6A4.5C2E3F10"
    inner = word_paragraphs(body) + f'\n<p class="MsoNormal"><img width="120" height="40" src="cid:{cid}" alt="Logo"><o:p></o:p></p>'
    b_alt = "----=_NextPart_002_" + hashlib.md5((slug + "alt").encode()).hexdigest()[:20].upper()
    b_rel = "----=_NextPart_001_" + hashlib.md5((slug + "rel").encode()).hexdigest()[:20].upper()
    altp = multi("alternative", [text(body, "windows-1252"), text(word_html(body, "windows-1252", inner),
                                                                      "windows-1252", sub="html")], b_alt)
    png = attachment("image/png", "image001.png", tiny_png(), disposition="inline", cid=cid)
    h = envelope(slug, frm, subject, when, extra=outlook_headers())
    return message(h, multi("related", [altp, png], b_rel, ' type="multipart/alternative";'))


def vcard(name: str, family: str, given: str, org: str, role: str, street: str, town: str, plz: str,
          phone: str, mail: str) -> bytes:
    return (f"BEGIN:VCARD\r\nVERSION:3.0\r\nN:{family};{given};;;\r\nFN:{name}\r\nORG:{org}\r\nTITLE:{role}\r\n"
            f"TEL;TYPE=WORK,VOICE:{phone}\r\nADR;TYPE=WORK:;;{street};{town};;{plz};Deutschland\r\n"
            f"EMAIL;TYPE=PREF,INTERNET:{mail}\r\nEND:VCARD\r\n").encode("utf-8")


def our_raw(slug: str, to: str, subject: str, when: str, body: str) -> bytes:
    return our_mail(slug, to, subject, when, body)


def mdn(slug: str, frm: str, subject: str, when: str, human: str, fields: str, extra: tuple[str, ...] = ()) -> bytes:
    """A read receipt (RFC 8098): multipart/report with a message/disposition-notification part."""
    h = envelope(slug, frm, subject, when, extra=extra)
    b = "----=_mdn_" + hashlib.md5(slug.encode()).hexdigest()[:20]
    part = multi("report", [text(human, "utf-8", "quoted-printable"),
                            (["Content-Type: message/disposition-notification"], fields.encode())],
                 b, " report-type=disposition-notification;")
    return message(h, part)


def dsn_headers(slug: str, frm: str, subject: str, when: str, domain: str, extra: tuple[str, ...] = ()) -> list[str]:
    return ["Return-Path: <>", f"From: {frm}", f"To: {INBOX}", f"Subject: {hval(subject)}",
            f"Date: {rfcdate(when)}", f"Message-ID: {msgid(slug, domain)}", "Auto-Submitted: auto-replied", *extra]


# ==================================================================================================
# registrations
# ==================================================================================================


@case("rudolstadt-outlook-one")
def _(slug):
    a = "s.liesegang@rudolstadt.example"
    body = f"""Sehr geehrte Damen und Herren,

vielen Dank für die Einladung. Hiermit melde ich mich für die 9. Transferveranstaltung am 20.05.2025 in Bad Lobenstein an.

{MFG}
i. A.

""" + sig("Sandra Liesegang", "Fachdienst Stadtentwicklung und Denkmalschutz", "Stadtverwaltung Rudolstadt",
          "Schulplatz 4", "07407 Rudolstadt", "03672 486-612", a, "www.rudolstadt.example")
    return ol(slug, addr("Liesegang, Sandra", a), "Anmeldung Transferveranstaltung 20.05.2025", "2025-04-22 09:14", body), \
        label("registration", [P("Sandra Liesegang", a, "Fachdienst Stadtentwicklung und Denkmalschutz")],
              "Stadtverwaltung Rudolstadt", "municipality", "Rudolstadt")


@case("zeulenroda-reply-invitation-two")
def _(slug):
    a = "m.pfuetze@zeulenroda-triebes.example"
    b = "k.schwabe@zeulenroda-triebes.example"
    body = f"""Sehr geehrte Damen und Herren,

an der Veranstaltung nehmen von unserer Seite teil:

Herr Mirko Pfütze, Amtsleiter Bau- und Ordnungsamt
Frau Katja Schwabe, Sachbearbeiterin Stadtplanung ({b})

Wir sind gerade mitten in der Fortschreibung unseres ISEK und freuen uns auf den Austausch.

{MFG}
Mirko Pfütze
Amtsleiter Bau- und Ordnungsamt
Stadt Zeulenroda-Triebes
Markt 1, 07937 Zeulenroda-Triebes
Tel. 036628 62-301

""" + INV_QUOTE
    return ol(slug, addr("Pfütze, Mirko", a), "AW: " + INVITE_SUBJECT, "2025-04-22 10:02", body), \
        label("registration", [P("Mirko Pfütze", a, "Amtsleiter Bau- und Ordnungsamt"),
                               P("Katja Schwabe", b, "Sachbearbeiterin Stadtplanung")],
              "Stadt Zeulenroda-Triebes", "municipality", "Zeulenroda-Triebes")


@case("bad-frankenhausen-thunderbird")
def _(slug):
    a = "zaumseil@bad-frankenhausen.example"
    body = """Sehr geehrte Damen und Herren,

hiermit melde ich mich zur Transferveranstaltung „Zusammen denken – gemeinsam handeln“ am 20. Mai 2025 an. Unser ISEK stammt aus dem Jahr 2013 und soll in den nächsten zwei Jahren fortgeschrieben werden, daher kommt die Veranstaltung für uns genau richtig.

Mit freundlichen Grüßen
Torsten Zaumseil

-- 
Stadtverwaltung Bad Frankenhausen
Bauamt / Stadtentwicklung
Markt 1
06567 Bad Frankenhausen/Kyffhäuser
Tel. 034671 62-214"""
    return tb(slug, addr("Torsten Zaumseil", a), "Anmeldung 9. Transferveranstaltung", "2025-04-23 08:41", body), \
        label("registration", [P("Torsten Zaumseil", a, None)], "Stadtverwaltung Bad Frankenhausen", "municipality",
              "Bad Frankenhausen/Kyffhäuser")


@case("heiligenstadt-secretary-mayor")
def _(slug):
    a = "sekretariat.bgm@heiligenstadt.example"
    body = f"""Sehr geehrte Damen und Herren,

im Auftrag von Herrn Bürgermeister Jens Oberender melde ich ihn zur 9. Transferveranstaltung am 20. Mai 2025 in Bad Lobenstein an.

Bitte senden Sie die Bestätigung an diese Adresse.

{MFG}
i. A. Ines Vockerodt
Sekretariat des Bürgermeisters

Stadtverwaltung Heilbad Heiligenstadt
Friedensplatz 8
37308 Heilbad Heiligenstadt
Tel.: 03606 677-101"""
    return ol_plain(slug, addr("Sekretariat Bürgermeister", a), "Anmeldung Bürgermeister Oberender - Transferveranstaltung",
                    "2025-04-23 11:20", body), \
        label("registration", [P("Jens Oberender", None, "Bürgermeister")], "Stadtverwaltung Heilbad Heiligenstadt",
              "municipality", "Heilbad Heiligenstadt")


@case("vg-hanstein-for-kirchgandern")
def _(slug):
    a = "p.raedel@vg-hanstein-rusteberg.example"
    body = """Sehr geehrte Damen und Herren,

für unsere Mitgliedsgemeinde Kirchgandern, die derzeit ihr Integriertes Gemeindliches Entwicklungskonzept aufstellt, möchte ich mich zur Transferveranstaltung am 20. Mai anmelden. Mitkommen wird außerdem der ehrenamtliche Bürgermeister der Gemeinde Kirchgandern, Herr Lothar Schilde.

Gerade die Abgrenzung zwischen ISEK und IGEK interessiert uns sehr.

Mit freundlichen Grüßen

Petra Rädel
Bauamt
Verwaltungsgemeinschaft Hanstein-Rusteberg
Lindenallee 2
37318 Hohengandern"""
    return ox(slug, addr("Petra Rädel", a), "Anmeldung Transferveranstaltung – Gemeinde Kirchgandern", "2025-04-24 09:05", body), \
        label("registration", [P("Petra Rädel", a, "Bauamt"), P("Lothar Schilde", None, "Bürgermeister")],
              "Verwaltungsgemeinschaft Hanstein-Rusteberg", "municipality", "Kirchgandern")


@case("planning-office-schleiz-table")
def _(slug):
    a = "info@wallstab-partner.example"
    before = ("Sehr geehrte Damen und Herren,\n\nwir sind von der Stadt Schleiz mit der Fortschreibung des ISEK "
              "beauftragt und melden zur Transferveranstaltung am 20.05.2025 folgende Personen an:\n")
    rows = [["Name", "Funktion", "E-Mail"],
            ["Dipl.-Ing. Kai Wallstab", "Geschäftsführer, Projektleitung ISEK Schleiz", "k.wallstab@wallstab-partner.example"],
            ["Lisa Markert, M.Sc.", "Stadtplanerin", "l.markert@wallstab-partner.example"]]
    after = f"\n{MFG}\n\nKai Wallstab\n\nWallstab & Partner – Stadtplanung und Architektur\nSchwanseestraße 41\n99427 Weimar\nTel. 03643 77 31 20"
    plain = before + "\n".join("\t".join(r) for r in rows) + "\n" + after
    return ol(slug, addr("Wallstab & Partner", a), "Anmeldung ISEK Schleiz / Wallstab & Partner", "2025-04-25 14:33",
              plain, html_only=True, inner=table_html(rows, before, after)), \
        label("registration", [P("Kai Wallstab", "k.wallstab@wallstab-partner.example", "Geschäftsführer, Projektleitung ISEK Schleiz", "Dipl.-Ing."),
                               P("Lisa Markert", "l.markert@wallstab-partner.example", "Stadtplanerin")],
              "Wallstab & Partner – Stadtplanung und Architektur", "planning_office", "Schleiz")


@case("planning-office-no-client")
def _(slug):
    a = "tetzlaff@landschaft-und-stadt.example"
    body = """Sehr geehrte Damen und Herren,

als Büro, das seit vielen Jahren Kommunen bei integrierten Entwicklungskonzepten begleitet, würde ich gern an der Transferveranstaltung teilnehmen und melde mich hiermit an.

Freundliche Grüße

-- 
Jakob Tetzlaff
Büro für Landschaft und Stadt
Wagnergasse 18 · 07743 Jena
03641 63 88 12"""
    return tb(slug, addr("Jakob Tetzlaff", a), "Anmeldung Transferveranstaltung ISEK", "2025-04-28 16:12", body), \
        label("registration", [P("Jakob Tetzlaff", a, None)], "Büro für Landschaft und Stadt", "planning_office", None)


@case("remptendorf-iphone-short")
def _(slug):
    a = "buergermeister@remptendorf.example"
    body = """Hallo,
melde mich für den 20.5. in Lobenstein an.
Gruß U. Lämmler
Bürgermeister Gemeinde Remptendorf"""
    return iphone(slug, addr("Uwe Lämmler", a), "Anmeldung", "2025-04-24 21:40", body), \
        label("registration", [P("Uwe Lämmler", a, "Bürgermeister")], "Gemeinde Remptendorf", "municipality", "Remptendorf")


@case("unterwellenborn-android")
def _(slug):
    a = "b.netzband@unterwellenborn.example"
    body = """Guten Tag,
ich möchte mich zur Transferveranstaltung am 20.05.25 anmelden.
Beate Netzband
Bauamt Gemeinde Unterwellenborn"""
    return droid(slug, addr("Beate Netzband", a), "Anmeldung Transferveranstaltung", "2025-04-29 07:52", body), \
        label("registration", [P("Beate Netzband", a, "Bauamt")], "Gemeinde Unterwellenborn", "municipality",
              "Unterwellenborn")


@case("leinefelde-worbis-gmx-ortsteil")
def _(slug):
    a = "d.ohlendorf@gmx.example"
    body = """Sehr geehrte Damen und Herren,

ich bin Ortsteilbürgermeister von Breitenbach (Stadt Leinefelde-Worbis) und im Bauausschuss des Stadtrates. Die Einladung hat mir unser Bauamt weitergeleitet. Ich würde gern am 20. Mai dabei sein und melde mich hiermit an.

Mit freundlichen Grüßen
Dieter Ohlendorf"""
    return gmx(slug, addr("Dieter Ohlendorf", a), "Anmeldung Transferveranstaltung 20. Mai", "2025-04-26 18:30", body), \
        label("registration", [P("Dieter Ohlendorf", a, "Ortsteilbürgermeister")], "Stadt Leinefelde-Worbis",
              "municipality", "Leinefelde-Worbis")


@case("saalfeld-keyvalue-outlook-plain")
def _(slug):
    a = "fd-bauen@stadt-saalfeld.example"
    body = """Anmeldung zur 9. Transferveranstaltung am 20.05.2025 in Bad Lobenstein

Name: Lenkeit
Vorname: Heiko
Dienststelle: Stadtverwaltung Saalfeld/Saale, Fachdienst Bauen und Stadtentwicklung
Funktion: Sachgebietsleiter Städtebauförderung
E-Mail: h.lenkeit@stadt-saalfeld.example
Telefon: 03671 598-427

Mit freundlichen Grüßen
im Auftrag
Heiko Lenkeit"""
    return ol_plain(slug, addr("FD Bauen Saalfeld", a), "Anmeldung Transferveranstaltung", "2025-04-25 10:47", body), \
        label("registration", [P("Heiko Lenkeit", "h.lenkeit@stadt-saalfeld.example", "Sachgebietsleiter Städtebauförderung")],
              "Stadtverwaltung Saalfeld/Saale", "municipality", "Saalfeld/Saale")


@case("nobitz-roundcube-latin1")
def _(slug):
    a = "g.suehnel@nobitz.example"
    body = """Sehr geehrte Damen und Herren,

hiermit melde ich mich für die Transferveranstaltung am 20. Mai 2025 in Bad Lobenstein an.

Für die Gemeinde Nobitz steht nach mehreren Eingemeindungen die Überarbeitung unseres Entwicklungskonzeptes an, deshalb interessiert uns besonders der Umgang mit den dörflich geprägten Ortsteilen.

Mit freundlichen Grüßen

Grit Sühnel
Gemeinde Nobitz
Bauverwaltung
Bachstraße 1
04603 Nobitz"""
    return roundcube(slug, addr("Grit Sühnel", a, "ISO-8859-1"), "Anmeldung Transferveranstaltung", "2025-04-30 13:05", body), \
        label("registration", [P("Grit Sühnel", a, "Bauverwaltung")], "Gemeinde Nobitz", "municipality", "Nobitz")


@case("landratsamt-notes-two")
def _(slug):
    a = "Cornelia.Mechtold@lra-sok.example"
    b = "Andreas.Zoephel@lra-sok.example"
    body = f"""Sehr geehrte Damen und Herren,

vom Landratsamt Saale-Orla-Kreis, Fachdienst Kreisentwicklung und Bauleitplanung, nehmen an der Transferveranstaltung am 20.05.2025 teil:

Frau Cornelia Mechtold ({a})
Herr Andreas Zöphel ({b})

{MFG}
Im Auftrag

Cornelia Mechtold
Fachdienst Kreisentwicklung und Bauleitplanung
Landratsamt Saale-Orla-Kreis
Heinrichstraße 30, 07907 Schleiz
Telefon: 03663 488-713"""
    return notes(slug, addr("Cornelia Mechtold", a), "Anmeldung Transferveranstaltung am 20.05.2025", "2025-04-25 10:12", body), \
        label("registration", [P("Cornelia Mechtold", a, "Fachdienst Kreisentwicklung und Bauleitplanung"),
                               P("Andreas Zöphel", b, None)],
              "Landratsamt Saale-Orla-Kreis", "authority", None)


@case("weimar-apple-two")
def _(slug):
    a = "f.vonmannsfeld@weimar.example"
    body = """Sehr geehrte Damen und Herren,

für die Stadt Weimar melde ich mich sowie meinen Kollegen Tobias Niklas (Abteilung Stadtentwicklung) zur Transferveranstaltung an.

Mit besten Grüßen

Dr. Friederike von Mannsfeld
Stadtverwaltung Weimar
Amt für Stadtentwicklung
Jakobsplan 9, 99423 Weimar"""
    return apple(slug, addr("Friederike von Mannsfeld", a), "Anmeldung Transferveranstaltung 20.05.", "2025-04-28 19:02", body), \
        label("registration", [P("Friederike von Mannsfeld", a, None, "Dr."),
                               P("Tobias Niklas", None, "Abteilung Stadtentwicklung")],
              "Stadtverwaltung Weimar", "municipality", "Weimar")


@case("sondershausen-three-dashed")
def _(slug):
    a = "m.strobel@sondershausen.example"
    body = f"""Sehr geehrte Damen und Herren,

für die Stadt Sondershausen melde ich folgende Teilnehmer zur Transferveranstaltung am 20. Mai an:

- Herr Ralf Witzmann, Fachbereichsleiter Bau und Stadtentwicklung, r.witzmann@sondershausen.example
- Frau Jenny Thomä, Sanierungsgebiet Innenstadt, j.thomae@sondershausen.example
- Frau Manuela Strobel (ich selbst), Stadtplanung

Vielen Dank!

{MFG}

""" + sig("Manuela Strobel", "Stadtplanung", "Stadtverwaltung Sondershausen", "Wippertorstraße 8", "99706 Sondershausen",
          "03632 622-617", a)
    return ol_plain(slug, addr("Strobel, Manuela", a), "Anmeldung 3 Personen Sondershausen", "2025-04-29 10:18", body), \
        label("registration", [P("Ralf Witzmann", "r.witzmann@sondershausen.example", "Fachbereichsleiter Bau und Stadtentwicklung"),
                               P("Jenny Thomä", "j.thomae@sondershausen.example", "Sanierungsgebiet Innenstadt"),
                               P("Manuela Strobel", a, "Stadtplanung")],
              "Stadtverwaltung Sondershausen", "municipality", "Sondershausen")


@case("gotha-html-table-three")
def _(slug):
    a = "stadtentwicklung@gotha.example"
    before = ("Sehr geehrte Damen und Herren,\n\nzur 9. Transferveranstaltung am 20. Mai 2025 melden wir aus dem "
              "Fachbereich Stadtentwicklung der Stadt Gotha folgende Kolleginnen und Kollegen an:\n")
    rows = [["Name", "Funktion", "E-Mail"],
            ["Heike Sachs", "Fachbereichsleiterin Stadtentwicklung", "h.sachs@gotha.example"],
            ["Ronny Marbach", "Stadtplaner", "r.marbach@gotha.example"],
            ["Susann Rummel", "Quartiersmanagement Gotha-West", "s.rummel@gotha.example"]]
    after = (f"\nFür Rückfragen stehe ich gern zur Verfügung.\n\n{MFG}\ni. A. Kerstin Lungershausen\nSekretariat "
             "Fachbereich Stadtentwicklung\n\nStadtverwaltung Gotha\nBürgeraue 6\n99867 Gotha")
    plain = before + "\n".join("\t".join(r) for r in rows) + "\n" + after
    return ol(slug, addr("Stadtentwicklung Gotha", a), "Anmeldung Transferveranstaltung ISEK – Stadt Gotha",
              "2025-04-30 09:26", plain, html_only=True, inner=table_html(rows, before, after)), \
        label("registration", [P("Heike Sachs", "h.sachs@gotha.example", "Fachbereichsleiterin Stadtentwicklung"),
                               P("Ronny Marbach", "r.marbach@gotha.example", "Stadtplaner"),
                               P("Susann Rummel", "s.rummel@gotha.example", "Quartiersmanagement Gotha-West")],
              "Stadtverwaltung Gotha", "municipality", "Gotha")


@case("jena-thunderbird-qp")
def _(slug):
    a = "martin.schober@jena.example"
    body = """Sehr geehrte Damen und Herren,

gern nehme ich an der Transferveranstaltung am 20. Mai teil. Die Stadt Jena hat ihr ISEK 2030 im vergangenen Jahr fortgeschrieben; ich könnte bei Bedarf auch kurz über unsere Erfahrungen mit der Online-Beteiligung berichten.

Viele Grüße
Martin Schober

-- 
Dr. Martin Schober
Stadt Jena
Dezernat Stadtentwicklung und Umwelt
Team Stadtentwicklung
Saalbahnhofstraße 41, 07743 Jena"""
    return tb(slug, addr("Dr. Martin Schober", a), "Anmeldung Transferveranstaltung", "2025-05-02 11:35", body,
              cte="quoted-printable"), \
        label("registration", [P("Martin Schober", a, None, "Dr.")], "Stadt Jena", "municipality", "Jena",
              notes=["ich könnte bei Bedarf auch kurz über unsere Erfahrungen mit der Online-Beteiligung berichten"])


@case("housing-company-poessneck")
def _(slug):
    a = "e.limpert@wbg-poessneck.example"
    body = f"""Sehr geehrte Damen und Herren,

als kommunales Wohnungsunternehmen sind wir in die Fortschreibung des Stadtentwicklungskonzeptes eng eingebunden, insbesondere beim Rückbau und bei der Aufwertung unserer Bestände im Wohngebiet Ost. Ich würde daher gern an der Transferveranstaltung am 20. Mai teilnehmen.

{MFG}

Enrico Limpert
Prokurist / Technischer Bereich

Wohnungsbaugesellschaft Pößneck mbH
Saalfelder Straße 29
07381 Pößneck
Tel. 03647 4190-22"""
    return ol(slug, addr("Limpert, Enrico", a), "Anmeldung zur Transferveranstaltung", "2025-05-06 08:58", body), \
        label("registration", [P("Enrico Limpert", a, "Prokurist / Technischer Bereich")],
              "Wohnungsbaugesellschaft Pößneck mbH", "other", None)


@case("vg-huegelland-no-member")
def _(slug):
    a = "bauamt@vg-huegelland-taeler.example"
    body = f"""Sehr geehrte Damen und Herren,

hiermit melde ich mich für die Transferveranstaltung am 20.05.2025 an. Mehrere unserer Mitgliedsgemeinden überlegen, ein gemeinsames Entwicklungskonzept aufzustellen.

{MFG}

Heidrun Stengel
Bauamt
Verwaltungsgemeinschaft Hügelland/Täler
Dorfstraße 8
07646 Tröbnitz
Tel. 036428 5 14 20"""
    return ol(slug, addr("Stengel, Heidrun", a), "Anmeldung", "2025-05-05 10:03", body), \
        label("registration", [P("Heidrun Stengel", a, "Bauamt")], "Verwaltungsgemeinschaft Hügelland/Täler",
              "municipality", None)


@case("vg-ranis-ziegenrueck-for-ziegenrueck")
def _(slug):
    a = "c.munkelt@vg-ranis-ziegenrueck.example"
    body = f"""Guten Tag,

für die Stadt Ziegenrück melde ich mich zur 9. Transferveranstaltung am 20. Mai 2025 an. Die Stadt möchte ihr ISEK im nächsten Jahr fortschreiben.

{MFG}
Carsten Munkelt
Bauverwaltung
Verwaltungsgemeinschaft Ranis-Ziegenrück
Pößnecker Straße 24, 07389 Ranis"""
    return ol(slug, addr("Munkelt, Carsten", a), "Anmeldung Stadt Ziegenrück", "2025-05-02 09:40", body), \
        label("registration", [P("Carsten Munkelt", a, "Bauverwaltung")], "Verwaltungsgemeinschaft Ranis-Ziegenrück",
              "municipality", "Ziegenrück")


@case("dermbach-outlook-one")
def _(slug):
    a = "s.lechner@dermbach.example"
    body = f"""Sehr geehrte Damen und Herren,

die Gemeinde Dermbach möchte an der Transferveranstaltung teilnehmen. Anmelden möchte ich mich selbst:

Sylvia Lechner, Sachgebiet Bauverwaltung, s.lechner@dermbach.example

{MFG}

""" + sig("Sylvia Lechner", "Sachgebiet Bauverwaltung", "Gemeinde Dermbach", "Bahnhofstraße 2", "36466 Dermbach",
          "036964 847-30", a)
    return ol(slug, addr("Lechner, Sylvia", a), "Anmeldung Transferveranstaltung Gemeinde Dermbach", "2025-05-05 13:17", body), \
        label("registration", [P("Sylvia Lechner", a, "Sachgebiet Bauverwaltung")], "Gemeinde Dermbach", "municipality",
              "Dermbach")


@case("tanna-mayor-plus-one")
def _(slug):
    a = "buergermeister@stadt-tanna.example"
    body = f"""Sehr geehrte Damen und Herren,

zur Transferveranstaltung am 20. Mai melde ich mich und unseren Bauamtsleiter, Herrn Sven Penzel, an.

{MFG}
Marco Tiefensee
Bürgermeister
Stadt Tanna
Markt 1
07922 Tanna"""
    return ol(slug, addr("Tiefensee, Marco", a), "Anmeldung Stadt Tanna", "2025-04-28 07:48", body), \
        label("registration", [P("Marco Tiefensee", a, "Bürgermeister"), P("Sven Penzel", None, "Bauamtsleiter")],
              "Stadt Tanna", "municipality", "Tanna")


@case("meiningen-internal-forward")
def _(slug):
    a = "c.patzschke@meiningen.example"
    z = "u.zeitler@meiningen.example"
    inner = f"""Frau Patzschke,

bitte melden Sie uns beide an. Das passt gut zu unserer ISEK-Fortschreibung.

Gruß
Zeitler

{outlook_quote(de_long(INV_WHEN), "Verteiler Kommunen", INVITE_SUBJECT, INVITATION).replace(f"Von: {OUR_NAME} <{INBOX}>", f"Von: {INVITE_FROM}")}"""
    body = f"""Sehr geehrte Damen und Herren,

wie unten besprochen melde ich Herrn Ulf Zeitler (Amtsleiter Bauamt) und mich zur Transferveranstaltung am 20.05.2025 an.

{MFG}
Claudia Patzschke
Bauamt – Stadtplanung
Stadt Meiningen
Lindenallee 11, 98617 Meiningen

-----Ursprüngliche Nachricht-----
Von: Zeitler, Ulf <{z}>
Gesendet: {de_long("2025-04-23 16:05")}
An: Patzschke, Claudia <{a}>
Betreff: WG: {INVITE_SUBJECT}

{inner}"""
    return ol(slug, addr("Patzschke, Claudia", a), "WG: " + INVITE_SUBJECT, "2025-04-24 08:15", body), \
        label("registration", [P("Claudia Patzschke", a, "Bauamt – Stadtplanung"),
                               P("Ulf Zeitler", z, "Amtsleiter Bauamt")],
              "Stadt Meiningen", "municipality", "Meiningen")


@case("eisfeld-long-polite-lunch")
def _(slug):
    a = "k.schlotte@eisfeld.example"
    body = f"""Sehr geehrte Damen und Herren,

vielen Dank für die Einladung zur 9. Transferveranstaltung, die uns über den Verteiler des Landkreises erreicht hat. Die Stadt Eisfeld hat ihr ISEK zuletzt 2016 fortgeschrieben; seit der Eingemeindung mehrerer Ortsteile stehen wir genau vor den Fragen, die Sie in der Einladung beschreiben – insbesondere der Abgrenzung zwischen Städtebauförderung und Dorfentwicklung.

Ich melde mich daher sehr gern für die Veranstaltung am 20. Mai 2025 in Bad Lobenstein an.

Eine kurze organisatorische Frage hätte ich noch: Ist für die Mittagszeit eine Verpflegung vorgesehen, oder sollten wir uns selbst versorgen?

Ich danke Ihnen für Ihre Mühe und freue mich auf den Austausch.

{MFG}

""" + sig("Kathrin Schlotte", "Sachgebietsleiterin Bauverwaltung und Stadtentwicklung", "Stadt Eisfeld",
          "Markt 2", "98673 Eisfeld", "03686 3801-40", a)
    return ol(slug, addr("Schlotte, Kathrin", a), "Anmeldung zur Transferveranstaltung am 20. Mai 2025", "2025-04-29 14:22", body), \
        label("registration", [P("Kathrin Schlotte", a, "Sachgebietsleiterin Bauverwaltung und Stadtentwicklung")],
              "Stadt Eisfeld", "municipality", "Eisfeld",
              notes=["Ist für die Mittagszeit eine Verpflegung vorgesehen, oder sollten wir uns selbst versorgen?"])


@case("hermsdorf-ox-vegetarian")
def _(slug):
    a = "t.rehm@hermsdorf.example"
    body = """Guten Tag,

ich melde mich zur Veranstaltung am 20.05. in Bad Lobenstein an. Falls es eine Verpflegung gibt: ich esse vegetarisch.

Viele Grüße
Thomas Rehm
Stadt Hermsdorf
Bauamt"""
    return ox(slug, addr("Thomas Rehm", a), "Anmeldung Transferveranstaltung", "2025-05-06 12:44", body), \
        label("registration", [P("Thomas Rehm", a, "Bauamt")], "Stadt Hermsdorf", "municipality", "Hermsdorf",
              notes=["ich esse vegetarisch"])


@case("gera-train-two")
def _(slug):
    a = "anke.waldmann@gera.example"
    b = "marcel.polster@gera.example"
    body = f"""Sehr geehrte Damen und Herren,

aus dem Fachdienst Stadtplanung der Stadt Gera nehmen an der Transferveranstaltung teil:

Anke Waldmann ({a})
Marcel Polster ({b})

Wir reisen mit der Bahn an und wären gegen 9:40 Uhr am Bahnhof Bad Lobenstein. Ist der Veranstaltungsort von dort zu Fuß erreichbar?

Viele Grüße
Anke Waldmann

-- 
Stadt Gera
Fachdienst Stadtplanung
Gagarinstraße 70, 07545 Gera"""
    return tb(slug, addr("Anke Waldmann", a), "Anmeldung Stadt Gera (2 Personen)", "2025-05-06 15:10", body), \
        label("registration", [P("Anke Waldmann", a, None), P("Marcel Polster", b, None)],
              "Stadt Gera", "municipality", "Gera",
              notes=["Wir reisen mit der Bahn an und wären gegen 9:40 Uhr am Bahnhof Bad Lobenstein.",
                     "Ist der Veranstaltungsort von dort zu Fuß erreichbar?"])


@case("muehlhausen-ascii")
def _(slug):
    a = "j.tauber@muehlhausen.example"
    body = """Sehr geehrte Damen und Herren,

hiermit melde ich mich fuer die Transferveranstaltung am 20.05.2025 in Bad Lobenstein an.

Mit freundlichen Gruessen

Juergen Tauber
Stadtverwaltung Muehlhausen
Amt fuer Stadtentwicklung und Bauverwaltung
Am Lindenbuehl 28, 99974 Muehlhausen"""
    h = envelope(slug, addr("Juergen Tauber", a), "Anmeldung Transferveranstaltung", "2025-05-07 08:03")
    return message(h, text(body, "us-ascii", "7bit")), \
        label("registration", [P("Juergen Tauber", a, None)], "Stadtverwaltung Mühlhausen", "municipality",
              "Mühlhausen/Thüringen")


@case("greiz-surname-first")
def _(slug):
    a = "a.pohl@greiz.example"
    body = """Sehr geehrte Damen und Herren,

hiermit melde ich mich verbindlich zur Transferveranstaltung am 20. Mai an.

MfG
A. Pohl

Stadtverwaltung Greiz
FB Bau und Umwelt, SG Stadtplanung
Thomasstraße 9, 07973 Greiz"""
    return ol(slug, addr("Pohl, Andrea", a), "Anmeldung", "2025-04-23 13:51", body), \
        label("registration", [P("Andrea Pohl", a, "SG Stadtplanung")], "Stadtverwaltung Greiz", "municipality", "Greiz")


@case("schmalkalden-double-name-crlf")
def _(slug):
    a = "k.schulze-bergmann@schmalkalden.example"
    body = f"""Sehr geehrte Damen und Herren,

ich möchte mich gern für die Transferveranstaltung am 20.05.2025 anmelden.

{MFG}

""" + sig("Kerstin Schulze-Bergmann", "Stadtbauamt, Sachgebiet Stadtsanierung", "Stadtverwaltung Schmalkalden",
          "Hoffnung 30", "98574 Schmalkalden", "03683 403-612", a)
    h = envelope(slug, addr("Schulze-Bergmann, Kerstin", a), "Anmeldung Transferveranstaltung", "2025-04-24 10:30",
                 extra=outlook_headers())
    return message(h, outlook_alt(slug, body), crlf=True), \
        label("registration", [P("Kerstin Schulze-Bergmann", a, "Stadtbauamt, Sachgebiet Stadtsanierung")],
              "Stadtverwaltung Schmalkalden", "municipality", "Schmalkalden")


@case("bad-salzungen-late-signup")
def _(slug):
    a = "n.weidlich@badsalzungen.example"
    body = f"""Sehr geehrte Damen und Herren,

leider habe ich die Einladung erst nach meinem Urlaub gesehen. Ich melde mich hiermit noch nachträglich für die Transferveranstaltung am 20. Mai an und hoffe, dass das noch möglich ist.

{MFG}

""" + sig("Nadine Weidlich", "Fachdienst Stadtentwicklung", "Stadtverwaltung Bad Salzungen", "Leimbacher Straße 5",
          "36433 Bad Salzungen", "03695 671-254", a)
    return ol(slug, addr("Weidlich, Nadine", a), "Nachträgliche Anmeldung Transferveranstaltung", "2025-05-12 09:37", body), \
        label("registration", [P("Nadine Weidlich", a, "Fachdienst Stadtentwicklung")], "Stadtverwaltung Bad Salzungen",
              "municipality", "Bad Salzungen")


@case("floh-seligenthal-landratsamt-forward")
def _(slug):
    a = "m.traeger@floh-seligenthal.example"
    lra = "Kreisentwicklung Landratsamt <kreisentwicklung@lra-sm.example>"
    chain = f"""-----Ursprüngliche Nachricht-----
Von: {lra}
Gesendet: {de_long("2025-04-23 09:12")}
An: Gemeinden Landkreis Schmalkalden-Meiningen
Betreff: WG: {INVITE_SUBJECT}

Sehr geehrte Bürgermeisterinnen und Bürgermeister,
sehr geehrte Damen und Herren,

zur Kenntnis und mit der Bitte um Weiterleitung an die zuständigen Mitarbeiterinnen und Mitarbeiter übersende ich Ihnen die Einladung des TMDI.

Mit freundlichen Grüßen
Im Auftrag
Landratsamt Schmalkalden-Meiningen
Sachgebiet Kreisentwicklung

{INV_QUOTE}"""
    body = f"""Hallo,

hiermit melde ich mich für die Veranstaltung an.

Gruß
Maik Träger
Bauverwaltung
Gemeinde Floh-Seligenthal

{chain}"""
    return ol(slug, addr("Träger, Maik", a), "WG: WG: " + INVITE_SUBJECT, "2025-04-25 07:58", body), \
        label("registration", [P("Maik Träger", a, "Bauverwaltung")], "Gemeinde Floh-Seligenthal", "municipality",
              "Floh-Seligenthal")


@case("ilmenau-outlook-crlf")
def _(slug):
    a = "doreen.schilling@ilmenau.example"
    body = f"""Guten Tag,

für die Universitätsstadt Ilmenau nehme ich an der Transferveranstaltung am 20. Mai 2025 teil. Bitte nehmen Sie meine Anmeldung entgegen.

{MFG}

""" + sig("Doreen Schilling", "Fachbereich Stadtentwicklung und Bauordnung", "Stadtverwaltung Ilmenau",
          "Lindenstraße 16", "98693 Ilmenau", "03677 600-318", a)
    h = envelope(slug, addr("Schilling, Doreen", a), "Anmeldung Transferveranstaltung", "2025-04-30 11:12",
                 extra=outlook_headers())
    return message(h, outlook_alt(slug, body), crlf=True), \
        label("registration", [P("Doreen Schilling", a, "Fachbereich Stadtentwicklung und Bauordnung")],
              "Stadtverwaltung Ilmenau", "municipality", "Ilmenau")


@case("nordhausen-two-one-without-address")
def _(slug):
    a = "r.meffert@nordhausen.example"
    body = f"""Sehr geehrte Damen und Herren,

hiermit melde ich mich und meine Kollegin Frau Yvonne Rosenkranz aus dem Stadtplanungsamt zur Transferveranstaltung am 20.05.2025 an.

{MFG}
Rico Meffert
Stadtplanungsamt
Stadtverwaltung Nordhausen
Töpferstraße 22, 99734 Nordhausen"""
    return ol_plain(slug, addr("Meffert, Rico", a), "Anmeldung Transferveranstaltung Nordhausen", "2025-05-06 10:29", body), \
        label("registration", [P("Rico Meffert", a, "Stadtplanungsamt"), P("Yvonne Rosenkranz", None, "Stadtplanungsamt")],
              "Stadtverwaltung Nordhausen", "municipality", "Nordhausen")


@case("kraftsdorf-webde-honorary-mayor")
def _(slug):
    a = "gerd.utecht@web.example"
    body = """Sehr geehrte Damen und Herren,

als ehrenamtlicher Bürgermeister der Gemeinde Kraftsdorf möchte ich mich für die Veranstaltung am 20. Mai 2025 anmelden.

Mit freundlichen Grüßen
Gerd Utecht
Bürgermeister Gemeinde Kraftsdorf"""
    return webde_html_only(slug, addr("Gerd Utecht", a), "Anmeldung Transferveranstaltung", "2025-05-03 17:26", body), \
        label("registration", [P("Gerd Utecht", a, "Bürgermeister")], "Gemeinde Kraftsdorf", "municipality", "Kraftsdorf")


@case("eisenberg-shared-box-reply-to")
def _(slug):
    a = "poststelle@stadt-eisenberg.example"
    r = "s.richter@stadt-eisenberg.example"
    body = f"""Sehr geehrte Damen und Herren,

ich (Susanne Richter, Fachbereich Bau und Stadtentwicklung) melde mich zur Transferveranstaltung am 20. Mai an. Ich schreibe aus dem Funktionspostfach; bitte antworten Sie an meine Adresse {r}.

{MFG}
Susanne Richter
Stadt Eisenberg"""
    h = envelope(slug, addr("Poststelle Stadt Eisenberg", a), "Anmeldung Transferveranstaltung", "2025-05-07 13:40",
                 extra=outlook_headers((f"Reply-To: {r}",)))
    return message(h, outlook_alt(slug, body)), \
        label("registration", [P("Susanne Richter", r, "Fachbereich Bau und Stadtentwicklung")], "Stadt Eisenberg",
              "municipality", "Eisenberg")


@case("university-thunderbird")
def _(slug):
    a = "lena.wolff@tir-weimar.example"
    body = """Sehr geehrte Damen und Herren,

ich bin wissenschaftliche Mitarbeiterin am Thüringer Institut für Regionalentwicklung in Weimar und befasse mich mit der Fortschreibung integrierter Stadtentwicklungskonzepte in Klein- und Mittelstädten. Ich würde sehr gern an der Transferveranstaltung teilnehmen und melde mich hiermit an – sofern auch Teilnehmende aus der Forschung willkommen sind.

Mit freundlichen Grüßen
Lena Wolff

-- 
Lena Wolff, M.Sc.
Thüringer Institut für Regionalentwicklung e. V.
Forschungsbereich Stadt und Region
Erfurter Straße 61, 99423 Weimar"""
    return tb(slug, addr("Lena Wolff", a), "Anmeldung Transferveranstaltung (Institut für Regionalentwicklung)", "2025-05-02 14:55", body), \
        label("registration", [P("Lena Wolff", a, "wissenschaftliche Mitarbeiterin")], "Thüringer Institut für Regionalentwicklung e. V.",
              "other", None)


@case("landesverwaltungsamt-two")
def _(slug):
    a = "birgit.luebke@tlvwa.example"
    b = "stefan.oertel@tlvwa.example"
    body = f"""Sehr geehrte Damen und Herren,

von der Bewilligungsstelle im Thüringer Landesverwaltungsamt, Referat Städtebauförderung, nehmen an der Transferveranstaltung teil:

Frau Birgit Lübke ({a})
Herr Stefan Oertel ({b})

{MFG}
Im Auftrag
Birgit Lübke

Thüringer Landesverwaltungsamt
Referat Städtebauförderung
Carl-August-Allee 12, 99423 Weimar"""
    return ol(slug, addr("Lübke, Birgit", a), "Anmeldung TLVwA – Transferveranstaltung 20.05.2025", "2025-04-23 15:08", body), \
        label("registration", [P("Birgit Lübke", a, None), P("Stefan Oertel", b, None)],
              "Thüringer Landesverwaltungsamt", "authority", None)


@case("ilmtal-weinstrasse-roundcube-utf8")
def _(slug):
    a = "r.streit@ilmtal-weinstrasse.example"
    body = """Sehr geehrte Damen und Herren,

die Landgemeinde Ilmtal-Weinstraße möchte an der Transferveranstaltung teilnehmen. Ich melde mich hiermit an.

Freundliche Grüße
Robert Streit
Bauamt
Landgemeinde Ilmtal-Weinstraße
Hauptstraße 8
99510 Ilmtal-Weinstraße"""
    return roundcube(slug, addr("Robert Streit", a), "Anmeldung Transferveranstaltung 20.05.", "2025-04-30 08:50", body,
                     "UTF-8", "quoted-printable"), \
        label("registration", [P("Robert Streit", a, "Bauamt")], "Landgemeinde Ilmtal-Weinstraße", "municipality",
              "Ilmtal-Weinstraße")


@case("sonneberg-planner-client-in-subject")
def _(slug):
    a = "maeurer@architektur-maeurer.example"
    body = f"""Sehr geehrte Damen und Herren,

als Bearbeiter des ISEK für die Stadt Sonneberg melde ich mich zur Transferveranstaltung an. Die Stadt hat mich gebeten, an ihrer Stelle teilzunehmen.

{MFG}
Steffen Mäurer
Dipl.-Ing. Architekt und Stadtplaner

Architektur + Stadtplanung Mäurer
Ketschendorfer Straße 55
96450 Coburg"""
    return ol(slug, addr("Steffen Mäurer", a), "Anmeldung Transferveranstaltung – ISEK Sonneberg", "2025-05-05 16:40", body), \
        label("registration", [P("Steffen Mäurer", a, "Architekt und Stadtplaner")],
              "Architektur + Stadtplanung Mäurer", "planning_office", "Sonneberg")


@case("schleusegrund-android-mayor")
def _(slug):
    a = "h.wendt@schleusegrund.example"
    body = """Hallo,
melde mich zur Transferveranstaltung am 20.5. an.
Mfg Horst Wendt
Bgm. Gemeinde Schleusegrund"""
    return droid(slug, addr("Horst Wendt", a), "Anmeldung", "2025-04-27 19:14", body), \
        label("registration", [P("Horst Wendt", a, "Bürgermeister")], "Gemeinde Schleusegrund", "municipality",
              "Schleusegrund")


@case("waltershausen-new-outlook-quote")
def _(slug):
    a = "janine.schack@waltershausen.example"
    body = f"""Guten Tag,

gern nehme ich an der Veranstaltung teil und melde mich hiermit an.

Freundliche Grüße

Janine Schack
Stadtplanung / Städtebauförderung
Stadtverwaltung Waltershausen
Markt 1
99880 Waltershausen

""" + INV_QUOTE_NEW
    return ol(slug, addr("Schack, Janine", a), "AW: " + INVITE_SUBJECT, "2025-04-22 13:27", body), \
        label("registration", [P("Janine Schack", a, "Stadtplanung / Städtebauförderung")], "Stadtverwaltung Waltershausen",
              "municipality", "Waltershausen")


@case("schmoelln-secretary-two")
def _(slug):
    a = "sekretariat@schmoelln.example"
    body = f"""Sehr geehrte Damen und Herren,

für die Stadt Schmölln melde ich zur Transferveranstaltung am 20. Mai 2025 an:

1. Frau Bürgermeisterin Silke Sattler, s.sattler@schmoelln.example
2. Frau Anja Rahnfeld, Fachbereichsleiterin Bau und Ordnung, a.rahnfeld@schmoelln.example

{MFG}
i. A. Manja Leibiger
Sekretariat Bürgermeisterin
Stadt Schmölln"""
    return ol(slug, addr("Sekretariat Stadt Schmölln", a), "Anmeldung Transferveranstaltung", "2025-04-29 09:02", body), \
        label("registration", [P("Silke Sattler", "s.sattler@schmoelln.example", "Bürgermeisterin"),
                               P("Anja Rahnfeld", "a.rahnfeld@schmoelln.example", "Fachbereichsleiterin Bau und Ordnung")],
              "Stadt Schmölln", "municipality", "Schmölln")


@case("uhlstaedt-kirchhasel-signature-only")
def _(slug):
    a = "bauamt@uhlstaedt-kirchhasel.example"
    body = f"""Sehr geehrte Damen und Herren,

ich melde mich für die Veranstaltung am 20. Mai an.

{MFG}

""" + sig("Tino Stoll", "Bauamt", "Gemeinde Uhlstädt-Kirchhasel", "Hauptstraße 14", "07407 Uhlstädt-Kirchhasel",
          "036742 614-21", a)
    return ol(slug, addr("Bauamt Uhlstädt-Kirchhasel", a), "Anmeldung", "2025-05-08 11:48", body), \
        label("registration", [P("Tino Stoll", a, "Bauamt")], "Gemeinde Uhlstädt-Kirchhasel", "municipality",
              "Uhlstädt-Kirchhasel")


@case("lucka-domain-only")
def _(slug):
    a = "k.marold@stadt-lucka.example"
    body = """Guten Tag,

hiermit melde ich mich zur Transferveranstaltung am 20.05. an.

Viele Grüße
Katrin Marold"""
    return ox(slug, addr("Katrin Marold", a), "Anmeldung", "2025-05-08 14:15", body), \
        label("registration", [P("Katrin Marold", a, None)], "Stadt Lucka", "municipality", "Lucka")


@case("erfurt-four-numbered")
def _(slug):
    a = "maria.petzold@erfurt.example"
    body = f"""Sehr geehrte Damen und Herren,

für das Amt für Stadtentwicklung und Stadtplanung der Landeshauptstadt Erfurt melde ich folgende Personen zur Transferveranstaltung am 20. Mai 2025 an:

1. Dipl.-Ing. Frank Neubert, Amtsleiter, frank.neubert@erfurt.example
2. Dr. Judith Warnecke, Abteilung Stadtentwicklung, judith.warnecke@erfurt.example
3. Paul Tümmler, Sachgebiet Städtebauförderung, paul.tuemmler@erfurt.example
4. Maria Petzold, Sachgebiet Stadterneuerung (ich)

{MFG}
Maria Petzold

Landeshauptstadt Erfurt
Amt für Stadtentwicklung und Stadtplanung
Warsbergstraße 3, 99092 Erfurt"""
    return ol(slug, addr("Petzold, Maria", a), "Anmeldung Erfurt – 4 Personen", "2025-04-24 13:36", body), \
        label("registration", [P("Frank Neubert", "frank.neubert@erfurt.example", "Amtsleiter", "Dipl.-Ing."),
                               P("Judith Warnecke", "judith.warnecke@erfurt.example", "Abteilung Stadtentwicklung", "Dr."),
                               P("Paul Tümmler", "paul.tuemmler@erfurt.example", "Sachgebiet Städtebauförderung"),
                               P("Maria Petzold", a, "Sachgebiet Stadterneuerung")],
              "Landeshauptstadt Erfurt", "municipality", "Erfurt")


@case("arnstadt-colleague-not-self")
def _(slug):
    a = "b.seyfarth@arnstadt.example"
    body = f"""Sehr geehrte Damen und Herren,

ich selbst kann am 20. Mai leider nicht, aber mein Kollege Herr Philipp Nestmann (p.nestmann@arnstadt.example) wird an der Transferveranstaltung teilnehmen. Bitte melden Sie ihn an.

{MFG}
Barbara Seyfarth
Amtsleiterin Stadtplanung
Stadtverwaltung Arnstadt"""
    return ol_plain(slug, addr("Seyfarth, Barbara", a), "Anmeldung Herr Nestmann", "2025-04-30 15:02", body), \
        label("registration", [P("Philipp Nestmann", "p.nestmann@arnstadt.example", None)], "Stadtverwaltung Arnstadt",
              "municipality", "Arnstadt")


@case("wutha-farnroda-samsung-two")
def _(slug):
    a = "f.nier@wutha-farnroda.example"
    body = """Guten Tag, ich melde mich und meinen Kollegen Herrn Lutz Uebel zur Transferveranstaltung am 20. Mai an.
Gruß Franziska Nier
Gemeinde Wutha-Farnroda, Bauamt"""
    return droid(slug, addr("Franziska Nier", a), "Anmeldung Wutha-Farnroda", "2025-05-04 20:05", body), \
        label("registration", [P("Franziska Nier", a, "Bauamt"), P("Lutz Uebel", None, None)],
              "Gemeinde Wutha-Farnroda", "municipality", "Wutha-Farnroda")


@case("wasungen-vcard")
def _(slug):
    a = "p.treuter@wasungen.example"
    body = f"""Sehr geehrte Damen und Herren,

hiermit melde ich mich zur Transferveranstaltung am 20.05.2025 an. Meine Kontaktdaten finden Sie in der angehängten Visitenkarte.

{MFG}
Peggy Treuter
Stadt Wasungen"""
    card = vcard("Peggy Treuter", "Treuter", "Peggy", "Stadt Wasungen", "Bauverwaltung", "Untertor 1", "Wasungen",
                 "98634", "036941 714-12", a)
    return ol_mixed(slug, addr("Treuter, Peggy", a), "Anmeldung Transferveranstaltung", "2025-05-02 10:21", body,
                    [attachment("text/x-vcard", "Peggy Treuter.vcf", card)]), \
        label("registration", [P("Peggy Treuter", a, "Bauverwaltung")], "Stadt Wasungen", "municipality", "Wasungen")


@case("soemmerda-inline-logo")
def _(slug):
    a = "c.staub@soemmerda.example"
    body = f"""Sehr geehrte Damen und Herren,

gern melde ich mich für die 9. Transferveranstaltung am 20. Mai 2025 an.

{MFG}

Christian Staub
Sachgebietsleiter Stadtplanung
Stadtverwaltung Sömmerda
Weißenseer Straße 17 | 99610 Sömmerda
Tel.: 03634 350-262 | E-Mail: {a}"""
    return ol_logo(slug, addr("Staub, Christian", a), "Anmeldung Transferveranstaltung", "2025-04-25 08:19", body), \
        label("registration", [P("Christian Staub", a, "Sachgebietsleiter Stadtplanung")], "Stadtverwaltung Sömmerda",
              "municipality", "Sömmerda")


@case("leader-association-thunderbird")
def _(slug):
    a = "regionalmanagement@lag-oberland-orla.example"
    body = """Sehr geehrte Damen und Herren,

als LEADER-Regionalmanagement begleiten wir viele Gemeinden im Oberland an der Orla bei ihren Dorfentwicklungs- und Gemeindeentwicklungskonzepten. Die Schnittstelle zur Städtebauförderung ist für uns deshalb sehr interessant. Ich melde mich hiermit zur Transferveranstaltung am 20. Mai an.

Mit freundlichen Grüßen
Julia Wunder

-- 
Julia Wunder
Regionalmanagerin
Lokale Aktionsgruppe Oberland-Orla e. V.
Bahnhofstraße 4, 07381 Pößneck"""
    return tb(slug, addr("Julia Wunder", a), "Anmeldung Transferveranstaltung", "2025-05-07 10:08", body), \
        label("registration", [P("Julia Wunder", a, "Regionalmanagerin")], "Lokale Aktionsgruppe Oberland-Orla e. V.",
              "other", None)


@case("sanierungstraeger-bad-koestritz")
def _(slug):
    a = "m.peschel@tsg-stadtentwicklung.example"
    body = f"""Sehr geehrte Damen und Herren,

als Sanierungsträger der Stadt Bad Köstritz begleiten wir dort die Fortschreibung des ISEK. Ich melde mich hiermit zur Transferveranstaltung am 20.05.2025 an.

{MFG}

Mandy Peschel
Projektleiterin

Thüringer Stadtentwicklungsgesellschaft mbH
Niederlassung Gera
Straße des Friedens 8
07548 Gera"""
    return ol(slug, addr("Peschel, Mandy", a), "Anmeldung Transferveranstaltung / Bad Köstritz", "2025-05-05 09:12", body), \
        label("registration", [P("Mandy Peschel", a, "Projektleiterin")], "Thüringer Stadtentwicklungsgesellschaft mbH",
              "planning_office", "Bad Köstritz")


@case("bad-lobenstein-host-town")
def _(slug):
    a = "r.sippel@bad-lobenstein.example"
    body = f"""Sehr geehrte Damen und Herren,

als gastgebende Stadt sind wir natürlich gern dabei. Hiermit melde ich mich und unseren Bürgermeister, Herrn Dirk Stadelmann, zur Transferveranstaltung am 20. Mai an.

{MFG}
Ramona Sippel
Bauamt
Stadt Bad Lobenstein
Poststraße 9, 07356 Bad Lobenstein"""
    return ol(slug, addr("Sippel, Ramona", a), "Anmeldung Stadt Bad Lobenstein", "2025-04-24 12:03", body), \
        label("registration", [P("Ramona Sippel", a, "Bauamt"), P("Dirk Stadelmann", None, "Bürgermeister")],
              "Stadt Bad Lobenstein", "municipality", "Bad Lobenstein")


@case("koelleda-reply-missing-details")
def _(slug):
    a = "nancy.mosig@t-online.example"
    body = """Guten Tag,

entschuldigen Sie, das hatte ich vergessen: ich nehme für die Stadt Kölleda teil, ich arbeite dort im Bauamt.

Viele Grüße
Nancy Mosig

""" + thunderbird_quote(de_short("2025-04-28 10:05"), OUR_NAME, missing_body("Sehr geehrte Frau Mosig"))
    return tb(slug, addr("Nancy Mosig", a), "Re: " + MISSING_SUBJECT, "2025-04-28 12:41", body), \
        label("registration", [P("Nancy Mosig", a, "Bauamt")], "Stadt Kölleda", "municipality", "Kölleda")


@case("sonnenstein-outlook-plain")
def _(slug):
    a = "b.schorcht@gemeinde-sonnenstein.example"
    body = f"""Sehr geehrte Damen und Herren,

die Landgemeinde Sonnenstein meldet zur Transferveranstaltung am 20.05.2025 Herrn Benjamin Schorcht (Bauamt) an.

{MFG}
Benjamin Schorcht
Gemeinde Sonnenstein
Bauamt"""
    return ol_plain(slug, addr("Schorcht, Benjamin", a), "Anmeldung Transferveranstaltung", "2025-05-09 08:27", body), \
        label("registration", [P("Benjamin Schorcht", a, "Bauamt")], "Gemeinde Sonnenstein", "municipality", "Sonnenstein")


@case("altenburg-leipzig-office-two")
def _(slug):
    a = "h.loesche@stadtraum-leipzig.example"
    b = "m.sturm@stadtraum-leipzig.example"
    body = f"""Sehr geehrte Damen und Herren,

wir bearbeiten derzeit für die Stadt Altenburg die Fortschreibung des ISEK „Altenburg 2035“ und würden gern zu zweit an der Transferveranstaltung teilnehmen:

- Helene Lösche, Projektleitung ({a})
- Moritz Sturm, Stadtplaner ({b})

{MFG}
Helene Lösche

STADTRAUM Planungsgesellschaft mbH
Karl-Heine-Straße 88
04229 Leipzig"""
    return apple(slug, addr("Helene Lösche", a), "Anmeldung Transferveranstaltung – ISEK Altenburg", "2025-04-29 17:20", body), \
        label("registration", [P("Helene Lösche", a, "Projektleitung"), P("Moritz Sturm", b, "Stadtplaner")],
              "STADTRAUM Planungsgesellschaft mbH", "planning_office", "Altenburg")


# ==================================================================================================
# cancellations
# ==================================================================================================


@case("cancel-ohrdruf-reply-confirmation")
def _(slug):
    a = "i.paulus@ohrdruf.example"
    code = code_for("b19-ohrdruf-conf")
    body = f"""Sehr geehrte Damen und Herren,

leider muss ich meine Teilnahme an der Transferveranstaltung aus terminlichen Gründen absagen. Vielleicht klappt es beim nächsten Mal.

{MFG}
Ines Paulus
Stadtverwaltung Ohrdruf
Bauamt

""" + conf_ol(a, code, "Sehr geehrte Frau Paulus", ["Ines Paulus"], "2025-04-25 11:02")
    return ol(slug, addr("Paulus, Ines", a), "AW: " + conf_subject(code), "2025-05-12 08:31", body), \
        label("cancellation", [P("Ines Paulus", a, "Bauamt")], "Stadtverwaltung Ohrdruf", "municipality", "Ohrdruf")


@case("cancel-koenigsee-colleague-ill")
def _(slug):
    a = "j.meuche@koenigsee.example"
    code = code_for("b19-koenigsee-conf")
    body = f"""Guten Morgen,

meine Kollegin Frau Annett Linke ist leider längerfristig erkrankt und kann am 20. Mai nicht teilnehmen. Bitte streichen Sie sie von der Liste. Ich komme wie angemeldet.

Viele Grüße
Jörg Meuche
Stadt Königsee, Bauamt

""" + conf_tb(code, "Sehr geehrter Herr Meuche", ["Jörg Meuche", "Annett Linke"], "2025-04-29 14:47")
    return tb(slug, addr("Jörg Meuche", a), "Re: " + conf_subject(code), "2025-05-16 07:45", body), \
        label("cancellation", [P("Annett Linke", None, None)], "Stadt Königsee", "municipality", "Königsee")


@case("cancel-iphone-reply-reminder")
def _(slug):
    a = "h.malsch@blankenhain.example"
    code = code_for("b19-blankenhain-conf")
    body = "Guten Morgen, ich muss leider absagen, bin krank geschrieben. Gruß Holger Malsch, Bauamt Blankenhain"
    head = f"Am 13.05.2025 um 08:00 schrieb {OUR_NAME} <{INBOX}>:"
    return iphone_reply(slug, addr("Holger Malsch", a), "AW: " + rem_subject(code), "2025-05-19 06:58", body, head,
                        reminder("Sehr geehrter Herr Malsch", code)), \
        label("cancellation", [P("Holger Malsch", a, "Bauamt")], "Stadt Blankenhain", "municipality", "Blankenhain")


@case("cancel-hohenleuben-secretary-mayor")
def _(slug):
    a = "sekretariat@hohenleuben.example"
    code = code_for("b19-hohenleuben-conf")
    body = f"""Sehr geehrte Damen und Herren,

Herr Bürgermeister Steffen Lattermann muss seine Teilnahme an der Transferveranstaltung am 20. Mai ({code}) leider absagen, da er kurzfristig einen anderen Termin wahrnehmen muss.

{MFG}
i. A. Romy Puchta
Stadt Hohenleuben
Sekretariat"""
    return ol(slug, addr("Sekretariat Stadt Hohenleuben", a), "Absage Transferveranstaltung – Bürgermeister Lattermann",
              "2025-05-14 10:54", body), \
        label("cancellation", [P("Steffen Lattermann", None, "Bürgermeister")], "Stadt Hohenleuben", "municipality",
              "Hohenleuben")


@case("cancel-zella-mehlis-two-code")
def _(slug):
    a = "bauamt@zella-mehlis.example"
    code = code_for("b19-zella-mehlis-conf")
    body = f"""Sehr geehrte Damen und Herren,

wir müssen die Anmeldung von Frau Daniela Mühlberg und Herrn René Petermann (Code {code}) leider zurückziehen. Am 20. Mai findet bei uns kurzfristig eine Sondersitzung des Bauausschusses statt.

{MFG}
Bauamt
Stadt Zella-Mehlis
Walther-Rathenau-Straße 9
98544 Zella-Mehlis"""
    return ol_plain(slug, addr("Bauamt Zella-Mehlis", a), f"Absage {code}", "2025-05-09 11:11", body), \
        label("cancellation", [P("Daniela Mühlberg", None, None), P("René Petermann", None, None)],
              "Stadt Zella-Mehlis", "municipality", "Zella-Mehlis")


@case("cancel-planning-office-client")
def _(slug):
    a = "k.schoenau@stadtlandplan.example"
    body = f"""Sehr geehrte Damen und Herren,

ich hatte mich für unser Projekt ISEK Nesse-Apfelstädt zur Transferveranstaltung angemeldet, muss meine Teilnahme aber leider absagen.

{MFG}
Karla Schönau
StadtLandPlan GbR, Erfurt"""
    return ol(slug, addr("Schönau, Karla", a), "Absage Transferveranstaltung", "2025-05-13 16:25", body), \
        label("cancellation", [P("Karla Schönau", a, None)], "StadtLandPlan GbR", "planning_office", "Nesse-Apfelstädt")


@case("cancel-bad-berka-ox-council")
def _(slug):
    a = "c.spangenberg@bad-berka.example"
    body = """Sehr geehrte Damen und Herren,

aufgrund einer kurzfristig angesetzten Stadtratssitzung muss ich meine Teilnahme an der Veranstaltung am 20.05. leider absagen.

Mit freundlichen Grüßen
Christoph Spangenberg
Stadtverwaltung Bad Berka
Bauverwaltung"""
    return ox(slug, addr("Christoph Spangenberg", a), "Absage Teilnahme 20.05.2025", "2025-05-15 13:03", body), \
        label("cancellation", [P("Christoph Spangenberg", a, "Bauverwaltung")], "Stadtverwaltung Bad Berka",
              "municipality", "Bad Berka")


@case("cancel-waitlist-thunderbird")
def _(slug):
    a = "v.schlegel@rosslebenwiehe.example"
    code = code_for("b19-rossleben-wait")
    body = f"""Guten Tag,

bitte nehmen Sie mich wieder von der Warteliste. Wir haben intern umgeplant, ein Kollege aus dem Bauamt ist bereits angemeldet.

Danke und viele Grüße
Verena Schlegel
Stadt Roßleben-Wiehe

""" + thunderbird_quote(de_short("2025-05-07 09:20"), OUR_NAME, waitlist("Sehr geehrte Frau Schlegel", code))
    return tb(slug, addr("Verena Schlegel", a), "Re: " + wait_subject(code), "2025-05-08 08:14", body), \
        label("cancellation", [P("Verena Schlegel", a, None)], "Stadt Roßleben-Wiehe", "municipality", "Roßleben-Wiehe")


@case("cancel-gmx-evening-before")
def _(slug):
    a = "tanja.strauch@gmx.example"
    body = """Guten Abend,

leider kann ich morgen nicht nach Bad Lobenstein kommen, mein Sohn ist krank. Bitte entschuldigen Sie die späte Absage.

Mit freundlichen Grüßen
Tanja Strauch
Gemeinde Grabfeld, Bauamt"""
    return gmx(slug, addr("Tanja Strauch", a), "Absage für morgen", "2025-05-19 20:45", body), \
        label("cancellation", [P("Tanja Strauch", a, "Bauamt")], "Gemeinde Grabfeld", "municipality", "Grabfeld")


# ==================================================================================================
# changes
# ==================================================================================================


@case("change-apolda-replacement")
def _(slug):
    a = "d.zachmann@apolda.example"
    code = code_for("b19-apolda-conf")
    new = "l.siegmund@apolda.example"
    body = f"""Sehr geehrte Damen und Herren,

ich habe am 20. Mai leider einen Gerichtstermin und kann nicht kommen. Mich vertritt meine Kollegin Frau Lisa Siegmund ({new}). Bitte schreiben Sie die Anmeldung auf sie um.

{MFG}
Dirk Zachmann
Stadtverwaltung Apolda
Stadtentwicklung

""" + conf_ol(a, code, "Sehr geehrter Herr Zachmann", ["Dirk Zachmann"], "2025-04-24 15:31")
    return ol(slug, addr("Zachmann, Dirk", a), "AW: " + conf_subject(code), "2025-05-07 12:05", body), \
        label("change", [P("Lisa Siegmund", new, None), P("Dirk Zachmann", a, "Stadtentwicklung")],
              "Stadtverwaltung Apolda", "municipality", "Apolda")


@case("change-weissensee-add-colleague-reminder")
def _(slug):
    a = "m.sommer@weissensee.example"
    code = code_for("b19-weissensee-conf")
    body = f"""Sehr geehrte Damen und Herren,

danke für die Erinnerung. Ich würde gern noch meine Kollegin Frau Jana Veit (j.veit@weissensee.example) nachmelden, sie kümmert sich bei uns künftig um die Städtebauförderung.

Viele Grüße
Maik Sommer
Stadt Weißensee

""" + new_outlook_quote(OUR_FROM, "2025-05-13 08:00", a, rem_subject(code), reminder("Sehr geehrter Herr Sommer", code))
    return ol(slug, addr("Sommer, Maik", a), "AW: " + rem_subject(code), "2025-05-13 10:44", body), \
        label("change", [P("Jana Veit", "j.veit@weissensee.example", None)], "Stadt Weißensee", "municipality", "Weißensee")


@case("change-schwarzatal-name-spelling")
def _(slug):
    a = "m.wucherpfennig@schwarzatal.example"
    code = code_for("b19-schwarzatal-conf")
    body = f"""Hallo,

kleine Korrektur: in der Bestätigung steht mein Name als „Wucherpfenning“, richtig ist „Wucherpfennig“ (mit g am Ende). Falls Namensschilder gedruckt werden, wäre das schön.

Danke und Gruß
Mario Wucherpfennig
Stadt Schwarzatal

""" + conf_tb(code, "Sehr geehrter Herr Wucherpfenning", ["Mario Wucherpfenning"], "2025-04-30 10:02")
    return tb(slug, addr("Mario Wucherpfennig", a), "Re: " + conf_subject(code), "2025-04-30 12:19", body), \
        label("change", [P("Mario Wucherpfennig", a, None)], "Stadt Schwarzatal", "municipality", "Schwarzatal",
              notes=["richtig ist „Wucherpfennig“"])


@case("change-poessneck-later-arrival")
def _(slug):
    a = "r.merkel@poessneck.example"
    code = code_for("b19-poessneck-conf")
    body = f"""Guten Tag,

ich bin für den 20. Mai angemeldet, kann aber wegen einer Ausschusssitzung am Vormittag erst gegen 11:30 Uhr in Bad Lobenstein sein. Ich wollte Ihnen das nur mitteilen.

Freundliche Grüße
Ralf Merkel
Stadtverwaltung Pößneck
Stadtplanung

""" + new_outlook_quote(OUR_FROM, "2025-05-13 08:00", a, rem_subject(code), reminder("Sehr geehrter Herr Merkel", code))
    return ol(slug, addr("Merkel, Ralf", a), "AW: " + rem_subject(code), "2025-05-14 09:12", body), \
        label("change", [P("Ralf Merkel", a, "Stadtplanung")], "Stadtverwaltung Pößneck", "municipality", "Pößneck",
              notes=["kann aber wegen einer Ausschusssitzung am Vormittag erst gegen 11:30 Uhr in Bad Lobenstein sein"])


@case("change-neustadt-orla-vegetarian")
def _(slug):
    a = "a.preissler@neustadt-orla.example"
    code = code_for("b19-neustadt-conf")
    body = f"""Sehr geehrte Damen und Herren,

zu meiner Anmeldung ({code}) noch ein Nachtrag: ich ernähre mich vegetarisch. Bitte berücksichtigen Sie das bei der Verpflegung.

Mit freundlichen Grüßen
Antje Preißler
Stadt Neustadt/Orla
Bauamt"""
    return roundcube(slug, addr("Antje Preißler", a, "ISO-8859-1"), "Nachtrag zur Anmeldung " + code, "2025-05-06 14:36", body), \
        label("change", [P("Antje Preißler", a, "Bauamt")], "Stadt Neustadt/Orla", "municipality", "Neustadt an der Orla",
              notes=["ich ernähre mich vegetarisch"])


@case("change-georgenthal-personal-address")
def _(slug):
    a = "bauamt@georgenthal.example"
    new = "m.riedel@georgenthal.example"
    body = f"""Sehr geehrte Damen und Herren,

ich hatte mich über unser Funktionspostfach bauamt@georgenthal.example zur Transferveranstaltung angemeldet. Bitte senden Sie weitere Informationen künftig an meine persönliche Adresse {new}.

{MFG}
Mandy Riedel
Gemeinde Georgenthal
Bauamt"""
    return ol(slug, addr("Bauamt Georgenthal", a), "Änderung E-Mail-Adresse Anmeldung Riedel", "2025-05-02 09:58", body), \
        label("change", [P("Mandy Riedel", new, "Bauamt")], "Gemeinde Georgenthal", "municipality", "Georgenthal")


@case("change-lauscha-replacement-no-addresses")
def _(slug):
    a = "sekretariat@lauscha.example"
    body = f"""Sehr geehrte Damen und Herren,

anstelle von Herrn Uwe Maul nimmt Frau Carola Ostmann an der Transferveranstaltung am 20. Mai teil.

{MFG}
Sekretariat
Stadt Lauscha"""
    return ol_plain(slug, addr("Sekretariat Lauscha", a), "Änderung Teilnehmer Transferveranstaltung", "2025-05-12 13:20", body), \
        label("change", [P("Carola Ostmann", None, None), P("Uwe Maul", None, None)], "Stadt Lauscha", "municipality", "Lauscha")


@case("change-auma-weidatal-morning-only")
def _(slug):
    a = "s.roscher@auma-weidatal.example"
    code = code_for("b19-auma-conf")
    body = f"""Hallo,

ich bin angemeldet ({code}), kann aber nur bis zur Mittagspause bleiben, weil ich nachmittags einen Bauausschuss vorbereiten muss. Bitte vermerken Sie das.

Gruß
Silvio Roscher
Stadt Auma-Weidatal"""
    return droid(slug, addr("Silvio Roscher", a), "Teilnahme nur vormittags", "2025-05-15 17:02", body), \
        label("change", [P("Silvio Roscher", a, None)], "Stadt Auma-Weidatal", "municipality", "Auma-Weidatal",
              notes=["kann aber nur bis zur Mittagspause bleiben"])


# ==================================================================================================
# questions
# ==================================================================================================


@case("question-gefell-parking")
def _(slug):
    a = "bauamt@gefell.example"
    body = f"""Sehr geehrte Damen und Herren,

wir sind für den 20. Mai angemeldet. Können Sie uns sagen, wo wir in Bad Lobenstein parken können? Wir kommen mit zwei Autos.

{MFG}
Kerstin Zeuner
Stadt Gefell
Bauamt"""
    return ol(slug, addr("Bauamt Gefell", a), "Frage Parkmöglichkeiten", "2025-05-14 11:40", body), \
        label("question", [], "Stadt Gefell", "municipality", "Gefell")


@case("question-steinach-programme")
def _(slug):
    a = "t.nahrstedt@steinach.example"
    body = f"""Sehr geehrte Damen und Herren,

gibt es für die Veranstaltung am 20. Mai schon ein Programm mit Zeiten? Dann könnten wir besser entscheiden, wer aus unserem Haus teilnimmt.

{MFG}
Tobias Nahrstedt
Stadt Steinach
Bauverwaltung"""
    return ol_plain(slug, addr("Nahrstedt, Tobias", a), "Frage Programm Transferveranstaltung", "2025-04-24 14:08", body), \
        label("question", [], "Stadt Steinach", "municipality", "Steinach")


@case("question-planning-office-stream")
def _(slug):
    a = "kontakt@planwerkstatt-ost.example"
    body = """Hallo,

wird die Veranstaltung auch gestreamt oder aufgezeichnet? Für uns ist die Anreise aus Dresden an einem Dienstag schwierig.

Viele Grüße
Martina Wachtel
Planwerkstatt Ost GmbH"""
    return gmx(slug, addr("Martina Wachtel", a), "Online-Teilnahme möglich?", "2025-04-26 10:05", body), \
        label("question", [], "Planwerkstatt Ost GmbH", "planning_office", None)


@case("question-amt-wachsenburg-councillors")
def _(slug):
    a = "hauptamt@amt-wachsenburg.example"
    body = f"""Sehr geehrte Damen und Herren,

dürfen auch Mitglieder des Gemeinderates an der Transferveranstaltung teilnehmen, oder richtet sich die Einladung nur an die Verwaltung? Zwei Mitglieder unseres Bauausschusses hätten Interesse.

{MFG}
Sabine Rother
Hauptamt
Gemeinde Amt Wachsenburg"""
    return ol(slug, addr("Rother, Sabine", a), "Teilnahme Gemeinderäte?", "2025-04-28 13:15", body), \
        label("question", [], "Gemeinde Amt Wachsenburg", "municipality", "Amt Wachsenburg")


@case("question-ebeleben-after-deadline")
def _(slug):
    a = "l.schreiter@ebeleben.example"
    body = f"""Guten Tag,

ist eine Anmeldung zur Transferveranstaltung jetzt noch möglich? Ich habe gesehen, dass die Frist am 9. Mai abgelaufen ist.

{MFG}
Lars Schreiter
Stadt Ebeleben"""
    return ol(slug, addr("Schreiter, Lars", a), "Anmeldung noch möglich?", "2025-05-12 15:33", body), \
        label("question", [], "Stadt Ebeleben", "municipality", "Ebeleben")


@case("question-planning-office-certificate")
def _(slug):
    a = "o.vogt@architekten-vogt.example"
    body = """Sehr geehrte Damen und Herren,

ich bin für die Transferveranstaltung angemeldet. Wird die Veranstaltung bei der Architektenkammer Thüringen als Fortbildung anerkannt, und erhalten wir eine Teilnahmebescheinigung?

Mit freundlichen Grüßen

-- 
Oliver Vogt
Vogt Architekten + Stadtplaner
Bahnhofstraße 22, 07545 Gera"""
    return tb(slug, addr("Oliver Vogt", a), "Teilnahmebescheinigung / Fortbildungspunkte", "2025-05-08 09:44", body), \
        label("question", [], "Vogt Architekten + Stadtplaner", "planning_office", None)


@case("question-hoerselberg-no-confirmation")
def _(slug):
    a = "s.michaelis@hoerselberg-hainich.example"
    body = f"""Sehr geehrte Damen und Herren,

ich habe mich am 25. April per E-Mail zur Transferveranstaltung angemeldet, aber bisher keine Bestätigung erhalten. Ist meine Anmeldung bei Ihnen angekommen?

{MFG}
Stefanie Michaelis
Gemeinde Hörselberg-Hainich
Bau- und Ordnungsamt"""
    return ol(slug, addr("Michaelis, Stefanie", a), "Anmeldung angekommen?", "2025-05-05 08:36", body), \
        label("question", [], "Gemeinde Hörselberg-Hainich", "municipality", "Hörselberg-Hainich")


@case("question-heringen-slides-after-event")
def _(slug):
    a = "d.witzel@heringen-helme.example"
    body = """Sehr geehrte Damen und Herren,

vielen Dank für die interessante Veranstaltung am Dienstag. Werden die Präsentationen der Referentinnen und Referenten noch zur Verfügung gestellt? Ich würde sie gern an unseren Bauausschuss weitergeben.

Mit freundlichen Grüßen
Doris Witzel
Stadt Heringen/Helme"""
    return apple(slug, addr("Doris Witzel", a), "Präsentationen Transferveranstaltung", "2025-05-22 10:17", body), \
        label("question", [], "Stadt Heringen/Helme", "municipality", "Heringen/Helme")


# ==================================================================================================
# automatic replies
# ==================================================================================================


@case("auto-exchange-ooo-confirmation")
def _(slug):
    a = "k.lindig@themar.example"
    code = code_for("b19-themar-conf")
    body = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 02.05.2025 nicht im Dienst. Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an bauamt@themar.example oder telefonisch an 036873 618-0.

Mit freundlichen Grüßen
Kathleen Lindig
Stadt Themar"""
    h = envelope(slug, addr("Lindig, Kathleen", a), "Automatische Antwort: " + conf_subject(code), "2025-04-25 11:03",
                 extra=outlook_headers(("Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All")))
    return message(h, outlook_alt(slug, body)), label("auto_reply", [], None, None, None)


@case("auto-notes-abwesenheit")
def _(slug):
    a = "Gunter.Rasch@lra-ilm-kreis.example"
    code = code_for("b19-ilmkreis-conf")
    body = """Ich werde ab  28.04.2025 nicht im Büro sein. Ich kehre zurück am 05.05.2025.

Ich werde Ihre Nachricht nach meiner Rückkehr beantworten. In dringenden Fällen wenden Sie sich bitte an das Sekretariat des Fachbereichs Bauen und Umwelt, Telefon 03628 738-400."""
    return notes(slug, addr("Gunter Rasch", a), "Abwesenheitsnotiz: " + conf_subject(code), "2025-04-28 07:02", body), \
        label("auto_reply", [], None, None, None)


@case("auto-ticket-system")
def _(slug):
    a = "noreply@ticket.stadt-oberhof.example"
    code = code_for("b19-stadtilm-info-conf")
    body = """Sehr geehrte Damen und Herren,

Ihre Nachricht ist bei uns eingegangen und wurde unter der Ticketnummer 2025050610000437 erfasst. Sie wird schnellstmöglich von der zuständigen Stelle bearbeitet.

Bitte geben Sie bei Rückfragen immer die Ticketnummer im Betreff an.

Dies ist eine automatisch erzeugte Nachricht. Bitte antworten Sie nicht auf diese E-Mail.

Ihr Bürgerservice"""
    h = envelope(slug, addr("Bürgerservice Stadtverwaltung", a),
                 f"[Ticket#2025050610000437] {conf_subject(code)}", "2025-05-06 09:14",
                 extra=("Auto-Submitted: auto-generated", "Precedence: bulk", "X-Loop: buergerservice",
                        "X-Mailer: OTRS Mail Service"))
    return message(h, text(body, "utf-8", "quoted-printable")), label("auto_reply", [], None, None, None)


@case("auto-mdn-thunderbird")
def _(slug):
    a = "s.ramthun@stadt-rastenberg.example"
    code = code_for("b19-rastenberg-conf")
    subj = conf_subject(code)
    human = f"""Dies ist eine Empfangsbestätigung für eine Nachricht, die Sie an {a} gesendet haben.

Diese Empfangsbestätigung bestätigt lediglich, dass die Nachricht auf dem Computer des Empfängers angezeigt wurde. Es gibt keine Garantie, dass der Empfänger die Nachricht gelesen oder verstanden hat."""
    fields = f"""Reporting-UA: stadt-rastenberg.example; Mozilla Thunderbird
Final-Recipient: rfc822;{a}
Original-Message-ID: {msgid("our-b19-rastenberg-conf", "transferveranstaltung.example")}
Disposition: manual-action/MDN-sent-manually; displayed
"""
    return mdn(slug, addr("Sabine Ramthun", a), "Empfangsbestätigung (angezeigt) - " + subj, "2025-05-02 10:31",
               human, fields, extra=("User-Agent: Mozilla Thunderbird",)), \
        label("auto_reply", [], None, None, None)


@case("auto-exchange-read-receipt")
def _(slug):
    a = "u.wanderer@stadt-kindelbrueck.example"
    code = code_for("b19-kindelbrueck-conf")
    subj = rem_subject(code)
    human = f"""Ihre Nachricht

    An: {a}
    Betreff: {subj}
    Gesendet: Dienstag, 13. Mai 2025 08:00:12 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien

wurde am Dienstag, 13. Mai 2025 09:47:03 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien gelesen."""
    fields = f"""Reporting-UA: EXCH02.kindelbrueck.local; Microsoft Exchange Server 2016
Final-Recipient: rfc822;{a}
Original-Message-ID: {msgid("our-b19-kindelbrueck-rem", "transferveranstaltung.example")}
Disposition: automatic-action/MDN-sent-automatically; displayed
"""
    return mdn(slug, addr("Wanderer, Uta", a), "Gelesen: " + subj, "2025-05-13 09:47", human, fields,
               extra=("Content-Language: de-DE",)), \
        label("auto_reply", [], None, None, None)


@case("auto-english-ooo-reminder")
def _(slug):
    a = "f.ritter@urbanplan-partners.example"
    code = code_for("b19-urbanplan-conf")
    body = """Thank you for your email. I am out of the office until 16 May 2025 with limited access to email.
For urgent matters please contact office@urbanplan-partners.example.

Best regards
Felix Ritter"""
    h = envelope(slug, addr("Felix Ritter", a), "Out of Office: " + rem_subject(code), "2025-05-13 08:01",
                 extra=("X-Autoreply: yes", "Auto-Submitted: auto-replied", "Precedence: auto_reply"))
    return message(h, text(body, "utf-8", "7bit")), label("auto_reply", [], None, None, None, language="en")


@case("auto-landratsamt-poststelle")
def _(slug):
    a = "poststelle@lra-greiz.example"
    code = code_for("b19-lra-greiz-conf")
    body = """Sehr geehrte Damen und Herren,

Ihre E-Mail ist im zentralen Postfach des Landratsamtes Greiz eingegangen und wird an die zuständige Stelle weitergeleitet.

Bitte beachten Sie, dass über dieses Postfach keine rechtsverbindlichen Erklärungen abgegeben werden können.

Diese Nachricht wurde automatisch erstellt."""
    h = envelope(slug, addr("Poststelle Landratsamt Greiz", a), "Eingangsbestätigung: " + conf_subject(code),
                 "2025-04-30 16:22", extra=("Auto-Submitted: auto-generated", "Precedence: bulk"))
    return message(h, text(body, "utf-8", "quoted-printable")), label("auto_reply", [], None, None, None)


@case("auto-mailbox-no-longer-used")
def _(slug):
    a = "stadtplanung.alt@bad-tennstedt.example"
    code = code_for("b19-badtennstedt-conf")
    body = """Dieses Postfach wird nicht mehr betreut.

Bitte richten Sie Ihre Nachricht künftig an bauamt@bad-tennstedt.example. Ihre E-Mail wird nicht automatisch weitergeleitet.

Verwaltungsgemeinschaft Bad Tennstedt"""
    return ol(slug, addr("Stadtplanung (alt)", a), "Automatische Antwort: " + conf_subject(code), "2025-05-05 14:02", body), \
        label("auto_reply", [], None, None, None)


# ==================================================================================================
# bounces
# ==================================================================================================


@case("bounce-postfix-user-unknown")
def _(slug):
    rcpt = "a.leutloff@stadt-greussen.example"
    code = code_for("b19-greussen-conf")
    original = our_raw("b19-greussen-conf", rcpt, conf_subject(code), "2025-04-24 10:40",
                       confirmation("Sehr geehrter Herr Leutloff", ["Arne Leutloff"], code))
    human = f"""This is the mail system at host mx01.transferveranstaltung.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<{rcpt}>: host mx.stadt-greussen.example[192.0.2.41] said: 550 5.1.1
    <{rcpt}>: Recipient address rejected: User unknown in virtual
    mailbox table (in reply to RCPT TO command)"""
    dsn = f"""Reporting-MTA: dns; mx01.transferveranstaltung.example
X-Postfix-Queue-ID: 4ZkQ1m3Xy7z9sWq
Arrival-Date: {rfcdate('2025-04-24 10:40')}

Final-Recipient: rfc822; {rcpt}
Original-Recipient: rfc822;{rcpt}
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.stadt-greussen.example
Diagnostic-Code: smtp; 550 5.1.1 <{rcpt}>: Recipient address rejected: User
    unknown in virtual mailbox table
"""
    part = report(slug, (["Content-Description: Notification", "Content-Type: text/plain; charset=us-ascii"],
                         human.encode() + b"\n"), dsn, rfc822(original))
    h = dsn_headers(slug, addr("Mail Delivery System", "MAILER-DAEMON@mx01.transferveranstaltung.example"),
                    "Undelivered Mail Returned to Sender", "2025-04-24 10:41", "mx01.transferveranstaltung.example")
    return message(h, part), label("bounce", [], None, None, None, language="en", bounce_recipient=rcpt)


@case("bounce-exchange-german-quota")
def _(slug):
    rcpt = "r.quast@stadt-kaulsdorf.example"
    code = code_for("b19-kaulsdorf-conf")
    original = our_raw("b19-kaulsdorf-rem", rcpt, rem_subject(code), "2025-05-13 08:00",
                       reminder("Sehr geehrter Herr Quast", code))
    human = f"""Ihre Nachricht konnte nicht an die folgenden Empfänger übermittelt werden:

{rcpt}
Das Postfach des Empfängers ist voll und kann derzeit keine Nachrichten annehmen. Versuchen Sie, die Nachricht später erneut zu senden, oder wenden Sie sich direkt an den Empfänger.

Diagnoseinformationen für Administratoren:
Generierender Server: EXCH01.stadt-kaulsdorf.example
{rcpt}
Remoteserver hat '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException' zurückgegeben."""
    dsn = f"""Reporting-MTA: dns;EXCH01.stadt-kaulsdorf.example
Received-From-MTA: dns;mx01.transferveranstaltung.example
Arrival-Date: {rfcdate('2025-05-13 08:00')}

Final-Recipient: rfc822;{rcpt}
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException
"""
    part = report(slug, (["Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: quoted-printable"],
                         encode_body(human, "utf-8", "quoted-printable")), dsn, rfc822(original))
    h = dsn_headers(slug, addr("Microsoft Outlook", "postmaster@stadt-kaulsdorf.example"),
                    "Unzustellbar: " + rem_subject(code), "2025-05-13 08:01", "stadt-kaulsdorf.example",
                    extra=("Content-Language: de-DE",))
    return message(h, part), label("bounce", [], None, None, None, bounce_recipient=rcpt)


@case("bounce-exim-plain")
def _(slug):
    rcpt = "info@gemeinde-seelingstaedt.example"
    body = f"""This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  {rcpt}
    host mail.gemeinde-seelingstaedt.example [198.51.100.23]
    SMTP error from remote mail server after RCPT TO:<{rcpt}>:
    550 5.1.1 Mailbox unavailable or access denied

------ This is a copy of the message, including all the headers. ------

Return-path: <{INBOX}>
From: {OUR_NAME} <{INBOX}>
To: {rcpt}
Subject: {MISSING_SUBJECT}
Date: {rfcdate('2025-05-02 11:20')}
Auto-Submitted: auto-replied

{missing_body("Sehr geehrte Damen und Herren")}
"""
    h = dsn_headers(slug, addr("Mail Delivery System", "Mailer-Daemon@mx01.transferveranstaltung.example"),
                    "Mail delivery failed: returning message to sender", "2025-05-02 11:21",
                    "mx01.transferveranstaltung.example", extra=("X-Failed-Recipients: " + rcpt,))
    return message(h, text(body, "utf-8", "8bit")), \
        label("bounce", [], None, None, None, language="en", bounce_recipient=rcpt)


@case("bounce-postfix-delayed")
def _(slug):
    rcpt = "w.sachse@vg-oppurg.example"
    code = code_for("b19-oppurg-conf")
    original = our_raw("b19-oppurg-conf", rcpt, conf_subject(code), "2025-05-07 14:02",
                       confirmation("Sehr geehrter Herr Sachse", ["Werner Sachse"], code))
    human = f"""This is the mail system at host mx01.transferveranstaltung.example.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

For further assistance, please send mail to postmaster.

                   The mail system

<{rcpt}>: connect to mx.vg-oppurg.example[203.0.113.17]:25: Connection
    timed out"""
    dsn = f"""Reporting-MTA: dns; mx01.transferveranstaltung.example
X-Postfix-Queue-ID: 4ZmT7b0Hc2z8rLp
Arrival-Date: {rfcdate('2025-05-07 14:02')}

Final-Recipient: rfc822; {rcpt}
Original-Recipient: rfc822;{rcpt}
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mx.vg-oppurg.example[203.0.113.17]:25:
    Connection timed out
Will-Retry-Until: {rfcdate('2025-05-12 14:02')}
"""
    part = report(slug, (["Content-Description: Notification", "Content-Type: text/plain; charset=us-ascii"],
                         human.encode() + b"\n"), dsn, rfc822_headers(original))
    h = dsn_headers(slug, addr("Mail Delivery System", "MAILER-DAEMON@mx01.transferveranstaltung.example"),
                    "Delayed Mail (still being retried)", "2025-05-07 18:05", "mx01.transferveranstaltung.example")
    return message(h, part), label("bounce", [], None, None, None, language="en", bounce_recipient=rcpt)


# ==================================================================================================
# other mail
# ==================================================================================================


@case("other-thanks-confirmation-outlook")
def _(slug):
    a = "c.sattler-hahn@bad-liebenstein.example"
    code = code_for("b19-liebenstein-conf")
    body = f"""Vielen Dank für die schnelle Bestätigung, wir freuen uns auf die Veranstaltung!

Beste Grüße
Cornelia Sattler-Hahn
Stadt Bad Liebenstein

""" + conf_ol(a, code, "Sehr geehrte Frau Sattler-Hahn", ["Cornelia Sattler-Hahn"], "2025-04-28 09:12")
    return ol(slug, addr("Sattler-Hahn, Cornelia", a), "AW: " + conf_subject(code), "2025-04-28 09:40", body), \
        label("other", [], "Stadt Bad Liebenstein", "municipality", "Bad Liebenstein")


@case("other-thanks-reminder-iphone")
def _(slug):
    a = "s.rebhan@kaltennordheim.example"
    code = code_for("b19-kaltennordheim-conf")
    body = "Danke für die Erinnerung, wir sind dabei! 👍\nGruß S. Rebhan"
    head = f"Am 13.05.2025 um 08:00 schrieb {OUR_NAME} <{INBOX}>:"
    return iphone_reply(slug, addr("Sven Rebhan", a), "AW: " + rem_subject(code), "2025-05-13 12:26", body, head,
                        reminder("Sehr geehrter Herr Rebhan", code)), \
        label("other", [], "Stadt Kaltennordheim", "municipality", "Kaltennordheim")


@case("other-thanks-cancellation-confirmed")
def _(slug):
    a = "m.lux@ronneburg.example"
    code = code_for("b19-ronneburg-cancel")
    body = """Danke für die Rückmeldung. Schade, dass es diesmal nicht klappt – beim nächsten Mal gern wieder.

Viele Grüße
Michael Lux
Stadt Ronneburg

""" + thunderbird_quote(de_short("2025-05-12 15:10"), OUR_NAME, cancel_body("Sehr geehrter Herr Lux", code))
    return tb(slug, addr("Michael Lux", a), "Re: " + cancel_subject(code), "2025-05-12 16:02", body), \
        label("other", [], "Stadt Ronneburg", "municipality", "Ronneburg")


@case("other-newsletter")
def _(slug):
    a = "newsletter@fachforum-stadtentwicklung.example"
    body = """Fachforum Stadtentwicklung Thüringen – Newsletter Mai 2025

Liebe Leserinnen und Leser,

in dieser Ausgabe:

- Städtebauförderung 2025: Programmaufruf veröffentlicht
- Termine: 9. Transferveranstaltung „Zusammen denken – gemeinsam handeln“ am 20. Mai 2025 in Bad Lobenstein (Anmeldung bis 9. Mai beim Veranstalter)
- Praxisbeispiel: Kommunale Wärmeplanung in Kleinstädten
- Fachtagung Klimaanpassung im Quartier, 17. Juni 2025, Erfurt

Den vollständigen Newsletter lesen Sie online: https://fachforum-stadtentwicklung.example/newsletter/2025-05

Sie erhalten diesen Newsletter, weil Sie sich dafür angemeldet haben. Abbestellen: https://fachforum-stadtentwicklung.example/abmelden?id=88231"""
    h = envelope(slug, addr("Fachforum Stadtentwicklung Thüringen", a), "Newsletter Mai 2025: Städtebauförderung, Termine, Wärmeplanung",
                 "2025-05-02 06:30",
                 extra=("Precedence: bulk", "List-Id: Fachforum Newsletter <newsletter.fachforum-stadtentwicklung.example>",
                        "List-Unsubscribe: <https://fachforum-stadtentwicklung.example/abmelden?id=88231>, <mailto:unsubscribe@fachforum-stadtentwicklung.example>",
                        "List-Unsubscribe-Post: List-Unsubscribe=One-Click"))
    return message(h, alt(slug, body, simple_html(body, "font-family: Arial, sans-serif;"), prefix="nl_")), \
        label("other", [], None, None, None)


@case("other-misdirected-funding-documents")
def _(slug):
    a = "k.warmuth@leutenberg.example"
    body = f"""Sehr geehrte Frau Rasch,

anbei wie telefonisch besprochen die ergänzten Unterlagen zu unserem Zuwendungsantrag Städtebauförderung 2025 (Programm „Lebendige Zentren“, Maßnahme Marktplatz).

Für Rückfragen stehe ich Ihnen gern zur Verfügung.

{MFG}
Kai Warmuth
Kämmerei
Stadt Leutenberg"""
    pdf = (b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
           b"3 0 obj << /Title (Ergaenzung Zuwendungsantrag Leutenberg) >> endobj\ntrailer << /Root 1 0 R /Info 3 0 R >>\n%%EOF\n")
    return ol_mixed(slug, addr("Warmuth, Kai", a), "Ergänzende Unterlagen Zuwendungsantrag SBF 2025 – Stadt Leutenberg",
                    "2025-05-06 11:28", body,
                    [attachment("application/pdf", "Ergaenzung_Antrag_SBF2025_Leutenberg.pdf", pdf)]), \
        label("other", [], "Stadt Leutenberg", "municipality", "Leutenberg")


@case("other-phishing-mailbox-quota")
def _(slug):
    a = "it-service@mailbox-verwaltung-portal.example"
    body = f"""Sehr geehrter Nutzer,

Ihr Postfach {INBOX} hat 98 % des Speicherlimits erreicht. Eingehende Nachrichten werden ab sofort zurückgehalten.

Um Datenverlust zu vermeiden, bestätigen Sie Ihr Konto innerhalb von 24 Stunden über den folgenden Link:

https://mailbox-verwaltung-portal.example/verify?u=anmeldung

Nach Ablauf der Frist wird Ihr Postfach deaktiviert.

IT-Service Team"""
    h = envelope(slug, addr("IT-Service Postfachverwaltung", a), "WICHTIG: Ihr Postfach ist fast voll – Aktion erforderlich",
                 "2025-05-10 03:17", extra=("X-Priority: 1",))
    return message(h, alt(slug, body, simple_html(body), prefix="ph_")), label("other", [], None, None, None)


@case("other-vendor-advertising")
def _(slug):
    a = "vertrieb@beteiligung-digital.example"
    body = """Sehr geehrte Damen und Herren,

Sie schreiben Ihr Integriertes Stadtentwicklungskonzept fort? Mit BürgerDialog Online beteiligen Sie Ihre Bürgerinnen und Bürger einfach, rechtssicher und DSGVO-konform – von der Online-Umfrage bis zur interaktiven Karte.

Jetzt kostenlose Demo buchen: https://beteiligung-digital.example/demo

Gern stellen wir Ihnen unsere Lösung auch persönlich vor.

Mit freundlichen Grüßen
Ihr Team von BürgerDialog Online

Wenn Sie keine weiteren Informationen erhalten möchten, antworten Sie mit „Abmelden“."""
    h = envelope(slug, addr("BürgerDialog Online", a), "Bürgerbeteiligung für Ihr ISEK – jetzt digital",
                 "2025-05-05 07:45", extra=("Precedence: bulk",))
    return message(h, alt(slug, body, simple_html(body), prefix="ad_")), label("other", [], None, None, None)


@case("other-thanks-after-event")
def _(slug):
    a = "g.wendel@stadtilm.example"
    body = f"""Sehr geehrte Damen und Herren,

herzlichen Dank für die gelungene Veranstaltung gestern in Bad Lobenstein. Die Beispiele aus den anderen Kommunen und der Austausch mit der Bewilligungsstelle waren für uns sehr hilfreich.

{MFG}
Gabriele Wendel
Stadtverwaltung Stadtilm
Bauamt"""
    return ol(slug, addr("Wendel, Gabriele", a), "Dank für die Transferveranstaltung", "2025-05-21 09:05", body), \
        label("other", [], "Stadtverwaltung Stadtilm", "municipality", "Stadtilm")


# ==================================================================================================
# validation beyond the kit's
# ==================================================================================================

EARLIER = ("corpus", "corpus_holdout", "corpus_blind", *(f"corpus_blind{n}" for n in range(2, 18)))
REQUIRED = ("intent", "language", "attendees", "organisation", "organisation_type", "municipality")
OTYPES = (None, "municipality", "planning_office", "authority", "other")
# another writer fills corpus_blind18 at the same time with surnames A–K; this set keeps to L–Z
FOLD = str.maketrans({"Ä": "A", "Ö": "O", "Ü": "U"})


def surname(name: str) -> str:
    return name.split()[-1]


def earlier_surnames() -> set[str]:
    """Attendee surnames in every label of the earlier sets (sub-folders included)."""
    found: set[str] = set()
    for folder in EARLIER:
        for js in (HERE.parent / folder).rglob("*.json"):
            try:
                data = json.loads(js.read_text(encoding="utf-8"))
            except (ValueError, UnicodeDecodeError):
                continue
            if isinstance(data, dict) and "intent" in data:
                found.update(surname(p["name"]).lower() for p in data.get("attendees", []) if p.get("name"))
    return found


def extra_checks() -> list[str]:
    problems: list[str] = []
    old = earlier_surnames()
    own: dict[str, str] = {}
    for js in sorted(HERE.glob("[0-9][0-9][0-9]-*.json")):
        data = json.loads(js.read_text(encoding="utf-8"))
        for key in REQUIRED:
            if key not in data:
                problems.append(f"{js.name}: field {key!r} missing")
        if not isinstance(data.get("attendees"), list):
            problems.append(f"{js.name}: attendees is not a list")
            continue
        if data.get("organisation_type") not in OTYPES:
            problems.append(f"{js.name}: organisation_type {data.get('organisation_type')!r}")
        m = data.get("municipality")
        if m is not None and set(m) != {"name", "ags", "district"}:
            problems.append(f"{js.name}: municipality needs exactly name, ags, district")
        if data.get("intent") == "bounce" and not data.get("bounce_recipient"):
            problems.append(f"{js.name}: bounce without bounce_recipient")
        for person in data["attendees"]:
            for key in ("name", "email", "role"):
                if key not in person:
                    problems.append(f"{js.name}: attendee field {key!r} missing")
            last = surname(person["name"])
            initial = last[0].upper().translate(FOLD)
            if not "L" <= initial <= "Z":
                problems.append(f"{js.name}: surname {last!r} does not start with L–Z")
            if last.lower() in old:
                problems.append(f"{js.name}: surname {last!r} already in an earlier set")
            if own.setdefault(last.lower(), js.name) != js.name:
                problems.append(f"{js.name}: surname {last!r} also in {own[last.lower()]}")
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
    more = extra_checks()
    for p in more:
        print("PROBLEM:", p)
    if "--check" in sys.argv[1:]:
        differing = rebuild_differs()
        for name in differing:
            print("PROBLEM: a rebuild would change", name)
        more += differing
        if not differing:
            print("rebuild is byte-identical")
    if more:
        raise SystemExit(1)
    print("surnames: all L–Z, new, unique; required fields present")
