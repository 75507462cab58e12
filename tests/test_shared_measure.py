"""One measure asked of several rows: the column the measure names is read for each row named (and its
operation word names the column, not a mean), on the smallest tables (no model)."""

from __future__ import annotations

from ingest.tables import Table
from rag.extractive.cells import words
from rag.extractive.shared_measure import measure_words_out, rows_with_measure
from rag.extractive.slots import parse
from rag.extractive.shapes import answer_by_cells
from tests.test_shapes import _ctx

SALES = [["", "Year ended 31 December 2023", "", "", "Year ended 31 December 2022", "", ""],
         ["Region", "Contracted sales amount (RMB million)", "Contracted GFA (sq.m.)", "Average selling price (RMB/sq.m.)",
          "Contracted sales amount (RMB million)", "Contracted GFA (sq.m.)", "Average selling price (RMB/sq.m.)"],
         ["Greater Bay Area", "12,410", "351,400", "35,315", "13,050", "362,560", "35,994"],
         ["Central China", "5,127", "384,200", "13,345", "6,004", "440,100", "13,642"],
         ["Western China", "4,380", "356,900", "12,272", "4,921", "391,200", "12,579"]]
TABLE = Table(None, ["2023 › Average selling price (RMB/sq.m.)", "2023 › Contracted GFA"], ["Central China", "Western China"])


def _ask(question: str, grid):
    return answer_by_cells(_ctx(question, grid=grid, caption=None), parse(question), "extractive")


def test_the_measure_is_said_of_each_row_named_after_it():
    got = rows_with_measure([(0, TABLE)], "average selling prices of Central China and Western China")
    assert got == ["average selling prices Central China", "average selling prices Western China"]


def test_an_operation_alone_names_no_column():
    assert rows_with_measure([(0, TABLE)], "average of Central China and Western China") is None


def test_a_header_holding_an_operation_word_is_no_operation():
    assert "average" not in words(measure_words_out(TABLE, "the average selling prices in 2023 and 2022"))
    assert "average" in words(measure_words_out(TABLE, "the average GFA in 2023 and 2022"))


def test_two_rows_read_in_the_column_the_measure_names():
    a = _ask("What were the average selling prices of Central China and Western China in 2023?", SALES)
    assert a is not None and a.answer.startswith("**13,345 and 12,272**")


def test_one_row_two_years_in_the_column_named_not_their_mean():
    a = _ask("What were the average selling prices in the Greater Bay Area in 2023 and 2022?", SALES)
    assert a is not None and a.answer.startswith("**35,315 and 35,994**")

