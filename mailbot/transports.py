"""How outgoing mail leaves: the Transport protocol, its value types, and the file transport.

The outbox sender only knows `send_batch(envelopes, on_result)`. `on_result` is called once per
message as soon as its fate is known, so the caller can commit each result and a crash re-sends at
most the one message that was in flight. Without an SMTP host the file transport writes `.eml`
files instead (demo, dry runs, tests).
"""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from mailbot.settings import Settings


@dataclass(frozen=True)
class Envelope:
    """One message to one recipient; `key` is the outbox row id and comes back in the result."""

    key: int
    sender: str
    recipient: str
    raw: bytes


@dataclass(frozen=True)
class SendResult:
    """What became of one envelope. `code` is the SMTP reply code when the server gave one;
    `permanent` is True only for 5xx answers, everything else is worth another try."""

    key: int
    ok: bool
    error: str | None = None
    code: int | None = None
    permanent: bool = False


ResultCallback = Callable[[SendResult], None]


class Transport(Protocol):
    async def send_batch(self, envelopes: Sequence[Envelope], on_result: ResultCallback) -> None: ...


_UNSAFE = re.compile(r"[^A-Za-z0-9@._+-]+")


def eml_name(envelope: Envelope) -> str:
    """`<key>-<recipient>.eml` with everything but a safe character set replaced, so a hostile
    address can neither leave the directory nor make an unwieldy name."""
    recipient = _UNSAFE.sub("_", envelope.recipient).strip("._")[:100] or "recipient"
    return f"{envelope.key}-{recipient}.eml"


class FileTransport:
    """Writes each message to `directory` atomically (temp file + rename), so a reader never sees
    half a mail and a crash leaves at most a stray temp file."""

    def __init__(self, directory: Path) -> None:
        self.directory = Path(directory)

    async def send_batch(self, envelopes: Sequence[Envelope], on_result: ResultCallback) -> None:
        for envelope in envelopes:
            on_result(self._write(envelope))

    def _write(self, envelope: Envelope) -> SendResult:
        target = self.directory / eml_name(envelope)
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            fd, temp = tempfile.mkstemp(prefix=".tmp-", suffix=".eml", dir=self.directory)
            try:
                with os.fdopen(fd, "wb") as f:
                    f.write(envelope.raw)
                os.replace(temp, target)
            except BaseException:
                Path(temp).unlink(missing_ok=True)
                raise
        except OSError as exc:
            return SendResult(envelope.key, ok=False, error=f"cannot write {target.name}: {exc.strerror or exc}")
        return SendResult(envelope.key, ok=True)


# What FileTransport writes (eml_name), and the temp file a crash may leave: nothing else in the folder is ours.
_OUR_FILES = re.compile(r"\d+-[A-Za-z0-9@._+-]+\.eml|\.tmp-[^/]*\.eml")


def outbox_files(directory: Path) -> list[Path]:
    """The .eml files the file transport wrote into `directory` (and a crash's temp files); nothing else there."""
    if not Path(directory).is_dir():
        return []
    return [p for p in Path(directory).iterdir() if p.is_file() and _OUR_FILES.fullmatch(p.name)]


def purge_outbox(directory: Path) -> int:
    """Delete the .eml files the file transport wrote (each names and quotes a participant), for the retention
    purge; files of other names are someone else's and stay. Returns how many went."""
    ours = outbox_files(directory)
    for path in ours:
        path.unlink(missing_ok=True)
    return len(ours)


def make_transport(settings: Settings) -> Transport:
    """SMTP when a host is configured, else `.eml` files in the outbox directory."""
    if settings.smtp.host is None:
        return FileTransport(settings.outbox_dir)
    from mailbot.smtp import SmtpTransport  # only here: the file transport needs no aiosmtplib

    return SmtpTransport(settings.smtp, settings.ca_file)
