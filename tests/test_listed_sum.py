"""A sum over a list of three or more things ('the combined imports of A, B and C') adds every row the list
names, not only the two the last 'and' joins (computed_pairs._listed_rows)."""

from __future__ import annotations

from ingest.tables import read_grid
from rag.extractive.computed_pairs import _listed_rows
from rag.extractive.pair_questions import COMBINED_OF

GRID = [["", "Imports", ""],
        ["Country", "2023", "2024"],
        ["United States", "23.9", "25.6"],
        ["China", "18.2", "17.1"],
        ["United Kingdom", "6.1", "6.4"],
        ["Japan", "4.3", "3.9"]]


def test_every_listed_row_is_summed():
    tables = [(0, read_grid(GRID, "").table)]
    q = "What were the combined 2024 imports of the United States, China and Japan?"
    m = COMBINED_OF.search(q)
    found = _listed_rows(tables, m.group("a"), m.group("b"), 2024, q)
    assert found is not None and [c.text for _, c in found] == ["25.6", "17.1", "3.9"]


def test_two_things_or_an_unnamed_item_are_no_list():
    tables = [(0, read_grid(GRID, "").table)]
    q = "What were the combined 2024 imports of the United States and Japan?"
    assert _listed_rows(tables, "United States", "Japan", 2024, q) is None
    assert _listed_rows(tables, "United States, France", "Japan", 2024, q) is None
