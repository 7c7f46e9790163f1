"""How fast the IMAP adapter reads and moves mail from a private Dovecot on loopback.

Prints messages per second (median of several runs) for:
  - fetch_new in batches of 200 (what `mailbot poll` does: one UID FETCH per batch),
  - fetch_new in batches of 1 (one round trip per mail: the pattern the batching avoids),
  - move of everything to another folder (UID MOVE per batch of 200).

    .venv/bin/python bench/bench_imap.py [--mails 3000] [--runs 3] [--body-bytes 2000]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from mailbot.intake import Mailbox  # noqa: E402
from servers import DovecotServer, make_self_signed, sample_mail, temp_server_dir  # noqa: E402


def timed_fetch(account, batch_size: int) -> tuple[float, int]:  # type: ignore[no-untyped-def]
    with Mailbox(account.imap_settings()) as box:
        box.select("INBOX")
        started = time.perf_counter()
        count = sum(len(batch) for batch in box.fetch_new(0, batch_size))
        return time.perf_counter() - started, count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mails", type=int, default=3000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--body-bytes", type=int, default=2000, help="padding per mail (a typical sign-up is 2-20 kB)")
    args = parser.parse_args()

    directory = temp_server_dir("mailbot-bench-imap-")
    server = DovecotServer(directory / "dovecot", make_self_signed(directory / "tls"))
    server.start()
    try:
        account = server.add_user()
        filler = ("Mit freundlichen Gr\u00fc\u00dfen, Stadtverwaltung. " * 50)[: args.body_bytes]
        raws = [sample_mail(n, body=f"Hiermit melde ich mich an. ({n})\n\n{filler}\n") for n in range(args.mails)]
        size = sum(map(len, raws)) / len(raws)
        started = time.perf_counter()
        account.append_many(raws)
        append_rate = args.mails / (time.perf_counter() - started)

        rows: list[tuple[str, float]] = [("APPEND (test set-up, MULTIAPPEND of 100)", append_rate)]
        for label, batch, count in (
            ("fetch_new, batches of 200 (one UID FETCH each)", 200, args.mails),
            ("fetch_new, batches of 1 (one round trip per mail)", 1, args.mails),
        ):
            rates = []
            for _ in range(args.runs):
                seconds, fetched = timed_fetch(account, batch)
                assert fetched == count, (fetched, count)
                rates.append(fetched / seconds)
            rows.append((label, statistics.median(rates)))

        with Mailbox(account.imap_settings()) as box:
            box.select("INBOX")
            uids = box.all_uids()
            box.ensure_folder("Processed")
            started = time.perf_counter()
            for start in range(0, len(uids), 200):
                box.move(uids[start : start + 200], "Processed")
            rows.append(("move to Processed, UID MOVE per 200", len(uids) / (time.perf_counter() - started)))
        assert account.uids() == []

        print(f"IMAP adapter against Dovecot on loopback: {args.mails} mails of ~{size:.0f} bytes, "
              f"median of {args.runs} runs")
        width = max(len(label) for label, _ in rows)
        for label, rate in rows:
            print(f"  {label:<{width}}  {rate:>9,.0f} messages/s")
        batched, single = rows[1][1], rows[2][1]
        print(f"  batching speed-up: {batched / single:.1f}x")
    finally:
        server.stop()
        shutil.rmtree(directory, ignore_errors=True)


if __name__ == "__main__":
    main()
