"""Shared kit of the blind corpus generators (tests/corpus_blind2/ … tests/corpus_blind6/).

Each make_blindN.py used to carry its own copy of this code, grown set by set: a small byte-exact MIME writer
(so client quirks such as mislabelled charsets survive), the shapes of common mail clients, our own outgoing
mails as they come back quoted or attached, the labelling helpers, and the build/validate/--check driver. The
generators now hold only their cases and call `main()` with the few settings in which the sets differ (shuffle
seed, which earlier sets must not be repeated, how repeats are treated). Changing a builder here changes the
bytes of every set that uses it: rebuild all of them and check `git status` before committing.
"""

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
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from email import message_from_bytes, policy
from email.utils import format_datetime, getaddresses
from pathlib import Path

TESTS = Path(__file__).resolve().parent
GAZETTEER_CANDIDATES = [
    Path("/work/shared/data/thueringen-gemeinden.csv"),
    TESTS.parent / "mailbot" / "understand" / "data" / "thueringen-gemeinden.csv",
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


Make = Callable[[str], tuple[bytes, dict]]
Cases = list[tuple[str, Make]]


def case_registry(cases: Cases) -> Callable[[str], Callable[[Make], Make]]:
    """A `@case("slug")` decorator that appends to the generator's own list, so each corpus keeps its order."""
    def case(slug: str) -> Callable[[Make], Make]:
        def register(fn: Make) -> Make:
            cases.append((slug, fn))
            return fn
        return register
    return case


# --------------------------------------------------------------------------------------------------
# more of our own mails, and client shapes added with tests/corpus_blind3/ … 5/
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


# --------------------------------------------------------------------------------------------------
# whole mails in the shape of common clients (added with tests/corpus_blind6/)
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
# build and validate
# ==================================================================================================

INTENTS = ("registration", "cancellation", "change", "question", "auto_reply", "bounce", "other")
NOT_ATTENDING = {"question", "auto_reply", "bounce", "other"}
FORBIDDEN_NAME_TOKENS = re.compile(r"\b(Herr|Herrn|Frau|Dr|Prof|Dipl|Ing|med|M\.Sc|M\.A)\b\.?", re.IGNORECASE)


def build(folder: Path, cases: Cases, seed: int) -> None:
    """Rewrite every numbered .eml/.json of `folder`; the seeded shuffle keeps an inbox unsorted but stable."""
    for old in list(folder.glob("[0-9][0-9][0-9]-*.eml")) + list(folder.glob("[0-9][0-9][0-9]-*.json")):
        old.unlink()
    order = list(cases)
    random.Random(seed).shuffle(order)  # an inbox is not sorted by intent
    for number, (slug, make) in enumerate(order, 1):
        raw, expected = make(slug)
        stem = f"{number:03d}-{slug}"
        (folder / f"{stem}.eml").write_bytes(raw)
        (folder / f"{stem}.json").write_text(json.dumps(expected, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


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


def earlier_labels(tests: Path, earlier: tuple[str, ...]) -> tuple[set[str], set[str]]:
    """Surnames and municipality AGS of the earlier labelled sets, which a new set must not repeat."""
    surnames: set[str] = set()
    ags: set[str] = set()
    for folder in earlier:
        for js in (tests / folder).glob("*.json"):
            data = json.loads(js.read_text(encoding="utf-8"))
            if not isinstance(data, dict) or "intent" not in data:
                continue
            surnames.update(p["name"].split()[-1].lower() for p in data.get("attendees", []))
            if data.get("municipality"):
                ags.add(data["municipality"]["ags"])
    return surnames, ags


def validate(folder: Path, cases: Cases, *, earlier: tuple[str, ...] = (), unique_within: bool = False,
             repeats_allowed: bool = False) -> Counter:
    """Check the files on disk against what a labeller can know from the mail alone; exit 1 on any problem.

    `earlier`: folders whose surnames and municipalities this set must not reuse (a blind set should test new
    ground). `unique_within`: no surname or municipality twice inside this set. `repeats_allowed`: a municipality
    of an earlier set is only counted and printed, not refused (surnames still never repeat).
    """
    problems: list[str] = []
    seen_ids: dict[str, str] = {}
    intents: Counter = Counter()
    old_surnames, old_ags = earlier_labels(folder.parent, earlier)
    own_surnames: dict[str, str] = {}
    own_ags: dict[str, str] = {}
    repeated: list[str] = []
    emls = sorted(folder.glob("[0-9][0-9][0-9]-*.eml"))
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
            surname = person["name"].split()[-1].lower()
            if FORBIDDEN_NAME_TOKENS.search(person["name"]):
                problems.append(f"{name}: salutation/title in name {person['name']!r}")
            if surname not in haystack:
                problems.append(f"{name}: surname of {person['name']!r} not in mail")
            if surname in old_surnames:
                problems.append(f"{name}: surname of {person['name']!r} already used in an earlier set")
            if unique_within and own_surnames.setdefault(surname, name) != name:
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
            if unique_within and own_ags.setdefault(m["ags"], name) != name:
                problems.append(f"{name}: municipality {m['name']} also in {own_ags[m['ags']]}")
            if m["ags"] in old_ags:
                if repeats_allowed:
                    repeated.append(m["name"])
                else:
                    problems.append(f"{name}: municipality {m['name']} already labelled in an earlier set")
        if intent == "bounce" and expected.get("bounce_recipient", "").lower() not in haystack:
            problems.append(f"{name}: bounce recipient not in mail")
        for code in re.findall(r"ISEK-[A-Z0-9]{4}-[A-Z0-9]*", haystack.upper()):
            if not re.fullmatch(r"ISEK-[A-Z0-9]{4}-[A-Z0-9]{4}", code):
                problems.append(f"{name}: malformed code {code}")
    if len(emls) != len(cases):
        problems.append(f"{len(emls)} mails on disk, {len(cases)} cases defined")
    if len({slug for slug, _ in cases}) != len(cases):
        problems.append("duplicate slugs")
    for p in problems:
        print("PROBLEM:", p)
    if repeated:
        print(f"info: {len(repeated)} municipalities also labelled in an earlier set: {', '.join(sorted(repeated))}")
    if any(not p.split(": ", 1)[1].startswith("warning") for p in problems):
        raise SystemExit(1)
    return intents


def main(folder: Path, cases: Cases, *, seed: int, earlier: tuple[str, ...] = (), unique_within: bool = False,
         repeats_allowed: bool = False, argv: list[str] | None = None) -> None:
    """The generator CLI: rebuild `folder` from `cases` and validate it, or with --check only validate."""
    args = sys.argv[1:] if argv is None else argv
    if "--check" not in args:
        build(folder, cases, seed)
    intents = validate(folder, cases, earlier=earlier, unique_within=unique_within, repeats_allowed=repeats_allowed)
    total = sum(intents.values())
    print(f"{total} mails valid")
    for intent in INTENTS:
        print(f"  {intent:13} {intents[intent]:3}  {intents[intent] / total:5.1%}")
