"""Addressing a table row from a question on the smallest inputs (no model, no index): a row by its
bracketed name, a short label of a long question by the table's topic (its introducing sentence or
its total rows), and a share asked of a row that already gives percentages."""

from __future__ import annotations

from ingest.tables import read_grid, tables_to_json
from ingest.types import Chunk
from rag.extractive.cells import best_row, table_intro, table_topic, tables_of
from rag.extractive.shapes import answer_by_cells
from rag.extractive.slots import parse
from rag.types import AnswerContext, Passage

YEARS = ["", "2019", "2018", "2017"]
INCOME = [YEARS, ["United States", "$65.8", "$62.8", "$45.6"], ["Foreign", "0.3", "0.1", "(0.1)"],
          ["Total", "$66.1", "$62.9", "$45.5"]]
INTRO = "The following table summarizes our U.S. and foreign components of income from continuing operations before income taxes:"


def _table_chunk(grid, cid="t1", doc="d1", start=200):
    read = read_grid(grid, None)
    text = "\n".join([read.header_line] + read.lines)
    return Chunk(cid, doc, text, "Report", "Pub", "2020", "r.html", None, None, None, start, start + len(text),
                 tables_json=tables_to_json([read.table]))


def _text_chunk(text, cid="s1", doc="d1", start=0):
    return Chunk(cid, doc, text, "Report", "Pub", "2020", "r.html", None, None, None, start, start + len(text))


def _ctx(question, *chunks):
    return AnswerContext(question, [Passage(c, 1.0) for c in chunks])


def _ask(question, *chunks):
    return answer_by_cells(_ctx(question, *chunks), parse(question), "extractive")


def test_a_bracketed_name_names_the_row():
    grid = [YEARS, ["Total (loan)", "100", "90", "80"], ["Loan-to-value (LTV) ratio", "46.0%", "52.9%", "55.8%"]]
    hit = best_row(tables_of(_ctx("x", _table_chunk(grid))), "In which year was the LTV ratio the largest?")
    assert hit is not None and hit.row == "Loan-to-value (LTV) ratio"
    a = _ask("In which year was the LTV ratio the largest?", _table_chunk(grid))
    assert a is not None and a.answer.startswith("**2017**")


def test_a_bracketed_note_names_no_row():
    grid = [YEARS, ["Income tax expense (benefit)", "5", "4", "3"], ["Other", "1", "2", "3"]]
    assert best_row(tables_of(_ctx("x", _table_chunk(grid))), "What was the benefit in 2019?") is None


def test_the_sentence_introducing_a_table_is_its_topic():
    ctx = _ctx("x", _table_chunk(INCOME), _text_chunk(INTRO))
    assert table_intro(ctx, 0) == INTRO
    assert tables_of(ctx)[0][1].caption == INTRO
    far = _ctx("x", _table_chunk(INCOME, start=5000), _text_chunk(INTRO))  # another part of the report
    assert table_intro(far, 0) is None
    other = _ctx("x", _table_chunk(INCOME), _text_chunk(INTRO, doc="d2"))  # another report
    assert table_intro(other, 0) is None


def test_a_short_label_of_a_long_question_named_with_the_table_topic():
    q = "What are the total income from continuing operations before income taxes in 2019 and 2018 respectively?"
    a = _ask(q, _table_chunk(INCOME), _text_chunk(INTRO))
    assert a is not None and a.answer.startswith("**$66.1 and $62.9**")
    us = _ask("What are the income from continuing operations before income taxes in the United States in 2019 "
              "and 2018 respectively?", _table_chunk(INCOME), _text_chunk(INTRO))
    assert us is not None and us.answer.startswith("**$65.8 and $62.8**")
    assert _ask(q, _table_chunk(INCOME)) is None  # without its topic, 'total' alone names no row of it


def test_a_question_word_the_topic_does_not_say_keeps_the_short_label_out():
    q = "What was the capitalized compensation cost of the Total in 2019?"
    assert best_row(tables_of(_ctx("x", _table_chunk(INCOME), _text_chunk(INTRO))), q) is None


def test_the_total_row_says_what_the_rows_are():
    grid = [["", "2019", "2018"], ["UK", "83.2", "73.5"], ["USA", "60.1", "58.0"],
            ["Total revenue from external customers by country", "143.3", "131.5"]]
    assert table_topic(read_grid(grid, None).table) >= {"revenue", "external", "customer", "country"}
    a = _ask("In which year was the amount of revenue from external customers in the UK larger?", _table_chunk(grid))
    assert a is not None and a.answer.startswith("**2019**")


def test_a_share_asked_of_a_row_of_percentages_is_read_not_computed():
    grid = [YEARS, ["Revenue", "100%", "100%", "100%"], ["Cost of revenue", "43%", "50%", "55%"]]
    a = _ask("What are the respective proportion of cost of revenue as a percentage of revenue in 2017 and 2018?",
             _table_chunk(grid))
    assert a is not None and a.answer.startswith("**55% and 50%**")



def test_words_drop_plural_filler_and_respective():
    from rag.extractive.cells import words

    assert words("What are the respective values and amounts of total obligations?") == ["total", "obligation"]
