"""Computed answers' operands, session 26 (rag/extractive/computed*.py): which period is subtracted
from which, and how a table writes a nil figure. Each on the smallest table, without the embedding model."""

from __future__ import annotations

from rag.extractive.computed import years_in_order
from tests.test_compute import _ask, _lead  # one table asked, and its computed lead checked


def test_a_difference_between_two_periods_is_the_first_named_less_the_second():
    grid = [["", "2019", "2018"], ["Total costs", "8,455", "10,647"]]
    assert _lead(_ask("What is the difference in total costs between 2018 and 2019?", grid)) == "2,192"
    assert _lead(_ask("What is the difference in total costs between 2019 and 2018?", grid)) == "-2,192"
    # a change, an increase or 'from A to B' stays the later less the earlier
    assert _lead(_ask("What was the change in total costs between 2018 and 2019?", grid)) == "-2,192"
    assert _lead(_ask("What was the change in total costs from 2018 to 2019?", grid)) == "-2,192"


def test_years_in_order_keeps_later_first_except_for_a_difference_between():
    assert years_in_order("What is the difference in X between 2018 and 2019?", (2018, 2019), "change") == [2018, 2019]
    assert years_in_order("What is the change in X between 2018 and 2019?", (2018, 2019), "change") == [2019, 2018]
    assert years_in_order("What is the percentage difference in X between 2018 and 2019?", (2018, 2019),
                          "percent_change") == [2019, 2018]
    assert years_in_order("What is the average X between 2018 and 2019?", (2018, 2019), "average") == [2019, 2018]


def test_a_column_is_named_by_the_header_words_no_other_column_has():
    grid = [["", "Balance at Beginning of Period", "Increase / (Decrease)", "Balance at End of Period"],
            ["Deferred revenue (current)", "$5,101", "$(618)", "$4,483"],
            ["Deferred revenue (non-current)", "$3,707", "$(263)", "$3,444"]]
    question = "What is the ratio of current deferred revenue to non-current deferred revenue as of end of period?"
    assert _lead(_ask(question, grid)) == "1.3"
    question = "What is the ratio of current deferred revenue to non-current deferred revenue as of the period?"
    assert _ask(question, grid) is None  # 'period' is in every header: no one column is named


def test_a_column_is_named_by_its_whole_header_path():
    grid = [["", "Balance at Beginning of", "", ""], ["", "Period (1/1/19)", "Increase / (Decrease)", "Balance at End of Period"],
            ["Deferred revenue (current)", "$5,101", "$(618)", "$4,483"],
            ["Deferred revenue (non-current)", "$3,707", "$(263)", "$3,444"]]
    question = "What is the ratio of current deferred revenue to non-current deferred revenue as of end of period?"
    assert _lead(_ask(question, grid)) == "1.3"
