"""The first period a dated series passes a threshold ('which is the first year whose bar passes 1,000?',
'in which year does the market first exceed 500 units?'): the series' values read in year order, the
first above the threshold answers with its year, the value before it shown, the series cited.

General properties: a question asking a year with 'first' and a crossing verb before a number; a sentence
giving three or more values each dated 'in YEAR' (how a chart's labels are indexed, or prose listing a
series). A threshold with a scale or currency ('USD 2 trillion') is compared only with a prose series:
a chart's own unit line can be wrong in extraction, its bare numbers are what it shows.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ingest.charts import is_chart_line
from ingest.figures import Figure, parse_figures

from ..types import Answer, AnswerContext, Citation
from .features import Evidence
from .slots import Slots

_CROSS = re.compile(r"\bfirst\b[^?]*?\b(?:pass(?:es|ed)?|exceed(?:s|ed)?|surpass(?:es|ed)?|tops?|topped|cross(?:es|ed)?|"
                    r"above|over|beyond|reach(?:es|ed)?|hits?)\s+(?:the\s+)?(?:mark\s+of\s+)?"
                    r"(?P<n>(?:USD|RMB|EUR|US\$|[$€¥£])?\s?\d[\d,]*(?:\.\d+)?\s*(?:thousand|million|billion|trillion)?)",
                    re.I)
_YEAR_ASKED = re.compile(r"\b(?:which|what)\b[^?]*\byear\b|\bwhen\b", re.I)
_PAIR = re.compile(r"(?P<v>[^;]*?\d[^;]*?) in (?P<y>(?:19|20)\d\d)(?P<mark>[EFP]?)(?=\s*(?:;|$))")
MIN_POINTS = 3
LOOK = 8  # the best sentences read for a series


def threshold(question: str) -> Figure | None:
    """The number a question asks the series to pass first, or None when it asks no first crossing of a year."""
    m = _CROSS.search(question)
    if m is None or not _YEAR_ASKED.search(question):
        return None
    found = parse_figures(m.group("n"))
    return found[0] if found else None


def series(text: str) -> list[tuple[str, Figure]]:
    """(year as written, value) for each 'VALUE in YEAR' of a sentence, in year order; [] under MIN_POINTS."""
    body = text.split(": ", 1)[-1]
    points = []
    for m in _PAIR.finditer(body):
        values = [f for f in parse_figures(m.group("v")) if f.unit != "year"]
        if values:
            points.append((m.group("y") + m.group("mark"), values[-1]))
    points.sort(key=lambda p: p[0][:4])
    return points if len(points) >= MIN_POINTS else []


def _scaled(bar: Figure) -> bool:
    """The threshold carries a currency or scale word ('USD 2 trillion'), not a bare number as a chart shows."""
    return bar.unit == "money" or bar.value != bar.number


def _above(value: Figure, bar: Figure) -> bool:
    return value.value > bar.value if _scaled(bar) else value.number > bar.number


def first_crossing(ctx: AnswerContext, slots: Slots, evidence: list[Evidence], backend: str,
                   gate: Callable[[Slots, Evidence, list[Figure]], object] | None = None) -> Answer | None:
    """The year the best on-topic series first passes the question's threshold, cited; None when not so."""
    bar = threshold(ctx.question)
    if bar is None:
        return None
    scaled = _scaled(bar)
    for e in evidence[:LOOK]:
        points = series(e.text)
        if not points or (scaled and is_chart_line(e.text)) or (gate is not None and gate(slots, e, [points[0][1]])):
            continue
        at = next((i for i, (_, v) in enumerate(points) if _above(v, bar)), None)
        if at is None or at == 0:
            return None  # never passed, or already above at the start: no crossing the series shows
        (year, value), (before_year, before) = points[at], points[at - 1]
        quote = e.text
        citation = Citation.from_passage(1, ctx.passages[e.passage_index], quote=quote, figure=value.text)
        text = f"**{year}**: {value.display}, after {before.display} in {before_year}. {quote} [1]"
        return Answer(question=ctx.question, answer=text, figure=year, abstained=False, citations=[citation],
                      backend=backend, passages=list(ctx.passages), confidence=e.score, shape="which")
    return None
