"""A column's total over a table's rows, session 27 (rag/extractive/column_total.py), on the smallest
table, without the embedding model."""

from __future__ import annotations

from rag.extractive.column_total import ranks_asked, rows_asked
from tests.test_compute import _ask, _lead  # one table asked, and its computed lead checked

_GRID = [["Rank", "Company name", "Market share, %"], ["1", "Company A", "30.1%"], ["2", "Company D", "4.7%"],
         ["3", "Company E", "2.8%"]]


def test_the_rows_a_total_is_asked_over_are_counted_by_the_question():
    assert rows_asked("What combined share do the five companies in the ranking hold?") == (5, False)
    assert rows_asked("What is the total revenue of the top three segments?") == (3, True)
    assert rows_asked("What is the total revenue in 2019?") is None  # no rows counted


def test_a_combined_share_of_the_n_rows_adds_the_column_the_question_names():
    assert _lead(_ask("What combined market share do the three companies in the ranking hold?", _GRID)) == "37.6%"
    assert _lead(_ask("What combined market share do the top two companies hold?", _GRID)) == "34.8%"
    # a count that is not the table's row count answers nothing
    assert _ask("What combined market share do the four companies in the ranking hold?", _GRID) is None


def test_a_total_over_the_rows_counted_needs_no_operation_word():
    # 'the total share of the three companies': 'total' before the measure, not 'the total of'
    assert _lead(_ask("What is the total 2024 revenue share of the three companies in the ranking?", _GRID)) == "37.6%"


_RANKED = [["Company name", "Rank", "Market share, %"], ["Company I", "9", "0.4%"], ["Company J", "10", "0.3%"],
           ["Company K", "11", "0.2%"], ["Company L", "12", "0.1%"]]


def test_a_rank_range_addresses_the_rows_whose_rank_lies_in_it():
    assert ranks_asked("What share do the companies ranked 11th to 15th hold?") == (11, 15)
    assert ranks_asked("What share do the companies ranked 3-5 hold?") == (3, 5)
    assert ranks_asked("What share did they hold from 2019 to 2023?") is None  # years, not ranks
    assert ranks_asked("What shares do the 1st and 10th companies hold?") is None  # two ranks, not the rows between
    assert _lead(_ask("What combined market share do the companies ranked 10th to 12th hold?", _RANKED)) == "0.6%"
    # a range the table does not wholly rank answers nothing
    assert _ask("What combined market share do the companies ranked 11th to 13th hold?", _RANKED) is None


def test_top_n_share_reads_the_share_column_of_the_year_asked():
    from ingest.tables import Cell, Table
    from rag.extractive.column_total import _column_cells
    cols = ["Revenue › 2023", "Revenue › 2024", "Market share › 2023", "Market share › 2024"]
    rows = ["A", "B", "C"]
    vals = [["52.1", "60.4", "37.3%", "36.5%"], ["34.6", "43.8", "24.7%", "26.4%"], ["15.8", "19.9", "11.3%", "12.0%"]]
    cells = [Cell(r, c, x, float(x.strip("%"))) for r, v in zip(rows, vals) for c, x in zip(cols, v)]
    got = _column_cells(Table(None, cols, rows, cells), "What was the combined 2024 market share of the top two vendors?", 2, True)
    assert got is not None and [c.text for c in got[1]] == ["36.5%", "26.4%"]
