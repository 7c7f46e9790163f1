"""decide(): what the registration desk does with one understood mail. Pure: state and `now` come in.

The rules are an ordered table of small named predicates (guards first, then one rule per intent);
the first rule that has something to say decides, and its reason travels with the decision. Before
them stand the organisers: an instruction they gave for this mail, or their own mail (workflow/desk.py);
after them, a mail parked for a person goes to the organisers at once.
"""

from __future__ import annotations

from ..models import Decision
from .case import Case, new_code
from .desk import organiser_instruction, organiser_mail, with_review_mail
from .flood import limit_replies
from .rules import RULES

__all__ = ["Case", "decide", "new_code", "RULES"]


def decide(case: Case) -> Decision:
    decision = organiser_instruction(case, by_rules) or organiser_mail(case)
    if decision is None:
        decision = limit_replies(by_rules(case), case)
    if decision.inbound_status == "review":
        decision = with_review_mail(decision, case, by_rules)
    return decision


def by_rules(case: Case) -> Decision:
    """The first rule of the table that decides."""
    for rule in RULES:
        decision = rule(case)
        if decision is not None:
            return decision
    raise AssertionError("the last rule always decides")
