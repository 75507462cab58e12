"""'The average realized oil price over 2017 to 2019' asks each year of the range, as 'from 2017 to
2019' does (periods.periods_of), not the mean of its two ends."""

from __future__ import annotations

from rag.extractive.periods import periods_of
from tests.test_compute import _ask, _lead  # one table asked, and its computed lead checked


def test_over_one_year_to_another_is_a_range():
    assert periods_of("What was the average oil price over 2017 to 2019?", [2017, 2019])[0].kind == "range"
    assert periods_of("What was the average across fiscal 2017 through 2019?", [2017, 2019])[0].kind == "range"
    assert periods_of("What was the oil price in 2017 and 2019?", [2017, 2019])[0].kind == "versus"


_PRICES = [["", "2019", "2018", "2017"], ["Oil ($/Bbl)", "55.21", "57.83", "48.12"]]


def test_an_average_over_a_range_takes_every_year_in_it():
    assert _lead(_ask("What was the average Oil ($/Bbl) over 2017 to 2019?", _PRICES)) == "53.72"
