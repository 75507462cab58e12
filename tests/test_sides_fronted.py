"""Sides fronted before the question proper ('A vs B - what drives performance in each?'): the question proper
names no side; a sentence naming no side goes on about the side the sentence before it named; the other side's
sentence saying what is asked of each is preferred. Smallest inputs, no model."""

from rag.extractive.sides import other_side, sides
from tests.test_extractive import evidence

Q = "Pre-training scaling vs test-time compute scaling - what drives performance in each?"
TEXT = ("The pre-training scaling law is now democratized. "
        "Performance improves in proportion to model scale and data size. "
        "The industry then saw a new scaling law focused on test-time compute. "
        "The longer the model spends on thinking, the better the performance.")


def test_the_question_proper_after_a_colon_or_dash_names_no_side():
    assert sides(Q) == (frozenset({"pre", "train"}), frozenset({"test", "time", "compute"}))
    assert sides("Meituan vs JD.com: how are they pushing embodied intelligence?") == (
        frozenset({"meituan"}), frozenset({"jd", "com"}))


def test_a_sentence_naming_no_side_is_about_the_side_before_it():
    ctx, slots, ev = evidence(Q, TEXT)
    best = next(e for e in ev if "proportion" in e.text)  # names no side; the sentence before names pre-training
    other = other_side(Q, [best] + [e for e in ev if e is not best], best)
    # the test-time sentence saying what drives performance, not the one only naming test-time compute
    assert other is not None and "thinking" in other.text


def test_no_side_named_anywhere_adds_nothing():
    ctx, slots, ev = evidence(Q, "Performance improves with scale. The better the data, the better the performance.")
    assert other_side(Q, ev, ev[0]) is None
