"""A change between two quarters of one year reads the row's cells of those quarters' columns."""

from ingest.tables import Cell, Table
from rag.extractive.cells import RowHit
from rag.extractive.quarter_cells import quarter_cells, quarters_asked

COLS = ["Fiscal 2019 › First › Quarter", "Fiscal 2019 › Second › Quarter", "Fiscal 2019 › Fourth › Total",
        "Fiscal 2018 › First › Quarter", "Fiscal 2018 › Second › Quarter"]


def _hit() -> RowHit:
    values = [94888, 96037, 363800, 88081, 89767]
    cells = [Cell(row="Revenues", column=c, text=f"{v:,}", value=float(v)) for c, v in zip(COLS, values)]
    return RowHit(0, Table(None, COLS, ["Revenues"], cells), "Revenues", 1.0)


def test_quarters_asked():
    assert quarters_asked("What is the change between the second and first quarter in fiscal 2019?") == [2, 1]
    assert quarters_asked("What is the change from Q1 to Q3 2019?") == [1, 3]
    assert quarters_asked("What was the first change in 2019?") == []


def test_two_quarters_of_one_year_later_first():
    cells = quarter_cells(_hit(), 2019, "What is the change in revenues between the second and first quarter in 2019?")
    assert [c.value for c in cells] == [96037.0, 94888.0]


def test_one_quarter_or_another_year_gives_none():
    assert quarter_cells(_hit(), 2019, "What was revenue in the second quarter of 2019?") is None
    assert quarter_cells(_hit(), 2017, "What is the change between the second and first quarter in 2017?") is None
