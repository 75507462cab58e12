"""A question asking two things at once is split into part-questions, each answered from its own evidence and
composed with its own citations (rag/compound.py)."""

from __future__ import annotations

import pytest

from rag.compound import answer_parts, parts
from rag.types import Answer, Citation


def _cite(n: int) -> Citation:
    return Citation(n, "doc", "T", "P", "2025", "s", 1, None, f"c{n}", "text", "quote")


def _answer(text: str, abstained: bool = False, n: int = 1) -> Answer:
    return Answer("q", text, None, abstained, [] if abstained else [_cite(n)])


@pytest.mark.parametrize("question, expected", [
    ("What was the fee paid to CIC, and whether the report was prepared independently?",
     ("What was the fee paid to CIC?", "Was the report prepared independently?")),
    ("How big was the global AI market in 2024, and in 2030?",
     ("How big was the global AI market in 2024?", "How big was the global AI market in 2030?")),
    ("Which firm prepared the market report, and where was the firm established?",
     ("Which firm prepared the market report?", "Where was the firm established?")),
])
def test_two_clauses_with_their_own_asking_words_split(question, expected):
    assert parts(question) == expected


@pytest.mark.parametrize("question", [
    "What was the change in revenue between 2018 and 2019?",  # 'and' inside one ask
    "Which region scores lowest, and how many firms does it have?",  # the second part leans on the first's answer
    "What are the drivers and what are the risks, and what are the costs?",  # more than one join: not clean
])
def test_one_ask_or_an_unclean_split_is_kept_whole(question):
    assert parts(question) is None


def test_parts_compose_with_their_own_citations_and_no_bold():
    whole = _answer("Not certain: the question asks two things; the lead X answers only the amount. [1]")
    got = answer_parts("What was the fee paid to CIC, and whether the report was prepared independently?", whole,
                       lambda q: _answer("**USD 115,000** at a fee. [1]") if "fee" in q else _answer("**Yes.** [1]"))
    assert got.answer == "(1) USD 115,000 at a fee. [1] (2) Yes. [2]"
    assert [c.n for c in got.citations] == [1, 2] and not got.abstained and got.figure is None


def test_a_refused_whole_stays_refused_unless_both_parts_answer():
    whole = _answer("The reports don't state this.", abstained=True)
    q = "What was the fee paid to CIC, and whether the report was prepared independently?"
    assert answer_parts(q, whole, lambda p: _answer("x", abstained="fee" in p)) is whole


def test_a_whole_answer_that_covers_both_parts_is_kept():
    whole = _answer("**USD 115,000**, prepared independently. [1]")
    q = "What was the fee paid to CIC, and whether the report was prepared independently?"
    assert answer_parts(q, whole, lambda p: _answer("other")) is whole
