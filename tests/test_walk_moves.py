"""walk_moves: the movements of a walk down the rows that moved its balance the way asked (no embedding model)."""

from __future__ import annotations

from ingest.tables import read_grid
from rag.extractive.walk_moves import _moves, walk_rows

CET1 = [["CET1 ratio walk", "bps", "CET1 ratio (%)"], ["CET1 ratio Q3 24", "", "14.62"], ["Net profit", "+38", ""],
        ["Dividend accrual(1)", "(19)", ""], ["Share buyback", "(25)", ""], ["FX and other", "+4", ""],
        ["CET1 ratio Q4 24", "", "14.60"]]
PPE = [["US$ m", "2024"], ["Balance at 1 January", "412"], ["Additions", "96"], ["Disposals", "(21)"],
       ["Depreciation charge", "(64)"], ["Balance at 31 December", "423"]]


def test_a_walk_between_two_balance_rows_reads_its_movements_with_their_signs():
    t = read_grid(CET1, None).table
    moves = walk_rows(t)
    assert moves == ["Net profit", "Dividend accrual(1)", "Share buyback", "FX and other"]
    assert [c.value for c in _moves(t, moves, "How many items reduced the ratio?")] == [38, -19, -25, 4]
    t = read_grid(PPE, None).table
    assert [c.value for c in _moves(t, walk_rows(t), "")] == [96, -21, -64]


def test_movements_that_do_not_add_up_or_unlike_balance_rows_are_no_walk():
    bad = [row[:] for row in PPE]
    bad[-1][1] = "500"
    t = read_grid(bad, None).table
    assert _moves(t, walk_rows(t), "") is None
    other = [["US$ m", "2024"], ["Revenue", "412"], ["Costs", "(96)"], ["Tax", "(21)"], ["Net profit", "295"]]
    assert walk_rows(read_grid(other, None).table) is None
