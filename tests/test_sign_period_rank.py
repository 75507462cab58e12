"""Signed superlatives over period columns and period nouns other than 'year' (answer_by_cells; no embedding model)."""

from __future__ import annotations

from rag.extractive.shapes import answer_by_cells
from rag.extractive.sides import figure_for_which
from rag.extractive.slots import parse
from tests.test_shape_cues import _table_ctx

FISCAL = [["", "Fiscal 2021", "Fiscal 2022", "Fiscal 2023", "Fiscal 2024"], ["Net sales", "3,412", "3,905", "4,118", "3,976"],
          ["Net income (loss)", "(84)", "126", "201", "(47)"]]


def _figure(question, grid):
    got = answer_by_cells(_table_ctx(question, grid), parse(question), "extractive")
    return None if got is None else got.figure


def test_the_largest_loss_of_a_signed_line_is_its_lowest_and_the_smallest_its_negative_nearest_zero():
    assert _figure("Which fiscal year had the largest net loss?", FISCAL) == "Fiscal 2021"
    assert _figure("Which fiscal year had the smallest net loss?", FISCAL) == "Fiscal 2024"


def test_a_fiscal_year_asked_is_named_as_its_column_prints_it():
    assert _figure("In which fiscal year were net sales highest?", FISCAL) == "Fiscal 2023"
    assert _figure("In which year were net sales highest?", FISCAL) == "2023"


def test_a_period_label_leads_a_which_season_question_as_a_name():
    shown = "**2021-22**. Average attendance, ranked: 2021-22: 21,930; 2020-21: 18,450 [1]"
    assert figure_for_which("Which season had the highest average attendance?", shown) is None
    assert figure_for_which("Which segment had the highest margin?", "**21.7%**. Margin [1]") is not None
