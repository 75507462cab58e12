"""Gates on a period of two ends: a change asked between two years ('from 2022 to 2023', 'between
2024 and 2029', '2023 versus 2024') needs both ends in the evidence; gates.py lists it with the
others and returns its reason (naming the year missing) or None."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .period_heading import heading_years_before

if TYPE_CHECKING:
    from .gates import Decision

_SPANS = ("range", "versus")  # a period with two ends (periods.py)


# a period whose later year is written short ('2023-24', '2020-25', '2023/24'): it names that later year too
_SHORT_END = re.compile(r"(?<![\d/])((?:19|20)\d{2})\s?[/–-]\s?(\d{2})(?![\d/])")


def _named(text: str, year: int) -> bool:
    """Whether `text` names `year` at all ('2029', '2029E', 'FY2029', '2024-2029', or as the short later year of
    '2023-24' or '2020-25')."""
    if re.search(rf"(?<!\d){year}(?!\d)", text) is not None:
        return True
    return any(int(m.group(1)) < year and int(m.group(1)[:2] + m.group(2)) == year for m in _SHORT_END.finditer(text))


def span_ends(d: Decision) -> str | None:
    """A question about two years (a change from one to the other, or one compared with the other)
    is not answered by evidence for only one of them: when a year asked is named nowhere in the
    lead's passage nor in a table retrieved (not even as the base of a change, a heading or a forecast
    label such as '2029E'), the reports give the other year, not that one ('The reports give 2020
    and 2024, not 2029'): a forecast past the series, or a start before it."""
    spans = [p for p in d.slots.periods if p.kind in _SPANS and len(set(p.years)) >= 2]
    if not spans or d.best.row:
        return None
    asked = sorted({y for p in spans for y in p.years})
    # a table's years sit in its header, which the prose around it may not repeat: the passages
    # holding a table row retrieved count too
    tables = {e.passage_index for e in d.evidence if e.row}
    chunks = [d.ctx.passages[i].chunk for i in sorted({d.best.passage_index} | tables)]
    texts = [c.text for c in chunks]
    missing = [y for y in asked if not any(_named(t, y) for t in texts)
               and not any(y in heading_years_before(d.ctx.snapshot, c) for c in chunks)]
    if not missing or len(missing) == len(asked):
        return None  # both ends missing: the period gates say so (period_covered)
    given = sorted(d.best.passage_years - set(missing)) or [y for y in asked if y not in missing]
    shown = ", ".join(map(str, given[-3:]))
    return f"the reports give {shown}, not {', '.join(map(str, missing))}"


# a question asking what a year's figure was (not what it is expected to be)
_PAST = re.compile(r"\b(was|were|did|had)\b", re.I)


def estimate_not_actual(d: Decision) -> str | None:
    """A question asking what a figure was in a year ('How big was the market in 2024?') is not
    answered by a sentence that dates that year only as an estimate or forecast ('222 in 2024E'):
    the reports give an estimate, not the figure the year had. A question asking a forecast
    ('expected', 'will', 'by 2030') is answered by it."""
    s = d.slots
    if not s.years or s.forecast or not _PAST.search(s.text) or not d.figures or d.best.row:
        return None
    text = d.best.text
    marked = [y for y in s.years if re.search(rf"(?<!\d){y}\s?[EF]\b", text)]
    if not marked or any(re.search(rf"(?<!\d){y}(?![\dEF])", text) for y in marked):
        return None
    return f"the reports give only an estimate for {', '.join(f'{y} ({y}E)' for y in marked)}, not a reported figure"
