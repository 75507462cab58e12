"""Computed figures over periods printed as a table's rows (rag/extractive/period_rows.py), on the smallest tables."""

from __future__ import annotations

from rag.extractive.period_rows import asked_periods, grouped_parts, measure_column, row_periods
from tests.test_compute import _ask, _lead


def test_row_labels_that_are_only_periods_are_keyed_by_year_and_part():
    assert row_periods(["2022", "2024(b)", "2025E", "Q3 2024", "H1 2025", "2023/24", "Total"]) == {
        "2022": (2022, ""), "2024(b)": (2024, ""), "2025E": (2025, ""), "Q3 2024": (2024, "Q3"),
        "H1 2025": (2025, "H1"), "2023/24": (2024, "")}


def test_the_periods_asked_include_each_quarter_of_a_year_named_so():
    given = {(2024, "Q1"), (2024, "Q2"), (2024, "Q3"), (2024, "Q4"), (2025, "Q1")}
    assert asked_periods("the average across the four quarters of 2024?", given) == sorted(given)[:4]
    assert asked_periods("from Q3 2024 to Q3'25", given) == [(2024, "Q3"), (2025, "Q3")]
    assert asked_periods("over the 2020/21 to 2022/23 seasons", set()) == [(2021, ""), (2023, "")]


def test_the_measure_column_is_the_one_whose_words_the_question_says():
    columns = ["Grade A occupancy (%)", "Grade B occupancy (%)", "Avg grade A rent (AED)", "Avg grade B rent (AED)"]
    assert measure_column(columns, "the percentage increase in the average grade B rent") == "Avg grade B rent (AED)"
    assert measure_column(["Production", "of which West Africa(1)"], "West African production") == "of which West Africa(1)"
    assert measure_column(["Annual recurring revenue", "Total customers"], "the average total revenue") is None


def test_an_average_over_a_range_of_period_rows_reads_every_period_of_it():
    grid = [["Season", "Production", "Price (USD/t)"], ["2020/21", "5,240", "2,450"], ["2021/22", "4,950", "2,520"],
            ["2022/23", "4,980", "2,780"], ["2023/24", "4,380", "7,640"]]
    assert _lead(_ask("What was the average price over the 2020/21 to 2022/23 seasons?", grid)) == "2,583.33"


def test_a_change_between_quarter_rows_reads_the_named_column():
    grid = [["Quarter", "Grade B occupancy (%)", "Avg grade B rent (AED/sq ft/yr)"], ["Q3 2024", "86.7", "130"],
            ["Q4 2024", "87.5", "134"], ["Q1 2025", "88.4", "139"], ["Q3 2025", "89.6", "146"]]
    assert _lead(_ask("What was the percentage increase in the average grade B rent from Q3 2024 to Q3 2025?",
                      grid)) == "12.31%"


def test_a_compound_annual_rate_over_period_rows_compounds_over_the_years_between():
    grid = [["Year", "China", "Global"], ["2021", "5.2", "23.2"], ["2022", "15.8", "44.7"], ["2023", "48.5", "103.2"],
            ["2024(b)", "101.3", "179.4"], ["2030F", "320.0", "570.0"]]
    assert _lead(_ask("What was the compound annual growth rate of global deployments from 2021 to 2024?",
                      grid)) == "97.75%"
    assert _lead(_ask("What is the CAGR of China between 2024 and 2030F?", grid)) == "21.13%"


def test_a_compound_annual_rate_within_one_year_is_not_computed():
    grid = [["Quarter", "Grade B occupancy (%)", "Avg grade B rent (AED/sq ft/yr)"], ["Q1 2024", "86.7", "130"],
            ["Q2 2024", "87.5", "134"], ["Q3 2024", "88.4", "139"], ["Q3 2025", "89.6", "146"]]
    assert _ask("What was the compound annual growth rate of the grade B rent from Q1 2024 to Q3 2024?", grid) is None
    assert _lead(_ask("What was the compound annual growth rate of the grade B rent from Q3 2024 to Q3 2025?",
                      grid)) == "5.04%"


def test_a_group_of_a_years_parts_names_each_of_them():
    given = {(2023, "H1"), (2023, "H2"), (2024, "H1"), (2024, "H2"), (2025, "H1"), (2025, "Q1"), (2025, "Q2"),
             (2025, "Q3")}
    assert grouped_parts("across the two half-years of 2024", given) == [(2024, "H1"), (2024, "H2")]
    assert grouped_parts("over the four half-years of 2023 and 2024", given) == sorted(given)[:4]
    assert grouped_parts("in the first two quarters of 2025", given) == [(2025, "Q1"), (2025, "Q2")]
    assert grouped_parts("across the four quarters of 2025", given) is None  # three are shown, not four
    assert grouped_parts("in H1 2024", given) is None


def test_an_average_over_a_group_of_quarter_rows_reads_the_named_column():
    grid = [["Quarter", "Occupancy (%)", "Average spend per trip (EUR)"], ["Q1 2024", "48.6", "4.10"],
            ["Q2 2024", "74.2", "4.15"], ["Q3 2024", "88.9", "4.12"], ["Q4 2024", "57.3", "4.30"],
            ["Q1 2025", "50.8", "4.28"]]
    assert _lead(_ask("What was the average spend per trip across the four quarters of 2024?", grid)) == "4.17"
    assert _lead(_ask("What was total occupancy in the first two quarters of 2024?", grid)) == "122.8"


def test_a_compound_rate_the_row_prints_for_the_years_asked_is_read_not_recomputed():
    grid = [["", "2020", "2022", "2024", "2027E", "CAGR 2020-2024"], ["Mortgages", "412.0", "468.5", "521.3", "583.0", "6.1%"],
            ["Credit cards", "38.2", "44.9", "51.6", "61.8", "7.8%"], ["Auto loans", "52.4", "57.1", "63.8", "75.2", "5.0%"]]
    printed = _ask("What was the compound annual growth rate of credit card balances over 2020-2024?", grid)
    assert printed is not None and printed.shape == "figure" and printed.figure == "7.8%"
    assert _lead(_ask("What was the percentage change in credit card balances from 2020 to 2024?", grid)) == "35.08%"


def test_a_quarter_with_a_two_digit_year_a_hyphened_split_year_and_a_dated_label_are_periods():
    assert row_periods(["Q4 23", "Q4 24(p)", "Q1 2023-24", "Total 2023-24", "31 March 2025(1)", "March 2019", "2020-23"]) == {
        "Q4 23": (2023, "Q4"), "Q4 24(p)": (2024, "Q4"), "Q1 2023-24": (2024, "Q1"), "31 March 2025(1)": (2025, ""),
        "March 2019": (2019, "")}
    assert asked_periods("between Q4 23 and Q4 24", set()) == [(2023, "Q4"), (2024, "Q4")]
    assert asked_periods("in Q1 2024-25 compared with Q1 2023-24", set()) == [(2025, "Q1"), (2024, "Q1")]
    assert asked_periods("from 2020-2024", set()) == [(2020, ""), (2024, "")]  # a range's two ends, no split year


def test_a_column_named_under_two_headings_is_the_one_whose_heading_the_question_says():
    columns = ["60+ day delinquency (%) › Subprime", "Annualised net loss (%) › Subprime"]
    assert measure_column(columns, "the subprime annualised net loss rate") == columns[1]
    assert measure_column(columns, "the subprime rate") is None


def test_a_rate_word_that_names_the_measure_asks_no_compounding():
    grid = [["", "60+ day delinquency (%)", "Annualised net loss (%)"], ["Quarter", "Subprime", "Subprime"],
            ["Q3 23", "6.01", "8.15"], ["Q4 23", "6.43", "9.36"], ["Q1 24", "5.88", "8.71"], ["Q4 24(p)", "6.84", "9.78"]]
    assert _lead(_ask("What was the percentage change in the subprime annualised net loss rate from Q4 23 to Q4 24?",
                      grid)) == "4.49%"
    dated = [["Valuation date", "Assets (€ million)", "Liabilities (€ million)"], ["31 March 2013", "8,420", "10,960"],
             ["31 March 2019", "11,640", "13,380"], ["31 March 2025(1)", "15,230", "14,180"]]
    assert _lead(_ask("What was the change in liabilities between the 2019 and 2025 valuations?", dated)) == "800 million"
