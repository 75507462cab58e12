"""rows_extreme: the row holding the extreme of the one column a question names (no embedding model)."""

from __future__ import annotations

from ingest.tables import read_grid
from rag.extractive.passage_tables import tables_of
from rag.extractive.rows_extreme import named_column, rows_extreme
from tests.test_shape_cues import _table_ctx

QUARTERS = [["", "Total Number of Shares Repurchased (in thousands)", "Average Price Paid per Share", "Amount (in millions)"],
            ["First quarter 2021", "2,150", "$ 212.48", "$ 456.8"], ["Second quarter 2021", "1,870", "$ 238.15", "$ 445.3"],
            ["Third quarter 2021", "2,420", "$ 251.06", "$ 607.6"], ["Total", "6,440", "$ 233.10", "$ 1,509.7"]]
REGIONS = [["", "2021", "2020", "Change", "% Change"], ["Americas", "$ 124", "$ 98", "$ 26", "26%"],
           ["Europe", "52", "39", "13", "32%"], ["Asia", "29", "20", "9", "44%"], ["Total revenue", "$ 205", "$ 157", "$ 48", "30%"]]


def _ask(question, grid, years=()):
    ctx = _table_ctx(question, grid)
    return rows_extreme(ctx, question, tables_of(ctx), years, "extractive")


def test_periods_as_row_labels_are_the_alternatives_total_left_out():
    got = _ask("In which quarter of 2021 were the most shares repurchased?", QUARTERS, (2021,))
    assert got is not None and got.figure == "Third quarter 2021"
    low = _ask("In which quarter of 2021 was the lowest average price paid per share?", QUARTERS, (2021,))
    assert low is not None and low.figure == "First quarter 2021"


def test_a_percent_asked_reads_the_percent_column_among_as_well_named():
    table = read_grid(REGIONS, None).table
    assert named_column(table, "Which region had the highest % change in revenue?") == "% Change"
    assert named_column(table, "Which region had the highest change in revenue?") is None  # two columns say 'change'

    got = _ask("Which region had the highest % change in revenue?", REGIONS)
    assert got is not None and got.figure == "Asia"


def test_a_year_column_asked_or_no_column_named_gives_none():
    assert _ask("Which region had the highest revenue in 2021?", REGIONS, (2021,)) is None
    assert _ask("Which region had the highest headcount?", REGIONS) is None


SIZES = [["Region", "2023", "2024", "2030E", "CAGR 2019-2024", "CAGR 2024-2030E"],
         ["Asia", "60.0", "70.0", "150.0", "30.0%", "12.0%"], ["Europe", "20.0", "25.0", "70.0", "25.0%", "18.0%"],
         ["Rest of World", "3.0", "4.0", "15.0", "20.0%", "24.0%"], ["Others", "1.0", "1.5", "9.0", "10.0%", "35.0%"],
         ["Global total", "84.0", "100.5", "244.0", "27.0%", "15.0%"]]
GROWTH = [["", "2023", "2024", "YoY 2024 (%)"], ["China", "1,019.1", "1,005.1", "-1.4"], ["India", "140.8", "149.6", "6.2"],
          ["Türkiye", "33.7", "36.9", "9.5"], ["Others", "285.3", "291.4", "12.1"], ["World total", "1,888.2", "1,882.6", "-0.3"]]


def test_a_rate_column_of_the_period_asked_is_read_not_the_level_of_a_year():
    got = _ask("Which region is expected to grow at the highest CAGR between 2024 and 2030?", SIZES, (2024, 2030))
    assert got is not None and got.figure == "Rest of World"  # 'Others' is no region ranked
    low = _ask("Which region has the lowest CAGR over 2019-2024?", SIZES, (2019, 2024))
    assert low is not None and low.figure == "Rest of World"
    yoy = _ask("Which country recorded the highest year-on-year growth in 2024?", GROWTH, (2024,))
    assert yoy is not None and yoy.figure == "Türkiye"
    strong = _ask("Which country posted the strongest growth in 2024?", GROWTH, (2024,))
    assert strong is not None and strong.figure == "Türkiye"


def test_among_columns_as_well_named_the_one_saying_nothing_unsaid_is_read():
    grid = [["Country", "Operational", "Under construction", "Operational 2030E (base case)"],
            ["Germany", "48", "36", "132"], ["Poland", "86", "10", "104"], ["Total", "134", "46", "236"]]
    assert named_column(read_grid(grid, None).table, "Which country has the largest operational capacity?") == "Operational"
    got = _ask("Which country has the largest operational capacity?", grid)
    assert got is not None and got.figure == "Poland"


def test_the_kind_asked_is_read_in_its_column_when_rows_are_labelled_by_another():
    grid = [["Date", "Company", "Round", "Post-money valuation (USD billion)"], ["Apr 3", "Halcyon Labs", "Series E", "61.5"],
            ["Apr 17", "Vectorleaf", "Series C", "4.2"], ["Jun 4", "Gridmind", "Series D", "9.8"]]
    got = _ask("Which company had the highest post-money valuation?", grid)
    assert got is not None and got.figure == "Halcyon Labs"
    got = _ask("On which date was the lowest post-money valuation?", grid)
    assert got is None or got.figure == "Apr 17"


CLOUD = [["", "Revenue (USD billion)", "", "Market share", "", "Growth"], ["Vendor", "2023", "2024", "2023", "2024", "2024"],
         ["Alpha", "52.1", "60.4", "37.3%", "36.5%", "15.9%"], ["Beta", "34.6", "43.8", "24.7%", "26.4%", "26.6%"],
         ["Gamma", "15.8", "19.9", "11.3%", "12.0%", "25.9%"], ["Others", "22.0", "30.0", "15.7%", "14.9%", "36.4%"],
         ["Total", "124.5", "154.1", "100.0%", "100.0%", "23.8%"]]
BUILD = [["", "Operational", "", "CAGR"], ["Region", "2022", "2024", "2022-2024"], ["North", "100", "138", "17.5%"],
         ["East", "50", "73", "20.8%"], ["South", "10", "11", "4.9%"], ["Total", "160", "222", "17.8%"]]


def test_a_rate_headed_over_its_period_is_the_column_ranked():
    got = _ask("Which vendor grew fastest in 2024?", CLOUD, (2024,))
    assert got is not None and got.figure == "Beta"  # 'Others' is no vendor ranked
    got = _ask("Which region had the highest CAGR between 2022 and 2024?", BUILD, (2022, 2024))
    assert got is not None and got.figure == "East"


def test_which_n_rows_hold_the_extreme_the_first_n_ranked():
    got = _ask("Which two quarters had the most shares repurchased?", QUARTERS)
    assert got is not None and got.figure == "Third quarter 2021 and First quarter 2021"


TRADE = [["(in $ billions)", "Imports", "Exports", "Trade balance"], ["Germany", "112.4", "148.9", "36.5"],
         ["China", "201.7", "96.3", "(105.4)"], ["Japan", "83.6", "71.9", "(11.7)"], ["Canada", "139.5", "146.2", "6.7"]]
ATTENDANCE = [["Season", "Average attendance", "Change"], ["2020-21", "18,450", "-9.8%"], ["2021-22", "21,930", "18.9%"],
              ["2023-24", "19,870", "-1.2%"]]


def test_an_agent_noun_ranked_names_the_column_of_its_measure():
    table = read_grid(TRADE, None).table
    assert named_column(table, "Which country is the largest importer?") == "Imports"
    assert named_column(table, "Which country was the biggest exporter?") == "Exports"
    got = _ask("Which country is the smallest importer?", TRADE)
    assert got is not None and got.figure == "Japan"


def test_a_side_of_zero_asked_keeps_the_figures_on_that_side():
    got = _ask("Which country had the highest Trade balance below 0?", TRADE)  # the smallest deficit
    assert got is not None and got.figure == "Japan"
    fell = _ask("Which season had the smallest decline in attendance?", ATTENDANCE)  # a rise is no decline
    assert fell is not None and fell.figure == "2023-24"


def test_one_fall_among_rises_is_both_the_largest_and_the_smallest_decline():
    grid = [["", "2024", "YoY change 2024"], ["Oncology", "1,988", "6.0%"], ["Infectious diseases", "541", "(9.5%)"],
            ["Cardiovascular", "395", "1.8%"]]
    for question in ("Which area recorded the largest year-on-year decline in 2024?",
                     "Which area recorded the smallest year-on-year decline in 2024?"):
        got = _ask(question, grid, (2024,))
        assert got is not None and got.figure == "Infectious diseases"


def test_which_fiscal_year_of_a_turned_table_reads_its_period_rows_a_nil_row_no_alternative():
    grid = [["Fiscal year", "Passenger journeys (million)", "On-time performance"], ["FY2020", "412.6", "93.1%"],
            ["FY2021", "238.9", "95.4%"], ["FY2022", "331.4", "94.6%"], ["FY2025 (budget)", "438.0", "n.a."]]
    got = _ask("Which fiscal year had the highest on-time performance?", grid)
    assert got is not None and got.figure == "FY2021"
    assert _ask("Which fiscal year had the highest on-time performance?", [["", "2021", "2022"], ["On-time", "9", "8"]]) is None
