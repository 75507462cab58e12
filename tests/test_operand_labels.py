"""Operands of one row whose columns end in the same label are told apart by their column paths."""

from ingest.tables import Cell
from rag import compute
from rag.extractive.operand_labels import distinct_labels


def _ops(cells):
    return [compute.Operand.from_cell(c, 1) for c in cells]


def test_two_dates_of_one_year_show_their_dates():
    cells = [Cell("High", "12 Weeks Ended › September 29 › 2019", "5", 5.0),
             Cell("High", "July 7 › 2019", "4", 4.0)]
    assert [o.label for o in distinct_labels(cells, _ops(cells))] == ["September 29, 2019", "July 7, 2019"]


def test_distinct_labels_stay():
    cells = [Cell("High", "2019", "5", 5.0), Cell("High", "2018", "4", 4.0)]
    assert [o.label for o in distinct_labels(cells, _ops(cells))] == ["2019", "2018"]
