"""Computed answers read from table cells: change, percentage change (or points), average, sum, ratio
and share of the figures a question addresses, each with its derivation from cited operands. A row
is named by its label (ties broken by the label said verbatim, then by the fewest words the question
does not ask), a period by its year or by the column header the question repeats ('2021-2022',
'2018/2019', 'As reported'); two items ('the difference between A and B') are two rows in one period
or two columns of one row. Anything not addressed exactly returns None and the sentence path answers."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import ROUND_HALF_UP, Decimal

from ingest.tables import SEP, Cell, Table, short_columns

from .. import compute
from ..types import Answer, AnswerContext, Passage
from .cells import OPERATION_WORDS, RowHit, column_for, column_words, percent_asked, words, year_of
from .row_lookup import said_words
from .shape_text import _answer, _n
from .slots import Slots

_OPS: list[tuple[str, re.Pattern]] = [
    ("percent_change", re.compile(r"\bpercent(age)?\s+(change|increase|decrease|growth|decline|rise|fall|drop|difference)|"
                                  r"%\s*change|\bgrowth rate|\brate of (change|growth)", re.I)),
    ("average", re.compile(r"\baverage\b|\bmean\b", re.I)),
    ("share", re.compile(r"\bpercentage (of )?constitution\b|\bpercentage of\b|\bas a percent(age)? of\b|"
                         r"\bwhat percent of\b", re.I)),
    ("ratio", re.compile(r"\bratio\b|\bproportion\b", re.I)),
    ("sum", re.compile(r"\b(sum|combined|total of|altogether)\b|\bin total\b(?!\s+\w)", re.I)),
    ("change", re.compile(r"\b(change|increase|decrease|difference|grow|growth|decline|rise|fall|drop)\b", re.I)),
]

_CAUSE = re.compile(r"\b(due to|because|reasons?|caused?|driven by|attributable|led to|resulted? (in|from))\b", re.I)
# a change of a percentage asked in points, not relative to the first
_POINTS = re.compile(r"\bchange in (the )?percent(age)?\b|\babsolute percent(age)? change\b|\bpercentage points?\b", re.I)

# 'ratio of A to B', 'proportion of A over B', 'percentage of A in B': the two rows named
_TWO_ROWS = [re.compile(r"\b(?:ratio|proportion|percentage(?: of)? constitution|percentage|percent|share|portion)"
                        r"\s+of\s+(.+?)\s+(?:to|over|in|of|out of|among|against|divided by|compared to)\s+(.+)", re.I),
             re.compile(r"^(.+?)\s+as an? (?:proportion|percentage|share|ratio|fraction) of\s+(.+)", re.I)]

def operation(question: str) -> str | None:
    """The computation a question asks for, from its words ('percentage change' before 'change');
    'compound' when it asks for two (the change of an average): no one operation answers it."""
    if _CAUSE.search(question):  # 'what is the increase in X due to?': the explaining sentence, no figure
        return None
    if _POINTS.search(question):  # 'the change in the percentage of sales': a difference in points
        return "change"
    found = [name for name, cue in _OPS if cue.search(question)]
    if "percent_change" in found and "change" in found:
        found.remove("change")
    if "share" in found and "ratio" in found:  # 'the proportion of A as a percentage of B'
        found.remove("ratio")
    if len(found) > 1:
        return "compound"
    return found[0] if found else None


def asked_operation(slots: Slots, question: str) -> str | None:
    """`operation(question)`, found once for the question's slots (the cell path and the sentence path both ask)."""
    return slots.derived(("operation", question), lambda: operation(question))


def _tidy(c: compute.Computed) -> compute.Computed:
    """The result to two decimals at most, trailing zeros dropped (the derivation says the same)."""
    q = c.exact.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    if q == 0:
        q = abs(q)
    grouped = any(o.grouped for o in c.operands)
    s = f"{q:,.2f}" if grouped or abs(q) >= 10_000 else f"{q:.2f}"
    s = s.rstrip("0").rstrip(".") if "." in s else s
    # a change or average of percentages is in percent (points)
    suffix = "%" if c.text.endswith("%") or c.unit == "%" else "x" if c.text.endswith("x") else ""
    text = s + suffix
    formula = _formula(c.op, [_shown(o) for o in c.operands], c.years)
    return replace(c, result=Decimal(s.replace(",", "")), text=text, derivation=f"{formula} = {text}")


def _operand(cell: Cell, citation: int) -> compute.Operand:
    """A cell as an operand; a '%' unit only when the cell writes it (the checker reads what is written)."""
    if cell.value == 0 and _NIL.match(cell.text):  # a nil dash: zero, in the row's scale
        return compute.Operand(Decimal(0), 0, cell.column.split(SEP)[-1], citation, None, cell.scale, False)
    o = compute.Operand.from_cell(cell, citation)
    return replace(o, unit=None) if o.unit == "%" and "%" not in cell.text else o


def _formula(op: str, shown: list[str], years: int | None = None) -> str:
    """The arithmetic written with the operands as the table writes them ('4.00%', '(44.1)')."""
    if op == "annual_average":
        return f"({' + '.join(shown)}) / {years}"
    if op == "change":
        return f"{shown[0]} - {shown[1]}"
    if op == "percent_change":
        return f"({shown[0]} - {shown[1]}) / {shown[1]}"
    if op == "average":
        return f"({' + '.join(shown)}) / {len(shown)}"
    if op == "sum":
        return " + ".join(shown)
    if op == "average_change":  # the later (or larger) period's mean less the other's
        half = len(shown) // 2
        return " - ".join(f"({' + '.join(side)}) / {half}" for side in (shown[:half], shown[half:]))
    return f"{shown[0]} / {shown[1]}"  # ratio, share


def _shown(o: compute.Operand) -> str:
    """The operand as the table writes it: '1,496.5', '(44.1)', '4.00%'."""
    s = f"{abs(o.value):,.{o.places}f}" if o.grouped else f"{abs(o.value):.{o.places}f}"
    s = f"{s}%" if o.unit == "%" else s
    return f"({s})" if o.value < 0 else s


def computed_answer(ctx: AnswerContext, hits: list[RowHit], c: compute.Computed, backend: str) -> Answer:
    """The result and its derivation in the lead, then each operand with its row, period and citation."""

    c = _tidy(c)
    scale = f" {c.scale}" if c.scale and c.unit not in ("%", "x") else ""
    lead = f"{c.text}{scale}"
    names = {"percent_change": "percentage change", "sum": "total", "average_change": "change of the average",
             "annual_average": "annual average"}
    operands = "; ".join(f"{h.row} ({o.label}): {_shown(o)} [{_n(ctx, hits, h)}]"
                         for h, o in zip(hits, c.operands))
    text = f"**{lead}** — {names.get(c.op, c.op)}: {c.derivation}. From {operands}."
    d = c.as_dict()
    return _answer(ctx, hits, text, lead, "computed", backend, derivation=d)


# -- addressing ----------------------------------------------------------------------------------
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
# a column of changes ('% Change 2018 to 2019', '2019 over 2018') names a year but is no year's figure;
# '% of Total', '% of revenue' is a share of the year, not a change
_CHANGE_COLUMN = re.compile(r"\bchange|%(?!\s*of\b)|\bincrease|\bdecrease|\bvariance|\bgrowth|\bover\b", re.I)


# the figure asked is itself a percentage of something ('the percent of total sales from APAC')
_PERCENT_OF = re.compile(r"\b(?:percent(?:age)?|%|proportion|share)\s+of\b", re.I)


# a dash a table writes for a figure ('—', '–', '-', '$—'): nil, the figure is zero
_NIL = re.compile(r"^\s*\$?\s*[—–-]\s*$")


def _nil_as_zero(cell: Cell) -> Cell:
    """A nil dash cell as the figure 0, the text kept as the table writes it for the checker."""
    return replace(cell, value=0.0) if cell.value is None and _NIL.match(cell.text) else cell


def period_cell(hit: RowHit, year: int, question: str) -> Cell | None:
    """The row's figure for `year`: among columns naming that year, not a change column, not a
    percentage when an amount is asked, then the one whose other header words the question names;
    a nil dash is 0 when the row gives a figure in another period."""
    row = [_nil_as_zero(c) for c in hit.table.cells if c.row == hit.row]
    if all(c.value is None or c.value == 0 and _NIL.match(c.text) for c in row):
        return None  # a row of dashes only gives no figure to compute with
    cells = [c for c in row if c.value is not None and year_of(c.column) == year]
    if len(cells) > 1:
        one = [c for c in cells if len(set(_YEAR.findall(c.column))) <= 1 and not _CHANGE_COLUMN.search(c.column)]
        cells = one or cells
    if len(cells) > 1 and not percent_asked(question):
        cells = [c for c in cells if c.unit != "%"] or cells
    elif len(cells) > 1 and _PERCENT_OF.search(question) and operation(question) != "percent_change":
        cells = [c for c in cells if c.unit == "%"] or cells  # 'the percent of total sales': the % column
    if len(cells) > 1:
        column = column_for(Table(None, [c.column for c in cells], [hit.row]), year, question, hit.row)
        cells = [c for c in cells if c.column == column]
    return cells[0] if len(cells) == 1 else None


def named_columns(hit: RowHit, question: str) -> list[Cell]:
    """The row's cells in the columns whose headers the question repeats ('from 2020 to 2021-2022',
    'in 2018/2019 from 2017/2018'), in the question's order; a longer header wins over a year in it."""
    short = short_columns(hit.table.columns)
    said = said_words(question)
    found = []
    for c in hit.table.cells:
        if c.row != hit.row or c.value is None:
            continue
        label = said_words(short.get(c.column, c.column))
        if label.strip() and label in said:
            found.append((said.index(label), -len(label), c))
    found.sort(key=lambda f: (f[0], f[1]))
    out, end = [], -1
    for start, neg_len, c in found:
        if start >= end:  # no overlap with a longer header already taken
            out.append(c)
            end = start - neg_len - 1
    return out


def column_by_own_words(hit: RowHit, question: str) -> Cell | None:
    """The row's cell in the one column whose own header words (those no other column's header has)
    the question all says: 'at the end of the period' names 'Balance at End of Period' beside
    'Balance at Beginning of Period'; None when no column, or more than one, is so named."""
    heads = {c: set(words(c)) for c in hit.table.columns}  # whole header paths: a top row's words count
    asked = set(words(question))
    found = []
    for c in hit.table.cells:
        if c.row != hit.row or c.value is None:
            continue
        others = set().union(*(h for k, h in heads.items() if k != c.column))
        own = heads.get(c.column, set()) - others
        if own and own <= asked:
            found.append(c)
    return found[0] if len(found) == 1 else None


def located(ctx: AnswerContext, hit: RowHit, cells: list[Cell]) -> RowHit | None:
    """The hit in a retrieved passage whose text writes the row and these cells (a passage may carry
    a whole table but show only some of its rows): the figure checker reads the cited text."""
    label = " ".join(hit.row.split(SEP)[-1].split())
    wanted = [" ".join(c.text.split()) for c in cells]
    order = [hit.passage] + [i for i in range(len(ctx.passages)) if i != hit.passage]
    for i in order:
        text = " ".join(ctx.passages[i].chunk.text.split())
        if label in text and all(w in text for w in wanted):
            return replace(hit, passage=i)
    return _sibling(ctx, hit, label, wanted)


def _sibling(ctx: AnswerContext, hit: RowHit, label: str, wanted: list[str]) -> RowHit | None:
    """A table longer than a chunk is split over chunks of its report: a row no retrieved passage
    writes is read from the chunk of the same report (and page) that writes it and its cells, added
    to the passages so the answer cites it; None when no chunk writes it."""
    snap, own = ctx.snapshot, ctx.passages[hit.passage].chunk
    if snap is None or not hasattr(snap, "chunks") or not isinstance(ctx.passages, list):
        return None
    def of_doc() -> list:
        return [c for c in snap.chunks if c.doc_id == own.doc_id and c.tables_json]
    chunks = snap.derived(("table_chunks", own.doc_id), of_doc) if hasattr(snap, "derived") else of_doc()
    found = [c for c in chunks if c.page == own.page and label in (text := " ".join(c.text.split()))
             and all(w in text for w in wanted)]
    if not found:
        return None
    ctx.passages.append(Passage(found[0], 0.0))
    return replace(hit, passage=len(ctx.passages) - 1)


def _compute(op: str, operands: list[compute.Operand]) -> compute.Computed | None:
    try:
        if op == "change":
            return compute.change(operands[0], operands[1])
        if op == "percent_change":
            return compute.percent_change(operands[0], operands[1])
        if op == "average":
            return compute.average(operands)
        if op == "sum":
            return compute.total(operands)
        if op == "share":  # a part's share of a whole is of their sizes: a deduction '(111)' is 111 of it
            return compute.share(*[replace(o, value=abs(o.value)) for o in operands])
        return compute.ratio(operands[0], operands[1])
    except (compute.ComputeError, IndexError):
        return None


# 'What was the change in X?' with no period: the change between the only two years the table gives
NO_PERIOD_CHANGE = re.compile(r"^\s*(what|how much) (is|was|were) the (percentage |absolute )?"
                              r"(change|increase|decrease|growth|decline)\b", re.I)


def _row_years(hit: RowHit) -> list[int]:
    """The years of the row's figures, change columns ('Change (%)', '2019 vs 2018') left out."""
    return list(dict.fromkeys(y for c in hit.table.cells if c.row == hit.row and c.value is not None
                              and len(set(_YEAR.findall(c.column))) <= 1 and not _CHANGE_COLUMN.search(c.column)
                              and (y := year_of(c.column)) is not None))


# -- one row over periods --------------------------------------------------------------------------
def one_row(ctx: AnswerContext, slots: Slots, hit: RowHit, op: str, backend: str) -> Answer | None:
    """Change, % change, average or sum of one row over the periods asked: the years, or the column
    headers the question repeats ('2021-2022'); a change is the later period minus the earlier."""
    own = _change_said(hit, ctx.question) if op in ("change", "percent_change") else None
    if own is not None:  # 'the change (%) for X': the report's own change column, as the question names it
        located_hit = located(ctx, hit, [own])
        if located_hit is not None:
            text = f"**{' '.join(own.text.split())}** ({_short(hit, own)}). {hit.row.split(SEP)[-1]} [1]"
            return _answer(ctx, [located_hit], text, " ".join(own.text.split()), "figure", backend)
    annual = _annual_cells(hit, slots, ctx.question) if op == "average" else None
    if annual is not None:  # 'the average annual X for 2020-2024' over columns '2020', '2021-2022', '2023-2024'
        cells, years = annual
        hit = located(ctx, hit, cells)
        if hit is None:
            return None
        n = _n(ctx, [hit], hit)
        try:
            result = compute.annual_average([_operand(c, n) for c in cells], years)
        except compute.ComputeError:
            return None
        return computed_answer(ctx, [hit] * len(cells), result, backend)
    cells = _by_years(ctx, slots, hit, op)
    if cells is None:
        named = named_columns(hit, ctx.question)
        if len(named) < 2 or op in ("change", "percent_change") and len(named) != 2:
            return None
        if op in ("change", "percent_change"):
            order = [year_of(c.column) for c in named]
            if None not in order and order[0] < order[1]:
                named = named[::-1]  # 'from 2020 to 2021-2022': the later period first
        cells = named
    hit = located(ctx, hit, cells)
    if hit is None:
        return None
    n = _n(ctx, [hit], hit)
    result = _compute(op, [_operand(c, n) for c in cells])
    if result is None:
        return None
    answer = computed_answer(ctx, [hit] * len(cells), result, backend)
    own = _reported(hit, cells, result) if op in ("change", "percent_change") else None
    return _as_reported(answer, hit, own, n) if own is not None else answer


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
             and _CHANGE_COLUMN.search(head := " ".join(_short(hit, c).lower().split())) and "%" in head
             and head in said]
    return found[0] if len(found) == 1 else None


def _short(hit: RowHit, cell: Cell) -> str:
    return short_columns(hit.table.columns).get(cell.column, cell.column)


def _reported(hit: RowHit, cells: list[Cell], result: compute.Computed) -> Cell | None:
    """A change column of the row that states this result at its own precision ('191%' for 190.86%)."""
    used = {c.column for c in cells}
    for c in hit.table.cells:
        if c.row != hit.row or c.value is None or c.column in used or not _CHANGE_COLUMN.search(c.column):
            continue
        if (c.unit == "%") != (result.unit == "%"):
            continue
        try:
            value, places, _ = compute._parse(c.text)
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
            spans.append((start, end, _nil_as_zero(c)))
    spans.sort(key=lambda s: s[0])
    if not spans or any(c.value is None for _, _, c in spans) or all(a == b for a, b, _ in spans):
        return None
    expected = first
    for start, end, _ in spans:
        if start != expected:
            return None  # a gap or an overlap: the columns do not tile the range
        expected = end + 1
    return ([c for _, _, c in spans], last - first + 1) if expected == last + 1 else None


def _by_years(ctx: AnswerContext, slots: Slots, hit: RowHit, op: str) -> list[Cell] | None:
    years = sorted(set(slots.years), reverse=True)
    if op in ("change", "percent_change") and not years and NO_PERIOD_CHANGE.search(ctx.question):
        years = sorted(_row_years(hit), reverse=True)  # 'the change in X' of a table of two years
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
    elif op == "average" and slots.periods and slots.periods[0].kind == "range":
        years = list(range(years[0], years[-1] - 1, -1))
    elif len(years) < 2:
        return None
    cells = [period_cell(hit, year, ctx.question) for year in years]
    return None if None in cells else cells  # type: ignore[return-value]
