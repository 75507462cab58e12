"""A change between two columns the question names by a word that is no year ('from April est. to May est.', 'between
the September and October forecasts'): 'from / between P and / to Q' asks Q less P, each read in the one column of
the row whose header says P's (Q's) first word; a printed change column is neither end."""

from __future__ import annotations

import re

from ingest.row_lines import short_columns
from ingest.tables import Cell

from .cells import RowHit, header_words, words
from .period_cells import CHANGE_COLUMN

# 'from P to Q', 'between (the) P and Q': each end's first word names its column
_ENDS = re.compile(r"\b(?:from|between)\s+(?:the\s+)?(?P<a>[A-Za-z][\w.'-]*)(?:\s+[\w.'-]+){0,2}?\s+(?:to|and)\s+"
                   r"(?:the\s+)?(?P<b>[A-Za-z][\w.'-]*)", re.I)


def ends_named(question: str) -> tuple[str, str] | None:
    """The first words of the earlier and later ends a 'from P to Q' question names, or None."""
    m = _ENDS.search(question)
    if m is None:
        return None
    a, b = (words(m.group(k)) for k in ("a", "b"))
    return (a[0], b[0]) if a and b and a != b else None


def moved_cells(hit: RowHit, question: str) -> list[Cell] | None:
    """The row's cells at the later end and the earlier (later first), each the one level column whose header says
    its end's word; None unless each end names exactly one."""
    ends = ends_named(question)
    if ends is None:
        return None
    short = short_columns(hit.table.columns)
    row = [(c, header_words(short.get(c.column, c.column))) for c in hit.table.cells if c.row == hit.row
           and c.value is not None and not CHANGE_COLUMN.search(short.get(c.column, c.column))]  # read once for both ends
    picked = []
    for end in ends:
        named = [c for c, said in row if end in said]
        if len(named) != 1:
            return None
        picked.append(named[0])
    return None if picked[0].column == picked[1].column else picked[::-1]
