"""'The gap between A and B' asks their difference (a computed change); asked 'in points' with no score
named, the points may be of a percent; two gaps set against each other ('2023 versus 2024') ask no one difference."""

from __future__ import annotations

from rag.extractive.operations import operation
from rag.extractive.slots import parse


def test_a_gap_between_two_things_is_their_difference():
    assert operation("Gap between A tools and B tools demand?") == "change"
    assert parse("Gap between A tools and B tools demand, in points?").shape == "computed"
    assert parse("What was the gap between A and B models at the end of 2024?").shape == "figure"  # may be printed


def test_two_gaps_set_against_each_other_ask_no_one_difference():
    q = "Gap between A and B models in points, 2023 versus 2024?"
    assert operation(q) != "change"
    assert parse(q).shape != "computed"


def test_points_of_a_gap_may_be_percent_points():
    assert parse("Gap between A tools and B tools demand, in points?").units == ("score", "percent")


def test_points_of_a_named_score_stay_a_score():
    assert parse("Gap between A and B on the benchmark score, in points?").units == ("score",)
