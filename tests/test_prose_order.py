"""An order stated in prose ('X led with ..., Y followed with ...') ranks Y second (prose_order.py); the smallest
passages, no model."""

from __future__ import annotations

from rag.extractive.prose_order import followers, measure_stated, ranked_in_prose
from tests.test_extractive import evidence

RUN = ("By May 2025, the number of global AI unicorns exceeded 370. The US led with 160+, dominated by generative AI "
       "and AI chips. China followed with ~70-75, focusing on industrial AI. Europe, led by the UK with ~20, shows potential.")


def _answer(question: str, text: str = RUN):
    ctx, slots, ev = evidence(question, text)
    return ranked_in_prose(ctx, slots, ev, "extractive", 0.0)


def test_the_one_that_followed_the_leader_ranks_second():
    a = _answer("Which country ranked second for AI unicorns in 2025?")
    assert a is not None and a.answer.startswith("**China**")


def test_a_run_ends_at_the_first_sentence_saying_no_one_followed():
    ctx, _, ev = evidence("Which country ranked third for AI unicorns in 2025?", RUN)
    lead = next(e for e in ev if e.text.startswith("The US"))
    assert [n for n, _, _ in followers(ev, lead)] == ["China"]
    assert _answer("Which country ranked third for AI unicorns in 2025?") is None


def test_a_thing_named_in_passing_is_not_what_the_run_ranks():
    assert _answer("Which country ranked second for AI chips in 2025?") is None
    assert measure_stated("Which country ranked second for AI unicorns?", evidence("Which country ranked second for AI unicorns?", RUN)[1],
                          "the number of global AI unicorns exceeded 370. The US led with")


def test_the_lowest_or_first_is_not_read_from_a_run():
    assert _answer("Which country ranked second lowest for AI unicorns in 2025?") is None
    assert _answer("Which country had the most AI unicorns in 2025?") is None  # the leader: choice.leader's question
