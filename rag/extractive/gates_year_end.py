"""The period slot, a year's end against its first half: 'at the end of 2024' is not answered by a figure
'as of 1H 2024' (the count six months earlier). gates.py lists the gate."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .gates import Decision

# the end of a year asked: 'end of 2024', 'end-2024', 'year-end 2024', 'as of December 2024', 'full year 2024'
_END = re.compile(r"\b(?:(?:the\s+)?end\s+of\s+|end[- ]|year[- ]end\s+|(?:as of |by |in )?December\s+(?:31,?\s+)?|"
                  r"full[- ]year\s+|FY\s?)((?:19|20)\d{2})\b", re.I)
# a half of that year named: '1H 2024', 'H1 2024', '2024H1', 'first half of 2024', 'mid-2024'
_HALF = r"(?:1H|H1|first half of|the first half of|mid[- ]?)\s*{y}\b|\b{y}\s*H1\b|\b{y}\.0[1-6]\b"


def half_not_end(d: Decision) -> str | None:
    """The question asks a year's end or full year, and the lead's sentence dates its figures to the first half of
    that year only (never the year's end): the reports give the half-year's figure, not the year-end's."""
    m = _END.search(d.slots.text)
    if not m or re.search(r"\b(?:1H|H1|half)\b", d.slots.text, re.I):
        return None
    year, text = m.group(1), d.best.text
    if not re.search(_HALF.format(y=year), text, re.I) or _END.search(text):
        return None
    return f"the reports give the first half of {year}, not the end of {year}"
