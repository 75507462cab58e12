"""Answer shapes read from table cells: a figure, two periods side by side, which year is largest,
and computed figures (change, % change, average, sum, ratio, share) with their derivation. Each
answers only when every figure it shows is a cell addressed by the question's row and period;
otherwise `answer_by_cells` returns None and the sentence path answers."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import ROUND_HALF_UP, Decimal

from ingest.tables import Cell, short_columns

from .. import compute
from ..types import Answer, AnswerContext, Citation
from .cells import RowHit, best_row, cell_at, column_for, tables_of, year_columns, year_of
from .slots import Slots

# A question asking why or how (not how much): the explaining sentence answers, not a cell.
_EXPLAIN = re.compile(r"^\s*(why\b|how (is|are|was|were|does|do|did|has|have)\b(?!.*\b(much|many)\b)|"
                      r"what (is|was|were|are) the (reasons?|causes?|purpose|basis|effect|impact)\b)", re.I)
_OPS: list[tuple[str, re.Pattern]] = [
    ("percent_change", re.compile(r"\bpercent(age)?\s+(change|increase|decrease|growth|decline|rise|fall|drop)|"
                                  r"%\s*change|\bgrowth rate|\brate of (change|growth)", re.I)),
    ("average", re.compile(r"\baverage\b|\bmean\b", re.I)),
    ("share", re.compile(r"\bpercentage of\b|\bas a percent(age)? of\b|\bwhat percent of\b", re.I)),
    ("ratio", re.compile(r"\bratio\b|\bproportion\b", re.I)),
    ("sum", re.compile(r"\b(sum|combined|in total|total of|altogether)\b", re.I)),
    ("change", re.compile(r"\b(change|increase|decrease|difference|grow|growth|decline|rise|fall|drop)\b", re.I)),
]
_WHICH = re.compile(r"\bwhich (year|period)\b|\bwhat year\b", re.I)
_LOW = re.compile(r"\b(lowest|smallest|least|lower|smaller|less|fewer|fewest|minimum)\b", re.I)
_HIGH = re.compile(r"\b(largest|highest|biggest|greatest|most|larger|higher|bigger|greater|more|maximum)\b", re.I)
# 'ratio of A to B', 'proportion of A over B', 'percentage of A in B': the two rows named
_TWO_ROWS = re.compile(r"\b(?:ratio|proportion|percentage|percent|share|portion)\s+of\s+(.+?)\s+"
                       r"(?:to|over|in|of|against|divided by|as a percentage of|compared to)\s+(.+)", re.I)


def operation(question: str) -> str | None:
    """The computation a question asks for, from its words ('percentage change' before 'change')."""
    return next((name for name, cue in _OPS if cue.search(question)), None)


def answer_by_cells(ctx: AnswerContext, slots: Slots, backend: str) -> Answer | None:
    """The shaped answer when the question's slots address cells of a retrieved table, else None."""
    question = ctx.question
    which = bool(_WHICH.search(question))
    if _EXPLAIN.search(question) or not (slots.years or which):
        return None
    tables = tables_of(ctx)
    if not tables:
        return None
    op = operation(question)
    if op in ("ratio", "share"):
        return _two_rows(ctx, slots, tables, op, backend)
    hit = best_row(tables, question)
    if hit is None:
        return None
    if which:
        return _which(ctx, hit, question, backend)
    if op is not None:
        return _one_row(ctx, slots, hit, op, backend)
    return _figures(ctx, slots, hit, backend)


# -- composing ----------------------------------------------------------------------------------
def _scaled(cell: Cell) -> str:
    text = " ".join(cell.text.split()).replace("$ ", "$")
    return f"{text} {cell.scale}" if cell.scale and cell.unit != "%" else text


def _row_line(hit: RowHit) -> str:
    short = short_columns(hit.table.columns)
    cells = [c for c in hit.table.cells if c.row == hit.row]
    return f"{hit.row} — " + "; ".join(f"{short[c.column]}: {' '.join(c.text.split())}" for c in cells)


def _answer(ctx: AnswerContext, hits: list[RowHit], text: str, figure: str, shape: str, backend: str,
            derivation: dict | None = None) -> Answer:
    """One citation per passage holding a row used; `text` names them as [1], [2] in `hits` order."""
    citations: list[Citation] = []
    for h in hits:
        if all(c.chunk_id != ctx.passages[h.passage].chunk_id for c in citations):
            citations.append(Citation.from_passage(len(citations) + 1, ctx.passages[h.passage],
                                                   quote=_row_line(h), figure=figure))
    return Answer(question=ctx.question, answer=text, figure=figure, abstained=False, citations=citations,
                  backend=backend, confidence=1.0, shape=shape, derivation=derivation)


def _n(ctx: AnswerContext, hits: list[RowHit], hit: RowHit) -> int:
    ids = list(dict.fromkeys(ctx.passages[h.passage].chunk_id for h in hits))
    return ids.index(ctx.passages[hit.passage].chunk_id) + 1


# -- figure and comparison ------------------------------------------------------------------------
def _figures(ctx: AnswerContext, slots: Slots, hit: RowHit, backend: str) -> Answer | None:
    """One period: the figure with its period and row. Several: each figure with its period, cited."""
    cells = []
    for year in slots.years:
        column = column_for(hit.table, year, ctx.question)
        cell = cell_at(hit, column) if column else None
        if cell is None:
            return None
        cells.append((year, cell))
    if len(cells) == 1:
        year, cell = cells[0]
        lead = _scaled(cell)
        text = f"**{lead}** ({year}). {_row_line(hit)} [1]"
        return _answer(ctx, [hit], text, lead, "figure", backend)
    # two periods: plain figures in the lead (the scale after it), each figure cited with its year
    lead = " and ".join(" ".join(c.text.split()).replace("$ ", "$") for _, c in cells)
    scale = cells[0][1].scale if cells[0][1].unit != "%" else None
    note = f" ({scale})" if scale else ""
    each = " vs ".join(f"{_scaled(c)} in {y} [1]" for y, c in cells)
    text = f"**{lead}**{note}. {hit.row}: {each}."
    return _answer(ctx, [hit], text, lead, "comparison", backend)


def _which(ctx: AnswerContext, hit: RowHit, question: str, backend: str) -> Answer | None:
    """'In which year was X the largest?': the year first, then the figures compared."""
    columns = year_columns(hit.table, question)
    cells = [(year_of(c), cell_at(hit, c)) for c in columns]
    if len(cells) < 2 or any(c is None for _, c in cells):
        return None
    low = bool(_LOW.search(question))
    if not low and not _HIGH.search(question):
        return None
    ranked = sorted(cells, key=lambda yc: yc[1].value, reverse=not low)
    if ranked[0][1].value == ranked[1][1].value:
        return None  # a tie names no year
    year, best = ranked[0]
    others = " and ".join(f"{_scaled(c)} ({y})" for y, c in ranked[1:])
    text = f"**{year}**. {hit.row}: {_scaled(best)} in {year} vs {others} [1]"
    return _answer(ctx, [hit], text, str(year), "which", backend)


# -- computed --------------------------------------------------------------------------------------
def _tidy(c: compute.Computed) -> compute.Computed:
    """The result to two decimals at most, trailing zeros dropped (the derivation says the same)."""
    q = c.exact.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    if q == 0:
        q = abs(q)
    grouped = any(o.grouped for o in c.operands)
    s = f"{q:,.2f}" if grouped or abs(q) >= 10_000 else f"{q:.2f}"
    s = s.rstrip("0").rstrip(".") if "." in s else s
    suffix = "%" if c.text.endswith("%") else "x" if c.text.endswith("x") else ""
    text = s + suffix
    formula = c.derivation.rsplit(" = ", 1)[0]
    return replace(c, result=Decimal(s.replace(",", "")), text=text, derivation=f"{formula} = {text}")


def _shown(o: compute.Operand) -> str:
    s = f"{abs(o.value):,.{o.places}f}" if o.grouped else f"{abs(o.value):.{o.places}f}"
    return f"({s})" if o.value < 0 else s


def _computed(ctx: AnswerContext, hits: list[RowHit], c: compute.Computed, backend: str) -> Answer:
    c = _tidy(c)
    scale = f" {c.scale}" if c.scale and c.unit not in ("%", "x") else ""
    lead = f"{c.text}{scale}"
    names = {"percent_change": "percentage change", "sum": "total"}
    operands = "; ".join(f"{h.row} ({o.label}): {_shown(o)} [{_n(ctx, hits, h)}]"
                         for h, o in zip(hits, c.operands))
    text = f"**{lead}** — {names.get(c.op, c.op)}: {c.derivation}. From {operands}."
    d = c.as_dict()
    return _answer(ctx, hits, text, lead, "computed", backend, derivation=d)


def _one_row(ctx: AnswerContext, slots: Slots, hit: RowHit, op: str, backend: str) -> Answer | None:
    """Change, % change, average or sum of one row over the periods asked."""
    years = sorted(set(slots.years), reverse=True)
    if op in ("change", "percent_change"):
        if len(years) != 2:
            return None
    elif op == "average" and len(years) == 1:
        years = [years[0], years[0] - 1]  # 'the 2019 average': over that year and the one before
    elif op == "average" and slots.periods and slots.periods[0].kind == "range":
        years = list(range(years[0], years[-1] - 1, -1))
    elif len(years) < 2:
        return None
    cells = []
    for year in years:
        column = column_for(hit.table, year, ctx.question)
        cell = cell_at(hit, column) if column else None
        if cell is None:
            return None
        cells.append(compute.Operand.from_cell(cell, _n(ctx, [hit], hit)))
    try:
        if op == "change":
            result = compute.change(cells[0], cells[1])
        elif op == "percent_change":
            result = compute.percent_change(cells[0], cells[1])
        elif op == "average":
            result = compute.average(cells)
        else:
            result = compute.total(cells)
    except compute.ComputeError:
        return None
    return _computed(ctx, [hit] * len(cells), result, backend)


def _two_rows(ctx: AnswerContext, slots: Slots, tables, op: str, backend: str) -> Answer | None:
    """Ratio or share of two rows named 'of A to B' in the one period asked."""
    m = _TWO_ROWS.search(ctx.question)
    if m is None or len(set(slots.years)) != 1:
        return None
    year = slots.years[0]
    first, second = best_row(tables, m.group(1)), best_row(tables, m.group(2))
    if first is None or second is None or first.row == second.row and first.table is second.table:
        return None
    cells = []
    for hit in (first, second):
        column = column_for(hit.table, year, ctx.question)
        cell = cell_at(hit, column) if column else None
        if cell is None:
            return None
        cells.append(compute.Operand.from_cell(cell, _n(ctx, [first, second], hit)))
    try:
        result = (compute.share if op == "share" else compute.ratio)(cells[0], cells[1])
    except compute.ComputeError:
        return None
    return _computed(ctx, [first, second], result, backend)
