"""The phrase book: every wording the intent rules look for, as named phrase tables (see ..phrases).

One module per intent: cancel (won't come), register (signs up, or not yet), change (substitute, one
more, correction, new address, detail), question (asks, or politely requests), advert (someone else's
event or a sale), refusal (refuses our confirmation request), phishing (threat plus call to log in). `TABLES` lists them all for the tests.
"""

from __future__ import annotations

from ...phrases import Phrases
from .advert import ADVERT
from .cancel import CANCEL, DENIED, PARTIAL
from .change import ADD, BRING, CARE, CORRECT, DETAIL, EXISTING, NEEDS, NEW_ADDRESS, OTHER_ADDRESS, SUBSTITUTE, TRAVEL_ONLY
from .phishing import PHISH_ACTION, PHISH_THREAT
from .question import INDIRECT, POLITE, QUESTION
from .refusal import REFUSAL
from .register import ALREADY, DEFERRED, RECEIPT_CONDITION, REGISTER, REGISTERS_OTHERS, SELF_REG, TENTATIVE

TABLES: tuple[Phrases, ...] = (
    ADVERT, SELF_REG, SUBSTITUTE, CANCEL, DENIED, PARTIAL, ADD, BRING, EXISTING, CORRECT, REGISTER, QUESTION,
    NEW_ADDRESS, OTHER_ADDRESS, DETAIL, TRAVEL_ONLY, NEEDS, CARE, ALREADY, REGISTERS_OTHERS, TENTATIVE, DEFERRED,
    RECEIPT_CONDITION, POLITE, INDIRECT, REFUSAL, PHISH_THREAT, PHISH_ACTION,
)

__all__ = ["ADD", "ADVERT", "ALREADY", "BRING", "CANCEL", "CARE", "CORRECT", "DEFERRED", "DENIED", "DETAIL", "EXISTING",
           "INDIRECT", "NEEDS", "NEW_ADDRESS", "OTHER_ADDRESS", "PARTIAL", "PHISH_ACTION", "PHISH_THREAT", "POLITE", "QUESTION", "RECEIPT_CONDITION",
           "REFUSAL", "REGISTER", "REGISTERS_OTHERS", "SELF_REG", "SUBSTITUTE", "TABLES", "TENTATIVE", "TRAVEL_ONLY"]
