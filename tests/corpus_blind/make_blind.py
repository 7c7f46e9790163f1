"""Writes the blind test corpus (tests/corpus_blind/NNN-slug.eml + .json) from the case definitions below.

Blind: written from the invitation, the interface contract and tests/corpus/README.md only, without
reading or running the parser, so the lead can measure how the understanding generalises. The
labels are what a careful event secretary records from each mail alone (conventions of
tests/corpus/README.md). Run:

    .venv/bin/python tests/corpus_blind/make_blind.py

It rewrites every NNN-slug.eml/.json, then validates them (every mail parses with Python's `email`
package without defects, municipalities match the gazetteer exactly, codes are well formed, every
stated attendee address occurs in the mail).
"""

from __future__ import annotations

import base64
import csv
import hashlib
import json
import quopri
import random
import re
import sys
from email import message_from_bytes, policy
from email.header import Header
from email.utils import formataddr
from html import escape
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
GAZETTEERS = [
    ROOT / "mailbot" / "understand" / "data" / "thueringen-gemeinden.csv",
    ROOT.parent / "shared" / "data" / "thueringen-gemeinden.csv",
]
US = "anmeldung@transferveranstaltung.example"
US_NAMED = ("Anmeldung Transferveranstaltung", US)
CODE_RE = re.compile(r"ISEK-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}")


# --- gazetteer ---------------------------------------------------------------------------------------

def _load_gazetteer() -> list[dict[str, str]]:
    for path in GAZETTEERS:
        if path.exists():
            with path.open(encoding="utf-8") as fh:
                return list(csv.DictReader(fh))
    raise SystemExit("gazetteer not found")


GAZ = _load_gazetteer()


def muni(name: str, district: str | None = None) -> dict[str, str]:
    """The gazetteer entry by exact name (and district where the name is not unique)."""
    rows = [r for r in GAZ if r["name"] == name and (district is None or r["district"] == district)]
    if len(rows) != 1:
        raise ValueError(f"municipality {name!r}/{district!r}: {len(rows)} matches")
    r = rows[0]
    return {"name": r["name"], "ags": r["ags"], "district": r["district"]}


# --- labels ------------------------------------------------------------------------------------------

def label(intent: str, attendees=(), org=None, otype=None, m=None, district=None, **extra) -> dict:
    out = {
        "intent": intent,
        "attendees": [{"name": n, "email": e, "role": r} for (n, e, r) in attendees],
        "organisation": org,
        "organisation_type": otype,
        "municipality": muni(m, district) if m else None,
    }
    out.update(extra)
    return out


# --- MIME building (byte-exact, hand-made like real clients) -----------------------------------------

def encode_body(text: str, charset: str, cte: str) -> bytes:
    raw = text.encode(charset)
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    if cte == "base64":
        return base64.encodebytes(raw)
    return raw


def leaf(ctype: str, text: str, charset: str = "utf-8", cte: str = "8bit", params: str = "",
         disp: str | None = None, quote_charset: bool = True) -> bytes:
    cs = f'"{charset}"' if quote_charset else charset
    head = f"Content-Type: {ctype}; charset={cs}{params}\nContent-Transfer-Encoding: {cte}\n"
    if disp:
        head += f"Content-Disposition: {disp}\n"
    body = encode_body(text, charset, cte)
    if not body.endswith(b"\n"):
        body += b"\n"
    return head.encode("ascii") + b"\n" + body


def binary(ctype: str, data: bytes, disp: str | None = None) -> bytes:
    head = f"Content-Type: {ctype}\nContent-Transfer-Encoding: base64\n"
    if disp:
        head += f"Content-Disposition: {disp}\n"
    return head.encode("ascii") + b"\n" + base64.encodebytes(data)


def raw_part(head: str, body: bytes | str) -> bytes:
    if isinstance(body, str):
        body = body.encode("utf-8")
    if not body.endswith(b"\n"):
        body += b"\n"
    return head.encode("ascii") + b"\n" + body


def multi(subtype: str, parts: list[bytes], boundary: str, params: str = "",
          preamble: str | None = "This is a multi-part message in MIME format.") -> bytes:
    out = f'Content-Type: multipart/{subtype};{params}\n\tboundary="{boundary}"\n\n'.encode("ascii")
    if preamble:
        out += preamble.encode("ascii") + b"\n"
    for p in parts:
        out += f"\n--{boundary}\n".encode("ascii") + p
    out += f"\n--{boundary}--\n".encode("ascii")
    return out


def addr(who, charset: str = "utf-8") -> str:
    if isinstance(who, str):
        return who
    name, email = who
    if not name:
        return email
    try:
        name.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    return formataddr((name, email), charset=charset)


def hval(value: str, charset: str = "utf-8") -> str:
    if value.isascii():
        return value
    try:
        value.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    return Header(value, charset, maxlinelen=76, header_name="Subject").encode()


_counter = [0]


def mail(*, frm, subject: str, date: str, body: bytes, to=US, cc=None, reply_to=None,
         extra: list[tuple[str, str]] = (), mailer: str | None = None, hcs: str = "utf-8",
         return_path: str | None = None, crlf: bool = False, msgid: str | None = None,
         received: bool = True) -> bytes:
    _counter[0] += 1
    sender = frm if isinstance(frm, str) else frm[1]
    domain = sender.split("@")[-1].strip(">") or "localhost"
    if msgid is None:
        digest = hashlib.sha1(f"blind-{_counter[0]}-{subject}-{date}".encode()).hexdigest()[:16].upper()
        msgid = f"<{digest}.blind{_counter[0]:03d}@{domain}>"
    lines: list[tuple[str, str]] = []
    lines.append(("Return-Path", return_path if return_path is not None else f"<{sender}>"))
    if received:
        lines.append(("Received", f"from mail.{domain} (mail.{domain} [192.0.2.{10 + _counter[0] % 200}])\n"
                                  f"\tby mx.transferveranstaltung.example (Postfix) with ESMTPS id 4Z{_counter[0]:03d}QX7Lm\n"
                                  f"\tfor <{US}>; {date}"))
    lines.append(("From", addr(frm, hcs)))
    lines.append(("To", addr(to, hcs)))
    if cc:
        lines.append(("Cc", addr(cc, hcs)))
    if reply_to:
        lines.append(("Reply-To", addr(reply_to, hcs)))
    lines.append(("Subject", hval(subject, hcs)))
    lines.append(("Date", date))
    lines.append(("Message-ID", msgid))
    lines.extend(extra)
    if mailer:
        key, _, val = mailer.partition(": ")
        lines.append((key, val))
    lines.append(("MIME-Version", "1.0"))
    head = "".join(f"{k}: {v}\n" for k, v in lines)
    data = head.encode("ascii") + body
    if crlf:
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return data


# --- client styles -----------------------------------------------------------------------------------

def flow(text: str, width: int = 72) -> str:
    """format=flowed: long lines wrapped with a trailing space on each soft break."""
    out: list[str] = []
    for line in text.split("\n"):
        prefix = ""
        m = re.match(r"^(>+ ?)", line)
        if m:
            prefix = m.group(1)
            line = line[len(prefix):]
        if line == "-- " or len(prefix + line) <= width:
            out.append(prefix + line)
            continue
        words = line.split(" ")
        cur = ""
        for w in words:
            if cur and len(prefix + cur + w) > width:
                out.append(prefix + cur)  # cur ends with a space: soft break
                cur = ""
            cur += w + " "
        out.append(prefix + cur.rstrip(" "))
    return "\n".join(out)


def quote(text: str) -> str:
    return "\n".join("> " + l if l else ">" for l in text.split("\n"))


def word_html(inner: str, charset: str = "windows-1252") -> str:
    """Outlook/Word HTML around paragraphs (with <o:p> and MsoNormal)."""
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=' + charset + '">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
        '/* Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\n'
        '@font-face\n\t{font-family:Calibri;\n\tpanose-1:2 15 5 2 2 2 4 3 2 4;}\n'
        'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Calibri",sans-serif;\n\tmso-fareast-language:EN-US;}\n'
        'span.E-MailFormatvorlage17\n\t{mso-style-type:personal-compose;\n\tfont-family:"Calibri",sans-serif;\n\tcolor:windowtext;}\n'
        '.MsoChpDefault\n\t{mso-style-type:export-only;\n\tfont-family:"Calibri",sans-serif;}\n'
        '@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:70.85pt 70.85pt 2.0cm 70.85pt;}\n'
        'div.WordSection1\n\t{page:WordSection1;}\n--></style><!--[if gte mso 9]><xml>\n<o:shapedefaults v:ext="edit" spidmax="1026" />\n'
        '</xml><![endif]-->\n</head>\n<body lang="DE" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
        '<div class="WordSection1">\n' + inner + '\n</div>\n</body>\n</html>\n'
    )


def word_paras(text: str) -> str:
    out = []
    for line in text.split("\n"):
        if line.strip():
            out.append(f'<p class="MsoNormal">{escape(line, quote=False)}<o:p></o:p></p>')
        else:
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    return "\n".join(out)


def simple_html(text: str, font: str = "Verdana") -> str:
    lines = "<br>\n".join(escape(l, quote=False) for l in text.split("\n"))
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>'
            f'<body><div style="font-family: {font}, sans-serif; font-size: 12px;">{lines}</div></body></html>\n')


def outlook_alt(text: str, boundary: str, charset: str = "windows-1252", html_inner: str | None = None) -> bytes:
    html = word_html(html_inner if html_inner is not None else word_paras(text), charset)
    return multi("alternative", [
        leaf("text/plain", text, charset, "quoted-printable"),
        leaf("text/html", html, charset, "quoted-printable"),
    ], boundary)


# --- recurring texts ---------------------------------------------------------------------------------

INVITE = (
    "Sehr geehrte Akteurinnen und Akteure der Thüringer Kommunen,\n\n"
    "das Thüringer Ministerium für Digitales und Infrastruktur lädt am Dienstag, den 20. Mai 2025 zur "
    "9. Transferveranstaltung „Zusammen denken – gemeinsam handeln“ nach Bad Lobenstein ein. Dieses Mal "
    "stehen die Integrierten Stadtentwicklungskonzepte (ISEK) im Fokus.\n\n"
    "Die Einladung richtet sich insbesondere an Kommunalverwaltungen, die Ihr ISEK fortschreiben wollen "
    "oder kürzlich fortgeschrieben haben sowie an damit beauftragte externe Planungsbüros.\n\n"
    "Die Teilnahme vor Ort ist kostenfrei. Bitte melden Sie sich bis zum 9. Mai 2025 unter "
    "anmeldung@transferveranstaltung.example an.\n\n"
    "Mit freundlichen Grüßen\nReferat Städtebau und Städtebauförderung\n"
    "Thüringer Ministerium für Digitales und Infrastruktur"
)
INVITE_FROM = ("Poststelle TMDI", "poststelle@tmdi.example")


def confirmation(salutation: str, code: str) -> str:
    return (
        f"{salutation},\n\n"
        "vielen Dank für Ihre Anmeldung zur 9. Transferveranstaltung „Zusammen denken – gemeinsam handeln“ "
        "am Dienstag, 20. Mai 2025, in Bad Lobenstein.\n\n"
        f"Ihr persönlicher Code: {code}\n\n"
        "Bitte geben Sie diesen Code an, wenn Sie Ihre Anmeldung ändern oder absagen möchten. "
        "Hinweise zur Anreise und zum Parken erhalten Sie rechtzeitig vor der Veranstaltung.\n\n"
        "Mit freundlichen Grüßen\nIhr Organisationsteam der Transferveranstaltung"
    )


def confirmation_headers(to_name: str, to_addr: str) -> str:
    return (f"From: Anmeldung Transferveranstaltung <{US}>\nTo: {to_name} <{to_addr}>\n"
            "Subject: Ihre Anmeldung zur 9. Transferveranstaltung am 20. Mai 2025\n")


PDF = (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
       b"2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")
SIG = hashlib.sha512(b"dummy pkcs7 signature").digest() * 12
ENC = hashlib.sha512(b"dummy pkcs7 enveloped data").digest() * 40

CASES: list[tuple[str, bytes, dict]] = []


def case(slug: str, eml: bytes, lab: dict) -> None:
    CASES.append((slug, eml, lab))


# =====================================================================================================
# Registrations
# =====================================================================================================

def registrations_a() -> None:
    # Old-fashioned formal letter, Outlook reply to the invitation, windows-1252 quoted-printable.
    text = (
        "Sehr geehrte Damen und Herren,\n\n"
        "für die freundliche Einladung zur 9. Transferveranstaltung am 20. Mai 2025 bedanke ich mich "
        "im Namen der Stadtverwaltung Apolda.\n\n"
        "Hiermit melde ich mich verbindlich zur Teilnahme an. Die Stadt Apolda befindet sich derzeit in "
        "der Fortschreibung ihres Integrierten Stadtentwicklungskonzeptes; ein Austausch mit anderen "
        "Kommunen und der Bewilligungsstelle ist uns daher besonders willkommen.\n\n"
        "Mit vorzüglicher Hochachtung\nim Auftrag\n\n"
        "Wolfgang Kästner\nSachgebietsleiter Stadtplanung\nFachbereich Bau- und Ordnungsverwaltung\n"
        "Stadtverwaltung Apolda\nMarkt 1\n99510 Apolda\nTel. 03644 650-312\nw.kaestner@apolda.example\n\n"
        "-----Ursprüngliche Nachricht-----\n"
        "Von: Poststelle TMDI <poststelle@tmdi.example>\n"
        "Gesendet: Montag, 14. April 2025 10:02\n"
        "An: Kästner, Wolfgang <w.kaestner@apolda.example>\n"
        "Betreff: Einladung 9. Transferveranstaltung „Zusammen denken – gemeinsam handeln“ am 20.05.2025\n\n"
        + INVITE
    )
    case("apolda-formal-outlook-reply-invitation",
         mail(frm=("Kästner, Wolfgang", "w.kaestner@apolda.example"), hcs="iso-8859-1",
              subject="AW: Einladung 9. Transferveranstaltung „Zusammen denken – gemeinsam handeln“ am 20.05.2025",
              date="Tue, 15 Apr 2025 08:47:12 +0000",
              extra=[("Thread-Topic", "Einladung 9. Transferveranstaltung"), ("Thread-Index", "AQHbrZ3k1Jx2mL0vQkKq7w=="),
                     ("Content-Language", "de-DE"), ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")],
              body=outlook_alt(text, "_000_AM0PR09MB4321B1A0C3E5D6F7A8B9C0D1AM0PR09MB4321eurp_")),
         label("registration", [("Wolfgang Kästner", "w.kaestner@apolda.example", "Sachgebietsleiter Stadtplanung")],
               "Stadtverwaltung Apolda", "municipality", "Apolda"))

    # Outlook HTML-only with a table of three attendees.
    rows = [
        ("Dr. Katrin Sommerfeld", "Fachdienstleiterin Stadtentwicklung", "k.sommerfeld@stadt-altenburg.example"),
        ("Tobias Renner", "Sachbearbeiter Städtebauförderung", "t.renner@stadt-altenburg.example"),
        ("Dipl.-Ing. Heike Lorenz", "Klimaschutzmanagerin", "h.lorenz@stadt-altenburg.example"),
    ]
    trs = "\n".join(
        '<tr>' + "".join(
            f'<td width="200" valign="top" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt">'
            f'<p class="MsoNormal">{escape(c, quote=False)}<o:p></o:p></p></td>' for c in r) + '</tr>'
        for r in rows)
    inner = (
        word_paras("Sehr geehrte Damen und Herren,\n\nfür die Stadt Altenburg melden wir folgende Personen "
                   "zur 9. Transferveranstaltung am 20.05.2025 an:\n")
        + '\n<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">\n'
        + '<tr><td style="border:solid windowtext 1.0pt;background:#D9E2F3"><p class="MsoNormal"><b>Name<o:p></o:p></b></p></td>'
        + '<td style="border:solid windowtext 1.0pt;background:#D9E2F3"><p class="MsoNormal"><b>Funktion<o:p></o:p></b></p></td>'
        + '<td style="border:solid windowtext 1.0pt;background:#D9E2F3"><p class="MsoNormal"><b>E-Mail<o:p></o:p></b></p></td></tr>\n'
        + trs + "\n</table>\n"
        + word_paras("\nWir bitten um eine kurze Bestätigung.\n\nMit freundlichen Grüßen\ni. A. Tobias Renner\n\n"
                     "Stadtverwaltung Altenburg\nFachdienst Stadtentwicklung und Bauordnung\nMarkt 1, 04600 Altenburg")
    )
    case("altenburg-outlook-html-only-table",
         mail(frm=("Renner, Tobias", "t.renner@stadt-altenburg.example"),
              subject="Anmeldung Transferveranstaltung 20.05.2025 - Stadt Altenburg",
              date="Wed, 16 Apr 2025 13:05:44 +0200", extra=[("Content-Language", "de-DE")],
              mailer="X-Mailer: Microsoft Outlook 16.0",
              body=leaf("text/html", word_html(inner), "windows-1252", "quoted-printable")),
         label("registration", [
             ("Katrin Sommerfeld", "k.sommerfeld@stadt-altenburg.example", "Fachdienstleiterin Stadtentwicklung"),
             ("Tobias Renner", "t.renner@stadt-altenburg.example", "Sachbearbeiter Städtebauförderung"),
             ("Heike Lorenz", "h.lorenz@stadt-altenburg.example", "Klimaschutzmanagerin")],
             "Stadtverwaltung Altenburg", "municipality", "Altenburg"))

    # Thunderbird format=flowed reply quoting the invitation (which names Bad Lobenstein).
    text = (
        "Sehr geehrte Damen und Herren,\n\n"
        "hiermit melde ich mich für die Stadt Meiningen zur 9. Transferveranstaltung an. Wir haben unser ISEK "
        "2023 fortgeschrieben und können gern unsere Erfahrungen mit der Einbindung der Ortsteile beisteuern.\n\n"
        "Viele Grüße\nSebastian Nöthe\n\n-- \nStadt Meiningen\nFachbereich Bauen und Stadtentwicklung\n"
        "Sebastian Nöthe\nSchloßplatz 1, 98617 Meiningen\n\n"
        "Am 14.04.2025 um 10:02 schrieb Poststelle TMDI:\n" + quote(INVITE)
    )
    case("meiningen-thunderbird-flowed-quote",
         mail(frm=("Sebastian Nöthe", "noethe@meiningen.example"),
              subject="Re: Einladung 9. Transferveranstaltung „Zusammen denken – gemeinsam handeln“ am 20.05.2025",
              date="Tue, 15 Apr 2025 11:20:03 +0200",
              extra=[("In-Reply-To", "<inv-2025-04-14.0001@tmdi.example>"), ("Content-Language", "de-DE")],
              mailer="User-Agent: Mozilla Thunderbird",
              body=leaf("text/plain", flow(text), "UTF-8", "8bit", params="; format=flowed", quote_charset=False)),
         label("registration", [("Sebastian Nöthe", "noethe@meiningen.example", None)],
               "Stadt Meiningen", "municipality", "Meiningen"))

    # iPhone, terse, name initial in text, full name in display name.
    text = ("Hallo, hiermit melde ich mich für die Veranstaltung am 20.5. an.\n"
            "K. Hartung\nStadt Bad Liebenstein\n\nVon meinem iPhone gesendet")
    case("bad-liebenstein-iphone-terse",
         mail(frm=("Kerstin Hartung", "kerstin.hartung@bad-liebenstein.example"), subject="Anmeldung 20.5.",
              date="Thu, 17 Apr 2025 07:12:51 +0200", mailer="X-Mailer: iPhone Mail (22D82)",
              body=leaf("text/plain", text, "utf-8", "quoted-printable", quote_charset=False)),
         label("registration", [("Kerstin Hartung", "kerstin.hartung@bad-liebenstein.example", None)],
               "Stadt Bad Liebenstein", "municipality", "Bad Liebenstein"))

    # GMX HTML, chatty, two persons in a sentence, another town in passing.
    text = ("Hallo liebes Orga-Team,\n\nwir aus Bad Sulza wären gern wieder dabei :-) also ich (Maik Scholz, "
            "Bauverwaltung) und meine Kollegin Frau Anja Reuter, anja.reuter@badsulza.example.\n"
            "Letztes Jahr in Sömmerda war es echt super, vor allem der Austausch in den Pausen.\n"
            "Gibts wieder Kaffee und Kuchen? ;-)\n\nBis dann\nMaik\n\n"
            "--\nMaik Scholz\nStadt Bad Sulza - Bauverwaltung")
    html = ('<html><head></head><body><div style="font-family: Verdana;font-size: 12.0px;"><div>'
            + "</div>\n<div>".join(escape(l, quote=False) if l else "&nbsp;" for l in text.split("\n"))
            + "</div></div></body></html>\n")
    case("bad-sulza-gmx-html-chatty-two",
         mail(frm=("Maik Scholz", "maik.scholz@gmx.example"), subject="Anmeldung :-)",
              date="Thu, 17 Apr 2025 21:44:09 +0200",
              extra=[("X-UI-Message-Type", "mail"), ("X-Provags-ID", "V03:K1:blindcorpus")],
              body=multi("alternative", [leaf("text/plain", text, "UTF-8", "quoted-printable", quote_charset=False),
                                         leaf("text/html", html, "UTF-8", "quoted-printable", quote_charset=False)],
                         "reply-boundary-7f3a2c", preamble=None)),
         label("registration", [("Maik Scholz", "maik.scholz@gmx.example", "Bauverwaltung"),
                                ("Anja Reuter", "anja.reuter@badsulza.example", None)],
               "Stadt Bad Sulza", "municipality", "Bad Sulza"))

    # VG staff registering for a clearly named member town (and herself).
    text = ("Sehr geehrte Damen und Herren,\n\n"
            "für die Stadt Gräfenthal, die ihr ISEK in den Jahren 2025/2026 fortschreiben möchte, melde ich "
            "Herrn Bürgermeister Lutz Eichhorn (l.eichhorn@graefenthal.example) zur Transferveranstaltung an. "
            "Ich selbst werde ihn als zuständige Sachbearbeiterin der Verwaltungsgemeinschaft begleiten.\n\n"
            "Mit freundlichen Grüßen\n\nMartina Fröbel\nBauverwaltung\nVerwaltungsgemeinschaft Schiefergebirge\n"
            "Marktstraße 6\n07338 Probstzella")
    case("graefenthal-vg-schiefergebirge-member",
         mail(frm=("Fröbel, Martina", "froebel@vg-schiefergebirge.example"), hcs="iso-8859-1",
              subject="Anmeldung Stadt Gräfenthal", date="Fri, 18 Apr 2025 09:31:27 +0200",
              mailer="X-Mailer: Microsoft Outlook 16.0", body=outlook_alt(text, "----=_NextPart_000_0012_01DBB0A1.5C2E3F40")),
         label("registration", [("Lutz Eichhorn", "l.eichhorn@graefenthal.example", "Bürgermeister"),
                                ("Martina Fröbel", "froebel@vg-schiefergebirge.example", "Bauverwaltung")],
               "Verwaltungsgemeinschaft Schiefergebirge", "municipality", "Gräfenthal"))

    # VG without a member municipality as subject (seat address in the signature only).
    text = ("Sehr geehrte Damen und Herren,\n\nzur Transferveranstaltung am 20.05.2025 melden wir an:\n\n"
            "- Frau Claudia Weigelt, Leiterin Bauamt\n- Herr Ronny Pätzold, Sachbearbeiter Bauleitplanung\n\n"
            "Mit freundlichen Grüßen\n\nClaudia Weigelt\nLeiterin Bauamt\n\nVerwaltungsgemeinschaft Oppurg\n"
            "Schloßstraße 2\n07381 Oppurg\nTel.: 03647 4150-20")
    case("vg-oppurg-no-member",
         mail(frm=("VG Oppurg - Bauamt", "bauamt@vg-oppurg.example"),
              subject="Anmeldung zur 9. Transferveranstaltung", date="Fri, 18 Apr 2025 10:02:10 +0200",
              mailer="X-Mailer: Microsoft Outlook 16.0",
              body=leaf("text/plain", text, "iso-8859-1", "quoted-printable")),
         label("registration", [("Claudia Weigelt", "bauamt@vg-oppurg.example", "Leiterin Bauamt"),
                                ("Ronny Pätzold", None, "Sachbearbeiter Bauleitplanung")],
               "Verwaltungsgemeinschaft Oppurg", "municipality", None))

    # Landratsamt, towns named in passing.
    text = ("Sehr geehrte Damen und Herren,\n\n"
            "hiermit melde ich mich für das Landratsamt Saale-Orla-Kreis, Fachdienst Kreisentwicklung und "
            "Bauleitplanung, zur Transferveranstaltung an. Wir begleiten derzeit unter anderem die ISEK-Prozesse "
            "in Wurzbach und Ziegenrück und würden die Ergebnisse gern in unsere Beratung der Kommunen einbringen.\n\n"
            "Ich reise mit dem Dienstwagen an.\n\n"
            "Mit freundlichen Grüßen\n\nDr. Frank Liebold\nFachdienstleiter Kreisentwicklung und Bauleitplanung\n"
            "Landratsamt Saale-Orla-Kreis\nOschitzer Straße 4\n07907 Schleiz")
    case("landratsamt-saale-orla-towns-in-passing",
         mail(frm=("Liebold, Frank Dr.", "frank.liebold@lra-sok.example"),
              subject="Teilnahme Landratsamt Saale-Orla-Kreis", date="Tue, 22 Apr 2025 14:18:36 +0200",
              mailer="X-Mailer: Microsoft Outlook 16.0", body=outlook_alt(text, "_000_DB9PR01MB7766C2A9E0F1B2A3DB9PR01MB7766eurp_")),
         label("registration", [("Frank Liebold", "frank.liebold@lra-sok.example",
                                 "Fachdienstleiter Kreisentwicklung und Bauleitplanung")],
               "Landratsamt Saale-Orla-Kreis", "authority", None,
               notes=["Ich reise mit dem Dienstwagen an."]))

    # Planning office (GmbH) naming its client town, office outside Thuringia.
    text = ("Sehr geehrte Damen und Herren,\n\n"
            "als von der Stadt Geisa mit der Fortschreibung des ISEK beauftragtes Büro möchten wir gern mit zwei "
            "Personen an der Transferveranstaltung teilnehmen:\n\n"
            "Dipl.-Ing. Stefanie Korn (Projektleitung)\nLukas Hein, M.Sc. (Projektbearbeitung), hein@pg-rhoen-werra.example\n\n"
            "Besten Dank und freundliche Grüße\nStefanie Korn\n\n"
            "Planungsgruppe Rhön-Werra GmbH\nStadt- und Regionalplanung\nLinggplatz 3, 36251 Bad Hersfeld\n"
            "Geschäftsführer: Peter Möhring | Amtsgericht Bad Hersfeld HRB 1234")
    case("planungsbuero-gmbh-client-geisa",
         mail(frm=("Stefanie Korn", "korn@pg-rhoen-werra.example"), subject="Anmeldung Transferveranstaltung / ISEK Geisa",
              date="Wed, 23 Apr 2025 16:40:02 +0200", mailer="X-Mailer: Microsoft Outlook 16.0",
              body=outlook_alt(text, "----=_NextPart_000_0A1B_01DBB47C.11F0E820")),
         label("registration", [("Stefanie Korn", "korn@pg-rhoen-werra.example", "Projektleitung"),
                                ("Lukas Hein", "hein@pg-rhoen-werra.example", "Projektbearbeitung")],
               "Planungsgruppe Rhön-Werra GmbH", "planning_office", "Geisa"))

    # "Büro für ..." without a client; office seat in Weimar does not count.
    text = ("Guten Tag,\n\nich möchte mich gern zur 9. Transferveranstaltung anmelden. Unser Büro betreut mehrere "
            "Thüringer Kommunen bei der Erarbeitung und Fortschreibung von ISEK und IGEK, daher ist der Austausch "
            "mit der Bewilligungsstelle für uns sehr wertvoll.\n\n"
            "Mit freundlichen Grüßen\nDr. Ulrike Meißner\n\n"
            "Büro für Stadtplanung und Regionalentwicklung Dr. Meißner\nBelvederer Allee 12\n99425 Weimar\n"
            "www.meissner-planung.example")
    case("buero-fuer-stadtplanung-no-client",
         mail(frm=("Dr. Ulrike Meißner", "u.meissner@meissner-planung.example"), subject="Anmeldung",
              date="Wed, 23 Apr 2025 17:02:45 +0200", mailer="User-Agent: Mozilla Thunderbird",
              body=leaf("text/plain", flow(text), "UTF-8", "8bit", params="; format=flowed", quote_charset=False)),
         label("registration", [("Ulrike Meißner", "u.meissner@meissner-planung.example", None)],
               "Büro für Stadtplanung und Regionalentwicklung Dr. Meißner", "planning_office", None))

    # PartGmbB, client Unterwellenborn, office seat Saalfeld.
    text = ("Sehr geehrte Damen und Herren,\n\n"
            "im Auftrag der Gemeinde Unterwellenborn erarbeiten wir derzeit das Integrierte Gemeindliche "
            "Entwicklungskonzept. Ich melde mich daher gern zur Veranstaltung am 20. Mai an.\n\n"
            "Mit freundlichen Grüßen\n\nJan Seidel\nDipl.-Ing. Architekt und Stadtplaner\n\n"
            "Hoffmann + Seidel Architekten und Stadtplaner PartGmbB\nSaalstraße 21\n07318 Saalfeld/Saale\n"
            "Partnerschaftsregister Jena PR 512")
    case("partgmbb-client-unterwellenborn",
         mail(frm=("Jan Seidel", "seidel@hoffmann-seidel.example"), subject="Anmeldung 9. Transferveranstaltung",
              date="Thu, 24 Apr 2025 08:15:19 +0200", mailer="X-Mailer: Apple Mail (2.3774.500.171.1.1)",
              body=leaf("text/plain", text, "utf-8", "quoted-printable")),
         label("registration", [("Jan Seidel", "seidel@hoffmann-seidel.example", "Architekt und Stadtplaner")],
               "Hoffmann + Seidel Architekten und Stadtplaner PartGmbB", "planning_office", "Unterwellenborn"))

    # International English-speaking firm, client Ronneburg; a question that also registers.
    text = ("Dear Sir or Madam,\n\n"
            "We would like to register two colleagues from our Berlin office for the transfer event on 20 May in "
            "Bad Lobenstein. We are currently supporting the Town of Ronneburg with the update of its integrated "
            "urban development concept (ISEK).\n\n"
            "- Ms Hannah Whitfield, Associate Director, hannah.whitfield@meridian-urban.example\n"
            "- Mr Daniel Okafor, Senior Planner, daniel.okafor@meridian-urban.example\n\n"
            "Daniel's German is limited - will all sessions be held in German, or are slides available in English?\n\n"
            "Kind regards,\nHannah Whitfield\n\nMeridian Urban Strategies LLP\nFriedrichstraße 68, 10117 Berlin\n"
            "London | Berlin | Rotterdam")
    case("english-firm-client-ronneburg",
         mail(frm=("Hannah Whitfield", "hannah.whitfield@meridian-urban.example"),
              subject="Registration - 9th Transfer Event, 20 May 2025", date="Thu, 24 Apr 2025 10:41:00 +0100",
              mailer="X-Mailer: Microsoft Outlook 16.0",
              body=outlook_alt(text, "_000_LO2P265MB3300A1B2C3D4E5F6LO2P265MB3300GBRP_", charset="utf-8")),
         label("registration", [("Hannah Whitfield", "hannah.whitfield@meridian-urban.example", "Associate Director"),
                                ("Daniel Okafor", "daniel.okafor@meridian-urban.example", "Senior Planner")],
               "Meridian Urban Strategies LLP", "planning_office", "Ronneburg", language="en"))

    # Ingenieurbüro for a Landgemeinde (office seat Sömmerda).
    text = ("Sehr geehrte Damen und Herren,\n\nwir sind von der Landgemeinde Kindelbrück mit der Erstellung des "
            "IGEK beauftragt. Gern nehme ich an der Transferveranstaltung teil und melde mich hiermit an.\n\n"
            "Mit freundlichen Grüßen\n\nDipl.-Ing. Matthias Kühn\n\nIngenieurbüro Kühn\n"
            "Bauwesen | Freiraum | Dorfentwicklung\nErfurter Straße 40, 99610 Sömmerda")
    case("ingenieurbuero-kindelbrueck",
         mail(frm=("Ingenieurbüro Kühn", "info@ib-kuehn.example"), subject="Anmeldung Transferveranstaltung",
              date="Fri, 25 Apr 2025 12:07:33 +0200", mailer="X-Mailer: Microsoft Outlook 16.0",
              body=outlook_alt(text, "----=_NextPart_000_0047_01DBB5D2.8E1A2B30")),
         label("registration", [("Matthias Kühn", "info@ib-kuehn.example", None)],
               "Ingenieurbüro Kühn", "planning_office", "Kindelbrück"))

    # Student, university seat does not count.
    text = ("Sehr geehrte Damen und Herren,\n\n"
            "ich studiere Stadt- und Raumplanung an der Fachhochschule Erfurt (Master, 3. Semester) und schreibe "
            "meine Abschlussarbeit über die Fortschreibung von ISEK in Thüringer Kleinstädten. Ist eine Teilnahme "
            "als Studentin möglich? Ich würde mich hiermit gern verbindlich anmelden.\n\n"
            "Viele Grüße\nLea-Marie Brandt")
    case("student-fh-erfurt",
         mail(frm=("Lea-Marie Brandt", "lea-marie.brandt@stud.fh-erfurt.example"), subject="Teilnahme als Studentin?",
              date="Fri, 25 Apr 2025 19:55:12 +0200", mailer="User-Agent: Roundcube Webmail/1.6.9",
              body=leaf("text/plain", text, "UTF-8", "quoted-printable", quote_charset=False)),
         label("registration", [("Lea-Marie Brandt", "lea-marie.brandt@stud.fh-erfurt.example", "Studentin")],
               "Fachhochschule Erfurt", "other", None))

    # Journalist.
    text = ("Guten Tag,\n\nfür die Ostthüringer Zeitung, Lokalredaktion Schleiz, möchte ich über die "
            "Transferveranstaltung am 20. Mai berichten und melde mich hiermit an. Ist es in Ordnung, wenn ich "
            "während der Begrüßung fotografiere?\n\nMit freundlichen Grüßen\nThomas Vogel\nRedakteur\n"
            "Ostthüringer Zeitung – Lokalredaktion Schleiz\nMobil 0170 0000000")
    case("journalist-press-registration",
         mail(frm=("Thomas Vogel", "t.vogel@otz-redaktion.example"), subject="Presseanmeldung 20. Mai",
              date="Mon, 28 Apr 2025 09:03:48 +0200", mailer="X-Mailer: Microsoft Outlook 16.0",
              body=leaf("text/plain", text, "utf-8", "quoted-printable")),
         label("registration", [("Thomas Vogel", "t.vogel@otz-redaktion.example", "Redakteur")],
               "Ostthüringer Zeitung", "other", None))

    # Citizen, web.de plain text.
    text = ("Sehr geehrte Damen und Herren,\n\n"
            "ich bin keine Verwaltungsmitarbeiterin, sondern engagiere mich ehrenamtlich im Bürgerverein "
            "Altstadt Orlamünde e.V., der bei der Fortschreibung des ISEK unserer Stadt beteiligt wird. In Ihrer "
            "Einladung steht, dass die Einbeziehung der Zivilgesellschaft immer wichtiger wird – deshalb würde ich "
            "sehr gern teilnehmen und melde mich hiermit an.\n\n"
            "Mit freundlichen Grüßen\nGisela Hahnemann\nOrlamünde")
    case("citizen-orlamuende-buergerverein",
         mail(frm=("Gisela Hahnemann", "g.hahnemann@web.example"), subject="Anmeldung Bürgerin",
              date="Mon, 28 Apr 2025 15:27:30 +0200",
              body=leaf("text/plain", text, "UTF-8", "quoted-printable", quote_charset=False)),
         label("registration", [("Gisela Hahnemann", "g.hahnemann@web.example", None)],
               "Bürgerverein Altstadt Orlamünde e.V.", "other", "Orlamünde"))

    # Ortsteilbürgermeister, T-Online webmail HTML.
    text = ("Guten Tag,\n\nals Ortsteilbürgermeister von Herges-Auwallenburg (Stadt Brotterode-Trusetal) möchte "
            "ich an der Veranstaltung am 20. Mai teilnehmen. Gerade die dörflichen Ortsteile kommen im ISEK oft "
            "zu kurz.\n\nMit freundlichem Gruß\nReinhard Stumpf")
    html = ('<!DOCTYPE html><html><head><meta charset="UTF-8"></head><body><div style="font-family:Arial;font-size:10pt">'
            + "<br>".join(escape(l, quote=False) for l in text.split("\n"))
            + '</div><div class="t-online-signature"></div></body></html>\n')
    case("ortsteilbuergermeister-brotterode-trusetal-tonline",
         mail(frm=("Reinhard Stumpf", "reinhard.stumpf@t-online.example"), subject="Teilnahme am 20. Mai",
              date="Tue, 29 Apr 2025 18:12:05 +0200", mailer="X-Mailer: T-Online EMail Center",
              body=leaf("text/html", html, "UTF-8", "quoted-printable", quote_charset=False)),
         label("registration", [("Reinhard Stumpf", "reinhard.stumpf@t-online.example", "Ortsteilbürgermeister")],
               "Stadt Brotterode-Trusetal", "municipality", "Brotterode-Trusetal"))


def registrations_b() -> None:
    # Stadtrat, Apple Mail multipart/alternative.
    text = ("Sehr geehrte Damen und Herren,\n\n"
            "als Mitglied des Stadtrates Römhild und des Bau- und Umweltausschusses melde ich mich für die "
            "Veranstaltung am 20. Mai an. Unsere Bürgermeisterin ist informiert.\n\n"
            "Beste Grüße\nDr. Carsten Eberhardt\nStadtrat Römhild (Fraktion Bürger für Römhild)")
    html = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
            + "".join(f"<div>{escape(l, quote=False) or '<br>'}</div>" for l in text.split("\n")) + "</body></html>\n")
    case("stadtrat-roemhild-apple-mail",
         mail(frm=("Carsten Eberhardt", "c.eberhardt@icloud.example"), subject="Anmeldung Transferveranstaltung",
              date="Tue, 29 Apr 2025 20:31:14 +0200", mailer="X-Mailer: Apple Mail (2.3826.400.131.1.6)",
              body=multi("alternative", [leaf("text/plain", text, "utf-8", "quoted-printable", quote_charset=False),
                                         leaf("text/html", html, "utf-8", "quoted-printable", quote_charset=False)],
                         "Apple-Mail=_4C1F2B3A-8D7E-4F60-9A1B-2C3D4E5F6A7B", preamble=None)),
         label("registration", [("Carsten Eberhardt", "c.eberhardt@icloud.example", "Stadtrat")],
               "Stadtrat Römhild", "municipality", "Römhild"))

    # Kämmerei registers the mayor and herself; "Artern/Unstrut" in the signature.
    text = ("Sehr geehrte Damen und Herren,\n\n"
            "für die Stadt Artern melde ich unseren Bürgermeister, Herrn Uwe Kirchner, sowie mich selbst zur "
            "Transferveranstaltung an. Herr Kirchner ist unter buergermeister@artern.example erreichbar.\n\n"
            "Mit freundlichen Grüßen\nSandra Bittner\nKämmerin\n\nStadtverwaltung Artern/Unstrut\nMarkt 14\n06556 Artern")
    case("artern-kaemmerei-mayor-and-self",
         mail(frm=("Bittner, Sandra", "s.bittner@artern.example"), hcs="iso-8859-1",
              subject="Anmeldung Stadt Artern", date="Wed, 30 Apr 2025 10:55:47 +0200",
              mailer="X-Mailer: Microsoft Outlook 16.0", body=outlook_alt(text, "_000_BE1P281MB2011D2E3F4A5B6C7BE1P281MB2011DEUP_")),
         label("registration", [("Uwe Kirchner", "buergermeister@artern.example", "Bürgermeister"),
                                ("Sandra Bittner", "s.bittner@artern.example", "Kämmerin")],
               "Stadtverwaltung Artern", "municipality", "Artern"))

    # Gemeinde Lederhose (a name that is an ordinary word).
    text = ("Sehr geehrte Damen und Herren,\n\nja, Sie lesen richtig: Lederhose liegt in Thüringen :-)\n"
            "Als ehrenamtlicher Bürgermeister der Gemeinde Lederhose melde ich mich zur Transferveranstaltung an. "
            "Wir sind Mitglied der VG Münchenbernsdorf und wollen in den nächsten Jahren die Dorfmitte "
            "entwickeln.\n\nMit freundlichen Grüßen\nMichael Gräf\nBürgermeister der Gemeinde Lederhose")
    case("lederhose-ehrenamtlicher-buergermeister",
         mail(frm=("Gemeinde Lederhose", "gemeinde.lederhose@vg-muenchenbernsdorf.example"),
              subject="Anmeldung Gemeinde Lederhose", date="Wed, 30 Apr 2025 19:02:58 +0200",
              body=leaf("text/plain", text, "iso-8859-1", "8bit")),
         label("registration", [("Michael Gräf", "gemeinde.lederhose@vg-muenchenbernsdorf.example", "Bürgermeister")],
               "Gemeinde Lederhose", "municipality", "Lederhose"))

    # Surname that is also a Gemeinde name (Körner); the town is Vacha.
    text = ("Sehr geehrte Damen und Herren,\n\nhiermit melde ich mich für die Stadt Vacha zur 9. "
            "Transferveranstaltung am 20.05.2025 an.\n\nMit freundlichen Grüßen\n\nSabine Körner\n"
            "Bauverwaltung\nStadt Vacha\nMarkt 4\n36404 Vacha")
    case("vacha-surname-koerner",
         mail(frm=("Körner, Sabine", "s.koerner@vacha.example"), hcs="iso-8859-1",
              subject="Anmeldung", date="Fri, 2 May 2025 08:03:22 +0200",
              mailer="X-Mailer: Microsoft Outlook 16.0", body=outlook_alt(text, "----=_NextPart_000_0003_01DBBB11.22334450")),
         label("registration", [("Sabine Körner", "s.koerner@vacha.example", "Bauverwaltung")],
               "Stadt Vacha", "municipality", "Vacha"))

    # Given name that is also a Gemeinde name (Rosa); the town is Fambach.
    text = ("Guten Tag,\n\nich bin Bürgermeisterin der Gemeinde Fambach und möchte mich gern zur Veranstaltung "
            "am 20. Mai anmelden.\n\nFreundliche Grüße\nRosa Wagner")
    case("fambach-given-name-rosa",
         mail(frm=("Rosa Wagner", "rosa.wagner@fambach.example"), subject="Anmeldung",
              date="Fri, 2 May 2025 12:44:01 +0200",
              body=leaf("text/plain", text, "utf-8", "8bit")),
         label("registration", [("Rosa Wagner", "rosa.wagner@fambach.example", "Bürgermeisterin")],
               "Gemeinde Fambach", "municipality", "Fambach"))

    # ISO-8859-15 (euro sign), colleague whose surname is a Gemeinde name (Werther), a side question.
    text = ("Sehr geehrte Damen und Herren,\n\nfür die Gemeinde Sollstedt nehmen an der Transferveranstaltung teil:\n"
            "ich, Jana Köhler (Hauptamt), und unser Bauamtsleiter Herr Steffen Werther "
            "(s.werther@sollstedt.example).\n\n"
            "Unsere Kämmerei fragt, ob wirklich keine Kosten anfallen (0 € laut Einladung?). Falls doch, "
            "bitte Rechnung an die Gemeinde.\n\nMit freundlichen Grüßen\nJana Köhler\nGemeinde Sollstedt\nHauptamt")
    case("sollstedt-iso-8859-15-werther",
         mail(frm=("Jana Köhler", "j.koehler@sollstedt.example"), hcs="iso-8859-15",
              subject="Anmeldung Gemeinde Sollstedt", date="Fri, 2 May 2025 13:10:40 +0200",
              mailer="User-Agent: Mozilla Thunderbird",
              body=leaf("text/plain", text, "ISO-8859-15", "8bit", quote_charset=False)),
         label("registration", [("Jana Köhler", "j.koehler@sollstedt.example", "Hauptamt"),
                                ("Steffen Werther", "s.werther@sollstedt.example", "Bauamtsleiter")],
               "Gemeinde Sollstedt", "municipality", "Sollstedt"))

    # "Neundorf bei Schleiz" for `Neundorf (bei Schleiz)`; Schleiz itself is not the town.
    text = ("Anmeldung zur Transferveranstaltung am 20.05.2025:\n\n"
            "Bürgermeister Jörg Rödel\nGemeinde Neundorf bei Schleiz\nTel. 03663 000000\n\nMfG J. Rödel")
    case("neundorf-bei-schleiz",
         mail(frm=("Jörg Rödel", "joerg.roedel@neundorf-schleiz.example"), subject="Anmeldung",
              date="Sat, 3 May 2025 09:20:11 +0200",
              body=leaf("text/plain", text, "utf-8", "quoted-printable")),
         label("registration", [("Jörg Rödel", "joerg.roedel@neundorf-schleiz.example", "Bürgermeister")],
               "Gemeinde Neundorf (bei Schleiz)", "municipality", "Neundorf (bei Schleiz)"))

    # Android, base64 UTF-8; "Graitschen bei Bürgel" for `Graitschen b. Bürgel`.
    text = ("Hallo, melde mich hiermit verbindlich an: Uta Zöllner, Bürgermeisterin Graitschen bei Bürgel.\n"
            "Gruß U. Zöllner\n\nGesendet von meinem Galaxy")
    case("graitschen-bei-buergel-android-base64",
         mail(frm=("Uta Zöllner", "uta.zoellner@gmail.example"), subject="Anmeldung 20.05.",
              date="Sat, 3 May 2025 17:48:36 +0200",
              body=leaf("text/plain", text, "UTF-8", "base64", quote_charset=False)),
         label("registration", [("Uta Zöllner", "uta.zoellner@gmail.example", "Bürgermeisterin")],
               "Gemeinde Graitschen b. Bürgel", "municipality", "Graitschen b. Bürgel"))

    # All caps town, ss for ß, no punctuation, the venue named in the sender's own words.
    text = ("hallo\nmelde mich an fuer die veranstaltung am 20.5 in bad lobenstein\n"
            "Horst Leffler\nGEMEINDE KLOSTER VESSRA\nbuergermeister")
    case("kloster-vessra-caps-messy",
         mail(frm=("horst leffler", "h.leffler@gmx.example"), subject="anmeldung",
              date="Sun, 4 May 2025 21:13:52 +0200",
              body=leaf("text/plain", text, "us-ascii", "7bit")),
         label("registration", [("Horst Leffler", "h.leffler@gmx.example", "Bürgermeister")],
               "Gemeinde Kloster Veßra", "municipality", "Kloster Veßra"))

    # US-ASCII form, all caps hyphenated name with SS.
    text = ("Sehr geehrte Damen und Herren,\nhiermit moechte ich mich fuer die Veranstaltung anmelden.\n\n"
            "Name: Dirk Schaefer\nFunktion: Buergermeister\nGemeinde: OBERMASSFELD-GRIMMENTHAL\n"
            "E-Mail: buergermeister@obermassfeld-grimmenthal.example\n\nMfG\nD. Schaefer")
    case("obermassfeld-grimmenthal-caps-ascii",
         mail(frm="buergermeister@obermassfeld-grimmenthal.example", subject="Anmeldung Transferveranstaltung",
              date="Mon, 5 May 2025 07:30:09 +0200",
              body=leaf("text/plain", text, "us-ascii", "7bit")),
         label("registration", [("Dirk Schaefer", "buergermeister@obermassfeld-grimmenthal.example", "Bürgermeister")],
               "Gemeinde Obermaßfeld-Grimmenthal", "municipality", "Obermaßfeld-Grimmenthal"))

    # No punctuation, lower case, "grossrudestedt".
    text = ("guten tag ich melde mich und meinen kollegen an zur veranstaltung am 20 mai wir sind von der "
            "gemeinde grossrudestedt ich bin ronald fiedler und der kollege ist mario seifert vom bauhof\n"
            "gruss r fiedler")
    case("grossrudestedt-no-punctuation",
         mail(frm=("Ronald Fiedler", "r.fiedler@grossrudestedt.example"), subject="anmeldung 20 mai",
              date="Mon, 5 May 2025 11:02:44 +0200",
              body=leaf("text/plain", text, "utf-8", "7bit")),
         label("registration", [("Ronald Fiedler", "r.fiedler@grossrudestedt.example", None),
                                ("Mario Seifert", None, "Bauhof")],
               "Gemeinde Großrudestedt", "municipality", "Großrudestedt"))

    # Slash name; the administering Landgemeinde is mentioned too.
    text = ("Sehr geehrte Damen und Herren,\n\n"
            "als ehrenamtlicher Bürgermeister der Gemeinde Dietzenrode/Vatterode melde ich mich zur "
            "Transferveranstaltung an. Die Verwaltungsgeschäfte führt für uns die Landgemeinde Uder als "
            "erfüllende Gemeinde; die Dorfentwicklung liegt aber bei uns.\n\n"
            "Mit freundlichen Grüßen\nBernhard Montag")
    case("dietzenrode-vatterode-slash",
         mail(frm=("Bernhard Montag", "b.montag@dietzenrode-vatterode.example"), subject="Anmeldung Transferveranstaltung",
              date="Mon, 5 May 2025 18:25:33 +0200", mailer="User-Agent: Mozilla Thunderbird",
              body=leaf("text/plain", flow(text), "UTF-8", "8bit", params="; format=flowed", quote_charset=False)),
         label("registration", [("Bernhard Montag", "b.montag@dietzenrode-vatterode.example", "Bürgermeister")],
               "Gemeinde Dietzenrode/Vatterode", "municipality", "Dietzenrode/Vatterode"))

    # Duplicate name Eichenberg: VG Feldstein, Landkreis Hildburghausen; sender does not attend.
    text = ("Sehr geehrte Damen und Herren,\n\n"
            "für die Gemeinde Eichenberg (Landkreis Hildburghausen) melde ich deren Bürgermeister, "
            "Herrn Thomas Greiner, zur Transferveranstaltung an. E-Mail: t.greiner@eichenberg-hbn.example\n\n"
            "Mit freundlichen Grüßen\ni. A. Anett Schubert\n\nVerwaltungsgemeinschaft Feldstein\n"
            "Bauamt\nMarkt 1\n98660 Themar")
    case("eichenberg-hildburghausen-vg-feldstein",
         mail(frm=("Schubert, Anett", "a.schubert@vg-feldstein.example"),
              subject="Anmeldung Gemeinde Eichenberg", date="Tue, 6 May 2025 09:45:17 +0200",
              mailer="X-Mailer: Microsoft Outlook 16.0", body=outlook_alt(text, "----=_NextPart_000_01A2_01DBBE5F.6A7B8C90")),
         label("registration", [("Thomas Greiner", "t.greiner@eichenberg-hbn.example", "Bürgermeister")],
               "Verwaltungsgemeinschaft Feldstein", "municipality", "Eichenberg", "Hildburghausen"))

    # Duplicate name Elxleben: "Elxleben a. d. Gera", Landkreis Sömmerda.
    text = ("Guten Tag,\n\nich melde mich als Bürgermeisterin für die Veranstaltung am 20. Mai an.\n\n"
            "Viele Grüße\n\nKatja Rudloff\nBürgermeisterin\nGemeinde Elxleben a. d. Gera\nLandkreis Sömmerda")
    case("elxleben-an-der-gera-soemmerda",
         mail(frm=("Katja Rudloff", "buergermeisterin@elxleben-gera.example"), subject="Anmeldung",
              date="Tue, 6 May 2025 10:12:40 +0200",
              body=leaf("text/plain", text, "utf-8", "quoted-printable")),
         label("registration", [("Katja Rudloff", "buergermeisterin@elxleben-gera.example", "Bürgermeisterin")],
               "Gemeinde Elxleben", "municipality", "Elxleben", "Sömmerda"))

    # Duplicate name Lehesten: Saale-Holzland-Kreis (near Jena), VG Dornburg-Camburg.
    text = ("Sehr geehrte Damen und Herren,\n\nfür die Gemeinde Lehesten bei Jena (VG Dornburg-Camburg) melden "
            "sich an:\n\n1. Herr Andreas Ziegenhals, Bürgermeister\n2. Frau Kathrin Heinze, Gemeinderätin\n\n"
            "Mit freundlichen Grüßen\nAndreas Ziegenhals")
    case("lehesten-saale-holzland-list",
         mail(frm=("Andreas Ziegenhals", "ziegenhals@lehesten-shk.example"), subject="Anmeldung Gemeinde Lehesten",
              date="Tue, 6 May 2025 19:40:00 +0200",
              body=leaf("text/plain", text, "windows-1252", "quoted-printable")),
         label("registration", [("Andreas Ziegenhals", "ziegenhals@lehesten-shk.example", "Bürgermeister"),
                                ("Kathrin Heinze", None, "Gemeinderätin")],
               "Gemeinde Lehesten", "municipality", "Lehesten", "Saale-Holzland-Kreis"))


def registrations_c() -> None:
    # Municipality only in the signature.
    text = ("Sehr geehrte Damen und Herren,\n\nhiermit melde ich mich zur Transferveranstaltung am 20.05.2025 an.\n\n"
            "Mit freundlichen Grüßen\n\nChristin Engelhardt\nSachbearbeiterin Bauverwaltung\n\n"
            "Stadtverwaltung Plaue\nBahnhofstraße 11\n99338 Plaue\nTelefon: 036207 000-14")
    case("plaue-signature-only",
         mail(frm=("Engelhardt, Christin", "c.engelhardt@stadt-plaue.example"),
              subject="Anmeldung Transferveranstaltung", date="Wed, 16 Apr 2025 10:30:00 +0200",
              mailer="X-Mailer: Microsoft Outlook 16.0", body=outlook_alt(text, "----=_NextPart_000_0055_01DBAEA0.0F1E2D30")),
         label("registration", [("Christin Engelhardt", "c.engelhardt@stadt-plaue.example", "Sachbearbeiterin Bauverwaltung")],
               "Stadtverwaltung Plaue", "municipality", "Plaue"))

    # Municipality only in the mail domain.
    text = "Guten Morgen,\n\nich würde gern am 20. Mai teilnehmen.\n\nBeste Grüße\nKai Beyer\n\nVon meinem iPhone gesendet"
    case("wutha-farnroda-domain-only-iphone",
         mail(frm=("Kai Beyer", "k.beyer@wutha-farnroda.example"), subject="Transferveranstaltung",
              date="Thu, 17 Apr 2025 06:58:21 +0200", mailer="X-Mailer: iPhone Mail (22E240)",
              body=leaf("text/plain", text, "utf-8", "quoted-printable", quote_charset=False)),
         label("registration", [("Kai Beyer", "k.beyer@wutha-farnroda.example", None)],
               "Gemeinde Wutha-Farnroda", "municipality", "Wutha-Farnroda"))

    # Registration with a parking/arrival question.
    text = ("Sehr geehrte Damen und Herren,\n\nich melde mich hiermit zur Transferveranstaltung an "
            "(Andreas Pfeifer, Bauamt Gemeinde Unstruttal).\n\n"
            "Gibt es vor Ort ausreichend Parkplätze oder sollte ich besser mit dem Zug anreisen?\n\n"
            "Mit freundlichen Grüßen\nAndreas Pfeifer")
    case("unstruttal-registration-parking-question",
         mail(frm=("Andreas Pfeifer", "a.pfeifer@unstruttal.example"), subject="Anmeldung + Frage Parken",
              date="Tue, 22 Apr 2025 13:33:03 +0200", mailer="X-Mailer: Microsoft Outlook 16.0",
              body=leaf("text/plain", text, "utf-8", "quoted-printable")),
         label("registration", [("Andreas Pfeifer", "a.pfeifer@unstruttal.example", "Bauamt")],
               "Gemeinde Unstruttal", "municipality", "Unstruttal",
               notes=["Gibt es vor Ort ausreichend Parkplätze oder sollte ich besser mit dem Zug anreisen?"]))

    # Accessibility note, double surname, Gemeinde "Bad …".
    text = ("Sehr geehrte Damen und Herren,\n\nhiermit melde ich mich zur 9. Transferveranstaltung an:\n\n"
            "Ingrid Holland-Moritz\nGemeinde Bad Tabarz, Bau- und Ordnungsamt\n"
            "ingrid.holland-moritz@bad-tabarz.example\n\n"
            "Hinweis: Ich bin auf einen Rollator angewiesen und wäre für einen Sitzplatz nahe am Eingang dankbar.\n\n"
            "Mit freundlichen Grüßen\nIngrid Holland-Moritz")
    case("bad-tabarz-rollator-note",
         mail(frm=("Holland-Moritz, Ingrid", "ingrid.holland-moritz@bad-tabarz.example"), hcs="iso-8859-1",
              subject="Anmeldung", date="Wed, 23 Apr 2025 09:09:09 +0200",
              mailer="X-Mailer: Microsoft Outlook 16.0", body=outlook_alt(text, "_000_FR3P281MB1560A9B8C7D6E5F4FR3P281MB1560DEUP_")),
         label("registration", [("Ingrid Holland-Moritz", "ingrid.holland-moritz@bad-tabarz.example", "Bau- und Ordnungsamt")],
               "Gemeinde Bad Tabarz", "municipality", "Bad Tabarz",
               notes=["Ich bin auf einen Rollator angewiesen und wäre für einen Sitzplatz nahe am Eingang dankbar."]))

    # Forward (WG:) with only "zur Kenntnis und Anmeldung" on top.
    text = ("zur Kenntnis und Anmeldung\n\n\n"
            "Von: Schuchardt, Benjamin <b.schuchardt@friedrichroda.example>\n"
            "Gesendet: Dienstag, 22. April 2025 08:41\n"
            "An: Sekretariat Bürgermeister <sekretariat@friedrichroda.example>\n"
            "Betreff: Transferveranstaltung 20. Mai – Teilnahme\n\n"
            "Hallo Frau Möller,\n\nwie besprochen würde ich gern an der Transferveranstaltung am 20. Mai in Bad "
            "Lobenstein teilnehmen (Thema ISEK-Fortschreibung). Könnten Sie mich bitte anmelden?\n\n"
            "Danke und Gruß\nBenjamin Schuchardt\nStadtplanung\nStadt Friedrichroda")
    case("friedrichroda-forward-wg-zur-kenntnis",
         mail(frm=("Sekretariat Bürgermeister", "sekretariat@friedrichroda.example"), hcs="iso-8859-1",
              subject="WG: Transferveranstaltung 20. Mai – Teilnahme", date="Tue, 22 Apr 2025 09:15:52 +0200",
              mailer="X-Mailer: Microsoft Outlook 16.0", body=outlook_alt(text, "_000_VI1PR09MB5050E1F2A3B4C5D6VI1PR09MB5050eurp_")),
         label("registration", [("Benjamin Schuchardt", "b.schuchardt@friedrichroda.example", "Stadtplanung")],
               "Stadt Friedrichroda", "municipality", "Friedrichroda"))

    # Forward as an attached message/rfc822.
    inner = ("From: Petra Luthardt <p.luthardt@steinach.example>\nTo: Hauptamt Stadt Steinach <hauptamt@steinach.example>\n"
             "Subject: Anmeldung ISEK-Veranstaltung\nDate: Thu, 24 Apr 2025 15:02:11 +0200\n"
             "Message-ID: <a1b2c3d4.blind-inner-1@steinach.example>\nMIME-Version: 1.0\n"
             "Content-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: 8bit\n\n"
             "Liebe Kerstin,\n\nbitte melde mich für die ISEK-Transferveranstaltung am 20.5. in Bad Lobenstein an.\n\n"
             "Danke!\nPetra\n\n--\nPetra Luthardt\nStadtentwicklung und Wirtschaftsförderung\nStadt Steinach\n")
    outer = ("Sehr geehrte Damen und Herren,\n\nanbei leiten wir Ihnen die Anmeldung unserer Kollegin Frau Petra "
             "Luthardt weiter.\n\nMit freundlichen Grüßen\ni. A. Kerstin Roth\nHauptamt\nStadt Steinach")
    case("steinach-forward-attached-rfc822",
         mail(frm=("Hauptamt Stadt Steinach", "hauptamt@steinach.example"),
              subject="WG: Anmeldung ISEK-Veranstaltung", date="Fri, 25 Apr 2025 08:20:40 +0200",
              mailer="User-Agent: Mozilla Thunderbird",
              body=multi("mixed", [leaf("text/plain", flow(outer), "UTF-8", "8bit", params="; format=flowed", quote_charset=False),
                                   raw_part('Content-Type: message/rfc822; name="Anmeldung ISEK-Veranstaltung.eml"\n'
                                            'Content-Disposition: attachment; filename="Anmeldung ISEK-Veranstaltung.eml"\n'
                                            "Content-Transfer-Encoding: 8bit\n", inner)],
                         "------------0B8jS2VQmW1cXyZa9Pq3Rt7U")),
         label("registration", [("Petra Luthardt", "p.luthardt@steinach.example", "Stadtentwicklung und Wirtschaftsförderung")],
               "Stadt Steinach", "municipality", "Steinach"))

    # S/MIME signed.
    text = ("Sehr geehrte Damen und Herren,\n\nhiermit melde ich mich für die Landgemeinde Ilmtal-Weinstraße zur "
            "Transferveranstaltung am 20. Mai 2025 an.\n\nMit freundlichen Grüßen\n\nFrank Trautmann\n"
            "Leiter Bauamt\nLandgemeinde Ilmtal-Weinstraße\nPfiffelbach\n")
    signed = multi("signed", [
        leaf("text/plain", text, "utf-8", "quoted-printable"),
        binary('application/pkcs7-signature; name="smime.p7s"', SIG, disp='attachment; filename="smime.p7s"'),
    ], "----=_NextPart_000_0101_01DBB8C4.ABCDEF00",
        params=' protocol="application/pkcs7-signature"; micalg=sha-256;')
    case("ilmtal-weinstrasse-smime-signed",
         mail(frm=("Trautmann, Frank", "f.trautmann@ilmtal-weinstrasse.example"),
              subject="Anmeldung Transferveranstaltung", date="Mon, 28 Apr 2025 11:11:11 +0200",
              mailer="X-Mailer: Microsoft Outlook 16.0", body=signed),
         label("registration", [("Frank Trautmann", "f.trautmann@ilmtal-weinstrasse.example", "Leiter Bauamt")],
               "Landgemeinde Ilmtal-Weinstraße", "municipality", "Ilmtal-Weinstraße"))

    # multipart/mixed with a PDF form attached; the text names the attendees.
    text = ("Sehr geehrte Damen und Herren,\n\nanbei erhalten Sie unser ausgefülltes Anmeldeformular. "
            "Teilnehmen werden:\n\n1. Herr Bürgermeister Mirko Bauch\n"
            "2. Frau Doreen Kaiser, Bauverwaltung (d.kaiser@harth-poellnitz.example)\n\n"
            "Mit freundlichen Grüßen\nDoreen Kaiser\nGemeinde Harth-Pöllnitz")
    case("harth-poellnitz-pdf-attachment",
         mail(frm=("Kaiser, Doreen", "d.kaiser@harth-poellnitz.example"),
              subject="Anmeldung Transferveranstaltung", date="Tue, 29 Apr 2025 10:40:12 +0200",
              mailer="X-Mailer: Microsoft Outlook 16.0",
              body=multi("mixed", [outlook_alt(text, "_000_alt_HP0429"),
                                   binary('application/pdf; name="Anmeldung_Harth-Poellnitz.pdf"', PDF,
                                          disp='attachment; filename="Anmeldung_Harth-Poellnitz.pdf"')],
                         "_004_mixed_HP0429")),
         label("registration", [("Mirko Bauch", None, "Bürgermeister"),
                                ("Doreen Kaiser", "d.kaiser@harth-poellnitz.example", "Bauverwaltung")],
               "Gemeinde Harth-Pöllnitz", "municipality", "Harth-Pöllnitz"))

    # Android mail, base64 UTF-8, long hyphenated Landgemeinde.
    text = ("Hallo zusammen,\nhiermit melde ich mich für die Veranstaltung am 20.05. an.\n"
            "Mit freundlichen Grüßen\nNadine Schreiber\nGemeinde Mohlsdorf-Teichwolframsdorf\n\n"
            "Von meinem Samsung Galaxy Smartphone gesendet.")
    case("mohlsdorf-teichwolframsdorf-android-base64",
         mail(frm=("Nadine Schreiber", "n.schreiber@mohlsdorf-teichwolframsdorf.example"), subject="Anmeldung",
              date="Wed, 30 Apr 2025 07:05:55 +0200",
              body=multi("alternative", [leaf("text/plain", text, "UTF-8", "base64", quote_charset=False),
                                         leaf("text/html", simple_html(text, "Roboto"), "UTF-8", "base64", quote_charset=False)],
                         "--_com.samsung.android.email_1746000355001", preamble=None)),
         label("registration", [("Nadine Schreiber", "n.schreiber@mohlsdorf-teichwolframsdorf.example", None)],
               "Gemeinde Mohlsdorf-Teichwolframsdorf", "municipality", "Mohlsdorf-Teichwolframsdorf"))

    # Key-value form for two persons (surname/given name separate).
    text = ("Anmeldung zur 9. Transferveranstaltung am 20.05.2025\n\n"
            "Name: Langguth\nVorname: Susanne\nKommune: Gemeinde Amt Wachsenburg\n"
            "Funktion: Sachgebietsleiterin Bauleitplanung\nE-Mail: s.langguth@amt-wachsenburg.example\n\n"
            "Name: Wiegand\nVorname: Falk\nKommune: Gemeinde Amt Wachsenburg\n"
            "Funktion: Ortsteilbürgermeister Ichtershausen\nE-Mail: -\n\n"
            "Mit freundlichen Grüßen\nSusanne Langguth")
    case("amt-wachsenburg-key-value-form",
         mail(frm=("Langguth, Susanne", "s.langguth@amt-wachsenburg.example"), hcs="iso-8859-1",
              subject="Anmeldung Gemeinde Amt Wachsenburg", date="Wed, 30 Apr 2025 14:22:08 +0200",
              mailer="X-Mailer: Microsoft Outlook 16.0", body=outlook_alt(text, "----=_NextPart_000_0222_01DBB9C0.33445566")),
         label("registration", [("Susanne Langguth", "s.langguth@amt-wachsenburg.example", "Sachgebietsleiterin Bauleitplanung"),
                                ("Falk Wiegand", None, "Ortsteilbürgermeister Ichtershausen")],
               "Gemeinde Amt Wachsenburg", "municipality", "Amt Wachsenburg"))

    # Registering two colleagues but not oneself; RFC 2047 Q-encoded name and subject.
    text = ("Sehr geehrte Damen und Herren,\n\nich selbst kann am 20. Mai leider nicht, melde aber zwei Kollegen an:\n"
            "Frau Sophie Krämer (Stadtplanung, s.kraemer@ebeleben.example) und Herrn Patrick Nöller "
            "(Bauamt, p.noeller@ebeleben.example).\n\n"
            "Mit freundlichen Grüßen\nJürgen Großmann\nHauptamtsleiter\nStadt Ebeleben")
    case("ebeleben-colleagues-not-self-rfc2047",
         mail(frm=("Jürgen Großmann", "j.grossmann@ebeleben.example"), hcs="iso-8859-1",
              subject="Anmeldung für die Transferveranstaltung – Stadt Ebeleben", date="Fri, 2 May 2025 09:59:31 +0200",
              body=leaf("text/plain", text, "iso-8859-1", "quoted-printable")),
         label("registration", [("Sophie Krämer", "s.kraemer@ebeleben.example", "Stadtplanung"),
                                ("Patrick Nöller", "p.noeller@ebeleben.example", "Bauamt")],
               "Stadt Ebeleben", "municipality", "Ebeleben"))

    # Numbered list of four with titles.
    text = ("Sehr geehrte Damen und Herren,\n\nfür die Stadt Bürgel melden wir folgende Teilnehmer an:\n\n"
            "1. Bürgermeister Dipl.-Ing. Hartmut Bergner\n"
            "2. Dr. rer. nat. Elke Bachmann, Klimaschutzmanagerin\n"
            "3. Frau Dipl.-Geogr. Ines Rothe, Stadtplanung, ines.rothe@buergel.example\n"
            "4. Herr Marcel Tischendorf (Auszubildender)\n\n"
            "Freundliche Grüße\nInes Rothe\nStadt Bürgel")
    case("buergel-numbered-list-titles",
         mail(frm=("Ines Rothe", "ines.rothe@buergel.example"), subject="Anmeldung Stadt Bürgel (4 Personen)",
              date="Mon, 5 May 2025 14:14:14 +0200", mailer="User-Agent: Mozilla Thunderbird",
              body=leaf("text/plain", flow(text), "UTF-8", "8bit", params="; format=flowed", quote_charset=False)),
         label("registration", [("Hartmut Bergner", None, "Bürgermeister"),
                                ("Elke Bachmann", None, "Klimaschutzmanagerin"),
                                ("Ines Rothe", "ines.rothe@buergel.example", "Stadtplanung"),
                                ("Marcel Tischendorf", None, "Auszubildender")],
               "Stadt Bürgel", "municipality", "Bürgel"))

    # Newer Outlook reply block "Von:/Gesendet:/An:/Betreff:" quoting the invitation.
    text = ("Guten Tag,\n\ngern nehme ich für die Landgemeinde Sonnenstein teil.\n\n"
            "Freundliche Grüße\nCarola Hunold\nBau- und Liegenschaftsverwaltung\n\n"
            "Von: Poststelle TMDI <poststelle@tmdi.example>\nGesendet: Montag, 14. April 2025 10:02\n"
            "An: info@sonnenstein-eichsfeld.example\n"
            "Betreff: Einladung 9. Transferveranstaltung „Zusammen denken – gemeinsam handeln“ am 20.05.2025\n\n"
            + INVITE)
    case("sonnenstein-outlook-von-gesendet-block",
         mail(frm=("Hunold, Carola", "c.hunold@sonnenstein-eichsfeld.example"),
              subject="AW: Einladung 9. Transferveranstaltung „Zusammen denken – gemeinsam handeln“ am 20.05.2025",
              date="Thu, 8 May 2025 16:47:03 +0200", mailer="X-Mailer: Microsoft Outlook 16.0",
              body=outlook_alt(text, "_000_PR3P193MB0777F0E1D2C3B4A5PR3P193MB0777EURP_")),
         label("registration", [("Carola Hunold", "c.hunold@sonnenstein-eichsfeld.example",
                                 "Bau- und Liegenschaftsverwaltung")],
               "Landgemeinde Sonnenstein", "municipality", "Sonnenstein"))


# =====================================================================================================
# Cancellations, changes, questions
# =====================================================================================================

def cancellations() -> None:
    code = "ISEK-7KQ2-M9XD"
    text = ("Sehr geehrte Damen und Herren,\n\nleider muss ich meine Teilnahme an der Veranstaltung am 20.05.2025 "
            "absagen, da an diesem Tag kurzfristig eine Gemeinderatssitzung angesetzt wurde.\n\n"
            "Mit freundlichen Grüßen\nStefanie Gottschalk\nGemeinde Kyffhäuserland\nBauverwaltung\n\n"
            "-----Ursprüngliche Nachricht-----\n"
            f"Von: Anmeldung Transferveranstaltung <{US}>\nGesendet: Mittwoch, 23. April 2025 11:15\n"
            "An: Gottschalk, Stefanie <s.gottschalk@kyffhaeuserland.example>\n"
            "Betreff: Ihre Anmeldung zur 9. Transferveranstaltung am 20. Mai 2025\n\n"
            + confirmation("Sehr geehrte Frau Gottschalk", code))
    case("cancel-kyffhaeuserland-outlook-reply-code",
         mail(frm=("Gottschalk, Stefanie", "s.gottschalk@kyffhaeuserland.example"),
              subject="AW: Ihre Anmeldung zur 9. Transferveranstaltung am 20. Mai 2025",
              date="Mon, 5 May 2025 08:12:30 +0200", mailer="X-Mailer: Microsoft Outlook 16.0",
              body=outlook_alt(text, "_000_AS8PR09MB6100C1D2E3F4A5B6AS8PR09MB6100eurp_")),
         label("cancellation", [("Stefanie Gottschalk", "s.gottschalk@kyffhaeuserland.example", "Bauverwaltung")],
               "Gemeinde Kyffhäuserland", "municipality", "Kyffhäuserland"))

    text = "Hallo, muss leider für Dienstag absagen, bin krankgeschrieben.\nGruß Jens Opitz\n\nVon meinem iPhone gesendet"
    case("cancel-magdala-mobile-no-code",
         mail(frm=("Jens Opitz", "j.opitz@magdala.example"), subject="Absage",
              date="Sun, 18 May 2025 19:40:12 +0200", mailer="X-Mailer: iPhone Mail (22E252)",
              body=leaf("text/plain", text, "utf-8", "quoted-printable", quote_charset=False)),
         label("cancellation", [("Jens Opitz", "j.opitz@magdala.example", None)],
               "Stadt Magdala", "municipality", "Magdala"))

    text = ("Sehr geehrte Damen und Herren,\n\nvon unseren drei angemeldeten Teilnehmern (Code ISEK-H4ZR-8TWN) "
            "muss Frau Manuela Dietz leider absagen. Herr Kürschner und ich kommen wie geplant.\n\n"
            "Mit freundlichen Grüßen\nAnnett Hügel\nStadt Heldburg\nBauamt")
    case("cancel-heldburg-one-of-three",
         mail(frm=("Annett Hügel", "a.huegel@heldburg.example"), subject="Teilabsage Stadt Heldburg",
              date="Tue, 13 May 2025 10:05:00 +0200",
              body=leaf("text/plain", text, "windows-1252", "quoted-printable")),
         label("cancellation", [("Manuela Dietz", None, None)], "Stadt Heldburg", "municipality", "Heldburg"))

    code = "ISEK-K8DB-2YTC"
    text = ("Sehr geehrte Damen und Herren,\n\nich ziehe meine Anmeldung leider zurück – am 20. Mai tagt unsere "
            "Verbandsversammlung, das hatte ich übersehen.\n\nMit freundlichen Grüßen\nGerd Hofmann\n"
            "Bürgermeister der Gemeinde Sitzendorf\n\n"
            "Am 24.04.2025 um 09:31 schrieb Anmeldung Transferveranstaltung:\n"
            + quote(confirmation("Sehr geehrter Herr Hofmann", code)))
    case("cancel-sitzendorf-thunderbird-flowed",
         mail(frm=("Gerd Hofmann", "buergermeister@sitzendorf.example"),
              subject="Re: Ihre Anmeldung zur 9. Transferveranstaltung am 20. Mai 2025",
              date="Wed, 7 May 2025 17:33:41 +0200", mailer="User-Agent: Mozilla Thunderbird",
              extra=[("In-Reply-To", "<conf-ISEK-K8DB-2YTC@transferveranstaltung.example>")],
              body=leaf("text/plain", flow(text), "UTF-8", "8bit", params="; format=flowed; delsp=no", quote_charset=False)),
         label("cancellation", [("Gerd Hofmann", "buergermeister@sitzendorf.example", "Bürgermeister")],
               "Gemeinde Sitzendorf", "municipality", "Sitzendorf"))

    text = ("Dear registration team,\n\nunfortunately I have to cancel my registration for 20 May "
            "(code ISEK-3PXV-R7KA). Apologies for any inconvenience.\n\nBest regards,\nOliver Grant\n"
            "Northbridge Urban Design Ltd\nManchester, UK")
    case("cancel-english-planning-firm",
         mail(frm=("Oliver Grant", "o.grant@northbridge-ud.example"), subject="Cancellation - 20 May",
              date="Fri, 9 May 2025 12:00:07 +0100", mailer="X-Mailer: Microsoft Outlook 16.0",
              body=leaf("text/plain", text, "us-ascii", "7bit")),
         label("cancellation", [("Oliver Grant", "o.grant@northbridge-ud.example", None)],
               "Northbridge Urban Design Ltd", "planning_office", None, language="en"))

    text = ("Sehr geehrte Damen und Herren,\n\nhiermit sage ich meine Teilnahme an der Transferveranstaltung ab. "
            "Leider ist mir etwas dazwischengekommen.\n\nMfG\nBernd Köcher\nBürgermeister der Gemeinde Tröbnitz")
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
            '<div style="font-family: Verdana;font-size: 12.0px;"><div>'
            + "<br/>".join(escape(l, quote=False) for l in text.split("\n")) + "</div></div></body></html>\n")
    case("cancel-troebnitz-webde-html",
         mail(frm=("Bernd Köcher", "bernd.koecher@web.example"), subject="Absage Transferveranstaltung",
              date="Sat, 10 May 2025 10:20:30 +0200", extra=[("X-UI-Message-Type", "mail")],
              body=leaf("text/html", html, "UTF-8", "quoted-printable", quote_charset=False)),
         label("cancellation", [("Bernd Köcher", "bernd.koecher@web.example", "Bürgermeister")],
               "Gemeinde Tröbnitz", "municipality", "Tröbnitz"))

    text = ("Sehr geehrte Damen und Herren,\n\nim Auftrag von Herrn Bürgermeister Ralf Heinemann muss ich seine "
            "Anmeldung für den 20.05.2025 leider stornieren (Code ISEK-M2WQ-5FJH).\n\n"
            "Mit freundlichen Grüßen\ni. A. Simone Brückner\nSekretariat des Bürgermeisters\nStadt Gebesee")
    case("cancel-gebesee-secretary-for-mayor",
         mail(frm=("Brückner, Simone", "sekretariat@gebesee.example"), hcs="iso-8859-1",
              subject="Stornierung Anmeldung Bürgermeister Heinemann", date="Mon, 12 May 2025 08:45:19 +0200",
              mailer="X-Mailer: Microsoft Outlook 16.0", body=outlook_alt(text, "----=_NextPart_000_0333_01DBC30A.44556677")),
         label("cancellation", [("Ralf Heinemann", None, "Bürgermeister")], "Stadt Gebesee", "municipality", "Gebesee"))


def changes() -> None:
    text = ("Guten Tag,\n\nstatt meiner wird Frau Yvonne Stark (y.stark@kraftsdorf.example) an der "
            "Veranstaltung am 20. Mai teilnehmen, ich bin an dem Tag leider im Urlaub. Code: ISEK-W5NF-Q3LU\n\n"
            "Danke und Gruß\nMatthias Ulbricht\nGemeinde Kraftsdorf")
    case("change-kraftsdorf-statt-meiner",
         mail(frm=("Matthias Ulbricht", "m.ulbricht@kraftsdorf.example"), subject="Änderung Teilnehmer",
              date="Tue, 29 Apr 2025 15:50:02 +0200",
              body=leaf("text/plain", text, "utf-8", "quoted-printable")),
         label("change", [("Yvonne Stark", "y.stark@kraftsdorf.example", None),
                          ("Matthias Ulbricht", "m.ulbricht@kraftsdorf.example", None)],
               "Gemeinde Kraftsdorf", "municipality", "Kraftsdorf"))

    text = ("Sehr geehrte Damen und Herren,\n\nunser Bürgermeister, Herr Wolfram Ebert, hatte sich am 16. April zur "
            "Transferveranstaltung angemeldet, ist am 20. Mai aber leider verhindert. In Vertretung für ihn werde "
            "ich teilnehmen.\n\nMit freundlichen Grüßen\n\nManja Zitzmann\nHauptamt\nGemeinde Masserberg")
    case("change-masserberg-in-vertretung-outlook-html",
         mail(frm=("Zitzmann, Manja", "m.zitzmann@masserberg.example"),
              subject="Teilnahme in Vertretung", date="Wed, 7 May 2025 11:31:00 +0200",
              mailer="X-Mailer: Microsoft Outlook 16.0",
              body=leaf("text/html", word_html(word_paras(text)), "windows-1252", "quoted-printable")),
         label("change", [("Manja Zitzmann", "m.zitzmann@masserberg.example", "Hauptamt"),
                          ("Wolfram Ebert", None, "Bürgermeister")],
               "Gemeinde Masserberg", "municipality", "Masserberg"))

    text = ("Sehr geehrte Damen und Herren,\n\nzu meiner Anmeldung vom 17.04. (Code ISEK-T9GA-6MRE) möchte ich noch "
            "meinen Kollegen Herrn Enrico Baumbach nachmelden, enrico.baumbach@rositz.example.\n\n"
            "Viele Grüße\nKatja Heß\nGemeinde Rositz – Bauamt")
    case("change-rositz-added-colleague",
         mail(frm=("Katja Heß", "k.hess@rositz.example"), subject="Nachmeldung Kollege",
              date="Thu, 8 May 2025 09:14:27 +0200", mailer="User-Agent: Mozilla Thunderbird",
              body=leaf("text/plain", flow(text), "UTF-8", "8bit", params="; format=flowed", quote_charset=False)),
         label("change", [("Enrico Baumbach", "enrico.baumbach@rositz.example", None)],
               "Gemeinde Rositz", "municipality", "Rositz"))

    text = ("Sehr geehrte Damen und Herren,\n\nbitte verwenden Sie für alle weiteren Informationen zur "
            "Transferveranstaltung meine neue Dienstadresse: m.fischer@gemeinde-hohenstein.example\n"
            "Die bisherige Adresse wird Ende Mai abgeschaltet.\n\n"
            "Mit freundlichen Grüßen\nMarion Fischer\nGemeinde Hohenstein (Landkreis Nordhausen)")
    case("change-hohenstein-new-address",
         mail(frm=("Marion Fischer", "mfischer@hohenstein-nordhausen.example"), subject="Neue E-Mail-Adresse",
              date="Thu, 8 May 2025 13:02:50 +0200",
              body=leaf("text/plain", text, "iso-8859-1", "quoted-printable")),
         label("change", [("Marion Fischer", "m.fischer@gemeinde-hohenstein.example", None)],
               "Gemeinde Hohenstein", "municipality", "Hohenstein"))

    code = "ISEK-B7XS-4HKP"
    text = ("Sehr geehrte Damen und Herren,\n\nnoch zwei Hinweise zu meiner Anmeldung: Ich ernähre mich vegetarisch "
            "und reise mit dem Zug über Saalfeld an, ich komme also erst gegen 10 Uhr an.\n\n"
            "Mit freundlichen Grüßen\nTino Rauschenbach\nGemeinde Herbsleben\n\n"
            "-----Ursprüngliche Nachricht-----\n"
            f"Von: Anmeldung Transferveranstaltung <{US}>\nGesendet: Freitag, 25. April 2025 14:03\n"
            "An: Rauschenbach, Tino <t.rauschenbach@herbsleben.example>\n"
            "Betreff: Ihre Anmeldung zur 9. Transferveranstaltung am 20. Mai 2025\n\n"
            + confirmation("Sehr geehrter Herr Rauschenbach", code))
    case("change-herbsleben-diet-train-reply",
         mail(frm=("Rauschenbach, Tino", "t.rauschenbach@herbsleben.example"),
              subject="AW: Ihre Anmeldung zur 9. Transferveranstaltung am 20. Mai 2025",
              date="Fri, 9 May 2025 10:10:10 +0200", mailer="X-Mailer: Microsoft Outlook 16.0",
              body=outlook_alt(text, "_000_BEZP281MB2121A0B1C2D3E4F5BEZP281MB2121DEUP_")),
         label("change", [("Tino Rauschenbach", "t.rauschenbach@herbsleben.example", None)],
               "Gemeinde Herbsleben", "municipality", "Herbsleben",
               notes=["Ich ernähre mich vegetarisch",
                      "reise mit dem Zug über Saalfeld an, ich komme also erst gegen 10 Uhr an"]))

    text = ("Sehr geehrte Damen und Herren,\n\nfür die Gemeinde Schwarza gibt es eine Änderung: anstelle von "
            "Frau Birgit Heym wird Herr Oliver Jahn (Bauamt, o.jahn@vg-dolmar-salzbruecke.example) an der "
            "Veranstaltung teilnehmen.\n\nMit freundlichen Grüßen\nPeggy Recknagel\n"
            "Verwaltungsgemeinschaft Dolmar-Salzbrücke\nHauptamt")
    case("change-schwarza-anstelle-vg",
         mail(frm=("Recknagel, Peggy", "p.recknagel@vg-dolmar-salzbruecke.example"),
              subject="Änderung Anmeldung Gemeinde Schwarza", date="Mon, 12 May 2025 14:27:33 +0200",
              mailer="X-Mailer: Microsoft Outlook 16.0",
              body=leaf("text/plain", text, "windows-1252", "quoted-printable")),
         label("change", [("Oliver Jahn", "o.jahn@vg-dolmar-salzbruecke.example", "Bauamt"),
                          ("Birgit Heym", None, None)],
               "Verwaltungsgemeinschaft Dolmar-Salzbrücke", "municipality", "Schwarza"))


def questions() -> None:
    text = ("Guten Tag,\n\nwir sind bereits angemeldet und kommen mit zwei Dienstfahrzeugen. Gibt es am "
            "Veranstaltungsort Parkplätze, oder müssen wir in der Stadt parken?\n\n"
            "Mit freundlichen Grüßen\nRené Schäfer\nGemeinde Unterbreizbach")
    case("question-unterbreizbach-parking",
         mail(frm=("René Schäfer", "r.schaefer@unterbreizbach.example"), subject="Frage zum Parken",
              date="Wed, 14 May 2025 08:22:19 +0200",
              body=leaf("text/plain", text, "utf-8", "quoted-printable")),
         label("question", [], "Gemeinde Unterbreizbach", "municipality", "Unterbreizbach"))

    text = ("Sehr geehrte Damen und Herren,\n\nder Bürgermeister unserer Mitgliedsgemeinde Kirchheilingen ist "
            "auf einen Rollstuhl angewiesen. Ist der Veranstaltungsort barrierefrei zugänglich (Eingang, "
            "Toiletten)? Falls ja, würden wir ihn gern anmelden.\n\nMit freundlichen Grüßen\nSilke Oberländer\n"
            "Verwaltungsgemeinschaft Bad Tennstedt")
    case("question-kirchheilingen-accessibility-conditional",
         mail(frm=("Oberländer, Silke", "s.oberlaender@vg-bad-tennstedt.example"), hcs="iso-8859-1",
              subject="Barrierefreiheit", date="Thu, 24 Apr 2025 10:48:36 +0200",
              mailer="X-Mailer: Microsoft Outlook 16.0", body=outlook_alt(text, "----=_NextPart_000_0444_01DBB4F0.55667788")),
         label("question", [], "Verwaltungsgemeinschaft Bad Tennstedt", "municipality", "Kirchheilingen"))

    text = ("Hallo,\n\ngibt es schon ein detailliertes Programm mit Uhrzeiten und Referenten? Wir überlegen, ob sich "
            "die Anreise aus Nordhausen für uns lohnt.\n\nGruß\nFelix Rambow\nStadtLandPlan – Büro für Stadt- "
            "und Regionalplanung\nNordhausen")
    case("question-programme-planning-office",
         mail(frm=("Felix Rambow", "rambow@stadtlandplan.example"), subject="Programm?",
              date="Mon, 28 Apr 2025 16:16:16 +0200", mailer="User-Agent: Mozilla Thunderbird",
              body=leaf("text/plain", flow(text), "UTF-8", "8bit", params="; format=flowed", quote_charset=False)),
         label("question", [], "StadtLandPlan – Büro für Stadt- und Regionalplanung", "planning_office", None))

    text = ("Sehr geehrte Damen und Herren,\n\nbesteht die Möglichkeit, online an der Veranstaltung teilzunehmen "
            "(Livestream oder Webex)? Für unsere Kolleginnen ist die Fahrt aus Sondershausen nach Bad Lobenstein "
            "sehr weit.\n\nMit freundlichen Grüßen\nDr. Angelika Rosenkranz\nLandratsamt Kyffhäuserkreis\n"
            "Amt für Kreisentwicklung")
    case("question-online-landratsamt-kyffhaeuserkreis",
         mail(frm=("Rosenkranz, Angelika Dr.", "a.rosenkranz@kyffhaeuser-lra.example"),
              subject="Online-Teilnahme möglich?", date="Tue, 29 Apr 2025 09:37:45 +0200",
              mailer="X-Mailer: Microsoft Outlook 16.0",
              body=outlook_alt(text, "_000_FRYP281MB3033A1B2C3D4E5F6FRYP281MB3033DEUP_")),
         label("question", [], "Landratsamt Kyffhäuserkreis", "authority", None))

    text = ("Guten Tag,\n\nin der Einladung steht, dass die Teilnahme kostenfrei ist. Erhalten wir trotzdem eine "
            "Rechnung, z. B. für die Verpflegung? Und gibt es eine Teilnahmebescheinigung für unsere "
            "Fortbildungsnachweise?\n\nMit freundlichen Grüßen\nCornelia Wätzig\nKämmerei\n"
            "Stadtverwaltung Berga-Wünschendorf")
    case("question-berga-wuenschendorf-invoice-certificate",
         mail(frm=("Wätzig, Cornelia", "c.waetzig@berga-wuenschendorf.example"), hcs="iso-8859-1",
              subject="Rechnung / Teilnahmebescheinigung", date="Fri, 2 May 2025 11:06:58 +0200",
              mailer="X-Mailer: Microsoft Outlook 16.0",
              body=leaf("text/plain", text, "windows-1252", "quoted-printable")),
         label("question", [], "Stadtverwaltung Berga-Wünschendorf", "municipality", "Berga-Wünschendorf"))


# =====================================================================================================
# Not answered: auto-replies and bounces
# =====================================================================================================

CONF_SUBJECT = "Ihre Anmeldung zur 9. Transferveranstaltung am 20. Mai 2025"


def auto_replies() -> None:
    text = ("Vielen Dank für Ihre Nachricht.\n\nIch bin bis einschließlich 25.04.2025 nicht im Büro. "
            "Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an "
            "bauamt@bad-liebenstein.example.\n\nMit freundlichen Grüßen\nKerstin Hartung")
    case("auto-exchange-de-auto-submitted",
         mail(frm=("Hartung, Kerstin", "kerstin.hartung@bad-liebenstein.example"),
              subject="Automatische Antwort: " + CONF_SUBJECT, date="Thu, 17 Apr 2025 07:20:02 +0000",
              extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                     ("X-MS-Exchange-Inbox-Rules-Loop", "kerstin.hartung@bad-liebenstein.example"),
                     ("Content-Language", "de-DE")],
              mailer="X-Mailer: Microsoft Outlook 16.0", body=outlook_alt(text, "_000_autoreply_KH0417_")),
         label("auto_reply"))

    text = ("Thank you for your message. I am currently out of the office with limited access to e-mail and will "
            "return on 5 May 2025. For urgent matters please contact our Berlin office at berlin@meridian-urban.example.\n\n"
            "Kind regards\nHannah Whitfield")
    case("auto-english-x-autoreply",
         mail(frm=("Hannah Whitfield", "hannah.whitfield@meridian-urban.example"),
              subject="Out of Office: " + "Your registration for the 9th Transfer Event",
              date="Fri, 25 Apr 2025 09:00:41 +0100",
              extra=[("X-Autoreply", "yes")], body=leaf("text/plain", text, "us-ascii", "7bit")),
         label("auto_reply", language="en"))

    text = ("Abwesenheitsnotiz\n\nIch bin vom 28.04. bis 09.05.2025 im Urlaub. Ihre E-Mail wird nicht "
            "weitergeleitet. In dringenden Fällen wenden Sie sich bitte an das Bauamt der VG Oppurg, "
            "Tel. 03647 4150-0.\n\nClaudia Weigelt")
    case("auto-abwesenheitsnotiz-text-only",
         mail(frm=("VG Oppurg - Bauamt", "bauamt@vg-oppurg.example"), subject="Abwesenheitsnotiz",
              date="Mon, 28 Apr 2025 08:00:03 +0200", body=leaf("text/plain", text, "iso-8859-1", "quoted-printable")),
         label("auto_reply"))

    text = ("Sehr geehrte Damen und Herren,\n\nvielen Dank für Ihre E-Mail. Ich bin ab Montag, dem 12.05.2025, "
            "wieder erreichbar. Ihre Nachricht wird nicht automatisch weitergeleitet.\n\n"
            "Mit freundlichen Grüßen\nThomas Greiner\nBürgermeister der Gemeinde Eichenberg")
    case("auto-reply-subject-re-no-headers",
         mail(frm=("Thomas Greiner", "t.greiner@eichenberg-hbn.example"), subject="Re: " + CONF_SUBJECT,
              date="Wed, 7 May 2025 12:00:12 +0200", body=leaf("text/plain", text, "utf-8", "quoted-printable")),
         label("auto_reply"))

    text = ("Sehr geehrte Damen und Herren,\n\nIhre Nachricht ist bei uns eingegangen und wurde unter der "
            "Ticketnummer 2025042210000417 erfasst. Bitte geben Sie diese Nummer bei Rückfragen an.\n\n"
            "Dies ist eine automatisch erzeugte Nachricht. Bitte antworten Sie nicht auf diese E-Mail.\n\n"
            "Ihr Bürgerservice\nLandratsamt Saale-Orla-Kreis")
    case("auto-ticket-system-noreply-bulk",
         mail(frm=("Bürgerservice Landratsamt", "noreply@lra-sok.example"),
              subject="[Ticket#2025042210000417] Eingangsbestätigung: " + CONF_SUBJECT,
              date="Tue, 22 Apr 2025 14:25:09 +0200",
              extra=[("Precedence", "bulk"), ("Auto-Submitted", "auto-generated"), ("X-Loop", "ticket@lra-sok.example"),
                     ("X-OTRS-Loop", "yes")],
              body=leaf("text/plain", text, "utf-8", "8bit")),
         label("auto_reply"))

    text = ("Ich bin derzeit nicht im Büro und ab dem 19.05.2025 wieder für Sie da.\n"
            "Ihre Nachricht wird nicht weitergeleitet.\n\nFreundliche Grüße\nIngrid Holland-Moritz")
    case("auto-automatische-antwort-subject-only",
         mail(frm=("Holland-Moritz, Ingrid", "ingrid.holland-moritz@bad-tabarz.example"), hcs="iso-8859-1",
              subject="Automatische Antwort: Hinweise zur Anreise", date="Tue, 13 May 2025 09:01:00 +0200",
              body=outlook_alt(text, "_000_autoreply_IHM0513_")),
         label("auto_reply"))

    text = ("Diese E-Mail-Adresse wird nicht mehr genutzt.\n\nBitte senden Sie Ihre Nachricht künftig an "
            "bauamt@vg-seenplatte.example. Ihre E-Mail wurde nicht weitergeleitet.\n\n"
            "Verwaltungsgemeinschaft Seenplatte")
    case("auto-address-no-longer-used",
         mail(frm=("VG Seenplatte", "bauverwaltung@vg-seenplatte.example"), subject="Adresse nicht mehr aktiv",
              date="Thu, 24 Apr 2025 11:15:40 +0200",
              extra=[("Auto-Submitted", "auto-replied")], body=leaf("text/plain", text, "utf-8", "quoted-printable")),
         label("auto_reply"))

    text = "Danke für Ihre Mail, ich bin bis 19.5. im Urlaub und lese meine Nachrichten danach.\nMaik Scholz"
    case("auto-webmail-x-autorespond",
         mail(frm=("Maik Scholz", "maik.scholz@gmx.example"), subject="Re: " + CONF_SUBJECT,
              date="Mon, 12 May 2025 08:14:00 +0200",
              extra=[("X-Autorespond", "Urlaub"), ("X-UI-Message-Type", "autoresponder")],
              body=leaf("text/plain", text, "UTF-8", "quoted-printable", quote_charset=False)),
         label("auto_reply"))


def _our_headers(to: str, date: str, n: int) -> str:
    return (f"Return-Path: <{US}>\nFrom: Anmeldung Transferveranstaltung <{US}>\nTo: {to}\n"
            f"Subject: {CONF_SUBJECT}\nDate: {date}\nMessage-ID: <conf-{n:04d}@transferveranstaltung.example>\n"
            "MIME-Version: 1.0\nContent-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: 8bit\n")


def bounces() -> None:
    rcpt = "s.pfeiffer@vg-seenplatte.example"
    report = multi("report", [
        leaf("text/plain",
             "This is the mail system at host mx.transferveranstaltung.example.\n\n"
             "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. "
             "It's attached below.\n\nFor further assistance, please send mail to postmaster.\n\n"
             "If you do so, please include this problem report. You can\ndelete your own text from the attached "
             "returned message.\n\n                   The mail system\n\n"
             f"<{rcpt}>: host mx.vg-seenplatte.example[192.0.2.44] said: 550 5.1.1\n    <{rcpt}>: Recipient "
             "address rejected: User unknown in local recipient table (in\n    reply to RCPT TO command)\n",
             "us-ascii", "7bit", params="", disp="notification", quote_charset=False),
        raw_part("Content-Type: message/delivery-status\nContent-Description: Delivery report\n",
                 "Reporting-MTA: dns; mx.transferveranstaltung.example\nX-Postfix-Queue-ID: 4Z9XQ12abc\n"
                 f"X-Postfix-Sender: rfc822; {US}\nArrival-Date: Wed, 23 Apr 2025 11:40:02 +0200 (CEST)\n\n"
                 f"Final-Recipient: rfc822; {rcpt}\nOriginal-Recipient: rfc822;{rcpt}\nAction: failed\n"
                 "Status: 5.1.1\nRemote-MTA: dns; mx.vg-seenplatte.example\n"
                 f"Diagnostic-Code: smtp; 550 5.1.1 <{rcpt}>: Recipient address rejected: User\n"
                 "    unknown in local recipient table\n"),
        raw_part("Content-Type: text/rfc822-headers\nContent-Description: Undelivered Message Headers\n",
                 _our_headers(f"Steffen Pfeiffer <{rcpt}>", "Wed, 23 Apr 2025 11:40:01 +0200", 41)),
    ], "4Z9XQ12abc.1745401202/mx.transferveranstaltung.example", params=" report-type=delivery-status;",
        preamble="This is a MIME-encapsulated message.")
    case("bounce-postfix-dsn-user-unknown",
         mail(frm=("Mail Delivery System", "MAILER-DAEMON@mx.transferveranstaltung.example"),
              subject="Undelivered Mail Returned to Sender", date="Wed, 23 Apr 2025 11:40:03 +0200",
              return_path="<>", extra=[("Auto-Submitted", "auto-replied")], received=False, to=US, body=report),
         label("bounce", bounce_recipient=rcpt))

    rcpt = "m.hartleb@landratsamt-greiz.example"
    report = multi("report", [
        multi("alternative", [
            leaf("text/plain",
                 "Die Nachricht konnte nicht zugestellt werden.\n\n"
                 f"Die E-Mail-Adresse, an die Sie die Nachricht gesendet haben, wurde nicht gefunden: {rcpt}. "
                 "Prüfen Sie die Adresse des Empfängers, und versuchen Sie erneut, die Nachricht zu senden.\n\n"
                 "Diagnoseinformationen für Administratoren:\n\nGenerierender Server: MAIL01.landratsamt-greiz.example\n\n"
                 f"{rcpt}\nRemote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'\n",
                 "utf-8", "quoted-printable"),
            leaf("text/html",
                 "<html><body><p><b><font color=\"#000066\" size=\"3\" face=\"Arial\">Die Nachricht konnte nicht zugestellt werden.</font></b></p>"
                 f"<p>Die E-Mail-Adresse, an die Sie die Nachricht gesendet haben, wurde nicht gefunden: {rcpt}.</p>"
                 "</body></html>\n", "utf-8", "quoted-printable"),
        ], "_000_NDR_alt_greiz_", preamble=None),
        raw_part("Content-Type: message/delivery-status\n",
                 "Reporting-MTA: dns;MAIL01.landratsamt-greiz.example\nReceived-From-MTA: dns;mx.transferveranstaltung.example\n"
                 "Arrival-Date: Thu, 24 Apr 2025 09:12:40 +0000\n\n"
                 f"Final-Recipient: rfc822;{rcpt}\nAction: failed\nStatus: 5.1.10\n"
                 "Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\n"),
        raw_part("Content-Type: message/rfc822\n",
                 _our_headers(f"Marko Hartleb <{rcpt}>", "Thu, 24 Apr 2025 11:12:39 +0200", 57)
                 + "\nSehr geehrter Herr Hartleb,\n\nvielen Dank für Ihre Anmeldung zur 9. Transferveranstaltung am "
                   "Dienstag, 20. Mai 2025, in Bad Lobenstein.\n\nIhr persönlicher Code: ISEK-Z2CJ-9VWD\n"),
    ], "_002_NDR_report_greiz_", params=" report-type=delivery-status;", preamble=None)
    case("bounce-exchange-ndr-de-report",
         mail(frm=("Microsoft Outlook", "postmaster@landratsamt-greiz.example"),
              subject="Unzustellbar: " + CONF_SUBJECT, date="Thu, 24 Apr 2025 09:12:41 +0000",
              return_path="<>", extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", ""),
                                       ("Content-Language", "de-DE")], body=report),
         label("bounce", bounce_recipient=rcpt))

    rcpt = "k.hartung@bad-liebenstein.example"
    text = ("This message was created automatically by mail delivery software.\n\n"
            "A message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent "
            "error. The following address(es) failed:\n\n"
            f"  {rcpt}\n    host mx.bad-liebenstein.example [192.0.2.17]\n"
            f"    SMTP error from remote mail server after RCPT TO:<{rcpt}>:\n"
            "    550 5.1.1 User unknown\n\n"
            "------ This is a copy of the message, including all the headers. ------\n\n"
            + _our_headers(f"K. Hartung <{rcpt}>", "Thu, 17 Apr 2025 07:15:00 +0200", 12)
            + "\nSehr geehrte Frau Hartung,\n\nvielen Dank für Ihre Anmeldung zur 9. Transferveranstaltung "
              "am Dienstag, 20. Mai 2025, in Bad Lobenstein.\n\nIhr persönlicher Code: ISEK-R6LM-3NQF\n")
    case("bounce-exim-plain-text",
         mail(frm=("Mail Delivery System", "Mailer-Daemon@mail.bad-liebenstein.example"),
              subject="Mail delivery failed: returning message to sender", date="Thu, 17 Apr 2025 07:15:04 +0200",
              return_path="<>", extra=[("X-Failed-Recipients", rcpt), ("Auto-Submitted", "auto-replied")],
              body=leaf("text/plain", text, "utf-8", "8bit")),
         label("bounce", bounce_recipient=rcpt))

    rcpt = "info@gemeinde-witterda.example"
    text = ("Hi. This is the qmail-send program at mail.kommunal-hosting.example.\n"
            "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
            "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
            f"<{rcpt}>:\nSorry, no mailbox here by that name. (#5.1.1)\n\n"
            "--- Below this line is a copy of the message.\n\n"
            + _our_headers(f"<{rcpt}>", "Mon, 28 Apr 2025 10:00:00 +0200", 88)
            + "\nSehr geehrte Damen und Herren,\n\nvielen Dank für Ihre Anmeldung ...\n")
    case("bounce-qmail-plain",
         mail(frm="MAILER-DAEMON@mail.kommunal-hosting.example", subject="failure notice",
              date="Mon, 28 Apr 2025 10:00:05 +0200", return_path="<>",
              body=leaf("text/plain", text, "utf-8", "8bit")),
         label("bounce", bounce_recipient=rcpt))

    rcpt = "h.mueller@lra-wartburgkreis.example"
    text = ("Ihre Nachricht\n\n  An:      Heinz Müller\n  Betreff: " + CONF_SUBJECT + "\n"
            "  Gesendet:        02.05.2025 10:14\n\nhat einige oder alle Empfänger nicht erreicht.\n\n"
            f"  '{rcpt}' am 02.05.2025 10:14\n"
            "    Das Postfach des Empfängers ist voll, die Nachricht kann nicht gespeichert werden.\n"
            "    <MAIL02.lra-wartburgkreis.example #5.2.2 smtp;552 5.2.2 Mailbox full>\n")
    case("bounce-exchange-plain-de-mailbox-full",
         mail(frm=("Systemadministrator", "postmaster@lra-wartburgkreis.example"),
              subject="Unzustellbar: " + CONF_SUBJECT, date="Fri, 2 May 2025 10:14:22 +0200",
              return_path="<>", body=leaf("text/plain", text, "iso-8859-1", "8bit")),
         label("bounce", bounce_recipient=rcpt))


# =====================================================================================================
# Other
# =====================================================================================================

def others() -> None:
    text = ("Newsletter Stadtumbau & Städtebauförderung Thüringen – Ausgabe 4/2025\n\n"
            "Termine\n- 20.05.2025: 9. Transferveranstaltung „Zusammen denken – gemeinsam handeln“ in Bad Lobenstein "
            "– jetzt anmelden!\n- 12.06.2025: Fachforum Klimaanpassung im Quartier, Erfurt\n\n"
            "Förderung\n- Neue Verwaltungsvorschrift Städtebauförderung: Was sich für Kommunen ändert\n\n"
            "Sie erhalten diesen Newsletter, weil Sie sich dafür angemeldet haben. Abmelden: "
            "https://netzwerk-stadtumbau.example/abmelden\n")
    case("other-newsletter-list-id",
         mail(frm=("Netzwerk Stadtumbau Thüringen", "newsletter@netzwerk-stadtumbau.example"),
              subject="Newsletter 4/2025: Termine, Förderung, Praxisbeispiele", date="Thu, 24 Apr 2025 06:00:00 +0200",
              extra=[("List-Id", "Newsletter Netzwerk Stadtumbau <newsletter.netzwerk-stadtumbau.example>"),
                     ("List-Unsubscribe", "<https://netzwerk-stadtumbau.example/abmelden>, <mailto:abmelden@netzwerk-stadtumbau.example>"),
                     ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")],
              body=multi("alternative", [leaf("text/plain", text, "utf-8", "quoted-printable"),
                                         leaf("text/html", simple_html(text, "Arial"), "utf-8", "quoted-printable")],
                         "=_nl_2025_04_b7c1", preamble=None)),
         label("other"))

    text = ("Sehr geehrte Veranstalter,\n\nSie planen eine Fachveranstaltung? Wir liefern Namensschilder, "
            "Teilnehmerlisten und mobile Tagungstechnik innerhalb von 48 Stunden – thüringenweit. Für Ihre "
            "Transferveranstaltung im Mai bieten wir Ihnen 10 % Rabatt auf unser Komplettpaket.\n\n"
            "Rufen Sie uns an oder antworten Sie einfach auf diese E-Mail.\n\nMit freundlichen Grüßen\n"
            "Ronny Kretzschmar\nEventtechnik Kretzschmar GmbH\nGera")
    case("other-vendor-offer",
         mail(frm=("Eventtechnik Kretzschmar", "angebote@eventtechnik-kretzschmar.example"),
              subject="Ihr Event im Mai – 10 % auf Tagungstechnik", date="Tue, 29 Apr 2025 10:30:00 +0200",
              body=leaf("text/plain", text, "utf-8", "quoted-printable")),
         label("other", org="Eventtechnik Kretzschmar GmbH", otype="other"))

    text = ("Liebes Organisationsteam,\n\nvielen Dank für die gelungene Veranstaltung gestern in Bad Lobenstein! "
            "Der Austausch mit der Bewilligungsstelle und den anderen Kommunen war für uns sehr hilfreich. "
            "Auf die angekündigten Präsentationen freuen wir uns.\n\n"
            "Herzliche Grüße aus Altenburg\nKatrin Sommerfeld\nFachdienstleiterin Stadtentwicklung\nStadt Altenburg")
    case("other-thanks-after-event",
         mail(frm=("Sommerfeld, Katrin Dr.", "k.sommerfeld@stadt-altenburg.example"),
              subject="Dank für die Transferveranstaltung", date="Wed, 21 May 2025 08:32:10 +0200",
              mailer="X-Mailer: Microsoft Outlook 16.0", body=outlook_alt(text, "_000_thanks_KS0521_")),
         label("other", org="Stadtverwaltung Altenburg", otype="municipality", m="Altenburg"))

    enc = ('Content-Type: application/pkcs7-mime; smime-type=enveloped-data; name="smime.p7m"\n'
           'Content-Transfer-Encoding: base64\nContent-Disposition: attachment; filename="smime.p7m"\n'
           "Content-Description: S/MIME Encrypted Message\n\n").encode("ascii") + base64.encodebytes(ENC)
    case("other-smime-encrypted",
         mail(frm=("Bauamt Stadt Wurzbach", "bauamt@wurzbach.example"), subject="Anmeldung",
              date="Wed, 7 May 2025 13:13:13 +0200", mailer="X-Mailer: Microsoft Outlook 16.0", body=enc),
         label("other", needs_review=True))


# =====================================================================================================
# Writing and validation
# =====================================================================================================

def build() -> list[tuple[str, bytes, dict]]:
    CASES.clear()
    _counter[0] = 0
    for f in (registrations_a, registrations_b, registrations_c, cancellations, changes, questions,
              auto_replies, bounces, others):
        f()
    cases = list(CASES)
    random.Random(20250520).shuffle(cases)  # an inbox is not sorted by intent
    return cases


def decoded_text(msg) -> str:
    """Headers plus every decodable text part (also inside attached messages), for the address check."""
    out = [str(v) for _, v in msg.items()]
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            out.append(part.get_content())
            for _, v in part.items():
                out.append(str(v))
    return "\n".join(out)


def validate(folder: Path) -> list[str]:
    problems: list[str] = []
    gaz = {r["ags"]: r for r in GAZ}
    ids: set[str] = set()
    emls = sorted(folder.glob("[0-9][0-9][0-9]-*.eml"))
    for eml in emls:
        raw = eml.read_bytes()
        msg = message_from_bytes(raw, policy=policy.default)
        name = eml.name
        for part in msg.walk():
            if part.defects:
                problems.append(f"{name}: defects {part.defects} in {part.get_content_type()}")
        for h in ("From", "Date", "Message-ID"):
            if not msg[h]:
                problems.append(f"{name}: no {h}")
        mid = str(msg["Message-ID"]).strip()
        if mid in ids:
            problems.append(f"{name}: duplicate Message-ID")
        ids.add(mid)
        if msg.get_content_type() != "application/pkcs7-mime":
            text = decoded_text(msg)
        else:
            text = "\n".join(str(v) for _, v in msg.items())
        for code in re.findall(r"ISEK-\S{4}-\S{4}", text):
            if not CODE_RE.fullmatch(code):
                problems.append(f"{name}: malformed code {code}")
        exp = json.loads(eml.with_suffix(".json").read_text(encoding="utf-8"))
        if exp["intent"] not in {"registration", "cancellation", "change", "question", "auto_reply", "bounce", "other"}:
            problems.append(f"{name}: intent {exp['intent']}")
        if exp["intent"] in {"auto_reply", "bounce", "other", "question"} and exp["attendees"]:
            problems.append(f"{name}: {exp['intent']} with attendees")
        if exp["intent"] == "bounce" and exp.get("bounce_recipient", "").lower() not in text.lower():
            problems.append(f"{name}: bounce_recipient not in mail")
        for a in exp["attendees"]:
            if re.match(r"(Herr|Frau|Dr\.?|Prof\.|Dipl\.)\s", a["name"]):
                problems.append(f"{name}: title in name {a['name']}")
            if a["email"] and a["email"].lower() not in text.lower():
                problems.append(f"{name}: address {a['email']} not in mail")
            surname = a["name"].split()[-1]
            if surname.lower() not in text.lower():
                problems.append(f"{name}: name {a['name']} not in mail")
        m = exp["municipality"]
        if m is not None:
            row = gaz.get(m["ags"])
            if row is None or row["name"] != m["name"] or row["district"] != m["district"]:
                problems.append(f"{name}: municipality {m} not in gazetteer")
    return problems


def main() -> int:
    cases = build()
    slugs = [s for s, _, _ in cases]
    assert len(set(slugs)) == len(slugs), "duplicate slug"
    for old in list(HERE.glob("[0-9][0-9][0-9]-*.eml")) + list(HERE.glob("[0-9][0-9][0-9]-*.json")):
        old.unlink()
    for i, (slug, eml, lab) in enumerate(cases, start=1):
        stem = f"{i:03d}-{slug}"
        (HERE / f"{stem}.eml").write_bytes(eml)
        (HERE / f"{stem}.json").write_text(json.dumps(lab, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    problems = validate(HERE)
    counts: dict[str, int] = {}
    for _, _, lab in cases:
        counts[lab["intent"]] = counts.get(lab["intent"], 0) + 1
    print(f"{len(cases)} mails written to {HERE}")
    for k, v in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {k:13s} {v:3d}  {100 * v / len(cases):4.0f} %")
    for p in problems:
        print("PROBLEM:", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
