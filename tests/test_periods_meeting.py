"""periods_meeting: periods counted where the named row meets a bound or beats another row (no embedding model)."""

from __future__ import annotations

from rag.extractive.passage_tables import tables_of
from rag.extractive.periods_meeting import periods_meeting
from tests.test_shape_cues import _table_ctx

YEARS = [["", "2021", "2022", "2023", "2024", "2030E"], ["China", "1,150", "1,760", "2,720", "3,580", "9,800"],
         ["Europe", "360", "480", "640", "850", "2,900"], ["World", "1,510", "2,240", "3,360", "4,430", "12,700"]]
QUARTERS = [["", "Q1 2024", "Q2 2024", "Q3 2024", "Q4 2024", "2024", "2023"], ["Nuvora", "58.2", "53.6", "57.9", "78.4", "248.1", "235.0"],
            ["Kestrel", "60.1", "54.3", "55.8", "62.0", "232.2", "226.7"], ["Total", "118.3", "107.9", "113.7", "140.4", "480.3", "461.7"]]


def _ask(question, grid):
    ctx = _table_ctx(question, grid)
    return periods_meeting(ctx, question, tables_of(ctx), "extractive")


def test_years_in_the_range_asked_counted_for_the_row_named():
    got = _ask("In how many years from 2021 to 2024 did Europe have more than 400?", YEARS)
    assert got is not None and got.figure == "3"  # 2022, 2023, 2024; 2030E is outside the range
    assert _ask("In how many of the years shown did Europe have more than 400?", YEARS).figure == "4"


def test_quarters_of_a_year_counted_a_total_row_named_by_total():
    got = _ask("In how many quarters of 2024 did total shipments exceed 110?", QUARTERS)
    assert got is not None and got.figure == "3"  # the full-year columns are no quarter


def test_one_row_against_another_period_by_period():
    got = _ask("In how many quarters of 2024 did Nuvora ship more units than Kestrel?", QUARTERS)
    assert got is not None and got.figure == "2"


def test_no_row_named_or_no_period_kind_gives_none():
    assert _ask("In how many years did Japan have more than 400?", YEARS) is None
    assert _ask("How many regions had more than 400 in 2024?", YEARS) is None


# periods as rows, the measures as columns; a measure's row that states a year is no period
ROWS = [["Year", "Nimbus", "Velo", "Total"], ["2021", "14.2", "6.8", "21.0"], ["2022", "18.9", "8.7", "27.6"],
        ["2023", "24.5", "10.9", "35.4"], ["2024(1)", "31.8", "12.6", "44.4"], ["Revenue 2024 (EUR mn)", "2,140", "880", "3,020"]]
LANES = [["Quarter", "Transpacific", "Composite"], ["Q4 2023", "104", "113"], ["Q1 2024", "158", "204"],
         ["Q2 2024", "247", "273"], ["H1 2025", "198", "197"]]


def test_periods_as_rows_counted_in_the_column_named():
    got = _ask("In how many of the years shown did Velo have more than 10 million customers?", ROWS)
    assert got is not None and got.figure == "2"  # 2023 and 2024(1); 'Revenue 2024' is no year
    assert "2023" in got.answer and "Revenue" not in got.answer.split("—")[0]
    assert _ask("In how many of the years from 2021 to 2023 did Nimbus have more than 15?", ROWS).figure == "2"


def test_a_range_ending_in_a_part_of_a_year_names_no_column():
    got = _ask("In how many of the periods from 2024 to H1 2025 was the composite index above 200?", LANES)
    assert got is not None and got.figure == "2"  # Q1 and Q2 2024; H1 2025 is a period, not the measure
    assert _ask("In how many quarters did the composite index exceed 200?", LANES).figure == "2"
