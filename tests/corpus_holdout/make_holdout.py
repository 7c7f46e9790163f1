"""Writes the blind hold-out corpus: 70 mails to the registration inbox with their expected understanding.

Why a second corpus: tests/corpus/ was written alongside the parser; these mails were written without
reading the parser, with other places, people and phrasings, so that the figures measured on them say
how well the understanding generalises. Labels follow tests/corpus/README.md. Run:

    .venv/bin/python tests/corpus_holdout/make_holdout.py

It rewrites every NNN-slug.eml/.json here, deterministically.
"""

from __future__ import annotations

import base64
import csv
import json
import quopri
import sys
import textwrap
import zlib
from dataclasses import dataclass, field
from email.charset import QP, Charset
from email.header import Header
from email.utils import formataddr
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
GAZETTEER = HERE.parents[1] / "mailbot" / "understand" / "data" / "thueringen-gemeinden.csv"
INBOX = "anmeldung@transferveranstaltung.example"
INBOX_HDR = f"Transferveranstaltung Anmeldung <{INBOX}>"

# ---------------------------------------------------------------------------------------------------
# byte-exact MIME writer (email.mime re-encodes bodies as it likes; real clients do not)
# ---------------------------------------------------------------------------------------------------


@dataclass
class Leaf:
    ctype: str
    body: bytes
    cte: str | None = None
    extra: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class Multi:
    ctype: str  # without boundary
    boundary: str
    parts: list["Leaf | Multi"]
    preamble: str = ""
    extra: list[tuple[str, str]] = field(default_factory=list)


def enc_body(body: str, charset: str, cte: str) -> bytes:
    raw = body.encode(charset)
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    if cte == "base64":
        return base64.encodebytes(raw)
    return raw


def text(body: str, subtype: str = "plain", charset: str = "utf-8", cte: str = "quoted-printable",
         flowed: bool = False, label: str | None = None) -> Leaf:
    """A text part; `label` names a different charset in the header than the bytes use (mislabelling)."""
    params = f'; charset="{label or charset}"'
    if flowed:
        params += "; format=flowed"
    return Leaf(f"text/{subtype}{params}", enc_body(body, charset, cte), cte)


def attachment(ctype: str, filename: str, data: bytes) -> Leaf:
    return Leaf(f'{ctype}; name="{filename}"', base64.encodebytes(data), "base64",
                [("Content-Disposition", f'attachment; filename="{filename}"')])


def hdr_text(value: str, charset: str = "utf-8", q: bool = False) -> str:
    """An unstructured header value, RFC 2047-encoded when not ASCII (B by default, Q on request)."""
    if value.isascii():
        return value
    cs = Charset(charset)
    if q:
        cs.header_encoding = QP
    return Header(value, cs).encode()


def addr(name: str | None, mail: str, charset: str = "utf-8", q: bool = False) -> str:
    if not name:
        return mail
    if name.isascii():
        return formataddr((name, mail))
    return f"{hdr_text(name, charset, q)} <{mail}>"


def serialize_part(p: Leaf | Multi, nl: bytes) -> tuple[list[tuple[str, str]], bytes]:
    if isinstance(p, Leaf):
        headers = [("Content-Type", p.ctype)]
        if p.cte:
            headers.append(("Content-Transfer-Encoding", p.cte))
        headers += p.extra
        return headers, p.body.replace(b"\r\n", b"\n").replace(b"\n", nl)
    headers = [("Content-Type", f'{p.ctype};{nl.decode()}\tboundary="{p.boundary}"')] + p.extra
    out = []
    if p.preamble:
        out.append(p.preamble.encode().replace(b"\n", nl) + nl)
    for child in p.parts:
        h, b = serialize_part(child, nl)
        out.append(b"--" + p.boundary.encode() + nl)
        out.append(b"".join(f"{k}: {v}".encode() + nl for k, v in h) + nl)
        out.append(b + (b"" if b.endswith(nl) else nl))
    out.append(b"--" + p.boundary.encode() + b"--" + nl)
    return headers, b"".join(out)


def message(headers: list[tuple[str, str]], root: Leaf | Multi, crlf: bool = False) -> bytes:
    nl = b"\r\n" if crlf else b"\n"
    h, body = serialize_part(root, nl)
    all_headers = headers + [("MIME-Version", "1.0")] + h
    head = b"".join(f"{k}: {v}".encode("ascii") + nl for k, v in all_headers)
    return head + nl + body


def d(s: str) -> str:
    """Dedent a body written inline, keep a final newline."""
    return textwrap.dedent(s).strip("\n") + "\n"


# ---------------------------------------------------------------------------------------------------
# labels
# ---------------------------------------------------------------------------------------------------

def _gaz() -> dict[str, list[dict[str, str]]]:
    by_name: dict[str, list[dict[str, str]]] = {}
    with GAZETTEER.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            by_name.setdefault(row["name"], []).append(row)
    return by_name


GAZ = _gaz()


def M(name: str) -> dict[str, str]:
    rows = GAZ[name]
    assert len(rows) == 1, f"ambiguous gazetteer name {name}"
    r = rows[0]
    return {"name": r["name"], "ags": r["ags"], "district": r["district"]}


def P(name: str, email: str | None, role: str | None = None) -> dict[str, Any]:
    return {"name": name, "email": email, "role": role}


CASES: list[tuple[str, bytes, dict[str, Any]]] = []


def case(slug: str, raw: bytes, intent: str, attendees: list[dict[str, Any]] | None = None,
         organisation: str | None = None, organisation_type: str | None = None,
         municipality: dict[str, str] | None = None, **extra: Any) -> None:
    exp: dict[str, Any] = {
        "intent": intent,
        "attendees": attendees or [],
        "organisation": organisation,
        "organisation_type": organisation_type,
        "municipality": municipality,
    }
    exp.update(extra)
    CASES.append((slug, raw, exp))


def hdrs(n: int, frm: str, subject: str, date: str, *, to: str = INBOX_HDR, domain: str = "mail.example",
         extra: list[tuple[str, str]] | None = None, return_path: str | None = None) -> list[tuple[str, str]]:
    rp = return_path if return_path is not None else "<" + (frm.rsplit("<", 1)[-1].rstrip(">") if "<" in frm else frm) + ">"
    h = [("Return-Path", rp),
         ("Received", f"from {domain} (mx.{domain} [192.0.2.{10 + n}]) by mx.transferveranstaltung.example "
                      f"with ESMTPS id H{n:03d}X; {date}"),
         ("From", frm), ("To", to), ("Subject", subject), ("Date", date),
         ("Message-ID", f"<holdout-{n:03d}.{zlib.crc32(subject.encode()) % 10**6:06d}@{domain}>")]
    return h + (extra or [])


# Our confirmation mail as people quote or bounce it.
def confirmation_text(salutation: str, person: str, org: str, code: str) -> str:
    return d(f"""
        {salutation},

        vielen Dank für Ihre Anmeldung zur 9. Transferveranstaltung „Zusammen denken – gemeinsam handeln“
        am Dienstag, 20. Mai 2025, in Bad Lobenstein.

        Angemeldet: {person} ({org})
        Ihr Anmeldecode: {code}

        Falls Sie nicht teilnehmen können, antworten Sie bitte auf diese E-Mail mit „Absage“.
        Hinweise zur Anreise und zum Parken erhalten Sie rechtzeitig vor der Veranstaltung.

        Mit freundlichen Grüßen
        Ihr Organisationsteam der Transferveranstaltung
        Thüringer Ministerium für Digitales und Infrastruktur
        """)


def quote(body: str) -> str:
    return "".join("> " + line if line.strip() else ">\n" for line in body.splitlines(keepends=True))


CONF_SUBJ = "Anmeldebestätigung: 9. Transferveranstaltung am 20.05.2025"

INVITATION_EXCERPT = d("""
    Sehr geehrte Akteurinnen und Akteure der Thüringer Kommunen,
    das Thüringer Ministerium für Digitales und Infrastruktur lädt am Dienstag, den 20. Mai 2025 zur
    9. Transferveranstaltung „Zusammen denken – gemeinsam handeln“ nach Bad Lobenstein ein. Dieses Mal
    stehen die Integrierten Stadtentwicklungskonzepte (ISEK) im Fokus.
    Die Einladung richtet sich insbesondere an Kommunalverwaltungen, die Ihr ISEK fortschreiben wollen
    oder kürzlich fortgeschrieben haben sowie an damit beauftragte externe Planungsbüros.
    Die Teilnahme vor Ort ist kostenfrei. Anmeldung bitte bis zum 9. Mai 2025 an
    anmeldung@transferveranstaltung.example.
    """)

# ===================================================================================================
# registrations (41)
# ===================================================================================================

# 1 — formal Behördendeutsch, Outlook surname-first display name, "Im Auftrag" above her own name
case("001-zella-mehlis-behoerdendeutsch", message(
    hdrs(1, addr("Voigtländer, Kerstin", "kerstin.voigtlaender@zella-mehlis.example"),
         "Anmeldung zur 9. Transferveranstaltung am 20.05.2025", "Tue, 25 Mar 2025 08:47:12 +0100",
         domain="zella-mehlis.example", extra=[("X-Mailer", "Microsoft Outlook 16.0")]),
    text(d("""
        Sehr geehrte Damen und Herren,

        unter Bezugnahme auf Ihre Einladung vom 14.03.2025 zeige ich hiermit die Teilnahme der Stadt
        Zella-Mehlis an der o. g. Veranstaltung an. Teilnehmen wird die Unterzeichnerin.

        Die Stadt Zella-Mehlis hat ihr ISEK zuletzt 2019 fortgeschrieben; eine erneute Fortschreibung ist
        für 2026 vorgesehen.

        Für Rückfragen stehe ich Ihnen gern zur Verfügung.

        Mit freundlichen Grüßen
        Im Auftrag

        Dipl.-Ing. Kerstin Voigtländer
        Sachgebietsleiterin Stadtplanung
        Stadtverwaltung Zella-Mehlis
        Fachbereich Bau und Umwelt
        Rathausstraße 4
        98544 Zella-Mehlis
        Tel.: 03682 852-341
        """), charset="utf-8", cte="quoted-printable")),
    "registration", [P("Kerstin Voigtländer", "kerstin.voigtlaender@zella-mehlis.example", "Sachgebietsleiterin Stadtplanung")],
    "Stadtverwaltung Zella-Mehlis", "municipality", M("Zella-Mehlis"))

# 2 — terse, from a phone
case("002-bad-tennstedt-terse-phone", message(
    hdrs(2, addr("Jörg Pfannschmidt", "j.pfannschmidt@bad-tennstedt.example"), "Anmeldung",
         "Wed, 26 Mar 2025 17:02:55 +0100", domain="bad-tennstedt.example"),
    text(d("""
        Hiermit melde ich mich für den 20.5. an.
        Pfannschmidt, Stadt Bad Tennstedt, Bauverwaltung

        Gesendet von meinem Galaxy
        """), cte="8bit")),
    "registration", [P("Jörg Pfannschmidt", "j.pfannschmidt@bad-tennstedt.example", None)],
    "Stadt Bad Tennstedt", "municipality", M("Bad Tennstedt"))

# 3 — mayor registers two staff, not himself
case("003-steinbach-hallenberg-bgm-two-staff", message(
    hdrs(3, addr("Bürgermeister Stadt Steinbach-Hallenberg", "buergermeister@steinbach-hallenberg.example"),
         "Teilnahme Transferveranstaltung ISEK", "Thu, 27 Mar 2025 11:15:40 +0100",
         domain="steinbach-hallenberg.example"),
    Multi("multipart/alternative", "----=_NextPart_003_01DB9F", [
        text(d("""
            Sehr geehrte Damen und Herren,

            für die Stadt Steinbach-Hallenberg melde ich folgende Mitarbeiter zur Transferveranstaltung
            am 20. Mai 2025 an:

            - Frau Anja Rommel, Leiterin Bauamt, a.rommel@steinbach-hallenberg.example
            - Herr Tobias Hüttl, Stadtplanung/ISEK, t.huettl@steinbach-hallenberg.example

            Ich selbst bin an diesem Tag leider durch eine Sitzung des Stadtrates gebunden. Unser ISEK aus
            dem Jahr 2016 steht zur Fortschreibung an, daher ist das Thema für uns sehr interessant.

            Mit freundlichen Grüßen

            Matthias Kellermann
            Bürgermeister der Stadt Steinbach-Hallenberg
            """), cte="quoted-printable"),
        text(d("""
            <html><body>
            <p>Sehr geehrte Damen und Herren,</p>
            <p>für die Stadt Steinbach-Hallenberg melde ich folgende Mitarbeiter zur Transferveranstaltung am 20. Mai 2025 an:</p>
            <ul>
            <li>Frau Anja Rommel, Leiterin Bauamt, <a href="mailto:a.rommel@steinbach-hallenberg.example">a.rommel@steinbach-hallenberg.example</a></li>
            <li>Herr Tobias Hüttl, Stadtplanung/ISEK, <a href="mailto:t.huettl@steinbach-hallenberg.example">t.huettl@steinbach-hallenberg.example</a></li>
            </ul>
            <p>Ich selbst bin an diesem Tag leider durch eine Sitzung des Stadtrates gebunden. Unser ISEK aus dem Jahr 2016 steht zur Fortschreibung an, daher ist das Thema für uns sehr interessant.</p>
            <p>Mit freundlichen Grüßen</p>
            <p>Matthias Kellermann<br>Bürgermeister der Stadt Steinbach-Hallenberg</p>
            </body></html>
            """), subtype="html", cte="quoted-printable"),
    ])),
    "registration", [P("Anja Rommel", "a.rommel@steinbach-hallenberg.example", "Leiterin Bauamt"),
                     P("Tobias Hüttl", "t.huettl@steinbach-hallenberg.example", "Stadtplanung/ISEK")],
    "Stadt Steinbach-Hallenberg", "municipality", M("Steinbach-Hallenberg"))

# 4 — Hauptamt registers the Bauamtsleiterin, with her address
case("004-koelleda-hauptamt-bauamtsleiterin", message(
    hdrs(4, addr("Hauptamt Kölleda", "hauptamt@koelleda.example", "iso-8859-1", q=True),
         hdr_text("Anmeldung Frau Dr. Sennewald - Transferveranstaltung", "iso-8859-1", q=True),
         "Mon, 31 Mar 2025 09:30:02 +0200", domain="koelleda.example"),
    text(d("""
        Guten Tag,

        im Auftrag unseres Bürgermeisters melden wir Frau Dr. Ulrike Sennewald, Leiterin des Bauamtes der
        Stadt Kölleda, zur 9. Transferveranstaltung am 20.05.2025 an.

        Bitte senden Sie die Bestätigung direkt an Frau Dr. Sennewald: u.sennewald@koelleda.example

        Freundliche Grüße
        Claudia Bachmann
        Hauptamt / Sekretariat
        Stadtverwaltung Kölleda
        Markt 1, 99625 Kölleda
        """), charset="iso-8859-1", cte="quoted-printable")),
    "registration", [P("Ulrike Sennewald", "u.sennewald@koelleda.example", "Leiterin des Bauamtes")],
    "Stadtverwaltung Kölleda", "municipality", M("Kölleda"))

# 5 — dictated by the secretary, i. A., mayor without address; 8bit latin-1
case("005-schmoelln-ia-sekretariat", message(
    hdrs(5, addr("Vorzimmer Bürgermeister", "vorzimmer@schmoelln.example", "iso-8859-1", q=True),
         hdr_text("Teilnahme Bürgermeister Schrader am 20.05.", "iso-8859-1", q=True),
         "Tue, 01 Apr 2025 10:12:44 +0200", domain="schmoelln.example"),
    text(d("""
        Sehr geehrte Damen und Herren,

        Herr Bürgermeister Sven Schrader nimmt an der Transferveranstaltung am 20. Mai 2025 teil.
        Er reist mit dem Dienstwagen an und benötigt einen Parkplatz.

        Mit freundlichen Grüßen

        i. A. Birgit Fuchs
        Sekretariat des Bürgermeisters
        Stadtverwaltung Schmölln
        Markt 1
        04626 Schmölln
        """), charset="iso-8859-1", cte="8bit")),
    "registration", [P("Sven Schrader", None, "Bürgermeister")],
    "Stadtverwaltung Schmölln", "municipality", M("Schmölln"),
    notes=["reist mit dem Dienstwagen an und benötigt einen Parkplatz"])

# 6 — English, international planning firm, client named
case("006-english-planning-firm-poessneck", message(
    hdrs(6, addr("Emma Whitfield", "e.whitfield@urbanfutures-consulting.example"),
         "Registration - Transfer event 20 May (ISEK)", "Wed, 02 Apr 2025 14:21:09 +0000",
         domain="urbanfutures-consulting.example"),
    text(d("""
        Dear Sir or Madam,

        We would like to register two participants from our Leipzig office for the 9th Transferveranstaltung
        on 20 May 2025:

        1. Dr Emma Whitfield, Associate Director Urban Regeneration - e.whitfield@urbanfutures-consulting.example
        2. Jonas Brandt, Senior Planner - j.brandt@urbanfutures-consulting.example

        We are currently supporting the town of Pößneck with the update of its ISEK, so the topic is highly
        relevant for us. Mr Brandt speaks German; my German is limited, so I would appreciate it if any
        handouts were also available in English.

        Kind regards,
        Emma Whitfield

        Urban Futures Consulting GmbH
        Leipzig | Manchester | Rotterdam
        """), cte="quoted-printable")),
    "registration", [P("Emma Whitfield", "e.whitfield@urbanfutures-consulting.example", "Associate Director Urban Regeneration"),
                     P("Jonas Brandt", "j.brandt@urbanfutures-consulting.example", "Senior Planner")],
    "Urban Futures Consulting GmbH", "planning_office", M("Pößneck"), language="en")

# 7 — Outlook HTML only, Word markup, table of three
OUTLOOK_HEAD = d("""
    <html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
    <head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><meta name="Generator" content="Microsoft Word 15 (filtered medium)">
    <style><!--
    /* Font Definitions */
    @font-face {font-family:"Cambria Math"; panose-1:2 4 5 3 5 4 6 3 2 4;}
    p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}
    span.E-MailFormatvorlage17 {mso-style-type:personal-compose;}
    @page WordSection1 {size:612.0pt 792.0pt; margin:70.85pt 70.85pt 2.0cm 70.85pt;}
    div.WordSection1 {page:WordSection1;}
    --></style><!--[if gte mso 9]><xml>
    <o:shapedefaults v:ext="edit" spidmax="1026" />
    </xml><![endif]--></head>
    <body lang="DE" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
    <div class="WordSection1">
    """)

case("007-bad-salzungen-outlook-html-table", message(
    hdrs(7, addr("Reinhardt, Sören", "soeren.reinhardt@badsalzungen.example"),
         "Anmeldung Stadt Bad Salzungen - Transferveranstaltung 20.05.2025", "Thu, 03 Apr 2025 13:05:51 +0200",
         domain="badsalzungen.example", extra=[("X-MS-Has-Attach", ""), ("Thread-Topic", "Anmeldung Stadt Bad Salzungen")]),
    text(OUTLOOK_HEAD + d("""
        <p class="MsoNormal">Sehr geehrte Damen und Herren,<o:p></o:p></p>
        <p class="MsoNormal"><o:p>&nbsp;</o:p></p>
        <p class="MsoNormal">f&uuml;r die Stadt Bad Salzungen melden wir folgende Personen zur 9. Transferveranstaltung an:<o:p></o:p></p>
        <p class="MsoNormal"><o:p>&nbsp;</o:p></p>
        <table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">
        <tr><td width="200" valign="top" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt"><p class="MsoNormal"><b>Name<o:p></o:p></b></p></td>
        <td width="200" valign="top" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt"><p class="MsoNormal"><b>Funktion<o:p></o:p></b></p></td>
        <td width="240" valign="top" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt"><p class="MsoNormal"><b>E-Mail<o:p></o:p></b></p></td></tr>
        <tr><td valign="top" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt"><p class="MsoNormal">S&ouml;ren Reinhardt<o:p></o:p></p></td>
        <td valign="top" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt"><p class="MsoNormal">FD Stadtentwicklung<o:p></o:p></p></td>
        <td valign="top" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt"><p class="MsoNormal"><a href="mailto:soeren.reinhardt@badsalzungen.example">soeren.reinhardt@badsalzungen.example</a><o:p></o:p></p></td></tr>
        <tr><td valign="top" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt"><p class="MsoNormal">Ines K&auml;mpfe<o:p></o:p></p></td>
        <td valign="top" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt"><p class="MsoNormal">Sanierungsbeauftragte<o:p></o:p></p></td>
        <td valign="top" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt"><p class="MsoNormal"><a href="mailto:ines.kaempfe@badsalzungen.example">ines.kaempfe@badsalzungen.example</a><o:p></o:p></p></td></tr>
        <tr><td valign="top" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt"><p class="MsoNormal">Dr. Falk Leisner<o:p></o:p></p></td>
        <td valign="top" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt"><p class="MsoNormal">Beigeordneter<o:p></o:p></p></td>
        <td valign="top" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt"><p class="MsoNormal"><a href="mailto:falk.leisner@badsalzungen.example">falk.leisner@badsalzungen.example</a><o:p></o:p></p></td></tr>
        </table>
        <p class="MsoNormal"><o:p>&nbsp;</o:p></p>
        <p class="MsoNormal">Mit freundlichen Gr&uuml;&szlig;en<o:p></o:p></p>
        <p class="MsoNormal"><o:p>&nbsp;</o:p></p>
        <p class="MsoNormal"><span style="font-size:10.0pt;color:#1F3864">S&ouml;ren Reinhardt<br>Fachdienst Stadtentwicklung<br>Stadt Bad Salzungen<br>Ratsstra&szlig;e 2 &#8211; 36433 Bad Salzungen</span><o:p></o:p></p>
        </div></body></html>
        """), subtype="html", charset="windows-1252", cte="quoted-printable")),
    "registration", [P("Sören Reinhardt", "soeren.reinhardt@badsalzungen.example", "FD Stadtentwicklung"),
                     P("Ines Kämpfe", "ines.kaempfe@badsalzungen.example", "Sanierungsbeauftragte"),
                     P("Falk Leisner", "falk.leisner@badsalzungen.example", "Beigeordneter")],
    "Stadt Bad Salzungen", "municipality", M("Bad Salzungen"))

# 8 — windows-1252 quoted-printable with „“ and –, sender plus colleague in a sentence
case("008-goessnitz-cp1252-qp-colleague", message(
    hdrs(8, addr("Andreas Wächtler", "a.waechtler@goessnitz.example", "windows-1252", q=True),
         hdr_text("Anmeldung „Zusammen denken – gemeinsam handeln“", "windows-1252", q=True),
         "Fri, 04 Apr 2025 07:58:19 +0200", domain="goessnitz.example"),
    text(d("""
        Sehr geehrte Damen und Herren,

        hiermit melden wir uns zur Veranstaltung „Zusammen denken – gemeinsam handeln“ am 20.05.2025 an:
        ich und meine Kollegin Frau Mandy Große (m.grosse@goessnitz.example) aus dem Bauamt.

        Frau Große ernährt sich vegetarisch – es wäre schön, wenn das beim Mittagessen berücksichtigt
        werden könnte.

        Mit freundlichen Grüßen

        Andreas Wächtler
        Bauamtsleiter
        Stadt Gößnitz
        """), charset="windows-1252", cte="quoted-printable")),
    "registration", [P("Andreas Wächtler", "a.waechtler@goessnitz.example", "Bauamtsleiter"),
                     P("Mandy Große", "m.grosse@goessnitz.example", None)],
    "Stadt Gößnitz", "municipality", M("Gößnitz"), notes=["Frau Große ernährt sich vegetarisch"])

# 9 — base64 UTF-8, hyphenated Gemeinde
case("009-uhlstaedt-kirchhasel-base64", message(
    hdrs(9, addr("Nicole Bärwinkel", "baerwinkel@uhlstaedt-kirchhasel.example"),
         hdr_text("Anmeldung Transferveranstaltung – Gemeinde Uhlstädt-Kirchhasel"),
         "Fri, 04 Apr 2025 12:40:03 +0200", domain="uhlstaedt-kirchhasel.example",
         extra=[("User-Agent", "Open-Xchange Mailer v7.10.6-Rev70")]),
    text(d("""
        Guten Tag,

        ich möchte mich gern zur Transferveranstaltung am 20. Mai anmelden.
        Wir arbeiten gerade an unserem ersten ISEK für die Gemeinde und sind für jeden
        Erfahrungsaustausch dankbar.

        Viele Grüße aus dem Saaletal

        Nicole Bärwinkel
        Gemeinde Uhlstädt-Kirchhasel
        Bau- und Ordnungsamt
        """), cte="base64")),
    "registration", [P("Nicole Bärwinkel", "baerwinkel@uhlstaedt-kirchhasel.example", None)],
    "Gemeinde Uhlstädt-Kirchhasel", "municipality", M("Uhlstädt-Kirchhasel"))

# 10 — RFC 2047 display name and subject, honorary mayor with a private address, slash name
case("010-frankenheim-rhoen-rfc2047", message(
    hdrs(10, addr("Jürgen Möller", "moeller.juergen@t-online.example", "utf-8", q=True),
         "=?iso-8859-1?q?Anmeldung_f=FCr_Gemeinde_Frankenheim?=",
         "Sat, 05 Apr 2025 19:22:37 +0200", domain="t-online.example"),
    text(d("""
        Hallo,

        ich bin ehrenamtlicher Bürgermeister der Gemeinde Frankenheim/Rhön und möchte mich zur
        Veranstaltung am 20.05. anmelden. Bitte schicken Sie die Bestätigung an diese Adresse.

        Gruß
        Jürgen Möller
        """), charset="utf-8", cte="8bit")),
    "registration", [P("Jürgen Möller", "moeller.juergen@t-online.example", "ehrenamtlicher Bürgermeister")],
    "Gemeinde Frankenheim/Rhön", "municipality", M("Frankenheim/Rhön"))

# 11 — form pasted from Word, surname-first
case("011-auma-weidatal-word-form", message(
    hdrs(11, addr("Petra Lindner", "p.lindner@auma-weidatal.example"), "Anmeldeformular Transferveranstaltung",
         "Mon, 07 Apr 2025 08:05:00 +0200", domain="auma-weidatal.example"),
    text(d("""
        Sehr geehrte Damen und Herren,
        anbei unsere Anmeldung (Formular aus der Einladung ausgefüllt):

        ANMELDUNG
        9. Transferveranstaltung am 20. Mai 2025

        Name, Vorname:\t\tLindner, Petra
        Dienststelle/Kommune:\tStadtverwaltung Auma-Weidatal
        Funktion:\t\tSachbearbeiterin Bauverwaltung
        Telefon:\t\t036626 8304-12
        E-Mail:\t\t\tp.lindner@auma-weidatal.example
        Teilnahme Mittagessen:\t☒ ja   ☐ nein
        Besondere Hinweise:\t–

        Mit freundlichen Grüßen
        P. Lindner
        """), cte="quoted-printable")),
    "registration", [P("Petra Lindner", "p.lindner@auma-weidatal.example", "Sachbearbeiterin Bauverwaltung")],
    "Stadtverwaltung Auma-Weidatal", "municipality", M("Auma-Weidatal"))

# 12 — mobile, no signature: the municipality only in the domain
case("012-sondershausen-mobile-nosig", message(
    hdrs(12, addr("Maik Ehrhardt", "maik.ehrhardt@sondershausen.example"), "Transferveranstaltung",
         "Mon, 07 Apr 2025 21:48:10 +0200", domain="sondershausen.example"),
    text("Hallo, bitte mich für den 20.5. anmelden. Danke!\n", cte="8bit")),
    "registration", [P("Maik Ehrhardt", "maik.ehrhardt@sondershausen.example", None)],
    None, "municipality", M("Sondershausen"))

# 13 — reply quoting the invitation (venue Bad Lobenstein quoted), Outlook block
case("013-ranis-reply-quoting-invitation", message(
    hdrs(13, addr("Opitz, Christian", "opitz@stadt-ranis.example"),
         hdr_text("AW: Einladung 9. Transferveranstaltung „Zusammen denken – gemeinsam handeln“"),
         "Tue, 08 Apr 2025 07:31:26 +0200", domain="stadt-ranis.example"),
    text(d("""
        Guten Morgen,

        ich nehme gern teil.

        Christian Opitz
        Stadt Ranis – Bauamt

        -----Ursprüngliche Nachricht-----
        Von: Transferveranstaltung <anmeldung@transferveranstaltung.example>
        Gesendet: Freitag, 14. März 2025 10:02
        An: Opitz, Christian <opitz@stadt-ranis.example>
        Betreff: Einladung 9. Transferveranstaltung „Zusammen denken – gemeinsam handeln“

        """) + INVITATION_EXCERPT, cte="quoted-printable")),
    "registration", [P("Christian Opitz", "opitz@stadt-ranis.example", None)],
    "Stadt Ranis", "municipality", M("Ranis"))

# 14 — secretary forwards a colleague's request inline (original writer's address)
case("014-waltershausen-forward-inline", message(
    hdrs(14, addr("Sekretariat Bauamt Waltershausen", "bauamt@waltershausen.example"),
         "WG: Transferveranstaltung Bad Lobenstein", "Tue, 08 Apr 2025 09:12:45 +0200", domain="waltershausen.example"),
    text(d("""
        Sehr geehrte Damen und Herren,

        anbei die Anmeldung unseres Kollegen mit der Bitte um Registrierung.

        Mit freundlichen Grüßen
        Yvonne Kirchner
        Stadtverwaltung Waltershausen
        Bauamt – Sekretariat

        ________________________________
        Von: Thielemann, Rico <rico.thielemann@waltershausen.example>
        Gesendet: Montag, 7. April 2025 15:40
        An: Bauamt Sekretariat <bauamt@waltershausen.example>
        Betreff: AW: Transferveranstaltung Bad Lobenstein

        Hallo Yvonne,
        ich würde am 20.5. gern nach Bad Lobenstein fahren. Kannst du mich bitte anmelden?
        Danke und Gruß
        Rico
        """), charset="windows-1252", cte="quoted-printable")),
    "registration", [P("Rico Thielemann", "rico.thielemann@waltershausen.example", None)],
    "Stadtverwaltung Waltershausen", "municipality", M("Waltershausen"))

# 15 — Destatis "St.Bernhard" written locally "St. Bernhard"
case("015-st-bernhard-local-spelling", message(
    hdrs(15, addr("Gerd Hollenbach", "gerd.hollenbach@web.example"), "Anmeldung Gemeinde St. Bernhard",
         "Tue, 08 Apr 2025 18:03:12 +0200", domain="web.example"),
    text(d("""
        Sehr geehrte Damen und Herren,

        als Bürgermeister der Gemeinde St. Bernhard (VG Feldstein) melde ich mich für die
        Transferveranstaltung am 20. Mai verbindlich an.

        Mit freundlichen Grüßen
        Gerd Hollenbach
        Bürgermeister Gemeinde St. Bernhard
        """), cte="quoted-printable")),
    "registration", [P("Gerd Hollenbach", "gerd.hollenbach@web.example", "Bürgermeister")],
    "Gemeinde St. Bernhard", "municipality", M("St.Bernhard"))

# 16 — VG registers for a named member municipality; sender from a shared mailbox also attends
case("016-vg-mellingen-for-umpferstedt", message(
    hdrs(16, addr("VG Mellingen - Bauamt", "bauamt@vg-mellingen.example"),
         "Anmeldung Transferveranstaltung", "Wed, 09 Apr 2025 10:44:31 +0200", domain="vg-mellingen.example"),
    text(d("""
        Sehr geehrte Damen und Herren,

        die Verwaltungsgemeinschaft Mellingen meldet für ihre Mitgliedsgemeinde Umpferstedt folgende
        Teilnehmer zur Transferveranstaltung am 20.05.2025 an:

        Frau Carola Ebersbach, Bürgermeisterin der Gemeinde Umpferstedt
        Herrn Dirk Weinrich, Bauamt der VG (Unterzeichner)

        Die Gemeinde Umpferstedt beabsichtigt, ein Integriertes Gemeindliches Entwicklungskonzept
        aufzustellen.

        Mit freundlichen Grüßen

        Dirk Weinrich
        Verwaltungsgemeinschaft Mellingen
        Bauamt
        """), charset="iso-8859-1", cte="quoted-printable")),
    "registration", [P("Carola Ebersbach", None, "Bürgermeisterin"),
                     P("Dirk Weinrich", "bauamt@vg-mellingen.example", "Bauamt der VG")],
    "Verwaltungsgemeinschaft Mellingen", "municipality", M("Umpferstedt"))

# 17 — VG without a member named
case("017-vg-huegelland-taeler-no-member", message(
    hdrs(17, addr("Sandra Paschold", "paschold@vg-huegelland-taeler.example"),
         hdr_text("Anmeldung VG Hügelland/Täler"),
         "Wed, 09 Apr 2025 13:20:08 +0200", domain="vg-huegelland-taeler.example"),
    text(d("""
        Sehr geehrte Damen und Herren,

        für die Verwaltungsgemeinschaft Hügelland/Täler melde ich mich zur Veranstaltung am 20. Mai an.
        Wir betreuen 21 Mitgliedsgemeinden, mehrere davon mit Bedarf an Dorfentwicklung, daher
        interessiert uns die Abgrenzung zwischen ISEK und IGEK besonders.

        Mit freundlichen Grüßen
        Sandra Paschold
        Sachbearbeiterin Bauleitplanung
        Verwaltungsgemeinschaft Hügelland/Täler
        """), cte="quoted-printable")),
    "registration", [P("Sandra Paschold", "paschold@vg-huegelland-taeler.example", "Sachbearbeiterin Bauleitplanung")],
    "Verwaltungsgemeinschaft Hügelland/Täler", "municipality", None)

# 18 — Landratsamt (authority), towns mentioned in passing
case("018-landratsamt-shk-authority", message(
    hdrs(18, addr("Zöllner, Hartmut Dr.", "hartmut.zoellner@lrashk.example"),
         "Teilnahme Landratsamt SHK", "Thu, 10 Apr 2025 08:15:27 +0200", domain="lrashk.example"),
    Multi("multipart/alternative", "_000_LRA0018_", [
        text(d("""
            Sehr geehrte Damen und Herren,

            gern nehme ich an der Transferveranstaltung am 20.05.2025 teil. Wir begleiten im Landkreis u. a.
            die ISEK-Prozesse der Städte Stadtroda und Kahla und möchten die Erfahrungen aus Sicht der
            Kreisentwicklung einbringen.

            Mit freundlichen Grüßen
            Dr.-Ing. Hartmut Zöllner
            Landratsamt Saale-Holzland-Kreis
            SG Kreisentwicklung und Regionalplanung
            Im Schloss, 07607 Eisenberg
            """), charset="windows-1252", cte="quoted-printable"),
        text(OUTLOOK_HEAD + d("""
            <p class="MsoNormal">Sehr geehrte Damen und Herren,<o:p></o:p></p>
            <p class="MsoNormal"><o:p>&nbsp;</o:p></p>
            <p class="MsoNormal">gern nehme ich an der Transferveranstaltung am 20.05.2025 teil. Wir begleiten im Landkreis u. a. die ISEK-Prozesse der St&auml;dte Stadtroda und Kahla und m&ouml;chten die Erfahrungen aus Sicht der Kreisentwicklung einbringen.<o:p></o:p></p>
            <p class="MsoNormal"><o:p>&nbsp;</o:p></p>
            <p class="MsoNormal">Mit freundlichen Gr&uuml;&szlig;en<o:p></o:p></p>
            <p class="MsoNormal">Dr.-Ing. Hartmut Z&ouml;llner<br>Landratsamt Saale-Holzland-Kreis<br>SG Kreisentwicklung und Regionalplanung<br>Im Schloss, 07607 Eisenberg<o:p></o:p></p>
            </div></body></html>
            """), subtype="html", charset="windows-1252", cte="quoted-printable"),
    ])),
    "registration", [P("Hartmut Zöllner", "hartmut.zoellner@lrashk.example", "SG Kreisentwicklung und Regionalplanung")],
    "Landratsamt Saale-Holzland-Kreis", "authority", None)

# 19 — planning office, no client named, office seat in Jena
case("019-planungsbuero-jena-no-client", message(
    hdrs(19, addr("Büro für Stadtplanung Saalbogen", "info@stadtplanung-saalbogen.example"),
         "Anmeldung 9. Transferveranstaltung", "Thu, 10 Apr 2025 11:51:33 +0200", domain="stadtplanung-saalbogen.example"),
    text(d("""
        Sehr geehrte Damen und Herren,

        für unser Büro nehmen an der Transferveranstaltung am 20. Mai 2025 teil:

        Dipl.-Ing. Architektin Franziska Möbius (f.moebius@stadtplanung-saalbogen.example)
        M.Sc. Lukas Terpe

        Wir haben in den letzten Jahren mehrere ISEK-Fortschreibungen in Ostthüringen begleitet.

        Mit freundlichen Grüßen
        i. A. Doreen Hanf
        Büro für Stadtplanung Saalbogen
        Löbdergraben 12
        07743 Jena
        """), cte="quoted-printable")),
    "registration", [P("Franziska Möbius", "f.moebius@stadtplanung-saalbogen.example", "Architektin"),
                     P("Lukas Terpe", None, None)],
    "Büro für Stadtplanung Saalbogen", "planning_office", None)

# 20 — Architekten und Stadtplaner for a named client; office seat is another town (Suhl)
case("020-architekten-stadtplaner-schleusingen", message(
    hdrs(20, addr("Heiko Sterzing", "sterzing@sterzing-partner.example"), "Anmeldung ISEK-Transferveranstaltung",
         "Fri, 11 Apr 2025 15:09:48 +0200", domain="sterzing-partner.example"),
    text(d("""
        Sehr geehrte Damen und Herren,

        wir bearbeiten derzeit die ISEK-Fortschreibung für die Stadt Schleusingen und würden gern mit zwei
        Personen an der Veranstaltung teilnehmen: mir selbst und meiner Kollegin Lena Ortloff
        (ortloff@sterzing-partner.example).

        Mit besten Grüßen

        Heiko Sterzing
        Dipl.-Ing. Architekt und Stadtplaner
        Sterzing + Partner Architekten und Stadtplaner PartGmbB
        Friedrich-König-Straße 5 · 98527 Suhl
        """), cte="quoted-printable")),
    "registration", [P("Heiko Sterzing", "sterzing@sterzing-partner.example", "Architekt und Stadtplaner"),
                     P("Lena Ortloff", "ortloff@sterzing-partner.example", None)],
    "Sterzing + Partner Architekten und Stadtplaner PartGmbB", "planning_office", M("Schleusingen"))

# 21 — registration that also asks about parking
case("021-eisfeld-registration-with-parking-question", message(
    hdrs(21, addr("Ramona Heß", "r.hess@eisfeld.example"), "Anmeldung + Frage Parken",
         "Fri, 11 Apr 2025 10:02:19 +0200", domain="eisfeld.example"),
    text(d("""
        Sehr geehrte Damen und Herren,

        hiermit melde ich mich für die Stadt Eisfeld zur Transferveranstaltung am 20. Mai an.

        Eine Frage hätte ich noch: Gibt es am Veranstaltungsort ausreichend Parkplätze, oder sollte man
        besser mit dem Zug anreisen?

        Freundliche Grüße
        Ramona Heß
        Stadtbauamt Eisfeld
        """), charset="iso-8859-1", cte="quoted-printable")),
    "registration", [P("Ramona Heß", "r.hess@eisfeld.example", None)],
    "Stadt Eisfeld", "municipality", M("Eisfeld"),
    notes=["Gibt es am Veranstaltungsort ausreichend Parkplätze, oder sollte man besser mit dem Zug anreisen?"])

# 22 — wheelchair user plus colleague without address
case("022-bad-koestritz-rollstuhl", message(
    hdrs(22, addr("Manfred Gröger", "m.groeger@badkoestritz.example"), hdr_text("Anmeldung Bad Köstritz"),
         "Mon, 14 Apr 2025 09:27:50 +0200", domain="badkoestritz.example"),
    text(d("""
        Sehr geehrte Damen und Herren,

        ich melde mich zur Transferveranstaltung am 20.05.2025 an. Da ich Rollstuhlfahrer bin, wäre ich für
        einen kurzen Hinweis dankbar, ob der Veranstaltungsraum stufenlos erreichbar ist.

        Begleitet werde ich von meiner Kollegin Frau Susann Trommer, die ich hiermit ebenfalls anmelde.

        Mit freundlichen Grüßen
        Manfred Gröger
        Stadtverwaltung Bad Köstritz
        Bau- und Liegenschaftsverwaltung
        """), cte="quoted-printable")),
    "registration", [P("Manfred Gröger", "m.groeger@badkoestritz.example", None),
                     P("Susann Trommer", None, None)],
    "Stadtverwaltung Bad Köstritz", "municipality", M("Bad Köstritz"),
    notes=["Rollstuhlfahrer", "ob der Veranstaltungsraum stufenlos erreichbar ist"])

# 23 — Thunderbird, format=flowed, "-- " signature, mayor and sender
case("023-neuhaus-rennweg-thunderbird-flowed", message(
    hdrs(23, addr("Tino Dressel", "t.dressel@neuhaus-am-rennweg.example"), "Anmeldung zur Transferveranstaltung",
         "Mon, 14 Apr 2025 14:44:02 +0200", domain="neuhaus-am-rennweg.example",
         extra=[("User-Agent", "Mozilla Thunderbird")]),
    text("Sehr geehrte Damen und Herren,\n\n"
         "für die Stadt Neuhaus am Rennweg nehmen am 20. Mai zwei Personen an der \n"
         "Transferveranstaltung teil: unsere Bürgermeisterin Dagmar Frosch und ich. \n"
         "Wir reisen gemeinsam mit dem Auto an.\n\n"
         "Mit freundlichen Grüßen\n"
         "Tino Dressel\n\n"
         "-- \n"
         "Tino Dressel\n"
         "Stadtentwicklung / Wirtschaftsförderung\n"
         "Stadt Neuhaus am Rennweg\n"
         "Marktstraße 3, 98724 Neuhaus am Rennweg\n", cte="8bit", flowed=True)),
    "registration", [P("Dagmar Frosch", None, "Bürgermeisterin"),
                     P("Tino Dressel", "t.dressel@neuhaus-am-rennweg.example", "Stadtentwicklung / Wirtschaftsförderung")],
    "Stadt Neuhaus am Rennweg", "municipality", M("Neuhaus am Rennweg"))

# 24 — iPhone, Ortsteilbürgermeister of a part of a hyphenated town
case("024-dornburg-camburg-iphone", message(
    hdrs(24, addr("Frank Liebetrau", "frank.liebetrau@icloud.example"), "Anmeldung",
         "Mon, 14 Apr 2025 20:11:36 +0200", domain="icloud.example",
         extra=[("X-Mailer", "iPhone Mail (22D82)")]),
    text(d("""
        Guten Tag, ich melde mich als Ortsteilbürgermeister von Camburg (Stadt Dornburg-Camburg) für den 20.05. an.
        MfG Frank Liebetrau

        Von meinem iPhone gesendet
        """), cte="quoted-printable")),
    "registration", [P("Frank Liebetrau", "frank.liebetrau@icloud.example", "Ortsteilbürgermeister")],
    "Stadt Dornburg-Camburg", "municipality", M("Dornburg-Camburg"))

# 25 — PDF form attached, details repeated in the text, secretary not attending
PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
       b"trailer<</Root 1 0 R>>\n%%EOF\n")
case("025-greussen-pdf-attachment", message(
    hdrs(25, addr("Kerstin Wolf", "sekretariat@greussen.example"), hdr_text("Anmeldung Transferveranstaltung / Stadt Greußen"),
         "Tue, 15 Apr 2025 10:30:00 +0200", domain="greussen.example"),
    Multi("multipart/mixed", "----=_Part_25_1739", [
        text(d("""
            Sehr geehrte Damen und Herren,

            anbei erhalten Sie die ausgefüllte Anmeldung für Herrn Olaf Wiesner (Bauamt).
            Die Angaben nochmals im Überblick:

            Olaf Wiesner, Sachbearbeiter Bauleitplanung, o.wiesner@greussen.example

            Mit freundlichen Grüßen
            Kerstin Wolf
            Sekretariat
            Stadtverwaltung Greußen
            """), cte="quoted-printable"),
        attachment("application/pdf", "Anmeldung_Wiesner.pdf", PDF),
    ])),
    "registration", [P("Olaf Wiesner", "o.wiesner@greussen.example", "Sachbearbeiter Bauleitplanung")],
    "Stadtverwaltung Greußen", "municipality", M("Greußen"))

# 26 — shared rathaus mailbox, Reply-To with the person's own address
case("026-ohrdruf-reply-to", message(
    hdrs(26, addr("Rathaus Ohrdruf", "rathaus@ohrdruf.example"), "Anmeldung Seifarth",
         "Tue, 15 Apr 2025 11:47:21 +0200", domain="ohrdruf.example",
         extra=[("Reply-To", addr("Kathrin Seifarth", "k.seifarth@ohrdruf.example"))]),
    text(d("""
        Sehr geehrte Damen und Herren,

        hiermit melde ich mich zur Transferveranstaltung am 20. Mai 2025 an.

        Mit freundlichen Grüßen
        Kathrin Seifarth
        Stadtplanung
        Stadt Ohrdruf
        """), cte="7bit")),
    "registration", [P("Kathrin Seifarth", "k.seifarth@ohrdruf.example", "Stadtplanung")],
    "Stadt Ohrdruf", "municipality", M("Ohrdruf"))

# 27 — US-ASCII, all caps letterhead, ae for ä
case("027-nesse-apfelstaedt-ascii-caps", message(
    hdrs(27, addr("Jens Kallenbach", "bauamt@nesse-apfelstaedt.example"), "Anmeldung Transferveranstaltung 20.05.2025",
         "Wed, 16 Apr 2025 08:02:14 +0200", domain="nesse-apfelstaedt.example"),
    text(d("""
        GEMEINDE NESSE-APFELSTAEDT
        - Bauamt -

        Sehr geehrte Damen und Herren,

        hiermit melde ich mich zur o.g. Veranstaltung an.

        Mit freundlichen Gruessen
        Jens Kallenbach
        Bauamtsleiter
        """), charset="us-ascii", cte="7bit")),
    "registration", [P("Jens Kallenbach", "bauamt@nesse-apfelstaedt.example", "Bauamtsleiter")],
    "Gemeinde Nesse-Apfelstädt", "municipality", M("Nesse-Apfelstädt"))

# 28 — S/MIME signed, oe for ö, registers a colleague with title Dipl.-Geogr.
SIG = base64.encodebytes(bytes(range(256)) * 3)
case("028-koenigsee-smime-signed", message(
    hdrs(28, addr("Claudia Heerwagen", "c.heerwagen@koenigsee.example"), "Anmeldung Transferveranstaltung",
         "Wed, 16 Apr 2025 09:55:40 +0200", domain="koenigsee.example"),
    Multi('multipart/signed; protocol="application/pkcs7-signature"; micalg=sha-256', "----A9C8E1B7F2", [
        text(d("""
            Sehr geehrte Damen und Herren,

            zur Transferveranstaltung am 20.05.2025 melde ich an:

            Herrn Dipl.-Geogr. Roland Pfotenhauer, Fachdienst Bauverwaltung,
            roland.pfotenhauer@koenigsee.example

            Mit freundlichen Gruessen
            im Auftrag
            Claudia Heerwagen
            Stadt Koenigsee
            """), charset="us-ascii", cte="7bit"),
        Leaf('application/pkcs7-signature; name="smime.p7s"', SIG, "base64",
             [("Content-Disposition", 'attachment; filename="smime.p7s"')]),
    ], preamble="This is an S/MIME signed message")),
    "registration", [P("Roland Pfotenhauer", "roland.pfotenhauer@koenigsee.example", "Fachdienst Bauverwaltung")],
    "Stadt Königsee", "municipality", M("Königsee"))

# 29 — typo in the municipality, non-telling domain
case("029-zeulenroda-triebes-typo", message(
    hdrs(29, addr("Beate Rüdiger", "b.ruediger@stadt-zt.example"), "Anmeldung",
         "Wed, 16 Apr 2025 13:18:52 +0200", domain="stadt-zt.example"),
    text(d("""
        Sehr geehrte Damen und Herren,

        für die Stadt Zeulenroda-Tribes melde ich mich zur Transferveranstaltung am 20. Mai an.

        Mit freundlichen Grüßen
        Beate Rüdiger
        Sachgebiet Stadtsanierung
        """), cte="quoted-printable")),
    "registration", [P("Beate Rüdiger", "b.ruediger@stadt-zt.example", "Sachgebiet Stadtsanierung")],
    "Stadt Zeulenroda-Triebes", "municipality", M("Zeulenroda-Triebes"))

# 30 — "Lausnitz b. Neustadt/Orla": must not become Neustadt an der Orla
case("030-lausnitz-bei-neustadt-orla", message(
    hdrs(30, addr("Holger Täubert", "holger.taeubert@freenet.example"),
         "Anmeldung Gemeinde Lausnitz", "Thu, 17 Apr 2025 19:40:11 +0200", domain="freenet.example"),
    text(d("""
        Sehr geehrte Damen und Herren,

        als Bürgermeister der Gemeinde Lausnitz b. Neustadt/Orla melde ich mich für den 20. Mai an.
        Wir gehören zur VG Oppurg; unser Dorfentwicklungskonzept ist gerade in Arbeit.

        Mit freundlichen Grüßen
        Holger Täubert
        """), cte="quoted-printable")),
    "registration", [P("Holger Täubert", "holger.taeubert@freenet.example", "Bürgermeister")],
    "Gemeinde Lausnitz b. Neustadt an der Orla", "municipality", M("Lausnitz b. Neustadt an der Orla"))

# 31 — "Amt Creuzburg" is a town's name, not an office
case("031-amt-creuzburg-with-mayor", message(
    hdrs(31, addr("Dana Hoßfeld", "hossfeld@amt-creuzburg.example"), "Anmeldung Stadt Amt Creuzburg",
         "Thu, 17 Apr 2025 10:21:33 +0200", domain="amt-creuzburg.example"),
    text(d("""
        Sehr geehrte Damen und Herren,

        hiermit melde ich mich und unseren Bürgermeister, Herrn Ronny Sieland, zur Transferveranstaltung
        am 20.05.2025 an.

        Mit freundlichen Grüßen

        Dana Hoßfeld
        Stadtverwaltung Amt Creuzburg
        Bauverwaltung
        """), cte="quoted-printable")),
    "registration", [P("Dana Hoßfeld", "hossfeld@amt-creuzburg.example", None),
                     P("Ronny Sieland", None, "Bürgermeister")],
    "Stadtverwaltung Amt Creuzburg", "municipality", M("Amt Creuzburg"))

# 32 — chatty, other towns in passing (last year's venue, road), double name, colleague with address
case("032-floh-seligenthal-chatty", message(
    hdrs(32, addr("Uwe Holland-Moritz", "holland-moritz@floh-seligenthal.example"), "Wir sind wieder dabei :-)",
         "Fri, 18 Apr 2025 08:12:09 +0200", domain="floh-seligenthal.example"),
    text(d("""
        Hallo liebes Orga-Team,

        letztes Jahr in Nordhausen war es richtig gut, da bin ich natürlich wieder dabei! Diesmal bringe
        ich unsere neue Kollegin Lisa-Marie Kühn mit, die bei uns seit Januar das ISEK betreut. Ihre
        Mailadresse: lisa-marie.kuehn@floh-seligenthal.example

        Wir kommen mit dem Auto über Schmalkalden und Suhl, das sollte gut zu schaffen sein.

        Viele Grüße und bis bald
        Uwe Holland-Moritz

        Gemeinde Floh-Seligenthal
        Bauverwaltung
        """), cte="quoted-printable")),
    "registration", [P("Uwe Holland-Moritz", "holland-moritz@floh-seligenthal.example", None),
                     P("Lisa-Marie Kühn", "lisa-marie.kuehn@floh-seligenthal.example", None)],
    "Gemeinde Floh-Seligenthal", "municipality", M("Floh-Seligenthal"),
    notes=["Wir kommen mit dem Auto"])

# 33 — "von der" name, Beigeordneter
case("033-bad-berka-von-name", message(
    hdrs(33, addr("Hans-Peter von der Heydt", "vonderheydt@bad-berka.example"),
         "Anmeldung zur Transferveranstaltung", "Fri, 18 Apr 2025 12:00:41 +0200", domain="bad-berka.example"),
    text(d("""
        Sehr geehrte Damen und Herren,

        für die Stadt Bad Berka darf ich meine Teilnahme an der 9. Transferveranstaltung anmelden.

        Mit freundlichen Grüßen

        Hans-Peter von der Heydt
        Erster Beigeordneter
        Stadt Bad Berka
        """), cte="quoted-printable")),
    "registration", [P("Hans-Peter von der Heydt", "vonderheydt@bad-berka.example", "Erster Beigeordneter")],
    "Stadt Bad Berka", "municipality", M("Bad Berka"))

# 34 — Landeshauptstadt, dashed list with titles and a trailing degree, sender not attending
case("034-erfurt-dashed-list-titles", message(
    hdrs(34, addr("Reuter, Jana", "jana.reuter@erfurt.example"),
         hdr_text("Anmeldung Amt für Stadtentwicklung und Stadtplanung"),
         "Tue, 22 Apr 2025 09:03:15 +0200", domain="erfurt.example"),
    text(d("""
        Sehr geehrte Damen und Herren,

        vom Amt für Stadtentwicklung und Stadtplanung nehmen an der Transferveranstaltung am 20.05.2025 teil:

        – Frau Prof. Dr. Annegret Klöpfel, Amtsleiterin
        – Herr Dipl.-Ing. (FH) Mirko Sauerbrey, Abteilung Stadterneuerung
        – Frau Svenja Pohlmann M.A., Quartiersmanagement

        Mit freundlichen Grüßen
        im Auftrag

        Jana Reuter
        Landeshauptstadt Erfurt
        Amt für Stadtentwicklung und Stadtplanung
        """), charset="windows-1252", cte="quoted-printable")),
    "registration", [P("Annegret Klöpfel", None, "Amtsleiterin"),
                     P("Mirko Sauerbrey", None, "Abteilung Stadterneuerung"),
                     P("Svenja Pohlmann", None, "Quartiersmanagement")],
    "Landeshauptstadt Erfurt", "municipality", M("Erfurt"))

# 35 — Outlook multipart/alternative with Word HTML, vegan
case("035-meuselwitz-outlook-vegan", message(
    hdrs(35, addr("Krätzschmar, Sebastian", "s.kraetzschmar@meuselwitz.example"),
         "Anmeldung Transferveranstaltung", "Tue, 22 Apr 2025 14:36:27 +0200", domain="meuselwitz.example",
         extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdmzX0Jk1a2b3c4d5e6f7g8h9i0j==")]),
    Multi("multipart/alternative", "----=_NextPart_000_0035_01DBB3A1.2C7E5B40", [
        text(d("""
            Sehr geehrte Damen und Herren,

            ich melde mich für die Transferveranstaltung am 20. Mai an. Bitte beachten Sie, dass ich mich
            vegan ernähre.

            Mit freundlichen Grüßen

            Sebastian Krätzschmar
            Klimaschutzmanager
            Stadtverwaltung Meuselwitz
            """), charset="windows-1252", cte="quoted-printable"),
        text(OUTLOOK_HEAD + d("""
            <p class="MsoNormal">Sehr geehrte Damen und Herren,<o:p></o:p></p>
            <p class="MsoNormal"><o:p>&nbsp;</o:p></p>
            <p class="MsoNormal">ich melde mich f&uuml;r die Transferveranstaltung am 20. Mai an. Bitte beachten Sie, dass ich mich vegan ern&auml;hre.<o:p></o:p></p>
            <p class="MsoNormal"><o:p>&nbsp;</o:p></p>
            <p class="MsoNormal">Mit freundlichen Gr&uuml;&szlig;en<o:p></o:p></p>
            <p class="MsoNormal"><o:p>&nbsp;</o:p></p>
            <p class="MsoNormal"><b><span style="color:#2F5496">Sebastian Kr&auml;tzschmar</span></b><o:p></o:p></p>
            <p class="MsoNormal"><span style="font-size:9.0pt">Klimaschutzmanager<br>Stadtverwaltung Meuselwitz</span><o:p></o:p></p>
            </div></body></html>
            """), subtype="html", charset="windows-1252", cte="quoted-printable"),
    ])),
    "registration", [P("Sebastian Krätzschmar", "s.kraetzschmar@meuselwitz.example", "Klimaschutzmanager")],
    "Stadtverwaltung Meuselwitz", "municipality", M("Meuselwitz"), notes=["dass ich mich vegan ernähre"])

# 36 — webmail HTML only, council member from a private address, asks whether that is possible
case("036-bad-klosterlausnitz-gmx-html", message(
    hdrs(36, addr("Anja Mehlhorn", "anja.mehlhorn@gmx.example"), "Teilnahme 20. Mai",
         "Wed, 23 Apr 2025 21:14:58 +0200", domain="gmx.example"),
    text(d("""
        <html><head></head><body><div style="font-family: Verdana;font-size: 12.0px;"><div>Guten Tag,</div>
        <div>&nbsp;</div>
        <div>ich bin Mitglied des Gemeinderates in Bad Klosterlausnitz und w&uuml;rde gern an der Transferveranstaltung am 20. Mai teilnehmen. Ich hoffe, das ist auch f&uuml;r Gemeinder&auml;te m&ouml;glich?</div>
        <div>&nbsp;</div>
        <div>Viele Gr&uuml;&szlig;e</div>
        <div>Anja Mehlhorn</div></div></body></html>
        """), subtype="html", cte="quoted-printable")),
    "registration", [P("Anja Mehlhorn", "anja.mehlhorn@gmx.example", "Gemeinderätin")],
    "Gemeinderat Bad Klosterlausnitz", "municipality", M("Bad Klosterlausnitz"),
    notes=["Ich hoffe, das ist auch für Gemeinderäte möglich?"])

# 37 — only in the morning
case("037-saalburg-ebersdorf-nur-vormittags", message(
    hdrs(37, addr("Michael Schübel", "schuebel@saalburg-ebersdorf.example"), "Anmeldung (nur Vormittag)",
         "Thu, 24 Apr 2025 07:49:30 +0200", domain="saalburg-ebersdorf.example"),
    text(d("""
        Guten Tag,

        für die Stadt Saalburg-Ebersdorf melde ich mich zur Veranstaltung an, allerdings kann ich nur
        vormittags teilnehmen (bis ca. 13 Uhr).

        Gruß
        Michael Schübel
        Bauamt Saalburg-Ebersdorf
        """), cte="quoted-printable")),
    "registration", [P("Michael Schübel", "schuebel@saalburg-ebersdorf.example", None)],
    "Stadt Saalburg-Ebersdorf", "municipality", M("Saalburg-Ebersdorf"),
    notes=["nur vormittags teilnehmen (bis ca. 13 Uhr)"])

# 38 — ss for ß in the town and the name
case("038-rossleben-wiehe-ss", message(
    hdrs(38, addr("Grit Strauss", "g.strauss@rossleben-wiehe.example"), "Anmeldung Rossleben-Wiehe",
         "Thu, 24 Apr 2025 11:26:05 +0200", domain="rossleben-wiehe.example"),
    text(d("""
        Sehr geehrte Damen und Herren,

        ich moechte mich fuer die Transferveranstaltung am 20.05. anmelden.

        Mit freundlichen Gruessen
        Grit Strauss
        Stadt Rossleben-Wiehe
        Fachbereich Bauen
        """), charset="us-ascii", cte="7bit")),
    "registration", [P("Grit Strauss", "g.strauss@rossleben-wiehe.example", None)],
    "Stadt Roßleben-Wiehe", "municipality", M("Roßleben-Wiehe"))

# 39 — numbered list with titles, one address given, secretary i. A.
case("039-bad-langensalza-numbered-list", message(
    hdrs(39, addr("Sekretariat FB Stadtentwicklung", "sekretariat.fb3@bad-langensalza.example"),
         "Anmeldungen Bad Langensalza", "Fri, 25 Apr 2025 09:45:12 +0200", domain="bad-langensalza.example"),
    text(d("""
        Sehr geehrte Damen und Herren,

        zur 9. Transferveranstaltung am 20. Mai 2025 melden wir folgende Teilnehmer an:

        1. Herr Dipl.-Ing. Volker Rothämel, Fachbereichsleiter Stadtentwicklung
        2. Frau Katja Hunstock, Sachgebiet Stadtsanierung, k.hunstock@bad-langensalza.example
        3. Herr Benjamin Eckardt, Klimaschutzmanagement

        Mit freundlichen Grüßen
        i. A. Monika Schade

        Stadtverwaltung Bad Langensalza
        Fachbereich 3 - Stadtentwicklung
        """), charset="iso-8859-15", cte="quoted-printable")),
    "registration", [P("Volker Rothämel", None, "Fachbereichsleiter Stadtentwicklung"),
                     P("Katja Hunstock", "k.hunstock@bad-langensalza.example", "Sachgebiet Stadtsanierung"),
                     P("Benjamin Eckardt", None, "Klimaschutzmanagement")],
    "Stadtverwaltung Bad Langensalza", "municipality", M("Bad Langensalza"))

# 40 — "Brünn" for the gazetteer's "Brünn/Thür."
case("040-bruenn-ehrenamtlicher-bgm", message(
    hdrs(40, addr("Karl-Heinz Wagenknecht", "kh.wagenknecht@t-online.example"), "Anmeldung",
         "Fri, 25 Apr 2025 16:33:48 +0200", domain="t-online.example"),
    text(d("""
        Sehr geehrte Damen und Herren,

        ich melde mich als ehrenamtlicher Bürgermeister der Gemeinde Brünn (Landkreis Hildburghausen)
        für die Transferveranstaltung an.

        Mit freundlichen Grüßen
        Karl-Heinz Wagenknecht
        """), charset="iso-8859-1", cte="8bit")),
    "registration", [P("Karl-Heinz Wagenknecht", "kh.wagenknecht@t-online.example", "ehrenamtlicher Bürgermeister")],
    "Gemeinde Brünn", "municipality", M("Brünn/Thür."))

# 41 — registers a colleague, not himself
case("041-kahla-colleague-not-self", message(
    hdrs(41, addr("Mathias Hochhaus", "m.hochhaus@kahla.example"), "Anmeldung Frau Zipfel",
         "Mon, 28 Apr 2025 08:20:17 +0200", domain="kahla.example"),
    text(d("""
        Sehr geehrte Damen und Herren,

        leider kann ich selbst am 20.05. nicht teilnehmen, aber meine Kollegin Frau Ramona Zipfel
        (zipfel@kahla.example) aus der Stadtplanung würde gern kommen. Bitte melden Sie sie an.

        Besten Dank und freundliche Grüße
        Mathias Hochhaus
        Bauamtsleiter
        Stadt Kahla
        """), cte="quoted-printable")),
    "registration", [P("Ramona Zipfel", "zipfel@kahla.example", "Stadtplanung")],
    "Stadt Kahla", "municipality", M("Kahla"))

# ===================================================================================================
# cancellations (5)
# ===================================================================================================

case("042-cancel-hermsdorf-with-code", message(
    hdrs(42, addr("Heike Brückner", "h.brueckner@hermsdorf.example"), "Absage ISEK-7KQM-3XRT",
         "Mon, 28 Apr 2025 13:02:44 +0200", domain="hermsdorf.example"),
    text(d("""
        Sehr geehrte Damen und Herren,

        leider muss ich meine Teilnahme an der Transferveranstaltung am 20. Mai absagen
        (Anmeldecode ISEK-7KQM-3XRT). Am selben Tag tagt kurzfristig unser Bauausschuss.

        Mit freundlichen Grüßen
        Heike Brückner
        Stadt Hermsdorf
        """), cte="quoted-printable")),
    "cancellation", [P("Heike Brückner", "h.brueckner@hermsdorf.example", None)],
    "Stadt Hermsdorf", "municipality", M("Hermsdorf"))

case("043-cancel-tonna-mobile-terse", message(
    hdrs(43, addr("Thomas Kaufmann", "thomas.kaufmann@gemeinde-tonna.example"), "Absage",
         "Tue, 29 Apr 2025 06:51:09 +0200", domain="gemeinde-tonna.example"),
    text(d("""
        Muss für den 20.5. leider absagen. Gruß T. Kaufmann

        Outlook für Android herunterladen<https://aka.ms/AAb9ysg>
        """), cte="quoted-printable")),
    "cancellation", [P("Thomas Kaufmann", "thomas.kaufmann@gemeinde-tonna.example", None)],
    None, "municipality", M("Tonna"))

case("044-cancel-weida-reply-to-confirmation", message(
    hdrs(44, addr("Karin Schulz", "k.schulz@weida.example"), hdr_text("AW: " + CONF_SUBJ),
         "Tue, 29 Apr 2025 10:15:33 +0200", domain="weida.example",
         extra=[("In-Reply-To", "<conf-4471@transferveranstaltung.example>")]),
    text(d("""
        Sehr geehrte Damen und Herren,

        leider kann ich doch nicht kommen, bitte stornieren Sie meine Anmeldung.

        Mit freundlichen Grüßen
        Karin Schulz
        Stadtverwaltung Weida, Ordnungs- und Bauamt

        Am 03.04.2025 um 11:02 schrieb Transferveranstaltung Anmeldung:
        """) + quote(confirmation_text("Sehr geehrte Frau Schulz", "Frau Karin Schulz", "Stadt Weida", "ISEK-H4WZ-9PNC")),
        cte="quoted-printable")),
    "cancellation", [P("Karin Schulz", "k.schulz@weida.example", None)],
    "Stadtverwaltung Weida", "municipality", M("Weida"))

case("045-cancel-triptis-one-of-two", message(
    hdrs(45, addr("Jana Wiegand", "jana.wiegand@triptis.example"), "Anmeldung ISEK-3RFD-M6TY - eine Absage",
         "Wed, 30 Apr 2025 08:40:00 +0200", domain="triptis.example"),
    text(d("""
        Sehr geehrte Damen und Herren,

        von den beiden Anmeldungen der Stadt Triptis (ISEK-3RFD-M6TY) muss Herr Frank Oehler leider absagen,
        er ist länger erkrankt. Ich komme wie geplant.

        Mit freundlichen Grüßen
        Jana Wiegand
        Stadt Triptis, Hauptamt
        """), cte="quoted-printable")),
    "cancellation", [P("Frank Oehler", None, None)],
    "Stadt Triptis", "municipality", M("Triptis"))

case("046-cancel-english-planning-office", message(
    hdrs(46, addr("Daniel Moreau", "d.moreau@northbridge-planning.example"), "Cancellation - 20 May event",
         "Wed, 30 Apr 2025 16:05:27 +0200", domain="northbridge-planning.example"),
    text(d("""
        Dear registration team,

        unfortunately our colleague Ms Aoife Brennan will not be able to attend the event on 20 May after all.
        Could you please cancel her registration?

        Many thanks and best regards,
        Daniel Moreau
        Project Manager
        Northbridge Urban Planning GmbH, Erfurt office
        """), charset="us-ascii", cte="7bit")),
    "cancellation", [P("Aoife Brennan", None, None)],
    "Northbridge Urban Planning GmbH", "planning_office", None, language="en")

# ===================================================================================================
# changes (5)
# ===================================================================================================

case("047-change-substitute-schalkau", message(
    hdrs(47, addr("Uwe Bräutigam", "u.braeutigam@schalkau.example"), "Vertretung 20.05.",
         "Fri, 02 May 2025 09:10:55 +0200", domain="schalkau.example"),
    text(d("""
        Guten Tag,

        ich bin am 20.05. leider verhindert. An meiner Stelle wird Frau Stefanie Lorenz
        (s.lorenz@schalkau.example) an der Transferveranstaltung teilnehmen.

        Mit freundlichen Grüßen
        Uwe Bräutigam
        Stadt Schalkau
        """), cte="quoted-printable")),
    "change", [P("Stefanie Lorenz", "s.lorenz@schalkau.example", None),
               P("Uwe Bräutigam", "u.braeutigam@schalkau.example", None)],
    "Stadt Schalkau", "municipality", M("Schalkau"))

ORIGINAL_048 = message(
    hdrs(480, addr("Steffi Grunert", "grunert@stadt-eisenberg.example"), "Anmeldung Transferveranstaltung",
         "Thu, 03 Apr 2025 10:00:00 +0200", domain="stadt-eisenberg.example"),
    text(d("""
        Sehr geehrte Damen und Herren,

        hiermit melde ich mich zur Transferveranstaltung am 20. Mai an.

        Mit freundlichen Grüßen
        Steffi Grunert
        Stadtverwaltung Eisenberg
        """), cte="quoted-printable"))
case("048-change-additional-eisenberg-rfc822", message(
    hdrs(48, addr("Steffi Grunert", "grunert@stadt-eisenberg.example"), "Nachmeldung Kollege",
         "Fri, 02 May 2025 11:23:41 +0200", domain="stadt-eisenberg.example"),
    Multi("multipart/mixed", "------------Eb8sZ0o1x2c3v4b5n6m7", [
        text(d("""
            Sehr geehrte Damen und Herren,

            zusätzlich zu meiner Anmeldung (siehe angehängte Mail) möchte ich noch meinen Kollegen
            Herrn Marcel Dietzsch, marcel.dietzsch@stadt-eisenberg.example, anmelden.

            Mit freundlichen Grüßen
            Steffi Grunert
            Stadtverwaltung Eisenberg
            """), cte="quoted-printable"),
        Leaf("message/rfc822", ORIGINAL_048, None,
             [("Content-Disposition", 'attachment; filename="Anmeldung Transferveranstaltung.eml"')]),
    ])),
    "change", [P("Marcel Dietzsch", "marcel.dietzsch@stadt-eisenberg.example", None)],
    "Stadtverwaltung Eisenberg", "municipality", M("Eisenberg"))

case("049-change-email-lauscha", message(
    hdrs(49, addr("Anett Schubert", "anett.schubert@gmx.example"), hdr_text("Änderung E-Mail-Adresse Anmeldung"),
         "Sat, 03 May 2025 10:48:02 +0200", domain="gmx.example"),
    text(d("""
        Sehr geehrte Damen und Herren,

        ich hatte mich versehentlich mit meiner privaten Adresse angemeldet. Bitte verwenden Sie für die
        Veranstaltung künftig meine dienstliche Adresse: a.schubert@lauscha.example

        Vielen Dank!
        Anett Schubert
        Stadt Lauscha
        """), cte="quoted-printable")),
    "change", [P("Anett Schubert", "a.schubert@lauscha.example", None)],
    "Stadt Lauscha", "municipality", M("Lauscha"))

case("050-change-diet-grossbreitenbach-reply", message(
    hdrs(50, addr("Rainer Göpfert", "goepfert@grossbreitenbach.example"), hdr_text("Re: " + CONF_SUBJ),
         "Mon, 05 May 2025 08:33:21 +0200", domain="grossbreitenbach.example",
         extra=[("User-Agent", "Mozilla Thunderbird"), ("In-Reply-To", "<conf-5120@transferveranstaltung.example>")]),
    text(d("""
        Guten Morgen,

        ein Nachtrag zu meiner Anmeldung: ich vertrage kein Gluten. Vielleicht kann das beim Catering
        berücksichtigt werden.

        Danke und Gruß
        Rainer Göpfert

        Am 10.04.25 um 14:20 schrieb Transferveranstaltung Anmeldung:
        """) + quote(confirmation_text("Sehr geehrter Herr Göpfert", "Herr Rainer Göpfert", "Stadt Großbreitenbach", "ISEK-B7LP-2VXE"))
        + "\n-- \nRainer Göpfert\nStadt Großbreitenbach\nBauamt\n", cte="8bit")),
    "change", [P("Rainer Göpfert", "goepfert@grossbreitenbach.example", None)],
    "Stadt Großbreitenbach", "municipality", M("Großbreitenbach"), notes=["ich vertrage kein Gluten"])

CONF_051 = confirmation_text("Sehr geehrter Herr Dr. Wendel", "Herr Dr. Klaus Wendel", "Stadt Bad Blankenburg", "ISEK-Q5TN-8KWA")
case("051-change-substitute-bad-blankenburg-html", message(
    hdrs(51, addr("Vorzimmer Bürgermeister Bad Blankenburg", "vorzimmer@bad-blankenburg.example"), hdr_text("AW: " + CONF_SUBJ),
         "Tue, 06 May 2025 12:12:12 +0200", domain="bad-blankenburg.example",
         extra=[("X-Mailer", "Microsoft Outlook 16.0")]),
    text(OUTLOOK_HEAD + d("""
        <p class="MsoNormal">Sehr geehrte Damen und Herren,<o:p></o:p></p>
        <p class="MsoNormal"><o:p>&nbsp;</o:p></p>
        <p class="MsoNormal">Herr Dr. Wendel ist am 20.05. leider verhindert. An seiner Stelle nimmt Frau Maria Pohle, Sachgebiet Stadtplanung, an der Veranstaltung teil.<o:p></o:p></p>
        <p class="MsoNormal"><o:p>&nbsp;</o:p></p>
        <p class="MsoNormal">Mit freundlichen Gr&uuml;&szlig;en<o:p></o:p></p>
        <p class="MsoNormal">i. A. Sylvia K&uuml;hnel<br>Vorzimmer B&uuml;rgermeister<br>Stadt Bad Blankenburg<o:p></o:p></p>
        <p class="MsoNormal"><o:p>&nbsp;</o:p></p>
        <div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">
        <p class="MsoNormal"><b>Von:</b> Transferveranstaltung Anmeldung &lt;anmeldung@transferveranstaltung.example&gt; <br>
        <b>Gesendet:</b> Mittwoch, 9. April 2025 09:41<br>
        <b>An:</b> Vorzimmer B&uuml;rgermeister Bad Blankenburg &lt;vorzimmer@bad-blankenburg.example&gt;<br>
        <b>Betreff:</b> Anmeldebest&auml;tigung: 9. Transferveranstaltung am 20.05.2025<o:p></o:p></p>
        </div>
        <p class="MsoNormal"><o:p>&nbsp;</o:p></p>
        """) + "".join(f'<p class="MsoNormal">{line or "&nbsp;"}<o:p></o:p></p>\n' for line in CONF_051.splitlines())
        + "</div></body></html>\n", subtype="html", charset="utf-8", cte="quoted-printable")),
    "change", [P("Maria Pohle", None, "Sachgebiet Stadtplanung"), P("Klaus Wendel", None, None)],
    "Stadt Bad Blankenburg", "municipality", M("Bad Blankenburg"))

# ===================================================================================================
# questions (4)
# ===================================================================================================

case("052-question-parking-schkoelen", message(
    hdrs(52, addr("Enrico Vollrath", "vollrath@schkoelen.example"), hdr_text("Frage zu Parkmöglichkeiten"),
         "Wed, 16 Apr 2025 15:55:00 +0200", domain="schkoelen.example"),
    text(d("""
        Sehr geehrte Damen und Herren,

        wir würden voraussichtlich mit zwei Fahrzeugen anreisen. Gibt es Parkmöglichkeiten direkt am
        Veranstaltungsort? Die Anmeldung schicken wir dann gesondert.

        Mit freundlichen Grüßen
        Enrico Vollrath
        Stadt Schkölen
        """), cte="quoted-printable")),
    "question", [], "Stadt Schkölen", "municipality", M("Schkölen"))

case("053-question-programme-planner", message(
    hdrs(53, addr("Planungsgruppe Ilmtal", "kontakt@planungsgruppe-ilmtal.example"), "Programm / Beginn?",
         "Thu, 17 Apr 2025 09:09:09 +0200", domain="planungsgruppe-ilmtal.example"),
    text(d("""
        Guten Tag,

        könnten Sie uns vorab das Programm der Veranstaltung schicken? Wir würden gern wissen, ab wann
        Einlass ist und wie lange die Veranstaltung ungefähr dauert, bevor wir uns anmelden.

        Freundliche Grüße
        Tom Uhlig
        Planungsgruppe Ilmtal – Stadt- und Regionalplanung
        """), cte="quoted-printable")),
    "question", [], "Planungsgruppe Ilmtal", "planning_office", None)

case("054-question-accessibility-foeritztal", message(
    hdrs(54, addr("Gemeinde Föritztal", "info@foeritztal.example"), hdr_text("Barrierefreiheit Veranstaltungsort?"),
         "Tue, 22 Apr 2025 10:40:50 +0200", domain="foeritztal.example"),
    text(d("""
        Sehr geehrte Damen und Herren,

        ist der Veranstaltungsort barrierefrei zugänglich? Unser Bürgermeister ist auf einen Rollstuhl
        angewiesen. Wenn das möglich ist, würden wir ihn gern anmelden.

        Mit freundlichen Grüßen
        Melanie Rauch
        Gemeinde Föritztal
        Hauptverwaltung
        """), charset="windows-1252", cte="quoted-printable")),
    "question", [], "Gemeinde Föritztal", "municipality", M("Föritztal"))

case("055-question-online-dingelstaedt", message(
    hdrs(55, addr("Stefan Montag", "s.montag@dingelstaedt.example"), hdr_text("Online-Teilnahme möglich?"),
         "Thu, 24 Apr 2025 13:30:30 +0200", domain="dingelstaedt.example"),
    text(d("""
        Hallo,

        ist eine Online-Teilnahme an der Transferveranstaltung möglich, z. B. per Livestream oder Webex?
        Die Anreise aus dem Eichsfeld ist für uns an einem Dienstag schwierig. Falls ja, würden wir uns
        gern online dazuschalten.

        Viele Grüße
        Stefan Montag
        Stadt Dingelstädt
        """), cte="quoted-printable")),
    "question", [], "Stadt Dingelstädt", "municipality", M("Dingelstädt"))

# ===================================================================================================
# auto replies (7)
# ===================================================================================================

case("056-auto-exchange-de-headers", message(
    hdrs(56, addr("Kaiser, Robert", "robert.kaiser@soemmerda.example"), hdr_text("Automatische Antwort: " + CONF_SUBJ),
         "Wed, 23 Apr 2025 08:00:03 +0200", domain="soemmerda.example",
         extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                ("X-MS-Exchange-Inbox-Rules-Loop", "robert.kaiser@soemmerda.example"),
                ("In-Reply-To", "<conf-3911@transferveranstaltung.example>")]),
    text(d("""
        Vielen Dank für Ihre Nachricht.

        Ich bin vom 22.04. bis einschließlich 02.05.2025 nicht im Dienst. Ihre E-Mail wird nicht
        weitergeleitet. In dringenden Fällen wenden Sie sich bitte an Frau Anke Schneider
        (a.schneider@soemmerda.example).

        Mit freundlichen Grüßen
        Robert Kaiser
        Stadt Sömmerda, Amt für Stadtentwicklung
        """), cte="quoted-printable")),
    "auto_reply")

case("057-auto-de-text-only-no-headers", message(
    hdrs(57, addr("Silke Naumann", "naumann@bad-liebenstein.example"), "Abwesenheit bis 05.05.2025",
         "Fri, 25 Apr 2025 12:01:47 +0200", domain="bad-liebenstein.example"),
    text(d("""
        Guten Tag,

        ich bin bis einschließlich 05.05.2025 nicht erreichbar. Ihre E-Mail wird nicht weitergeleitet
        und nach meiner Rückkehr bearbeitet. In dringenden Angelegenheiten wenden Sie sich bitte an das
        Bürgerbüro der Stadt Bad Liebenstein, Tel. 036961 361-0.

        Silke Naumann
        """), charset="windows-1252", cte="quoted-printable")),
    "auto_reply")

case("058-auto-en-exchange-headers", message(
    hdrs(58, addr("Aoife Brennan", "a.brennan@northbridge-planning.example"), hdr_text("Automatic reply: " + CONF_SUBJ),
         "Thu, 10 Apr 2025 15:12:40 +0200", domain="northbridge-planning.example",
         extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")]),
    text(d("""
        Thank you for your message. I am currently travelling with limited access to e-mail and will
        respond after 22 April. For urgent matters please contact office@northbridge-planning.example.

        Aoife Brennan
        """), charset="us-ascii", cte="7bit")),
    "auto_reply")

case("059-auto-en-out-of-office-no-headers", message(
    hdrs(59, addr("Jonas Brandt", "j.brandt@urbanfutures-consulting.example"), "Out of Office: Re: Registration",
         "Thu, 03 Apr 2025 09:00:12 +0000", domain="urbanfutures-consulting.example"),
    text(d("""
        Hello,

        I am out of the office until Monday, 14 April, with no access to my emails. Your message will
        not be forwarded.

        Best wishes,
        Jonas
        """), charset="us-ascii", cte="7bit")),
    "auto_reply")

case("060-auto-ticket-system-received", message(
    hdrs(60, addr("Servicedesk Landratsamt Greiz", "noreply@servicedesk.landkreis-greiz.example"),
         "[Ticket#2025042210000187] Ihre Nachricht wurde empfangen", "Tue, 22 Apr 2025 10:41:02 +0200",
         domain="servicedesk.landkreis-greiz.example",
         extra=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk"), ("X-Loop", "servicedesk")]),
    text(d("""
        Sehr geehrte Damen und Herren,

        Ihre Nachricht wurde empfangen und wird unter der Ticketnummer 2025042210000187 bearbeitet.
        Bitte geben Sie bei Rückfragen stets diese Nummer im Betreff an.

        Dies ist eine automatisch erzeugte Nachricht. Bitte antworten Sie nicht auf diese E-Mail.

        Ihr Servicedesk
        Landratsamt Greiz
        """), cte="quoted-printable")),
    "auto_reply")

case("061-auto-sieve-vacation", message(
    hdrs(61, addr("Dorit Kühn", "kuehn@ilmenau-stadt.example"), hdr_text("Auto: " + CONF_SUBJ),
         "Tue, 15 Apr 2025 18:30:00 +0200", domain="ilmenau-stadt.example",
         extra=[("Auto-Submitted", "auto-replied (vacation)"), ("Precedence", "bulk")]),
    text(d("""
        Vielen Dank für Ihre Nachricht. Ich befinde mich bis zum 28. April im Urlaub und kann Ihre
        E-Mail erst danach lesen.

        Dorit Kühn
        """), cte="8bit")),
    "auto_reply")

case("062-auto-address-no-longer-used", message(
    hdrs(62, addr("Gemeinde Harth-Pöllnitz", "info@harth-poellnitz.example"), hdr_text("Automatische Antwort: Anmeldung"),
         "Mon, 07 Apr 2025 07:07:07 +0200", domain="harth-poellnitz.example",
         extra=[("X-Autoreply", "yes")]),
    text(d("""
        Diese E-Mail-Adresse wird nicht mehr betreut.
        Bitte senden Sie Ihre Nachricht erneut an verwaltung@harth-poellnitz.example.

        Gemeinde Harth-Pöllnitz
        """), cte="quoted-printable")),
    "auto_reply")

# ===================================================================================================
# bounces (5)
# ===================================================================================================

def bounced_confirmation(n: int, to_name: str, to_addr: str, code: str, org: str, sal: str) -> bytes:
    return message([("From", INBOX_HDR), ("To", addr(to_name, to_addr)), ("Subject", hdr_text(CONF_SUBJ)),
                    ("Date", "Mon, 14 Apr 2025 10:00:00 +0200"),
                    ("Message-ID", f"<conf-{n}@transferveranstaltung.example>")],
                   text(confirmation_text(sal, to_name, org, code), cte="quoted-printable"))


def dsn(human: str, fields: str, original: bytes, boundary: str, headers_only: bool = False) -> Multi:
    orig = (Leaf("text/rfc822-headers", original.split(b"\n\n", 1)[0] + b"\n")
            if headers_only else Leaf("message/rfc822", original))
    return Multi("multipart/report; report-type=delivery-status", boundary, [
        Leaf('text/plain; charset="us-ascii"', human.encode("ascii"), "7bit",
             [("Content-Description", "Notification")]),
        Leaf("message/delivery-status", fields.encode("ascii"), None,
             [("Content-Description", "Delivery report")]),
        orig,
    ], preamble="This is a MIME-encapsulated message.")


case("063-bounce-postfix-dsn-user-unknown", message(
    hdrs(63, addr("Mail Delivery System", "MAILER-DAEMON@mx.transferveranstaltung.example"),
         "Undelivered Mail Returned to Sender", "Mon, 14 Apr 2025 10:00:04 +0200",
         domain="mx.transferveranstaltung.example", return_path="<>",
         extra=[("Auto-Submitted", "auto-replied")]),
    dsn(d("""
        This is the mail system at host mx.transferveranstaltung.example.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        <a.wolff@stadt-gera.example>: host mx.stadt-gera.example[198.51.100.25] said:
            550 5.1.1 <a.wolff@stadt-gera.example>: Recipient address rejected: User
            unknown in virtual mailbox table (in reply to RCPT TO command)
        """), d("""
        Reporting-MTA: dns; mx.transferveranstaltung.example
        X-Postfix-Queue-ID: 4ZbQ1x0Kz3z9sWq
        X-Postfix-Sender: rfc822; anmeldung@transferveranstaltung.example
        Arrival-Date: Mon, 14 Apr 2025 10:00:01 +0200

        Final-Recipient: rfc822; a.wolff@stadt-gera.example
        Original-Recipient: rfc822;a.wolff@stadt-gera.example
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; mx.stadt-gera.example
        Diagnostic-Code: smtp; 550 5.1.1 <a.wolff@stadt-gera.example>: Recipient address
            rejected: User unknown in virtual mailbox table
        """), bounced_confirmation(6301, "Frau Anett Wolff", "a.wolff@stadt-gera.example", "ISEK-W3ZK-6HQR",
                                    "Stadt Gera", "Sehr geehrte Frau Wolff"), "4ZbQ1x0Kz3z9sWq.1744617604/mx")),
    "bounce", bounce_recipient="a.wolff@stadt-gera.example")

case("064-bounce-exchange-ndr-de", message(
    hdrs(64, addr("Microsoft Outlook", "postmaster@apolda.example"),
         hdr_text("Unzustellbar: " + CONF_SUBJ), "Tue, 15 Apr 2025 09:12:30 +0000", domain="apolda.example",
         return_path="<>", extra=[("X-MS-Exchange-Message-Is-Ndr", ""), ("Auto-Submitted", "auto-replied")]),
    Multi("multipart/report; report-type=delivery-status", "_ndr_064_", [
        Multi("multipart/alternative", "_alt_064_", [
            text(d("""
                Die Nachricht konnte nicht an die folgenden Empfänger übermittelt werden:

                baumann.t@apolda.example
                Die E-Mail-Adresse, die Sie eingegeben haben, wurde nicht gefunden. Überprüfen Sie die
                E-Mail-Adresse des Empfängers, und versuchen Sie erneut, die Nachricht zu senden.

                Diagnoseinformationen für Administratoren:
                Generierender Server: EXCH02.apolda.example
                baumann.t@apolda.example
                Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
                """), cte="quoted-printable"),
            text(d("""
                <html><body><p><b><font color="#000066" size="3">Die Nachricht konnte nicht an die folgenden Empf&auml;nger &uuml;bermittelt werden:</font></b></p>
                <p><a href="mailto:baumann.t@apolda.example">baumann.t@apolda.example</a><br>Die E-Mail-Adresse, die Sie eingegeben haben, wurde nicht gefunden.</p>
                <p><b>Diagnoseinformationen f&uuml;r Administratoren:</b><br>Generierender Server: EXCH02.apolda.example<br>Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'</p>
                </body></html>
                """), subtype="html", cte="quoted-printable"),
        ]),
        Leaf("message/delivery-status", d("""
            Reporting-MTA: dns;EXCH02.apolda.example
            Received-From-MTA: dns;mx.transferveranstaltung.example
            Arrival-Date: Tue, 15 Apr 2025 09:12:28 +0000

            Final-Recipient: rfc822;baumann.t@apolda.example
            Action: failed
            Status: 5.1.10
            Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
            """).encode()),
        Leaf("text/rfc822-headers", bounced_confirmation(6401, "Herr Thomas Baumann", "baumann.t@apolda.example",
                                                        "ISEK-5MNB-C2YD", "Stadt Apolda", "Sehr geehrter Herr Baumann")
             .split(b"\n\n", 1)[0] + b"\n"),
    ])),
    "bounce", bounce_recipient="baumann.t@apolda.example")

case("065-bounce-qmail-plain", message(
    hdrs(65, addr(None, "MAILER-DAEMON@mail.gemeinde-kraftsdorf.example"), "failure notice",
         "Wed, 16 Apr 2025 11:30:45 +0200", domain="mail.gemeinde-kraftsdorf.example", return_path="<>"),
    text(d("""
        Hi. This is the qmail-send program at mail.gemeinde-kraftsdorf.example.
        I'm afraid I wasn't able to deliver your message to the following addresses.
        This is a permanent error; I've given up. Sorry it didn't work out.

        <bauamt@gemeinde-kraftsdorf.example>:
        Sorry, no mailbox here by that name. (#5.1.1)

        --- Below this line is a copy of the message.

        Return-Path: <anmeldung@transferveranstaltung.example>
        Received: (qmail 31337 invoked from network); 16 Apr 2025 09:30:44 -0000
        From: Transferveranstaltung Anmeldung <anmeldung@transferveranstaltung.example>
        To: Bauamt Kraftsdorf <bauamt@gemeinde-kraftsdorf.example>
        Subject: Anmeldebestaetigung: 9. Transferveranstaltung am 20.05.2025
        Date: Wed, 16 Apr 2025 11:30:40 +0200

        Sehr geehrter Herr Pohl,

        vielen Dank fuer Ihre Anmeldung zur 9. Transferveranstaltung am Dienstag, 20. Mai 2025,
        in Bad Lobenstein.

        Angemeldet: Herr Gunnar Pohl (Gemeinde Kraftsdorf)
        Ihr Anmeldecode: ISEK-P8RV-4JTF
        """), charset="us-ascii", cte="7bit")),
    "bounce", bounce_recipient="bauamt@gemeinde-kraftsdorf.example")

case("066-bounce-exim-plain", message(
    hdrs(66, addr("Mail Delivery System", "Mailer-Daemon@relay.kyffhaeuser-net.example"),
         "Mail delivery failed: returning message to sender", "Thu, 17 Apr 2025 14:02:11 +0200",
         domain="relay.kyffhaeuser-net.example", return_path="<>",
         extra=[("Auto-Submitted", "auto-replied"), ("X-Failed-Recipients", "stadtplanung@artern-stadt.example")]),
    text(d("""
        This message was created automatically by mail delivery software.

        A message that you sent could not be delivered to one or more of its
        recipients. This is a permanent error. The following address(es) failed:

          stadtplanung@artern-stadt.example
            host mx01.artern-stadt.example [203.0.113.7]
            SMTP error from remote mail server after RCPT TO:<stadtplanung@artern-stadt.example>:
            550 5.7.1 Mailbox disabled for this recipient

        ------ This is a copy of the message, including all the headers. ------

        From: Transferveranstaltung Anmeldung <anmeldung@transferveranstaltung.example>
        To: stadtplanung@artern-stadt.example
        Subject: Re: Anmeldung Stadt Artern
        Date: Thu, 17 Apr 2025 14:02:05 +0200

        Sehr geehrte Frau Oberländer,

        vielen Dank für Ihre Anmeldung. Angemeldet: Frau Simone Oberländer (Stadt Artern).
        """), cte="8bit")),
    "bounce", bounce_recipient="stadtplanung@artern-stadt.example")

case("067-bounce-postfix-overquota-de", message(
    hdrs(67, addr("Mail Delivery System", "MAILER-DAEMON@mailout.kommunalhost.example"),
         hdr_text("Unzustellbare Nachricht: Postfach voll"), "Fri, 18 Apr 2025 08:44:19 +0200",
         domain="mailout.kommunalhost.example", return_path="<>"),
    dsn(d("""
        Dies ist das Mailsystem des Hosts mailout.kommunalhost.example.

        Ihre Nachricht konnte leider nicht an einen oder mehrere Empfaenger
        zugestellt werden. Sie ist unten angehaengt.

        <pfarr.bauamt@kommunalhost.example>: Postfach voll / mailbox full
            552 5.2.2 Quota exceeded
        """), d("""
        Reporting-MTA: dns; mailout.kommunalhost.example
        Arrival-Date: Fri, 18 Apr 2025 08:44:15 +0200

        Final-Recipient: rfc822; pfarr.bauamt@kommunalhost.example
        Action: failed
        Status: 5.2.2
        Diagnostic-Code: x-unix; 552 5.2.2 Quota exceeded (mailbox for user is full)
        """), bounced_confirmation(6701, "Herr Dieter Pfarr", "pfarr.bauamt@kommunalhost.example", "ISEK-J9XC-7MUE",
                                    "Gemeinde Schwallungen", "Sehr geehrter Herr Pfarr"), "6701.1744958659/mailout")),
    "bounce", bounce_recipient="pfarr.bauamt@kommunalhost.example")

# ===================================================================================================
# other (3)
# ===================================================================================================

case("068-other-newsletter-list-id", message(
    hdrs(68, addr("Kommunal Digital Newsletter", "newsletter@kommunal-digital.example"),
         hdr_text("Kommunal Digital 04/2025: Wärmeplanung, Fördermittel, Termine"), "Tue, 08 Apr 2025 06:00:00 +0200",
         domain="kommunal-digital.example",
         extra=[("List-Id", "Kommunal Digital <newsletter.kommunal-digital.example>"),
                ("List-Unsubscribe", "<https://kommunal-digital.example/abmelden?u=8f3a2>, <mailto:abmelden@kommunal-digital.example>"),
                ("Precedence", "list")]),
    Multi("multipart/alternative", "==nl_068==", [
        text(d("""
            Kommunal Digital – Ausgabe 04/2025

            * Kommunale Wärmeplanung: Fristen für Gemeinden unter 100.000 Einwohnern
            * Neue Förderaufrufe Städtebauförderung 2025
            * Termine: 20. Mai – 9. Transferveranstaltung ISEK in Bad Lobenstein; 3. Juni – Fachtag Klimaanpassung in Erfurt

            Melden Sie sich jetzt zu unseren Webinaren an!

            Newsletter abbestellen: https://kommunal-digital.example/abmelden?u=8f3a2
            """), cte="quoted-printable"),
        text(d("""
            <html><body><h1>Kommunal Digital – Ausgabe 04/2025</h1><ul>
            <li>Kommunale Wärmeplanung: Fristen für Gemeinden unter 100.000 Einwohnern</li>
            <li>Neue Förderaufrufe Städtebauförderung 2025</li>
            <li>Termine: 20. Mai – 9. Transferveranstaltung ISEK in Bad Lobenstein; 3. Juni – Fachtag Klimaanpassung in Erfurt</li></ul>
            <p><a href="https://kommunal-digital.example/webinare">Melden Sie sich jetzt zu unseren Webinaren an!</a></p>
            <p style="font-size:9px"><a href="https://kommunal-digital.example/abmelden?u=8f3a2">Newsletter abbestellen</a></p></body></html>
            """), subtype="html", cte="quoted-printable"),
    ])),
    "other")

case("069-other-vendor-offer", message(
    hdrs(69, addr("Jessica Brandl | Tagungsdruck24", "j.brandl@tagungsdruck24.example"),
         hdr_text("Namensschilder & Tagungsmappen für Ihre Veranstaltung am 20.05."), "Wed, 09 Apr 2025 10:10:10 +0200",
         domain="tagungsdruck24.example"),
    text(d("""
        Sehr geehrte Damen und Herren,

        wir haben gesehen, dass Sie am 20. Mai eine Fachveranstaltung ausrichten. Gern unterbreiten wir
        Ihnen ein Angebot für Namensschilder, Tagungsmappen und Roll-ups – bei Bestellung bis 30.04.
        mit 15 % Frühbucherrabatt und Lieferung innerhalb von 48 Stunden.

        Melden Sie sich einfach unter 0800 123 456 oder per Antwort auf diese E-Mail.

        Mit freundlichen Grüßen
        Jessica Brandl
        Kundenberatung Behörden & Verbände
        Tagungsdruck24 GmbH, Nürnberg
        """), cte="quoted-printable")),
    "other", organisation="Tagungsdruck24 GmbH", organisation_type="other")

case("070-other-thanks-reply-confirmation", message(
    hdrs(70, addr("Peggy Wendt", "p.wendt@ruhla.example"), hdr_text("AW: " + CONF_SUBJ),
         "Thu, 10 Apr 2025 16:45:00 +0200", domain="ruhla.example",
         extra=[("In-Reply-To", "<conf-2207@transferveranstaltung.example>")]),
    text(d("""
        Vielen Dank für die schnelle Bestätigung, wir freuen uns auf den Austausch!

        Beste Grüße aus Ruhla
        Peggy Wendt

        -----Ursprüngliche Nachricht-----
        Von: Transferveranstaltung Anmeldung <anmeldung@transferveranstaltung.example>
        Gesendet: Donnerstag, 10. April 2025 16:30
        An: Wendt, Peggy <p.wendt@ruhla.example>
        Betreff: Anmeldebestätigung: 9. Transferveranstaltung am 20.05.2025

        """) + confirmation_text("Sehr geehrte Frau Wendt", "Frau Peggy Wendt", "Stadt Ruhla", "ISEK-E6GH-3SLA"),
        charset="windows-1252", cte="quoted-printable")),
    "other", organisation="Stadt Ruhla", organisation_type="municipality", municipality=M("Ruhla"))


# ===================================================================================================

def main() -> int:
    from email import message_from_bytes, policy

    for old in HERE.glob("[0-9][0-9][0-9]-*.*"):
        old.unlink()
    slugs = [s for s, _, _ in CASES]
    assert len(slugs) == len(set(slugs)) == 70, len(slugs)
    for slug, raw, exp in CASES:
        msg = message_from_bytes(raw, policy=policy.default)  # must parse; walk every part
        for part in msg.walk():
            if not part.is_multipart() and part.get_content_maintype() == "text":
                part.get_content()
        assert msg["From"] and msg["Date"] and msg["Message-ID"], slug
        (HERE / f"{slug}.eml").write_bytes(raw)
        (HERE / f"{slug}.json").write_text(json.dumps(exp, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {len(CASES)} mails to {HERE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
