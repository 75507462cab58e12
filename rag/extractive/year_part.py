"""A year's columns that give a part of it ('Three months ended › 2023', '2024 › Q1', 'H1 2023') beside one
giving the whole year ('Year ended › 2023', '2024 › Full year'): a question naming no part of a year asks the
whole year's figure, so the part columns are read only when the question names such a part."""

from __future__ import annotations

import re

# a part of a year as a column heads it or a question names it: a quarter, a half, some months or weeks
PART_OF_YEAR = re.compile(r"\b(?:three|six|nine|3|6|9)[- ]months?\b|\b(?:13|26|39)[- ]weeks?\b|\bq[1-4]\b|"
                          r"\bquarters?\b|\bquarterly\b|\bh[12]\b|\b(?:first|second) half\b|\bhalf[- ]years?\b|"
                          r"\binterim\b|\bfourth[- ]quarter\b", re.I)


def whole_year(columns: list[str], phrase: str) -> list[str]:
    """`columns` (one year's) without those heading a part of the year when the phrase names no part of a year and
    some column is left; all of them otherwise."""
    if len(columns) < 2 or PART_OF_YEAR.search(phrase):
        return columns
    kept = [c for c in columns if not PART_OF_YEAR.search(c)]
    return kept or columns
