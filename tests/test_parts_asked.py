"""'What does X consist of?': a verb of composition asks the rows under the table heading X, unless prose says."""

from __future__ import annotations

from ingest.tables import read_grid, tables_to_json
from ingest.types import Chunk
from rag.extractive.parts_asked import asks_parts, heading_parts
from rag.extractive.passage_tables import tables_of
from rag.types import AnswerContext, Passage

GRID = [["", "2019", "2018"], ["Inventories", "", ""], ["Raw material", "191", "222"],
        ["Finished goods", "716", "668"], ["Total", "907", "890"], ["Cash", "50", "40"]]


def _chunks(*prose):
    read = read_grid(GRID, None)
    text = "\n".join([read.header_line] + read.lines)
    table = Chunk("t1", "d1", text, "Report", "Pub", "2020", "r.html", None, None, None, 200, 200 + len(text),
                  tables_json=tables_to_json([read.table]))
    return [table] + [Chunk(f"s{i}", "d1", p, "Report", "Pub", "2020", "r.html", None, None, None, 0, len(p))
                      for i, p in enumerate(prose)]


def _ask(question, *prose):
    ctx = AnswerContext(question, [Passage(c, 1.0) for c in _chunks(*prose)])
    return heading_parts(ctx, question, tables_of(ctx), "extractive")


def test_a_verb_of_composition_asks_parts():
    assert asks_parts("What does Inventories consist of?")
    assert asks_parts("What is the inventory comprised of?")
    assert asks_parts("What makes up inventories?")
    assert not asks_parts("What was the inventories in 2019?")


def test_the_rows_under_the_heading_named_answer_totals_left_out():
    got = _ask("What does Inventories consist of?")
    assert got is not None and got.figure == "Raw material and Finished goods"


def test_prose_saying_the_parts_answers_instead_and_an_unnamed_heading_gives_none():
    assert _ask("What does Inventories consist of?", "Inventories consist of raw material and goods held for sale.") is None
    assert _ask("What does goodwill consist of?") is None


def test_a_row_repeated_under_another_period_with_a_footnote_mark_is_one_component():
    from rag.extractive.ranked import unmarked_label
    assert unmarked_label("Underlying rights and other (2)") == "Underlying rights and other"
    assert unmarked_label("Other(2)(4)") == "Other" and unmarked_label("Incentive schemes1") == "Incentive schemes"
    assert unmarked_label("Level 3") == "Level 3"


def test_a_bare_figure_leading_an_answer_to_what_x_consists_of_names_no_part():
    from rag.extractive.parts_asked import figure_for_parts
    assert figure_for_parts("What makes up Assets?", "**391** (2019). Assets › Total current assets — 2019: 391")
    assert figure_for_parts("What makes up Assets?", "**Cash and Receivables**. Assets lists: Cash; Receivables") is None
    assert figure_for_parts("What was Assets in 2019?", "**391** (2019). Assets › Total — 2019: 391") is None


def test_the_things_under_a_heading_are_its_rows():
    assert asks_parts("What are the products under Companies?")
    assert not asks_parts("What are the products of the company?")
    got = _ask("What are the items under Inventories?")
    assert got is not None and got.figure == "Raw material and Finished goods"
