"""Builders for raw mails shaped like the clients that really send them (Outlook, Thunderbird, webmail,
iPhone, Exchange/Postfix bounces…).

The corpus and the example inbox are written with these so that the bytes on disk carry the encodings
real inboxes carry (quoted-printable, base64, format=flowed, Windows-1252, RFC 2047 words) while the
case files stay readable as plain German text.
"""

from __future__ import annotations

import base64
import hashlib
import html as htmllib
import quopri
import textwrap
from dataclasses import dataclass, field
from email.header import Header
from email.utils import formataddr

INBOX_ADDR = "anmeldung@transferveranstaltung.example"
INBOX = formataddr(("Anmeldung Transferveranstaltung", INBOX_ADDR))
INVITE_FROM = "Referat Städtebau TMDI <isek-transfer@transferveranstaltung.example>"
INVITE_SUBJECT = "Einladung: 9. Transferveranstaltung „Zusammen denken – gemeinsam handeln“ am 20. Mai 2025"

INVITATION = """Sehr geehrte Akteurinnen und Akteure der Thüringer Kommunen,

das Thüringer Ministerium für Digitales und Infrastruktur lädt am Dienstag, den 20. Mai 2025 zur 9. Transferveranstaltung „Zusammen denken – gemeinsam handeln“ nach Bad Lobenstein ein. Dieses Mal stehen die Integrierten Stadtentwicklungskonzepte (ISEK) im Fokus.

Die Einladung richtet sich insbesondere an Kommunalverwaltungen, die Ihr ISEK fortschreiben wollen oder kürzlich fortgeschrieben haben sowie an damit beauftragte externe Planungsbüros.

Die Teilnahme vor Ort ist kostenfrei. Bitte melden Sie sich bis zum 9. Mai 2025 per E-Mail an anmeldung@transferveranstaltung.example an.

Mit freundlichen Grüßen
Referat Städtebau und Städtebauförderung
Thüringer Ministerium für Digitales und Infrastruktur"""


@dataclass
class Part:
    """One MIME entity: its header lines and its already-encoded body bytes."""

    headers: list[str]
    body: bytes
    top: list[str] = field(default_factory=list)  # headers that belong on the top level only


def _enc(s: str, charset: str) -> bytes:
    return s.encode(charset)


def text(s: str, *, subtype: str = "plain", charset: str = "utf-8", cte: str = "8bit",
         flowed: bool = False, label: str | None = None) -> Part:
    """A text leaf; `label` lets a mislabelled charset be written (bytes in one, header says another)."""
    if flowed:
        s = flow(s)
    raw = _enc(s, charset)
    ctype = f"text/{subtype}; charset={label or charset}"
    if flowed:
        ctype = f"text/{subtype}; charset={label or charset}; format=flowed"
    if cte == "quoted-printable":
        body = quopri.encodestring(raw)
    elif cte == "base64":
        body = base64.encodebytes(raw)
    else:
        body = raw
    return Part([f"Content-Type: {ctype}", f"Content-Transfer-Encoding: {cte}"], body)


def html(s: str, **kw) -> Part:
    return text(s, subtype="html", **kw)


def boundary(seed: str) -> str:
    return "----=_Part_" + hashlib.sha1(seed.encode()).hexdigest()[:20]


def multi(subtype: str, *parts: Part, params: str = "", seed: str = "") -> Part:
    b = boundary(subtype + seed + str(len(parts)) + str(sum(len(p.body) for p in parts)))
    chunks = [b"This is a multi-part message in MIME format.\n"]
    for p in parts:
        chunks.append(f"\n--{b}\n".encode())
        chunks.append("\n".join(p.headers).encode() + b"\n\n")
        chunks.append(p.body.rstrip(b"\n") + b"\n")
    chunks.append(f"\n--{b}--\n".encode())
    return Part([f'Content-Type: multipart/{subtype}; boundary="{b}"{params}'], b"".join(chunks))


def alt(plain: Part, htmlpart: Part) -> Part:
    return multi("alternative", plain, htmlpart)


def attachment(filename: str, ctype: str, data: bytes) -> Part:
    return Part([f'Content-Type: {ctype}; name="{filename}"', "Content-Transfer-Encoding: base64",
                 f'Content-Disposition: attachment; filename="{filename}"'], base64.encodebytes(data))


def rfc822(raw: bytes, filename: str | None = None) -> Part:
    disp = [f'Content-Disposition: attachment; filename="{filename}"'] if filename else []
    return Part(["Content-Type: message/rfc822"] + disp, raw)


def smime_signed(inner: Part) -> Part:
    """multipart/signed with a dummy PKCS#7 signature: clients show the first part, so must we."""
    sig = attachment("smime.p7s", "application/pkcs7-signature",
                     hashlib.sha512(inner.body).digest() * 24)
    sig.headers.append("Content-Description: S/MIME Cryptographic Signature")
    return multi("signed", inner, sig, params='; protocol="application/pkcs7-signature"; micalg=sha-256')


def smime_encrypted(seed: str) -> Part:
    blob = b"".join(hashlib.sha256(f"{seed}{i}".encode()).digest() for i in range(90))
    return Part(['Content-Type: application/pkcs7-mime; smime-type=enveloped-data; name="smime.p7m"',
                 "Content-Transfer-Encoding: base64",
                 'Content-Disposition: attachment; filename="smime.p7m"',
                 "Content-Description: S/MIME Encrypted Message"], base64.encodebytes(blob))


def flow(s: str, width: int = 72) -> str:
    """RFC 3676 format=flowed: soft breaks end in a space; quoted lines keep their '>' prefix."""
    out: list[str] = []
    for line in s.split("\n"):
        if line.startswith(">") or len(line) <= width or line == "-- ":
            out.append(line)
            continue
        wrapped = textwrap.wrap(line, width=width, break_long_words=False, break_on_hyphens=False)
        out.extend(w + " " for w in wrapped[:-1])
        out.append(wrapped[-1])
    return "\n".join(out)


def quote(s: str) -> str:
    return "\n".join(("> " + line) if line else ">" for line in s.split("\n"))


def addr(name: str | None, email: str, charset: str = "utf-8") -> str:
    if not name:
        return email
    if name.isascii():
        return formataddr((name, email))
    return formataddr((name, email), charset=charset)


def subj(s: str, charset: str = "utf-8") -> str:
    if s.isascii():
        return s
    return Header(s, charset).encode()


def word_html(s: str, font: str = "Calibri") -> str:
    """Outlook/Word HTML: MsoNormal paragraphs with <o:p>, entities for umlauts."""
    paras = []
    for line in s.split("\n"):
        if line.strip():
            esc = htmllib.escape(line).encode("ascii", "xmlcharrefreplace").decode()
            esc = (esc.replace("&#252;", "&uuml;").replace("&#228;", "&auml;").replace("&#246;", "&ouml;")
                   .replace("&#223;", "&szlig;").replace("&#220;", "&Uuml;"))
            paras.append(f"<p class=MsoNormal>{esc}<o:p></o:p></p>")
        else:
            paras.append("<p class=MsoNormal><o:p>&nbsp;</o:p></p>")
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv="Content-Type" content="text/html; '
            'charset=utf-8"><meta name="Generator" content="Microsoft Word 15 (filtered medium)">'
            '<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";}\n'
            f'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{{margin:0cm;font-size:11.0pt;font-family:"{font}",sans-serif;}}\n'
            'span.E-MailFormatvorlage17\n\t{mso-style-type:personal-compose;}\n--></style>'
            '<!--[if gte mso 9]><xml>\n<o:shapedefaults v:ext="edit" spidmax="1026" />\n</xml><![endif]-->'
            '</head><body lang=DE link="#0563C1" vlink="#954F72" style="word-wrap:break-word">'
            '<div class=WordSection1>' + "\n".join(paras) + "</div></body></html>")


def web_html(s: str, font: str = "Verdana") -> str:
    """GMX/web.de/T-Online style: one <div> per line, <br> for empty lines."""
    lines = []
    for line in s.split("\n"):
        lines.append(f"<div>{htmllib.escape(line)}</div>" if line.strip() else "<div>&nbsp;</div>")
    return (f'<html><head></head><body><div style="font-family: {font}, sans-serif; font-size: 12px;">'
            + "".join(lines) + "</div></body></html>")


def simple_html(s: str) -> str:
    body = "<br>\n".join(htmllib.escape(line) for line in s.split("\n"))
    return f'<html><head><meta http-equiv="content-type" content="text/html; charset=UTF-8"></head><body>{body}</body></html>'


def msgid(seed: str, domain: str) -> str:
    h = hashlib.sha1(seed.encode()).hexdigest()
    return f"<{h[:8].upper()}.{h[8:20]}@{domain}>"


def message(part: Part, *, frm: str, subject: str, date: str, mid: str, to: str = INBOX,
            cc: str | None = None, extra: list[str] | tuple[str, ...] = (), crlf: bool = False,
            mime_version: bool = True) -> bytes:
    """A complete RFC 5322 message: envelope-ish headers first, then the part's own MIME headers."""
    hdrs = [f"From: {frm}", f"To: {to}"]
    if cc:
        hdrs.append(f"Cc: {cc}")
    hdrs += [f"Subject: {subject}", f"Date: {date}", f"Message-ID: {mid}"]
    hdrs += list(extra)
    if mime_version:
        hdrs.append("MIME-Version: 1.0")
    hdrs += part.headers
    raw = "\n".join(hdrs).encode("ascii") + b"\n\n" + part.body
    if not raw.endswith(b"\n"):
        raw += b"\n"
    if crlf:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return raw


# --- client profiles: (body part, extra headers) as each client family sends them -------------------

def outlook(body: str, *, charset: str = "windows-1252", html_extra: str = "", seed: str = "") -> tuple[Part, list[str]]:
    """Outlook 2016+/M365: multipart/alternative, plain part quoted-printable, Word HTML."""
    ti = base64.b64encode(hashlib.md5((seed or body).encode()).digest()).decode()
    plain = text(body, charset=charset, cte="quoted-printable")
    htm = html(word_html(body).replace("</div></body>", html_extra + "</div></body>"), cte="quoted-printable")
    return alt(plain, htm), ["X-Mailer: Microsoft Outlook 16.0", f"Thread-Index: {ti}",
                             "Content-Language: de", "X-MS-Has-Attach: ", "X-MS-TNEF-Correlator: "]


def outlook_html_only(body: str, html_extra: str = "") -> tuple[Part, list[str]]:
    return (html(word_html(body).replace("</div></body>", html_extra + "</div></body>"), cte="quoted-printable"),
            ["X-Mailer: Microsoft Outlook 16.0", "Content-Language: de-DE"])


def thunderbird(body: str, *, charset: str = "utf-8") -> tuple[Part, list[str]]:
    return (text(body, charset=charset, flowed=True, cte="8bit"),
            ["User-Agent: Mozilla Thunderbird", "Content-Language: de-DE"])


def webmail(body: str, *, provider: str = "GMX", html_only: bool = True) -> tuple[Part, list[str]]:
    agent = {"GMX": "X-UI-Message-Type: mail", "web.de": "X-UI-Message-Type: mail",
             "T-Online": "X-Mailer: T-Online eMail 6.x"}[provider]
    h = html(web_html(body), cte="quoted-printable")
    if html_only:
        return h, [agent, "Importance: normal", "Sensitivity: Normal"]
    return alt(text(body, cte="quoted-printable"), h), [agent]


def iphone(body: str) -> tuple[Part, list[str]]:
    return (text(body + "\n\nVon meinem iPhone gesendet", cte="quoted-printable"),
            ["X-Mailer: iPhone Mail (22E240)"])


def plain(body: str, *, charset: str = "utf-8", cte: str = "8bit") -> tuple[Part, list[str]]:
    return text(body, charset=charset, cte=cte), []
