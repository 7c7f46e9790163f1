"""Header hygiene: whatever a sender wrote may reach a header only as one harmless line.

Python's email package decodes RFC 2047 words *inside values it is given* and folds the result back
out, so "=?utf-8?q?=0D=0ABcc:_x?=" in a subject becomes a real Bcc header (CPython 3.11). Hence
control characters are removed *and* the "=?" opener is broken before any value meets a header.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import hmac
import re
import unicodedata
import uuid
from email.header import Header
from email.headerregistry import Address

_MESSAGE_ID_NAMESPACE = uuid.UUID("1d5c4a43-8f2b-5a8e-9c1e-6b0f2e7a9d10")
_ANGLE_ID = re.compile(r"<[^<>\s]+>")




def _ranges(category: str) -> str:
    """A compact regex class body for one Unicode category (ranges keep the matcher fast)."""
    points = [c for c in range(0x110000) if unicodedata.category(chr(c)) == category]
    spans: list[list[int]] = []
    for c in points:
        if spans and spans[-1][1] == c - 1:
            spans[-1][1] = c
        else:
            spans.append([c, c])
    return "".join(re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in spans)


_FORMAT_CHARS = _ranges("Cf")
# One pass over the text: line breaks of every kind, C0/C1 controls (tab aside), zero-width and bidi
# controls (category Cf: they spoof what a reader sees), lone surrogates (from surrogateescape).
_UNSAFE = re.compile("(\r\n|[\r\n\u2028\u2029\x85\x0b\x0c])|([\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f])"
                     "|([" + _FORMAT_CHARS + "])|([\ud800-\udfff])")


def _scrub(text: str, newline: str, control: str) -> str:
    replacements = (newline, control, "", "\ufffd")

    def replace(match: re.Match[str]) -> str:
        index = match.lastindex
        assert index is not None  # every alternative of _UNSAFE is a group, so a match always sets one
        return replacements[index - 1]

    return _UNSAFE.sub(replace, text)


def one_line(value: object, limit: int = 300) -> str:
    """A single clean line, at most `limit` characters: for names, titles, codes, subjects."""
    text = " ".join(_scrub(str(value), " ", " ").split())
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return text


def multi_line(value: object, limit: int = 20_000) -> str:
    """Clean body text: newlines normalised to \\n, other control characters dropped."""
    text = _scrub(str(value), "\n", "")
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return text.strip("\n")


def header_text(value: object, limit: int = 250) -> str:
    """A value safe for any header: one line, no RFC 2047 opener to be decoded into CR/LF."""
    return one_line(value, limit).replace("=?", "= ?")


@functools.lru_cache(maxsize=64)  # a pure function of the subject, which is the same for most mails of a kind
def encode_subject(subject: str) -> str:
    """The Subject header value, RFC 2047-encoded and folded by us, ready for `Message.set_raw`.

    Python's own folder leaves a space before a fold next to an encoded word, which readers then see
    as a double space in the subject; `email.header.Header` folds cleanly and round-trips exactly.
    """
    charset = "us-ascii" if subject.isascii() else "utf-8"
    return Header(header_text(subject), charset=charset, header_name="Subject", maxlinelen=78).encode(
        linesep="\r\n").strip()


def address(addr_spec: str, display_name: str | None = None) -> Address:
    """An Address from a trusted-but-checked addr-spec and an untrusted display name."""
    if any(ch in addr_spec for ch in "\r\n\x00") or addr_spec != addr_spec.strip():
        raise ValueError("address contains control characters or surrounding whitespace")
    name = header_text(display_name, 120) if display_name else ""
    return Address(display_name=name, addr_spec=addr_spec)


def message_id(dedupe_key: str, domain: str, key: bytes | None = None) -> str:
    """The same reply always gets the same Message-ID, so a re-rendered mail is recognisably one.

    With the installation's `key` (Store.secret) it is an HMAC of the dedupe key: an answer quoting it proves that
    its writer saw our mail, since a dedupe key holds only what a stranger may know (a kind, a code, an address).
    Without a key (rendering outside a store: previews, tests) it is a plain UUID of the dedupe key.
    """
    if not re.fullmatch(r"[A-Za-z0-9.-]+", domain):
        raise ValueError("sender domain is not a plain host name")
    name = dedupe_key.encode("utf-8", "surrogatepass").decode("utf-8", "replace")
    digest = (hmac.new(key, name.encode(), hashlib.sha256).digest()[:16] if key
              else uuid.uuid5(_MESSAGE_ID_NAMESPACE, name).bytes)
    token = base64.b32encode(digest).decode().rstrip("=")
    return f"<{token.lower()}@{domain}>"


def msg_id_list(values: tuple[str, ...] | list[str]) -> list[str]:
    """Message-IDs reduced to well-formed `<…>` tokens; anything else a sender smuggled in is dropped."""
    out: list[str] = []
    for value in values:
        for token in _ANGLE_ID.findall(one_line(value, 2000)):
            if "=?" not in token and token not in out:
                out.append(token)
    return out
