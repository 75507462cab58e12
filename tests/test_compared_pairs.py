"""Two things compared with no operation word ('how many times larger A than B', 'how much higher A
than B'): a multiple or a change of their cells (computed_pairs.compared), on the smallest table."""

from __future__ import annotations

from rag.extractive.pair_questions import compared
from tests.test_compute import _ask, _lead  # one table asked, and its computed lead checked

_RANKING = [["Rank", "Company name", "Market share, %"], ["1", "Company A", "30.1%"], ["2", "Company B", "16.9%"],
            ["3", "Company C", "8.2%"]]


def test_a_comparison_of_two_things_names_its_operation():
    assert compared("How many times larger was A's share than B's?") == "multiple"
    assert compared("How much higher was A's share than B's?") == "change"
    assert compared("What was A's share?") is None
    assert compared("By how many times did revenue grow from 2023 to 2024?") is None  # one thing over periods


def test_how_many_times_larger_divides_the_first_row_by_the_second():
    # the ranking is dated by its title: the year asked names no column, the rank column is no figure
    assert _lead(_ask("How many times larger was Company A's 2024 share than Company C's?", _RANKING)) == "3.67x"


def test_how_much_higher_is_the_first_row_less_the_second_not_one_rows_figure():
    assert _lead(_ask("How much higher was Company A's market share than Company C's?", _RANKING)) == "21.9%"
    assert _lead(_ask("How much higher was Company B's share than Company C's in 2024?", _RANKING)) == "8.7%"


_ONE_ROW = [["", "2019", "2018"], ["Fixed Price", "1,452.4", "1,146.2"]]


def test_one_rows_two_periods_compared_follow_the_questions_order():
    assert _lead(_ask("How much higher was Fixed Price in 2019 than in 2018?", _ONE_ROW)) == "306.2"
    assert _lead(_ask("What is the ratio of Fixed Price in 2019 to 2018?", _ONE_ROW)) == "1.27"
    assert _lead(_ask("What was Fixed Price in 2019 as a ratio of 2018?", _ONE_ROW)) == "1.27"


def test_a_year_on_year_change_of_one_year_is_from_the_year_before():
    assert _lead(_ask("What was the year-on-year change in Fixed Price in 2019?", _ONE_ROW)) == "306.2"
    assert _lead(_ask("What was the year-on-year percentage change in Fixed Price in 2019?", _ONE_ROW)) == "26.71%"
    assert _lead(_ask("What was the change in Fixed Price in 2019?", _ONE_ROW)) == "306.2"  # a change in one year: from the year before


_TWO_ROWS = [["", "2019", "2018"], ["Fixed Price", "1,452.4", "1,146.2"], ["Other", "44.1", "56.7"]]


def test_two_rows_combined_or_averaged_in_one_year():
    assert _lead(_ask("What was the combined Fixed Price and Other in 2019?", _TWO_ROWS)) == "1,496.5"
    assert _lead(_ask("What were Fixed Price and Other in 2019 combined?", _TWO_ROWS)) == "1,496.5"
    # the average of two rows in one year, not one row's average over that year and the one before
    assert _lead(_ask("What was the average of Fixed Price and Other in 2019?", _TWO_ROWS)) == "748.25"


def test_what_percentage_of_a_whole_a_part_is():
    assert _lead(_ask("What percentage of Fixed Price was Other in 2019?", _TWO_ROWS)) == "3.04%"
    # 'percentage of B in 2019' is no pair of rows: the phrasing 'A as a percentage of B' is tried next
    assert _lead(_ask("What was Other as a percentage of Fixed Price in 2019?", _TWO_ROWS)) == "3.04%"


_WHOLE_WITH_OF = [["", "2019", "2018"], ["Research and development", "46,286", "40,000"],
                  ["Total cost of revenue", "118,358", "100,000"]]


def test_what_proportion_of_a_whole_whose_label_holds_of_is_the_part_over_the_whole():
    # 'what proportion of B was A' fixes the whole by its verb: 'total cost | of revenue was A' is no 'A of B'
    assert _lead(_ask("What proportion of total cost of revenue was Research and development in 2019?",
                      _WHOLE_WITH_OF)) == "39.11%"  # a proportion of a whole, in percent
    assert _lead(_ask("What percentage of total cost of revenue was Research and development in 2019?",
                      _WHOLE_WITH_OF)) == "39.11%"
