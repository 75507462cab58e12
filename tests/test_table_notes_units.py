"""Table structure read generally (w-tat11): a unit note that exempts some figures is still a note,
a header row holding only a note scales the whole table, and a year's amount column is told from
its share column by the unit asked. Smallest inputs, no model, no index."""

from __future__ import annotations

from ingest.table_headers import is_note
from ingest.tables import read_grid
from rag.extractive.column_choice import column_for
from tests.test_table_rows import _ask, _table_chunk

# a year over an amount and its share of revenue, and the scale note printed over one data column
COSTS = [["", "2019", "", "2018", ""],
         ["", "Amount", "% of total revenue", "Amount", "% of total revenue"],
         ["", "", "(In thousands, except percentages)", "", ""],
         ["License", "$ 64,798", "9%", "$ 35,452", "5%"],
         ["Maintenance", "16,499", "2", "14,783", "2"]]


def test_a_note_exempting_some_figures_is_a_note():
    assert is_note("(In thousands, except percentages)")
    assert is_note("(in millions, except per share amounts)")
    assert not is_note("Revenue, except fees")


def test_a_header_row_of_one_note_scales_the_table_and_names_no_column():
    table = read_grid(COSTS, None).table
    assert table.scale == "thousand"
    assert not any("thousands" in c for c in table.columns)
    share = next(c for c in table.cells if c.row == "License" and c.text == "9%")
    assert share.scale is None  # a percentage is never scaled


def test_an_amount_asked_reads_the_amount_column_a_share_the_share_column():
    table = read_grid(COSTS, None).table
    assert column_for(table, 2019, "What was the license revenue in 2019?").endswith("Amount")
    assert column_for(table, 2019, "What was license as a percentage of total revenue in 2019?").endswith("revenue")
    assert column_for(table, 2019, "What was the percentage change in license revenue?").endswith("Amount")


def test_two_years_of_an_amount_beside_shares():
    a = _ask("What was the License revenue in 2019 and 2018 respectively?", _table_chunk(COSTS))
    assert a is not None and a.answer.startswith("**$64,798 and $35,452**")


# a fiscal year written over the two calendar years it spans
SPLIT = [["", "2018/19", "2017/18"], ["Net revenue", "1,200", "1,100"], ["Cost of sales", "700", "650"]]


def test_a_split_fiscal_year_is_the_year_it_ends_in():
    from rag.extractive.cells import year_of
    from rag.extractive.slots import parse
    from rag.extractive.split_years import end_years

    assert year_of("2018/19") == 2019 and year_of("2017/2018") == 2018 and year_of("2021-2025") == 2025
    assert end_years("(2017/18: €−136 million)") == [2018] and end_years("2021-2025") == []
    assert parse("What was the cost of sales in 2018/19?").years == (2019,)
    a = _ask("What was the net revenue in 2019 and 2018 respectively?", _table_chunk(SPLIT))
    assert a is not None and a.answer.startswith("**1,200 and 1,100**")
    one = _ask("What was the cost of sales in 2018/19?", _table_chunk(SPLIT))
    assert one is not None and one.answer.startswith("**700**")


# row labels written with a sign prefix, and an abbreviation written with full stops
SIGNED = [["", "2019", "2018"], ["Gross property", "500", "450"], ["Less: accumulated depreciation", "(200)", "(150)"],
          ["U.S. federal", "40", "30"], ["Net property", "300", "300"]]


def test_a_sign_prefix_is_no_part_of_a_row_name():
    a = _ask("What was the accumulated depreciation in 2019?", _table_chunk(SIGNED))
    assert a is not None and a.answer.startswith("**(200)**")


def test_an_abbreviation_with_full_stops_is_the_word_without_them():
    from rag.extractive.cells import words

    assert words("U.S. federal") == words("US federal") == ["us", "federal"]
    a = _ask("What was the US federal tax in 2018?", _table_chunk(SIGNED))
    assert a is not None and a.answer.startswith("**30**")
