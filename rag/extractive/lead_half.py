"""Two-part questions led by one part: a question that asks a figure and, joined by 'and', a name ('which region
..., and how many ...') or whether something holds ('the fee, and whether it was independent') is not answered by
a lead that is a figure alone: the figure answers the amount, the other part is left unsaid, so it is not bolded."""

from __future__ import annotations

import re

from ingest.figures import parse_figures
from ingest.keyword import tokenize

from ..types import bold_lead
from .word_stems import stem

# the joint between two asks: ', and which ...', ' and whether ...', ' and how many ...'
_JOINT = re.compile(r",?\s+and\s+(?=(?:what|which|who|whether|how)\b)", re.I)
# a part asking a name by its kind ('which region', 'who'), not a date (a figure's year answers 'which year')
_NAME_ASK = re.compile(r"^(?:which\s+(?!(?:years?|quarters?|months?|periods?|dates?|"
                       r"times?|fiscal)\b)[a-z]|who\b)", re.I)
# a part asking whether something holds
_WHETHER = re.compile(r"^\s*whether\b", re.I)
# a part asking an amount ('how many', 'how much', 'what share', 'the fee')
_AMOUNT = re.compile(r"\bhow\s+(?:many|much|big|large|high)\b|\bwhat\s+(?:share|percentage|amount|total|number)\b|"
                     r"\b(?:fee|price|cost|revenue|amount|number|share|value)\b", re.I)


def _lone_figure(lead: str) -> bool:
    """Whether a bold lead is one figure and nothing else ('over 2.03 million', 'USD 115,000')."""
    figures = parse_figures(lead)
    return len(figures) == 1 and figures[0].text.strip() == lead.strip()


def _unsaid(part: str, other: str, text: str) -> bool:
    """Whether `text` says under half of the words of `part` that `other` does not share (its own topic)."""
    own = {stem(w) for w in tokenize(part) if not w.isdigit()} - {stem(w) for w in tokenize(other)}
    said = {stem(w) for w in tokenize(text)}
    return bool(own) and 2 * len(own & said) < len(own)


def figure_for_two_parts(question: str, shown: str) -> str | None:
    """Why a lone-figure lead does not answer a question that asks an amount and, in its other part, a name or
    whether something holds (a 'whether' the quoted text does not speak to); else None."""
    lead = bold_lead(shown)
    parts = _JOINT.split(question)
    if lead is None or len(parts) != 2 or not _lone_figure(lead):
        return None
    for i, part in enumerate(parts):
        other = parts[1 - i]
        if not _AMOUNT.search(other):
            continue
        if _NAME_ASK.search(part.strip()) or (_WHETHER.match(part) and _unsaid(part, other, shown.split("**", 2)[2])):
            return f"the question asks two things; the lead {lead} is a figure that answers only the amount"
    return None
