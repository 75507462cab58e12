"""Sets of table rows, one rule per test on the smallest input (no model): the rows that add up to
a named row, the rows meeting a condition in one year, a footnote mark on a label word."""

from __future__ import annotations

from rag.extractive.cells import words
from rag.extractive.slots import parse
from rag.extractive.shapes import answer_by_cells
from tests.test_shapes import _ctx


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

