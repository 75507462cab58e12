"""Shares and per-item averages over one table: the whole named by a total row's other words, a column's bracketed
note, the year's column of amounts beside growth columns, and 'average X per <Name> thing'."""

from conftest import cells_answer
from ingest.tables import read_grid
from rag.extractive.cells import header_words, percent_stated
from rag.extractive.column_choice import column_for
from rag.extractive.computed_per import asked_per

SECTORS = ["\tNumber of properties\tBook value Jun 2024 $m\tBook value Jun 2023 $m\tCap rate Jun 2024 %",
           "Retail\t8\t1,200.0\t1,300.0\t6.10", "Logistics\t12\t1,800.0\t1,700.0\t5.30",
           "Total portfolio\t20\t3,000.0\t3,000.0\t5.62"]


def test_the_whole_of_a_share_is_the_total_row_named_without_total():
    got = cells_answer("What proportion of portfolio book value at June 2024 was in the Retail sector?", SECTORS)
    assert got is not None and got.answer.startswith("**40%")


def test_an_average_per_named_thing_divides_by_the_count_in_its_row():
    assert asked_per("What was the average book value per Retail property at June 2024?") == (["book", "value"], "property")
    assert asked_per("What was the revenue per store in 2019?") == (["revenue"], "store")
    got = cells_answer("What was the average book value per Logistics property at June 2024?", SECTORS)
    assert got is not None and got.answer.startswith("**150")


def test_a_bracketed_note_does_not_name_a_column():
    assert header_words("Global (incl. UK)") == {"global"} and header_words("(by area)") == {"area"}
    table = read_grid([["", "2021", "2021"], ["", "UK", "Global (incl. UK)"], ["Renewables (%)", "41", "27"]]).table
    assert column_for(table, 2021, "the proportion of renewables in the UK in 2021", "Renewables (%)") == "2021 › UK"


def test_a_row_of_amounts_beside_growth_columns_states_no_share():
    table = read_grid([["", "Revenue", "Revenue", "Growth", "FX effect", "Acquisitions"], ["", "2022", "2021", "2022", "2022", "2022"],
                       ["Ostomy", "7,842", "7,512", "6%", "(2)%", "0%"], ["Group", "18,139", "16,974", "7%", "(2)%", "2%"]]).table
    assert not percent_stated(table, "Ostomy", [2022], "What proportion of Group revenue in 2022 came from Ostomy?")
    assert percent_stated(table, "Ostomy", [2022], "What was the growth of Ostomy in 2022?")


RESERVES = ["\tProved\t\tTotal\t", "Deposit\tTonnes (Mt)\tGold (koz)\tTonnes (Mt)\tGold (koz)",
            "North pit\t4.2\t196\t16.0\t693", "Stockpiles\t2.6\t60\t2.6\t60",
            "Total at 30 June 2024\t6.8\t256\t18.6\t753", "Total at 30 June 2023\t8.3\t406\t23.5\t1,349"]


def test_dated_total_rows_keep_their_total_and_the_column_is_named_by_the_other_words():
    got = cells_answer("What was the change in total Proved contained gold from 30 June 2023 to 30 June 2024?", RESERVES)
    assert got is not None and got.answer.startswith("**-150")


REPURCHASES = ["\tShares repurchased (in thousands)\tAmount (in millions)", "First quarter 2021\t2,150\t$ 456.8",
               "Second quarter 2021\t1,870\t$ 445.3", "Third quarter 2021\t2,420\t$ 607.6",
               "Fourth quarter 2021\t1,615\t$ 447.2", "Total\t8,055\t$ 1,956.9"]


def test_a_share_of_a_periods_total_column_in_a_row_named_by_a_generic_word():
    got = cells_answer("What proportion of the total amount spent on repurchases in 2021 was spent in the fourth quarter?",
                       REPURCHASES)
    assert got is not None and got.answer.startswith("**22.85%")
