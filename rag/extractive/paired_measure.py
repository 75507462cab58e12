"""A measure carried across a parallel pair of sentences: 'The U.S. dominated with 78% of global AI financing.
China ranked second with 14%.' gives China a share of global AI financing, named once in the sentence about
the other side right before it."""

from __future__ import annotations

from .features import Evidence, metric_covered, neighbour
from .names import mentions


def carried_by_pair(evidence: list[Evidence], e: Evidence, names: tuple[str, ...], metric: str) -> bool:
    """`e` names no word of `metric`, and the sentence right before it in its passage names it and names another
    of the sides compared (`names`) that `e` does not: a side's sentence continuing the other side's."""
    low = e.text.lower()
    if e.row or metric_covered(low, metric):
        return False
    before = neighbour(evidence, e, -1)
    if before is None or before.row:
        return False
    prior = before.text.lower()
    return metric_covered(prior, metric) and any(mentions(prior, n) and not mentions(low, n) for n in names)
