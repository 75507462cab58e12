"""level_bound: items counted against the level another line of the same table sets (no embedding model)."""

from __future__ import annotations

from rag.extractive.level_bound import level_asked, level_meeting
from rag.extractive.passage_tables import tables_of
from tests.test_shape_cues import _table_ctx

BY_ROW = [["Country", "kg per capita", "Landfill", "Recycling"], ["Germany", "606", "1", "48"], ["Spain", "472", "47", "21"],
          ["Poland", "364", "36", "27"], ["Greece", "524", "79", "12"], ["EU-27 average", "511", "23", "30"]]
TURNED = [["Period", "National", "Capital", "Uplands", "Coast"], ["H1 2024", "6.1", "4.4", "9.1", "5.2"],
          ["H1 2025", "5.6", "4.1", "8.6", "5.9"]]


def _ask(question, grid, years=()):
    ctx = _table_ctx(question, grid)
    return level_meeting(ctx, question, tables_of(ctx), years, "extractive")


def test_the_level_phrase_is_read_and_a_number_or_a_pace_is_none():
    assert level_asked("How many regions had a rate above the national rate in H1 2025?") == (True, "national rate")
    assert level_asked("How many countries landfill a larger share than the EU-27 average?") == (True, "EU-27 average")
    assert level_asked("How many were below the panel average?") == (False, "panel average")
    assert level_asked("How many regions were above 5%?") is None
    assert level_asked("How many regions grew faster than the national average?") is None


def test_rows_met_against_the_level_row_in_the_column_named():
    got = _ask("How many of the countries landfill a larger share than the EU-27 average?", BY_ROW)
    assert got is not None and got.figure == "3"
    got = _ask("How many countries had a recycling share below the EU-27 average?", BY_ROW)
    assert got is not None and got.figure == "3"


def test_a_turned_table_meets_columns_against_the_level_column_in_the_period_row():
    got = _ask("How many regions had an unemployment rate above the national rate in H1 2025?", TURNED, (2025,))
    assert got is not None and got.figure == "2"


def test_no_line_named_or_no_column_named_gives_none():
    assert _ask("How many countries were above the regional average?", BY_ROW) is None
    assert _ask("How many countries were above the EU-27 average?", BY_ROW) is None  # which column: not said


def test_a_cell_printed_below_a_bound_under_the_level_is_below_it():
    grid = [row[:] for row in BY_ROW]
    grid[1][2] = "<1"
    got = _ask("How many of the countries landfill a larger share than the EU-27 average?", grid)
    assert got is not None and got.figure == "3"
    got = _ask("How many of the countries landfill a smaller share than the EU-27 average?", grid)
    assert got is not None and got.figure == "1"


def test_a_year_heading_every_column_of_a_turned_table_names_no_column_apart():
    grid = [["Year ended 31 December 2024", "", "", "", ""], ["", "North", "South", "West", "Group"],
            ["Revenue", "420", "380", "150", "950"], ["Organic growth", "6.4%", "4.8%", "9.7%", "6.3%"]]
    got = _ask("How many regions had organic growth above the group rate?", grid)
    assert got is not None and got.figure == "2" and "West" in got.answer
