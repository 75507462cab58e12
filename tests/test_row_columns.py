"""'What was the Q4 2019 and % CHANGE of X?': one row read in the two columns named (row_columns.py)."""

from __future__ import annotations

from ingest.tables import read_grid, tables_to_json
from ingest.types import Chunk
from rag.extractive.row_columns import coordinated_columns
from rag.extractive.shapes import answer_by_cells
from rag.extractive.slots import parse
from rag.types import AnswerContext, Passage

GRID = [["", "Q4 2019", "Q4 2018", "$ CHANGE", "% CHANGE"],
        ["Bell Wireless", "2,493", "2,407", "86", "3.6%"],
        ["Bell Media", "879", "850", "29", "3.4%"]]


def _answer(question: str):
    read = read_grid(GRID, "")
    text = "\n".join([read.header_line] + read.lines)
    chunk = Chunk("c1", "d1", text, "Report", "Pub", "2020", "r.html", 1, 1, None, 0, len(text),
                  tables_json=tables_to_json([read.table]))
    return answer_by_cells(AnswerContext(question, [Passage(chunk, 1.0)]), parse(question), "extractive")


def test_two_headers_joined_by_and_one_no_period_are_the_columns_asked():
    table = read_grid(GRID, "").table
    assert [c.split(" › ")[-1] for c in coordinated_columns(table, "What was the Q4 2019 and % CHANGE of Bell Media?")] == \
        ["Q4 2019", "% CHANGE"]
    assert coordinated_columns(table, "What was the Bell Media in Q4 2019 and Q4 2018?") == []  # two periods
    assert coordinated_columns(table, "What was the Q4 2019 of Bell Media and its % CHANGE?") == []  # not side by side


def test_the_row_is_read_in_both_columns_in_the_questions_order():
    answer = _answer("What was the % CHANGE and Q4 2018 of Bell Wireless?")
    assert answer is not None and answer.figure == "3.6% and 2,407"
