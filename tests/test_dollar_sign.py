"""A dollar sign after letters ('S$', 'A$', 'NT$', 'HK$') is another currency's, not a US dollar."""

from ingest.cell_values import unit_of
from ingest.figures import parse_figures
from rag.extractive.units_covered import currency_uncovered


def test_figures_read_no_us_dollar_from_another_dollar_sign():
    # another dollar's mark is money in that dollar, never USD
    assert [f.currency for f in parse_figures("S$5 billion and A$2 billion", with_years=False)] == ["SGD", "AUD"]
    assert [f.currency for f in parse_figures("NT$3 million", with_years=False)] == ["TWD"]
    assert [f.currency for f in parse_figures("US$5 billion, $2 billion, ($1)", with_years=False)] == ["USD"] * 3


def test_a_cell_unit_in_another_dollar_is_not_usd():
    assert unit_of("HK$ millions")[0] == "HKD"
    assert unit_of("Hong Kong dollars")[0] != "USD"
    assert unit_of("$ millions")[0] == "USD"


def test_us_dollars_asked_are_not_written_by_another_dollar():
    assert currency_uncovered("Revenue in US dollars?", ["revenue of S$5 billion"]) is not None
    assert currency_uncovered("Revenue in US dollars?", ["revenue of HK$5 billion"]) is not None
    assert currency_uncovered("Revenue in US dollars?", ["revenue of 5 billion Singapore dollars"]) is not None
    assert currency_uncovered("Revenue in US dollars?", ["revenue of US$5 billion"]) is None
    assert currency_uncovered("Revenue in US dollars?", ["revenue of $5 billion"]) is None


def test_a_dollar_sign_after_a_small_letter_is_a_dropped_space():
    assert [f.currency for f in parse_figures("declared dividends of$0.40 per share", with_years=False)] == ["USD"]
    assert currency_uncovered("Dividend in US dollars?", ["dividends of$0.40 per share"]) is None
    assert currency_uncovered("Revenue in US dollars?", ["revenue of s$5 billion"]) is not None  # cited texts are lowered


def test_a_dollar_word_after_a_shortened_place_is_not_usd():
    assert unit_of("HK dollars in millions")[0] != "USD"
    assert currency_uncovered("Revenue in US dollars?", ["revenue of 5 billion nt dollars"]) is not None
    assert currency_uncovered("Revenue in US dollars?", ["revenue of 5 billion us dollars"]) is None
