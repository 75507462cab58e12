"""A row whose items are listed under it ('Opex' over 'Opex › R&D', 'Opex › Selling') is their subtotal:
ranked or counted with its items it would double them, so row sets leave it out as they do totals."""

from __future__ import annotations

from collections.abc import Iterable

from ingest.tables import SEP, Table


def heads_items(row: str, rows: list[str]) -> bool:
    """Whether `row` is the label path of a row that other rows of `rows` sit under."""
    return any(r.startswith(row + SEP) for r in rows)


def subtotal_figure(number: str, tables: Iterable[Table]) -> bool:
    """Whether `number` (as written, '1,234') is a figure of a row that heads listed items in one of
    `tables`: such a row states their total as a table's total row does."""
    return any(heads_items(c.row, t.rows) and c.text.strip().lstrip("$").strip() == number
               for t in tables for c in t.cells)
