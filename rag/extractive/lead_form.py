"""The form of a bold lead against the form of the answer the question asks: no bold when they cannot match.

A question asking one figure made of two (a multiple, a ratio, a growth rate, a difference, a count) is not
answered by the two figures joined by 'and' ('172.4 and 1,080.0'): they are its operands. A question asking which
thing (a model, a company, a component) is not answered by a figure or a date ('over USD 40.5 billion', 'Apr 3'):
neither names a thing. A multiple ('how many times') is not answered by a count of listed rows ('8 (Germany, ...)').
"""

from __future__ import annotations

import re

from ..types import bold_lead
from .operations import multiple_asked
from .periods import range_of_three
from .shape_cues import trend_asked
from .sides import _WHICH_THING, figure_only

# one figure asked of two: a multiple, a ratio, a rate of growth, a difference
_ONE_OF_TWO = re.compile(r"\btimes\b|\bmultiple\b|\bratio\b|\bcagr\b|\bgrowth rate\b|\bby how much\b|"
                         r"\bhow much (?:more|less|higher|lower|larger|smaller|bigger)\b|\bdifference\b|"
                         r"\bpercentage (?:change|points?)\b", re.I)
# a question asking two things names them joined by 'and' (two periods joined by 'and' are one ask's span)
_PERIOD = r"(?:(?:Q[1-4]|H[12]|FY)\s?)?(?:19|20)\d\d[A-Z]?"
_PERIODS = re.compile(rf"\b{_PERIOD}\s+and\s+{_PERIOD}\b", re.I)


def _two_asked(question: str) -> bool:
    """Whether the question joins two things by 'and' (two periods so joined aside)."""
    return re.search(r"\band\b", _PERIODS.sub(" ", question), re.I) is not None
# a figure: digits with its sign, unit, scale or qualifier ('over 600,000 units', 'RMB 1.2 billion', '23.8%')
_FIGURE = r"(?:(?:about|around|over|nearly|almost|roughly|approximately|more than|less than|under|some)\s+)?" \
          r"(?:[A-Z]{2,3}\s?|[$€£¥])?\s*\d[\d,.]*\s*(?:%|[a-zA-Z]+(?:\s+[a-zA-Z]+)?)?"
_PAIR = re.compile(rf"\s*{_FIGURE}\s+and\s+{_FIGURE}\s*")
# two bare figures joined by 'and' ('172.4 and 1,080.0', '260 and 60'): no bound (which no exact result can be made
# of, so the two are all the passage gives) and no multiple ('15.5 times') stated
_BARE = r"(?:[A-Z]{2,3}\s?|[$€£¥])?\s*\d[\d,.]*\s*%?"
BARE_PAIR = re.compile(rf"\s*{_BARE}\s+and\s+{_BARE}\s*")
PAIR_WHY = "the question asks one figure made of two, and the lead gives the two figures ('{lead}'), not the one asked"
RANGE_WHY = "the question asks every period of a range, and the lead gives the figures of its two ends ('{lead}') only"


def pair_for_one(question: str, shown: str) -> str | None:
    """PAIR_WHY when a question asking one figure of two (a multiple in any of its forms, ratio, growth rate or
    difference) and naming no two things joined by 'and', or asking a range of three periods or more (whose two ends
    are not its every period), is led by two bare figures joined by 'and' (no bound, no multiple); else None."""
    lead = bold_lead(shown)
    spanned = range_of_three(question) and not trend_asked(question)  # 'how did X move over 2019-2024': its two ends
    if lead is None or not (_ONE_OF_TWO.search(question) or multiple_asked(question) or spanned) \
            or _two_asked(question) and not spanned:
        return None
    if not BARE_PAIR.fullmatch(lead):
        return None
    one = _ONE_OF_TWO.search(question) or multiple_asked(question)
    return PAIR_WHY.format(lead=lead) if one else RANGE_WHY.format(lead=lead)


# a 'which' asking a measure, not a thing: 'which rate', 'which price'
_WHICH_MEASURE = re.compile(r"\bwhich\s+(?:of\s+the\s+)?(?:[\w-]+\s+)?(?:rate|price|figure|amount|value|percentage|share|"
                            r"number|level|score|multiple|ratio|range|discount|target|threshold|size|cost|year|quarter|"
                            r"month|period|date|day|time|version|edition|scenario|case|fy|fiscal)s?\b"
                            r"(?=\s+(?:is|was|are|were|has|had|have|did|does|do|of|for|in|on|at|applies|applied)\b|\s*\?)", re.I)
_DATE = re.compile(r"\s*(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,?\s+\d{4})?|"
                   r"\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*(?:\s+\d{4})?|"
                   r"(?:19|20)\d\d-\d\d-\d\d)\s*", re.I)
WHICH_WHY = "the question asks which one; the lead '{lead}' is a {form}, which names none"


def which_thing_asked(question: str) -> bool:
    """Whether the question asks 'which <thing>' and no measure, period, version or amount besides."""
    return bool(_WHICH_THING.match(question)) and not _WHICH_MEASURE.search(question) \
        and not re.search(r"\bhow (?:much|many)\b|\band (?:what|how)\b", question, re.I)


def no_name_for_which(question: str, shown: str) -> str | None:
    """WHICH_WHY when 'which <thing>' (no measure, period or version) is led by a bare figure, two bare figures
    joined by 'and', or a date: none names a thing (a bound, 'nearly 50%', may be quoted with the thing); else None."""
    lead = bold_lead(shown)
    if lead is None or not which_thing_asked(question):
        return None
    if _DATE.fullmatch(lead):
        return WHICH_WHY.format(lead=lead, form="date")
    if figure_only(lead) or BARE_PAIR.fullmatch(lead):
        return WHICH_WHY.format(lead=lead, form="figure")
    return None


_TIMES_ASKED = re.compile(r"\bhow many times\b|\btimes\s+(?:larger|smaller|bigger|higher|greater|more|as)\b", re.I)
_COUNT_LED = re.compile(r"^\s*\*\*\d+\*\*\s*\(")
COUNT_FOR_TIMES_WHY = "the question asks how many times one figure is another, and the lead counts rows"


def count_for_times(question: str, shown: str) -> str | None:
    """COUNT_FOR_TIMES_WHY when a multiple ('how many times', 'times larger') is led by a count of listed rows
    ('**8** (Germany, Hungary, ...)'): a number of things, not one figure over another; else None."""
    return COUNT_FOR_TIMES_WHY if _TIMES_ASKED.search(question) and _COUNT_LED.match(shown or "") else None
