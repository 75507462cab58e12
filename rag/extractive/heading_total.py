"""The sum or average of every row under a heading the question names ('the sum of all tax credit
carryforwards' over 'Tax credit carryforwards: › Domestic', '› Foreign'): each row's figure in the one
column that all of them fill (or the year asked), totals left out, each operand cited."""

from __future__ import annotations

import re

from ingest.tables import SEP, Table

from ..types import Answer, AnswerContext
from .cells import TOTAL_ROW, RowHit, words
from .column_choice import column_for
from .derivation import calculate, computed_answer, operand
from .heading_rows import headings, own_words, rows_under
from .period_cells import located
from .shape_text import citation_n

# 'the sum of all X', 'the total of all the X', 'the average of every X'
ALL_OF = re.compile(r"\b(?P<op>sum|total|average|mean) of (?:all|every|each of)\s+(?:the\s+)?(?P<x>.+?)\s*\??\s*$", re.I)


def _rows_under(table: Table, asked: set[str]) -> list[str]:
    """The rows under the one heading whose words are all asked (footnote marks aside), totals left out."""
    heads = [h for h in headings(table) if (own := own_words(h)) and own <= asked]  # ':(1)' is a footnote mark
    if len(heads) != 1:
        return []
    return [r for r in rows_under(table, heads[0]) if not TOTAL_ROW.match(r.split(SEP)[-1])]


def _column(table: Table, rows: list[str], year: int | None, question: str) -> str | None:
    """The year's column when one is asked, else the one column every row fills with a figure."""
    if year is not None:
        return column_for(table, year, question)
    filled = [c for c in table.columns
              if all(any(x.row == r and x.column == c and x.value is not None for x in table.cells) for r in rows)]
    return filled[0] if len(filled) == 1 else None


def all_under_heading(ctx: AnswerContext, question: str, tables: list[tuple[int, Table]], years: tuple[int, ...],
                      backend: str) -> Answer | None:
    """'What was the sum of all X?': the rows under the heading X added (or averaged), in the column
    every such row fills; None unless one table and heading answer, at least two rows, one period at most."""
    m = ALL_OF.search(question)
    if m is None or len(set(years)) > 1:
        return None
    op = "average" if m.group("op").lower() in ("average", "mean") else "sum"
    asked = set(words(m.group("x")))
    found = []
    for passage, table in tables:
        rows = _rows_under(table, asked)
        column = _column(table, rows, years[0] if years else None, question) if len(rows) >= 2 else None
        cells = [next((x for x in table.cells if x.row == r and x.column == column), None) for r in rows]
        if column is not None and all(c is not None and c.value is not None for c in cells):
            found.append((passage, table, rows, cells))
    if len({tuple(c.text for c in f[3]) for f in found}) != 1:
        return None
    passage, table, rows, cells = found[0]
    hits = [located(ctx, RowHit(passage, table, r, 1.0), [c]) for r, c in zip(rows, cells)]
    if any(h is None for h in hits):
        return None
    result = calculate(op, [operand(c, citation_n(ctx, hits, h)) for h, c in zip(hits, cells)])
    return computed_answer(ctx, hits, result, backend) if result is not None else None
