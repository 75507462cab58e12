"""A stacked bar chart's two rows of data labels: extracted text writes each series' labels as its
own run of bare numbers, so a chart of N years carries 2N labels. When the labels split into two runs
of N at a line break and one run is at least the other in every year (a stack's top label is its
total), each run is a series of its own: year i goes with figure i of each."""

from __future__ import annotations


def _value(raw: str) -> float:
    return float(raw.rstrip("%").replace(",", ""))


def split_stack(rows: list[list[str]], n_years: int) -> tuple[list[str], list[str]] | None:
    """(total, part) of a two-series chart whose label `rows` (one list per text line) hold 2 x
    `n_years` bare figures, split at a line break into two runs of `n_years`, where the total run is
    at least the part run in every year; None when the split or which run is the total is not clear."""
    flat = [t for row in rows for t in row]
    if n_years < 3 or len(flat) != 2 * n_years or any(t.endswith("%") for t in flat) \
            or any(" " in t for t in flat):
        return None
    ends, seen = set(), 0
    for row in rows:
        seen += len(row)
        ends.add(seen)
    if n_years not in ends:
        return None  # the two runs do not meet at a line break: which label is whose is not known
    first, second = flat[:n_years], flat[n_years:]
    a, b = [_value(v) for v in first], [_value(v) for v in second]
    if all(y > x for x, y in zip(a, b)):
        return second, first
    if all(x > y for x, y in zip(a, b)):
        return first, second
    return None
