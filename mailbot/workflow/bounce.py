"""Delivery reports: which of them may cut a person off (pure).

A report counts only when it returns a mail we sent (its Message-ID in our outbox, found in the returned
headers, or a VERP return path when that is switched on); forged reports, reports about other people's
mail and a mere "Undelivered Mail Returned to Sender" text mark nothing. Then by what the server said:

- a delay (`Action: delayed`, a warning that it is still trying) never counts;
- no such user or domain (5.1.x, "user unknown") marks the address at once;
- a full mailbox (5.2.2), a temporary failure given up (4.x.x) and any other refusal count, and mark the
  address only once they happened on SOFT_DAYS different days;
- a refusal for the server's policy (5.7.x: spam filter, blocked sender) is no fault of the address: the
  organisers see it (Review, digest) and decide.

An address that is marked gets no scheduled mail; when its owner writes again, the answer goes out and the
mark is cleared once the mail server accepts it (jobs.send_due).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime

from ..models import BounceNote, Decision, DeliveryReport, Failure
from .case import Case, review

SOFT_DAYS = 2  # a soft failure marks the address once it happened on this many different days
_RANK = {"hard": 3, "policy": 2, "soft": 1, "delay": 0}
_NOT_DELIVERY = ("delayed", "relayed", "delivered", "expanded")
_NO_SUCH = re.compile(
    r"(?i)user unknown|unknown user|no such (user|mailbox|recipient|address|domain)|does ?n[o']t exist|"
    r"unknown (recipient|address|local[- ]part|mailbox)|invalid (recipient|address|mailbox)|mailbox (unavailable|"
    r"not found)|user not found|recipient not found|not a valid (recipient|address|mailbox)|unrouteable|"
    r"host (or domain name )?not found|domain not found|no mx|account (has been )?(disabled|deleted|closed)|"
    r"(empfänger|adresse|benutzer|postfach)\W+(\S+\W+){0,3}(unbekannt|existiert nicht|ungültig)")
_FULL = re.compile(r"(?i)mailbox (is )?full|over ?quota|quota exceeded|exceeded (its |the )?(storage|quota)|"
                   r"insufficient (system )?storage|postfach (ist )?voll|speicher(platz)? (ist )?(voll|erschöpft)")
_POLICY = re.compile(r"(?i)\bspam\b|blocked|black ?list|block ?list|policy|content (filter|rejected)|virus|"
                     r"not authori[sz]ed|relay(ing)? (denied|not permitted)|access denied|\bdmarc\b|\bspf\b|\bdkim\b|"
                     r"reputation")


def severity(failure: Failure) -> str:
    """hard | soft | policy | delay: what one failed recipient of a report means for the address."""
    if failure.action in _NOT_DELIVERY or (not failure.permanent and failure.action != "failed"):
        return "delay"
    status, words = failure.status, failure.diagnostic
    if status.startswith("5.7."):
        return "policy"
    if status.startswith("5.1."):
        return "hard"
    if status == "5.2.2" or status.startswith("4."):
        return "soft"
    if _NO_SUCH.search(words) and not _POLICY.search(words):
        return "hard"
    if _FULL.search(words):
        return "soft"
    if _POLICY.search(words):
        return "policy"
    return "soft"


def bounce(case: Case) -> Decision | None:
    """Rule: a delivery report. Marks an address only for a failure of our own mail, by the table above."""
    if case.understanding.intent != "bounce":
        return None
    ours = {m.recipient.lower() for m in case.state.returned}
    if not ours:
        return _ignored("a delivery report that returns no mail we sent (forged, or another sender's mail): "
                        "marks nothing")
    report = case.mail.report or DeliveryReport()
    failures = [f for f in report.failures if f.address in ours]
    if not failures and len(ours) == 1:  # reported under another name (an alias, a forward): our recipient failed
        (address,) = ours
        failures = [replace(f, address=address) for f in report.failures] or [
            Failure(address=address, permanent=True, diagnostic=(case.mail.full_text or case.mail.text)[:3000])]
    if not failures:
        return _ignored("a delivery report for our mails that names none of their recipients: marks nothing")
    worst = max(failures, key=lambda f: _RANK[severity(f)])
    address, kind, status = worst.address, severity(worst), worst.status
    said = f" ({status})" if status else ""
    if kind == "delay":
        return _ignored(f"a delay notice for our mail{said}: the server still tries, nothing is marked")
    if kind == "policy":
        return review(f"a mail server refused our mail for its policy{said}, not for the address: the organisers "
                      f"decide; the address is not marked", "bounce_policy")
    note = BounceNote(address=address, severity=kind, status=status)
    if kind == "hard":
        return Decision(kind="Bounce", reason=f"delivery failure{said}: no such address; it is marked undeliverable",
                        inbound_status="ignored", undeliverable=address, bounce=note)
    days = {_day(case, at) for at in case.state.bounce_history.get(address, ())} | {_day(case, case.now)}
    if len(days) >= SOFT_DAYS:
        return Decision(kind="Bounce", reason=f"delivery failure{said} on {len(days)} different days: "
                        "the address is marked undeliverable", inbound_status="ignored", undeliverable=address,
                        bounce=note)
    return Decision(kind="Bounce", reason=f"delivery failure{said} counted; an address is marked only after "
                    f"failures on {SOFT_DAYS} different days", inbound_status="ignored", bounce=note)


def _ignored(reason: str) -> Decision:
    return Decision(kind="Bounce", reason=reason, inbound_status="ignored")


def _day(case: Case, at: datetime) -> object:
    return at.astimezone(case.event.tz).date()


# ---- VERP: our envelope sender carries the mail's Message-ID, so a bounce names the mail it returns ----------

_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,100}")


def verp_sender(sender: str, message_id: str) -> str:
    """`anmeldung+<id>@domain` for the mail `<id@domain>`; the plain sender when the id does not fit."""
    local, _, domain = sender.rpartition("@")
    token, _, id_domain = message_id.strip().strip("<>").partition("@")
    if not local or id_domain.lower() != domain.lower() or not _TOKEN.fullmatch(token):
        return sender
    return f"{local}+{token}@{domain}"


def verp_ids(addresses: tuple[str, ...], sender: str) -> tuple[str, ...]:
    """The Message-IDs that VERP return paths among `addresses` (where a report was delivered) stand for."""
    local, _, domain = sender.lower().rpartition("@")
    out = []
    for address in addresses:
        a_local, _, a_domain = address.lower().rpartition("@")
        if a_domain == domain and a_local.startswith(local + "+"):
            token = a_local[len(local) + 1:]
            if _TOKEN.fullmatch(token):
                out.append(f"<{token}@{domain}>")
    return tuple(out)
