"""Sets of table rows, one rule per test on the smallest input (no model): the rows that add up to
a named row, the rows meeting a condition in one year, a footnote mark on a label word."""

from __future__ import annotations

from rag.extractive.cells import words
from rag.extractive.slots import parse
from rag.extractive.shapes import answer_by_cells
from tests.test_shapes import GRID, _ctx


def _ask(question, grid):
    return answer_by_cells(_ctx(question, grid=grid, caption="(in millions)"), parse(question), "extractive")


PROFIT = [["", "2018", "2019"], ["Earnings before taxes", "576", "709"], ["Income taxes", "(216)", "(298)"],
          ["Profit from continuing operations", "359", "411"], ["Profit from discontinued operations", "(22)", "(526)"],
          ["Profit for the period", "337", "(115)"]]


def test_components_of_a_row_are_the_rows_above_that_add_up_to_it():
    a = _ask("What were the components considered when calculating the profit from continuing operations?", PROFIT)
    assert a is not None and a.shape == "list"  # 576 - 216 = 360 against 359: within the rounding
    assert a.answer.startswith("**Earnings before taxes and Income taxes**")


def test_no_components_when_no_run_of_rows_adds_up():
    grid = [["", "2019", "2018"], ["Revenue", "100", "90"], ["Costs", "(60)", "(50)"], ["Margin", "45", "40"]]
    assert _ask("What are the components of margin?", grid) is None


SEGMENTS = [["", "2019", "2018"], ["Impairment charges", "$94.2", "$394.0"], ["Net losses on sales", "45.1", "85.6"],
            ["Other operating expenses", "27.0", "33.7"], ["Total other operating expenses", "$166.3", "$513.3"]]


def test_how_many_rows_meet_a_condition_in_a_year_without_the_total():
    a = _ask("How many expenses segments in 2018 were below $100 million?", SEGMENTS)
    assert a is not None and a.figure == "2" and "Net losses on sales, Other operating expenses" in a.answer
    above = _ask("How many expenses segments in 2019 were above $50 million?", SEGMENTS)
    assert above is not None and above.figure == "1"


def test_a_footnote_mark_on_a_label_word_is_no_part_of_it():
    assert words("Current year1") == ["current"] and words("Incentive schemes1") == ["incentive", "scheme"]
    assert words("Q4 FY19 Scope 1") == ["q4", "fy19", "scope", "1"]


def test_what_do_items_represent_asks_a_meaning_not_a_list():
    grid = [["", "2019", "2018"], ["Restructuring charges", "255", "126"], ["Other items(1)", "17", "—"],
            ["Total", "272", "126"]]
    a = _ask("What do Other items in the table represent?", grid)
    assert a is None or a.shape != "list"


def test_a_total_over_periods_written_as_rows_adds_each_periods_row():
    grid = [["", "Number of Shares (thousands)", "Weighted-Average Price"],
            ["Nonvested as of December 31, 2018", "5,974", "$6.51"], ["Granted", "3,288", "$6.74"],
            ["Nonvested as of December 31, 2019", "6,148", "$6.59"]]
    a = _ask("What is the total number of nonvested shares as of December 31, 2019 and 2018?", grid)
    assert a is not None and a.figure.startswith("12,122")


def test_a_change_column_the_question_names_as_written_is_read_not_recomputed():
    grid = [["$ million", "2019", "2018", "Change (%)"], ["Order intake", "532.0", "470.0", "13.2"],
            ["Revenue", "503.6", "476.9", "5.6"]]
    a = _ask("What is the change (%) for order intake between 2018 and 2019?", grid)
    assert a is not None and a.figure == "13.2"
    b = _ask("What is the change for order intake between 2018 and 2019?", grid)
    assert b is not None and b.figure.startswith("62")  # no column named: the change is computed


GOODWILL = [["(in million)", "January 31, 2019", "January 31, 2018"],
            ["Goodwill, beginning of the year", "$1,769.4", "$1,710.3"], ["Additions", "866.9", "—"],
            ["Goodwill, end of the year", "$2,450.8", "$1,620.2"]]


def test_a_years_figure_of_a_roll_forward_is_its_closing_balance():
    a = _ask("What was the change in Autodesk's goodwill from 2018 to 2019?", GOODWILL)
    assert a is not None and a.figure.startswith("830.6")
    b = _ask("What was the goodwill at the beginning of 2019?", GOODWILL)
    assert b is not None and b.figure.startswith("$1,769.4")


def test_the_words_naming_the_row_do_not_choose_its_column():
    grid = [["", "Appropriation of earnings", "", "Cash dividend per share", ""], ["", "2018", "2019", "2018", "2019"],
            ["Legal reserve", "$707,299", "$963,947", "", ""], ["Cash dividends", "6,916,105", "9,765,155", "$0.58", "$0.75"]]
    a = _ask("What is the increase in Cash dividends within Appropriation of earnings from 2018 to 2019?", grid)
    assert a is not None and a.figure.startswith("2,849,050")


def test_a_quarter_before_the_year_names_that_year():
    from rag.extractive.cells import year_of

    assert (year_of("Q4 2019"), year_of("2 0 1 8"), year_of("December 31 2019")) == (2019, 2018, 2019)
    grid = [["OPERATING REVENUES", "Q4 2019", "Q4 2018", "% CHANGE"], ["Bell Wireless", "2,493", "2,407", "3.6%"]]
    a = _ask("What was the operating revenues for Q4 2019 for Bell Wireless?", grid)
    assert a is not None and a.figure.startswith("2,493")


def test_two_rows_named_with_and_in_one_year_give_both_figures_in_order():
    a = _ask("What were the Fixed Price and Other sales in 2019?", GRID)
    assert a is not None and a.figure == "$1,452.4 and 44.1"
    cash = [["", "2019", "2018"], ["Cash and cash equivalents", "5", "4"], ["Cash", "3", "2"], ["Equivalents", "2", "2"]]
    b = _ask("What was the cash and cash equivalents in 2019?", cash)
    assert b is not None and b.figure.startswith("5")  # one label that holds 'and'


def test_words_of_the_column_headers_name_no_row():
    a = _ask("What was the Other for the years ended September 30, 2019 and 2018?", GRID)
    assert a is not None and a.figure == "44.1 and 56.7"


def test_rows_listed_with_commas_and_fy_years():
    grid = [["", "FY2019", "FY2018"], ["Revenue", "1,200", "1,100"], ["Net income", "300", "250"],
            ["Total assets", "9,000", "8,000"]]
    a = _ask("What were the revenue, net income and total assets in FY2019?", grid)
    assert a is not None and a.figure == "1,200, 300 and 9,000"
    b = _ask("What was the revenue in FY2019 and FY2018?", grid)
    assert b is not None and b.figure == "1,200 and 1,100"


def test_how_many_years_the_table_shows_and_how_many_rows_make_up_a_row():
    a = _ask("How many years are shown in the table?", GRID)
    assert a is not None and a.figure == "3"
    b = _ask("How many items make up profit from continuing operations?", PROFIT)
    assert b is not None and b.figure == "2"


def test_the_total_of_a_heading_that_closes_with_no_total_row_adds_its_rows():
    grid = [["", "As reported", "Adjustments"], ["Assets", "", ""], ["Prepaid expenses", "$19,373", "(1,473)"],
            ["Deferred tax", "22,626", "(532)"], ["Liabilities", "", ""], ["Deferred revenue", "$24,264", "(1,945)"],
            ["Other liabilities", "38,476", "(5,353)"]]
    a = _ask("What were the total Assets as reported?", grid)
    assert a is not None and a.figure.startswith("41,999")  # 19,373 + 22,626
    year = [["", "2019", "2018"], ["Assets", "", ""], ["Cash", "5", "4"], ["Debtors", "3", "2"]]
    b = _ask("What were the total assets in 2019?", year)
    assert b is not None and b.figure.startswith("8")


def test_rows_by_years_and_every_year_phrases():
    grid = [["", "2019", "2018"], ["Revenue", "1,200", "1,100"], ["Net income", "300", "250"]]
    a = _ask("What was the revenue and net income in 2019 and 2018 respectively?", grid)
    assert a is not None and a.figure == "1,200, 1,100, 300 and 250"
    b = _ask("What was the difference in net income between both FYs?", grid)
    assert b is not None and b.figure.startswith("50")
    c = _ask("What was the net income in each year?", grid)
    assert c is not None and c.figure == "300 and 250"
    d = _ask("What is the total sales for all three years?", GRID)
    assert d is not None and d.figure.startswith("3,807.1")


def test_which_row_ranks_as_asked_in_a_year_without_the_total():
    grid = [["", "2019", "2018"], ["Americas", "1,200", "1,100"], ["EMEA", "300", "350"], ["APAC", "500", "250"],
            ["Total", "2,000", "1,700"]]
    a = _ask("Which region has the second highest revenue in 2019?", grid)
    assert a is not None and a.figure == "APAC"
    low = _ask("Which region had the lowest sales in 2018?", grid)
    assert low is not None and low.figure == "APAC"
    figure = _ask("What is the highest revenue in 2019?", grid)
    assert figure is None or figure.figure != "Americas"  # a figure asked, not a row
    year = _ask("In which year was APAC revenue the highest?", grid)
    assert year is not None and year.figure == "2019"


def test_two_row_labels_that_hold_and_or_commas_are_cut_only_at_whole_labels():
    grid = [["", "2019", "2018"], ["Property, plant and equipment, net", "16,095", "22,978"],
            ["Rent and other deposits", "5,687", "5,100"], ["Cash", "3", "2"]]
    a = _ask("What was the Property, plant and equipment, net and Rent and other deposits in 2018 respectively?", grid)
    assert a is not None and a.figure == "22,978 and 5,100"
    b = _ask("What were the Rent and other deposits and Cash in 2019?", grid)
    assert b is not None and b.figure == "5,687 and 3"


def test_a_column_comparing_two_years_is_no_column_of_either_year_alone():
    grid = [["", "2019", "2018", "Percentage Change 2019 Versus 2018"], ["Operating income", "42,959", "35,058", "23%"],
            ["Net income", "39,240", "16,571", "137%"]]
    a = _ask("What was the operating income in 2018?", grid)
    assert a is not None and a.figure.startswith("35,058")
    b = _ask("What was the percentage change in operating income 2019 versus 2018?", grid)
    assert b is not None and b.figure.startswith("23")


def test_a_heading_the_question_says_chooses_among_same_named_sub_rows():
    grid = [["", "2020", "2018"], ["Other current assets:", "", ""], ["Pre-contract costs", "6", "41"],
            ["Total", "$410", "$543"], ["Other assets:", "", ""], ["Equity method investments", "19", "26"],
            ["Total", "$426", "$182"]]
    a = _ask("What was the total other assets in 2018?", grid)
    assert a is not None and a.figure.startswith("$182")
    b = _ask("What was the total other current assets in 2018?", grid)
    assert b is not None and b.figure.startswith("$543")
    assert _ask("What was the total in 2018?", grid) is None  # no heading said: still a tie


def test_a_fiscal_year_written_fy2019_is_the_period_not_a_label_word():
    grid = [["", "2019", "2018"], ["Employee severance and related costs", "$7,169", "$7,845"], ["Other", "591", "315"],
            ["Total", "$8,455", "$10,647"]]
    a = _ask("What is the total costs incurred in FY2019?", grid)
    assert a is not None and a.figure.startswith("$8,455")
    assert words("Revenue in FY2019 and 2018") == ["revenue"]


def test_an_average_asked_without_the_article_is_an_average():
    a = _ask("What is average Other?", GRID)
    assert a is not None and a.figure.startswith("57.2")


def test_an_operation_word_of_a_named_column_header_names_the_column():
    grid = [["", "Weighted-Average Useful Lives (in years)", "Fair Value Amount"], ["Purchased technology", "4.2", "$232"],
            ["Other", "2.0", "20"]]
    a = _ask("What was the Other weighted-average useful lives (in years)?", grid)
    assert a is not None and a.figure.startswith("2.0")


def test_a_bound_included_by_at_least_and_a_currency_before_it():
    from rag.extractive.row_sets import THRESHOLD, meets, percent_bound
    q = "In how many fiscal years was the dividend per share at least Ps. 1.00?"
    m = THRESHOLD.search(q)
    assert m is not None and m.group(2) == "1.00" and meets(1.0, 1.0, q, m) and not meets(0.9, 1.0, q, m)
    q = "How many segments had sales below 5 or less?"
    m = THRESHOLD.search(q)
    assert meets(5.0, 5.0, q, m) and not meets(6.0, 5.0, q, m)
    q = "How many utilities had a rate base above $3,000 million?"
    assert not percent_bound(q, THRESHOLD.search(q))  # an amount, though 'rate' is said
    q = "How many markets had no less than 90% occupancy?"
    m = THRESHOLD.search(q)
    assert meets(90.0, 90.0, q, m) and not meets(89.0, 90.0, q, m)


def test_the_total_of_a_heading_leaves_out_an_other_row_of_another_kind_and_the_tables_total():
    grid = [["", "2021", "2020"], ["Wages and salaries", "412", "398"], ["Pension costs:", "", ""],
            ["Defined contribution plans", "58", "55"], ["Defined benefit plans", "4", "5"],
            ["Other social security costs", "71", "68"], ["Total employee benefit expenses", "545", "526"]]
    a = _ask("What were the total pension costs in 2021?", grid)
    assert a is not None and a.figure.startswith("62")  # 58 + 4


OPEX = [["", "Fiscal 2022", "Fiscal 2021"], ["Research and development", "1,845", "1,602"],
        ["Sales and marketing", "2,310", "2,054"], ["General and administrative", "702", "655"],
        ["Total operating expenses", "4,857", "4,311"]]


def test_rows_listed_with_the_noun_each_shares_after_the_last():
    a = _ask("What were Sales and marketing and General and administrative expenses in Fiscal 2022?", OPEX)
    assert a is not None and a.figure == "2,310 and 702"


def test_two_rows_asked_by_their_value_at_a_dated_year_end():
    grid = [["", "December 31, 2021", "December 31, 2020"], ["Land", "1,204", "1,198"], ["Buildings", "8,640", "8,102"],
            ["Machinery and equipment", "5,377", "4,985"]]
    a = _ask("What was the value of Buildings and Machinery and equipment as of December 31, 2021?", grid)
    assert a is not None and a.figure == "8,640 and 5,377"


def test_a_fronted_in_asks_the_same_count_of_rows():
    from rag.extractive.row_sets import HOW_MANY_ROWS

    assert HOW_MANY_ROWS.match("In how many regions did revenue exceed $2,000 million in 2019?")
    assert not HOW_MANY_ROWS.match("In how many years did revenue exceed $2,000 million?")


def test_a_year_ranked_or_counted_reads_its_own_column_not_a_share_naming_the_year():
    from rag.extractive.passage_tables import tables_of
    from rag.extractive.row_sets import rows_meeting, which_row
    from tests.test_shape_cues import _table_ctx
    grid = [["Region", "2023", "2024", "Share of 2024 total"], ["North", "90.0", "131.6", "40.0%"],
            ["South", "100.0", "168.3", "51.0%"], ["West", "20.0", "30.1", "9.0%"], ["Total", "210.0", "330.0", "100.0%"]]
    q = "Which region had the largest capacity in 2024?"
    ctx = _table_ctx(q, grid)
    got = which_row(ctx, q, tables_of(ctx), 2024, "extractive")
    assert got is not None and got.figure == "South"
    q = "How many regions had more than 100 of capacity in 2024?"
    ctx = _table_ctx(q, grid)
    got = rows_meeting(ctx, tables_of(ctx), q, 2024, "extractive")
    assert got is not None and got.figure == "2"


def test_rows_meeting_a_bound_in_a_year_are_named_when_asked_which_or_listed():
    grid = [["", "2019", "2018"], ["Americas", "1,200", "1,100"], ["EMEA", "300", "350"], ["APAC(a)", "500", "250"],
            ["Total", "2,000", "1,700"]]
    a = _ask("Which regions had revenue above $400 million in 2019?", grid)
    assert a is not None and a.shape == "list" and a.figure == "Americas and APAC"
    listed = _ask("List the regions whose 2018 revenue was below $400 million.", grid)
    assert listed is not None and listed.figure == "EMEA and APAC"
    counted = _ask("How many regions had revenue above $400 million in 2019?", grid)
    assert counted is not None and counted.figure == "2"


def test_which_n_rows_rank_highest_in_a_year_the_first_n_named_a_tie_at_the_cut_none():
    grid = [["", "2019", "2018"], ["Americas", "1,200", "1,100"], ["EMEA", "300", "350"], ["APAC", "500", "350"],
            ["Total", "2,000", "1,800"]]
    a = _ask("Which two regions had the highest revenue in 2019?", grid)
    assert a is not None and a.figure == "Americas and APAC"
    tied = _ask("Which two regions had the highest revenue in 2018?", grid)
    assert tied is None or tied.figure not in ("Americas and EMEA", "Americas and APAC")


def test_a_bound_in_trillions_reads_its_scale():
    from rag.extractive.row_sets import SCALE_WORDS, THRESHOLD
    m = THRESHOLD.search("How many countries had imports above 0.5 trillion dollars?")
    assert m is not None and SCALE_WORDS[m.group(4).rstrip("s")] == 1e12


def test_at_or_above_a_bound_takes_the_bound_in() -> None:
    from rag.extractive.row_sets import THRESHOLD, meets
    q = "In how many of the quarters shown was average GPU utilisation at or above 90%?"
    m = THRESHOLD.search(q)
    assert meets(90, 90, q, m) and not meets(89, 90, q, m)
    q = "How many quarters were above 90%?"
    assert not meets(90, 90, q, THRESHOLD.search(q))
