"""Retry classification and back-off schedule (pure)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from mailbot.retry import RETRY_DELAYS, classify, next_attempt
from mailbot.transports import SendResult

NOW = datetime(2025, 5, 12, 9, 0, tzinfo=timezone.utc)


def test_success_is_sent() -> None:
    """An accepted message is sent."""
    assert classify(SendResult(1, ok=True)) == "sent"


@pytest.mark.parametrize("code", [421, 450, 451, 452])
def test_4xx_is_retried(code: int) -> None:
    """Temporary SMTP answers are retried."""
    assert classify(SendResult(1, ok=False, error=f"{code} later", code=code)) == "retry"


@pytest.mark.parametrize("code", [550, 551, 552, 553, 554])
def test_5xx_is_failed(code: int) -> None:
    """Permanent SMTP answers give up, even if `permanent` was not set by the transport."""
    assert classify(SendResult(1, ok=False, error=f"{code} no", code=code)) == "failed"
    assert classify(SendResult(1, ok=False, error="no", code=code, permanent=True)) == "failed"


def test_connection_error_is_retried() -> None:
    """A failure without a reply code (connection refused, timeout) is retried."""
    assert classify(SendResult(1, ok=False, error="cannot connect", code=None)) == "retry"


def test_permanent_without_code_is_failed() -> None:
    """A failure the transport marks permanent (an unsendable address) is not retried."""
    assert classify(SendResult(1, ok=False, error="bad address", permanent=True)) == "failed"


def test_delays_grow() -> None:
    """The back-off is increasing and ends after about a day."""
    assert list(RETRY_DELAYS) == sorted(RETRY_DELAYS)
    assert len(set(RETRY_DELAYS)) == len(RETRY_DELAYS)
    assert 12 * 3600 <= sum(RETRY_DELAYS) <= 48 * 3600


def test_next_attempt_follows_the_list() -> None:
    """After the n-th failed attempt the next one is RETRY_DELAYS[n-1] later."""
    assert next_attempt(1, NOW) == NOW + timedelta(seconds=60)
    assert next_attempt(2, NOW) == NOW + timedelta(seconds=300)
    assert next_attempt(len(RETRY_DELAYS), NOW) == NOW + timedelta(hours=12)


def test_next_attempt_gives_up_when_exhausted() -> None:
    """Once every delay was used, next_attempt says give up (None)."""
    assert next_attempt(len(RETRY_DELAYS) + 1, NOW) is None
    assert next_attempt(100, NOW) is None


def test_next_attempt_rejects_zero() -> None:
    """Counting starts at the first failure; 0 is a caller bug, not a schedule."""
    with pytest.raises(ValueError):
        next_attempt(0, NOW)


def test_retry_is_pure() -> None:
    """retry.py imports no I/O library, so it can be tested and reasoned about in isolation."""
    import ast
    import mailbot.retry as module

    tree = ast.parse(open(module.__file__, encoding="utf-8").read())
    imported = {
        alias.name.split(".")[0]
        for node in ast.walk(tree)
        if isinstance(node, (ast.Import, ast.ImportFrom))
        for alias in (node.names if isinstance(node, ast.Import) else [ast.alias(node.module or "")])
    }
    assert imported <= {"__future__", "datetime", "typing", "mailbot"}
