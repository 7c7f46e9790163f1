"""Raw bytes → InboundMail: MIME walk, charsets, HTML → text, quotes and signature split off (pure).

`parse` never raises and spends bounded time and memory on any input: mail comes from strangers,
and one unreadable mail must not stop the queue. What could not be read is said in `problems`.
"""

from __future__ import annotations

from dataclasses import replace

from ..models import InboundMail
from .body import Budget, collect
from .headers import addresses, decode_words, first_id, message_ids, parse_date, raw_str
from .mime import MAX_DEPTH, Part, Walk, parse_part
from .quotes import Split, split_body
from .report import looks_like_report, read_report
from .text import strip_pgp

__all__ = ["parse", "split_body", "Split"]

_ADDRESS_HEADERS = frozenset({"from", "to", "cc", "bcc", "reply-to", "sender", "resent-from", "resent-to",
                              "resent-cc", "delivered-to", "return-path", "disposition-notification-to"})


def parse(raw: bytes) -> InboundMail:
    """Parse one mail as received (RFC 5322 bytes); malformed input gives a partial mail, not an error."""
    walk = Walk()
    try:
        root = parse_part(bytes(raw), walk)
        mail = _mail(root, walk, Budget(), 0)
    except Exception as err:  # last line of defence: a bug here must not lose the mail
        return InboundMail(message_id=None, subject="", from_name="", from_addr="",
                           problems=(*walk.problems, f"parser error: {type(err).__name__}"))
    return _with_report(mail, raw)


def _with_report(mail: InboundMail, raw: bytes) -> InboundMail:
    """A mail that may be a delivery report carries what it reports (who failed, which mail it returns)."""
    first = {name: value for name, value in reversed(mail.headers)}
    if not (mail.delivery_status or looks_like_report(mail.content_type, mail.from_addr, mail.subject, first)):
        return mail
    try:
        return replace(mail, report=read_report(raw))
    except Exception as err:  # noqa: BLE001 - the mail stays readable without its report
        return replace(mail, problems=(*mail.problems, f"delivery report unreadable: {type(err).__name__}"))


def _mail(root: Part, walk: Walk, budget: Budget, level: int) -> InboundMail:
    headers = tuple((name, _decoded(name, value)) for name, value in root.headers)
    first: dict[str, bytes] = {}
    for name, value in root.headers:
        first.setdefault(name, value)

    def raw(name: str) -> str:
        value = first.get(name)
        return raw_str(value) if value is not None else ""

    sender = addresses(raw("from"))
    from_name, from_addr = sender[0] if sender else ("", "")
    reply_to = addresses(raw("reply-to"))
    subject = decode_words(raw("subject"))
    got = collect(root, walk, budget)
    full_text = "\n\n".join(t.strip("\n") for t in got.texts if t.strip())
    full_text, pgp_encrypted = strip_pgp(full_text)
    encrypted = got.encrypted or pgp_encrypted
    if pgp_encrypted:
        walk.note("encrypted")
    split = split_body(full_text, subject)
    forwarded = tuple(_forwarded(got.forwarded, walk, budget, level))
    quoted = split.quoted
    for mail in forwarded:  # an attached forward is quoted too: it is not the sender's own statement
        if mail.full_text:
            quoted = f"{quoted}\n\n{mail.full_text}" if quoted else mail.full_text
    if not full_text.strip() and not got.attachments and not forwarded and not encrypted:
        walk.note("no body")
    return InboundMail(
        message_id=first_id(raw("message-id")) if "message-id" in first else None,
        subject=subject,
        from_name=from_name,
        from_addr=from_addr,
        reply_to=next((addr for _, addr in reply_to if addr), None),
        to=tuple(addr for _, addr in addresses(", ".join(_all(root, "to"))) if addr),
        cc=tuple(addr for _, addr in addresses(", ".join(_all(root, "cc"))) if addr),
        date=parse_date(raw("date")),
        in_reply_to=first_id(raw("in-reply-to")) if raw("in-reply-to").strip() else None,
        references=message_ids(raw("references")),
        headers=headers,
        content_type=root.content_type,
        text=split.text,
        quoted=quoted,
        signature=split.signature,
        full_text=full_text,
        from_html=got.from_html,
        attachments=tuple(got.attachments),
        forwarded=forwarded,
        delivery_status="\n\n".join(got.delivery_status),
        encrypted=encrypted,
        problems=tuple(walk.problems),
        forwarded_text=split.forwarded_text,
    )


def _forwarded(parts: list[Part], walk: Walk, budget: Budget, level: int) -> list[InboundMail]:
    """Attached messages as mails of their own; their problems stay with them, not the outer mail."""
    out = []
    for part in parts:
        if level + 1 > MAX_DEPTH:
            walk.note("nested too deep")
            break
        inner = Walk(parts_left=0)
        out.append(_mail(part, inner, budget, level + 1))
    return out


def _all(root: Part, name: str) -> list[str]:
    return [raw_str(value) for key, value in root.headers if key == name]


def _decoded(name: str, value: bytes) -> str:
    text = raw_str(value)
    if name in _ADDRESS_HEADERS:
        pairs = addresses(text)
        if pairs and "=?" in text:
            return ", ".join(_display(n, a) for n, a in pairs)
    return decode_words(text)


def _display(name: str, addr: str) -> str:
    if not name:
        return addr
    if any(c in name for c in ',;:<>@"()'):
        name = '"' + name.replace("\\", "").replace('"', "") + '"'
    return f"{name} <{addr}>" if addr else name
