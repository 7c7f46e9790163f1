"""Raw bytes → InboundMail. Placeholder until the MIME reader lands (issue 3)."""

from __future__ import annotations

import email
import email.policy
from email.utils import getaddresses, parseaddr

from .models import InboundMail


def parse(raw: bytes) -> InboundMail:
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    name, addr = parseaddr(str(msg.get("From", "")))
    body = msg.get_body(("plain",))
    text = body.get_content() if body is not None else ""
    return InboundMail(
        message_id=(str(msg.get("Message-ID", "")).strip() or None),
        subject=str(msg.get("Subject", "")),
        from_name=name,
        from_addr=addr.lower(),
        to=tuple(a for _, a in getaddresses([str(v) for v in msg.get_all("To", [])])),
        in_reply_to=(str(msg.get("In-Reply-To", "")).strip() or None),
        references=tuple(str(msg.get("References", "")).split()),
        headers=tuple((k.lower(), str(v)) for k, v in msg.items()),
        content_type=msg.get_content_type(),
        text=text,
        full_text=text,
    )
