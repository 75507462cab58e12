"""A change asked in points led by a percent growth: the lead loses its bold (lead_points)."""

from ingest.figures import parse_figures
from rag.extractive.lead_points import percent_growth, points_for_growth
from rag.extractive.slots import parse

GROWTH = "Urban spending increased nominally by 4.7%, reaching RMB 34.5 thousand."
RATE = "The urbanization rate stood at 67.0% in 2024, up 3.1 from 2020."


def _percents(text: str) -> list:
    return [f for f in parse_figures(text) if f.unit == "percent"]


def test_points_asked_growth_given_is_doubted() -> None:
    q = "By how many percentage points did urban spending rise?"
    assert points_for_growth(parse(q), GROWTH, _percents(GROWTH))


def test_growth_after_figure_is_growth() -> None:
    text = "Revenue saw a 6.6% increase."
    assert percent_growth(text, _percents(text)[0])


def test_rate_is_not_growth() -> None:
    assert not percent_growth(RATE, _percents(RATE)[0])
    assert points_for_growth(parse("By how many percentage points did the rate rise?"), RATE, _percents(RATE)) is None


def test_percent_asked_growth_given_is_kept() -> None:
    assert points_for_growth(parse("By what percentage did urban spending rise?"), GROWTH, _percents(GROWTH)) is None


def test_other_points_are_not_asked() -> None:
    assert points_for_growth(parse("What are the pain points of spending?"), GROWTH, _percents(GROWTH)) is None


def test_pct_after_a_share_is_points() -> None:
    text = "Angel to Series A rounds accounted for 63% of deals, up 5 pct from 2023."
    assert points_for_growth(parse("By how many percentage points did the share rise?"), text, _percents(text)[1:]) is None
    text = "Angel to Series A rounds accounted for 63% of deals, up 5% from 2023."
    assert not percent_growth(text, _percents(text)[1])
