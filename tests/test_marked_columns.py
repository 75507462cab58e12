"""Columns named by the same words and told apart by a mark ('$ CHANGE', '% CHANGE'): the question's
unit picks one."""

from conftest import cells_answer

_TABLE = ["OPERATING REVENUES\tQ4 2019\tQ4 2018\t$ CHANGE\t% CHANGE",
          "Bell Wireless\t2,493\t2,407\t86\t3.6%",
          "Bell Media\t879\t850\t29\t3.4%"]


def test_a_percentage_asked_reads_the_percent_column():
    assert cells_answer("What was the percentage change in Bell Wireless?", _TABLE).figure == "3.6%"


def test_a_dollar_change_asked_reads_the_dollar_column():
    assert cells_answer("What was the dollar change in Bell Wireless?", _TABLE).figure == "86"
