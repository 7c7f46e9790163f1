"""Whole-pipeline throughput: store → parse → understand → decide → render → commit → file transport.

Runs `import_mails` on N distinct sign-ups (the example inbox, with fresh Message-IDs and senders) into a
fresh SQLite database, and prints mails/s for processing and sending plus peak memory.

    .venv/bin/python bench/bench_pipeline.py [N]
"""

from __future__ import annotations

import asyncio
import re
import sys
import tempfile
import time
import resource
from datetime import datetime
from pathlib import Path

from mailbot.event import load_event
from mailbot.jobs import Context, process_all, send_due
from mailbot.jobs import message_id_of
from mailbot.settings import ImapSettings, Settings, SmtpSettings
from mailbot.store import Store

ROOT = Path(__file__).resolve().parent.parent
NOW = datetime.fromisoformat("2025-05-05T10:00:00+02:00")


def mails(n: int) -> list[bytes]:
    examples = [p.read_bytes() for p in sorted((ROOT / "examples" / "inbox").glob("*.eml"))]
    out = []
    for i in range(n):
        raw = examples[i % len(examples)]
        raw = re.sub(rb"Message-ID: <[^>]+>", f"Message-ID: <bench-{i}@bench.example>".encode(), raw, count=1,
                     flags=re.IGNORECASE)
        raw = re.sub(rb"@([a-z0-9.-]+\.example)", f"@b{i}.\\1".encode(), raw)  # distinct people
        out.append(raw)
    return out


def main(n: int) -> None:
    event = load_event(ROOT / "config" / "event.toml").model_copy(update={"capacity": n * 3})
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(database_url=f"sqlite:///{tmp}/bench.db", outbox_dir=Path(tmp) / "outbox",
                            smtp=SmtpSettings(), imap=ImapSettings())
        ctx = Context.build(settings, event, Store(settings.database_url))
        batch = mails(n)
        t0 = time.perf_counter()
        for raw in batch:
            ctx.store.record_imported(raw, message_id_of(raw), NOW)
        t1 = time.perf_counter()
        processed = process_all(ctx, NOW)
        t2 = time.perf_counter()
        report = asyncio.run(send_due(ctx, NOW))
        t3 = time.perf_counter()
    print(f"mails: {n}, processed: {processed}, sent: {report.sent}")
    print(f"store raw mail:    {n / (t1 - t0):8.0f} mails/s")
    print(f"process + render:  {processed / (t2 - t1):8.0f} mails/s  (one transaction per mail, SQLite WAL)")
    print(f"send (file):       {report.sent / (t3 - t2):8.0f} mails/s")
    print(f"peak RSS of the process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 500)
