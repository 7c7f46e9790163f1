"""Commands. The only place that reads the real clock, loads settings and wires the adapters."""

from __future__ import annotations

import argparse
import json
import logging
import mailbox
import sys
import tomllib
import traceback
from collections.abc import Iterator, Sequence
from datetime import datetime, UTC
from pathlib import Path

from pydantic import ValidationError

from . import exports
from .event import Event, load_event
from .config_errors import ConfigError, settings_errors
from .desk_cli import add_parsers as add_desk_parsers
from .netsec import InsecureConnectionRefused
from .redact import redact
from .settings import Settings

REPO_ROOT = Path(__file__).resolve().parent.parent


def parse_now(value: str | None) -> datetime:
    """`--now ISO` pins the clock for previews, catch-up and tests; without it, the real clock."""
    if value is None:
        return datetime.now(UTC)
    moment = datetime.fromisoformat(value)
    if moment.tzinfo is None:
        raise argparse.ArgumentTypeError("--now needs a UTC offset, e.g. 2025-05-13T08:00:00+02:00")
    return moment


def event_path(settings: Settings) -> Path:
    """The configured event file; the shipped default when run outside the project folder."""
    path = settings.event_file
    if not path.exists() and not path.is_absolute() and (REPO_ROOT / path).exists():
        return REPO_ROOT / path
    return path


def load(settings: Settings) -> Event:
    return load_event(event_path(settings))


def _context(settings: Settings):
    from .jobs import Context

    return Context.build(settings, load(settings))


# ---- commands ------------------------------------------------------------------------------------------

def cmd_init(args: argparse.Namespace, settings: Settings) -> int:
    from .store import Store

    Store(settings.database_url).close()
    print("database ready")
    return 0


def refuse_without_database(args: argparse.Namespace, settings: Settings) -> bool:
    problem = None if getattr(args, "init", False) else settings.missing_database()
    if problem is None and not (settings.templates_dir / "confirmation.txt.j2").is_file():
        # Without templates every mail would be set aside with an error: in a container, a missing mount.
        problem = (f"no mail templates in {settings.templates_dir.resolve()} "
                   f"(set MAILBOT_TEMPLATES_DIR, or mount the templates folder there)")
    if problem:
        print(f"mailbot: {problem}", file=sys.stderr)
    return problem is not None


def cmd_poll(args: argparse.Namespace, settings: Settings) -> int:
    from .jobs import poll, scheduled
    from .outage import after_pass

    if refuse_without_database(args, settings):
        return 1
    ctx = _context(settings)
    now = parse_now(args.now)
    report = poll(ctx, now)
    after_pass(ctx, report, now)  # for `mailbot status`, and the outage notices
    scheduled(ctx, now, report)  # digest, reminders, event updates: whatever is due as of `now`, counted too
    print(report.summary())
    if report.problems:
        print("; ".join(report.problems), file=sys.stderr)
        return 1
    return 0


def read_mail_files(path: Path) -> Iterator[bytes]:
    """Mails from a Maildir, an mbox file, a folder of .eml files, or one .eml file."""
    if path.is_dir() and (path / "cur").is_dir() and (path / "new").is_dir():
        for msg in mailbox.Maildir(path, factory=None, create=False):
            yield msg.as_bytes()
    elif path.is_dir():
        for file in sorted(path.rglob("*.eml")):
            yield file.read_bytes()
    elif path.is_file() and path.read_bytes()[:5] == b"From ":
        for entry in mailbox.mbox(path, factory=None, create=False):
            yield entry.as_bytes()
    elif path.is_file():
        yield path.read_bytes()
    else:
        raise FileNotFoundError(f"no mails at {path}")


def cmd_import(args: argparse.Namespace, settings: Settings) -> int:
    from tqdm import tqdm

    from .jobs import import_mails

    path = Path(args.path)
    try:
        mails = list(read_mail_files(path))
    except (OSError, mailbox.Error) as exc:
        print(f"cannot read {path}: {exc}", file=sys.stderr)
        return 1
    ctx = _context(settings)
    report = import_mails(ctx, tqdm(mails, desc="import", unit="mail", disable=args.quiet), parse_now(args.now))
    print(report.summary())
    if report.problems:
        print("; ".join(report.problems), file=sys.stderr)
        return 1
    return 0


def cmd_parse(args: argparse.Namespace, settings: Settings) -> int:
    from . import message, understand

    terms = understand.EventTerms.from_event(load(settings))  # the event file only: no database needed
    status = 0
    for name in args.files:
        try:
            raw = Path(name).read_bytes()
        except OSError as exc:
            print(f"{name}: cannot read: {exc.strerror or exc}", file=sys.stderr)
            status = 2
            continue
        result = understand.read(message.parse(raw), terms).as_json(file=name)
        if args.json:
            print(json.dumps(result, ensure_ascii=False))
        else:
            print(exports.describe_understanding(result))
    return status


def cmd_registrations(args: argparse.Namespace, settings: Settings) -> int:
    from .store import Store

    if getattr(args, "action", None):
        from .desk_cli import apply, registration_commands

        return apply(_context(settings), registration_commands(args), parse_now(args.now))
    store = Store(settings.database_url)
    records = store.attendee_records(include_inactive=args.all)
    event = load(settings)
    output = Path(args.output) if args.output else None
    data = exports.export(records, args.format, event, parse_now(getattr(args, "now", None)))
    if isinstance(data, bytes):
        target = output or Path(f"teilnehmer.{exports.EXTENSIONS[args.format]}")
        target.write_bytes(data)
        print(f"{len(records)} registrations written to {target}")
    elif output:
        output.write_text(data, encoding="utf-8-sig" if args.format == "csv" else "utf-8")
        print(f"{len(records)} registrations written to {output}")
    else:
        sys.stdout.write(data)
    return 0


def cmd_review(args: argparse.Namespace, settings: Settings) -> int:
    from .desk_cli import cmd_review as review

    args.action = args.action or "list"
    return review(args, _context(settings), parse_now(getattr(args, "now", None)))


def cmd_history(args: argparse.Namespace, settings: Settings) -> int:
    from .desk_cli import cmd_history as history

    return history(args, _context(settings), parse_now(None))


def cmd_digest(args: argparse.Namespace, settings: Settings) -> int:
    import asyncio

    from .digest_job import preview_text, queue_digest
    from .jobs import send_due

    ctx = _context(settings)
    now = parse_now(args.now)
    if not args.send:
        sys.stdout.write(preview_text(ctx, now))
        return 0
    queued = queue_digest(ctx, now, force=True)
    if queued is None:
        print(f"the digest for {now.astimezone(ctx.event.tz).date().isoformat()} was already sent")
        return 0
    report = asyncio.run(send_due(ctx, now))
    print(f"digest queued for {queued} organiser address(es); {report.summary()}")
    return 0


def cmd_remind(args: argparse.Namespace, settings: Settings) -> int:
    import asyncio

    from .jobs import send_due
    from .remind_job import describe, pending, queue_reminders

    ctx = _context(settings)
    now = parse_now(args.now)
    items = pending(ctx, now)
    for line in describe(items, ctx):
        print(line)
    if not args.send:
        print(f"{len(items)} reminder mails due" + (" (use --send to send them)" if items else ""))
        return 0
    queued = queue_reminders(ctx, now)
    report = asyncio.run(send_due(ctx, now))
    print(f"{queued} reminder mails queued; {report.summary()}")
    return 0


def cmd_announce(args: argparse.Namespace, settings: Settings) -> int:
    import asyncio

    from .desk_cli import actor
    from .event_update_job import release
    from .jobs import send_due

    ctx = _context(settings)
    now = parse_now(args.now)
    queued = release(ctx, now, actor())
    report = asyncio.run(send_due(ctx, now))
    print(f"{queued} update mails queued; {report.summary()}")
    return 0


def cmd_status(args: argparse.Namespace, settings: Settings) -> int:
    from . import status
    from .store import Store

    if (missing := settings.missing_database()) is not None:
        print(f"mailbot: {missing}", file=sys.stderr)
        return 1
    event = load(settings)
    store = Store(settings.database_url)
    try:
        found = status.gather(store, event, parse_now(args.now))
    finally:
        store.close()
    print(json.dumps(status.as_json(found), ensure_ascii=False) if args.json else status.text(found, event), end="")
    return 0


def cmd_check(args: argparse.Namespace, settings: Settings) -> int:
    from .checks import FAIL, run_checks
    from .liveness import run_liveness

    failed = False
    lines = run_liveness(settings) if args.liveness else run_checks(settings, event_path(settings))
    for status, line in lines:
        print(f"{status:<6}{line}")
        failed = failed or status == FAIL
    return 1 if failed else 0


def cmd_run(args: argparse.Namespace, settings: Settings) -> int:
    from .scheduler import run_worker

    if refuse_without_database(args, settings):
        return 1
    return run_worker(_context(settings), args.metrics_port)


def cmd_demo(args: argparse.Namespace, settings: Settings) -> int:
    from .demo import run_demo

    return run_demo(settings, load(settings), Path(args.dir), REPO_ROOT / "examples" / "inbox")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="mailbot", description="E-mail registration bot for public events.")
    parser.add_argument("-v", "--verbose", action="store_true", help="log more")
    parser.add_argument("--log-format", choices=("auto", "text", "json"),
                        help="log lines as text or JSON; default (auto): JSON unless stderr is a terminal")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("run", help="the long-running worker")
    p.add_argument("--init", action="store_true", help="create the database if it does not exist")
    p.add_argument("--metrics-port", type=int, metavar="N", help="serve Prometheus metrics on port N (/metrics)")
    p.set_defaults(func=cmd_run)
    p = sub.add_parser("init", help="create (or upgrade) the database")
    p.set_defaults(func=cmd_init)
    p = sub.add_parser("poll", help="one pass: fetch, process, send")
    p.add_argument("--init", action="store_true", help="create the database if it does not exist")
    p.add_argument("--now", help="act as of this moment (ISO 8601 with offset)")
    p.set_defaults(func=cmd_poll)
    p = sub.add_parser("import", help="process mails from a Maildir, mbox or folder of .eml files")
    p.add_argument("path")
    p.add_argument("--now")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    p.set_defaults(func=cmd_import)
    p = sub.add_parser("parse", help="show what the bot understands of mails (no side effects)")
    p.add_argument("files", nargs="+")
    p.add_argument("--json", action="store_true", help="JSON Lines output")
    p.set_defaults(func=cmd_parse)
    p = sub.add_parser("registrations", help="list registrations")
    p.add_argument("--format", choices=sorted(exports.FORMATS), default="table")
    p.add_argument("--output")
    p.add_argument("--all", action="store_true", help="include cancelled and waitlisted")
    p.set_defaults(func=cmd_registrations)
    add_desk_parsers(sub, p)
    sub.choices["review"].set_defaults(func=cmd_review)
    sub.choices["history"].set_defaults(func=cmd_history)
    p = sub.add_parser("digest", help="show the organisers' digest as of now; --send sends it")
    p.add_argument("--send", action="store_true", help="queue and send it (once per day)")
    p.add_argument("--now", help="act as of this moment (ISO 8601 with offset)")
    p.set_defaults(func=cmd_digest)
    p = sub.add_parser("remind", help="show which reminders are due; --send sends them")
    p.add_argument("--send", action="store_true", help="queue and send them")
    p.add_argument("--now", help="act as of this moment (ISO 8601 with offset)")
    p.set_defaults(func=cmd_remind)
    p = sub.add_parser("announce", help="send a changed date, time or venue to all confirmed attendees")
    p.add_argument("--now", help="act as of this moment (ISO 8601 with offset)")
    p.set_defaults(func=cmd_announce)
    p = sub.add_parser("status", help="last poll and send, outbox, next jobs (from the database)")
    p.add_argument("--json", action="store_true", help="one JSON object")
    p.add_argument("--now", help="act as of this moment (ISO 8601 with offset)")
    p.set_defaults(func=cmd_status)
    p = sub.add_parser("check", help="validate configuration, connect to IMAP and SMTP")
    p.add_argument("--liveness", action="store_true",
                   help="only: is `mailbot run` alive and the database usable (no mail server; for healthchecks)")
    p.set_defaults(func=cmd_check)
    p = sub.add_parser("demo", help="the embedded demo: no servers needed")
    p.add_argument("--dir", default="var/demo", help="where the demo keeps its database and mails")
    p.set_defaults(func=cmd_demo)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        settings = Settings()
        if getattr(args, "now", None):
            parse_now(args.now)
    except ValidationError as exc:
        for line in settings_errors(exc):
            print(f"mailbot: {line}", file=sys.stderr)
        return 1
    except (argparse.ArgumentTypeError, ValueError) as exc:
        print(f"mailbot: {str(exc).splitlines()[0]}", file=sys.stderr)
        return 1
    from .logs import configure

    configure(logging.DEBUG if args.verbose else (settings.log_level or
                                                  ("INFO" if args.command == "run" else "WARNING")).upper(),
              args.log_format or settings.log_format)  # JSON Lines unless stderr is a terminal
    try:
        return args.func(args, settings)
    except ConfigError as exc:
        for line in exc.lines:
            print(f"mailbot: {line}", file=sys.stderr)
        return 1
    except FileNotFoundError as exc:
        print(f"mailbot: {exc.filename or ''}: not found".replace(": : ", ": "), file=sys.stderr)
        return 1
    except (ValidationError, tomllib.TOMLDecodeError, InsecureConnectionRefused) as exc:
        print(f"mailbot: {redact(str(exc).splitlines()[0])}", file=sys.stderr)
        return 1
    except Exception as exc:
        # A database that cannot work now (disk full, read-only, locked, unreachable) is the operator's
        # to fix: one line with the cause and what to do; nothing is lost, the next run goes on.
        from .store import database_problem

        problem = database_problem(exc, settings.database_url)
        if problem is None:
            # A fault of ours: the whole traceback, but a server's or a mail's words in it may quote an address.
            print(redact(traceback.format_exc()), end="", file=sys.stderr)
            return 1
        print(f"mailbot: {problem}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
