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


STORES = [["", "France", "Spain", "Rest of Europe", "Total"], ["Openings", "281", "52", "96", "429"],
          ["Closures", "(146)", "(38)", "(71)", "(255)"]]
LOANS = [["", "2019", "2018", "Change", "% Change"], ["Individuals", "", "", "", ""], ["Credit card", "96", "88", "8", "9.3%"],
         ["Personal loans", "34", "29", "5", "14.6%"], ["Vehicles", "17", "15", "2", "11.6%"], ["Total individuals", "147", "132", "15", "11.4%"],
         ["Companies", "", "", "", ""], ["Corporate", "129", "138", "(9)", "(6.1)%"], ["Middle market", "81", "72", "9", "13.1%"],
         ["Total companies", "210", "210", "0", "0.0%"]]


def test_which_items_named_a_verb_naming_its_noun_a_bracketed_line_met_by_its_size():
    got = _ask("Which regions closed more than 50 stores?", STORES)
    assert got is not None and got.shape == "list" and got.figure == "France and Rest of Europe"


def test_a_growth_by_a_share_reads_the_percent_change_column_under_the_heading_named():
    got = _ask("How many individual products grew by more than 10%?", LOANS)
    assert got is not None and got.figure == "2"
    fell = _ask("How many company products declined by more than 5%?", LOANS)
    assert fell is not None and fell.figure == "1"


CHANGES = [["", "2020", "2019", "% Change"], ["Laptops", "2,410", "2,180", "10.6%"], ["Tablets", "640", "705", "(9.2)%"],
           ["Accessories", "322", "281", "14.6%"], ["Smart home", "85", "—", "n/m"], ["Total", "3,457", "3,166", "9.2%"]]


def test_an_item_marked_nil_has_no_figure_to_meet_the_bound():
    got = _ask("How many product lines grew by more than 10%?", CHANGES)
    assert got is not None and got.figure == "2"


def test_a_sign_read_as_a_bound_of_zero():
    got = _ask("How many product lines had % change below 0?", CHANGES)  # signed_bound.sign_as_bound of 'a negative % change'
    assert got is not None and got.figure == "1" and "Tablets" in got.answer
