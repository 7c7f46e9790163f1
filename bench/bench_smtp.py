"""How fast the SMTP adapter and the file transport send, on loopback.

The server is aiosmtpd's `Sink` handler (accepts and discards) in a separate process, so it does not
share the GIL with the client. Postfix's C `smtp-sink` would show the client's own cost more
clearly, but Debian `postfix` is not installed on these machines; aiosmtpd is itself Python and
probably the bottleneck, so read the figures as a lower bound for the client.

Prints messages per second (median of several runs) for:
  - SmtpTransport, one connection per batch (what the outbox sender does),
  - SmtpTransport, batches of 1 (a new connection per mail: the pattern batching avoids),
  - FileTransport writing .eml files (temp file + rename each).

    .venv/bin/python bench/bench_smtp.py [--mails 1000] [--runs 3]
"""

from __future__ import annotations

import argparse
import asyncio
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from mailbot.settings import SmtpSettings  # noqa: E402
from mailbot.smtp import SmtpTransport  # noqa: E402
from mailbot.transports import Envelope, FileTransport, SendResult, Transport  # noqa: E402
from servers import HOST, free_port, sample_mail, wait_for_port  # noqa: E402


def make_envelopes(count: int, body_bytes: int) -> list[Envelope]:
    filler = ("Vielen Dank f\u00fcr Ihre Anmeldung. Programm und Parkhinweise folgen. " * 80)[:body_bytes]
    return [
        Envelope(n, "anmeldung@example.test", f"person{n}@example.org",
                 sample_mail(n, to=f"person{n}@example.org", body=filler))
        for n in range(count)
    ]


def run(transport: Transport, envelopes: list[Envelope], batch_size: int) -> float:
    results: list[SendResult] = []

    async def go() -> None:
        for start in range(0, len(envelopes), batch_size):
            await transport.send_batch(envelopes[start : start + batch_size], results.append)

    started = time.perf_counter()
    asyncio.run(go())
    seconds = time.perf_counter() - started
    failed = [r for r in results if not r.ok]
    assert len(results) == len(envelopes) and not failed, failed[:3]
    return len(envelopes) / seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mails", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--body-bytes", type=int, default=3000, help="size of each reply body")
    args = parser.parse_args()

    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "aiosmtpd", "-n", "-l", f"{HOST}:{port}", "-c", "aiosmtpd.handlers.Sink"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    outdir = Path(tempfile.mkdtemp(prefix="mailbot-bench-files-"))
    try:
        wait_for_port(port, proc=server)
        envelopes = make_envelopes(args.mails, args.body_bytes)
        smtp = SmtpTransport(SmtpSettings(host=HOST, port=port, security="plain", timeout=30))
        few = envelopes[: max(50, args.mails // 4)]
        rows = [
            ("SMTP, one connection per batch of 100", statistics.median(
                run(smtp, envelopes, 100) for _ in range(args.runs))),
            (f"SMTP, new connection per mail ({len(few)} mails)", statistics.median(
                run(smtp, few, 1) for _ in range(args.runs))),
        ]
        file_rates = []
        for i in range(args.runs):
            file_rates.append(run(FileTransport(outdir / str(i)), envelopes, 100))
        rows.append(("FileTransport (.eml, temp + rename)", statistics.median(file_rates)))

        size = sum(len(e.raw) for e in envelopes) / len(envelopes)
        print(f"Sending {args.mails} mails of ~{size:.0f} bytes on loopback to aiosmtpd Sink (separate process), "
              f"median of {args.runs} runs")
        width = max(len(label) for label, _ in rows)
        for label, rate in rows:
            print(f"  {label:<{width}}  {rate:>9,.0f} messages/s")
        print(f"  one connection per batch vs. per mail: {rows[0][1] / rows[1][1]:.1f}x")
    finally:
        server.terminate()
        server.wait(timeout=10)
        shutil.rmtree(outdir, ignore_errors=True)


if __name__ == "__main__":
    main()
