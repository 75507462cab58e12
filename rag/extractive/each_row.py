"""'What was the low price for each quarter in 2018?': 'for each X' asks the figure of every row (the
rows naming X when some do, else every row that is no total) in the one period asked, not one row's."""

from __future__ import annotations

import re

from ingest.tables import SEP

from ..types import Answer, AnswerContext
from .cells import RowHit, words
from .row_sets import year_column_cells
from .shape_text import listed, scaled, shaped_answer

# 'for each quarter', 'in each of the segments', 'by every region' (each year or period asks periods, not rows)
EACH_ROW = re.compile(r"\b(?:for|in|of|during|by|across)\s+(?:each|every)(?:\s+of\s+(?:the|its|their))?\s+"
                      r"(?!(?:fiscal\s+|financial\s+)?(?:years?|periods?|fys?)\b)(?P<kind>[a-z][\w-]*)", re.I)


def each_asked(question: str) -> str | None:
    """The kind of row 'for each X' asks every one of ('quarter'), or None."""
    m = EACH_ROW.search(question)
    return m.group("kind").lower() if m else None


def rows_of_kind(labels: list[str], kind: str) -> list[str]:
    """The labels naming the kind asked ('First Quarter' for 'quarter'), or every label when none does."""
    asked = set(words(kind))
    named = [label for label in labels if asked & set(words(label))]
    return named or labels


def each_row(ctx: AnswerContext, question: str, tables, year: int, backend: str) -> Answer | None:
    """Every row's figure in the year's column the question's words pick (totals left out), listed in
    the table's order and cited; None unless a table gives at least two such figures."""
    kind = each_asked(question)
    if kind is None:
        return None
    for passage, table, cells in year_column_cells(tables, year, question):
        labels = [c.row.split(SEP)[-1] for c in cells]  # a row's own label, without its parents
        keep = set(rows_of_kind(labels, kind))
        labelled = [(label, c) for label, c in zip(labels, cells) if label in keep]
        cells = [c for _, c in labelled]
        if len(cells) < 2 or len({c.row for c in cells}) != len(cells):
            continue
        lead = listed([scaled(c) for c in cells])
        figures = "; ".join(f"{label}: {scaled(c)}" for label, c in labelled)
        hit = RowHit(passage, table, cells[0].row, 0.0)
        return shaped_answer(ctx, [hit], f"**{lead}** ({year}). {figures} [1]", lead, "list", backend)
    return None
