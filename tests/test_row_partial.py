"""A bold cell answer whose row says part of the question, another row and a prose sentence the rest:
hedged (row_partial.py)."""

from __future__ import annotations

from ingest.tables import read_grid, tables_to_json
from ingest.types import Chunk
from rag.extractive.row_partial import sentence_names_more
from rag.types import Answer, AnswerContext, Passage

GRID = [["", "2019", "2018"],
        ["Statutory federal income tax", "14,694", "34,105"],
        ["State income tax", "2,164", "3,200"],
        ["Total", "15,743", "(8,859)"]]
LEAD = "**2,164** (2019). State income tax — 2019: 2,164; 2018: 3,200 [1]"
PROSE = "Federal and state income taxes of $36.5 million were paid in fiscal 2019."


def _why(question: str, prose: str = PROSE, lead: str = LEAD, grid=GRID) -> str | None:
    read = read_grid(grid)
    text = "\n".join([read.header_line] + read.lines)
    table = Chunk("c1", "d1", text, "Report", "Pub", "2020", "r.html", 1, 1, None, 0, len(text),
                  tables_json=tables_to_json([read.table]))
    words = Chunk("c2", "d1", prose, "Report", "Pub", "2020", "r.html", 1, 1, None, 0, len(prose))
    ctx = AnswerContext(question, [Passage(table, 1.0), Passage(words, 0.9)])
    return sentence_names_more(ctx, Answer(question, lead, "2,164", False, [], shape="figure"))


def test_a_row_saying_part_of_the_question_hedges_when_a_sentence_says_it_all():
    why = _why("What was the federal state income tax in 2019?")
    assert why is not None and "federal" in why


def test_a_row_saying_all_of_it_or_no_sentence_saying_more_does_not():
    assert _why("What was the state income tax in 2019?") is None  # the row says every word asked
    assert _why("What was the federal state income tax in 2019?", "State taxes rose.") is None  # no figure, no 'federal'
    # the sentence gives the figure read: the cell agrees with it
    assert _why("What was the federal state income tax in 2019?", "Federal and state income tax was 2,164.") is None


def test_a_word_only_the_total_row_says_does_not():
    # 'Total consolidated income tax' names the table's topic: a word found only there parts no rows
    grid = GRID[:-1] + [["Total consolidated income tax", "15,743", "(8,859)"]]
    question = "What was the consolidated state income tax in 2019?"
    assert _why(question, "Consolidated state income taxes were $9 million.", grid=grid) is None


def test_a_word_the_tables_title_says_is_no_word_another_row_owns():
    from ingest.tables import Table
    from rag.extractive.row_partial import _other_row_says

    table = Table("Greenhouse gas emissions", ["2021"], ["Scope 1 (direct emissions)", "Total Scope 1 and 2"],
                  title="Greenhouse gas emissions")
    assert not _other_row_says(table, "Total Scope 1 and 2 (2021): 5,060", {"total", "scope"}, {"emission"})
    table.title = None
    assert _other_row_says(table, "Total Scope 1 and 2 (2021): 5,060", {"total", "scope"}, {"emission"})
