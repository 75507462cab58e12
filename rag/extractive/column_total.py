"""A column's total over the rows of a table: 'the combined market share of the five companies in
the ranking' adds the share column over the table's rows (the number named must be its row count,
or 'the top N' its first N rows; 'ranked 11th to 15th' the rows whose rank is in that range),
each operand cited to the row that gives it."""

from __future__ import annotations

import re

from ingest.tables import Cell, Table

from ..number_words import cardinals
from ..types import Answer, AnswerContext
from .cells import RANK_COLUMN, TOTAL_ROW, RowHit, words
from .derivation import summed_answer
from .period_cells import located
from .printed_measure import share_column
from .residual_rows import OTHERS_LED, residual

_NUMBERS = cardinals(2, 10)
# 'combined ... of the five companies', 'together ... the top three players', 'all the segments'
_ALL_ROWS = re.compile(r"\b(?:combined|together|altogether|in total|total|sum)\b.*?\b(?:the|all(?: the)?)\s+"
                       r"(?P<top>top\s+)?(?P<n>\d{1,2}|" + "|".join(cardinals(2, 10)) + r")?\s*"
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


def top_asked(question: str) -> tuple[int, str, bool] | None:
    """(N, op, lowest) of a question over the N leading (or last) rows by a figure: 'the three largest regions
    combined' (3, 'sum', False), 'what share of the market do the top two hold' (2, 'share', False), 'vendors outside
    the top three' (3, 'rest', False), 'the two smallest regions together' (2, 'sum', True); None otherwise."""
    from .rank_words import asked, bottom_n, rank_operation, top_rest

    if (n := top_rest(question)) is not None:
        return n, "rest", False
    if (n := bottom_n(question)) is not None:
        return (n, "sum", True) if rank_operation(question) == "sum" else None
    a = asked(question, None)
    if a is None or not a.top or a.op not in ("sum", "share") or a.ranks is None:
        return None
    return len(a.ranks), a.op, False


def top_rows(table: Table, question: str, column: str, n: int, lowest: bool) -> list[Cell] | None:
    """The cells in `column` of the table's N leading item rows: by its Rank column when it has one (the ranking says
    which lead), else the item rows (no total, whole or residual bucket) ordered by their figures in `column`, largest
    first (smallest when `lowest`); None when a row lacks a figure, or two tie at the cut."""
    from .item_rows import item_rows

    items = [r for r in item_rows(table, question) if not residual(r.split(" › ")[-1]) and not OTHERS_LED.match(r.split(" › ")[-1])]
    cells = {c.row: c for c in table.cells if c.column == column and c.row in items}
    rank_col = next((c for c in table.columns if _is_rank(c)), None)
    if rank_col is not None and not lowest:
        rank = {c.row: c.value for c in table.cells if c.column == rank_col and c.value is not None and c.row in items}
        rows = sorted((r for r in rank if rank[r] <= n), key=lambda r: rank[r])
        if sorted(rank[r] for r in rows) != list(range(1, n + 1)):
            return None
    else:
        if len(cells) != len(items) or any(c.value is None for c in cells.values()) or len(items) <= n:
            return None
        rows = sorted(items, key=lambda r: cells[r].value, reverse=not lowest)
        if cells[rows[n - 1]].value == cells[rows[n]].value:
            return None  # a tie at the cut names no N rows
        rows = rows[:n]
    if any(r not in cells or cells[r].value is None for r in rows):
        return None
    return [cells[r] for r in rows]


def _year_column(table: Table, year: int, question: str) -> str | None:
    """The column of the year asked: of a table whose rank column names the year too ('Rank 2024'), the one figure
    column of that year; else column_choice.column_for's."""
    from .cells import year_of
    from .column_choice import column_for

    dated = [c for c in table.columns if year_of(c) == year and not _is_rank(c)]
    if len(dated) == 1 and any(_is_rank(c) for c in table.columns):
        return dated[0]
    return column_for(table, year, question)


def _is_rank(column: str) -> bool:
    """A rank column ('Rank', 'No.', 'Rank 2024'): it orders rows, it is no figure of them."""
    own = column.split(" › ")[-1]
    return bool(RANK_COLUMN.match(own)) or own.lower().startswith("rank ")


def _whole(table: Table, column: str) -> Cell | None:
    """The column's cell on the table's one whole row ('Total', 'World total', 'Global'), else None."""
    from .whole_rows import total_or_whole

    rows = [r for r in table.rows if total_or_whole(r.split(" › ")[-1])]
    cells = [c for c in table.cells if c.column == column and c.row in rows[:1] and c.value is not None]
    return cells[0] if len(rows) == 1 and cells else None


def _of_shares(table: Table, column: str, question: str) -> bool:
    """Whether `column` prints shares of the whole (its header says share or %, or it is the share column asked)."""
    return bool(re.search(r"\bshare\b|%", column, re.I)) or share_column(table, question) == column


def top_total(ctx: AnswerContext, question: str, tables: list[tuple[int, Table]], year: int | None,
              backend: str) -> Answer | None:
    """The N leading rows of the one table the question addresses, by the column it names (its year's, or the share
    column asked), added ('the combined 2024 share of the three largest regions'), over the table's whole ('what share
    of the 2030 market do the two largest hold') or taken from it ('the share held outside the top three': the whole,
    100 for a share column, less the N together). A Rank column orders the rows; else their figures do."""
    from .. import compute
    from .derivation import computed_answer, operand
    from .shape_text import citation_n

    asked = top_asked(question)
    if asked is None:
        return None
    n, op, lowest = asked
    found = []
    for i, t in tables:
        column = _year_column(t, year, question) if year is not None else share_column(t, question) or _named_column(t, question)
        if column is None or (cells := top_rows(t, question, column, n, lowest)) is None:
            continue
        found.append((i, t, column, cells))
    if len({tuple(c.text for c in cells) for *_, cells in found}) != 1:
        return None
    i, table, column, cells = found[0]
    carrying = [j for j, t in tables if any(t is f for _, f, _, _ in found)]
    hits = [located(ctx, RowHit(_writing(ctx, carrying, c), table, c.row, 1.0), [c]) for c in cells]
    if any(h is None for h in hits):
        return None
    shares = _of_shares(table, column, question)
    if op == "sum" or op == "share" and shares:
        return summed_answer(ctx, hits, cells, backend)
    whole = _whole(table, column)
    if whole is None or whole.row in {c.row for c in cells} or round(whole.value - sum(c.value for c in cells), 6) == 0:
        return None  # a whole that is the N rows' own sum ('Top 12 total') is no whole beyond them
    wh = located(ctx, RowHit(_writing(ctx, carrying, whole), table, whole.row, 1.0), [whole])
    if wh is None:
        return None
    hits = [wh, *hits]
    operands = [operand(c, citation_n(ctx, hits, h)) for h, c in zip(hits, [whole, *cells])]
    try:
        got = compute.parts_share(operands[1:], operands[0]) if op == "share" else compute.remainder(operands[0], operands[1:])
    except compute.ComputeError:
        return None
    if op == "share":
        hits = [*hits[1:], hits[0]]  # the parts, then their whole, as parts_share writes them
    return computed_answer(ctx, hits, got, backend)
