"""Rows under a memo heading ('Includes stock-based compensation of:') are a part of the rows above,
named by a question only when it says the heading's words (cells.memo_unasked)."""

from __future__ import annotations

from ingest.tables import read_grid
from rag.extractive.cells import best_row

GRID = [["", "2019", "2018"],
        ["Cost of revenue:", "", ""],
        ["License and subscription", "64,798", "35,452"],
        ["Services", "243,053", "246,548"],
        ["Includes stock-based compensation of:", "", ""],
        ["Cost of license and subscription revenue", "3,011", "1,002"],
        ["Cost of services revenue", "22,781", "21,856"]]


def test_a_memo_row_answers_only_a_question_saying_its_heading():
    table = read_grid(GRID, "").table
    hit = best_row([(0, table)], "What was the cost of license and subscription revenue in 2019?")
    assert hit is not None and hit.row == "Cost of revenue › License and subscription"
    hit = best_row([(0, table)], "What was the stock-based compensation in cost of services revenue in 2019?")
    assert hit is not None and hit.row == "Includes stock-based compensation of › Cost of services revenue"


def test_a_computed_figures_row_is_not_a_memo_row_unless_its_heading_is_said():
    from rag.extractive.row_lookup import row_named

    table = read_grid(GRID, "").table
    hit = row_named([(0, table)], "What was the increase in cost of license and subscription revenue?")
    assert hit is not None and hit.row == "Cost of revenue › License and subscription"
