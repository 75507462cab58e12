"""Two rows of one table compared in one period are read in one column: a part and its whole, or two items, whose
cells came from different columns of the same period ('Public water supply' in 'Total', the 'Total' row in 'Surface
water') are read in the column the question names whole, else not compared."""

from __future__ import annotations

from ingest.tables import SEP, Cell

from .cells import RowHit, cell_at, header_words, words, year_of


def one_column(first: RowHit, second: RowHit, cells: list[Cell], question: str) -> list[Cell] | None:
    """`cells` when they share a column, lie in different tables or periods, or a row lacks the other's column;
    else both rows' cells in the one of their two columns whose last header part the question says every word of
    ('total' of 'what share of total abstraction'), or None when neither or both are said."""
    a, b = cells
    if first.table is not second.table or a.column == b.column or year_of(a.column) != year_of(b.column):
        return cells
    columns = [a.column, b.column]
    if any(cell_at(h, c) is None for h in (first, second) for c in columns):
        return cells
    said = set(words(question))
    named = [c for c in columns if (own := header_words(c.split(SEP)[-1])) and own <= said]
    if len(named) != 1:
        return None
    return [cell_at(first, named[0]), cell_at(second, named[0])]
