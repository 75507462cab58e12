"""words_led: a question asking words or a period led by a bare amount (no embedding model)."""

from rag.extractive.words_led import period_unnamed


def test_a_forecast_year_names_a_period():
    q = "In which year is penetration first expected to exceed 10%?"
    assert period_unnamed(q, "**2025E**. Penetration rate — 2024: 5.32%; 2025: 11.21%") is None
    assert period_unnamed(q, "**11.21%**. Penetration rate") is not None


def test_a_fiscal_year_as_a_column_prints_it_names_a_period():
    q = "In which year was the Warranty reserve larger?"
    assert period_unnamed(q, "**FY2021**. Warranty reserve (£m): 92,833 million in FY2021 vs 77,601 million (FY2020)") is None
    assert period_unnamed(q, "**FY21**. Warranty reserve") is None
    assert period_unnamed(q, "**92,833**. Warranty reserve") is not None

