"""A quoted term the lead's passage never uses: the lead loses its bold (lead_quoted)."""

from rag.extractive.lead_quoted import quoted_term_unsaid
from rag.extractive.slots import parse

PASSAGE = "The dual drivers of industrial evolution and risk governance will define AI adoption."


def test_quoted_term_missing_is_doubted() -> None:
    assert quoted_term_unsaid(parse("How does the white paper define 'sovereign AI'?"), PASSAGE)


def test_quoted_term_said_in_another_form_is_kept() -> None:
    q = "What does 'risk governances' mean?"
    assert quoted_term_unsaid(parse(q), PASSAGE) is None


def test_unquoted_question_is_kept() -> None:
    assert quoted_term_unsaid(parse("How does the white paper define sovereign AI?"), PASSAGE) is None


def test_possessive_apostrophe_is_no_quote() -> None:
    assert parse("What is China's share of the world's population?").quoted == ()


def test_double_and_curly_quotes_are_read() -> None:
    assert parse('What was "Total revenue" and “net income”?').quoted == ("Total revenue", "net income")
