"""Unlabelled and misplaced totals in a table read from a grid: whether a row's figures add up, column by column,
the rows above it (to the rounding of the figures), so that a row with no label is read as their 'Total', and a total
under a heading that also adds rows above the heading is read as the table's total, not the heading's. Kept apart
from tables.py, which reads the grid, so that each stays short."""

from __future__ import annotations

import re


def decimal_places(text: str) -> int:
    """How many decimals a figure is written with ('1,234.5' -> 1): the rounding a sum of such figures allows."""
    m = re.search(r"\.(\d+)", text)
    return len(m.group(1)) if m else 0


def sums(row: list[float | None], places: list[int], group: list[list[float | None]], headed: bool,
          exact: bool = False) -> bool:
    """Whether `row`'s figures are, column by column, the sum of the last rows of `group` (at least
    two, or one under a heading), to the rounding of the figures (a unit of the last place per two
    rows added): an unlabelled total."""
    if not any(v is not None for v in row):
        return False
    for n in ([len(group)] if exact else range(len(group), 0 if headed else 1, -1)):
        part = group[-n:]
        ok = True
        for i, v in enumerate(row):
            if v is None:
                continue
            found = [g[i] for g in part if g[i] is not None]
            tolerance = 10 ** -places[i] * ((n - 1) // 2) + 1e-9 * max(1.0, abs(v))
            if not found or abs(sum(found) - v) > tolerance:
                ok = False
                break
        if ok:
            return True
    return False


def reaches_above(row: list[float | None], places: list[int], seen: list[list[float | None]], grouped: int,
                   starts: set[int]) -> bool:
    """Whether `row`, under a heading, adds up the `grouped` rows under it together with whole runs of
    rows above the heading, each from its start (the table's, a heading's, a total's end): 'Diluted
    shares' = basic shares + each dilutive security; 'Total' = both sections' bonds. Such a total
    belongs to the table, not to the heading."""
    return any(sums(row, places, seen[-n:], False, exact=True) for n in range(len(seen), grouped, -1)
               if len(seen) - n in starts)
