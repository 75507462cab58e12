"""A row whose items are listed under it ('Opex' over 'Opex › R&D', 'Opex › Selling') is their subtotal, and so is
a row whose figures are the sum of every row of its block above it ('Operating income' closing the segments) though
no 'Total' names it: ranked or counted with its items it would double them, so row sets leave it out as they do totals."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from ingest.tables import OF_WHICH, SEP, Table

from .period_cells import CHANGE_COLUMN


def heads_items(row: str, rows: list[str]) -> bool:
    """Whether `row` is the label path of a row that other rows of `rows` sit under; its 'of which' parts ('Solar PV ›
    of which: utility-scale') are no items it heads: a row with only those is an item itself."""
    return any(r.startswith(row + SEP) and not OF_WHICH.match(r[len(row) + len(SEP):]) for r in rows)


def subtotal_figure(number: str, tables: Iterable[Table]) -> bool:
    """Whether `number` (as written, '1,234') is a figure of a row that heads listed items in one of
    `tables`: such a row states their total as a table's total row does."""
    return any(heads_items(c.row, t.rows) and c.text.strip().lstrip("$").strip() == number
               for t in tables for c in t.cells)


def _places(text: str) -> int:
    m = re.search(r"\.(\d+)", text)
    return len(m.group(1)) if m else 0


def addends(table: Table, index: int) -> list[str]:
    """`_addends`, kept per row in the table's own `derived` values: row sets ask them for every row of every
    retrieved table, question after question, and a table the snapshot keeps keeps them with it."""
    runs = table.derived.setdefault("addends", {})
    if index not in runs:
        runs[index] = _addends(table, index)
    return list(runs[index])


def parts_under(table: Table, index: int) -> list[str]:
    """The fewest rows (at least two) directly below row `index` whose figures add up to its own, as `_addends` reads
    those above: the sub-rows a report indents under a segment ('Molecular diagnostics' over 'PCR-based', ...)."""
    flipped = replace(table, rows=table.rows[index:][::-1])
    return _addends(flipped, len(flipped.rows) - 1)[::-1]


def _addends(table: Table, index: int) -> list[str]:
    """The fewest rows (at least two) directly above row `index` whose figures add up to its figures
    in every column of amounts it fills (its % and change columns, rates that do not add, aside when it fills
    amounts too),
    to the rounding of the figures (one unit of the last place per row added beyond the first); [] when no such
    run exists."""
    rows = table.rows
    cells = {(c.row, c.column): c for c in table.cells if c.value is not None}
    own = {col: cells[(rows[index], col)] for col in table.columns if (rows[index], col) in cells}
    amounts = {col: c for col, c in own.items() if c.unit != "%" and not CHANGE_COLUMN.search(col)}
    own = amounts or own
    if not own:
        return []
    for k in range(2, index + 1):
        run = rows[index - k:index]
        if any(not any((r, col) in cells for col in table.columns) for r in run):
            return []  # a heading or an empty row: the run stops there
        ok = True
        for col, cell in own.items():
            found = [cells[(r, col)].value for r in run if (r, col) in cells]
            if not found or abs(sum(found) - cell.value) > 10 ** -_places(cell.text) * (k - 1) + 1e-9 * abs(cell.value):
                ok = False
                break
        if ok:
            return run
    return []


def closes_block(table: Table, index: int) -> bool:
    """Whether row `index` sums every row of its block above it (from the table's first row, the last row
    with no figures, or the first row under its heading: a heading read into the row paths is no row), at least
    two rows: the block's total, whatever its label says."""
    run = addends(table, index)
    if not run:
        return False
    filled = {c.row for c in table.cells if c.value is not None}
    first = table.rows.index(run[0])
    above = table.rows[first - 1] if first else ""
    return first == 0 or above not in filled or (SEP in run[0] and above.rsplit(SEP, 1)[0] != run[0].rsplit(SEP, 1)[0])
