"""A question typed without its closing '?' is read as the same question with it."""

from rag.extractive.asking_frame import without_frame
from rag.validate import closed


def test_an_unclosed_question_gets_its_question_mark():
    assert closed("CIC 2030 China market size") == "CIC 2030 China market size?"
    assert closed("Veo 2 vs Kling 2.0 (high)  ") == "Veo 2 vs Kling 2.0 (high)?"


def test_a_question_closed_by_any_mark_is_kept():
    assert closed("What is the market size?") == "What is the market size?"
    assert closed("Name the use cases.") == "Name the use cases."


def test_the_answerer_reads_an_unclosed_question_as_closed():
    assert without_frame("which finance use cases does the slide list") == "which finance use cases does the slide list?"
    assert without_frame("For a slide: market size in 2024") == "market size in 2024?"
