"""A change between two columns named by no year: 'from P to Q' is Q less P, each the one level column saying it."""

from ingest.tables import read_grid
from rag.extractive.cells import RowHit
from rag.extractive.named_periods import ends_named, moved_cells

GRID = [["Volume (bn sticks)", "April est.", "May est.", "Change (%)"], ["Western Europe", "84.0", "81.5", "-3.0"],
        ["Total", "592.7", "584.2", "-1.4"]]


def _moved(question):
    table = read_grid(GRID).table
    cells = moved_cells(RowHit(0, table, table.rows[0], 1.0), question)
    return cells and [c.text for c in cells]


def test_the_later_end_first_and_the_change_column_neither():
    assert _moved("By how much did the Western Europe estimate change from April est. to May est.?") == ["81.5", "84.0"]
    assert _moved("By how much did it change between the April and May estimates?") == ["81.5", "84.0"]


def test_ends_naming_no_one_column_read_nothing():
    assert _moved("By how much did it change from June to July?") is None
    assert ends_named("What was revenue in 2024?") is None
