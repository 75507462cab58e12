"""A heading whose every word the question writes around a row's own name ('Average realized prices › NGLs' asked as
'the average realized NGL price') names the rows: its 'average' is no operation, unless a range of years is asked."""

from __future__ import annotations

from tests.test_shapes import _ask

GRID = [["", "Year Ended December 31,", "", ""],
        ["", "2019", "2018", "2017"],
        ["Production:", "", "", ""],
        ["Oil (MBbls)", "6,842", "5,913", "4,705"],
        ["Average realized prices:", "", "", ""],
        ["Oil ($/Bbl)", "$ 55.21", "$ 57.84", "$ 48.12"],
        ["NGLs ($/Bbl)", "16.37", "24.90", "20.15"]]


def _lead(question: str) -> str:
    answer = _ask(question, grid=GRID, caption=None)
    assert answer is not None
    return answer.answer.split("**")[1]


def test_a_heading_written_around_the_row_name_reads_the_cell():
    assert _lead("What was the average realized NGL price in 2018?") == "24.90"
    assert _lead("What were the average realized NGL prices in 2019 and 2018?") == "16.37 and 24.90"


def test_a_range_of_years_asks_the_mean_over_them():
    assert _lead("What was the average realized oil price over 2017 to 2019?").startswith("53.72")
