"""A request to be taught asks the why/how/what question it wraps (student_frame.py)."""

from rag.asking_frame import without_frame
from rag.student_frame import as_wrapped_question


def test_the_wrapped_question_is_asked():
    assert as_wrapped_question("Explain to me why does X matter") == "Why does X matter"
    assert as_wrapped_question("Can you help me understand how the segment shifted") == "How the segment shifted"
    assert as_wrapped_question("I don't get what API means in the glossary") == "What does API mean in the glossary"
    assert as_wrapped_question("I don't understand why costs fell?") == "Why costs fell?"


def test_other_questions_are_not_wrapped():
    assert as_wrapped_question("Why does X matter?") is None
    assert as_wrapped_question("Explain the market") is None  # no why/how/what question inside
    assert as_wrapped_question("I don't get it") is None


def test_without_frame_closes_the_wrapped_question():
    assert without_frame("Explain to me why do bigger models need more data") == "Why do bigger models need more data?"


def test_an_abbreviation_is_no_second_sentence():
    assert as_wrapped_question("Explain to me how the U.S. and China compare") == "How the U.S. and China compare"
    assert as_wrapped_question("I don't get why X fails. What does Frost say?") is None
