"""A fronted phrase pointing at a division of a report is moved after the question (rag/fronted_phrase.py)."""

from rag.asking_frame import without_frame
from rag.extractive.slots import parse
from rag.fronted_phrase import as_question_first


def test_division_phrase_moves_after_the_question():
    assert as_question_first("In the chapter on agents, why did X grow?") == "Why did X grow, in the chapter on agents?"
    assert as_question_first("According to CIC's appendix, what is X?") == "What is X, according to CIC's appendix?"


def test_fronted_why_reads_as_an_explanation():
    assert parse("In the section on agents, why could X make AI fast?").shape == "explanation"


def test_scope_of_a_fronted_chapter_is_kept():
    assert parse("In the energy chapter, by how much does AI cut losses?").scopes == ("energy",)


def test_other_fronted_phrases_are_left_as_written():
    assert as_question_first("In CIC's view, what is X?") is None  # a source, no division
    assert as_question_first("In Frost's chart, which year led?") is None  # a chart: its words pick the evidence
    assert as_question_first("In 2024, which company led?") is None
    assert as_question_first("What is X in the appendix?") is None
    assert without_frame("In CIC's view, what is X?") == "In CIC's view, what is X?"
