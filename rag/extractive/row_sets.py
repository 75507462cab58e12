"""Sets of table rows a question asks for: the rows that add up to the row it names ('what are the
components of profit from continuing operations?' when that is a row, not a heading), and the rows
whose figure in one year meets a condition ('how many segments in 2019 were above $50 million?')."""

from __future__ import annotations

import re

from ingest.tables import SEP, Table

from ..types import Answer, AnswerContext
from .cells import RowHit, _row_score, column_for, percent_asked, words
from .shape_text import _answer, _scaled

_TOTAL_ROW = re.compile(r"^\s*(total|net total|grand total|subtotal)\b", re.I)
# 'how many segments in 2019 were above ...' (not 'how many years did X exceed ...')
HOW_MANY_ROWS = re.compile(r"^\s*how many\b(?!\s+(of the\s+)?(fiscal\s+|financial\s+)?(years|periods)\b)", re.I)


def _places(text: str) -> int:
    m = re.search(r"\.(\d+)", text)
    return len(m.group(1)) if m else 0


def addends(table: Table, index: int) -> list[str]:
    """The fewest rows (at least two) directly above row `index` whose figures add up to its figures
    in every column it fills, to the rounding of the figures (one unit of the last place per row
    added beyond the first); [] when no such run exists."""
    rows = table.rows
    cells = {(c.row, c.column): c for c in table.cells if c.value is not None}
    own = {col: cells[(rows[index], col)] for col in table.columns if (rows[index], col) in cells}
    if not own:
        return []
    for k in range(2, index + 1):
        run = rows[index - k:index]
        if any(not any((r, col) in cells for col in table.columns) for r in run):
            return []  # a heading or an empty row: the run stops there
        ok = True
        for col, cell in own.items():
            found = [cells[(r, col)].value for r in run if (r, col) in cells]
            if not found or abs(sum(found) - cell.value) > 10 ** -_places(cell.text) * (k - 1) + 1e-9 * abs(cell.value):
                ok = False
                break
        if ok:
            return run
    return []


def summed_components(ctx: AnswerContext, question: str, tables, asked: set[str], backend: str) -> Answer | None:
    """The rows that add up to the one row the question names (best named; rows as well named must
    agree), listed by their labels and cited."""
    found = []
    for passage, table in tables:
        for i, row in enumerate(table.rows):
            score = _row_score(row, asked)
            if score is None:
                continue
            run = addends(table, i)
            if run:
                found.append((score, passage, table, row, run))
    if not found:
        return None
    best = max(f[0] for f in found)
    top = [f for f in found if f[0] == best]
    if len({tuple(r.split(SEP)[-1] for r in f[4]) for f in top}) != 1:
        return None
    _, passage, table, row, run = top[0]
    labels = [r.split(SEP)[-1] for r in run]
    lead = ", ".join(labels[:-1]) + f" and {labels[-1]}"
    hit = RowHit(passage, table, row, best)
    text = f"**{lead}**. {row.split(SEP)[-1]} adds up: " + "; ".join(labels) + " [1]"
    return _answer(ctx, [hit], text, lead, "list", backend)


_THRESHOLD = re.compile(r"\b(than|over|under|above|below|exceed\w*)\s*\$?\s*(\d[\d,]*(?:\.\d+)?)\s*(%)?\s*"
                        r"(thousands?|millions?|billions?)?", re.I)
_BELOW = re.compile(r"\b(less|lower|fewer|smaller|under|below)\b", re.I)
_MULTIPLIER = {"thousand": 1e3, "million": 1e6, "billion": 1e9}


def rows_meeting(ctx: AnswerContext, tables, question: str, year: int, backend: str) -> Answer | None:
    """'How many X in 2019 were above $50 million?': the rows (totals left out; the rows under the
    heading the question names, when it names one) whose figure in that year's column meets the
    condition, counted; the count is checked like any computed figure."""
    m = _THRESHOLD.search(question)
    if m is None:
        return None
    limit = float(m.group(2).replace(",", ""))
    below = bool(_BELOW.search(question[:m.end()]))
    asked = set(words(question))
    for passage, table in tables:
        column = column_for(table, year, question)
        if column is None:
            continue
        rows = [r for r in table.rows if not _TOTAL_ROW.match(r.split(SEP)[-1])]
        headed = [r for r in rows if SEP in r and (p := set(words(r.split(SEP)[0]))) and p <= asked]
        rows = headed or rows
        cells = [c for r in rows for c in table.cells if c.row == r and c.column == column and c.value is not None]
        if len(cells) < 2 or any((c.unit == "%") != bool(m.group(3) or percent_asked(question)) for c in cells):
            continue
        asked_scale, own = _MULTIPLIER.get((m.group(4) or "").lower().rstrip("s")), _MULTIPLIER.get(cells[0].scale or "")
        bound = limit * asked_scale / own if asked_scale and own else limit
        met = [c for c in cells if (c.value < bound if below else c.value > bound)]
        if not met:
            return None
        hit = RowHit(passage, table, cells[0].row, 0.0)
        derivation = {"op": "count", "operands": [{"value": c.text, "citation": 1} for c in met], "result": str(len(met))}
        names = ", ".join(c.row.split(SEP)[-1] for c in met)
        figures = "; ".join(f"{c.row.split(SEP)[-1]}: {_scaled(c)}" for c in cells)
        text = f"**{len(met)}** ({names}). {year} — {figures} [1]"
        return _answer(ctx, [hit], text, str(len(met)), "computed", backend, derivation=derivation)
    return None


# 'What was the revenue and net income in 2019 (respectively)?': two rows, one period
_TWO_ROWS = re.compile(r"^\s*what (?:was|were|is|are) (?:the )?(?:respective (?:values of )?)?(?P<a>.+?),?\s+and\s+(?:the\s+)?"
                       r"(?P<b>.+?)\s+(?:in|for|as of|at|during)\s+(?:the\s+)?(?:fiscal\s+|financial\s+|fy\s*)?(?:year\s+)?"
                       r"(?:19|20)\d{2}\b(?:\s+respectively)?\s*\??\s*$", re.I)


def two_rows(ctx: AnswerContext, question: str, tables, year: int, backend: str) -> Answer | None:
    """'What was A and B in 2019?': the two rows' figures in that year, in the question's order; None
    when a label itself holds 'and' as the question writes it ('Cash and cash equivalents'), or
    either side names no one row."""
    from .computed import period_cell, row_named

    m = _TWO_ROWS.search(question)
    if m is None:
        return None
    said = " ".join(re.findall(r"[a-z0-9]+", question.lower()))
    for _, table in tables:
        for row in table.rows:
            label = " ".join(re.findall(r"[a-z0-9]+", row.split(SEP)[-1].lower()))
            if " and " in f" {label} " and label in said:
                return None
    a, b = m.group("a"), m.group("b")
    tail = " ".join(b.split()[1:])  # 'Fixed Price and Other sales': 'sales' is said of both
    first = row_named(tables, a) or (row_named(tables, f"{a} {tail}") if tail else None)
    second = row_named(tables, b)
    if first is None or second is None or (first.row, id(first.table)) == (second.row, id(second.table)):
        return None
    cells = [period_cell(h, year, question) for h in (first, second)]
    if None in cells:
        return None
    if not percent_asked(question) and any(c.unit == "%" for c in cells):
        return None
    hits = [first, second]
    lead = " and ".join(" ".join(c.text.split()).replace("$ ", "$") for c in cells)
    each = "; ".join(f"{h.row.split(SEP)[-1]}: {_scaled(c)}" for h, c in zip(hits, cells))
    text = f"**{lead}** ({year}). {each} [1]"
    return _answer(ctx, hits, text, lead, "comparison", backend)
