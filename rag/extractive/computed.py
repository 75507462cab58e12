"""Computed answers of one row over periods: change, percentage change, average or sum of the
figures a question addresses by year or by the column headers it repeats ('2021-2022', 'As
reported'), a change the later period less the earlier, an annual average over columns tiling a
range of years, and a change the table states itself led as the report writes it. Anything not
addressed exactly returns None (the question's operation: operations.py; the cells addressed:
period_cells.py; the cited derivation: derivation.py)."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal

from ingest.row_lines import short_columns
from ingest.tables import SEP, Cell

from .. import compute
from ..types import Answer, AnswerContext
from .cells import RowHit, words, year_of
from .operand_labels import distinct_labels
from .expense_sign import as_amounts, as_asked
from .derivation import computed_answer, nil_as_zero, operand
from .computed_rate import COMPOUND, per_year
from .rate_column import printed_rate, rates_said
from .operations import NO_PERIOD_CHANGE, multiple_base_year, undirected
from .quarter_cells import every_quarter, half_quarters, period_order, quarter_cells, quarter_series, year_quarters
from .date_cells import date_cells
from .named_periods import moved_cells
from .period_cells import CHANGE_COLUMN, located, named_columns, one_series, period_cell, row_years
from .shape_text import citation_n, shaped_answer
from .prose_figure import restated_amount
from .row_sets import SCALE_WORDS
from .slots import Slots


# operations of a later period on an earlier one: the later operand first (a change less, a multiple over, the earlier)
_DIRECTED_OPS = ("change", "percent_change", "multiple")


def one_row(ctx: AnswerContext, slots: Slots, hit: RowHit, op: str, backend: str) -> Answer | None:
    """Change, % change, average or sum of one row over the periods asked: the years, or the column
    headers the question repeats ('2021-2022'); a change is the later period minus the earlier."""
    own = _change_said(hit, ctx.question) if op in ("change", "percent_change") else None
    if own is None and (op == "percent_change" or op == "change" and rates_said(ctx.question)):
        own = _rate_said(ctx, slots, hit)  # 'the CAGR from 2019 to 2024', 'the YoY change in 2024': the printed rate
    if own is not None:  # 'the change (%) for X': the report's own change column, as the question names it
        located_hit = located(ctx, hit, [own])
        if located_hit is not None:
            text = f"**{' '.join(own.text.split())}** ({_short(hit, own)}). {hit.row.split(SEP)[-1]} [1]"
            return shaped_answer(ctx, [located_hit], text, " ".join(own.text.split()), "figure", backend)
    annual = _annual_cells(hit, slots, ctx.question) if op == "average" else None
    if annual is not None:  # 'the average annual X for 2020-2024' over columns '2020', '2021-2022', '2023-2024'
        cells, years = annual
        hit = located(ctx, hit, cells)
        if hit is None:
            return None
        n = citation_n(ctx, [hit], hit)
        try:
            result = compute.annual_average([operand(c, n) for c in cells], years)
        except compute.ComputeError:
            return None
        return computed_answer(ctx, [hit] * len(cells), result, backend)
    cells = _by_years(ctx, slots, hit, op)
    if cells is None:
        named = named_columns(hit, ctx.question)
        moved = moved_cells(hit, ctx.question) if op in ("change", "percent_change") and not slots.years else None
        if moved:
            named = moved  # 'from April est. to May est.': two columns named by no year, the later first
        elif len(named) < 2 or op in _DIRECTED_OPS and len(named) != 2:
            return None
        if op in _DIRECTED_OPS:
            order = [period_order(c.column) for c in named]  # 'from Q4 23 to Q4 24', 'between Q3 24 and Q4 24'
            if named is not moved and None not in order and order[0] < order[1]:
                named = named[::-1]  # 'from 2020 to 2021-2022': the later period first
        cells = named
    if op == "multiple":
        cells = base_last(cells, ctx.question)
    hits = _located_each(ctx, hit, cells)
    if hits is None:
        return None
    hit = hits[0]
    operands = distinct_labels(cells, [operand(c, citation_n(ctx, hits, h)) for c, h in zip(cells, hits)])  # two columns ending '2019': their dates
    operands = as_amounts(hit.row.split(SEP)[-1], operands)  # '(21,387)' voyage expenses: an expense of 21,387
    operands = as_asked(ctx.question, op, operands)  # 'by how much did X increase', (4,318) after (4,102): 216
    if op == "change" and len(operands) == 2 and len(set(slots.years)) == 2 and undirected(ctx.question) \
            and operands[0].value < operands[1].value:
        operands = operands[::-1]  # 'the difference between 2018 and 2019': the larger less the smaller
    result = per_year(ctx.question, op, operands)
    if result is None:
        return None
    if op == "change" and _said_in_prose(ctx, slots, hit, cells, result):
        return None  # the report's sentence states this one-year change itself: the sentence answers
    answer = computed_answer(ctx, hits, result, backend)
    own = _reported(hit, cells, result) if op in ("change", "percent_change") else None
    return _as_reported(answer, hit, own, citation_n(ctx, hits, hit)) if own is not None else answer


def base_last(cells: list[Cell], question: str) -> list[Cell]:
    """A multiple's two cells with the base its grammar names last ('A in 2021 was how many times that of 2019': 2019;
    'how many times the 2024 figure is the 2028E': 2024), the divisor; a growth multiple with no base named keeps
    the later period first."""
    base = multiple_base_year(question)
    if len(cells) != 2 or base is None:
        return cells
    years = [year_of(c.column) or year_of(c.row.split(SEP)[-1]) for c in cells]
    return cells[::-1] if years[0] == base and years[1] != base else cells


def _located_each(ctx: AnswerContext, hit: RowHit, cells: list[Cell]) -> list[RowHit] | None:
    """The row located once for all its cells, else each cell in the passage writing it: a row read turned (periods
    printed as rows, 'Allowance › Fiscal 2021 — ...') writes its figures on several lines, which chunks may part."""
    together = located(ctx, hit, cells)
    if together is not None:
        return [together] * len(cells)
    each = [located(ctx, hit, [c]) for c in cells]
    return None if None in each else each


def _as_reported(answer: Answer, hit: RowHit, own: Cell, n: int) -> Answer:
    """A change the table states itself (its change column gives the result at its own precision,
    '191%' for 190.86%) leads as the report writes it, cited; the computed figure stays in the
    derivation that follows ('**191%** (Change) [1] — percentage change: ... = 190.86%')."""
    said = " ".join(own.text.split())
    answer.answer = re.sub(r"^\*\*.+?\*\*", lambda _m: f"**{said}** ({_short(hit, own)}) [{n}]", answer.answer, count=1)
    answer.figure = said
    for c in answer.citations:
        c.figure = said
    return answer


def _change_said(hit: RowHit, question: str) -> Cell | None:
    """The row's cell in the change column whose header, unit sign and all ('Change (%)', '% change'),
    the question writes as the table does."""
    said = " ".join(question.lower().split())
    found = [c for c in hit.table.cells if c.row == hit.row and c.value is not None
             and CHANGE_COLUMN.search(head := " ".join(_short(hit, c).lower().split())) and "%" in head
             and head in said]
    return found[0] if len(found) == 1 else None


def _rate_said(ctx: AnswerContext, slots: Slots, hit: RowHit) -> Cell | None:
    """The row's cell in the rate column of exactly the period asked (a year named alone for a year-on-year rate,
    both ends for a rate over years), of the rate the question names; None when the table prints none."""
    years = sorted(set(slots.years))
    if not years or len(years) > 2:
        return None
    cells = [c for c in hit.table.cells if c.row == hit.row]
    return printed_rate(cells, list(hit.table.columns), ctx.question, years, bool(COMPOUND.search(ctx.question)))


def _short(hit: RowHit, cell: Cell) -> str:
    return short_columns(hit.table.columns).get(cell.column, cell.column)


def _reported(hit: RowHit, cells: list[Cell], result: compute.Computed) -> Cell | None:
    """A change column of the row that states this result at its own precision ('191%' for 190.86%)."""
    used = {c.column for c in cells}
    for c in hit.table.cells:
        if c.row != hit.row or c.value is None or c.column in used or not CHANGE_COLUMN.search(c.column):
            continue
        if (c.unit == "%") != (result.unit == "%"):
            continue
        try:
            value, places, _ = compute.parse_decimal(c.text)
        except compute.ComputeError:
            continue
        if result.exact.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP) == value:
            return c
    return None


# an average per year: 'average annual', 'per year', 'each year'
_ANNUAL = re.compile(r"\b(?:annual|yearly|per year|a year|each year)\b", re.I)
_SPAN = re.compile(r"^\s*((?:19|20)\d{2})(?:\s*[-–]\s*((?:19|20)\d{2}))?\s*$")


def _annual_cells(hit: RowHit, slots: Slots, question: str) -> tuple[list[Cell], int] | None:
    """The row's cells whose columns ('2020', '2021-2022', '2023-2024') tile the range of years an
    annual average asks, at least one spanning several years, and the number of years; else None."""
    ranges = [p for p in slots.periods if p.kind == "range" and len(p.years) >= 2]
    if not _ANNUAL.search(question) or len(ranges) != 1:
        return None
    first, last = min(ranges[0].years), max(ranges[0].years)
    short = short_columns(hit.table.columns)
    spans = []
    for c in hit.table.cells:
        m = _SPAN.match(short.get(c.column, c.column))
        if c.row != hit.row or m is None:
            continue
        start, end = int(m.group(1)), int(m.group(2) or m.group(1))
        if first <= start <= end <= last:
            spans.append((start, end, nil_as_zero(c)))
    spans.sort(key=lambda s: s[0])
    if not spans or any(c.value is None for _, _, c in spans) or all(a == b for a, b, _ in spans):
        return None
    expected = first
    for start, end, _ in spans:
        if start != expected:
            return None  # a gap or an overlap: the columns do not tile the range
        expected = end + 1
    return ([c for _, _, c in spans], last - first + 1) if expected == last + 1 else None


# the words asking the figures of several periods added ('the total X over 2019-2021', 'cumulative X over 2017-2019')
TOTAL_WORDS = frozenset({"total", "cumulative", "cumulatively"})


def total_over_periods(question: str, slots: Slots) -> bool:
    """A total or cumulative figure asked of two or more periods is their figures added, each period once."""
    return len(slots.years) > 1 and bool(TOTAL_WORDS & set(words(question)))


def spans_years(slots: Slots) -> bool:
    """The question asks a range of three years or more ('between 2017 to 2019'), not its two ends."""
    ranges = [p for p in slots.periods if p.kind == "range"]
    return len(ranges) == 1 and len(slots.periods) == 1 and max(ranges[0].years) - min(ranges[0].years) >= 2


# a change of one year over the year before it
_YEAR_ON_YEAR = re.compile(r"\byear[- ](?:on|over)[- ]year\b|\byoy\b|\b(?:from|over|on|compared (?:to|with)) the "
                           r"(?:previous|prior|preceding) year\b", re.I)


# a change 'in 2021' / 'during 2021': within that year, not from or to it
_IN_YEAR = re.compile(r"\b(?:in|during|for)\s+(?:fiscal\s+(?:year\s+)?|FY\s?)?((?:19|20)\d{2})\b", re.I)


def _within_year(slots: Slots, hit: RowHit, year: int) -> bool:
    """A change asked 'in' or 'during' one year, of a row whose columns give that year and the year before
    (and whose label states no change itself), is the year's figure less the one before: a change
    within a year runs from the prior year's end."""
    if len(slots.periods) != 1 or slots.periods[0].kind != "year" \
            or not any(int(m.group(1)) == year for m in _IN_YEAR.finditer(slots.text)):
        return False
    if _ROW_CHANGE.search(hit.row.split(SEP)[-1]):
        return False  # 'Change in fair value', 'Net increase in cash': the row is the change
    given = {year_of(c.column) for c in hit.table.cells if c.row == hit.row and c.value is not None}
    return {year, year - 1} <= given


def _said_in_prose(ctx: AnswerContext, slots: Slots, hit: RowHit, cells: list[Cell], result: compute.Computed) -> bool:
    """A change within one year ('the increase in 2019') that a retrieved sentence naming the row gives at a
    larger scale ('increased $9.6 million' for 9,577,144): the report's own words state it."""
    if len(set(slots.years)) != 1 or not _within_year(slots, hit, slots.years[0]):
        return False
    scale = SCALE_WORDS.get(cells[0].scale or "", 1.0)
    return restated_amount(ctx, abs(float(result.exact)) * scale, scale, hit.row.split(SEP)[-1]) is not None


_ROW_CHANGE = re.compile(r"\b(?:change|increase|decrease|movement|growth|decline)s?\b", re.I)


def _by_years(ctx: AnswerContext, slots: Slots, hit: RowHit, op: str) -> list[Cell] | None:
    years = sorted(set(slots.years), reverse=True)
    if op in ("change", "percent_change") and not years and NO_PERIOD_CHANGE.search(ctx.question):
        years = sorted(row_years(hit), reverse=True)  # 'the change in X' of a table of two years
    if op in ("change", "percent_change") and len(years) == 1 and _YEAR_ON_YEAR.search(ctx.question):
        years = [years[0], years[0] - 1]  # 'the year-on-year change in X in 2019': from 2018
    elif op in ("change", "percent_change") and len(years) == 1 and _within_year(slots, hit, years[0]):
        years = [years[0], years[0] - 1]  # 'by how much did X increase in 2021': over 2020, the column before
    if op in ("change", "percent_change") and len(years) == 1 and (quarters := quarter_cells(hit, years[0], ctx.question)):
        return quarters  # 'between the second and first quarter of fiscal 2019': two columns of one year
    if op == "average" and len(years) == 1 and (quarters := every_quarter(hit, years[0], ctx.question)):
        return quarters  # 'the average quarterly X in 2019': that year's four quarter columns
    if op == "average" and len(years) <= 1 and (series := quarter_series(hit, years[0] if years else None, ctx.question)):
        return series  # 'the average price in 2024' of a table of quarters: that year's quarters (all, none asked)
    if op == "average" and len(years) == 1 and (quarters := year_quarters(hit, years[0])):
        return quarters  # 'the average X in 2019' of a year given only as its four quarters: every one of them
    if op == "sum" and len(years) == 1 and (halves := half_quarters(hit, years[0], ctx.question)):
        return halves  # 'the total X in the second half of 2024': that year's third and fourth quarter columns
    if op == "sum" and len(years) == 1 and (quarters := year_quarters(hit, years[0])):
        return quarters  # 'the total X for fiscal 2023' of a table of that year's four quarters
    if len(years) == 1 and op in ("change", "percent_change", "sum", "average") \
            and (dated := date_cells(hit, years[0], ctx.question)):
        return dated  # 'from July 7, 2019 to September 29, 2019': two dated columns of one year
    if op in ("change", "percent_change"):
        if len(years) != 2:
            return None
    elif op == "average" and not years:
        years = list(dict.fromkeys(y for c in hit.table.cells if c.row == hit.row and c.value is not None
                                   and (y := year_of(c.column)) is not None))
        if len(years) < 2:
            return None
    elif op == "average" and len(years) == 1:
        years = [years[0], years[0] - 1]  # 'the 2019 average': over that year and the one before
    elif op == "average" and slots.periods and slots.periods[0].kind == "range" or op == "sum" and spans_years(slots):
        years = list(range(years[0], years[-1] - 1, -1))  # 'from 2017 to 2019': each year of the range
    elif len(years) < 2:
        return None
    cells = [period_cell(hit, year, ctx.question) for year in years]
    return None if None in cells else one_series(hit, cells)  # type: ignore[arg-type]
