"""A row's whole across its columns: a table whose columns part each row (maturity buckets, segments) and hold one
'Total' column gives the row's whole in it, so a share of one part column asked with the whole named by the row alone
('what proportion of operating lease obligations is due in more than 5 years') is over that row's Total column."""

from __future__ import annotations

from ingest.row_lines import short_columns
from ingest.tables import Cell

from .cells import TOTAL_ROW, RowHit, year_of


def total_column(hit: RowHit, part: Cell) -> Cell | None:
    """The row's figure in the table's one Total column of the part's period (not the part's own column), else None."""
    short = short_columns(hit.table.columns)
    totals = [c for c in hit.table.columns if c != part.column and TOTAL_ROW.match(short.get(c, c))
              and year_of(c) == year_of(part.column)]
    if len(totals) != 1:
        return None
    cell = next((c for c in hit.table.cells if c.row == hit.row and c.column == totals[0]), None)
    return cell if cell is not None and cell.value is not None and cell.value != 0 else None
