"""The computation a question asks, session 35 (operations.py): 'weighted-average' names a measure,
not a mean asked; on the smallest table, without the embedding model."""

from __future__ import annotations

from rag.extractive.operations import operation
from tests.test_compute import _ask, _lead  # one table asked, and its computed lead checked


def test_weighted_average_is_a_measure_not_an_operation():
    assert operation("What is the weighted average price in 2019?") is None
    assert operation("What was the weighted-average fair value at grant date?") is None
    assert operation("What was the difference in the Weighted-Average Useful Lives between A and B?") == "change"
    assert operation("What is the average weighted-average price for 2018 and 2019?") == "average"
    assert operation("What was the average price?") == "average"


def test_difference_of_weighted_average_lives_between_two_rows_is_computed():
    grid = [["", "Weighted-Average Useful Lives (in years)", "Fair Value"],
            ["Trademarks", "5.0", "25"], ["Other", "2.0", "4"]]
    q = "What was the difference in the Weighted-Average Useful Lives between Trademarks and Other?"
    assert _lead(_ask(q, grid)) == "3"
