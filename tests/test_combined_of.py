"""'The combined X of A and B': two rows, the measure a column header whose footnote mark is no part
of its name (rag/extractive/computed_pairs.py, period_cells.py); no model."""

from __future__ import annotations

from rag.extractive.slots import parse
from rag.extractive.shapes import answer_by_cells
from tests.test_shapes import _ctx

GRID = [["", "Net sales", "Shipments (1)"], ["", "R$ million", "thousand tonnes"], ["Brazil BD", "15,482", "5,602"],
        ["North America BD", "15,137", "4,513"], ["South America BD", "3,641", "1,368"]]


def _ask(question: str, grid=GRID):
    return answer_by_cells(_ctx(question, grid=grid, caption=None), parse(question), "extractive")


def test_the_combined_measure_of_two_rows_adds_them_in_the_measures_column():
    a = _ask("What were the combined shipments of the Brazil BD and the South America BD?")
    assert a is not None and a.figure.startswith("6,970")


def test_a_measure_naming_no_column_is_no_cut_of_the_question():
    assert _ask("What were the combined widgets of the Brazil BD and the South America BD?") is None
