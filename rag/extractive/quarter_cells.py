"""Two quarters of one year compared: the row's cells of those quarters' columns.

A change asked 'between the second and first quarter in fiscal 2019' names one year and two quarters;
a table heading its columns by quarter within each year ('Fiscal 2019 › Second › Quarter') gives one
figure per quarter. The change runs from the earlier quarter to the later one, as a change between
two years does.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from ingest.tables import Cell
from ingest.year_parts import HALF_CODE, HALF_CODE_DIGIT_FIRST, HALF_ORDINAL, QUARTER_CODE, QUARTER_CODE_DIGIT_FIRST, \
    QUARTER_ORDINAL_WORD

from .derivation import nil_as_zero

from .cells import RowHit, year_of

_ORDINALS = ("first", "second", "third", "fourth")
# 'second quarter', 'second and first quarter', 'Q2'
_QUARTER_WORDS = re.compile(r"\b(first|second|third|fourth)\b(?=(?:\s+(?:and|or|to)\s+(?:the\s+)?(?:first|second|third|fourth))*\s+(?:fiscal\s+)?quarters?\b)", re.I)
_QN = re.compile(r"\bQ([1-4])\b", re.I)


def quarters_asked(question: str) -> list[int]:
    """The quarters (1-4) a question names, in order of mention, each once."""
    found = [_ORDINALS.index(m.group(1).lower()) + 1 for m in _QUARTER_WORDS.finditer(question)]
    found += [int(m.group(1)) for m in _QN.finditer(question)]
    return list(dict.fromkeys(found))


def names_quarter(column: str, quarter: int) -> bool:
    """The column names quarter `quarter` (1-4): 'Q3', 'Q3'25', '3Q24', 'Third quarter 2024'."""
    text = column.lower()
    return (re.search(rf"\b{_ORDINALS[quarter - 1]}\b", text) is not None and "quarter" in text) \
        or re.search(rf"\bq{quarter}\b|\b{quarter}q(?=\s?['’]?\d{{2}}\b)", text) is not None


# a half dated with two digits ('H1 24', '2H'25'): its number is the code's digit
_DATED_HALF = re.compile(rf"\b(?:{HALF_CODE}|{HALF_CODE_DIGIT_FIRST})\s?['’]?\d{{2}}", re.I)


def period_order(column: str) -> tuple[int, int] | None:
    """A column's place in time, (year, quarter it ends: 1-4, a half its last quarter, a full year 4); None undated."""
    year = year_of(column)
    if year is None:
        return None
    quarter = next((q for q in range(1, 5) if names_quarter(column, q)), None)
    half = _DATED_HALF.search(column) if quarter is None else None
    return year, quarter or (2 * int(re.search(r"\d", half.group(0)).group()) if half else 4)


def one_cell_each(hit: RowHit, year: int, named: Iterable[Callable[[str], bool]]) -> list[Cell] | None:
    """For each column test in `named`, in order, the row's one figure in a column of `year` it names; None
    unless each names exactly one (two periods within one year: quarters, dated columns)."""
    out = []
    for names in named:
        cells = [c for c in hit.table.cells if c.row == hit.row and c.value is not None
                 and year_of(c.column) == year and names(c.column)]
        if len(cells) != 1:
            return None
        out.append(cells[0])
    return out


def quarter_cells(hit: RowHit, year: int, question: str) -> list[Cell] | None:
    """The row's figures for the two quarters of `year` the question names, the later quarter first
    (a change runs from the earlier); None unless each quarter has exactly one such column."""
    quarters = quarters_asked(question)
    if len(quarters) != 2:
        return None
    return one_cell_each(hit, year, (lambda column, q=q: names_quarter(column, q) and "total" not in column.lower()
                                     for q in sorted(quarters, reverse=True)))


# 'the average quarterly revenue in 2019', 'revenue per quarter': a mean over the year's quarters
_PER_QUARTER = re.compile(r"\bquarterly\b|\bper quarter\b|\b(?:each|every|a) quarter\b", re.I)


def every_quarter(hit: RowHit, year: int, question: str) -> list[Cell] | None:
    """The row's four quarter figures of `year` when the question averages per quarter ('the average quarterly X in
    2019'): a quarterly average is the year's four quarters' mean; None unless each quarter has exactly one column."""
    if not _PER_QUARTER.search(question) or quarters_asked(question):
        return None
    return one_cell_each(hit, year, (lambda column, q=q: names_quarter(column, q) and "total" not in column.lower()
                                     for q in range(1, 5)))


# a quarter's column by its span: 'Three Months Ended › March 31, 2023', '13 weeks ended ...'
_THREE_MONTHS = re.compile(r"\b(?:three|3)[- ]months?\b|\b13[- ]weeks?\b", re.I)


def year_quarters(hit: RowHit, year: int) -> list[Cell] | None:
    """The row's four quarter figures of `year` (a nil dash as 0) when its columns of that year are exactly its four
    quarters, named ('Q1'..'Q4', 'First quarter') or spanned ('Three Months Ended › March 31, 2023'): the year's total
    adds them; None when the year has another column (its own total) or a quarter lacks."""
    cells = [c for c in hit.table.cells if c.row == hit.row and year_of(c.column) == year]
    named = [next((c for c in cells if names_quarter(c.column, q)), None) for q in range(1, 5)]
    if len(cells) != 4 or (None in named and not all(_THREE_MONTHS.search(c.column) for c in cells)):
        return None
    cells = [nil_as_zero(c) for c in cells]
    return None if any(c.value is None for c in cells) or all(c.value == 0 for c in cells) else cells


# a half of a year the question names: 'the second half of 2024', 'H1 2023', 'first-half'
_HALF = re.compile(rf"\b({HALF_ORDINAL})[- ]half\b|\b({HALF_CODE})\b", re.I)


def half_asked(question: str) -> bool:
    """The question names a half of a year ('the second half of 2024', 'H1')."""
    return _HALF.search(question) is not None


def half_quarters(hit: RowHit, year: int, question: str) -> list[Cell] | None:
    """The row's two quarter figures of the half of `year` the question names ('the second half of 2024': Q3 and Q4)
    when no column of that year heads the half itself: a half-year adds its two quarters; None unless each has one."""
    m = _HALF.search(question)
    if m is None:
        return None
    half = 2 if (m.group(1) or "").lower() == "second" or (m.group(2) or "").endswith("2") else 1
    if any(c.row == hit.row and year_of(c.column) == year and _HALF.search(c.column) for c in hit.table.cells):
        return None
    cells = one_cell_each(hit, year, (lambda column, q=q: names_quarter(column, q) and "total" not in column.lower()
                                      for q in (2 * half, 2 * half - 1)))
    if cells is None:
        return None
    cells = [nil_as_zero(c) for c in cells]
    return None if any(c.value is None for c in cells) else cells


# a column naming one quarter of a year alone: 'Q1 2024', "Q3'25", '3Q24', 'First quarter 2024'
_QUARTER_COLUMN = re.compile(rf"(?:{QUARTER_CODE}|{QUARTER_CODE_DIGIT_FIRST})\s?(?:'|FY)?(?:(?:19|20)\d{{2}}|\d{{2}})|{QUARTER_ORDINAL_WORD}\s+(?:fiscal\s+)?"
                             r"quarter,?\s+(?:of\s+)?(?:fiscal\s+)?(?:19|20)\d{2}", re.I)


def quarter_series(hit: RowHit, year: int | None, question: str) -> list[Cell] | None:
    """The row's figures of a table whose every column is one quarter ('Q1 2024' .. 'Q2 2025', a table of quarter rows
    read turned), of `year` when one is asked and the question names no quarter or half: an average over them is their
    mean; a cell with no figure ('n/a', '-') is no operand. None unless two or more figures."""
    columns = [c.strip() for c in hit.table.columns]
    if quarters_asked(question) or half_asked(question) or len(columns) < 2 \
            or not all(_QUARTER_COLUMN.fullmatch(c) for c in columns):
        return None
    cells = [c for c in hit.table.cells if c.row == hit.row and c.value is not None
             and (year is None or year_of(c.column) == year)]
    return cells if len(cells) >= 2 else None
