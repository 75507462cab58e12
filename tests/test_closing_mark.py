"""A question typed without its closing '?' is read as the same question with it."""

from rag.asking_frame import without_frame
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


def test_retrieval_searches_the_question_without_its_frame_and_closed():
    from types import SimpleNamespace

    from rag.assistant import Assistant

    asked = []

    def search(question, **_):
        asked.append(question)
        return SimpleNamespace(passages=[], query_vector=None, snapshot=None, timings_ms={})

    retriever = SimpleNamespace(search=search, library=SimpleNamespace(settings=None))
    Assistant(retriever, None)._context("For a slide: China market size in 2024", None, None, None)
    assert asked == ["China market size in 2024?"]
