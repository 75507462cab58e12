"""measure_meeting: items counted where the measure named (a row or a column) meets a bound (no embedding model)."""

from __future__ import annotations

from ingest.tables import read_grid
from rag.extractive.measure_meeting import measure_line, measure_meeting
from rag.extractive.passage_tables import tables_of
from tests.test_shape_cues import _table_ctx

BY_ROW = [["", "Pumps", "Valves", "Total"], ["Net sales", "1,500", "900", "2,400"], ["Total assets", "3,000", "2,000", "5,000"]]
BY_COLUMN = [["Market", "Properties", "Occupancy %"], ["Dallas", "14", "93.4%"], ["Houston", "9", "88.1%"],
             ["Phoenix", "7", "95.7%"], ["Total", "30", "92.2%"]]


def _ask(question, grid):
    ctx = _table_ctx(question, grid)  # one passage holding the table
    return measure_meeting(ctx, question, tables_of(ctx), "extractive")


def test_the_measure_is_the_one_row_or_column_named():
    assert measure_line(read_grid(BY_ROW, None).table, "How many segments had net sales") == ("row", "Net sales")
    assert measure_line(read_grid(BY_ROW, None).table, "How many segments had orders") is None


def test_items_across_a_row_counted_total_left_out():
    got = _ask("How many segments had net sales above 1,000?", BY_ROW)
    assert got is not None and got.figure == "1" and got.derivation["result"] == "1"


def test_items_down_a_column_counted_total_left_out():
    got = _ask("How many markets had occupancy above 90%?", BY_COLUMN)
    assert got is not None and got.figure == "2"


def test_a_year_asked_a_unit_unlike_the_cells_or_no_measure_gives_none():
    assert _ask("How many markets had occupancy above 90% in 2019?", BY_COLUMN) is None
    assert _ask("How many markets had occupancy above 90?", BY_COLUMN) is None
    assert _ask("How many markets had rent above 90%?", BY_COLUMN) is None
