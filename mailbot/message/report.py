"""A delivery report (bounce, DSN, delay notice) → what it says: which addresses failed, how, and which mail of
ours it returns (pure).

flufl.bounce (GNU Mailman's bounce detectors, many MTAs' formats) finds the failed addresses and sorts them
into temporary and permanent; the RFC 3464 delivery-status part adds the Action and Status of each; the
returned mail's Message-ID (attached message, text/rfc822-headers, or headers quoted in the text) says
whether the report is about a mail we sent at all. Never raises: an unreadable report says less.
"""

from __future__ import annotations

import email
import re
from email.message import Message
from email.policy import compat32

from flufl.bounce import all_failures

from ..models import DeliveryReport, Failure

MAX_REPORT = 2_000_000  # bytes read of one report (the returned mail may be attached whole)
MAX_TEXT = 200_000  # characters of text searched for quoted headers and status codes
_ID = re.compile(r"<[^<>\s@]{1,250}@[^<>\s@]{1,250}>")
_QUOTED_ID = re.compile(r"(?im)^[ \t>]*message-id:[ \t]*(?:\r?\n[ \t]+)?(<[^<>\s@]{1,250}@[^<>\s@]{1,250}>)")
_STATUS = re.compile(r"(?<![\d.])([245]\.\d{1,3}\.\d{1,3})(?![\d.])")
_ADDRESS = re.compile(r"(?i)[\w.+'=\-]{1,64}@[\w.\-]{1,253}\.\w{2,24}")
_RETURNED_TYPES = ("message/rfc822", "message/global", "text/rfc822-headers", "message/rfc822-headers",
                   "message/global-headers")


def looks_like_report(content_type: str, from_addr: str, subject: str, headers: dict[str, str]) -> bool:
    """Cheap first look: only mail that may be a delivery report is read as one (bounded cost per mail)."""
    if content_type == "multipart/report" or "x-failed-recipients" in headers:
        return True
    if (headers.get("return-path") or "x").strip() in ("<>", ""):
        return True
    local = from_addr.split("@")[0].strip('"').lower()
    if re.match(r"(mailer-daemon|postmaster|mail ?delivery|system ?administrator|mailadmin|mmdf|smtp|"
                r"exchange|root$|bounce)", local):
        return True
    return bool(re.search(r"(?i)undeliver|deliver(y|ed|ing)|failure|failed|returned|unzustellbar|zustell|"
                          r"bounce|not (be )?(delivered|sent)|nicht (zugestellt|ausgeliefert)|non remis|"
                          r"rejected|warning|notification|delayed|verzögert|mail system|error", subject))


def read_report(raw: bytes) -> DeliveryReport:
    """What the report says; an empty report when it says nothing we can use."""
    try:
        msg = email.message_from_bytes(bytes(raw[:MAX_REPORT]), policy=compat32)
    except Exception:  # noqa: BLE001 - a mail the stdlib cannot read reports nothing
        return DeliveryReport()
    try:
        temporary, permanent = all_failures(msg)
    except Exception:  # noqa: BLE001 - a detector that trips over odd input finds nothing
        temporary, permanent = frozenset(), frozenset()
    dsn = _dsn_fields(msg)
    text = _text(msg)
    found: dict[str, Failure] = {}
    for addr, is_permanent in [*((a, True) for a in permanent), *((a, False) for a in temporary)]:
        address = _address(addr)
        if not address or address in found:
            continue
        action, status, diagnostic = dsn.pop(address, ("", "", ""))
        if not status:
            status, diagnostic = _near(text, address, diagnostic)
        found[address] = Failure(address=address, permanent=is_permanent, action=action, status=status,
                                 diagnostic=diagnostic)
    for address, (action, status, diagnostic) in dsn.items():  # in the DSN but not found by flufl
        found[address] = Failure(address=address, permanent=action == "failed" and status[:1] != "4",
                                 action=action, status=status, diagnostic=diagnostic)
    own = _ID.findall(str(msg.get("Message-ID") or ""))
    returned = [i for i in _returned_ids(msg, text) if i not in own]
    delivered_to = []
    for name in ("To", "Delivered-To", "X-Original-To", "Envelope-To", "X-Envelope-To"):
        for value in msg.get_all(name) or []:
            delivered_to += [a.lower() for a in _ADDRESS.findall(str(value))]
    return DeliveryReport(failures=tuple(found.values()), returned_ids=tuple(dict.fromkeys(returned)),
                          delivered_to=tuple(dict.fromkeys(delivered_to)))


def _address(value: bytes | str) -> str:
    text = value.decode("utf-8", "replace") if isinstance(value, bytes) else value
    text = text.strip().strip("<>;,.").lower()
    return text if "@" in text and len(text) <= 320 and not any(c.isspace() for c in text) else ""


def _dsn_fields(msg: Message) -> dict[str, tuple[str, str, str]]:
    """address → (Action, Status, Diagnostic-Code) from each per-recipient block of a delivery-status part."""
    out: dict[str, tuple[str, str, str]] = {}
    for part in msg.walk():
        if part.get_content_type() not in ("message/delivery-status", "message/global-delivery-status"):
            continue
        blocks = part.get_payload()
        if not isinstance(blocks, list):
            continue
        for block in blocks:
            if not isinstance(block, Message):
                continue
            recipient = str(block.get("Final-Recipient") or block.get("Original-Recipient") or "")
            address = _address(recipient.split(";", 1)[-1])
            if not address:
                continue
            action = str(block.get("Action") or "").strip().lower().split()[:1]
            status = _STATUS.search(str(block.get("Status") or ""))
            diagnostic = " ".join(str(block.get("Diagnostic-Code") or "").split())[:300]
            if not status and diagnostic:
                status = _STATUS.search(diagnostic)
            out.setdefault(address, (action[0] if action else "", status.group(1) if status else "", diagnostic))
    return out


def _text(msg: Message) -> str:
    """The readable text of the report, returned headers included (bounded)."""
    chunks: list[str] = []
    size = 0
    for part in msg.walk():
        if part.is_multipart() or part.get_content_maintype() not in ("text", "message"):
            continue
        payload = part.get_payload(decode=True)
        if not isinstance(payload, bytes):
            continue
        chunk = payload.decode(part.get_content_charset() or "latin-1", "replace")
        chunks.append(chunk[:MAX_TEXT - size])
        size += len(chunks[-1])
        if size >= MAX_TEXT:
            break
    return "\n".join(chunks)


def _near(text: str, address: str, diagnostic: str) -> tuple[str, str]:
    """The status code and server words next to the address in a report without a DSN part."""
    lower = text.lower()
    at = lower.find(address)
    while at >= 0:
        window = text[max(0, at - 200): at + len(address) + 300]
        status = _STATUS.search(window)
        if status:
            line_start = window.rfind("\n", 0, status.start()) + 1
            line_end = window.find("\n", status.end())
            return status.group(1), diagnostic or " ".join(window[line_start:line_end if line_end > 0 else None].split())[:300]
        at = lower.find(address, at + 1)
    if not diagnostic:
        at = lower.find(address)
        if at >= 0:
            line_start, line_end = text.rfind("\n", 0, at) + 1, text.find("\n", at)
            following = text[line_end + 1: text.find("\n", line_end + 1)] if line_end > 0 else ""
            diagnostic = " ".join(f"{text[line_start:line_end if line_end > 0 else None]} {following}".split())[:300]
    return "", diagnostic


def _returned_ids(msg: Message, text: str) -> list[str]:
    """Message-IDs of the mail the report returns: attached, as returned headers, or quoted in the text."""
    ids: list[str] = []
    for part in msg.walk():
        ctype = part.get_content_type()
        if ctype not in _RETURNED_TYPES:
            continue
        payload = part.get_payload()
        inner = payload if isinstance(payload, list) else [payload]
        for item in inner:
            if isinstance(item, Message):
                ids += _ID.findall(str(item.get("Message-ID") or ""))
            elif isinstance(item, str):
                ids += _QUOTED_ID.findall(item[:MAX_TEXT])
    ids += _QUOTED_ID.findall(text)
    return ids
