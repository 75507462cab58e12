"""The year a count or choice of items names beside a measure line ('how many business areas had an acquisitions
contribution above 0 in 2021/22', 'how many categories had additions above 50 in 2021', 'how many lines declined by
more than 10% in 2023'): the period of that line, not a column of its own to read. It fits when the line's header
states the year (a column group 'Growth composition 2021/22'), when the line is the % change column into the latest
year the table gives (and the years asked are that change's two), or when the items are no periods and the table's
row labels state only that year or the one before (a one-year roll-forward: 'Provisions at 1 January 2021'; a
count table as at a date: 'Phase 3' programmes by area, 'Total programmes at 30 June 2024')."""

from __future__ import annotations

from collections.abc import Sequence

from ingest.tables import SEP, Table

from .cells import year_of
from .period_cells import YEAR


def _period_columns(table: Table, change: str | None) -> list[int]:
    """The years of the table's period columns (a column whose own header states one year), latest first."""
    found = {year_of(c) for c in table.columns if c != change and len(set(YEAR.findall(c.split(SEP)[-1]))) == 1}
    return sorted((y for y in found if y is not None), reverse=True)


def period_fits(table: Table, axis: str, label: str, years: Sequence[int], change: str | None) -> bool:
    """Whether the years asked are the period of the measure line (`axis`, `label`) of `table`; `change` is the
    table's % change column when the line was read as it."""
    asked = sorted(set(years), reverse=True)
    if not asked:
        return True
    if axis == "column" and label == change:
        shown = _period_columns(table, change)
        return len(shown) >= 2 and asked == shown[:len(asked)] and len(asked) <= 2
    if len(asked) != 1:
        return False
    if axis == "column" and year_of(label) is not None:  # a period column ('Revenue › 2021/22'): rows_meeting reads it
        return not YEAR.search(label.split(SEP)[-1]) and year_of(label) == asked[0]
    if any(year_of(c) is not None for c in table.columns):
        return False  # the items would be periods
    stated = {int(y) for r in table.rows for y in YEAR.findall(r)}
    return asked[0] in stated and stated <= {asked[0], asked[0] - 1}
