"""A fiscal year written over the two calendar years it spans ('2018/19', '2017/2018', '2018-19') is
the year it ends in, as 'FY2019' is: a column headed '2018/19' answers for 2019, and a sentence
dated '(2017/18: €−136 million)' gives a figure for 2018."""

from __future__ import annotations

import re

from ingest.figures import split_year_end
from ingest.year_forms import short_part_years

_SPLIT = re.compile(r"(?<![\d/])((?:19|20)\d{2})\s?[/–-]\s?((?:19|20)?\d{2})(?![\d/])")


def _end(m: re.Match) -> int | None:
    return split_year_end(m.group(1), m.group(2))  # consecutive years only: '2021-2025' is a range


def end_years(text: str) -> list[int]:
    """The years the split fiscal years in `text` end in ('2017/18' -> 2018)."""
    return [y for m in _SPLIT.finditer(text) if (y := _end(m)) is not None]


def part_years(text: str) -> list[int]:
    """The years of the quarters and halves `text` dates with two digits ('Q4 24' -> 2024; year_forms)."""
    return [y for _, _, y in short_part_years(text)]


def as_end_years(text: str) -> str:
    """`text` with each split fiscal year written as the year it ends in ('in 2018/19' -> 'in 2019')."""
    return _SPLIT.sub(lambda m: str(y) if (y := _end(m)) is not None else m.group(0), text)
