"""A share's whole with no total row: the row the whole phrase names that closes the rows above it."""

from ingest.tables import Cell, Table
from rag.extractive.cells import RowHit
from rag.extractive.computed_parts import _named_whole, closes_above
from rag.extractive.row_operation import _whole_kept

_ROWS = [("North America", 4398), ("United Kingdom", 1142), ("Western Europe", 1812), ("Rest of world", 2178),
         ("Net revenue", 9530), ("Pass-through costs", 3126), ("Revenue", 12656)]
_TABLE = Table(None, ["2024"], [r for r, _ in _ROWS], [Cell(r, "2024", f"{v:,}", float(v)) for r, v in _ROWS])


def test_a_row_closing_the_rows_above_it_adds_them_up():
    assert closes_above(_TABLE, "Net revenue", "North America", "2024")
    assert not closes_above(_TABLE, "Revenue", "North America", "2024")  # net revenue and costs above it


def test_the_whole_phrase_names_the_row_that_closes_the_part():
    whole, cells = _named_whole(_TABLE, "North America", "What proportion of 2024 net revenue came from North America?", 2024)
    assert whole == "Net revenue" and [c.value for c in cells] == [4398.0, 9530.0]
    assert _named_whole(_TABLE, "North America", "What was North America's revenue in 2024?", 2024) is None


def test_a_share_asked_of_the_total_row_itself_stays_a_share():
    hit = RowHit(0, _TABLE, "Sales volumes (kt) › Total sales volumes", 0.0)
    assert _whole_kept("What was Europe's share of total sales volumes in 2024?", hit, None) == "share"
    assert _whole_kept("What were total sales volumes in 2024?", hit, None) is None
    assert _whole_kept("What was Europe's share of total sales volumes in 2024?", RowHit(0, _TABLE, "Europe", 0.0),
                       None) is None
