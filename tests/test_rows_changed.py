"""rows_changed: the item rows that moved one way between two years, named or counted (no embedding model)."""

from __future__ import annotations

from ingest.tables import read_grid
from rag.extractive.passage_tables import tables_of
from rag.extractive.rows_changed import CHANGED_ROWS, ONE_YEAR_ROWS, THAN_ROWS, changed_answer, changed_rows
from tests.test_compute import _ask as answer
from tests.test_shape_cues import _table_ctx

GRID = [["", "2020", "2019", "Change"], ["Rent", "10", "12", "(2)"], ["Wages", "30", "25", "5"],
        ["Travel", "4", "6", "(2)"], ["Total", "44", "43", "1"]]


def _ask(question, years, grid=GRID):
    ctx = _table_ctx(question, grid)  # one passage holding the table
    return changed_answer(ctx, question, tables_of(ctx), years, "extractive")


def test_the_question_shape():
    assert CHANGED_ROWS.match("Which operating expense items decreased from 2019 to 2020?")
    assert CHANGED_ROWS.match("How many KPIs increased between 2018 and 2019?")
    assert not CHANGED_ROWS.match("How many years did revenue increase from 2017 to 2019?")
    assert not CHANGED_ROWS.match("What was the revenue in 2019?")


def test_rows_that_fell_named_and_counted_total_left_out():
    got = _ask("Which expense items decreased from 2019 to 2020?", [2019, 2020])
    assert got is not None and got.figure == "Rent and Travel"
    got = _ask("How many expense items increased from 2019 to 2020?", [2019, 2020])
    assert got is not None and got.figure == "1" and got.derivation["result"] == "1"


def test_a_row_missing_a_year_or_one_year_asked_gives_none():
    assert _ask("Which items decreased from 2019 to 2020?", [2020]) is None
    grid = GRID[:2] + [["Wages", "30", "", "5"]] + GRID[3:]
    assert _ask("Which items decreased from 2019 to 2020?", [2019, 2020], grid) is None
    assert changed_rows(read_grid(GRID, None).table, 2018, 2020, True) is None


# -- through the whole answerer (the table-structure probe's count_if questions) --------------------------
_GRID = [["", "2021", "2020"], ["Freight", "120", "100"], ["Hosting", "80", "90"], ["Travel", "55", "50"],
         ["Total expenses", "255", "240"]]


def test_a_count_of_rows_that_moved_is_no_change_of_one_row():
    assert CHANGED_ROWS.match("How many expense lines declined between 2020 and 2021?")
    assert not CHANGED_ROWS.match("How many percentage points did the margin increase from 2020 to 2021?")
    assert not CHANGED_ROWS.match("What was the increase in freight from 2020 to 2021?")


def test_rows_that_rose_or_fell_are_counted_by_the_answerer_totals_left_out():
    up = answer("How many items increased from 2020 to 2021?", _GRID)
    assert up is not None and up.figure == "2" and up.shape == "computed"
    assert answer("How many items decreased from 2020 to 2021?", _GRID).figure == "1"


def test_a_row_missing_one_years_figure_leaves_the_count_unknown():
    grid = _GRID[:3] + [["Travel", "55", ""]]
    assert answer("How many items increased from 2020 to 2021?", grid) is None  # no count, and no other cell answer


# -- 'lower in A than in B': the rows whose figure in A is below B's; a named heading's rows; no elimination ----
_SEGMENTS = [["", "FY2020", "FY2019"], ["Cars", "270", "264"], ["Finance", "21", "22"], ["All other", "6", "7"],
             ["Intersegment elimination", "(6)", "(5)"], ["Total net revenues", "291", "288"]]
_HEADED = [["", "2020", "2019"], ["Deferred tax assets:", "", ""], ["Pensions", "118", "121"], ["Inventories", "41", "38"],
           ["Total deferred tax assets", "159", "159"], ["Deferred tax liabilities:", "", ""], ["Earnings", "(42)", "(39)"],
           ["Total deferred tax liabilities", "(42)", "(39)"]]


def test_lower_in_a_than_in_b_names_the_rows_that_fell_elimination_left_out():
    assert THAN_ROWS.match("Which segments had lower net revenues in FY2020 than in FY2019?")
    got = _ask("Which segments had lower net revenues in FY2020 than in FY2019?", [2020, 2019], _SEGMENTS)
    assert got is not None and got.figure == "Finance and All other"
    more = _ask("How many segments had higher net revenues in 2019 than 2020?", [2019, 2020], _SEGMENTS)
    assert more is not None and more.figure == "2"


def test_the_rows_under_the_heading_named_only():
    got = _ask("Which deferred tax asset items decreased from 2019 to 2020?", [2019, 2020], _HEADED)
    assert got is not None and got.figure == "Pensions"


def test_a_movement_said_by_its_noun_or_after_did_and_a_fronted_in():
    m = CHANGED_ROWS.match("How many regions had a decrease in revenue from 2019 to 2020?")
    assert m and m.group("ask") == "How many"
    assert CHANGED_ROWS.match("In how many regions did revenue decrease from 2019 to 2020?")
    got = _ask("How many expense items had a decrease in cost from 2019 to 2020?", [2019, 2020])
    assert got is not None and got.figure == "2"
    got = _ask("In how many expense items did cost increase from 2019 to 2020?", [2019, 2020])
    assert got is not None and got.figure == "1"


# -- a year's column in the column group the question names; a change into one year; items as columns -----------
_GROUPS = [["", "Volume", "", "Revenue", ""], ["", "2023", "2022", "2023", "2022"], ["Coils", "120", "130", "400", "380"],
           ["Bars", "60", "55", "200", "210"], ["Wire", "30", "28", "90", "95"], ["Other revenue", "—", "—", "40", "35"],
           ["Total revenue", "", "", "730", "720"]]
_BY_CATEGORY = [["", "Warranty", "Claims", "Environmental", "Total"], ["At 1 January 2022", "18", "24", "6", "48"],
                ["Additions", "5", "7", "1", "13"], ["Used", "(4)", "(9)", "—", "(13)"], ["At 31 December 2022", "19", "22", "7", "48"],
                ["Additions", "6", "11", "2", "19"], ["Used", "(5)", "(3)", "(3)", "(11)"], ["At 31 December 2023", "20", "30", "6", "56"]]


def test_each_year_is_read_in_the_column_group_named_a_row_outside_it_left_out():
    got = _ask("How many product groups recorded higher volumes in 2023 than in 2022?", [2023, 2022], _GROUPS)
    assert got is not None and got.figure == "2"  # Bars and Wire: volume, not revenue; 'Other revenue' has no volume
    got = _ask("How many product groups recorded higher revenue in 2023 than in 2022?", [2023, 2022], _GROUPS)
    assert got is not None and got.figure == "2"  # Coils and Other revenue


def test_a_change_in_one_year_runs_from_the_year_before():
    assert ONE_YEAR_ROWS.match("How many regions increased their operational beds in FY2024?")
    got = _ask("How many product groups recorded an increase in volumes in 2023?", [2023], _GROUPS)
    assert got is not None and got.figure == "2"
    assert _ask("How many product groups recorded an increase in volumes in 2022?", [2022], _GROUPS) is None


def test_a_period_written_as_its_date_and_items_as_columns_read_in_the_dated_balance_rows():
    q = "How many categories of provisions had a higher balance at 31 December 2023 than at 31 December 2022?"
    assert THAN_ROWS.match(q)
    got = _ask(q, [2023, 2022], _BY_CATEGORY)
    assert got is not None and got.figure == "2"  # Warranty and Claims; Total is no category
    assert THAN_ROWS.match("How many of the ratios were lower for the year ended December 31, 2023 than for 2022?")


def test_a_bound_is_no_mere_direction():
    assert _ask("How many product groups recorded volumes higher by more than 5 in 2023 than in 2022?",
                [2023, 2022], _GROUPS) is None


def test_a_setting_aside_clause_is_no_part_of_the_frame():
    from ingest.tables import read_grid
    from rag.extractive.passage_tables import tables_of
    from rag.extractive.rows_changed import changed_answer
    from tests.test_shape_cues import _table_ctx

    grid = [["", "2023", "2022"], ["Broadband", "1,847", "1,762"], ["Video", "903", "987"], ["Mobile", "211", "148"],
            ["Total revenues", "2,961", "2,897"]]
    q = "How many revenue lines grew in 2023, excluding totals?"
    ctx = _table_ctx(q, grid)
    got = changed_answer(ctx, q, tables_of(ctx), (2023,), "extractive")
    assert got is not None and got.figure == "2"


def test_the_measure_moved_may_stand_between_the_verb_and_the_years():
    from ingest.tables import read_grid
    from rag.extractive.rows_changed import changed_rows

    grid = [["", "Export value", "", "Share", ""], ["Destination", "2023", "2024", "2023", "2024"],
            ["US", "6,320", "6,890", "37.8%", "36.6%"], ["ASEAN", "1,870", "2,310", "11.2%", "12.3%"],
            ["EU", "3,690", "4,020", "22.1%", "21.4%"]]
    q = "How many destinations increased their share of exports from 2023 to 2024?"
    got = changed_rows(read_grid(grid, None).table, 2023, 2024, False, q)
    assert got is not None and [r for r, _, _ in got] == ["ASEAN"]


def test_a_than_clause_with_its_own_subject_meets_another_row_no_year_pair():
    from rag.extractive.rows_changed import other_subject
    assert other_subject("How many applications are larger in 2028E than the data centre market was in 2023?")
    assert not other_subject("Which segments had lower revenue in 2020 than they did in 2019?")
    assert not other_subject("How many products had higher volume in 2019 than 2018?")


def test_an_item_printed_not_applicable_in_a_year_had_nothing_to_move_and_is_left_out():
    grid = [["Satellite", "Fill rate 2024", "Fill rate 2023"], ["S-3", "71%", "78%"], ["S-4", "88%", "86%"],
            ["S-5", "64%", "61%"], ["S-7", "39%", "n.a."]]
    got = _ask("Which satellites had a higher fill rate in 2024 than in 2023?", [2024, 2023], grid)
    assert got is not None and got.figure == "S-4 and S-5"
    # a dash may print a nil: the set is still partial
    grid[-1] = ["S-7", "39%", ""]
    assert _ask("Which satellites had a higher fill rate in 2024 than in 2023?", [2024, 2023], grid) is None


def test_the_comparative_may_follow_a_full_verb_naming_the_measure():
    assert THAN_ROWS.match("Which regions received lower disbursements in 2024 than in 2023?")
    assert THAN_ROWS.match("Which regions harvested more in 2024 than in 2023?")
    assert THAN_ROWS.match("Which segments saw higher revenue in 2020 than in 2019?")
    grid = [["US$ million", "Energy", "Total 2024", "Total 2023"], ["East", "41", "1,100.5", "984.3"],
            ["West", "35", "1,078.7", "1,126.4"], ["South", "28", "399.0", "421.7"], ["Total", "104", "2,578.2", "2,532.4"]]
    got = _ask("Which regions received lower disbursements in 2024 than in 2023?", [2024, 2023], grid)
    assert got is not None and got.figure == "West and South"
