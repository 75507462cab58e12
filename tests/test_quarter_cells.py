"""A change between two quarters of one year reads the row's cells of those quarters' columns."""

from ingest.tables import Cell, Table
from rag.extractive.cells import RowHit
from rag.extractive.quarter_cells import quarter_cells, quarters_asked

COLS = ["Fiscal 2019 › First › Quarter", "Fiscal 2019 › Second › Quarter", "Fiscal 2019 › Fourth › Total",
        "Fiscal 2018 › First › Quarter", "Fiscal 2018 › Second › Quarter"]


def _hit() -> RowHit:
    values = [94888, 96037, 363800, 88081, 89767]
    cells = [Cell(row="Revenues", column=c, text=f"{v:,}", value=float(v)) for c, v in zip(COLS, values)]
    return RowHit(0, Table(None, COLS, ["Revenues"], cells), "Revenues", 1.0)


def test_quarters_asked():
    assert quarters_asked("What is the change between the second and first quarter in fiscal 2019?") == [2, 1]
    assert quarters_asked("What is the change from Q1 to Q3 2019?") == [1, 3]
    assert quarters_asked("What was the first change in 2019?") == []


def test_two_quarters_of_one_year_later_first():
    cells = quarter_cells(_hit(), 2019, "What is the change in revenues between the second and first quarter in 2019?")
    assert [c.value for c in cells] == [96037.0, 94888.0]


def test_one_quarter_or_another_year_gives_none():
    assert quarter_cells(_hit(), 2019, "What was revenue in the second quarter of 2019?") is None
    assert quarter_cells(_hit(), 2017, "What is the change between the second and first quarter in 2017?") is None


QUARTERS = ["\tThree Months Ended\t\t\t", "\tMarch 31, 2023\tJune 30, 2023\tSeptember 30, 2023\tDecember 31, 2023",
            "Net revenue\t$ 100\t$ 110\t$ 120\t$ 130", "Restructuring charges\t60\t12\t—\t—"]


def test_a_years_total_adds_its_four_quarter_columns():
    from conftest import cells_answer
    got = cells_answer("What was the total net revenue for fiscal 2023?", QUARTERS)
    assert got is not None and got.answer.startswith("**460")
    got = cells_answer("What were the total restructuring charges in fiscal 2023?", QUARTERS)
    assert got is not None and got.answer.startswith("**72")  # the nil quarters add nothing


def test_a_year_with_its_own_column_besides_quarters_is_not_summed():
    from ingest.tables import read_grid
    from rag.extractive.cells import RowHit
    from rag.extractive.quarter_cells import year_quarters
    grid = [["", "Q1 2023", "Q2 2023", "Q3 2023", "Q4 2023", "Full year 2023"], ["Revenue", "1", "2", "3", "4", "10"]]
    table = read_grid(grid).table
    assert year_quarters(RowHit(0, table, "Revenue", 1.0), 2023) is None
    table = read_grid([row[:5] for row in grid]).table
    assert [c.value for c in year_quarters(RowHit(0, table, "Revenue", 1.0), 2023)] == [1, 2, 3, 4]


HALVES = ["Vendor\tQ1 2024\tQ2 2024\tQ3 2024\tQ4 2024\t2024", "Nuvora\t58.2\t53.6\t57.9\t78.4\t248.1",
          "Aurion\t40.5\t42.8\t44.1\t43.0\t170.4", "Total\t98.7\t96.4\t102.0\t121.4\t418.5"]


def test_a_half_year_adds_its_two_quarter_columns():
    from conftest import cells_answer
    got = cells_answer("What were Nuvora's total shipments in the second half of 2024?", HALVES)
    assert got is not None and got.answer.startswith("**136.3")  # Q3 + Q4; 'total' names no total row
    got = cells_answer("What were Aurion's shipments in H1 2024?", HALVES)
    assert got is not None and got.answer.startswith("**83.3")


def test_a_half_with_its_own_column_is_not_added():
    from ingest.tables import read_grid
    from rag.extractive.cells import RowHit
    from rag.extractive.quarter_cells import half_quarters
    grid = [["", "Q1 2023", "Q2 2023", "H1 2023"], ["Revenue", "1", "2", "3"]]
    hit = RowHit(0, read_grid(grid).table, "Revenue", 1.0)
    assert half_quarters(hit, 2023, "What was revenue in the first half of 2023?") is None
    hit = RowHit(0, read_grid([row[:3] for row in grid]).table, "Revenue", 1.0)
    assert [c.value for c in half_quarters(hit, 2023, "What was revenue in the first half of 2023?")] == [2, 1]


def test_a_total_rows_half_year_keeps_the_total_row():
    from conftest import cells_answer
    lines = ["\tQ1 2024\tQ2 2024\tQ3 2024\tQ4 2024", "Product revenue\t10\t11\t12\t13", "Total revenue\t15\t17\t19\t21"]
    got = cells_answer("What was the total revenue in the first half of 2024?", lines)
    assert got is not None and got.answer.startswith("**32")


def test_a_table_of_quarters_averages_its_quarters_with_figures():
    """Quarter rows read turned ('Q1 2024' .. 'Q1 2025' as columns): an average over the year asked, or over all when
    none is, is over the quarters with a figure ('n/a' is no operand); a quarter named keeps its own cells."""
    from ingest.tables import read_grid
    from rag.extractive.quarter_cells import quarter_series
    from rag.extractive.year_rows import with_year_columns

    grid = [["Quarter", "Price (EUR/MWh)", "Capture rate (%)"], ["Q1 2024", "68.4", "n/a"], ["Q2 2024", "55.9", "61"],
            ["Q3 2024", "78.2", "58"], ["Q1 2025", "104.7", "79"]]
    table = with_year_columns(read_grid(grid).table)
    price, rate = RowHit(0, table, "Price (EUR/MWh)", 1.0), RowHit(0, table, "Capture rate (%)", 1.0)
    assert [c.text for c in quarter_series(price, 2024, "the average price in 2024")] == ["68.4", "55.9", "78.2"]
    assert [c.text for c in quarter_series(rate, None, "the average capture rate")] == ["61", "58", "79"]
    assert quarter_series(price, 2024, "the average price in Q1 2024 and Q2 2024") is None
    years = with_year_columns(read_grid([["Year", "Price"], ["2023", "5"], ["2024", "6"]]).table)
    assert quarter_series(RowHit(0, years, "Price", 1.0), None, "the average price") is None


def test_a_year_written_after_an_apostrophe_dates_the_column():
    from rag.extractive.cells import year_of

    assert year_of("Q3'25") == 2025 and year_of("Sep '24") == 2024 and year_of("H1’25") == 2025
    assert year_of("FY18") == 2018 and year_of("McDonald's 10") is None


SHORT = ["(GBP billions)\tQ4 23\tQ1 24\tQ2 24\tQ3 24\tQ4 24", "Closing AUM\t426.4\t431.0\t440.2\t445.9\t452.7",
         "Net flows\t(2.5)\t0.7\t(5.2)\t1.4\t(2.2)"]


def test_a_quarter_with_two_digits_dates_its_column_and_its_place():
    from rag.extractive.cells import year_of
    from rag.extractive.quarter_cells import names_quarter, period_order
    assert [year_of(c) for c in ("Q4 23", "4Q24", "H1 24", "Q3 24 › Upgrades", "Closing AUM")] == [2023, 2024, 2024, 2024, None]
    assert names_quarter("4Q24", 4) and not names_quarter("4Q24", 2)
    assert period_order("Q4 23") < period_order("Q3 24") < period_order("Q4 24") == period_order("2024")
    assert period_order("H1 24") == (2024, 2) and period_order("Closing AUM") is None
    assert period_order("2H'24") == period_order("H2 24") == (2024, 4)


def test_a_change_between_short_quarters_runs_from_the_earlier():
    from conftest import cells_answer
    got = cells_answer("What was the percentage change in closing AUM from Q4 23 to Q4 24?", SHORT)
    assert got is not None and got.answer.startswith("**6.17%")  # not (426.4 - 452.7) / 452.7
    got = cells_answer("By how much did closing AUM increase between Q3 24 and Q4 24?", SHORT)
    assert got is not None and got.answer.startswith("**6.8")


def test_a_years_short_quarters_add_and_average():
    from conftest import cells_answer
    got = cells_answer("What were total net flows across the four quarters of 2024?", SHORT)
    assert got is not None and got.answer.startswith("**-5.3")  # Q4 23 is no quarter of 2024
    got = cells_answer("What was the total of net flows in the first half of 2024?", SHORT)
    assert got is not None and got.answer.startswith("**-4.5")
    got = cells_answer("What was closing AUM in Q2 24?", SHORT)
    assert got is not None and got.answer.startswith("**440.2")
