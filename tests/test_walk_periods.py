"""walk_periods: a movement asked in every period read as each step between period columns."""

from __future__ import annotations

from rag.extractive.walk_periods import Every, every_asked, steps, weakest_step
from tests.test_moved_items import _ask

DATED = [((2022, 12), "2022"), ((2023, 12), "2023"), ((2024, 12), "2024")]
SHARES = [["Brand", "2022", "2023", "2024"], ["Ash", "18.4", "19.1", "18.2"], ["Birch", "12.7", "13.5", "14.3"],
          ["Cedar", "9.8", "9.1", "8.6"], ["Dune", "4.5", "4.3", "4.8"], ["Total", "45.4", "46.0", "45.9"]]


def test_the_periods_asked_are_those_named_a_span_or_every_one():
    assert every_asked("Which brands gained share in both 2023 and 2024?") == Every((2023, 2024), None)
    assert every_asked("Which countries grew in each year from 2022 to 2024?") == Every(None, (2022, 2024))
    assert every_asked("Which segments grew in every quarter of 2024?") == Every(None, (2024, 2024))
    assert every_asked("Which brands gained share in all three years?") == Every(None, None)
    assert every_asked("Which brands gained share in 2024?") is None


def test_each_named_year_steps_from_the_one_before_and_a_span_walks_its_columns():
    assert steps(DATED, Every((2023, 2024), None)) == [("2022", "2023"), ("2023", "2024")]
    assert steps(DATED, Every((2022, 2024), None)) is None  # 2022 has no year before it
    assert steps(DATED, Every(None, (2022, 2024))) == [("2022", "2023"), ("2023", "2024")]
    assert steps(DATED, Every(None, (2023, 2024))) is None  # one step: no every-period condition
    assert weakest_step([0.8, -0.2], False) == -0.2 and weakest_step([-0.7, -0.5], True) == -0.5


def test_which_items_moved_in_every_step_named():
    got = _ask("Which brands gained share in both 2023 and 2024?", SHARES)
    assert got is not None and got.figure == "Birch"
    got = _ask("Which brands lost share in each year from 2022 to 2024?", SHARES)
    assert got is not None and got.figure == "Cedar"
    got = _ask("How many brands gained share in both 2023 and 2024?", SHARES)
    assert got is not None and got.figure == "1"
    assert _ask("Which brands gained share by more than 1 point in both 2023 and 2024?", SHARES) is None
