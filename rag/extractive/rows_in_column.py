"""Two or more rows read in one column the question names ('What are the net carrying amounts of A and B?',
'What were the cash flows for A and B?'): each row's figure in the one column whose header words are the
measure asked, in the question's order; the transpose of row_columns (one row, the columns named)."""

from __future__ import annotations

import re

from ingest.tables import SEP, Table

from ..types import Answer, AnswerContext
from .cells import RowHit, words
from .passage_tables import one_table
from .period_cells import YEAR
from .row_lookup import said_words
from .row_sets import labels_listed
from .shape_text import listed, scaled, shaped_answer

# 'What were the <measure> of|for <A and B>?' (no period: a year asked reads a year column instead)
ROWS_OF = re.compile(r"^\s*what (?:was|were|is|are) (?:the )?(?P<measure>[a-z][\w\s-]*?)\s+(?:of|for)\s+(?:the\s+)?"
                     r"(?P<items>[^?]+?)\s*\??\s*$", re.I)


def measure_column(columns: list[str], measure: str) -> str | None:
    """The one column whose own header words (its last part's) are the measure's words, plural aside
    ('net carrying amounts' -> 'Net Carrying Amount'); None when none or several are."""
    asked = set(words(measure))
    found = [c for c in columns if asked and set(words(c.split(SEP)[-1])) == asked]
    return found[0] if len(found) == 1 else None


def rows_in_column(ctx: AnswerContext, question: str, tables: list[tuple[int, Table]], backend: str) -> Answer | None:
    """Each listed row's figure in the column of the measure asked, cited; None unless one table reads every
    item as one row's whole label and the measure as one column's header, every cell a figure."""
    m = ROWS_OF.match(question)
    if m is None or YEAR.search(question):
        return None
    reads = []
    for passage, table in tables:
        column = measure_column(table.columns, m.group("measure"))
        items = labels_listed([(passage, table)], m.group("items")) if column else None
        if not items:
            continue
        rows = [[r for r in table.rows if said_words(r.split(SEP)[-1]) == said_words(i)] for i in items]
        if any(len(r) != 1 for r in rows):
            continue
        cells = [next((c for c in table.cells if c.row == r[0] and c.column == column), None) for r in rows]
        if any(c is None or c.value is None for c in cells):
            continue
        reads.append((passage, table, cells))
    read = one_table(reads)
    if read is None:
        return None
    passage, table, cells = read
    hits = [RowHit(passage, table, c.row, 0.0) for c in cells]
    lead = listed(" ".join(c.text.split()).replace("$ ", "$") for c in cells)
    each = "; ".join(f"{c.row.split(SEP)[-1]} ({c.column.replace(SEP, ' ')}): {scaled(c)}" for c in cells)
    return shaped_answer(ctx, hits, f"**{lead}**. {each} [1]", lead, "comparison", backend)
