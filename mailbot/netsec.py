"""Connection-security rules shared by the IMAP and SMTP adapters.

Kept in one place so both adapters refuse the same things: plaintext to anything but this machine,
and TLS without certificate verification. `ca_file` adds a private CA (MAILBOT_CA_FILE) on top of
the system's trust store instead of switching verification off.
"""

from __future__ import annotations

import ipaddress
import ssl
from pathlib import Path

LOOPBACK_NAMES = frozenset({"localhost", "localhost.localdomain", "ip6-localhost"})


class InsecureConnectionRefused(ValueError):
    """Plaintext was configured for a host that is not on this machine."""


def is_loopback(host: str) -> bool:
    """True for names and literal addresses that cannot leave this machine; no DNS look-up is done,
    because a resolver answer is exactly what an attacker could influence."""
    name = host.strip().strip("[]").rstrip(".").lower()
    if name in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def require_loopback_for_plain(security: str, host: str, what: str) -> None:
    """Raise when `security` is plain and `host` is not loopback: passwords would cross the network
    in clear text."""
    if security == "plain" and not is_loopback(host):
        raise InsecureConnectionRefused(
            f"{what}: security=plain is only allowed for a loopback host, not {host!r}; "
            f"use ssl or starttls"
        )


def tls_context(ca_file: Path | None = None) -> ssl.SSLContext:
    """A verifying client context: system CAs plus `ca_file` if given, host name checked."""
    context = ssl.create_default_context()
    if ca_file is not None:
        try:
            context.load_verify_locations(cafile=str(ca_file))
        except (OSError, ssl.SSLError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            raise InsecureConnectionRefused(f"MAILBOT_CA_FILE {ca_file}: cannot be used as a CA bundle "
                                            f"({reason})") from None
    return context


def certificate_hint(error: str) -> str:
    """A certificate failure says where the fix lies: a private CA goes into MAILBOT_CA_FILE."""
    if "CERTIFICATE_VERIFY_FAILED" in error or "certificate verify failed" in error.lower():
        return error + " (for a server with a private certificate, set MAILBOT_CA_FILE to its CA bundle)"
    return error
