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
from .cells import RowHit, percent_asked, words, best_row, cell_at, column_for, tables_of, year_columns, year_of
from .slots import Slots

# A question asking why or how (not how much): the explaining sentence answers, not a cell.
_PERCENT_ASKED = re.compile(r"\bpercent(age)?\b|%|\bproportion\b|\bratio\b", re.I)
_EXPLAIN = re.compile(r"^\s*(why\b|how (is|are|was|were|does|do|did|has|have)\b(?!.*\b(much|many)\b)|"
                      r"what (is|was|were|are) the (reasons?|causes?|purpose|basis|effect|impact)\b)", re.I)
_OPS: list[tuple[str, re.Pattern]] = [
    ("percent_change", re.compile(r"\bpercent(age)?\s+(change|increase|decrease|growth|decline|rise|fall|drop)|"
                                  r"%\s*change|\bgrowth rate|\brate of (change|growth)", re.I)),
    ("average", re.compile(r"\baverage\b|\bmean\b", re.I)),
    ("share", re.compile(r"\bpercentage (of )?constitution\b|\bpercentage of\b|\bas a percent(age)? of\b|"
                         r"\bwhat percent of\b", re.I)),
    ("ratio", re.compile(r"\bratio\b|\bproportion\b", re.I)),
    ("sum", re.compile(r"\b(sum|combined|total of|altogether)\b|\bin total\b(?!\s+\w)", re.I)),
    ("change", re.compile(r"\b(change|increase|decrease|difference|grow|growth|decline|rise|fall|drop)\b", re.I)),
]
# 'What are the components of X?', 'What financial items are listed in the table?'
_LIST = re.compile(r"^\s*(what|which)(\s+(are|were|is|was))?(\s+the)?(\s+(?!has\b|have\b|had\b|did\b|does\b)[\w-]+){0,2}?\s+(components?|items|types|"
                   r"categories|elements|segments|countries|regions)\b", re.I)
_LIST_WORDS = frozenset(words("components items types categories elements segments countries regions financial "
                              "listed table consist comprise making up considered calculating calculation"))
_IN_TABLE = re.compile(r"\b(in|from) the table\b", re.I)
_TOTAL_ROW = re.compile(r"^\s*(total|net total|grand total|subtotal)\b", re.I)
# 'What is the average X?': over every year the table gives
_AVERAGE_ALL = re.compile(r"^\s*what (is|was|were) the average\b", re.I)
# 'less than 140 million', 'exceed $5,000 million': a condition on the figures, not a ranking
_THRESHOLD = re.compile(r"\b(than|over|under|above|below|exceed\w*)\s*\$?\s*(\d[\d,]*(?:\.\d+)?)\s*%?\s*"
                        r"(thousands?|millions?|billions?)?", re.I)
_BELOW = re.compile(r"\b(less|lower|fewer|smaller|under|below)\b", re.I)
_HOW_MANY = re.compile(r"^\s*how many (years|periods)\b", re.I)
_MULTIPLIER = {"thousand": 1e3, "million": 1e6, "billion": 1e9}
_SHORT_YEAR = re.compile(r"\bF(\d{2})\b")
_DIFFERENCE = re.compile(r"\bdifference between\b", re.I)
_WHICH = re.compile(r"\bwhich (fiscal |financial )?(years?|period|fy)\b|\bwhat years?\b", re.I)
# 'In which years was X calculated?': the table's years, not a ranking
_YEARS_LISTED = re.compile(r"\b(which|what) (fiscal |financial )?years\b", re.I)
_LOW = re.compile(r"\b(lowest|smallest|least|lower|smaller|less|fewer|fewest|minimum)\b", re.I)
_HIGH = re.compile(r"\b(largest|highest|biggest|greatest|most|larger|higher|bigger|greater|more|maximum)\b", re.I)
# 'ratio of A to B', 'proportion of A over B', 'percentage of A in B': the two rows named
_TWO_ROWS = [re.compile(r"\b(?:ratio|proportion|percentage(?: of)? constitution|percentage|percent|share|portion)"
                        r"\s+of\s+(.+?)\s+(?:to|over|in|of|among|against|divided by|compared to)\s+(.+)", re.I),
             re.compile(r"^(.+?)\s+as an? (?:proportion|percentage|share|ratio|fraction) of\s+(.+)", re.I)]


def operation(question: str) -> str | None:
    """The computation a question asks for, from its words ('percentage change' before 'change');
    'compound' when it asks for two (the change of an average): no one operation answers it."""
    found = [name for name, cue in _OPS if cue.search(question)]
    if "percent_change" in found and "change" in found:
        found.remove("change")
    if "share" in found and "ratio" in found:  # 'the proportion of A as a percentage of B'
        found.remove("ratio")
    if len(found) > 1:
        return "compound"
    return found[0] if found else None


def answer_by_cells(ctx: AnswerContext, slots: Slots, backend: str) -> Answer | None:
    """The shaped answer when the question's slots address cells of a retrieved table, else None."""
    question = ctx.question
    short = [2000 + int(y) for y in _SHORT_YEAR.findall(question) if 2000 + int(y) not in slots.years]
    if short:  # 'F19 and F18': the fiscal years the table heads its columns with
        slots = replace(slots, years=slots.years + tuple(dict.fromkeys(short)))
    if _LIST.search(question) and not slots.years:
        return _components(ctx, question, tables_of(ctx), backend)
    which = bool(_WHICH.search(question))
    if _EXPLAIN.search(question) or not (slots.years or which or _AVERAGE_ALL.search(question)
                                          or _HOW_MANY.search(question)):
        return None
    tables = tables_of(ctx)
    if not tables:
        return None
    hit = best_row(tables, question)
    if _THRESHOLD.search(question):  # a condition on the figures ('more than 5 million')
        return _meeting(ctx, hit, question, backend) if hit is not None else None
    # 'Net average selling price': a word of the row's own label is no operation asked
    op = operation(_without_label(question, hit.row) if hit is not None else question)
    if op == "compound":
        return None
    if which and _YEARS_LISTED.search(question) and not (_HIGH.search(question) or _LOW.search(question)):
        return _years(ctx, hit, tables, backend)
    if op in ("ratio", "share") and not which:
        return _two_rows(ctx, slots, tables, op, backend)
    if hit is None:
        return None
    if which:
        return _which(ctx, hit, question, backend)
    if op is None and len(slots.years) > 1 and "total" in words(question) and "total" not in words(hit.row):
        op = "sum"  # 'the total X in 2018 and 2019' of a row that is not itself a total
    if op is not None:
        return _one_row(ctx, slots, hit, op, backend)
    return _figures(ctx, slots, hit, backend)


def _without_label(question: str, row: str) -> str:
    label = row.split(" › ")[-1]
    for w in re.findall(r"[A-Za-z]+", label):
        question = re.sub(rf"\b{re.escape(w)}\b", " ", question, flags=re.I)
    return question


# -- composing ----------------------------------------------------------------------------------
# A row of per-unit figures ('per share', '(cents)'): the table's scale is not theirs.
_PER_UNIT = re.compile(r"\bper (share|unit|employee|ordinary share)\b|\(\s*(cents|pence|p)\s*\)|\bcents\b", re.I)


def _scaled(cell: Cell) -> str:
    text = " ".join(cell.text.split()).replace("$ ", "$")
    plain = cell.unit == "%" or _PER_UNIT.search(cell.row)
    return f"{text} {cell.scale}" if cell.scale and not plain else text


def _period(hit: RowHit, cell: Cell) -> str:
    """The cell's column as the table heads it ('2019', 'FY19'), without the parts all columns share."""
    return short_columns(hit.table.columns).get(cell.column, cell.column)


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
    if not cells:
        return None  # no period asked: no cell to read
    if _PERCENT_ASKED.search(ctx.question) and any(c.unit != "%" for _, c in cells):
        return None  # a share or rate asked, a money cell found: not this figure
    if not percent_asked(ctx.question) and any(c.unit == "%" for _, c in cells):
        return None  # an amount asked, a percentage found
    if len(cells) == 1:
        year, cell = cells[0]
        lead = _scaled(cell)
        text = f"**{lead}** ({_period(hit, cell)}). {_row_line(hit)} [1]"
        return _answer(ctx, [hit], text, lead, "figure", backend)
    # two periods: plain figures in the lead (the scale after it), each figure cited with its year
    lead = " and ".join(" ".join(c.text.split()).replace("$ ", "$") for _, c in cells)
    scale = cells[0][1].scale if cells[0][1].unit != "%" else None
    note = f" ({scale})" if scale else ""
    each = " vs ".join(f"{_scaled(c)} in {_period(hit, c)} [1]" for _, c in cells)
    text = f"**{lead}**{note}. {hit.row}: {each}."
    return _answer(ctx, [hit], text, lead, "comparison", backend)


def _years(ctx: AnswerContext, hit: RowHit | None, tables, backend: str) -> Answer | None:
    """'In which years was X calculated?': the years the table's columns give, cited."""
    if hit is None:
        # one table, or the pieces of one (every retrieved table heads the same years)
        if len({tuple(sorted({y for c in t.columns if (y := year_of(c)) is not None})) for _, t in tables}) != 1:
            return None
        passage, table = tables[0]
        hit = RowHit(passage, table, table.rows[0] if table.rows else "", 0.0)
    years = list(dict.fromkeys(y for c in hit.table.columns if (y := year_of(c)) is not None))
    if len(years) < 2:
        return None
    listed = ", ".join(str(y) for y in years[:-1]) + f" and {years[-1]}"
    text = f"**{listed}**. The table gives {hit.table.columns and ', '.join(short_columns(hit.table.columns).values())} [1]"
    return _answer(ctx, [hit], text, listed, "list", backend)


def _components(ctx: AnswerContext, question: str, tables, backend: str) -> Answer | None:
    """The row labels under the heading the question names (a parent row, or a column group), or
    every row of the one table 'in the table'; totals are not components."""
    asked = set(words(question)) - _LIST_WORDS
    for passage, table in tables:
        groups: dict[str, list[str]] = {}
        for row in table.rows:
            parts = row.split(" › ")
            groups.setdefault(parts[0] if len(parts) > 1 else "", []).append(parts[-1])
        named = [g for g in groups if g and set(words(g)) and set(words(g)) <= asked]
        if not named and any(set(words(p)) and set(words(p)) <= asked for c in table.columns for p in c.split(" › ")):
            named = [""]  # a column group ('Continuing Operations') spans every row
        if not named and len(tables) == 1 and _IN_TABLE.search(question):
            named = [""] if "" in groups else list(groups)
        if len(named) != 1:
            continue
        labels = [label for label in groups.get(named[0], []) if not _TOTAL_ROW.match(label)]
        if named[0] == "" and not groups.get(""):
            labels = [r.split(" › ")[-1] for r in table.rows if not _TOTAL_ROW.match(r.split(" › ")[-1])]
        # footnote marks ('Incentive schemes1', '(2)') are no part of a name; 'Row 4' has none
        labels = [re.sub(r"\s*\(\d+\)$|(?<=[a-z])\d+$", "", label) for label in dict.fromkeys(labels)
                  if not re.fullmatch(r"Row \d+", label)]
        if len(labels) < 2:
            continue
        hit = RowHit(passage, table, table.rows[0], 0.0)
        lead = ", ".join(labels[:-1]) + f" and {labels[-1]}"
        text = f"**{lead}**. {named[0] or 'The table'} lists: " + "; ".join(labels) + " [1]"
        return _answer(ctx, [hit], text, lead, "list", backend)
    return None


def _meeting(ctx: AnswerContext, hit: RowHit, question: str, backend: str) -> Answer | None:
    """'In which years was X less than 100 million?' / 'How many years did X exceed 5,000?': the years
    whose cell meets the condition (or their count), then every year's figure, cited."""
    m = _THRESHOLD.search(question)
    if m is None or not (_WHICH.search(question) or _HOW_MANY.search(question)):
        return None
    columns = year_columns(hit.table, question)
    cells = [(year_of(c), cell_at(hit, c)) for c in columns]
    if len(cells) < 2 or any(c is None for _, c in cells):
        return None
    limit = float(m.group(2).replace(",", ""))
    asked = _MULTIPLIER.get((m.group(3) or "").lower().rstrip("s"))
    own = _MULTIPLIER.get(cells[0][1].scale or "")
    if asked and own:
        limit *= asked / own  # '100 million' against a table in thousands
    below = bool(_BELOW.search(question[:m.end()]))
    years = [y for y, c in cells if (c.value < limit if below else c.value > limit)]
    if not years:
        return None
    figures = "; ".join(f"{y}: {_scaled(c)}" for y, c in cells)
    if _HOW_MANY.search(question):  # a count of the cells that meet it, checked like any computed figure
        met = [c for y, c in cells if y in years]
        derivation = {"op": "count", "operands": [{"value": c.text, "citation": 1} for c in met],
                      "result": str(len(met))}
        text = f"**{len(met)}** ({' and '.join(str(y) for y in years)}). {hit.row} — {figures} [1]"
        return _answer(ctx, [hit], text, str(len(met)), "computed", backend, derivation=derivation)
    lead = " and ".join(str(y) for y in years)
    text = f"**{lead}**. {hit.row} — {figures} [1]"
    return _answer(ctx, [hit], text, lead, "which", backend)


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
    # a change or average of percentages is in percent (points)
    suffix = "%" if c.text.endswith("%") or c.unit == "%" else "x" if c.text.endswith("x") else ""
    text = s + suffix
    formula = _formula(c.op, [_shown(o) for o in c.operands])
    return replace(c, result=Decimal(s.replace(",", "")), text=text, derivation=f"{formula} = {text}")


def _operand(cell: Cell, citation: int) -> compute.Operand:
    """A cell as an operand; a '%' unit only when the cell writes it (the checker reads what is written)."""
    o = compute.Operand.from_cell(cell, citation)
    return replace(o, unit=None) if o.unit == "%" and "%" not in cell.text else o


def _formula(op: str, shown: list[str]) -> str:
    """The arithmetic written with the operands as the table writes them ('4.00%', '(44.1)')."""
    if op == "change":
        return f"{shown[0]} - {shown[1]}"
    if op == "percent_change":
        return f"({shown[0]} - {shown[1]}) / {shown[1]}"
    if op == "average":
        return f"({' + '.join(shown)}) / {len(shown)}"
    if op == "sum":
        return " + ".join(shown)
    return f"{shown[0]} / {shown[1]}"  # ratio, share


def _shown(o: compute.Operand) -> str:
    """The operand as the table writes it: '1,496.5', '(44.1)', '4.00%'."""
    s = f"{abs(o.value):,.{o.places}f}" if o.grouped else f"{abs(o.value):.{o.places}f}"
    s = f"{s}%" if o.unit == "%" else s
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
        if _DIFFERENCE.search(ctx.question):
            years = list(dict.fromkeys(slots.years))  # 'the difference between A and B': A - B
    elif op == "average" and not years:
        years = [y for c in year_columns(hit.table, ctx.question) if (y := year_of(c)) is not None]
        if len(years) < 2:
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
        cells.append(_operand(cell, _n(ctx, [hit], hit)))
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
    m = next((m for rx in _TWO_ROWS if (m := rx.search(ctx.question))), None)
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
        cells.append(_operand(cell, _n(ctx, [first, second], hit)))
    try:
        if op == "share":  # a part's share of a whole is of their sizes: a deduction '(111)' is 111 of it
            result = compute.share(*[replace(o, value=abs(o.value)) for o in cells])
        else:
            result = compute.ratio(cells[0], cells[1])
    except compute.ComputeError:
        return None
    return _computed(ctx, [first, second], result, backend)
