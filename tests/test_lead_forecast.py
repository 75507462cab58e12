"""A forecast year asked, led by an undated present-tense figure: the lead loses its bold (lead_forecast)."""

from ingest.figures import parse_figures
from rag.extractive.lead_forecast import undated_for_forecast

PRESENT = "Accounting for 20% of the global population, China faces both challenges and prospects."


def test_forecast_year_undated_present_is_doubted() -> None:
    assert undated_for_forecast((2029,), PRESENT, parse_figures(PRESENT), "2025-12-31")


def test_past_year_is_left_alone() -> None:
    assert undated_for_forecast((2024,), PRESENT, parse_figures(PRESENT), "2025-12-31") is None


def test_projection_is_left_alone() -> None:
    text = "China is expected to account for 20% of the global population."
    assert undated_for_forecast((2029,), text, parse_figures(text), "2025-12-31") is None


def test_dated_sentence_is_left_alone() -> None:
    text = "In 2029 China accounts for 20% of the global population."
    assert undated_for_forecast((2029,), text, parse_figures(text), "2025-12-31") is None


def test_unknown_report_date_is_left_alone() -> None:
    assert undated_for_forecast((2029,), PRESENT, parse_figures(PRESENT), "") is None


def test_report_dated_in_the_asked_year_is_left_alone() -> None:
    assert undated_for_forecast((2025,), PRESENT, parse_figures(PRESENT), "2025-06-01") is None
    assert undated_for_forecast((2026,), PRESENT, parse_figures(PRESENT), "2025")  # a year-only date is read
