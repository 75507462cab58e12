"""The coverage checks every composed answer passes last, whichever path composed it: the years the question names
(years_covered), then its measures and names (slots_covered); a miss abstains with the check's name and reason."""

from __future__ import annotations

from rag.types import Answer, AnswerContext

from .slots import Slots
from .slots_covered import slot_uncovered
from .years_covered import year_uncovered


def first_uncovered(ctx: AnswerContext, answer: Answer, slots: Slots, years: bool = True) -> tuple[str, str] | None:
    """(check name, reason) of the first coverage check `answer` fails, or None; `years=False` skips the years'
    check (a verifier that weighs the period gate instead of obeying it weighs this one too)."""
    if years and (why := year_uncovered(ctx, answer, slots.years)) is not None:
        return "year_uncovered", why
    return slot_uncovered(ctx, answer, slots)
