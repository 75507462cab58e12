"""A rate noun ('coverage', 'adoption', 'penetration', 'utilization') as the measure asked is a share of a
whole, so it asks a percent ('what agent coverage has finance achieved': 75%), when no other unit is asked;
a percent read only from such a noun answers only from a passage writing every measure word the question does."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .kept_patterns import compiled
from .measures import METRICS

if TYPE_CHECKING:
    from .gates import Decision

# a rate noun before the noun it describes is no measure asked: a description ('adoption barrier', 'coverage area') or
# a measure of its own ('adoption costs', 'coverage spending'): the head noun, the last, is what is asked
_RATE_NOUN = re.compile(r"\b(?:coverage|adoption|penetration|utili[sz]ation|uptake)\b(?![- ](?:barriers?|paths?|stages?|"
                        r"curves?|scenarios?|cases?|slides?|areas?|levels?|costs?|spend(?:ing)?|expenses?|"
                        r"expenditures?|budgets?|fees?|prices?|pricing|revenues?|sales|investments?|funding)\b)", re.I)
# the other words that ask a percent (slots' percent cue, in short): with one of them the rate noun adds nothing
_PERCENT_WORD = re.compile(r"\b(?:share|shares|percent|percentage|proportion|rates?|ratios?|cagr|portion|fraction)\b|%", re.I)


def asks_rate(question: str) -> bool:
    """Whether `question` names a rate noun as what it asks (not one before a noun it describes, 'adoption barrier',
    or before a measure of its own, 'adoption costs')."""
    return bool(_RATE_NOUN.search(question))


def _written(word: str, text: str) -> bool:
    """`word` written at a word's start in `text` ('invest' in 'investment', 'ships' not in 'partnerships')."""
    return compiled(rf"\b{re.escape(word)}", re.I).search(text) is not None


def rate_terms_unwritten(d: Decision) -> str | None:
    """A percent asked only by a rate noun, and a measure word of the question ('headcount advisory', even where
    it names a service) that the lead's passage never writes: the passage's rate is for something else."""
    s = d.slots
    if s.units != ("percent",) or not asks_rate(s.text) or _PERCENT_WORD.search(s.text):
        return None
    text = d.best.text + "\n" + d.ctx.passages[d.best.passage_index].chunk.text
    asked = [w for words in METRICS.values() for w in words if _written(w, s.text)]
    missing = [w for w in asked if not _written(w, text)]
    return f"the passage never writes {', '.join(missing)} of the rate asked" if missing else None
