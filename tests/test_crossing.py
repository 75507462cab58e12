"""The first year a dated series passes a threshold: read in year order, answered with its year and the
value before it, cited; nothing when no year crosses or no series is given. Smallest inputs, no model."""

from rag.extractive.slots import parse
from rag.extractive.crossing import first_crossing, series, threshold
from tests.test_extractive import evidence

SERIES = "Market size, 2023-2027E: 147 in 2023; 464 in 2024; 975 in 2025E; 1,413 in 2026E; 1,900 in 2027E"


def test_a_series_is_read_in_year_order():
    points = series("Units sold: 30 in 2022; 10 in 2020; 20 in 2021")
    assert [(y, v.number) for y, v in points] == [("2020", 10.0), ("2021", 20.0), ("2022", 30.0)]
    assert series("Units sold: 10 in 2020; 20 in 2021") == []  # two points are no series


def test_a_first_crossing_asks_a_year_and_a_threshold():
    assert threshold(parse("Which is the first year whose bar passes 1,000?")).number == 1000
    assert threshold(parse("What was the market size in 2026?")) is None
    assert threshold(parse("How much did the market first exceed 1,000 by?")) is None  # no year asked


def test_the_first_year_above_the_threshold_answers():
    ctx, slots, ev = evidence("In which year does the market size first pass 1,000?", SERIES)
    a = first_crossing(ctx, slots, ev, "extractive")
    assert a is not None and a.figure == "2026E" and a.answer.startswith("**2026E**: 1,413, after 975 in 2025E")


def test_no_crossing_when_never_passed_or_already_above():
    for bar in ("5,000", "100"):
        ctx, slots, ev = evidence(f"In which year does the market size first pass {bar}?", SERIES)
        assert first_crossing(ctx, slots, ev, "extractive") is None
