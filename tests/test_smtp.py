"""The SMTP adapter and the file transport against a real aiosmtpd server on loopback."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from pathlib import Path

import pytest

from mailbot.netsec import InsecureConnectionRefused
from mailbot.settings import Settings, SmtpSettings
from mailbot.smtp import SmtpTransport
from mailbot.transports import Envelope, FileTransport, SendResult, Transport, make_transport
from servers import SmtpServer, TlsFiles, sample_mail

SENDER = "anmeldung@example.test"


def envelopes(count: int, start: int = 1, domain: str = "example.org") -> list[Envelope]:
    return [
        Envelope(key=n, sender=SENDER, recipient=f"person{n}@{domain}", raw=sample_mail(n, to=f"person{n}@{domain}"))
        for n in range(start, start + count)
    ]


def send(transport: Transport, batch: Sequence[Envelope]) -> list[SendResult]:
    results: list[SendResult] = []
    asyncio.run(transport.send_batch(batch, results.append))
    return results


@pytest.mark.servers
def test_batch_goes_over_one_connection(smtp_server: SmtpServer) -> None:
    """50 messages are sent over ONE SMTP connection, each to its own recipient, each reported ok."""
    batch = envelopes(50)
    results = send(SmtpTransport(smtp_server.smtp_settings()), batch)
    assert [r.key for r in results] == [e.key for e in batch]
    assert all(r.ok for r in results)
    assert smtp_server.connections() == 1
    received = smtp_server.received()
    assert [r.rcpt_tos for r in received] == [(e.recipient,) for e in batch]
    assert {r.mail_from for r in received} == {SENDER}
    assert [m["Subject"] for m in smtp_server.messages()] == [f"Anmeldung {n}" for n in range(1, 51)]


@pytest.mark.servers
def test_results_are_reported_one_by_one(smtp_server: SmtpServer) -> None:
    """on_result is called after each message, before the next one is sent (commit-per-message)."""
    seen_at_callback: list[int] = []

    def on_result(result: SendResult) -> None:
        seen_at_callback.append(len(smtp_server.received()))

    asyncio.run(SmtpTransport(smtp_server.smtp_settings()).send_batch(envelopes(5), on_result))
    assert seen_at_callback == [1, 2, 3, 4, 5]


@pytest.mark.servers
def test_recipient_4xx_and_5xx_become_results(smtp_server: SmtpServer) -> None:
    """A 451 becomes a temporary and a 550 a permanent result; the rest of the batch still goes out."""
    batch = envelopes(4)
    smtp_server.reject(batch[1].recipient, "451 4.3.0 try later")
    smtp_server.reject(batch[2].recipient, "550 5.1.1 no such user")
    results = {r.key: r for r in send(SmtpTransport(smtp_server.smtp_settings()), batch)}
    assert results[1].ok and results[4].ok
    assert (results[2].ok, results[2].code, results[2].permanent) == (False, 451, False)
    assert (results[3].ok, results[3].code, results[3].permanent) == (False, 550, True)
    assert "try later" in (results[2].error or "") and "no such user" in (results[3].error or "")
    assert [r.rcpt_tos for r in smtp_server.received()] == [(batch[0].recipient,), (batch[3].recipient,)]
    assert smtp_server.connections() == 1


@pytest.mark.servers
def test_server_down_gives_temporary_failures_then_recovers(smtp_server: SmtpServer) -> None:
    """With the server down every envelope is a temporary failure (no exception); once it is back
    on the same port, the same transport sends."""
    transport = SmtpTransport(smtp_server.smtp_settings(timeout=3.0))
    smtp_server.stop()
    results = send(transport, envelopes(3))
    assert [(r.ok, r.permanent, r.code) for r in results] == [(False, False, None)] * 3
    assert all("cannot connect" in (r.error or "") for r in results)
    smtp_server.start()
    assert all(r.ok for r in send(transport, envelopes(3)))
    assert len(smtp_server.received()) == 3


@pytest.mark.servers
def test_connection_lost_mid_batch(smtp_server: SmtpServer) -> None:
    """When the server goes away mid-batch, the sent ones are ok and every other one is temporary."""
    transport = SmtpTransport(smtp_server.smtp_settings(timeout=3.0))
    results: list[SendResult] = []

    def on_result(result: SendResult) -> None:
        results.append(result)
        if len(results) == 2:
            smtp_server.stop()

    asyncio.run(transport.send_batch(envelopes(5), on_result))
    assert [r.key for r in results] == [1, 2, 3, 4, 5]
    assert [r.ok for r in results] == [True, True, False, False, False]
    assert not any(r.permanent for r in results)


@pytest.mark.servers
def test_starttls_with_ca_file_and_login(smtp_starttls_server: SmtpServer, tls_files: TlsFiles) -> None:
    """STARTTLS verifies the server against MAILBOT_CA_FILE's CA, then logs in and sends."""
    transport = SmtpTransport(smtp_starttls_server.smtp_settings(), ca_file=tls_files.cert)
    results = send(transport, envelopes(3))
    assert all(r.ok for r in results)
    assert len(smtp_starttls_server.received()) == 3
    assert smtp_starttls_server.handler.logins == ["mailbot"]


@pytest.mark.servers
def test_starttls_without_ca_is_temporary_failure(smtp_starttls_server: SmtpServer) -> None:
    """An unverifiable certificate is never accepted: nothing is sent, results say why."""
    results = send(SmtpTransport(smtp_starttls_server.smtp_settings()), envelopes(2))
    assert [r.ok for r in results] == [False, False]
    assert "certificate" in (results[0].error or "").lower()
    assert smtp_starttls_server.received() == []


@pytest.mark.servers
def test_wrong_password_is_reported_without_the_secret(smtp_starttls_server: SmtpServer, tls_files: TlsFiles) -> None:
    """A failed login leaves every envelope queued and the reason does not contain the password."""
    settings = smtp_starttls_server.smtp_settings(password="wrong-secret-123")
    results = send(SmtpTransport(settings, ca_file=tls_files.cert), envelopes(2))
    assert [(r.ok, r.permanent) for r in results] == [(False, False)] * 2
    assert all("wrong-secret-123" not in (r.error or "") for r in results)
    assert smtp_starttls_server.received() == []


@pytest.mark.servers
def test_implicit_tls_with_ca_file(smtp_ssl_server: SmtpServer, tls_files: TlsFiles) -> None:
    """security=ssl (port-465 style) works with the CA file."""
    results = send(SmtpTransport(smtp_ssl_server.smtp_settings(), ca_file=tls_files.cert), envelopes(2))
    assert all(r.ok for r in results)
    assert len(smtp_ssl_server.received()) == 2


@pytest.mark.servers
def test_8bit_message_arrives_intact(smtp_server: SmtpServer) -> None:
    """A UTF-8 body sent as 8bit arrives byte for byte."""
    raw = ("From: a@example.test\r\nTo: b@example.org\r\nSubject: Gr\u00fc\u00dfe\r\nMIME-Version: 1.0\r\n"
           "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
           "Sch\u00f6ne Gr\u00fc\u00dfe aus Th\u00fcringen\r\n").encode()
    results = send(SmtpTransport(smtp_server.smtp_settings()), [Envelope(7, SENDER, "b@example.org", raw)])
    assert results[0].ok
    assert smtp_server.received()[0].raw == raw


def test_plain_refused_for_remote_host() -> None:
    """security=plain to a host that is not loopback is refused when the transport is made."""
    with pytest.raises(InsecureConnectionRefused):
        SmtpTransport(SmtpSettings(host="smtp.example.org", port=25, security="plain"))


@pytest.mark.servers
def test_empty_batch_makes_no_connection(smtp_server: SmtpServer) -> None:
    """An empty batch does nothing (no connection to the server)."""
    assert send(SmtpTransport(smtp_server.smtp_settings()), []) == []
    assert smtp_server.connections() == 0


def test_file_transport_writes_eml_files(tmp_path: Path) -> None:
    """The file transport writes one `<key>-<recipient>.eml` per message, contents as given, no temp files left."""
    batch = envelopes(3)
    results = send(FileTransport(tmp_path / "out"), batch)
    assert all(r.ok for r in results)
    files = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert files == ["1-person1@example.org.eml", "2-person2@example.org.eml", "3-person3@example.org.eml"]
    assert (tmp_path / "out" / files[0]).read_bytes() == batch[0].raw


def test_file_transport_sanitises_recipient(tmp_path: Path) -> None:
    """A hostile recipient cannot steer the file name out of the outbox directory."""
    out = tmp_path / "out"
    results = send(FileTransport(out), [Envelope(9, SENDER, "../../etc/pass wd\r\n@x", b"x")])
    assert results[0].ok
    [written] = list(out.iterdir())
    assert written.parent == out and written.name.startswith("9-") and "/" not in written.name
    assert not (tmp_path / "etc").exists()


def test_file_transport_reports_unwritable_directory(tmp_path: Path) -> None:
    """A directory that cannot be written gives a temporary failure, not an exception."""
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    results = send(FileTransport(blocker / "out"), envelopes(1))
    assert (results[0].ok, results[0].permanent) == (False, False)


def test_make_transport_picks_by_settings(tmp_path: Path) -> None:
    """No SMTP host → file transport into the outbox dir; a host → SMTP transport."""
    files = make_transport(Settings(outbox_dir=tmp_path, _env_file=None))
    assert isinstance(files, FileTransport) and files.directory == tmp_path
    smtp = make_transport(Settings(smtp=SmtpSettings(host="127.0.0.1", port=2525, security="plain"), _env_file=None))
    assert isinstance(smtp, SmtpTransport)
