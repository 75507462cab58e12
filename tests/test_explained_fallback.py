"""An explanation whose explaining sentence a gate blocked is not bold when the sentence answering in its
place explains nothing (explained_fallback.py); a cue inside brackets is an aside (explaining.explains)."""

from __future__ import annotations

from ingest.figures import parse_figures
from rag.extractive.explained_fallback import UNEXPLAINED_FALLBACK, unexplained_fallback
from rag.extractive.explaining import explains
from rag.extractive.features import Evidence
from rag.extractive.slots import parse

MECHANISM = "The core mechanism involves generating reward signals for model outputs."
ADOPTED = "Leading institutions (including OpenAI and Google) have begun adopting reinforcement learning."
CAUSED = "Reinforcement learning improves models because reward signals guide their outputs."


def _ev(i: int, text: str) -> Evidence:
    return Evidence(0, i, text, parse_figures(text), set(), set(), False, True, features={"overlap": 0.5}, score=0.5)


def test_a_cue_in_brackets_explains_nothing():
    assert not explains(ADOPTED)
    assert explains("Costs fell (in part) because demand rose.")


def test_a_fallback_that_explains_nothing_is_doubted():
    slots = parse("How does reinforcement learning improve a model?")
    blocked, stand_in = _ev(0, MECHANISM), _ev(1, ADOPTED)
    assert unexplained_fallback(slots, stand_in, [blocked, stand_in]) == UNEXPLAINED_FALLBACK


def test_an_explaining_fallback_or_the_first_sentence_is_no_doubt():
    slots = parse("How does reinforcement learning improve a model?")
    blocked, caused = _ev(0, MECHANISM), _ev(1, CAUSED)
    assert unexplained_fallback(slots, caused, [blocked, caused]) is None
    assert unexplained_fallback(slots, blocked, [blocked]) is None


def test_a_blocked_sentence_that_explains_nothing_leaves_no_doubt():
    slots = parse("How does reinforcement learning improve a model?")
    first, stand_in = _ev(0, ADOPTED), _ev(1, "Reinforcement learning is widely used.")
    assert unexplained_fallback(slots, stand_in, [first, stand_in]) is None


def test_another_shape_is_not_checked():
    slots = parse("How much did revenue grow in 2020?")
    blocked, stand_in = _ev(0, MECHANISM), _ev(1, ADOPTED)
    assert slots.shape != "explanation"
    assert unexplained_fallback(slots, stand_in, [blocked, stand_in]) is None


def test_a_negated_cue_explains_nothing():
    assert not explains("Multi-agent collaboration has not been fully reflected in products.")
    assert explains("Growth slowed not only because demand fell.")
