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


# a fiscal year written short in quarter headers; quarters with no year beside the full years they are parts of
SHORT_FY = [["$ in millions", "Q1 FY24", "Q2 FY24", "Q3 FY24", "Q4 FY24", "FY2024"], ["Net new ARR", "18.4", "21.3", "18.5", "25.7", "83.9"],
            ["Ending ARR", "431.0", "452.3", "470.8", "496.5", "496.5"]]
BARE_Q = [["LFL (%)", "Q1", "Q2", "Q3", "Q4", "FY 2024/25", "FY 2023/24"], ["Grocery", "3.8", "3.1", "2.6", "2.2", "2.9", "7.4"],
          ["General merchandise", "-4.2", "-3.5", "1.1", "-2.0", "-2.1", "-1.4"]]


def test_quarters_headed_with_a_short_fiscal_year():
    got = _ask("In how many quarters of FY2024 did net new ARR exceed $20 million?", SHORT_FY)
    assert got is not None and got.figure == "2"  # Q2 and Q4; the FY2024 column is their whole
    assert _ask("In how many quarters of FY2023 did net new ARR exceed $20 million?", SHORT_FY) is None


def test_quarters_with_no_year_are_parts_of_the_first_full_year_after_them():
    got = _ask("In how many quarters of FY 2024/25 did general merchandise have LFL below 0?", BARE_Q)
    assert got is not None and got.figure == "3"
    assert _ask("In how many quarters of FY 2023/24 did general merchandise have LFL below 0?", BARE_Q) is None


SHARE = [["KPI", "2021", "2022", "2023", "2024", "2025E", "CAGR 2021-2024 (%)"],
         ["Value sales (PLN million)", "1,842", "2,015", "2,231", "2,318", "2,390", "8.0"],
         ["Private-label value share (%)", "28.4", "31.0", "33.9", "35.2", "36.0", "-"]]


def test_a_movement_by_a_bound_counts_each_years_change_on_the_year_before_not_its_level():
    got = _ask("In how many years from 2022 to 2025E did private-label value share rise by more than 2 pp on the previous year?", SHARE)
    assert got is not None and got.figure == "2"  # 2022 (+2.6) and 2023 (+2.9); every level is above 2
    got = _ask("In how many years from 2022 to 2025E did value sales grow by more than 5%?", SHARE)
    assert got is not None and got.figure == "2"  # 2022 (+9.4%) and 2023 (+10.7%)
    assert _ask("In how many years from 2022 to 2024 did private-label value share rise by more than 5%?", SHARE) is None
    assert _ask("In how many years from 2021 to 2024 did value sales grow by more than 5%?", SHARE) is None  # no 2020


NHS = [["Quarter", "A&E attendances (thousands)", "A&E seen within 4 hours (%)"], ["Q1 2023-24", "118.4", "71.3"],
       ["Q2 2023-24", "121.0", "70.8"], ["Q3 2023-24", "115.7", "66.4"], ["Total 2023-24", "355.1", "69.4"],
       ["Q1 2024-25", "123.5", "72.6"]]


def test_quarter_rows_of_a_split_year_are_periods_a_total_row_none():
    got = _ask("In how many of the quarters shown were more than 70% of A&E patients seen within 4 hours?", NHS)
    assert got is not None and got.figure == "3"  # Q1 and Q2 2023-24, Q1 2024-25


def test_which_quarters_names_the_periods_met_and_none_met_names_none():
    got = _ask("Which quarters of 2024 had total shipments above 110?", QUARTERS)
    assert got is not None and got.figure == "Q1 2024, Q3 2024 and Q4 2024" and got.shape == "list"
    got = _ask("In which quarters of 2024 did Nuvora ship more units than Kestrel?", QUARTERS)
    assert got is not None and got.figure == "Q3 2024 and Q4 2024"
    assert _ask("Which quarters of 2024 had total shipments above 500?", QUARTERS) is None
    assert _ask("Which years had total shipments above 110?", QUARTERS) is None  # the years met: meeting_answer's
    assert _ask("In which period did total shipments exceed 110?", QUARTERS) is None  # a period: its year (meeting_answer)
