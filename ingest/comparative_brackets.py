"""A prior-period comparative in brackets ('€1,842 million (2018: €1,716 million)', 'launched 18 new projects
during the year (2022: 27 projects)'): the bracket's year dates only what is inside the bracket; the figure the
bracket follows (words, no other figure, between them) is of the year after it; a figure written after the bracket
closes is dated by the sentence's own years, never by the bracket's."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

# '(2022:', '(FY2018:': the opening of a comparative
_OPEN = re.compile(r"\(\s*(?:FY\s?)?((?:19|20)\d{2})\s*:")
# what may stand between a figure and the comparative written for it: its noun and words, no number, no clause end
_GAP = re.compile(r"[^().;:\d]{0,60}")


class _Spanned(Protocol):
    start: int
    end: int
    unit: str


def comparative_brackets(text: str) -> list[tuple[int, int, int]]:
    """(start of '(', end after its ')', year) of each '(YYYY: ...)' comparative of `text`; an unclosed one ends
    with the text."""
    out = []
    for m in _OPEN.finditer(text):
        close = text.find(")", m.end())
        out.append((m.start(), close + 1 if close >= 0 else len(text), int(m.group(1))))
    return out


def compared_year(text: str, figure: _Spanned, figures: Sequence[_Spanned],
                  brackets: list[tuple[int, int, int]]) -> int | None:
    """The year after a comparative's year, for the figure the comparative bracket follows ('RMB33,214 million
    (2022: RMB38,907 million)' -> 2023); None when another figure, a number or a clause end stands between."""
    start, year = next(((s, y) for s, _, y in brackets if s >= figure.end), (None, None))
    if start is None or not _GAP.fullmatch(text[figure.end:start]):
        return None
    if any(figure.end <= g.start < start for g in figures if g is not figure):
        return None
    return year + 1


def closed_before(brackets: list[tuple[int, int, int]], year_start: int, at: int) -> bool:
    """Whether the year written at `year_start` labels a comparative bracket that closes before `at`: a figure at
    `at` is not of that year."""
    return any(s < year_start < e <= at for s, e, _ in brackets)
