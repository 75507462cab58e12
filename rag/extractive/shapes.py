"""Answer shapes read from table cells: a figure, two periods side by side, which year is largest,
and computed figures (change, % change, average, sum, ratio, share) with their derivation. Each
answers only when every figure it shows is a cell addressed by the question's row and period;
otherwise `answer_by_cells` returns None and the sentence path answers."""

from __future__ import annotations

import re
from dataclasses import replace

from ingest.tables import Cell, short_columns

from ..types import Answer, AnswerContext, Citation
from .cells import RowHit, percent_asked, words, best_row, cell_at, column_for, tables_of, year_columns, year_of
from .computed import NO_PERIOD_CHANGE, one_row, operation, row_named
from .computed_pairs import COUNT_ROWS, asks_items, count_rows, items, rows_by_year
from .slots import Slots

# A question asking why or how (not how much): the explaining sentence answers, not a cell.
_PERCENT_ASKED = re.compile(r"\bpercent(age)?\b|%|\bproportion\b|\bratio\b", re.I)
_EXPLAIN = re.compile(r"^\s*(why\b|how (is|are|was|were|does|do|did|has|have)\b(?!.*\b(much|many)\b)|"
                      r"what (is|was|were|are) the (reasons?|causes?|purpose|basis|effect|impact)\b)", re.I)
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
_YEAR_IN = re.compile(r"\b(19|20)\d{2}\b")
_BOTH = re.compile(r"\b(both|altogether|combined)\b", re.I)
_HOW_MANY = re.compile(r"\bhow many (of the )?(years|periods)\b", re.I)
_MULTIPLIER = {"thousand": 1e3, "million": 1e6, "billion": 1e9}
_SHORT_YEAR = re.compile(r"\bF(\d{2})\b")
_WHICH = re.compile(r"\bwhich (fiscal |financial )?(years?|period|fy)\b|\bwhat year\b", re.I)
# 'In which years was X calculated?': the table's years, not a ranking
_YEARS_LISTED = re.compile(r"\b(which|what) (fiscal |financial )?years\b", re.I)
_LOW = re.compile(r"\b(lowest|smallest|least|lower|smaller|less|fewer|fewest|minimum)\b", re.I)
_HIGH = re.compile(r"\b(largest|highest|biggest|greatest|most|larger|higher|bigger|greater|more|maximum)\b", re.I)


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
                                          or re.match(r"\s*how many (years|periods)\b", question, re.I)
                                          or _HOW_MANY.search(question) and _THRESHOLD.search(question)
                                          or asks_items(question)
                                          or NO_PERIOD_CHANGE.search(question) or COUNT_ROWS.search(question)):
        return None
    tables = tables_of(ctx)
    if not tables:
        return None
    if COUNT_ROWS.search(question):
        return count_rows(ctx, tables, backend)
    hit = best_row(tables, question)
    if _THRESHOLD.search(question) and (which or _HOW_MANY.search(question)):  # a condition ('more than 5 million')
        # the row is named by the words before the condition ('exceed $200,000 thousand' names none)
        hit = best_row(tables, question[:_THRESHOLD.search(question).start()]) or hit
        return _meeting(ctx, hit, question, backend) if hit is not None else None
    # 'Net average selling price': a word of the row's own label is no operation asked
    op = operation(_without_label(question, hit.row) if hit is not None else question)
    summed = op is None and len(slots.years) > 1 and "total" in words(question)
    if (op not in (None, "compound") or summed) and not which:  # a computed figure: its row by computed.row_named
        named = row_named(tables, question, not_total=summed or op == "sum")
        if named is not None:
            hit = named
            op = operation(_without_label(question, hit.row))
    if op == "compound":
        return None
    if which and _YEARS_LISTED.search(question) and not (_HIGH.search(question) or _LOW.search(question)):
        return _years(ctx, hit, tables, backend)
    if op in ("change", "sum", "ratio", "share") and not which:  # two rows or columns in one period
        got = items(ctx, slots, tables, op, backend) if len(set(slots.years)) <= 1 else None
        if got is not None or op in ("ratio", "share"):
            return got
    if hit is None or (op is not None and not which and _YEAR_IN.search(hit.row)):
        # periods as rows ('December 31, 2019 › Total'): a row per year asked
        got = rows_by_year(ctx, slots, tables, op or ("sum" if summed else ""), backend) if not which else None
        if got is not None or hit is None:
            return got
    if which:
        return _which(ctx, hit, question, backend)
    if summed and op is None and ("total" not in words(hit.row) or _BOTH.search(question)):
        op = "sum"  # 'the total X in 2018 and 2019' of a row that is not itself a total, or 'in both'
    if op is not None:
        return one_row(ctx, slots, hit, op, backend)
    return _figures(ctx, slots, hit, backend)


def _without_label(question: str, row: str) -> str:
    label = row.split(" › ")[-1]
    content = set(words(label))  # 'of', 'as' are no part of what the label names
    for w in re.findall(r"[A-Za-z]+", label):
        if words(w) and words(w)[0] in content:
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
        if len(tables) != 1:
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
