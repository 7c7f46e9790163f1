"""Raw bytes → a bounded tree of MIME parts, with the transfer encodings undone on request.

A hand-written splitter instead of `email.parser`: the stdlib feed parser nests one generator per
multipart level (10 000 levels end in RecursionError) and walks the input line by line in Python.
Here boundaries are found with one C-level regex scan per level, and depth, part count and header
size are capped, so hostile mail costs bounded time and memory.
"""

from __future__ import annotations

import binascii
import re
from dataclasses import dataclass, field
from email.message import Message

from .headers import raw_str, split_header_block

MAX_DEPTH = 20
MAX_PARTS = 500
MAX_HEADER_BLOCK = 1_000_000

_BLANK = re.compile(rb"\r?\n[ \t]*\r?\n")
_B64_JUNK = re.compile(rb"[^A-Za-z0-9+/]")


@dataclass
class Part:
    """One MIME entity: its headers (raw values), type parameters and still-encoded body."""

    headers: list[tuple[str, bytes]]
    content_type: str
    params: Message  # carries Content-Type / Content-Disposition, for the stdlib's RFC 2231 param parsing
    body: bytes
    depth: int
    children: list[Part] = field(default_factory=list)

    def header(self, name: str) -> str:
        for key, value in self.headers:
            if key == name:
                return raw_str(value)
        return ""

    def param(self, name: str, header: str = "content-type") -> str | None:
        try:
            value = self.params.get_param(name, header=header)
        except Exception:
            return None
        if isinstance(value, tuple):  # RFC 2231 (charset, language, value)
            try:
                from email.utils import collapse_rfc2231_value

                value = collapse_rfc2231_value(value)
            except Exception:
                value = value[2]
        return value if isinstance(value, str) else None

    @property
    def disposition(self) -> str:
        try:
            return (self.params.get_content_disposition() or "").lower()
        except Exception:
            return ""

    def filename(self) -> str | None:
        try:
            name = self.params.get_filename() or self.param("name")
        except Exception:
            name = self.param("name")
        if not name:
            return None
        from .headers import decode_words  # Outlook encodes file names as RFC 2047 words

        return decode_words(str(name))[:255] or None


@dataclass
class Walk:
    """The budget one mail (with everything nested in it) may spend."""

    parts_left: int = MAX_PARTS
    problems: list[str] = field(default_factory=list)

    def note(self, problem: str) -> None:
        if problem not in self.problems and len(self.problems) < 50:
            self.problems.append(problem)


def split_entity(data: bytes, walk: Walk) -> tuple[list[tuple[str, bytes]], bytes]:
    """Header pairs and body of one entity; a body without headers is allowed (MIME defaults apply)."""
    if data.startswith(b"\n") or data.startswith(b"\r\n"):
        return [], data[1 if data[:1] == b"\n" else 2:]
    match = _BLANK.search(data, 0, MAX_HEADER_BLOCK)
    if match is not None:
        block, body = data[: match.start()], data[match.end():]
    elif len(data) > MAX_HEADER_BLOCK:
        walk.note("header block over 1 MB")
        block, body = data[:MAX_HEADER_BLOCK], data[MAX_HEADER_BLOCK:]
    else:
        block, body = data, b""
    headers, rest, problems = split_header_block(block)
    for problem in problems:
        walk.note(problem)
    if rest:
        body = rest + b"\n" + body if body else rest
    return headers, body


def parse_part(data: bytes, walk: Walk, depth: int = 0, default_type: str = "text/plain") -> Part:
    """Build the tree below `data`; depth and part budget are shared with the whole mail."""
    walk.parts_left -= 1
    headers, body = split_entity(data, walk)
    params = Message()
    for name, value in headers:
        if name in ("content-type", "content-disposition"):
            params[name] = raw_str(value)
    try:
        content_type = params.get_content_type() if "content-type" in params else default_type
    except Exception:
        content_type = default_type
    content_type = content_type.lower()[:100]
    part = Part(headers, content_type, params, body, depth)
    if content_type.startswith("multipart/"):
        _split_children(part, walk)
    elif content_type in ("message/rfc822", "message/global") and body.strip():
        if depth + 1 > MAX_DEPTH:
            walk.note("nested too deep")
        elif walk.parts_left <= 0:
            walk.note("too many parts")
        else:
            part.children.append(parse_part(transfer_decode(body, part.header("content-transfer-encoding")),
                                            walk, depth + 1))
    return part


def _split_children(part: Part, walk: Walk) -> None:
    boundary = part.param("boundary")
    if not boundary or len(boundary) > 200:
        walk.note("multipart without boundary")
        part.content_type = "text/plain"
        return
    if part.depth + 1 > MAX_DEPTH:
        walk.note("nested too deep")
        return
    default = "message/rfc822" if part.content_type == "multipart/digest" else "text/plain"
    delimiter = re.compile(rb"(?m)^--" + re.escape(boundary.encode("utf-8", "replace")) + rb"(--)?[ \t]*\r?$")
    body = part.body
    start: int | None = None
    closed = False
    for match in delimiter.finditer(body):
        if start is not None:
            end = match.start()
            if end > start and body[end - 1] == 0x0A:
                end -= 1
                if end > start and body[end - 1] == 0x0D:
                    end -= 1
            if not _add_child(part, body[start:end], walk, default):
                return
        if match.group(1):
            closed = True
            break
        start = match.end() + 1
    if start is None:
        walk.note("boundary not found")
        part.content_type = "text/plain"  # read what is there rather than nothing
        return
    if not closed:
        walk.note("missing end boundary")
        _add_child(part, body[start:], walk, default)


def _add_child(part: Part, data: bytes, walk: Walk, default: str) -> bool:
    if walk.parts_left <= 0:
        walk.note("too many parts")
        return False
    part.children.append(parse_part(data, walk, part.depth + 1, default))
    return True


def transfer_decode(body: bytes, encoding: str) -> bytes:
    """Undo base64 / quoted-printable leniently: broken padding and stray characters are common."""
    encoding = encoding.strip().lower()
    if encoding == "base64":
        try:
            return binascii.a2b_base64(body)
        except (binascii.Error, ValueError):
            clean = _B64_JUNK.sub(b"", body)
            if len(clean) % 4 == 1:
                clean = clean[:-1]
            try:
                return binascii.a2b_base64(clean + b"=" * (-len(clean) % 4))
            except (binascii.Error, ValueError):
                return b""
    if encoding == "quoted-printable":
        try:
            return binascii.a2b_qp(body)
        except (binascii.Error, ValueError):
            return body
    return body


def decoded_size(part: Part) -> int:
    """Attachment size without decoding the attachment: base64 is 3 bytes per 4 characters."""
    if part.header("content-transfer-encoding").strip().lower() == "base64":
        return len(part.body.translate(None, b" \t\r\n").rstrip(b"=")) * 3 // 4
    return len(part.body)
