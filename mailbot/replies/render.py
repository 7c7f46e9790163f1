"""ReplyRequest → OutgoingMail: templates for the words, the email package for the envelope.

Pure: the same request, event and `now` always give the same bytes (Message-ID and MIME boundaries
are derived from the dedupe key), so a re-rendered reply is byte-identical and easy to test.
"""

from __future__ import annotations

import binascii
import dataclasses
import functools
import hashlib
import re
from collections import OrderedDict
from datetime import datetime
from email import policy, quoprimime
from email.message import EmailMessage
from email.headerregistry import Address
from email.policy import EmailPolicy
from email.utils import format_datetime
from pathlib import Path
from typing import Any
from collections.abc import Callable, Mapping

import jinja2
from markupsafe import Markup, escape

from mailbot.event import Event
from mailbot.models import OutgoingMail

from . import dates
from .headers import address, encode_subject, header_text, message_id, msg_id_list, multi_line, one_line
from .ics import build_calendar
from .request import AUTO_GENERATED_KINDS, KINDS, LANGUAGES, ORGANISER_KINDS, ReplyAttendee, ReplyRequest


class _RememberingPolicy(EmailPolicy):
    """policy.SMTP that parses and folds each distinct header once.

    Building a reply spent about a third of its time in the email package turning header values into
    header objects and folding them back into lines, although most of them are the same in every mail: the
    sender, the parts' Content-Type and Content-Transfer-Encoding, the subject of a kind. Both steps are pure
    functions of the name and the value (and of the policy's settings, part of the key), so their results are
    remembered: the bytes stay exactly those policy.SMTP writes. Header objects are immutable values, so mails
    may share them. The memory is bounded; a changed event file simply brings new values.
    """

    def header_store_parse(self, name: str, value: Any) -> tuple[str, Any]:
        if type(value) is str:
            key: tuple[str, ...] = (name, value)
        elif type(value) is Address:  # From, To, Reply-To: immutable, known by their parts
            key = (name, "Address", value.display_name, value.addr_spec)
        else:
            return super().header_store_parse(name, value)
        stored = _STORED.get(key)
        if stored is None:
            stored = _STORED[key] = super().header_store_parse(name, value)
            if len(_STORED) > _REMEMBERED:
                _STORED.popitem(last=False)
        else:
            _STORED.move_to_end(key)
        return stored

    def fold_binary(self, name: str, value: Any) -> bytes:
        plain = type(value) is str
        if not plain and (line := _seed_aside(str(value), lambda generic: self.fold_binary(
                name, self.header_factory(name, generic)))) is not None:
            return line
        key = (name, value if plain else id(value), self.max_line_length, self.linesep, self.utf8, self.cte_type,
               self.refold_source)
        folded = _FOLDED.get(key)
        if folded is not None and (plain or folded[0] is value):  # the object itself: ids are reused
            _FOLDED.move_to_end(key)
            return folded[1]
        result: bytes = super().fold_binary(name, value)
        _FOLDED[key] = (value, result)  # holds the object, so its id is not reused while remembered
        if len(_FOLDED) > _REMEMBERED:
            _FOLDED.popitem(last=False)
        return result


# The least recently used go first: the constant headers stay, a mail's own (about 8) pass through. Few, as
# header objects hold their parse trees.
_REMEMBERED = 512
_BOUNDARY_SEED = re.compile(r'boundary="=_([0-9a-f]{24})_\d+"')  # set by _assemble
_STAND_IN = "x" * 24  # not hex: a stand-in is never taken for a seed
_OWN_ID = re.compile(r"<[a-z0-9]{1,40}@[A-Za-z0-9.-]{1,60}>")  # headers.message_id's form
_STORED: OrderedDict[tuple[str, ...], tuple[str, Any]] = OrderedDict()


def _seed_aside(value: str, line: Callable[[str], bytes]) -> bytes | None:
    """A multipart Content-Type differs from mail to mail only in the seed of its boundary (same length, both token
    characters: the same folding): `line` of the same value with a stand-in seed, remembered, and this mail's seed
    put back; None for a value without a seed."""
    seed = _BOUNDARY_SEED.search(value)
    if seed is None:
        return None
    return line(value.replace(seed[1], _STAND_IN)).replace(_STAND_IN.encode(), seed[1].encode())


_FOLDED: OrderedDict[tuple[Any, ...], tuple[Any, bytes]] = OrderedDict()

SMTP_POLICY = _RememberingPolicy(linesep="\r\n")  # policy.SMTP (policy.default with CRLF line endings), remembering
MULTILINE_EXTRA = frozenset({"question", "body", "text"})
_PARTICLES = frozenset({"von", "van", "de", "der", "den", "du", "zu", "zum", "zur", "vom", "di", "da",
                        "del", "la", "le", "ten", "ter", "auf"})


def make_environment(templates_dir: Path) -> jinja2.Environment:
    """HTML templates autoescape, everything is strict: a missing value is a bug, not an empty line."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates_dir)),
        autoescape=lambda name: name is not None and name.endswith(".html.j2"),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters.update(day=_day, hm=_hm, day_time=_day_time, family_name=family_name, nl2br=nl2br)
    return env


def render(request: ReplyRequest, event: Event, now: datetime, env: jinja2.Environment, *,
           reference: bool = False, mid_key: bytes | None = None) -> OutgoingMail:
    """Render one reply to final bytes, ready for the outbox; `mid_key` keys its Message-ID (Store.secret).

    The bytes are those the email package writes with policy.SMTP; they are put together directly
    (_serialise) for the mails the bot sends in bulk. `reference=True` builds them with the email package
    and a plain policy.SMTP instead, for tests that check the two agree.
    """
    if request.kind not in KINDS:
        raise ValueError(f"unknown reply kind {request.kind!r}")
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    language = request.language if request.language in LANGUAGES else "de"
    if request.kind in ORGANISER_KINDS:  # written for the organisers: their language, not the asker's
        language = event.language if event.language in LANGUAGES else "de"
    prefix = "" if language == "de" else f"{language}/"
    context = _context(request, event, now, language)
    context["asker_language"] = request.language

    text_template = env.get_template(f"{prefix}{request.kind}.txt.j2")
    html_template = env.get_template(f"{prefix}{request.kind}.html.j2")
    text = _tidy(text_template.render(context))
    html = _tidy(html_template.render(context))
    subject = header_text(_render_block(text_template, "subject", context))
    calendar = None
    if request.ics_method:
        description = _tidy(env.get_template(f"{prefix}_calendar.txt.j2").render(context))
        calendar = build_calendar(request, event, now, description)

    mid = request.message_id or message_id(request.dedupe_key, event.sender.domain, mid_key)
    if reference:
        msg = _assemble(request, event, now, language, subject, mid, text, html, calendar, policy.SMTP)
    elif isinstance(request.extra.get("original"), bytes):  # a mail under review, attached: rare, not in bulk
        msg = _assemble(request, event, now, language, subject, mid, text, html, calendar)
    else:
        msg = _serialise(request, event, now, language, subject, mid, text, html, calendar)
    return OutgoingMail(dedupe_key=request.dedupe_key, kind=request.kind, recipient=request.to,
                        message_id=mid, raw=msg)


def family_name(name: str) -> str:
    """"Anna von der Heide" → "von der Heide": what follows "Frau"/"Herr" in a formal greeting."""
    parts = str(name).split()
    if not parts:
        return ""
    i = len(parts) - 1
    while i > 1 and parts[i - 1].lower() in _PARTICLES:
        i -= 1
    return " ".join(parts[i:])


def nl2br(value: str) -> Markup:
    """Escaped text with its line breaks kept, for quoting a sender's words in HTML."""
    return Markup("<br>\n").join(escape(line) for line in str(value).split("\n"))


@jinja2.pass_context
def _day(ctx: jinja2.runtime.Context, value: Any) -> str:
    return dates.day(value, ctx["language"], ctx["event"].tz)


@jinja2.pass_context
def _hm(ctx: jinja2.runtime.Context, value: Any) -> str:
    return dates.hm(value, ctx["language"], ctx["event"].tz)


@jinja2.pass_context
def _day_time(ctx: jinja2.runtime.Context, value: Any) -> str:
    return dates.day_time(value, ctx["language"], ctx["event"].tz)


def _clean_attendee(a: ReplyAttendee) -> ReplyAttendee:
    return dataclasses.replace(
        a,
        name=one_line(a.name, 200),
        salutation=one_line(a.salutation, 20) or None if a.salutation else None,
        title=one_line(a.title, 60) or None if a.title else None,
        email=one_line(a.email, 254) or None if a.email else None,
        code=one_line(a.code, 40),
    )


# Other names callers use for the same value; the templates know only the canonical one.
EXTRA_ALIASES = {"subject": "asker_subject"}


def _clean_extra(extra: Mapping[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {key: _clean_value(key, value) for key, value in extra.items()}
    for alias, canonical in EXTRA_ALIASES.items():
        if alias in out and canonical not in out:
            out[canonical] = out[alias]
    return out


def _clean_value(key: str, value: Any) -> Any:
    """Sender-written text at any depth (lists of results, nested proposals) becomes harmless lines."""
    if isinstance(value, str):
        return multi_line(value) if key in MULTILINE_EXTRA else one_line(value, 500)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):  # a report of plain values (Art. 15)
        return _clean_value(key, {f.name: getattr(value, f.name) for f in dataclasses.fields(value)})
    if isinstance(value, Mapping):
        return {k: _clean_value(k, v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return tuple(_clean_value(key, v) for v in value)
    return value


def _context(request: ReplyRequest, event: Event, now: datetime, language: str) -> dict[str, Any]:
    """Everything a template may use, with all sender-written text already made harmless."""
    attendees = tuple(_clean_attendee(a) for a in request.attendees)
    to_name = one_line(request.to_name, 200) if request.to_name else None
    recipient = request.to.casefold()
    addressee = next((a for a in attendees if a.email and a.email.casefold() == recipient), None)
    if addressee is None and to_name:
        addressee = next((a for a in attendees if a.name.casefold() == to_name.casefold()), None)
    by_status = {s: tuple(a for a in attendees if a.status == s)
                 for s in ("confirmed", "waitlisted", "provisional", "cancelled")}
    return {
        "event": event,
        "kind": request.kind,
        "language": language,
        "now": now,
        "to": request.to,
        "to_name": to_name,
        "addressee": addressee,
        "attendees": attendees,
        "active": tuple(a for a in attendees if a.status != "cancelled"),
        **by_status,
        "missing": tuple(one_line(m, 60) for m in request.missing),
        "first_contact": request.first_contact,
        "ics_method": request.ics_method,
        "original_subject": one_line(request.original_subject, 300) if request.original_subject else None,
        "extra": _clean_extra(request.extra),
    }


def _render_block(template: jinja2.Template, name: str, context: dict[str, Any]) -> str:
    block = template.blocks.get(name)
    if block is None:
        raise LookupError(f"template {template.name} has no {{% block {name} %}}")
    return "".join(block(template.new_context(context)))


def _tidy(text: str) -> str:
    """No runs of blank lines the template logic left behind; data was scrubbed before rendering."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = "\n".join(line.rstrip() for line in text.split("\n"))
    return re.sub(r"\n{3,}", "\n\n", text).strip("\n") + "\n"


def _envelope_headers(request: ReplyRequest, event: Event, now: datetime, subject: str,
                      mid: str) -> list[tuple[str, Any]]:
    """The headers above the body, in order, as set on the message (Subject already encoded: set raw)."""
    headers: list[tuple[str, Any]] = [("From", address(event.sender.address, event.sender.name)),
                                      ("To", address(request.to, request.to_name))]
    if request.reply_to:
        asker = request.extra.get("asker_name") if isinstance(request.extra.get("asker_name"), str) else None
        headers.append(("Reply-To", address(request.reply_to, asker)))
    headers += [("Subject", encode_subject(subject)), ("Date", format_datetime(now.astimezone(event.tz))),
                ("Message-ID", mid)]
    parents = msg_id_list([request.in_reply_to] if request.in_reply_to else [])
    if parents:
        headers.append(("In-Reply-To", parents[0]))
    references = msg_id_list(list(request.references))
    if parents and parents[0] not in references:
        references.append(parents[0])
    if references:
        # RFC 5322 §3.6.4: keep the thread's root and the most recent ancestors.
        headers.append(("References", " ".join(references[:1] + references[1:][-19:])))
    headers += [("Auto-Submitted", "auto-generated" if request.kind in AUTO_GENERATED_KINDS else "auto-replied"),
                ("X-Auto-Response-Suppress", "All")]
    return headers


def _serialise(request: ReplyRequest, event: Event, now: datetime, language: str, subject: str,
               mid: str, text: str, html: str, calendar: bytes | None) -> bytes:
    """The bytes _assemble gets from the email package, put together directly.

    Building the message tree and writing it out (set_content, add_alternative, make_mixed, set_boundary,
    the generator) cost more than half of a reply. The layout is fixed: text and HTML alternatives, with a
    calendar also an inline text/calendar alternative and an .ics attachment. Each header line is the
    policy's own folding of the value the tree would hold (remembered: most are the same in every mail), each
    body the content manager's own encoding, joined as the generator joins them. tests/test_scale.py checks
    every kind, with hostile names, against _assemble with a plain policy.SMTP.
    """
    seed = hashlib.sha256(mid.encode()).hexdigest()[:24]
    parts = [_part([("Content-Type", 'text/plain; charset="utf-8"'),
                    ("Content-Transfer-Encoding", "quoted-printable")], _quoted_printable(text)),
             _part([("Content-Type", 'text/html; charset="utf-8"'),
                    ("Content-Transfer-Encoding", "quoted-printable")], _quoted_printable(html))]
    if calendar is None:
        top, body = "multipart/alternative", _multipart(f"=_{seed}_0", parts)
    else:
        method = str(request.ics_method)
        encoded = _base64(calendar)
        parts.append(_part([("Content-Transfer-Encoding", "base64"),
                            ("Content-Type", f'text/calendar; method="{method}"; charset="utf-8"')], encoded))
        alternative = _part([("Content-Type", f'multipart/alternative; boundary="=_{seed}_1"')],
                            _multipart(f"=_{seed}_1", parts))
        attachment = _part([("Content-Type", "application/ics"), ("Content-Transfer-Encoding", "base64"),
                            ("Content-Disposition",
                             f'attachment; filename="{"invite.ics" if method == "REQUEST" else "cancel.ics"}"')],
                           encoded)
        top, body = "multipart/mixed", _multipart(f"=_{seed}_0", [alternative, attachment])
    headers = [*_envelope_headers(request, event, now, subject, mid), ("MIME-Version", "1.0"),
               ("Content-Type", f'{top}; boundary="=_{seed}_0"'), ("Content-Language", language)]
    raw = b"".join(_header_line(name, value) for name, value in headers) + b"\r\n" + body
    _check_header_names(raw, {name.lower() for name, _ in headers})
    return raw


def _header_line(name: str, value: Any) -> bytes:
    """One header as the generator writes it: a value set raw (the Subject) is folded as it is, any other
    becomes a header object first, as Message.__setitem__ makes it."""
    if name == "Subject":
        return SMTP_POLICY.fold_binary(name, value)
    if name == "Message-ID" and _OWN_ID.fullmatch(value):  # ours: short, plain, nothing to fold or quote
        return f"Message-ID: {value}\r\n".encode("ascii")
    if type(value) is str and (line := _seed_aside(value, lambda generic: _header_line(name, generic))) is not None:
        return line  # parsed and folded once, not for every mail
    return SMTP_POLICY.fold_binary(name, SMTP_POLICY.header_store_parse(name, value)[1])


def _part(headers: list[tuple[str, Any]], body: bytes) -> bytes:
    return b"".join(_header_line(name, value) for name, value in headers) + b"\r\n" + body


def _multipart(boundary: str, parts: list[bytes]) -> bytes:
    """The generator's multipart body: dash-boundary, the parts between delimiters, the close-delimiter."""
    start, between = f"--{boundary}\r\n".encode(), f"\r\n--{boundary}\r\n".encode()
    return start + between.join(parts) + f"\r\n--{boundary}--\r\n".encode()


def _quoted_printable(text: str) -> bytes:
    """The content manager's quoted-printable body (set_content(cte="quoted-printable"), utf-8), CRLF lines.

    quoprimime.body_encode encodes each line on its own (a text ending in a line break is the encodings of its
    lines, one after another), so each line is encoded once: the programme, the parking hints and the layout are
    the same in every mail."""
    return b"".join(_quoted_printable_line(line) for line in text.encode("utf-8").splitlines() or [b""])


@functools.lru_cache(maxsize=1024)
def _quoted_printable_line(line: bytes) -> bytes:
    return _crlf_lines(quoprimime.body_encode((line + b"\n").decode("latin-1"), _LINE_LENGTH))


def _base64(data: bytes) -> bytes:
    """The content manager's base64 body: 76 characters a line (57 bytes), CRLF lines."""
    step = _LINE_LENGTH // 4 * 3
    return _crlf_lines("".join(binascii.b2a_base64(data[i:i + step]).decode("ascii")
                               for i in range(0, len(data), step)))


def _crlf_lines(payload: str) -> bytes:
    """The generator's _write_lines: every line ended by CRLF, a last line without a break kept as it is."""
    lines = _LINE_BREAK.split(payload)
    return ("".join(line + "\r\n" for line in lines[:-1]) + lines[-1]).encode("ascii", "surrogateescape")


_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_LINE_LENGTH = 78  # SMTP_POLICY.max_line_length, which the content manager encodes bodies to


def _assemble(request: ReplyRequest, event: Event, now: datetime, language: str, subject: str,
              mid: str, text: str, html: str, calendar: bytes | None, smtp: Any = SMTP_POLICY) -> bytes:
    msg = EmailMessage(policy=smtp)
    for name, value in _envelope_headers(request, event, now, subject, mid):
        if name == "Subject":
            msg.set_raw(name, value)
        else:
            msg[name] = value

    msg.set_content(text, subtype="plain", charset="utf-8", cte="quoted-printable")
    msg.add_alternative(html, subtype="html", charset="utf-8", cte="quoted-printable")
    if calendar is not None:
        method = str(request.ics_method)
        # The layout Google Calendar sends: an inline text/calendar alternative (Outlook, Gmail) plus
        # the same data as an .ics attachment (Thunderbird, Apple Mail, anyone saving it).
        msg.add_alternative(calendar, maintype="text", subtype="calendar", cte="base64",
                            params={"method": method, "charset": "utf-8"})
        msg.add_attachment(calendar, maintype="application", subtype="ics", cte="base64",
                           filename="invite.ics" if method == "REQUEST" else "cancel.ics")
    original = request.extra.get("original")
    if isinstance(original, bytes):
        _attach_original(msg, original)
    msg["Content-Language"] = language  # after the body: set_content() drops Content-* headers
    seed = hashlib.sha256(mid.encode()).hexdigest()[:24]
    for index, part in enumerate(msg.walk()):
        if part.is_multipart():
            part.set_boundary(f"=_{seed}_{index}")
        if index and "MIME-Version" in part:  # add_alternative() copies it into sub-parts
            del part["MIME-Version"]
    raw = msg.as_bytes(policy=smtp)
    _check_header_names(raw, {k.lower() for k in msg.keys()})
    return raw


def _attach_original(msg: EmailMessage, raw: bytes) -> None:
    """The mail under review, attached as message/rfc822 so Outlook and Thunderbird open it as a mail.

    A mail too broken to be written out again goes as a plain `original.eml` file instead: the
    organisers always get the bytes that arrived.
    """
    import email
    from email.mime.message import MIMEMessage

    msg.make_mixed()
    try:
        inner = email.message_from_bytes(raw, policy=policy.compat32)
        part = MIMEMessage(inner)
        part.as_bytes(policy=SMTP_POLICY)  # fails here, not later, for mail the generator cannot write
    except Exception:  # noqa: BLE001 - any failure means: attach the bytes as a file
        msg.add_attachment(raw, maintype="application", subtype="octet-stream", filename="original.eml")
        return
    part["Content-Disposition"] = 'attachment; filename="original.eml"'
    # typeshed wants an EmailMessage for EmailMessage.attach; any Message (here compat32) works at runtime
    msg.attach(part)  # type: ignore[arg-type]


def _check_header_names(raw: bytes, expected: set[str]) -> None:
    """Last line of defence: the serialised header block holds exactly the headers we set."""
    head = raw.split(b"\r\n\r\n", 1)[0].decode("ascii", "replace")
    names = {line.split(":", 1)[0].strip().lower()
             for line in head.split("\r\n") if line and line[0] not in " \t"}
    if names != expected | {"mime-version", "content-type"}:
        raise ValueError("refusing to emit a mail whose headers differ from those set")
