"""decide(): what the registration desk does with one understood mail. Pure: state and `now` come in.

The rules are an ordered table of small named predicates (guards first, then one rule per intent);
the first rule that has something to say decides, and its reason travels with the decision.
"""

from __future__ import annotations

from .case import Case, new_code
from .flood import limit_replies
from .rules import RULES

__all__ = ["Case", "decide", "new_code", "RULES"]


def decide(case: Case) -> "Decision":
    for rule in RULES:
        decision = rule(case)
        if decision is not None:
            return limit_replies(decision, case)
    raise AssertionError("the last rule always decides")


from ..models import Decision  # noqa: E402  (for the annotation above)
