"""Units a table's column shares: reports print a column's currency or '%' on some of its figures only, and a
date column's years carry no scale; tables.read_grid settles each bare figure's unit once its cells are read."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from .cell_values import cell_unit
from .row_lines import SEP

if TYPE_CHECKING:
    from .tables import Table


def spread_currency(table: Table, labelled: set[str]) -> None:
    """Reports print the currency sign on a column's first and total rows only: a column whose
    figures show one currency and no percentages lends it to its bare figures."""
    for col in table.columns:
        units = {cell_unit(c.text) for c in table.cells if c.column == col and c.value is not None}
        money = units - {None}
        if len(money) != 1 or "%" in money or None not in units:
            continue
        cur = money.pop()
        table.cells = [replace(c, unit=cur)
                       if c.column == col and c.unit is None and c.value is not None and c.row not in labelled else c
                       for c in table.cells]


def spread_percent(table: Table, labelled: set[str]) -> None:
    """A common-size or rate table prints '%' on a column's first and closing figures only ('100.0 %',
    '40.0', ..., '7.2 %'): when both carry it and the figures between carry no unit, all are percentages."""
    for col in table.columns:
        cells = [c for c in table.cells if c.column == col and c.value is not None]
        if len(cells) < 3 or cells[0].unit != "%" or cells[-1].unit != "%" or any(c.unit not in ("%", None) for c in cells):
            continue
        table.cells = [replace(c, unit="%", scale=None)
                       if c.column == col and c.unit is None and c.value is not None and c.row not in labelled else c
                       for c in table.cells]


_DATE_HEAD = re.compile(r"\b(?:years?|dates?|expir\w*|matur\w*)\b", re.I)
_YEAR_TEXT = re.compile(r"(?:19|20)\d{2}\b[^\d]*")


def unscale_years(table: Table) -> None:
    """A column headed as a year or date ('Last Fiscal Year of Expiration') whose figures are all
    years ('2027', '2039 or indefinite') holds dates: the table's scale is not theirs."""
    for col in table.columns:
        if not _DATE_HEAD.search(col.split(SEP)[-1]):
            continue
        cells = [c for c in table.cells if c.column == col and c.value is not None]
        if not cells or not all(_YEAR_TEXT.fullmatch(c.text.strip()) for c in cells):
            continue
        table.cells = [replace(c, unit=None, scale=None) if c.column == col else c
                       for c in table.cells]
