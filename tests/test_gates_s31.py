"""Abstaining by the slot the evidence misses (issue 12), session 31's gates on the smallest input,
without the embedding model: a count asked and an amount of money given; a figure whose own
clause is about another subject than the one asked."""

from __future__ import annotations

from rag.extractive import gates
from rag.extractive.gates_counted import count_not_amount
from tests.test_extractive import decision

FILLER = ("The market grew fast in 2024.", "Robots spread across factories.", "Capital flowed to chips.")


# -- a count asked, an amount of money given ------------------------------------------------------------
def test_an_amount_of_money_does_not_answer_a_count_of_things():
    text = "Zentro AI financing: RMB 301 billion in 2015; RMB 1,188 billion in 2020."
    d = decision("How many AI financing deals did Zentro record in 2020?", text, *FILLER)
    assert "count of deals" in (count_not_amount(d) or "")
    assert gates.first_gate(d) is not None
    # the question names money itself: an amount answers it
    assert count_not_amount(decision("How many billion yuan of AI financing did Zentro record in 2020?", text, *FILLER)) is None
    # a count given: left to the other gates
    d = decision("How many AI financing deals did Zentro record in 2020?", "Zentro recorded 1,076 AI financing deals in 2020.", *FILLER)
    assert count_not_amount(d) is None
