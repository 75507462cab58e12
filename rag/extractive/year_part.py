"""A year's columns that give a part of it ('Three months ended › 2023', '2024 › Q1', 'H1 2023') beside one
giving the whole year ('Year ended › 2023', '2024 › Full year'): a question naming no part of a year asks the
whole year's figure, so the part columns are read only when the question names such a part."""

from __future__ import annotations

import re

from ingest.tables import SEP
from ingest.year_parts import HALF_CODE, HALF_ORDINAL, HALF_YEAR, PART_MONTHS, PART_WEEKS, QUARTER_CODE

# a part of a year as a column heads it or a question names it: a quarter, a half, some months or weeks
PART_OF_YEAR = re.compile(rf"\b{PART_MONTHS}\b|\b{PART_WEEKS}\b|\b{QUARTER_CODE}\b|\bquarters?\b|\bquarterly\b|"
                          rf"\b{HALF_CODE}\b|\b{HALF_ORDINAL} half\b|\b{HALF_YEAR}s?\b|\binterim\b|\bfourth[- ]quarter\b",
                          re.I)


def whole_year(columns: list[str], phrase: str) -> list[str]:
    """`columns` (one year's) without those heading a part of the year when the phrase names no part of a year and
    some column is left; all of them otherwise."""
    if len(columns) < 2 or PART_OF_YEAR.search(phrase):
        return columns
    kept = [c for c in columns if not PART_OF_YEAR.search(c)]
    return kept or columns


# a leaf header that is a year alone, a forecast or fiscal mark beside it ('2024', '2030E', 'FY2024', '2026F')
_YEAR_ALONE = re.compile(r"^\s*(?:FY\s?)?(?:19|20)\d{2}\s*[EFPAB]?\s*$", re.I)
_WORD = re.compile(r"[a-z][a-z0-9]*", re.I)  # a header's or a question's words, 'Q4' one of them
_NAMING_NONE = frozenset("fy e f of the in and to a an for by on at per from".split())


def year_alone(columns: list[str], phrase: str) -> list[str]:
    """`columns` (one year's) narrowed to the one headed by the year alone ('2024', '2030E'), when the others name
    the year inside a measure of their own ('Share of 2024 total', 'CAGR 2022-2024') whose words the phrase does not
    say: the year's own column holds the year's level; all of them otherwise."""
    if len(columns) < 2:
        return columns
    said = {w.lower() for w in _WORD.findall(phrase)} - _NAMING_NONE
    alone = [c for c in columns if _YEAR_ALONE.match(c.split(SEP)[-1])]
    # a word of the group header over the year's own column names the measure both sit under, not the other's own
    said -= {w.lower() for c in alone[:1] for part in c.split(SEP)[:-1] for w in _WORD.findall(part)}
    others = [c for c in columns if c not in alone]
    if len(alone) != 1 or any({w.lower() for w in _WORD.findall(c.split(SEP)[-1])} & said for c in others):
        return columns
    return alone
