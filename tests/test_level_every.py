"""level_every: items whose cell in every period asked meets a bound or a sign."""

from __future__ import annotations

from rag.extractive.level_every import level_every
from rag.extractive.passage_tables import tables_of
from tests.test_shape_cues import _table_ctx

LFL = [["LFL growth", "Q1", "Q2", "Q3", "Q4", "FY 2024/25", "FY 2023/24"], ["Grocery", "3.8%", "3.1%", "2.6%", "2.2%", "2.9%", "7.4%"],
       ["Clothing", "(1.6)%", "0.8%", "2.4%", "(0.9)%", "0.2%", "3.1%"], ["Online", "9.6%", "11.2%", "12.5%", "10.8%", "11.0%", "6.3%"]]
MARGINS = [["Segment", "2022", "2023", "2024"], ["Haulage", "18.2", "21.5", "22.0"], ["Landfill", "31.5", "32.2", "30.1"],
           ["Recycling", "12.4", "10.8", "24.0"]]


def _ask(question, grid):
    ctx = _table_ctx(question, grid)
    return level_every(ctx, question, tables_of(ctx), "extractive")


def test_a_sign_held_in_every_quarter_of_the_year_asked():
    got = _ask("Which divisions had positive LFL growth in every quarter of FY 2024/25?", LFL)
    assert got is not None and got.figure == "Grocery and Online"


def test_a_bound_held_in_both_years_named_or_counted():
    got = _ask("Which segments had a margin above 20 in both 2023 and 2024?", MARGINS)
    assert got is not None and got.figure == "Haulage and Landfill"
    got = _ask("How many segments had a margin of at least 12.4 in each year?", MARGINS)
    assert got is not None and got.figure == "2"


def test_a_move_or_no_every_clause_is_no_level_read():
    assert _ask("Which segments grew by more than 2 in each year?", MARGINS) is None
    assert _ask("Which segments had a margin above 20 in 2024?", MARGINS) is None
