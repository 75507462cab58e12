"""A figure said of several things at once does not answer what one of them holds alone: 'coverage exceeding 75%
across customer service, risk control and investment advisory' is no share of investment advisory by itself."""

from __future__ import annotations

import re

from ingest.figures import Figure
from ingest.keyword import tokenize

from .features import Evidence
from .slots import Slots
from .word_stems import stems_meet

# a question asking of one thing by itself: 'investment advisory alone', 'X on its own', 'solely in X'
_ALONE = re.compile(r"\b(?:alone|by itself|on its own|solely|exclusively)\b", re.I)
# a list the figure is said across: 'across A, B, and C', 'in A and B', 'spanning A, B or C' (up to the clause end)
_ACROSS = re.compile(r"\b(?:across|among|spanning|covering|over|in|for|including)\s+([^;:()]*?,?\s\b(?:and|or)\b\s[^;:()]+)",
                     re.I)
# an 'and'/'or' opening a clause of its own, not a list item: a pronoun or an auxiliary verb within the next few
# words ('in customer service, and it expects advisory next', 'in risk control and advisory has lagged')
_CLAUSE_AND = re.compile(r"\b(?:and|or)\s+(?=(?:it|they|we|he|she|this|these|those|there)\b|(?:[\w-]+\s+){0,3}?"
                         r"(?:is|are|was|were|has|have|had|will|would|can|could|may|might|should|must)\b)", re.I)
ALONE_WHY = "the question asks of one thing alone; the lead figure is said of several things together"


def figure_for_several(slots: Slots, best: Evidence, figures: list[Figure]) -> str | None:
    """ALONE_WHY when the question asks of one thing alone ('in investment advisory alone') and the lead figure's
    clause goes on to say it across a list of things ('across customer service, risk control, and investment advisory')
    of which the thing asked is one; else None."""
    if not _ALONE.search(slots.text) or not figures:
        return None
    after = re.split(r"[;:()]|\.(?!\d)", best.text[figures[0].end:], maxsplit=1)[0]  # on to the clause's end
    for m in _ACROSS.finditer(after):
        items = _CLAUSE_AND.split(m.group(1), maxsplit=1)[0]  # the list ends where a clause 'and' begins one
        if not re.search(r"\b(?:and|or)\b", items):
            continue
        listed = set(tokenize(items))
        if any(stems_meet(t, w) for t in slots.subject for w in listed):
            return ALONE_WHY
    return None
