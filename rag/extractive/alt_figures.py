"""Each alternative's figure where the name does not come first: years compared ('which year had more
projects, 2023 or 2024?': the figure the sentence dates each year) and figures written before their names
('About 20 in the UK and 6-8 in Israel'); and which alternative a mention is, when one name holds another."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from ingest.figures import Figure

from .features import Evidence

_SLASHED = re.compile(r"[\w&.+-]+(?:/[\w&.+-]+)+")


def slashed(low: str, spots: list[tuple[int, str]], measures: list[Figure]) -> dict[str, Figure]:
    """Names joined by '/' ('language/vision/multimodal models accounted for 78%, 12%, and 10%') take
    the figures that follow the list, in its order; {} unless every name named is in one such list."""
    for m in _SLASHED.finditer(low):
        items = m.group(0).count("/") + 1
        after = [f for f in measures if f.start >= m.end()][:items]
        inside = [(p, n) for p, n in spots if m.start() <= p < m.end()]
        if len(after) < items or not inside or {n for _, n in inside} != {n for _, n in spots}:
            continue
        return {n: after[low[m.start():p].count("/")] for p, n in inside}
    return {}


_YEAR = re.compile(r"(?:19|20)\d\d")
# what may stand between a figure and the name it belongs to: 'About 20 in the UK', '6-8 for Israel'
_TO_NAME = re.compile(r"^\s*(?:[\w-]+\s+)?(?:in|for|at|from|of|by)\s+(?:the\s+)?$", re.I)


def are_years(names: tuple[str, ...]) -> bool:
    """Every alternative is a year ('2023 or 2024')."""
    return all(_YEAR.fullmatch(n.strip()) for n in names)


def by_year(names: tuple[str, ...], evidence: list[Evidence], measures: Callable[[Evidence], list[Figure]],
            on_topic: Callable[[Evidence], bool], depth: int = 12) -> list[tuple[Figure, Evidence]] | None:
    """For years compared: one sentence on topic dating a figure to each year, all in one unit (the first unit
    of the figures it dates to the first year that every year has); [(figure, sentence)] in the order asked, or None."""
    years = [int(n) for n in names]
    for e in evidence[:depth]:
        if not on_topic(e):
            continue
        figs = measures(e)
        for first in [f for f in figs if f.year == years[0]]:
            each = [next((f for f in figs if f.year == y and f.unit == first.unit), None) for y in years]
            if all(f is not None for f in each):
                return [(f, e) for f in each]
    return None


def before_names(text: str, spots: list[tuple[int, str]], measures: list[Figure]) -> dict[str, Figure]:
    """'About 20 in the UK and 6-8 in Israel': each name takes the figure right before it (only a preposition
    between), after the name before it; {} unless every name named gets one."""
    out: dict[str, Figure] = {}
    start = 0
    for p, n in spots:
        fig = next((f for f in reversed(measures) if start <= f.start and f.end <= p and _TO_NAME.match(text[f.end:p])),
                   None)
        if fig is not None and n not in out:
            out[n] = _range_of(text, fig, measures)
        start = p + len(n)
    return out if len(out) == len({n for _, n in spots}) else {}


def _range_of(text: str, fig: Figure, measures: list[Figure]) -> Figure:
    """'6-8': the upper end read as a figure of its own shows the whole range it closes."""
    low = next((f for f in measures if f.end < fig.start and re.fullmatch(r"\s*[-–]\s*", text[f.end:fig.start])), None)
    return replace(fig, text=text[low.start:fig.end], start=low.start) if low is not None else fig


def longest_mentions(spots: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The mentions (place, name) without those inside a longer alternative's mention: where 'Grok 4 Fast'
    is named, 'Grok 4' (also asked) is not."""
    return [(p, n) for p, n in spots
            if not any(m != n and len(m) > len(n) and q <= p and p + len(n) <= q + len(m) for q, m in spots)]
