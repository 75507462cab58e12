"""The month slot asked as the answer: 'in which month was X released?' is not answered by a
sentence dating it by its year only ('released in 2022'): the reports give the year, not the month.
gates.py lists the gate with the others."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ingest.year_parts import MONTH_NAME

from .periods import MONTH_WORD, MONTH_YEAR, months_of

if TYPE_CHECKING:
    from .gates import Decision

# the question asks for a month: 'which month', 'in what month', 'what month of 2024'
_MONTH_ASKED = re.compile(r"\b(?:which|what)\s+month\b", re.I)
# a month written as a period of its year, no day before or after it: 'December 2024', 'in Oct 2024'
# ('31 December 2018' and 'December 31, 2019' are days)
_MONTH_OF_YEAR = re.compile(r"(?<!\d )(?<!\dst )(?<!\dnd )(?<!\drd )(?<!\dth )\b(?:" + MONTH_NAME + r"|"
                            r"jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?\s+(?:19|20)\d{2}\b", re.I)


def month_asked(question: str) -> bool:
    """Whether `question` asks for a month ('which month', 'what month') rather than naming one."""
    return bool(_MONTH_ASKED.search(question))


def month_not_given(d: Decision) -> str | None:
    """A month asked, and the lead sentence names no month (nor a month-and-year date): it dates
    what is asked by the year at most, so the month is not in the reports' evidence."""
    if not month_asked(d.slots.text) or d.slots.months:
        return None
    text = d.best.text
    if MONTH_YEAR.search(text) or MONTH_WORD.search(text):
        return None
    return "the reports give no month for it"


def year_for_month(d: Decision) -> str | None:
    """A month of a year named ('in December 2024 alone'), and the lead sentence dates its figure by
    that year while neither it nor its passage names any month of that year: the figure is the
    year's, and the reports give no month of it."""
    if not d.slots.months or not d.figures or not _MONTH_OF_YEAR.search(d.slots.text):
        return None  # 'as of December 31, 2019' names a day, a point in time: not a month's figure
    passage = d.ctx.passages[d.best.passage_index].chunk.text
    lead_months, passage_months = months_of(d.best.text), months_of(passage)
    for year in d.slots.years:
        if str(year) in d.best.text and not lead_months.get(year) and not passage_months.get(year):
            return f"the reports give {year} as a whole, not a month of it"
    return None
