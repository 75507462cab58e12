"""The computation a question asks (operations.py): 'weighted-average' names a measure,
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


def test_a_difference_between_two_years_has_no_direction():
    from rag.extractive.operations import undirected
    assert undirected("What is the difference in total costs between 2018 and 2019?")
    assert not undirected("What is the difference in total costs from 2018 to 2019?")
    assert not undirected("What is the change in total costs between 2018 and 2019?")
    assert not undirected("What is the percentage difference in costs between 2018 and 2019?")


def test_the_difference_between_two_years_is_the_larger_less_the_smaller():
    grid = [["", "2019", "2018"], ["Total costs", "8,455", "10,647"]]
    assert _lead(_ask("What is the difference in Total costs between 2018 and 2019?", grid)) == "2,192"
    assert _lead(_ask("What is the change in Total costs from 2018 to 2019?", grid)) == "-2,192"


def test_a_difference_needs_both_periods_named():
    from rag.extractive.operations import undirected
    assert not undirected("What was the difference in net profit between both FYs?")
    assert undirected("What is the nominal difference for ROFE between F19 and F18?")
