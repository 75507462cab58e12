"""A sentence's figures addressed by year (dated_figures.py), and the rates computed from them
(computed_rate.py): strings only, no model."""

from __future__ import annotations

from ingest.figures import parse_figures
from rag.extractive.computed_rate import rate_from_years
from rag.extractive.dated_figures import comparative_pair, dated
from rag.extractive.years_covered import compared_years
from tests.test_extractive import evidence

RESPECTIVELY = ("Amortization expense was $41.8 million, $36.2 million and $24.9 million for the years ended "
                "December 31, 2020, 2019 and 2018, respectively.")
COMPARATIVE = "Aggregate staff costs for the year were €1,842 million (2018: €1,716 million), comprising wages."


def _years(text):
    return [(f.text, f.year) for f in dated(text, parse_figures(text)) if f.unit != "year"]


def test_respectively_pairs_figures_with_years_in_order():
    assert _years(RESPECTIVELY) == [("$41.8 million", 2020), ("$36.2 million", 2019), ("$24.9 million", 2018)]


def test_a_comparative_dates_its_figure_and_the_one_before_it():
    assert _years(COMPARATIVE) == [("€1,842 million", 2019), ("€1,716 million", 2018)]
    assert comparative_pair(COMPARATIVE, parse_figures(COMPARATIVE)) == (2019, 2018)
    assert _years("Expense of S$3.4 million (2018: S$3.9 million).") == [("S$3.4 million", 2019), ("S$3.9 million", 2018)]  # S$ is money
    assert compared_years(COMPARATIVE) == (2019, 2018)


def test_uneven_counts_or_years_between_figures_keep_the_parse():
    text = "Revenue was $5 million in 2020 and $4 million in 2019, and $3 million later, respectively."
    assert [y for _, y in _years(text)] == [f.year for f in parse_figures(text) if f.unit != "year"]
    text = "Sales were $2 million and $3 million for 2020, 2019 and 2018, respectively."
    assert [y for _, y in _years(text)] == [f.year for f in parse_figures(text) if f.unit != "year"]


def test_a_percentage_change_from_figures_paired_respectively():
    ctx, slots, ev = evidence("What was the percentage change in amortization expense from 2019 to 2020?", RESPECTIVELY)
    a = rate_from_years(ctx, slots, ev, "extractive")
    assert a is not None and a.figure == "15.47%"


def test_a_change_with_no_period_asked_is_the_sentences_year_against_its_comparative():
    ctx, slots, ev = evidence("What was the change in aggregate staff costs?", COMPARATIVE)
    a = rate_from_years(ctx, slots, ev, "extractive")
    assert a is not None and a.figure == "126"
    ctx, slots, ev = evidence("What was the change in aggregate staff costs from 2016 to 2017?", COMPARATIVE)
    assert rate_from_years(ctx, slots, ev, "extractive") is None
