"""A share's whole named by its measure alone: 'what share of Europe's capacity under construction is located in
Spain', 'what proportion of the rooms in comparable hotels are in Urban hotels'. The part names a row; the whole's
phrase names no row but the measure (a column), so the whole is the table's one whole row ('Total', 'All comparable
hotels') in the column that phrase names, never another column of the part's own row."""

from __future__ import annotations

import re
from dataclasses import replace

from ingest.tables import SEP, Cell

from .. import compute

from .row_lookup import row_named
from .cells import RowHit, cell_at, header_words, words, year_of
from .whole_rows import total_or_whole

# words a whole row's label may add to the rows it closes ('Total', 'All comparable hotels')
_WHOLE_WORDS = frozenset({"total", "all", "grand", "net", "subtotal"})


def _label(row: str) -> str:
    return row.split(SEP)[-1]


def whole_row(part: RowHit, whole: str) -> RowHit | None:
    """The part's table's one whole row, when every word of its label but 'total' / 'all' is in the whole's phrase
    and no other row of the table shares a word with that phrase (the phrase names a measure, not a row); else None."""
    said = set(words(whole))
    table = part.table
    wholes = [r for r in table.rows if r != part.row and total_or_whole(_label(r))]
    if len(wholes) != 1 or not set(words(_label(wholes[0]))) - _WHOLE_WORDS <= said:
        return None
    if any(set(words(_label(r))) & said for r in table.rows if r not in (part.row, wholes[0])):
        return None
    return RowHit(part.passage, table, wholes[0], part.score)


def whole_column(part: RowHit, whole: RowHit, phrase: str, year: int | None) -> str | None:
    """The column the whole's phrase names by most of its header's own words (those not of the whole row's label),
    where both rows give a figure (of the year asked, if any); None when none, or several name as many."""
    said = set(words(phrase)) - set(words(_label(whole.row))) - _WHOLE_WORDS
    scored = []
    for column in part.table.columns:
        own = header_words(column.split(SEP)[-1]) - {"no", "number"}
        if not own & said or year is not None and year_of(column) != year:
            continue
        if all(cell_at(h, column) is not None for h in (part, whole)):
            scored.append((len(own & said), column))
    best = [c for n, c in scored if n == max(n for n, _ in scored)]
    return best[0] if len(best) == 1 else None


def share_cells(part: RowHit, phrase: str, year: int | None) -> list[tuple[RowHit, Cell]] | None:
    """(part, whole) rows and cells of a share whose whole `phrase` names the measure alone; None unless both found."""
    whole = whole_row(part, phrase)
    if whole is None:
        return None
    column = whole_column(part, whole, phrase, year)
    if column is None:
        return None
    return [(part, cell_at(part, column)), (whole, cell_at(whole, column))]  # type: ignore[list-item]


_AND = re.compile(r"\s*,\s*(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?", re.I)


def parts_cells(tables, parts: str, phrase: str, year: int | None) -> list[tuple[RowHit, Cell]] | None:
    """Several parts of one whole ('came from the Yangtze River Delta and the Greater Bay Area'): each name its own
    row of one table, the whole that table's whole row; all read in the column the whole's phrase names, the whole
    last. None unless every name is a distinct row and the whole and its column are found."""
    names = [n for n in _AND.split(parts) if n.strip()]
    hits = [row_named(tables, n) for n in names]
    if len(names) < 2 or None in hits or len({(h.row, id(h.table)) for h in hits}) != len(hits) \
            or len({id(h.table) for h in hits}) != 1:
        return None
    whole = whole_row(hits[0], phrase)
    if whole is None or any(h.row == whole.row for h in hits) \
            or any(set(words(_label(r))) & set(words(phrase)) for r in whole.table.rows
                   if r != whole.row and r not in {h.row for h in hits}):
        return None
    column = whole_column(hits[0], whole, phrase, year)
    cells = [cell_at(h, column) for h in (*hits, whole)] if column is not None else [None]
    return None if None in cells else list(zip((*hits, whole), cells))  # type: ignore[arg-type]


def parts_share(operands: list[compute.Operand]) -> compute.Computed | None:
    """The parts (all operands but the last) held together, as a share of the whole (the last)."""
    try:
        return compute.parts_share([replace(o, value=abs(o.value)) for o in operands[:-1]], operands[-1])
    except compute.ComputeError:
        return None
