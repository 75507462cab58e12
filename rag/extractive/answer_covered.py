"""The coverage checks every composed answer passes last, whichever path composed it: the years the question names
(years_covered), then its measures and names (slots_covered), then a count's or list's condition word no bound
reads (condition_words.unread_condition); a miss abstains with the check's name and reason."""

from __future__ import annotations

from rag.types import Answer, AnswerContext

from .condition_words import unread_condition
from .slots import Slots
from .slots_covered import slot_uncovered
from .years_covered import year_uncovered


def first_uncovered(ctx: AnswerContext, answer: Answer, slots: Slots, years: bool = True) -> tuple[str, str] | None:
    """(check name, reason) of the first coverage check `answer` fails, or None; `years=False` skips the years'
    check (a verifier that weighs the period gate instead of obeying it weighs this one too)."""
    if years and (why := year_uncovered(ctx, answer, slots.years)) is not None:
        return "year_uncovered", why
    if (why := slot_uncovered(ctx, answer, slots)) is not None:
        return why
    if not answer.abstained and not ctx.memo.get("periods_walked") \
            and (unread := unread_condition(ctx.question, ctx.memo.get("condition_read"))) is not None:
        return "condition_unread", unread  # 'grew in every year' counted as every row: hedged, not counted
    return None
