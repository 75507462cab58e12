"""A quarterly average of one year is the mean of that year's four quarter columns (quarter_cells.every_quarter)."""

from ingest.tables import Cell, Table
from rag.extractive.cells import RowHit
from rag.extractive.quarter_cells import every_quarter

COLS = ["Fiscal 2019 › First Quarter", "Fiscal 2019 › Second Quarter", "Fiscal 2019 › Third Quarter",
        "Fiscal 2019 › Fourth Quarter", "Fiscal 2019 › Total"]


def _hit(cols: list[str] = COLS) -> RowHit:
    values = [100, 200, 300, 400, 1000][:len(cols)]
    cells = [Cell(row="Revenues", column=c, text=f"{v:,}", value=float(v)) for c, v in zip(cols, values)]
    return RowHit(0, Table(None, cols, ["Revenues"], cells), "Revenues", 1.0)


def test_a_quarterly_average_takes_the_years_four_quarters_not_its_total():
    cells = every_quarter(_hit(), 2019, "What was the average quarterly revenue in 2019?")
    assert [c.value for c in cells] == [100.0, 200.0, 300.0, 400.0]


def test_no_per_quarter_asked_another_year_or_a_missing_quarter_gives_none():
    assert every_quarter(_hit(), 2019, "What was the average revenue in 2019?") is None
    assert every_quarter(_hit(), 2018, "What was the average quarterly revenue in 2018?") is None
    assert every_quarter(_hit(COLS[:3]), 2019, "What was the average quarterly revenue in 2019?") is None
