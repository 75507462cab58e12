"""Whether a table's whole row adds up its other rows in a column: a question asking a part's share of a whole it
names by its measure alone ('the eight markets' take-up', 'primary-market inventory', no 'total') reads that row as
the whole only when its figure is the sum of the rows it closes (a weighted average or a rate row is no such whole)."""

from __future__ import annotations

from ingest.tables import SEP, Table

from .whole_rows import total_or_whole


def parent(label: str) -> str:
    """The heading a row or column label sits under ('Europe' of 'Europe › Total'); '' for a top-level label."""
    return label.rsplit(SEP, 1)[0] if SEP in label else ""


def adds_up(table: Table, whole: str, column: str) -> bool:
    """Whether the whole row's figure in `column` is the sum (to half a percent) of the figures of the other rows under
    its parent that are no whole themselves; at least two such rows, each with a figure, none negative."""
    by_row = {c.row: c.value for c in table.cells if c.column == column and c.value is not None}
    parts = [r for r in table.rows if r != whole and parent(r) == parent(whole) and not total_or_whole(r.split(SEP)[-1])]
    if whole not in by_row or len(parts) < 2 or any(r not in by_row for r in parts):
        return False
    values = [by_row[r] for r in parts]
    if any(v < 0 for v in values) or by_row[whole] <= 0:
        return False
    return abs(sum(values) - by_row[whole]) <= 0.005 * by_row[whole]
