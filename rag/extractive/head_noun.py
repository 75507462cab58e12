"""The unit asked is set by the head noun of the phrase the question word asks about, not by any word of the
question: in 'which term does the glossary pair with CAGR' or 'to what scale does X compare the market
opportunities' a plain noun heads what is asked, and the unit words only name its topic."""

from __future__ import annotations

import re

from .answer_kind import asking_clause
from .unit_cues import names_unit

# 'which term does', 'to what scale does', 'what glossary term is': a noun (after at most one modifier) right
# before the verb heads the phrase asked
_NOUN_HEADED = re.compile(r"^\s*(?:to|in|for|by|with|at|on)?\s*(?:which|what)\s+(?:([\w-]+)\s+)?([\w-]+)\s+"
                          r"(?:does|do|did|is|are|was|were|has|have|had)\b", re.I)
# nouns of an amount or a time: they ask a figure or a date, not a name
_AMOUNT_HEAD = re.compile(r"^(?:figures?|levels?|totals?|estimates?|forecasts?|projections?|growth|changes?|gaps?|"
                          r"differences?|leads?|margins?|increases?|decreases?|declines?|multiples?|numbers?|sums?|"
                          r"amounts?|sizes?|values?|years?|months?|quarters?|periods?|dates?|days?|times?)$", re.I)
# a choice by size, or an amount asked beside the name: the unit words are asked too
_CHOICE_BY_SIZE = re.compile(r"\b(?:most|least|largest|smallest|highest|lowest|biggest|top|more|less|larger|smaller|"
                             r"higher|lower|bigger|fewer|greater|leads?|led|leading|tops?|topped|ranks?|ranked|"
                             r"ranking|first|last|how much|how many)\b", re.I)


def plain_noun_head(question: str) -> str | None:
    """The head noun of the phrase asked when that phrase names no unit (unit_cues.names_unit false for it: 'by what
    factor', 'what revenue stream' do), no amount and no time, and no choice by size is asked ('which term does
    the glossary pair with CAGR': 'term')."""
    m = _NOUN_HEADED.match(question)
    if not m or _CHOICE_BY_SIZE.search(question):
        return None
    head = m.group(2)
    if _AMOUNT_HEAD.match(head) or names_unit(m.group(0)):
        return None
    return head.lower()


def asked_head(question: str) -> str | None:
    """The plain noun heading what `question` asks when its asking clause names a unit word that noun reads as its
    topic ('which term does the glossary pair with CAGR': 'term'); None when the clause names no unit word."""
    clause = asking_clause(question)
    return plain_noun_head(clause) if names_unit(clause) else None
