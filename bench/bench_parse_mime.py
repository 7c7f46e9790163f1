"""Throughput and peak memory of message.parse over the .eml corpus and the MIME fixtures.

Run: .venv/bin/python bench/bench_parse_mime.py [--seconds 3]
Prints mails/s (best of several rounds, one core), per-file worst case, and tracemalloc peak for one
pass, plus the hostile inputs the robustness tests use, each timed once.
"""

from __future__ import annotations

import argparse
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from mailbot.message import parse  # noqa: E402


def corpus() -> list[tuple[str, bytes]]:
    paths = sorted((ROOT / "tests" / "corpus").rglob("*.eml")) + sorted((ROOT / "tests" / "fixtures" / "mime").glob("*.eml"))
    return [(str(p.relative_to(ROOT)), p.read_bytes()) for p in paths]


def hostile() -> list[tuple[str, bytes]]:
    head = b"From: a@example.de\r\nSubject: x\r\n"
    return [
        ("20 MB text body", head + b"\r\n" + (b"A" * 75 + b"\r\n") * 270_000),
        ("10 000 nested multiparts", head + b"".join(
            b"Content-Type: multipart/mixed; boundary=b%d\r\n\r\n--b%d\r\n" % (i, i) for i in range(10_000))),
        ("10 000 sibling parts", head + b"Content-Type: multipart/mixed; boundary=z\r\n\r\n"
         + b"--z\r\nContent-Type: text/plain\r\n\r\nx\r\n" * 10_000),
        ("1 MB of NUL bytes", head + b"\r\n" + b"\x00" * 1_000_000),
        ("100 kB header lines", head + b"X-Long: " + b"a" * 100_000 + b"\r\nSubject: " + b"=?utf-8?q?x?= " * 8000
         + b"\r\n\r\nbody"),
        ("200 000 nested <div>", head + b"Content-Type: text/html\r\n\r\n" + b"<div>" * 200_000),
        ("1 MB flat HTML table", head + b"Content-Type: text/html\r\n\r\n<table>"
         + b"<tr><td>a</td><td>b</td></tr>" * 35_000 + b"</table>"),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=3.0, help="time spent on the throughput rounds")
    args = parser.parse_args()
    mails = corpus()
    if not mails:
        print("no .eml files found")
        return
    total_bytes = sum(len(raw) for _, raw in mails)
    print(f"{len(mails)} mails, {total_bytes / 1024:.0f} kB, median {sorted(len(r) for _, r in mails)[len(mails) // 2]} B")

    for _, raw in mails:  # warm-up (imports, regex compilation, lexbor)
        parse(raw)
    best = 0.0
    deadline = time.perf_counter() + args.seconds
    rounds = 0
    while time.perf_counter() < deadline or rounds < 3:
        start = time.perf_counter()
        for _, raw in mails:
            parse(raw)
        elapsed = time.perf_counter() - start
        best = max(best, len(mails) / elapsed)
        rounds += 1
    print(f"throughput: {best:,.0f} mails/s (best of {rounds} rounds, {total_bytes / 1e6 * best / len(mails):.1f} MB/s)")

    slowest = []
    for name, raw in mails:
        start = time.perf_counter()
        for _ in range(5):
            parse(raw)
        slowest.append(((time.perf_counter() - start) / 5, name))
    slowest.sort(reverse=True)
    print("slowest files:")
    for seconds, name in slowest[:5]:
        print(f"  {seconds * 1e3:7.2f} ms  {name}")

    tracemalloc.start()
    for _, raw in mails:
        parse(raw)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"peak memory over one pass (tracemalloc): {peak / 1024:.0f} kB")

    print("hostile inputs (time, peak memory, problems):")
    for name, raw in hostile():
        start = time.perf_counter()
        mail = parse(raw)
        elapsed = time.perf_counter() - start
        tracemalloc.start()  # separate run: tracemalloc slows allocation-heavy code several-fold
        parse(raw)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        print(f"  {elapsed * 1e3:8.1f} ms {peak / 1e6:7.1f} MB  {name}: {', '.join(mail.problems) or '-'}")


if __name__ == "__main__":
    main()
