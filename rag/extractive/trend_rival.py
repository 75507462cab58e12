"""A trend asked and answered in words: a sentence close behind the lead that also states a direction and
names more of the question's subject is as likely the answer, so the lead is not bolded."""

from __future__ import annotations

from ingest.figures import Figure
from ingest.keyword import tokenize

from .features import Evidence
from .slots import Slots

WHY = "another sentence close behind says how more of what is asked moves"


def subject_named(slots: Slots, text: str) -> int:
    """How many of the question's subject terms `text` names."""
    words = set(tokenize(text))
    return sum(t in words for t in slots.subject)


def closer_trend_rival(slots: Slots, evidence: list[Evidence], best: Evidence, figures: list[Figure],
                       gap: float) -> str | None:
    """Why a worded trend lead is not certain (`WHY`) when a sentence within `gap` of its score also states
    a direction and names more of the subject; None otherwise (a figure leads, or no such rival)."""
    if not slots.trend or any(f.unit != "year" for f in figures) or not best.features.get("trend_direction"):
        return None
    named = subject_named(slots, best.text)
    for e in evidence:
        if e is not best and e.features.get("trend_direction") and best.score - e.score < gap \
                and subject_named(slots, e.text) > named:
            return WHY
    return None
