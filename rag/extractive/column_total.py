"""A column's total over the rows of a table: 'the combined market share of the five companies in
the ranking' adds the share column over the table's rows (the number named must be its row count,
or 'the top N' its first N rows), each operand cited to the row that gives it."""

from __future__ import annotations

import re

from ingest.tables import Cell, Table

from ..types import Answer, AnswerContext
from .cells import TOTAL_ROW, RowHit, words
from .derivation import calculate, computed_answer, operand
from .period_cells import located
from .shape_text import citation_n

_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
# 'combined ... of the five companies', 'together ... the top three players', 'all the segments'
_ALL_ROWS = re.compile(r"\b(?:combined|together|altogether|in total|total|sum)\b.*?\b(?:the|all(?: the)?)\s+"
                       r"(?P<top>top\s+)?(?P<n>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)?\s*"
                       r"(?P<what>[a-z-]+s)\b", re.I)


def rows_asked(question: str) -> tuple[int | None, bool] | None:
    """(N, top) when the question asks a total over the rows of a list ('the five companies': 5,
    'the top three players': 3 and top), None when it names no plural of rows."""
    m = _ALL_ROWS.search(question)
    if m is None or m.group("n") is None:
        return None
    n = m.group("n").lower()
    return (int(n) if n.isdigit() else _NUMBERS[n]), bool(m.group("top"))


def column_total(ctx: AnswerContext, question: str, tables: list[tuple[int, Table]], backend: str) -> Answer | None:
    """The sum of the one column the question names over the table's N rows (its first N when 'top
    N'), each a figure; None unless exactly one table and column so answer."""
    asked = rows_asked(question)
    if asked is None:
        return None
    n, top = asked
    found = [got for i, t in tables if (got := _column_cells(t, question, n, top)) is not None]
    if len({tuple(c.text for c in cells) for _, cells in found}) != 1:
        return None
    table, cells = found[0]
    passage = next(i for i, t in tables if t is table)
    hits = [located(ctx, RowHit(passage, table, c.row, 1.0), [c]) for c in cells]
    if any(h is None for h in hits):
        return None
    result = calculate("sum", [operand(c, citation_n(ctx, hits, h)) for h, c in zip(hits, cells)])
    return computed_answer(ctx, hits, result, backend) if result is not None else None


def _column_cells(table: Table, question: str, n: int, top: bool) -> tuple[Table, list[Cell]] | None:
    """The cells of the one column whose header words the question names most, over the table's
    rows that are not totals: N of them, or the first N when 'top'."""
    asked = set(words(question))
    named = {c: len(set(words(c)) & asked) for c in table.columns}
    best = max(named.values(), default=0)
    columns = [c for c, k in named.items() if k == best]
    if best == 0 or len(columns) != 1:
        return None
    rows = [r for r in table.rows if not TOTAL_ROW.search(r.split(" › ")[-1])]
    cells = {c.row: c for c in table.cells if c.column == columns[0] and c.row in rows}
    if top:
        rows = rows[:n]
    if len(rows) != n or any(r not in cells or cells[r].value is None for r in rows):
        return None
    return table, [cells[r] for r in rows]
