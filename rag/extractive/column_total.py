"""A column's total over the rows of a table: 'the combined market share of the five companies in
the ranking' adds the share column over the table's rows (the number named must be its row count,
or 'the top N' its first N rows; 'ranked 11th to 15th' the rows whose rank is in that range),
each operand cited to the row that gives it."""

from __future__ import annotations

import re

from ingest.tables import Cell, Table

from ..types import Answer, AnswerContext
from .cells import RANK_COLUMN, TOTAL_ROW, RowHit, words
from .derivation import summed_answer
from .period_cells import located
from .printed_measure import share_column

_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
# 'combined ... of the five companies', 'together ... the top three players', 'all the segments'
_ALL_ROWS = re.compile(r"\b(?:combined|together|altogether|in total|total|sum)\b.*?\b(?:the|all(?: the)?)\s+"
                       r"(?P<top>top\s+)?(?P<n>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)?\s*"
                       r"(?P<what>[a-z-]+s)\b", re.I)
# 'ranked 11th to 15th', 'ranks 11-15', 'the 11th through 15th': rows addressed by a range of ranks
_RANKS = re.compile(r"\b(?:rank(?:ed|s|ing)?\s+(?:between\s+|from\s+)?(?:no\.\s*|#)?(?P<a>\d{1,3})(?:st|nd|rd|th)?"
                    r"|(?P<b>\d{1,3})(?:st|nd|rd|th))\s*(?:to|through|thru|-|–)\s*(?:no\.\s*|#)?"
                    r"(?P<hi>\d{1,3})(?:st|nd|rd|th)?\b", re.I)


def ranks_asked(question: str) -> tuple[int, int] | None:
    """(first, last) when the question addresses rows by a range of ranks ('ranked 11th to 15th':
    (11, 15)), None otherwise or when the range is empty."""
    m = _RANKS.search(question)
    if m is None:
        return None
    lo, hi = int(m.group("a") or m.group("b")), int(m.group("hi"))
    return (lo, hi) if 0 < lo < hi else None


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
    asked, ranks = rows_asked(question), ranks_asked(question)
    if asked is None and ranks is None:
        return None
    if ranks is not None:
        found = [got for i, t in tables if (got := _ranked_cells(t, question, ranks)) is not None]
    else:
        found = [got for i, t in tables if (got := _column_cells(t, question, *asked)) is not None]
    if len({tuple(c.text for c in cells) for _, cells in found}) != 1:
        return None
    table, cells = found[0]
    carrying = [i for i, t in tables if any(t is f for f, _ in found)]
    hits = [located(ctx, RowHit(_writing(ctx, carrying, c), table, c.row, 1.0), [c]) for c in cells]
    return summed_answer(ctx, hits, cells, backend)


def _writing(ctx: AnswerContext, carrying: list[int], cell: Cell) -> int:
    """The passage carrying the table whose text writes the cell on its row's own line (a passage
    may name the row and figure in another table), else the first carrying it."""
    label = cell.row.split(" › ")[-1]
    for i in carrying:
        if any(label in line and cell.text in line for line in ctx.passages[i].chunk.text.splitlines()):
            return i
    return carrying[0]


def _named_column(table: Table, question: str, skip: str | None = None) -> str | None:
    """The one column (other than `skip`) whose header words the question names most; None on a tie or none."""
    asked = set(words(question))
    named = {c: len(set(words(c)) & asked) for c in table.columns if c != skip}
    best = max(named.values(), default=0)
    columns = [c for c, k in named.items() if k == best]
    return columns[0] if best > 0 and len(columns) == 1 else None


def _ranked_cells(table: Table, question: str, ranks: tuple[int, int]) -> tuple[Table, list[Cell]] | None:
    """The cells of the column the question names over the rows whose rank (a 'Rank' column's whole
    number) lies in the range asked; None unless every rank of the range has exactly one row."""
    rank_col = next((c for c in table.columns if RANK_COLUMN.match(c.split(" › ")[-1])), None)
    if rank_col is None or (column := _named_column(table, question, skip=rank_col)) is None:
        return None
    rank = {c.row: c.value for c in table.cells if c.column == rank_col and c.value is not None}
    cells = {c.row: c for c in table.cells if c.column == column and c.value is not None}
    lo, hi = ranks
    rows = [r for r in table.rows if r in rank and lo <= rank[r] <= hi and rank[r] == int(rank[r])]
    if sorted(rank[r] for r in rows) != list(range(lo, hi + 1)) or any(r not in cells for r in rows):
        return None
    return table, [cells[r] for r in rows]


def _column_cells(table: Table, question: str, n: int, top: bool) -> tuple[Table, list[Cell]] | None:
    """The cells of the one column whose header words the question names most, over the table's
    rows that are not totals: N of them, or the first N when 'top'."""
    column = share_column(table, question) or _named_column(table, question)  # a share asked: the one printing it
    if column is None:
        return None
    columns = [column]
    rows = [r for r in table.rows if not TOTAL_ROW.search(r.split(" › ")[-1])]
    cells = {c.row: c for c in table.cells if c.column == columns[0] and c.row in rows}
    if top:
        rows = rows[:n]
    if len(rows) != n or any(r not in cells or cells[r].value is None for r in rows):
        return None
    return table, [cells[r] for r in rows]
