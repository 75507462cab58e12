"""A share asked of a row whose year column is an amount reads the row's share column (rag/extractive/row_figures.py)."""

from __future__ import annotations

from tests.test_compute import _ask

_GRID = [["Rank", "Company", "2024 Revenue", "Share", "YoY change"], ["1", "Huaxi Group", "31.85", "17.8%", "6.2%"],
         ["2", "Aurelle Beaute", "27.62", "15.4%", "3.9%"], ["3", "Shanmei Biotech", "19.84", "11.1%", "21.5%"]]


def test_a_share_asked_reads_the_share_column_the_question_names():
    assert _ask("What was Aurelle Beaute's market share in 2024?", _GRID).figure == "15.4%"


def test_an_amount_asked_still_reads_the_year_column():
    assert _ask("What was Aurelle Beaute's revenue in 2024?", _GRID).figure == "27.62"
