"""A part column's share of the table's whole column ('What proportion of respondents were from North America?' of a
survey table whose columns are regions closed by 'All respondents'): the part over the whole in the row where the
whole column adds up the part columns (a base row of counts; rows of percentages do not add up)."""

from __future__ import annotations

import re

from ingest.tables import SEP, Cell, Table

from ..types import Answer, AnswerContext
from .adding_whole import parent
from .cells import RowHit, words, year_of
from .derivation import calculate, computed_answer, operand
from .period_cells import located
from .shape_text import citation_n
from .share_nouns import SHARE_NOUNS
from .slots import Slots
from .whole_rows import total_or_whole

# a part of a whole asked, the whole first ('what proportion of respondents were from X'), not one amount as a
# percentage of another ('operating income as a percentage of revenue', a margin): those are two rows
_PART_ASKED = re.compile(rf"\bwhat {SHARE_NOUNS} of\b|"
                         r"\w's (?:proportion|percentage|share|fraction|portion) of\b", re.I)


def _adding_rows(table: Table, parts: list[str], whole: str) -> list[str]:
    """The rows whose whole column's figure is the sum of their part columns' figures (to a rounding)."""
    out = []
    for row in table.rows:
        by_column = {c.column: c.value for c in table.cells if c.row == row and c.value is not None}
        if whole not in by_column or any(p not in by_column for p in parts):
            continue
        total = sum(by_column[p] for p in parts)
        if abs(total - by_column[whole]) <= max(0.005 * abs(by_column[whole]), 1e-9) and by_column[whole] > 0:
            out.append(row)
    return out


def _pair(table: Table, asked: set[str], years: set[int]) -> tuple[Cell, Cell] | None:
    """(part, whole) cells: the one part column the question names, the one whole column, their one adding row."""
    if any(year_of(c) is not None for c in table.columns):
        return None  # periods as columns: a change or a period's figure, not parts of a whole
    wholes = [c for c in table.columns if total_or_whole(c.split(SEP)[-1])]
    # the parts are the whole's sibling columns (under its heading, 'Deployments (GWh) › China'), not a rate beside them
    parts = [c for c in table.columns if c not in wholes and len(wholes) == 1 and parent(c) == parent(wholes[0])]
    named = [c for c in parts if (own := set(words(c.split(SEP)[-1]))) and own <= asked]
    if len(wholes) != 1 or len(parts) < 2 or len(named) != 1:
        return None
    rows = _adding_rows(table, parts, wholes[0])
    if len(rows) > 1:  # several rows add up: the one the question names
        rows = [r for r in rows if set(words(r.split(SEP)[-1])) & asked or year_of(r.split(SEP)[-1]) in years]
    if len(rows) != 1:
        return None
    base = set(words(rows[0].split(SEP)[-1]))
    if any((set(words(r.split(SEP)[-1])) - base) & asked for r in table.rows if r != rows[0]):
        return None  # the question names another row ('respondents investing in kiosks'): that row's cell, no share
    cell = {c.column: c for c in table.cells if c.row == rows[0]}
    return cell[named[0]], cell[wholes[0]]


def column_share(ctx: AnswerContext, slots: Slots, tables: list[tuple[int, Table]], backend: str) -> Answer | None:
    """The share asked of the one table holding a named part column, a whole column and a row adding them: the
    part's figure over the whole's, in percent; None unless exactly one table gives such a pair."""
    if not _PART_ASKED.search(ctx.question):  # a period asked names the adding row (periods as rows), not a column
        return None
    asked = set(words(ctx.question))
    found = [(i, t, pair) for i, t in tables if (pair := _pair(t, asked, set(slots.years))) is not None]
    if len({(p[0].value, p[1].value) for _, _, p in found}) != 1:
        return None
    passage, table, (part, whole) = found[0]
    hits = [located(ctx, RowHit(passage, table, part.row, 0.0), [c]) for c in (part, whole)]
    if None in hits:
        return None
    result = calculate("share", [operand(c, citation_n(ctx, hits, h)) for h, c in zip(hits, (part, whole))])
    return computed_answer(ctx, hits, result, backend) if result is not None else None
