"""Logging for the commands: text on a terminal, JSON Lines elsewhere (journald, docker logs, a collector).

`--log-format text|json` or `MAILBOT_LOG_FORMAT` forces either; `auto` (the default) looks at stderr. Each
record's `extra` fields (mail_id, outcome, reason, …) become JSON keys, or `key=value` after the text message.
Nothing here may print an address or mail content: the callers log ids, outcomes and reason keys only.
"""

from __future__ import annotations

import json
import logging
import re
import sys
from datetime import datetime, UTC
from typing import TYPE_CHECKING, Any

from .redact import redact

if TYPE_CHECKING:
    from .models import Decision

#: LogRecord's own attributes; everything else on a record came in through `extra=`.
_STANDARD = set(vars(logging.makeLogRecord({}))) | {"message", "asctime", "taskName"}

#: Libraries whose DEBUG lines drown ours under -v (matplotlib's font manager lists every font it scans, PIL
#: every PNG chunk); they log at INFO and above.
NOISY = ("matplotlib", "PIL", "fontTools", "apscheduler.executors", "asyncio")


def _extra(record: logging.LogRecord) -> dict[str, Any]:
    return {k: v for k, v in vars(record).items() if k not in _STANDARD and not k.startswith("_")}


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time (UTC, ISO 8601), level, logger, message, and the record's extra fields."""

    def format(self, record: logging.LogRecord) -> str:
        data: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        data.update(_extra(record))
        if record.exc_info:
            data["exception"] = self.formatException(record.exc_info)
        # The last net: a library's message or an exception's text may quote a participant's address.
        return redact(json.dumps(data, ensure_ascii=False, default=str))


class TextFormatter(logging.Formatter):
    def __init__(self) -> None:
        super().__init__("%(asctime)s %(levelname)s %(name)s: %(message)s")

    def format(self, record: logging.LogRecord) -> str:
        line = super().format(record)
        extra = _extra(record)
        if extra and not getattr(record, "_extra_in_message", False):
            line += " " + " ".join(f"{k}={v}" for k, v in extra.items())
        return redact(line)  # the last net, as in JsonFormatter


def use_json(log_format: str, stream: Any = None) -> bool:
    if log_format in ("json", "text"):
        return log_format == "json"
    stream = stream if stream is not None else sys.stderr
    return not (hasattr(stream, "isatty") and stream.isatty())


def configure(level: str | int, log_format: str = "auto", stream: Any = None, force: bool = False) -> None:
    """Set up the root logger (the CLI calls it once per command).

    Like logging.basicConfig, it adds no handler when someone else has put one on the root logger already
    (pytest's capture, a program embedding mailbot) unless `force`; it replaces the one it added before.
    """
    root = logging.getLogger()
    for old in [h for h in root.handlers if getattr(h, "_mailbot", False)]:
        root.removeHandler(old)
    if force or not root.handlers:
        handler = logging.StreamHandler(stream if stream is not None else sys.stderr)
        handler.setFormatter(JsonFormatter() if use_json(log_format, handler.stream) else TextFormatter())
        handler._mailbot = True  # type: ignore[attr-defined]
        root.addHandler(handler)
    root.setLevel(level)
    for name in NOISY:
        logging.getLogger(name).setLevel(max(logging.INFO, root.level))


# ---- one line per mail --------------------------------------------------------------------------------

_ADDRESS = re.compile(r"\S*@\S*")


def reason_key(decision: Decision) -> str:
    """The decision's reason as it may be logged: the review code when there is one, else the reason's first
    clause with anything address-like removed, no longer than 80 characters (the full reason stays in the
    database; names and addresses may sit in its later clauses)."""
    if decision.code:
        return decision.code
    first = re.split(r"[:;(\n]", decision.reason, maxsplit=1)[0]
    return " ".join(_ADDRESS.sub("", first).split())[:80]


def log_mail(log: logging.Logger, inbound_id: int, decision: Decision) -> None:
    """`mail 17: Confirm (new registration)`, with mail_id, outcome and reason as fields."""
    reason = reason_key(decision)
    log.info("mail %s: %s (%s)", inbound_id, decision.kind, reason,
             extra={"mail_id": inbound_id, "outcome": decision.kind, "reason": reason, "_extra_in_message": True})
