"""Every reason the workflow parks a mail for has its German sentence in templates/_desk.j2, so the organisers'
review mail and digest never fall back to the generic "Der Bot ist sich nicht sicher"."""

from __future__ import annotations

import re
from pathlib import Path

import jinja2

ROOT = Path(__file__).resolve().parents[1]
FALLBACK = "Der Bot ist sich nicht sicher."


def _codes_in_code() -> set[str]:
    """The reason codes written as the second argument of `review(…)` anywhere in mailbot/."""
    call = re.compile(r'\breview\((?:[^()]|\([^()]*\))*?,\s*"([a-z_]+)"')
    return {m.group(1) for path in (ROOT / "mailbot").rglob("*.py") for m in call.finditer(path.read_text("utf-8"))}


def test_every_review_code_has_a_german_sentence() -> None:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(ROOT / "templates"))
    reason = env.get_template("_desk.j2").module.reason  # type: ignore[attr-defined]
    codes = _codes_in_code()
    assert "signup_group_too_large" in codes and len(codes) >= 10
    missing = sorted(c for c in codes if str(reason(c)).strip() == FALLBACK)
    assert missing == []
