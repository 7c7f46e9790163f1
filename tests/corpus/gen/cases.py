"""The corpus: all cases, interleaved in a fixed pseudo-random order as an inbox would show them."""

from __future__ import annotations

import random

from .cases_misc import cases as misc_cases
from .cases_reg import cases as reg_cases
from .common import Case


def corpus() -> list[Case]:
    cases = reg_cases() + misc_cases()
    random.Random(20250520).shuffle(cases)
    return cases
