"""dated_rows: items counted by the year a column the question's verb names dates them (no embedding model)."""

from __future__ import annotations

from rag.extractive.dated_rows import dated_count
from rag.extractive.passage_tables import tables_of
from tests.test_shape_cues import _table_ctx

GRID = [["Satellite", "Launch", "Transponders", "Expected end of life"], ["AUR-3", "2011", "64", "2027"],
        ["AUR-4", "2014", "72", "2031"], ["AUR-6", "2019", "80", "2036"], ["AUR-7", "2023", "48", "2039"],
        ["Total", "", "264", ""]]


def _ask(question, grid=GRID):
    ctx = _table_ctx(question, grid)
    return dated_count(ctx, question, tables_of(ctx), "extractive")


def test_rows_dated_by_the_column_the_verb_names_are_counted():
    got = _ask("How many satellites were launched before 2018?")
    assert got is not None and got.figure == "2" and "AUR-4" in got.answer
    assert _ask("How many satellites were launched since 2019?").figure == "2"


def test_an_undated_row_is_left_out_and_the_answer_hedged():
    grid = GRID[:-1] + [["AUR-8", "–", "40", "2041"]]
    got = _ask("How many satellites were launched after 2015?", grid)
    assert got.figure is None and "Not certain" in got.answer and "2 (AUR-6, AUR-7)" in got.answer


def test_no_column_the_verb_names_gives_none():
    assert _ask("How many satellites were retired before 2030?") is None
    assert _ask("Which satellites were launched before 2018?") is None
