"""Header block bytes → (name, value) pairs, and the decoders for what those values mean.

Written by hand rather than through `email.policy.default` because the stdlib header parser is
slow (it builds a token tree per header) and raises on some hostile input; here every value is
capped, decoded leniently and flattened to one line, so CR/LF from a value never reaches a reader.
"""

from __future__ import annotations

import binascii
import re
from datetime import datetime, UTC
from email.utils import getaddresses, parsedate_to_datetime

from .charsets import decode_bytes

MAX_HEADERS = 500
MAX_VALUE = 16_384  # bytes of one raw header value kept (after unfolding)

_NAME = re.compile(rb"^([!-9;-~]{1,200})[ \t]*:")
_ENCODED_WORD = re.compile(r"=\?([^?\s]{1,64})\?([bBqQ])\?([^?\r\n]*?)\?=")
_BETWEEN_WORDS = re.compile(r"(\?=)[ \t\r\n]+(=\?)")
_WS = re.compile(r"\s+")
_QP_HEX = re.compile(r"=([0-9A-Fa-f]{2})")
_HIDDEN = re.compile(r"EnCwOrD(\d{1,5})X")
_MSGID = re.compile(r"<[^<>\s]{1,998}>")


def split_header_block(block: bytes) -> tuple[list[tuple[str, bytes]], bytes, list[str]]:
    """Raw header lines → [(lower name, raw unfolded value)], plus bytes that turned out to be body.

    A line that is neither a header nor a continuation ends the headers (as the stdlib does), so a
    sender who forgot the blank line still gets a body.
    """
    problems: list[str] = []
    out: list[tuple[str, bytes]] = []
    lines = block.split(b"\n")
    current_name: str | None = None
    current: list[bytes] = []
    size = 0
    rest = b""
    truncated = False
    for index, line in enumerate(lines):
        if line.endswith(b"\r"):
            line = line[:-1]
        if line[:1] in (b" ", b"\t"):
            if current_name is not None:
                if size < MAX_VALUE:
                    current.append(line)
                    size += len(line)
                else:
                    truncated = True
            continue
        if index == 0 and line.startswith(b"From "):
            continue  # mbox separator
        match = _NAME.match(line)
        if match is None:
            if line.strip():
                rest = b"\n".join(lines[index:])
                problems.append("missing blank line after headers")
            break
        if current_name is not None:
            out.append((current_name, _join(current)))
        if len(out) >= MAX_HEADERS:
            problems.append("too many headers")
            current_name = None
            break
        current_name = match.group(1).decode("ascii").lower()
        current = [line[match.end():]]
        size = len(current[0])
    if current_name is not None:
        out.append((current_name, _join(current)))
    if truncated or any(len(v) > MAX_VALUE for _, v in out):
        problems.append("header truncated")
        out = [(n, v[:MAX_VALUE]) for n, v in out]
    return out, rest, problems


def _join(parts: list[bytes]) -> bytes:
    return b" ".join(p.strip(b" \t") for p in parts).strip() if len(parts) > 1 else parts[0].strip()


def raw_str(value: bytes) -> str:
    """Undecoded header bytes as text: 8-bit headers are usually utf-8, else cp1252."""
    if value.isascii():
        return value.decode("ascii")
    return decode_bytes(value, None)[0]


def one_line(text: str) -> str:
    """Collapse every whitespace run (CR/LF included) to one space: header values are single lines."""
    return _WS.sub(" ", text).strip()


def decode_words(text: str) -> str:
    """Decode RFC 2047 encoded words, tolerating the broken ones mail clients emit."""
    if "=?" not in text:
        return one_line(text)
    text = _BETWEEN_WORDS.sub(r"\1\2", text)  # whitespace between adjacent words is not content
    return one_line(_ENCODED_WORD.sub(_decode_word, text))


def _decode_word(match: re.Match[str]) -> str:
    charset, kind, payload = match.group(1), match.group(2).lower(), match.group(3)
    try:
        if kind == "q":
            raw = _QP_HEX.sub(lambda m: chr(int(m.group(1), 16)), payload.replace("_", " "))
            data = raw.encode("latin-1", "replace")
        else:
            data = _b64(payload)
    except Exception:
        return match.group(0)
    return decode_bytes(data, charset)[0]


def _b64(payload: str) -> bytes:
    clean = re.sub(r"[^A-Za-z0-9+/]", "", payload)
    clean = clean[: len(clean) - len(clean) % 4] if len(clean) % 4 == 1 else clean
    clean += "=" * (-len(clean) % 4)
    try:
        return binascii.a2b_base64(clean)
    except (binascii.Error, ValueError):
        return b""


def addresses(raw: str) -> list[tuple[str, str]]:
    """[(decoded display name, lower-cased addr-spec)]; parsed before decoding words, since a
    decoded name may contain the commas and brackets that separate addresses."""
    words: list[str] = []
    if "=?" in raw:  # hide encoded words: their payload may hold ':' or '@' that would split addresses

        def hide(match: re.Match[str]) -> str:
            words.append(match.group(0))
            return f"EnCwOrD{len(words) - 1}X"

        raw = _ENCODED_WORD.sub(hide, raw)
    try:
        pairs = getaddresses([raw])
    except Exception:
        return []
    out = []
    for name, addr in pairs:
        addr = one_line(addr).strip("<> ").lower()
        if "@" not in addr or len(addr) > 320 or "encword" in addr:
            addr = ""
        if words:
            name = _HIDDEN.sub(lambda m: words[int(m.group(1))] if int(m.group(1)) < len(words) else "", name)
        name = decode_words(name).strip().strip('"').strip()
        if name or addr:
            out.append((name, addr))
    return out


def parse_date(raw: str) -> datetime | None:
    """An aware datetime, or None for anything unparsable; a "-0000" zone is taken as UTC."""
    if not raw or len(raw) > 200:
        return None
    try:
        value = parsedate_to_datetime(raw)
    except Exception:
        return None
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value


def message_ids(raw: str, limit: int = 100) -> tuple[str, ...]:
    """Angle-bracketed ids in order; a bare token when the sender left the brackets off."""
    found = _MSGID.findall(raw)
    if not found:
        found = [t for t in raw.split() if "@" in t]
    return tuple(found[:limit])


def first_id(raw: str) -> str | None:
    ids = message_ids(raw, 1)
    if ids:
        return ids[0]
    stripped = one_line(raw)
    return stripped.replace(" ", "") or None
