"""The measure asked named by another sentence of the lead's passage: 'In 2024, the global AI market reached
USD 615.7 billion' does not answer 'global AI financing' when the next sentence gives financing's own figure:
the lead is a figure of another measure the passage puts beside it."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .features import metric_covered
from .measures import METRICS

if TYPE_CHECKING:
    from .gates import Decision

# a market's size named as what a figure measures ('the global AI market reached USD 615.7 billion')
_OTHER_MEASURE = re.compile(r"\bmarket(?:\s+size)?\s+(?:reached|was|stood|grew|hit|totall?ed|is|of|size)\b|\bmarket size\b")


def measure_in_sibling(d: Decision) -> str | None:
    """The lead sentence names another measure (a market's size, revenue) and none of those asked, while
    another sentence of its passage names one and gives a figure in the unit asked: the lead's figure
    measures something else. A lead naming no measure may be continuing the passage's ('Activity rebounded')."""
    s, best = d.slots, d.best
    if not s.metrics or best.row or not s.unit:
        return None
    low = best.text.lower()
    if any(metric_covered(low, m) for m in s.metrics) or not _OTHER_MEASURE.search(low) and \
            not any(metric_covered(low, m) for m in METRICS if m not in s.metrics):
        return None
    for e in d.evidence:
        if e is best or e.row or e.passage_index != best.passage_index:
            continue
        named = [m for m in s.metrics if metric_covered(e.text.lower(), m)]
        if named and any(f.unit == s.unit for f in e.figures):
            return f"the closest sentence gives another measure; {named[0]} is another sentence's figure"
    return None
