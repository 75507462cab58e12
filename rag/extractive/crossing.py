"""The first period a dated series passes a threshold ('which is the first year whose bar passes 1,000?',
'in which year does the market first exceed 500 units?'): the series' values read in year order, the
first above the threshold answers with its year, the value before it shown, the series cited. And the
year a series is at its extreme ('which year had the most deals?'), bold only when every year is given.

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
from .features import Evidence, metric_covered
from .question_readings import nth_asked
from .rows import row_line
from .cells import words
from .slots import Slots

_CROSS = re.compile(r"\bfirst\b[^?]*?\b(?:pass(?:es|ed)?|exceed(?:s|ed)?|surpass(?:es|ed)?|tops?|topped|cross(?:es|ed)?|"
                    r"above|over|beyond|reach(?:es|ed)?|hits?)\s+(?:the\s+)?(?:mark\s+of\s+)?"
                    r"(?P<n>(?:USD|RMB|EUR|US\$|[$€¥£])?\s?\d[\d,]*(?:\.\d+)?\s*(?:thousand|million|billion|trillion)?)",
                    re.I)
_PAIR = re.compile(r"(?P<v>[^;]*?\d[^;]*?) in (?P<y>(?:19|20)\d\d)(?P<mark>[EFP]?)(?=\s*(?:;|$))")
MIN_POINTS = 3
LOOK = 8  # the best sentences read for a series


def threshold(slots: Slots) -> Figure | None:
    """The number a question asks the series to pass first, or None when it asks no first crossing of a year
    (slots.year_asked: 'which is the first year ...', 'First year the market passes USD 1 trillion')."""
    m = _CROSS.search(slots.text)
    if m is None or not slots.year_asked:
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


def scale_confirmed(points: list[tuple[str, Figure]], prose: list[Evidence]) -> bool:
    """Whether a prose sentence of the chart's report states one of its points (the same year, the same
    amount to 0.5%): the chart's unit as read is then the prose's, and a scaled threshold compares with it."""
    by_year = {int(y[:4]): v for y, v in points}
    return any(f.year in by_year and f.unit == by_year[f.year].unit and f.value
               and abs(by_year[f.year].value - f.value) <= 0.005 * abs(f.value)
               for x in prose if not is_chart_line(x.text) for f in x.figures)


def first_crossing(ctx: AnswerContext, slots: Slots, evidence: list[Evidence], backend: str,
                   gate: Callable[[Slots, Evidence, list[Figure]], object] | None = None) -> Answer | None:
    """The year the best on-topic series first passes the question's threshold, cited; None when not so."""
    bar = threshold(slots)
    if bar is None:
        return None
    scaled = _scaled(bar)
    for e in evidence[:LOOK]:
        points = series(e.text)
        doc = ctx.passages[e.passage_index].chunk.doc_id
        if not points or (scaled and is_chart_line(e.text) and not scale_confirmed(
                points, [x for x in evidence if ctx.passages[x.passage_index].chunk.doc_id == doc])) \
                or (gate is not None and gate(slots, e, [points[0][1]])):
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


# 'which year had the most deals', 'in which year was the amount the highest': the year a series is at its extreme
_EXTREME_YEAR = re.compile(r"\b(?:which|what)\s+(?:calendar\s+)?year\b[^?]*\b(?P<w>most|highest|largest|biggest|greatest|"
                           r"peak(?:ed)?|maximum|least|lowest|smallest|fewest|minimum)\b", re.I)
_LOW = {"least", "lowest", "smallest", "fewest", "minimum"}
_UNIT_OF = {"percent": "percent", "money": "money", "count": "count", "score": "count"}


def dated_points(e: Evidence, unit: str | None, evidence: list[Evidence]) -> dict[int, Figure]:
    """Each year's value of the sentence's series, in `unit` (the unit of its first dated figure when None),
    read on into the next sentence of the passage when that one goes on with the same series ('Activity
    rebounded to 1,076 in 2021 ... reaching 696 in 2024')."""
    dated = [f for f in e.figures if f.year and f.unit not in ("year",) and (unit is None or f.unit == unit)]
    if not dated:
        return {}
    unit = dated[0].unit
    points = {f.year: f for f in dated if f.unit == unit}  # one series, one unit: a row's '% of fleet' cell is no point
    after = next((x for x in evidence if x.passage_index == e.passage_index and x.sentence_index == e.sentence_index + 1),
                 None)
    if after is not None and not after.row and not e.row:
        for f in after.figures:
            if f.year and f.unit == unit:
                points.setdefault(f.year, f)
    return points


def year_extreme(ctx: AnswerContext, slots: Slots, evidence: list[Evidence], backend: str,
                 gate: Callable[[Slots, Evidence, list[Figure]], object] | None = None) -> Answer | None:
    """'Which year had the most AI financing deals?': the year whose value is the extreme of the best on-topic
    dated series (three or more years, in the unit asked), cited; None when no such series or a tie."""
    m = _EXTREME_YEAR.search(ctx.question)
    if m is None or threshold(slots) is not None or nth_asked(ctx.question) > 1:
        return None  # ('the second highest year': not the extreme)
    low = m.group("w").lower() in _LOW
    unit = next((_UNIT_OF[u] for u in slots.units if u in _UNIT_OF), None)
    for e in evidence[:LOOK]:
        line = row_line(e.text) if e.row else None  # a table row: its label must name the measure asked
        if line is not None and (not (set(words(line[0])) - {"total"}) & set(words(ctx.question))
                                 or not all(metric_covered(line[0].lower(), x) for x in slots.metrics)):
            continue  # ('Below 3,000' of 'the lowest scheduled deliveries' is one size band, not the series)
        points = dated_points(e, unit, evidence)
        if len(points) < MIN_POINTS or (gate is not None and gate(slots, e, list(points.values())[:1])):
            continue
        values = sorted(points.items(), key=lambda p: p[1].value, reverse=not low)
        if values[0][1].value == values[1][1].value:
            return None  # two years share the extreme: no one year answers
        year, value = values[0]
        quoted = [e] + [x for x in evidence if x.passage_index == e.passage_index
                        and x.sentence_index == e.sentence_index + 1 and any(f in points.values() for f in x.figures)]
        each = ", ".join(f"{y}: {f.display}" for y, f in sorted(points.items()))
        body = " ".join(x.text for x in quoted)
        citation = Citation.from_passage(1, ctx.passages[e.passage_index], quote=e.text, figure=value.text)
        years = sorted(points)
        if years[-1] - years[0] + 1 == len(years):  # every year of the span: the extreme of the whole series
            text, figure, warnings = f"**{year}**: {value.display} ({each}). {body} [1]", str(year), []
        else:  # only some years given: another year, not stated, may be further out
            why = f"the passage gives only some years of {years[0]}-{years[-1]}"
            text, figure, warnings = f"Not certain: {why}. {year}: {value.display} ({each}). {body} [1]", None, [why]
        return Answer(question=ctx.question, answer=text, figure=figure, abstained=False, citations=[citation],
                      backend=backend, passages=list(ctx.passages), confidence=e.score, shape="which", warnings=warnings)
    return None
