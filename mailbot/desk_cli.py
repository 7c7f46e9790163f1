"""The organisers' desk on the command line: `mailbot review`, `registrations add|edit|…`, `history`.

Arguments become the same Command values an organiser's mail becomes, and go through the same
decision and store transaction (jobs.desk_commands): one implementation, two faces.
"""

from __future__ import annotations

import argparse
import asyncio
import getpass
import sys
from collections.abc import Sequence
from datetime import datetime

from . import message, understand
from .commands import Command, read_commands
from .jobs import Context, desk_commands, send_due
from .models import Decision
from .store.desk import history, parked

FIELD_OPTIONS = ("name", "email", "municipality", "organisation", "role", "title")


def actor() -> str:
    """Who acted, for the audit: the operating-system user behind the command line."""
    try:
        return f"cli:{getpass.getuser()}"
    except (KeyError, OSError):
        return "cli"


def fields_of(args: argparse.Namespace) -> dict[str, str]:
    return {k: v for k in FIELD_OPTIONS if (v := getattr(args, k, None))}


def registration_commands(args: argparse.Namespace) -> list[Command]:
    """`mailbot registrations add|edit|cancel|promote|resend|note …` as commands."""
    action = args.action
    line = " ".join(["registrations", action, *(x for x in (getattr(args, "target", None),) if x)])
    if action == "add":
        return [Command("register", line, blocks=(fields_of(args),))]
    if action == "edit":
        return [Command("edit", line, target=args.target, blocks=(fields_of(args),))]
    if action == "note":
        return [Command("note", line, target=args.target, text=" ".join(args.text))]
    verb = {"cancel": "cancel", "promote": "promote", "resend": "resend"}[action]
    return [Command(verb, line, target=args.target)]


def resolve_commands(args: argparse.Namespace) -> list[Command]:
    """`mailbot review resolve N ANSWER…`: the answer as an organiser would write it, on item N."""
    text = sys.stdin.read() if args.answer == ["-"] else " ".join(args.answer)
    if args.text:
        text += "\n" + args.text
    for name, value in fields_of(args).items():
        text += f"\n{name}: {value}"
    commands = read_commands(text)
    return [c if c.item is not None else Command(c.verb, c.line, args.item, c.target, c.text, c.blocks)
            for c in commands]


def apply(ctx: Context, commands: Sequence[Command], now: datetime) -> int:
    """Apply, send what it caused, print the outcome of each command; exit 1 when one failed."""
    if not commands:
        print("no command recognised (see `mailbot review --help`)", file=sys.stderr)
        return 2
    decision = desk_commands(ctx, commands, actor(), now)
    asyncio.run(send_due(ctx, now))
    for line in outcome_lines(decision):
        print(line)
    failed = decision.desk is not None and any(a.outcome == "failed" for a in decision.desk.audit)
    return 1 if failed else 0


def outcome_lines(decision: Decision) -> list[str]:
    if decision.desk is None:
        return [decision.reason]
    return [f"{a.outcome:<8}{a.command.splitlines()[0]}: {a.summary}" for a in decision.desk.audit] or [
        "queued: the mail goes through the bot again; the organisers get the acknowledgement"]


def cmd_review(args: argparse.Namespace, ctx: Context, now: datetime) -> int:
    if args.action == "resolve":
        return apply(ctx, resolve_commands(args), now)
    items = parked(ctx.store.engine, args.item if args.action == "show" else None)
    if args.action == "show":
        if not items:
            print(f"no mail #{args.item}", file=sys.stderr)
            return 1
        print(describe(items[0], ctx, full=True))
        return 0
    for item in items:
        print(describe(item, ctx, full=False))
    print(f"{len(items)} mail(s) waiting for a decision")
    return 0


def describe(item, ctx: Context, full: bool) -> str:
    """One parked mail: number, when, who, subject, why; with `full` what the bot read and the text."""
    try:
        mail = message.parse(item.raw)
        sender, subject = f"{mail.from_name} <{mail.from_addr}>".strip(), mail.subject
    except Exception:  # noqa: BLE001 - an unreadable mail is still listed
        mail, sender, subject = None, "?", "?"
    when = item.received_at.astimezone(ctx.event.tz).strftime("%d.%m. %H:%M")
    head = f"#{item.id:<5} {when}  {sender[:50]:<50}  {subject[:60]}\n       {item.reason.splitlines()[0][:160]}"
    if not full or mail is None:
        return head
    reading = understand.read(mail, ctx.event_terms)
    lines = [head, "", f"read as:   {reading.intent}",
             *(f"person:    {p.name} <{p.email or '-'}> {p.role or ''}" for p in reading.attendees),
             f"place:     {reading.municipality.name if reading.municipality else '-'}",
             f"proposal:  {item.proposal or 'none'}", "", (mail.full_text or mail.text)[:4000]]
    return "\n".join(lines)


def cmd_history(args: argparse.Namespace, ctx: Context, now: datetime) -> int:
    events = history(ctx.store.engine, args.who)
    for e in events:
        when = e.at.astimezone(ctx.event.tz).strftime("%Y-%m-%d %H:%M")
        label = {"in": "IN  ", "out": "OUT ", "desk": "DESK"}[e.direction]
        subject = ""
        if e.raw is not None:
            try:
                subject = f" „{message.parse(e.raw).subject[:60]}“"
            except Exception:  # noqa: BLE001
                subject = ""
        item = f"#{e.item_id} " if e.item_id is not None else ""
        print(f"{when}  {label}  {item}{e.what}{subject}: {e.detail.splitlines()[0][:200] if e.detail else ''}")
    if not events:
        print(f"nothing known about {args.who}")
        return 1
    return 0


def add_parsers(sub: argparse._SubParsersAction, registrations: argparse.ArgumentParser) -> None:
    """The desk's commands and the `registrations` actions, next to the existing ones."""

    def person_options(p: argparse.ArgumentParser) -> None:
        p.add_argument("--name")
        p.add_argument("--email")
        p.add_argument("--municipality", help="Kommune (name or 8-digit AGS)")
        p.add_argument("--organisation")
        p.add_argument("--role", help="Funktion")
        p.add_argument("--title", help="academic title, e.g. Dr.")

    actions = registrations.add_subparsers(dest="action")
    p = actions.add_parser("add", help="register a person (a phone registration)")
    person_options(p)
    for name, text in (("edit", "correct a registration"), ("cancel", "cancel by code or name"),
                       ("promote", "move up from the waitlist, also beyond capacity"),
                       ("resend", "send the confirmation again"), ("note", "keep a note with a registration")):
        p = actions.add_parser(name, help=text)
        p.add_argument("target", help="registration code (or name)")
        if name == "edit":
            person_options(p)
        if name == "note":
            p.add_argument("text", nargs="+")
    for p in actions.choices.values():
        p.add_argument("--now", help="act as of this moment (ISO 8601 with offset)")

    p = sub.add_parser("review", help="mails waiting for an organiser: list, show N, resolve N ANSWER")
    review = p.add_subparsers(dest="action")
    review.add_parser("list", help="the open mails (default)")
    show = review.add_parser("show", help="one mail: what the bot read, why it waits")
    show.add_argument("item", type=int)
    resolve = review.add_parser("resolve", help="answer as by mail: OK, IGNORIEREN, ANTWORT, ANMELDEN, ABMELDEN")
    resolve.add_argument("item", type=int)
    resolve.add_argument("answer", nargs="+", help="the answer's first line, e.g. OK; '-' reads the answer from stdin")
    resolve.add_argument("--text", help="the text of an ANTWORT")
    person_options(resolve)
    for q in (p, show, resolve):
        q.add_argument("--now", help="act as of this moment (ISO 8601 with offset)")

    p = sub.add_parser("history", help="every mail in and out for an address or registration code")
    p.add_argument("who", help="an e-mail address or a registration code")
