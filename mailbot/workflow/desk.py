"""The organisers' desk: their answers become decisions, and parked mails go to them at once.

Proof is an organiser's From address *and* a token of a mail we sent to the organisers (see
commands/tokens.py): the From alone is forgeable, a token alone may have been forwarded. Without
proof, an organiser's mail is only read and proposed back to the configured addresses for an OK.

Commands about one parked mail (OK, ANTWORT, IGNORIEREN, ANMELDEN/ABMELDEN on it) send that mail
through the hallway again with the instruction attached, so its own sender, thread and state are
used; commands about a registration code act at once (desk_actions.py).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from typing import Any

from ..commands import Command, read_commands, without_tags
from ..models import AuditEntry, Decision, DeskEffects, DeskItem, DeskToken, PlannedReply, Requeue
from . import desk_actions as act
from .case import Case, ignore, review
from .desk_actions import Outcome

Rules = Callable[[Case], Decision]

# Commands that act on one parked mail, and whether a mail already resolved may still take them.
ITEM_VERBS = {"ok": False, "ignore": False, "answer": True, "register": False, "cancel": False}


def own_words(case: Case) -> str:
    """What the organiser wrote above the quote: their new text with the signature (an ANTWORT may end in one)."""
    return "\n".join(part for part in (case.mail.text, case.mail.signature) if part)


# ---- an organiser's mail ---------------------------------------------------------------------------

def organiser_mail(case: Case) -> Decision | None:
    """Rule: a mail from an organiser's address, or one that carries a desk token, is handled here."""
    token = case.state.desk.token if case.state.desk else None
    if not case.from_organiser:
        if token is not None:
            return review("an answer to a mail for the organisers, from an address that is not an organiser's",
                          "desk_foreign")
        return None
    if case.understanding.intent in ("auto_reply", "bounce"):
        return ignore("Ignore", "automatic mail from an organiser's address: no command")
    commands = read_commands(own_words(case))
    if token is None:
        return propose(case, commands)
    if not commands:
        if token.kind == "digest":  # "Danke" to the digest: nothing to do, nothing to explain
            return ignore("Ignore", "an organiser's answer to the digest without a command")
        return explain(case, "no_command")
    return carry_out(case, token, commands)


def answers_desk_mail(case: Case) -> bool:
    answered = case.state.answered
    return bool(answered and answered.kind.startswith("desk_"))


def carry_out(case: Case, token: DeskToken, commands: Sequence[Command]) -> Decision:
    """Proven commands: those on a parked mail go back through the hallway, the others act now."""
    by = case.mail.from_addr
    desk = act.Desk(case, by)
    requeue: list[Requeue] = []
    use_token: str | None = None
    inject: bytes | None = None
    for command in commands:
        item_id = command.item if command.item is not None else (
            token.item_id if token.kind == "review" else None)
        if token.kind == "proposal" and command.item is None and command.verb in ("ok", "ignore"):
            if token.used_by:
                desk.note(command, Outcome("already", "proposal", by=token.used_by, at=token.used_at))
                continue
            use_token = token.token
            if command.verb == "ignore":
                desk.note(command, Outcome("done", "discarded"))
                continue
            if token.payload:
                inject = token.payload
                desk.note(command, Outcome("queued", "forwarded_mail"))
            for stored in token.proposal:
                desk.run(Command.from_dict(stored))
            continue
        if item_id is not None and (command.verb in ITEM_VERBS and not (command.verb == "cancel" and command.target)):
            queued = _item_command(desk, command, item_id)
            if queued is not None:
                requeue.append(queued)
            continue
        desk.run(command)
    effects = desk.effects(requeue=tuple(requeue), use_token=use_token, inject=inject,
                           inject_instruction={"do": "proposal", "by": by} if inject else None)
    return desk.decision(effects)


def _item_command(desk: act.Desk, command: Command, item_id: int) -> Requeue | None:
    """Check the parked mail is there and open, then hand it the instruction."""
    items: Mapping[int, DeskItem] = desk.case.state.desk.items if desk.case.state.desk else {}
    item = items.get(item_id)
    if item is None:
        desk.note(command, Outcome("failed", "no_item", item=item_id))
        return None
    if item.resolved_by and not ITEM_VERBS[command.verb]:
        desk.note(command, Outcome("already", "item", item=item_id, by=item.resolved_by, at=item.resolved_at))
        return None
    if item.status not in ("review", "done", "ignored") or (item.status != "review" and not ITEM_VERBS[command.verb]):
        desk.note(command, Outcome("failed", "item_not_open", item=item_id))
        return None
    if command.verb == "ok" and not item.proposal:
        desk.note(command, Outcome("failed", "no_proposal", item=item_id))
        return None
    instruction: dict[str, Any] = {"do": {"ok": "proposal"}.get(command.verb, command.verb), "by": desk.by,
                                   "line": command.line}
    if command.verb == "answer":
        if not command.text.strip():
            desk.note(command, Outcome("failed", "no_text", item=item_id))
            return None
        instruction["text"] = command.text
    if command.verb == "register":
        problem = act.persons_from(command.blocks)[2] if command.blocks else "no_person"
        if problem:  # checked now, so the parked mail is only sent on when it can be registered
            desk.note(command, Outcome("failed", problem, item=item_id))
            return None
        instruction["blocks"] = [dict(b) for b in command.blocks]
    return Requeue(item_id, instruction)


def propose(case: Case, commands: Sequence[Command]) -> Decision:
    """No proof: read what the organiser wants and ask the configured addresses for an OK."""
    payload = None if commands else act.forwarded_participant_mail(case)
    proposal = tuple(c.as_dict() for c in commands)
    if not proposal and payload is None:
        proposal = act.reading_as_commands(case)
    if not proposal and payload is None:
        if answers_desk_mail(case):
            return ignore("Ignore", "an organiser's answer without a token and without a command")
        return explain(case, "nothing_understood")
    token = DeskToken(token=case.token(), kind="proposal", proposal=proposal, payload=payload)
    replies = tuple(
        PlannedReply(kind="desk_proposal", to=address, to_name=None, answers_mail=address == case.mail.from_addr,
                     extra={"token": token.token, "proposals": [_lines(c) for c in proposal],
                            "forwarded": payload is not None, "understood": act.understood(case),
                            "organiser": case.mail.from_addr})
        for address in sorted(case.organisers)
    )
    return Decision(kind="DeskProposal", reason="an organiser's mail without proof: asked the organisers to confirm",
                    inbound_status="done", replies=replies,
                    desk=DeskEffects(tokens=(token,), actor=case.mail.from_addr))


def _lines(command: Mapping[str, Any]) -> list[str]:
    """A proposed command as the organiser would type it, with its field lines."""
    lines = [command.get("line") or command["verb"].upper()]
    for block in command.get("blocks", ()):
        lines += [f"{act.FIELD_LABELS.get(k, k)}: {v}" for k, v in block.items() if v]
        lines.append("")
    return lines[:-1] if lines[-1] == "" else lines


def explain(case: Case, why: str) -> Decision:
    """One explanation to the organisers, never a conversation (acknowledgements carry no token)."""
    replies = tuple(PlannedReply(kind="desk_done", to=address, to_name=None, answers_mail=False,
                                 extra={"results": [{"outcome": "failed", "what": why, "line": ""}],
                                        "by": case.mail.from_addr, "subject": without_tags(case.mail.subject)})
                    for address in sorted(case.organisers))
    return Decision(kind="DeskExplained", reason=f"an organiser's mail the desk could not act on ({why})",
                    inbound_status="done", replies=replies,
                    desk=DeskEffects(actor=case.mail.from_addr, audit=(
                        AuditEntry(by=case.mail.from_addr, command=case.mail.subject[:200], outcome="failed",
                                   summary=why),)))


# ---- a parked mail, sent through again with an organiser's instruction -------------------------------

def organiser_instruction(case: Case, rules: Rules) -> Decision | None:
    """Rule: carry out what an organiser said about this mail; `rules` decides it as if trusted."""
    instruction = case.instruction
    if not instruction:
        return None
    by = str(instruction.get("by", ""))
    do = instruction.get("do")
    desk = act.Desk(case, by, item=True)
    command = Command(verb=str(do), line=str(instruction.get("line", do)))
    if do == "ignore":
        desk.note(command, Outcome("done", "ignored"))
        return desk.decision(desk.effects(resolves=by), kind="Ignore", inbound_status="ignored")
    if do == "answer":
        desk.replies.append(case.reply("desk_answer", extra={"text": str(instruction.get("text", ""))}))
        desk.note(command, Outcome("done", "answered"))
        return desk.decision(desk.effects(resolves=by), kind="Answered")
    if do == "register":
        desk.register([dict(b) for b in instruction.get("blocks", ())], command)
        return still_parked_if_failed(desk, desk.decision(desk.effects(resolves=by), kind="Registered"))
    if do == "cancel":
        desk.cancel_item(command)
        return still_parked_if_failed(desk, desk.decision(desk.effects(resolves=by), kind="Cancelled"))
    if do == "proposal":
        decision = rules(replace(case, instruction=None, trusted=True))
        if decision.inbound_status == "review":
            return decision  # still unclear: parked again, with a fresh review mail
        codes = tuple(n.code for n in decision.new_attendees) + tuple(c.code for c in decision.changes)
        desk.note(command, Outcome("done", "proposal_applied", codes=codes, decision=decision.kind))
        return act.merge(decision, desk.decision(desk.effects(resolves=by)))
    return None


def still_parked_if_failed(desk: act.Desk, decision: Decision) -> Decision:
    """An instruction that could not be carried out leaves the mail waiting (the acknowledgement says why)."""
    if any(r["outcome"] != "failed" for r in desk.results):
        return decision
    effects = replace(decision.desk, resolves=None) if decision.desk else None
    return replace(decision, inbound_status="review", code="desk_failed", desk=effects)


# ---- a mail parked for a person: the review mail ----------------------------------------------------

def with_review_mail(decision: Decision, case: Case, rules: Rules) -> Decision:
    """Every parked mail goes to the organisers at once, with what the bot read and what it would do.

    Not again when the organisers were just told in an acknowledgement why their instruction failed.
    """
    if not case.organisers or any(r.kind == "desk_done" for r in decision.replies):
        return decision
    proposal = None if case.trusted else rules(replace(case, trusted=True))
    proposed = proposal if proposal is not None and proposal.inbound_status != "review" else None
    token = DeskToken(token=case.token(), kind="review",
                      proposal=({"decision": proposed.kind},) if proposed else ())
    extra = {"token": token.token, "reason_code": decision.code or "unclear", "reason": decision.reason,
             "understood": act.understood(case), "sender": case.mail.from_addr,
             "sender_name": case.mail.from_name, "subject": case.mail.subject,
             "proposal": act.describe(proposed) if proposed else None}
    replies = tuple(PlannedReply(kind="desk_review", to=address, to_name=None, answers_mail=False, extra=extra)
                    for address in sorted(case.organisers))
    effects = decision.desk or DeskEffects()
    return replace(decision, replies=decision.replies + replies,
                   desk=replace(effects, tokens=effects.tokens + (token,)))
