"""year_rows: a table whose rows are years is read with its years as columns; any other table stays as it is."""

from ingest.tables import read_grid
from rag.extractive.cells import RowHit, cell_at
from rag.extractive.column_choice import column_for
from rag.extractive.year_rows import with_year_columns, years_as_rows

GRID = [["Year", "Revenue", "Headcount"], ["2019", "1,200", "40"], ["2018", "(900)", "35"]]


def test_years_heading_rows_are_read_as_year_columns():
    table = read_grid(GRID).table
    assert years_as_rows(table)
    turned = with_year_columns(table)
    assert turned.rows == ["Revenue", "Headcount"] and turned.columns == ["2019", "2018"]
    assert turned.cell("Revenue", "2018").value == -900.0  # the sign kept
    assert column_for(turned, 2018, "revenue in 2018") == "2018"
    assert cell_at(RowHit(0, turned, "Revenue", 1.0), "2019").text == "1,200"


def test_a_table_with_year_columns_or_other_row_labels_stays():
    columns = read_grid([["", "2019", "2018"], ["Revenue", "1,200", "900"], ["Headcount", "40", "35"]]).table
    assert with_year_columns(columns) is columns
    one = read_grid([["Year", "Revenue"], ["2019", "1,200"]]).table  # one year row: nothing to turn
    assert with_year_columns(one) is one
    mixed = read_grid([["Year", "Revenue"], ["2019", "1,200"], ["Total", "2,100"]]).table
    assert with_year_columns(mixed) is mixed


def test_fiscal_year_columns_are_year_columns():
    fiscal = read_grid([["Year", "FY2019", "FY2020"], ["2019", "1,200", "900"], ["2020", "1,300", "950"]]).table
    assert not years_as_rows(fiscal)  # years head both sides: nothing to turn


QUARTERS = [["", "Shares bought (in thousands)", "Amount (in millions)"],
            ["First quarter 2021", "2,150", "$ 456.8"], ["Second quarter 2021", "1,870", "$ 445.3"],
            ["Third quarter 2021", "2,420", "$ 607.6"], ["Total", "6,440", "$ 1,509.7"]]


def test_quarter_rows_with_a_closing_total_are_read_as_period_columns():
    table = read_grid(QUARTERS).table
    turned = with_year_columns(table)
    assert turned.rows == ["Shares bought (in thousands)", "Amount (in millions)"]
    assert turned.columns == ["First quarter 2021", "Second quarter 2021", "Third quarter 2021", "Total 2021"]
    assert turned.cell("Amount (in millions)", "Total 2021").text == "$ 1,509.7"


def test_a_total_over_several_years_or_a_word_row_keeps_the_table():
    years = read_grid([["", "Shares"], ["First quarter 2021", "2"], ["First quarter 2020", "3"], ["Total", "5"]]).table
    assert with_year_columns(years) is years  # a total of two years' quarters is no one year's figure
    other = read_grid([["", "Shares"], ["First quarter 2021", "2"], ["Other", "3"]]).table
    assert with_year_columns(other) is other


def test_turned_back_when_periods_are_the_alternatives():
    from rag.extractive.year_rows import with_period_rows

    turned = with_year_columns(read_grid(QUARTERS).table)
    back = with_period_rows(turned)
    assert back.rows[:3] == ["First quarter 2021", "Second quarter 2021", "Third quarter 2021"]
    plain = read_grid([["", "Europe", "Asia"], ["Revenue", "5", "4"], ["Cost", "3", "2"]]).table
    assert with_period_rows(plain) is plain  # no period columns: nothing to turn back


def test_two_quarters_of_the_turned_table_are_compared():
    from conftest import cells_answer

    lines = ["\t".join(r) for r in QUARTERS]
    a = cells_answer("What was the change in the number of shares bought between the second and third quarter of 2021?", lines)
    assert a is not None and "550" in a.answer.split("**")[1]
    b = cells_answer("In which quarter of 2021 were the most shares bought?", lines)
    assert b is not None and b.answer.startswith("**Third quarter 2021**")


SCHEDULE = ["(in thousands)\tOperating Leases\tFinance Leases\tTotal",
            "2024\t$ 184,622\t$ 6,418\t$ 191,040", "2025\t176,305\t6,102\t182,407", "2026\t161,948\t5,377\t167,325",
            "Thereafter\t486,913\t11,266\t498,179", "Total lease payments\t1,009,788\t29,163\t1,038,951",
            "Less: imputed interest\t(241,806)\t(5,217)\t(247,023)", "Present value of lease liabilities\t767,982\t23,946\t791,928"]


def test_a_maturity_schedule_reads_its_years_and_closing_rows_as_columns():
    from ingest.tables import read_block
    table = read_block(SCHEDULE)[0].table
    assert years_as_rows(table)
    turned = with_year_columns(table)
    assert turned.rows == ["Operating Leases", "Finance Leases", "Total"]
    assert turned.columns[:4] == ["2024", "2025", "2026", "Thereafter"] and "Total lease payments" in turned.columns
    # the rows after the years must begin with 'Thereafter' or a total: a 'Change' row is no schedule's close
    other = read_grid([["", "A", "B"], ["2019", "1", "2"], ["2018", "3", "4"], ["Change", "5", "6"], ["Note", "7", "8"]]).table
    assert not years_as_rows(other)


def test_a_schedule_answers_sums_changes_and_shares_over_its_year_rows():
    from conftest import cells_answer
    got = cells_answer("What is the total of finance lease payments due from 2024 to 2026?", SCHEDULE)
    assert got is not None and got.answer.startswith("**17,897")
    got = cells_answer("What is the change in total lease payments due from 2024 to 2025?", SCHEDULE)
    assert got is not None and got.answer.startswith("**-8,633")
    got = cells_answer("What proportion of total operating lease payments is due in 2024?", SCHEDULE)
    assert got is not None and got.answer.startswith("**18.28%")  # 184,622 / 1,009,788


RESERVES = ["\tBalance at Beginning of Period\tAdditions\tDeductions\tBalance at End of Period",
            "Warranty reserve:\t\t\t\t", "Fiscal 2023\t$ 480\t$ 369\t$ (215)\t$ 634", "Fiscal 2022\t410\t198\t(128)\t480",
            "Fiscal 2021\t446\t142\t(178)\t410", "Doubtful accounts:\t\t\t\t", "Fiscal 2023\t$ 29\t$ 11\t$ (8)\t$ 32",
            "Fiscal 2022\t34\t4\t(9)\t29", "Fiscal 2021\t30\t8\t(4)\t34"]


def test_periods_under_headings_read_as_period_columns_of_each_headings_measures():
    from ingest.tables import read_block
    from rag.extractive.year_rows import periods_under_headings
    table = read_block(RESERVES)[0].table
    assert periods_under_headings(table)
    turned = with_year_columns(table)
    assert turned.columns == ["Fiscal 2023", "Fiscal 2022", "Fiscal 2021"]
    assert turned.cell("Doubtful accounts › Balance at End of Period", "Fiscal 2022").value == 29.0
    one = read_grid([["", "A"], ["X", ""], ["2019", "1"], ["Y", ""], ["2019", "2"]]).table  # one period a heading
    assert not periods_under_headings(one)


def test_a_block_of_period_rows_answers_a_change_and_an_average_over_its_periods():
    from conftest import cells_answer
    got = cells_answer("What was the change in the warranty reserve balance at end of period from fiscal 2022 to fiscal 2023?",
                       RESERVES)
    assert got is not None and got.answer.startswith("**154")
    got = cells_answer("What was the average balance at end of period of doubtful accounts from fiscal 2021 to fiscal 2023?",
                       RESERVES)
    assert got is not None and got.answer.startswith("**31.67")


def test_period_rows_with_estimate_and_note_marks_are_period_rows():
    """'2025E', '2024(1)', '2023*', 'H1 2025' head rows as periods do: the mark does not change the period."""
    grid = [["Year", "Shipments (million units)", "ASP (USD)"], ["2022", "141.9", "251"], ["2023*", "158.2", "262"],
            ["2024(1)", "166.5", "259"], ["2025E", "181.0", "255"]]
    turned = with_year_columns(read_grid(grid).table)
    assert turned.rows == ["Shipments (million units)", "ASP (USD)"]
    assert turned.columns == ["2022", "2023*", "2024(1)", "2025E"]
    assert column_for(turned, 2025, "shipments in 2025") == "2025E"
    halves = read_grid([["", "Sales"], ["H1 2024", "5"], ["H2 2024", "6"]]).table
    assert years_as_rows(halves)
    words = read_grid([["", "Sales"], ["2024 target", "5"], ["2025E", "6"]]).table
    assert not years_as_rows(words)  # a word after the year is a label, no mark


def test_season_rows_are_read_as_period_columns_of_the_years_they_end_in():
    seasons = read_grid([["Season", "Production", "Grindings"], ["2022/23", "4,980", "4,960"],
                         ["2023/24", "4,380", "4,820"], ["2024/25E", "4,840", "4,650"]]).table
    assert years_as_rows(seasons)
    turned = with_year_columns(seasons)
    assert turned.rows == ["Production", "Grindings"] and turned.columns == ["2022/23", "2023/24", "2024/25E"]
    assert column_for(turned, 2024, "production in 2023/24") == "2023/24"
    range_rows = read_grid([["Period", "Sales"], ["2021-2025", "10"], ["2026-2030", "12"]]).table
    assert not years_as_rows(range_rows)  # a range of years is no period label of one year


def test_periods_as_reports_head_rows_are_period_rows():
    """Short-dated quarters with marks, split years, period-end dates, a year's quarters under its heading and a
    closing change row: the rows are periods, the table is read with them as columns."""
    for labels in (["Q1 23", "Q2 23", "Q4 24(p)"], ["2023", "2024", "2025F(1)"], ["Q1 2023-24", "Total 2023-24"],
                   ["30 June 2023", "31 December 2023", "31 December 2024(2)"], ["FY 2024", "FY 2023", "YoY change"]):
        table = read_grid([["Period", "Sales", "Margin"]] + [[lb, "1,200", "5.1"] for lb in labels]).table
        assert years_as_rows(table), labels
    headed = read_grid([["Quarter", "Subscribers", "Churn"], ["2023", "", ""], ["  Q1", "2,840", "4.8%"],
                        ["  Q2", "2,795", "6.1%"], ["2024", "", ""], ["  Q1", "3,355", "4.6%"]]).table
    assert years_as_rows(headed)
    assert with_year_columns(headed).cell("Churn", "2023 › Q2").text == "6.1%"


def test_dated_events_are_no_period_rows():
    """A deal log dated by month (a date repeated, cells of words) keeps its rows: each is an event."""
    log = read_grid([["Date", "Company", "Round", "Amount"], ["Jan 2025", "Helionyx", "Series C", "185"],
                     ["Feb 2025", "Ferrovolt", "Series D", "410"], ["Feb 2025", "Basalt", "Project", "1,600"]]).table
    assert not years_as_rows(log)
    words = read_grid([["Date", "Company", "Segment", "Amount"], ["Jan 2024", "Layerforge", "Metal", "42.0"],
                       ["Feb 2024", "Printacore", "Dental", "14.5"]]).table
    assert not years_as_rows(words)
