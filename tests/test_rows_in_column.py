"""rows_in_column: the rows listed, each read in the one column whose header is the measure asked (no embedding model)."""

from __future__ import annotations

from rag.extractive.passage_tables import tables_of
from rag.extractive.rows_in_column import measure_column, rows_in_column
from tests.test_shape_cues import _table_ctx

GRID = [["", "Gross Amount", "Net Amount"], ["Cash and cash equivalents", "10", "8"], ["Patents", "30", "25"],
        ["Total", "40", "33"]]


def _ask(question):
    ctx = _table_ctx(question, GRID)  # one passage holding the table
    return rows_in_column(ctx, question, tables_of(ctx), "extractive")


def test_the_column_whose_header_is_the_measure_plural_aside():
    assert measure_column(["Gross Amount", "Net Amount"], "net amounts") == "Net Amount"
    assert measure_column(["Gross Amount", "Net Amount"], "amounts") is None


def test_each_row_in_that_column_in_the_question_order():
    got = _ask("What are the net amounts of patents and cash and cash equivalents?")
    assert got is not None and got.figure == "25 and 8"


def test_a_year_asked_an_unnamed_column_or_row_gives_none():
    assert _ask("What are the net amounts of patents and cash and cash equivalents in 2019?") is None
    assert _ask("What are the book values of patents and cash and cash equivalents?") is None
    assert _ask("What are the net amounts of patents and trademarks?") is None
