"""SMTP adapter: the only module that imports aiosmtplib.

One connection per batch (a new connection per mail is about twice as slow), TLS with certificate
verification, and every outcome reported per message instead of raised: the caller records each
result and decides about retries (see retry.py). A batch never raises for mail-server trouble.
"""

from __future__ import annotations

import asyncio
import logging
import socket
from collections.abc import Sequence
from pathlib import Path

import aiosmtplib
from aiosmtplib import (
    SMTPException,
    SMTPRecipientsRefused,
    SMTPResponseException,
    SMTPServerDisconnected,
)

from mailbot.netsec import require_loopback_for_plain, tls_context
from mailbot.settings import SmtpSettings
from mailbot.transports import Envelope, ResultCallback, SendResult

__all__ = ["Envelope", "SendResult", "SmtpTransport"]

# Like imapclient's, aiosmtplib's DEBUG log would carry addresses and message data.
logging.getLogger("aiosmtplib").setLevel(logging.INFO)

_CONNECTION_ERRORS = (SMTPException, OSError, asyncio.TimeoutError, ValueError)


def _one_line(text: object, limit: int = 300) -> str:
    return " ".join(str(text).split())[:limit]


def _permanent(code: int | None) -> bool:
    return code is not None and 500 <= code < 600


class SmtpTransport:
    """Sends over one aiosmtplib connection per batch, as configured in SmtpSettings."""

    def __init__(self, settings: SmtpSettings, ca_file: Path | None = None) -> None:
        if not settings.host:
            raise ValueError("SMTP host is not configured (MAILBOT_SMTP__HOST)")
        require_loopback_for_plain(settings.security, settings.host, "SMTP")
        self._settings = settings
        self._ca_file = ca_file

    def _client(self) -> aiosmtplib.SMTP:
        s = self._settings
        secure = s.security in ("ssl", "starttls")
        return aiosmtplib.SMTP(
            hostname=s.host,
            port=s.effective_port(),
            use_tls=s.security == "ssl",
            start_tls=True if s.security == "starttls" else False,
            tls_context=tls_context(self._ca_file) if secure else None,
            timeout=s.timeout,
            # socket.getfqdn() may wait for DNS; the plain host name is what EHLO needs.
            local_hostname=socket.gethostname() or "localhost",
        )

    async def _open(self) -> aiosmtplib.SMTP:
        s = self._settings
        client = self._client()
        await client.connect()
        try:
            if s.username is not None:
                password = s.password.get_secret_value() if s.password is not None else ""
                await client.login(s.username, password)
        except BaseException:
            client.close()
            raise
        return client

    async def send_batch(self, envelopes: Sequence[Envelope], on_result: ResultCallback) -> None:
        """Send `envelopes` in order over one connection, reporting each result as it is known.

        If the connection cannot be made, or breaks mid-batch, every envelope not yet settled is
        reported as a temporary failure: the server, not the message, is the problem.
        """
        if not envelopes:
            return
        s = self._settings
        try:
            client = await self._open()
        except _CONNECTION_ERRORS as exc:
            reason = self._describe(exc, f"cannot connect to SMTP {s.host}:{s.effective_port()}")
            for envelope in envelopes:
                on_result(SendResult(envelope.key, ok=False, error=reason, code=None, permanent=False))
            return
        try:
            for index, envelope in enumerate(envelopes):
                result = await self._send_one(client, envelope)
                if isinstance(result, str):  # the connection is gone: this one and the rest wait
                    reason = _one_line(f"SMTP connection to {s.host} lost during the batch: {result}")
                    for rest in envelopes[index:]:
                        on_result(SendResult(rest.key, ok=False, error=reason, code=None, permanent=False))
                    return
                on_result(result)
        finally:
            try:
                await client.quit()
            except _CONNECTION_ERRORS:
                client.close()

    async def _send_one(self, client: aiosmtplib.SMTP, envelope: Envelope) -> SendResult | str:
        """One message's result, or (a str) why the connection broke, so this and the rest must wait."""
        options = ["BODY=8BITMIME"] if _has_8bit(envelope.raw) and client.supports_extension("8bitmime") else []
        try:
            errors, _reply = await client.sendmail(
                envelope.sender, [envelope.recipient], envelope.raw, mail_options=options
            )
        except SMTPRecipientsRefused as exc:
            refused = exc.recipients[0]
            return SendResult(
                envelope.key, ok=False, code=refused.code, permanent=_permanent(refused.code),
                error=_one_line(f"{refused.code} {refused.message}"),
            )
        except SMTPServerDisconnected as exc:
            return f"{type(exc).__name__}: {exc}"
        except SMTPResponseException as exc:
            return SendResult(
                envelope.key, ok=False, code=exc.code, permanent=_permanent(exc.code),
                error=_one_line(f"{exc.code} {exc.message}"),
            )
        except (TimeoutError, SMTPException, OSError) as exc:
            return f"{type(exc).__name__}: {exc}"
        except ValueError as exc:  # an address aiosmtplib refuses to put on the wire (CR/LF…)
            return SendResult(envelope.key, ok=False, code=None, permanent=True,
                              error=_one_line(f"unsendable address: {exc}"))
        if errors:  # cannot happen with one recipient, but never report a refusal as success
            code, message = next(iter(errors.values()))
            return SendResult(envelope.key, ok=False, code=code, permanent=_permanent(code),
                              error=_one_line(f"{code} {message}"))
        return SendResult(envelope.key, ok=True)

    @staticmethod
    def _describe(exc: BaseException, prefix: str) -> str:
        if isinstance(exc, SMTPResponseException):
            return _one_line(f"{prefix}: {exc.code} {exc.message}")
        return _one_line(f"{prefix}: {type(exc).__name__}: {exc}")


def _has_8bit(raw: bytes) -> bool:
    return not raw.isascii()


async def check_connection(settings: SmtpSettings, ca_file: Path | None = None) -> str | None:
    """For `mailbot check`: connect (TLS, login) and quit; the reason in one line when that fails."""
    try:
        transport = SmtpTransport(settings, ca_file)
        client = await transport._open()
    except (*_CONNECTION_ERRORS, ValueError) as exc:
        return SmtpTransport._describe(exc, "cannot connect")
    try:
        await client.quit()
    except _CONNECTION_ERRORS:
        client.close()
    return None
