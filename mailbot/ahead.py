"""What reader processes (readers.py) do ahead of the worker: read a mail, and rehearse its decision.

Reading (MIME parsing, the reader's rules) is pure; so are deciding and rendering, given the state. A reader
that also rehearses reads the state without the seat lock, decides and renders the replies (jobs.rehearse);
the worker decides again under the lock, on the state as it is then, and stores a rendered reply only where
its request comes out the same, so a stale rehearsal costs time, never a wrong mail.

This module imports little, so a reader process that only reads starts fast; the worker's Context and jobs are
imported only by a reader that rehearses.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any

from . import message, understand
from .models import InboundMail, OutgoingMail, Understanding
from .understand import EventTerms

if TYPE_CHECKING:  # the worker's side: a reader that only reads starts without importing it
    from .event import Event
    from .jobs import Context
    from .replies.request import ReplyRequest
    from .settings import Settings

log = logging.getLogger(__name__)

#: A mail, parsed and understood
Read = tuple[InboundMail, Understanding]
#: A reply rendered before the seat lock was taken, with the request it was rendered from (jobs.rehearse)
Rendered = tuple["ReplyRequest", OutgoingMail]
#: One mail's job for a reader: (inbound id, raw, the desk's instruction, now, whether to rehearse)
Job = tuple[int, bytes, Mapping[str, Any] | None, datetime, bool]
#: What was done for one mail: its reading, and the rehearsal of its decision (the rendered replies and the codes
#: drawn for them; empty when none was made)
Ahead = tuple[Read, list[Rendered], list[str]]

#: Readers it takes before they also rehearse: reading and rehearsing a mail costs a reader about twice what is
#: left for the worker (9.5 ms against 5 ms of CPU for a sign-up of 3 kB), so one reader alone would hold the
#: worker up, and it did on two cores (one `poll` of 2 000 sign-ups: 15 s → 23 s; docs/scaling.md).
REHEARSERS = 2

#: In a reader process: the event's terms, and a Context of its own for rehearsing (None: it reads only)
_reader: tuple[EventTerms, Context | None] | None = None


def read_with(terms: EventTerms, raw: bytes) -> Read:
    """Parse and understand one mail: the same in the worker and in a reader process."""
    mail = message.parse(raw)
    return mail, understand.read(mail, terms)


def start_reader(settings: Settings, event: Event, secret: bytes | None) -> None:
    """Set up a reader process; given the worker's `secret`, with database connections and templates of its own to
    rehearse too. A database with another secret (an in-memory one) would give other Message-IDs: then, as
    without a secret, it reads only."""
    global _reader
    ctx: Context | None = None
    if secret is not None:
        from .jobs import Context

        try:
            ctx = Context.build(settings.model_copy(update={"readers": 0}), event)
            if ctx.store.secret != secret:
                ctx.store.close()
                ctx = None
        except Exception as exc:  # noqa: BLE001 - reading needs no database
            log.warning("reader: cannot rehearse (%s); it reads only", type(exc).__name__)
            ctx = None
    _reader = (EventTerms.from_event(event), ctx)


def read_ahead(job: Job) -> Ahead:
    """The readers' task (module-level, so that a reader process can be handed it)."""
    if _reader is None:
        raise RuntimeError("reader process not started")
    return ahead(_reader[1], _reader[0], job)


def ahead(ctx: Context | None, terms: EventTerms, job: Job) -> Ahead:
    """Read a mail and, given a Context and a job that asks for it, rehearse its decision on the state as it is
    now. The same in the worker and in a reader."""
    inbound_id, raw, instruction, now, rehearsing = job
    mail, understanding = read_with(terms, raw)
    if ctx is None or not rehearsing:
        return (mail, understanding), [], []
    from .jobs import lookup_for, rehearse

    lookup = lookup_for(mail, understanding, ctx.event, ctx.own_addresses, ctx.settings.verp)
    rehearsed, drawn = rehearse(ctx, mail, understanding, lookup, now, instruction, inbound_id, raw)
    return (mail, understanding), rehearsed, drawn
