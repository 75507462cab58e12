"""A whole the question defines by its parts in a bracket: 'what share of gross new ARR (new logo plus expansion) came
from expansion' is expansion over new logo + expansion; no row is that whole, and a row one bracket word names is a
part of it, never the whole."""

from __future__ import annotations

import re
from collections.abc import Callable

from ingest.tables import Cell, Table

from ..types import Answer, AnswerContext
from .. import compute
from .cells import RowHit
from .derivation import computed_answer, operand
from .period_cells import located
from .row_lookup import row_named
from .shape_text import citation_n

# a bracket listing what a whole is made of: '(new logo plus expansion)', '(A and B)', '(A + B)'
PARTS_LISTED = re.compile(r"\s*\(([^()]*\s(?:plus|and|\+)\s[^()]*)\)")
_JOIN = re.compile(r"\s*,\s*(?:and\s+|plus\s+)?|\s+(?:plus|and|\+)\s+")


def listed_whole_share(ctx: AnswerContext, tables: list[tuple[int, Table]], part: str, whole: str, year: int | None,
                       backend: str, item_cell: Callable[[RowHit, int | None, str], Cell | None]) -> Answer | None:
    """The part's share of the sum of the rows the whole's bracket lists, the part one of them; None unless each
    listed name and the part name a row with a figure of the period asked."""
    m = PARTS_LISTED.search(whole)
    if m is None:
        return None
    names = [n for n in _JOIN.split(m.group(1)) if n.strip()]
    hits = [row_named(tables, n) for n in names]
    own = row_named(tables, part)
    if len(names) < 2 or None in hits or own is None:
        return None
    keys = [(h.row, id(h.table)) for h in hits]
    if len(set(keys)) != len(keys) or (own.row, id(own.table)) not in keys:
        return None
    cells = [item_cell(h, year, ctx.question) for h in hits]
    if None in cells:
        return None
    hits = [located(ctx, h, [c]) for h, c in zip(hits, cells)]
    if None in hits:
        return None
    operands = [operand(c, citation_n(ctx, hits, h)) for h, c in zip(hits, cells)]
    at = keys.index((own.row, id(own.table)))
    try:
        result = compute.share_of_parts(operands[at], operands)
    except compute.ComputeError:
        return None
    return computed_answer(ctx, [hits[at], *hits], result, backend)
