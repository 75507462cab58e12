"""Years a question offers with 'or' are the only candidates of a which-year answer, and a yes/no
opening with a comparative ('Was X larger in 2019 or 2018?') asks which of them. Smallest inputs, no model."""

from __future__ import annotations

from ingest.tables import read_grid, tables_to_json
from ingest.types import Chunk
from rag.extractive.shapes import answer_by_cells
from rag.extractive.slots import parse
from rag.extractive.years_offered import asks_choice_of_years, offered_years
from rag.types import AnswerContext, Passage

GRID = [["", "2019", "2018", "2017"],
        ["Modules", "1,460", "502", "1,806"]]


def _ask(question: str):
    read = read_grid(GRID, "(in thousands)")
    text = "\n".join([read.header_line] + read.lines)
    chunk = Chunk("c1", "d1", text, "Report", "Pub", "2020", "r.html", 1, 1, None, 0, len(text),
                  tables_json=tables_to_json([read.table]))
    return answer_by_cells(AnswerContext(question, [Passage(chunk, 1.0)]), parse(question), "extractive")


def test_years_joined_by_or_are_offered():
    assert offered_years("Was X larger in 2019 or 2018?") == [2019, 2018]
    assert offered_years("In 2019, 2018 or 2017?") == [2019, 2018, 2017]
    assert offered_years("which year between 2017 and 2019 had the largest X") == []


def test_a_yes_no_opening_with_a_comparative_and_years_offered_asks_which():
    assert asks_choice_of_years("Was Modules larger in 2019 or 2018?")
    assert not asks_choice_of_years("Was Modules higher in 2018 than in 2019?")
    assert not asks_choice_of_years("Did Modules grow in 2019 or 2018?")


def test_the_year_offered_leads_not_a_larger_year_outside_them():
    a = _ask("In which year was Modules larger, 2019 or 2018?")
    assert a is not None and a.figure == "2019"  # 2017 is larger but not offered
    a = _ask("Was Modules larger in 2019 or 2018?")
    assert a is not None and a.figure == "2019"
    a = _ask("In which year was Modules the largest?")
    assert a is not None and a.figure == "2017"
