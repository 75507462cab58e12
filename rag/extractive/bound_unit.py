"""The cells a count's bound is set on, a lone row in another unit (a closing rate row) left out."""

from __future__ import annotations

from ingest.tables import Cell


def in_bound_unit(cells: list[Cell], percent: bool) -> list[Cell]:
    """The cells of the items a bound is set on: a rate row closing a table of amounts ('Effective tax rate' under a
    tax reconciliation), or an amount row among rates, is no item of that measure when it is the lone one unlike the
    rest; otherwise the cells as they are (mixed units: no one measure)."""
    unlike = [c for c in cells if (c.unit == "%") != percent]
    return [c for c in cells if c not in unlike] if len(unlike) == 1 and len(cells) - 1 >= 3 else cells
