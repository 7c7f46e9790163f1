"""Mails per second for message.parse + understand.read over the corpus, on one core.

Run: .venv/bin/python bench/bench_parse.py [GLOB] [--rounds N]
"""

from __future__ import annotations

import argparse
import glob
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from mailbot.message import parse  # noqa: E402
from mailbot.understand import read  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("pattern", nargs="?", default="tests/corpus/*.eml")
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()
    files = sorted(glob.glob(args.pattern)) or sorted(glob.glob("examples/inbox/*.eml"))
    raws = [Path(f).read_bytes() for f in files]
    if not raws:
        sys.exit("no mails found")
    read(parse(raws[0]))  # build the gazetteer index once, as a long-running process would
    rates, parse_only = [], []
    for _ in range(args.rounds):
        t0 = time.perf_counter()
        mails = [parse(r) for r in raws]
        t1 = time.perf_counter()
        for m in mails:
            read(m)
        t2 = time.perf_counter()
        rates.append(len(raws) / (t2 - t0))
        parse_only.append(len(raws) / (t1 - t0))
    worst = 0.0
    for m in mails:
        t = time.perf_counter()
        read(m)
        worst = max(worst, time.perf_counter() - t)
    print(f"{len(raws)} mails, {args.rounds} rounds, one core")
    print(f"parse + read : {statistics.median(rates):8.0f} mails/s (median)")
    print(f"parse only   : {statistics.median(parse_only):8.0f} mails/s (median)")
    print(f"slowest read : {worst * 1000:8.2f} ms")


if __name__ == "__main__":
    main()
