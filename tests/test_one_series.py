"""Operands over periods of one row are of one series (rag/extractive/period_cells.one_series)."""

from ingest.tables import Cell, Table
from rag.extractive.cells import RowHit
from rag.extractive.period_cells import one_series


def _hit(cols, values) -> RowHit:
    cells = [Cell(row="Europe", column=c, text=str(v), value=v) for c, v in zip(cols, values)]
    return RowHit(0, Table(None, cols, ["Europe"], cells), "Europe", 1.0)


def test_a_measure_column_gives_way_to_the_plain_year():
    hit = _hit(["2024", "2030E", "EVs per public charger 2024"], [850.0, 2900.0, 14.1])
    cells = hit.table.cells
    assert [c.value for c in one_series(hit, [cells[1], cells[2]])] == [2900.0, 850.0]


def test_all_measure_columns_are_kept():
    hit = _hit(["2023 › Deals", "2024 › Deals", "2024 › Value"], [280.0, 285.0, 61.9])
    cells = hit.table.cells
    assert one_series(hit, [cells[1], cells[0]]) == [cells[1], cells[0]]


def test_no_plain_column_of_the_year_keeps_the_cells():
    hit = _hit(["2030E", "EVs per public charger 2024"], [2900.0, 14.1])
    cells = hit.table.cells
    assert one_series(hit, cells) == cells
