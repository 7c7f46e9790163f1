"""Mail → Understanding. Placeholder until the parser lands (issue 3): one function, `read`."""

from __future__ import annotations

from ..models import InboundMail, Person, Understanding


def read(mail: InboundMail) -> Understanding:
    auto = (mail.header("auto-submitted") or "no").lower() != "no"
    if auto:
        return Understanding(intent="auto_reply", reasons=("Auto-Submitted header",))
    if "anmeld" in (mail.subject + mail.text).lower():
        return Understanding(
            intent="registration",
            attendees=(Person(name=mail.from_name or mail.from_addr, email=mail.from_addr or None),),
        )
    return Understanding(intent="other", needs_review=True)
