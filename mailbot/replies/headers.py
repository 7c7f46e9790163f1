"""Header hygiene: whatever a sender wrote may reach a header only as one harmless line.

Python's email package decodes RFC 2047 words *inside values it is given* and folds the result back
out, so "=?utf-8?q?=0D=0ABcc:_x?=" in a subject becomes a real Bcc header (CPython 3.11). Hence
control characters are removed *and* the "=?" opener is broken before any value meets a header.
"""

from __future__ import annotations

import base64
import re
import unicodedata
import uuid
from email.headerregistry import Address

_MESSAGE_ID_NAMESPACE = uuid.UUID("1d5c4a43-8f2b-5a8e-9c1e-6b0f2e7a9d10")
_ANGLE_ID = re.compile(r"<[^<>\s]+>")


def _strip_char(ch: str, keep_newlines: bool) -> str:
    cat = unicodedata.category(ch)
    if ch in "\r\n\u2028\u2029\x85":
        return "\n" if keep_newlines else " "
    if ch == "\t":
        return ch if keep_newlines else " "
    if cat == "Cc":
        return " " if not keep_newlines else ""
    if cat == "Cf":  # zero-width and bidi controls: spoofing, never content
        return ""
    if cat == "Cs":  # lone surrogates (surrogateescape) cannot be encoded
        return "\ufffd"
    return ch


def one_line(value: object, limit: int = 300) -> str:
    """A single clean line, at most `limit` characters: for names, titles, codes, subjects."""
    text = "".join(_strip_char(ch, keep_newlines=False) for ch in str(value))
    text = " ".join(text.split())
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return text


def multi_line(value: object, limit: int = 20_000) -> str:
    """Clean body text: newlines normalised to \\n, other control characters dropped."""
    text = str(value).replace("\r\n", "\n")
    text = "".join(_strip_char(ch, keep_newlines=True) for ch in text)
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return text.strip("\n")


def header_text(value: object, limit: int = 250) -> str:
    """A value safe for any header: one line, no RFC 2047 opener to be decoded into CR/LF."""
    return one_line(value, limit).replace("=?", "= ?")


def address(addr_spec: str, display_name: str | None = None) -> Address:
    """An Address from a trusted-but-checked addr-spec and an untrusted display name."""
    if any(ch in addr_spec for ch in "\r\n\x00") or addr_spec != addr_spec.strip():
        raise ValueError("address contains control characters or surrounding whitespace")
    name = header_text(display_name, 120) if display_name else ""
    return Address(display_name=name, addr_spec=addr_spec)


def message_id(dedupe_key: str, domain: str) -> str:
    """The same reply always gets the same Message-ID, so a re-rendered mail is recognisably one."""
    if not re.fullmatch(r"[A-Za-z0-9.-]+", domain):
        raise ValueError("sender domain is not a plain host name")
    name = dedupe_key.encode("utf-8", "surrogatepass").decode("utf-8", "replace")
    token = base64.b32encode(uuid.uuid5(_MESSAGE_ID_NAMESPACE, name).bytes).decode().rstrip("=")
    return f"<{token.lower()}@{domain}>"


def msg_id_list(values: tuple[str, ...] | list[str]) -> list[str]:
    """Message-IDs reduced to well-formed `<…>` tokens; anything else a sender smuggled in is dropped."""
    out: list[str] = []
    for value in values:
        for token in _ANGLE_ID.findall(one_line(value, 2000)):
            if "=?" not in token and token not in out:
                out.append(token)
    return out
