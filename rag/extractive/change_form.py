"""The form of a bold lead against the form a change question asks: a direction asked in words is not answered
by a bare figure, and one change asked ('what was the change in X') is not answered by the two levels it is
between. Either lead is shown, hedged: the figures are the passage's, not the answer asked."""

from __future__ import annotations

import re

from ..types import bold_lead
from .computed_doubt import asked

# 'how is X developing', 'which way is X heading', 'what trajectory ...': a direction or a development asked
_DIRECTION = re.compile(r"\b(?:which way|(?:in )?what direction|direction of|where (?:is|are|will)\b[^?]*\bhead(?:ed|ing)?|"
                        r"what (?:trajectory|path|shift)|trajectory|outlook|"
                        r"how (?:is|are|has|have)\b[^?]*\b(?:evolv|develop|trend)\w*)", re.I)
# an amount asked besides ('how much', 'by what margin'), or a quantity named as what moves ('the growth rate')
_AMOUNT = re.compile(r"\bhow (?:much|many|big|large|fast|far|wide)\b|\bby (?:what|how)\b|\b(?:growth|rates?|sizes?|numbers?|"
                     r"counts?|shares?|values?|amounts?|prices?|revenues?|income|sales|margins?|percentages?|levels?|"
                     r"figures?|totals?|population|cagrs?|spending|costs?|investment|volumes?)\b", re.I)
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
# 'what was the (percentage) change in X', 'what is the difference in X': one figure asked
_ONE_CHANGE = re.compile(r"^\s*what (?:is|was) the (?:percentage |percent |absolute |net |nominal )?(?:change|difference|"
                         r"increase|decrease|growth|decline)\b", re.I)
# '38,962 and 27,314', '4.6% vs 6.6%': two figures set side by side
_TWO_FIGURES = re.compile(r"^[^A-Za-z\d]*\d[\d.,]*%?(?:\s*[A-Za-z]{0,8})?\s+(?:and|vs\.?|to)\s+[^A-Za-z\d]*\d", re.I)
FIGURE_FOR_DIRECTION_WHY = "the question asks in words which way its subject is moving, and the lead is a bare figure, not a direction"
_VERSUS = re.compile(r"\bvs\.?\b|\bversus\b", re.I)
LEVELS_FOR_CHANGE_WHY = "the question asks one change, and the lead gives the two levels it is between, not the change"


def _bare_figure(lead: str) -> bool:
    """A lead that is a figure with at most its scale, currency or bound in words ('over 700 million yuan')."""
    return bool(re.search(r"\d", lead)) and len(re.findall(r"[A-Za-z]+", lead)) <= 3


def figure_for_direction(question: str, units: list[str], answer_text: str) -> str | None:
    """FIGURE_FOR_DIRECTION_WHY when a direction or development is asked in words (no amount or quantity named,
    no unit asked, no span of years whose end figures could trace it) and the bold lead is a bare figure; else None."""
    lead = bold_lead(answer_text)
    m = _DIRECTION.search(question)
    if lead is None or m is None or units or _AMOUNT.search(question) or len(set(_YEAR.findall(question))) > 1:
        return None
    return FIGURE_FOR_DIRECTION_WHY if _bare_figure(lead) else None


def levels_for_change(question: str, answer_text: str) -> str | None:
    """LEVELS_FOR_CHANGE_WHY when one change or difference is asked ('what was the percentage change in X', 'by how
    much are passenger-km budgeted to increase in FY2025 compared with FY2024') and the
    bold lead is two figures side by side (the levels, not their change); else None."""
    lead = bold_lead(answer_text)
    # (not 'A vs B gap': two gaps set side by side; not a multiple, which two multiples may answer per period)
    one = _ONE_CHANGE.search(question) or asked(question) in ("change", "percent_change") and not _VERSUS.search(question)
    if lead is None or not one or " and " in question.split(" between ", 1)[0].lower():
        return None
    return LEVELS_FOR_CHANGE_WHY if _TWO_FIGURES.search(lead) else None
