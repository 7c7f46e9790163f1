"""Which parts of a MIME tree are the readable body, which are attachments, forwards, reports.

The choices mirror what a person sees in a mail client: the plain alternative when it has text,
else the HTML one; the signed content of a signed mail; inline text parts of a mixed mail in order;
everything else listed as an attachment without being read.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..models import Attachment
from .charsets import clean_text, decode_bytes
from .html import ENCODED_HEADER, html_to_text, meta_charset
from .mime import Part, Walk, decoded_size, transfer_decode
from .text import unflow

MAX_TEXT = 2_000_000  # characters of decoded text kept per mail (nested forwards included)
MAX_ENCODED = 8_000_000  # bytes of one text part decoded at all

_TEXT_TYPES = frozenset({"text/plain", "text/html", "text/enriched", "text/richtext", "text/markdown",
                         "text/x-markdown"})
_SIGNATURE_TYPES = frozenset({"application/pkcs7-signature", "application/x-pkcs7-signature",
                              "application/pgp-signature"})
_PKCS7_MIME = frozenset({"application/pkcs7-mime", "application/x-pkcs7-mime"})


@dataclass
class Budget:
    """Text characters left for the whole mail; shared with forwarded mails so nesting cannot multiply it."""

    chars_left: int = MAX_TEXT


@dataclass
class Collected:
    texts: list[str] = field(default_factory=list)
    from_html: bool = False
    attachments: list[Attachment] = field(default_factory=list)
    forwarded: list[Part] = field(default_factory=list)
    delivery_status: list[str] = field(default_factory=list)
    encrypted: bool = False


def collect(part: Part, walk: Walk, budget: Budget, out: Collected | None = None) -> Collected:
    """Walk `part` (recursion is bounded by the tree's MAX_DEPTH) and gather what a reader needs."""
    out = out if out is not None else Collected()
    ctype = part.content_type
    kids = part.children
    if ctype == "multipart/alternative":
        _alternative(part, walk, budget, out)
    elif ctype == "multipart/signed":
        for index, kid in enumerate(kids):
            if index == 0:
                collect(kid, walk, budget, out)
            elif kid.content_type not in _SIGNATURE_TYPES:
                _attachments_only(kid, walk, out)
    elif ctype == "multipart/encrypted":
        out.encrypted = True
        walk.note("encrypted")
    elif ctype.startswith("multipart/"):
        for kid in kids:
            collect(kid, walk, budget, out)
    elif ctype in ("message/rfc822", "message/global"):
        out.forwarded.extend(kids)
    elif ctype in ("message/delivery-status", "message/global-delivery-status"):
        text = _decode(part, walk, budget, html=False)
        if text:
            out.delivery_status.append(text)
    elif ctype in _TEXT_TYPES and not _is_attachment(part):
        text = _decode(part, walk, budget, html=ctype == "text/html")
        if text:
            out.texts.append(text)
            out.from_html = out.from_html or ctype == "text/html"
    elif ctype in _PKCS7_MIME or ctype == "application/pgp-encrypted":
        smime = (part.param("smime-type") or "").lower()
        if smime in ("signed-data", "certs-only"):
            walk.note("opaque S/MIME signed content not read")
        else:
            out.encrypted = True
            walk.note("encrypted")
    elif ctype in _SIGNATURE_TYPES:
        pass
    else:
        _attachments_only(part, walk, out)
    return out


def _alternative(part: Part, walk: Walk, budget: Budget, out: Collected) -> None:
    """Prefer plain text; fall back to the next alternative when plain is missing or empty."""
    order = sorted(part.children, key=lambda kid: (0 if kid.content_type == "text/plain" else
                                                   1 if kid.content_type.startswith("multipart/") else
                                                   2 if kid.content_type == "text/html" else 3))
    chosen = None
    for kid in order:
        trial = collect(kid, walk, budget, Collected())
        if any(t.strip() for t in trial.texts) or trial.encrypted:
            chosen = kid
            _merge(out, trial)
            break
    for kid in part.children:
        if kid is not chosen and kid.content_type not in _TEXT_TYPES:
            _attachments_only(kid, walk, out)


def _merge(out: Collected, other: Collected) -> None:
    out.texts.extend(other.texts)
    out.from_html = out.from_html or other.from_html
    out.attachments.extend(other.attachments)
    out.forwarded.extend(other.forwarded)
    out.delivery_status.extend(other.delivery_status)
    out.encrypted = out.encrypted or other.encrypted


def _attachments_only(part: Part, walk: Walk, out: Collected) -> None:
    """List the leaves of a part nobody reads (related images of an unused HTML alternative…)."""
    if part.content_type.startswith("multipart/"):
        for kid in part.children:
            _attachments_only(kid, walk, out)
    elif part.content_type in ("message/rfc822", "message/global"):
        out.forwarded.extend(part.children)
    elif part.content_type not in _SIGNATURE_TYPES and part.content_type not in _TEXT_TYPES:
        out.attachments.append(Attachment(part.filename(), part.content_type, decoded_size(part)))
    elif _is_attachment(part):
        out.attachments.append(Attachment(part.filename(), part.content_type, decoded_size(part)))


def _is_attachment(part: Part) -> bool:
    disposition = part.disposition
    if disposition == "attachment":
        if part.content_type == "text/plain" and not part.filename():
            return False  # some clients mark the only body "attachment" without a file name
        return True
    return disposition != "inline" and part.filename() is not None and part.content_type != "text/plain"


def _decode(part: Part, walk: Walk, budget: Budget, html: bool) -> str:
    body = part.body
    if len(body) > MAX_ENCODED:
        body = body[:MAX_ENCODED]
        walk.note("truncated: body over 2 MB")
    data = transfer_decode(body, part.header("content-transfer-encoding"))
    charset = part.param("charset")
    if html and not charset:
        charset = meta_charset(data)
    text, problem = decode_bytes(data, charset)
    if problem:
        walk.note(problem)
    if html:
        if ENCODED_HEADER.search(text[:MAX_ENCODED]):
            walk.note("encoded line break before a header name in the HTML (header injection attempt)")
        text, cut = html_to_text(text)
        if cut:
            walk.note("truncated: HTML over 1 MB")
    text = clean_text(text)
    if not html and (part.param("format") or "").lower() == "flowed":
        text = unflow(text, (part.param("delsp") or "").lower() == "yes")
    if len(text) > budget.chars_left:
        text = text[: max(budget.chars_left, 0)]
        walk.note("truncated: body over 2 MB")
    budget.chars_left -= len(text)
    return text
