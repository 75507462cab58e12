"""Tables whose periods are not plain year columns: quarter columns under a heading whose words hold an
operation word or an acronym, a change asked within one year, and a roll-forward written down the rows."""

from ingest.tables import Table
from rag.extractive.balance_rows import balance_ends, closes_year
from tests.test_compute import _ask, _lead

QUARTERS = [["", "Q4 2021", "Q4 2020", "Q4 2019"], ["Daily Active Users (in millions)", "", "", ""],
            ["Europe", "74", "70", "63"], ["Total", "306", "265", "218"], ["Average Revenue per User", "", "", ""],
            ["Europe", "$2.31", "$1.90", "$1.62"], ["Total", "$3.71", "$3.19", "$2.99"]]


def test_a_heading_written_in_full_is_no_operation():
    answer = _ask("What was the average revenue per user in Europe in Q4 2020?", QUARTERS)
    assert answer is not None and answer.figure == "$1.90"
    assert _lead(_ask("What was the change in Europe average revenue per user from Q4 2020 to Q4 2021?", QUARTERS)) == "0.41"


def test_a_headings_acronym_names_its_rows():
    assert _lead(_ask("What was the percentage change in total DAUs from Q4 2020 to Q4 2021?", QUARTERS)) == "15.47%"


def test_a_change_within_one_year_runs_from_the_year_before():
    grid = [["", "2021", "2020"], ["Number of stores", "1,412", "1,397"], ["Change in fair value", "5", "3"]]
    assert _lead(_ask("By how much did the number of stores increase in 2021?", grid)) == "15"
    assert _lead(_ask("What was the percentage change in the number of stores during 2021?", grid)) == "1.07%"
    assert _ask("What was the change in the number of stores in 2020?", grid) is None  # no 2019 column
    assert _ask("What was the change in fair value in 2021?", grid).figure == "5"  # the row is the change itself


def test_balance_rows_date_the_close_of_a_year():
    assert closes_year("Stores at January 1, 2021") == 2020
    assert closes_year("Balance at December 31, 2020") == 2020
    assert closes_year("As at 31 March 2021") == 2021
    assert closes_year("Balance as of 12/31/2019") == 2019
    assert closes_year("Acquisitions completed on August 2, 2021") is None
    table = Table(None, ["France"], ["Stores at January 1, 2021", "Openings", "Stores at December 31, 2021"], [])
    assert balance_ends(table, 2021) == ("Stores at January 1, 2021", "Stores at December 31, 2021")
    assert balance_ends(table, 2020) is None


def test_a_change_during_a_year_of_a_roll_forward_down_the_rows():
    grid = [["", "France", "Spain", "Total"], ["Stores at January 1, 2021", "5,312", "1,245", "6,557"],
            ["Openings", "281", "52", "333"], ["Closures", "(146)", "(38)", "(184)"],
            ["Stores at December 31, 2021", "5,435", "1,483", "6,918"]]
    assert _lead(_ask("What was the net change in the number of stores in France during 2021?", grid)) == "123"
    assert _lead(_ask("What was the percentage change in the total number of stores in 2021?", grid)) == "5.51%"
    assert _ask("What was the change in the number of stores during 2021?", grid) is None  # no column named


def test_a_bare_balance_row_needs_the_measure_named_by_its_table():
    grid = [["", "Land", "Total"], ["Balance at December 31, 2019", "$ 182", "$ 587"], ["Additions", "27", "135"],
            ["Balance at December 31, 2020", "$ 167", "$ 555"]]
    question = "What was the percentage change in total right-of-use assets during 2020?"
    assert _lead(_ask(question, grid, "Right-of-use assets (in millions)")) == "-5.45%"
    assert _ask(question, grid, "Goodwill (in millions)") is None  # another measure's balances


def test_the_closing_balance_repeats_the_opening_rows_label():
    # 'Exercisable at December 31, 2024' is dated too, but the balance carried is the one 'Outstanding' names
    grid = [["", "Number of options", "Weighted average exercise price"],
            ["Outstanding at January 1, 2024", "2,846,310", "$ 11.42"], ["Granted", "612,500", "14.86"],
            ["Exercised", "(418,725)", "7.35"], ["Outstanding at December 31, 2024", "2,921,095", "$ 12.63"],
            ["Exercisable at December 31, 2024", "1,588,402", "$ 10.38"]]
    table = Table(None, ["Number of options"], [r[0] for r in grid[1:]], [])
    assert balance_ends(table, 2024) == ("Outstanding at January 1, 2024", "Outstanding at December 31, 2024")
    assert _lead(_ask("What was the net change in the number of options outstanding during 2024?", grid)) == "74,785"
