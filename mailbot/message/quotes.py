"""A mail body split into the sender's new words, what they quote, their signature, and a forward.

Why it matters: a quoted invitation names the ministry's address and other people's towns, a
forwarded sign-up names the real attendee, and a signature is the best source of name, role and
organisation. Everything is line-based and regex-cheap, German and English conventions first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_FORWARD = re.compile(
    r"^-{2,}\s*(forwarded message|weitergeleitete nachricht|message transféré)\s*-{2,}$"
    r"|^(begin forwarded message|anfang der weitergeleiteten (nachricht|e-mail)"
    r"|beginn der weitergeleiteten nachricht)\s*:?$", re.I)
_ORIGINAL = re.compile(
    r"^-{2,}\s*(original message|ursprüngliche nachricht|urspr\. nachricht|originalnachricht"
    r"|original-nachricht|message d'origine)\s*-{2,}$", re.I)
_RULE = re.compile(r"^_{20,}$")
_ATTRIBUTION_START = re.compile(r"^(am|on|le|el|den)\s", re.I)
_ATTRIBUTION = re.compile(r"^(am|on|le|el|den)\s.{0,300}\b(schrieb|wrote|a écrit|escribió|skrev)\b.{0,300}:$",
                          re.I | re.S)
_ATTRIBUTION_LOOSE = re.compile(r"^.{0,300}\b(schrieb|wrote|writes|geschrieben|a écrit)\s*:$|^zitat von .{1,200}:$",
                                re.I)
_HEAD_FROM = re.compile(r"^\**\s*(von|from|de|absender)\s*:\**\s*\S", re.I)
_HEAD_OTHER = re.compile(r"^\**\s*(gesendet|sent|datum|date|an|to|betreff|subject|cc|kopie|envoyé|à|objet)\s*:",
                         re.I)
_FWD_SUBJECT = re.compile(r"^\s*(wg|fwd?|wtr|tr|weitergeleitet|weiterleitung)\s*:", re.I)
_DASHES = re.compile(r"^--\s?$")
_PHONE = re.compile(
    r"^(von meinem .{1,60} gesendet|gesendet von meine[mr] .{1,60}|gesendet (von|mit) .{1,60}"
    r"|sent from my .{1,60}|sent from .{1,40}|sent with .{1,40}|get outlook for .{1,30}"
    r"|outlook für (ios|android).{0,30}|diese nachricht wurde von meinem .{1,80})[.!]?$", re.I)
_GREETING = re.compile(
    r"^((mit|und)\s+)?(freundliche[nm]?|beste[nm]?|herzliche[nm]?|liebe[nm]?|viele[nm]?|sonnige[nm]?"
    r"|schöne[nm]?|kollegiale[nm]?|freundlichst(en)?|frohe[nm]?)\s+gr(ü|ue|u)(ß|ss)(e|en)?\b"
    r"|^((mit|und)\s+)?(freundlichem|bestem|herzlichem|kollegialem)\s+gru(ß|ss)\b"
    r"|^(vielen\s+)?dank(e)?\s+und\s+.{0,30}gr(ü|ue|u)(ß|ss)"
    r"|^(mfg|lg|vg|bg|sg|gruß|gruss|grüße|grüsse|hochachtungsvoll|cheers|sincerely|regards)\b"
    r"|^(best|kind|warm|warmest|many)\s+(regards|wishes)\b|^best[,!.]?$|^yours (sincerely|truly|faithfully)\b",
    re.I)
MAX_SIGNATURE_LINES = 25
MAX_SPLIT_LINES = 5000


@dataclass(frozen=True)
class Split:
    """The four parts of a body; `forwarded_text` is the inline-forwarded message including its
    header block (Von:/Datum:/Betreff:), since the original sender is part of what a reader needs."""

    text: str
    quoted: str
    signature: str
    forwarded_text: str = ""


def _norm(line: str) -> str:
    return line.strip().strip("*").strip()


def _attribution_end(lines: list[str], i: int) -> int | None:
    """Index after an "Am … schrieb X:" / "On … wrote:" line, which clients wrap over up to 3 lines."""
    first = _norm(lines[i])
    if not first or len(first) > 300:
        return None
    if _ATTRIBUTION_START.match(first):
        joined = first
        for j in range(i, min(i + 3, len(lines))):
            if j > i:
                joined += " " + _norm(lines[j])
            if joined.endswith(":") and _ATTRIBUTION.match(joined):
                return j + 1
    if _ATTRIBUTION_LOOSE.match(first) and ("@" in first or re.search(r"\d", first) or _next_quoted(lines, i + 1)):
        return i + 1
    return None


def _next_quoted(lines: list[str], i: int) -> bool:
    for line in lines[i: i + 3]:
        if line.strip():
            return line.startswith(">")
    return False


def _header_block(lines: list[str], i: int) -> bool:
    if not _HEAD_FROM.match(lines[i].strip()):
        return False
    others = sum(1 for line in lines[i + 1: i + 8] if _HEAD_OTHER.match(line.strip()))
    return others >= 2


def _find_cut(lines: list[str]) -> tuple[int, int, str] | None:
    """(cut index, index after the marker line, kind) of the first quote/forward marker.

    Kind is "forward", "original" (Outlook separator or header block: reply or forward, the subject
    decides) or "reply" (an attribution line followed by unprefixed text)."""
    for i, line in enumerate(lines):
        stripped = _norm(line)
        if not stripped or line.startswith(">"):
            continue
        if _FORWARD.match(stripped):
            return i, i + 1, "forward"
        if _ORIGINAL.match(stripped):
            return i, i + 1, "original"
        if _RULE.match(stripped) and any(_header_block(lines, k) for k in range(i + 1, min(i + 3, len(lines)))):
            return i, i + 1, "original"
        if _header_block(lines, i):
            return i, i, "original"
        end = _attribution_end(lines, i)
        if end is not None and not _next_quoted(lines, end):
            return i, end, "reply"
    return None


def _signature_start(own: list[str]) -> int | None:
    nonempty = [k for k, line in enumerate(own) if line.strip()]
    if not nonempty:
        return None
    for k in nonempty:
        stripped = own[k].strip()
        if _DASHES.match(own[k].rstrip("\n")) or _PHONE.match(stripped):
            dash = k
            break
    else:
        dash = None
    greeting = None
    for n, k in enumerate(nonempty):
        if dash is not None and k >= dash:
            break
        stripped = _norm(own[k])
        if len(stripped) > 60 or not _GREETING.match(stripped):
            continue
        after = len(nonempty) - n - 1
        if after > MAX_SIGNATURE_LINES or (n == 0 and after > 6):
            continue
        greeting = k
        break
    found = [k for k in (dash, greeting) if k is not None]
    return min(found) if found else None


def split_body(full_text: str, subject: str = "") -> Split:
    """Split a body (already plain text, "\\n" line ends) into new words, quotes, signature, forward."""
    lines = full_text.split("\n")
    overflow: list[str] = []
    if len(lines) > MAX_SPLIT_LINES:  # bounded work: the rest of a huge body is not looked at line by line
        lines, overflow = lines[:MAX_SPLIT_LINES], lines[MAX_SPLIT_LINES:]
    cut = _find_cut(lines)
    forwarded = ""
    if cut is None:
        region, tail = lines, []
    else:
        start, after, kind = cut
        region, tail = lines[:start], lines[start:]
        if kind == "forward" or (kind == "original" and _FWD_SUBJECT.match(subject or "")):
            forwarded = _join(lines[after:] + overflow)
    own: list[str] = []
    quoted: list[str] = []
    i = 0
    while i < len(region):
        line = region[i]
        if line.startswith(">"):
            quoted.append(line)
            i += 1
            continue
        end = _attribution_end(region, i) if line.strip() else None
        if end is not None and _next_quoted(region, end):
            quoted.extend(region[i:end])
            i = end
            continue
        own.append(line)
        i += 1
    sig_at = _signature_start(own)
    signature: list[str] = []
    if sig_at is not None:
        own, signature = own[:sig_at], own[sig_at:]
    quoted.extend(tail)
    if overflow:
        (quoted if cut is not None else own if sig_at is None else signature).extend(overflow)
    return Split(_join(own), _join(quoted), _join(signature), forwarded)


def _join(lines: list[str]) -> str:
    text = "\n".join(line.rstrip() for line in lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip("\n")
