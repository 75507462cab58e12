"""'What was A in 2019 and B in 2018?': two rows each asked for its own year, read as two cells
(not one row over both years, nor their sum)."""

from __future__ import annotations

import re

from ingest.tables import SEP

from ..types import Answer, AnswerContext
from .cells import percent_asked
from .shape_text import column_label, scaled, shaped_answer

_YEAR = r"(?:fiscal (?:year )?|fy ?)?(?P<{0}>(?:19|20)\d\d)"
_PAIRED = re.compile(rf"^\s*(?:what|how much) (?:was|were|is|are) (?:the )?(?P<a>[^?]+?),? (?:in|for|at|as of) {_YEAR.format('y1')}"
                     rf",? and (?:the |what (?:was|were|is|are) the )?(?P<b>[^?]+?),? (?:in|for|at|as of) {_YEAR.format('y2')}"
                     r"(?:,? respectively)?\s*\??\s*$", re.I)


def row_year_pairs(question: str) -> list[tuple[str, int]] | None:
    """[(row phrase, year), (row phrase, year)] of a two-part question, else None; the same phrase
    twice is one row over two years, which the period shapes answer."""
    m = _PAIRED.match(question)
    if m is None or re.search(r"(?:19|20)\d\d", m.group("a") + m.group("b")):
        return None
    a, b = m.group("a").strip(), m.group("b").strip()
    if a.lower() == b.lower():
        return None
    return [(a, int(m.group("y1"))), (b, int(m.group("y2")))]


def paired_cells(ctx: AnswerContext, question: str, tables, backend: str) -> Answer | None:
    """Each row's figure in its own year, in the question's order; None when a part names no one
    row, the two name the same row, or a year has no cell."""
    from .period_cells import period_cell
    from .row_lookup import row_named

    pairs = row_year_pairs(question)
    if pairs is None:
        return None
    hits, cells = [], []
    for phrase, year in pairs:
        hit = row_named(tables, phrase)
        if hit is None or any((h.row, id(h.table)) == (hit.row, id(hit.table)) for h in hits):
            return None
        cell = period_cell(hit, year, phrase)
        if cell is None or (cell.unit == "%" and not percent_asked(phrase)):
            return None
        hits.append(hit)
        cells.append(cell)
    shown = [" ".join(c.text.split()).replace("$ ", "$") for c in cells]
    lead = " and ".join(shown)
    each = "; ".join(f"{h.row.split(SEP)[-1]} ({column_label(h, c)}): {scaled(c)}" for h, c in zip(hits, cells))
    return shaped_answer(ctx, hits, f"**{lead}**. {each} [1]", lead, "comparison", backend)
