"""Bytes → str for mail text: declared charsets are often wrong, so the bytes get the last word.

Senders label cp1252 as iso-8859-1 or us-ascii, send utf-8 without a label, or name charsets
no codec knows. Decoding must never raise and must pick what a German reader would see.
"""

from __future__ import annotations

import codecs
import re
from functools import lru_cache

# Codecs that Python knows but that are not plausible mail charsets (or expand input unboundedly).
_REFUSED = {"unicode_escape", "raw_unicode_escape", "idna", "punycode", "undefined", "mbcs", "oem"}
# Labels under which senders really mean "western european, whatever my OS uses".
_WESTERN = {"ascii", "iso8859_1", "iso8859_15", "cp1252"}
_C1 = re.compile(rb"[\x80-\x9f]")
_CP1252_HOLES = re.compile(rb"[\x81\x8d\x8f\x90\x9d]")
_UTF8_SEQ = re.compile(rb"[\xc2-\xf4][\x80-\xbf]+")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@lru_cache(maxsize=256)
def codec_name(label: str | None) -> str | None:
    """The Python codec for a MIME charset label, or None when the label names nothing usable."""
    if not label:
        return None
    name = label.strip().strip("\"'").lower()
    if "*" in name:  # RFC 2231 language suffix: utf-8*de
        name = name.split("*", 1)[0]
    if not name or len(name) > 40:
        return None
    aliases = {"x-unknown": None, "unknown-8bit": None, "unknown": None, "x-user-defined": None,
               "default": None, "iso-8859-8-i": "iso8859_8", "cp-850": "cp850", "utf8": "utf_8",
               "ks_c_5601-1987": "cp949", "gb2312": "gb18030", "gbk": "gb18030", "x-sjis": "shift_jis"}
    if name in aliases:
        alias = aliases[name]
        return alias
    try:
        info = codecs.lookup(name)
    except (LookupError, ValueError, TypeError):
        return None
    if info.name in _REFUSED or not getattr(info, "_is_text_encoding", True):
        return None
    return info.name.replace("-", "_")


def _try_utf8(data: bytes) -> str | None:
    """Strict utf-8, forgiving only a multi-byte character cut off at the very end (truncation)."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        if err.start >= len(data) - 3 and err.reason == "unexpected end of data":
            try:
                return data[: err.start].decode("utf-8")
            except UnicodeDecodeError:
                return None
        return None


def _mostly_utf8(data: bytes) -> str | None:
    """utf-8 with a few broken bytes is still utf-8; cp1252 with accidental pairs is not."""
    good = len(_UTF8_SEQ.findall(data))
    text = data.decode("utf-8", "replace")
    bad = text.count("\ufffd")
    if good and good >= 2 * bad:
        return text
    return None


def decode_bytes(data: bytes, declared: str | None) -> tuple[str, str | None]:
    """Decode `data`, trusting the bytes over the label; returns (text, problem or None)."""
    problem = None
    codec = codec_name(declared)
    if declared and codec is None and declared.strip().lower() not in ("x-unknown", "unknown-8bit", "unknown"):
        safe = re.sub(r"[^\w.:+-]", "?", declared.strip())[:40]
        problem = f"undecodable charset {safe}"
    if codec is None or codec in _WESTERN or codec == "utf_8":
        if data.isascii():
            return data.decode("ascii"), problem
        text = _try_utf8(data)
        if text is not None:
            return text, problem
        if codec == "iso8859_1" and not _C1.search(data):
            return data.decode("latin-1"), problem
        if codec == "utf_8" or codec is None:
            text = _mostly_utf8(data)
            if text is not None:
                return text, problem
        if _CP1252_HOLES.search(data):  # not cp1252 either: let the statistics decide
            guess = _normalizer_guess(data)
            if guess is not None:
                return guess, problem
        if codec == "iso8859_15" and not _C1.search(data):
            return data.decode("iso8859_15", "replace"), problem
        return data.decode("cp1252", "replace"), problem
    try:
        return data.decode(codec), problem
    except (UnicodeDecodeError, LookupError, ValueError):
        pass
    text = _try_utf8(data)
    if text is not None:
        return text, problem
    guess = _normalizer_guess(data)
    if guess is not None:
        return guess, problem
    try:
        return data.decode(codec, "replace"), problem
    except Exception:  # a codec with its own failure modes must not take the mail down
        return data.decode("cp1252", "replace"), problem


def _normalizer_guess(data: bytes) -> str | None:
    """charset-normalizer as the last resort: slow, so only for bytes no cheaper rule explains."""
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data[:65536]).best()
        if best is None or best.encoding is None:
            return None
        return data.decode(best.encoding, "replace")
    except Exception:
        return None


def clean_text(text: str) -> str:
    """Line ends to \\n, NULs and other control characters out: readers and databases choke on them."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _CONTROL.search(text):
        text = _CONTROL.sub("", text)
    return text
