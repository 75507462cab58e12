"""A count of rows that rose (fell) between two years reads both years' columns of one table (rows_changed)."""

from rag.extractive.rows_changed import direction_asked
from tests.test_compute import _ask

_GRID = [["", "2021", "2020"], ["Freight", "120", "100"], ["Hosting", "80", "90"], ["Travel", "55", "50"],
         ["Total expenses", "255", "240"]]


def test_the_direction_a_count_of_rows_asks():
    assert direction_asked("How many items increased from 2020 to 2021?") == 1
    assert direction_asked("How many expense lines declined between 2020 and 2021?") == -1
    assert direction_asked("How many percentage points did the margin increase from 2020 to 2021?") is None
    assert direction_asked("How many years did revenue increase?") is None
    assert direction_asked("What was the increase in freight from 2020 to 2021?") is None


def test_rows_that_rose_or_fell_are_counted_totals_left_out():
    up = _ask("How many items increased from 2020 to 2021?", _GRID)
    assert up is not None and up.figure == "2" and up.shape == "computed"
    assert _ask("How many items decreased from 2020 to 2021?", _GRID).figure == "1"


def test_a_row_missing_one_years_figure_leaves_the_count_unknown():
    grid = _GRID[:3] + [["Travel", "55", ""]]
    got = _ask("How many items increased from 2020 to 2021?", grid)
    assert got is None or got.figure != "2"
