"""A compound rate a chart prints beside its series ('CAGR 44.9%' under 'X, 2023-2029E: 147 in 2023; ...')
is the report's own figure: asked over exactly the caption's span of years, it leads, not one recomputed.

General property: a chart's printed rate label carries its own unit and is rounded or compounded as the
report does it; a rate recomputed from the series' ends may differ in its last digit or its base year.
Only the caption's own span is covered (a question over other years still gets the computed rate).
A rate label printed with its own unit ('yoy 50.3%') is read whole, so chart_doubt does not hedge it (labelled_rate).
"""

from __future__ import annotations

import re

from ..types import Answer, AnswerContext, bold_lead
from .computed_rate import COMPOUND
from .features import Evidence
from .slots import Slots

# 'Caption, 2023-2029E: 147 in 2023; ...': the span of years a chart series covers
_SPAN = re.compile(r"^[^:;\n]{5,160}?((?:19|20)\d\d)\s*E?\s*[-–]\s*((?:19|20)\d\d)\s*E?\s*:\s*\d[\d,.]*\s+in\s+(?:19|20)\d\d")
# a label line printing a compound rate with its unit: 'CAGR 44.9%', 'CAGR44.9%', 'CAGR -3.2%'
_CAGR_LABEL = re.compile(r"^\s*CAGR\s*[:=]?\s*([-−]?\d+(?:\.\d+)?%)\s*$", re.I | re.M)


def series_span(text: str) -> tuple[int, int] | None:
    """(first, last) year of a chart series line's caption span, or None when `text` is no series line."""
    m = _SPAN.match(text.strip())
    return (int(m.group(1)), int(m.group(2))) if m else None


def printed_cagr(passage_text: str) -> str | None:
    """The one compound rate a passage prints as a chart label line ('44.9%'); None if none or several."""
    found = {m.group(1) for m in _CAGR_LABEL.finditer(passage_text)}
    return found.pop() if len(found) == 1 else None


def printed_rate(ctx: AnswerContext, slots: Slots, answer: Answer, best: Evidence) -> Answer | None:
    """`answer` (a compound rate computed from a chart series' two ends) led instead by the rate the chart
    prints, when the question's two years are the series caption's span; else None."""
    if answer.shape != "computed" or not COMPOUND.search(ctx.question) or (lead := bold_lead(answer.answer)) is None:
        return None
    span = series_span(best.text)
    if span is None or set(slots.years) != set(span) or len(set(slots.years)) != 2:
        return None
    rate = printed_cagr(ctx.passages[best.passage_index].chunk.text)
    if rate is None or rate == lead:
        return None
    rest = re.sub(r"^\s*—\s*compound annual growth:\s*", "", answer.answer.split("**", 2)[2], count=1)
    answer.answer = (f"**{rate}** — the compound annual growth rate the chart prints with its {span[0]}-{span[1]} "
                     f"series; recomputed from the series' ends: {rest}")
    answer.figure = rate
    return answer


def labelled_rate(lead: str, passage_text: str) -> bool:
    """Whether `lead` is a percentage the passage prints as its own label line ('yoy 50.3%', 'CAGR 44.9%'):
    such a label carries its unit, so no chart unit line can have misread it."""
    if not re.fullmatch(r"[-−]?\d+(?:\.\d+)?%", lead):
        return False
    return re.search(r"^\s*[A-Za-z][A-Za-z ]{0,20}?\s*[:=]?\s*" + re.escape(lead) + r"\s*$", passage_text, re.M) is not None
