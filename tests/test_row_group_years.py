"""A year inside a named row-group heading is part of the name, not a period asked (row_group_years.py)."""

from __future__ import annotations

from ingest.tables import read_grid, tables_to_json
from ingest.types import Chunk
from rag.extractive.row_group_years import row_group_years, years_named_by_heading
from rag.extractive.shapes import answer_by_cells
from rag.extractive.slots import parse
from rag.types import AnswerContext, Passage

GRID = [["", "Balances, January 31, 2018", "Additions", "Balances, January 31, 2019"],
        ["Fiscal 2018 Plan", "", "", ""],
        ["Employee termination costs", "$53.0", "$39.2", "$2.0"],
        ["Facility exit costs", "2.5", "3.2", "0.1"],
        ["Total", "$55.5", "$42.4", "$2.1"]]


def _ctx(question: str) -> AnswerContext:
    read = read_grid(GRID)
    text = "\n".join([read.header_line] + read.lines)
    chunk = Chunk("c1", "d1", text, "Report", "Pub", "2020", "r.html", 1, 1, None, 0, len(text),
                  tables_json=tables_to_json([read.table]))
    return AnswerContext(question, [Passage(chunk, 1.0)])


def _tables(question: str):
    from rag.extractive.cells import tables_of
    return tables_of(_ctx(question))


def test_a_year_in_the_named_heading_is_part_of_its_name():
    q = "What are the components of the Fiscal 2018 Plan?"
    assert row_group_years(q, _tables(q)) == {2018}
    assert years_named_by_heading(q, [2018], _tables(q))


def test_another_year_or_no_heading_named_is_a_period():
    q = "What are the components of the Fiscal 2019 Plan?"
    assert not years_named_by_heading(q, [2019], _tables(q))
    q = "What are the components of costs in 2018?"
    assert not years_named_by_heading(q, [2018], _tables(q))


def test_the_list_under_a_dated_heading_answers():
    q = "What are the components of the Fiscal 2018 Plan?"
    answer = answer_by_cells(_ctx(q), parse(q), "extractive")
    assert answer is not None and "Employee termination costs" in answer.answer and "Facility exit costs" in answer.answer
