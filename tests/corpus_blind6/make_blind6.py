"""Rebuild and validate the sixth blind corpus (tests/corpus_blind6/).

Written from the invitation, INTERFACE.md, issue 3 and the labelling conventions of tests/corpus/README.md (and
the READMEs of the earlier blind sets) only, without reading or running the parser, by a sixth writer. Each case
below is one mail as a real inbox receives it, built byte by byte by the small MIME writer of
tests/corpus_blind4/make_blind4.py (copied here so that this folder stands alone), together with what a careful
event secretary records from that mail alone.

    .venv/bin/python tests/corpus_blind6/make_blind6.py          # rewrite all files, then validate
    .venv/bin/python tests/corpus_blind6/make_blind6.py --check  # validate the files as they are
"""

from __future__ import annotations

import base64
import csv
import hashlib
import html
import json
import quopri
import random
import re
import sys
import zlib
from collections import Counter
from datetime import datetime, timedelta, timezone
from email import message_from_bytes, policy
from email.utils import format_datetime, getaddresses
from pathlib import Path
from typing import Callable

HERE = Path(__file__).resolve().parent
GAZETTEER_CANDIDATES = [
    Path("/work/shared/data/thueringen-gemeinden.csv"),
    HERE.parents[1] / "mailbot" / "understand" / "data" / "thueringen-gemeinden.csv",
]
INBOX = "anmeldung@transferveranstaltung.example"
OUR_NAME = "Transferveranstaltung ISEK – Anmeldung"
CEST = timezone(timedelta(hours=2))

# --------------------------------------------------------------------------------------------------
# a small byte-exact MIME writer
# --------------------------------------------------------------------------------------------------

Part = tuple[list[str], bytes]


def ew(text: str, charset: str = "utf-8", enc: str = "Q") -> str:
    """RFC 2047 encoded word (one word; callers keep texts short)."""
    data = text.encode(charset)
    if enc == "B":
        return f"=?{charset}?B?{base64.b64encode(data).decode()}?="
    out = []
    for b in data:
        ch = chr(b)
        if ch == " ":
            out.append("_")
        elif ch.isascii() and (ch.isalnum() or ch in "!*+-/"):
            out.append(ch)
        else:
            out.append(f"={b:02X}")
    return f"=?{charset}?Q?{''.join(out)}?="


def hval(text: str, charset: str = "utf-8", enc: str = "Q") -> str:
    """A header value: plain if ASCII, else encoded words of at most 75 characters, folded as clients do."""
    if text.isascii():
        return text
    words, chunk = [], ""
    for ch in text:
        if len(ew(chunk + ch, charset, enc)) > 75:
            words.append(ew(chunk, charset, enc))
            chunk = ""
        chunk += ch
    words.append(ew(chunk, charset, enc))
    return "\n ".join(words)


def addr(name: str | None, address: str, charset: str = "utf-8", enc: str = "Q") -> str:
    if not name:
        return address
    if name.isascii():
        quoted = f'"{name}"' if any(c in name for c in ',.;:()') else name
        return f"{quoted} <{address}>"
    return f"{ew(name, charset, enc)} <{address}>"


def encode_body(text: str | bytes, charset: str | None, cte: str) -> bytes:
    data = text if isinstance(text, bytes) else text.encode(charset or "ascii")
    if cte == "quoted-printable":
        return quopri.encodestring(data, quotetabs=False)
    if cte == "base64":
        return base64.encodebytes(data)
    return data if data.endswith(b"\n") else data + b"\n"


def leaf(ctype: str, body: str | bytes, charset: str | None = "utf-8", cte: str = "quoted-printable",
         params: str = "", extra: tuple[str, ...] = ()) -> Part:
    ct = f"Content-Type: {ctype}"
    if charset:
        ct += f'; charset="{charset}"'
    ct += params
    return [ct, f"Content-Transfer-Encoding: {cte}", *extra], encode_body(body, charset, cte)


def text(body: str, charset: str = "utf-8", cte: str = "quoted-printable", flowed: bool = False,
         sub: str = "plain", extra: tuple[str, ...] = ()) -> Part:
    params = "; format=flowed" if flowed else ""
    return leaf(f"text/{sub}", body, charset, cte, params, extra)


def multi(sub: str, parts: list[Part], boundary: str, params: str = "",
          preamble: str = "") -> Part:
    chunks = [preamble.encode()] if preamble else []
    for p in parts:
        chunks.append(f"\n--{boundary}\n".encode() if chunks else f"--{boundary}\n".encode())
        chunks.append(serialize(p))
    chunks.append(f"\n--{boundary}--\n".encode())
    return [f'Content-Type: multipart/{sub};{params} boundary="{boundary}"'], b"".join(chunks)


def attachment(ctype: str, filename: str, data: bytes, disposition: str = "attachment",
               cid: str | None = None) -> Part:
    headers = [f'Content-Type: {ctype}; name="{filename}"',
               f'Content-Disposition: {disposition}; filename="{filename}"',
               "Content-Transfer-Encoding: base64"]
    if cid:
        headers.insert(1, f"Content-ID: <{cid}>")
    return headers, base64.encodebytes(data)


def rfc822(raw: bytes, disposition: str | None = None) -> Part:
    headers = ["Content-Type: message/rfc822"]
    if disposition:
        headers.append(f"Content-Disposition: {disposition}")
    return headers, raw


def serialize(part: Part) -> bytes:
    headers, body = part
    head = "\n".join(headers).encode()
    body = body.rstrip(b"\n")
    return head + b"\n\n" + body


def message(headers: list[str], part: Part, crlf: bool = False) -> bytes:
    raw = "\n".join(headers + ["MIME-Version: 1.0"]).encode() + b"\n" + serialize(part) + b"\n"
    if crlf:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return raw


def rfcdate(when: str) -> str:
    """'2025-04-23 09:14' → RFC 5322 date in CEST."""
    dt = datetime.strptime(when, "%Y-%m-%d %H:%M").replace(tzinfo=CEST)
    return format_datetime(dt)


def msgid(slug: str, domain: str) -> str:
    h = hashlib.sha1(slug.encode()).hexdigest()
    return f"<{h[:12].upper()}.{h[12:20]}@{domain}>"


def envelope(slug: str, frm: str, subject: str, when: str, *, to: str = INBOX,
             extra: tuple[str, ...] = (), subject_enc: tuple[str, str] = ("utf-8", "Q"),
             domain: str | None = None) -> list[str]:
    address = getaddresses([frm])[0][1]
    dom = domain or address.split("@")[-1]
    return [f"From: {frm}", f"To: {to}", f"Subject: {hval(subject, *subject_enc)}",
            f"Date: {rfcdate(when)}", f"Message-ID: {msgid(slug, dom)}", *extra]


# --------------------------------------------------------------------------------------------------
# client shapes
# --------------------------------------------------------------------------------------------------

WORD_HEAD = (
    '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">\n'
    '<head><meta http-equiv="Content-Type" content="text/html; charset={cs}">\n'
    '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
    "<style><!--\n/* Font Definitions */\n@font-face {{font-family:Calibri;}}\n"
    "p.MsoNormal, li.MsoNormal, div.MsoNormal {{margin:0cm; font-size:11.0pt; font-family:\"Calibri\",sans-serif;}}\n"
    "span.E-MailFormatvorlage17 {{mso-style-type:personal-compose;}}\n"
    "@page WordSection1 {{size:612.0pt 792.0pt;}}\ndiv.WordSection1 {{page:WordSection1;}}\n"
    "--></style></head>\n<body lang=\"DE\" link=\"#0563C1\" vlink=\"#954F72\" style=\"word-wrap:break-word\">\n"
    '<div class="WordSection1">\n'
)


def esc(line: str) -> str:
    return html.escape(line, quote=False)


def word_paragraphs(body: str) -> str:
    out = []
    for line in body.split("\n"):
        out.append(f'<p class="MsoNormal">{esc(line) if line.strip() else "&nbsp;"}<o:p></o:p></p>')
    return "\n".join(out)


def word_html(body: str, cs: str = "windows-1252", inner: str | None = None) -> str:
    content = inner if inner is not None else word_paragraphs(body)
    return WORD_HEAD.format(cs=cs) + content + "\n</div>\n</body>\n</html>\n"


def outlook_headers(extra: tuple[str, ...] = ()) -> tuple[str, ...]:
    return ("X-Mailer: Microsoft Outlook 16.0", "Thread-Index: AdtxQ2Vb8n3kQm1HRkqZ7oZ0w8pLzA==",
            "Content-Language: de-DE", *extra)


def outlook_alt(slug: str, body: str, inner_html: str | None = None, cs: str = "windows-1252") -> Part:
    b = "----=_NextPart_000_" + hashlib.md5(slug.encode()).hexdigest()[:20].upper()
    return multi("alternative", [text(body, cs), text(word_html(body, cs, inner_html), cs, sub="html")], b)


def flow(body: str, width: int = 72) -> str:
    """format=flowed: long lines broken with a trailing space (soft break)."""
    out = []
    for line in body.split("\n"):
        if line == "-- " or line.startswith(">") or len(line) <= width:
            out.append(line if line == "-- " else line.rstrip(" "))
            continue
        cur = ""
        for word in line.split(" "):
            if cur and len(cur) + 1 + len(word) > width:
                out.append(cur + " ")
                cur = word
            else:
                cur = word if not cur else cur + " " + word
        out.append(cur)
    return "\n".join(out)


def simple_html(body: str, style: str = "") -> str:
    lines = "\n".join(f"<div>{esc(l) if l.strip() else '<br>'}</div>" for l in body.split("\n"))
    return f"<html><head></head><body><div style=\"{style}\">\n{lines}\n</div></body></html>\n"


def apple_html(body: str) -> str:
    lines = "\n".join(f"<div>{esc(l) if l.strip() else '<br>'}</div>" for l in body.split("\n"))
    return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
            f"\n{lines}\n</body></html>\n")


def tiny_png() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        c = kind + data
        return len(data).to_bytes(4, "big") + c + zlib.crc32(c).to_bytes(4, "big")
    ihdr = (8).to_bytes(4, "big") + (8).to_bytes(4, "big") + bytes([8, 2, 0, 0, 0])
    raw = b"".join(b"\x00" + bytes([30, 90, 160]) * 8 for _ in range(8))
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")


def dummy_pdf(title: str) -> bytes:
    return (f"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            f"2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
            f"3 0 obj << /Title ({title}) >> endobj\ntrailer << /Root 1 0 R /Info 3 0 R >>\n%%EOF\n").encode()


DUMMY_P7S = hashlib.sha512(b"not a real signature").digest() * 12


# --------------------------------------------------------------------------------------------------
# our own outgoing mails, as they come back quoted or attached
# --------------------------------------------------------------------------------------------------

def confirmation(salutation: str, persons: list[str], code: str) -> str:
    listed = "\n".join(f"- {p}" for p in persons)
    return (f"{salutation},\n\n"
            "vielen Dank für Ihre Anmeldung zur 9. Transferveranstaltung „Zusammen denken – gemeinsam handeln“ "
            "am Dienstag, 20. Mai 2025, in Bad Lobenstein. Ihre Anmeldung ist bestätigt.\n\n"
            f"Ihr persönlicher Code: {code}\n\nAngemeldet:\n{listed}\n\n"
            "Beginn: 9:30 Uhr (Ankommen und Kaffee), Ende gegen 16:00 Uhr.\n\n"
            "Möchten Sie absagen oder etwas ändern, antworten Sie einfach auf diese E-Mail.\n\n"
            "Mit freundlichen Grüßen\nIhr Organisationsteam der Transferveranstaltung\n"
            "Thüringer Ministerium für Digitales und Infrastruktur")


def waitlist(salutation: str, code: str) -> str:
    return (f"{salutation},\n\n"
            "vielen Dank für Ihr Interesse an der 9. Transferveranstaltung am 20. Mai 2025 in Bad Lobenstein. "
            "Leider sind derzeit alle Plätze vergeben. Wir haben Sie auf die Warteliste gesetzt und melden uns, "
            "sobald ein Platz frei wird.\n\n"
            f"Ihr persönlicher Code: {code}\n\n"
            "Mit freundlichen Grüßen\nIhr Organisationsteam der Transferveranstaltung")


def confirm_subject(code: str) -> str:
    return f"Anmeldung bestätigt: 9. Transferveranstaltung am 20. Mai 2025 ({code})"


def quote(body: str) -> str:
    return "\n".join("> " + l if l else ">" for l in body.split("\n"))


def outlook_quote(when_de: str, to: str, subject: str, body: str) -> str:
    return ("-----Ursprüngliche Nachricht-----\n"
            f"Von: {OUR_NAME} <{INBOX}>\nGesendet: {when_de}\nAn: {to}\nBetreff: {subject}\n\n{body}")


def our_mail(slug: str, to: str, subject: str, when: str, body: str) -> bytes:
    headers = [f"From: {addr(OUR_NAME, INBOX)}", f"To: {to}", f"Subject: {hval(subject)}",
               f"Date: {rfcdate(when)}", f"Message-ID: {msgid('our-' + slug, 'transferveranstaltung.example')}",
               "Auto-Submitted: auto-replied"]
    return message(headers, text(body))


_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


def code_for(seed: str) -> str:
    rnd = random.Random(seed)
    a = "".join(rnd.choice(_CODE_ALPHABET) for _ in range(4))
    b = "".join(rnd.choice(_CODE_ALPHABET) for _ in range(4))
    return f"ISEK-{a}-{b}"


# --------------------------------------------------------------------------------------------------
# labels
# --------------------------------------------------------------------------------------------------

def load_gazetteer() -> dict[str, list[dict[str, str]]]:
    for path in GAZETTEER_CANDIDATES:
        if path.exists():
            table: dict[str, list[dict[str, str]]] = {}
            with path.open(encoding="utf-8") as fh:
                for row in csv.DictReader(fh):
                    table.setdefault(row["name"], []).append(row)
            return table
    raise SystemExit("gazetteer thueringen-gemeinden.csv not found")


GAZ = load_gazetteer()


def muni(name: str | None) -> dict[str, str] | None:
    if name is None:
        return None
    rows = GAZ[name]
    assert len(rows) == 1, f"ambiguous municipality {name}"
    return {"name": name, "ags": rows[0]["ags"], "district": rows[0]["district"]}


def P(name: str, email: str | None, role: str | None = None, title: str | None = None) -> dict:
    person = {"name": name, "email": email, "role": role}
    if title:
        person["title"] = title
    return person


def label(intent: str, attendees: list[dict], organisation: str | None, otype: str | None,
          municipality: str | None, *, language: str = "de", notes: list[str] | None = None,
          **extra: object) -> dict:
    out: dict = {"intent": intent, "language": language, "attendees": attendees,
                 "organisation": organisation, "organisation_type": otype, "municipality": muni(municipality)}
    if notes:
        out["notes"] = notes
    out.update(extra)
    return out


CASES: list[tuple[str, Callable[[str], tuple[bytes, dict]]]] = []


def case(slug: str):
    def register(fn: Callable[[str], tuple[bytes, dict]]):
        CASES.append((slug, fn))
        return fn
    return register


# --------------------------------------------------------------------------------------------------
# more of our own mails, and a few client shapes the earlier sets did not need
# --------------------------------------------------------------------------------------------------

INVITE_FROM = "Referat Städtebau und Städtebauförderung <isek-transfer@transferveranstaltung.example>"
INVITE_SUBJECT = "Einladung: 9. Transferveranstaltung „Zusammen denken – gemeinsam handeln“ am 20. Mai 2025"
INVITATION = """Sehr geehrte Akteurinnen und Akteure der Thüringer Kommunen,

das Thüringer Ministerium für Digitales und Infrastruktur lädt am Dienstag, den 20. Mai 2025 zur 9. Transferveranstaltung „Zusammen denken – gemeinsam handeln“ nach Bad Lobenstein ein. Dieses Mal stehen die Integrierten Stadtentwicklungskonzepte (ISEK) im Fokus.

Die Einladung richtet sich insbesondere an Kommunalverwaltungen, die Ihr ISEK fortschreiben wollen oder kürzlich fortgeschrieben haben sowie an damit beauftragte externe Planungsbüros.

Die Teilnahme vor Ort ist kostenfrei. Bitte melden Sie sich bis zum 9. Mai 2025 per E-Mail an anmeldung@transferveranstaltung.example an.

Mit freundlichen Grüßen
Referat Städtebau und Städtebauförderung
Thüringer Ministerium für Digitales und Infrastruktur"""


def reminder(salutation: str, code: str) -> str:
    return (f"{salutation},\n\nwir freuen uns, Sie am Dienstag, 20. Mai 2025, in Bad Lobenstein zur 9. Transferveranstaltung "
            "begrüßen zu dürfen. Ankommen ab 9:30 Uhr, Ende gegen 16:00 Uhr.\n\n"
            f"Ihr persönlicher Code: {code}\n\nMit freundlichen Grüßen\nIhr Organisationsteam der Transferveranstaltung")


def reminder_subject(code: str) -> str:
    return f"Erinnerung: 9. Transferveranstaltung am 20. Mai 2025 ({code})"


def thunderbird_quote(when_de: str, who: str, body: str) -> str:
    return f"Am {when_de} schrieb {who}:\n" + quote(body)


def alt(slug: str, body: str, html_body: str, cs: str = "utf-8", cte: str = "quoted-printable",
        prefix: str = "b1_") -> Part:
    b = prefix + hashlib.md5(slug.encode()).hexdigest()[:24]
    return multi("alternative", [text(body, cs, cte), text(html_body, cs, cte, sub="html")], b)


def table_html(rows: list[list[str]], before: str, after: str) -> str:
    """Outlook/Word HTML with a bordered table between two blocks of paragraphs."""
    cells = []
    for i, row in enumerate(rows):
        tds = "".join(
            f'<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">'
            f'{"<b>" if i == 0 else ""}{esc(c)}{"</b>" if i == 0 else ""}<o:p></o:p></p></td>' for c in row)
        cells.append(f"<tr>{tds}</tr>")
    table = ('<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" '
             'style="border-collapse:collapse;border:none">\n' + "\n".join(cells) + "\n</table>")
    return word_paragraphs(before) + "\n" + table + "\n" + word_paragraphs(after)



def android(slug: str, body: str) -> Part:
    return text(body, "utf-8", "base64")


def report(slug: str, human: Part, dsn: str, tail: Part) -> Part:
    return multi("report", [human, (["Content-Type: message/delivery-status"], dsn.encode()), tail],
                 "=_report_" + hashlib.md5(slug.encode()).hexdigest()[:18], ' report-type=delivery-status;')


def rfc822_headers(raw: bytes) -> Part:
    head = raw.split(b"\n\n", 1)[0]
    return ["Content-Type: text/rfc822-headers"], head + b"\n"



def sig(name: str, role: str, org: str, street: str, town: str, phone: str, mail: str, extra: str = "") -> str:
    """The standard signature block a municipal Outlook adds under every mail."""
    block = f"{name}\n{role}\n\n{org}\n{street}\n{town}\nTel.: {phone}\nE-Mail: {mail}"
    return block + (f"\n{extra}" if extra else "")


def ol(slug: str, frm: str, subject: str, when: str, body: str, *, html_only: bool = False,
       inner: str | None = None, extra: tuple[str, ...] = ()) -> bytes:
    """An Outlook mail: alternative (windows-1252 QP + Word HTML) or Word HTML only."""
    h = envelope(slug, frm, subject, when, extra=outlook_headers(extra))
    if html_only:
        return message(h, text(word_html(body, "windows-1252", inner), "windows-1252", sub="html"))
    return message(h, outlook_alt(slug, body, inner))


# ==================================================================================================
# registrations

# --------------------------------------------------------------------------------------------------
# client shapes used by this set
# --------------------------------------------------------------------------------------------------

def tb(slug: str, frm: str, subject: str, when: str, body: str, cte: str = "8bit", extra: tuple[str, ...] = ()) -> bytes:
    """Thunderbird: format=flowed, UTF-8, 8bit or QP."""
    h = envelope(slug, frm, subject, when, extra=("User-Agent: Mozilla Thunderbird", *extra))
    return message(h, text(flow(body), "UTF-8", cte, flowed=True))


def iphone(slug: str, frm: str, subject: str, when: str, body: str, extra: tuple[str, ...] = ()) -> bytes:
    h = envelope(slug, frm, subject, when, extra=("X-Mailer: iPhone Mail (22E252)", *extra))
    return message(h, text(body + "\n\nVon meinem iPhone gesendet", "utf-8", "quoted-printable"))


def apple(slug: str, frm: str, subject: str, when: str, body: str) -> bytes:
    b = "Apple-Mail=_" + hashlib.md5(slug.encode()).hexdigest()[:8].upper() + "-7A1B-4C2D-9E3F-A0B1C2D3E4F5"
    h = envelope(slug, frm, subject, when, extra=("X-Mailer: Apple Mail (2.3826.500.181.1.5)",))
    return message(h, multi("alternative", [text(body, "utf-8", "quoted-printable"),
                                            text(apple_html(body), "utf-8", "quoted-printable", sub="html")], b))


def gmx(slug: str, frm: str, subject: str, when: str, body: str) -> bytes:
    h = envelope(slug, frm, subject, when, extra=("X-Priority: 3", "Importance: normal"))
    return message(h, alt(slug, body, simple_html(body, "font-family: Verdana;font-size: 12.0px;"), prefix="--=_ui-"))


def webde_html_only(slug: str, frm: str, subject: str, when: str, body: str) -> bytes:
    h = envelope(slug, frm, subject, when, extra=("X-UI-Message-Type: mail",))
    html_body = "<html><head></head><body><div style=\"font-family: Verdana;font-size: 12.0px;\"><div>" + \
        "<br>\n".join(esc(l) for l in body.split("\n")) + "</div></div></body></html>\n"
    return message(h, text(html_body, "UTF-8", "quoted-printable", sub="html"))


def ox(slug: str, frm: str, subject: str, when: str, body: str) -> bytes:
    """Open-Xchange: base64 plain + base64 HTML, B-encoded subject."""
    h = envelope(slug, frm, subject, when, extra=("X-Mailer: Open-Xchange Mailer v7.10.6-Rev61",),
                 subject_enc=("UTF-8", "B"))
    return message(h, alt(slug, body, simple_html(body), "UTF-8", "base64", prefix="----=_Part_"))


def droid(slug: str, frm: str, subject: str, when: str, body: str) -> bytes:
    h = envelope(slug, frm, subject, when)
    return message(h, android(slug, body + "\n\nVon meinem Samsung Galaxy Smartphone gesendet."))


def roundcube(slug: str, frm: str, subject: str, when: str, body: str, cs: str = "ISO-8859-1",
              cte: str = "8bit") -> bytes:
    h = envelope(slug, frm, subject, when, extra=("User-Agent: Roundcube Webmail/1.6.6",), subject_enc=(cs, "Q"))
    return message(h, text(body, cs, cte))


def ol_plain(slug: str, frm: str, subject: str, when: str, body: str, extra: tuple[str, ...] = ()) -> bytes:
    h = envelope(slug, frm, subject, when, extra=outlook_headers(extra))
    return message(h, text(body, "windows-1252", "quoted-printable"))


def conf_quote_ol(to: str, code: str, salutation: str, persons: list[str], when_de: str = "Mittwoch, 23. April 2025 10:12") -> str:
    return outlook_quote(when_de, to, confirm_subject(code), confirmation(salutation, persons, code))


def conf_quote_tb(code: str, salutation: str, persons: list[str], when_de: str = "23.04.25 um 10:12") -> str:
    return thunderbird_quote(when_de, f"{OUR_NAME}", confirmation(salutation, persons, code))


# ==================================================================================================
# registrations
# ==================================================================================================

@case("poessneck-bauamt-outlook-single")
def _(slug):
    a = "k.wunschmann@poessneck.example"
    body = """Sehr geehrte Damen und Herren,

hiermit melde ich mich für die 9. Transferveranstaltung am 20.05.2025 an.

Mit freundlichen Grüßen

""" + sig("Katrin Wunschmann", "SB Stadtplanung / Städtebauförderung", "Stadtverwaltung Pößneck", "Markt 1",
          "07381 Pößneck", "03647 500-613", a)
    return ol(slug, addr("Wunschmann, Katrin", a), "Anmeldung Transferveranstaltung", "2025-04-22 08:41", body), \
        label("registration", [P("Katrin Wunschmann", a, "SB Stadtplanung / Städtebauförderung")],
              "Stadtverwaltung Pößneck", "municipality", "Pößneck")


@case("arnstadt-stadtplanung-three-numbered")
def _(slug):
    a = "stadtplanung@arnstadt.example"
    body = """Sehr geehrte Damen und Herren,

von der Stadtverwaltung Arnstadt nehmen an der Veranstaltung am 20. Mai folgende Personen teil:

1. Herr Dipl.-Ing. Uwe Kronacher, Fachbereichsleiter Stadtentwicklung, u.kronacher@arnstadt.example
2. Frau Jessica Kirchschlager, Sachgebiet Stadtsanierung, j.kirchschlager@arnstadt.example
3. Herr Tobias Heydenreich, Sachgebiet Stadtsanierung, t.heydenreich@arnstadt.example

Vielen Dank und freundliche Grüße
i. A. Nicole Sauerbrey

Stadtverwaltung Arnstadt
Fachbereich Stadtentwicklung
Planungsstraße 1
99310 Arnstadt"""
    return ol(slug, addr("Stadtplanung Arnstadt", a), "Anmeldung 9. Transferveranstaltung - Stadt Arnstadt (3 Personen)",
              "2025-04-22 09:12", body), label("registration", [
        P("Uwe Kronacher", "u.kronacher@arnstadt.example", "Fachbereichsleiter Stadtentwicklung", "Dipl.-Ing."),
        P("Jessica Kirchschlager", "j.kirchschlager@arnstadt.example", "Sachgebiet Stadtsanierung"),
        P("Tobias Heydenreich", "t.heydenreich@arnstadt.example", "Sachgebiet Stadtsanierung")],
        "Stadtverwaltung Arnstadt", "municipality", "Arnstadt")


@case("sondershausen-thunderbird-two-sentence")
def _(slug):
    a = "m.pretzsch@sondershausen.example"
    body = """Guten Tag,

ich melde mich und meine Kollegin Frau Anett Gleichmar (a.gleichmar@sondershausen.example) zur Transferveranstaltung am 20. Mai in Bad Lobenstein an. Wir schreiben unser ISEK gerade fort und sind sehr an dem Austausch interessiert.

Beste Grüße
Marco Pretzsch

-- 
Marco Pretzsch
Amt für Stadtentwicklung und Bauordnung
Stadtverwaltung Sondershausen
Markt 7, 99706 Sondershausen
Tel. 03632 622-401"""
    return tb(slug, addr("Marco Pretzsch", a), "Anmeldung ISEK-Transferveranstaltung", "2025-04-22 10:03", body), \
        label("registration", [P("Marco Pretzsch", a, "Amt für Stadtentwicklung und Bauordnung"),
                               P("Anett Gleichmar", "a.gleichmar@sondershausen.example", None)],
              "Stadtverwaltung Sondershausen", "municipality", "Sondershausen")


@case("schmieritz-vg-triptis-mayor-outlook-plain")
def _(slug):
    a = "bauverwaltung@vg-triptis.example"
    body = """Sehr geehrte Damen und Herren,

für die Gemeinde Schmieritz meldet sich Herr Bürgermeister Gerd Stöckigt zur Transferveranstaltung an. Herr Stöckigt hat keine eigene dienstliche E-Mail-Adresse, Rückfragen bitte an mich.

Mit freundlichen Grüßen
i.A. Birgit Fleischhauer

Verwaltungsgemeinschaft Triptis
Bauverwaltung
Markt 1
07819 Triptis"""
    return ol_plain(slug, addr("Fleischhauer, Birgit", a), "Anmeldung Gemeinde Schmieritz", "2025-04-23 09:27", body), \
        label("registration", [P("Gerd Stöckigt", None, "Bürgermeister")], "Verwaltungsgemeinschaft Triptis",
              "municipality", "Schmieritz")


@case("ilmenau-planungsbuero-client-two")
def _(slug):
    a = "kontakt@stadtraum-plan.example"
    body = """Sehr geehrte Damen und Herren,

wir betreuen die Stadt Ilmenau bei der Fortschreibung ihres ISEK und würden gern mit zwei Personen an der Transferveranstaltung teilnehmen:

- Frau M.Sc. Lea Brandenstein (l.brandenstein@stadtraum-plan.example)
- Herr Dipl.-Ing. Carsten Wohlfeld (c.wohlfeld@stadtraum-plan.example)

Mit freundlichen Grüßen

Lea Brandenstein
Projektleiterin

STADTRAUM Planungsgesellschaft mbH
Büro für Stadtplanung und Regionalentwicklung
Kaiserstraße 12, 99084 Erfurt
Tel. 0361 5550-270"""
    return ol(slug, addr("Brandenstein, Lea", a), "Anmeldung Transferveranstaltung / ISEK Ilmenau", "2025-04-23 11:20", body), \
        label("registration", [P("Lea Brandenstein", "l.brandenstein@stadtraum-plan.example", "Projektleiterin", "M.Sc."),
                               P("Carsten Wohlfeld", "c.wohlfeld@stadtraum-plan.example", None, "Dipl.-Ing.")],
              "STADTRAUM Planungsgesellschaft mbH", "planning_office", "Ilmenau")


@case("planungsbuero-no-client-thunderbird")
def _(slug):
    a = "j.schwertfeger@arc-stadtplaner.example"
    body = """Sehr geehrte Damen und Herren,

vielen Dank für die Einladung. Ich nehme gern an der Transferveranstaltung am 20. Mai teil.

Mit freundlichen Grüßen
Jens Schwertfeger

-- 
Dipl.-Ing. Jens Schwertfeger
Architekt und Stadtplaner
Schwertfeger + Partner Architekten und Stadtplaner PartGmbB
Johannisstraße 8, 07743 Jena"""
    return tb(slug, addr("Jens Schwertfeger", a), "Transferveranstaltung 20.05.2025", "2025-04-24 14:02", body, "quoted-printable"), \
        label("registration", [P("Jens Schwertfeger", a, "Architekt und Stadtplaner", "Dipl.-Ing.")],
              "Schwertfeger + Partner Architekten und Stadtplaner PartGmbB", "planning_office", None)


@case("landratsamt-greiz-authority-one")
def _(slug):
    a = "regionalentwicklung@lra-greiz.example"
    body = """Sehr geehrte Damen und Herren,

seitens des Landratsamtes Greiz, Sachgebiet Kreisentwicklung, nimmt Frau Ramona Scheibe an der Veranstaltung teil.

Mit freundlichen Grüßen
Im Auftrag
Ramona Scheibe

Landratsamt Greiz
Fachdienst Kreisentwicklung und Wirtschaftsförderung
Dr.-Rathenau-Platz 11
07973 Greiz"""
    return ol(slug, addr("Scheibe, Ramona", a), "Anmeldung LRA Greiz", "2025-04-24 08:30", body), \
        label("registration", [P("Ramona Scheibe", a, "Kreisentwicklung")], "Landratsamt Greiz", "authority", None)


@case("apolda-aw-invitation-quoted")
def _(slug):
    a = "stadtentwicklung@apolda.example"
    body = """Sehr geehrte Damen und Herren,

gern melde ich mich zur Veranstaltung an.

Mit freundlichen Grüßen

""" + sig("Franziska Ambrosius", "Stadtentwicklung/Fördermittel", "Stadtverwaltung Apolda", "Markt 1",
          "99510 Apolda", "03644 650-318", a) + "\n\n" + \
        outlook_quote("Dienstag, 22. April 2025 07:30", "Stadt Apolda", INVITE_SUBJECT, INVITATION).replace(
            f"Von: {OUR_NAME} <{INBOX}>", f"Von: {INVITE_FROM}")
    return ol(slug, addr("Ambrosius, Franziska", a), "AW: " + INVITE_SUBJECT, "2025-04-22 13:44", body), \
        label("registration", [P("Franziska Ambrosius", a, "Stadtentwicklung/Fördermittel")], "Stadtverwaltung Apolda",
              "municipality", "Apolda")


@case("eisenberg-key-value-roundcube-utf8")
def _(slug):
    a = "bauamt@eisenberg-thue.example"
    body = """Anmeldung zur 9. Transferveranstaltung am 20.05.2025

Name: Weingart
Vorname: Danny
Funktion: Sachbearbeiter Städtebauförderung
Kommune: Stadt Eisenberg
E-Mail: d.weingart@eisenberg-thue.example
Telefon: 036691 73-512

Mit freundlichen Grüßen
D. Weingart"""
    return roundcube(slug, addr("Bauamt Stadt Eisenberg", a), "Anmeldung Transferveranstaltung", "2025-04-25 10:10",
                     body, "UTF-8", "quoted-printable"), \
        label("registration", [P("Danny Weingart", "d.weingart@eisenberg-thue.example", "Sachbearbeiter Städtebauförderung")],
              "Stadt Eisenberg", "municipality", "Eisenberg")


@case("sonneberg-open-xchange-base64")
def _(slug):
    a = "anja.mergner@sonneberg.example"
    body = """Sehr geehrte Damen und Herren,

hiermit melde ich mich für die Transferveranstaltung „Zusammen denken – gemeinsam handeln“ am 20. Mai 2025 an.

Freundliche Grüße
Anja Mergner
Stadtverwaltung Sonneberg
FB Bau / Stadtplanung
Bahnhofsplatz 1
96515 Sonneberg"""
    return ox(slug, addr("Anja Mergner", a), "Anmeldung Transferveranstaltung „Zusammen denken“", "2025-04-23 15:05", body), \
        label("registration", [P("Anja Mergner", a, "FB Bau / Stadtplanung")], "Stadtverwaltung Sonneberg",
              "municipality", "Sonneberg")


@case("gneus-latin1-roundcube")
def _(slug):
    a = "gemeinde.gneus@kommunal-sh.example"
    body = """Guten Tag,

die Gemeinde Gneus meldet sich mit Bürgermeisterin Frau Sigrid Nörenberg zur Transferveranstaltung an. Ihre Adresse: s.noerenberg@kommunal-sh.example

Mit freundlichen Grüßen
Sigrid Nörenberg
Gemeinde Gneus"""
    return roundcube(slug, addr("Gemeinde Gneus", a), "Anmeldung Gemeinde Gneus", "2025-04-24 18:40", body), \
        label("registration", [P("Sigrid Nörenberg", "s.noerenberg@kommunal-sh.example", "Bürgermeisterin")],
              "Gemeinde Gneus", "municipality", "Gneus")


@case("witterda-apple-mail-mayor")
def _(slug):
    a = "buergermeister@witterda.example"
    body = """Sehr geehrte Damen und Herren,

ich komme gern zur Transferveranstaltung am 20. Mai nach Bad Lobenstein.

Mit besten Grüßen
Andreas Trübenbach
Bürgermeister
Gemeinde Witterda"""
    return apple(slug, addr("Andreas Trübenbach", a), "Transferveranstaltung am 20. Mai", "2025-04-22 21:33", body), \
        label("registration", [P("Andreas Trübenbach", a, "Bürgermeister")], "Gemeinde Witterda", "municipality", "Witterda")


@case("kuehndorf-android-base64")
def _(slug):
    a = "ralf.dittmar.kd@t-mail.example"
    body = """Hallo,
ich möchte mich für die Veranstaltung am 20.5. anmelden.
Ralf Dittmar
Gemeinderat Kühndorf, Bauausschuss"""
    return droid(slug, addr("Ralf Dittmar", a), "Anmeldung", "2025-04-26 12:17", body), \
        label("registration", [P("Ralf Dittmar", a, "Gemeinderat, Bauausschuss")], "Gemeinde Kühndorf",
              "municipality", "Kühndorf")


@case("unterweissbach-webde-html-only")
def _(slug):
    a = "vg-mittleres-schwarzatal@web-mail.example"
    body = """Sehr geehrte Damen und Herren,
hiermit melde ich mich verbindlich für die 9. Transferveranstaltung an.
Ich vertrete die Gemeinde Unterweißbach.
Mit freundlichen Grüßen
Ines Lorbeer
Verwaltungsgemeinschaft Mittleres Schwarzatal
Bauamt"""
    return webde_html_only(slug, addr("Ines Lorbeer", a), "Anmeldung 20.05.2025", "2025-04-25 07:58", body), \
        label("registration", [P("Ines Lorbeer", a, "Bauamt")], "Verwaltungsgemeinschaft Mittleres Schwarzatal",
              "municipality", "Unterweißbach")


@case("hildburghausen-two-vegetarian-note")
def _(slug):
    a = "stadtbauamt@hildburghausen.example"
    body = """Sehr geehrte Damen und Herren,

zur Transferveranstaltung am 20. Mai melden wir folgende Teilnehmer an:

Frau Kerstin Rommeiß, Leiterin Stadtbauamt
Herr Philipp Grobe-Einsler, Sachbearbeiter Sanierung

Frau Rommeiß ernährt sich vegetarisch.

Mit freundlichen Grüßen
Im Auftrag
Kerstin Rommeiß

Stadtverwaltung Hildburghausen
Stadtbauamt
Clara-Zetkin-Straße 3
98646 Hildburghausen"""
    return ol(slug, addr("Stadtbauamt Hildburghausen", a), "Anmeldung Transferveranstaltung", "2025-04-23 13:02", body), \
        label("registration", [P("Kerstin Rommeiß", a, "Leiterin Stadtbauamt"),
                               P("Philipp Grobe-Einsler", None, "Sachbearbeiter Sanierung")],
              "Stadtverwaltung Hildburghausen", "municipality", "Hildburghausen",
              notes=["Frau Rommeiß ernährt sich vegetarisch."])


@case("schmoelln-b-subject-surname-first")
def _(slug):
    a = "s.rebhan@schmoelln.example"
    body = """Sehr geehrte Damen und Herren,

ich nehme gern an der Veranstaltung am 20.05.2025 teil.

Mit freundlichen Grüßen

""" + sig("Susann Rebhan", "Sachgebietsleiterin Bauverwaltung", "Stadtverwaltung Schmölln", "Markt 1",
          "04626 Schmölln", "034491 76-214", a)
    h = envelope(slug, addr("Rebhan, Susann", a, "utf-8", "B"), "Anmeldung Transferveranstaltung Schmölln",
                 "2025-04-24 09:55", extra=outlook_headers(), subject_enc=("utf-8", "B"))
    return message(h, outlook_alt(slug, body)), \
        label("registration", [P("Susann Rebhan", a, "Sachgebietsleiterin Bauverwaltung")], "Stadtverwaltung Schmölln",
              "municipality", "Schmölln")


@case("loebichau-html-table-three")
def _(slug):
    a = "bauamt@vg-oberes-sprottental.example"
    before = """Sehr geehrte Damen und Herren,

für die Gemeinde Löbichau melden wir folgende Personen an:
"""
    after = """
Mit freundlichen Grüßen
Jana Kirchhof
Verwaltungsgemeinschaft Oberes Sprottental"""
    rows = [["Name", "Funktion", "E-Mail"],
            ["Jana Kirchhof", "Bauamt VG", a],
            ["Lutz Hammerschmidt", "Bürgermeister", ""],
            ["Carola Weißflog", "Gemeinderätin", "c.weissflog@loebichau.example"]]
    plain = before + "\n".join(" | ".join(r) for r in rows) + "\n" + after
    return ol(slug, addr("Kirchhof, Jana", a), "Anmeldung Löbichau", "2025-04-25 11:35", plain, html_only=True,
              inner=table_html(rows, before, after)), \
        label("registration", [P("Jana Kirchhof", a, "Bauamt VG"), P("Lutz Hammerschmidt", None, "Bürgermeister"),
                               P("Carola Weißflog", "c.weissflog@loebichau.example", "Gemeinderätin")],
              "Verwaltungsgemeinschaft Oberes Sprottental", "municipality", "Löbichau")


@case("heyersdorf-ascii-ae-oe")
def _(slug):
    a = "gemeinde-heyersdorf@kommunal-abg.example"
    body = """Sehr geehrte Damen und Herren,

hiermit melde ich mich fuer die Transferveranstaltung am 20.05.2025 an.

Mit freundlichen Gruessen
Juergen Buechold
Buergermeister Gemeinde Heyersdorf"""
    h = envelope(slug, addr("Juergen Buechold", a), "Anmeldung Transferveranstaltung", "2025-04-27 17:03",
                 extra=("User-Agent: Mutt/2.2.9",))
    return message(h, text(body, "us-ascii", "7bit")), \
        label("registration", [P("Juergen Buechold", a, "Buergermeister")], "Gemeinde Heyersdorf", "municipality", "Heyersdorf")


@case("leinefelde-worbis-outlook-two-colleagues")
def _(slug):
    a = "t.fromm-eckardt@leinefelde-worbis.example"
    body = """Hallo zusammen,

wir sind mit zwei Personen dabei: Frau Tanja Fromm-Eckardt (ich) und unser Amtsleiter Herr Reinhard Gothe (r.gothe@leinefelde-worbis.example).

Viele Grüße

""" + sig("Tanja Fromm-Eckardt", "Amt für Stadtentwicklung", "Stadtverwaltung Leinefelde-Worbis", "Bahnhofstraße 43",
          "37327 Leinefelde-Worbis", "03605 200-441", a)
    return ol(slug, addr("Fromm-Eckardt, Tanja", a), "Transferveranstaltung 20.5. - Anmeldung", "2025-04-24 10:48", body), \
        label("registration", [P("Tanja Fromm-Eckardt", a, "Amt für Stadtentwicklung"),
                               P("Reinhard Gothe", "r.gothe@leinefelde-worbis.example", "Amtsleiter")],
              "Stadtverwaltung Leinefelde-Worbis", "municipality", "Leinefelde-Worbis")


@case("noeda-secretary-registers-mayor")
def _(slug):
    a = "sekretariat@vg-gera-aue.example"
    body = """Sehr geehrte Damen und Herren,

im Auftrag von Herrn Bürgermeister Dietmar Hellmund melde ich ihn für die Transferveranstaltung am 20. Mai 2025 an. Herr Hellmund ist unter d.hellmund@noeda-gemeinde.example erreichbar.

Mit freundlichen Grüßen
Sekretariat
Gemeinde Nöda"""
    return ol(slug, addr("Sekretariat Gemeinde Nöda", a), "Anmeldung Bürgermeister Hellmund", "2025-04-23 08:05", body), \
        label("registration", [P("Dietmar Hellmund", "d.hellmund@noeda-gemeinde.example", "Bürgermeister")],
              "Gemeinde Nöda", "municipality", "Nöda")


@case("rittersdorf-iphone-bin-dabei")
def _(slug):
    a = "mirko.schaarschmidt@rittersdorf.example"
    body = """Hallo,
bin am 20. dabei.
Mirko Schaarschmidt
Gemeinde Rittersdorf"""
    return iphone(slug, addr("Mirko Schaarschmidt", a), "Re: " + INVITE_SUBJECT, "2025-04-22 18:12", body), \
        label("registration", [P("Mirko Schaarschmidt", a, None)], "Gemeinde Rittersdorf", "municipality", "Rittersdorf")


@case("christes-planungsbuero-igek-client")
def _(slug):
    a = "info@landplan-suedthueringen.example"
    body = """Sehr geehrte Damen und Herren,

wir erarbeiten derzeit im Auftrag der Gemeinde Christes das Integrierte Gemeindliche Entwicklungskonzept und möchten gern an der Transferveranstaltung teilnehmen.

Teilnehmer: Herr Benedikt Ruppert, Dipl.-Geogr., b.ruppert@landplan-suedthueringen.example

Mit freundlichen Grüßen
Benedikt Ruppert

LANDPLAN Südthüringen GmbH
Ingenieurbüro für Orts- und Regionalplanung
Neu-Ulmer Straße 25a
98617 Meiningen"""
    return ol(slug, addr("LANDPLAN Südthüringen GmbH", a), "Anmeldung Transferveranstaltung", "2025-04-29 14:30", body), \
        label("registration", [P("Benedikt Ruppert", "b.ruppert@landplan-suedthueringen.example", None, "Dipl.-Geogr.")],
              "LANDPLAN Südthüringen GmbH", "planning_office", "Christes")


@case("landratsamt-kyffhaeuser-two")
def _(slug):
    a = "bauaufsicht@kyffhaeuser-lra.example"
    body = """Sehr geehrte Damen und Herren,

vom Landratsamt Kyffhäuserkreis nehmen teil:
- Frau Gundula Bachstein, Untere Bauaufsichtsbehörde, g.bachstein@kyffhaeuser-lra.example
- Herr Olaf Thimm, Kreisplanung, o.thimm@kyffhaeuser-lra.example

Mit freundlichen Grüßen
i. A. Bachstein

Landratsamt Kyffhäuserkreis
Markt 8
99706 Sondershausen"""
    return ol(slug, addr("Bachstein, Gundula", a), "Anmeldung Landratsamt Kyffhäuserkreis", "2025-04-30 10:22", body), \
        label("registration", [P("Gundula Bachstein", "g.bachstein@kyffhaeuser-lra.example", "Untere Bauaufsichtsbehörde"),
                               P("Olaf Thimm", "o.thimm@kyffhaeuser-lra.example", "Kreisplanung")],
              "Landratsamt Kyffhäuserkreis", "authority", None)


@case("ronneburg-registration-with-parking-question")
def _(slug):
    a = "k.naumburger@ronneburg.example"
    body = """Sehr geehrte Damen und Herren,

ich melde mich für die Transferveranstaltung am 20. Mai an. Ich reise mit dem Auto an – gibt es vor Ort Parkplätze?

Mit freundlichen Grüßen

""" + sig("Kai Naumburger", "Bauamt", "Stadtverwaltung Ronneburg", "Markt 1", "07580 Ronneburg", "036602 550-30", a)
    return ol(slug, addr("Naumburger, Kai", a), "Anmeldung + Frage Parken", "2025-04-28 13:15", body), \
        label("registration", [P("Kai Naumburger", a, "Bauamt")], "Stadtverwaltung Ronneburg", "municipality", "Ronneburg",
              notes=["Ich reise mit dem Auto an – gibt es vor Ort Parkplätze?"])


@case("saalburg-ebersdorf-outlook-train")
def _(slug):
    a = "bauverwaltung@saalburg-ebersdorf.example"
    body = """Sehr geehrte Damen und Herren,

Herr Enrico Wappler und ich, Claudia Stäblein, nehmen für die Stadt Saalburg-Ebersdorf an der Veranstaltung teil. Es ist ja quasi um die Ecke.

Mit freundlichen Grüßen

""" + sig("Claudia Stäblein", "Bauverwaltung", "Stadtverwaltung Saalburg-Ebersdorf", "Markt 1",
          "07929 Saalburg-Ebersdorf", "036647 2207-14", a)
    return ol(slug, addr("Stäblein, Claudia", a), "Anmeldung Transferveranstaltung", "2025-04-23 10:00", body), \
        label("registration", [P("Claudia Stäblein", a, "Bauverwaltung"), P("Enrico Wappler", None, None)],
              "Stadtverwaltung Saalburg-Ebersdorf", "municipality", "Saalburg-Ebersdorf")


@case("erfurt-amt-stadtentwicklung-two")
def _(slug):
    a = "stadtentwicklung@erfurt-verwaltung.example"
    body = """Sehr geehrte Damen und Herren,

für die Landeshauptstadt Erfurt, Amt für Stadtentwicklung und Stadtplanung, melden wir zur 9. Transferveranstaltung an:

Dr. Cornelia Haferkorn, Abteilungsleiterin Stadtentwicklung (cornelia.haferkorn@erfurt-verwaltung.example)
Felix Ostermeier, Sachbearbeiter ISEK (felix.ostermeier@erfurt-verwaltung.example)

Mit freundlichen Grüßen
Im Auftrag
Felix Ostermeier

Landeshauptstadt Erfurt
Stadtverwaltung
Amt für Stadtentwicklung und Stadtplanung
99111 Erfurt"""
    return ol(slug, addr("Ostermeier, Felix", a), "Anmeldung LH Erfurt", "2025-04-24 11:58", body), \
        label("registration", [P("Cornelia Haferkorn", "cornelia.haferkorn@erfurt-verwaltung.example",
                                 "Abteilungsleiterin Stadtentwicklung", "Dr."),
                               P("Felix Ostermeier", "felix.ostermeier@erfurt-verwaltung.example", "Sachbearbeiter ISEK")],
              "Stadtverwaltung Erfurt", "municipality", "Erfurt")


@case("alperstedt-thunderbird-qp-two")
def _(slug):
    a = "buergermeisterin@alperstedt.example"
    body = """Sehr geehrte Damen und Herren,

die Gemeinde Alperstedt nimmt mit zwei Personen teil: ich als Bürgermeisterin und unser Gemeinderat Herr Volker Sparbrodt. Herr Sparbrodt hat keine E-Mail-Adresse bei uns.

Freundliche Grüße
Petra Wenzlaff
Bürgermeisterin Gemeinde Alperstedt"""
    return tb(slug, addr("Petra Wenzlaff", a), "Anmeldung Gemeinde Alperstedt", "2025-04-29 19:21", body, "quoted-printable"), \
        label("registration", [P("Petra Wenzlaff", a, "Bürgermeisterin"), P("Volker Sparbrodt", None, "Gemeinderat")],
              "Gemeinde Alperstedt", "municipality", "Alperstedt")


@case("blankenhain-reply-to-attendee")
def _(slug):
    a = "poststelle@blankenhain.example"
    rt = "m.zwiener@blankenhain.example"
    body = """Sehr geehrte Damen und Herren,

Frau Melanie Zwiener (Bauamt) nimmt für die Stadt Blankenhain an der Transferveranstaltung teil. Bitte senden Sie die Bestätigung direkt an sie.

Mit freundlichen Grüßen
Poststelle
Stadtverwaltung Blankenhain"""
    h = envelope(slug, addr("Stadtverwaltung Blankenhain", a), "Anmeldung Transferveranstaltung", "2025-04-28 11:11",
                 extra=outlook_headers((f"Reply-To: {addr('Zwiener, Melanie', rt)}",)))
    return message(h, outlook_alt(slug, body)), \
        label("registration", [P("Melanie Zwiener", rt, "Bauamt")], "Stadtverwaltung Blankenhain", "municipality", "Blankenhain")


@case("triptis-stadt-morning-only")
def _(slug):
    a = "b.gebhardtsbauer@triptis.example"
    body = """Sehr geehrte Damen und Herren,

ich melde mich für die Veranstaltung an, kann aber nur vormittags teilnehmen, da ich nachmittags Stadtratssitzung habe.

Mit freundlichen Grüßen

""" + sig("Bernd Gebhardtsbauer", "Bürgermeister", "Stadt Triptis", "Markt 1", "07819 Triptis", "036482 840-0", a)
    return ol(slug, addr("Gebhardtsbauer, Bernd", a), "Anmeldung", "2025-04-25 14:26", body), \
        label("registration", [P("Bernd Gebhardtsbauer", a, "Bürgermeister")], "Stadt Triptis", "municipality", "Triptis",
              notes=["kann aber nur vormittags teilnehmen"])


@case("zimmernsupra-wg-forward-colleague")
def _(slug):
    a = "hauptamt@vg-nesseaue.example"
    orig = "ulrike.sachtleben@zimmernsupra.example"
    body = f"""Guten Tag,

anbei die Anmeldung unserer Kollegin, bitte berücksichtigen.

Mit freundlichen Grüßen
Jörg Pfannstiel
VG Nesseaue, Hauptamt

Von: Sachtleben, Ulrike <{orig}>
Gesendet: Montag, 28. April 2025 15:02
An: Hauptamt VG Nesseaue <{a}>
Betreff: Transferveranstaltung

Hallo Jörg,
kannst du mich bitte für die Transferveranstaltung in Bad Lobenstein anmelden? Ich würde für Zimmernsupra hinfahren.
Danke, Ulrike

Ulrike Sachtleben
Gemeinde Zimmernsupra
Gemeindearbeiterin / Bauangelegenheiten"""
    return ol(slug, addr("Pfannstiel, Jörg", a), "WG: Transferveranstaltung", "2025-04-29 08:15", body), \
        label("registration", [P("Ulrike Sachtleben", orig, "Bauangelegenheiten")], "Verwaltungsgemeinschaft Nesseaue",
              "municipality", "Zimmernsupra")


@case("bechstedt-late-registration-may")
def _(slug):
    a = "gemeinde@bechstedt.example"
    body = """Sehr geehrte Damen und Herren,

ich hoffe, es ist noch nicht zu spät: Ich würde mich gern noch für den 20. Mai anmelden.

Viele Grüße
Jan-Philipp Knauerhase
Bürgermeister Gemeinde Bechstedt"""
    return apple(slug, addr("Jan-Philipp Knauerhase", a), "Anmeldung Transferveranstaltung", "2025-05-08 22:03", body), \
        label("registration", [P("Jan-Philipp Knauerhase", a, "Bürgermeister")], "Gemeinde Bechstedt", "municipality",
              "Bechstedt")


@case("dornheim-smime-signed")
def _(slug):
    a = "l.kummerlowe@amt-wachsenburg.example"
    body = """Sehr geehrte Damen und Herren,

hiermit melde ich mich für die Gemeinde Dornheim zur 9. Transferveranstaltung an.

Mit freundlichen Grüßen

""" + sig("Lydia Kummerlöwe", "Bauverwaltung", "Gemeinde Dornheim", "Dorfstraße 5", "99310 Dornheim", "03628 61-230", a)
    h = envelope(slug, addr("Kummerlöwe, Lydia", a), "Anmeldung Gemeinde Dornheim", "2025-04-25 12:40", extra=outlook_headers())
    b = "----=_NextPart_000_SIG_" + hashlib.md5(slug.encode()).hexdigest()[:12].upper()
    part = multi("signed", [outlook_alt(slug, body),
                            attachment("application/pkcs7-signature", "smime.p7s", DUMMY_P7S)], b,
                 ' protocol="application/pkcs7-signature"; micalg=sha-256;')
    return message(h, part), \
        label("registration", [P("Lydia Kummerlöwe", a, "Bauverwaltung")], "Gemeinde Dornheim", "municipality", "Dornheim")


# ==================================================================================================
# auto replies
# ==================================================================================================

@case("auto-exchange-automatische-antwort-headers")
def _(slug):
    a = "s.kleinsteuber@stadt-bad-salzungen.example"
    body = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 2. Mai 2025 nicht im Büro. Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an bauamt@stadt-bad-salzungen.example.

Mit freundlichen Grüßen
Sabine Kleinsteuber"""
    h = envelope(slug, addr("Kleinsteuber, Sabine", a), "Automatische Antwort: " + INVITE_SUBJECT, "2025-04-22 07:31",
                 extra=outlook_headers(("Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All")))
    return message(h, outlook_alt(slug, body)), label("auto_reply", [], None, None, None)


@case("auto-abwesenheitsnotiz-text-only")
def _(slug):
    a = "bauamt@gemeinde-kaltennordheim.example"
    body = """Abwesenheitsnotiz

Sehr geehrte Damen und Herren,

ich bin vom 22.04. bis 30.04.2025 im Urlaub. Ab dem 2. Mai bin ich wieder erreichbar.

Mit freundlichen Grüßen
Thomas Rödiger
Bauamt"""
    return ol_plain(slug, addr("Rödiger, Thomas", a), "Abwesenheitsnotiz: " + INVITE_SUBJECT, "2025-04-22 07:33", body), \
        label("auto_reply", [], None, None, None)


@case("auto-sieve-vacation")
def _(slug):
    a = "buergermeister@gemeinde-ahlstaedt.example"
    body = """Ich bin bis zum 5. Mai nicht erreichbar. Ihre Nachricht wird nach meiner Rückkehr bearbeitet.

Klaus-Dieter Pfrenger"""
    h = envelope(slug, addr("Klaus-Dieter Pfrenger", a), "Abwesend: " + INVITE_SUBJECT, "2025-04-22 07:35",
                 extra=("Auto-Submitted: auto-replied (vacation)", "Precedence: bulk"))
    return message(h, text(body, "utf-8", "quoted-printable")), label("auto_reply", [], None, None, None)


@case("auto-english-out-of-office")
def _(slug):
    a = "d.wiesenhuetter@plan-consult-jena.example"
    body = """Thank you for your e-mail. I am out of the office until 28 April 2025 with limited access to e-mail.
For urgent matters please contact office@plan-consult-jena.example.

Best regards
Dirk Wiesenhütter"""
    h = envelope(slug, addr("Dirk Wiesenhütter", a), "Out of Office: " + INVITE_SUBJECT, "2025-04-22 07:40",
                 extra=("X-Autoreply: yes", "Auto-Submitted: auto-replied"))
    return message(h, text(body, "utf-8", "7bit")), label("auto_reply", [], None, None, None, language="en")


@case("auto-noreply-eingangsbestaetigung")
def _(slug):
    a = "noreply@stadtverwaltung-bad-frankenhausen.example"
    body = """Eingangsbestätigung

Ihre Nachricht ist bei der Stadtverwaltung Bad Frankenhausen/Kyffhäuser eingegangen und wird an die zuständige Stelle weitergeleitet.

Bitte antworten Sie nicht auf diese automatisch erzeugte E-Mail."""
    h = envelope(slug, addr("Stadtverwaltung Bad Frankenhausen", a), "Eingangsbestätigung: " + INVITE_SUBJECT,
                 "2025-04-22 07:36", extra=("Auto-Submitted: auto-generated",))
    return message(h, text(body, "utf-8", "quoted-printable")), label("auto_reply", [], None, None, None)


@case("auto-outlook-reply-to-confirmation-no-headers")
def _(slug):
    a = "s.rebhan@schmoelln.example"
    code = code_for("schmoelln-b-subject-surname-first")
    body = """Automatische Antwort

Ich bin derzeit außer Haus und ab dem 12.05.2025 wieder im Büro. Ihre Nachricht wird nicht weitergeleitet.

Susann Rebhan
Stadtverwaltung Schmölln"""
    return ol(slug, addr("Rebhan, Susann", a), "Automatische Antwort: " + confirm_subject(code), "2025-05-06 10:02",
              body, html_only=True), label("auto_reply", [], None, None, None)


# ==================================================================================================
# bounces
# ==================================================================================================

@case("bounce-postfix-dsn-user-unknown")
def _(slug):
    rcpt = "bauamt@gemeinde-bornhagen-alt.example"
    ours = message([f"From: {INVITE_FROM}", f"To: {rcpt}", f"Subject: {hval(INVITE_SUBJECT)}",
                    f"Date: {rfcdate('2025-04-22 07:30')}",
                    f"Message-ID: {msgid('invite-' + slug, 'transferveranstaltung.example')}"], text(INVITATION))
    human = f"""This is the mail system at host mx01.transferveranstaltung.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<{rcpt}>: host mx.gemeinde-bornhagen-alt.example[192.0.2.15] said: 550 5.1.1
    <{rcpt}>: Recipient address rejected: User unknown (in reply to RCPT TO command)"""
    dsn = f"""Reporting-MTA: dns; mx01.transferveranstaltung.example
Arrival-Date: Tue, 22 Apr 2025 07:30:02 +0200 (CEST)

Final-Recipient: rfc822; {rcpt}
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown
"""
    part = report(slug, (["Content-Description: Notification", "Content-Type: text/plain; charset=us-ascii"],
                         human.encode() + b"\n"), dsn, rfc822(ours))
    h = ["Return-Path: <>", f"From: {addr('Mail Delivery System', 'MAILER-DAEMON@mx01.transferveranstaltung.example')}",
         f"To: {INBOX}", "Subject: Undelivered Mail Returned to Sender", f"Date: {rfcdate('2025-04-22 07:30')}",
         f"Message-ID: {msgid(slug, 'mx01.transferveranstaltung.example')}", "Auto-Submitted: auto-replied"]
    return message(h, part), label("bounce", [], None, None, None, language="en", bounce_recipient=rcpt)


@case("bounce-exchange-dsn-german")
def _(slug):
    rcpt = "stadtplanung@stadt-ruhla-verw.example"
    ours = message([f"From: {INVITE_FROM}", f"To: {rcpt}", f"Subject: {hval(INVITE_SUBJECT)}",
                    f"Date: {rfcdate('2025-04-22 07:30')}",
                    f"Message-ID: {msgid('invite-' + slug, 'transferveranstaltung.example')}"], text(INVITATION))
    human = f"""Die Nachricht konnte nicht an die folgenden Empfänger zugestellt werden:

{rcpt}
Die E-Mail-Adresse, die Sie eingegeben haben, wurde nicht gefunden. Überprüfen Sie die Adresse des Empfängers und versuchen Sie erneut, die Nachricht zu senden.

Diagnoseinformationen für Administratoren:
Generierender Server: EX01.stadt-ruhla-verw.example
Remoteserver hat '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup' zurückgegeben."""
    dsn = f"""Reporting-MTA: dns;EX01.stadt-ruhla-verw.example
Received-From-MTA: dns;mx01.transferveranstaltung.example
Arrival-Date: Tue, 22 Apr 2025 05:30:41 +0000

Final-Recipient: rfc822;{rcpt}
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
"""
    part = report(slug, (["Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: quoted-printable"],
                         encode_body(human, "utf-8", "quoted-printable")), dsn, rfc822_headers(ours))
    h = [f"From: {addr('Microsoft Outlook', 'postmaster@stadt-ruhla-verw.example')}", f"To: {INBOX}",
         f"Subject: {hval('Unzustellbar: ' + INVITE_SUBJECT)}", f"Date: {rfcdate('2025-04-22 07:31')}",
         f"Message-ID: {msgid(slug, 'stadt-ruhla-verw.example')}", "Auto-Submitted: auto-replied",
         "Content-Language: de-DE"]
    return message(h, part), label("bounce", [], None, None, None, bounce_recipient=rcpt)


@case("bounce-qmail-plain")
def _(slug):
    rcpt = "info@vg-alte-mark.example"
    body = f"""Hi. This is the qmail-send program at mail.hosting-thueringen.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<{rcpt}>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

From: {INVITE_FROM}
To: {rcpt}
Subject: {INVITE_SUBJECT}
"""
    h = ["Return-Path: <>", f"From: MAILER-DAEMON@mail.hosting-thueringen.example", f"To: {INBOX}",
         "Subject: failure notice", f"Date: {rfcdate('2025-04-22 07:34')}",
         f"Message-ID: {msgid(slug, 'mail.hosting-thueringen.example')}"]
    return message(h, text(body, "utf-8", "8bit")), label("bounce", [], None, None, None, language="en",
                                                         bounce_recipient=rcpt)


@case("bounce-mailbox-full-german-plain")
def _(slug):
    rcpt = "gemeinde.oberstadt@kommunal-hbn.example"
    code = code_for(slug)
    body = f"""Ihre Nachricht konnte nicht zugestellt werden.

Empfänger: {rcpt}
Grund: Das Postfach des Empfängers ist voll (552 5.2.2 Mailbox full).

Betreff der ursprünglichen Nachricht: {confirm_subject(code)}
Gesendet: 24.04.2025 10:15

Dies ist eine automatisch erzeugte Nachricht."""
    h = [f"From: {addr('Mail-Server kommunal-hbn', 'postmaster@kommunal-hbn.example')}", f"To: {INBOX}",
         f"Subject: {hval('Unzustellbar: ' + confirm_subject(code), 'iso-8859-1')}", f"Date: {rfcdate('2025-04-24 10:16')}",
         f"Message-ID: {msgid(slug, 'kommunal-hbn.example')}"]
    return message(h, text(body, "iso-8859-1", "quoted-printable")), label("bounce", [], None, None, None,
                                                                         bounce_recipient=rcpt)


# ==================================================================================================
# cancellations
# ==================================================================================================

@case("cancel-kahla-reply-confirmation-outlook")
def _(slug):
    a = "r.fuchsloch@kahla.example"
    code = code_for("kahla-bestaetigt")
    body = """Sehr geehrte Damen und Herren,

leider muss ich meine Teilnahme am 20. Mai absagen, da an dem Tag kurzfristig eine Bauausschusssitzung angesetzt wurde.

Mit freundlichen Grüßen

""" + sig("Rico Fuchsloch", "Bauamt", "Stadtverwaltung Kahla", "Markt 10",
          "07768 Kahla", "036424 77-120", a) + "\n\n" + conf_quote_ol("Fuchsloch, Rico", code, "Guten Tag Herr Fuchsloch",
                                                                     ["Rico Fuchsloch"])
    return ol(slug, addr("Fuchsloch, Rico", a), "AW: " + confirm_subject(code), "2025-05-07 08:49", body), \
        label("cancellation", [P("Rico Fuchsloch", a, None)], "Stadtverwaltung Kahla", "municipality", "Kahla")


@case("cancel-iphone-short-code-subject")
def _(slug):
    a = "buergermeister@gemeinde-wahlhausen.example"
    code = code_for(slug)
    body = """Hallo, muss den Termin leider absagen, Krankheit.
Gruß
Steffen Hildebrand
Gemeinde Wahlhausen"""
    return iphone(slug, addr("Steffen Hildebrand", a), f"Absage {code}", "2025-05-14 07:12", body), \
        label("cancellation", [P("Steffen Hildebrand", a, None)], "Gemeinde Wahlhausen", "municipality", "Wahlhausen")


@case("cancel-one-of-two-weimar")
def _(slug):
    a = "stadtentwicklung@weimar-stadt.example"
    code = code_for(slug)
    body = """Sehr geehrte Damen und Herren,

von unseren beiden angemeldeten Personen kann Herr Konrad Pietschmann leider nicht teilnehmen. Frau Altenkirch kommt wie angemeldet.

Mit freundlichen Grüßen
Im Auftrag

""" + sig("Marlene Altenkirch", "Abteilung Stadtentwicklung", "Stadtverwaltung Weimar", "Schwanseestraße 17",
          "99423 Weimar", "03643 762-533", a) + "\n\n" + conf_quote_ol(
        "Stadtentwicklung Weimar", code, "Guten Tag Frau Altenkirch", ["Marlene Altenkirch", "Konrad Pietschmann"])
    return ol(slug, addr("Altenkirch, Marlene", a), "AW: " + confirm_subject(code), "2025-05-08 14:03", body), \
        label("cancellation", [P("Konrad Pietschmann", None, None)], "Stadtverwaltung Weimar", "municipality", "Weimar")


@case("cancel-planungsbuero-thunderbird-quote")
def _(slug):
    a = "n.seidenfaden@buero-raumwerk.example"
    code = code_for(slug)
    body = """Sehr geehrte Damen und Herren,

aus terminlichen Gründen muss ich meine Anmeldung leider zurückziehen. Vielleicht klappt es beim nächsten Mal.

Mit freundlichen Grüßen
Nadine Seidenfaden

-- 
Nadine Seidenfaden, M.A.
raumwerk – Büro für Stadtplanung und Beteiligung
Weimarische Straße 4, 99099 Erfurt

""" + conf_quote_tb(code, "Guten Tag Frau Seidenfaden", ["Nadine Seidenfaden"])
    return tb(slug, addr("Nadine Seidenfaden", a), "Re: " + confirm_subject(code), "2025-05-09 16:40", body), \
        label("cancellation", [P("Nadine Seidenfaden", a, None)], "raumwerk – Büro für Stadtplanung und Beteiligung",
              "planning_office", None)


@case("cancel-mayor-by-vg-sekretariat")
def _(slug):
    a = "sekretariat@vg-hermsdorf-land.example"
    body = """Sehr geehrte Damen und Herren,

Herr Bürgermeister Frank Hüttenrauch (Gemeinde Tautenhain) kann am 20.05. leider nicht an der Transferveranstaltung teilnehmen und bittet, ihn von der Teilnehmerliste zu streichen.

Mit freundlichen Grüßen
Sekretariat"""
    return ol_plain(slug, addr("Sekretariat VG", a), "Absage Transferveranstaltung Bgm. Hüttenrauch", "2025-05-12 09:18", body), \
        label("cancellation", [P("Frank Hüttenrauch", None, "Bürgermeister")], "Gemeinde Tautenhain", "municipality",
              "Tautenhain")


@case("cancel-bad-koestritz-two-roundcube-latin1")
def _(slug):
    a = "bauamt@bad-koestritz.example"
    body = """Guten Tag,

wir müssen unsere Anmeldung (Frau Jacqueline Neudeck und Herr Maik Trautloft) leider stornieren, beide sind an dem Tag im Urlaub bzw. krank.

Mit freundlichen Grüßen
J. Neudeck
Stadt Bad Köstritz, Bauamt"""
    return roundcube(slug, addr("Bauamt Bad Köstritz", a), "Stornierung Anmeldung Bad Köstritz", "2025-05-13 11:27", body), \
        label("cancellation", [P("Jacqueline Neudeck", a, None), P("Maik Trautloft", None, None)],
              "Stadt Bad Köstritz", "municipality", "Bad Köstritz")


# ==================================================================================================
# changes
# ==================================================================================================

@case("change-replacement-outlook-quote")
def _(slug):
    a = "bauverwaltung@lauscha.example"
    code = code_for(slug)
    body = """Sehr geehrte Damen und Herren,

statt mir wird am 20. Mai mein Kollege Herr Lukas Greiner-Schuhmann (l.greiner-schuhmann@lauscha.example) teilnehmen.

Mit freundlichen Grüßen

""" + sig("Heidrun Schindhelm", "Bauverwaltung", "Stadtverwaltung Lauscha", "Bahnhofstraße 12", "98724 Lauscha",
          "036702 290-22", a) + "\n\n" + conf_quote_ol("Schindhelm, Heidrun", code, "Guten Tag Frau Schindhelm",
                                                      ["Heidrun Schindhelm"])
    return ol(slug, addr("Schindhelm, Heidrun", a), "AW: " + confirm_subject(code), "2025-05-06 13:30", body), \
        label("change", [P("Lukas Greiner-Schuhmann", "l.greiner-schuhmann@lauscha.example", None),
                         P("Heidrun Schindhelm", a, "Bauverwaltung")], "Stadtverwaltung Lauscha", "municipality", "Lauscha")


@case("change-add-colleague-thunderbird")
def _(slug):
    a = "p.hornickel@bad-blankenburg.example"
    code = code_for(slug)
    body = f"""Hallo,

ich bin bereits angemeldet (Code {code}). Kann ich noch meinen Kollegen Herrn Stefan Pauckert mitbringen? Seine Adresse: s.pauckert@bad-blankenburg.example

Danke und Gruß
Peggy Hornickel
Stadtverwaltung Bad Blankenburg, Bauamt"""
    return tb(slug, addr("Peggy Hornickel", a), "Nachmeldung Kollege", "2025-05-05 10:55", body), \
        label("change", [P("Stefan Pauckert", "s.pauckert@bad-blankenburg.example", None)],
              "Stadtverwaltung Bad Blankenburg", "municipality", "Bad Blankenburg")


@case("change-diet-and-arrival-apple")
def _(slug):
    a = "w.kalbitz@goessnitz.example"
    code = code_for(slug)
    body = f"""Guten Tag,

kurzer Nachtrag zu meiner Anmeldung ({code}): Ich esse kein Fleisch und komme mit dem Zug, werde also erst gegen 10 Uhr da sein.

Viele Grüße
Wolfgang Kalbitz
Stadt Gößnitz"""
    return apple(slug, addr("Wolfgang Kalbitz", a), "Nachtrag Anmeldung", "2025-05-07 18:22", body), \
        label("change", [P("Wolfgang Kalbitz", a, None)], "Stadt Gößnitz", "municipality", "Gößnitz",
              notes=["Ich esse kein Fleisch", "komme mit dem Zug, werde also erst gegen 10 Uhr da sein"])


@case("change-new-email-address")
def _(slug):
    a = "c.moeckel@vg-dingsleben.example"
    new = "christin.moeckel@dingsleben-gemeinde.example"
    body = f"""Sehr geehrte Damen und Herren,

bitte schicken Sie weitere Informationen zur Veranstaltung an meine neue Adresse {new}, die alte Adresse wird Ende April abgeschaltet.

Mit freundlichen Grüßen
Christin Möckel
Gemeinde Dingsleben"""
    return ol(slug, addr("Möckel, Christin", a), "Änderung E-Mail-Adresse Anmeldung", "2025-04-29 15:47", body), \
        label("change", [P("Christin Möckel", new, None)], "Gemeinde Dingsleben", "municipality", "Dingsleben")


@case("change-only-afternoon-ox")
def _(slug):
    a = "r.zehner@stadtroda.example"
    code = code_for(slug)
    body = f"""Sehr geehrte Damen und Herren,

zu unserer Anmeldung ({code}): Herr Zehner kann erst ab der Mittagspause dabei sein, Frau Weickert kommt wie geplant den ganzen Tag.

Mit freundlichen Grüßen
Roland Zehner
Bauamtsleiter
Stadtverwaltung Stadtroda"""
    return ox(slug, addr("Roland Zehner", a), f"Änderung Anmeldung {code}", "2025-05-12 08:10", body), \
        label("change", [P("Roland Zehner", a, "Bauamtsleiter")], "Stadtverwaltung Stadtroda", "municipality", "Stadtroda",
              notes=["kann erst ab der Mittagspause dabei sein"])


# ==================================================================================================
# questions
# ==================================================================================================

@case("question-parking-before-registering")
def _(slug):
    a = "bauamt@gemeinde-bischofroda.example"
    body = """Guten Tag,

bevor wir uns anmelden: Gibt es in Bad Lobenstein am Veranstaltungsort Parkplätze, oder sollten wir besser mit dem Zug kommen?

Viele Grüße
Uta Heinemann-Vogt
Gemeinde Bischofroda"""
    return gmx(slug, addr("Uta Heinemann-Vogt", a), "Frage zur Anreise", "2025-04-24 16:05", body), \
        label("question", [], "Gemeinde Bischofroda", "municipality", "Bischofroda")


@case("question-online-participation")
def _(slug):
    a = "stadtplanung@bad-tennstedt.example"
    body = """Sehr geehrte Damen und Herren,

wird es die Möglichkeit geben, online an der Veranstaltung teilzunehmen? Eine Anreise nach Bad Lobenstein ist für uns leider recht weit.

Mit freundlichen Grüßen

""" + sig("Dörte Wiegleb", "Bauverwaltung", "Stadtverwaltung Bad Tennstedt", "Markt 1", "99955 Bad Tennstedt",
          "036041 385-14", a)
    return ol(slug, addr("Wiegleb, Dörte", a), "Frage Online-Teilnahme", "2025-04-25 09:16", body), \
        label("question", [], "Stadtverwaltung Bad Tennstedt", "municipality", "Bad Tennstedt")


@case("question-programme-already-registered")
def _(slug):
    a = "e.bauchspiess@meuselwitz.example"
    code = code_for(slug)
    body = f"""Guten Tag,

ich bin angemeldet ({code}). Gibt es schon ein genaues Programm mit Uhrzeiten? Ich muss die Dienstreise beantragen.

Mit freundlichen Grüßen
Elke Bauchspieß
Stadtverwaltung Meuselwitz"""
    return tb(slug, addr("Elke Bauchspieß", a), "Programm Transferveranstaltung?", "2025-05-06 11:42", body), \
        label("question", [], "Stadtverwaltung Meuselwitz", "municipality", "Meuselwitz")


@case("question-deadline-extension")
def _(slug):
    a = "hauptamt@gemeinde-nottleben.example"
    body = """Sehr geehrte Damen und Herren,

ist eine Anmeldung auch noch nach dem 9. Mai möglich? Unser Gemeinderat tagt erst am 13. Mai und wir wissen vorher nicht, wer fahren kann.

Mit freundlichen Grüßen
Sandro Eckhardt-Wiese
Gemeinde Nottleben
Hauptamt"""
    return ol_plain(slug, addr("Eckhardt-Wiese, Sandro", a), "Frage Anmeldefrist", "2025-05-05 14:58", body), \
        label("question", [], "Gemeinde Nottleben", "municipality", "Nottleben")


@case("question-fortbildung-certificate-architect")
def _(slug):
    a = "h.reinbothe@architekten-reinbothe.example"
    body = """Guten Tag,

wird die Veranstaltung als Fortbildung bei der Architektenkammer Thüringen anerkannt, und gibt es eine Teilnahmebescheinigung? Dann würde ich mich gern anmelden.

Viele Grüße
Hendrik Reinbothe
Reinbothe Architekten und Stadtplaner, Gotha"""
    return iphone(slug, addr("Hendrik Reinbothe", a), "Fortbildungspunkte?", "2025-04-26 09:02", body), \
        label("question", [], "Reinbothe Architekten und Stadtplaner", "planning_office", None)


# ==================================================================================================
# other
# ==================================================================================================

@case("other-thanks-for-confirmation")
def _(slug):
    a = "m.grossstueck@nordhausen-stadt.example"
    code = code_for(slug)
    body = """Vielen Dank für die Bestätigung!

Beste Grüße
Martina Großstück
Stadtverwaltung Nordhausen

""" + conf_quote_ol("Großstück, Martina", code, "Guten Tag Frau Großstück", ["Martina Großstück"])
    return ol(slug, addr("Großstück, Martina", a), "AW: " + confirm_subject(code), "2025-04-24 08:03", body), \
        label("other", [], "Stadtverwaltung Nordhausen", "municipality", "Nordhausen")


@case("other-vendor-advert-bulk")
def _(slug):
    a = "newsletter@beteiligungs-tools.example"
    body = """Sehr geehrte Damen und Herren,

Bürgerbeteiligung digital – einfach, rechtssicher, DSGVO-konform! Mit unserer Plattform BETEILIGT.online begleiten Sie Ihr ISEK von der ersten Idee bis zum Stadtratsbeschluss.

Jetzt kostenlos testen: https://beteiligungs-tools.example/demo

Sie erhalten diese E-Mail, weil Sie sich für unseren Newsletter angemeldet haben. Abmelden: https://beteiligungs-tools.example/abmelden"""
    h = envelope(slug, addr("BETEILIGT.online", a), "ISEK-Beteiligung digital – jetzt kostenlos testen", "2025-04-29 10:00",
                 extra=("Precedence: bulk", "List-Unsubscribe: <https://beteiligungs-tools.example/abmelden>",
                        "List-Id: <news.beteiligungs-tools.example>"))
    return message(h, alt(slug, body, simple_html(body))), label("other", [], None, None, None)


# ==================================================================================================
# build and validate
# ==================================================================================================

INTENTS = ("registration", "cancellation", "change", "question", "auto_reply", "bounce", "other")
NOT_ATTENDING = {"question", "auto_reply", "bounce", "other"}
FORBIDDEN_NAME_TOKENS = re.compile(r"\b(Herr|Herrn|Frau|Dr|Prof|Dipl|Ing|med|M\.Sc|M\.A)\b\.?", re.I)
EARLIER = ("corpus", "corpus_holdout", "corpus_blind", "corpus_blind2", "corpus_blind3", "corpus_blind4",
           "corpus_blind5")
# The earlier sets used up every town and most Gemeinden, and this set is meant to look like the real inbox (towns
# large and small, not only the Gemeinden nobody has labelled yet). So a municipality MAY repeat an earlier set; it
# is counted and printed, not refused. Surnames never repeat, and nothing repeats within this set.
REPEATS_ALLOWED = True


def build() -> None:
    for old in list(HERE.glob("[0-9][0-9][0-9]-*.eml")) + list(HERE.glob("[0-9][0-9][0-9]-*.json")):
        old.unlink()
    order = list(CASES)
    random.Random(20250509).shuffle(order)  # an inbox is not sorted by intent
    for number, (slug, make) in enumerate(order, 1):
        raw, expected = make(slug)
        stem = f"{number:03d}-{slug}"
        (HERE / f"{stem}.eml").write_bytes(raw)
        (HERE / f"{stem}.json").write_text(json.dumps(expected, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def mail_text(msg) -> str:
    """Everything a reader can see in a mail: all headers (decoded) and all text parts, nested mails included."""
    chunks: list[str] = []
    for part in msg.walk():
        for key, value in part.items():
            chunks.append(f"{key}: {value}")
        if part.get_content_maintype() == "text":
            payload = part.get_payload(decode=True) or b""
            chunks.append(payload.decode(part.get_content_charset() or "ascii", "replace"))
    return html.unescape("\n".join(chunks))


def earlier_labels() -> tuple[set[str], set[str]]:
    """Surnames and municipality AGS of the earlier labelled sets, which this set must not repeat."""
    surnames: set[str] = set()
    ags: set[str] = set()
    for folder in EARLIER:
        for js in (HERE.parent / folder).glob("*.json"):
            data = json.loads(js.read_text(encoding="utf-8"))
            if not isinstance(data, dict) or "intent" not in data:
                continue
            surnames.update(p["name"].split()[-1].lower() for p in data.get("attendees", []))
            if data.get("municipality"):
                ags.add(data["municipality"]["ags"])
    return surnames, ags


def validate() -> Counter:
    problems: list[str] = []
    seen_ids: dict[str, str] = {}
    intents: Counter = Counter()
    old_surnames, old_ags = earlier_labels()
    own_surnames: dict[str, str] = {}
    own_ags: dict[str, str] = {}
    repeated: list[str] = []
    emls = sorted(HERE.glob("[0-9][0-9][0-9]-*.eml"))
    for eml in emls:
        name = eml.name
        js = eml.with_suffix(".json")
        if not js.exists():
            problems.append(f"{name}: no .json")
            continue
        expected = json.loads(js.read_text(encoding="utf-8"))
        msg = message_from_bytes(eml.read_bytes(), policy=policy.default)
        for part in msg.walk():
            if part.defects:
                problems.append(f"{name}: MIME defects {part.defects}")
        for header in ("From", "Date", "Message-ID"):
            if not msg[header]:
                problems.append(f"{name}: no {header}")
        mid = str(msg["Message-ID"])
        if mid in seen_ids:
            problems.append(f"{name}: Message-ID also in {seen_ids[mid]}")
        seen_ids[mid] = name
        haystack = mail_text(msg).lower()
        intent = expected["intent"]
        intents[intent] += 1
        if intent not in INTENTS:
            problems.append(f"{name}: unknown intent {intent}")
        if intent in NOT_ATTENDING and expected["attendees"]:
            problems.append(f"{name}: {intent} with attendees")
        for person in expected["attendees"]:
            if FORBIDDEN_NAME_TOKENS.search(person["name"]):
                problems.append(f"{name}: salutation/title in name {person['name']!r}")
            if person["name"].split()[-1].lower() not in haystack:
                problems.append(f"{name}: surname of {person['name']!r} not in mail")
            if person["name"].split()[-1].lower() in old_surnames:
                problems.append(f"{name}: surname of {person['name']!r} already used in an earlier set")
            surname = person["name"].split()[-1].lower()
            if own_surnames.setdefault(surname, name) != name:
                problems.append(f"{name}: surname of {person['name']!r} also in {own_surnames[surname]}")
            for token in person["name"].split():
                if token.lower() not in haystack:
                    problems.append(f"{name}: warning: {token!r} of {person['name']!r} not in mail")
            if person["email"] and person["email"].lower() not in haystack:
                problems.append(f"{name}: address {person['email']} not in mail")
        m = expected["municipality"]
        if m is not None:
            rows = GAZ.get(m["name"], [])
            if not any(r["ags"] == m["ags"] and r["district"] == m["district"] for r in rows):
                problems.append(f"{name}: municipality {m} not in gazetteer")
            if own_ags.setdefault(m["ags"], name) != name:
                problems.append(f"{name}: municipality {m['name']} also in {own_ags[m['ags']]}")
            if m["ags"] in old_ags:
                if REPEATS_ALLOWED:
                    repeated.append(m["name"])
                else:
                    problems.append(f"{name}: municipality {m['name']} already labelled in an earlier set")
        if intent == "bounce" and expected.get("bounce_recipient", "").lower() not in haystack:
            problems.append(f"{name}: bounce recipient not in mail")
        for code in re.findall(r"ISEK-[A-Z0-9]{4}-[A-Z0-9]*", haystack.upper()):
            if not re.fullmatch(r"ISEK-[A-Z0-9]{4}-[A-Z0-9]{4}", code):
                problems.append(f"{name}: malformed code {code}")
    if len(emls) != len(CASES):
        problems.append(f"{len(emls)} mails on disk, {len(CASES)} cases defined")
    if len({slug for slug, _ in CASES}) != len(CASES):
        problems.append("duplicate slugs")
    for p in problems:
        print("PROBLEM:", p)
    if repeated:
        print(f"info: {len(repeated)} municipalities also labelled in an earlier set: {', '.join(sorted(repeated))}")
    if any(not p.split(": ", 1)[1].startswith("warning") for p in problems):
        raise SystemExit(1)
    return intents


def main() -> None:
    if "--check" not in sys.argv:
        build()
    intents = validate()
    total = sum(intents.values())
    print(f"{total} mails valid")
    for intent in INTENTS:
        print(f"  {intent:13} {intents[intent]:3}  {intents[intent] / total:5.1%}")


if __name__ == "__main__":
    main()
