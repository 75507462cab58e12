"""Title-cased questions: their capitals name nothing (rag/extractive/title_case.py)."""

from rag.extractive.question_names import proper_names
from rag.extractive.title_case import initial_capital, title_cased


def test_title_cased_question():
    assert title_cased("What Was the Change in Male Employees from 2018 to 2019?")
    assert title_cased("What was the Financial Year End in 2019?")  # an auxiliary left in lower case


def test_a_lower_case_content_word_is_no_title_case():
    assert not title_cased("Which ranks higher, Gemini 2.5 Pro or Llama 4 Maverick?")
    assert not title_cased("What was Oracle's revenue in 2019?")


def test_initial_capital_only():
    assert initial_capital("Male") and initial_capital("Oracle's")
    assert not initial_capital("OpenAI") and not initial_capital("AIGC") and not initial_capital("A")


def test_title_case_drops_ordinary_capitals_keeps_spelt_names():
    assert proper_names("What Was the Change in Male Employees from 2018 to 2019?") == []
    assert proper_names("What Is the Revenue of OpenAI in China?") == ["OpenAI", "China"]


def test_a_sentence_case_question_keeps_its_names():
    assert proper_names("What was the total expenses for Oracle in 2018?") == ["Oracle"]
