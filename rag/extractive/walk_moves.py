"""A walk's movements that moved its balance one way ('How many items in the walk reduced the CET1 ratio?'): the rows
between its two balance rows ('Balance at 1 January' ... 'Balance at 31 December') whose figure has that sign."""

from __future__ import annotations

import re

from ingest.tables import SEP, Cell, Table

from ..types import Answer, AnswerContext
from .cells import TOTAL_ROW, RowHit, words
from .measure_meeting import WHICH_ITEMS, met_answer
from .passage_tables import one_table
from .row_sets import HOW_MANY_ROWS, THRESHOLD

# the way the movements asked moved the balance: down ('reduced', 'lowered', 'weighed on') or up ('added to')
_DOWN = re.compile(r"\b(?:reduc\w*|decreas\w*|lowered|cut|subtract\w*|detract\w*|weigh\w*\s+on|dragg?\w*|eroded?)\b", re.I)
_UP = re.compile(r"\b(?:increas\w*|raised?|add\w*|boost\w*|lift\w*)\b", re.I)
# the words of a balance row's label that date it ('at 1 January 2024', 'Q3 24', 'opening', 'closing')
_DATING = re.compile(r"\b(?:at|as|of|on|opening|closing|beginning|end|start|year|period|jan\w*|feb\w*|mar\w*|apr\w*|"
                     r"may|jun\w*|jul\w*|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*|q[1-4]|h[12]|fy\d*|\d+)\b", re.I)


def _balance_name(label: str) -> frozenset[str]:
    """A balance row's label without its date or its opening/closing word ('Balance at 31 December' -> {'balance'})."""
    return frozenset(words(_DATING.sub(" ", re.sub(r"\(\d+\)", " ", label))))


def walk_rows(table: Table) -> list[str] | None:
    """The movement rows of a table walked from its first row's balance to its last row's (both rows naming the
    same thing but for their dates), totals aside; None when the table is no such walk."""
    rows = table.rows
    if len(rows) < 4 or any(SEP in r for r in rows):
        return None
    first, last = _balance_name(rows[0]), _balance_name(rows[-1])
    if not first or first != last:
        return None
    return [r for r in rows[1:-1] if not TOTAL_ROW.match(r)]


def _moves(table: Table, moves: list[str], question: str) -> list[Cell] | None:
    """The movement rows' cells in the one column all fill (of the year asked among several), when they add up to the
    closing less the opening balance there or a rise is written with its '+'; None otherwise."""
    index = {(c.row, c.column): c for c in table.cells if c.value is not None}
    columns = [col for col in table.columns if all((r, col) in index for r in moves)]
    if len(columns) > 1:
        columns = [col for col in columns if any(y in col for y in re.findall(r"\b(?:19|20)\d{2}\b", question))]
    if len(columns) != 1:
        return None
    col = columns[0]
    cells = [index[(r, col)] for r in moves]
    opening, closing = index.get((table.rows[0], col)), index.get((table.rows[-1], col))
    if opening is not None and closing is not None:
        if abs(opening.value + sum(c.value for c in cells) - closing.value) > 0.5 + 1e-9 * abs(closing.value):
            return None
    elif not any(c.text.strip().startswith("+") for c in cells):
        return None
    return cells


def walk_moves(ctx: AnswerContext, question: str, tables: list[tuple[int, Table]], backend: str) -> Answer | None:
    """The count ('how many') or names ('which') of a walk's movements that moved the balance the way asked ('reduced',
    'increased'), every movement's figure shown; None unless one retrieved table is such a walk."""
    counted = bool(HOW_MANY_ROWS.match(question))
    down, up = _DOWN.search(question), _UP.search(question)
    if not (counted or WHICH_ITEMS.match(question)) or bool(down) == bool(up) or THRESHOLD.search(question):
        return None
    reads = []
    for passage, table in tables:
        if (moves := walk_rows(table)) and len(moves) >= 2 and (cells := _moves(table, moves, question)):
            reads.append((passage, table, cells))
    read = one_table(reads)
    if read is None:
        return None
    passage, table, cells = read
    met = [c for c in cells if (c.value < 0 if down else c.value > 0)]
    if not met:
        return None
    return met_answer(ctx, RowHit(passage, table, cells[0].row, 0.0), cells, met, lambda c: c.row.split(SEP)[-1],
                      counted, backend)
