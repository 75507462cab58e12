"""A year's header spanning its change columns ('F18 › CHANGE'): the year's own figure is read from
the column that is no change (column_choice._one_year)."""

from __future__ import annotations

from ingest.tables import read_grid, tables_to_json
from ingest.types import Chunk
from rag.extractive.column_choice import column_for
from rag.extractive.shapes import answer_by_cells
from rag.extractive.slots import parse
from rag.types import AnswerContext, Passage

GRID = [["", "F19", "F18", "", ""],
        ["$ MILLION", "53 WEEKS", "52 WEEKS", "CHANGE", "CHANGE NORMALISED"],
        ["Sales", "1,671", "1,612", "3.7%", "1.8%"],
        ["EBIT", "261", "259", "1.0%", "(0.5)%"]]


def _table():
    return read_grid(GRID, "").table


def test_a_change_column_under_a_years_header_is_no_column_of_that_year():
    table = _table()
    assert column_for(table, 2018, "What was the EBIT in F18?").endswith("52 WEEKS")
    # a change asked: the change columns stay (two of them: which one stays open)
    assert column_for(table, 2018, "What was the change in EBIT in F18?") is None


def test_two_fiscal_years_asked_read_each_years_own_column():
    read = read_grid(GRID, "")
    text = "\n".join([read.header_line] + read.lines)
    chunk = Chunk("c1", "d1", text, "Report", "Pub", "2020", "r.html", 1, 1, None, 0, len(text),
                  tables_json=tables_to_json([read.table]))
    question = "What was the EBIT in F18 and F19 respectively?"
    answer = answer_by_cells(AnswerContext(question, [Passage(chunk, 1.0)]), parse(question), "extractive")
    assert answer is not None and answer.figure.startswith("259 and 261")
