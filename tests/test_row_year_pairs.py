"""'What was A in 2019 and B in 2018?': each row read in its own year (row_year_pairs.py)."""

from __future__ import annotations

from ingest.tables import read_grid, tables_to_json
from ingest.types import Chunk
from rag.extractive.row_year_pairs import row_year_pairs
from rag.extractive.shapes import answer_by_cells
from rag.extractive.slots import parse
from rag.types import AnswerContext, Passage

GRID = [["", "2019", "2018"],
        ["Inventories", "124", "114"],
        ["Total assets", "$2,664", "$3,025"]]


def test_two_parts_each_with_its_year_are_read_and_one_row_over_two_years_is_not():
    assert row_year_pairs("What was the Total assets in 2019 and Inventories in 2018 respectively?") == \
        [("Total assets", 2019), ("Inventories", 2018)]
    assert row_year_pairs("What were the revenue for 2018 and the net income for 2019?") == \
        [("revenue", 2018), ("net income", 2019)]
    assert row_year_pairs("What was the revenue in 2019 and 2018?") is None
    assert row_year_pairs("What was the revenue in 2019 and revenue in 2018?") is None


def test_each_row_gives_its_own_years_cell_not_one_row_over_both_years():
    read = read_grid(GRID, "")
    text = "\n".join([read.header_line] + read.lines)
    chunk = Chunk("c1", "d1", text, "Report", "Pub", "2020", "r.html", 1, 1, None, 0, len(text),
                  tables_json=tables_to_json([read.table]))
    question = "What was the Total assets in 2019 and Inventories in 2018 respectively?"
    answer = answer_by_cells(AnswerContext(question, [Passage(chunk, 1.0)]), parse(question), "extractive")
    assert answer is not None and answer.figure == "$2,664 and 114"
