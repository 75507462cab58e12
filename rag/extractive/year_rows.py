"""A table whose rows are years and whose columns are measures ('Year | Revenue | Headcount' over '2019 | ...'),
read turned so its years are columns: the cell code addresses a measure's row and a year's column (issue 13)."""

from __future__ import annotations

import re

from dataclasses import replace

from ingest.tables import Table

_YEAR_LABEL = re.compile(r"(?:(?:FY|fiscal(?: year)?)\s*)?(?:19|20)\d{2}", re.I)
_YEAR_IN = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")  # 'FY2019' too, as _YEAR_LABEL reads it


def years_as_rows(table: Table) -> bool:
    """Every row label (two or more) is a year alone and no column names a year: the years head the rows."""
    return len(table.rows) >= 2 and all(_YEAR_LABEL.fullmatch(r.strip()) for r in table.rows) \
        and bool(table.columns) and not any(_YEAR_IN.search(c) for c in table.columns)


def with_year_columns(table: Table) -> Table:
    """`table` turned (rows for columns) when its rows are years (`years_as_rows`), else itself."""
    if not years_as_rows(table):
        return table
    cells = [replace(c, row=c.column, column=c.row) for c in table.cells]
    return replace(table, rows=list(table.columns), columns=list(table.rows), cells=cells)
