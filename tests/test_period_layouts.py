"""Period layouts of filings' tables (session 45, w-tbl45): a range 'for the years 2021 to 2023' is every year of it,
a footnote mark glued to a figure ('0.30(1)') is no second figure, and a date written in figures ('31.12.22') dates
its column by its year. Each on the smallest table, without the embedding model."""

from __future__ import annotations

from ingest.cell_values import is_numeric, parse_value
from ingest.year_forms import numeric_date_years
from rag.extractive.cells import words, year_of
from rag.extractive.slots import parse
from rag.extractive.years_covered import named
from tests.test_compute import _ask, _lead

_DIVIDENDS = [["", "2023", "2022", "2021", "2020", "2019"],
              ["Dividend per share (€)", "0.30(1)", "0.27", "0.24", "0.15", "0.21"],
              ["Total dividend (€ million)", "92.7", "83.6", "74.8", "46.9", "65.6"]]


def test_a_footnote_mark_glued_to_a_figure_is_no_second_figure():
    assert parse_value("0.30(1)") == 0.3 and parse_value("(1,234)(a)") == -1234 and parse_value("12.5¹") == 12.5
    assert parse_value("(1)") == -1 and parse_value("1 (2)") is None  # a bracketed figure alone; two figures apart
    assert not is_numeric("2023(1)")  # a year heading with its note stays a heading


def test_an_average_over_a_range_reads_every_year_of_it_a_marked_cell_too():
    a = _ask("What was the average dividend per share from 2019 to 2023?", _DIVIDENDS)
    assert _lead(a) == "0.23" and len(a.derivation["operands"]) == 5


def test_the_years_named_as_a_span_are_a_range_and_their_total_is_the_sum():
    assert parse("What was the total dividend paid for the years 2021 to 2023?").periods[0].kind == "range"
    assert parse("What was X in 2021 and 2023?").periods[0].kind == "versus"
    a = _ask("What was the total dividend paid for the years 2021 to 2023?", _DIVIDENDS)
    assert _lead(a) == "251.1 million"  # 92.7 + 83.6 + 74.8, not the two ends


_CAPITAL = [["CHF million", "31.12.23", "31.12.22", "% change"], ["Risk-weighted assets", "", "", ""],
            ["Credit risk", "17,946", "17,208", "4.3"], ["Market risk", "1,384", "1,522", "(9.1)"],
            ["Total risk-weighted assets", "19,330", "18,730", "3.2"]]


def test_a_date_in_figures_dates_its_column_and_the_question_by_its_year():
    assert numeric_date_years("from 31.12.22 to 30/06/2024") == [2022, 2024]
    assert numeric_date_years("section 3.1.2, 12.5%, 1.23 billion") == []
    assert year_of("31.12.22") == 2022 and words("at 31.12.22") == []
    assert parse("What was the change in credit risk RWA from 31.12.22 to 31.12.23?").years == (2022, 2023)
    assert named("Credit risk — 31.12.23: 17,946", 2023) and not named("1.23 billion", 2023)
    a = _ask("What was the change in credit risk RWA from 31.12.22 to 31.12.23?", _CAPITAL)
    assert _lead(a) == "738 million"
