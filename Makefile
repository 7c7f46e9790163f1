# `make demo` and `make test` do all the set-up they need (scripts/setup.sh is idempotent).
.PHONY: setup demo test bench

setup:
	bash scripts/setup.sh

demo: setup
	.venv/bin/mailbot demo

test: setup
	.venv/bin/ruff check
	.venv/bin/mypy
	.venv/bin/pytest -q

bench: setup
	.venv/bin/python bench/bench_parse_mime.py
	.venv/bin/python bench/bench_parse.py
	.venv/bin/python bench/bench_pipeline.py
	.venv/bin/python bench/bench_imap.py
	.venv/bin/python bench/bench_smtp.py
	.venv/bin/python bench/bench_burst.py  # 2 000 sign-ups through one poll pass vs the floor (needs Postfix's smtp-sink)
	.venv/bin/python bench/bench_idle.py  # IDLE latency of one `mailbot run`: 100 sign-ups one at a time vs the floor
