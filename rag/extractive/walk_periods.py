"""A movement asked in every period ('gained share in both 2023 and 2024', 'rose in each year from 2022 to 2024',
'fell every quarter'): each named period against the one before it, or each period of the span against the one before,
read from a table's period columns; an item is met only when every one of those steps moved the way the verb says."""

from __future__ import annotations

import re
from dataclasses import dataclass

# 'in both 2023 and 2024': those two periods, each against the one before it
_BOTH_NAMED = re.compile(r"\bin\s+both\s+(?P<a>(?:FY\s*)?(?:19|20)\d{2})\s+and\s+(?P<b>(?:FY\s*)?(?:19|20)\d{2})\b", re.I)
# 'in each year (from 2022 to 2024)', 'every quarter', 'in both years', 'in all three years', 'year after year'
_EVERY = re.compile(r"\b(?:in\s+)?(?:each|every)\s+(?:single\s+)?(?:of\s+the\s+)?(?:(?:two|three|four|five)\s+)?"
                    r"(?:years?|quarters?|periods?|halves|half)\b|"
                    r"\b(?:in\s+)?(?:both|all)\s+(?:the\s+)?(?:(?:two|three|four|five)\s+)?(?:years|quarters|periods)\b|"
                    r"\byear\s+after\s+year\b|\bquarter\s+after\s+quarter\b", re.I)
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")


@dataclass(frozen=True)
class Every:
    """The periods a movement is asked in: `ends` the periods named (each against the one before), else the `span` of
    years said (first, last), else every period of the table (both None)."""

    ends: tuple[int, ...] | None
    span: tuple[int, int] | None


def every_asked(question: str) -> Every | None:
    """The every-period condition the question sets, or None when it sets none."""
    if (m := _BOTH_NAMED.search(question)) is not None:
        a, b = (int(_YEAR.search(m.group(x)).group(0)) for x in ("a", "b"))
        return Every((a, b), None) if a != b else None
    if (m := _EVERY.search(question)) is None:
        return None
    years = sorted({int(y) for y in _YEAR.findall(question)})
    if len(years) > 2:
        return None
    return Every(None, (years[0], years[-1]) if years else None)


def steps(dated: list[tuple[tuple[int, int], str]], every: Every) -> list[tuple[str, str]] | None:
    """The (earlier, later) column pairs the condition walks, of the sorted dated columns of one measure (key, column):
    each named year's column against the one before it, or the consecutive columns of the span (of the one year: its
    quarters), or of the whole table; None when a named year has no column or column before it, or under two steps."""
    if every.ends is not None:
        pairs = []
        for year in every.ends:
            at = [i for i, (k, _) in enumerate(dated) if k[0] == year]
            if len(at) != 1 or at[0] == 0:
                return None
            pairs.append((dated[at[0] - 1][1], dated[at[0]][1]))
        return pairs
    walked = [c for k, c in dated if every.span is None or every.span[0] <= k[0] <= every.span[1]]
    if every.span is not None and every.span[0] != every.span[1] and len({k[0] for k, _ in dated
                                                                          if every.span[0] <= k[0] <= every.span[1]}) < 2:
        return None
    pairs = list(zip(walked, walked[1:]))
    return pairs if len(pairs) >= 2 else None


def weakest_step(moves: list[float], down: bool) -> float:
    """The step nearest the wrong way of an item's steps: the smallest rise (or the smallest fall, as a negative), so
    the item moved the asked way in every step exactly when this one did."""
    return max(moves) if down else min(moves)
